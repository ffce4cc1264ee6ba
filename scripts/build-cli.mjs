// Bundles the CLI into dist/cli so it starts fast. Every run is a fresh process, so what matters is
// what a start costs (npm run bench, issue 6):
// - dist/cli/briefwright.cjs: the whole CLI in one file, run by bin/briefwright.js through V8's code
//   cache (compiling ~1 MB of JavaScript on every start was ~50 ms of a DOCX render). One CommonJS
//   script, because Node 20 can hand V8 cached data only for a vm.Script. The writers, importers and
//   their libraries still evaluate only when a run needs them (esbuild keeps each lazy).
// - dist/cli/extract.cjs: the same entry built for `briefwright extract …` alone (issue 16): the other
//   commands' modules are stubs, so docx, pdfmake, fontkit and the templates are not in it. A start
//   reads and restores a third of the code (extract was ~3.4 × a bare Node start with the whole bundle).
//   bin/briefwright.js runs it when the first argument is `extract`.
// - dist/cli/batch-worker.mjs: the worker thread of `render --batch`, an ES module beside it.
// - pdfmake, pdfkit and fontkit are bundled too (requiring them from node_modules cost ~120 ms of
//   every PDF run); pdfkit finds its data files (sRGB profile for PDF/A, AFM metrics) in its own
//   package folder, and fontkit's WOFF2 decoder is left out: every font the writers embed is TTF.
// - mammoth and unpdf stay external, loaded when a .docx or .pdf statement is read.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'dist/cli');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = ['mammoth', 'unpdf'];
const require = createRequire(import.meta.url);

// One fontkit, whether imported (the glyph coverage check) or required (pdfkit): its package maps
// the two to different files, and bundling both parsed it twice in every PDF run.
const fontkitMain = require.resolve('fontkit');
const pdfkitMain = require.resolve('pdfkit/js/pdfkit.js', { paths: [path.dirname(require.resolve('pdfmake'))] });
const pdfEngine = {
  name: 'pdf-engine',
  setup(build) {
    build.onResolve({ filter: /^fontkit$/ }, () => ({ path: fontkitMain }));
    build.onLoad({ filter: /[\\/]fontkit[\\/]dist[\\/]main\.cjs$/ }, (args) => ({ contents: keepParsedFonts(readFileSync(args.path, 'utf8')), loader: 'js' }));
    // fontkit requires brotli (a 800 KB dictionary decoded on load) only to read WOFF2 fonts.
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'no-woff2' }));
    build.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "module.exports = function () { throw new Error('WOFF2 fonts are not supported; Briefwright embeds TTF fonts'); };",
      loader: 'js',
    }));
    // pdfkit reads data files at __dirname: its own folder in node_modules, found when first needed.
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (args) => ({
      contents: `${readFileSync(args.path, 'utf8').replaceAll('__dirname', '__briefwrightPdfkitDir()')}
function __briefwrightPdfkitDir() { const from = ['pdfmake', 'pdfkit/js/pdfkit.js']; return require('node:path').dirname(require.resolve(from[1], { paths: [require.resolve(from[0])] })); }`,
      loader: 'js',
    }));
  },
};
if (!readFileSync(pdfkitMain, 'utf8').includes('__dirname')) throw new Error('pdfkit no longer reads files at __dirname: revisit the pdf-engine plugin');

// pdfkit parses each embedded font afresh for every PDF (fontkit.create on the same bytes): decoding
// the tables again and rebuilding fontkit's glyph and layout caches was ~40% of a warm PDF write, paid
// for every note of a `render --batch`. In the bundle, fontkit.create keeps the font it parsed for a
// byte array and returns it for the same array (the writers pass the same cached font bytes every
// time; a parsed font is only read from, and each PDF still makes its own subset of it).
function keepParsedFonts(source) {
  const create = /\nfunction ([\w$]+)\(buffer, postscriptName\) \{\n\s+for\s*\(let i = 0; i < [\w$]+formats\.length; i\+\+\)/g;
  const found = [...source.matchAll(create)];
  if (found.length !== 1) throw new Error('fontkit.create is not where scripts/build-cli.mjs expects it: revisit keepParsedFonts');
  const name = found[0][1];
  return source.replace(
    `\nfunction ${name}(buffer, postscriptName) {`,
    `
const __briefwrightParsedFonts = new WeakMap();
function ${name}(buffer, postscriptName) {
    if (postscriptName || !(buffer instanceof Uint8Array)) return __briefwrightParseFont(buffer, postscriptName);
    let font = __briefwrightParsedFonts.get(buffer);
    if (!font) __briefwrightParsedFonts.set(buffer, font = __briefwrightParseFont(buffer));
    return font;
}
function __briefwrightParseFont(buffer, postscriptName) {`,
  );
}

// In the CommonJS bundle, `await import('mammoth')` becomes a require() when first reached: a
// dynamic import() from code that V8 restored from its code cache finds no module loader in Node 20.
// Both externals have a CommonJS entry.
const externalsByRequire = {
  name: 'externals-by-require',
  setup(build) {
    const filter = new RegExp(`^(${external.join('|')})$`);
    build.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'external-require' } : { path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'external-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

// The extract bundle: each command module other than extract's is a stub with the same exports, which
// says it is not in this bundle (bin/briefwright.js never runs another command with it).
const OTHER_COMMANDS = /[\\/]src[\\/]cli[\\/](render-command|batch-command|templates-command|word-template-command)\.ts$/;
const extractOnly = {
  name: 'extract-only',
  setup(build) {
    build.onLoad({ filter: OTHER_COMMANDS }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const names = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) ([\w$]+)/gm)].map((match) => match[1]);
      if (names.length === 0) throw new Error(`${args.path} exports nothing the extract-only stub can stand in for`);
      const stub = "() => { throw new Error('this command is not in the extract bundle; run bin/briefwright.js'); }";
      return { contents: names.map((name) => `export const ${name} = ${stub};`).join('\n'), loader: 'js' };
    });
  },
};

// The DOCX bundle: `briefwright render … --format docx` (no --batch) never draws a PDF, so the PDF writer,
// its glyph-coverage check (fontkit, pdfmake, pdfkit: half the whole bundle's code) and the batch command
// are stubs. The whole bundle's code cache holds both writers (its smoke test renders both), so a DOCX
// run restored the PDF engine's compiled code too; this one's cache holds only what a DOCX run compiles.
const PDF_ONLY = /[\\/]src[\\/](?:core[\\/]write[\\/](?:pdf-writer|font-coverage)|cli[\\/]batch-command)\.ts$/;
const docxOnly = {
  name: 'docx-only',
  setup(build) {
    build.onLoad({ filter: PDF_ONLY }, (args) => stubModule(args.path, 'the DOCX bundle'));
  },
};

/** A module whose every export throws: it is not in this bundle (bin/briefwright.js never runs that path with it). */
function stubModule(file, bundle) {
  const source = readFileSync(file, 'utf8');
  const names = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) ([\w$]+)/gm)].map((match) => match[1]);
  if (names.length === 0) throw new Error(`${file} exports nothing the stub for ${bundle} can stand in for`);
  const stub = `() => { throw new Error('this code is not in ${bundle}; run bin/briefwright.js'); }`;
  return { contents: names.map((name) => `export const ${name} = ${stub};`).join('\n'), loader: 'js' };
}

/** The CommonJS bundle of src/cli/index.ts, written with its build id (the name of its code cache). */
function cliBundle(name, plugins) {
  return build({
    ...common,
    entryPoints: { [name]: 'src/cli/index.ts' },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external,
    // The code finds its resources and its worker relative to its own file.
    define: { ...common.define, 'import.meta.url': '__briefwrightModuleUrl' },
    banner: { js: "var __briefwrightModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [...plugins, externalsByRequire],
    write: false,
  }).then(({ outputFiles }) => {
    for (const file of outputFiles) {
      let text = file.text;
      if (file.path.endsWith('.cjs')) {
        if (/\bimport\(["']/.test(text)) throw new Error(`dist/cli/${name}.cjs must not use import(): code restored from the V8 code cache cannot run it`);
        // The build id names the code cache (bin/briefwright.js), so a cache never outlives its build.
        const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
        text = `/*briefwright-build:${id}*/${text}`;
      }
      // Replaced whole, never half-written under a CLI that another test run is starting.
      writeFileSync(`${file.path}.${process.pid}.tmp`, text);
      renameSync(`${file.path}.${process.pid}.tmp`, file.path);
    }
  });
}

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
  cliBundle('briefwright', [pdfEngine]),
  cliBundle('extract', [extractOnly, pdfEngine]),
  cliBundle('docx', [docxOnly, pdfEngine]),
  build({
    ...common,
    entryPoints: { 'batch-worker': 'src/cli/batch-worker.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    external,
    // Bundled CommonJS dependencies call require() and read __filename and __dirname; give them those in the ES module output.
    banner: {
      js: [
        "import { createRequire as __briefwrightCreateRequire } from 'node:module';",
        "import { fileURLToPath as __briefwrightFileURLToPath } from 'node:url';",
        'const require = __briefwrightCreateRequire(import.meta.url);',
        'const __filename = __briefwrightFileURLToPath(import.meta.url);',
        "const __dirname = __briefwrightFileURLToPath(new URL('.', import.meta.url));",
      ].join(' '),
    },
    plugins: [pdfEngine],
  }),
]);

// One render of the sample to both formats: a smoke test of the bundle, and it writes the code cache
// with the functions both writers need compiled (a cache written by a DOCX run alone lacks the PDF path).
const scratch = mkdtempSync(path.join(tmpdir(), 'briefwright-build-'));
try {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/briefwright.js'), 'render', '--format', 'both', '--out', path.join(scratch, 'note')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the built CLI failed its smoke test: ${run.stderr}`);
  // The DOCX bundle's smoke test, and its code cache (what a DOCX render compiles, and nothing of the PDF path).
  const docx = spawnSync(process.execPath, [path.join(root, 'bin/briefwright.js'), 'render', '--format', 'docx', '--out', path.join(scratch, 'note-docx')], { encoding: 'utf8' });
  if (docx.status !== 0) throw new Error(`the built DOCX CLI failed its smoke test: ${docx.stderr}`);
  // The extract bundle's smoke test, and its code cache.
  const extract = spawnSync(process.execPath, [path.join(root, 'bin/briefwright.js'), 'extract', '--json'], { encoding: 'utf8' });
  if (extract.status !== 0 || !JSON.parse(extract.stdout).participants?.length) throw new Error(`the built extract CLI failed its smoke test: ${extract.stderr}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
