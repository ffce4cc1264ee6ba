/**
 * Scoring of extractStatement against the hand annotations of the statement corpus, exactly as
 * /work/shared/corpus/README.md ("How scoring matches items") defines it: texts are normalised
 * (case and accents ignored, whitespace runs are one space, curly quotes are straight), then
 *   participant   name equals the gold name
 *   quote         speaker equals the gold speaker and the quotation begins with `startsWith`
 *   condemnation  the extracted sentence contains the gold `contains`
 *   initiative    the extracted sentence contains the gold `contains`
 * Items are paired one-to-one by maximum bipartite matching, so one glued "sentence" can never
 * cover two gold items. Pure functions: the CLI (eval.ts) does the file I/O.
 */
import { z } from 'zod';
import type { StructuredStatement } from '../src/core/model/structured-statement';

export const goldAnnotationSchema = z.object({
  id: z.string(),
  source: z.object({
    url: z.string().nullable(),
    /** Only the real corpus (corpus/real) records these; the dev corpus and genre samples do not. */
    issuer: z.string().optional(),
    language: z.enum(['en', 'fr']).optional(),
    title: z.string(),
    date: z.string().nullable(),
    kind: z.enum(['news-release', 'joint-statement', 'readout', 'statement']),
  }),
  meeting: z.object({ date: z.string().nullable(), location: z.string().nullable() }),
  participants: z.array(z.object({ name: z.string(), title: z.string(), country: z.string() })),
  quotes: z.array(z.object({ speaker: z.string(), startsWith: z.string() })),
  condemnations: z.array(z.object({ target: z.string(), contains: z.string() })),
  initiatives: z.array(z.object({ contains: z.string() })),
});

export type GoldAnnotation = z.infer<typeof goldAnnotationSchema>;

export const CATEGORIES = ['participants', 'quotes', 'condemnations', 'initiatives'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Case and accents ignored, whitespace runs (NBSP included) one space, curly quotes straight. */
export function normaliseForScoring(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Maximum bipartite matching (Kuhn's augmenting paths). `edges[g]` lists the extracted indices that
 * gold item g may pair with. Returns, for each gold item, the extracted index it took or -1.
 */
export function maximumMatching(edges: readonly (readonly number[])[], extractedCount: number): number[] {
  const goldOfExtracted = new Array<number>(extractedCount).fill(-1);
  const tryAssign = (g: number, seen: boolean[]): boolean => {
    for (const e of edges[g] ?? []) {
      if (seen[e]) continue;
      seen[e] = true;
      const holder = goldOfExtracted[e] ?? -1;
      if (holder === -1 || tryAssign(holder, seen)) {
        goldOfExtracted[e] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < edges.length; g++) tryAssign(g, new Array<boolean>(extractedCount).fill(false));
  const extractedOfGold = new Array<number>(edges.length).fill(-1);
  goldOfExtracted.forEach((g, e) => {
    if (g >= 0) extractedOfGold[g] = e;
  });
  return extractedOfGold;
}

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface CategoryResult extends Counts {
  /** Gold items nobody matched, as display strings. */
  readonly misses: readonly string[];
  /** Extracted items that matched no gold item, as display strings. */
  readonly extras: readonly string[];
  /** For each extracted item, in order, whether it matched a gold item (for the confidence report). */
  readonly extractedCorrect: readonly boolean[];
}

function scoreItems<G, E>(gold: readonly G[], extracted: readonly E[], matches: (g: G, e: E) => boolean, showGold: (g: G) => string, showExtracted: (e: E) => string): CategoryResult {
  const edges = gold.map((g) => extracted.flatMap((e, i) => (matches(g, e) ? [i] : [])));
  const pairing = maximumMatching(edges, extracted.length);
  const used = new Set(pairing.filter((e) => e >= 0));
  const tp = used.size;
  return {
    tp,
    fp: extracted.length - tp,
    fn: gold.length - tp,
    misses: gold.filter((_, g) => (pairing[g] ?? -1) < 0).map(showGold),
    extras: extracted.filter((_, e) => !used.has(e)).map(showExtracted),
    extractedCorrect: extracted.map((_, e) => used.has(e)),
  };
}

export type StatementResult = Record<Category, CategoryResult>;

export function scoreStatement(gold: GoldAnnotation, extracted: StructuredStatement): StatementResult {
  const n = normaliseForScoring;
  return {
    participants: scoreItems(gold.participants, extracted.participants, (g, e) => n(e.name) === n(g.name), (g) => g.name, (e) => e.name),
    quotes: scoreItems(
      gold.quotes,
      extracted.quotes,
      (g, e) => n(e.speaker) === n(g.speaker) && n(e.text).startsWith(n(g.startsWith)),
      (g) => `${g.speaker}: ${g.startsWith}`,
      (e) => `${e.speaker}: ${e.text.slice(0, 80)}`,
    ),
    condemnations: scoreItems(gold.condemnations, extracted.condemnations, (g, e) => n(e.text).includes(n(g.contains)), (g) => g.contains, (e) => e.text),
    initiatives: scoreItems(gold.initiatives, extracted.initiatives, (g, e) => n(e.text).includes(n(g.contains)), (g) => g.contains, (e) => e.text),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Micro-averaged scores. Nothing extracted and nothing expected is perfect. */
export function prf(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Per-category totals over several statements. */
export function totals(results: readonly StatementResult[]): Record<Category, Counts> {
  const sum = { participants: ZERO, quotes: ZERO, condemnations: ZERO, initiatives: ZERO } as Record<Category, Counts>;
  for (const result of results) for (const category of CATEGORIES) sum[category] = addCounts(sum[category], result[category]);
  return sum;
}

export const MEETING_FIELDS = ['date', 'location', 'kind'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

/** For each meeting field, the gold value, the extracted value and whether they agree (normalised). */
export type MeetingResult = Record<MeetingField, { readonly gold: string | null; readonly extracted: string | null; readonly correct: boolean }>;

export function scoreMeeting(gold: GoldAnnotation, extracted: StructuredStatement): MeetingResult {
  const field = (goldValue: string | null, extractedValue: string | null) => ({
    gold: goldValue,
    extracted: extractedValue,
    correct: (goldValue === null ? null : normaliseForScoring(goldValue)) === (extractedValue === null ? null : normaliseForScoring(extractedValue)),
  });
  return {
    date: field(gold.meeting.date, extracted.meeting.date),
    location: field(gold.meeting.location, extracted.meeting.location),
    kind: field(gold.source.kind, extracted.meeting.kind ?? null),
  };
}
