/**
 * The office and country read off a person's title, held by direct examples (issue 18): the survivors of the first mutation run of
 * participant-extractor.ts's title helpers (lines 56–300: titleCountry, countryBefore, joinTokens, titleAfter, titleStartBefore), each
 * example checked by splicing the mutant into the source (scripts/splice-mutants.mjs). The triage is in docs/mutation-survivors.md.
 */
import { describe, expect, it } from 'vitest';
import { findPersonMentions } from './participant-extractor';

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
