/**
 * Dates written out in the note's language: "November 1, 2024" (Canadian English) or « 1er novembre
 * 2024 » (French, with the ordinal for the first of the month).
 */
import type { Language } from '../model/statement';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "2024-11-01" → "November 1, 2024" (en) or "1er novembre 2024" (fr). Invalid input is returned as is. */
export function formatLongDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthIndex = Number(month) - 1;
  const dayNumber = Number(day);
  if (monthIndex < 0 || monthIndex > 11) return isoDate;
  if (language === 'fr') return `${dayNumber === 1 ? '1er' : dayNumber} ${FR_MONTHS[monthIndex]} ${year}`;
  return `${EN_MONTHS[monthIndex]} ${dayNumber}, ${year}`;
}
