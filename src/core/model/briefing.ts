/**
 * Briefing: the officer's draft. Plain data that is saved to disk as it is and undone step by
 * step: the sections the template offers, in the officer's order, each with its items and whether
 * it is included. Items keep their original text so an edit can be reverted.
 */
import { z } from 'zod';
import { classificationSchema, purposeSchema, sectionKindSchema, sectionLayoutSchema } from './template';
import type { Classification, Purpose, SectionKind, SectionLayout } from './template';
import type { Language, SourceSpan } from './statement';
import { sourceSpanSchema } from './structured-statement';

export interface BriefingItem {
  readonly id: string;
  readonly text: string;
  /** The text as extracted or drafted, to restore after an edit. */
  readonly originalText: string;
  /** Quotes: who said it. Empty for other kinds. */
  readonly attribution: string;
  readonly included: boolean;
  /** Where it came from in the statement; null for items the officer added. */
  readonly source: SourceSpan | null;
  /** Text the template drafted (shown as drafted while its text is still the drafted one). */
  readonly drafted?: boolean;
  /** The extractor's confidence in an extracted item, 0..1; the editor flags weak ones. */
  readonly confidence?: number;
}

export interface BriefingSection {
  readonly id: string;
  readonly kind: SectionKind;
  readonly heading: string;
  readonly layout: SectionLayout;
  readonly included: boolean;
  readonly items: readonly BriefingItem[];
}

export interface BriefingMetadata {
  readonly title: string;
  /** The note's date, YYYY-MM-DD: today when drafted, editable. */
  readonly date: string;
  /** The meeting's (or statement's) date as the statement gives it, YYYY-MM-DD, or '' when it gives none. */
  readonly meetingDate?: string;
  /** Where the meeting took place, in the note's language ('' when the statement does not say). */
  readonly meetingPlace?: string;
  readonly classification: Classification;
  readonly purpose: Purpose;
  readonly fileNumber: string;
  readonly preparedBy: string;
  /** The prepared-by block's title and telephone ('Senior Policy Analyst', '613-555-0100'); absent in older drafts. */
  readonly preparedByTitle?: string;
  readonly preparedByPhone?: string;
  /** Optional memo lines: to whom (the addressee of MEMORANDUM TO / NOTE À), from whom, who approved. */
  readonly to?: string;
  readonly from?: string;
  readonly approvedBy?: string;
  /** The approver's title ('Director General, …'); absent in older drafts. */
  readonly approvedByTitle?: string;
  /** DOCX: add a Word comment quoting each extracted item's source sentence. */
  readonly sourceComments: boolean;
}

export interface Briefing {
  readonly templateId: string;
  readonly language: Language;
  readonly metadata: BriefingMetadata;
  readonly sections: readonly BriefingSection[];
}

/**
 * The officer's own details, remembered between notes (the app stores them; a new note starts with
 * them): who prepares and approves notes and where they come from, not what one note is about.
 */
export const OFFICER_FIELDS = ['from', 'preparedBy', 'preparedByTitle', 'preparedByPhone', 'approvedBy', 'approvedByTitle'] as const;
export type OfficerField = (typeof OFFICER_FIELDS)[number];
export type OfficerDetails = Partial<Record<OfficerField, string>>;
export const officerDetailsSchema = z.partialRecord(z.enum(OFFICER_FIELDS), z.string().max(500));

export const briefingItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  originalText: z.string(),
  attribution: z.string(),
  included: z.boolean(),
  source: sourceSpanSchema.nullable(),
  drafted: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
});

export const briefingSchema = z.object({
  templateId: z.string(),
  language: z.enum(['en', 'fr']),
  metadata: z.object({
    title: z.string(),
    date: z.string(),
    meetingDate: z.string().optional(),
    meetingPlace: z.string().optional(),
    classification: classificationSchema,
    purpose: purposeSchema,
    fileNumber: z.string(),
    preparedBy: z.string(),
    preparedByTitle: z.string().optional(),
    preparedByPhone: z.string().optional(),
    to: z.string().optional(),
    from: z.string().optional(),
    approvedBy: z.string().optional(),
    approvedByTitle: z.string().optional(),
    sourceComments: z.boolean().default(false),
  }),
  sections: z.array(
    z.object({
      id: z.string(),
      kind: sectionKindSchema,
      heading: z.string(),
      layout: sectionLayoutSchema,
      included: z.boolean(),
      items: z.array(briefingItemSchema),
    }),
  ),
});

/**
 * Whether a section prints: a ticked section does, except a Recommendation, which only a decision
 * note carries (a GC information note recommends nothing). The layout, the placeholder check and
 * the Compose pane all ask this one function.
 */
export function sectionPrints(section: Pick<BriefingSection, 'kind' | 'included'>, purpose: Purpose): boolean {
  return section.included && (section.kind !== 'recommendation' || purpose === 'decision');
}
