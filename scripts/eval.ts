/**
 * `npm run eval [-- <dir>] [--verbose] [--json]`: runs importText + extractStatement on every
 * statement of the corpus (default ../shared/corpus/dev next to the repository) and prints
 * precision, recall and F1 per category, per language and overall, scored by eval-scoring.ts
 * exactly as the corpus README defines. The overall summary is always the last lines, so CI logs
 * and humans find it in the same place. No gate yet: the exit code is 0 unless the corpus is broken.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../src/core/import/text-importer';
import { extractStatement } from '../src/core/extract/extract-statement';
import { CATEGORIES, goldAnnotationSchema, prf, scoreStatement, totals, type Category, type Counts, type StatementResult } from './eval-scoring';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const directory = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.resolve(repoRoot, '../shared/corpus/dev'));

interface FileResult {
  readonly id: string;
  readonly language: string;
  readonly result: StatementResult;
}

function evaluate(): FileResult[] {
  const ids = readdirSync(directory)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  return ids.map((id) => {
    const gold = goldAnnotationSchema.parse(JSON.parse(readFileSync(path.join(directory, `${id}.json`), 'utf8')));
    const statement = importText(readFileSync(path.join(directory, `${id}.txt`), 'utf8'));
    return { id, language: statement.language, result: scoreStatement(gold, extractStatement(statement)) };
  });
}

const fmt = (x: number): string => x.toFixed(3);

function row(label: string, category: Category, counts: Counts): string {
  const s = prf(counts);
  return `${label.padEnd(6)} ${category.padEnd(14)} ${String(counts.tp).padStart(4)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}   ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}`;
}

const HEADER = `${'scope'.padEnd(6)} ${'category'.padEnd(14)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}   P      R      F1`;

function main(): void {
  const files = evaluate();
  const overall = totals(files.map((f) => f.result));
  const languages = [...new Set(files.map((f) => f.language))].sort();
  const byLanguage = Object.fromEntries(languages.map((lang) => [lang, totals(files.filter((f) => f.language === lang).map((f) => f.result))]));

  if (asJson) {
    const scored = (counts: Record<Category, Counts>) => Object.fromEntries(CATEGORIES.map((c) => [c, { ...counts[c], ...prf(counts[c]) }]));
    const output = {
      directory,
      files: files.map((f) => ({ id: f.id, language: f.language, ...f.result })),
      byLanguage: Object.fromEntries(languages.map((lang) => [lang, scored(byLanguage[lang] as Record<Category, Counts>)])),
      overall: scored(overall),
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
}

main();
