/**
 * Lists and counts in the note's language: "A, B and C" / « A, B et C » (no serial comma, as the
 * Canada.ca style guides write), and numbers under ten in words ("three initiatives", « trois
 * initiatives »), as both the Canadian Style and Le guide du rédacteur ask for in running text.
 */
import type { Language } from '../model/statement';

export function joinList(items: readonly string[], language: Language): string {
  const words = items.map((item) => item.trim()).filter((item) => item.length > 0);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${words[words.length - 1]}`;
}

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FR_NUMBERS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];

/** 3 → "three" / « trois »; 1 → « une » before a feminine noun; ten and over stay in digits. */
export function numberInWords(count: number, language: Language, feminine = false): string {
  if (!Number.isInteger(count) || count < 0 || count >= 10) return String(count);
  if (language === 'fr') return count === 1 && feminine ? 'une' : FR_NUMBERS[count]!;
  return EN_NUMBERS[count]!;
}

/** French nouns the built-in templates count, with their gender (« une initiative », « un engagement »). */
const FEMININE_NOUNS = new Set(['initiative', 'mesure', 'préoccupation', 'question', 'décision', 'déclaration', 'rencontre', 'personne']);

/**
 * "three initiatives", « une initiative », "one commitment": the count in words and the noun in the
 * number it takes. The plural is the singular + s unless given (French: 1 is singular, as is 0).
 */
export function countOf(count: number, singular: string, language: Language, plural = `${singular}s`): string {
  const one = language === 'fr' ? count <= 1 : count === 1;
  const feminine = language === 'fr' && FEMININE_NOUNS.has(singular.toLowerCase());
  return `${numberInWords(count, language, feminine)} ${one ? singular : plural}`;
}
