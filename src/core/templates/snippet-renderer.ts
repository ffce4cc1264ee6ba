/**
 * Renders a template's text snippets (Liquid, via liquidjs) against the structured statement, so a
 * template can draft a section in its own register: "On {{ meeting.date | long_date }}, in
 * {{ meeting.location }}, …". Templates come from files officers share, so the engine runs with
 * liquidjs's DoS limits, an empty in-memory file system (no include can read a file) and
 * own-property lookups only.
 */
import { Liquid, type Template as LiquidTemplate } from 'liquidjs';
import type { StructuredStatement } from '../model/structured-statement';
import type { Language } from '../model/statement';
import { englishWithThe as countryInSentence } from '../language/country-names';
import { formatLongDate } from '../language/long-date';
import { draftingFacts } from '../compose/drafting-facts';
import { countOf, joinList, numberInWords } from '../language/lists-and-numbers';
import { contractFrench, ofPhrase, toPhrase } from '../language/french-grammar';
import { countryWithArticle, inCountry } from '../language/country-names';
import { MessageError } from '../i18n/describe';
import { userMessage, type MessageParam } from '../i18n/user-message';

export class SnippetError extends MessageError {
  override name = 'SnippetError';
}

/** The limits: snippets are a few hundred characters; a render that needs more is runaway. */
// renderLimit is wall-clock time: 250 ms tripped on the built-in templates' first render on a loaded machine (load 20 on
// 2 cores), so a slow laptop could refuse a built-in note. 2 s still stops a runaway loop well before a user waits.
export const SNIPPET_LIMITS = { parseLimit: 20_000, renderLimit: 2_000, memoryLimit: 1_000_000 } as const;

function createEngine(language: Language): Liquid {
  const engine = new Liquid({
    templates: {},
    relativeReference: false,
    ownPropertyOnly: true,
    strictFilters: true,
    timezoneOffset: 0,
    locale: language === 'fr' ? 'fr-CA' : 'en-CA',
    ...SNIPPET_LIMITS,
  });
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === null || value === '' ? [] : [String(value)]);
  engine.registerFilter('long_date', (value: unknown) => (typeof value === 'string' ? formatLongDate(value, language) : ''));
  // "A, B and C" / « A, B et C ».
  engine.registerFilter('list', (value: unknown) => joinList(strings(value), language));
  // 3 → "three" / « trois » (ten and over stay in digits).
  engine.registerFilter('in_words', (value: unknown) => numberInWords(Number(value), language));
  // 3 | count: "initiative" → "three initiatives"; a second argument gives an irregular plural.
  engine.registerFilter('count', (value: unknown, singular: unknown, plural?: unknown) =>
    countOf(Number(value), String(singular ?? ''), language, plural === undefined ? undefined : String(plural)),
  );
  // "of" before a noun phrase, each item of a list repeating it in French: « de la Corée du Nord et de la Russie », « des attaques ».
  engine.registerFilter('of', (value: unknown) =>
    language === 'fr' ? joinList(strings(value).map(ofPhrase), 'fr') : `of ${joinList(strings(value), 'en')}`,
  );
  engine.registerFilter('to', (value: unknown) => (language === 'fr' ? joinList(strings(value).map(toPhrase), 'fr') : `to ${joinList(strings(value), 'en')}`));
  // An English country name from the statement in the note's language, with its article: « la République de Corée ».
  engine.registerFilter('country', (value: unknown) => {
    const names = strings(value).map((name) => countryWithArticle(name, language));
    return Array.isArray(value) ? names : (names[0] ?? '');
  });
  engine.registerFilter('in_country', (value: unknown) => (typeof value === 'string' && value ? inCountry(value, language) : ''));
  engine.registerFilter('contract', (value: unknown) => (language === 'fr' ? contractFrench(String(value ?? '')) : String(value ?? '')));
  // Liquid's own capitalize lower-cases the rest ("the republic of Korea"); this one does not.
  engine.registerFilter('upcase_first', (value: unknown) => {
    const text = String(value ?? '');
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
  engine.registerFilter('in_sentence', (value: unknown) =>
    Array.isArray(value) ? value.map((item) => countryInSentence(String(item))) : countryInSentence(String(value ?? '')),
  );
  return engine;
}

const engines: Partial<Record<Language, Liquid>> = {};
const engineFor = (language: Language): Liquid => (engines[language] ??= createEngine(language));

const parsed = new Map<string, LiquidTemplate[]>();

/** Parses a snippet, or throws a SnippetError that says what is wrong with it. */
export function parseSnippet(source: string, language: Language, where: MessageParam): LiquidTemplate[] {
  const key = `${language}\u0000${source}`;
  let templates = parsed.get(key);
  if (!templates) {
    try {
      templates = engineFor(language).parse(source);
    } catch (error) {
      throw new SnippetError(userMessage('snippet.invalid', { where, detail: (error as Error).message.split('\n')[0]! }));
    }
    if (parsed.size > 500) parsed.clear();
    parsed.set(key, templates);
  }
  return templates;
}

/**
 * The headings a template gives its sections, by kind with underscores (`headings.initiatives`,
 * `headings.key_messages`), so a drafted line can point to "Outcomes" or "Agreed" as this template
 * calls it.
 */
export type SectionHeadings = Readonly<Record<string, string>>;

/** What a snippet can refer to. */
export function snippetContext(structured: StructuredStatement, headings: SectionHeadings = {}, language: Language = structured.language): Record<string, unknown> {
  const unique = (values: readonly string[]) => [...new Set(values.filter((value) => value.length > 0))];
  return {
    // The facts drafting composes from, in the note's language (compose/drafting-facts.ts).
    ...draftingFacts(structured, language),
    meeting: { ...structured.meeting },
    participants: structured.participants.map(({ name, title, country }) => ({ name, title, country })),
    participant_names: structured.participants.map((p) => p.name),
    countries: unique(structured.participants.map((p) => p.country)),
    condemnations: structured.condemnations.map(({ text, targets }) => ({ text, targets: [...targets] })),
    targets: unique(structured.condemnations.flatMap((c) => c.targets)),
    initiatives: structured.initiatives.map(({ text }) => ({ text })),
    quotes: structured.quotes.map(({ speaker, text }) => ({ speaker, text })),
    language: structured.language,
    headings: { ...headings },
  };
}

/**
 * The drafted items of a section: one per non-empty output line (a leading "- " is dropped), so a
 * snippet drafts a paragraph on one line or a list with one line per item.
 */
export function renderSnippet(source: string, structured: StructuredStatement, language: Language, where: MessageParam, headings: SectionHeadings = {}): string[] {
  const templates = parseSnippet(source, language, where);
  try {
    return engineFor(language)
      .renderSync(templates, snippetContext(structured, headings, language))
      .split('\n')
      .map((line: string) => line.replace(/^\s*[-•]\s+/, '').replace(/\s+/g, ' ').trim())
      .filter((line: string) => line.length > 0);
  } catch (error) {
    throw new SnippetError(userMessage('snippet.renderFailed', { where, detail: (error as Error).message.split('\n')[0]! }));
  }
}
