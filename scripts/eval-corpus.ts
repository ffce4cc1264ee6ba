/**
 * The corpus evaluation shared by `npm run eval` (scripts/eval.ts) and the gate test
 * (tests/eval-corpus.test.ts): every `<id>.txt` of a corpus directory goes through the importer
 * registry and extractStatement, and is scored against `<id>.json` by eval-scoring.ts. The quality
 * bars of issue 3 live here, once, so the script and the test can never disagree about them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importStatementBytes } from '../src/core/import/importers';
import { CATEGORIES, goldAnnotationSchema, MEETING_FIELDS, prf, scoreMeeting, scoreStatement, totals, type Category, type Counts, type MeetingField, type MeetingResult, type StatementResult } from './eval-scoring';

/** Minimum F1 per category, overall and in each language (issue 3, "Quality bar"). */
export const QUALITY_BARS: Readonly<Record<Category, number>> = { participants: 0.95, quotes: 0.95, condemnations: 0.9, initiatives: 0.85 };

export interface FileResult {
  readonly id: string;
  readonly language: string;
  readonly result: StatementResult;
  readonly meeting: MeetingResult;
}

export interface CorpusResult {
  readonly directory: string;
  readonly files: readonly FileResult[];
  readonly overall: Record<Category, Counts>;
  readonly byLanguage: Readonly<Record<string, Record<Category, Counts>>>;
}

export function evaluateCorpus(directory: string): CorpusResult {
  const ids = readdirSync(directory)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  const files = ids.map((id) => {
    const gold = goldAnnotationSchema.parse(JSON.parse(readFileSync(path.join(directory, `${id}.json`), 'utf8')));
    const statement = importStatementBytes(new Uint8Array(readFileSync(path.join(directory, `${id}.txt`))), `${id}.txt`);
    const structured = extractStatement(statement);
    return { id, language: statement.language, result: scoreStatement(gold, structured), meeting: scoreMeeting(gold, structured) };
  });
  const languages = [...new Set(files.map((f) => f.language))].sort();
  const byLanguage = Object.fromEntries(languages.map((lang) => [lang, totals(files.filter((f) => f.language === lang).map((f) => f.result))]));
  return { directory, files, overall: totals(files.map((f) => f.result)), byLanguage };
}

export interface BarFailure {
  readonly scope: string;
  readonly category: Category;
  readonly f1: number;
  readonly bar: number;
}

/** Every (scope, category) whose F1 is under its bar; scopes are "all" and each language. */
export function barFailures(result: CorpusResult): BarFailure[] {
  const scopes: Array<[string, Record<Category, Counts>]> = [['all', result.overall], ...Object.entries(result.byLanguage)];
  return scopes.flatMap(([scope, counts]) =>
    CATEGORIES.flatMap((category) => {
      const { f1 } = prf(counts[category]);
      return f1 < QUALITY_BARS[category] ? [{ scope, category, f1, bar: QUALITY_BARS[category] }] : [];
    }),
  );
}

/** How many statements got each meeting field (date, location, kind) right. */
export function meetingAccuracy(result: CorpusResult): Record<MeetingField, { correct: number; total: number }> {
  return Object.fromEntries(
    MEETING_FIELDS.map((field) => [field, { correct: result.files.filter((f) => f.meeting[field].correct).length, total: result.files.length }]),
  ) as Record<MeetingField, { correct: number; total: number }>;
}
