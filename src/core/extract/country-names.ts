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
  Afghanistan: ['Afghan', 'afghane', 'afghan'],
  Argentina: ['Argentine', 'Argentinian', 'Argentine Republic', 'argentin'],
  Armenia: ['Armenian', 'Arménie', 'arménien', 'arménienne'],
  Australia: ['Australian', 'Australie', 'australien', 'australienne'],
  Austria: ['Austrian', 'Autriche', 'autrichien', 'autrichienne'],
  Azerbaijan: ['Azerbaijani', 'Azerbaïdjan', 'azerbaïdjanais', 'azerbaïdjanaise'],
  Bangladesh: ['Bangladeshi', 'bangladais', 'bangladaise'],
  Belarus: ['Belarusian', 'Bélarus', 'Biélorussie', 'bélarussien', 'bélarussienne'],
  Belgium: ['Belgian', 'Belgique', 'belge'],
  Brazil: ['Brazilian', 'Federative Republic of Brazil', 'Brésil', 'brésilien', 'brésilienne'],
  Cambodia: ['Cambodian', 'Cambodge', 'cambodgien', 'cambodgienne'],
  Canada: ['Canadian', 'canadien', 'canadienne'],
  Chile: ['Chilean', 'Chili', 'chilien', 'chilienne'],
  China: ["People's Republic of China", 'People’s Republic of China', 'Chinese', 'PRC', 'Chine', 'chinois', 'chinoise'],
  Colombia: ['Colombian', 'Colombie', 'colombien', 'colombienne'],
  Denmark: ['Danish', 'Danemark', 'danois', 'danoise'],
  Egypt: ['Egyptian', 'Égypte', 'égyptien', 'égyptienne'],
  Estonia: ['Estonian', 'Estonie', 'estonien', 'estonienne'],
  'European Union': ['EU', 'Union européenne', 'UE'],
  Fiji: ['Fijian', 'Republic of Fiji', 'Fidji', 'fidjien', 'fidjienne'],
  Finland: ['Finnish', 'Finlande', 'finlandais', 'finlandaise'],
  France: ['French Republic', 'French', 'République française', 'français', 'française'],
  Georgia: ['Georgian', 'Géorgie', 'géorgien', 'géorgienne'],
  Germany: ['German', 'Federal Republic of Germany', 'Allemagne', 'allemand', 'allemande'],
  Ghana: ['Ghanaian', 'ghanéen', 'ghanéenne'],
  Greece: ['Greek', 'Hellenic Republic', 'Hellenic', 'Grèce', 'République hellénique', 'grec', 'grecque'],
  Guatemala: ['Guatemalan', 'guatémaltèque'],
  Haiti: ['Haitian', 'Haïti', 'haïtien', 'haïtienne'],
  Honduras: ['Honduran', 'hondurien', 'hondurienne'],
  Hungary: ['Hungarian', 'Hongrie', 'hongrois', 'hongroise'],
  India: ['Indian', 'Republic of India', 'Inde', 'indien', 'indienne'],
  Indonesia: ['Indonesian', 'Republic of Indonesia', 'Indonésie', 'indonésien', 'indonésienne'],
  Iran: ['Iranian', 'Islamic Republic of Iran', 'iranien', 'iranienne'],
  Iraq: ['Iraqi', 'Irak', 'irakien', 'irakienne'],
  Ireland: ['Irish', 'Irlande', 'irlandais', 'irlandaise'],
  Israel: ['Israeli', 'Israël', 'israélien', 'israélienne'],
  Italy: ['Italian', 'Italie', 'italien', 'italienne'],
  Japan: ['Japanese', 'Japon', 'japonais', 'japonaise'],
  Jordan: ['Jordanian', 'Jordanie', 'jordanien', 'jordanienne'],
  Kazakhstan: ['Kazakh', 'kazakh', 'kazakhe'],
  Kenya: ['Kenyan', 'kényan', 'kényane'],
  Latvia: ['Latvian', 'Republic of Latvia', 'Lettonie', 'letton', 'lettone'],
  Lebanon: ['Lebanese', 'Liban', 'libanais', 'libanaise'],
  Lithuania: ['Lithuanian', 'Republic of Lithuania', 'Lituanie', 'lituanien', 'lituanienne'],
  Malaysia: ['Malaysian', 'Malaisie', 'malaisien', 'malaisienne'],
  Mali: ['Malian', 'malien', 'malienne'],
  Mexico: ['Mexican', 'United Mexican States', 'Mexique', 'mexicain', 'mexicaine'],
  Moldova: ['Moldovan', 'Republic of Moldova', 'Moldavie', 'moldave'],
  Mongolia: ['Mongolian', 'Mongolie', 'mongol', 'mongole'],
  Morocco: ['Moroccan', 'Maroc', 'marocain', 'marocaine'],
  Myanmar: ['Burma', 'Burmese', 'Birmanie', 'birman', 'birmane'],
  Netherlands: ['Dutch', 'Pays-Bas', 'néerlandais', 'néerlandaise'],
  'New Zealand': ['New Zealander', 'Aotearoa', 'Nouvelle-Zélande', 'néo-zélandais', 'néo-zélandaise'],
  Niger: ['Nigerien', 'nigérien', 'nigérienne'],
  Nigeria: ['Nigerian', 'Nigéria', 'nigérian', 'nigériane'],
  'North Korea': ["Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea', 'DPRK', 'North Korean', 'Corée du Nord', 'nord-coréen', 'nord-coréenne'],
  Norway: ['Norwegian', 'Norvège', 'norvégien', 'norvégienne'],
  Pakistan: ['Pakistani', 'pakistanais', 'pakistanaise'],
  Peru: ['Peruvian', 'Pérou', 'péruvien', 'péruvienne'],
  Philippines: ['Philippine', 'Filipino', 'Republic of the Philippines', 'philippin'],
  Poland: ['Polish', 'Republic of Poland', 'Pologne', 'polonais', 'polonaise'],
  Portugal: ['Portuguese', 'portugais', 'portugaise'],
  'Republic of Korea': ['South Korea', 'South Korean', 'Korea', 'Korean', 'ROK', 'Corée du Sud', 'République de Corée', 'Corée', 'sud-coréen', 'sud-coréenne'],
  Romania: ['Romanian', 'Roumanie', 'roumain', 'roumaine'],
  Russia: ['Russian Federation', 'Russian', 'Russie', 'russe'],
  Samoa: ['Samoan', 'Independent State of Samoa'],
  'Saudi Arabia': ['Saudi', 'Arabie saoudite', 'saoudien', 'saoudienne'],
  Senegal: ['Senegalese', 'Republic of Senegal', 'Sénégal', 'sénégalais', 'sénégalaise', 'République du Sénégal'],
  Singapore: ['Singaporean', 'Singapour', 'singapourien', 'singapourienne'],
  'South Africa': ['South African', 'Afrique du Sud', 'sud-africain', 'sud-africaine'],
  Spain: ['Spanish', 'Espagne', 'espagnol', 'espagnole'],
  Sudan: ['Sudanese', 'Soudan', 'soudanais', 'soudanaise'],
  Sweden: ['Swedish', 'Suède', 'suédois', 'suédoise'],
  Switzerland: ['Swiss', 'Suisse'],
  Syria: ['Syrian', 'Syrie', 'syrien', 'syrienne'],
  Taiwan: ['Taiwanese', 'taïwanais', 'taïwanaise'],
  Thailand: ['Thai', 'Thaïlande', 'thaïlandais', 'thaïlandaise'],
  Tonga: ['Tongan'],
  Türkiye: ['Turkey', 'Turkish', 'Turquie', 'turc', 'turque'],
  Ukraine: ['Ukrainian', 'ukrainien', 'ukrainienne'],
  'United Arab Emirates': ['UAE', 'Émirats arabes unis', 'émirien', 'émirienne'],
  // The long form and Northern Ireland name the United Kingdom, not Ireland ("the United Kingdom of Great Britain and Northern Ireland").
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain', 'British', 'Royaume-Uni', 'britannique', 'United Kingdom of Great Britain and Northern Ireland', 'United Kingdom and Northern Ireland', 'Northern Ireland', 'Grande-Bretagne', "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", 'Irlande du Nord'],
  'United States': ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'American', 'États-Unis', 'américain', 'américaine'],
  Venezuela: ['Venezuelan', 'vénézuélien', 'vénézuélienne'],
  'Viet Nam': ['Vietnam', 'Vietnamese', 'Socialist Republic of Viet Nam', 'Socialist Republic of Vietnam', 'vietnamien', 'vietnamienne'],
  Yemen: ['Yemeni', 'Yémen', 'yéménite'],
  // The rest of the UN member states and observers, so any statement's countries are found (names,
  // adjectives, French names; aliases that are also common first names — Maurice, Salvador — left out).
  Albania: ['Albanian', 'Albanie', 'albanais', 'albanaise'],
  Algeria: ['Algerian', 'Algérie', 'algérien', 'algérienne'],
  Andorra: ['Andorran', 'Andorre'],
  Angola: ['Angolan', 'angolais', 'angolaise'],
  'Antigua and Barbuda': ['Antigua-et-Barbuda', 'Antigua et Barbuda'],
  Bahamas: ['Bahamian'],
  Bahrain: ['Bahraini', 'Bahreïn', 'bahreïnien', 'bahreïnienne'],
  Barbados: ['Barbadian', 'Barbade'],
  Belize: ['Belizean'],
  Benin: ['Beninese', 'Bénin', 'béninois', 'béninoise'],
  Bhutan: ['Bhutanese', 'Bhoutan'],
  Bolivia: ['Bolivian', 'Bolivie', 'bolivien', 'bolivienne'],
  'Bosnia and Herzegovina': ['Bosnian', 'Bosnia', 'Bosnie', 'Bosnie-Herzégovine', 'bosnien', 'bosnienne'],
  Botswana: [],
  Brunei: ['Brunei Darussalam'],
  Bulgaria: ['Bulgarian', 'Bulgarie', 'bulgare'],
  'Burkina Faso': ['Burkinabe', 'burkinabè'],
  Burundi: ['Burundian', 'burundais', 'burundaise'],
  // "said the Cabo Verdean chief of diplomacy" (Inforpress, 2017, round 58).
  'Cabo Verde': ['Cape Verde', 'Cap-Vert', 'Cabo Verdean', 'Cape Verdean', 'cap-verdien', 'cap-verdienne'],
  Cameroon: ['Cameroonian', 'Cameroun', 'camerounais', 'camerounaise'],
  'Central African Republic': ['République centrafricaine', 'centrafricain', 'centrafricaine'],
  Chad: ['Chadian', 'Tchad', 'tchadien', 'tchadienne'],
  // « le Président de l’Union des Comores Azali Assoumani » (US embassy in Comoros, 2023, round 59).
  Comoros: ['Comorian', 'Comores', 'Union des Comores', 'Union of the Comoros', 'comorien', 'comorienne'],
  'Democratic Republic of the Congo': ['DRC', 'DR Congo', 'République démocratique du Congo', 'RDC', 'congolais', 'congolaise', 'Congo (Kinshasa)', 'congolais (Kinshasa)', 'congolaise (Kinshasa)'],
  'Republic of the Congo': ['Congo-Brazzaville', 'République du Congo', 'Congo (Brazzaville)', 'congolais (Brazzaville)', 'congolaise (Brazzaville)'],
  // Self-governing states in free association with New Zealand, members of the Pacific Islands Forum: "Forum Chair, Cook Islands
  // Prime Minister Mark Brown" (Prime Minister of Australia, 2023, round 73).
  'Cook Islands': ['Cook Islander', 'Îles Cook'],
  Niue: ['Niuean'],
  'Costa Rica': ['Costa Rican', 'costaricien', 'costaricienne'],
  'Côte d’Ivoire': ["Côte d'Ivoire", 'Ivory Coast', 'Ivorian', 'ivoirien', 'ivoirienne'],
  Croatia: ['Croatian', 'Croatie', 'croate'],
  Cuba: ['Cuban', 'cubain', 'cubaine'],
  Cyprus: ['Cypriot', 'Chypre', 'chypriote'],
  Czechia: ['Czech Republic', 'Czech', 'Tchéquie', 'République tchèque', 'tchèque'],
  Djibouti: [],
  Dominica: [],
  'Dominican Republic': ['Dominican', 'République dominicaine', 'dominicain', 'dominicaine'],
  Ecuador: ['Ecuadorian', 'Équateur', 'équatorien', 'équatorienne'],
  'El Salvador': ['Salvadoran', 'Salvadorean'],
  // « son homologue equatoro-guinéen » (Alakhbar, round 38): not Guinea.
  'Equatorial Guinea': ['Guinée équatoriale', 'Equatoguinean', 'Equatorial Guinean', 'équato-guinéen', 'équato-guinéenne', 'equato-guinéen', 'equatoro-guinéen', 'équatoguinéen', 'équatoguinéenne'],
  Eritrea: ['Eritrean', 'Érythrée', 'érythréen', 'érythréenne'],
  Eswatini: ['Swaziland'],
  Ethiopia: ['Ethiopian', 'Éthiopie', 'éthiopien', 'éthiopienne'],
  Gabon: ['Gabonese', 'gabonais', 'gabonaise'],
  Gambia: ['Gambian', 'The Gambia', 'Gambie'],
  Grenada: ['Grenadian', 'Grenade'],
  Guinea: ['Guinean', 'Guinée', 'guinéen', 'guinéenne'],
  'Guinea-Bissau': ['Guinée-Bissau'],
  Guyana: ['Guyanese'],
  Iceland: ['Icelandic', 'Islande', 'islandais', 'islandaise'],
  Jamaica: ['Jamaican', 'Jamaïque', 'jamaïcain', 'jamaïcaine'],
  Kiribati: [],
  Kosovo: [],
  Kuwait: ['Kuwaiti', 'Koweït', 'koweïtien', 'koweïtienne'],
  Kyrgyzstan: ['Kyrgyz', 'Kirghizistan'],
  Laos: ['Lao PDR', "Lao People's Democratic Republic", 'Lao People’s Democratic Republic', 'laotien', 'laotienne'],
  Lesotho: [],
  Liberia: ['Liberian', 'Libéria', 'libérien', 'libérienne'],
  Libya: ['Libyan', 'Libye', 'libyen', 'libyenne'],
  Liechtenstein: [],
  Luxembourg: ['Luxembourgish', 'luxembourgeois', 'luxembourgeoise'],
  Madagascar: ['Malagasy', 'malgache'],
  Malawi: ['Malawian'],
  Maldives: ['Maldivian'],
  Malta: ['Maltese', 'Malte', 'maltais', 'maltaise'],
  'Marshall Islands': ['Îles Marshall'],
  Mauritania: ['Mauritanian', 'Mauritanie', 'mauritanien', 'mauritanienne'],
  Mauritius: ['Mauritian', 'mauricien', 'mauricienne'],
  Micronesia: ['Federated States of Micronesia', 'FSM', 'Micronesian'],
  Monaco: ['Monégasque', 'Monegasque'],
  Montenegro: ['Montenegrin', 'Monténégro', 'monténégrin', 'monténégrine'],
  Mozambique: ['Mozambican', 'mozambicain', 'mozambicaine'],
  Namibia: ['Namibian', 'Namibie', 'namibien', 'namibienne'],
  Nauru: [],
  Nepal: ['Nepali', 'Nepalese', 'Népal', 'népalais', 'népalaise'],
  Nicaragua: ['Nicaraguan', 'nicaraguayen', 'nicaraguayenne'],
  'North Macedonia': ['Macédoine du Nord'],
  Oman: ['Omani', 'omanais', 'omanaise'],
  Palau: [],
  Palestine: ['Palestinian', 'State of Palestine', 'Palestinian Authority', 'palestinien', 'palestinienne'],
  Panama: ['Panamanian', 'panaméen', 'panaméenne'],
  'Papua New Guinea': ['Papouasie-Nouvelle-Guinée'],
  Paraguay: ['Paraguayan', 'paraguayen', 'paraguayenne'],
  Qatar: ['Qatari', 'qatarien', 'qatarienne'],
  Rwanda: ['Rwandan', 'rwandais', 'rwandaise'],
  // "the islands of Anguilla, St Kitts and Nevis and St Lucia" (FCDO, 2017, round 87): the abbreviated saint, with or without its dot.
  'Saint Kitts and Nevis': ['St Kitts and Nevis', 'St. Kitts and Nevis', 'Saint-Christophe-et-Niévès'],
  'Saint Lucia': ['Sainte-Lucie', 'St Lucia', 'St. Lucia'],
  'Saint Vincent and the Grenadines': ['Saint-Vincent-et-les-Grenadines', 'St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  'San Marino': ['Saint-Marin'],
  'Sao Tome and Principe': ['São Tomé and Príncipe', 'Sao Tomé-et-Principe'],
  Serbia: ['Serbian', 'Serbie', 'serbe'],
  Seychelles: [],
  'Sierra Leone': ['Sierra Leonean'],
  Slovakia: ['Slovak', 'Slovaquie', 'slovaque'],
  Slovenia: ['Slovenian', 'Slovénie', 'slovène'],
  'Solomon Islands': ['Îles Salomon'],
  Somalia: ['Somali', 'Somalie', 'somalien', 'somalienne'],
  'South Sudan': ['South Sudanese', 'Soudan du Sud', 'sud-soudanais', 'sud-soudanaise'],
  'Sri Lanka': ['Sri Lankan', 'sri-lankais', 'sri-lankaise'],
  Suriname: ['Surinamese'],
  Tajikistan: ['Tajik', 'Tadjikistan'],
  Tanzania: ['Tanzanian', 'Tanzanie', 'tanzanien', 'tanzanienne'],
  'Timor-Leste': ['East Timor', 'Timor Leste', 'Timorese', 'East Timorese', 'Timor oriental'],
  Togo: ['Togolese', 'togolais', 'togolaise'],
  'Trinidad and Tobago': ['Trinité-et-Tobago'],
  Tunisia: ['Tunisian', 'Tunisie', 'tunisien', 'tunisienne'],
  Turkmenistan: ['Turkmen'],
  Tuvalu: [],
  Uganda: ['Ugandan', 'Ouganda', 'ougandais', 'ougandaise'],
  Uruguay: ['Uruguayan', 'uruguayen', 'uruguayenne'],
  Uzbekistan: ['Uzbek', 'Ouzbékistan', 'ouzbek', 'ouzbèke'],
  Vanuatu: [],
  Zambia: ['Zambian', 'Zambie', 'zambien', 'zambienne'],
  Zimbabwe: ['Zimbabwean', 'zimbabwéen', 'zimbabwéenne'],
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

export function escapeRegExp(text: string): string {
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

const canonicalCache = new Map<string, string | null>();

/** The canonical name for one exact name or adjective ("Estonian" → "Estonia"), or null. */
export function canonicalCountry(name: string): string | null {
  // The answer depends on the name alone (the tables are fixed): memoised, as the participant extractor asks it of every name it
  // meets, and the fold (NFD) is the costly part. Bounded: started again past 10,000 names, for a session of hours.
  const known = canonicalCache.get(name);
  if (known !== undefined) return known;
  const trimmed = name.trim().replace(/^(?:(?:the|la|le|les)\s+|l['’]\s*)/i, '');
  const canonical = BY_ACRONYM.get(trimmed) || BY_FOLDED.get(foldForComparison(trimmed)) || null;
  if (canonicalCache.size >= 10_000) canonicalCache.clear();
  canonicalCache.set(name, canonical);
  return canonical;
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
    // A French title in capitals: « VISITE DU PREMIER MINISTRE CHINOIS AU CANADA » (PMO, 2003) is « au », not the African Union.
    if (canonical && match[0] === 'AU' && /^\s+\p{Lu}{2,}/u.test(text.slice(match.index + 2, match.index + 12))) continue;
    // The Jordan Valley and the Jordan River are places in the West Bank and Israel, not Jordan: "the community of Humsa Al Bqai’a … in
    // the northern Jordan Valley, in the occupied West Bank" (Luxembourg's MFEA, 2020, round 121).
    if (canonical === 'Jordan' && /^\s+(?:Valley|River|valley|river)(?![\p{L}])/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
    if (canonical) mentions.push({ canonical, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

/** The last whole text findCountriesOfText read, and what it found. One entry: it holds one statement's text. */
let lastWholeText: { readonly text: string; readonly mentions: readonly CountryMention[] } | null = null;

/**
 * findCountries of a statement's whole text, remembered for the last text asked: the person finder (country words before a
 * name) and the issuing-country guess both read every country of the same text, and the scan was done twice. The same
 * result as findCountries (a function of the text alone), shared read-only.
 */
export function findCountriesOfText(text: string): readonly CountryMention[] {
  if (lastWholeText?.text !== text) lastWholeText = { text, mentions: findCountries(text) };
  return lastWholeText.mentions;
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
