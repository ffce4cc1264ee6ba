/** Entry point of the built CLI (dist/cli/briefwright.cjs, run by bin/briefwright.js, which sets the V8 flags: bin/v8-flags.js). */
import { main } from './main';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
