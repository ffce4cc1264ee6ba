// Bundles the CLI into one file (dist/cli/briefwright.mjs) so it starts fast: one module to load
// instead of hundreds. docx and pdfmake stay external: they are dependencies and load from node_modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  // The CLI and the worker thread of `render --batch`, side by side in dist/cli.
  entryPoints: { briefwright: 'src/cli/index.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Writers load lazily (dynamic import), each in its own chunk.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'node20',
  packages: 'external',
  define: { __BRIEFWRIGHT_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
