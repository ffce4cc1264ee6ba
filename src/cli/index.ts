/** Entry point of the built CLI (dist/cli/briefwright.cjs, run by bin/briefwright.js). */
import { setFlagsFromString } from 'node:v8';
import { main } from './main';

// A CLI run executes each of the extractors' ~90 Unicode regular expressions a few times only. V8
// first compiles a regex to bytecode and then again to machine code after one run ("tier-up"); for
// patterns with \p{L} classes both compilations are costly, and a run that dies after one statement
// never repays them: compiling straight to machine code halves the first extraction (~90 → ~40 ms).
// It changes how V8 compiles regexes, never what they match. Regexes compile lazily on first use,
// so setting it here, before any runs, is in time; worker threads share the process's flags.
setFlagsFromString('--no-regexp-tier-up');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
