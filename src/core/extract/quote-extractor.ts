/**
 * Quotes: direct quotations attributed to a named person. A quotation only counts when the text
 * says who spoke, in one of the genre's attribution shapes:
 *   “…” – Name, Title                 closing blocks of Canadian releases (« … » – L’honorable …)
 *   “…,” said Minister X.             « … », a déclaré la secrétaire X.
 *   X said, “…”  /  X said: "…"       La ministre X a déclaré : « … »
 *   X said the group would "…"        a partial quotation inside reported speech
 *   Name … said:  ⏎  “…               a lead paragraph ending in a colon
 * Quoted terms, slogans and charges (« corridor sec », "Free and Open Indo-Pacific") are not quotes:
 * they are short or written as a proper name. Speakers are resolved to the participant's full
 * name, or to the fullest form of the name found anywhere in the text.
 */
import type { Participant, Quote } from '../model/structured-statement';
import type { Statement } from '../model/statement';
import { bodyPersonMentions, FIRST_PERSON_PLURAL, isSameOrShorterName, JOINT_BY, SPEAKER_LABEL, STATEMENT_BY, type PersonMention } from './participant-extractor';
import { canonicalCountry, escapeRegExp } from './country-names';
import { nameKeys, nameRunAt, tokenize } from './person-names';
import { findQuotations, type Quotation } from './quotation-finder';
import { bodyEnd, bodyStart, collapseWhitespace, foldForComparison, indexOfSpanStartingBefore, spansWholeBody } from './sentence-helpers';
import { wordPattern } from './condemnation-extractor';
import { confidence } from './confidence';
import { caselessPattern } from './caseless-pattern';

const SPEECH_VERB =
  // "…,” Kuleba was quoted as saying by the ministry’s press service" (Interfax-Ukraine, 2021, round 44).
  '(?:was|is)\\s+quoted\\s+as\\s+saying|' +
  'said|says|say|stated|states|added|adds|claimed|noted|notes|remarked|declared|told|explained|emphasi[sz]ed|stressed|underlined|underscored|affirmed|commented|observed|recalled|continued|wrote|tweeted|twitted|warned|' +
  // « Il a averti de "la gravité de ce qui s'est passé …" », « Le ministre … a appelé "les Nations Unies à exercer une pression maximale …" »
  // (Lebanon's NNA, 2024, round 115).
  'a\\s+averti|a\\s+mis\\s+en\\s+garde|a\\s+appelé|a\\s+assuré|a\\s+fait\\s+savoir|a\\s+martelé|' +
  // « "…", a réagi mardi soir via le réseau social X la ministre des Affaires étrangères sortante, Hadja Lahbib » (RTL info, 2024, round 126).
  'a\\s+réagi|réagit|a\\s+déclaré|a\\s+dit|a\\s+affirmé|a\\s+ajouté|a\\s+souligné|a\\s+indiqué|a\\s+expliqué|a\\s+rappelé|a\\s+précisé|a\\s+poursuivi|a\\s+estimé|a\\s+insisté|a\\s+conclu|a\\s+commenté|a\\s+observé|a\\s+relevé|a\\s+écrit|a\\s+tweeté|a\\s+tenu\\s+à\\s+(?:rappeler|souligner|préciser|dire|affirmer)|déclare|affirme|souligne|ajoute|estime';

const SPEECH_VERB_PATTERN = wordPattern(SPEECH_VERB, 'giu');
// French news copy puts the verb after a quotation in the present tense: « …, explique le ministre sénégalais des Affaires
// étrangères, M. Mankeur Ndiaye » (APA, round 54). Only there: before a quotation « précise la note du Vatican » names no speaker.
// Patterns once at load, not per call: caselessPattern gives its one shared RegExp for a source and flags without g or y, so these
// are the same objects the calls got (none has g, so replace() still replaces the first match only).
const NAME_THEN_VERB = caselessPattern(`^[\\s,]*((?:(?:Mr|Mrs|Ms|Dr|Prof|M)\\.\\s*|[^.!?“”"«»]){2,140}?)\\s(?:${SPEECH_VERB})(?![\\p{L}])`, 'iu');
const ACCORDING_TO = caselessPattern(String.raw`(?<![\p{L}])(?:according\s+to|selon)\s+`, 'iu');
const SPOKESPERSON_OF = caselessPattern(String.raw`spokes(?:person|man|woman)\s+(?:of|for)\s|porte-parole\s+(?:de|du)\s`, 'iu');
const AUXILIARY_AT_END = caselessPattern(String.raw`\s+(?:is|was|will\s+be)\s+(?:expected|set|due|going)\s+to$|\s+(?:will|would)$`, 'iu');
const TAIL_VERB = caselessPattern(`^[\\s,]*(?:${SPEECH_VERB}|explique|indique|précise|poursuit|insiste|assure|confie|rappelle|note)(?![\\p{L}])`, 'iu');
const MIN_QUOTE_WORDS = 5;
const SAID_ON_CHANNEL = /^(?:[\s,]+\p{Ll}[\p{Ll}'’-]*){0,6}[\s,]+(?:via|sur|on)\s+(?:le\s+réseau\s+social\s+|les\s+réseaux\s+sociaux\s+|son\s+compte\s+|(?:his|her|their)\s+(?:account\s+on\s+)?)?(?:X|Twitter|Facebook|Instagram|LinkedIn|Telegram|Bluesky)(?![\p{L}])/u;
const WORDS_OF_AFTER = caselessPattern(
  String.raw`^[\s\u00a0]*[.,]?[\s\u00a0]*(?:tel(?:le)?s?\s+(?:a\s+été|ont\s+été|est|sont|était|étaient|furent)\s+(?:(?:la\s+substance|l['’]essentiel|le\s+sens|la\s+teneur|le\s+contenu)\s+)?(?:des\s+|les\s+)?(?:propos|paroles|mots|déclarations?)|(?:these|those|such)\s+(?:were|are)\s+the\s+words)\s+(?:de\s+la\s+|de\s+l['’]|de|du|des|of)(?![\p{L}])`,
  'iu',
);
const DOCUMENT_AFTER_VERB = caselessPattern(
  String.raw`^\s+(?:un|une|le|la|l['’]|the|a)\s*(?:[\p{L}-]+\s+)?(?:communiqué|note|texte|déclaration|document|statement|press\s+release|release|readout|compte\s+rendu|organisation|organization|institution|ministère|ministry|présidence|presidency|gouvernement|government)(?![\p{L}])`,
  'iu',
);

/** "The Secretary said, “…”", "“…,” said the Minister.": the speaker is named by the title alone. */
// Longer offices first: « a déclaré le Premier ministre » is « premier ministre », not the English "Premier" (PMO, 2003).
const TITLE_HEADS =
  'première ministre|premier ministre|Secretary General|Secretary-General|Secretary of State|Defence Secretary|Defense Secretary|Foreign Secretary|High Representative|Deputy Prime Minister|' +
  'Foreign Minister|Defence Minister|Defense Minister|Secretary|Minister|Prime Minister|President|Chancellor|Premier|Taoiseach|Tánaiste|Head of State|' +
  "secrétaire générale?|haute représentante|haut représentant|ministre|secrétaire|présidente?|chef de l['’]État|" +
  // "“We deplore terrorism …,” said the Speaker of the Seimas." (Lithuania's Seimas, 2017, round 57): other offices whose one
  // holder among the participants the title names.
  "Speaker|Chairman|Chairwoman|Chairperson|Chair|Director-General|Director General|Ambassador|Commissioner|Governor|Mayor|" +
  "directeur général|directrice générale|ambassadeur|ambassadrice|commissaire|gouverneure?|maire|" +
  // "“We will work closely to grow trade …,” the CS said." (Kenya's foreign ministry, 2022, round 72): an office by its initials.
  'CS|PS|PM|FM';
/** Offices a release writes by their initials, as the participant's title spells them. */
const OFFICE_INITIALS: Readonly<Record<string, string>> = { cs: 'cabinet secretary', ps: 'principal secretary', pm: 'prime minister', fm: 'foreign minister' };
// Also with its auxiliary: "In a message to …, the President of People’s Republic of Bangladesh, the President has said "…""
// (President of India, 2016, round 46).
const TITLE_BEFORE_VERB = caselessPattern(`(?:^|[\\s,])(?:the|la|le)\\s+(${TITLE_HEADS})(?:\\s+(?:has|had|have))?\\s*$`, 'iu');
// "said the Cabo Verdean chief of diplomacy", "said the head of Portuguese diplomacy", « a déclaré le chef de la diplomatie
// portugaise » (Inforpress, 2017, round 58): a foreign minister, named by the press's word for the office.
const DIPLOMACY_CHIEF = String.raw`(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:chief|head)\s+of\s+(?:[\p{L}-]+\s+){0,2}diplomacy|chef\s+de\s+la\s+diplomatie(?:\s+\p{Ll}[\p{L}-]+)?`;
const TITLE_AFTER_VERB = caselessPattern(`^\\s*(?:the|la|le)\\s+(${DIPLOMACY_CHIEF}|${TITLE_HEADS})(?![\\p{L}])`, 'iu');
/** Prefix of a speaker found only by title, resolved against the participants' titles. */
const TITLE_MARK = 'title:';
/** A paragraph that opens on an office as its subject: "The Foreign Minister expressed …", « La ministre a rappelé … ». */
const PARAGRAPH_OFFICE_SUBJECT = caselessPattern(`^\\s*(?:the|la|le)\\s+(${TITLE_HEADS})\\s+\\p{Ll}`, 'iu');

/** The first person name in text[from, to), skipping titles and articles ("la secrétaire X"). */
function firstNameIn(text: string, from: number, to: number): string | null {
  const tokens = tokenize(text, from, to);
  for (let i = 0; i < tokens.length && i < 12; i++) {
    const run = nameRunAt(text, tokens, i);
    if (run) return run.name;
  }
  return null;
}

/** "A Downing Street spokesperson", "the Foreign Office spokesman": the capitalised words name the office, not a person. */
const SPOKESPERSON_AFTER = caselessPattern(String.raw`^(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3}[\s\u00a0]*(?:spokes(?:man|woman|person)|press\s+(?:secretary|office)|porte-parole)(?![\p{L}])`, 'iu');

/** The last person name in text[from, to) (the subject nearest to a speech verb). */
function lastNameIn(text: string, from: number, to: number): string | null {
  const tokens = tokenize(text, from, to);
  let last: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(text, tokens, i);
    if (!run) continue;
    const end = tokens[run.last - 1]?.end ?? to;
    last = SPOKESPERSON_AFTER.test(text.slice(end, Math.min(to, end + 60))) ? null : run.name;
    i = run.last - 1;
  }
  return last;
}

/**
 * After a name, its title set off by commas up to the verb: "…, Mark Rutte, the Secretary General, said", « …, Mark
 * Rutte, secrétaire général de l’OTAN, a déclaré ». Not a second subject ("…, Mark Rutte, and the Prime Minister, said")
 * nor a clause ("…, Jonas Gahr Støre, for hosting the meeting, said"): the words after the comma open on a title.
 */
const APPOSITIVE_TITLE_THEN_COMMA =
  /^[\s\u00a0]*,[\s\u00a0]*(?:(?:the|The|le|la|l['’])[\s\u00a0]*)?(?:\p{Lu}|(?:ministre|secrétaire|président|présidente|premier|première|haut|haute|directeur|directrice|ambassadeur|ambassadrice|commissaire|chef|cheffe|porte-parole)(?![\p{L}]))[^,.;:!?“”"«»\d]{1,90},[\s\u00a0]*$/u;

/**
 * The person name set off by commas at the end of text[from, to): « …, le secrétaire général, M. Stoltenberg, »
 * before « a déclaré ». Not a name that ends a joint subject ("Mogherini and … Javad Zarif, said").
 */
function nameRightBefore(text: string, from: number, to: number): string | null {
  const tokens = tokenize(text, from, to);
  let last: { name: string; start: number; end: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(text, tokens, i);
    if (!run) continue;
    last = { name: run.name, start: tokens[run.mentionFirst]?.start ?? from, end: tokens[run.last - 1]?.end ?? to };
    i = run.last - 1;
  }
  if (!last || !(/^[\s\u00a0]*,[\s\u00a0]*$/u.test(text.slice(last.end, to)) || APPOSITIVE_TITLE_THEN_COMMA.test(text.slice(last.end, to)))) return null;
  return /,[\s\u00a0]*$/u.test(text.slice(from, last.start)) ? last.name : null;
}

/** Where `word` last occurs in `text` as a whole word ("berg" is not in "bergström"), or -1. */
function lastWordAt(text: string, word: string): number {
  for (let at = text.lastIndexOf(word); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(word, at - 1)) {
    if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + word.length))) return at;
  }
  return -1;
}

/** The participant whose name (any word of it longer than three letters) occurs last in text[from, to), or null. */
function participantNamedLast(text: string, from: number, to: number, participants: readonly Participant[]): string | null {
  const window = foldForComparison(text.slice(from, to));
  let latest: { name: string; at: number } | null = null;
  for (const p of participants) {
    const at = Math.max(...nameKeys(p.name).filter((key) => key.length > 3).map((key) => lastWordAt(window, key)), -1);
    if (at >= 0 && (latest === null || at > latest.at)) latest = { name: p.name, at };
  }
  return latest?.name ?? null;
}

/** "She said:" on a line of its own, above the quotation. */
const PRONOUN_SAID_COLON = caselessPattern(String.raw`^(?:he|she|il|elle)\s+(?:also\s+)?(?:said|says|added|a\s+(?:déclaré|dit|ajouté))\s*:$`, 'iu');
const SAID = /(?<![\p{L}])(?:said|says|stated|added|a\s+déclaré|a\s+dit)(?![\p{L}])/gu;

/** The participant named nearest before the last "said" between from and to ("…, First Minister Nicola Sturgeon said today."). */
function speakerOfLatestSpeech(text: string, from: number, to: number, participants: readonly Participant[]): string | null {
  const verbs = [...text.slice(from, to).matchAll(SAID)].reverse();
  for (const verb of verbs) {
    const at = from + (verb.index ?? 0);
    const stop = text.indexOf('.', at);
    const named = participantNamedLast(text, Math.max(from, at - 80), Math.min(at + 60, stop < 0 ? to : stop), participants);
    if (named) return named;
  }
  return null;
}

/** "“…,” he said.", « “…”, a-t-elle ajouté »: a pronoun speaks right after the quotation. */
const PRONOUN_TAIL = caselessPattern(`^[\\s,]*(?:(?:he|she)\\s+(?:${SPEECH_VERB})|(?:a-t-il|a-t-elle)\\s+(?:déclaré|dit|affirmé|ajouté|souligné|indiqué|expliqué|précisé|poursuivi))(?![\\p{L}])`, 'iu');

/** How far from a quotation its attribution is looked for. */
const ATTRIBUTION_WINDOW = 300;

function sentenceStartBefore(statement: Statement, offset: number): number {
  return statement.sentences[indexOfSpanStartingBefore(statement.sentences, offset)]?.start ?? 0;
}

function paragraphOf(statement: Statement, offset: number): { start: number; end: number; index: number } | null {
  return statement.paragraphs[indexOfSpanStartingBefore(statement.paragraphs, offset)] ?? null;
}

/** An attribution found near a quotation, with the confidence its shape gives. */
interface Attribution {
  /** Short or full name, or TITLE_MARK + a title. */
  readonly name: string;
  readonly confidence: number;
  /** "…," he said: the speaker is the participant named last before the quotation, a guess. */
  readonly byPronoun?: boolean;
}

/**
 * Who said this quotation, as written near it (short or full form), or null. The attribution
 * shapes differ in certainty: a closing block's dash names the speaker for sure; a lead paragraph
 * ending in a colon, or a title alone, leaves more room for error.
 */
function speakerNearby(statement: Statement, quotation: Quotation, participants: readonly Participant[]): Attribution | null {
  const found = (name: string | null, certainty: number): Attribution | null => (name === null ? null : { name, confidence: certainty });
  const { text } = statement;
  const paragraph = paragraphOf(statement, quotation.closeStart);
  const paragraphEnd = Math.min(paragraph ? paragraph.end : text.length, quotation.closeEnd + ATTRIBUTION_WINDOW);
  // 1. After the quotation: "– Name, Title" or ", said Minister X."
  const tail = text.slice(quotation.closeEnd, paragraphEnd);
  const dash = /^[\s\u00a0,]*(?:[–—]|--?)[\s\u00a0]*/.exec(tail);
  if (dash) {
    const name = firstNameIn(text, quotation.closeEnd + dash[0].length, paragraphEnd);
    if (name) return found(name, 0.95);
  }
  // The closing block as a web page lays it out: the quotation, then "– Name, Title" on its own line.
  if (/^[\s\u00a0]*$/.test(tail)) {
    const next = text.slice(quotation.closeEnd, quotation.closeEnd + ATTRIBUTION_WINDOW);
    const lineDash = /^[ \t\u00a0]*\r?\n(?:[ \t\u00a0]*\r?\n)?[ \t\u00a0]*(?:[–—]|--?)[ \t\u00a0]*(?=\S)/.exec(next);
    if (lineDash) {
      const lineEnd = next.indexOf('\n', lineDash[0].length);
      const from = quotation.closeEnd + lineDash[0].length;
      const name = firstNameIn(text, from, lineEnd < 0 ? quotation.closeEnd + next.length : quotation.closeEnd + lineEnd);
      if (name) return found(name, 0.95);
    }
    // The Council of the EU's layout: the quotation as a paragraph, then "Josep Borrell, High Representative for …" on the
    // next line, with no dash (Council press release, 2023): a short line that opens on the name, then a comma and a title.
    const nameLine = /^[ \t\u00a0]*\r?\n(?:[ \t\u00a0]*\r?\n)?[ \t\u00a0]*(?=\p{Lu})([^\n]{5,160})(?:\r?\n|$)/u.exec(next);
    const opensParagraph = paragraphOf(statement, quotation.openStart)?.start === quotation.openStart;
    if (nameLine && opensParagraph && !/[.!?:;]\s*$|[:\d]/u.test(nameLine[1] ?? '')) {
      const line = nameLine[1] ?? '';
      const from = quotation.closeEnd + nameLine[0].lastIndexOf(line);
      const name = firstNameIn(text, from, from + line.length);
      if (name && name.includes(' ') && line.startsWith(name.split(' ')[0] ?? '') && /^[^,]+,\s*\S/u.test(line)) return found(name, 0.9);
    }
  }
  // The speaker named in the sentence after the quotation: « … Il faut le rendre attractif ». Telle a été la substance des propos du
  // ministre Aurelien Agbénonci. » (Fraternité, Benin, 2018, round 125), « Tels sont les propos de … », "These were the words of …".
  const wordsOf = WORDS_OF_AFTER.exec(tail);
  if (wordsOf) {
    const name = firstNameIn(text, quotation.closeEnd + wordsOf[0].length, paragraphEnd);
    if (name) return found(name, 0.85);
  }
  const verb = TAIL_VERB.exec(tail);
  if (verb) {
    // Past the channel it was said on: « …", a réagi mardi soir via le réseau social X la ministre …, Hadja Lahbib » (RTL info, 2024,
    // round 126): "X" is the network, and the name comes later than the finder looks.
    const channel = SAID_ON_CHANNEL.exec(tail.slice(verb[0].length))?.[0].length ?? 0;
    const name = firstNameIn(text, quotation.closeEnd + verb[0].length + channel, paragraphEnd);
    if (name) return found(name, 0.9);
    const title = TITLE_AFTER_VERB.exec(tail.slice(verb[0].length));
    if (title) return found(`${TITLE_MARK}${title[1] ?? ''}`, 0.75);
  }
  // "” Minister X said."
  // Also after an honorific's full stop: "”, Mr. Szijjártó added." (Hungarian MFA, 2017, round 33).
  const nameThenVerb = NAME_THEN_VERB.exec(tail);
  if (nameThenVerb) {
    const name = lastNameIn(text, quotation.closeEnd, quotation.closeEnd + (nameThenVerb[1]?.length ?? 0) + 2);
    if (name) return found(name, 0.85);
    // "” the Secretary General said, thanking Norway …": the speaker named by the title alone.
    const title = TITLE_BEFORE_VERB.exec(` ${nameThenVerb[1] ?? ''}`);
    if (title) return found(`${TITLE_MARK}${title[1] ?? ''}`, 0.75);
  }
  // "“I know that NATO can rely on the United Kingdom …,” he said." after "Mr. Stoltenberg also welcomed …": the
  // pronoun stands for the participant named last before the quotation, in its paragraph or the one before.
  if (PRONOUN_TAIL.test(tail)) {
    // A paragraph whose subject is an office and names no one before the quotation: "The Foreign Minister expressed
    // satisfaction … “…,” she added." (Estonian MFA, 2015, round 29) is that office's holder, not the last name above.
    const own = paragraph ? text.slice(paragraph.start, quotation.openStart) : '';
    const office = PARAGRAPH_OFFICE_SUBJECT.exec(own)?.[1];
    if (office && participantNamedLast(text, paragraph?.start ?? quotation.openStart, quotation.openStart, participants) === null && titleHolder(office.toLowerCase(), participants)) {
      return found(`${TITLE_MARK}${office}`, 0.7);
    }
    const from = paragraph ? (statement.paragraphs[paragraph.index - 1]?.start ?? paragraph.start) : Math.max(0, quotation.openStart - 600);
    const latest = participantNamedLast(text, from, quotation.openStart, participants);
    if (latest) return { name: latest, confidence: 0.7, byPronoun: true };

  }
  // 2. Before the quotation, in its sentence: "Senator X said, “…" or "X said the group would "…"".
  const openParagraph = paragraphOf(statement, quotation.openStart);
  const sentenceStart = Math.max(sentenceStartBefore(statement, quotation.openStart), openParagraph?.start ?? 0, quotation.openStart - ATTRIBUTION_WINDOW);
  const lead = text.slice(sentenceStart, quotation.openStart);
  let verbAt = -1;
  for (const match of lead.matchAll(SPEECH_VERB_PATTERN)) verbAt = match.index;
  if (verbAt >= 0) {
    // "Kaja Kallas, High Representative … and Security Policy, said:" — the subject opens the clause,
    // and the capitalised words of a title before the verb are not a name.
    // But a name set off by commas right before the verb is the subject, whatever opens the sentence
    // (« Prenant la parole …, le secrétaire général, M. Stoltenberg, a déclaré »).
    const appositive = /,\s*$/u.test(lead.slice(0, verbAt));
    const titled = titleRightBefore(lead.slice(0, verbAt), participants);
    if (!appositive && titled) return found(titled, 0.8);
    const name =
      (appositive ? (nameRightBefore(text, sentenceStart, sentenceStart + verbAt) ?? firstNameIn(text, sentenceStart, sentenceStart + verbAt)) : null) ??
      lastNameIn(text, sentenceStart, sentenceStart + verbAt);
    if (name) return found(name, 0.85);
    const title = TITLE_BEFORE_VERB.exec(lead.slice(0, verbAt));
    if (title) return found(`${TITLE_MARK}${title[1] ?? ''}`, 0.75);
  }
  // "According to Minister X, the partnership “…”", « Selon le ministre X, la coopération « … » ».
  const according = ACCORDING_TO.exec(lead);
  if (according) {
    const name = firstNameIn(text, sentenceStart + according.index + according[0].length, quotation.openStart);
    if (name) return found(name, 0.8);
    // "According to the Minister, “…”", « Selon la ministre, « … » »: the title alone.
    const title = TITLE_AFTER_VERB.exec(lead.slice(according.index + according[0].length - 1));
    if (title) return found(`${TITLE_MARK}${title[1] ?? ''}`, 0.75);
  }
  // 3. A lead paragraph ending in a colon: "… today issued the following statement:" / "Dr. Lubis said:"
  if (openParagraph && collapseWhitespace(lead) === '') {
    const previous = statement.paragraphs[openParagraph.index - 1];
    if (previous && text.slice(previous.start, previous.end).trimEnd().endsWith(':')) {
      const from = Math.max(previous.start, previous.end - ATTRIBUTION_WINDOW);
      const previousText = text.slice(from, previous.end);
      let previousVerb = -1;
      for (const match of previousText.matchAll(SPEECH_VERB_PATTERN)) previousVerb = match.index;
      const titled = previousVerb >= 0 ? titleRightBefore(previousText.slice(0, previousVerb), participants) : null;
      if (titled) return found(titled, 0.8);
      const name = previousVerb >= 0 ? lastNameIn(text, from, from + previousVerb) : null;
      return name ? found(name, 0.8) : found(leadParagraphSpeaker(text, from, previous.end, participants), 0.65);
    }
  }
  return null;
}

/** "The Secretary General praised …, saying": a title as the sentence's subject, then ", saying / adding / noting". */
const SUBJECT_THEN_SAYING = /^The\s+((?:\p{Lu}[\p{L}-]*\s+){1,4}?)\p{Ll}[^.;:]*?,\s+(?:saying|adding|noting|stressing)(?![\p{L}])/u;

/** The one participant whose title holds `title` (lower case) as whole words, or null when none or several do. */
function soleTitleHolder(title: string, participants: readonly Participant[]): Participant | null {
  const holders = participants.filter((p) => caselessPattern(`(?:^|\\s)${title}(?:\\s|$)`, 'iu').test(p.title));
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

const HEAD_OF_STATE = /^(?:head of state|chef de l['’]état)$/u;

/** Bare offices that a release uses for its own principal ("The Minister said that …", « la ministre a rappelé que »). */
// Also "The Foreign Minister expressed satisfaction … “…,” she added." (Estonian MFA, 2015, round 29), where the release names
// the other side's holder by nationality ("Russian Foreign Minister Sergei Lavrov").
const BARE_OFFICE = new Set(['minister', 'ministre', 'secretary', 'secrétaire', 'president', 'président', 'présidente', 'prime minister', 'premier ministre', 'première ministre', 'foreign minister', 'defence minister', 'defense minister', 'foreign secretary', 'defence secretary', 'defense secretary']);

/**
 * The participant a title stands for: the one who holds it; when several do and the title is a bare office ("the
 * Minister" after "Minister Joly met Foreign Minister Iwaya"), the first of them, the release's own principal — a
 * release names another government's office holder by nationality ("the Japanese minister") — unless another holder
 * is of the same country (two ministers' joint release).
 */
const FOREIGN_OFFICE = /foreign|external\s+affairs|affaires\s+étrangères|relations\s+extérieures|diploma/iu;

function titleHolder(office: string, participants: readonly Participant[]): Participant | null {
  if (/diploma/u.test(office)) {
    // The nationality the office is given, if any, picks one of the foreign ministers.
    const words = office.split(/\s+/u);
    let country: string | null = null;
    for (let i = 0; i < words.length && country === null; i++) country = canonicalCountry(`${words[i] ?? ''} ${words[i + 1] ?? ''}`) ?? canonicalCountry(words[i] ?? '');
    const holders = participants.filter((p) => FOREIGN_OFFICE.test(p.title) && (country === null || p.country === country));
    return holders.length === 1 ? (holders[0] ?? null) : null;
  }
  // "… ,” the Head of State noted." (President of Ukraine, round 26), « a souligné le chef de l’État »: the president.
  const title = HEAD_OF_STATE.test(office) ? (/^chef/u.test(office) ? 'président' : 'president') : (OFFICE_INITIALS[office] ?? office);
  const sole = soleTitleHolder(title, participants);
  if (sole || !BARE_OFFICE.has(title)) return sole;
  const holders = participants.filter((p) => caselessPattern(`(?:^|\\s)${title}(?:\\s|$)`, 'iu').test(p.title));
  const first = holders[0];
  // Two of the release's own ministers ("Joint media release" of two Australian ministers): no telling which.
  return first && holders.every((p, i) => i === 0 || p.country !== first.country) ? first : null;
}

/**
 * The speech verb's subject when it is a title held by one participant, right before the verb: « S'adressant à des
 * journalistes à Downing Street, le secrétaire général a déclaré : » is the Secretary General, not "Downing". A name
 * earlier in the clause sits in a phrase of its own. TITLE_MARK + the title, or null.
 */
function titleRightBefore(beforeVerb: string, participants: readonly Participant[]): string | null {
  const title = TITLE_BEFORE_VERB.exec(beforeVerb)?.[1];
  if (title === undefined) return null;
  return titleHolder(title.toLowerCase(), participants) ? `${TITLE_MARK}${title}` : null;
}

/**
 * The speaker a lead paragraph ending in a colon introduces ("OTTAWA, le 13 déc. 2019 - Le premier
 * ministre Justin Trudeau a fait la déclaration suivante :"): a participant named there, else the
 * first name that is not a dateline city in capitals.
 */
const PLACE_PREPOSITIONS = new Set(['to', 'in', 'at', 'from', 'a', 'en', 'au', 'aux', 'vers']);

const NAMED_SPOKESPERSON = caselessPattern(
  String.raw`(?:spokes(?:person|man|woman)|porte-parole)\s+(?:of|for|de|du|des)\s+[^,.;:]{3,90},\s*((?:M\.\s*|Mr\.?\s*|Mme\s*)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*,?\s+(?:a\s+fait|a\s+publié|issued|made|released|gave)`,
  'iu',
);

/** An organisation's head named by office alone, no name after it: "the IAEA Director General", "the UN Secretary-General". */
const UNNAMED_ORGANISATION_HEAD = /(?<![\p{L}])the\s+(?:\p{Lu}{2,8}|(?:\p{Lu}\p{Ll}+\s+){1,4})\s*(?:Director[\s-]General|Secretary[\s-]General|Executive\s+Director|High\s+Commissioner|Chairperson)(?![\p{L}])(?!\s*,?\s+(?:Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?\p{Lu})/gu;

/** Where the last match of a global pattern in `text` starts, or null. */
function lastMatch(pattern: RegExp, text: string): number | null {
  let at: number | null = null;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) at = match.index;
  return at;
}

function leadParagraphSpeaker(text: string, from: number, to: number, participants: readonly Participant[]): string | null {
  const tokens = tokenize(text, from, to);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(text, tokens, i);
    if (!run) continue;
    i = run.last - 1;
    // "On the visit to Hong Kong, the Embassy issued …": a name after "to" / "in" / « à » is a place.
    if (PLACE_PREPOSITIONS.has(tokens[run.mentionFirst - 1]?.key ?? '')) continue;
    names.push(run.name);
  }
  // "The Spokesperson of High Representative X issued the following statement:": an unnamed spokesperson speaks. Unless the
  // spokesperson is named after the office: « le Porte-parole du Ministère des Affaires Etrangères, Abdelaziz Benali Cherif a fait
  // la déclaration suivante » (Algeria MFA, 2017, round 35).
  if (SPOKESPERSON_OF.test(text.slice(from, to))) {
    const lead = text.slice(from, to);
    const named = NAMED_SPOKESPERSON.exec(lead);
    return named ? (names.find((name) => (named[1] ?? '').trim().endsWith(name)) ?? null) : null;
  }
  const participant = names.find((name) => participants.some((p) => isSameOrShorterName(name, p.name)));
  return participant ?? names.find((name) => name.includes(' ') && canonicalCountry(name) === null) ?? officeHolderIn(text.slice(from, to), participants);
}

/**
 * The one participant whose office the lead names without a name: « La Haute Représentante de l'Union … a fait ce jour la
 * déclaration suivante: » under « Déclaration de Catherine Ashton, Haute Représentante de l'UE » (EU, 2012). The office is
 * read up to its first « de » / "of" / "for".
 */
// Also « a publié aujourd’hui la déclaration suivante » (Council of Europe, 2016, round 33).
const FOLLOWING_DECLARATION = caselessPattern(String.raw`(?<![\p{L}])(?:(?:a|ont)\s+(?:fait|publié)\s+(?:ce\s+jour\s+|aujourd[’']hui\s+)?(?:la|une)\s+déclaration\s+suivante|(?:issued|made|released|delivered)\s+the\s+following\s+statement)(?![\p{L}])`, 'iu');

function officeHolderIn(lead: string, participants: readonly Participant[]): string | null {
  if (!FOLLOWING_DECLARATION.test(lead)) return null;
  const folded = foldForComparison(lead);
  const holders = participants.filter((p) => {
    const office = foldForComparison(p.title).split(/\s+(?:de|du|des|d['’]|of|for|to)\s+/u)[0]?.trim() ?? '';
    return office.length >= 8 && office.includes(' ') && folded.includes(office);
  });
  return holders.length === 1 ? (holders[0]?.name ?? null) : null;
}

/** "Philip Hammond said:", "Foreign Secretary James Cleverly said:", « La ministre X a déclaré : » — a paragraph that only introduces words. */
const SAID_BLOCK_LEAD = caselessPattern(`^(.{2,240}?)\\s(?:${SPEECH_VERB})(?:\\s+(?:today|that|in\\s+a\\s+statement|aujourd[’']hui))?\\s*:$`, 'iu');
/**
 * "Foreign Minister Heiko Maas issued the following statement today (11 August 2020) before departing for Moscow and St
 * Petersburg:" over paragraphs without quote marks (German Federal Foreign Office), « Le ministre X a fait la déclaration
 * suivante : » — the statement's words are the speaker's, as after "said:".
 */
const ISSUED_STATEMENT_LEAD = caselessPattern(`^(.{2,160}?)\\s(?:(?:today\\s+)?(?:issued|made|released|gave)\\s+the\\s+following\\s+statement|(?:a|ont)\\s+fait\\s+la\\s+déclaration\\s+suivante)(?![\\p{L}])[^:]{0,120}:$`, 'iu');
/** A first-person paragraph goes on the quotation that a "said:" line opened. */
const FIRST_PERSON = /(?<![\p{L}])(?:I|I['’]m|I['’]ve|[Ww]e|[Oo]ur|[Mm]y|us|[Jj]e|[Jj]['’]|[Nn]ous|[Nn]otre|[Nn]os|[Mm]on|ma|[Mm]es)(?![\p{L}])/u;
/** A quotation in marks inside a paragraph: its "our" is the quoted speaker's, not the block's. */
const QUOTED_SPAN = /“[^”]*”|«[^»]*»|"[^"]*"/gu;

/**
 * Quotations printed without quote marks after a "Name said:" paragraph (the gov.uk layout): the
 * paragraphs that follow, up to the next "said:" line or a paragraph not in the first person, are the
 * speaker's words.
 */
/** Does text[start, end) end on ':' once trailing whitespace is set aside? */
function endsWithColon(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && /\s/.test(text.charAt(at))) at--;
  return at >= start && text.charCodeAt(at) === 0x3a;
}

function saidBlockQuotes(statement: Statement, participants: readonly Participant[], people: () => Map<string, string[]>, taken: readonly Quote[]): Quote[] {
  const { text } = statement;
  const from = bodyStart(statement);
  const to = bodyEnd(statement);
  const paragraphs = statement.paragraphs.filter((p) => p.start >= from && p.end <= to);
  const quotes: Quote[] = [];
  for (let index = 0; index < paragraphs.length - 1; index++) {
    const lead = paragraphs[index] as (typeof paragraphs)[number];
    // Most paragraphs do not end on a colon: look at the last character before collapsing the whole paragraph.
    if (!endsWithColon(text, lead.start, lead.end)) continue;
    const leadText = collapseWhitespace(text.slice(lead.start, lead.end));
    if (leadText.length > 260 || !leadText.endsWith(':')) continue;
    const said = SAID_BLOCK_LEAD.exec(leadText) ?? ISSUED_STATEMENT_LEAD.exec(leadText);
    if (!said) continue;
    const first = paragraphs[index + 1] as (typeof paragraphs)[number];
    const firstText = text.slice(first.start, first.end);
    if (/^[\s\u00a0]*[“«"‘]/u.test(firstText) || collapseWhitespace(firstText).split(' ').length < MIN_QUOTE_WORDS) continue;
    if (taken.some((q) => q.source.start >= first.start && q.source.start < first.end)) continue;
    // "The Prime Minister is expected to say:" — the subject before the auxiliary names the speaker.
    const subject = (said[1] ?? '').replace(AUXILIARY_AT_END, '');
    // "David Lipton, Acting Managing Director of the International Monetary Fund (IMF), issued the following statement …:" (IMF,
    // 2019, round 42): the name the subject opens on, its office set off by a comma, not a capitalised word inside the office.
    const opening = firstNameIn(subject, 0, Math.min(subject.length, 80));
    const openingAt = opening === null ? -1 : subject.indexOf(opening);
    const opensOnName = opening !== null && openingAt >= 0 && openingAt <= 16 && /^\s*,/u.test(subject.slice(openingAt + opening.length));
    const short = (opensOnName ? opening : null) ?? lastNameIn(subject, 0, subject.length) ?? (TITLE_BEFORE_VERB.exec(` ${subject}`) ? `${TITLE_MARK}${TITLE_BEFORE_VERB.exec(` ${subject}`)?.[1] ?? ''}` : null);
    if (short === null) continue;
    // A capitalised adjective, not a name, when lower-case words follow it: "The Nordic defence ministers issued the following
    // statement after a virtual meeting …:" (Nordic defence ministers, 2022, round 31).
    if (!short.startsWith(TITLE_MARK) && /^\s+\p{Ll}/u.test(subject.slice(subject.lastIndexOf(short) + short.length))) continue;
    const speaker = resolveSpeaker(short, participants, people(), text);
    if (speaker === null) continue;
    let last = index + 1;
    while (last + 1 < paragraphs.length) {
      const next = paragraphs[last + 1] as (typeof paragraphs)[number];
      const nextText = collapseWhitespace(text.slice(next.start, next.end));
      // A paragraph in the first person only inside someone's quotation, or holding a quote already taken, is not the block's.
      if (/:$/.test(nextText) || !FIRST_PERSON.test(nextText.replace(QUOTED_SPAN, ' ')) || taken.some((q) => q.source.start >= next.start && q.source.start < next.end)) break;
      last++;
    }
    const end = (paragraphs[last] as (typeof paragraphs)[number]).end;
    const words = paragraphs
      .slice(index + 1, last + 1)
      .map((p) => collapseWhitespace(text.slice(p.start, p.end)))
      .join('\n\n');
    quotes.push({
      speaker,
      // The block in straight single marks: "Minister Coveney said:" ⏎ "'We will discuss … people'" (Ireland DFA, 2021, round 35).
      text: /^'[^']/u.test(words) && /'[.]?$/u.test(words) ? words.replace(/^'/u, '').replace(/'([.]?)$/u, '$1') : words,
      source: { start: first.start, end },
      confidence: confidence(short.startsWith(TITLE_MARK) ? 0.7 : 0.8, participants.some((p) => p.name === speaker) ? 0 : -0.05),
    });
    index = last;
  }
  return quotes;
}

/** "…, Mr Mitchell says." / "…, said Mr Peters." closing a paragraph of reported speech. */
const REPORTED_SPEECH_END = caselessPattern(`(?:[,.]\\s*|^)(?:(?:${SPEECH_VERB})\\s+([^,.;:]{2,60})|([^,.;:]{2,60}?)\\s+(?:${SPEECH_VERB}))\\s*\\.?$`, 'iu');
/** A paragraph that opens on its speaker and a speech verb: "Senator McMullan said …", « Le ministre Joly a déclaré que … ». */
// Also an office set off by commas and a verb of stance: « La Secrétaire générale de la Francophonie, Madame Michaëlle Jean,
// exprime sa très grande préoccupation … » ⏎ « La Francophonie s’associe … » (OIF, 2015).
const REPORTED_SPEECH_START = caselessPattern(`^([^,.;:«»“”"]{2,90}?(?:,[^,.;:«»“”"]{2,60}?,)?)\\s+(?:ha[sv]e?\\s+)?(?:${SPEECH_VERB}|exprime|expresses|expressed|a\\s+exprimé|condamne|condemns|condemned|a\\s+condamné|salue|welcomes|welcomed|a\\s+salué|s[’']est\\s+dite?|se\\s+dit|s[’']est\\s+déclarée?|se\\s+déclare)(?![\\p{L}])`, 'iu');
/** « …, a déclaré le Premier ministre. … » — the French incise inside the quotation names its speaker. */
const FRENCH_INCISE = caselessPattern(`,\\s+(?:a|ont)\\s+(?:déclaré|dit|affirmé|ajouté|souligné|indiqué|expliqué|précisé|poursuivi)\\s+((?:la|le|les|l[’'])\\s*[^,.;!?«»]{2,80}?)\\s*[.,;]`, 'iu');
const SUBJECT_PRONOUN = caselessPattern(String.raw`(?<![\p{L}])(?:he|she|il|elle)\s+(?:also\s+|then\s+|aussi\s+|également\s+)?[\p{L}-]+\s*[^.]{0,200}$`, 'iu');

/**
 * Who speaks a quotation that names no speaker near it, from its context (each shape less sure than
 * an attribution): a French incise inside it (« …, a déclaré le Premier ministre. »); a pronoun
 * subject ("He also explained … “…”") resolved to the person named last before it; the previous
 * paragraph closing on "…, Mr Mitchell says."; the quotation before it, one paragraph up; or, in a
 * paragraph that names one participant before the quotation, that participant. Null when none fits.
 */
/** A dateline, all that stands before a quotation in its paragraph: "NEW YORK, 9 March 2022 - ", « GENÈVE, le 3 mai 2021 – ». */
const DATELINE_BEFORE_QUOTATION = /^\s*\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?,\s+(?:(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})\s*[–—-]+\s*$/u;

function speakerFromContext(statement: Statement, quotation: Quotation, participants: readonly Participant[], last: { speaker: string; paragraphIndex: number } | null): Attribution | null {
  const { text } = statement;
  const inside = text.slice(quotation.openEnd, Math.min(quotation.closeStart, quotation.openEnd + 400));
  const incise = FRENCH_INCISE.exec(inside);
  if (incise) {
    const phrase = incise[1] ?? '';
    const name = firstNameIn(phrase, 0, phrase.length);
    if (name) return { name, confidence: 0.8 };
    const title = TITLE_AFTER_VERB.exec(` ${phrase}`);
    if (title) return { name: `${TITLE_MARK}${title[1] ?? ''}`, confidence: 0.75 };
  }
  const paragraph = paragraphOf(statement, quotation.openStart);
  if (!paragraph) return null;
  // A dateline before the quotation leaves it opening its paragraph: 'NEW YORK, 9 March 2022 - "I am horrified by …' under "Statement by
  // UNICEF Executive Director Catherine Russell on …" (UNICEF, 2022, round 122).
  const before = text.slice(paragraph.start, quotation.openStart).replace(DATELINE_BEFORE_QUOTATION, '');
  if (SUBJECT_PRONOUN.test(before) && SPEECH_VERB_PATTERN.test(before)) {
    SPEECH_VERB_PATTERN.lastIndex = 0;
    // The pronoun stands for an organisation's head the paragraph names by office alone: "They noted the introductory remarks of the
    // IAEA Director General to the June Board of Governors in which he expressed “satisfaction with …”" (White House, 2022, round
    // 142). No named person speaks.
    const head = lastMatch(UNNAMED_ORGANISATION_HEAD, before);
    if (head !== null && !participants.some((p) => before.slice(head).includes(p.name))) return null;
    const name = lastNameIn(text, Math.max(0, paragraph.start - 600), quotation.openStart);
    if (name && participants.some((p) => isSameOrShorterName(name, p.name))) return { name, confidence: 0.65 };
    // "Mr. Stoltenberg highlighted … He also explained how the principle at the heart of Alliance remains strong, “…”":
    // the pronoun stands for the participant named last before it, whatever capitalised words come between.
    const latest = participantNamedLast(text, Math.max(0, paragraph.start - 600), quotation.openStart, participants);
    if (latest) return { name: latest, confidence: 0.6 };
  }
  SPEECH_VERB_PATTERN.lastIndex = 0;
  if (collapseWhitespace(before) === '') {
    const previousParagraph = statement.paragraphs[paragraph.index - 1];
    if (previousParagraph) {
      const previousText = collapseWhitespace(text.slice(previousParagraph.start, previousParagraph.end));
      // "…, First Minister Nicola Sturgeon said today." ⏎ "The First Minister was speaking following a meeting with the
      // Taoiseach Leo Varadkar …" ⏎ "She said:" ⏎ "“Today’s visit, …" (Scottish Government, round 64): the pronoun is the
      // speaker of the latest "said" above, not the person named last.
      if (PRONOUN_SAID_COLON.test(previousText)) {
        const earlier = statement.paragraphs[Math.max(0, paragraph.index - 4)];
        const named = earlier ? speakerOfLatestSpeech(text, earlier.start, previousParagraph.start, participants) : null;
        if (named) return { name: named, confidence: 0.6 };
      }
      const reported = REPORTED_SPEECH_END.exec(previousText.slice(-120));
      const speakerPhrase = reported ? (reported[1] ?? reported[2] ?? '') : '';
      const name = speakerPhrase ? lastNameIn(speakerPhrase, 0, speakerPhrase.length) : null;
      // '"A," the Minister …, Chris Hurford, said in Athens today.' ⏎ '"B."' (Australian Government, 1985, round 102): the place after
      // the verb is no speaker; the quotation above goes on in its speaker's words.
      if (name && last && last.paragraphIndex === paragraph.index - 1 && !participants.some((p) => isSameOrShorterName(name, p.name))) return { name: last.speaker, confidence: 0.7 };
      if (name) return { name, confidence: 0.7 };
      // "Ms Collins will travel to the Philippines today to sign …, she says." ⏎ "'It formally sets …" (New Zealand, 2025):
      // the pronoun stands for the participant that paragraph named last.
      if (/^(?:he|she|il|elle)$/iu.test(speakerPhrase.trim())) {
        const named = participantNamedLast(text, previousParagraph.start, previousParagraph.end, participants);
        if (named) return { name: named, confidence: 0.65 };
      }
      // "The Tánaiste said:" ⏎ "“The UK is Ireland’s closest neighbour …”" (Ireland, 2018): the office held by one participant.
      const office = speakerPhrase ? TITLE_AFTER_VERB.exec(` ${speakerPhrase}`) : null;
      if (office && collapseWhitespace(speakerPhrase).length === collapseWhitespace(office[0]).length && titleHolder((office[1] ?? '').toLowerCase(), participants)) return { name: `${TITLE_MARK}${office[1] ?? ''}`, confidence: 0.7 };
      // "Senator McMullan said the original Oslo Accords had been the catalyst …" ⏎ "“I hope this agreement will …”": a
      // paragraph of reported speech that opens on its speaker hands the quotation after it to that participant.
      const opening = REPORTED_SPEECH_START.exec(previousText);
      const reporter = opening ? participants.find((p) => nameKeys(p.name).some((key) => key.length > 2 && foldForComparison(opening[1] ?? '').includes(key))) : undefined;
      if (reporter) return { name: reporter.name, confidence: 0.65 };
      // "Remarks by President Donald Tusk (25 November 2018)." above the quoted remarks: the label names the speaker.
      const labelled = SPEAKER_LABEL.test(previousText) && previousText.length < 200 ? participants.find((p) => previousText.includes(p.name)) : undefined;
      if (labelled) return { name: labelled.name, confidence: 0.7 };
    }
    if (last && paragraph.index - last.paragraphIndex <= 2 && paragraph.index > last.paragraphIndex) return { name: last.speaker, confidence: 0.65 };
    // A first-person quotation with nobody named near it, in a release whose lead is about one
    // participant ("Minister of Defence Peeni Henare departs for Australia tomorrow …"): the release's
    // minister speaks. The least sure shape, left for the officer to check.
    // « j’ » is followed by its verb (« j’ai remercié »), so no letter check after it.
    // « Je » opens a sentence: 'NEW YORK, 9 mars 2022 - "Je suis horrifiée par l'attaque …' (UNICEF, 2022, round 122).
    if (/(?<![\p{L}])(?:(?:I|I['’]m|I['’]ve|[Jj]e)(?![\p{L}])|[Jj]['’](?=\p{L}))/u.test(inside) && !last) {
      // The lead: the first of the body's first few paragraphs that is a sentence, not a label or date line
      // ("Press Release (2011) 090", "Issued on 14 Jul. 2011": no full stop, question or exclamation mark at the end).
      const from = bodyStart(statement);
      let leadIndex = indexOfSpanStartingBefore(statement.paragraphs, from);
      if (leadIndex < 0 || (statement.paragraphs[leadIndex]?.start ?? 0) < from) leadIndex++;
      const lead = statement.paragraphs.slice(leadIndex, leadIndex + 4).find((p) => /\s\S+\s\S+\s/.test(text.slice(p.start, p.end)) && /[.!?:…]["”’»)]?[\s\u00a0]*$/u.test(text.slice(p.start, p.end)));
      const leadText = lead ? text.slice(lead.start, lead.end) : '';
      const inLead = participants.filter((p) => leadText.includes(p.name));
      const first = inLead.sort((a, b) => leadText.indexOf(a.name) - leadText.indexOf(b.name))[0];
      if (first && leadText.indexOf(first.name) < 120) return { name: first.name, confidence: 0.55 };
      // "Statement by the President of the European Council Herman Van Rompuy on …" above a first-person
      // quotation: the statement's author speaks.
      const authors = statement.title && STATEMENT_BY.test(statement.title) ? participants.filter((p) => statement.title?.includes(p.name)) : [];
      if (authors.length === 1 && authors[0]) return { name: authors[0].name, confidence: 0.6 };
    }
    // "Statement from Secretary Rubio and NSC Waltz on Call with Zelenskyy" over a body that is one quotation, with no
    // first person (White House, 2025, round 134): the statement's authors speak; the first named stands for them.
    if (!last && statement.title && STATEMENT_BY.test(statement.title) && spansWholeBody(statement, quotation)) {
      const authors = participants.filter((p) => statement.title?.includes(p.name)).sort((a, b) => (statement.title ?? '').indexOf(a.name) - (statement.title ?? '').indexOf(b.name));
      if (authors[0]) return { name: authors[0].name, confidence: 0.5 };
    }
    // A joint statement whose body is one quotation in the first person plural (« Déclaration commune du secrétaire
    // général de l'OTAN, Jens Stoltenberg, et du président de la Chambre …, Mike Johnson » over « … nous avons parlé … »,
    // NATO, outside the corpus): its authors speak; the first named stands for them, for the officer to check.
    if (!last && statement.title && JOINT_BY.test(statement.title) && FIRST_PERSON_PLURAL.test(inside)) {
      const authors = participants.filter((p) => statement.title?.includes(p.name)).sort((a, b) => (statement.title ?? '').indexOf(a.name) - (statement.title ?? '').indexOf(b.name));
      if (authors.length >= 2 && authors[0]) return { name: authors[0].name, confidence: 0.5 };
    }
  } else {
    // Else the participant must be named in the quotation's own sentence: "Foreign Minister Penny Wong said Australia would
    // stand with Ukraine. The Resolution calls on Russia to “immediately … withdraw”" quotes the resolution, and
    // "… under the theme “Building a resilient Pacific …”" a slogan, not the minister named a sentence before.
    // A quotation that is a sentence of its own ("Secretary General Mark Rutte released holiday greetings … “It is
    // because of you …”") goes on the participant the paragraph named before it.
    const ownSentence = text.slice(Math.max(paragraph.start, sentenceStartBefore(statement, quotation.openStart)), quotation.openStart);
    const sentenceBefore = collapseWhitespace(ownSentence) === '' ? before : ownSentence;
    // "The Secretary General praised Secretary Blinken’s strong personal commitment to NATO, saying we now have “…”" (NATO,
    // outside the corpus): the subject, named by a title one participant holds, speaks — not the person praised.
    const subject = SUBJECT_THEN_SAYING.exec(collapseWhitespace(sentenceBefore));
    const holder = subject ? soleTitleHolder((subject[1] ?? '').trim().toLowerCase(), participants) : null;
    if (holder) return { name: holder.name, confidence: 0.6 };
    const named = participants.filter((p) => sentenceBefore.includes(p.name) || nameKeys(p.name).some((key) => key.length > 3 && foldForComparison(sentenceBefore).includes(key)));
    if (named.length === 1) return { name: named[0]?.name ?? '', confidence: 0.6 };
  }
  return null;
}

/** Full names (two words or more) indexed by each of their words, for resolving short forms. */
function indexPeople(people: readonly PersonMention[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const person of people) {
    if (person.wordCount < 2) continue;
    for (const key of nameKeys(person.name)) {
      const names = index.get(key) ?? [];
      if (names.length < 20 && !names.includes(person.name)) names.push(person.name);
      index.set(key, names);
    }
  }
  return index;
}

/** A short or full form → the participant's full name, or the fullest form named in the text. */
function resolveSpeaker(short: string, participants: readonly Participant[], people: ReadonlyMap<string, readonly string[]>, text: string): string | null {
  if (short.startsWith(TITLE_MARK)) {
    const title = short.slice(TITLE_MARK.length).toLowerCase();
    return titleHolder(title, participants)?.name ?? officeHolderNamedAfter(short.slice(TITLE_MARK.length), text, participants);
  }
  const participant = participants.find((p) => isSameOrShorterName(short, p.name));
  if (participant) return participant.name;
  // "“…,” said the OSCE Chairman-in-Office." where the text named him "OSCE Chairman-in-Office, Foreign Minister of Poland
  // Zbigniew Rau" and his title kept only the office next to his name (OSCE, 2022, round 92).
  if (!short.includes(' ')) {
    const holder = officeHolderNamedAfter(short, text, participants);
    if (holder) return holder;
  }
  let best = short;
  for (const name of people.get(nameKeys(short)[0] ?? '') ?? []) {
    if (name.split(' ').length > best.split(' ').length && isSameOrShorterName(short, name)) best = name;
  }
  // One capitalised word of an office or a body is not a speaker: "Republic"
  // of "the President of People’s Republic of Bangladesh, the President has said" (President of India, 2016, round 46),
  // « Communautés » of « ministre des Affaires étrangères et des Communautés » (Radio Habana Cuba, round 46).
  if (!best.includes(' ') && NOT_A_SPEAKER.has(foldForComparison(best))) return null;
  return best;
}
/**
 * The one participant whose name the text gives right after `office`, across a comma-set second title ("OSCE
 * Chairman-in-Office, Foreign Minister of Poland Zbigniew Rau"): the office a quotation's tag names, when the participant's
 * title kept only the other one. Null when a participant's title holds the office, or when no participant or several are named so.
 */
function officeHolderNamedAfter(office: string, text: string, participants: readonly Participant[]): string | null {
  if (office.length < 4) return null;
  // Only an office no participant's title holds: "the Minister" among two ministers stays unresolved.
  const held = caselessPattern(`(?<![\\p{L}])${escapeRegExp(office)}(?![\\p{L}])`, 'iu');
  if (participants.some((p) => held.test(p.title))) return null;
  const before = caselessPattern(`(?<![\\p{L}])${escapeRegExp(office)}(?:,\\s+(?:the\\s+|la\\s+|le\\s+)?(?:[\\p{L}’'-]+\\s+){1,6})?\\s*$`, 'iu');
  const holders = participants.filter((p) => {
    for (let at = text.indexOf(p.name); at >= 0; at = text.indexOf(p.name, at + 1)) {
      if (before.test(text.slice(Math.max(0, at - 100), at))) return true;
    }
    return false;
  });
  return holders.length === 1 ? (holders[0] as Participant).name : null;
}

/** Capitalised words of offices and bodies that the name finder may leave alone before a speech verb. */
const NOT_A_SPEAKER = new Set(['republic', 'republique', 'kingdom', 'royaume', 'communities', 'communautes', 'community', 'communaute', 'monetary', 'federation', 'union', 'assembly', 'assemblee', 'council', 'conseil', 'commission', 'committee', 'comite', 'affairs', 'affaires']);

/** Words of the quotation, and whether they read like a quoted proper name ("Free and Open Indo-Pacific"). */
function looksLikeQuotedTerm(words: readonly string[], taggedRightAfter = false): boolean {
  // A short quotation is a term ("a “sham” vote"), unless it is a whole sentence: “Our partnership is strong.”, or one
  // the attribution cuts at its comma: “This is a milestone,” said Mr Stoltenberg.
  // Its acronym in brackets too: “Free and Open Indo-Pacific (FOIP),” (Japan MOFA, 2022, round 77).
  // "Every word of over three letters (edge non-letters stripped) is capitalised, and there is one": read word by word, stopping
  // at the first such word in lower case, which decides it (`every` would be false); a quotation of a megabyte is not mapped whole.
  let content = false;
  let capitalised = true;
  for (const word of words) {
    const w = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (w.length <= 3) continue;
    if (!/^\p{Lu}/u.test(w)) {
      capitalised = false;
      break;
    }
    content = true;
  }
  if (content && capitalised) return true;
  // « Nous sommes unis », a déclaré le ministre: in French the comma follows the closing mark, so the speech verb
  // right after it does what the comma inside does in English.
  if (words.length < MIN_QUOTE_WORDS) return !(words.length >= 3 && /^\p{Lu}/u.test(words[0] ?? '') && (taggedRightAfter || /[.!?…,]$/u.test(words[words.length - 1] ?? '')));
  return false;
}

function quotationText(text: string, quotation: Quotation): string {
  const pieces: string[] = [];
  let from = quotation.openEnd;
  for (const reopening of quotation.reopenings) {
    pieces.push(text.slice(from, reopening));
    from = reopening + 1;
  }
  pieces.push(text.slice(from, quotation.closeStart));
  return pieces
    .map((piece) => collapseWhitespace(piece.replace(/[“”«»]/g, (m, offset: number) => (offset === 0 ? '' : m))))
    .filter((piece) => piece.length > 0)
    .join('\n\n');
}

/**
 * A message read out by someone else: « M. Tonelli a donné lecture d’un message de S.A.S. le Prince Souverain qui faisait
 * état de « notre confiance en l’avenir … » » (Monaco, 2017). The words are the message's author's, not the reader's.
 */
const MESSAGE_READ_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:donné\s+lecture|fait\s+lecture|lu|lit|read(?:\s+out)?|reads(?:\s+out)?|reading(?:\s+out)?|delivered|relayed|conveyed|transmis|transmit)\s+(?:d['’]un|un|le|a|the)\s+message\s+(?:de|du|d['’]|from|of|by)\s*([^\n]{0,140})$`,
  'iu',
);

/** For a quotation inside a message read out: the message's author, when named, else null (no quote). */
function messageAuthor(text: string, quotation: Quotation): { author: string | null } | null {
  const from = Math.max(0, quotation.openStart - 200);
  const read = MESSAGE_READ_BEFORE.exec(text.slice(from, quotation.openStart));
  if (!read) return null;
  const authorStart = from + read.index + read[0].length - (read[1] ?? '').length;
  const author = firstNameIn(text, authorStart, Math.min(quotation.openStart, authorStart + 80));
  // A style is no name: « S.A.S. le Prince Souverain », "Her Majesty the Queen".
  if (author !== null && /^(?:Souverain|Sovereign|Régnant|Regnant|Héritier|Heir)$/u.test(author)) return { author: null };
  return { author };
}

const REPORTED_PREDICATE = /^(?:had|has|was|underscored|underlined|stressed|emphasi[sz]ed|highlighted|reiterated|expressed|noted|welcomed|conveyed|informed|briefed|discussed)\s/u;

/** A speaker that names a country or a body, not a person: "Arab League", "European Union", « Ligue arabe ». */
const INSTITUTION_NAME = /(?:^|\s)(?:League|Union|Council|Commission|Committee|Organi[sz]ation|Group|Alliance|Ministry|Department|Government|Secretariat|Nations|Forum|Assembly|Parliament|Community|Coalition|Quartet|Troika)$|^(?:Ligue|Union|Conseil|Commission|Comité|Organisation|Groupe|Ministère|Gouvernement|Assemblée|Parlement|Communauté)(?:\s|$)/u;
function isNonPersonSpeaker(speaker: string): boolean {
  return INSTITUTION_NAME.test(speaker) || canonicalCountry(speaker) !== null;
}

const TITLE_OF_WORK_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:on\s+the\s+(?:topic|theme|subject)\s+of|(?:under|with)\s+the\s+(?:theme|title|motto|slogan)|entitled|titled|themed|intitulée?s?|ayant\s+pour\s+(?:thème|titre)|sur\s+le\s+thème(?:\s+de)?|sous\s+le\s+(?:thème|titre)(?:\s+de)?)\s*:?\s*$`, 'iu');

/**
 * `/(?::|(?<![\p{L}])(?:that|que|qu['’]))[\s\u00a0]*$/u.test(between)`, read at the end only (the text between two quotations
 * may be long, and the pattern was tried from each of its positions). Every keyword ends in a character that is no white space,
 * so a match ends exactly where `trimEnd` stops (trimEnd removes WhiteSpace and LineTerminator, the set `\s` is, \u00a0 among
 * them). The keyword is at most four characters and its lookbehind reads one before it: the last five characters of the trimmed
 * text hold all a match reads, and a keyword cannot start at the first of five, so no lookbehind is cut short.
 */
const INTRODUCTION_AT_END = /(?::|(?<![\p{L}])(?:that|que|qu['’]))$/u;
function endsInIntroduction(between: string): boolean {
  return INTRODUCTION_AT_END.test(between.trimEnd().slice(-5));
}

/** Where any word of `name` (of three letters or more) was last written before `before`, or -1. */
function lastNamedAt(text: string, name: string, before: number): number {
  let at = -1;
  for (const word of name.split(/\s+/u)) if (word.length >= 3) at = Math.max(at, text.lastIndexOf(word, before - word.length));
  return at;
}

export function extractQuotes(statement: Statement, participants: readonly Participant[]): Quote[] {
  const { text } = statement;
  const quotes: Quote[] = [];
  let people: Map<string, string[]> | null = null;
  let previous: { quotation: Quotation; index: number } | null = null;
  for (const quotation of findQuotations(statement)) {
    const quoted = quotationText(text, quotation);
    if (looksLikeQuotedTerm(quoted.split(/\s+/), TAIL_VERB.test(text.slice(quotation.closeEnd, quotation.closeEnd + 40)))) continue;
    // A title in quotation marks: 'a panel discussion on the topic of “Implementation of a unified state legal policy: Current
    // challenges and future trends”' (Singapore's Ministry of Law, 2021, round 50), « un colloque intitulé « … » ».
    if (TITLE_OF_WORK_BEFORE.test(text.slice(Math.max(0, quotation.openStart - 40), quotation.openStart))) continue;
    // The release quoting its own account of someone, right after the name: 'Christodoulides “had the opportunity to make in-depth
    // briefing of his Greek counterpart …”' (Cyprus MFA, 2019), 'Aurescu "underscored Romania's commitment …"' (AGERPRES, 2019;
    // round 35): a predicate in the third person, not words the person said.
    if (REPORTED_PREDICATE.test(quoted) && /\p{Lu}[\p{L}\p{M}'’-]+[\s\u00a0]+$/u.test(text.slice(Math.max(0, quotation.openStart - 40), quotation.openStart))) continue;
    const lastQuote = previous ? quotes[previous.index] : undefined;
    const sameParagraphAsLast = previous !== null && lastQuote !== undefined && previous.quotation.paragraphIndex === quotation.paragraphIndex && quotation.openStart - previous.quotation.closeEnd < 120;
    // « …, indique un communiqué de la présidence » (APA, round 54): a document speaks, no person.
    const after = text.slice(quotation.closeEnd, quotation.closeEnd + 80);
    const tailVerb = TAIL_VERB.exec(after);
    if (tailVerb && DOCUMENT_AFTER_VERB.test(after.slice(tailVerb[0].length))) {
      previous = null;
      continue;
    }
    const message = messageAuthor(text, quotation);
    if (message && message.author === null) {
      previous = null;
      continue;
    }
    // "he said" with no participant named near: the last quotation's speaker a few paragraphs up goes on, when no one else was named
    // since (IANS, 2016, round 126).
    const lastEnd = previous?.quotation.closeEnd ?? -1;
    const goesOnFrom =
      lastQuote && previous && quotation.paragraphIndex - previous.quotation.paragraphIndex <= 6 && PRONOUN_TAIL.test(text.slice(quotation.closeEnd, quotation.closeEnd + 40)) && !participants.some((p) => p.name !== lastQuote.speaker && lastNamedAt(text, p.name, quotation.openStart) > lastEnd)
        ? { name: lastQuote.speaker, confidence: 0.6 }
        : null;
    // The text's one participant, named further up: "Minister of Foreign Affairs, Geoffrey Onyeama made this known via his verified
    // twitter handle" … "“We strongly condemn …” ⏎ “… Nigerians and their properties in Ghana,” he twitted." (Vanguard, 2020, round 128).
    const only = participants.length === 1 ? participants[0] : undefined;
    const soleParticipant =
      only && PRONOUN_TAIL.test(text.slice(quotation.closeEnd, quotation.closeEnd + 40)) && text.lastIndexOf(only.name.split(' ').at(-1) ?? only.name, quotation.openStart) >= 0 ? { name: only.name, confidence: 0.6 } : null;
    const attribution: Attribution | null =
      (message?.author ? { name: message.author, confidence: 0.7 } : null) ??
      speakerNearby(statement, quotation, participants) ??
      goesOnFrom ??
      soleParticipant ??
      (sameParagraphAsLast ? null : speakerFromContext(statement, quotation, participants, lastQuote && previous ? { speaker: lastQuote.speaker, paragraphIndex: paragraphOf(statement, previous.quotation.closeStart)?.index ?? previous.quotation.paragraphIndex } : null));
    // « Pour M. Michel : "A". Toujours selon le Ministre : "b" » (Belgian MFA, 2004): a line that introduces the next quotation
    // with a colon opens a new quote, whatever its first letter.
    // '… are a "powerful demonstration of transatlantic solidarity", said the Secretary General, adding that "the transatlantic
    // bond is vital …"' (NATO, 2022): after "that" or « que » the next quotation is another clause, not the first one's end.
    const introducedAnew = previous !== null && endsInIntroduction(text.slice(previous.quotation.closeEnd, quotation.openStart));
    if (!attribution) {
      // “…,” said Minister X. “…” — the block goes on after its attribution: one quote.
      const last = lastQuote;
      if (previous && last && sameParagraphAsLast && !introducedAnew) {
        // “A,” said X. “B.” reads "A. B." once joined: the comma only led into the attribution. But
        // « A », a déclaré la ministre X, « et b. » is one sentence interrupted by its attribution: "A, et b."
        const continues = /^\p{Ll}/u.test(quoted);
        const commaAfter = /^[\s\u00a0]*,/u.test(text.slice(previous.quotation.closeEnd, previous.quotation.closeEnd + 3));
        const joined = continues
          ? `${last.text}${commaAfter && !/[,;:]$/u.test(last.text) ? ',' : ''}`
          : /[.!?…]["”»’)]?$/u.test(last.text)
            ? last.text
            : `${last.text}.`;
        quotes[previous.index] = { ...last, text: `${joined} ${continues ? quoted.replace(/[,;:\s]+$/u, '') : quoted}`, source: { start: last.source.start, end: Math.max(quotation.closeEnd, quotation.closeStart) } };
      }
      // « Et d’ajouter : « B » », "Toujours selon le Ministre : "b"": the next quotation, introduced anew, is the same speaker's.
      if (previous && last && introducedAnew && quotation.openStart - previous.quotation.closeEnd < 120) {
        previous = { quotation, index: quotes.length };
        quotes.push({ speaker: last.speaker, text: quoted.replace(/[,;:\s]+$/u, ''), source: { start: quotation.openStart, end: Math.max(quotation.closeEnd, quotation.closeStart) }, confidence: confidence(0.6, quotation.closeEnd === quotation.closeStart ? -0.1 : 0) });
      }
      continue;
    }
    people ??= indexPeople(bodyPersonMentions(statement));
    // "“…,” external affairs ministry spokesman Vikas Swarup said …" ⏎ "“The meeting … will be held on February 5 in Colombo,” he said."
    // (IANS, 2016, round 126): "he" goes on from the last quotation's speaker, a spokesman who is no participant, when the participant
    // named last was named no later than inside that quotation.
    const goesOn =
      attribution.byPronoun === true && previous !== null && lastQuote !== undefined && lastQuote.speaker !== attribution.name && quotation.paragraphIndex - previous.quotation.paragraphIndex <= 1 && lastNamedAt(text, attribution.name, quotation.openStart) < previous.quotation.closeEnd;
    const speaker = goesOn && lastQuote ? lastQuote.speaker : resolveSpeaker(attribution.name, participants, people, text);
    // “A,” Minister X said, “and b.” — a sentence interrupted by its attribution is one quote.
    const last = previous ? quotes[previous.index] : undefined;
    if (
      previous &&
      last &&
      last.speaker === speaker &&
      previous.quotation.paragraphIndex === quotation.paragraphIndex &&
      quotation.openStart - previous.quotation.closeEnd < 120 &&
      /^\p{Ll}/u.test(quoted) &&
      !introducedAnew
    ) {
      const comma = /,\s*$/u.test(text.slice(previous.quotation.openEnd, previous.quotation.closeStart)) ? ',' : '';
      quotes[previous.index] = { ...last, text: `${last.text}${comma} ${quoted.replace(/[,;:\s]+$/u, '')}`, source: { start: last.source.start, end: Math.max(quotation.closeEnd, quotation.closeStart) } };
      previous = { quotation, index: previous.index };
      continue;
    }
    previous = { quotation, index: quotes.length };
    // A body or a country speaks through people: a statement in quotation marks after "The Special Envoys for Libya of the Arab
    // League, the European Union, France, … issued the following Statement:" (round 38) is no quote of the Arab League.
    if (speaker === null || isNonPersonSpeaker(speaker)) {
      previous = null;
      continue;
    }
    quotes.push({
      speaker,
      text: quoted.replace(/[,;:\s]+$/u, ''),
      source: { start: quotation.openStart, end: Math.max(quotation.closeEnd, quotation.closeStart) },
      // An unclosed quotation may run too far; a speaker who is not a participant was resolved less surely.
      confidence: confidence(attribution.confidence, quotation.closeEnd === quotation.closeStart ? -0.1 : 0, participants.some((p) => p.name === speaker) ? 0 : -0.05),
    });
  }
  const blocks = saidBlockQuotes(statement, participants, () => (people ??= indexPeople(bodyPersonMentions(statement))), quotes);
  return blocks.length === 0 ? quotes : [...quotes, ...blocks].sort((a, b) => a.source.start - b.source.start);
}
