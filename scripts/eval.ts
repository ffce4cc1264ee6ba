/**
 * `npm run eval [-- <dir>] [--verbose] [--json]`: runs importText + extractStatement on every
 * statement of the corpus (default ../shared/corpus/dev next to the repository) and prints
 * precision, recall and F1 per category, per language and overall, scored by eval-scoring.ts
 * exactly as the corpus README defines. The overall summary is always the last lines, so CI logs
 * and humans find it in the same place. With --gate the exit code is 1 when any F1 is under its
 * bar (QUALITY_BARS in eval-corpus.ts; tests/eval-corpus.test.ts enforces the same bars).
 * A corpus with a `corpus.json` split (corpus/real) is reported as its tune and test splits, each
 * with scores per language and issuer, meeting fields and the "Check against source" flag's
 * precision; --verbose lists the misses of the tune split only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { barFailures, byIssuer, confidenceReport, evaluateCorpus, meetingAccuracy, QUALITY_BARS, splitResult, type CorpusResult, type FileResult } from './eval-corpus';
import { CATEGORIES, MEETING_FIELDS, prf, type Category, type Counts } from './eval-scoring';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const gate = args.includes('--gate');
const directory = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.resolve(repoRoot, '../shared/corpus/dev'));

const fmt = (x: number): string => x.toFixed(3);

function row(label: string, category: Category, counts: Counts): string {
  const s = prf(counts);
  return `${label.padEnd(6)} ${category.padEnd(14)} ${String(counts.tp).padStart(4)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}   ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}`;
}

const HEADER = `${'scope'.padEnd(6)} ${'category'.padEnd(14)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}   P      R      F1`;

function printScores(result: CorpusResult): void {
  const { overall, byLanguage } = result;
  console.log('By language');
  console.log(HEADER);
  for (const lang of Object.keys(byLanguage)) for (const c of CATEGORIES) console.log(row(lang, c, (byLanguage[lang] as Record<Category, Counts>)[c]));
  console.log('\nOverall');
  console.log(HEADER);
  for (const c of CATEGORIES) console.log(row('all', c, overall[c]));
  const meeting = meetingAccuracy(result);
  console.log(`\nMeeting fields  ${MEETING_FIELDS.map((field) => `${field} ${meeting[field].correct}/${meeting[field].total} (${fmt(meeting[field].correct / Math.max(1, meeting[field].total))})`).join('   ')}`);
  const flag = confidenceReport(result);
  console.log(
    `Check-against-source flag (confidence < ${flag.threshold}): items not flagged ${flag.trusted.correct}/${flag.trusted.items} right (precision ${fmt(flag.trusted.precision)}); flagged ${flag.flagged.items} (${flag.flagged.correct} of them right); catches ${flag.wrongItems - (flag.trusted.items - flag.trusted.correct)} of ${flag.wrongItems} wrong items (${fmt(flag.wrongCaught)})`,
  );
  const issuers = byIssuer(result);
  if (issuers.length > 0) {
    console.log('\nBy issuer (F1 participants / quotes / condemnations / initiatives; "-" where the issuer\'s statements have none and none were extracted)');
    for (const { issuer, statements, counts } of issuers) {
      const cells = CATEGORIES.map((c) => (counts[c].tp + counts[c].fp + counts[c].fn === 0 ? '  -  ' : fmt(prf(counts[c]).f1)));
      console.log(`  ${issuer.slice(0, 44).padEnd(44)} ${String(statements).padStart(3)}  ${cells.join('  ')}`);
    }
  }
  const failures = barFailures(result);
  console.log(failures.length === 0 ? '\nAll quality bars met.' : `\nUnder the bar: ${failures.map((f) => `${f.scope} ${f.category} ${fmt(f.f1)} < ${f.bar}`).join('; ')}`);
}

function printMisses(files: readonly FileResult[]): void {
  for (const file of files) {
    const problems = CATEGORIES.flatMap((c) => [...file.result[c].misses.map((m) => `  ${c}  MISS   ${m}`), ...file.result[c].extras.map((e) => `  ${c}  EXTRA  ${e}`)]);
    for (const field of MEETING_FIELDS) {
      const { gold, extracted, correct } = file.meeting[field];
      if (!correct) problems.push(`  meeting ${field}  expected ${gold ?? 'null'}, got ${extracted ?? 'null'}`);
    }
    console.log(`\n${file.id} (${file.language})${problems.length === 0 ? ': all correct' : ''}`);
    for (const line of problems) console.log(line);
  }
}

function asJsonOutput(result: CorpusResult): unknown {
  const scored = (counts: Record<Category, Counts>) => Object.fromEntries(CATEGORIES.map((c) => [c, { ...counts[c], ...prf(counts[c]) }]));
  return {
    statements: result.files.length,
    meeting: meetingAccuracy(result),
    byLanguage: Object.fromEntries(Object.keys(result.byLanguage).map((lang) => [lang, scored(result.byLanguage[lang] as Record<Category, Counts>)])),
    byIssuer: byIssuer(result).map(({ issuer, statements, counts }) => ({ issuer, statements, ...scored(counts) })),
    overall: scored(result.overall),
    confidence: confidenceReport(result),
    failures: barFailures(result),
  };
}

function main(): void {
  const result = evaluateCorpus(directory);
  const isSplit = result.files.some((f) => f.split !== null);
  const tune = isSplit ? splitResult(result, 'tune') : result;
  // A split corpus gates on its tune split only: the test split is for measuring finished changes.
  if (gate && barFailures(tune).length > 0) process.exitCode = 1;

  if (asJson) {
    const output = isSplit
      ? { directory, bars: QUALITY_BARS, tune: asJsonOutput(tune), test: asJsonOutput(splitResult(result, 'test')), tuneFiles: tune.files.map((f) => ({ id: f.id, ...f.result, meeting: f.meeting })) }
      : { directory, bars: QUALITY_BARS, ...(asJsonOutput(result) as object), files: result.files.map((f) => ({ id: f.id, language: f.language, ...f.result, meeting: f.meeting })) };
    console.log(JSON.stringify(output, null, 2));
    return;
  }

  console.log(`Corpus: ${directory} (${result.files.length} statements)`);
  if (!isSplit) {
    if (verbose) printMisses(result.files);
    console.log('');
    printScores(result);
    return;
  }
  // Misses are listed for the tune split only, so nobody tunes rules on the test split by accident.
  if (verbose) printMisses(tune.files);
  const test = splitResult(result, 'test');
  console.log(`\n=== Tune split: ${tune.files.length} statements (work on these; --verbose lists their misses) ===`);
  printScores(tune);
  console.log(`\n=== Test split: ${test.files.length} statements (measure only; misses are not listed) ===`);
  printScores(test);
}

main();
