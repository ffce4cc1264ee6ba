/**
 * Dates in statements, for the meeting extractor: "12 March 2025", "March 12, 2025", « le 1er mai »,
 * "10/14/2021", "2025-03-12", abbreviated months as wires write them, weekdays, and the calendar
 * arithmetic that relative words need ("yesterday", « mardi »). A date a sentence marks as past
 * (« le 3 septembre dernier ») is not a meeting's date. Pure; dates are ISO strings computed in UTC.
 */
import { caselessPattern } from './caseless-pattern';
import { wordPattern } from './condemnation-extractor';
import { foldForComparison, type SentenceView } from './sentence-helpers';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // French abbreviations, as news wires write them (« le 29 juill. 2025 », « le 26 déc. 2025 »).
  janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, juill: 7, déc: 12,
};
export const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
// A weekday may name each day of the range: « les mardi 12 et mercredi 13 février 2013 », « du mardi 11 au jeudi 13 avril 2017 » (NATO).
const RANGE = String.raw`(?:\s*(?:–|-|and|to|et|au)\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?\d{1,2}(?:st|nd|rd|th|er)?)?`;
// Not a number that ends a reference ("Release No. NR-007-18 January 08, 2018" is January 8).
// English ordinals too: "3rd March 2025", "the 21st of June 2025", "July 11th, 2025".
// Also with slashes: "[29/ March/2017]" (Saba, 2017, round 55).
const DAY_MONTH = caselessPattern(String.raw`(?<![\p{L}\d-])(\d{1,2})(?:er|st|nd|rd|th)?${RANGE}(?:\s+(?:of\s+)?|\s*\/\s*)(${MONTH})\.?(?:(?:,?\s+|\s*\/\s*)(\d{4}))?(?![\p{L}])`, 'iu');
// Also with no space after the comma: "By JT - Jan 17,2023 - Last updated at Jan 17,2023" (The Jordan Times, round 128).
const MONTH_DAY = caselessPattern(String.raw`(?<![\p{L}])(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])${RANGE}(?:(?:,?\s+|,)(\d{4}))?(?![\p{L}\d])`, 'iu');
// Also year first with slashes, as Japan's MOFA dates its pages: "2025/9/19" (French translation by the Embassy in France, round 79).
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<![\d/])((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?![\d/])/;
// Not followed by more of a number ("10/14/2021.5"); a sentence's full stop after the year is fine ("… on 10/14/2021.").
// Also with hyphens: "15-10-2010 Communiqué de presse 10/186" (ICRC, 2010, round 45).
const NUMERIC_DATE = /(?<![\d./])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d|[./-]\d)/;
// France Diplomatie's title dates, a two-digit year in brackets: « Déclaration conjointe de … (13.05.19) ».
const BRACKETED_SHORT_DATE = /\((\d{1,2})\.(\d{1,2})\.(\d{2})\)/;
export const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i;

export interface FoundDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly index: number;
}

/** Built once: the same shared RegExp caselessPattern gives on every call. */
const FRENCH_HINT = caselessPattern(String.raw`[àâçéèêëîïôûùüÿœ]|\b(?:le|la|les|des|du)\b`, 'iu');
/** Every pattern findDate reads needs an ASCII digit (their `\d` is [0-9], with or without `u`): a text without one has no date. */
const ANY_DIGIT = /[0-9]/;

/**
 * The first date in `text` (day + month, year optional). `french`: the text is in French, so "08/05/2014" alone on a date
 * line is 8 May (Agence Ivoirienne de Presse, 2014, round 119), though the line itself has no French word to show it.
 */
export function findDate(text: string, french = false): FoundDate | null {
  if (!ANY_DIGIT.test(text)) return null;
  const candidates: FoundDate[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const [year, month, day] = iso[1] !== undefined ? [iso[1], iso[2], iso[3]] : [iso[4], iso[5], iso[6]];
    if (Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31) candidates.push({ year: Number(year), month: Number(month), day: Number(day), index: iso.index });
  }
  const dm = DAY_MONTH.exec(text);
  if (dm) candidates.push({ day: Number(dm[1]), month: MONTHS[(dm[2] ?? '').toLowerCase()] ?? 0, year: dm[3] ? Number(dm[3]) : null, index: dm.index });
  const md = MONTH_DAY.exec(text);
  if (md) candidates.push({ month: MONTHS[(md[1] ?? '').toLowerCase()] ?? 0, day: Number(md[2]), year: md[3] ? Number(md[3]) : null, index: md.index });
  // "10/14/2021" (a State Department date line) is month first; "14/10/2021", "07.01.2015" and "06-11-2018" are day first.
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    // Also with hyphens: "06-11-2018, Djibouti (Djibouti): The Executive Secretary … this morning received …" (IGAD, 2018, round 100).
    const dayFirst = numeric[2] === '.' || numeric[2] === '-' || a > 12 || (numeric[2] === '/' && b <= 12 && (french || FRENCH_HINT.test(text.slice(0, 400))));
    candidates.push({ day: dayFirst ? a : b, month: dayFirst ? b : a, year: Number(numeric[4]), index: numeric.index });
  }
  const short = BRACKETED_SHORT_DATE.exec(text);
  if (short) candidates.push({ day: Number(short[1]), month: Number(short[2]), year: 2000 + Number(short[3]), index: short.index });
  const valid = candidates.filter((c) => c.month >= 1 && c.day >= 1 && c.day <= 31).sort((a, b) => a.index - b.index);
  return valid[0] ?? null;
}

/** « le 3 septembre dernier », "last 3 September": an earlier event the text recalls, never the meeting it reports. */
const RECALLED_DATE_AFTER = caselessPattern(String.raw`^\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?\s+(?:derni(?:er|ère)|passé)(?![\p{L}])`, 'iu');
const RECALLED_DATE_BEFORE = caselessPattern(String.raw`(?<![\p{L}])last\s+$`, 'iu');

/** The first date in a sentence that the sentence does not itself mark as past (« le 3 septembre dernier »). */
export function findMeetingDate(text: string): FoundDate | null {
  for (let offset = 0; offset < text.length; ) {
    const found = findDate(text.slice(offset));
    if (!found) return null;
    const index = offset + found.index;
    if (!RECALLED_DATE_AFTER.test(text.slice(index)) && !RECALLED_DATE_BEFORE.test(text.slice(Math.max(0, index - 6), index))) return { ...found, index };
    offset = index + 1;
  }
  return null;
}

/** The ISO date `days` later or earlier (calendar arithmetic in UTC, so no time zone moves it). */
export function shiftDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function formatDate(date: FoundDate, fallbackYear: number | null): string | null {
  const year = date.year ?? fallbackYear;
  if (year === null) return null;
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const WEEKDAY_WORD = wordPattern('monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche');
const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

/**
 * A weekday alone ("rencontrera, mardi à Bruxelles", "met on Tuesday"), counted from the text's date
 * `anchor`: the next one for a meeting ahead, else the last one on or before it.
 */
export function weekdayDate(sentence: string, anchor: string, ahead: boolean): string | null {
  const weekday = WEEKDAY_WORD.exec(sentence);
  if (!weekday) return null;
  const wanted = WEEKDAY_INDEX[foldForComparison(weekday[0])] ?? 0;
  const from = new Date(`${anchor}T00:00:00Z`).getUTCDay();
  return ahead ? shiftDays(anchor, ((wanted - from + 6) % 7) + 1) : shiftDays(anchor, -((from - wanted + 7) % 7));
}

/** A full date anywhere in a sentence ("27 March 2023", "March 27, 2023"); a month and year alone ("the coup in February 2021") is background. */
const MONTH_YEAR = caselessPattern(String.raw`(?<![\p{L}\d])(?:\d{1,2}(?:er)?\s+(?:${MONTH})|(?:${MONTH})\.?\s+\d{1,2},?)\s+((?:19|20)\d\d)(?!\d)`, 'iu');

// Also a bracketed two-digit year, which findDate reads: « Déclaration conjointe … (13.05.19) » (the guard skipped it, so the
// year of a text dated only that way was lost; found by mutation testing, issue 18).
const FOUR_DIGITS = /\d{4}|\.\d{2}\)/;

/** The year of the first dated sentence among the first few (the year a readout's "On March 3" is in). */
export const REMINDER = caselessPattern(String.raw`^(?:pour\s+rappel|il\s+convient\s+de\s+rappeler|rappelons\s+que|for\s+the\s+record|as\s+a\s+reminder|it\s+(?:should|will)\s+be\s+recalled|it\s+is\s+recalled)(?![\p{L}])`, 'iu');

const TOOK_OFFICE = caselessPattern(String.raw`(?<![\p{L}])(?:succeeded|was\s+(?:appointed|elected|sworn\s+in)|took\s+office|assumed\s+(?:office|his\s+duties|her\s+duties)|a\s+succédé|a\s+été\s+(?:nommée?|élue?|investie?)|a\s+pris\s+ses\s+fonctions)(?![\p{L}])`, 'iu');
export function yearOfFirstFullDate(sentences: readonly SentenceView[]): number | null {
  for (const sentence of sentences.slice(0, 60)) {
    // Every year these patterns read is four digits or a bracketed « (13.05.19) »: a sentence without gives none (most do not).
    if (!FOUR_DIGITS.test(sentence.head)) continue;
    // A reminder of earlier meetings gives their years, not the text's: « Pour rappel, Bakou avait accueilli la 6ème rencontre …
    // le 6 septembre 2017 » under « Bakou, 15 mars, AZERTAC » of 2018 (AZERTAC, round 58).
    if (REMINDER.test(sentence.head)) continue;
    // Nor someone's taking office: "Salman Khurshid succeeded S.M. Krishna as the Minister for External Affairs of lndia on October 28,
    // 2012" under a visit "from January 14-15" of 2013 (BBS, round 126).
    if (TOOK_OFFICE.test(sentence.head)) continue;
    // A document's own date is no year of the text: "the formula … in paragraph 2 of the Joint Statement of 19 October 1989
    // applies" in a statement of 2024 (UK and Argentina, round 38).
    const head = sentence.head.replace(DOCUMENT_DATE, (span) => ' '.repeat(span.length));
    const year = findDate(head)?.year;
    if (year) return year;
    // "sanctions on 31 January and 27 March 2023": the first date has no year, the second gives it.
    const monthYear = MONTH_YEAR.exec(head);
    if (monthYear) return Number(monthYear[1]);
  }
  // "… look forward to a Ministerial-level meeting … later in 2022": the text is written in that year.
  for (const sentence of sentences.slice(0, 60)) {
    if (!FOUR_DIGITS.test(sentence.head)) continue;
    const present = PRESENT_YEAR.exec(sentence.head);
    if (present) return Number(present[1] ?? present[2]);
  }
  return null;
}

const DOCUMENT_DATE = caselessPattern(String.raw`(?<![\p{L}])(?:statement|declaration|agreement|accord|treaty|resolution|communiqu[ée]|convention|protocol|protocole|memorandum|mémorandum|déclaration|traité|résolution|accords?)\s+(?:of|du|de|dated|en\s+date\s+du)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+\p{L}+\.?,?\s+\d{4}`, 'iu');

/** A phrase that places the text in a year: "later in 2022", "earlier this year, in 2022", « plus tard en 2022 ». */
const PRESENT_YEAR = caselessPattern(String.raw`(?<![\p{L}])(?:(?:later|earlier)\s+in\s+((?:19|20)\d\d)|plus\s+tard\s+en\s+((?:19|20)\d\d))(?!\d)`, 'iu');
