// The V8 flags every CLI run sets (bin/briefwright.js, before it compiles the bundle; worker threads
// share them). Node can set V8 flags only once V8 is running, after its own
// start-up has compiled and run regular expressions, so a flag is safe here only if it cannot make
// those regexes inconsistent:
// - `--regexp-tier-up-ticks=0`: a regex created from now on compiles straight to machine code on its
//   first run instead of first to bytecode and again after one run. A CLI run executes each of the
//   extractors' Unicode regexes a few times only and never repaid the second compilation (cold
//   extraction ~90 → ~40 ms). Regexes made before keep their own tick count and tier up as usual.
//   Later V8 made it its default (commit 4b2ab5e9cf, "[regexp] Enable the single-tier pipeline").
// - NOT `--no-regexp-tier-up`, which this CLI set until December 2026: switched off at run time it
//   leaves V8's own regexes in a state its native path does not expect, and Node crashed with SIGSEGV
//   in Builtins_RegExpInterpreterTrampoline called from NativeRegExpMacroAssembler::Execute (gdb on a
//   core file). `extract` of a .docx, four runs at a time: 8 crashes in 1,060 runs on Node 20 and 36 in
//   480 on Node 24 (CI saw one). With the ticks flag: none in 2,280 runs on Node 20, 22 and 24, and the
//   same speed (a whole `extract` run 0.42–0.44 s against 0.40–0.48 s; 0.65–0.70 s with neither flag).
//   tests/cli-v8-flags.test.ts holds the choice.
'use strict';

const CLI_V8_FLAGS = '--regexp-tier-up-ticks=0';

module.exports = { CLI_V8_FLAGS };
