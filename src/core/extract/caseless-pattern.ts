/**
 * Case-insensitive cue patterns that compile cheaply. Under the `iu` flags V8 builds the case closure
 * of every Unicode property class (`\p{L}`, `\p{Lu}` …) the first time a pattern runs: that was about
 * half of a cold extraction (the CLI's `extract`, the app's first statement; issue 16). Statements are
 * in English or French, so a letter here is a Latin (with Vietnamese), Greek or Cyrillic one, and the
 * patterns are compiled without `u`, their property classes spelled out as code-unit ranges.
 *
 * Under `i` a letter class matches both cases whatever it says: `\p{Lu}` inside a case-insensitive
 * pattern already matched every letter, and its spelled-out form (the same letters) keeps that.
 * A capital condition needs a case-sensitive pattern.
 */

/** Letters: Latin (Basic, Latin-1, Extended-A/B, IPA, Extended Additional), Greek and Cyrillic. */
const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u0373\u0376\u0377\u037B-\u037D\u037F\u0386\u0388-\u03FF\u0400-\u0481\u048A-\u052F\u1E00-\u1EFF`;
/** Combining marks (a decomposed accent: "e" + U+0301). */
const MARK = String.raw`\u0300-\u036F\u0483-\u0489\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F`;
/** Digits and the number signs statements carry (superscripts, vulgar fractions). */
const NUMBER = String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE`;

const CLASSES: Readonly<Record<string, string>> = { L: LETTER, Lu: LETTER, Ll: LETTER, M: MARK, N: NUMBER };

function spelledOut(name: string): string {
  const ranges = CLASSES[name];
  if (ranges === undefined) throw new Error(`caselessPattern: no spelled-out form for \\p{${name}}`);
  return ranges;
}

/**
 * The source of a `u` pattern rewritten for a pattern without `u`: each `\p{…}` becomes its ranges
 * (inside a bracket class) or a bracket class of them (outside one). Throws on a construct that means
 * something else without `u` (`\u{…}`, `\P{…}`), so a new cue cannot silently change meaning.
 */
export function withoutUnicodeFlag(source: string): string {
  if (/\\u\{|\\P\{/.test(source)) throw new Error(`caselessPattern: ${source.slice(0, 60)}… needs the u flag`);
  if (!source.includes('\\p{')) return source;
  let inClass = false;
  // One native scan (a loop over the characters cost more than the compile it saves, on the country list).
  return source.replace(/\\p\{([^}]*)\}|\\.|[[\]]/g, (token: string, property: string | undefined) => {
    if (property !== undefined) return inClass ? spelledOut(property) : `[${spelledOut(property)}]`;
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
}

/**
 * A case-insensitive pattern from a `u`-style source: compiled without `u` (its classes spelled out)
 * when `flags` has `i`; as written otherwise.
 */
const compiled = new Map<string, RegExp>();
/**
 * The cache's bound. Patterns built from a statement's own words (a participant's title in the quote finder) are new keys
 * with every statement, and the app runs for hours: past this many the cache starts again (the module-level patterns
 * keep their own references, so only the inline ones are compiled anew).
 */
export const MAX_COMPILED_PATTERNS = 2_000;

/** How many compiled patterns the cache holds (for the bound's test). */
export function compiledPatternCount(): number {
  return compiled.size;
}

export function caselessPattern(source: string, flags = 'iu'): RegExp {
  // A pattern written inline in a function is asked for on every call: the rewritten source is worth keeping.
  // Only patterns without g or y are shared (they keep no lastIndex between uses).
  const shared = !flags.includes('g') && !flags.includes('y');
  const key = `${flags}/${source}`;
  const known = shared ? compiled.get(key) : undefined;
  if (known) return known;
  const pattern = flags.includes('i') ? new RegExp(withoutUnicodeFlag(source), flags.replace('u', '')) : new RegExp(source, flags);
  if (shared) {
    if (compiled.size >= MAX_COMPILED_PATTERNS) compiled.clear();
    compiled.set(key, pattern);
  }
  return pattern;
}

