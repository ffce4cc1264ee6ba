// Bundles the CLI (and the worker thread of `render --batch`) into dist/cli so it starts fast: a
// few minified modules instead of hundreds of files resolved one by one. Writers and the DOCX/PDF
// importers load lazily, each in its own chunk. pdfmake, mammoth and unpdf stay external: they read
// data files beside their own code (pdfkit's sRGB profile for PDF/A, for one).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// pdfkit (inside the external pdfmake) require()s fontkit; bundling our own copy for the glyph
// coverage check loaded fontkit and its 800 KB brotli decoder twice in every PDF run (~50 ms). The
// CLI takes the one instance pdfkit uses instead, and only when a character check needs it.
const sharedFontkit = {
  name: 'shared-fontkit',
  setup(build) {
    build.onResolve({ filter: /^fontkit$/ }, (args) =>
      args.kind === 'require-call' ? { path: 'fontkit', external: true } : { path: 'fontkit', namespace: 'shared-fontkit' },
    );
    build.onLoad({ filter: /.*/, namespace: 'shared-fontkit' }, () => ({
      contents: "export function create(...args) { return require('fontkit').create(...args); }",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: { briefwright: 'src/cli/index.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  sourcemap: 'linked',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdfmake', 'mammoth', 'unpdf', 'write-file-atomic'],
  // Bundled CommonJS dependencies call require(); give them one in the ES module output.
  banner: { js: "import { createRequire as __briefwrightCreateRequire } from 'node:module'; const require = __briefwrightCreateRequire(import.meta.url);" },
  define: { __BRIEFWRIGHT_VERSION__: JSON.stringify(version) },
  plugins: [sharedFontkit],
  logLevel: 'warning',
});
