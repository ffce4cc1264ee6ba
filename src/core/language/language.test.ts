import { describe, expect, it } from 'vitest';
import { countOf, joinList, numberInWords } from './lists-and-numbers';
import { contractFrench, ofPhrase, toPhrase } from './french-grammar';
import { countryName, countryWithArticle, inCountry, ofCountry, placeInLanguage, REGION_CODES, regionCode, WITHDRAWN_REGION_CODES } from './country-names';
import { frenchTypography } from './french-typography';
import { ENGLISH_REGION_NAMES } from './region-names';
import { formatLongDate } from './long-date';

describe('lists and numbers', () => {
  it('joins with "and" / « et », no serial comma', () => {
    expect(joinList(['Canada'], 'en')).toBe('Canada');
    expect(joinList(['Canada', 'Japan'], 'en')).toBe('Canada and Japan');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinList(['A', 'B', 'C'], 'fr')).toBe('A, B et C');
    expect(joinList([], 'fr')).toBe('');
  });

  it('writes numbers under ten in words, with the French feminine « une »', () => {
    expect(numberInWords(3, 'en')).toBe('three');
    expect(numberInWords(3, 'fr')).toBe('trois');
    expect(numberInWords(1, 'fr', true)).toBe('une');
    expect(numberInWords(12, 'en')).toBe('12');
    expect(countOf(1, 'initiative', 'en')).toBe('one initiative');
    expect(countOf(4, 'initiative', 'en')).toBe('four initiatives');
    expect(countOf(1, 'initiative', 'fr')).toBe('une initiative');
    expect(countOf(1, 'engagement', 'fr')).toBe('un engagement');
    expect(countOf(2, 'engagement', 'fr')).toBe('deux engagements');
    expect(countOf(11, 'commitment', 'en')).toBe('11 commitments');
  });
});

describe('French contractions', () => {
  it('joins « de » and « à » to a noun phrase', () => {
    expect(ofPhrase('les attaques')).toBe('des attaques');
    expect(ofPhrase('le Canada')).toBe('du Canada');
    expect(ofPhrase('la Russie')).toBe('de la Russie');
    expect(ofPhrase('l’Iran')).toBe('de l’Iran');
    expect(ofPhrase('Israël')).toBe('d’Israël');
    expect(ofPhrase('Cuba')).toBe('de Cuba');
    expect(toPhrase('les États-Unis')).toBe('aux États-Unis');
    expect(toPhrase('le Canada')).toBe('au Canada');
    expect(toPhrase('la France')).toBe('à la France');
  });

  it('repairs uncontracted text', () => {
    expect(contractFrench('les agissements de les attaques')).toBe('les agissements des attaques');
    expect(contractFrench('le président de le Mexique')).toBe('le président du Mexique');
    expect(contractFrench('il est à le Canada, puis à les États-Unis')).toBe('il est au Canada, puis aux États-Unis');
    expect(contractFrench('la situation de l’Iran')).toBe('la situation de l’Iran');
  });
});

describe('country names from CLDR (Intl.DisplayNames) and the gender table', () => {
  it('finds the region code of the extractor’s English names', () => {
    expect(regionCode('Republic of Korea')).toBe('KR');
    expect(regionCode('United States')).toBe('US');
    expect(regionCode('Viet Nam')).toBe('VN');
    expect(regionCode('Bosnia and Herzegovina')).toBe('BA');
    expect(regionCode('NATO')).toBeNull();
  });

  it('names countries in French with article, « en / au / aux / à » and « de / du / des / d’ »', () => {
    expect(countryName('Mexico', 'fr')).toBe('Mexique');
    expect(countryName('Australia', 'fr')).toBe('Australie');
    expect(countryWithArticle('Canada', 'fr')).toBe('le Canada');
    expect(countryWithArticle('Republic of Korea', 'fr')).toBe('la République de Corée');
    expect(countryWithArticle('North Korea', 'fr')).toBe('la Corée du Nord');
    expect(countryWithArticle('United States', 'fr')).toBe('les États-Unis');
    expect(countryWithArticle('Iran', 'fr')).toBe('l’Iran');
    expect(countryWithArticle('Israel', 'fr')).toBe('Israël');
    expect(countryWithArticle('Mexico', 'fr')).toBe('le Mexique');
    expect(countryWithArticle('United Kingdom', 'fr')).toBe('le Royaume-Uni');
    expect(countryWithArticle('NATO', 'fr')).toBe('l’OTAN');
    // A y before a vowel is a consonant: no elision (« l’Yémen » was written until it was seen).
    expect(countryWithArticle('Yemen', 'fr')).toBe('le Yémen');
    expect(inCountry('Yemen', 'fr')).toBe('au Yémen');
    expect(ofCountry('Yemen', 'fr')).toBe('du Yémen');
    expect(ofPhrase('Ypres')).toBe('d’Ypres');
    expect(inCountry('Canada', 'fr')).toBe('au Canada');
    expect(inCountry('Republic of Korea', 'fr')).toBe('en République de Corée');
    expect(inCountry('United States', 'fr')).toBe('aux États-Unis');
    expect(inCountry('Iran', 'fr')).toBe('en Iran');
    expect(inCountry('Cuba', 'fr')).toBe('à Cuba');
    expect(inCountry('Mexico', 'fr')).toBe('au Mexique');
    expect(ofCountry('Canada', 'fr')).toBe('du Canada');
    expect(ofCountry('United States', 'fr')).toBe('des États-Unis');
    expect(ofCountry('Israel', 'fr')).toBe('d’Israël');
    expect(ofCountry('Russia', 'fr')).toBe('de la Russie');
  });

  it('keeps English names with "the" where English takes it', () => {
    expect(countryWithArticle('Republic of Korea', 'en')).toBe('the Republic of Korea');
    expect(countryWithArticle('Japan', 'en')).toBe('Japan');
    expect(inCountry('Netherlands', 'en')).toBe('in the Netherlands');
    expect(ofCountry('United States', 'en')).toBe('of the United States');
  });

  it('writes places as the note’s language does', () => {
    expect(placeInLanguage('Mexico City', 'fr')).toEqual({ name: 'Mexico', inside: 'à Mexico' });
    expect(placeInLanguage('Mexico City', 'en')).toEqual({ name: 'Mexico City', inside: 'in Mexico City' });
    expect(placeInLanguage('JOHANNESBURG', 'fr')).toEqual({ name: 'Johannesburg', inside: 'à Johannesburg' });
    expect(placeInLanguage('Indonesia', 'fr')).toEqual({ name: 'Indonésie', inside: 'en Indonésie' });
    expect(placeInLanguage('Budapest today', 'en')).toEqual({ name: 'Budapest', inside: 'in Budapest' });
  });
});

describe('French typography (Le guide du rédacteur, Canadian usage)', () => {
  it('puts non-breaking spaces inside « » and before the colon, none before ; ! ?', () => {
    expect(frenchTypography('« Bonjour »')).toBe('«\u00a0Bonjour\u00a0»');
    expect(frenchTypography('«Bonjour»')).toBe('«\u00a0Bonjour\u00a0»');
    expect(frenchTypography('Objet : la note')).toBe('Objet\u00a0: la note');
    expect(frenchTypography('Objet: la note')).toBe('Objet\u00a0: la note');
    expect(frenchTypography('Vraiment ? Oui ! Bien ; merci')).toBe('Vraiment? Oui! Bien; merci');
    expect(frenchTypography('à 10:30, voir https://canada.ca')).toBe('à 10:30, voir https://canada.ca');
  });
});

describe('dates in the note’s language', () => {
  it('writes them out', () => {
    expect(formatLongDate('2024-11-01', 'en')).toBe('November 1, 2024');
    expect(formatLongDate('2024-11-01', 'fr')).toBe('1er novembre 2024');
    expect(formatLongDate('2025-05-06', 'fr')).toBe('6 mai 2025');
  });
});

describe('REGION_CODES', () => {
  it('are exactly the letter pairs this runtime’s CLDR names in English', () => {
    const display = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const named = letters.flatMap((first) => letters.map((second) => `${first}${second}`)).filter((code) => {
      const name = display.of(code);
      return name !== undefined && name !== code;
    });
    expect(REGION_CODES).toEqual(named);
  });

  it('give region-names.ts exactly this runtime’s English name for each current code', () => {
    const display = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const current = REGION_CODES.filter((code) => !WITHDRAWN_REGION_CODES.has(code));
    expect(Object.keys(ENGLISH_REGION_NAMES)).toEqual(current);
    expect(Object.fromEntries(current.map((code) => [code, display.of(code)]))).toEqual(ENGLISH_REGION_NAMES);
    // Chromium's forms (Electron's renderer) name the same regions.
    expect(['Hong Kong', 'Macao', 'Palestine', 'Falkland Islands (Islas Malvinas)', 'Falkland Islands', 'Hong Kong SAR China'].map((name) => regionCode(name))).toEqual(['HK', 'MO', 'PS', 'FK', 'FK', 'HK']);
  });

  it('leave a name to the current code, never a withdrawn one that CLDR names alike', () => {
    expect(['Russia', 'United Kingdom', 'Serbia', 'France', 'Germany', 'Myanmar (Burma)', 'Benin', 'Timor-Leste', 'Vietnam', 'Yemen', 'Zimbabwe'].map((name) => regionCode(name))).toEqual([
      'RU', 'GB', 'RS', 'FR', 'DE', 'MM', 'BJ', 'TL', 'VN', 'YE', 'ZW',
    ]);
    // Among the codes left, every English name is one code's, so the first found is the only one.
    const display = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const names = REGION_CODES.filter((code) => !WITHDRAWN_REGION_CODES.has(code)).map((code) => display.of(code)!.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(regionCode('Atlantis')).toBeNull();
    expect(regionCode('the United States')).toBe('US');
  });

  it('still give every country the extractor names its code', () => {
    expect(['Canada', 'Republic of Korea', 'Viet Nam', 'Türkiye', 'Côte d’Ivoire', 'Bosnia and Herzegovina', 'Zimbabwe', 'Åland Islands'].map((name) => regionCode(name))).toEqual([
      'CA', 'KR', 'VN', 'TR', 'CI', 'BA', 'ZW', 'AX',
    ]);
  });
});
