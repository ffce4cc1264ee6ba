/**
 * A small gazetteer of countries and international organisations, with their English and French
 * names, formal names ("Federative Republic of Brazil") and adjectives ("Estonian", « mexicaine »).
 * Extractors use it to give participants a country in English, to find who a condemnation is aimed
 * at, and to keep country words out of person names. Matching is by whole words, longest first, so
 * "North Korean" is North Korea and never Korea.
 */
import { foldForComparison } from './sentence-helpers';

/** Canonical English name → other names and adjectives (English and French). */
const COUNTRIES: Record<string, readonly string[]> = {
  Afghanistan: ['Afghan', 'afghane'],
  Argentina: ['Argentine', 'Argentinian', 'Argentine Republic'],
  Armenia: ['Armenian', 'Arménie', 'arménien', 'arménienne'],
  Australia: ['Australian', 'Australie', 'australien', 'australienne'],
  Austria: ['Austrian', 'Autriche'],
  Azerbaijan: ['Azerbaijani', 'Azerbaïdjan'],
  Bangladesh: ['Bangladeshi'],
  Belarus: ['Belarusian', 'Bélarus', 'Biélorussie', 'bélarussien', 'bélarussienne'],
  Belgium: ['Belgian', 'Belgique', 'belge'],
  Brazil: ['Brazilian', 'Federative Republic of Brazil', 'Brésil', 'brésilien', 'brésilienne'],
  Cambodia: ['Cambodian', 'Cambodge'],
  Canada: ['Canadian', 'canadien', 'canadienne'],
  Chile: ['Chilean', 'Chili', 'chilien', 'chilienne'],
  China: ["People's Republic of China", 'People’s Republic of China', 'Chinese', 'PRC', 'Chine', 'chinois', 'chinoise'],
  Colombia: ['Colombian', 'Colombie'],
  Denmark: ['Danish', 'Danemark'],
  Egypt: ['Egyptian', 'Égypte'],
  Estonia: ['Estonian', 'Estonie', 'estonien', 'estonienne'],
  'European Union': ['EU', 'Union européenne', 'UE'],
  Fiji: ['Fijian', 'Republic of Fiji', 'Fidji'],
  Finland: ['Finnish', 'Finlande'],
  France: ['French Republic', 'French', 'République française', 'français', 'française'],
  Georgia: ['Georgian', 'Géorgie'],
  Germany: ['German', 'Federal Republic of Germany', 'Allemagne', 'allemand', 'allemande'],
  Ghana: ['Ghanaian'],
  Greece: ['Greek', 'Grèce'],
  Guatemala: ['Guatemalan'],
  Haiti: ['Haitian', 'Haïti', 'haïtien', 'haïtienne'],
  Honduras: ['Honduran'],
  Hungary: ['Hungarian', 'Hongrie'],
  India: ['Indian', 'Republic of India', 'Inde', 'indien', 'indienne'],
  Indonesia: ['Indonesian', 'Republic of Indonesia', 'Indonésie', 'indonésien', 'indonésienne'],
  Iran: ['Iranian', 'Islamic Republic of Iran'],
  Iraq: ['Iraqi', 'Irak'],
  Ireland: ['Irish', 'Irlande'],
  Israel: ['Israeli', 'Israël', 'israélien', 'israélienne'],
  Italy: ['Italian', 'Italie', 'italien', 'italienne'],
  Japan: ['Japanese', 'Japon', 'japonais', 'japonaise'],
  Jordan: ['Jordanian', 'Jordanie'],
  Kazakhstan: ['Kazakh'],
  Kenya: ['Kenyan'],
  Latvia: ['Latvian', 'Republic of Latvia', 'Lettonie', 'letton', 'lettone'],
  Lebanon: ['Lebanese', 'Liban', 'libanais', 'libanaise'],
  Lithuania: ['Lithuanian', 'Republic of Lithuania', 'Lituanie', 'lituanien', 'lituanienne'],
  Malaysia: ['Malaysian', 'Malaisie'],
  Mali: ['Malian', 'malien', 'malienne'],
  Mexico: ['Mexican', 'United Mexican States', 'Mexique', 'mexicain', 'mexicaine'],
  Moldova: ['Moldovan', 'Republic of Moldova', 'Moldavie'],
  Mongolia: ['Mongolian', 'Mongolie'],
  Morocco: ['Moroccan', 'Maroc', 'marocain', 'marocaine'],
  Myanmar: ['Burma', 'Burmese'],
  Netherlands: ['Dutch', 'Pays-Bas', 'néerlandais', 'néerlandaise'],
  'New Zealand': ['New Zealander', 'Aotearoa', 'Nouvelle-Zélande'],
  Niger: ['Nigerien', 'nigérien', 'nigérienne'],
  Nigeria: ['Nigerian', 'Nigéria'],
  'North Korea': ["Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'DPRK', 'North Korean', 'Corée du Nord', 'nord-coréen', 'nord-coréenne'],
  Norway: ['Norwegian', 'Norvège'],
  Pakistan: ['Pakistani'],
  Peru: ['Peruvian', 'Pérou'],
  Philippines: ['Philippine', 'Filipino', 'Republic of the Philippines'],
  Poland: ['Polish', 'Republic of Poland', 'Pologne', 'polonais', 'polonaise'],
  Portugal: ['Portuguese'],
  'Republic of Korea': ['South Korea', 'South Korean', 'Korea', 'Korean', 'ROK', 'Corée du Sud', 'République de Corée', 'Corée', 'sud-coréen', 'sud-coréenne'],
  Romania: ['Romanian', 'Roumanie'],
  Russia: ['Russian Federation', 'Russian', 'Russie', 'russe'],
  Samoa: ['Samoan', 'Independent State of Samoa'],
  'Saudi Arabia': ['Saudi', 'Arabie saoudite'],
  Senegal: ['Senegalese', 'Republic of Senegal', 'Sénégal', 'sénégalais', 'sénégalaise', 'République du Sénégal'],
  Singapore: ['Singaporean', 'Singapour'],
  'South Africa': ['South African', 'Afrique du Sud'],
  Spain: ['Spanish', 'Espagne', 'espagnol', 'espagnole'],
  Sudan: ['Sudanese', 'Soudan', 'soudanais', 'soudanaise'],
  Sweden: ['Swedish', 'Suède'],
  Switzerland: ['Swiss', 'Suisse'],
  Syria: ['Syrian', 'Syrie'],
  Taiwan: ['Taiwanese'],
  Thailand: ['Thai', 'Thaïlande'],
  Tonga: ['Tongan'],
  Türkiye: ['Turkey', 'Turkish', 'Turquie'],
  Ukraine: ['Ukrainian', 'ukrainien', 'ukrainienne'],
  'United Arab Emirates': ['UAE', 'Émirats arabes unis'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain', 'British', 'Royaume-Uni', 'britannique'],
  'United States': ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'American', 'États-Unis', 'américain', 'américaine'],
  Venezuela: ['Venezuelan'],
  'Viet Nam': ['Vietnam', 'Vietnamese', 'Socialist Republic of Viet Nam', 'Socialist Republic of Vietnam', 'vietnamien', 'vietnamienne'],
  Yemen: ['Yemeni', 'Yémen'],
  'United Nations': ['UN', 'U.N.', 'Nations Unies', 'ONU'],
  NATO: ['North Atlantic Treaty Organization', 'OTAN'],
  ASEAN: ['Association of Southeast Asian Nations', 'ANASE'],
  'African Union': ['AU', 'Union africaine'],
  'Organization of American States': ['OAS', 'OEA'],
  Houthis: ['Houthi', 'houthis'],
  Hamas: [],
  Hezbollah: [],
  'Islamic State': ['ISIS', 'ISIL', 'Daesh', 'État islamique'],
  'Rapid Support Forces': ['RSF'],
  'Sudanese Armed Forces': ['SAF'],
};

/** Phrases that contain a country word but do not name that country ("South American coast"). */
const NOT_COUNTRIES = [
  'South American', 'Latin American', 'Central American', 'North American', 'South China Sea', 'East China Sea', 'China Seas',
  'Amérique centrale', 'Amérique latine', 'Amérique du Sud', 'Amérique du Nord', 'mer de Chine',
];

/** Capitals used for their government ("called on Moscow"): they name a party, but they are cities. */
const METONYMS: Record<string, string> = {
  Washington: 'United States', Moscow: 'Russia', Moscou: 'Russia', Kremlin: 'Russia', Beijing: 'China', Pékin: 'China',
  Pyongyang: 'North Korea', Tehran: 'Iran', Téhéran: 'Iran', Minsk: 'Belarus', Kyiv: 'Ukraine', Kiev: 'Ukraine',
};

/** Canonical names that are organisations or armed groups rather than states. */
const NON_STATES = new Set(['United Nations', 'NATO', 'ASEAN', 'African Union', 'Organization of American States', 'Houthis', 'Hamas', 'Hezbollah', 'Islamic State', 'Rapid Support Forces', 'Sudanese Armed Forces']);

/** Names written in capitals stay case-sensitive (US, UN, AU), so "us" and "un" never match. */
function isAcronym(alias: string): boolean {
  return /^[A-Z.]+$/.test(alias) && alias.replace(/\./g, '').length <= 5;
}

interface Entry {
  readonly canonical: string;
  readonly alias: string;
}

const ENTRIES: readonly Entry[] = [
  ...Object.entries(COUNTRIES).flatMap(([canonical, aliases]) => [canonical, ...aliases].map((alias) => ({ canonical, alias }))),
  ...Object.entries(METONYMS).map(([alias, canonical]) => ({ canonical, alias })),
  ...NOT_COUNTRIES.map((alias) => ({ canonical: '', alias })),
].sort((a, b) => b.alias.length - a.alias.length);

const BY_FOLDED = new Map<string, string>();
const BY_ACRONYM = new Map<string, string>();
for (const entry of ENTRIES) {
  if (isAcronym(entry.alias)) BY_ACRONYM.set(entry.alias, entry.canonical);
  else BY_FOLDED.set(foldForComparison(entry.alias), entry.canonical);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHARS = '\\p{L}\\p{M}\\p{N}';
const COUNTRY_PATTERN = new RegExp(
  `(?<![${WORD_CHARS}])(?:${ENTRIES.map((e) => escapeRegExp(e.alias)).join('|')})(?![${WORD_CHARS}])`,
  'giu',
);

const matchCache = new Map<string, string | null>();

export interface CountryMention {
  readonly canonical: string;
  readonly start: number;
  readonly end: number;
}

/** The canonical name for one exact name or adjective ("Estonian" → "Estonia"), or null. */
export function canonicalCountry(name: string): string | null {
  const trimmed = name.trim().replace(/^(?:(?:the|la|le|les)\s+|l['’]\s*)/i, '');
  return BY_ACRONYM.get(trimmed) || BY_FOLDED.get(foldForComparison(trimmed)) || null;
}

/**
 * Every country or organisation named in `text`, in order (positions relative to `text`). The
 * pattern is case-insensitive; acronyms only count in capitals ("US", never "us").
 */
export function findCountries(text: string): CountryMention[] {
  const mentions: CountryMention[] = [];
  // exec on the shared pattern, not matchAll: matchAll clones this large regex on every call, and
  // findCountries runs once per name and per condemnation. Nothing below re-enters it.
  COUNTRY_PATTERN.lastIndex = 0;
  for (let match = COUNTRY_PATTERN.exec(text); match !== null; match = COUNTRY_PATTERN.exec(text)) {
    let canonical = matchCache.get(match[0]);
    if (canonical === undefined) {
      canonical = canonicalCountry(match[0]);
      if (matchCache.size < 10_000) matchCache.set(match[0], canonical);
    }
    if (canonical) mentions.push({ canonical, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

export function isState(canonical: string): boolean {
  return !NON_STATES.has(canonical);
}

const countryWordCache = new Map<string, boolean>();

/** True when the word is a country name or adjective (so it is not part of a person's name), not a capital city. */
export function isCountryWord(word: string): boolean {
  let known = countryWordCache.get(word);
  if (known === undefined) {
    known = canonicalCountry(word) !== null && !isMetonym(word);
    if (countryWordCache.size < 10_000) countryWordCache.set(word, known);
  }
  return known;
}

/** "Washington", "Moscow": a capital that findCountries reports as its country. */
export function isMetonym(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(METONYMS, word.trim());
}
