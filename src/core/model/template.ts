/**
 * Template: a briefing-note format as data (templates/*.json). Validated with zod when loaded,
 * because templates come from files the officer may have edited or received from someone else.
 * `schemaVersion` lets later versions migrate older files on load.
 */
import { MAX_TEMPLATE_ID_LENGTH, TEMPLATE_ID_PATTERN, templateNameProblem } from './template-name';
import { MAX_SECTIONS } from '../limits';
import { z } from 'zod';
import { CLASSIFICATIONS, PURPOSES } from './markings';

export const TEMPLATE_SCHEMA_VERSION = 1;

export const sectionKindSchema = z.enum([
  'summary',
  'background',
  'participants',
  'condemnations',
  'initiatives',
  'quotes',
  'key-messages',
  'next-steps',
  'recommendation',
]);
export type SectionKind = z.infer<typeof sectionKindSchema>;

/** Sections filled from the structured statement; the rest are free text the officer writes. */
export const EXTRACTED_SECTION_KINDS = ['participants', 'condemnations', 'initiatives', 'quotes'] as const;
export type ExtractedSectionKind = (typeof EXTRACTED_SECTION_KINDS)[number];
export function isExtractedKind(kind: SectionKind): kind is ExtractedSectionKind {
  return (EXTRACTED_SECTION_KINDS as readonly string[]).includes(kind);
}

export const sectionLayoutSchema = z.enum(['bullets', 'numbered', 'paragraphs', 'table']);
export type SectionLayout = z.infer<typeof sectionLayoutSchema>;

const colorSchema = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'a colour is six hex digits, e.g. "1F3864"');

export const templateSectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: sectionKindSchema,
  heading: z.string().min(1),
  layout: sectionLayoutSchema,
  options: z
    .strictObject({
      showTitles: z.boolean().optional(),
      showCountries: z.boolean().optional(),
      /** Keep sentences another section already lists (compose/sentence-sections.ts); off by default. */
      repeatSentences: z.boolean().optional(),
    })
    .optional(),
  /** Free-text sections: a Liquid snippet that drafts the section from the statement. */
  draft: z.string().max(4_000).optional(),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const fontFamilySchema = z.enum(['Liberation Sans', 'Liberation Serif']);
export type FontFamily = z.infer<typeof fontFamilySchema>;

export const classificationSchema = z.enum(CLASSIFICATIONS);
export type { Classification, Purpose } from './markings';

export const purposeSchema = z.enum(PURPOSES);

export const templateSchema = z.strictObject({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: z
    .string()
    .regex(TEMPLATE_ID_PATTERN, 'an id uses lower-case letters, digits and hyphens')
    .max(MAX_TEMPLATE_ID_LENGTH, `an id has at most ${MAX_TEMPLATE_ID_LENGTH} characters`),
  name: z.string().superRefine((name, context) => {
    const problem = templateNameProblem(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  description: z.string(),
  language: z.enum(['en', 'fr']),
  page: z.strictObject({
    size: z.enum(['LETTER', 'A4']),
    orientation: z.enum(['portrait', 'landscape']),
    /** Points (1/72 inch). */
    margins: z.strictObject({
      top: z.number().min(18).max(216),
      right: z.number().min(18).max(216),
      bottom: z.number().min(18).max(216),
      left: z.number().min(18).max(216),
    }),
  }),
  typography: z.strictObject({
    font: fontFamilySchema,
    /** Points. */
    baseSize: z.number().min(7).max(16),
    titleSize: z.number().min(10).max(32),
    headingSize: z.number().min(8).max(24),
    lineSpacing: z.number().min(1).max(2),
    headingColor: colorSchema,
    markingColor: colorSchema,
    mutedColor: colorSchema,
  }),
  furniture: z.strictObject({
    /** Header and footer of every page, top right of the first page only, or no marking. */
    marking: z.enum(['header-footer', 'first-page-top-right', 'none']),
    pageNumbers: z.boolean(),
    /** `{page}` and `{pages}` are replaced by the page number and the page count. */
    pageNumberFormat: z.string(),
    /**
     * Government of Canada memo furniture: the addressee line (MEMORANDUM TO … / NOTE À …) and the
     * purpose (FOR DECISION / POUR DÉCISION) as the note's heading, FROM and SUBJECT (the title)
     * lines, and on a decision note the approval block. Absent in older templates: off.
     */
    memo: z.boolean().optional(),
  }),
  labels: z.strictObject({
    documentType: z.string(),
    forInformation: z.string(),
    forDecision: z.string(),
    date: z.string(),
    fileNumber: z.string(),
    preparedBy: z.string(),
    meeting: z.string(),
    /** The meeting's date row ("Meeting date", « Date de la réunion »); a default in the note's language when absent. */
    meetingDate: z.string().optional(),
    location: z.string(),
    said: z.string(),
    to: z.string().default('To'),
    from: z.string().default('From'),
    approvedBy: z.string().default('Approved by'),
    /** Memo furniture (furniture.memo); each has a default in the note's language when absent (layout/memo-labels.ts). */
    memorandumTo: z.string().optional(),
    subject: z.string().optional(),
    approved: z.string().optional(),
    notApproved: z.string().optional(),
    signature: z.string().optional(),
    /** The security markings as printed in this template's language (default: the English level). */
    markings: z.partialRecord(classificationSchema, z.string()).default({}),
  }),
  defaults: z.strictObject({
    classification: classificationSchema,
    purpose: purposeSchema,
    preparedBy: z.string(),
  }),
  sections: z.array(templateSectionSchema).min(1).max(MAX_SECTIONS, `a template has at most ${MAX_SECTIONS} sections`),
  output: z
    .strictObject({
      /** DOCX: a Word comment on each extracted item quoting the sentence it came from. */
      sourceComments: z.boolean(),
      /** PDF: write PDF/A-2b (archival) instead of plain PDF. */
      pdfA: z.boolean(),
    })
    .default({ sourceComments: false, pdfA: false }),
});

export type Template = Readonly<z.infer<typeof templateSchema>>;
