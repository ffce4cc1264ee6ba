/**
 * Word-level knowledge about people in diplomatic texts: honorifics ("The Honourable", "H.E. Mr.",
 * « S.E. Mme », "Senator the Hon", "Ratu"), post-nominals (MP), the words that make up office titles
 * ("Deputy Prime Minister and Minister for Foreign Affairs", « secrétaire aux Relations
 * extérieures »), and the tokenizer the person finders walk over. Titles are recognised by their
 * head noun (Minister, Secretary, ministre…) plus portfolio words, so a name is what remains:
 * capitalised words that are neither title words, country words nor sentence furniture.
 */
import { findCountriesOfText, isCountryWord } from './country-names';
import { foldForComparison } from './sentence-helpers';

export interface Token {
  readonly text: string;
  /** Folded (lower case, no accents, ’ → '), possessive ’s removed. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** The word ends in ’s / 's ("Chile’s"). */
  readonly possessive: boolean;
  /** The whitespace before this token contains a line break. */
  readonly newlineBefore: boolean;
}

const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*['’]?|[^\s\p{L}\p{M}\p{N}]/gu;

const keyCache = new Map<string, string>();

/** A statement's vocabulary is small next to its word count, so keys are memoised (bounded). */
function keyOf(word: string): string {
  // A word of printable ASCII without a capital A–Z is its own key: the cached path below would lower-case it (ASCII takes no
  // fold) and get the same string back. Most of a statement's words are such, and a scan of their few characters is cheaper
  // than a map lookup.
  let plain = true;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 0x20 || code > 0x7e || (code >= 0x41 && code <= 0x5a)) {
      plain = false;
      break;
    }
  }
  if (plain) return word;
  let key = keyCache.get(word);
  if (key === undefined) {
    // Folding (NFD) is the slow part; plain ASCII words only need lower-casing.
    key = /^[\x20-\x7e]*$/.test(word) ? word.toLowerCase() : foldForComparison(word).replace(/’/g, "'");
    if (keyCache.size >= 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/**
 * Appends the token for the match `raw` at `index` (already cut at the range's end); returns where the match ends.
 * `apostrophe`, when the caller knows it, says whether raw holds ' or ’ (the scanner sees every one it takes).
 */
function pushToken(tokens: Token[], text: string, index: number, raw: string, previousEnd: number, apostrophe?: boolean): number {
  const first = raw.charCodeAt(0);
  // Per-token work is most of tokenizing a long text: ASCII answers without a Unicode regex.
  const isWord = raw.length > 1 || (first < 0x80 ? (first >= 0x30 && first <= 0x39) || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a) : /[\p{L}\p{M}\p{N}]/u.test(raw));
  const hasApostrophe = isWord && raw.length > 1 && (apostrophe ?? (raw.includes("'") || raw.includes('’')));
  const possessive = hasApostrophe && /['’]s$|s['’]$/u.test(raw) && raw.length > 2;
  const base = !hasApostrophe ? raw : possessive ? raw.replace(/['’]s$|['’]$/u, '') : raw.replace(/['’]$/u, '');
  const gap = index - previousEnd;
  const newline = gap === 1 ? text.charCodeAt(previousEnd) === 10 : gap > 1 && text.slice(previousEnd, index).includes('\n');
  tokens.push({
    text: base,
    key: isWord ? keyOf(base) : base,
    start: index,
    end: index + base.length,
    isWord,
    possessive,
    newlineBefore: newline,
  });
  return index + raw.length;
}

/** tokenize by TOKEN_PATTERN itself: the definition tokenize's scanner follows (and its fallback). */
function tokenizeWithPattern(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN_PATTERN.source, 'gu');
  pattern.lastIndex = start;
  let previousEnd = start;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text)) {
    let raw = match[0];
    if (match.index + raw.length > end) raw = raw.slice(0, end - match.index);
    previousEnd = pushToken(tokens, text, match.index, raw, previousEnd);
  }
  return tokens;
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const WHITESPACE_CHARACTER = /^\s$/u;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
/** The class (WORD, SPACE, OTHER; 0 not yet asked) of each BMP code point, filled from the two patterns above as met. */
const BMP_CLASS = new Uint8Array(0x10000);

/** The class of the code point at text[at] (a surrogate pair is one code point, a lone surrogate another), as TOKEN_PATTERN's `u` reads it. */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const character = text.slice(at, at + 2);
      return WORD_CHARACTER.test(character) ? WORD : WHITESPACE_CHARACTER.test(character) ? SPACE : OTHER;
    }
  }
  let known = BMP_CLASS[code] as number;
  if (known === 0) {
    const character = String.fromCharCode(code);
    known = WORD_CHARACTER.test(character) ? WORD : WHITESPACE_CHARACTER.test(character) ? SPACE : OTHER;
    BMP_CLASS[code] = known;
  }
  return known;
}

/** Code units of the code point at text[at]: 2 for a surrogate pair, else 1. */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The end of the run of word characters from `at` (`at` itself when there is none there). */
function wordRunEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    // ASCII letters and digits first: most of a statement.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) k++;
    else if (code < 0x80 || classAt(text, k) !== WORD) break;
    else k += widthAt(text, k);
  }
  return k;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/**
 * Words and single punctuation marks of text[start, end), with absolute offsets. Linear.
 * A scanner that matches exactly what TOKEN_PATTERN (`u`, global, from `start`) matches, without a regex call and a match
 * object per token (a fifth of finding a statement's people): from each position, whitespace (\s) is skipped; a word
 * character (\p{L}\p{M}\p{N}, classed by those very patterns) opens W+(?:['’\-‑]W+)*['’]? — each separator taken only when
 * a word character follows it, as the regex's backtracking allows, the W+ runs greedy since no separator is a word character;
 * any other code point is a token of its own. Surrogate pairs are one code point as under `u`. A match running past `end` is
 * cut there, and the scan stops at the first match starting at or after `end`, as the loop over the pattern did. Only a
 * start inside a surrogate pair (where `u` matching has its own rules), negative or fractional goes to the pattern itself.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  if (!Number.isInteger(start) || start < 0 || (start > 0 && start < text.length && widthAt(text, start - 1) === 2)) return tokenizeWithPattern(text, start, end);
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = start;
  let at = start;
  while (at < end && at < length) {
    const code = text.charCodeAt(at);
    const kind = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? WORD : code === 0x20 ? SPACE : classAt(text, at);
    if (kind === SPACE) {
      at++;
      continue;
    }
    let matchEnd: number;
    // Where the match's first apostrophe is (none in a word character, nor in any other token of more than one code unit).
    let apostropheAt = -1;
    if (kind === WORD) {
      matchEnd = wordRunEnd(text, at);
      for (;;) {
        const separator = text.charCodeAt(matchEnd);
        const isApostropheSeparator = isApostrophe(separator);
        if (!(isApostropheSeparator || separator === 0x2d || separator === 0x2011)) break;
        const next = wordRunEnd(text, matchEnd + 1);
        if (next === matchEnd + 1) break;
        if (isApostropheSeparator && apostropheAt < 0) apostropheAt = matchEnd;
        matchEnd = next;
      }
      if (matchEnd < length && isApostrophe(text.charCodeAt(matchEnd))) {
        if (apostropheAt < 0) apostropheAt = matchEnd;
        matchEnd++;
      }
    } else matchEnd = at + widthAt(text, at);
    const cut = Math.min(matchEnd, end);
    previousEnd = pushToken(tokens, text, at, text.slice(at, cut), previousEnd, kind === WORD ? apostropheAt >= 0 && apostropheAt < cut : undefined);
    at = matchEnd;
  }
  return tokens;
}

/** Head nouns of office titles (folded). */
const TITLE_HEADS = new Set([
  // Also in the plural before two names: "Presidents Uhuru Kenyatta and Umaro Sissoco Embaló of Guinea-Bissau led their
  // delegations", "Cabinet Secretaries Raychelle Omamo, Monica Juma, …" (Kenya's State House, round 58).
  'presidents', 'secretaries',
  // A release's slip, as common as the word: "met with Australia’s Immigration Minster, Hon. Peter Dutton MP" (PNG Prime Minister's
  // office, 2016, round 85), "the Prime Minster welcomed" (No 10, 2025).
  'minster',
  // "MPs Predrag Sekulić and Boris Mugoša attended the meeting" (Parliament of Montenegro, 2019, round 64).
  'mps',
  // A member of a collective office: "Members of the Presidency of Bosnia and Herzegovina Zeljka Cvijanovic, Zeljko Komsic, and Denis
  // Becirovic" (White House, 2023, round 148). The plural only (a signature's "Member" under a name is no office), and capitalised
  // only (isTitleHead): "… the members of A Company" are soldiers.
  'members',
  // "the Speaker of the National Assembly … talked to Hungarian Parliament Speakers Pal Schmitt" (Serbia's parliament, 2010, round 66).
  'speakers',
  // "the Chief-of-Office of the Chief Executive’s Office, Ms O Lam" (Macao SAR Government, round 59).
  'chief-of-office', 'chief-of-staff',
  // "First Lady Melania Trump" (White House, 2026, round 142) is no "Lady Melania Trump".
  'lady',
  // "Defence Attaché of the US embassy Lt. Col. Anthony Nelson", "U.S. South Asia Desk Officer Lt. Col. Christian Mitchell",
  // "Military Liaison Officer (MLO) of the Ministry of Defence Maj. Gen. Dinesh Nanayakkara" (Sri Lanka MoD, 2023, round 61).
  'attache', 'attachee', 'officer',
  'minister', 'ministers', 'ministre', 'ministres', 'secretary', 'secretary-general', 'secretaire', 'secretaire generale',
  'secretaire general', 'undersecretary', 'under-secretary', 'sous-secretaire', 'president', 'presidente', 'vice-president',
  'vice-presidente', 'chancellor', 'chanceliere', 'chancelier', 'premier', 'director', 'director-general', 'directeur',
  'directrice', 'directeur general', 'commissioner', 'commissaire', 'representative', 'representant', 'representante',
  'envoy', 'envoye', 'envoyee', 'chair', 'chairman', 'chairwoman', 'chairperson', 'governor', 'gouverneur', 'administrator',
  'administrateur', 'administratrice', 'mayor', 'maire', 'ambassador', 'ambassadeur', 'ambassadrice', 'high commissioner',
  'haut-commissaire', 'head', 'chief', 'king', 'queen', 'prince', 'princess', 'princesse', 'emir', 'amir', 'sultan', 'taoiseach', 'tanaiste',
  // "his Philippine counterpart Enrique Manalo", « son homologue japonaise Yoko Kamikawa »
  'counterpart', 'counterparts', 'homologue', 'homologues',
  // "means of enhancing cooperation with his US peer Lloyd Austin" (KUNA, 2024, round 70).
  'peer',
  // Spokespeople have titles too, so their names are read whole; the participant extractor leaves them out.
  'spokesman', 'spokeswoman', 'spokesperson', 'porte-parole',
  // "the UK Sanctions Coordinator", « la coordonnatrice des sanctions ».
  'coordinator', 'coordinators', 'coordonnateur', 'coordonnatrice', 'coordinateur', 'coordinatrice',
  // A diplomatic rank: "with Minister Counsellor Jackson Soram accompanying Ambassador Susaia" (FSM Embassy in Beijing, 2013, round 116).
  'counsellor', 'counselor', 'counsellors', 'counselors',
  // "Deputy Commander INDOPACOM Lieutenant General Stephen Sklenka" (White House, 2022, round 102).
  'commander', 'commanders',
  // "the Consul General of the Kingdom of the Netherlands in Hong Kong, Ms Annemieke Ruigrok" (Hong Kong SAR, 2018, round 33).
  'consul', 'consule', 'consul-general',
  'vice-minister', 'vice-ministre', 'vice-chancellor', 'vice-premier', 'vice-chair',
  // "Chief Adviser Muhammad Yunus" (Bangladesh's head of government), "National Security Advisor Jake Sullivan".
  'adviser', 'advisor', 'conseiller', 'conseillere',
  // "Foreign Secretary William Hague met State Councillor Dai of China" (FCO, 2011).
  'councillor', 'councilor',
  // "Delegate Mengkur Rechelulk from Palau’s Congress", « le délégué général ».
  'delegate',
  // "Australian Attorney-General Senator the Hon. George Brandis QC" (a six-government joint statement, 2017), "Treasurer
  // Jim Chalmers", « la procureure générale ».
  'attorney', 'attorney-general', 'treasurer', 'procureur', 'procureure',
  // "Speaker National Assembly Raja Pervaiz Ashraf has said" (Pakistan's National Assembly, 2022, round 55), « le président de l’Assemblée ».
  'speaker',
  // Abbreviated offices in Indian and Russian readouts: "DFM Sergey Ryabkov" (Deputy Foreign Minister), "FM", "DPM".
  'dfm', 'fm', 'dpm', 'pm', 'eam', 'mos',
  // Kenya's Principal and Cabinet Secretaries: "Foreign Affairs PS Amb. Macharia Kamau" (Kenya MFA, 2019, round 39).
  'ps', 'cs',
  // "the Hamas Leader Ismail Haniyeh" (DIRCO, 2023, round 20), "Supreme Leader", « le dirigeant ».
  'leader', 'dirigeant', 'dirigeante',
  // « Sa Majesté le roi Willem-Alexander », « le chef d’état-major de la défense » (NATO, 2015); "H.E. Mao Havannall,
  // Minister-in-Charge of Cambodia’s State Secretariat of Civil Aviation" (State Department, 2026).
  'roi', 'reine', 'chef', 'minister-in-charge',
  // « La Conseillère fédérale Micheline Calmy-Rey, Cheffe du DFAE » (Swiss FDFA, 2009, round 23).
  'cheffe',
  // Military ranks before a name: « le chef d’état-major de la défense des Pays-Bas, le général Tom Middendorp ».
  'general', 'admiral', 'amiral', 'colonel', 'brigadier', 'marshal', 'marechal',
  // « Le Président du Faso, le Capitaine Ibrahim TRAORÉ » (Sidwaya, 2025, round 128).
  'capitaine', 'captain', 'commandant',
  // "Nigeria’s Chief Judge of the Federal High Court, Justice Ibrahim Auta, said" (Commonwealth Secretariat, 2017, round 23).
  'judge', 'juge',
  // "the recent appointments of Ukraine’s Prosecutor General and head of the Special Anti-Corruption Prosecutor’s Office" (White House,
  // 2022, round 131): an office, no one's name.
  'prosecutor', 'procureur', 'procureure',
  // "National Security Council Senior Directors Tarun Chhabra and Sarah Ladislaw" (US and Germany, 2023, round 25).
  'directors',
  // "The French Charge d’affaires, Joel Godeaux, submitted host country agreement" (Gambia MFA, 2019, round 42), « le chargé
  // d’affaires »: the head is the elided « d’affaires », « chargé » a word of the title before it.
  "d'affaires",
  // Hindi for minister: "Raksha Mantri Rajnath Singh" (India's MoD, round 64).
  'mantri',
]);

/** Words that qualify a head noun: Deputy Prime Minister, Federal Minister, Foreign Minister. */
const TITLE_MODIFIERS = new Set([
  'deputy', 'vice', 'prime', 'federal', 'foreign', 'external', 'senior', 'acting', 'assistant', 'associate', 'parliamentary',
  'executive', 'special', 'high', 'first', 'state', 'general', 'interim', 'permanent', 'principal', 'junior', 'cabinet',
  // "Special Presidential Envoy for Compact Negotiations Joseph Yun" (State Department, 2023, round 55).
  'presidential',
  'premier', 'premiere', 'vice-premier', 'federale', 'delegue', 'deleguee', 'adjoint', 'adjointe', 'executif', 'executive', 'alternate', 'haut', 'haute', 'personal', 'personnel', 'personnelle',
  // « Chargé » of « Chargé d’affaires ».
  'charge', 'chargee',
  // Ranks of two words: "Major General Amir Eshel" (India's MoD, round 64), "Lieutenant General", "Rear Admiral", "Air Marshal".
  'major', 'lieutenant', 'rear', 'air',
  // "Minister for Immigration and Ethnic Affairs and Minister Assisting the Treasurer, Chris Hurford" (Australian Government, 1985,
  // round 102): the office goes on after its head, and "Assisting" is no one's name.
  'assisting',
  // "a courtesy call on the Minister Mentor, Minister of Defence and Minister for Rodrigues, Sir Anerood Jugnauth" (Government of
  // Mauritius, 2017, round 104).
  'mentor',
  // "Raksha Mantri Rajnath Singh" (the Defence Minister, as India's MoD writes it in English; round 64), "Rajya Raksha Mantri".
  'raksha', 'rajya',
  // A French head's state of office after it: « le président provisoire Boniface Alexandre » (Radio Métropole, Haiti, 2004, round 126),
  // « le président intérimaire », « le président élu », « le ministre sortant ».
  'provisoire', 'interimaire', 'sortant', 'sortante', 'elu', 'elue',
  // A monarch's place in the line: "His Majesty Jigme Singye Wangchuck, the Fourth King of Bhutan" (India MEA, 2017, round 147).
  'second', 'third', 'fourth', 'fifth',
]);

/** Portfolio words that appear inside capitalised titles ("Minister for Climate Change and Energy"). */
const PORTFOLIO_WORDS = new Set(
  (
    'affairs mission foreign external international negotiations compact development defence defense national security trade commerce investment ' +
    // "Members of the Presidency of Bosnia and Herzegovina Zeljka Cvijanovic, …" (White House, 2023, round 148).
    'presidency ' +
    'economy economic economics finance treasury budget revenue industry industries innovation science technology research ' +
    'digital cyber energy environment climate change fisheries fisheries oceans ocean aquaculture agriculture agri-food food ' +
    'forestry forests mines mining natural resources water health justice attorney interior home public safety emergency ' +
    'preparedness immigration citizenship refugees migration labour labor employment workforce education training youth ' +
    'families children social welfare women gender equality diversity inclusion culture heritage sport tourism housing ' +
    'infrastructure transport transportation communities regional local government intergovernmental relations cooperation ' +
    'co-operation pacific indo-pacific asia asian africa americas europe european arctic northern north south east west middle ' +
    'commonwealth overseas integration african francophonie multilateral bilateral strategic planning communications ' +
    'information media veterans indigenous crown-indigenous export promotion small business consumer maritime ports ' +
    'aviation civil land lands wildlife parks sustainable green growth prosperity official languages parliament ' +
    'spokesperson council office department ministry state states united union commission agency fund programme program ' +
    'humanitarian aid assistance relief peace disarmament nonproliferation non-proliferation arms control human rights ' +
    'policy confederation pentagon political legal law party communist district region province territory far plenipotentiary expatriates expatriate diaspora emigrants abroad diplomatic america competitiveness productivity regulation deregulation reform reforms ' +
    // « le président de la République française Emmanuel Macron », « le président du Conseil d’État genevois Antonio Hodgers »: the republic and the council are the office’s portfolio.
    'republique conseil ' +
    // "Head of the Directorate for International Cooperation LtC Velibor Bakrač" (Montenegro's MoD, 2017, round 67).
    'directorate ' +
    // "OSCE Representative on Freedom of the Media Dunja Mijatović" (OSCE, 2015, round 71).
    'freedom ' +
    // "Minister of Health and Population of the Arab Republic of Egypt Dr. Khaled Abdel Ghaffar" (Qatar's MFA, round 73).
    'population ' +
    // "National Security Council Senior Director for Western Hemisphere Affairs Daniel Erikson" (White House, 2024, round 84).
    'western eastern southern hemisphere ' +
    // "National Security Council Senior Director for Transborder Katie Tobin" (White House, 2023, round 84).
    'transborder border borders ' +
    // "Acting Deputy Secretary of Homeland Security Kristie Canegallo", "Deputy Secretary of State for Management and Resources Rich
    // Verma" (the United States and Mexico, 2023, round 85).
    'homeland management administration operations intelligence logistics personnel readiness acquisition ' +
    // "Secretary of the Navy José Rafael Ojeda", "Director of National Drug Control Policy Dr. Rahul Gupta", "Deputy Assistant Secretary
    // of State for International Narcotics and Law Enforcement Affairs Charisse Phillips" (White House, 2023, round 102).
    'navy army drug drugs narcotics enforcement ' +
    // "Chancellor of the Duchy of Lancaster" (UK Cabinet Office, 2021, round 106).
    'duchy lancaster ' +
    // "Minister of State for the Armed Forces Mark Lancaster".
    'armed forces ' +
    // French portfolio words (folded): « ministre de l’Immigration, des Réfugiés et de la Citoyenneté ».
    'affaires etrangeres exterieures developpement defense nationale securite publique exterieur economie economique finances ' +
    'tresor revenu industrie sciences technologie recherche numerique environnement changement climatique peches oceans ' +
    'agroalimentaire sante interieur travail emploi formation jeunesse familles enfants femmes egalite genres culture ' +
    'patrimoine tourisme logement infrastructures collectivites relations intergouvernementales integration africaine ' +
    'langues officielles anciens combattants autochtones exportations petites entreprises ressources naturelles refugies ' +
    'citoyennete mondiales ' +
    // « le secrétaire d’Etat aux Affaires arabes et africaines Touhami Abdouli » (Directinfo, 2015, round 110).
    'arabe arabes africaines maghrebine maghrebines arab ' +
    // « le ministre des Affaires étrangères et européennes Jean Asselborn » (Luxembourg, 2022, round 23).
    'europeennes europeen europeenne europeens ' +
    // « ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l’étranger » (Morocco, round 25).
    'residant residents etranger communaute ' +
    // « la ministre des Armées Florence Parly » (Swiss DDPS, 2019, round 29), « ministre des Armées et des Anciens combattants ».
    'armees ' +
    // « le ministre de l’Equipement, du Transport, de la Logistique et de l’Eau, Abdelkader Amara », « ministre malien des Transports et du
    // Désenclavement », « ministre de l’Emploi et de l’Insertion professionnelle » (abamako, 2018, round 127).
    'equipement transports logistique eau desenclavement insertion professionnelle ' +
    // « le ministre tchadien de l’Economie, de la Planification et de la Coopération internationale Mahamat Assouyouti Abakar » (round 38).
    'planification cooperation internationale international internationaux ' +
    // "Minister for Overseas Territories François-Noël Buffet" (New Zealand, 2024, round 25).
    'territories ' +
    // "Minister of Constitutional and Legal Affairs of the United Republic of Tanzania" (Malawi's High Commission, 2022, round 119).
    'constitutional constitutionnel constitutionnelles ' +
    // "Director General for … Policy in the Federal Chancellery Steffen Meyer" (US and Germany, 2023, round 25).
    'chancellery chancellerie financial ' +
    // "Special Representative on Korean Peninsula Affairs Liu Xiaoming" (State Department, 2022).
    'peninsula ' +
    // "Minister for Social Protection Leo Varadkar" (Ireland, 2017), "Minister for Enterprise, Trade and Employment".
    'protection enterprise enterprises skills rural urban disability disabilities seniors arts sports pensions policing customs ' +
    'procurement consular entrepreneurship taxation competition transition mobility gaeltacht ' +
    // "the Acting President of the NATO Parliamentary Assembly Mr. Attila Mesterhazy" (NATO, 2020).
    'assembly parliamentary ' +
    // "President of the German Bundestag Wolfgang Schäuble" (Slovenia MFA, 2021, round 39): parliaments named in their language.
    'bundestag bundesrat knesset duma sejm seimas saeima storting riksdag folketing eduskunta althing oireachtas dail senate senat majlis ' +
    // "Chairman of the Committee on Foreign Affairs of the German Bundestag Norbert Röttgen" (the same text).
    'committee subcommittee comite ' +
    // "Presidential Adviser on the Peace Process Jesus G. Dureza" (OPAPP, 2016, round 40).
    'process ' +
    // "Minister for Sustainability and the Environment Ms Grace Fu" (Singapore MSE, 2023, round 57).
    'sustainability ' +
    // "Head of Public Service Dr Joseph Kinyua" (Kenya's State House, round 58).
    'service services ' +
    // "the Vice Minister of State Administration, Lino de Jesus Torrezão" (Timor-Leste's government, 2021, round 58).
    'administration ' +
    // "Director of the United Front Work Department of the CPC Chongqing Municipal Committee, Mr Shang Kui" (Macao, round 59).
    'front work ' +
    // "Minister of Primary Resources and Tourism" (Brunei; Singapore MSE, 2022, round 59).
    'primary ' +
    // "the Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Kyrgyzstan" (24.kg, 2020, round 60).
    'extraordinary ' +
    // « Antoine Ghonda Mangalibi, Ambassadeur Itinérant, envoyé spécial de … » (Gabon's presidency, 2025, round 118): an ambassador-at-large.
    'itinerant itinerante ' +
    // "Ambassador Extraordinary and Plenipotentiary of the Portuguese Republic Maria Coelho Ribeiro da Silva" (Bulgaria MFA, 2021,
    // round 44), "… of the Russian Federation to Kyrgyzstan Nikolai Udovichenko".
    'republic kingdom federation ' +
    // "vice-president of the association Robertas Jurgelaitis" (Lithuania's defence ministry, round 61).
    'association desk liaison military embassy ambassade ' +
    // "Joint Secretary, SAARC Division at the Ministry of External Affairs" (SAARC Secretariat, round 62).
    'division ' +
    'and for of the on to in & de du des la le l aux au et en pour chargé charge'
  ).split(/\s+/),
);

/** English honorifics, after which « M. » is an initial ("Dr M. Veerappa Moily"), not « monsieur ». */
const ENGLISH_HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'professor', 'sir', 'dame', 'hon', 'the', 'his', 'her', 'h.e', 'he']);

/** The last word of an institution's name: a capitalised run right before one is the institution's, not a person's. */
const INSTITUTION_HEADS = new Set(['organization', 'organisation', 'agency', 'authority', 'fund', 'programme', 'program', 'institute', 'association', 'corporation', 'commission', 'council', 'committee', 'bank', 'forum', 'alliance', 'tribunal', 'court', 'union', 'federation']);

const CONNECTORS = new Set(['and', 'for', 'of', 'the', 'on', 'to', 'in', '&', 'de', 'du', 'des', 'la', 'le', 'l', 'aux', 'au', 'et', 'en', 'pour']);

/** Capitalised words that start sentences or headings but are never part of a name. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an we they he she it its our their his her this these that those in on at by for with from to of as and but or ' +
    // A storm's name is no person's: "the recent devastation of Cyclone Olaf, the Parliamentary Secretary …, Mr Bruce Billson,
    // announced today" (DFAT, 2005, round 85).
    'cyclone hurricane typhoon storm ' +
    // "a successful Asia-Pacific Economic Cooperation (APEC) Host Year" (White House, 2022, round 129).
    'year ' +
    // "the Asia-Pacific Economic Cooperation (APEC) Leaders Meeting in Bangkok" (White House, 2022, round 142).
    'meeting meetings ' +
    // "Chinese Communist Party Politburo Member, Director of the Office …, and Foreign Minister Wang Yi"; "the Financial Intermediary Fund
    // (FIF) for Pandemic PPR hosted by the World Bank" (White House, 2024 and 2022, round 143).
    'politburo member members pandemic ' +
    // A title's topic verb in title case: "Statement from President Biden Commemorating 100 Years of U.S. Diplomatic Relations with our
    // Baltic Allies" (White House, 2022, round 143).
    'commemorating condemning marking honoring honouring welcoming announcing celebrating recognizing recognising congratulating mourning urging ' +
    // "Statement from President Joe Biden Sending Warm Wishes on the Occasion of President Tinubu’s Inauguration in Nigeria" (White House,
    // 2023, round 149).
    'sending extending expressing thanking praising applauding remembering ' +
    // A site's tag line: "Minister Charles Flanagan, Northern Ireland Peace Process, Press Releases, Northern Ireland, 2014" (Ireland's
    // DFAT, round 122).
    'releases ' +
    // A body's name before a minister's office: "During today’s High-Level Event of the Women, Peace and Security Focal Points Network,
    // Minister Champagne announced" (Global Affairs Canada, 2020, round 154).
    'network networks ' +
    // "Director, White House Domestic Policy Council" (White House, 2025, round 155).
    'domestic ' +
    // A legal text's parts: "a review under Chapter 10 of the … Agreement" (Global Affairs Canada, 2020, round 155).
    'chapter article annex ' +
    // "Ahead of the visit, the Minister said:" (FCDO, 2017, round 87): no speaker's name.
    'ahead ' +
    // "HMS Queen Elizabeth Aircraft Carrier" (No 10, 2021, round 88): a ship.
    'aircraft warship ' +
    // "an assessment centre on Manus Island, the Minister for Immigration and Citizenship, Chris Bowen MP, said today" (Australian
    // minister, 2011, round 91): an island, not a person given the office after it.
    'island islands ' +
    // "According to the head of the Ministry of Foreign Affairs of the Kyrgyz Republic, … «will allow …»" (24.kg, 2024, round 60).
    'according ' +
    // A palace is no person: "In a ceremony held on 10 October at Palácio do Itamaraty, the Minister of External Relations, …"
    // (Itamaraty, round 47); nor a sea: "The Secretary General of the Union for the Mediterranean Fathallah Sijilmassi" (UfM, 2012,
    // round 47).
    'palace palacio palais palazzo mediterranean mediterranee ' +
    // A month of observance is no person: "In recognition that June is LGBTQI+ Pride Month" (White House, 2023, round 81).
    'month ' +
    // The National Security Council's acronym before its adviser's surname: "Statement from Secretary Rubio and NSC Waltz" (White
    // House, 2025, round 134).
    'nsc ' +
    // "PDNSA Finer" (the Principal Deputy National Security Advisor's acronym, White House, 2024, round 139); a dam is no person ("the
    // Grand Ethiopian Renaissance Dam").
    'pdnsa dnsa dam ' +
    // A headline's verb after the surname: "President Elbegdorj Held a Telephone Conversation with President Medvedev" (Office of
    // the President of Mongolia, round 69).
    'held hosted welcomed received visited signed attended ' +
    // "… and UK Prime Minister Johnson Announce Commitment to Addressing Climate Crisis …" (White House, 2021, round 136).
    'announce announces ' +
    // Events: "at the beginning of the Pacific iCLIM Project Inception Workshop hosted in Brisbane" (SPREP, round 67).
    'workshop workshops seminar seminars symposium webinar ' +
    // Adjectives of institutions' and states' names: « Programme Alimentaire Mondial », « République Démocratique du Congo » (round 56).
    'alimentaire mondial mondiale democratique populaire ' +
    // « Université George Washington », "University of …": institutions named after people are no people.
    'university universite universidad school ecole college institute institut faculty faculte academy academie ' +
    'both today together during through under after before also following speaking while when where which who whose ' +
    'all each every some many most other such no not one two three four five six seven eight nine ten ' +
    'january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday joint statement readout release news media contacts quick facts associated links ' +
    'le la les l un une des du de nous ils elles il elle ce cette ces dans sur pour avec par a en au aux et ou mais ' +
    // The Spanish articles of city names: "at the Summit of the Americas in Los Angeles, President Biden …".
    'los las ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi ' +
    'vendredi samedi dimanche declaration communique ' +
    // French words that open a sentence before « M. X » (« Comme M. Stoltenberg l’a fait observer »): not a given name.
    "comme selon lorsque quand ainsi apres avant pendant depuis lors enfin aussi puis outre malgre cependant toutefois neanmoins egalement je vous on aujourd'hui hier demain " +
    // Heads of organisation names: a capitalised run ending in one is an institution, not a person
    // ("North Atlantic Treaty Organization", "Pacific Islands Forum", "Canadian Armed Forces").
    'organization organisation forum sommet forces force alliance treaty coalition group institute university bank association ' +
    'party army navy corps agency summit conference assembly court tribunal nations airlines company corporation ' +
    'partnership parade palace square street avenue centre center committee bureau secretariat senate congress government ' +
    'ministry embassy mission delegation service ' +
    // Section headings of joint statements: "Holistic Counternarcotics Strategy", "Advanced Capabilities" (2021–2023).
    'strategy strategies capabilities capability framework initiative initiatives agenda dialogue charter accord accords agreement protocol convention ' +
    'bundestag bundesrat knesset duma sejm seimas saeima storting riksdag folketing eduskunta althing oireachtas ' +
    // "Foreign Office Consultations and Commerce Secretary Level Talks" (Bangladesh MOFA, 2022, round 38).
    'level talks consultations negotiations ' +
    // "Presidential Adviser on the Peace Process Jesus G. Dureza" (OPAPP, 2016, round 40).
    'process ' +
    // A headline's verb in title case ends a name: "President Remengesau Receives Courtesy Call from Canada’s Assistant Deputy
    // Minister" (Palau's Office of the President, 2018, round 49).
    'receives meets welcomes hosts visits holds signs attends congratulates condemns discusses thanks courtesy ' +
    // A region in a portfolio is no name: "Canada’s Assistant Deputy Minister for Asian Pacific Donald Bobiash" (the same release).
    'asian pacific'
  ).split(/\s+/),
);

/** Name particles that may sit between two capitalised name words. */
const NAME_PARTICLES = new Set(['oglu', 'ogly', 'qizi', 'kyzy', 'uulu', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'bin', 'binti', 'ben', 'bint', 'ibn', 'ould', 'al', 'el', 'ter', 'ten', 'y', 'e']);

/** Particles that are written with a capital inside a name ("Alexander De Croo", "Herman Van Rompuy"). */
const CAPITALISED_PARTICLES = new Set(['de', 'van', 'von', 'di', 'da', 'del', 'della', 'dos', 'das', 'du', 'ter', 'ten', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'der', 'den']);

/**
 * How many particle tokens start at tokens[i] and are followed by a name word, all adjacent: 0, 1
 * ("von Möllendorff", "De Croo") or 2 ("von der Leyen", "Van der Bellen", "de la Fuente"). A capitalised
 * particle counts only here, inside a name already begun, so "De" at a sentence start is not a name.
 */
function particleRunAt(text: string, tokens: readonly Token[], i: number): number {
  for (let count = 1; count <= 2; count++) {
    let ok = true;
    for (let k = i; k < i + count; k++) {
      const token = tokens[k];
      const isParticle = !!token && token.isWord && (isNameParticle(token) || (CAPITALISED_PARTICLES.has(token.key) && /^\p{Lu}\p{Ll}/u.test(token.text)));
      if (!isParticle || (k > i && !adjacent(text, tokens[k - 1] as Token, token))) ok = false;
    }
    const after = tokens[i + count];
    if (ok && isNameWord(after) && adjacent(text, tokens[i + count - 1] as Token, after as Token)) return count;
    if (!ok) return 0;
  }
  return 0;
}

/** Particles that may open a name right after an office ("President von der Leyen", "Minister van Weel"). */
const LEADING_PARTICLES = new Set(['von', 'van', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'ben', 'al', 'el', 'da', 'di', 'dos', 'das']);

/** Letters after a name that are not part of it. */
// "MK" / "M.K.": a member of the Knesset ("Mr. Daniel AYALON, M.K., Deputy Minister of Foreign Affairs", Israel MFA, 2013, round 32).
// "Mr K Shanmugam SC" (Senior Counsel, Singapore's Ministry of Law, 2021, round 50).
// British orders: "Dame Meg Taylor DBE" (PIDF, round 67), "CMG", "KCMG", "CVO".
// The islands' and devolved legislatures': "The Chief Minister Alfred Cannan MHK" (Isle of Man, round 65), "The Rt Hon Carwyn Jones AM,
// First Minister of Wales" (Welsh Government, round 65), "MSP", "TD" (Dáil), "MEP", "MLC".
// Nigeria's national honours and the war college: "the Honourable Minister of Defence H.E. Mohammed Badaru Abubakar CON mni"
// (Nigeria's MoD, round 64), "GCFR", "GCON", "OFR", "CFR", "OON".
const POST_NOMINALS = new Set(['mp', 'mpp', 'mla', 'mna', 'qc', 'kc', 'pc', 'obe', 'cbe', 'kbe', 'mbe', 'ac', 'ao', 'frs', 'phd', 'csc', 'mk', 'sc', 'con', 'mni', 'gcon', 'gcfr', 'ofr', 'cfr', 'oon', 'mhk', 'am', 'msp', 'td', 'mep', 'mlc', 'dbe', 'gbe', 'cmg', 'kcmg', 'gcmg', 'dcmg', 'cvo', 'kcvo', 'lvo']);

/** The number of tokens of a post-nominal written with full stops at tokens[i] ("M.K.", "Q.C."), or 0. */
export function dottedPostNominalLength(tokens: readonly Token[], i: number): number {
  let letters = '';
  let k = i;
  while (k + 1 < tokens.length && letters.length < 3 && /^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && tokens[k + 1]?.start === tokens[k]?.end) {
    letters += (tokens[k]?.text ?? '').toLowerCase();
    k += 2;
  }
  return letters.length >= 2 && POST_NOMINALS.has(letters) ? k - i : 0;
}

/** Generational suffixes belong to the name as the text writes it ("Joseph R. Biden, Jr.", "William Burns III"). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Ranks that head a military title: "General", « le général », "Admiral". */
const MILITARY_RANKS = new Set(['general', 'admiral', 'amiral', 'colonel', 'brigadier', 'marshal', 'marechal', 'capitaine', 'captain', 'commandant']);

/** Honorific sequences, as folded token keys (punctuation included). Longest first. */
const HONORIFICS: readonly (readonly string[])[] = [
  ['senator', 'the', 'hon', '.'], ['senator', 'the', 'hon'], ['senator', 'the', 'honourable'],
  // "Right Honourable Ben Wallace, the UK Secretary of State for Defence" (Kenya's MoD, round 68): without the article too.
  ['the', 'right', 'honourable'], ['right', 'honourable'], ['right', 'honorable'], ['the', 'rt', '.', 'hon', '.'], ['rt', '.', 'hon', '.'], ['rt', '.', 'hon'], ['the', 'rt', 'hon', '.'], ['the', 'rt', 'hon'], ['rt', 'hon', '.'], ['rt', 'hon'],
  // "Governor General, Her Excellency the Most Hon. Dame Cynthia A. Pratt" (The Bahamas' MFA, 2025, round 119): a Jamaican and
  // Bahamian style.
  ['the', 'most', 'honourable'], ['the', 'most', 'honorable'], ['the', 'most', 'hon', '.'], ['the', 'most', 'hon'], ['most', 'hon', '.'], ['most', 'hon'],
  ['the', 'honourable'], ['the', 'honorable'], ['the', 'hon', '.'], ['the', 'hon'],
  // Also with a comma before the next style: "The SADC Executive Secretary Her Excellency, Dr Stergomena Lawrence Tax paid a courtesy
  // call" (SADC, 2018, round 121).
  ['his', 'excellency', ','], ['her', 'excellency', ','],
  // Abbreviated ranks: "Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley", "Commander-in-Chief of the Ukrainian Armed Forces Gen.
  // Valery Zaluzhnyy" (White House, 2022, round 131).
  ['lt', '.', 'gen', '.'], ['maj', '.', 'gen', '.'], ['gen', '.'], ['adm', '.'], ['col', '.'],
  ['his', 'excellency'], ['her', 'excellency'], ['son', 'excellence'], ['h', '.', 'e', '.'], ['s', '.', 'e', '.'],
  // "The Honorable" abbreviated, as White House delegation lists print it: "T.H. Vincent Haley, Assistant to the President" (2025, round 155).
  ['t', '.', 'h', '.'],
  ["l'honorable"], ["l'honourable"], ['honourable'], ['honorable'], ['hon', '.'], ['hon'],
  ['mr', '.'], ['mr'], ['mrs', '.'], ['mrs'], ['ms', '.'], ['ms'], ['mme'], ['mlle'], ['m', '.'],
  ['dr', '.'], ['dr'], ['prof', '.'], ['professor'], ['professeur'], ['ambassador'], ['ambassadeur'], ['ambassadrice'], ['amb', '.'], ['h', '.', 'e'],
  // A list under one style: "the Co-Chairs of the OSCE Minsk Group (Ambassadors Igor Popov of the Russian Federation, James Warlick of
  // the United States of America, and Pierre Andrieu of France)" (OSCE, 2015, round 113).
  ['ambassadors'], ['ambassadeurs'],
  // A French general's rank abbreviated: « le ministre des Affaires étrangères, GCA Richard Rakotonirina » (Madagascar MFA, round 115).
  ['gca'], ['gdi'], ['gbr'],
  // US Navy ranks as releases abbreviate them: "RADM Michael Day" (White House, 2023, round 140).
  ['radm'], ['vadm'],
  ['senator'], ['senateur'], ['senatrice'], ['ratu'], ['sir'], ['dame'], ['lord'], ['baroness'], ['sheikh'], ['sheikha'], ['shaikh'], ['shaikha'], ['cheikh'], ['earl'], ['viscount'], ['baron'],
  ['madame'], ['monsieur'], ['madam'],
  // Bhutan's styles: "Lyonpo D.N. Dhungyel" (a minister, Bhutan MFA, 2024, round 38), "Dasho", "Lyonchhen Tshering Tobgay" (the Prime
  // Minister, India MEA, 2017, round 147).
  ['lyonpo'], ['dasho'], ['lyonchhen'],
  // "MILF Chairman Al Haj Murad Ebrahim" (OPAPP, 2016), "Foreign Minister, Sen. the Hon. Kamina Johnson Smith" (Jamaica MFAFT,
  // 2022; both round 40).
  ['al', 'haj'], ['al', 'hajj'], ['al-haj'], ['al-hajj'], ['alhaji'], ['sen', '.', 'the', 'hon', '.'], ['sen', '.', 'the', 'honourable'],
  // A naval rank worn as a head of government's style: "The Prime Minister of Fiji, Commodore Josaia Voreqe Bainimarama met in New
  // York today …" (Fiji's UN mission, 2013, round 37).
  ['commodore'],
  // Hyphenated ranks: "Vice-Admiral Benito Galeana" (White House, 2021, round 139).
  ['vice-admiral'], ['rear-admiral'], ['lieutenant-general'], ['major-general'], ['lieutenant-colonel'], ['brigadier-general'],
  // "Msgr. Ettore BALESTRERO, Under-Secretary of the Holy See" (Israel MFA, 2013, round 32), « Mgr ».
  ['msgr', '.'], ['msgr'], ['monsignor'], ['mgr'], ['monseigneur'],
  // "Sayyid Badr Albusaidi" (Oman MFA, 2024), "Makhdoom Shah Mahmood Qureshi" (Pakistan MOFA, 2021; round 34).
  ['sayyid'], ['sayyida'], ['makhdoom'],
  ['his', 'majesty'], ['her', 'majesty'], ['his', 'royal', 'highness'], ['her', 'royal', 'highness'], ['his', 'highness'], ['her', 'highness'],
  // "Amir of the State of Qatar HH Sheikh Tamim bin Hamad Al Thani" (His Highness; a joint statement's signature block).
  ['hrh'], ['hh'], ['son', 'altesse', 'royale'],
  // « SEM Alassane OUATTARA » (Son Excellence Monsieur, as Ivorian government texts print it; round 31).
  ['s', '.', 'e', '.', 'm', '.'], ['sem'], ['son', 'altesse'], ['sa', 'majeste'],
  // Military ranks, abbreviated as US releases print them: "Pentagon Press Secretary Brig. Gen. Pat Ryder" (DoD, 2022).
  ['brig', '.', 'gen', '.'], ['maj', '.', 'gen', '.'], ['lt', '.', 'gen', '.'], ['lt', '.', 'col', '.'], ['lt', '.', 'cmdr', '.'], ['rear', 'adm', '.'], ['vice', 'adm', '.'],
  // "Head of the Directorate for International Cooperation LtC Velibor Bakrač" (Montenegro's MoD, 2017, round 67): Lieutenant Colonel.
  ['ltc'], ['ltc', '.'],
  ['gen', '.'], ['adm', '.'], ['col', '.'], ['capt', '.'], ['cmdr', '.'], ['maj', '.'], ['lt', '.'], ['sgt', '.'],
  // "Philippine National Security Adviser Sec. Hermogenes Esperon Jr" (a six-government joint statement, 2017): Secretary.
  ['sec', '.'],
  // Brunei's: "Minister of Development Dato Seri Setia Awang Haji Mohd Juanda bin Haji Abdul Rashid", "Dato Seri Setia Dr Haji
  // Abdul Manaf bin Haji Metussin" (Singapore MSE, 2022, round 59); "Yang Berhormat", "Pengiran", "Awang" and "Dayang" (Mr, Ms).
  ['dato', 'seri', 'setia'], ["dato'", 'seri', 'setia'],
  // "Foreign Minister Dato' Seri Utama Mohamad Hasan" (Singapore MFA, 2023, round 77).
  ['dato', 'seri', 'utama'], ["dato'", 'seri', 'utama'], ['dato', 'paduka'], ['yang', 'berhormat'], ['yang', 'mulia'], ['pengiran'], ['awang'], ['dayang'], ['haji'], ['hajah'],
  // A retired officer's rank keeps its "(Retd)": "the Director General of the Israel’s Ministry of Defence, Major General (Retd) Amir
  // Eshel" (India's MoD, round 64), "(Ret.)", "(retired)".
  ['(', 'retd', ')'], ['(', 'retd', '.', ')'], ['(', 'ret', '.', ')'], ['(', 'rtd', ')'], ['(', 'retired', ')'],
  // (Longer sequences first: the first that matches is taken.)
  // Cambodia's: "Samdech Akka Moha Sena Padei Techo Hun Sèn", "Samdech Techo Hun Sen" (AKP, French, 2018, round 110).
  ['samdech', 'akka', 'moha', 'sena', 'padei', 'techo'], ['samdech', 'techo'], ['samdech'],
  ['yb'], ['yab'], ['tun'], ['shri'], ['smt', '.'], ['smt'], ['sri'], ['tan', 'sri'], ["dato'", 'seri'], ['dato', 'seri'], ['datuk', 'seri'], ["dato'"], ['dato'], ['datuk'],
];

/**
 * HONORIFICS by their first word, each list in HONORIFICS' order: a sequence whose first word is not the token's cannot
 * match, so the first match among these is the first match among all (and "the", a first word, is a common word).
 */
const HONORIFICS_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const sequence of HONORIFICS) {
  const first = sequence[0] as string;
  const list = HONORIFICS_BY_FIRST_WORD.get(first);
  if (list) list.push(sequence);
  else HONORIFICS_BY_FIRST_WORD.set(first, [sequence]);
}
const HONORIFIC_FIRST_WORDS: ReadonlySet<string | undefined> = new Set(HONORIFICS_BY_FIRST_WORD.keys());

/** Length (in tokens) of the honorific that starts at tokens[i], or 0. */
export function honorificLength(tokens: readonly Token[], i: number): number {
  // « M » without its dot, as French releases sometimes print « monsieur » (« le ministre des Affaires étrangères roumain,
  // M Bodgan Aurescu »): a capital M alone before a capitalised word.
  if (tokens[i]?.text === 'M' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return 1;
  // "HE" for His or Her Excellency, as Gulf news agencies print it ("Minister of State for Foreign Affairs HE Sultan bin
  // Saad Al Muraikhi"): in capitals before a capitalised word, never the pronoun.
  if (tokens[i]?.text === 'HE' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return 1;
  // « SE » for Son Excellence, as Burundian and other francophone releases print it (« son Homologue Egyptien SE Abdel Fattah
  // Al Sisi », Burundi's presidency, 2021, round 48): in capitals before a capitalised word.
  if (tokens[i]?.text === 'SE' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return 1;
  // « Me » for Maître, a lawyer's style in francophone Africa (« le ministre sénégalais des Affaires étrangères, Me Sidiki Kaba »,
  // APS, 2018, round 109): capitalised before a capitalised word, never the English pronoun.
  if (tokens[i]?.text === 'Me' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && isNameWord(tokens[i + 2])) return 1;
  // "Deputy", the style of a member of the States of Jersey and Guernsey, before a name: "the Chief Minister to the Bailiwick
  // of Guernsey, Deputy Gavin St Pier" (DExEU, 2018), "Jersey Chief Minister Deputy Lyndon Farnham" (Isle of Man, 2024; both
  // round 65). Before an office ("Deputy Prime Minister") it stays a word of the title.
  if (tokens[i]?.text === 'Deputy' && isNameWord(tokens[i + 1]) && isNameWord(tokens[i + 2])) return 1;
  const sequences = HONORIFICS_BY_FIRST_WORD.get(tokens[i]?.key ?? '');
  if (sequences === undefined) return 0;
  for (const sequence of sequences) {
    let ok = true;
    for (let k = 0; k < sequence.length; k++) {
      const token = tokens[i + k];
      if (!token || token.key !== sequence[k]) {
        ok = false;
        break;
      }
    }
    // The honorific must be followed by a word ("Dr. Lubis"), not end a sentence.
    const next = tokens[i + sequence.length];
    if (ok && next && next.isWord) return sequence.length;
  }
  return 0;
}

export function isTitleHead(token: Token | undefined): boolean {
  if (!token || !token.isWord) return false;
  // "Members" is an office only capitalised: "Members of the Presidency", not "members of A Company".
  if (TITLE_HEADS.has(token.key)) return token.key !== 'members' || token.text.startsWith('M');
  return isTitleHeadByForm(token.key);
}

/** isTitleHead for a word's key, without its first test (TITLE_HEADS.has(key)): for a caller that has already asked that set. */
function isTitleHeadByForm(key: string): boolean {
  // The article elided onto the office: « en présence de l’ambassadeur Ahmed Salama », « L’ambassadeur Ahmed Mahmoud
  // Soueid’Ahmed » (Mauritania's AMI, 2018, round 36), « l’envoyé spécial ».
  if (key.charCodeAt(1) === 39 && (key.startsWith("l'") || key.startsWith("d'")) && TITLE_HEADS.has(key.slice(2))) return true;
  // "UNRWA Commissioner-General Filippo Grandi" (a DFAT release outside the corpus), "Governor-General", « commissaire
  // générale »: a head joined to "general" is a head, as "Secretary-General" and "Director-General" are.
  // A string test first: a regular expression on every word was a tenth of extracting a megabyte. (Both suffixes end in 'l' or
  // 'e', and with the one-letter head at least the pattern asks for, take nine characters or more: a look at the last one first.)
  const last = key.charCodeAt(key.length - 1);
  // "President-elect Lula" (White House, 2022, round 146), "Secretary-designate": an office to come is an office.
  if (last === 0x74 && key.endsWith('-elect')) return TITLE_HEADS.has(key.slice(0, -6));
  if (last === 0x65 && key.endsWith('-designate')) return TITLE_HEADS.has(key.slice(0, -10));
  if ((last !== 0x6c && last !== 0x65) || key.length < 9) return false;
  if (!key.endsWith('-general') && !key.endsWith('-generale')) return false;
  const head = key.slice(0, key.lastIndexOf('-'));
  return /^\p{L}+$/u.test(head) && TITLE_HEADS.has(head);
}

export function isTitleModifier(token: Token | undefined): boolean {
  // "Under Secretary of State for Economic Growth … Jose W. Fernandez" (White House, 2023, round 86): capitalised only, never the
  // preposition.
  return !!token && token.isWord && (TITLE_MODIFIERS.has(token.key) || token.text === 'Under');
}

/** A word that can be part of an office title (head, modifier, portfolio word or connector). */
export function isTitleWord(token: Token | undefined): boolean {
  if (!token || !token.isWord) return token?.text === '&';
  if (isTitleHead(token) || TITLE_MODIFIERS.has(token.key) || PORTFOLIO_WORDS.has(token.key)) return true;
  // French elision keeps the article on its word: « secrétaire d’État adjoint », « ministre de l’Europe et des affaires étrangères ».
  const elided = /^[dl]'(.+)$/u.exec(token.key)?.[1];
  return elided !== undefined && (PORTFOLIO_WORDS.has(elided) || elided === 'etat');
}

export function isConnector(token: Token | undefined): boolean {
  return !!token && CONNECTORS.has(token.key);
}

function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /^\p{Lu}/u.test(text);
}

/** Could this word be part of a person's name? */
/** An Arabic family name with its article in lower case: "Abdel Fattah el-Sisi", "Bashar al-Assad". */
const ARTICLE_NAME = /^(?:el|al|ad|an|ar|as|ash|at|az|ed|er|es)-\p{Lu}\p{Ll}/u;

const OFFICE_IN_COMPOUND = /(?:^|-)(?:ministre|minister|président|présidente|president|secrétaire|secretary|gouvernement|government|conseiller|conseillère)(?:-|$)/iu;

/** Keys that are no name word by isNameWord's set tests (see there). */
const NOT_NAME_KEYS: ReadonlySet<string> = new Set([...NOT_NAME_WORDS, ...POST_NOMINALS, ...TITLE_HEADS, ...TITLE_MODIFIERS, ...PORTFOLIO_WORDS]);

export function isNameWord(token: Token | undefined): boolean {
  if (!token || !token.isWord || !(isCapitalised(token.text) || ARTICLE_NAME.test(token.text))) return false;
  if (/\d/.test(token.text)) return false;
  const key = token.key;
  // NOT_NAME_KEYS is the union of NOT_NAME_WORDS, POST_NOMINALS, TITLE_HEADS, TITLE_MODIFIERS and PORTFOLIO_WORDS (none changes
  // after load), so with isTitleHead (whose first test is TITLE_HEADS; token.isWord holds here) this is the same disjunction in
  // one lookup for most words.
  // (isTitleHead's own TITLE_HEADS test is part of NOT_NAME_KEYS: only its tests of the word's form are left to ask.)
  // A short Vietnamese name whose accents fold it onto a stop word is still a name: "General Secretary Tô Lâm" (White House, 2024, round
  // 138), "Lê". (The accented word itself is no English or French word.)
  if (NOT_NAME_KEYS.has(key) && !isAccentedShortName(token.text, key)) return false;
  if (isTitleHeadByForm(key)) return false;
  if (isCountryWord(token.text)) return false;
  // A compound office is no name: « Conseiller de Gouvernement-Ministre des Relations Extérieures » (Monaco, 2019, round 30).
  if (token.text.includes('-') && OFFICE_IN_COMPOUND.test(token.text)) return false;
  // Acronyms (ROK, APEC, UNCLOS) are not names; capitalised family names (MIYAZONO) are handled by the caller.
  if (token.text.length <= 5 && token.text === token.text.toUpperCase()) return false;
  return true;
}

/** "Tô", "Lê": two or three letters, capitalised, with a circumflex or horn that no French or English stop word carries. */
function isAccentedShortName(text: string, key: string): boolean {
  return text.length >= 2 && text.length <= 3 && /^\p{Lu}/u.test(text) && /[ôơưêâă]/u.test(text) && text.toLowerCase() !== key;
}

export function isPostNominal(token: Token | undefined): boolean {
  return !!token && token.isWord && POST_NOMINALS.has(token.key.replace(/\./g, ''));
}

export function isNameParticle(token: Token | undefined): boolean {
  return !!token && token.isWord && NAME_PARTICLES.has(token.key) && !isCapitalised(token.text);
}

/** Two adjacent tokens with only spaces or a line break between them (no punctuation). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  // Not across a blank line, a paragraph's end: "Direction : DICoD" ⏎⏎ "Florence Parly, ministre des Armées, …" (French Ministry
  // of the Armed Forces, 2020, round 62) is no name "DICoD Florence Parly".
  return b.start - a.end <= 3 && /^\s+$/.test(text.slice(a.end, b.start)) && !/\n[^\S\n]*\n/.test(text.slice(a.end, b.start));
}

// Also in brackets: "U.S. Senator Richard Joseph (Dick) Durbin" (Lithuanian MFA, 2021, round 27).
const NICKNAME_OPEN = /^[“"‘(]$/;
const NICKNAME_CLOSE = /^[”"’)]$/;

/** "Paul Georg von Möllendorff" is four; a longer run of capitals is a heading or an organisation. */
const MAX_NAME_WORDS = 5;
/**
 * Words of a name that count towards MAX_NAME_WORDS: not its particles in lower case, so an Arabic name with its
 * filiation fits ("Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa", Bahrain MFA, 2019, round 26).
 */
const LOWER_CASE_PARTICLE = /^\p{Ll}+$/u;

export interface NameRun {
  /** First token of the name (after honorifics). */
  readonly first: number;
  /** One past the last token of the name. */
  readonly last: number;
  /** Where the mention starts (the first honorific token, or `first`). */
  readonly mentionFirst: number;
  readonly hasHonorific: boolean;
  /** The name with single spaces and without honorifics or post-nominals. */
  readonly name: string;
  readonly wordCount: number;
}

/**
 * The person name that starts at tokens[i] (honorifics first), or null. A name is a run of
 * capitalised name words, with particles and initials inside ("Paul Georg von Möllendorff",
 * "Lester B. Pearson"), separated only by whitespace.
 */
/**
 * A cheap test that nameRunAt(…, i) is null, true for most tokens (lower-case words, digits, punctuation). Only a token whose
 * first code unit is ASCII and not a capital A–Z qualifies, and then every way nameRunAt has to start a name is shut:
 * - no honorific starts at it: the special cases are 'M', 'HE', 'SE', 'Deputy' (capitals), and the rest need the key in
 *   HONORIFIC_FIRST_WORDS (then honorificLength itself is asked);
 * - the opening particle ("President von der Leyen") needs the key in LEADING_PARTICLES (checked);
 * - leadingInitial needs an initial (a capital or a NAME_ABBREVIATIONS word, all capitalised) and dotlessInitial a capital B–Z: 0;
 * - so the first word is this token, and it must pass isNameWord (a capital, or ARTICLE_NAME, whose hyphen is at index 2 or
 *   3: checked), isFamilyNameInCapitals (no ASCII lower-case first letter, and for a digit /\d/ fails), isMonthSurname,
 *   isGivenNameBeforePatronymic (both need \p{Lu} first), isPortfolioWordAsName (needs an honorific) or isAmirInsideName
 *   ('Amir'): none can.
 */
function startsNoName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  const text = token.text;
  const code = text.charCodeAt(0);
  if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return false;
  if (text.charCodeAt(2) === 0x2d || text.charCodeAt(3) === 0x2d) return false;
  // A key whose first two characters open no key of LEADING_PARTICLES or HONORIFIC_FIRST_WORDS is in neither: both tests below
  // answer false, without hashing the token's new string for two set lookups (most tokens).
  if (!mayOpenParticleOrHonorific(token.key)) return true;
  if (LEADING_PARTICLES.has(token.key)) return false;
  // A possible honorific's first word ("the", "his"): when none starts here, the honorific loop stops at once and the rest holds.
  return !HONORIFIC_FIRST_WORDS.has(token.key) || honorificLength(tokens, i) === 0;
}

/** Bit c0 * 128 + c1 is set for each key of two characters or more, both ASCII, of LEADING_PARTICLES or HONORIFIC_FIRST_WORDS. */
const PARTICLE_OR_HONORIFIC_PAIRS = new Uint8Array(128 * 128);
for (const key of [...LEADING_PARTICLES, ...HONORIFIC_FIRST_WORDS]) {
  if (key !== undefined && key.length >= 2 && key.charCodeAt(0) < 0x80 && key.charCodeAt(1) < 0x80) PARTICLE_OR_HONORIFIC_PAIRS[key.charCodeAt(0) * 128 + key.charCodeAt(1)] = 1;
}

/**
 * False only when `key` is provably in neither LEADING_PARTICLES nor HONORIFIC_FIRST_WORDS: two ASCII characters or more whose
 * first two are no such key's first two. (One character, or a non-ASCII one among the first two: true, and the sets are asked.)
 */
function mayOpenParticleOrHonorific(key: string): boolean {
  if (key.length < 2) return true;
  const c0 = key.charCodeAt(0);
  const c1 = key.charCodeAt(1);
  return c0 >= 0x80 || c1 >= 0x80 || PARTICLE_OR_HONORIFIC_PAIRS[c0 * 128 + c1] === 1;
}

/** The country names of the last text asked about (nameRunAt runs over one text's tokens many times). */
let countrySpans: { text: string; spans: readonly { start: number; end: number }[] } | null = null;

/**
 * Is the token part of a country's name written before a person's, without a comma: "Prime Minister of the United
 * Kingdom Keir Starmer", "President of the United States of America Joseph R. Biden Jr." — the name starts after it.
 * Only a name of several words, or one after "of"/« de » ("President of Georgia Salome Zourabichvili"): a one-word
 * country that is also a given name ("Jordan Smith") starts a name elsewhere.
 */
function inCountryName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !/^\p{Lu}/u.test(token.text)) return false;
  if (countrySpans?.text !== text) countrySpans = { text, spans: findCountriesOfText(text) };
  // The last country name starting at or before the token (they are in text order, and never overlap).
  const { spans } = countrySpans;
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as { start: number }).start <= token.start) low = middle + 1;
    else high = middle - 1;
  }
  const span = spans[high];
  if (!span || span.end < token.end) return false;
  return span.end - span.start > token.end - token.start || ['of', 'de', 'du', 'des'].includes(tokens[i - 1]?.key ?? '');
}

const SHEIKH = new Set(['sheikh', 'shaikh', 'cheikh']);

export function nameRunAt(text: string, tokens: readonly Token[], i: number): NameRun | null {
  if (startsNoName(tokens, i)) return null;
  // A word right before an honorific opens no name: the name starts after it ("Parliamentary Secretary for Defence Support Dr Mike
  // Kelly", an Australian release, 2009, round 136, is not "Support Dr Mike Kelly").
  // (Not « M. », which is a middle initial after a given name: "Patrick M. Shanahan".)
  // But "Sheikh" inside a Somali name is a part of it: "President Hassan Sheikh Mohamud" (White House, 2022, round 142), when an office
  // stands right before the given name and the given name is no office word itself.
  if (tokens[i + 1]?.isWord && (tokens[i + 1]?.text.length ?? 0) > 1 && honorificLength(tokens, i) === 0 && honorificLength(tokens, i + 1) > 0 && !(SHEIKH.has(tokens[i + 1]!.key) && !isTitleWord(tokens[i]) && isTitleHead(tokens[i - 1]))) return null;
  let h = i;
  for (let guard = 0; guard < 4; guard++) {
    // After an honorific, « M. » is an initial, not « monsieur »: "Dr M. Veerappa Moily, India’s Minister for Law and Justice"
    // (Singapore's Ministry of Law, 2010, round 96).
    // Not after a French one: « S.E. M. Serge Telle ».
    if (h > i && tokens[h]?.key === 'm' && ENGLISH_HONORIFICS.has(tokens[i]?.key ?? '')) break;
    const length = honorificLength(tokens, h);
    if (length === 0) break;
    h += length;
  }
  // A leading initial: "Dr S. Jaishankar", "J. Smith" (a single capital, its full stop, a surname).
  // "President von der Leyen": a name that opens with its particles, right after an office.
  // Not « Président de la République » or "Minister of …": French de/la/du open offices' portfolios, not names.
  if (h === i && isTitleHead(tokens[i - 1]) && isNameParticle(tokens[i]) && LEADING_PARTICLES.has(tokens[i]?.key ?? '')) {
    const particles = particleRunAt(text, tokens, i);
    const head = tokens[i + particles];
    if (particles > 0 && head && adjacent(text, tokens[i - 1] as Token, tokens[i] as Token)) {
      const parts = tokens.slice(i, i + particles + 1).map((token) => token.text);
      return { first: i, last: i + particles + 1, mentionFirst: i, hasHonorific: false, name: parts.join(' '), wordCount: parts.length };
    }
  }
  // Countries joined by hyphens name an agreement or a body, not a person: "under Chapter 10 of the Canada-United States-Mexico Agreement"
  // (Global Affairs Canada, 2020, round 155) gave a minister's quotation that speaker. (Not a country a surname may be: Jordan-Smith.)
  if (h === i && COUNTRY_THEN_HYPHEN.test(tokens[i]?.text ?? '') && !COUNTRY_SURNAMES.has((tokens[i]?.text ?? '').split('-')[0]!.toLowerCase()) && isCountryWord((tokens[i]?.text ?? '').split('-')[0]!)) return null;
  const initial = leadingInitial(text, tokens, h) || dotlessInitial(text, tokens, h, h > i);
  const first = tokens[h + initial];
  // An office's organisation in capitals opens no name: "President of PABSEC Maja Gojkovic and Secretary General of PABSEC Asaf
  // Hajiyev" (IPA CIS, 2016, round 64).
  if (first && h === i && initial === 0 && tokens[h - 1]?.key === 'of' && isTitleHead(tokens[h - 2]) && first.text.length > 1 && first.text === first.text.toUpperCase()) return null;
  // Nor does the duchy of an office: "the UK Chancellor of the Duchy of Lancaster Michael Gove" (UK Cabinet Office, 2021, round 106).
  if (first && h === i && initial === 0 && tokens[h - 1]?.key === 'of' && tokens[h - 2]?.key === 'duchy') return null;
  // "Prime Minister May thanked Prime Minister Trudeau" (No 10, outside the corpus): a month that is a family name, right after an office.
  if (
    !first ||
    !(
      isNameWord(first) ||
      (initial === 2 && LEADING_PARTICLES.has(first.key)) ||
      isFamilyNameInCapitals(tokens, h + initial) ||
      (initial === 0 && isTitleHead(tokens[h - 1]) && isMonthSurname(tokens, h)) ||
      (initial === 0 && isPronounSurname(tokens, h)) ||
      (initial === 0 && isGivenNameBeforePatronymic(text, tokens, h)) ||
      (initial === 0 && h > i && isPortfolioWordAsName(text, tokens, h)) ||
      // "his Iranian counterpart Amir Abdel Lahyan" (Egypt SIS, 2024, round 34): after an office, "Amir" opens a name.
      (initial === 0 && isTitleHead(tokens[h - 1]) && isAmirInsideName(text, tokens, h) && isNameWord(tokens[h + 2])) ||
      // … and after an office and a comma: "the Acting Foreign Minister of the Interim Government of Afghanistan, Amir Khan Muttaqi"
      // (Pakistan MOFA, 2022, round 75); not "Qatar, Amir Tamim bin Hamad" (its third word no name's).
      (initial === 0 && tokens[h - 1]?.text === ',' && isAmirInsideName(text, tokens, h) && isNameWord(tokens[h + 2]) && /^\p{Lu}/u.test(tokens[h + 2]?.text ?? '')) ||
      // After an honorific or a military rank "Amir" is a given name whatever follows: "Major General (Retd) Amir Eshel" (India's
      // MoD, round 64), "Mr Amir Peretz"; no text styles the Emir "General".
      (initial === 0 && (h > i || MILITARY_RANKS.has(tokens[h - 1]?.key ?? '')) && isAmirInsideName(text, tokens, h)) ||
      // … and before a surname set off by its office: "spoke with Amir Peretz, Israel’s Minister of the Economy and Industry" (Global
      // Affairs Canada, 2020, round 136); the Emir is not named so.
      (initial === 0 && isAmirInsideName(text, tokens, h) && tokens[h + 2]?.text === ',' && /^,\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}?(?:Minister|Secretary|President|Ambassador|Deputy|Speaker|Governor|Mayor|Chief|Director|Chairman|Chair|Head|ministre|président|ambassadeur)(?![\p{L}])/u.test(text.slice(tokens[h + 2]?.start ?? 0, (tokens[h + 2]?.start ?? 0) + 80)))
    )
  )
    return null;
  // After the cheap tests (most tokens start no name): a word of a country's name starts none either.
  if (inCountryName(text, tokens, i)) return null;
  let last = h + initial + 1;
  const parts =
    initial === 4
      ? tokens[h + 2]?.start === tokens[h + 1]?.end
        ? [`${tokens[h]?.text ?? ''}.${tokens[h + 2]?.text ?? ''}.`, first.text]
        : [`${tokens[h]?.text ?? ''}.`, `${tokens[h + 2]?.text ?? ''}.`, first.text]
      : initial === 2
        ? [`${tokens[h]?.text ?? ''}.`, first.text]
        : initial === 1
          ? [tokens[h]?.text ?? '', first.text]
          : [first.text];
  let particleWords = 0;
  while (last < tokens.length && parts.length - particleWords <= MAX_NAME_WORDS) {
    const token = tokens[last];
    const previous = tokens[last - 1];
    if (!token || !previous) break;
    // A middle initial: "Antony J. Blinken", "Lester B. Pearson", "Albert F. del Rosario" (a particle next).
    const dot = tokens[last + 1];
    const after = tokens[last + 2];
    if (
      isInitialWord(token.text) && dot?.text === '.' && dot.start === token.end && after && (isNameWord(after) || particleRunAt(text, tokens, last + 2) > 0) && adjacent(text, previous, token)
    ) {
      parts.push(`${token.text}.`);
      last += 2;
      continue;
    }
    // Two middle initials written together: "Hon. Olivier J.P. Nduhungirehe" (Rwanda MFA, 2025, round 36).
    const second = tokens[last + 2];
    const secondDot = tokens[last + 3];
    const surname = tokens[last + 4];
    // (The length test first: this runs at every word of every name, and almost none is one letter.)
    if (
      token.text.length === 1 && /^\p{Lu}$/u.test(token.text) && dot?.text === '.' && dot.start === token.end && second && /^\p{Lu}$/u.test(second.text) && second.start === dot.end &&
      secondDot?.text === '.' && secondDot.start === second.end && surname && isNameWord(surname) && surname.text.length >= 3 && adjacent(text, previous, token) && adjacent(text, secondDot, surname)
    ) {
      parts.push(`${token.text}.${second.text}.`);
      last += 4;
      continue;
    }
    // A middle initial without its full stop, then the surname that ends the name: "Professor David J Francis" (Sierra
    // Leone's State House, 2022, round 36). Not A or I, which are words.
    if (
      token.text.length === 1 && /^[B-HJ-Z]$/u.test(token.text) && dot?.isWord && isNameWord(dot) && dot.text.length >= 3 && adjacent(text, previous, token) && adjacent(text, token, dot) &&
      // (`dot` is the surname here, `after` the word after it.)
      !(after?.isWord && /^\p{Lu}/u.test(after.text) && adjacent(text, dot, after))
    ) {
      parts.push(token.text);
      last += 1;
      continue;
    }
    // A nickname in quotation marks between given and family names: Benjamin “Benny” Gantz (DoD readouts).
    const nickname = tokens[last + 1];
    const close = tokens[last + 2];
    const family = tokens[last + 3];
    if (
      NICKNAME_OPEN.test(token.text) && nickname && close && family && NICKNAME_CLOSE.test(close.text) && nickname.start === token.end && close.start === nickname.end &&
      isNameWord(nickname) && isNameWord(family) && adjacent(text, previous, token) && adjacent(text, close, family) && !previous.possessive
    ) {
      parts.push(`${token.text}${nickname.text}${close.text}`);
      last += 3;
      continue;
    }
    if (!adjacent(text, previous, token) && !(previous.text === '.' && token.start - previous.end <= 2)) break;
    if (previous.possessive) break;
    // "Ferdinand Marcos Jr." with no comma: the suffix is not a name word but the suffix, with its full stop.
    if (GENERATIONAL_SUFFIX.test(token.text)) break;
    if (isNameWord(token) || isMonthSurname(tokens, last) || isPortfolioSurname(tokens, last) || isCountrySurname(tokens, last) || isFamilyNameInCapitalsAfter(tokens, last, parts) || isAmirInsideName(text, tokens, last)) {
      parts.push(token.text);
      last++;
      continue;
    }
    // Particles inside a name: "Paul Georg von Möllendorff", "Ursula von der Leyen" (two), and
    // capitalised ones after a given name: "Alexander De Croo", "Herman Van Rompuy", "Luigi Di Maio".
    const particles = particleRunAt(text, tokens, last);
    // A city after « à », then « de » and a whole name of three words or more: « lors de la visite à Paris de Lucien Marie Noël
    // Bembamba » (African Development Bank, 2013, round 68) is a visit of Bembamba's, not a name "Paris de …"; "Maria de Fátima
    // Lopes Silva" stays whole.
    if (particles === 1 && parts.length === 1 && h === i && (token.text === 'de' || token.text === 'du') && ['à', 'a', 'en', 'in', 'at'].includes(tokens[i - 1]?.key ?? '') && [1, 2, 3].every((k) => isNameWord(tokens[last + k]))) break;
    if (particles > 0) {
      for (let k = last; k <= last + particles; k++) {
        const word = (tokens[k] as Token).text;
        parts.push(word);
        if (LOWER_CASE_PARTICLE.test(word)) particleWords++;
      }
      last += particles + 1;
      continue;
    }
    break;
  }
  // A Cantonese name ending on "On", set off by a comma: "The Chief Executive, Mr Chui Sai On, will lead a Government delegation"
  // (Macao SAR Government, 2017, round 59); "On" is otherwise a preposition.
  const on = tokens[last];
  if (on?.text === 'On' && parts.length >= 2 && parts.length < MAX_NAME_WORDS && adjacent(text, tokens[last - 1] as Token, on) && /^[,;)]$/u.test(tokens[last + 1]?.text ?? '') && tokens[last + 1]?.start === on.end) {
    parts.push(on.text);
    last++;
  }
  if (parts.length - particleWords > MAX_NAME_WORDS) return null;
  // A headline in capitals, not a name: « LE SECRÉTAIRE GÉNÉRAL CONDAMNE L’ATTENTAT TERRORISTE PERPÉTRÉ À DAMAS » (UN, 2013,
  // round 25). A French article elided onto a word in capitals names no one.
  if (parts.length >= 3 && parts.every((part) => part === part.toUpperCase()) && parts.some((part) => /^[LD][’']\p{Lu}{3}/u.test(part))) return null;
  // A portfolio's words, not a name: "Special Envoy for Pacific Island Countries Affairs, His Excellency, Qian Bo" (Solomon
  // Islands MFA, 2024, round 36).
  const following = tokens[last];
  if (following && (following.key === 'affairs' || following.key === 'affaires') && adjacent(text, tokens[last - 1] as Token, following)) return null;
  // Nor an institution's words before its head: "Director General of the World Intellectual Property Organization" (Singapore's Ministry
  // of Law, 2009, round 96) names no "World Intellectual Property".
  if (following && parts.length >= 2 && INSTITUTION_HEADS.has(following.key) && adjacent(text, tokens[last - 1] as Token, following)) return null;
  const suffix = nameSuffixAt(text, tokens, last);
  // A leading initial written onto the name stays so: "U.Enkhtuvshin".
  const written = initial === 2 && tokens[h + 2]?.start === tokens[h + 1]?.end ? `${parts[0] ?? ''}${parts.slice(1).join(' ')}` : parts.join(' ');
  if (suffix) return { first: h, last: suffix.last, mentionFirst: i, hasHonorific: h > i, name: `${written}${suffix.text}`, wordCount: parts.length + 1 };
  return { first: h, last, mentionFirst: i, hasHonorific: h > i, name: written, wordCount: parts.length };
}

/**
 * "Amir" between two name words is a name, not the office: « le ministre des Affaires étrangères iranien, Hossein Amir
 * Abdollahian » (Luxembourg, 2022, round 23). The office comes before a name, not inside one.
 */
function isAmirInsideName(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return token?.text === 'Amir' && next !== undefined && isNameWord(next) && adjacent(text, token, next);
}

/** "II" and "III" are suffixes only in capitals; "Jr"/"Sr" start with a capital. */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|JR|SR|II|III|IV)$/;

/** ", Jr." / " III" right after a name: the suffix as written (with its comma and full stop) and where it ends. */
function nameSuffixAt(text: string, tokens: readonly Token[], at: number): { text: string; last: number } | null {
  let k = at;
  // A monarch's ordinal written with its article: "His Majesty King Charles the III" (White House, 2026, round 142).
  if (tokens[k]?.key === 'the' && /^(?:II|III|IV)$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]?.start === (tokens[k]?.end ?? 0) + 1 && tokens[k]?.start === (tokens[k - 1]?.end ?? 0) + 1) {
    return { text: ` the ${tokens[k + 1]!.text}`, last: k + 2 };
  }
  const comma = tokens[k]?.text === ',' && tokens[k]?.start === tokens[k - 1]?.end;
  if (comma) k++;
  const word = tokens[k];
  const previous = tokens[k - 1];
  if (!word || !previous || !word.isWord || !NAME_SUFFIXES.has(word.key) || word.start - previous.end > 1) return null;
  if (!GENERATIONAL_SUFFIX.test(word.text)) return null;
  // "Jr." and "Sr." are abbreviations and keep their full stop; after "III" a full stop ends the sentence.
  const dot = /^(?:Jr|Sr|JR|SR)$/.test(word.text) && tokens[k + 1]?.text === '.' && tokens[k + 1]?.start === word.end;
  return { text: `${comma ? ',' : ''} ${word.text}${dot ? '.' : ''}`, last: k + 1 + (dot ? 1 : 0) };
}

/**
 * A word that is also an office, used as a given name before a patronymic: "HE Sultan bin Saad Al Muraikhi" (Qatar
 * MOFA, outside the corpus), "Emir bin …". Only before a lower-case "bin"/"ibn"/"bint" and a name word.
 */
const COUNTRY_THEN_HYPHEN = /^\p{Lu}[\p{L}]+-\p{Lu}/u;
const PATRONYMICS = new Set(['bin', 'ibn', 'bint', 'binti']);

function isGivenNameBeforePatronymic(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const particle = tokens[i + 1];
  // The set lookup first: this runs for every token that starts no name, and almost none is followed by "bin".
  // (Every patronymic opens with 'b' or 'i': a look at the first letter spares hashing the word for the set.)
  if (!token || !particle || (particle.text.charCodeAt(0) !== 0x62 && particle.text.charCodeAt(0) !== 0x69) || !PATRONYMICS.has(particle.text) || !token.isWord || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  return isNameWord(tokens[i + 2]) && adjacent(text, token, particle) && adjacent(text, particle, tokens[i + 2] as Token);
}

/** Months that are also family names ("Theresa May", "Brian April"): inside a name, not before a day. */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);

/**
 * The Chinese family name He, written like the pronoun: capitalised inside a sentence (after a word in lower case or an office), before a
 * given name: "The representative from the Chinese side for this meeting was He Lifeng, Vice Premier of the State Council" (White House,
 * 2025, round 134), "Vice Premier He Lifeng".
 */
function isPronounSurname(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.text !== 'He') return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!previous || !previous.isWord || !next || !next.isWord || !/^\p{Lu}\p{Ll}/u.test(next.text) || !isNameWord(next)) return false;
  return /^\p{Ll}/u.test(previous.text) || isTitleHead(previous);
}

function isMonthSurname(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !token.isWord || !MONTH_SURNAMES.has(token.key) || !/^\p{Lu}/u.test(token.text)) return false;
  return !/^\d/.test(tokens[i + 1]?.text ?? '');
}

/**
 * Portfolio words that are also family names ("FCDO Minister for the Indo-Pacific Catherine West said"): after a
 * given name, as the name's last word — not before another capitalised word ("… Kim Jong Un North Korea",
 * "East Asia").
 */
// "Minister of State for the Armed Forces Mark Lancaster" as well as the Duchy of Lancaster (round 106).
const PORTFOLIO_SURNAMES = new Set(['north', 'south', 'east', 'west', 'green', 'lancaster']);

/**
 * After an honorific, a portfolio word that opens a name, followed by a hyphenated given name: "the Secretary for Labour and
 * Welfare, Dr Law Chi-kwong" (Hong Kong SAR, 2018, round 33).
 */
function isPortfolioWordAsName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next || !token.isWord || !PORTFOLIO_WORDS.has(token.key) || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(next.text) && adjacent(text, token, next);
}

/**
 * Countries whose one-word name is also a family name, as a name's last word after a given name: "Deputy Attorney General Lisa
 * Monaco" (White House, 2023, round 102), "Representative Jim Jordan". Not before another capitalised word.
 */
const COUNTRY_SURNAMES = new Set(['monaco', 'jordan', 'israel', 'chad']);

function isCountrySurname(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !token.isWord || !COUNTRY_SURNAMES.has(token.key) || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  const next = tokens[i + 1];
  return !(next?.isWord && /^\p{Lu}/u.test(next.text));
}

function isPortfolioSurname(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !token.isWord || !PORTFOLIO_SURNAMES.has(token.key) || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  const next = tokens[i + 1];
  return !(next?.isWord && /^\p{Lu}/u.test(next.text));
}

/**
 * Given names that South and Southeast Asian and Somali names write shortened, with a full stop, like an initial: "H.E. Hassan
 * Sh. Mohamud" (Sheikh; Somalia's presidency, 2013, round 57), "Md. Shahriar Alam" (Mohammad), "Mohd. Redzuan", "Hj." (Haji).
 */
const NAME_ABBREVIATIONS = new Set(['Sh', 'Md', 'Mohd', 'Muhd', 'Moh', 'Muh', 'Abd', 'Hj', 'Kh', 'Ts', 'Ch', 'Ya', 'Yu', 'Ye']);

/** A one-capital initial, or a given name shortened (NAME_ABBREVIATIONS). */
function isInitialWord(word: string): boolean {
  // (A capital is one code point, two code units at most, and no abbreviation is longer than four: longer words are neither.)
  if (word.length > 4) return false;
  return /^\p{Lu}$/u.test(word) || NAME_ABBREVIATIONS.has(word);
}

/** 2 when tokens[i] is an initial ("S.") directly followed by a name word of three letters or more; 4 for two initials ("A. K."). */
function leadingInitial(text: string, tokens: readonly Token[], i: number): 0 | 2 | 4 {
  const letter = tokens[i];
  const dot = tokens[i + 1];
  const after = tokens[i + 2];
  // The cheap tests first: this runs at every token of the text, and few are followed by a full stop.
  if (!letter || !dot || !after || dot.text !== '.' || dot.start !== letter.end || !isInitialWord(letter.text)) return 0;
  // Also written onto the name, as Mongolian names give the father's initial: "Deputy Prime Minister of Mongolia U.Enkhtuvshin",
  // "President Kh.Battulga" (Mongolia's embassy in Turkey, 2018, round 61).
  if (after.text.length >= 3 && isNameWord(after) && (adjacent(text, dot, after) || (after.start === dot.end && after.text.length >= 4))) return 2;
  // Then the particles of a family name: "Monsieur J. van Laarhoven" (Benelux Union, 2012, round 96).
  if (LEADING_PARTICLES.has(after.key) && adjacent(text, dot, after) && particleRunAt(text, tokens, i + 2) > 0) return 2;
  // Two initials: "Dr A. K. Abdul Momen of Bangladesh" (Ghana MFA, 2023, round 31).
  const secondDot = tokens[i + 3];
  const name = tokens[i + 4];
  if (after.text.length !== 1 || !secondDot || !name || name.text.length < 3 || secondDot.text !== '.' || secondDot.start !== after.end || !/^\p{Lu}$/u.test(after.text)) return 0;
  // Also written together: "Lyonpo D.N. Dhungyel" (Bhutan MFA, 2024, round 38).
  return isNameWord(name) && (adjacent(text, dot, after) || after.start === dot.end) && adjacent(text, secondDot, name) ? 4 : 0;
}

/**
 * 1 when tokens[i] is an initial written without its full stop, as British and Singaporean releases do ("Indian External
 * Affairs Minister Dr S Jaishankar", "Minister for Foreign Affairs and Minister for Law K Shanmugam", Singapore MFA, 2013,
 * round 26): a single capital other than A and I, right after an honorific or a capitalised office word, then a name word
 * of three letters or more that ends the name.
 */
function dotlessInitial(text: string, tokens: readonly Token[], i: number, afterHonorific: boolean): 0 | 1 {
  const letter = tokens[i];
  const after = tokens[i + 1];
  // The cheap tests first: this runs at every token that starts no other name.
  if (!letter || !after || letter.text.length !== 1 || after.text.length < 3) return 0;
  const code = letter.text.charCodeAt(0);
  if (code < 0x42 || code > 0x5a || code === 0x49 || !adjacent(text, letter, after) || !isNameWord(after)) return 0;
  const next = tokens[i + 2];
  // Unless it is a post-nominal: "Mr K Shanmugam SC" (Singapore's Ministry of Law, 2021, round 50).
  if (next && next.isWord && /^\p{Lu}/u.test(next.text) && adjacent(text, after, next) && !POST_NOMINALS.has(next.key)) return 0;
  if (afterHonorific) return 1;
  // An office ends right before it: its head within the capitalised words and links just before.
  for (let k = i - 1, guard = 0; k >= 0 && guard < 6; k--, guard++) {
    const word = tokens[k] as Token;
    if (!word.isWord || !adjacent(text, word, tokens[k + 1] as Token)) return 0;
    if (isTitleHead(word)) return 1;
    if (!/^\p{Lu}\p{Ll}/u.test(word.text) && !OFFICE_LINKS.has(word.key)) return 0;
  }
  return 0;
}
const OFFICE_LINKS = new Set(['for', 'of', 'and', 'the']);

const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** MOFA style puts the family name first, in capitals: "MIYAZONO Kenji". */
/** Organisations and groups written in capitals that may stand right after a name; never a family name. */
const CAPITALS_NOT_NAMES = new Set(['nato', 'otan', 'asean', 'osce', 'oecd', 'ocde', 'unicef', 'unesco', 'unhcr', 'unrwa', 'undp', 'wfp', 'iaea', 'aiea', 'dprk', 'prc', 'usa', 'eu', 'ue', 'un', 'onu', 'gcc', 'apec', 'quad', 'mofa', 'mfa', 'jst', 'gmt', 'utc', 'cet']);

/**
 * A family name in capitals after a given name, as Japanese readouts write foreign names: "Rt. Hon. Christopher LUXON,
 * Prime Minister of New Zealand" (Kantei, 2024), "Ms. Penny WONG". Only a word of three letters or more, not the last
 * word of a heading in capitals, not an organisation's acronym, and only after given names written in lower case.
 */
function isFamilyNameInCapitalsAfter(tokens: readonly Token[], i: number, parts: readonly string[]): boolean {
  const token = tokens[i];
  // Also after several given names: « Mahamat Boun Abdallah DIONE » (Senegal's embassy in Paris, round 26).
  if (!token || !token.isWord || token.text.length < 3 || parts.length < 1 || parts.length > 3) return false;
  // (An ASCII lower-case letter among the first two already makes the word no capitals: the upper-casing below is not needed.)
  if (isAsciiLower(token.text.charCodeAt(0)) || isAsciiLower(token.text.charCodeAt(1))) return false;
  if (parts.some((given) => given === given.toUpperCase()) || token.text !== token.text.toUpperCase() || /[\d.]/.test(token.text)) return false;
  if (CAPITALS_NOT_NAMES.has(token.key) || isCountryWord(token.text) || isTitleWord(token) || NOT_NAME_WORDS.has(token.key) || POST_NOMINALS.has(token.key)) return false;
  // "Christopher LUXON Prime Minister": the next word may not go on the name in capitals.
  const next = tokens[i + 1];
  return !(next && next.isWord && next.text === next.text.toUpperCase() && /^\p{Lu}{2}/u.test(next.text));
}

function isFamilyNameInCapitals(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next || !token.isWord || token.text.length < 2) return false;
  // Most words have an ASCII lower-case letter among their first two: not in capitals, no upper-casing needed.
  if (isAsciiLower(token.text.charCodeAt(0)) || isAsciiLower(token.text.charCodeAt(1))) return false;
  if (token.text !== token.text.toUpperCase() || /\d/.test(token.text) || isCountryWord(token.text)) return false;
  // A heading in capitals is no name: "MINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Bob Carr" (an Australian
  // release's header) has AFFAIRS, a portfolio word, before the honorific that opens the name.
  if (isTitleWord(token) || NOT_NAME_WORDS.has(token.key) || honorificLength(tokens, i + 1) > 0) return false;
  return isNameWord(next) && next.text !== next.text.toUpperCase();
}

const nameKeyCache = new Map<string, readonly string[]>();

/**
 * Folded words of a name, for comparing "Minister Miyazono" with "MIYAZONO Kenji". Memoised: every
 * mention is compared with every participant found so far, and folding (NFD) dominated that loop.
 */
export function nameKeys(name: string): readonly string[] {
  const cached = nameKeyCache.get(name);
  if (cached) return cached;
  const keys = foldForComparison(name)
    .split(/[\s]+/)
    // A nickname in quotation marks is a word of the name: "President Joko “Jokowi” Widodo" is "President Jokowi" (MINA, round 66).
    .map((word) => word.replace(/[.,“”"«»]/g, ''))
    .filter((word) => word.length > 0 && !NAME_PARTICLES.has(word));
  if (nameKeyCache.size >= 10_000) nameKeyCache.clear();
  nameKeyCache.set(name, keys);
  return keys;
}
