#!/usr/bin/env node
// Launcher for the briefwright CLI: runs the bundle that `npm ci` builds (scripts/build-cli.mjs, run
// by `prepare`) through V8's code cache. Each run is a new process, and compiling the bundle's ~1 MB
// of JavaScript was a sixth of a DOCX render; with the cache V8 restores the compiled code instead.
// The cache is named after the bundle's build id, Node's version and the CPU, and V8 refuses one it
// did not write for this source, V8 and flags: then the CLI compiles as usual and writes a new one.
// It lives beside the bundle; where that folder is read-only, every run just compiles.
// `briefwright extract …` runs dist/cli/extract.cjs, the same CLI without the writers and the other
// commands (scripts/build-cli.mjs): a third of the code to read and restore on every start (issue 16);
// `briefwright render … --format docx` runs dist/cli/docx.cjs, the CLI without the PDF engine.
// A CommonJS script (bin/package.json): Node starts one ~10 ms sooner than an ES module, on every run.
'use strict';
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
const { bundleFor } = require('./cli-bundle.js');
const { CLI_V8_FLAGS } = require('./v8-flags.js');

const bundle = path.join(__dirname, '..', 'dist', 'cli', bundleFor(process.argv.slice(2)));
let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('briefwright: the CLI is not built yet; run `npm run build:cli` (npm install does it for you)\n');
  process.exit(1);
}

// How V8 compiles the extractors' regular expressions (bin/v8-flags.js says why). V8's code cache
// records the flags, so they are set before compiling.
setFlagsFromString(CLI_V8_FLAGS);

const build = /^\/\*briefwright-build:([0-9a-f]+)\*\//.exec(source)?.[1];
const cacheFile = build && `${bundle}.${build}.${process.version}-${process.arch}.cache`;
let cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: compile.
}

// The CommonJS module wrapper, on the bundle's first line so its line numbers stay right.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, path.dirname(bundle));

if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  // Written when the run is over, so the cache holds every function this run compiled.
  process.once('beforeExit', () => {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only install: no cache, nothing lost.
      rmSync(temporary, { force: true });
    }
  });
}
