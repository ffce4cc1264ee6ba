/**
 * `node --import tsx scripts/eval-speed.ts [--profile-case NAME]`: the extraction speed benchmark of
 * issue 3 (a 1 MB statement in ≤ 200 ms, growing linearly). Each case is a realistic or hostile
 * megabyte, timed as importText + extractStatement (CPU time), best of five after a warm-up, with the 250 kB
 * time beside it so a superlinear step shows as a ratio well above 4. Timing lives here, not in the
 * unit tests, where a loaded CI machine would make it flaky.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importText } from '../src/core/import/text-importer';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus/dev');
const MB = 1_000_000;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The corpus statements without their boilerplate tails (which extraction skips, so they would flatter the time). */
const corpusText = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const statement = importText(readFileSync(path.join(corpus, f), 'utf8'));
    return statement.text.slice(0, statement.boilerplate?.[0]?.start ?? statement.text.length);
  })
  .join('\n\n');

const CASES: Record<string, (length: number) => string> = {
  'corpus statements, concatenated': (n) => repeatTo(`${corpusText}\n\n`, n),
  'one line of prose': (n) => repeatTo('The ministers agreed to meet and condemn Mr. Smith “quoted words here” ', n),
  'bullet lines': (n) => repeatTo('• agreed to launch\n', n),
  'only opening quotes': (n) => '“'.repeat(n),
  'abbreviations': (n) => repeatTo('Mr. H.E. U.S. Dr. ', n),
  'one long name run': (n) => repeatTo('Anna ', n),
};

/** Milliseconds of CPU (user + system) for one import + extraction: steadier than wall time on a shared machine. */
function time(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 6; run++) {
    const started = process.cpuUsage();
    extractStatement(importText(text));
    const used = process.cpuUsage(started);
    if (run > 0) best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const only = process.argv.includes('--profile-case') ? process.argv[process.argv.indexOf('--profile-case') + 1] : undefined;
console.log(`${'case'.padEnd(34)} ${'250 kB'.padStart(9)} ${'1 MB'.padStart(9)}  ratio`);
for (const [name, make] of Object.entries(CASES)) {
  if (only && !name.startsWith(only)) continue;
  const quarter = time(make(MB / 4));
  const full = time(make(MB));
  console.log(`${name.padEnd(34)} ${quarter.toFixed(0).padStart(6)} ms ${full.toFixed(0).padStart(6)} ms  ${(full / quarter).toFixed(1)}`);
}
