/** The gazetteer's longest-name-first matching, on the forms that once went to the wrong country. */
import { describe, expect, it } from 'vitest';
import { findCountries } from './country-names';

const names = (text: string) => findCountries(text).map((mention) => mention.canonical);

describe('the United Kingdom by its long name and Northern Ireland', () => {
  it('reads the long form as one United Kingdom, not a United Kingdom and an Ireland (European Council, 2018)', () => {
    expect(names('the withdrawal of the United Kingdom of Great Britain and Northern Ireland from the European Union')).toEqual(['United Kingdom', 'European Union']);
    expect(names('le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord')).toEqual(['United Kingdom']);
  });

  it('keeps Ireland for Ireland, and gives Northern Ireland to the United Kingdom', () => {
    expect(names('Ireland and Northern Ireland; l’Irlande et l’Irlande du Nord')).toEqual(['Ireland', 'United Kingdom', 'Ireland', 'United Kingdom']);
  });
});

describe('the Jordan Valley and the Jordan River', () => {
  it('are no mention of Jordan (Luxembourg MFEA, 2020, round 121); Jordan itself still is', () => {
    expect(names('the community of Humsa Al Bqai’a in the northern Jordan Valley, in the occupied West Bank; the Jordan River')).toEqual([]);
    expect(names('Jordan and Egypt; Jordan’s foreign minister')).toEqual(['Jordan', 'Egypt', 'Jordan']);
  });
});
