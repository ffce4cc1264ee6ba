// The facts the templates draft from, exactly (issue 18: mutation testing found them held only through
// whole drafted sentences): people described, parties with their article, the condemned grouped by the
// parties they name in any order, acts named as noun phrases, outcomes and background apart.
import { describe, expect, it } from 'vitest';
import type { StructuredStatement } from '../model/structured-statement';
import { structuredFixture } from '../testing/structured-fixture';
import { describePerson, draftingFacts } from './drafting-facts';

const person = (name: string, title: string, country: string) => ({ name, title, country, source: { start: 0, end: 1 } });

describe('describePerson', () => {
  it('name, then title and country in brackets; the country left out when the title names it', () => {
    expect(describePerson(person('Mélanie Joly', 'Minister of Foreign Affairs', 'Canada'), 'en')).toBe('Mélanie Joly (Minister of Foreign Affairs, Canada)');
    expect(describePerson(person('Mark Carney', 'Prime Minister of Canada', 'Canada'), 'en')).toBe('Mark Carney (Prime Minister of Canada)');
    expect(describePerson(person('Cho Tae-yul', 'ministre des Affaires étrangères', 'Republic of Korea'), 'fr')).toBe('Cho Tae-yul (ministre des Affaires étrangères, République de Corée)');
    // The title names the country in English while the note is French: still named once.
    expect(describePerson(person('Cho Tae-yul', 'Minister, Republic of Korea', 'Republic of Korea'), 'fr')).toBe('Cho Tae-yul (Minister, Republic of Korea)');
  });

  it('a blank title or no country leaves only what there is', () => {
    expect(describePerson(person('A. Person', '  ', 'Canada'), 'en')).toBe('A. Person (Canada)');
    expect(describePerson(person('A. Person', ' Envoy ', ''), 'en')).toBe('A. Person (Envoy)');
    expect(describePerson(person('A. Person', '', ''), 'en')).toBe('A. Person');
  });
});

describe('draftingFacts', () => {
  it('the Canada-ROK meeting, fact by fact', () => {
    expect(draftingFacts(structuredFixture, 'en')).toEqual({
      event: { kind: 'meeting', date: '2024-11-01', place: 'Ottawa', place_in: 'in Ottawa', shared: true },
      people: [
        { name: 'Mélanie Joly', title: 'Minister of Foreign Affairs', country: 'Canada', described: 'Mélanie Joly (Minister of Foreign Affairs, Canada)' },
        { name: 'Bill Blair', title: 'Minister of National Defence', country: 'Canada', described: 'Bill Blair (Minister of National Defence, Canada)' },
        { name: 'Cho Tae-yul', title: 'Minister of Foreign Affairs', country: 'Republic of Korea', described: 'Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea)' },
      ],
      people_described: ['Mélanie Joly (Minister of Foreign Affairs, Canada)', 'Bill Blair (Minister of National Defence, Canada)', 'Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea)'],
      people_names: ['Mélanie Joly', 'Bill Blair', 'Cho Tae-yul'],
      parties: ['Canada', 'the Republic of Korea'],
      canada_is_party: true,
      condemned: { parties: ['North Korea', 'Russia'], acts: [] },
      outcomes: [{ text: 'Canada and the Republic of Korea agreed to launch the Canada-Korea Indo-Pacific Dialogue.' }],
      background: [],
      issues: [
        { targets: ['North Korea', 'Russia'], texts: ['Canada and the Republic of Korea call on North Korea and Russia to withdraw North Korean troops from Russia.'] },
        { targets: ['North Korea'], texts: ['They condemned North Korea’s recent intercontinental ballistic missile launch.'] },
      ],
    });
    expect(draftingFacts(structuredFixture, 'fr').event).toEqual({ kind: 'meeting', date: '2024-11-01', place: 'Ottawa', place_in: 'à Ottawa', shared: true });
  });

  it('groups condemnations of the same parties in any order, names an act by its noun phrase, and keeps background apart', () => {
    const structured: StructuredStatement = {
      ...structuredFixture,
      condemnations: [
        ...structuredFixture.condemnations,
        { text: 'They condemned Russia and North Korea.', targets: ['Russia', 'North Korea'], source: { start: 900, end: 940 } },
        { text: 'Canada condemns the attack in Mogadishu in the strongest terms.', targets: [' the attack in Mogadishu in the strongest terms '], source: { start: 950, end: 1010 } },
      ],
      initiatives: [...structuredFixture.initiatives, { text: 'This builds on the 2023 agreement.', source: { start: 1100, end: 1135 } }],
    };
    const facts = draftingFacts(structured, 'en');
    expect(facts.issues).toEqual([
      { targets: ['North Korea', 'Russia'], texts: [structuredFixture.condemnations[0]!.text, 'They condemned Russia and North Korea.'] },
      { targets: ['North Korea'], texts: [structuredFixture.condemnations[1]!.text] },
      { targets: ['the attack in Mogadishu'], texts: ['Canada condemns the attack in Mogadishu in the strongest terms.'] },
    ]);
    expect(facts.condemned).toEqual({ parties: ['North Korea', 'Russia'], acts: ['the attack in Mogadishu'] });
    expect(facts.outcomes).toEqual([{ text: structuredFixture.initiatives[0]!.text }]);
    expect(facts.background).toEqual([{ text: 'This builds on the 2023 agreement.' }]);
  });

  it('one country alone: nothing shared, Canada not a party when absent', () => {
    const structured: StructuredStatement = { ...structuredFixture, participants: [person('Cho Tae-yul', 'Minister of Foreign Affairs', 'Republic of Korea')] };
    const facts = draftingFacts(structured, 'en');
    expect([facts.event.shared, facts.canada_is_party, facts.parties]).toEqual([false, false, ['the Republic of Korea']]);
  });
});
