/**
 * StructuredStatement: what the extractors found in a Statement. Every item keeps the offsets
 * (`source`) of the text it came from, so the editor can link it to its sentence and the CLI can
 * print it. The zod schema guards the edges (JSON files, IPC); inside the core, trust the types.
 */
import { z } from 'zod';
import type { Language, SourceSpan } from './statement';

export const sourceSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** How sure the extractor is of an item, 0..1: the editor flags weak ones for the officer to check. */
export const confidenceSchema = z.number().min(0).max(1);

/** The genre of the text, as the corpus annotates it. */
export const statementKindSchema = z.enum(['news-release', 'joint-statement', 'readout', 'statement']);
export type StatementKind = z.infer<typeof statementKindSchema>;

export const meetingSchema = z.object({
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  location: z.string().nullable(),
  kind: statementKindSchema.optional(),
});

export const participantSchema = z.object({
  name: z.string(),
  title: z.string(),
  country: z.string(),
  source: sourceSpanSchema,
  confidence: confidenceSchema.optional(),
});

export const quoteSchema = z.object({
  speaker: z.string(),
  text: z.string(),
  source: sourceSpanSchema,
  confidence: confidenceSchema.optional(),
});

export const condemnationSchema = z.object({
  text: z.string(),
  targets: z.array(z.string()),
  source: sourceSpanSchema,
  confidence: confidenceSchema.optional(),
});

export const initiativeSchema = z.object({
  text: z.string(),
  source: sourceSpanSchema,
  confidence: confidenceSchema.optional(),
});

export const structuredStatementSchema = z.object({
  meeting: meetingSchema,
  participants: z.array(participantSchema),
  quotes: z.array(quoteSchema),
  condemnations: z.array(condemnationSchema),
  initiatives: z.array(initiativeSchema),
  language: z.enum(['en', 'fr']),
});

export interface Meeting {
  readonly title: string | null;
  /** YYYY-MM-DD or null */
  readonly date: string | null;
  readonly location: string | null;
  /** News release, joint statement, readout or statement (absent in files from before it was read). */
  readonly kind?: StatementKind;
}

export interface Participant {
  readonly name: string;
  readonly title: string;
  readonly country: string;
  readonly source: SourceSpan;
  /** 0..1; absent on items an officer entered or a file that predates it. */
  readonly confidence?: number;
}

export interface Quote {
  readonly speaker: string;
  readonly text: string;
  readonly source: SourceSpan;
  /** 0..1; absent on items an officer entered or a file that predates it. */
  readonly confidence?: number;
}

export interface Condemnation {
  readonly text: string;
  readonly targets: readonly string[];
  readonly source: SourceSpan;
  /** 0..1; absent on items an officer entered or a file that predates it. */
  readonly confidence?: number;
}

export interface Initiative {
  readonly text: string;
  readonly source: SourceSpan;
  /** 0..1; absent on items an officer entered or a file that predates it. */
  readonly confidence?: number;
}

export interface StructuredStatement {
  readonly meeting: Meeting;
  readonly participants: readonly Participant[];
  readonly quotes: readonly Quote[];
  readonly condemnations: readonly Condemnation[];
  readonly initiatives: readonly Initiative[];
  readonly language: Language;
}
