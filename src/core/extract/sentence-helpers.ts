/**
 * Sentence-level helpers shared by the extractors: the statement's body (what lies between the
 * title and the boilerplate tail), sentence views with their collapsed text, and whitespace
 * collapsing. Releases end with sections that are not the statement itself (Quick facts,
 * Associated links, Contacts, « Faits en bref », « Personnes-ressources », ENDS), which the
 * importer records as `Statement.boilerplate`; extractors read only the body so a press secretary
 * or a background fact is never taken for the news.
 */
import type { Sentence, SourceSpan, Statement } from '../model/statement';
import { findBoilerplateSections } from '../import/boilerplate-sections';
import { caselessPattern } from './caseless-pattern';

export interface SentenceView extends SourceSpan {
  readonly paragraphIndex: number;
  /** The sentence with whitespace runs collapsed to one space. */
  readonly text: string;
  /** The start of `text` that cue patterns read (a real sentence is far shorter; this bounds the work on garbage). */
  readonly head: string;
  /** The raw slice of Statement.text (line breaks kept). */
  readonly raw: string;
}

/** Collapse whitespace runs (newlines and non-breaking spaces included) to one space and trim. */
export function collapseWhitespace(text: string): string {
  // Only runs that are not already one plain space are replaced: most sentences have none, and
  // rewriting every single space was a twentieth of extracting a megabyte.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/**
 * Offset where the boilerplate tail starts (or the text length): the first boilerplate section the
 * importer recognised after the body's start. Everything after it is release furniture, whatever its own heading.
 */
export function bodyEnd(statement: Statement): number {
  const start = bodyStart(statement);
  return sectionsOf(statement).find((section) => section.start >= start)?.start ?? statement.text.length;
}

function sectionsOf(statement: Statement) {
  return statement.boilerplate ?? findBoilerplateSections(statement.text, statement.paragraphs);
}

/**
 * Offset where the body starts: after the title line when there is one, and after a contact block printed
 * right under the title when the release follows it ("Media Contacts: Smith - …", Australian ministers, 2009, round 134).
 */
export function bodyStart(statement: Statement): number {
  let start = bodyStartCache.get(statement);
  if (start === undefined) bodyStartCache.set(statement, (start = bodyStartUncached(statement)));
  return start;
}
/** bodyStart is asked dozens of times per statement; the statement's fields it reads are readonly. */
const bodyStartCache = new WeakMap<Statement, number>();

function bodyStartUncached(statement: Statement): number {
  if (statement.title === null) return 0;
  const newline = statement.text.indexOf('\n');
  if (newline === -1) return statement.text.length;
  const head = sectionsOf(statement)[0];
  if (head?.kind === 'contacts' && head.end < statement.text.length && statement.text.slice(newline + 1, head.start).trim() === '') {
    const rest = statement.text.slice(head.end);
    if (rest.trim() !== '') return head.end;
  }
  return newline + 1;
}

/** Longest stretch of one sentence that the cue patterns read. */
export const SCAN_LIMIT = 3000;

function view(statement: Statement, sentence: Sentence): SentenceView {
  const raw = statement.text.slice(sentence.start, sentence.end);
  const text = collapseWhitespace(raw);
  return { start: sentence.start, end: sentence.end, paragraphIndex: sentence.paragraphIndex, raw, text, head: text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text };
}

const bodySentenceCache = new WeakMap<Statement, readonly SentenceView[]>();

/** The sentences of the body, in order (computed once per statement: every extractor reads them). */
export function bodySentences(statement: Statement): readonly SentenceView[] {
  const cached = bodySentenceCache.get(statement);
  if (cached) return cached;
  const start = bodyStart(statement);
  const end = bodyEnd(statement);
  const views = statement.sentences.filter((s) => s.start >= start && s.end <= end).map((s) => view(statement, s));
  bodySentenceCache.set(statement, views);
  return views;
}

/** Lower-case and strip accents, for comparisons that should ignore both. */
export function foldForComparison(text: string): string {
  // Printable ASCII (and tabs, line breaks) is its own NFD and holds no combining mark: lower-casing is all the fold does to it
  // (most names and places). Any other text takes the full fold.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
const PLAIN_ASCII = /^[\t\n\r -~]*$/;

/** Upper-case the first letter. */
export function capitaliseFirst(text: string): string {
  return text.length === 0 ? text : (text[0] ?? '').toUpperCase() + text.slice(1);
}

/** Index of the span (sorted by start, not overlapping) that contains `offset`, or -1. Binary search. */
export function indexOfSpanAt(spans: readonly SourceSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as SourceSpan;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Index of the last span that starts at or before `offset`, or -1. Binary search. */
export function indexOfSpanStartingBefore(spans: readonly SourceSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as SourceSpan).start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * A signing the text only recalls: the agreement whose violation it deplores (« la violation de l’accord de cessez-le-feu
 * signé le 23 février à Doha », GAC, 2010, round 20), "at the time of the signing of the agreement" (« au moment de la
 * signature de l’accord, j’avais demandé … »). Not « lors de la signature », which is often the authors' own ceremony.
 * Also a signing credited to someone's past work: « son engagement déterminant qui a permis la signature d’un nouvel accord
 * entre les pays de l’OEACP et l’Union européenne », « était le négociateur en chef … pour la signature de l’accord
 * post-Cotonou » (République togolaise, 2021, round 36).
 * Also a signing only weighed, the sentence after the one that reports it: "The signing of this Memorandum of Understanding will
 * strengthen … cooperation" (Singapore's Ministry of Law, 2008), "the signing of the MOU signified a new strategic positioning"
 * (OECS, 2016; both round 50), "The signing of this Memorandum of Understanding highlights Singapore and Mongolia’s commitment"
 * (Singapore MSE, 2023, round 57); relations that "have allowed the signing of various cooperation agreements" (Equatorial Guinea's
 * press office, 2020, round 57).
 */
const RECALLED_SIGNING = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:violations?|breach(?:es)?|non-respect)\s+(?:of|de|du|des)\s+(?:the\s+|l['’]|la\s+|le\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,6}?(?:signed|signée?s?|concluded|conclue?s?|reached)(?![\p{L}])[^.;,]{0,60}|au\s+moment\s+de\s+la\s+(?:signature|conclusion)\s+de\s+[^.;,]{0,60}|at\s+the\s+time\s+of\s+(?:the\s+)?(?:signing|signature|conclusion)\s+of\s+[^.;,]{0,60}|(?:a|ont|avait|avaient)\s+permis\s+la\s+(?:signature|conclusion)\s+d[e'’]\s*[^.;,]{0,60}|(?:led\s+to|made\s+possible|enabled|allowed|permitted)\s+the\s+(?:signing|signature|conclusion)\s+of\s+[^.;,]{0,60}|(?:négociat(?:eur|rice)|negotiator)\s+(?:en\s+chef\s+|chief\s+)?[^.;]{0,80}?(?:pour\s+la\s+signature\s+de|for\s+the\s+signing\s+of)\s+[^.;,]{0,60}|(?:the|this|today['’]s)\s+signing\s+of\s+(?:this|the|these)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?(?:agreements?|memorandum|memoranda|mous?|accords?|protocols?|treaty|treaties|conventions?|arrangements?|charter)(?:\s+of\s+understanding)?(?:\s+\([^()]{1,12}\))?(?:\s+and\s+[^.;,]{1,100}?)?\s+(?:will|would|signif\p{L}*|marks?|marked|represents?|represented|demonstrat\p{L}*|reflects?|underscores?|underlines?|highlights?|shows?|signals?|opens|paves|creates|establishes|provides|(?:further\s+)?(?:enhances|strengthens|deepens|reinforces|boosts|consolidates))(?![\p{L}])|la\s+signature\s+de\s+(?:cet|cette|ces|ce)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:accords?|mémorandum|protocoles?|conventions?|traité|entente)\s+(?:va|vont|permettra|permettront|marque|constitue|témoigne|renforcera|traduit|illustre)(?![\p{L}]))`,
  'giu',
);
const SIGNING_WORD = /sign|conclu|reached/i;

/** `text` with every recalled signing blanked out (same length), so its verb, date and place are no event of the authors. */
export function withoutRecalledSignings(text: string): string {
  return SIGNING_WORD.test(text) ? text.replace(RECALLED_SIGNING, (span) => ' '.repeat(span.length)) : text;
}

/**
 * Whether a quotation is the whole body: it opens where the body does, and the body's one closing mark ends it, with only
 * an end mark ("###", "-30-") after. The statement's own voice then, not someone quoted in it. The paragraphs between may
 * not open again (White House, 2025): the quotation finder then closes at the first paragraph's end, so the body decides.
 */
export function spansWholeBody(statement: Statement, quotation: { readonly openStart: number }): boolean {
  const { text } = statement;
  if (text.slice(bodyStart(statement), quotation.openStart).trim() !== '') return false;
  const inside = text.slice(quotation.openStart + 1, bodyEnd(statement)).replace(/\s*(?:#{3}|-\s*30\s*-)?\s*$/u, '');
  return /[”"»]$/u.test(inside) && !/[“«]|[”»"](?=[\s\S])/u.test(inside.slice(0, -1).replace(/\n\s*“/gu, '\n'));
}
