// Bundles the CLI into dist/cli so it starts fast. Every run is a fresh process, so what matters is
// what a start costs (npm run bench, issue 6):
// - dist/cli/briefwright.cjs: the whole CLI in one file, run by bin/briefwright.js through V8's code
//   cache (compiling ~1 MB of JavaScript on every start was ~50 ms of a DOCX render). One CommonJS
//   script, because Node 20 can hand V8 cached data only for a vm.Script. The writers, importers and
//   their libraries still evaluate only when a run needs them (esbuild keeps each lazy).
// - dist/cli/batch-worker.mjs: the worker thread of `render --batch`, an ES module beside it.
// pdfmake, mammoth and unpdf stay external: they read data files beside their own code (pdfkit's
// sRGB profile for PDF/A, for one).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist/cli');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = ['pdfmake', 'mammoth', 'unpdf', 'write-file-atomic'];

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

// In the CommonJS bundle, `await import('mammoth')` becomes a require() when first reached: a
// dynamic import() from code that V8 restored from its code cache finds no module loader in Node 20.
// All three externals have a CommonJS entry.
const externalsByRequire = {
  name: 'externals-by-require',
  setup(build) {
    const filter = new RegExp(`^(${external.join('|')})$`);
    build.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'external-require' } : { path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'external-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const common = {
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  platform: 'node',
  target: 'node20',
  define: { __BRIEFWRIGHT_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

// Old chunks and code caches go: a code cache belongs to one build of the bundle.
mkdirSync(outDir, { recursive: true });
rmSync(path.join(outDir, 'chunks'), { recursive: true, force: true });
for (const name of readdirSync(outDir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name)) {
  if (name.endsWith('.cache') || name.startsWith('briefwright.mjs')) rmSync(path.join(outDir, name), { force: true });
}

await Promise.all([
  build({
    ...common,
    entryPoints: { briefwright: 'src/cli/index.ts' },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external,
    // The code finds its resources and its worker relative to its own file.
    define: { ...common.define, 'import.meta.url': '__briefwrightModuleUrl' },
    banner: { js: "var __briefwrightModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [sharedFontkit, externalsByRequire],
    write: false,
  }).then(({ outputFiles }) => {
    for (const file of outputFiles) {
      let text = file.text;
      if (file.path.endsWith('.cjs')) {
        if (/\bimport\(["']/.test(text)) throw new Error('dist/cli/briefwright.cjs must not use import(): code restored from the V8 code cache cannot run it');
        // The build id names the code cache (bin/briefwright.js), so a cache never outlives its build.
        const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
        text = `/*briefwright-build:${id}*/${text}`;
      }
      // Replaced whole, never half-written under a CLI that another test run is starting.
      writeFileSync(`${file.path}.${process.pid}.tmp`, text);
      renameSync(`${file.path}.${process.pid}.tmp`, file.path);
    }
  }),
  build({
    ...common,
    entryPoints: { 'batch-worker': 'src/cli/batch-worker.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    external,
    // Bundled CommonJS dependencies call require(); give them one in the ES module output.
    banner: { js: "import { createRequire as __briefwrightCreateRequire } from 'node:module'; const require = __briefwrightCreateRequire(import.meta.url);" },
    plugins: [sharedFontkit],
  }),
]);

// One render of the sample to both formats: a smoke test of the bundle, and it writes the code cache
// with the functions both writers need compiled (a cache written by a DOCX run alone lacks the PDF path).
const scratch = mkdtempSync(path.join(tmpdir(), 'briefwright-build-'));
try {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/briefwright.js'), 'render', '--format', 'both', '--out', path.join(scratch, 'note')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the built CLI failed its smoke test: ${run.stderr}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
