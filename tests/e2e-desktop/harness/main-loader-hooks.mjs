// Node module-resolution hooks (module.register) for running the built main process (out/main) in
// the test's Node process:
//
// - `import … from 'electron'` in out/main loads the stand-in instead of the electron package, whose
//   entry point would try to download the binary;
// - each launch of main imports out/main/index.js?launch=N, and every module under out/main that it
//   imports (the writer chunks import shared code back from ../index.js) carries the same ?launch=N,
//   so one launch is one module graph, as one Electron process would have. Without this a chunk's
//   `import … from "../index.js"` would evaluate main a second time.
//
// Nothing else is redirected: every other module out/main imports is the one that ships.

/** @type {{ standIn: string, mainDir: string }} */
let options;

export function initialize(data) {
  options = data;
}

export async function resolve(specifier, context, nextResolve) {
  const fromMain = context.parentURL?.startsWith(options.mainDir) ?? false;
  if (specifier === 'electron' && fromMain) return { url: options.standIn, shortCircuit: true };
  const resolved = await nextResolve(specifier, context);
  if (!fromMain || !resolved.url.startsWith(options.mainDir)) return resolved;
  const launch = new URL(context.parentURL).search;
  return launch && !new URL(resolved.url).search ? { ...resolved, url: `${resolved.url}${launch}` } : resolved;
}
