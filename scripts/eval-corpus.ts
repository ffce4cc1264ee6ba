/**
 * The corpus evaluation shared by `npm run eval` (scripts/eval.ts) and the gate test
 * (tests/eval-corpus.test.ts): every `<id>.txt` of a corpus directory goes through the importer
 * registry and extractStatement, and is scored against `<id>.json` by eval-scoring.ts. The quality
 * bars of issue 3 live here, once, so the script and the test can never disagree about them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CHECK_AGAINST_SOURCE_BELOW } from '../src/core/extract/confidence';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importStatementBytes } from '../src/core/import/importers';
import { z } from 'zod';
import { CATEGORIES, goldAnnotationSchema, MEETING_FIELDS, prf, scoreMeeting, scoreStatement, totals, type Category, type Counts, type MeetingField, type MeetingResult, type StatementResult } from './eval-scoring';

/** Minimum F1 per category, overall and in each language (issue 3, "Quality bar"). */
export const QUALITY_BARS: Readonly<Record<Category, number>> = { participants: 0.95, quotes: 0.95, condemnations: 0.9, initiatives: 0.85 };

/** The half of a split corpus a statement belongs to: rules are tuned on one, measured on the other. */
export type Split = 'tune' | 'test';

/**
 * A fixed split by id: the first 32 bits of SHA-256(id) as a fraction of 2^32, under `tuneShare`
 * → tune. It depends on nothing but the id, so adding statements never moves old ones between halves.
 */
export function splitOf(id: string, tuneShare: number): Split {
  const fraction = createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32;
  return fraction < tuneShare ? 'tune' : 'test';
}

/** `corpus.json` beside the statements: `{ "split": { "tuneShare": 0.6 } }` makes a corpus split. */
const corpusConfigSchema = z.object({ split: z.object({ tuneShare: z.number().gt(0).lt(1) }).optional() });

export function readCorpusConfig(directory: string): z.infer<typeof corpusConfigSchema> {
  const file = path.join(directory, 'corpus.json');
  return existsSync(file) ? corpusConfigSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
}

export interface FileResult {
  readonly id: string;
  /** The annotation's language where it records one (the real corpus), else the detected one. */
  readonly language: string;
  readonly issuer: string | null;
  readonly split: Split | null;
  readonly result: StatementResult;
  readonly meeting: MeetingResult;
  /** Each extracted item's confidence, per category, in the order the scorer saw them. */
  readonly confidences: Readonly<Record<Category, readonly (number | undefined)[]>>;
}

export interface CorpusResult {
  readonly directory: string;
  readonly files: readonly FileResult[];
  readonly overall: Record<Category, Counts>;
  readonly byLanguage: Readonly<Record<string, Record<Category, Counts>>>;
}

export function evaluateCorpus(directory: string): CorpusResult {
  const { split } = readCorpusConfig(directory);
  const ids = readdirSync(directory)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  const files = ids.map((id): FileResult => {
    const gold = goldAnnotationSchema.parse(JSON.parse(readFileSync(path.join(directory, `${id}.json`), 'utf8')));
    const statement = importStatementBytes(new Uint8Array(readFileSync(path.join(directory, `${id}.txt`))), `${id}.txt`);
    const structured = extractStatement(statement);
    return {
      id,
      language: gold.source.language ?? statement.language,
      issuer: gold.source.issuer ?? null,
      split: split ? splitOf(id, split.tuneShare) : null,
      result: scoreStatement(gold, structured),
      meeting: scoreMeeting(gold, structured),
      confidences: {
        participants: structured.participants.map((p) => p.confidence),
        quotes: structured.quotes.map((q) => q.confidence),
        condemnations: structured.condemnations.map((c) => c.confidence),
        initiatives: structured.initiatives.map((i) => i.confidence),
      },
    };
  });
  return summarise(directory, files);
}

/** Totals overall and per language for a set of file results (a whole corpus or one split). */
export function summarise(directory: string, files: readonly FileResult[]): CorpusResult {
  const languages = [...new Set(files.map((f) => f.language))].sort();
  const byLanguage = Object.fromEntries(languages.map((lang) => [lang, totals(files.filter((f) => f.language === lang).map((f) => f.result))]));
  return { directory, files, overall: totals(files.map((f) => f.result)), byLanguage };
}

/** The statements of one split, summarised on their own. */
export function splitResult(result: CorpusResult, split: Split): CorpusResult {
  return summarise(result.directory, result.files.filter((f) => f.split === split));
}

/** Per-issuer totals (statements whose annotation names no issuer are left out). */
export function byIssuer(result: CorpusResult): Array<{ issuer: string; statements: number; counts: Record<Category, Counts> }> {
  const issuers = [...new Set(result.files.flatMap((f) => (f.issuer ? [f.issuer] : [])))].sort();
  return issuers.map((issuer) => {
    const files = result.files.filter((f) => f.issuer === issuer);
    return { issuer, statements: files.length, counts: totals(files.map((f) => f.result)) };
  });
}

export interface ConfidenceReport {
  readonly threshold: number;
  /** Items at or above the threshold (not flagged): how many, how many right. */
  readonly trusted: { readonly items: number; readonly correct: number; readonly precision: number };
  /** Items under it (flagged "Check against source"). */
  readonly flagged: { readonly items: number; readonly correct: number };
  /** Share of the wrong items that the flag catches. */
  readonly wrongCaught: number;
  readonly wrongItems: number;
}

/** How well the "Check against source" flag separates right items from wrong ones. */
export function confidenceReport(result: CorpusResult, threshold = CHECK_AGAINST_SOURCE_BELOW): ConfidenceReport {
  let trustedItems = 0;
  let trustedCorrect = 0;
  let flaggedItems = 0;
  let flaggedCorrect = 0;
  for (const file of result.files) {
    for (const category of CATEGORIES) {
      file.result[category].extractedCorrect.forEach((correct, i) => {
        const score = file.confidences[category][i];
        if (score !== undefined && score < threshold) {
          flaggedItems++;
          if (correct) flaggedCorrect++;
        } else {
          trustedItems++;
          if (correct) trustedCorrect++;
        }
      });
    }
  }
  const wrongItems = trustedItems - trustedCorrect + (flaggedItems - flaggedCorrect);
  return {
    threshold,
    trusted: { items: trustedItems, correct: trustedCorrect, precision: trustedItems === 0 ? 1 : trustedCorrect / trustedItems },
    flagged: { items: flaggedItems, correct: flaggedCorrect },
    wrongCaught: wrongItems === 0 ? 1 : (flaggedItems - flaggedCorrect) / wrongItems,
    wrongItems,
  };
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
