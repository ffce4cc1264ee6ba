/**
 * The office and country read off a person's title, held by direct examples (issue 18): the survivors of the first mutation run of
 * participant-extractor.ts's title helpers (lines 56–300: titleCountry, countryBefore, joinTokens, titleAfter, titleStartBefore), each
 * example checked by splicing the mutant into the source (scripts/splice-mutants.mjs). The triage is in docs/mutation-survivors.md.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractParticipants, findPersonMentions } from './participant-extractor';

const people = (text: string) => findPersonMentions(text, 0, text.length).map((m) => [m.name, m.title, m.country]);

describe('the country a title gives', () => {
  it('is not the country a portfolio is for, however the words are spaced', () => {
    expect(people('He met Special Representative for the DPRK Sung Kim.')).toEqual([['Sung Kim', 'Special Representative for the DPRK', null]]);
    expect(people('He met Special Representative for  the DPRK Sung Kim.')).toEqual([['Sung Kim', 'Special Representative for the DPRK', null]]);
    expect(people('He met Special Representative for  DPRK Sung Kim.')).toEqual([['Sung Kim', 'Special Representative for DPRK', null]]);
    expect(people('He met Special Representative for the  DPRK Sung Kim.')).toEqual([['Sung Kim', 'Special Representative for the DPRK', null]]);
  });

  it('is the sending country of an envoy, not the country the envoy is posted to', () => {
    expect(people('She received Ambassador of Maldives to UAE Ahmed Khaleel.')).toEqual([['Ahmed Khaleel', 'Ambassador of Maldives to UAE', 'Maldives']]);
    expect(people('She received the Chargé d’Affaires of France in Belize, Jane Doe.')).toEqual([['Jane Doe', 'Chargé d’Affaires of France in Belize', 'France']]);
    expect(people('She received the Chargé  d’Affaires of France in Belize, Jane Doe.')).toEqual([['Jane Doe', 'Chargé d’Affaires of France in Belize', 'France']]);
    // An office that is no envoy's is posted nowhere: the country after "in" is its own.
    expect(people('She received the Attaché of France in Belize, Jane Doe.')).toEqual([['Jane Doe', 'Attaché of France in Belize', 'Belize']]);
  });

  it('is the state a minister of a people abroad serves, unless two states share the people', () => {
    expect(people('Le ministre congolais (Brazzaville) des Affaires étrangères, de la Coopération et des Congolais de l’étranger, M. Jean-Claude Gakosso, a reçu.')[0]?.[2]).toBe('Republic of the Congo');
    expect(people('Le ministre des Affaires étrangères et des Congolais de l’étranger, M. Jean-Claude Gakosso, a reçu.')[0]?.[2]).toBeNull();
  });

  it('is the Kinshasa Congo for a minister « congolais » who serves no people abroad', () => {
    expect(people('Le ministre congolais des Affaires étrangères, M. Christophe Lutundula, a reçu son homologue.')).toEqual([
      ['Christophe Lutundula', 'ministre congolais des Affaires étrangères', 'Democratic Republic of the Congo'],
    ]);
  });

  it('is the European Union for the Union’s institutions, and the last country named otherwise', () => {
    expect(people('He met President of the European Commission Ursula von der Leyen.')).toEqual([['Ursula von der Leyen', 'President of the European Commission', 'European Union']]);
    expect(people('He met Minister of Foreign Affairs of the Republic of Latvia Edgars Rinkēvičs.')).toEqual([['Edgars Rinkēvičs', 'Minister of Foreign Affairs of the Republic of Latvia', 'Latvia']]);
  });
});

describe('the country before a title', () => {
  it('reads an abbreviation with its stops, also at the very start of the text', () => {
    expect(people('U.S. Secretary of Defense Lloyd J. Austin III met Minister Kihara.')[0]).toEqual(['Lloyd J. Austin III', 'Secretary of Defense', 'United States']);
    expect(people('Today U.S. Secretary of Defense Lloyd J. Austin III met Minister Kihara.')[0]).toEqual(['Lloyd J. Austin III', 'Secretary of Defense', 'United States']);
  });

  it('reads a possessive of one word or several, and nothing from a plain word', () => {
    expect(people('He met Japan’s Prime Minister Fumio Kishida.')).toEqual([['Fumio Kishida', 'Prime Minister', 'Japan']]);
    expect(people('He met New Zealand’s Foreign Minister Winston Peters.')).toEqual([['Winston Peters', 'Foreign Minister', 'New Zealand']]);
    expect(people('He met the visiting Foreign Minister Winston Peters.')).toEqual([['Winston Peters', 'Foreign Minister', null]]);
    expect(people('He met Papua New Guinea’s Foreign Minister Justin Tkatchenko.')).toEqual([['Justin Tkatchenko', 'Foreign Minister', 'Papua New Guinea']]);
  });

  it('does not read a country across a paragraph', () => {
    expect(people('He thanked the Government of Japan\nForeign Minister Winston Peters spoke.')).toEqual([['Winston Peters', 'Foreign Minister', null]]);
  });
});

describe('the title after a name', () => {
  it('is not the country an envoy is posted to, however short the title', () => {
    expect(people('He met Envoy to Iran Robert Malley.')).toEqual([['Robert Malley', 'Envoy to Iran', null]]);
  });

  it('reads the country of a possessive between the comma and the office', () => {
    expect(people('The talks were with Winston Peters, New Zealand’s Minister of Foreign Affairs, in Wellington.')[0]).toEqual(['Winston Peters', 'Minister of Foreign Affairs', 'New Zealand']);
    expect(people('Elizabeth Truss, the United Kingdom’s Foreign Secretary, met Minister Joly.')[0]).toEqual(['Elizabeth Truss', 'Foreign Secretary', 'United Kingdom']);
    expect(people('Justin Tkatchenko, Papua New Guinea’s Minister for Foreign Affairs, met Minister Wong.')[0]).toEqual(['Justin Tkatchenko', 'Minister for Foreign Affairs', 'Papua New Guinea']);
    expect(people('Jose Ramos-Horta, East Timor’s Senior Minister for Foreign Affairs, will attend.')).toEqual([['Jose Ramos-Horta', 'Senior Minister for Foreign Affairs', 'Timor-Leste']]);
  });

  it('ends where "along with" or "together with" adds another person', () => {
    expect(people('Bill Blair, Minister of National Defence along with Anita Anand, met the delegation.')).toEqual([['Bill Blair', 'Minister of National Defence', null], ['Anita Anand', null, null]]);
    expect(people('Bill Blair, Minister of National Defence together with Anita Anand, met the delegation.')).toEqual([['Bill Blair', 'Minister of National Defence', null], ['Anita Anand', null, null]]);
  });

  it('keeps a long office whole', () => {
    expect(people('Stephanie Epner, Special Advisor and Acting Senior Director for Climate and Energy at the White House National Security Council, attended.')[0]).toEqual([
      'Stephanie Epner',
      'Special Advisor and Acting Senior Director for Climate and Energy at the White House National Security Council',
      null,
    ]);
  });

  it('is the office on the line under a name, also one that opens with a modifier', () => {
    expect(people('Mélanie Joly\nMinister of Foreign Affairs')).toEqual([['Mélanie Joly', 'Minister of Foreign Affairs', null]]);
    expect(people('Jane Doe\nUnder Secretary of State for Political Affairs')).toEqual([['Jane Doe', 'Under Secretary of State for Political Affairs', null]]);
  });

  it('is not a sentence on the line under a name', () => {
    expect(people('Joe Biden\nPresident Biden and President Petro committed to work together.')).toEqual([
      ['Joe Biden', null, null],
      ['Biden', 'President', null],
      ['Petro', 'President', null],
    ]);
  });

  it('is read without failing from a text cut off after a post-nominal or a joining word', () => {
    expect(people('The statement was signed by Alexander Downer, MP')).toEqual([['Alexander Downer', null, null]]);
    expect(people('The statement was signed by Damas Ndumbaro (MP')).toEqual([['Damas Ndumbaro', null, null]]);
    expect(people('The statement was signed by Daniel Ayalon, M.K.')).toEqual([['Daniel Ayalon', null, null]]);
    expect(people('The statement was signed by Bill Blair, Minister of National Defence and')).toEqual([['Bill Blair', 'Minister of National Defence', null]]);
    for (const end of ['as', 'as well', 'together']) {
      expect(people(`The statement was signed by Bill Blair, Minister of National Defence ${end}`).map(([name]) => name)).toEqual(['Bill Blair']);
    }
  });
});

describe('the issuing country of a participant the text gives none', () => {
  const participants = (text: string) => extractParticipants(importText(text)).map((p) => [p.name, p.title, p.country]);

  it('is not given to the secretary general of an international organisation', () => {
    expect(participants('The Secretary General, Jens Stoltenberg, met in Brussels today to discuss Ukraine. He said Ukraine can count on the support of Allies, and thanked Ukraine for its courage.')).toEqual([
      ['Jens Stoltenberg', 'Secretary General', ''],
    ]);
  });

  it('is given to an executive director with no organisation named, in English or French', () => {
    expect(participants('The Executive Director, Penda Ithindi, received the delegation in Windhoek today. He said Namibia values its partners, and Namibia will continue to work with them.')).toEqual([
      ['Penda Ithindi', 'Executive Director', 'Namibia'],
    ]);
    expect(participants('La Directrice exécutive, Aïssatou Diallo, a reçu la délégation à Dakar. Elle a rappelé que le Sénégal reste engagé, et que le Sénégal soutient ses partenaires.')).toEqual([
      ['Aïssatou Diallo', 'Directrice exécutive', 'Senegal'],
    ]);
  });

  it('is given to the secretary general of a ministry', () => {
    expect(participants('The Secretary General of the Ministry of Foreign Affairs, Penda Ithindi, received the delegation in Windhoek today. He said Namibia values its partners, and Namibia will continue to work with them.')).toEqual([
      ['Penda Ithindi', 'Secretary General of the Ministry of Foreign Affairs', 'Namibia'],
    ]);
  });
});
