/**
 * French contractions and elision where a preposition meets an article: de + les → des, de + le →
 * du, à + les → aux, à + le → au, de + l'Iran stays, de + Israël → d'Israël. Drafting joins a
 * preposition to a noun phrase through these, so « les agissements de les attaques » cannot be
 * produced; contractFrench repairs text that already has the uncontracted forms.
 */
import { caselessPattern } from '../extract/caseless-pattern';

/** A y before a vowel is a consonant (le Yémen, la Yougoslavie); before a consonant, a vowel (d'Ypres). */
const VOWEL_START = /^(?:[aeiouàâäéèêëîïôöùûüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]|[yY](?![aeiouàâäéèêëîïôöùûüAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜ]))/;
/** Words starting with a mute h take elision (l'homme); the aspirated h (le Honduras, la Hongrie) does not. */
const MUTE_H = /^(?:h[ôo]pital|homme|histoire|humanit|heure|h[ée]ritage|h[ée]sitation|h[ôo]te|haïti|Haïti)/i;

export function startsWithVowelSound(word: string): boolean {
  return VOWEL_START.test(word) || MUTE_H.test(word);
}

/** « de » joined to a noun phrase that carries its own article: « des attaques », « du Canada », « d’Israël ». */
export function ofPhrase(phrase: string): string {
  const text = phrase.trim();
  const article = /^(les|le)\s+(.*)$/i.exec(text);
  if (article) return `${article[1]!.toLowerCase() === 'les' ? 'des' : 'du'} ${article[2]}`;
  if (/^(la\s|l['’])/i.test(text)) return `de ${text}`;
  if (/^(des|du|un|une|ce|cet|cette|ces)\s/i.test(text)) return `de ${text}`.replace(/^de des\s/i, 'de ').replace(/^de du\s/i, 'du ');
  return startsWithVowelSound(text) ? `d’${text}` : `de ${text}`;
}

/** « à » joined to a noun phrase: « aux États-Unis », « au Canada », « à la France », « à l’Iran ». */
export function toPhrase(phrase: string): string {
  const text = phrase.trim();
  const article = /^(les|le)\s+(.*)$/i.exec(text);
  if (article) return `${article[1]!.toLowerCase() === 'les' ? 'aux' : 'au'} ${article[2]}`;
  return `à ${text}`;
}

/**
 * Contracts « de les », « à les », « de le », « à le » where they stand for the articles. Not for text
 * where « le » or « les » is a pronoun (« afin de le faire »): drafting uses ofPhrase/toPhrase instead.
 */
/** « à le » before a consonant, case-insensitive: compiled without the u flag (caseless-pattern.ts). */
const A_LE = caselessPattern(String.raw`(^|[^\p{L}])([àÀ]) le\s(?=[^aeiouyàâéèêîôûh])`, 'giu');

export function contractFrench(text: string): string {
  return text
    .replace(/\b([dD])e les\s/g, (_m, d: string) => `${d}es `)
    .replace(/(^|[^\p{L}])([àÀ]) les\s/gu, (_m, before: string, a: string) => `${before}${a === 'À' ? 'A' : 'a'}ux `)
    .replace(/\b([dD])e le\s(?=[^aeiouyàâéèêîôûh])/giu, (_m, d: string) => `${d}u `)
    .replace(A_LE, (_m, before: string, a: string) => `${before}${a === 'À' ? 'A' : 'a'}u `);
}
