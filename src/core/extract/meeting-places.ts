/**
 * Places in statements, for the meeting extractor: what may stand as a meeting's city (not a heading
 * line, a country, a region or a month), French city names in English (« La Haye » is The Hague),
 * buildings that stand for their city (Downing Street → London) and the city a sentence names ("in
 * Washington", "visiting Athens", "on 13 October 2017, Jakarta, Indonesia"). Lexicons are data here.
 */
import type { Language } from '../model/statement';
import { caselessPattern } from './caseless-pattern';
import { canonicalCountry, isMetonym } from './country-names';
import { MONTHS, WEEKDAYS } from './meeting-dates';
import { foldForComparison } from './sentence-helpers';

/** Page furniture that precedes a date on government sites ("Published 12 March 2025"), not a place. */
// Also the closing "ENDS Press Office 14 April 2021" of an Irish release (Ireland's DFA, 2021, round 120).
const NOT_A_PLACE =
  caselessPattern(String.raw`^(?:office\s+of\s+the\s+spokesperson|media\s+note|press\s+statement|bureau\s+du\s+porte-parole|published|updated|last updated|released|posted|issued|from|date|dated|publié|publiée|mis à jour|modifié|date de publication|readout|statement|joint statement|news release|media release|media statement|media advisory|press release|speech|remarks|transcript|provisional translation|communiqué|communiqué de presse|déclaration|compte rendu|release\s+no\.?|release\s+number|news\s+release\s+no\.?|(?:ends\s+)?press\s+office|ends)$`, 'iu');

/** A genre label with its issuer is no place: « Communiqué de l’Elysée (12 décembre 2019) » (Élysée, 2019, round 29). */
const LABEL_OF_ISSUER = caselessPattern(String.raw`^(?:communiqué|déclaration|compte\s+rendu|statement|press\s+release|news\s+release|media\s+release|readout)(?:\s+de\s+presse)?\s+(?:de|du|des|d['’]|of|by|from)(?![\p{L}])`, 'iu');

/**
 * Who is named, not where: an honorific (« à Son Excellence Brice Clotaire Oligui Nguema », Gabonese presidency, 2025,
 * round 36) or a news agency's name opening the lead as a city would (« AMI – Une réunion de concertation politique s'est
 * tenue aujourd'hui », Mauritania's AMI, 2018, round 36).
 */
const HONORIFIC = caselessPattern(
  String.raw`^(?:son|sa|leurs?|votre|his|her|their|your)\s+(?:excellence|excellency|majesté|majesty|altesse|highness|éminence|eminence|sainteté|holiness)$`,
  'iu',
);
// Agencies as they write themselves, case and all: "Spa", "Nan" and "Ena" are towns.
const AGENCY = new RegExp(String.raw`^(?:AMI|APS|AFP|AP|MAP|QNA|WAM|KUNA|SPA|BNA|ONA|PTI|ANI|IANS|IRNA|TASS|ITAR-TASS|RIA|Xinhua|Kyodo|Yonhap|Bernama|Antara|VNA|Agerpres|ANP|ATS|Belga|ANSA|EFE|DPA|MENA|SUNA|TAP|ABP|AIP|ACP|APA|AZERTAC|Kazinform|Montsame|ANGOP|NAN|KNA|GNA|AGP|AIB|ANG|ATOP|MAP-Express|AKP|ENA|TDH|Khovar|Prensa\s+Latina|Reuters)$`, 'u');
function isHonorificOrAgency(place: string): boolean {
  return HONORIFIC.test(place) || AGENCY.test(place);
}

export function cleanPlace(segment: string): string | null {
  // "30 March 2017, Male’;" (Maldives MFA): the dateline's stray punctuation is not the city's.
  const written = (segment.split(/[,(:;]/)[0]?.trim() ?? '').replace(/[’']+$/u, '');
  // A news agency's name before the city: « AKP Phnom Penh, 25 janvier 2017 – » (Agence Kampuchea Presse, round 37).
  const agency = /^(\p{Lu}{2,8})\s+(?=\p{Lu})/u.exec(written);
  const place = agency && isHonorificOrAgency(agency[1] ?? '') ? written.slice(agency[0].length) : written;
  // A byline: "By JT - Jan 17,2023 - Last updated at Jan 17,2023" (The Jordan Times, round 128).
  if (/^By\s/u.test(place)) return null;
  if (place === '' || /\d/.test(place) || place.length > 40 || !/^\p{Lu}/u.test(place) || NOT_A_PLACE.test(place) || LABEL_OF_ISSUER.test(place) || isHonorificOrAgency(place)) return null;
  // A reporter's byline, a given name then a surname in capitals: « Arnaud DOUMANHOUN 16 février 2018 » (Fraternité, Benin, 2018,
  // round 125). A city in a dateline is written in one case throughout ("ABU DHABI", "Abu Dhabi").
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Lu}{3,}(?:[-\s]\p{Lu}{2,})?$/u.test(place)) return null;
  // An acronym written with a lower-case letter, as a ministry labels its releases: "MoFA – On 28th September 2023, …" (Antigua
  // and Barbuda MFA, round 56), "MoD".
  if (!/\s/u.test(place) && place.length <= 6 && /\p{Ll}/u.test(place) && (place.match(/\p{Lu}/gu)?.length ?? 0) >= place.length - 1) return null;
  // Any word a month or a weekday, also after a preposition: "On Wednesday (5 September 2018), the adviser briefed …".
  if (place.split(/\s+/).some((word) => MONTHS[word.toLowerCase()] !== undefined || WEEKDAYS.test(word))) return null;
  // A heading line is no place ("Remarks by President Donald Tusk (25 November 2018)."): a city's name is
  // a few capitalised words, joined only by particles (Rio de Janeiro, Port of Spain, Frankfurt am Main).
  const words = place.split(/\s+/);
  // A heading in capitals is no place either: "AID AGREEMENTS WITH CAMBODIA" (a DFAT release, 2000) holds "WITH".
  if (place === place.toUpperCase() && words.some((word) => /^(?:WITH|AND|FOR|TO|IN|AT|BY|FROM|OF|THE|ET|POUR|AVEC|SUR)$/u.test(word)) && !CITIES_WITH_ARTICLE.has(foldForComparison(place))) return null;
  // An elided particle starts a word in lower case: « Cortina d’Ampezzo », « Villeneuve-d’Ascq » is one word already.
  if (words.length > 4 || words.some((word) => !/^\p{Lu}/u.test(word) && !PLACE_PARTICLES.has(word) && !/^[dl][’']\p{Lu}/u.test(word))) return null;
  // Nor does it end on a particle: "Publicated on: December 20, 2016" (Hungary's government, 2016, round 48) is a label, and so is
  // "Published On: 24 April 2024" (Oman MFA, round 74), capitalised.
  if (words.length > 1 && PLACE_PARTICLES.has((words[words.length - 1] ?? '').toLowerCase())) return null;
  // The article of « La Haye », « Le Caire », "The Hague" is part of the city's name; elsewhere it is not ("the Hotel …").
  if (CITIES_WITH_ARTICLE.has(foldForComparison(place))) return place;
  // A French city's article is its name's (« La Rochelle », « Le Bourget »); an English "the" is not ("the Hotel …").
  if (/^the\s/i.test(place)) return cleanPlace(place.replace(/^the\s+/i, ''));
  return place;
}

const PLACE_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'of', 'the', 'on', 'upon', 'am', 'an', 'der', 'di', 'da', 'do', 'del', 'el', 'en', 'y', 'sur', 'sous']);

/** Cities whose name begins with an article, folded (case and accents ignored: datelines write « LA HAYE »). */
const CITIES_WITH_ARTICLE = new Set(['la haye', 'the hague', 'le caire', 'la havane', 'la paz', 'le cap', 'la valette', 'le havre', 'la mecque', 'la nouvelle-orleans']);

/** City names in French releases, in English (« à Mexico » is Mexico City). */
const FRENCH_CITY_NAMES: Record<string, string> = {
  Mexico: 'Mexico City', Londres: 'London', Pékin: 'Beijing', Moscou: 'Moscow', Genève: 'Geneva', Bruxelles: 'Brussels',
  'La Haye': 'The Hague', Varsovie: 'Warsaw', Vienne: 'Vienna', Lisbonne: 'Lisbon', Athènes: 'Athens', Copenhague: 'Copenhagen',
  Séoul: 'Seoul', 'Le Caire': 'Cairo', Alger: 'Algiers', 'New Delhi': 'New Delhi', 'Nouvelle-Delhi': 'New Delhi', Québec: 'Quebec City',
  Varsovia: 'Warsaw', Édimbourg: 'Edinburgh', Munich: 'Munich', Dacca: 'Dhaka', Singapour: 'Singapore', Koweït: 'Kuwait City',
  'La Havane': 'Havana', 'Le Cap': 'Cape Town', 'La Valette': 'Valletta', 'La Mecque': 'Mecca', 'La Nouvelle-Orléans': 'New Orleans',
  // « Berne, le 28 août 2018 » (Swiss DDPS, round 24): English writes Bern.
  Berne: 'Bern', 'Addis-Abeba': 'Addis Ababa', 'Addis Abéba': 'Addis Ababa', 'Addis-Abéba': 'Addis Ababa', 'Addis Abeba': 'Addis Ababa',
  // « en marge du sommet de l’Union africaine à Addis Abeba » (24 Heures au Bénin, 2023, round 44), « à Nour-Soultan » (Vatican
  // News, 2022, round 42).
  'Nour-Soultan': 'Nur-Sultan',
  // « à Aoste » (Canton du Valais, 2009, round 45).
  Aoste: 'Aosta',
  // « à Bakou » (ANGOP, 2024, round 37) and the other capitals French writes its own way.
  Bakou: 'Baku', Tachkent: 'Tashkent', Erevan: 'Yerevan', Tbilissi: 'Tbilisi', Achgabat: 'Ashgabat', Douchanbé: 'Dushanbe',
  Bichkek: 'Bishkek', Kaboul: 'Kabul', Bagdad: 'Baghdad', Damas: 'Damascus', Beyrouth: 'Beirut', Jérusalem: 'Jerusalem',
  Riyad: 'Riyadh', Bucarest: 'Bucharest', Hanoï: 'Hanoi', Djakarta: 'Jakarta', Manille: 'Manila', Téhéran: 'Tehran',
  'Abou Dhabi': 'Abu Dhabi', Mascate: 'Muscat', Nicosie: 'Nicosia', Rangoun: 'Yangon', 'Oulan-Bator': 'Ulaanbaatar',
  Francfort: 'Frankfurt', Hambourg: 'Hamburg', Cracovie: 'Krakow', Venise: 'Venice', Salzbourg: 'Salzburg', Anvers: 'Antwerp',
  'Saint-Pétersbourg': 'Saint Petersburg', Sotchi: 'Sochi', Kichinev: 'Chisinau', Brasilia: 'Brasília',
  // « à New-York » (Comoros presidency, 2021, round 57), an older French spelling.
  'New-York': 'New York',
};

/**
 * Older English spellings of capitals, written so in releases of their time: "in Djakarta" (Australian Government, 1983, round 107),
 * "Peking", "Rangoon", "Bombay". The city in today's English, for scoring and for the note.
 */
const OLD_ENGLISH_CITY_NAMES: Readonly<Record<string, string>> = {
  Djakarta: 'Jakarta', Peking: 'Beijing', Rangoon: 'Yangon', Bombay: 'Mumbai', Calcutta: 'Kolkata', Madras: 'Chennai', Saigon: 'Ho Chi Minh City', 'Alma-Ata': 'Almaty', Kiev: 'Kyiv',
};

export function inEnglish(place: string, language: Language): string {
  return language === 'fr' ? (FRENCH_CITY_NAMES[place] ?? place) : (OLD_ENGLISH_CITY_NAMES[place] ?? place);
}

/**
 * States, provinces, regions and islands that texts name where a city would go ("met on the margins of
 * the G20 Summit in Bali", "The annual meeting will take place in Victoria"): by the corpus convention a
 * region or state is not a city. Cities that share a state's name (New York, Washington, Quebec) are left out.
 */
const REGIONS = new Set([
  'New South Wales', 'Victoria', 'Queensland', 'Tasmania', 'Western Australia', 'South Australia', 'Northern Territory',
  'Ontario', 'Alberta', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Prince Edward', 'Yukon', 'Nunavut',
  'California', 'Texas', 'Florida', 'Hawaii', 'Alaska', 'Virginia', 'Maryland', 'Massachusetts',
  'Bali', 'Java', 'Sumatra', 'Borneo', 'Sulawesi', 'Hokkaido', 'Okinawa', 'Sicily', 'Sardinia', 'Corsica', 'Crimea', 'Donbas', 'Donbass', 'Kashmir', 'Darfur', 'Bavaria', 'Catalonia', 'Normandy', 'Normandie', 'Bretagne', 'Provence',
  // Continents and world regions: "to discuss the security situation in Europe" places no meeting.
  'Europe', 'Asia', 'Africa', 'Oceania', 'Antarctica', 'Arctic', 'Americas', 'Caribbean', 'Balkans', 'Sahel', 'Indo-Pacific', 'Latin America',
  'North America', 'South America', 'Central America', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'West Africa', 'East Africa',
  'Afrique', 'Asie', 'Amérique', 'Océanie', 'Antarctique', 'Caraïbes', 'Balkans', 'Amérique latine',
]);

/**
 * Common nouns that programme and event names put in capitals after "in" ("Preventing Sexual Violence in Conflict",
 * "Trafficking in Persons", "Women in Peace and Security"): never a city, so the sentence's next "in X" is read instead.
 */
const NOT_A_CITY = new Set([
  'Conflict', 'Conflicts', 'Persons', 'Person', 'Peace', 'Security', 'Development', 'Action', 'Practice', 'Progress', 'Crisis',
  'Crises', 'Transition', 'Partnership', 'Government', 'Governance', 'Education', 'Health', 'Agriculture', 'Trade', 'Defence',
  'Defense', 'Future', 'Support', 'Force', 'Society', 'Science', 'Technology', 'Cyberspace', 'Space', 'Emergencies', 'Disasters',
  'Law', 'Justice', 'Power', 'Energy', 'Business', 'Innovation', 'Solidarity', 'Public', 'Order', 'Response', 'Leadership',
  // "State Secretary František Ružička in Talks with Slovenian Ambassador …" (Slovak MFA, 2019, round 36): a headline's capitals.
  'Talks', 'Talk', 'Discussions', 'Discussion', 'Conversation', 'Consultations', 'Negotiations', 'Dialogue', 'Meeting', 'Touch', 'Contact',
  // "Memorandum of Understanding on Bilateral Partnership in Environmental Affairs and Climate Change, was held in Brunei
  // Darussalam" (Brunei and Singapore, 2023, round 57): a field of an instrument's title.
  'Environmental', 'Environment', 'Climate', 'Foreign', 'Affairs', 'Human', 'Cooperation', 'Economic', 'Bilateral', 'Multilateral',
  // "signed eight instruments of cooperation in the areas of …, Mutual Legal Assistance in Criminal Matters, …" (Kenya MFA, round 83).
  'Criminal', 'Civil', 'Legal', 'Mutual', 'Military', 'Maritime', 'Financial', 'Consular', 'Customs', 'Tax', 'Taxation',
  // "the strengthened border protection measures announced in the 2009-10 Budget" (Australian minister, 2009, round 87).
  'Budget', 'Budgets',
  // A person's honorific after « à »: « a indiqué M. Xi à Mme Rice » (People's Daily, French, 2015, round 108).
  'M', 'Mme', 'Mmes', 'Mlle', 'Mgr', 'Me', 'Madame', 'Monsieur', 'Mademoiselle', 'Mr', 'Mrs', 'Ms', 'Dr', 'Messrs',
]);
/** The last word of a field, never of a city: "in Criminal Matters", "in Consular Affairs". */
// Also a body's seat named by its body: "visit to ECOWAS Institutions" (ECOWAS, 2016, round 88).
const NOT_A_CITY_END = /\s(?:Matters|Affairs|Issues|Relations|Assistance|Cooperation|Institutions?|Headquarters|Secretariat)$/u;

/** Countries that are their own capital city. */
const CITY_STATES = new Set(['Singapore', 'Luxembourg', 'Monaco', 'Singapour']);

/** Buildings that stand for their city in readouts ("welcomed … to Downing Street", "at the Pentagon"). */
const BUILDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // « à la Maison Blanche » (NATO, French, 2017) as "at the White House"; the Vice President's residence: "hosted President Cyril
  // Ramaphosa of South Africa for breakfast at the Naval Observatory today" (White House, 2022, round 148).
  // Not the building as the officials' employer: "led a high-level delegation of White House and State Department officials to meet
  // with President Giammattei" (White House, 2023, round 84) met in Guatemala.
  [/(?<![\p{L}])(?:White\s+House|Maison[\s-]Blanche|Pentagon|State\s+Department|Blair\s+House|Naval\s+Observatory)(?![\p{L}])(?!\s+(?:and\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+){1,3})?(?:officials?|staff|aides?|team|delegation|representatives?)(?![\p{L}]))/u, 'Washington'],
  [/(?<![\p{L}])(?:Kremlin)(?![\p{L}])/u, 'Moscow'],
  [/(?<![\p{L}])(?:Great\s+Hall\s+of\s+the\s+People|Diaoyutai|Zhongnanhai)(?![\p{L}])/u, 'Beijing'],
  [/(?<![\p{L}])(?:Hyderabad\s+House|Rashtrapati\s+Bhavan)(?![\p{L}])/u, 'New Delhi'],
  // Not an office held there: "Baroness Anelay, the Foreign Office Minister for the Overseas Territories and Caribbean" (FCDO, 2017, round 87).
  [/(?<![\p{L}])(?:Downing\s+Street|Lancaster\s+House|Chequers|Foreign\s+Office(?!\s+(?:[Cc]onsultations|[Mm]inisters?|[Oo]fficials?|[Ss]pokes))|Admiralty\s+House|No\.?\s?10|Number\s+(?:10|Ten))(?![\p{L}\p{N}])/u, 'London'],
  [/(?<![\p{L}])(?:NATO\s+Headquarters|si[èe]ge\s+de\s+l[’'](?:OTAN|Alliance)|Berlaymont|Justus\s+Lipsius|Europa\s+building)(?![\p{L}])/u, 'Brussels'],
  [/(?<![\p{L}])(?:Parliament\s+Hill|Rideau\s+Hall|Global\s+Affairs\s+Canada\s+headquarters)(?![\p{L}])/u, 'Ottawa'],
  // « s’est tenu le 19 octobre 2017 à Matignon, à Paris » (Senegal's embassy in Paris, round 26): the Prime Minister's seat.
  [/(?<![\p{L}])(?:[ÉE]lys[ée]e|Quai\s+d[’']Orsay|(?:Hôtel\s+(?:de\s+)?)?Matignon)(?![\p{L}])/u, 'Paris'],
  [/(?<![\p{L}])(?:Kantei|Iikura\s+Guest\s+House)(?![\p{L}])/u, 'Tokyo'],
  // Other foreign ministries' and leaders' seats: "met … at the Farnesina Palace" (Italy MFA, 2021), "a ceremony held … at Palácio do
  // Itamaraty" (Brazil MRE; both round 47), "the work meeting at Torre Tagle Palace" (Andina, round 43).
  [/(?<![\p{L}])(?:Farnesina|Palazzo\s+Chigi|Quirinale)(?![\p{L}])/u, 'Rome'],
  [/(?<![\p{L}])(?:Pal[áa]cio\s+do\s+Itamaraty|Itamaraty\s+Palace|Pal[áa]cio\s+do\s+Planalto)(?![\p{L}])/u, 'Brasília'],
  [/(?<![\p{L}])(?:Torre\s+Tagle|Palacio\s+de\s+Gobierno\s+del\s+Per[úu])(?![\p{L}])/u, 'Lima'],
  [/(?<![\p{L}])(?:Casa\s+Rosada|Palacio\s+San\s+Mart[íi]n)(?![\p{L}])/u, 'Buenos Aires'],
  [/(?<![\p{L}])(?:Moncloa|Palacio\s+de\s+Santa\s+Cruz)(?![\p{L}])/u, 'Madrid'],
  // "Place: Press Centre, Rosenbad" (a Swedish Government release, 2023, round 121): the Government Offices; Arvfurstens palats is
  // the Ministry for Foreign Affairs.
  [/(?<![\p{L}])(?:Rosenbad|Arvfurstens\s+palats)(?![\p{L}])/u, 'Stockholm'],
  // « a eu hier une série de rencontres au palais Bustros avec les ambassadeurs » (L'Orient-Le Jour; round 126): Lebanon's foreign
  // ministry; Baabda is the presidential palace above the city, and the Grand Sérail the Prime Minister's seat.
  [/(?<![\p{L}])(?:[Pp]alais\s+Bustros|Bustros\s+Palace|Grand\s+S[ée]rail|[Pp]alais\s+de\s+Baabda|Baabda\s+Palace)(?![\p{L}])/u, 'Beirut'],
  // "On Friday 18 th March at Urugwiro Village, President Kagame received …" (Rwanda, 2022), "welcomed … at his official residence,
  // Mahlamba Ndlopfu, Pretoria" (South Africa's Presidency, 2023; both round 106), "at the Union Buildings".
  [/(?<![\p{L}])Urugwiro\s+Village(?![\p{L}])/u, 'Kigali'],
  [/(?<![\p{L}])(?:Mahlamba\s+Ndlopfu|Union\s+Buildings)(?![\p{L}])/u, 'Pretoria'],
  // "the high-level meeting … that took place on March 9, 2023 in Mexico’s National Palace" (White House, 2023, round 102).
  [/(?<![\p{L}])(?:Mexico['’]s\s+National\s+Palace|National\s+Palace\s+of\s+Mexico|Palacio\s+Nacional\s+de\s+M[ée]xico|Los\s+Pinos)(?![\p{L}])/u, 'Mexico City'],
  // "on the margins of the 78th session of the UN General Assembly", « en marge de … l’Assemblée générale des Nations Unies ».
  [/(?<![\p{L}])(?:(?:United\s+Nations|UN)\s+General\s+Assembly|UNGA|Assemblée\s+générale\s+des\s+Nations\s+[Uu]nies|AGNU)(?![\p{L}])/u, 'New York'],
];

export function placeOfBuilding(sentence: string): string | null {
  for (const [pattern, city] of BUILDINGS) if (pattern.test(sentence)) return city;
  return null;
}

const DATE_CITY_COUNTRY = /\d{4},\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?),\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?=[,.;]|$)/u;

const ELSEWHERE_EVENT_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:men(?:é|ée|és|ées)|perpétr(?:é|ée|és|ées)|commis(?:e|es)?|survenu(?:e|s|es)?|carried\s+out|perpetrated|committed|attacks?|attaques?|attentats?|bombings?|shootings?|explosions?|massacres?)\s+$` +
    // Where diplomats are accredited or posted, not where they meet: « la cérémonie des vœux aux Représentants du Corps
    // diplomatique accrédité à Monaco s’est déroulée … à l’Hôtel Intercontinental à Paris » (Monaco, 2017).
    String.raw`|(?<![\p{L}])(?:accrédit(?:é|ée|és|ées)|accredited|en\s+poste|posted|stationed|based|résidant|resident)\s+$` +
    // Where the minister spoke, not where the meeting is: "Mr Andrew Peacock, said in Paris today that he has been invited to have
    // discussions on 3 July with the ASEAN Foreign Ministers after their meeting in Bali" (DFAT, 1979, round 85).
    String.raw`|(?<![\p{L}])(?:said|says|stated|declared|told\s+(?:reporters|journalists|the\s+press)|speaking)\s+$` +
    // Where someone was elected or born, not where the meeting is: « M. Berset, élu en juin 2024 à Strasbourg, s'est aussi entretenu
    // avec … » (RFJ, 2025, round 126).
    String.raw`|(?<![\p{L}])(?:élu(?:e|s|es)?|réélu(?:e|s|es)?|elected|re-elected|né(?:e)?|born)\s+(?:[^.;,]{0,30}?\s)?$` +
    // "the nerve agent attack that recently took place in Salisbury" (No 10, 2018).
    String.raw`|(?<![\p{L}])(?:attacks?|attaques?|attentats?|bombings?|shootings?|explosions?|incidents?)\s+(?:that\s+|which\s+|qui\s+)?(?:\p{L}+ly\s+)?(?:took\s+place|happened|occurred|a\s+eu\s+lieu|s['’]est\s+produite?)\s+$` +
    // A stay the text recalls, not the meeting: « à la suite de son récent séjour à Conakry » (Gabonese presidency, 2025,
    // round 36), "following his recent visit to Nairobi".
    String.raw`|(?<![\p{L}])(?:récent|dernier|recent|last|previous|précédent)\s+(?:séjour|visite|voyage|déplacement|stay|visit|trip)\s+$|(?<![\p{L}])(?:recent|last|previous)\s+$` +
    // Earlier talks the meeting follows: "a logical continuation of the recent discussions held in Reykjavik" (White House, 2021, round 129).
    String.raw`|(?<![\p{L}])(?:recent|previous|earlier|prior|last)\s+(?:[\p{L}-]+\s+){0,2}?(?:discussions|meetings?|talks|consultations)\s+(?:held\s+)?$` +
    // A war or an aggression the talks were about: "the ongoing Zionist aggression against our people in Gaza" (Iraq's Prime
    // Minister's office, 2024, round 70), "the war in Gaza".
    String.raw`|(?<![\p{L}])(?:aggression|war|occupation|siege|blockade|agression|guerre)\s+(?:(?:against|on|contre)\s+(?:[^.;,]{0,30}?\s)?)?$` +
    // The situation the talks were about: "met with … to discuss the situation in Gaza" (White House, 2024, round 148).
    String.raw`|(?<![\p{L}])(?:situation|crisis|conflict|fighting|hostilities|violence|(?:military\s+)?operations)\s+$` +
    // A visit told as another time's: "As I said when I visited Belfast last year to mark the 25th anniversary" (White House, 2024, round 149).
    String.raw`|(?<![\p{L}])when\s+(?:I|we|he|she|they)\s+$`, 'iu');
/** A visit dated in the past, before "visit to": "Building on the Vice President’s August 2021 visit to Singapore" (White House, 2022, round 148). */
const YEAR_BEFORE = /(?<![\p{L}\p{N}])(?:19|20)\d\d\s+$/u;

/** "… today in Washington", "… at the Ministry of Foreign Affairs in Seoul on April 9". */
/** Words of an office, which no city's name ends on. */
const OFFICE_AFTER_CITY = /^(?:Acting|Prime|President|Minister|Foreign|Secretary|Chancellor|Deputy|Vice|King|Queen|Ambassador|Président|Présidente|Ministre|Premier|Première|Chancelier|Chancelière|Secrétaire)$/u;

const SUBJECT_IN_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:course|courses|degree|diploma|expertise|specialists|cours|diplôme|spécialistes)\s+$`, 'iu');

const VISITOR_OFFICE = /^(?:Prime|President|Vice|Deputy|Minister|Foreign|Defen[cs]e|Secretary|Chancellor|King|Queen|Emir|Crown|Premier|Governor|Senator|Ambassador|Delegation|Chief|Head|Director|Special)(?![a-z])/u;

/** A city's own particles, between its capitalised words: "Dar es Salaam", "Rio de Janeiro", "Port of Spain", "Sharm El Sheikh" (White House, 2022, round 149). */
const CITY_NAME_PARTICLES = ['es', 'de', 'da', 'do', 'of', 'del', 'am', 'El'];
/** "in X", « à X », "visiting X" and the like, then a city of up to three capitalised words (placeInSentence reads it with matchAll).
 * Also "the designation of a Presidential Delegation to Warsaw, Poland, to attend the Presidential Inauguration" (White House, 2025,
 * round 155). */
const PLACE_AFTER_PREPOSITION = new RegExp(String.raw`(?<![\p{L}])(?:[Ii]n(?:\s+the\s+(?:\p{Lu}[\p{L}-]+\s+)?capital(?:\s+city)?,?|\s+\p{Lu}[\p{L}-]+[’']s\s+(?:\p{Ll}+\s+)?capital(?:\s+city)?,?|\s+the\s+(?:\p{Lu}[\p{L}-]+\s+)?city\s+of)?|[Dd]ans\s+la\s+(?:ville|capitale)(?:\s+\p{Ll}+)?\s+de|la\s+capitale(?:\s+\p{Ll}+)?(?=\s+\p{Lu})|à|[Vv]isiting|visits|visited|[Vv]isit\s+(?:of\s+(?:[^\s;,]+\s+){1,8}?)?to|to\s+visit|(?<!also\s)will\s+visit|(?:left|departed|leaves|departs)\s+for|arrived\s+in|[Tt]ravel(?:l?ed)?\s+to|trip\s+to|led\s+(?:a|an|the)\s+(?:[\p{L}.-]+\s+){0,3}?delegation\s+to|[Pp]residential\s+[Dd]elegation\s+to)\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+(?:(?:${CITY_NAME_PARTICLES.join('|')})\s+)?\p{Lu}[\p{L}\p{M}'’-]+){0,2})`, 'gu');

/** " and Tobago", " et Barbuda": the rest of a name joined by "and" (a country's: "Trinidad and Tobago", « Antigua-et-Barbuda »). */
const JOINED_NAME_AFTER = /^\s+(?:and|et|&)\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}/u;

const BUILDING_THEN_CITY = /(?<![\p{L}])at\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,4}(?:House|Palace|Building|Hall|Centre|Center|Hotel|Headquarters|Secretariat|Residence),\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?)(?=\s*[,.;]|\s+on\s|\s*$)/u;

export function placeInSentence(sentence: string): string | null {
  // "Visiting Athens on Thursday, …", "visits Washington DC", « en visite à Rome » as well as "in X" / « à X ».
  // "Minister for Foreign Affairs Pekka Haavisto will visit Oslo on 4 September" (Finland's foreign ministry, 2019, round 72).
  // Also "met here in the capital Sana'a" (Saba, 2017, round 55), "in the Kenyan capital Nairobi", "in the capital city, Accra",
  // "in Angola’s port capital, Luanda" (MBC, 2023), « a quitté la capitale Nouakchott » (Taqadoumy, 2020; both round 126).
  // "The excellent relations were reaffirmed during the visit of H.E President Ashraf Ghani to Stockholm on 4 December 2015" (Sweden and
  // Afghanistan, 2015, round 94).
  // « dans la ville chinoise de Sanya (sud) » (Xinhua in French, 2013, round 108), "in the Chinese city of Sanya".
  // A city's own particle joins its words: "at Julius Nyerere Convention Centre in Dar es Salaam, Tanzania" (Malawi's High Commission,
  // 2022, round 119), "Rio de Janeiro", "Port of Spain".
  const pattern = PLACE_AFTER_PREPOSITION;
  for (const match of sentence.matchAll(pattern)) {
    // "to sign the Status of Visiting Forces Agreement" (New Zealand, 2025): a capitalised "Visiting" inside a sentence
    // belongs to a name; it opens a place only at the sentence's start ("Visiting Athens on Thursday, …").
    if (/^Visiting/u.test(match[0]) && (match.index ?? 0) > 0 && /\S/u.test(sentence.slice(0, match.index))) continue;
    // "met with the visiting Prime Minister of the Kingdom of the Netherlands" (Hong Kong SAR, 2018, round 33): a visitor's office.
    if (/^[Vv]isit/u.test(match[0]) && VISITOR_OFFICE.test(match[1] ?? '')) continue;
    // Where an attack happened, not the meeting: « des mesures prises … en réponse à l'attaque au neurotoxique menée à
    // Salisbury » (NATO, 2018), "the attack in Salisbury".
    if (ELSEWHERE_EVENT_BEFORE.test(sentence.slice(Math.max(0, (match.index ?? 0) - 60), match.index))) continue;
    if (/^[Vv]isit\s/u.test(match[0]) && YEAR_BEFORE.test(sentence.slice(Math.max(0, (match.index ?? 0) - 20), match.index))) continue;
    // "marking the conclusion of a course in Bee Keeping" (Israel MFA, 2000, round 32): a subject taught, not a place.
    if (SUBJECT_IN_BEFORE.test(sentence.slice(Math.max(0, (match.index ?? 0) - 30), match.index))) continue;
    // A possessive names a country's affair, not where the meeting was: "in South Sudan’s transition towards stability" (South
    // Sudan MOFAIC, 2024, round 63).
    // Nor does one inside the words taken: "in Mexico’s National Palace" (White House, 2023, round 102) is no city "Mexico’s National".
    if (/['’]s(?:\s|$)/u.test(match[1] ?? '')) continue;
    const words = (match[1] ?? '').split(' ');
    // Four capitalised words in a row after « à » name a person, not a city: « les remerciements du Président Mamadi Doumbouya à Brice
    // Clotaire Oligui Nguema » (Gabon Infos Live, 2025, round 127); not "in Port Moresby Papua New Guinea", "in Samarkand Acting …".
    if (words.length === 3 && /^à\s/u.test(match[0]) && /^\s+\p{Lu}\p{Ll}/u.test(sentence.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 3)) && !words.some((word) => CITY_NAME_PARTICLES.includes(word))) continue;
    // "in Rabat Thursday": a weekday or month written after the city is a time, not part of its name.
    // "I have met today in Brussels Prime Minister Ivica Dacic" (EEAS, 2012): an office after the city opens a name.
    while (words.length > 1 && (MONTHS[(words[words.length - 1] ?? '').toLowerCase()] !== undefined || WEEKDAYS.test(words[words.length - 1] ?? '') || OFFICE_AFTER_CITY.test(words[words.length - 1] ?? ''))) words.pop();
    // An honorific after the city opens a name: "the United Nations in Geneva Mr Peter Woolcott" (DFAT, 2014, round 134).
    const honorific = words.findIndex((word, k) => k > 0 && /^(?:Mr|Mrs|Ms|Dr|Mme|Sir|Dame)\.?$/u.test(word));
    if (honorific > 0) words.splice(honorific);
    // "in The Hague", « à La Haye »: the article belongs to these cities' names.
    if (CITIES_WITH_ARTICLE.has(foldForComparison(words.slice(0, 2).join(' ')))) return words.slice(0, 2).join(' ');
    // "in Papua New Guinea" is a country, not the city "Papua New".
    if (words.length === 3 && canonicalCountry(words.join(' '))) continue;
    // Nor is "Trinidad" of "her official visit to Trinidad and Tobago" (Trinidad and Tobago MFCA, 2022, round 42) a city.
    const joined = JOINED_NAME_AFTER.exec(sentence.slice((match.index ?? 0) + match[0].length));
    if (joined && canonicalCountry(`${match[1] ?? ''}${joined[0]}`)) continue;
    // Two words, or three with a particle between ("Dar es Salaam").
    const place = words.slice(0, words.length >= 3 && CITY_NAME_PARTICLES.includes(words[1] ?? '') ? 3 : 2).join(' ');
    // A word cut at a hyphen before digits is no place: "the recent spike in COVID-19 cases" (White House, 2021, round 139).
    if (/-$/u.test(place) || /^-?\d/u.test(sentence.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 2))) continue;
    // "at Silene in Skudraliena Parish of Daugavpils District" (Latvia MFA, 2020, round 24): a parish or district is no city.
    if (/\s(?:Parish|County|District|Province|Prefecture|Oblast|Governorate|Region|Municipality)$/u.test(place)) continue;
    // Nor is a military base: "the delegation’s visit to Joint Base Andrews to tour a U.S. B-52" (White House, 2022, round 152).
    if (words.some((word) => word === 'Base' || word === 'Barracks')) continue;
    // Nor a state's long name the country list does not hold: "concludes visit to Republic of Congo and Democratic Republic of
    // Congo" (Global Affairs Canada, 2020, round 154).
    if (/^(?:Republic|Kingdom|Federation|Commonwealth|Principality|Sultanate|Emirate|State|Union|Islamic|Democratic|Federal|People['’]s)$/u.test(words[0] ?? '')) continue;
    // "in Bali", "will take place in Victoria": a region, state or island is not a city.
    if (REGIONS.has(words.join(' ')) || REGIONS.has(place) || REGIONS.has(words[0] ?? '')) continue;
    const first = place.split(' ')[0] ?? '';
    if (canonicalCountry(place) && !isMetonym(place) && !CITY_STATES.has(place)) continue;
    // Two countries' pair is no place: "welcomed progress in Japan-Philippine defense cooperation" (Japan's MOD, 2024, round 123).
    if (/^\p{Lu}[\p{L}]+[-–]\p{Lu}[\p{L}]+$/u.test(place) && place.split(/[-–]/u).every((part) => canonicalCountry(part) !== null)) continue;
    // "in Mexico City", "in Kuwait City": a country's name followed by City is its capital.
    if (canonicalCountry(first) && !isMetonym(first) && !/\sCity$/u.test(place) && !CITY_STATES.has(first)) continue;
    if (/^(?:the|la|le|les|l)$/i.test(first) || NOT_A_CITY.has(first) || NOT_A_CITY_END.test(place) || isHonorificOrAgency(place)) continue;
    // A saint's abbreviation cut off by its full stop: "took place in St. Maarten" (Aruba's foreign affairs department, round 68).
    if (/^(?:St|Ste|Mt|Ft)$/u.test(place)) continue;
    // "in July", « en juin », "in October": a month or a weekday is a time, not a place.
    if (MONTHS[first.toLowerCase()] !== undefined || WEEKDAYS.test(first)) continue;
    // "met in Downing Street this afternoon": a building that stands for its city.
    return placeOfBuilding(words.join(' ')) ?? place;
  }
  // "held talks … who paid him a courtesy call at State House, Nairobi" (Kenya's State House, round 58): a building, then its city.
  const building = BUILDING_THEN_CITY.exec(sentence);
  if (building) {
    const city = cleanPlace(building[1] ?? '');
    if (city !== null && !canonicalCountry(city) && !REGIONS.has(city)) return city;
  }
  // "… on 13 October 2017, Jakarta, Indonesia, to discuss …": the city and its country after the date.
  const afterDate = DATE_CITY_COUNTRY.exec(sentence);
  if (afterDate && canonicalCountry(afterDate[2] ?? '') && !canonicalCountry(afterDate[1] ?? '') && !REGIONS.has(afterDate[1] ?? '')) return afterDate[1] ?? null;
  // « en marge des Rencontres franco-allemandes d'Evian »: an event named after its city.
  const eventCity = EVENT_OF_CITY.exec(sentence);
  // Not « en marge de la visite d’Etat qu’effectue le président algérien » (Nouvelle d'Afrique, round 127): a state visit.
  if (eventCity && !canonicalCountry(eventCity[1] ?? '') && !REGIONS.has(eventCity[1] ?? '') && !NOT_A_CITY.has(eventCity[1] ?? '') && !/^[ÉE]tat$/u.test(eventCity[1] ?? '')) return eventCity[1] ?? null;
  return null;
}

const EVENT_OF_CITY = /(?<![\p{L}])en\s+marge\s+d(?:e|u|es)\s+[^,.;]{0,80}?\sd['’](\p{Lu}[\p{L}\p{M}-]+)(?=[\s,.;]|$)/u;
