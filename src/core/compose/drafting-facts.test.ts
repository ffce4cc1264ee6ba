// The facts the templates draft from, exactly (issue 18: mutation testing found them held only through
// whole drafted sentences): people described, parties with their article, the condemned grouped by the
// parties they name in any order, acts named as noun phrases, outcomes and background apart.
import { describe, expect, it } from 'vitest';
import type { StructuredStatement } from '../model/structured-statement';
import { structuredFixture } from '../testing/structured-fixture';
import { condemnedTargets, describePerson, draftingFacts, eventKind } from './drafting-facts';

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

describe('condemnedTargets: the party condemned, not the place, the victim, the author or the frame', () => {
  const condemned = (text: string, targets: string[], language: 'en' | 'fr' = 'en') => condemnedTargets([{ text, targets, source: { start: 0, end: 1 } }], [], language);
  it.each([
    ['Canada condemns the attack in France.', ['France'], []],
    ['Canada condemns Russia’s attack against Ukraine.', ['Russia', 'Ukraine'], ['Russia']],
    ['Canada condemns the missile launched over Japan by North Korea.', ['Japan', 'North Korea'], ['North Korea']],
    ['We stand with the people of Sudan and condemn the RSF.', ['Sudan'], []],
    ['Nous condamnons l’agression de la Russie contre l’Ukraine.', ['Russia', 'Ukraine'], ['Russia']],
    ['Canada condemns the strike on Kharkiv, Ukraine.', ['Ukraine'], []],
    ['Canada condemns violations of the sovereignty of Ukraine by Russia.', ['Ukraine', 'Russia'], ['Russia']],
    ['Canada condemns attacks on the territorial integrity of Ukraine.', ['Ukraine'], []],
    ['Nous condamnons les atteintes à l’intégrité territoriale de l’Ukraine.', ['Ukraine'], []],
    ['Japan strongly condemns the launch.', ['Japan'], []],
    // Found by mutation testing: « a condamné » and « ont condamné » never read as the author's verb.
    ['La France a condamné le coup d’État.', ['France'], []],
    ['Les États-Unis ont condamné le tir.', ['United States'], []],
    ['Canada calls on Iran to release the detainees.', ['Iran'], ['Iran']],
    ['Canada called upon the Iranian regime; Iran must stop.', ['Iran'], ['Iran']],
    ['Canada urges Iran to stop.', ['Iran'], ['Iran']],
    ['Canada demands that Iran stop.', ['Iran'], ['Iran']],
    ['Canada condemns the regime.', [' Iran '], ['Iran']],
    ['Canada condemns the violence in Haiti, in violation of NATO and United Nations resolutions.', ['Haiti', 'NATO', 'United Nations'], []],
  ])('%s', (text, targets, parties) => {
    expect(condemned(text, targets)).toEqual({ parties, acts: [] });
  });

  it('names the parties in the note’s language, once, and never the authors’ own countries', () => {
    expect(condemned('Le Canada appelle l’Iran à cesser.', ['Iran'], 'fr')).toEqual({ parties: ['l’Iran'], acts: [] });
    const text = 'Canada and Korea condemn the actions of Russia.';
    const participants = [{ name: 'A', title: '', country: 'Canada', source: { start: 0, end: 1 } }];
    expect(condemnedTargets([{ text, targets: ['Canada', 'Russia', 'Russia'], source: { start: 0, end: 1 } }], participants, 'fr')).toEqual({ parties: ['la Russie'], acts: [] });
    expect(condemnedTargets([{ text, targets: ['Canada', 'Russia'], source: { start: 0, end: 1 } }], [], 'fr')).toEqual({ parties: ['le Canada', 'la Russie'], acts: [] });
  });

  it('names an act by its noun phrase, whole and once; not a clause, a phrase cut mid-way, nor one that is too long', () => {
    const acts = (...targets: string[]) => condemned('x', targets).acts;
    expect(acts('the  attack\nin   Kabul', 'the attack in Kabul')).toEqual(['the attack in Kabul']);
    expect(acts('the brutal and cowardly terrorist attack')).toEqual(['the brutal and cowardly terrorist attack']);
    expect(acts('the very brutal and cowardly terrorist attack')).toEqual([]);
    expect(acts('l’attaque perpétrée à Songho', 'la violence', 'le coup', 'les arrestations')).toEqual(['l’attaque perpétrée à Songho', 'la violence', 'le coup']);
    expect(acts('the attack in Mogadishu in the strongest possible terms')).toEqual(['the attack in Mogadishu']);
    // A target the statement broke over lines, before and after the words: everything from them on is cut.
    expect(acts('the attack in Mogadishu in the\nstrongest terms and\ncalls for calm')).toEqual(['the attack in Mogadishu']);
    expect(acts('the attack to destabilise the region', 'the killings of Venezuelans by the', 'the decision of the court', 'Canada condemns the attack')).toEqual([]);
    // Twelve words at most.
    expect(acts('the attack on a school in the town of Ghazni yesterday morning')).toEqual(['the attack on a school in the town of Ghazni yesterday morning']);
    expect(acts('the attack on a school in the town of Ghazni early yesterday morning')).toEqual([]);
  });
});

describe('eventKind: the title’s cues, by example', () => {
  const kindOf = (title: string | null, kind: StructuredStatement['meeting']['kind'], participants: number) =>
    eventKind({ ...structuredFixture, participants: structuredFixture.participants.slice(0, participants), meeting: { ...structuredFixture.meeting, title, kind } });
  it.each([
    ['Minister spoke with Secretary Blinken', 'statement', 1, 'call'],
    ['Readout of calls with allies', 'statement', 1, 'call'],
    ['Prime Minister call with President', 'statement', 1, 'call'],
    ['Telephone conversation', 'statement', 1, 'call'],
    ['Phone conversation', 'statement', 1, 'call'],
    ['La ministre s’entretient avec son homologue', 'statement', 1, 'call'],
    ["La ministre s'entretient avec son homologue", 'statement', 1, 'call'],
    ['Entretien téléphonique entre ministres', 'statement', 1, 'call'],
    ['Entretien telephonique', 'statement', 1, 'call'],
    ['Appel entre ministres', 'statement', 1, 'call'],
    ['Telephone call', 'readout', 0, 'call'],
    ['Recall of the ambassador', 'statement', 2, 'statement'],
    ['Callisto mission', 'readout', 0, 'meeting'],
    ['Phone call before the meeting', 'readout', 2, 'meeting'],
    ['Minister calls for restraint', 'statement', 2, 'statement'],
    ['Minister calls with allies', 'statement', 0, 'statement'],
    ['NATO Secretary General visits Iceland', 'news-release', 1, 'visit'],
    ['NATO Secretary General visits Iceland', 'news-release', 0, 'statement'],
    ['Minister visited Japan', 'statement', 1, 'visit'],
    ['Visite du ministre', 'statement', 1, 'visit'],
    ['Le ministre en visite au Japon', 'statement', 1, 'visit'],
    ['Minister to visit Japan', 'news-release', 1, 'announcement'],
    ['Revisits policy', 'statement', 2, 'statement'],
    ['Minister meets counterpart', 'statement', 2, 'meeting'],
    ['Minister meets counterpart', 'statement', 1, 'statement'],
    ['Ministers meet', 'statement', 2, 'meeting'],
    ['Ministerial meeting', 'statement', 2, 'meeting'],
    ['Ministers met', 'statement', 2, 'meeting'],
    ['Ministers hold talks', 'statement', 2, 'meeting'],
    ['Strategic dialogue', 'statement', 2, 'meeting'],
    ['Bilateral consultations', 'statement', 2, 'meeting'],
    ['G7 Summit', 'statement', 2, 'meeting'],
    ['Réunion des ministres', 'statement', 2, 'meeting'],
    ['Reunion des ministres', 'statement', 2, 'meeting'],
    ['Rencontre des ministres', 'statement', 2, 'meeting'],
    ['Entretien des ministres', 'statement', 2, 'meeting'],
    ['Les ministres se sont réunis', 'statement', 2, 'meeting'],
    ['Les ministres se sont reunis', 'statement', 2, 'meeting'],
    ['Canada welcomes the agreement', 'statement', 2, 'meeting'],
    ['Summitry', 'statement', 2, 'statement'],
    ['Metals', 'statement', 2, 'statement'],
    [null, 'readout', 0, 'meeting'],
    [null, 'statement', 2, 'statement'],
    ['Canada announces funding', 'news-release', 1, 'announcement'],
    ['Canada announces funding', 'news-release', 0, 'statement'],
  ] as const)('%s (%s, %i participants): %s', (title, kind, participants, expected) => {
    expect(kindOf(title, kind, participants)).toBe(expected);
  });
});

describe('draftingFacts: the place of the event', () => {
  const event = (title: string, kind: StructuredStatement['meeting']['kind'], location: string | null) =>
    draftingFacts({ ...structuredFixture, participants: structuredFixture.participants.slice(0, 1), meeting: { ...structuredFixture.meeting, title, kind, location } }, 'fr').event;
  it('a visit is to the place its title names, in the note’s language; else to the dateline’s', () => {
    expect(event('NATO Secretary General visits Iceland', 'news-release', 'Brussels')).toEqual({ kind: 'visit', date: '2024-11-01', place: 'Islande', place_in: 'en Islande', shared: false });
    expect(event('Minister visited Japan: a new chapter', 'statement', null)).toMatchObject({ kind: 'visit', place: 'Japon', place_in: 'au Japon' });
    expect(event('Minister visits Tokyo and Osaka', 'statement', null)).toMatchObject({ kind: 'visit', place: 'Tokyo and Osaka', place_in: 'à Tokyo and Osaka' });
    expect(event('Minister visits', 'statement', 'Ottawa')).toMatchObject({ kind: 'visit', place: 'Ottawa', place_in: 'à Ottawa' });
    expect(event('Minister visited the Republic of Korea', 'statement', null)).toMatchObject({ kind: 'visit', place: null, place_in: null });
  });

  it('a call and an announcement have no place; a statement has the dateline’s, or none', () => {
    expect(event('Minister speaks with counterpart', 'readout', 'Ottawa')).toMatchObject({ kind: 'call', place: null, place_in: null });
    expect(event('Canada announces funding', 'news-release', 'Ottawa')).toMatchObject({ kind: 'announcement', place: null, place_in: null });
    expect(event('Statement', 'statement', 'Ottawa')).toMatchObject({ kind: 'statement', place: 'Ottawa', place_in: 'à Ottawa' });
    expect(event('Statement', 'statement', null)).toMatchObject({ kind: 'statement', place: null, place_in: null });
  });

  it('a joint statement is shared even by one country', () => {
    expect(event('Joint statement', 'joint-statement', null)).toMatchObject({ kind: 'joint-statement', shared: true });
  });
});

describe('draftingFacts: people without a country, and issues named by their first act', () => {
  it('a participant without a country has a blank country and makes no party', () => {
    const structured: StructuredStatement = { ...structuredFixture, participants: [person('A. Envoy', 'Special Envoy', ''), structuredFixture.participants[0]!] };
    const facts = draftingFacts(structured, 'fr');
    expect(facts.people[0]).toEqual({ name: 'A. Envoy', title: 'Special Envoy', country: '', described: 'A. Envoy (Special Envoy)' });
    expect([facts.parties, facts.event.shared, facts.canada_is_party]).toEqual([['le Canada'], false, true]);
  });

  it('a condemnation of acts alone is filed under its first act; the acts are cut at "in the strongest terms" whatever the spaces', () => {
    const structured: StructuredStatement = {
      ...structuredFixture,
      condemnations: [{ text: 'Canada condemns the attack and the killings.', targets: ['the attack  in the strongest terms', 'the killings'], source: { start: 900, end: 950 } }],
    };
    const facts = draftingFacts(structured, 'en');
    expect(facts.issues).toEqual([{ targets: ['the attack'], texts: ['Canada condemns the attack and the killings.'] }]);
    expect(facts.condemned).toEqual({ parties: [], acts: ['the attack', 'the killings'] });
  });
});

describe('condemnedTargets: a country called on is condemned, even where it reads as the place or the author', () => {
  const parties = (text: string, targets: string[], language: 'en' | 'fr' = 'en') => condemnedTargets([{ text, targets, source: { start: 0, end: 1 } }], [], language).parties;
  it.each([
    ['Canada calls  on Iran to release the detainees.', ['Iran'], ['Iran']],
    ['Canada calls on  Iran to release the detainees.', ['Iran'], ['Iran']],
    ['Canada calls on the Netherlands to act.', ['Netherlands'], ['the Netherlands']],
    ['Canada calls on the  Netherlands to act.', ['Netherlands'], ['the Netherlands']],
    ['Canada calls on the Russian Federation to withdraw.', ['Russia'], ['Russia']],
    ['Canada condemns the violence in Haiti and calls on Haiti to act.', ['Haiti'], ['Haiti']],
    ['Canada demands that Russia condemn the attack.', ['Russia'], ['Russia']],
    ['They demand that Russia condemn the attack.', ['Russia'], ['Russia']],
    ['Canada demands  that Russia condemn the attack.', ['Russia'], ['Russia']],
    ['Canada demands that  Russia condemn the attack.', ['Russia'], ['Russia']],
    ['Canada demands Russia condemn the attack.', ['Russia'], ['Russia']],
    ['Canada demands that the Russian Federation condemn the attack.', ['Russia'], ['Russia']],
    ['Canada demands that the  Russian Federation condemn the attack.', ['Russia'], ['Russia']],
    // Called on earlier in the sentence is not called on here: the place of the attacks stays a place.
    ['Canada calls on all to stop the attacks in Ukraine.', ['Ukraine'], []],
    ['Canada urges an end to the attacks in Ukraine.', ['Ukraine'], []],
  ])('%s', (text, targets, expected) => {
    expect(parties(text, targets)).toEqual(expected);
  });

  it('« appelle » earlier in the sentence does not make the place a party', () => {
    expect(parties('Le Canada appelle à la fin des attaques en Ukraine.', ['Ukraine'], 'fr')).toEqual([]);
  });
});

describe('draftingFacts: a title that names a visit the statement does not report', () => {
  it('keeps the dateline: with nobody taking part it is a statement, not a visit', () => {
    const facts = draftingFacts({ ...structuredFixture, participants: [], meeting: { ...structuredFixture.meeting, title: 'NATO Secretary General visits Iceland', kind: 'statement', location: 'Brussels' } }, 'en');
    expect(facts.event).toEqual({ kind: 'statement', date: '2024-11-01', place: 'Brussels', place_in: 'in Brussels', shared: false });
  });
});
