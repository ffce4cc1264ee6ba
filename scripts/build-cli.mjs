// Bundles the CLI into one file (dist/cli/briefwright.mjs) so it starts fast: one module to load
// instead of hundreds. docx and pdfmake stay external: they are dependencies and load from node_modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli/briefwright.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { __BRIEFWRIGHT_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
