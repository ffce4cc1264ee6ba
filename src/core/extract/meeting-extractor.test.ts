/**
 * Meeting facts (date, place) on the classes of text that real statements showed wrong on the tune
 * split (issue 12, corpus/real): each test holds a shortened form of the sentence that motivated a
 * rule and asserts the exact value, so a broken rule fails by name.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractMeeting } from './meeting-extractor';

const meeting = (text: string) => {
  const { date, location } = extractMeeting(importText(text));
  return [date, location];
};
const place = (text: string) => extractMeeting(importText(text)).location;

describe('a city whose name has an article', () => {
  it('keeps « La Haye » whole in a dateline, in capitals or not, and writes it in English (The Hague)', () => {
    expect(place("Compte rendu - Le premier ministre Carney rencontre le président de la Lettonie\n\nLA HAYE, Pays-Bas, le 24 juin 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney a rencontré le président de la Lettonie, Edgars Rinkēvičs.\n")).toBe('The Hague');
    expect(place('Le Premier ministre Stephen Harper rencontre John Key\n\nLa Haye (Pays-Bas) - 25 mars 2014\n\nLe Premier ministre Stephen Harper a tenu une rencontre bilatérale aujourd’hui avec le Premier ministre de la Nouvelle-Zélande, John Key.\n')).toBe('The Hague');
  });
});
