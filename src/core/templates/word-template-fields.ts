/**
 * The placeholders a Word-authored template may hold, defined once: the CLI prints them, the
 * detector checks a template against them and the DOCX patcher fills them. Scalar fields become
 * text in the run that held the placeholder; section placeholders become paragraphs.
 *
 * Keys are matched leniently, because officers type them by hand in Word: case, spaces, hyphens and
 * underscores do not matter (`{{File Number}}`, `{{file_number}}` and `{{fileNumber}}` are all
 * `{{file-number}}`).
 */
import type { Briefing } from '../model/briefing';
import type { Meeting } from '../model/structured-statement';
import { EXTRACTED_SECTION_KINDS, sectionKindSchema, type Template } from '../model/template';
import { formatLongDate } from '../language/long-date';
import { englishText } from '../i18n/describe';
import { userMessage, type MessageCode, type UserMessage } from '../i18n/user-message';

export interface WordFieldContext {
  readonly briefing: Briefing;
  /** The built-in layout the note was composed with: its labels word the purpose and the marking. */
  readonly template: Template;
  /** The meeting the statement reports, for `{{meeting}}`, `{{location}}` and `{{meeting-date}}`. */
  readonly meeting?: Meeting;
}

export interface WordTemplateField {
  /** The canonical key, as written in a template: `{{file-number}}`. */
  readonly key: string;
  readonly value: (context: WordFieldContext) => string;
}

/** What a field placeholder holds, for the reader's language (the 'messages' catalogue, placeholder.field.<key>). */
export function fieldDescription(field: WordTemplateField): UserMessage {
  return userMessage(`placeholder.field.${field.key}` as MessageCode);
}

export const WORD_TEMPLATE_FIELDS: readonly WordTemplateField[] = [
  { key: 'title', value: ({ briefing }) => briefing.metadata.title },
  { key: 'date', value: ({ briefing }) => formatLongDate(briefing.metadata.date, briefing.language) },
  {
    key: 'classification',
    value: ({ briefing, template }) => template.labels.markings[briefing.metadata.classification] ?? briefing.metadata.classification,
  },
  {
    key: 'purpose',
    value: ({ briefing, template }) => (briefing.metadata.purpose === 'decision' ? template.labels.forDecision : template.labels.forInformation),
  },
  { key: 'file-number', value: ({ briefing }) => briefing.metadata.fileNumber },
  { key: 'prepared-by', value: ({ briefing }) => briefing.metadata.preparedBy },
  { key: 'prepared-by-title', value: ({ briefing }) => briefing.metadata.preparedByTitle ?? '' },
  { key: 'prepared-by-phone', value: ({ briefing }) => briefing.metadata.preparedByPhone ?? '' },
  { key: 'approved-by', value: ({ briefing }) => briefing.metadata.approvedBy ?? '' },
  { key: 'approved-by-title', value: ({ briefing }) => briefing.metadata.approvedByTitle ?? '' },
  { key: 'to', value: ({ briefing }) => briefing.metadata.to ?? '' },
  { key: 'from', value: ({ briefing }) => briefing.metadata.from ?? '' },
  { key: 'document-type', value: ({ template }) => template.labels.documentType },
  { key: 'meeting', value: ({ meeting }) => meeting?.title ?? '' },
  {
    key: 'meeting-date',
    // The draft's field (the officer may have corrected it), else the statement's.
    value: ({ meeting, briefing }) => {
      const date = briefing.metadata.meetingDate?.trim() || meeting?.date;
      return date ? formatLongDate(date, briefing.language) : '';
    },
  },
  { key: 'location', value: ({ meeting, briefing }) => briefing.metadata.meetingPlace?.trim() || (meeting?.location ?? '') },
];

/** `{{section:summary}}`: a section by its id or its kind. */
export const SECTION_PLACEHOLDER_PREFIX = 'section:';

/** Sections that are lists of extracted items; also written bare: `{{participants}}`. */
export const LIST_SECTION_KINDS: readonly string[] = EXTRACTED_SECTION_KINDS;

export type PlaceholderTarget =
  | { readonly kind: 'field'; readonly field: WordTemplateField }
  /** `selector` is a section id or kind, in the template's kebab-case. */
  | { readonly kind: 'section'; readonly selector: string };

const compact = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, '');
const fieldsByCompactKey = new Map(WORD_TEMPLATE_FIELDS.map((field) => [compact(field.key), field]));

function kebab(text: string): string {
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** What a placeholder's key stands for, or null if it is none of ours. */
export function resolvePlaceholder(key: string): PlaceholderTarget | null {
  const trimmed = key.trim();
  const section = /^section\s*:\s*(.+)$/i.exec(trimmed);
  if (section) {
    const selector = kebab(section[1]!);
    return /^[a-z0-9-]+$/.test(selector) ? { kind: 'section', selector } : null;
  }
  const field = fieldsByCompactKey.get(compact(trimmed));
  if (field) return { kind: 'field', field };
  const bare = kebab(trimmed);
  if (LIST_SECTION_KINDS.includes(bare)) return { kind: 'section', selector: bare };
  return null;
}

export interface PlaceholderProblem {
  /** True when the key is none of ours: the placeholder stays in the document as typed. */
  readonly unknown: boolean;
  readonly message: string;
  /** The same, to show in the reader's language (describe). */
  readonly notice: UserMessage;
}

function problem(unknown: boolean, notice: UserMessage): PlaceholderProblem {
  return { unknown, message: englishText(notice), notice };
}

/**
 * Why a placeholder cannot be filled from a note composed with `base`, or null when it can. A
 * section placeholder must name a section kind or one of the base's section ids.
 */
export function placeholderProblem(key: string, base: Template): PlaceholderProblem | null {
  const shown = `{{${key.trim()}}}`;
  const target = resolvePlaceholder(key);
  if (!target) {
    const asSection = kebab(key);
    const known = (sectionKindSchema.options as readonly string[]).includes(asSection) || base.sections.some((section) => section.id === asSection);
    return problem(
      true,
      known ? userMessage('wordTemplate.unknownPlaceholderHint', { placeholder: shown, suggestion: `{{${SECTION_PLACEHOLDER_PREFIX}${asSection}}}` }) : userMessage('wordTemplate.unknownPlaceholder', { placeholder: shown }),
    );
  }
  if (target.kind === 'field') return null;
  if (base.sections.some((section) => section.id === target.selector || section.kind === target.selector)) return null;
  if ((sectionKindSchema.options as readonly string[]).includes(target.selector)) {
    return problem(false, userMessage('wordTemplate.noSectionOfKind', { placeholder: shown, layout: base.id, kind: target.selector }));
  }
  return problem(true, userMessage('wordTemplate.noSuchSection', { placeholder: shown, layout: base.id, section: target.selector, sections: base.sections.map((section) => section.id).join(', ') }));
}

/** The placeholders a template can use with `base`, one a line, for help text and the README. */
export function describeWordTemplatePlaceholders(base: Template): string[] {
  return [
    ...WORD_TEMPLATE_FIELDS.map((field) => `{{${field.key}}}  ${englishText(fieldDescription(field))}`),
    ...LIST_SECTION_KINDS.map((kind) => `{{${kind}}}  the ${kind}, one paragraph each`),
    ...base.sections.map((section) => `{{${SECTION_PLACEHOLDER_PREFIX}${section.id}}}  the section “${section.heading}”`),
  ];
}
