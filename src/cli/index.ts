/** Entry point of the built CLI (dist/cli/briefwright.mjs). */
import { main } from './main';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
