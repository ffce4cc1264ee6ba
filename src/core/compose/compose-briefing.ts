/**
 * compose: StructuredStatement + Template → Briefing (the draft the officer edits). Every section
 * the template offers becomes a draft section, in the template's order; extracted items start
 * included, each keeping its source offsets and its original text.
 */
import type { Briefing, BriefingItem, BriefingSection, OfficerDetails } from '../model/briefing';
import type { StructuredStatement } from '../model/structured-statement';
import type { Template, TemplateSection } from '../model/template';
import { assertNever } from '../model/doc-model';
import { renderSnippet } from '../templates/snippet-renderer';
import { draftSummary } from './draft-summary';
import { countryName, placeInLanguage } from '../language/country-names';
import { isBackgroundSentence, oneSectionPerSentence } from './sentence-sections';
import { boundBriefing, type BoundedBriefing } from './note-bounds';

export interface ComposeOptions {
  /** The note's date, YYYY-MM-DD; defaults to today (UTC). The meeting's own date is a field of its own. */
  readonly today?: string;
  /** The officer's remembered details (prepared by, telephone, approved by …): each non-empty one fills its field of a new note. */
  readonly officer?: OfficerDetails;
}

function item(id: string, text: string, source: BriefingItem['source'], attribution = '', confidence?: number): BriefingItem {
  return { id, text, originalText: text, attribution, included: true, source, ...(confidence === undefined ? {} : { confidence }) };
}

function draftedItem(id: string, text: string): BriefingItem {
  return { ...item(id, text, null), drafted: true };
}

/** "Mélanie Joly, Minister of Foreign Affairs (Canada)", trimmed to what the template shows; the country in the note's language. */
export function participantLine(
  participant: StructuredStatement['participants'][number],
  options: TemplateSection['options'],
  language: Template['language'] = 'en',
): string {
  const showTitles = options?.showTitles ?? true;
  const showCountries = options?.showCountries ?? true;
  let line = participant.name;
  if (showTitles && participant.title) line += `, ${participant.title}`;
  if (showCountries && participant.country) {
    const country = countryName(participant.country, language);
    // « président des États-Unis (États-Unis) » says it twice: a title that names the country is enough.
    const named = showTitles && participant.title && [country, participant.country].some((name) => folded(participant.title!).includes(folded(name)));
    if (!named) line += ` (${country})`;
  }
  return line;
}

/** Lower case, without accents or the typographic apostrophe's variants, for "does the title name the country". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase();
}

function sectionItems(section: TemplateSection, structured: StructuredStatement, template: Template): BriefingItem[] {
  const kind = section.kind;
  switch (kind) {
    case 'participants':
      return structured.participants.map((p, i) => item(`${section.id}-${i}`, participantLine(p, section.options, template.language), p.source, '', p.confidence));
    case 'condemnations':
      return structured.condemnations.map((c, i) => item(`${section.id}-${i}`, c.text, c.source, '', c.confidence));
    case 'initiatives':
      // A sentence that recalls what came before ("This builds on …") is background, never an outcome.
      return structured.initiatives.flatMap((c, i) => (isBackgroundSentence(c.text) ? [] : [item(`${section.id}-${i}`, c.text, c.source, '', c.confidence)]));
    case 'quotes':
      return structured.quotes.map((q, i) => item(`${section.id}-${i}`, q.text, q.source, q.speaker, q.confidence));
    case 'summary':
    case 'background':
    case 'key-messages':
    case 'next-steps':
    case 'recommendation': {
      const where = `template ${template.id}, section ${section.id}`;
      const texts = section.draft
        ? renderSnippet(section.draft, structured, template.language, where, sectionHeadings(template))
        : kind === 'summary'
          ? [draftSummary(structured, template.language)]
          : [];
      return texts.map((text, index) => draftedItem(`${section.id}-${index}`, text));
    }
    default:
      return assertNever(kind);
  }
}

/** The first heading the template gives each kind of section, keyed for Liquid (`key_messages`). */
function sectionHeadings(template: Template): Record<string, string> {
  const headings: Record<string, string> = {};
  for (const section of template.sections) headings[section.kind.replace(/-/g, '_')] ??= section.heading;
  return headings;
}

/** The draft, within what a note may hold (note-bounds.ts). */
export function composeBriefing(structured: StructuredStatement, template: Template, options: ComposeOptions = {}): Briefing {
  return composeBriefingWithCuts(structured, template, options).briefing;
}

/** composeBriefing, with a sentence for each cut made to keep the note within its bounds (shown to the user). */
export function composeBriefingWithCuts(structured: StructuredStatement, template: Template, options: ComposeOptions = {}): BoundedBriefing {
  return finishBriefing(composeContent(structured, template), options);
}

/**
 * What a note composes from the statement and the template alone: every section, and the metadata
 * with the note's date left empty and no officer's details. The same on every start for the same
 * statement and template, so the app's build composes its sample with it (issue 16); finishBriefing
 * makes it a note.
 */
export function composeContent(structured: StructuredStatement, template: Template): Briefing {
  const composed: BriefingSection[] = template.sections.map((section) => ({
    id: section.id,
    kind: section.kind,
    heading: section.heading,
    layout: section.layout,
    included: true,
    items: sectionItems(section, structured, template),
  }));
  const sections = oneSectionPerSentence(composed, structured, template);
  const { meeting } = structured;
  return {
    templateId: template.id,
    language: template.language,
    metadata: {
      title: meeting.title ?? template.labels.documentType,
      // The note's date is the day it is written (finishBriefing); the meeting's date and place are fields of their own.
      date: '',
      meetingDate: meeting.date ?? '',
      meetingPlace: meeting.location ? placeInLanguage(meeting.location, template.language).name : '',
      classification: template.defaults.classification,
      purpose: template.defaults.purpose,
      fileNumber: '',
      preparedBy: template.defaults.preparedBy,
      sourceComments: template.output.sourceComments,
    },
    sections,
  };
}

/** composeContent's result as a new note: dated today (or `options.today`), with the officer's remembered details, within its bounds. */
export function finishBriefing(content: Briefing, options: ComposeOptions = {}): BoundedBriefing {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const officer = Object.fromEntries(Object.entries(options.officer ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
  return boundBriefing({ ...content, metadata: { ...content.metadata, date: today, ...officer } });
}
