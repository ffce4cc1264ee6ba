#!/usr/bin/env node
// Re-check the survivors of a StrykerJS run by hand: write each surviving (or not covered) mutant of a JSON report into its
// source file at the report's exact location, run the given Vitest files, restore the file, and print one line per mutant
// with KILLED or SURVIVES and the first failing test. This is how docs/mutation-survivors.md checks that a new test kills a
// mutant (Stryker's per-test coverage does not credit every test that reaches a line).
//
//   node scripts/splice-mutants.mjs REPORT.json FILE-SUBSTRING [vitest files …]
//   ONLY=114:7,115:20 node scripts/splice-mutants.mjs reports/mutation/mutation.json statement-kind.ts src/core/extract/statement-kind.mutation.test.ts
//
// Run it in a checkout whose source file equals the report's (it refuses otherwise): a report names mutants by line and
// column, which any later edit of the file moves. The file is restored after each mutant and on Ctrl-C.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const [reportPath, which, ...testFiles] = process.argv.slice(2);
if (!reportPath || !which) {
  console.error('usage: node scripts/splice-mutants.mjs REPORT.json FILE-SUBSTRING [vitest files …]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
let restore = null;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});
for (const [file, result] of Object.entries(report.files)) {
  if (!file.includes(which)) continue;
  const original = readFileSync(file, 'utf8');
  if (original !== result.source) {
    console.error(`${file} differs from the source the report was made on; check out that commit first.`);
    process.exit(1);
  }
  restore = () => writeFileSync(file, original);
  const lines = original.split('\n');
  const offset = (line, column) => lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  for (const mutant of result.mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    const where = `${mutant.location.start.line}:${mutant.location.start.column}`;
    if (only && !only.has(where)) continue;
    const start = offset(mutant.location.start.line, mutant.location.start.column);
    const end = offset(mutant.location.end.line, mutant.location.end.column);
    writeFileSync(file, original.slice(0, start) + mutant.replacement + original.slice(end));
    const run = spawnSync('npx', ['vitest', 'run', ...testFiles], { encoding: 'utf8' });
    restore();
    // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes
    const output = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    const tests = /Tests\s+([^\n]*)/.exec(output)?.[1] ?? '?';
    const failed = [...output.matchAll(/(?:×|FAIL)\s+([^\n]{0,120})/g)].map((m) => m[1].trim()).filter((t) => !t.startsWith('src/'));
    const replacement = JSON.stringify(mutant.replacement).slice(0, 60);
    console.log(`${where} ${mutant.status} ${mutant.mutatorName} -> ${replacement} | ${run.status === 0 ? 'SURVIVES' : 'KILLED'} | ${tests} | ${failed.slice(0, 2).join(' ; ')}`);
  }
}
