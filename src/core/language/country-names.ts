/**
 * Country and organisation names in the note's language, with what French grammar needs around
 * them: the article (le Canada, la Corée du Sud, les États-Unis, l'Iran, Israël), « en / au / aux / à »
 * for "in", and « de / du / des / d' » for "of". The French names come from CLDR through
 * Intl.DisplayNames (ICU ships it in Node, Electron and Chromium), the English ones that map a name to
 * its code from CLDR's table as region-names.ts holds it (the same in every runtime); the
 * tables below hold only what CLDR lacks (genders, articles, organisations) or names it gives
 * differently from Government of Canada usage (République de Corée).
 *
 * Extraction names countries in English (extract/country-names.ts): "Republic of Korea", "Viet Nam".
 */
import type { Language } from '../model/statement';
import { ofPhrase, startsWithVowelSound } from './french-grammar';
import { CHROMIUM_REGION_NAMES, ENGLISH_REGION_NAMES } from './region-names';

/** English names the extractor uses that CLDR spells otherwise, → ISO 3166 code. */
const ENGLISH_ALIASES: Record<string, string> = {
  'Republic of Korea': 'KR',
  Korea: 'KR',
  'Viet Nam': 'VN',
  Türkiye: 'TR',
  Turkey: 'TR',
  'Côte d’Ivoire': 'CI',
  "Côte d'Ivoire": 'CI',
  'Democratic Republic of the Congo': 'CD',
  'Republic of the Congo': 'CG',
  Palestine: 'PS',
  'Holy See': 'VA',
  'Czech Republic': 'CZ',
  Myanmar: 'MM',
  Burma: 'MM',
  'Cabo Verde': 'CV',
  'Timor-Leste': 'TL',
  'United States of America': 'US',
  'Russian Federation': 'RU',
  Micronesia: 'FM',
  Eswatini: 'SZ',
};

/** French names for organisations and armed groups, with their article; CLDR has none of these. */
const FRENCH_ORGANISATIONS: Record<string, string> = {
  'United Nations': 'les Nations Unies',
  'UN Security Council': 'le Conseil de sécurité des Nations Unies',
  NATO: 'l’OTAN',
  'European Union': 'l’Union européenne',
  ASEAN: 'l’ANASE',
  'African Union': 'l’Union africaine',
  'Organization of American States': 'l’Organisation des États américains',
  CARICOM: 'la CARICOM',
  OSCE: 'l’OSCE',
  G7: 'le G7',
  G20: 'le G20',
  Houthis: 'les Houthis',
  Hamas: 'le Hamas',
  Hezbollah: 'le Hezbollah',
  'Islamic State': 'l’État islamique',
  'Rapid Support Forces': 'les Forces de soutien rapide',
  'Sudanese Armed Forces': 'les Forces armées soudanaises',
};

/** French names where Government of Canada usage differs from CLDR's. */
const FRENCH_NAME_OVERRIDES: Record<string, string> = {
  KR: 'République de Corée',
  CD: 'République démocratique du Congo',
  CG: 'République du Congo',
  PS: 'Palestine',
  MM: 'Myanmar',
};

/** French names used without an article (à Cuba, d'Israël). */
const FRENCH_NO_ARTICLE = new Set([
  'Cuba', 'Haïti', 'Israël', 'Singapour', 'Malte', 'Chypre', 'Madagascar', 'Monaco', 'Bahreïn', 'Oman', 'Taïwan', 'Sainte-Lucie',
  'Saint-Marin', 'Maurice', 'Nauru', 'Tuvalu', 'Kiribati', 'Palaos', 'Tonga', 'Samoa', 'Sao Tomé-et-Principe', 'Saint-Christophe-et-Niévès',
  'Trinité-et-Tobago', 'Antigua-et-Barbuda', 'Saint-Vincent-et-les-Grenadines', 'Hong Kong', 'Macao', 'Grenade', 'Dominique',
]);

/** Plural French names (aux États-Unis, des Pays-Bas). */
const FRENCH_PLURAL = new Set([
  'États-Unis', 'Pays-Bas', 'Philippines', 'Émirats arabes unis', 'Comores', 'Maldives', 'Seychelles', 'Bahamas', 'Fidji', 'Îles Marshall',
  'Îles Salomon', 'Territoires palestiniens',
]);

/** Masculine names whose first word ends in -e (le Mexique, le Royaume-Uni); otherwise a final -e is feminine. */
const FRENCH_MASCULINE_IN_E = new Set(['Royaume', 'Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Suriname', 'Timor-Leste']);

/**
 * The two-letter region codes CLDR names (280 of the 676 letter pairs, the same list in Node 20, 22
 * and 24: a test holds it to the runtime's). Asking Intl.DisplayNames about these alone, not about
 * every pair, kept the first English-name lookup — on the app's first render, composing the note —
 * at two fifths of its cost (~110 ms in Chromium on the profile, issue 16); their names are now read
 * from region-names.ts, which a test holds to the runtime's CLDR.
 */
export const REGION_CODES: readonly string[] = [
  'AC AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH',
  'BI BJ BL BM BN BO BQ BR BS BT BU BV BW BY BZ CA CC CD CF CG CH CI CK CL CM',
  'CN CO CP CQ CR CS CU CV CW CX CY CZ DD DE DG DJ DK DM DO DY DZ EA EC EE EG',
  'EH ER ES ET EU EZ FI FJ FK FM FO FR FX GA GB GD GE GF GG GH GI GL GM GN GP',
  'GQ GR GS GT GU GW GY HK HM HN HR HT HU HV IC ID IE IL IM IN IO IQ IR IS IT',
  'JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV',
  'LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA',
  'NC NE NF NG NH NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT',
  'PW PY QA QO RE RH RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR',
  'SS ST SU SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TP TR TT TV TW TZ',
  'UA UG UK UM UN US UY UZ VA VC VD VE VG VI VN VU WF WS XA XB XK YD YE YT YU',
  'ZA ZM ZR ZW ZZ',
]
  .join(' ')
  .split(' ');

/**
 * Withdrawn codes CLDR still names after a country of today: "Russia" is RU and SU, "United Kingdom"
 * GB and UK, "Serbia" RS, CS and YU. Read last, they took the name from the current code (Russia → SU).
 */
export const WITHDRAWN_REGION_CODES: ReadonlySet<string> = new Set(['AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR']);

let codesByEnglishName: Map<string, string> | null = null;

/** English name (lower case) → code: CLDR's names (region-names.ts, with "&" also read as "and"), then the aliases over them. */
function englishNames(): Map<string, string> {
  if (codesByEnglishName) return codesByEnglishName;
  const names = new Map<string, string>();
  for (const table of [ENGLISH_REGION_NAMES, CHROMIUM_REGION_NAMES])
    for (const [code, name] of Object.entries(table)) {
      names.set(name.toLowerCase(), code);
      names.set(name.replace(/ & /g, ' and ').toLowerCase(), code);
    }
  for (const [name, code] of Object.entries(ENGLISH_ALIASES)) names.set(name.toLowerCase(), code);
  codesByEnglishName = names;
  return names;
}

/** "Republic of Korea" → "KR"; null for an organisation or an unknown name. */
export function regionCode(englishName: string): string | null {
  const name = englishName.trim().replace(/^the\s+/i, '');
  return englishNames().get(name.toLowerCase()) ?? null;
}

const frenchDisplay = (() => {
  let display: Intl.DisplayNames | null = null;
  return () => (display ??= new Intl.DisplayNames('fr', { type: 'region', fallback: 'none' }));
})();

/** The bare French name ("Corée du Sud", "États-Unis"), or null when neither CLDR nor the tables know it. */
function frenchBareName(englishName: string): string | null {
  const code = regionCode(englishName);
  if (!code) return null;
  return FRENCH_NAME_OVERRIDES[code] ?? frenchDisplay().of(code) ?? null;
}

export interface FrenchPlace {
  /** As a subject or object: « le Canada », « la Corée du Sud », « les États-Unis », « l’Iran », « Israël ». */
  readonly withArticle: string;
  /** "in": « au Canada », « en Corée du Sud », « aux États-Unis », « en Iran », « à Cuba ». */
  readonly inside: string;
}

function frenchCountryForms(bare: string): FrenchPlace {
  if (FRENCH_PLURAL.has(bare)) return { withArticle: `les ${bare}`, inside: `aux ${bare}` };
  if (FRENCH_NO_ARTICLE.has(bare)) return { withArticle: bare, inside: `à ${bare}` };
  const head = bare.split(/[\s]/)[0]!;
  const headWord = FRENCH_MASCULINE_IN_E.has(bare) ? bare : head.split('-')[0]!;
  const feminine = /e$/.test(headWord) && !FRENCH_MASCULINE_IN_E.has(headWord) && !FRENCH_MASCULINE_IN_E.has(bare);
  if (startsWithVowelSound(bare)) return { withArticle: `l’${bare}`, inside: `en ${bare}` };
  return feminine ? { withArticle: `la ${bare}`, inside: `en ${bare}` } : { withArticle: `le ${bare}`, inside: `au ${bare}` };
}

/**
 * A country or organisation in running text of the note's language. English: "the Republic of
 * Korea", "Canada" (the extractor's English name). French: « la République de Corée », « le Canada »,
 * « l’OTAN ». A name neither CLDR nor the tables know is returned as given.
 */
export function countryWithArticle(englishName: string, language: Language): string {
  if (language === 'en') return englishWithThe(englishName);
  const organisation = FRENCH_ORGANISATIONS[englishName.trim()];
  if (organisation) return organisation;
  const bare = frenchBareName(englishName);
  return bare ? frenchCountryForms(bare).withArticle : englishName;
}

/** The name alone, as in a list of participants: "Republic of Korea", « République de Corée ». */
export function countryName(englishName: string, language: Language): string {
  if (language === 'en') return englishName;
  const organisation = FRENCH_ORGANISATIONS[englishName.trim()];
  if (organisation) return organisation.replace(/^(les|le|la)\s+|^l’/, '').replace(/^./, (c) => c.toUpperCase());
  return frenchBareName(englishName) ?? englishName;
}

/** "in Canada" / « au Canada », « en Corée du Sud », « aux États-Unis ». */
export function inCountry(englishName: string, language: Language): string {
  if (language === 'en') return `in ${englishWithThe(englishName)}`;
  const bare = frenchBareName(englishName);
  if (bare) return frenchCountryForms(bare).inside;
  const organisation = FRENCH_ORGANISATIONS[englishName.trim()];
  return organisation ? `à ${organisation}`.replace(/^à les /, 'aux ').replace(/^à le /, 'au ') : `à ${englishName}`;
}

/** "of Canada" / « du Canada », « de la Corée du Sud », « des États-Unis », « d’Israël », « de l’OTAN ». */
export function ofCountry(englishName: string, language: Language): string {
  if (language === 'en') return `of ${englishWithThe(englishName)}`;
  return ofPhrase(countryWithArticle(englishName, language));
}

/** True when the name is one CLDR or the organisation table knows (so a French note can name it in French). */
export function isKnownCountry(englishName: string): boolean {
  return regionCode(englishName) !== null || Object.prototype.hasOwnProperty.call(FRENCH_ORGANISATIONS, englishName.trim());
}

/** English takes "the" before some names in running text: the Republic of Korea, the United States, the Netherlands. */
export function englishWithThe(country: string): string {
  const name = country.trim();
  if (/^the\s/i.test(name)) return name;
  return /^(Republic|United|Kingdom|Federated|Democratic|People|Holy|Czech Republic|European|Islamic|Russian Federation|Central African|Dominican|Marshall|Solomon|Organization|African Union|Houthis|Rapid|Sudanese)\b|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Solomon Islands|Marshall Islands|Cook Islands|Gaza Strip|West Bank|Palestinian Territories)$/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** Cities the extractor gives in English for a French statement (« à Mexico » is Mexico City): the French name back. */
const FRENCH_CITY_NAMES: Record<string, string> = {
  Bern: 'Berne', 'Addis Ababa': 'Addis-Abeba', 'Mexico City': 'Mexico', London: 'Londres', Beijing: 'Pékin', Moscow: 'Moscou', Geneva: 'Genève', Brussels: 'Bruxelles',
  'The Hague': 'La Haye', Warsaw: 'Varsovie', Vienna: 'Vienne', Lisbon: 'Lisbonne', Athens: 'Athènes', Copenhagen: 'Copenhague',
  Seoul: 'Séoul', Cairo: 'Le Caire', Algiers: 'Alger', 'New Delhi': 'New Delhi', 'Quebec City': 'Québec', Edinburgh: 'Édimbourg',
  Dhaka: 'Dacca', Singapore: 'Singapour', 'Kuwait City': 'Koweït', Rome: 'Rome', Washington: 'Washington', Berlin: 'Berlin',
  Munich: 'Munich', Venice: 'Venise', Florence: 'Florence', Naples: 'Naples', Tokyo: 'Tokyo', Jerusalem: 'Jérusalem', Kyiv: 'Kyiv',
  Bucharest: 'Bucarest', Prague: 'Prague', Budapest: 'Budapest', Stockholm: 'Stockholm', 'Tel Aviv': 'Tel-Aviv', Montreal: 'Montréal',
};

/**
 * The meeting's place as the note's language writes it: a French city name for a French note
 * (« Mexico », « Londres »), a dateline in capitals in ordinary case (JOHANNESBURG → Johannesburg),
 * a country as a country (« en Indonésie »). Returns the name and the phrase for "in".
 */
export function placeInLanguage(place: string, language: Language): { readonly name: string; readonly inside: string } {
  // A place the extractor read with the adverb after it ("Budapest today") is the place alone.
  let name = place.trim().replace(/\s+(?:today|yesterday|aujourd['’]hui|hier)$/i, '');
  if (name.length > 3 && name === name.toUpperCase()) name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
  if (regionCode(name)) return { name: countryName(name, language), inside: inCountry(name, language) };
  if (language === 'fr') name = FRENCH_CITY_NAMES[name] ?? name;
  if (language === 'fr') {
    const article = /^(Le|La|Les)\s+(.*)$/.exec(name);
    if (article) return { name, inside: article[1] === 'Les' ? `aux ${article[2]}` : article[1] === 'Le' ? `au ${article[2]}` : `à ${name}` };
    return { name, inside: `à ${name}` };
  }
  return { name, inside: `in ${name}` };
}
