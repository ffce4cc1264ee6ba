/**
 * Plain-text importer: bytes or a string → Statement (paragraphs and sentences with offsets).
 *
 * Why it works this way: every later stage points back into `Statement.text` by character offsets,
 * so the text is kept exactly as given (only CRLF → LF and the BOM go) and structure is recorded as
 * spans on top of it, never by rewriting it. Official statements arrive in three shapes that the
 * paragraph rules must all survive: one paragraph per line (copied from web pages, like the
 * reference release), blank-line-separated paragraphs, and hard-wrapped e-mail text whose sentences
 * run over line breaks. Sentence splitting knows the abbreviations of the genre (Mr., H.E., U.S.,
 * initials such as "Lester B. Pearson") and the closing marks that follow a full stop (” » ")).
 */
import type { Language, Paragraph, Sentence, Statement } from '../model/statement';
import { MAX_IMPORT_BYTES, sizeOverLimitMessage, UTF8_VALID_PER_INVALID } from '../limits';
import { englishText, MessageError } from '../i18n/describe';
import { nameOrTheFile, userMessage, type UserMessage } from '../i18n/user-message';
import { findBoilerplateSections } from './boilerplate-sections';

/** One-line, user-facing import failure (empty file, binary file, file too large, unknown format). */
export class ImportError extends MessageError {
  constructor(message: string | UserMessage) {
    super(message);
    this.name = 'ImportError';
  }
}

export { MAX_IMPORT_BYTES };

/** "• ", "- ", "1. ", "2) ", "(a) ", "iv. " at the start of a line. Capital letters are left out: "B. Pearson". */
const BULLET_MARKER = /^[ \t]*(?:[•●▪◦‣∙·*]|[-–—](?=\s)|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)](?=\s))[ \t\u00a0]*/;
const OPENING_MARKS = '“"«‘(\'[';
const CLOSING_MARKS = '”"»’)\']';
const TERMINAL = '.!?…';
/** The next terminal mark from lastIndex; shared, as nothing in splitSentences re-enters it. */
const nextTerminal = new RegExp(`[${TERMINAL}]`, 'g');
/** The last search for a terminal mark: paragraphs without one would each search to the text's end again (quadratic). */
let lastTerminal: { text: string; from: number; index: number } | null = null;

/** The offset of the first terminal mark at or after `from` in `text`, or -1. */
function nextTerminalAt(text: string, from: number): number {
  if (lastTerminal !== null && lastTerminal.text === text && lastTerminal.from <= from && (lastTerminal.index === -1 || lastTerminal.index >= from)) return lastTerminal.index;
  nextTerminal.lastIndex = from;
  const index = nextTerminal.exec(text)?.index ?? -1;
  lastTerminal = { text, from, index };
  return index;
}

/** Words that end in a full stop without ending the sentence. Lower-case, without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'mt', 'mme', 'mmes', 'mlle', 'me', 'messrs', 'prof', 'hon', 'rt', 'sen', 'rep',
  'gov', 'amb', 'gen', 'lt', 'col', 'capt', 'cmdr', 'adm', 'sgt', 'maj', 'jr', 'sr', 'no', 'nos', 'vol', 'art',
  'para', 'paras', 'fig', 'pp', 'vs', 'cf', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'env', 'min', 'nº',
  // Currencies written with a full stop before the sum: "Nu. 100 billion", "Nu./Rs. 10,000 million" (Bhutan MFA, 2024, round 101).
  'nu', 'rs',
]);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word (letters and inner dots) that ends right before position `dot`, e.g. "U.S" or "Mr". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{M}.]/u.test(text[i - 1] ?? '') && dot - i < 20) i--;
  return text.slice(i, dot);
}

/** What may follow "a.m." / "p.m." inside the same sentence: a time zone or a bracket. */
const TIME_GOES_ON = /^\s*(?:\(|(?:[A-Z]{1,4}T|UTC|GMT|JST|KST)(?![\p{L}]))/u;

/** True when the full stop at `dot` belongs to an abbreviation, an initial or a dotted acronym. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Lester B. Pearson", "M. Dupont"
  // "a.m." / "p.m." end a sentence before a capital ("… at 5 p.m. The minister …"), not before a time zone or a
  // bracket that goes on with the time ("at 9:05 a.m. (at 10:05 p.m. JST) for approximately 20 minutes", Kantei).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !/^[ap]\.m$/i.test(word) || TIME_GOES_ON.test(text.slice(dot + 1, dot + 16)); // U.S, H.E, S.E, e.g, i.e
  // « MM. Chrétien et Jospin » (Messieurs, PMO, 1998); in capitals only, so "155 mm." still ends a sentence.
  if (word === 'MM') return true;
  // "(App. 3 million AUD)" (approximately, Embassy of Japan in Fiji, 2020, round 22): before a number only.
  if (/^(?:App|app|Approx|approx)$/u.test(word) && /^\s\d/u.test(text.slice(dot + 1, dot + 3))) return true;
  // A French month cut short before the year or the day: « TORONTO, le 13 déc. 2024 /CNW/ - » (newswire.ca, round 42).
  if (/^(?:janv|févr|fév|avr|juil|déc)$/iu.test(word) && /^\s\d/u.test(text.slice(dot + 1, dot + 3))) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Where a sentence ending at a terminal mark really ends: after closing quotes and brackets. */
function endAfterClosers(text: string, pos: number, limit: number): number {
  let i = pos;
  for (;;) {
    if (i < limit && CLOSING_MARKS.includes(text[i] ?? '')) {
      i++;
      continue;
    }
    // French closing guillemet after a (non-breaking) space: ". »"
    let j = i;
    while (j < limit && (text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\u202f') && j - i < 2) j++;
    if (j > i && text[j] === '»') {
      i = j + 1;
      continue;
    }
    return i;
  }
}

/** Does a new sentence plausibly start at `pos` (after whitespace)? */
function startsSentence(text: string, pos: number): boolean {
  const ch = text[pos];
  if (ch === undefined) return false;
  if (isUpper(ch) || /\d/.test(ch)) return true;
  if (OPENING_MARKS.includes(ch) || ch === '¿' || ch === '¡' || /[•●▪◦‣]/.test(ch)) return true;
  return !isLower(ch) && !/[\s,;:.)\]»”’\-–—]/.test(ch);
}

/** A full stop glued to the next sentence: the three letters before it, and what follows it (splitSentences). */
const GLUED_SENTENCE_BEFORE = /^\p{Ll}{3}$/u;
const GLUED_SENTENCE_AFTER = /^(?:\p{Lu}\p{Ll}+|\p{Lu})\s+\p{L}/u;

/** Split [start, end) of `text` into sentence spans (trimmed). Linear in the length of the range. */
export function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let sentenceStart = start;
  const push = (s: number, e: number): void => {
    let a = s;
    let b = e;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  for (let i = start; i < end; i++) {
    // Jump to the next terminal mark: testing every character was most of splitting a long text.
    const found = nextTerminalAt(text, i);
    if (found === -1 || found >= end) break;
    i = found;
    const ch = text[i];
    // Runs of terminal marks ("?!", "...") end together.
    let k = i;
    while (k + 1 < end && TERMINAL.includes(text[k + 1] ?? '')) k++;
    if (ch === '.' && k === i && isAbbreviationDot(text, i)) continue;
    const after = endAfterClosers(text, k + 1, end);
    if (after >= end) break;
    if (!isSpace(text[after])) {
      // A full stop glued to the next sentence, as some agencies publish it: « … Sok Chenda Sophea.Lors de la rencontre, … » (VNA,
      // 2023, round 108): a word of three lower-case letters or more, the stop, then a capitalised word and a space.
      if (ch === '.' && k === i && after === k + 1 && GLUED_SENTENCE_BEFORE.test(text.slice(Math.max(start, i - 3), i)) && GLUED_SENTENCE_AFTER.test(text.slice(after, Math.min(end, after + 40)))) {
        push(sentenceStart, after);
        sentenceStart = after;
        i = after - 1;
        continue;
      }
      i = k;
      continue;
    }
    let next = after;
    while (next < end && isSpace(text[next])) next++;
    if (next >= end) break;
    if (!startsSentence(text, next)) {
      i = k;
      continue;
    }
    push(sentenceStart, after);
    sentenceStart = next;
    i = next - 1;
  }
  push(sentenceStart, end);
  return spans;
}

interface Line {
  readonly start: number;
  readonly end: number; // excluding the newline
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl });
    start = nl + 1;
  }
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text[i])) return false;
  return true;
}

/** Trimmed content bounds of a line. */
function contentOf(text: string, line: Line): Line {
  let a = line.start;
  let b = line.end;
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  return { start: a, end: b };
}

/** Does the line end a sentence (so the next line starts a new paragraph)? */
function endsSentence(text: string, line: Line): boolean {
  let i = line.end - 1;
  while (i >= line.start && CLOSING_MARKS.includes(text[i] ?? '')) i--;
  const ch = text[i];
  if (ch === undefined || i < line.start) return false;
  if (ch === '.') return !isAbbreviationDot(text, i);
  return '!?…:;'.includes(ch);
}

/** Hard-wrapped text has lines of 50+ characters; shorter lines without punctuation are headers or list lines. */
const WRAP_MIN_LINE = 50;

/**
 * A new paragraph starts at a blank line, at a bullet or numbered line, at a line that opens a
 * quotation, or after a line that ends a sentence or is too short to be hard-wrapped prose.
 */
function startsNewParagraph(text: string, previous: Line, current: Line): boolean {
  const line = text.slice(current.start, Math.min(current.end, current.start + 12));
  if (BULLET_MARKER.test(line)) return true;
  const first = text[current.start] ?? '';
  if ('“«"'.includes(first)) return true;
  if (endsSentence(text, previous)) return true;
  if (isLower(first)) return false;
  return previous.end - previous.start < WRAP_MIN_LINE;
}

function buildParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { start: number; end: number } | null = null;
  let previous: Line | null = null;
  const close = (): void => {
    if (current) paragraphs.push({ index: paragraphs.length, start: current.start, end: current.end });
    current = null;
  };
  for (const raw of splitLines(text)) {
    if (isBlank(text, raw)) {
      close();
      previous = null;
      continue;
    }
    const line = contentOf(text, raw);
    if (current && previous && startsNewParagraph(text, previous, line)) close();
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
    previous = line;
  }
  close();
  return paragraphs;
}

const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'with', 'for', 'on', 'that', 'will', 'their', 'its', 'by', 'are', 'from', 'this', 'have', 'has']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'de', 'à', 'pour', 'une', 'est', 'sur', 'dans', 'qui', 'avec', 'leur', 'ont', 'au', 'aux', 'ces']),
};
/** Each stop word with its language, for one lookup per word (no word is in both lists). */
const STOP_WORD_LANGUAGE: ReadonlyMap<string, Language> = new Map([...[...STOP_WORDS.en].map((word) => [word, 'en'] as const), ...[...STOP_WORDS.fr].map((word) => [word, 'fr'] as const)]);

/**
 * A word of one to five letters, each a–z or « à », as a number: base 32, a–z as 1–26 and « à » as 27 (no digit is 0, so words
 * of different lengths never share one). Every stop word is such a word; -1 for any other.
 */
function stopWordCode(word: string): number {
  if (word.length < 1 || word.length > 5) return -1;
  let packed = 0;
  for (let k = 0; k < word.length; k++) {
    const digit = letterDigit(word.charCodeAt(k));
    if (digit === 0) return -1;
    packed = packed * 32 + digit;
  }
  return packed;
}

const letterDigit = (code: number): number => (code >= 0x61 && code <= 0x7a ? code - 0x60 : code === 0xe0 ? 27 : 0);

/** STOP_WORD_LANGUAGE by stopWordCode: a run of letters is looked up without slicing it into a new string. */
const STOP_WORD_LANGUAGE_BY_CODE: ReadonlyMap<number, Language> = new Map(
  [...STOP_WORD_LANGUAGE].map(([word, language]) => {
    const code = stopWordCode(word);
    // A stop word outside a–z and « à » would go uncounted by detectLanguage's reading: say so at once.
    if (code < 0) throw new Error(`detectLanguage: the stop word ${word} is not one to five letters a–z or à`);
    return [code, language] as const;
  }),
);

/** en or fr by counting frequent function words; English when in doubt. */
export function detectLanguage(text: string): Language {
  let en = 0;
  let fr = 0;
  const sample = (text.length > 50_000 ? text.slice(0, 50_000) : text).toLowerCase(); // a few pages settle it
  // The words are the runs of letters (\p{L}), read by hand: a regex match per word was most of the time on a short text.
  // Each run is packed into its stopWordCode while read (a run with a letter outside a–z and « à », or longer than five, is none;
  // every stop word is one, each with its own code), so it is looked up by that number: the same words counted as by looking
  // up the run's text in STOP_WORD_LANGUAGE, without a string per word.
  let start = -1;
  let packed = 0;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? (sample.codePointAt(i) as number) : 0x20;
    const letter = code < 0x80 ? (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) : isLetter(code);
    if (letter) {
      if (start < 0) {
        start = i;
        packed = 0;
      }
      if (packed >= 0) {
        const digit = letterDigit(code);
        packed = digit === 0 || i - start >= 5 ? -1 : packed * 32 + digit;
      }
      if (code > 0xffff) i++; // the low surrogate of an astral letter
    } else if (start >= 0) {
      if (packed >= 0) {
        const language = STOP_WORD_LANGUAGE_BY_CODE.get(packed);
        if (language === 'en') en++;
        else if (language === 'fr') fr++;
      }
      start = -1;
    }
  }
  return fr > en ? 'fr' : 'en';
}

const LETTER = /^\p{L}$/u;
const letterCache = new Map<number, boolean>();
function isLetter(code: number): boolean {
  let letter = letterCache.get(code);
  if (letter === undefined) {
    letter = LETTER.test(String.fromCodePoint(code));
    if (letterCache.size < 4096) letterCache.set(code, letter);
  }
  return letter;
}

/** CRLF → LF and BOM removal; nothing else, so offsets stay meaningful. */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n/g, '\n');
}

const MAX_TITLE_LENGTH = 300;

function detectTitle(text: string, paragraphs: readonly Paragraph[]): string | null {
  const firstNewline = text.indexOf('\n');
  if (firstNewline === -1) return null;
  const lineOne = text.slice(0, firstNewline).trim();
  const secondNewline = text.indexOf('\n', firstNewline + 1);
  const lineTwo = text.slice(firstNewline + 1, secondNewline === -1 ? text.length : secondNewline);
  if (lineOne === '' || lineTwo.trim() !== '' || lineOne.length > MAX_TITLE_LENGTH) return null;
  // A long first line ending in a full stop is the lead paragraph (often with its dateline), not a headline.
  if (/\.$/.test(lineOne) && lineOne.split(/\s+/).length > 15) return null;
  const hasBody = paragraphs.some((p) => p.start > firstNewline);
  return hasBody ? lineOne : null;
}

/** Plain text → Statement. Pure: the same text always gives the same spans. */
export function importText(input: string): Statement {
  const text = normaliseText(input);
  const paragraphs = buildParagraphs(text);
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const marker = BULLET_MARKER.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 12)));
    const bodyStart = marker && marker[0].length < paragraph.end - paragraph.start ? paragraph.start + marker[0].length : paragraph.start;
    for (const span of splitSentences(text, bodyStart, paragraph.end)) {
      sentences.push({ start: span.start, end: span.end, paragraphIndex: paragraph.index });
    }
  }
  return { text, title: detectTitle(text, paragraphs), language: detectLanguage(text), paragraphs, sentences, boilerplate: findBoilerplateSections(text, paragraphs) };
}

/** A control character that never appears in a text statement (tab, LF, CR and form feed do). */
function isStrayControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
}

function looksBinary(decoded: string): boolean {
  if (decoded.includes('\u0000')) return true;
  const sample = decoded.length > 100_000 ? decoded.slice(0, 100_000) : decoded;
  let control = 0;
  for (let i = 0; i < sample.length; i++) if (isStrayControl(sample.charCodeAt(i))) control++;
  return control > 0 && control / sample.length > 0.01;
}

/** UTF-16 without a BOM shows up as NUL in every other byte; report which half holds them. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** cp1252 characters at 0x80–0x9F (undefined slots stay as they are). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * windows-1252. Some runtimes (Node up to v22) decode the 'windows-1252' label as ISO-8859-1, which
 * turns curly quotes and dashes into C1 controls; remapping 0x80–0x9F gives the same result everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

export interface DecodedText {
  readonly text: string;
  /** Characters that were not valid UTF-8 and became U+FFFD (0 for every other outcome). */
  readonly replaced: number;
}

/** Non-ASCII characters decoded from valid UTF-8 sequences, and U+FFFD replacements, in a lenient decode. */
function countUtf8Sequences(lenient: string): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (const ch of lenient) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd) invalid++;
    else if (code > 0x7f) valid++;
  }
  return { valid, invalid };
}

/**
 * Bytes that are not all valid UTF-8: UTF-8 with U+FFFD for the bad bytes when the file is
 * overwhelmingly UTF-8 (one stray byte in a file of em dashes and accented names must not turn every
 * one of them into "â€”"), else windows-1252. Only non-ASCII characters tell the encodings apart
 * (ASCII is the same in both): a windows-1252 file's accented letters are almost never valid UTF-8
 * sequences, so its valid count is near zero, while a damaged UTF-8 file has many valid sequences per
 * bad byte. A plain-ASCII file with one 0x92 stays windows-1252 (a curly apostrophe, correctly).
 */
function decodeNotQuiteUtf8(bytes: Uint8Array): DecodedText {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const { valid, invalid } = countUtf8Sequences(lenient);
  if (valid >= UTF8_VALID_PER_INVALID * invalid) return { text: lenient, replaced: invalid };
  return { text: decodeWindows1252(bytes), replaced: 0 };
}

/** Bytes → string: UTF-8 (BOM or not), UTF-16 LE/BE, and windows-1252 when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array, fileName?: string): string {
  return decodeTextReporting(bytes, fileName).text;
}

/** The warning for a decode that replaced characters, or none. */
export function decodingWarnings(decoded: DecodedText, fileName?: string): string[] {
  return decodingNotices(decoded, fileName).map(englishText);
}

/** decodingWarnings as messages, for the reader's language. */
export function decodingNotices(decoded: DecodedText, fileName?: string): UserMessage[] {
  if (decoded.replaced === 0) return [];
  return [userMessage('import.notUtf8', { name: nameOrTheFile(fileName), count: decoded.replaced })];
}

/** decodeText, saying how many characters were replaced (decodingWarnings turns that into a message). */
export function decodeTextReporting(bytes: Uint8Array, fileName?: string): DecodedText {
  const name = nameOrTheFile(fileName);
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(userMessage('import.tooLarge', { name, size: sizeOverLimitMessage(bytes.length, MAX_IMPORT_BYTES) }));
  let decoded: string;
  let replaced = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) decoded = new TextDecoder(utf16).decode(bytes);
    else {
      try {
        decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        ({ text: decoded, replaced } = decodeNotQuiteUtf8(bytes));
      }
    }
  }
  if (decoded.trim() === '') throw new ImportError(userMessage('import.empty', { name }));
  if (looksBinary(decoded)) throw new ImportError(userMessage('import.binary', { name }));
  return { text: decoded, replaced };
}

/** Bytes of a .txt/.md file → Statement, with a warning when characters had to be replaced. Throws ImportError. */
export function importTextBytes(bytes: Uint8Array, fileName?: string): { statement: Statement; warnings: string[]; notices: UserMessage[] } {
  const decoded = decodeTextReporting(bytes, fileName);
  return { statement: importText(decoded.text), warnings: decodingWarnings(decoded, fileName), notices: decodingNotices(decoded, fileName) };
}
