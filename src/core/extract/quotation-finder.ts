/**
 * Finds quotation spans in the body of a statement: curly “…”, French « … » (with their
 * non-breaking spaces), and straight "…" told apart as opening or closing by what surrounds them.
 * It follows the conventions of official releases: a quotation that runs over several paragraphs
 * reopens each paragraph with “ and closes only in the last; a closing block of a Canadian release
 * ("“…” – Name, Title") sometimes lacks its closing mark, and then the dash before the name closes it.
 * Both the quote extractor and the participant extractor (people named inside a quotation are not
 * participants) use these spans.
 */
import type { Statement } from '../model/statement';
import { bodyEnd, bodyStart } from './sentence-helpers';

export interface Quotation {
  /** Offset of the opening mark. */
  readonly openStart: number;
  /** First character of the quoted words (after the mark and any space). */
  readonly openEnd: number;
  /** One past the last quoted character (before any space and the closing mark). */
  readonly closeStart: number;
  /** One past the closing mark, or closeStart when the quotation was never closed. */
  readonly closeEnd: number;
  /** Paragraph index where it opens. */
  readonly paragraphIndex: number;
  /** Where later paragraphs of a multi-paragraph quotation reopen (offsets of their opening marks). */
  readonly reopenings: readonly number[];
}

const SPACE = /[\s\u00a0\u202f]/;
// Also the low opening mark „ of Central European house styles, closed by “, ” or two apostrophes: „We continue to make efforts
// in our European integration …,’’ Deputy PM Nicu Popescu said (Moldova MFA, 2022, round 35).
const QUOTE_MARK = /[“”«»"„]|’(?=’)/g;

function isSpaceAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch === undefined || SPACE.test(ch);
}

function isOpeningAt(text: string, i: number, paragraphStart: number): boolean {
  const ch = text[i];
  if (ch === '“' || ch === '«' || ch === '„') return true;
  // ” opening a paragraph's quotation before a capital, as Swedish and Finnish write it and some releases slip into: "”I
  // appreciate Malaysia-Japan relations …,” he said." (Malaysia's PMO, 2023, round 59).
  if (ch === '”') return i === paragraphStart && /^\p{Lu}/u.test(text[i + 1] ?? '');
  if (ch !== '"') return false;
  const before = i === paragraphStart ? ' ' : (text[i - 1] ?? ' ');
  return /[\s([—–:-]/.test(before) && !isSpaceAt(text, i + 1);
}

function isClosingAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '”' || ch === '»') return true;
  if (ch !== '"') return false;
  // Punctuation right after a straight mark closes it, even with a space before (a scanned "… irreversible.  ",): no
  // quotation opens on a comma.
  return !isSpaceAt(text, i - 1) || isSpaceAt(text, i + 1) || /[,.;:!?)]/.test(text[i + 1] ?? '');
}

function skipSpaceForward(text: string, i: number, limit: number): number {
  let k = i;
  while (k < limit && SPACE.test(text[k] ?? '')) k++;
  return k;
}

function skipSpaceBack(text: string, i: number, floor: number): number {
  let k = i;
  while (k > floor && SPACE.test(text[k - 1] ?? '')) k--;
  return k;
}

/** "… Indo-Pacific. – Bill Blair, Minister of National Defence": offset of the dash, or -1. */
function attributionDash(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  const pattern = /[\s\u00a0][–—]|[\s\u00a0]--?(?=[\s\u00a0])/g;
  let found = -1;
  for (const match of window.matchAll(pattern)) found = from + match.index + 1;
  if (found < 0) return -1;
  const tail = text.slice(found, to).replace(/^[–—-]+[\s\u00a0]*/, '');
  return tail.length > 0 && tail.length < 200 && /^\p{Lu}/u.test(tail) ? found : -1;
}

interface OpenQuotation {
  readonly openStart: number;
  readonly openEnd: number;
  readonly paragraphIndex: number;
  readonly reopenings: number[];
}

/** Built field by field: object spread is markedly slower on texts with many quotations. */
function closed(open: OpenQuotation, closeStart: number, closeEnd: number): Quotation {
  return { openStart: open.openStart, openEnd: open.openEnd, closeStart, closeEnd, paragraphIndex: open.paragraphIndex, reopenings: open.reopenings };
}

const quotationCache = new WeakMap<Statement, readonly Quotation[]>();

/** Quotations of the body, in order (computed once per statement). */
export function findQuotations(statement: Statement): readonly Quotation[] {
  const cached = quotationCache.get(statement);
  if (cached) return cached;
  const quotations = scanQuotations(statement);
  quotationCache.set(statement, quotations);
  return quotations;
}

function scanQuotations(statement: Statement): Quotation[] {
  const { text } = statement;
  const from = bodyStart(statement);
  const to = bodyEnd(statement);
  const paragraphs = statement.paragraphs.filter((p) => p.start >= from && p.end <= to);
  const quotations: Quotation[] = [];
  let open: OpenQuotation | null = null;
  /** “…” marks opened inside an open « … », still open. */
  let nested = 0;
  QUOTE_MARK.lastIndex = from;
  let nextMark: RegExpExecArray | null = QUOTE_MARK.exec(text);

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const paragraph = paragraphs[pi];
    if (!paragraph) continue;
    let i = paragraph.start;
    if (open) {
      // A continuation paragraph: skip its reopening mark. One that lacks it (see unmarkedContinuation) records the
      // line break before it instead, so the quoted words keep their first letter and their paragraph break.
      if ('“«"'.includes(text[i] ?? '')) {
        open.reopenings.push(i);
        i++;
      } else open.reopenings.push(i - 1);
    }
    // Jump from quote mark to quote mark instead of visiting every character. The next mark is
    // kept across paragraphs, so a text with many paragraphs and no marks is still read once.
    if (nextMark !== null && nextMark.index < i) {
      QUOTE_MARK.lastIndex = i;
      nextMark = QUOTE_MARK.exec(text);
    }
    for (; nextMark !== null && nextMark.index < paragraph.end; nextMark = QUOTE_MARK.exec(text)) {
      i = nextMark.index;
      if (open === null) {
        if (isOpeningAt(text, i, paragraph.start)) {
          open = { openStart: i, openEnd: skipSpaceForward(text, i + 1, paragraph.end), paragraphIndex: paragraph.index, reopenings: [] };
          nested = 0;
        }
      } else if (text[open.openStart] === '„') {
        if (text[i] === '“' || text[i] === '”' || text[i] === '’') {
          quotations.push(closed(open, skipSpaceBack(text, i, open.openEnd), i + (text[i] === '’' ? 2 : 1)));
          open = null;
        }
      } else if (text[open.openStart] === '«' && text[i] === '“') {
        // « Nous avons parlé de “l’esprit d’Oslo” et de notre avenir » : the French way of quoting inside a quotation.
        nested++;
      } else if (nested > 0 && text[i] === '”') {
        nested--;
      } else if (isClosingAt(text, i) && i > open.openStart) {
        quotations.push(closed(open, skipSpaceBack(text, i, open.openEnd), i + 1));
        open = null;
      }
    }
    if (open) {
      const next = paragraphs[pi + 1];
      const lastStart = open.reopenings.length > 0 ? (open.reopenings[open.reopenings.length - 1] ?? paragraph.start) : open.openEnd;
      const dash = attributionDash(text, Math.max(lastStart, paragraph.start), paragraph.end);
      if (dash >= 0) {
        const end = skipSpaceBack(text, dash, open.openEnd);
        quotations.push(closed(open, end, end));
        open = null;
      } else if (next !== undefined && ('“«"'.includes(text[next.start] ?? '') || unmarkedContinuation(text, next) || unmarkedRunThenClose(text, paragraphs, pi + 1))) {
        continue;
      } else {
        quotations.push(closed(open, skipSpaceBack(text, paragraph.end, open.openEnd), paragraph.end));
        open = null;
      }
    }
  }
  return withUnopened(text, paragraphs, withSingleQuoted(text, paragraphs, quotations));
}

/**
 * "“The UK is Ireland’s closest neighbour … completely unacceptable.¶As the Taoiseach has said … over the coming
 * days.”" (Ireland, 2018): the next paragraph of an open quotation that lost its reopening mark. It continues the
 * quotation when its only quote mark closes it, right after its last sentence.
 */
const CLOSES_AT_END = /[.!?…][\s\u00a0\u202f]*[”»"][\s\u00a0]*$/u;
function unmarkedContinuation(text: string, paragraph: { start: number; end: number }): boolean {
  const body = text.slice(paragraph.start, paragraph.end);
  // Or closes it before its attribution: "“Norway condemns the terrorist attack in Nice …¶We stand shoulder to shoulder
  // … freedom,” said Minister of Foreign Affairs Børge Brende." (Norway, 2016, round 23).
  return (CLOSES_AT_END.test(body) || UNOPENED_ATTRIBUTED.test(body)) && (body.match(ANY_QUOTE_MARK)?.length ?? 0) === 1;
}

/**
 * « Tous les Canadiens sont outrés … ¶Les opposants à une paix juste … ¶En ces heures difficiles, Aline se joint à moi …
 * » (PMO, 2001): one or two paragraphs with no quote mark at all, then one that closes the quotation as
 * unmarkedContinuation reads it. The quotation runs on through them.
 */
function unmarkedRunThenClose(text: string, paragraphs: readonly { start: number; end: number }[], from: number): boolean {
  for (let k = from; k < Math.min(paragraphs.length, from + 3); k++) {
    const paragraph = paragraphs[k] as { start: number; end: number };
    if ((text.slice(paragraph.start, paragraph.end).match(ANY_QUOTE_MARK)?.length ?? 0) === 0) continue;
    return k > from && unmarkedContinuation(text, paragraph);
  }
  return false;
}

/**
 * "'Italy is a leading world economy, and we share … ties,' Mr Peters says.": a paragraph quoted in
 * single marks (New Zealand and some UK releases). A straight or curly single mark is an apostrophe
 * far more often than a quote mark, so it counts only in a paragraph with no other quotation, opening
 * the paragraph, and closing after punctuation right before an attribution verb.
 */
// An ellipsis closes one as the other marks do: "'We will not give up…' the minister said." (mutation triage, issue 18).
// In French the comma follows the closing mark, before the incise: « ‘Cette 4e session … de nos deux peuples’, a déclaré M. Dussey »
// (Togo's foreign minister, round 65).
const SINGLE_QUOTED = /^['‘]\s*(?=\p{L})(?:([^]*?[,.!?…])['’](?=[\s\u00a0]+(?:[^.!?\n]{0,80}?[\s\u00a0])?(?:says|said|added|adds|stated|states|noted|notes|explained|explains|continued|concluded)(?![\p{L}]))|([^]*?[\p{L}\p{N})])['’](?=\s*,\s+(?:a|ont)\s+(?:déclaré|dit|affirmé|ajouté|souligné|indiqué|expliqué|précisé|poursuivi|estimé)(?![\p{L}])))/u;

/**
 * "'Once again innocent people have been targeted …¶'The fact that this comes so soon …¶'Irish authorities are in
 * constant contact … 00 44 207 235 2171.'" (Ireland, 2017): whole paragraphs in single marks, British style — each
 * paragraph reopens with a mark and only the last one closes, right after its last sentence. The first paragraph
 * opens on a mark before a capital letter.
 */
const SINGLE_OPENS = /^['‘]\p{Lu}/u;
const SINGLE_CLOSES_BEFORE_ATTRIBUTION = /^[^‘“”«»"]*?[,.!?…]['’](?=[\s\u00a0]+(?:[^.!?\n]{0,80}?[\s\u00a0])?(?:says|said|added|adds|stated|states|noted|explained|continued|concluded)(?![\p{L}]))/u;
const SINGLE_CLOSES_AT_END = /[.!?…]['’][\s\u00a0]*$/u;
function closesWithoutReopening(paragraph: string): boolean {
  const closed = SINGLE_QUOTED.exec(paragraph);
  return closed !== null && !/(?:^|[\s\u00a0])['‘](?=\p{L})/u.test(paragraph.slice(closed[0].length));
}
function singleQuotedRun(text: string, paragraphs: readonly { start: number; end: number; index: number }[], firstIndex: number, quoted: ReadonlySet<number>): Quotation | null {
  const first = paragraphs.findIndex((paragraph) => paragraph.index === firstIndex);
  const opening = paragraphs[first];
  if (!opening || !SINGLE_OPENS.test(text.slice(opening.start, opening.start + 2))) return null;
  // "'Volcanic activity … ,' she said. 'Scientists are not yet able …¶'Australian experts …'" (Australia, 2002): a
  // paragraph after one that opens on a single mark goes on that paragraph's quotation, found with it.
  const before = paragraphs[first - 1];
  // Unless that paragraph's quotation closed with its attribution and nothing reopens after it ("‘Further … assistance …,’ Mr Billson
  // said.").
  if (before && "'‘".includes(text[before.start] ?? '') && !closesWithoutReopening(text.slice(before.start, before.end))) return null;
  const reopenings: number[] = [];
  for (let k = first; k < paragraphs.length && k < first + 12; k++) {
    const paragraph = paragraphs[k];
    if (!paragraph || quoted.has(paragraph.index)) return null;
    if (k > first && !"'‘".includes(text[paragraph.start] ?? '')) {
      // The last paragraph without its reopening mark, closing before the attribution: "‘Norway condemns the terrorist
      // attack in Nice …¶We stand shoulder to shoulder … freedom,’ said Minister of Foreign Affairs Børge Brende."
      // (Norway, 2016, round 23). The line break before it stands for the missing mark, as in the double-mark case.
      const closing = SINGLE_CLOSES_BEFORE_ATTRIBUTION.exec(text.slice(paragraph.start, paragraph.end));
      if (!closing) return null;
      const closeStart = paragraph.start + closing[0].length - 1;
      return { openStart: opening.start, openEnd: opening.start + 1, closeStart, closeEnd: closeStart + 1, paragraphIndex: opening.index, reopenings: [...reopenings, paragraph.start - 1] };
    }
    if (k > first) reopenings.push(paragraph.start);
    const body = text.slice(paragraph.start, paragraph.end);
    // A reopened paragraph that closes before the attribution: "‘The main island of Rarotonga was hardest hit …¶‘Australia will fund the
    // vital transportation of much needed fuel supplies …,’ Mr Billson said." (DFAT, 2005, round 85).
    // Not one that reopens after its attribution ("'The fact that this comes so soon,' the minister added, 'is a shock.¶'Our thoughts …'").
    const attributed = k > first ? SINGLE_CLOSES_BEFORE_ATTRIBUTION.exec(body.slice(1)) : null;
    if (attributed && !/(?:^|[\s\u00a0])['‘](?=\p{L})/u.test(body.slice(1 + attributed[0].length))) {
      const closeStart = paragraph.start + 1 + attributed[0].length - 1;
      return { openStart: opening.start, openEnd: opening.start + 1, closeStart, closeEnd: closeStart + 1, paragraphIndex: opening.index, reopenings };
    }
    if (SINGLE_CLOSES_AT_END.test(body)) {
      const closeEnd = paragraph.start + body.trimEnd().length;
      return { openStart: opening.start, openEnd: opening.start + 1, closeStart: closeEnd - 1, closeEnd, paragraphIndex: opening.index, reopenings };
    }
  }
  return null;
}

function withSingleQuoted(text: string, paragraphs: readonly { start: number; end: number; index: number }[], quotations: Quotation[]): Quotation[] {
  const quoted = new Set(quotations.map((quotation) => quotation.paragraphIndex));
  const added: Quotation[] = [];
  for (const paragraph of paragraphs) {
    if (quoted.has(paragraph.index) || !"'‘".includes(text[paragraph.start] ?? '')) continue;
    if (quotations.some((quotation) => quotation.openStart < paragraph.start && quotation.closeEnd > paragraph.start)) continue;
    const match = SINGLE_QUOTED.exec(text.slice(paragraph.start, paragraph.end));
    if (!match?.[1] && !match?.[2]) {
      const run = singleQuotedRun(text, paragraphs, paragraph.index, quoted);
      if (run) {
        added.push(run);
        for (const reopening of run.reopenings) quoted.add(paragraphs.find((later) => later.start === reopening)?.index ?? -1);
      }
      continue;
    }
    const openEnd = skipSpaceForward(text, paragraph.start + 1, paragraph.end);
    const closeStart = paragraph.start + match[0].length - 1; // the closing mark ends the match
    added.push({ openStart: paragraph.start, openEnd, closeStart, closeEnd: closeStart + 1, paragraphIndex: paragraph.index, reopenings: [] });
  }
  if (added.length === 0) return quotations;
  return [...quotations, ...added].sort((a, b) => a.openStart - b.openStart);
}

/**
 * "These attacks against innocent civilians are outrageous and on behalf of the Alliance I want to express my
 * sincere condolences ….”" (NATO, 2011): a paragraph of the speaker's own words whose opening mark was lost in
 * publishing. It counts as quoted from its start when it closes on a mark after its last sentence, holds no other
 * quote mark, lies in no other quotation, and speaks in the first person.
 */
const UNOPENED_END = /[.!?…][\s\u00a0\u202f]*[”»][\s\u00a0]*$/u;
const FIRST_PERSON_WORD = /(?<![\p{L}])(?:I|[Ww]e|[Mm]y|[Oo]ur|us|[Jj]e|[Jj]['’]|[Nn]ous|[Nn]otre|nos|mon|ma|mes)(?![\p{L}])/u;
const ANY_QUOTE_MARK = /[“”«»"]/g;
/**
 * The same lost opening mark before an attribution: "The United Kingdom has long led by example in NATO,” said Mr.
 * Stoltenberg at a joint press conference", "… border protection operations," Senator Hill said. The paragraph's first
 * mark closes after punctuation and a speech verb follows within the attribution's reach; the words before it are the
 * quotation (other quotations may follow in the same paragraph).
 */
const UNOPENED_ATTRIBUTED = /^[^“”«»"]*?[,.!?…][”»"](?=[\s\u00a0]+(?:[^.!?\n]{0,80}?[\s\u00a0])?(?:says|said|added|adds|stated|states|noted|explained|continued|concluded|a\s+(?:déclaré|dit|ajouté|souligné|affirmé|indiqué)|(?:déclare|ajoute|souligne|affirme|indique))(?![\p{L}]))/u;

function withUnopened(text: string, paragraphs: readonly { start: number; end: number; index: number }[], quotations: Quotation[]): Quotation[] {
  const added: Quotation[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    // Both patterns need a closing mark (UNOPENED_ATTRIBUTED one of ”»", UNOPENED_END one of ”»): most paragraphs have none, and
    // three plain searches spare them the lazy run and the scan to the end, which could only fail.
    const closing = body.includes('”') || body.includes('»') || body.includes('"');
    const attributed = closing ? UNOPENED_ATTRIBUTED.exec(body) : null;
    if (!attributed && !(closing && UNOPENED_END.test(body) && (body.match(ANY_QUOTE_MARK)?.length ?? 0) === 1 && FIRST_PERSON_WORD.test(body))) continue;
    const mark = paragraph.start + (attributed ? attributed[0].length - 1 : Math.max(body.lastIndexOf('”'), body.lastIndexOf('»')));
    // Later quotations of the paragraph may follow an attributed one; none may cover its words.
    if (quotations.some((quotation) => quotation.openStart <= mark && quotation.closeEnd > paragraph.start)) continue;
    const openEnd = skipSpaceForward(text, paragraph.start, paragraph.end);
    added.push({ openStart: openEnd, openEnd, closeStart: skipSpaceBack(text, mark, openEnd), closeEnd: mark + 1, paragraphIndex: paragraph.index, reopenings: [] });
  }
  if (added.length === 0) return quotations;
  return [...quotations, ...added].sort((a, b) => a.openStart - b.openStart);
}
