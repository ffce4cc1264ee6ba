/**
 * The facts a template drafts from, in the note's language: what kind of event the statement
 * reports (meeting, call, visit, joint statement, statement, announcement), who took part (names
 * with titles), when and where, who or what was condemned (named parties and acts, as the statement
 * names them), what was agreed or announced, and which sentences only give background. Templates'
 * Liquid snippets compose Summary and Background from these (snippet-renderer.ts gives them to
 * Liquid with the language helpers in core/language); the page title is read for cues only, never
 * printed as the name of an event.
 */
import type { Language } from '../model/statement';
import type { Condemnation, Participant, StructuredStatement } from '../model/structured-statement';
import { countryName, countryWithArticle, isKnownCountry, placeInLanguage } from '../language/country-names';
import { isBackgroundSentence } from './sentence-sections';
import { caselessPattern } from '../extract/caseless-pattern';
import { canonicalCountry, findCountries } from '../extract/country-names';

export type EventKind = 'meeting' | 'call' | 'visit' | 'joint-statement' | 'statement' | 'announcement';

const CALL_CUES = caselessPattern(String.raw`(?<![\p{L}])(?:speaks?\s+with|spoke\s+with|calls?\s+with|call\b|telephone|phone|s[’']entretient\s+avec|entretien\s+t[ée]l[ée]phonique|appel)(?![\p{L}])`);
/** A visit reported as made ("visits Iceland", « en visite »); one announced for later ("to travel to") is an announcement. */
const VISIT_CUES = caselessPattern(String.raw`(?<![\p{L}])(?:visits|visited|visite|en\s+visite)(?![\p{L}])`);
const VISITED_PLACE = /(?:visits|visited|visite\s+(?:officielle\s+)?(?:en|au|aux|à))\s+([\p{Lu}][\p{L}\p{M}'’ -]+?)\s*(?:[,:;(]|$)/u;
const MEETING_CUES = caselessPattern(String.raw`(?<![\p{L}])(?:meets?|meeting|met|talks|dialogue|consultations|summit|ministerial|r[ée]union|rencontre|entretien|se\s+sont\s+r[ée]unis|welcomes)(?![\p{L}])`);

/** The event, from the statement's genre and its title's wording. */
export function eventKind(structured: StructuredStatement): EventKind {
  const { kind, title } = structured.meeting;
  const cues = title ?? '';
  if (kind === 'joint-statement') return 'joint-statement';
  if (CALL_CUES.test(cues) && (kind === 'readout' || structured.participants.length > 0) && !/\bmeeting\b/i.test(cues)) return 'call';
  if (VISIT_CUES.test(cues) && structured.participants.length > 0) return 'visit';
  if (kind === 'readout' || (MEETING_CUES.test(cues) && structured.participants.length > 1)) return 'meeting';
  if (kind === 'news-release' && structured.participants.length > 0) return 'announcement';
  return 'statement';
}

/** Organisations a statement names as a frame (a Security Council resolution, NATO allies), not as a party it condemns. */
const FRAMEWORK_BODIES = new Set(['United Nations', 'UN Security Council', 'NATO', 'European Union', 'ASEAN', 'African Union', 'Organization of American States', 'OSCE', 'CARICOM', 'G7', 'G20']);

/** An act the statement condemns, named as a noun phrase: "the attack in Mogadishu", « l’attaque perpétrée … à Songho ». */
const ACT_PHRASE = caselessPattern(String.raw`^(?:the\s+|l['’]|la\s+|le\s+|les\s+)(?:[\p{L}’'-]+\s+){0,4}?(?:attacks?|attaque|attentat|bombing|killings?|launch(?:es)?|lancements?|violence|seizures?|annexions?|coup|executions?|shootings?|assassinat|arrestation|repression|répression)\b`);

/** The act a target names, or null; `target` comes trimmed (condemnedTargets), so the text needs no trim of its own. */
function actPhrase(target: string): string | null {
  const text = target.replace(/\s+in\s+the\s+strongest\s+(?:possible\s+)?terms[\s\S]*$/i, '').replace(/\s+/g, ' ');
  if (!ACT_PHRASE.test(text) || text.split(' ').length > 12 || /\b(?:to|de faire|afin)\b/.test(text)) return null;
  // A phrase the extractor cut mid-way ("… of Venezuelans by the") is not a name for the act.
  if (/\s(?:by|the|of|and|in|on|at|de|la|le|les|des|du|à|en|et|par)$/i.test(text)) return null;
  return text;
}

export interface CondemnedTargets {
  /** Countries and armed groups, in the note's language with their article (« la Corée du Nord », "North Korea"). */
  readonly parties: string[];
  /** Acts named as noun phrases, as the statement writes them. */
  readonly acts: string[];
}

/** Words before a country that make it the place or the victim of what is condemned, not the party condemned ("an attack in France", "a missile over Japan", « contre l’Ukraine »). */
const VICTIM_BEFORE = caselessPattern(String.raw`(?:^|[^\p{L}])(?:in|on|against|over|to|toward|towards|into|with|for|at|near|anti-?|people\s+of|en|au|aux|à|contre|sur|avec|pour|vers|envers|city|town|region|province|capital|coast|ville|région|capitale|côte|\p{Lu}[\p{L}-]+,)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$`);

/** True when the condemnation names the country as the one condemned somewhere, not only as the place or the victim. */
const VICTIM_OF = caselessPattern(String.raw`(?:sovereignty|territorial\s+integrity|people|population|citizens|territory|borders?|souveraineté|intégrité\s+territoriale|peuple|population|territoire|frontières?)\s+(?:of|de|du|des)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$`);
/**
 * A country followed by its own condemning verb is the author ("The UK condemns …", « La France a condamné … »),
 * not the target. The end is a letter check, not \b: \b after « condamné » never held (é is no ASCII word letter).
 */
const AUTHOR_AFTER = caselessPattern(String.raw`^\s*(?:government\s+|gouvernement\s+)?(?:strongly\s+|firmly\s+|unequivocally\s+|fermement\s+)?(?:condemns?|condemned|deplores?|calls\s+on|condamnen?t?|a\s+condamné|ont\s+condamné)(?![\p{L}])`);

const CALLED_ON_BEFORE = caselessPattern(String.raw`(?:calls?|called|calling)\s+(?:up)?on\s*(?:the\s+)?$|(?:urges?|demands?\s+(?:that\s+)?)\s*(?:the\s+)?$|appel(?:le|lent|ons)\s+(?:la\s+|le\s+|les\s+|l['’])?$`);

function namedAsCondemned(country: string, text: string): boolean {
  const mentions = findCountries(text).filter((mention) => mention.canonical === country);
  if (mentions.length === 0) return true;
  return mentions.some((mention) => {
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    const calledOn = CALLED_ON_BEFORE.test(before);
    return calledOn || (!VICTIM_BEFORE.test(before) && !VICTIM_OF.test(before) && !AUTHOR_AFTER.test(text.slice(mention.end, mention.end + 40)));
  });
}

/** Who and what a set of condemnations is aimed at, as named; never the bodies they invoke or the authors' own countries. */
export function condemnedTargets(condemnations: readonly Condemnation[], participants: readonly Participant[], language: Language): CondemnedTargets {
  const own = new Set(participants.map((participant) => participant.country));
  const parties: string[] = [];
  const acts: string[] = [];
  for (const [name, text] of condemnations.flatMap((condemnation) => condemnation.targets.map((target) => [target.trim(), condemnation.text] as const))) {
    if (isKnownCountry(name)) {
      if (FRAMEWORK_BODIES.has(name) || own.has(name) || !namedAsCondemned(name, text)) continue;
      const named = countryWithArticle(name, language);
      if (!parties.includes(named)) parties.push(named);
      continue;
    }
    const act = actPhrase(name);
    if (act && !acts.includes(act)) acts.push(act);
  }
  return { parties, acts };
}

/** "Mélanie Joly (Minister of Foreign Affairs, Canada)"; the country is left out when the title names it already. */
export function describePerson(participant: Participant, language: Language): string {
  const country = countryName(participant.country, language);
  const title = participant.title.trim();
  // Without a country this is true (every title includes ''): nothing is added.
  const titleNamesCountry = title.includes(country) || title.includes(participant.country);
  const details = [title, titleNamesCountry ? '' : country].filter((part) => part.length > 0);
  return details.length > 0 ? `${participant.name} (${details.join(', ')})` : participant.name;
}

export interface DraftingFacts {
  readonly event: {
    readonly kind: EventKind;
    readonly date: string | null;
    readonly place: string | null;
    /** "in Ottawa", « à Mexico », « en Indonésie ». */
    readonly place_in: string | null;
    /** More than one country or organisation took part: what they settled was agreed, not announced. */
    readonly shared: boolean;
  };
  readonly people: { name: string; title: string; country: string; described: string }[];
  readonly people_described: string[];
  readonly people_names: string[];
  /** The participants' countries in the note's language with their article: "Canada", "the Republic of Korea", « le Canada ». */
  readonly parties: string[];
  readonly canada_is_party: boolean;
  readonly condemned: CondemnedTargets;
  /** Initiatives that are outcomes (not background), one per sentence. */
  readonly outcomes: { text: string }[];
  /** Sentences that recall what came before ("This builds on …", "Last year …"). */
  readonly background: { text: string }[];
  /** Condemnations grouped by the parties they name, in any order ("Russia and North Korea" = "North Korea and Russia"). */
  readonly issues: { targets: string[]; texts: string[] }[];
}

export function draftingFacts(structured: StructuredStatement, language: Language): DraftingFacts {
  const { meeting, participants, condemnations, initiatives } = structured;
  const kind = eventKind(structured);
  // A call has no place; a visit's place is the one visited, which the title names when the dateline does not
  // (VISITED_PLACE's lazy capture never ends with the space its `\s*` takes).
  const visited = kind === 'visit' ? VISITED_PLACE.exec(meeting.title ?? '')?.[1] : undefined;
  const location = visited ? (canonicalCountry(visited) ?? visited) : meeting.location;
  const place = kind !== 'call' && kind !== 'announcement' && location ? placeInLanguage(location, language) : null;
  const countries = [...new Set(participants.map((participant) => participant.country).filter((country) => country.length > 0))];
  const people = participants.map((participant) => ({
    name: participant.name,
    title: participant.title,
    country: participant.country ? countryName(participant.country, language) : '',
    described: describePerson(participant, language),
  }));
  const issues: { targets: string[]; texts: string[]; key: string }[] = [];
  for (const condemnation of condemnations) {
    const { parties, acts } = condemnedTargets([condemnation], participants, language);
    const targets = parties.length > 0 ? parties : acts.slice(0, 1);
    const key = [...targets].sort().join('\u0000');
    const group = issues.find((candidate) => candidate.key === key);
    if (group) group.texts.push(condemnation.text);
    else issues.push({ key, targets, texts: [condemnation.text] });
  }
  return {
    event: { kind, date: meeting.date, place: place?.name ?? null, place_in: place?.inside ?? null, shared: countries.length > 1 || kind === 'joint-statement' },
    people,
    people_described: people.map((person) => person.described),
    people_names: people.map((person) => person.name),
    parties: countries.map((country) => countryWithArticle(country, language)),
    canada_is_party: countries.includes('Canada'),
    condemned: condemnedTargets(condemnations, participants, language),
    outcomes: initiatives.filter((initiative) => !isBackgroundSentence(initiative.text)).map(({ text }) => ({ text })),
    background: initiatives.filter((initiative) => isBackgroundSentence(initiative.text)).map(({ text }) => ({ text })),
    issues: issues.map(({ targets, texts }) => ({ targets, texts })),
  };
}
