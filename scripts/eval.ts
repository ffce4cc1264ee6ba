/**
 * `npm run eval [-- <dir>] [--verbose] [--json]`: runs importText + extractStatement on every
 * statement of the corpus (default ../shared/corpus/dev next to the repository) and prints
 * precision, recall and F1 per category, per language and overall, scored by eval-scoring.ts
 * exactly as the corpus README defines. The overall summary is always the last lines, so CI logs
 * and humans find it in the same place. With --gate the exit code is 1 when any F1 is under its
 * bar (QUALITY_BARS in eval-corpus.ts; tests/eval-corpus.test.ts enforces the same bars).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { barFailures, evaluateCorpus, meetingAccuracy, QUALITY_BARS } from './eval-corpus';
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

function main(): void {
  const result = evaluateCorpus(directory);
  const { files, overall, byLanguage } = result;
  const languages = Object.keys(byLanguage);
  const failures = barFailures(result);
  if (gate && failures.length > 0) process.exitCode = 1;

  if (asJson) {
    const scored = (counts: Record<Category, Counts>) => Object.fromEntries(CATEGORIES.map((c) => [c, { ...counts[c], ...prf(counts[c]) }]));
    const output = {
      directory,
      files: files.map((f) => ({ id: f.id, language: f.language, ...f.result, meeting: f.meeting })),
      meeting: meetingAccuracy(result),
      byLanguage: Object.fromEntries(languages.map((lang) => [lang, scored(byLanguage[lang] as Record<Category, Counts>)])),
      overall: scored(overall),
      bars: QUALITY_BARS,
      failures,
    };
    console.log(JSON.stringify(output, null, 2));
    return;
  }

  console.log(`Corpus: ${directory} (${files.length} statements)`);
  if (verbose) {
    for (const file of files) {
      const problems = CATEGORIES.flatMap((c) => [
        ...file.result[c].misses.map((m) => `  ${c}  MISS   ${m}`),
        ...file.result[c].extras.map((e) => `  ${c}  EXTRA  ${e}`),
      ]);
      for (const field of MEETING_FIELDS) {
        const { gold, extracted, correct } = file.meeting[field];
        if (!correct) problems.push(`  meeting ${field}  expected ${gold ?? 'null'}, got ${extracted ?? 'null'}`);
      }
      console.log(`\n${file.id} (${file.language})${problems.length === 0 ? ': all correct' : ''}`);
      for (const line of problems) console.log(line);
    }
  }
  console.log('\nBy language');
  console.log(HEADER);
  for (const lang of languages) for (const c of CATEGORIES) console.log(row(lang, c, (byLanguage[lang] as Record<Category, Counts>)[c]));
  console.log('\nOverall');
  console.log(HEADER);
  for (const c of CATEGORIES) console.log(row('all', c, overall[c]));
  const meeting = meetingAccuracy(result);
  console.log(`\nMeeting fields  ${MEETING_FIELDS.map((field) => `${field} ${meeting[field].correct}/${meeting[field].total}`).join('   ')}`);
  console.log(failures.length === 0 ? '\nAll quality bars met.' : `\nUnder the bar: ${failures.map((f) => `${f.scope} ${f.category} ${fmt(f.f1)} < ${f.bar}`).join('; ')}`);
}

main();
