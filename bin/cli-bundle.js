// Which dist/cli bundle bin/briefwright.js runs for a command line (scripts/build-cli.mjs builds them).
/**
 * The bundle for this run: `extract` → extract.cjs; `render` that asks only for DOCX, one note at a time
 * → docx.cjs (no PDF engine); anything else → the whole CLI. The options are read as parseArgs reads
 * them (`--format docx`, `--format=docx`); any doubt picks the whole CLI, which runs everything.
 */
function bundleFor(args) {
  if (args[0] === 'extract') return 'extract.cjs';
  if (args[0] !== 'render' || args.includes('--')) return 'briefwright.cjs';
  const formats = [];
  for (const [index, arg] of args.entries()) {
    if (arg === '--batch' || arg.startsWith('--batch=')) return 'briefwright.cjs';
    if (arg === '--format') formats.push(args[index + 1]);
    else if (arg.startsWith('--format=')) formats.push(arg.slice('--format='.length));
  }
  return formats.length > 0 && formats.every((format) => format === 'docx') ? 'docx.cjs' : 'briefwright.cjs';
}

module.exports = { bundleFor };
