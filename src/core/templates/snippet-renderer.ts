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
import { countryInSentence, formatLongDate } from '../compose/draft-summary';

export class SnippetError extends Error {
  override name = 'SnippetError';
}

/** The limits: snippets are a few hundred characters; a render that needs more is runaway. */
export const SNIPPET_LIMITS = { parseLimit: 20_000, renderLimit: 250, memoryLimit: 1_000_000 } as const;

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
  const and = language === 'fr' ? 'et' : 'and';
  engine.registerFilter('long_date', (value: unknown) => (typeof value === 'string' ? formatLongDate(value, language) : ''));
  engine.registerFilter('list', (value: unknown) => {
    const items = Array.isArray(value) ? value.map(String).filter(Boolean) : [];
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
  });
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
export function parseSnippet(source: string, language: Language, where: string): LiquidTemplate[] {
  const key = `${language}\u0000${source}`;
  let templates = parsed.get(key);
  if (!templates) {
    try {
      templates = engineFor(language).parse(source);
    } catch (error) {
      throw new SnippetError(`${where}: the text snippet is not valid Liquid: ${(error as Error).message.split('\n')[0]}`);
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
export function snippetContext(structured: StructuredStatement, headings: SectionHeadings = {}): Record<string, unknown> {
  const unique = (values: readonly string[]) => [...new Set(values.filter((value) => value.length > 0))];
  return {
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
export function renderSnippet(source: string, structured: StructuredStatement, language: Language, where: string, headings: SectionHeadings = {}): string[] {
  const templates = parseSnippet(source, language, where);
  try {
    return engineFor(language)
      .renderSync(templates, snippetContext(structured, headings))
      .split('\n')
      .map((line: string) => line.replace(/^\s*[-•]\s+/, '').replace(/\s+/g, ' ').trim())
      .filter((line: string) => line.length > 0);
  } catch (error) {
    throw new SnippetError(`${where}: the text snippet could not be rendered: ${(error as Error).message.split('\n')[0]}`);
  }
}
