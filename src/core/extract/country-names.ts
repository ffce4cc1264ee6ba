/**
 * A small gazetteer of countries and international organisations, with their English and French
 * names, formal names ("Federative Republic of Brazil") and adjectives ("Estonian", « mexicaine »).
 * Extractors use it to give participants a country in English, to find who a condemnation is aimed
 * at, and to keep country words out of person names. Matching is by whole words, longest first, so
 * "North Korean" is North Korea and never Korea.
 */
import { foldForComparison } from './sentence-helpers';
import { caselessPattern } from './caseless-pattern';

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
  // The rest of the UN member states and observers, so any statement's countries are found (names,
  // adjectives, French names; aliases that are also common first names — Maurice, Salvador — left out).
  Albania: ['Albanian', 'Albanie'],
  Algeria: ['Algerian', 'Algérie', 'algérien', 'algérienne'],
  Andorra: ['Andorran', 'Andorre'],
  Angola: ['Angolan'],
  'Antigua and Barbuda': ['Antigua-et-Barbuda'],
  Bahamas: ['Bahamian'],
  Bahrain: ['Bahraini', 'Bahreïn'],
  Barbados: ['Barbadian', 'Barbade'],
  Belize: ['Belizean'],
  Benin: ['Beninese', 'Bénin', 'béninois', 'béninoise'],
  Bhutan: ['Bhutanese', 'Bhoutan'],
  Bolivia: ['Bolivian', 'Bolivie'],
  'Bosnia and Herzegovina': ['Bosnian', 'Bosnie-Herzégovine'],
  Botswana: [],
  Brunei: ['Brunei Darussalam'],
  Bulgaria: ['Bulgarian', 'Bulgarie'],
  'Burkina Faso': ['Burkinabe', 'burkinabè'],
  Burundi: ['Burundian'],
  'Cabo Verde': ['Cape Verde', 'Cap-Vert'],
  Cameroon: ['Cameroonian', 'Cameroun', 'camerounais', 'camerounaise'],
  'Central African Republic': ['République centrafricaine', 'centrafricain', 'centrafricaine'],
  Chad: ['Chadian', 'Tchad', 'tchadien', 'tchadienne'],
  Comoros: ['Comorian', 'Comores'],
  'Democratic Republic of the Congo': ['DRC', 'DR Congo', 'République démocratique du Congo', 'RDC', 'congolais', 'congolaise'],
  'Republic of the Congo': ['Congo-Brazzaville', 'République du Congo'],
  'Costa Rica': ['Costa Rican'],
  'Côte d’Ivoire': ["Côte d'Ivoire", 'Ivory Coast', 'Ivorian', 'ivoirien', 'ivoirienne'],
  Croatia: ['Croatian', 'Croatie'],
  Cuba: ['Cuban', 'cubain', 'cubaine'],
  Cyprus: ['Cypriot', 'Chypre'],
  Czechia: ['Czech Republic', 'Czech', 'Tchéquie', 'République tchèque', 'tchèque'],
  Djibouti: [],
  Dominica: [],
  'Dominican Republic': ['Dominican', 'République dominicaine'],
  Ecuador: ['Ecuadorian', 'Équateur'],
  'El Salvador': ['Salvadoran', 'Salvadorean'],
  'Equatorial Guinea': ['Guinée équatoriale'],
  Eritrea: ['Eritrean', 'Érythrée'],
  Eswatini: ['Swaziland'],
  Ethiopia: ['Ethiopian', 'Éthiopie', 'éthiopien', 'éthiopienne'],
  Gabon: ['Gabonese', 'gabonais', 'gabonaise'],
  Gambia: ['Gambian', 'The Gambia', 'Gambie'],
  Grenada: ['Grenadian', 'Grenade'],
  Guinea: ['Guinean', 'Guinée', 'guinéen', 'guinéenne'],
  'Guinea-Bissau': ['Guinée-Bissau'],
  Guyana: ['Guyanese'],
  Iceland: ['Icelandic', 'Islande'],
  Jamaica: ['Jamaican', 'Jamaïque'],
  Kiribati: [],
  Kosovo: [],
  Kuwait: ['Kuwaiti', 'Koweït'],
  Kyrgyzstan: ['Kyrgyz', 'Kirghizistan'],
  Laos: ['Lao PDR', "Lao People's Democratic Republic", 'Lao People’s Democratic Republic'],
  Lesotho: [],
  Liberia: ['Liberian', 'Libéria'],
  Libya: ['Libyan', 'Libye', 'libyen', 'libyenne'],
  Liechtenstein: [],
  Luxembourg: ['Luxembourgish'],
  Madagascar: ['Malagasy'],
  Malawi: ['Malawian'],
  Maldives: ['Maldivian'],
  Malta: ['Maltese', 'Malte'],
  'Marshall Islands': ['Îles Marshall'],
  Mauritania: ['Mauritanian', 'Mauritanie', 'mauritanien', 'mauritanienne'],
  Mauritius: ['Mauritian'],
  Micronesia: ['Federated States of Micronesia'],
  Monaco: ['Monégasque', 'Monegasque'],
  Montenegro: ['Montenegrin', 'Monténégro'],
  Mozambique: ['Mozambican'],
  Namibia: ['Namibian', 'Namibie'],
  Nauru: [],
  Nepal: ['Nepali', 'Nepalese', 'Népal'],
  Nicaragua: ['Nicaraguan'],
  'North Macedonia': ['Macédoine du Nord'],
  Oman: ['Omani'],
  Palau: [],
  Palestine: ['Palestinian', 'State of Palestine', 'Palestinian Authority', 'palestinien', 'palestinienne'],
  Panama: ['Panamanian'],
  'Papua New Guinea': ['Papouasie-Nouvelle-Guinée'],
  Paraguay: ['Paraguayan'],
  Qatar: ['Qatari'],
  Rwanda: ['Rwandan', 'rwandais', 'rwandaise'],
  'Saint Kitts and Nevis': [],
  'Saint Lucia': ['Sainte-Lucie'],
  'Saint Vincent and the Grenadines': ['Saint-Vincent-et-les-Grenadines'],
  'San Marino': ['Saint-Marin'],
  'Sao Tome and Principe': ['São Tomé and Príncipe', 'Sao Tomé-et-Principe'],
  Serbia: ['Serbian', 'Serbie'],
  Seychelles: [],
  'Sierra Leone': ['Sierra Leonean'],
  Slovakia: ['Slovak', 'Slovaquie'],
  Slovenia: ['Slovenian', 'Slovénie'],
  'Solomon Islands': ['Îles Salomon'],
  Somalia: ['Somali', 'Somalie'],
  'South Sudan': ['South Sudanese', 'Soudan du Sud'],
  'Sri Lanka': ['Sri Lankan'],
  Suriname: ['Surinamese'],
  Tajikistan: ['Tajik', 'Tadjikistan'],
  Tanzania: ['Tanzanian', 'Tanzanie'],
  'Timor-Leste': ['East Timor'],
  Togo: ['Togolese', 'togolais', 'togolaise'],
  'Trinidad and Tobago': ['Trinité-et-Tobago'],
  Tunisia: ['Tunisian', 'Tunisie', 'tunisien', 'tunisienne'],
  Turkmenistan: ['Turkmen'],
  Tuvalu: [],
  Uganda: ['Ugandan', 'Ouganda'],
  Uruguay: ['Uruguayan'],
  Uzbekistan: ['Uzbek', 'Ouzbékistan'],
  Vanuatu: [],
  Zambia: ['Zambian', 'Zambie'],
  Zimbabwe: ['Zimbabwean'],
  'Holy See': ['Vatican'],
  CARICOM: ['Caribbean Community', 'Communauté des Caraïbes'],
  OSCE: ['Organization for Security and Co-operation in Europe'],
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
const NON_STATES = new Set(['United Nations', 'NATO', 'ASEAN', 'African Union', 'Organization of American States', 'CARICOM', 'OSCE', 'Houthis', 'Hamas', 'Hezbollah', 'Islamic State', 'Rapid Support Forces', 'Sudanese Armed Forces']);

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
const COUNTRY_PATTERN = caselessPattern(
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
