// A Node module-resolution hook (module.register): `import … from 'electron'` in the built main
// process (out/main) loads the stand-in instead of the electron package, whose entry point would try
// to download the binary. Nothing else is redirected, so every other module out/main imports is the
// one that ships.

/** @type {{ standIn: string, mainDir: string }} */
let options;

export function initialize(data) {
  options = data;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' && context.parentURL?.startsWith(options.mainDir)) return { url: options.standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
