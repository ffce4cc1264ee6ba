/**
 * i18next's translate is slow for what the interface asks of it: each call copies the instance's
 * options, parses the key, resolves it through the language's fallbacks and runs the interpolator,
 * about 0.1 ms a string; the first render asks for ~360 strings, most of them the same few dozen
 * (every compose item's "Remove", "Include", drag handle…), ~35 ms of the app's start (issue 16).
 *
 * The catalogues are bundled and fixed, so a string depends only on the language, namespace, key
 * and the options' values: `memoiseFixedT` has the instance's getFixedT remember what each such call
 * gave. Calls it cannot key safely (several keys, a selector function, an option that is an object
 * or a function) go to i18next as before; a catalogue change (addResource…) forgets everything.
 */
import type { i18n, TFunction } from 'i18next';

type Primitive = string | number | boolean | null | undefined;

/** A fixed t as i18next builds it: the function, and the language, namespace and prefix it is fixed to. */
type FixedT = ((...call: unknown[]) => unknown) & { lng?: string; lngs?: readonly string[]; ns?: string | readonly string[]; keyPrefix?: string };

const MAX_REMEMBERED = 5_000;

const isPrimitive = (value: unknown): value is Primitive => value === null || (typeof value !== 'object' && typeof value !== 'function');

/** The options as part of a cache key, or null when they hold something other than plain values. */
function optionsKey(options: unknown): string | null {
  if (options === undefined) return '';
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return null;
  let key = '';
  for (const [name, value] of Object.entries(options)) {
    if (!isPrimitive(value)) return null;
    // Typed, so 1 and "1" (a count and a string) stay apart.
    key += `\u0001${name}\u0002${typeof value}\u0002${String(value)}`;
  }
  return key;
}

export function memoiseFixedT(instance: i18n): void {
  const cache = new Map<string, string>();
  const forget = () => cache.clear();
  instance.store?.on('added', forget);
  instance.store?.on('removed', forget);
  const getFixedT = instance.getFixedT.bind(instance) as unknown as (...args: unknown[]) => FixedT;
  instance.getFixedT = ((...args: unknown[]) => {
    const fixed = getFixedT(...args);
    const memoised = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
      const optionsPart = rest.length === 0 && typeof key === 'string' ? optionsKey(options) : null;
      if (optionsPart === null) return fixed(key, options, ...rest);
      // A fixed function without a language follows the instance's, whatever it is at the call.
      const language = fixed.lng ?? fixed.lngs?.join(',') ?? instance.language;
      const cacheKey = `${language}\u0000${String(fixed.ns)}\u0000${fixed.keyPrefix ?? ''}\u0000${key}\u0000${optionsPart}`;
      const known = cache.get(cacheKey);
      if (known !== undefined) return known;
      const translated = fixed(key, options);
      if (typeof translated === 'string') {
        // Strings with a file name or a count in them are many over a long session: start afresh now and then.
        if (cache.size >= MAX_REMEMBERED) cache.clear();
        cache.set(cacheKey, translated);
      }
      return translated;
    };
    // i18next and react-i18next read these off the function.
    return Object.assign(memoised, { lng: fixed.lng, lngs: fixed.lngs, ns: fixed.ns, keyPrefix: fixed.keyPrefix }) as unknown as TFunction;
  }) as unknown as i18n['getFixedT'];
}
