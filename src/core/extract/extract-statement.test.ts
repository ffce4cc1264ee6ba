import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { structuredStatementSchema } from '../model/structured-statement';
import { extractStatement } from './extract-statement';

const repoRoot = path.resolve(__dirname, '../../..');
const reference = readFileSync(path.join(repoRoot, 'resources/samples/canada-rok-fdmm-2024.txt'), 'utf8');

/** Scoring normalisation from the corpus README: case, accents, whitespace and curly quotes ignored. */
const norm = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

describe('extractStatement on the reference release (canada-rok-fdmm-2024)', () => {
  const statement = importText(reference);
  const extracted = extractStatement(statement);

  it('is a valid StructuredStatement', () => {
    expect(() => structuredStatementSchema.parse(extracted)).not.toThrow();
    expect(extracted.language).toBe('en');
  });

  it('finds the meeting', () => {
    expect(extracted.meeting).toEqual({ title: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting', date: null, location: 'Ottawa', kind: 'news-release' });
  });

  it('finds exactly the four participants', () => {
    expect(extracted.participants.map(({ name, title, country }) => ({ name, title, country }))).toEqual([
      { name: 'Mélanie Joly', title: 'Minister of Foreign Affairs', country: 'Canada' },
      { name: 'Bill Blair', title: 'Minister of National Defence', country: 'Canada' },
      { name: 'Cho Tae-yul', title: 'Minister of Foreign Affairs', country: 'Republic of Korea' },
      { name: 'Kim Yong-hyun', title: 'Minister of National Defence', country: 'Republic of Korea' },
    ]);
  });

  it('finds exactly the two closing quotes, the second without a closing mark', () => {
    expect(extracted.quotes.map((q) => q.speaker)).toEqual(['Mélanie Joly', 'Bill Blair']);
    expect(extracted.quotes[0]?.text.startsWith('Canada and South Korea share a common vision')).toBe(true);
    expect(extracted.quotes[1]?.text.startsWith('Canada and South Korea share a deep bond')).toBe(true);
    expect(extracted.quotes[0]?.text.endsWith('Indo-Pacific and beyond.')).toBe(true);
    expect(extracted.quotes[1]?.text.endsWith('open and secure Indo-Pacific.')).toBe(true);
    for (const quote of extracted.quotes) expect(quote.text).not.toMatch(/[“”]|–/);
  });

  it('finds exactly the three condemnations', () => {
    const expected = [
      'condemn in the strongest possible terms the growing military cooperation between Russia and North Korea',
      'gravely concerned that large numbers of North Korean soldiers have been deployed to Russia',
      'call on North Korea and Russia to withdraw North Korean troops from Russia',
    ];
    expect(extracted.condemnations).toHaveLength(3);
    expected.forEach((contains, i) => expect(extracted.condemnations[i]?.text).toContain(contains));
    expect(extracted.condemnations[2]?.targets).toEqual(['North Korea', 'Russia']);
  });

  it('finds exactly the four initiatives, the joint statement being also a condemnation', () => {
    const expected = [
      'launch the Canada-Korea Comprehensive Strategic Partnership Action Plan',
      'have issued a joint statement to deepen cooperation on shared regional and global issues',
      'agreed to launch the Canada-Korea Indo-Pacific Dialogue',
      'agreed to hold these ministerial dialogues on an ongoing basis',
    ];
    expect(extracted.initiatives).toHaveLength(4);
    expected.forEach((contains, i) => expect(extracted.initiatives[i]?.text).toContain(contains));
    expect(extracted.initiatives[1]?.source).toEqual(extracted.condemnations[0]?.source);
  });

  it('points every item back to the text it came from', () => {
    const { text } = statement;
    const slice = (s: { start: number; end: number }): string => norm(text.slice(s.start, s.end));
    for (const p of extracted.participants) expect(slice(p.source)).toContain(norm(p.name));
    for (const q of extracted.quotes) expect(slice(q.source)).toContain(norm(q.text.slice(0, 40)));
    for (const c of extracted.condemnations) expect(slice(c.source)).toContain(norm(c.text.slice(0, 40)));
    for (const i of extracted.initiatives) expect(slice(i.source)).toContain(norm(i.text.slice(0, 40)));
  });
});

describe('extractStatement on other shapes of the genre', () => {
  it('reads a title line, a dateline and French closing quotes', () => {
    const text = [
      'Le Canada annonce un soutien au Sahel',
      '',
      'Le 3 mars 2025 – Genève (Suisse) – Affaires mondiales Canada',
      '',
      'L’honorable Jeanne Tremblay-Roy, ministre du Développement international, a rencontré aujourd’hui à Genève le commissaire aux réfugiés, Omar Diallo.',
      '',
      'La ministre Tremblay-Roy a annoncé un financement de 5 millions de dollars sur deux ans.',
      '',
      'Les ministres condamnent les attaques contre les camps de réfugiés.',
      '',
      '« Nous devons protéger les civils partout où ils se trouvent. » – L’honorable Jeanne Tremblay-Roy, ministre du Développement international',
    ].join('\n');
    const extracted = extractStatement(importText(text));
    expect(extracted.language).toBe('fr');
    expect(extracted.meeting).toEqual({ title: 'Le Canada annonce un soutien au Sahel', date: '2025-03-03', location: 'Geneva', kind: 'news-release' });
    expect(extracted.participants.map((p) => p.name)).toEqual(['Jeanne Tremblay-Roy', 'Omar Diallo']);
    expect(extracted.quotes).toEqual([expect.objectContaining({ speaker: 'Jeanne Tremblay-Roy', text: 'Nous devons protéger les civils partout où ils se trouvent.' })]);
    expect(extracted.condemnations).toHaveLength(1);
    expect(extracted.initiatives).toHaveLength(1);
  });

  it('does not take a quoted slogan, a lawyer or a historical figure for a quote or a participant', () => {
    const text = [
      'Readout of the Secretary’s meeting',
      '',
      'Secretary of State Jane Whitlow met with Foreign Minister Arno Tamm of Estonia today in Washington. The Secretary stated that Estonia is a partner in a "Free and Open Indo-Pacific." Her lawyer, John Smith, was present. Lester B. Pearson was recalled.',
    ].join('\n');
    const extracted = extractStatement(importText(text));
    expect(extracted.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Jane Whitlow', 'Secretary of State', 'United States'],
      ['Arno Tamm', 'Foreign Minister', 'Estonia'],
    ]);
    expect(extracted.quotes).toEqual([]);
    expect(extracted.meeting.location).toBe('Washington');
  });

  it('places a meeting held by video nowhere, whatever the dateline says', () => {
    // ca-pm-fr-carney-premiers-ministres-provinces-2025-05: the dateline is where the release was issued.
    const virtual = (body: string) => extractStatement(importText(`Compte rendu\n\n${body}\n`)).meeting;
    expect(virtual('OTTAWA, ON, le 7 mai 2025 /CNW/ - Aujourd’hui, le premier ministre Mark Carney a rencontré virtuellement les premiers ministres des provinces.')).toMatchObject({ date: '2025-05-07', location: null });
    expect(virtual('OTTAWA, May 10, 2025 - Today, Prime Minister Mark Carney took part in a virtual meeting of the Coalition of the Willing.')).toMatchObject({ date: '2025-05-10', location: null });
    expect(virtual('OTTAWA, ON, le 7 mai 2025 /CNW/ - Aujourd’hui, le premier ministre Mark Carney a rencontré les premiers ministres des provinces.')).toMatchObject({ location: 'Ottawa' });
  });

  it('reads header blocks, MEA honorifics and a speaker named by title only', () => {
    const header = extractStatement(
      importText('Joint media release\n\nSenator the Hon Penny Lee\nMinister for Foreign Affairs\n\nThe Hon Richard Moss MP\nDeputy Prime Minister\n\nAustralia and Japan today signed a treaty in Tokyo. Foreign Minister Lee met her Japanese counterpart, Foreign Minister Sato Kenta.\n\nThe Minister said, “This treaty shows how far our partnership has come.”'),
    );
    expect(header.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Penny Lee', 'Minister for Foreign Affairs', 'Australia'],
      ['Richard Moss', 'Deputy Prime Minister', 'Australia'],
      ['Sato Kenta', 'Foreign Minister', 'Japan'],
    ]);
    expect(header.quotes).toEqual([]); // "The Minister" is ambiguous here: two participants are ministers
    const mea = extractStatement(
      importText('Joint Statement\n\n1. At the invitation of Prime Minister of India Shri Ravi Kumar, Prime Minister of Malaysia Dato’ Seri Aziz Rahman paid a State Visit to India from 19-21 August 2024.'),
    );
    expect(mea.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Ravi Kumar', 'Prime Minister of India', 'India'],
      ['Aziz Rahman', 'Prime Minister of Malaysia', 'Malaysia'],
    ]);
    expect(mea.meeting.date).toBe('2024-08-19');
  });

  it('never throws on odd input, and reads 1 MB of one unterminated sentence as one sentence', () => {
    for (const text of ['', ' ', '...', '“', '« »', '"""', '\n\n\n', '– – –', 'Mr.', 'H.E.', '1.', '•', '“unbalanced', 'x”y“z', 'condemn', 'agreed to:']) {
      expect(() => extractStatement(importText(text))).not.toThrow();
    }
    // No full stop but "Mr.": one sentence of a million characters, so one condemnation and one
    // initiative, not one per repetition; the quotes have no speaker. How long it takes is a budget
    // line of `npm run bench` ("extract 1 MB of odd input"), not a wall-clock check here (issue 18).
    const huge = 'The ministers agreed to meet and condemn Mr. Smith “quoted words here” '.repeat(15_000);
    expect(huge.length).toBe(1_065_000);
    const extracted = extractStatement(importText(huge));
    expect(extracted.language).toBe('en');
    expect(extracted.meeting).toEqual({ title: null, date: null, location: null, kind: 'statement' });
    expect([extracted.participants.length, extracted.quotes.length, extracted.condemnations.length, extracted.initiatives.length]).toEqual([0, 0, 1, 1]);
  });
});
