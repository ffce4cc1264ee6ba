// `npm run test:mutation:report [-- report.json ...]`: the mutation score per folder from Stryker's JSON
// report (reports/mutation/mutation.json, written by `npm run test:mutation`), against the 85 % goal
// of issue 18 for extract/, write/, templates/, draft/, compose/, layout/ and src/node. Score as
// Stryker counts it: (killed + timed out) / (killed + timed out + survived + no coverage); mutants
// that did not compile or were ignored are not counted. Exits 1 when a goal folder that the report
// holds is below the goal (a folder the run did not mutate is shown as "not run", not as a failure).
// Several reports can be given (each folder is mutated in its own run, and every run overwrites
// mutation.json, so each run's report is kept under its own name): they are merged per source file,
// and when two reports hold the same file, the report whose file on disk is newest (modification
// time) wins for that whole file. With no argument it reads reports/mutation/mutation.json only.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './electron-binary.mjs';

const GOAL = 85;
const GOAL_FOLDERS = ['src/core/extract', 'src/core/write', 'src/core/templates', 'src/core/draft', 'src/core/compose', 'src/core/layout', 'src/node'];
const OTHERS = 'others (src/core/*)';

const reportPaths = (process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/mutation.json']).map((file) =>
  path.resolve(projectRoot, file),
);
const reports = [];
for (const reportPath of reportPaths) {
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    reports.push({ reportPath, files: report.files, modified: statSync(reportPath).mtimeMs });
  } catch (error) {
    console.error(`test:mutation:report: cannot read ${reportPath} (${error.code ?? error.message}); run \`npm run test:mutation\` first`);
    process.exit(2);
  }
}
/** Source file → its mutants, from the newest report that holds it (oldest first, so newer ones overwrite). */
const files = new Map();
for (const { files: reportFiles } of [...reports].sort((a, b) => a.modified - b.modified)) {
  for (const [file, { mutants }] of Object.entries(reportFiles)) files.set(path.resolve(projectRoot, file), mutants);
}

/** The goal folder a file belongs to, or OTHERS. */
function folderOf(file) {
  const relative = path.relative(projectRoot, path.resolve(projectRoot, file)).split(path.sep).join('/');
  return GOAL_FOLDERS.find((folder) => relative.startsWith(`${folder}/`)) ?? OTHERS;
}

const empty = () => ({ mutants: 0, killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 });
const rows = new Map([...GOAL_FOLDERS, OTHERS].map((folder) => [folder, empty()]));
const total = empty();
for (const [file, mutants] of files) {
  const row = rows.get(folderOf(file));
  for (const { status } of mutants) {
    for (const counts of [row, total]) {
      counts.mutants += 1;
      if (status === 'Killed') counts.killed += 1;
      else if (status === 'Survived') counts.survived += 1;
      else if (status === 'NoCoverage') counts.noCoverage += 1;
      else if (status === 'Timeout') counts.timeout += 1;
      else counts.other += 1; // CompileError, RuntimeError, Ignored, Pending
    }
  }
}

/** Percentage with one decimal, or null when no mutant counts. */
function score(counts) {
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return valid === 0 ? null : Math.floor((detected / valid) * 1000) / 10;
}

const header = ['folder', 'mutants', 'killed', 'survived', 'no cov.', 'timeout', 'score', `goal ${GOAL} %`];
const lines = [];
let failed = false;
for (const [folder, counts] of [...rows, ['all', total]]) {
  const value = score(counts);
  const isGoal = GOAL_FOLDERS.includes(folder);
  let verdict = '';
  if (isGoal) verdict = value === null ? 'not run' : value >= GOAL ? 'met' : 'BELOW';
  if (verdict === 'BELOW') failed = true;
  lines.push([folder, counts.mutants, counts.killed, counts.survived, counts.noCoverage, counts.timeout, value === null ? '–' : `${value.toFixed(1)} %`, verdict].map(String));
}
const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
const format = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`Mutation score per folder (${reportPaths.map((file) => path.relative(projectRoot, file)).join(', ')})`);
console.log(format(header));
for (const line of lines) console.log(format(line));
process.exit(failed ? 1 : 0);
