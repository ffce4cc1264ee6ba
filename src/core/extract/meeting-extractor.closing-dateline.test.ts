/**
 * The dateline a statement prints at its foot ("RAMALLAH" ⏎ "14 December 2010", "Geneva, Switzerland" ⏎ …), the place read out
 * of a dateline's segments, the title a lead names, and a trailing country dropped from a place: each case here holds a branch of
 * meeting-extractor.ts that StrykerJS found untested (issue 18), with the input that tells the branch from its mutants.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractMeeting } from './meeting-extractor';

const meeting = (text: string) => {
  const found = extractMeeting(importText(text));
  return { title: found.title, date: found.date, location: found.location };
};
const LEAD = 'Joint statement of the foreign ministers\n\nThe two foreign ministers met today and discussed cooperation between their countries.\n\nThey agreed to stay in close touch on regional developments.\n\n';
const closing = (...lines: string[]) => meeting(LEAD + lines.join('\n\n') + '\n').location;

describe('a dateline at the foot of a short statement', () => {
  it('takes the place line below the date and, written as a dateline writes it, above', () => {
    expect(closing('14 December 2010', 'RAMALLAH')).toBe('Ramallah');
    expect(meeting(LEAD + 'RAMALLAH\n\n14 December 2010\n')).toEqual({ title: 'Joint statement of the foreign ministers', date: '2010-12-14', location: 'Ramallah' });
    expect(closing('DILI TOWN', '14 December 2010')).toBe('Dili Town');
    expect(closing('Geneva, Switzerland', '14 December 2010')).toBe('Geneva');
    expect(closing('Geneva,Switzerland', '14 December 2010')).toBe('Geneva');
    expect(closing('Genève (Suisse)', '14 December 2010')).toBe('Genève');
  });
  it('takes no line above the date that is not written as a dateline: a signature, a place in lower case, two capitals, a country it cannot read', () => {
    expect(closing('Anna Berg', '14 December 2010')).toBeNull();
    expect(closing('Dili', '14 December 2010')).toBeNull();
    expect(closing('EU', '14 December 2010')).toBeNull();
    expect(closing('ABC Town', '14 December 2010')).toBeNull();
    expect(closing('Geneva, Atlantis', '14 December 2010')).toBeNull();
    expect(closing('Genève (Atlantide)', '14 December 2010')).toBeNull();
  });
  it('takes a place line of up to forty characters, and not an office, a web address or another date', () => {
    expect(closing('14 December 2010', 'Geneva, Swiss Confederation of the Canto')).toBe('Geneva');
    expect(closing('14 December 2010', 'Geneva, Swiss Confederation of the Cantos')).toBeNull();
    expect(closing('14 December 2010', 'Foreign Ministry')).toBeNull();
    expect(closing('14 December 2010', 'www.example.org')).toBeNull();
    expect(closing('14 December 2010', '15 December 2010')).toBeNull();
  });
  it('does not read a long closing line or one of many words as a dateline, though it holds a date', () => {
    expect(meeting(LEAD + 'Signed By The Ministers Of Foreign Affairs In Geneva On 14 December 2010\n').date).toBeNull();
    expect(meeting(LEAD + 'Ottawa On Behalf Of The Two Ministers 12 March 2025\n').date).toBeNull();
    expect(meeting(LEAD + 'Ottawa, 12 March 2025\n')).toMatchObject({ date: '2025-03-12', location: 'Ottawa' });
  });
});

describe('the place in a dateline’s segments', () => {
  const top = (dateline: string) => meeting(`Title\n\n${dateline}\n\nThe two foreign ministers met today and discussed cooperation between their countries.\n`);
  it('splits at a dash with spaces, doubled or not, and at one or two hyphens', () => {
    expect(top('OTTAWA  –  March 3, 2025').location).toBe('Ottawa');
    expect(top('Ottawa –– March 3, 2025').location).toBe('Ottawa');
    expect(top('Ottawa - March 3, 2025').location).toBe('Ottawa');
    expect(top('Ottawa  --  March 3, 2025').location).toBe('Ottawa');
  });
  it('reads a weekday before the date as no place, and a city whose name starts like one as a place', () => {
    expect(top('SAT 07 MAY 2011')).toMatchObject({ date: '2011-05-07', location: null });
    expect(top('lundi 7 mai 2011')).toMatchObject({ date: '2011-05-07', location: null });
    expect(top('Satellite Town, 7 May 2011').location).toBe('Satellite Town');
    expect(top('Sunningdale, 7 May 2011').location).toBe('Sunningdale');
    expect(top('Dimona, 7 May 2011').location).toBe('Dimona');
    expect(meeting('Titre\n\nMarseille, 7 mai 2011\n\nLes deux ministres se sont rencontrés aujourd’hui et ont discuté de la coopération.\n').location).toBe('Marseille');
  });
  it('reads no place from a segment that opens on its date', () => {
    expect(top('2011-05-07 Geneva')).toMatchObject({ date: '2011-05-07', location: null });
  });
});

describe('the title a lead names, and a place without its country', () => {
  it('takes the meeting a lead names as the title of an untitled text, trimmed', () => {
    expect(meeting('The two foreign ministers met today in Paris for the  Fourth Ministerial Meeting of the Forum and discussed cooperation.\n').title).toBe('Fourth Ministerial Meeting of the Forum');
  });
  it('keeps a city whose last word is no country ("Mexico City") and drops a country written after the city', () => {
    expect(meeting('Readout\n\nThe two foreign ministers met in Mexico City on 3 May 2024 and discussed cooperation.\n').location).toBe('Mexico City');
    expect(meeting('Readout\n\nOn June 15, 2023 in Tokyo Japan, the two foreign ministers met and discussed cooperation.\n').location).toBe('Tokyo');
  });
});
