/**
 * What kind of text a statement is: a news release, a joint statement, a readout or a (single
 * issuer's) statement. Official texts say so in predictable places, so the rules read those places
 * in order of how explicit they are:
 *   1. a label line near the top ("READOUT", "Joint media release", « Communiqué de presse »), or the
 *      title naming the genre ("Joint Statement on…", « Déclaration conjointe… », "Statement by…");
 *   2. several issuers speaking as one ("We, the Foreign Ministers of…", « Nous, ministres… »);
 *   3. the furniture of a department's release: a "date – city – department" dateline, an opening
 *      "City – " dateline, closing quote blocks, Quick facts / Contacts sections;
 *   4. a title that names a meeting, call or talks ("Outcome of the … Meeting") → readout.
 * Anything else is a statement. Pure; reads only the first lines and the boilerplate spans.
 */
import type { Statement } from '../model/statement';
import type { StatementKind } from '../model/structured-statement';
import { caselessPattern } from './caseless-pattern';
import { canonicalCountry, findCountries } from './country-names';

const HEAD_LINES = 10;

const REPUBLISHED_PREFIX = caselessPattern(String.raw`^press\s+release\s*:\s+\S`, 'iu');

const LABELS: ReadonlyArray<readonly [RegExp, StatementKind]> = [
  [caselessPattern(String.raw`^(?:readout|compte[- ]rendu)(?![\p{L}])`, 'iu'), 'readout'],
  [caselessPattern(String.raw`^(?:joint\s+(?:statement|declaration|communiqu[eé])|d[ée]claration\s+(?:conjointe|commune)|communiqu[ée]\s+conjoint)(?![\p{L}])`, 'iu'), 'joint-statement'],
  // Also "Press Communiqué of the Co-Chairs of the Geneva International Discussions" (UN Geneva, 2017, round 37).
  [caselessPattern(String.raw`^(?:(?:joint\s+)?(?:news|media|press)\s+release|press\s+communiqu[ée]|communiqu[ée]\s+(?:de\s+presse|aux\s+m[ée]dias))(?![\p{L}])`, 'iu'), 'news-release'],
  // The State Department's "Media Note" label line (2026).
  [caselessPattern(String.raw`^media\s+note$`, 'iu'), 'news-release'],
  [caselessPattern(String.raw`^(?:statement|d[ée]claration)\s+(?:by|from|of|on|de|du|des|d['’])\b`, 'iu'), 'statement'],
  // A speech in the speaker's own voice: "Remarks by President Donald Tusk (25 November 2018)".
  [caselessPattern(String.raw`^(?:remarks|speech|address|allocution|discours)\s+(?:by|of|de|du|d['’])`, 'iu'), 'statement'],
  // A label line on its own: "Statement" above a canada.ca dateline.
  [caselessPattern(String.raw`^(?:statement|d[ée]claration)$`, 'iu'), 'statement'],
];

/** A statement label whose authors are several governments or their representatives. */
const SEVERAL_AUTHORS =
  caselessPattern(String.raw`^(?:statement|d[ée]claration)\s+(?:by|from|of|des|de\s+la|du)\s+(?:the\s+|les\s+)?(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:ministers|leaders|governments|missions|group|groupe|partners|countries|ministres|dirigeants|gouvernements|pays|G7|G20|Quad)(?![\p{L}])`, 'iu');

/**
 * "Statement of the President of the European Commission Jean-Claude Juncker, the President of the European Council Donald Tusk
 * and the Prime Minister of Australia Malcolm Turnbull" (European Commission, 2015, round 25): the offices of several authors.
 */
const OFFICE_IN_TITLE = caselessPattern(String.raw`(?<![\p{L}])(?:the|le|la)\s+(?:president|prime\s+minister|chancellor|secretary[-\s]general|foreign\s+minister|minister\s+(?:of|for)\s+foreign\s+affairs|président|présidente|premier\s+ministre|première\s+ministre|chancelier|chancelière|secrétaire\s+général)(?![\p{L}])`, 'giu');
// Built once (the same shared RegExp caselessPattern gives on every call).
const AND_THE = caselessPattern(String.raw`\s(?:and|et)\s+(?:the|le|la)\s`, 'iu');
function severalOffices(line: string): boolean {
  if ((line.match(OFFICE_IN_TITLE)?.length ?? 0) >= 2 && AND_THE.test(line)) return true;
  // Two names, each with its office, the second of another country: « Déclaration de Bernard KOUCHNER, ministre des Affaires
  // étrangères et européennes, et de M. Franck-Walter STEINMEIER, ministre des Affaires étrangères et vice-Chancelier de la
  // République fédérale d’Allemagne » (France Diplomatie, 2009, round 31).
  const two = TWO_NAMED_AUTHORS.exec(line);
  if (!two) return false;
  const first = new Set(findCountries(two[1] ?? '').map((found) => found.canonical));
  const second = findCountries(two[2] ?? '').map((found) => found.canonical);
  return second.length > 0 && second.every((country) => !first.has(country));
}
const TWO_NAMED_AUTHORS = caselessPattern(
  String.raw`^(?:statement|d[ée]claration)\s+(?:by|of|from|de|du)\s+((?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?)?\s*\p{Lu}[^,]{2,60},\s+(?:ministre|minister|secrétaire|secretary|président|présidente|president|premier|première|prime|chancel\p{L}*)[^,]{0,120}),\s+(?:and|et)\s+(?:de\s+)?((?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?)?\s*\p{Lu}[^,]{2,60},\s+(?:ministre|minister|secrétaire|secretary|président|présidente|president|premier|première|prime|chancel\p{L}*)[^()]{0,200})`,
  'iu',
);

/**
 * "Statement by Denmark, Iceland and Norway on Finland and Sweden’s decisions to apply for NATO membership" (Danish PMO, 2022,
 * round 44): a statement whose authors are named countries, two or more.
 */
const STATEMENT_BY_LIST = caselessPattern(String.raw`^(?:joint\s+)?(?:statement|d[ée]claration)\s+(?:by|of|from|de|du|des)\s+(.{3,160}?)(?:\s+(?:on|sur|regarding|concerning|about|following|after|à\s+la\s+suite)\s|:|$)`, 'iu');
function byCountries(line: string): boolean {
  const authors = STATEMENT_BY_LIST.exec(line)?.[1];
  if (authors === undefined) return false;
  const found = findCountries(authors);
  if (new Set(found.map((country) => country.canonical)).size < 2) return false;
  // Nothing but the countries, commas, "and" and articles: not "by the Minister of Foreign Affairs of Canada on Mali". In French
  // each country has its « de »: « Déclaration de la France et de l’Allemagne sur le Mali ».
  let rest = authors;
  for (const country of [...found].reverse()) rest = rest.slice(0, country.start) + rest.slice(country.end);
  return rest.replace(/(?:^|\s)(?:and|et|the|la|le|les|de|du|des)(?=\s|$)|[,\s]|[ld]['’]/giu, '') === '';
}

/** A release label naming several authors: « Communiqué de presse des co-présidents français, américain et russe du Groupe de Minsk ». */
const RELEASE_OF_SEVERAL =
  caselessPattern(String.raw`^(?:(?:joint\s+)?(?:news|media|press)\s+release|press\s+communiqu[ée]|communiqu[ée]\s+de\s+presse)\s+(?:by|from|of|des|de\s+la|du)\s+(?:the\s+)?(?:co-?chairs|co-?présidents|ministers|ministres|leaders|dirigeants|governments|gouvernements)(?![\p{L}])`,
  'iu',
);
/**
 * "Joint Press Release of Japan and the Republic of Chile on the Initiation of Negotiations …" (Japan MOFA, 2005, round 23):
 * a release of two countries named. Not "Joint Press Release by the Minister for Defence … and the Acting Minister for Foreign
 * Affairs" (two ministers of one government).
 */
// Also "Joint Press Release on the occasion of the meeting between the Foreign Minister of Japan, Hayashi Yoshimasa and the
// Foreign Minister of Denmark, Jeppe Kofod in Tokyo" (Denmark MFA, 2021, round 32).
const RELEASE_OF_COUNTRIES = caselessPattern(String.raw`^joint\s+(?:news|media|press)\s+release\s+(?:of|between|(?:on\s+the\s+occasion\s+of|following|after)\s+the\s+(?:meeting|visit|talks)\s+(?:between|of))\s+([^.;:]{1,160})`, 'iu');
function releaseOfSeveral(line: string): boolean {
  if (RELEASE_OF_SEVERAL.test(line)) return true;
  const named = RELEASE_OF_COUNTRIES.exec(line)?.[1];
  if (named === undefined) return false;
  // "Joint Press Release of the 3rd GUAM-Japan Meeting (Batumi, 01.07.2008)" (GUAM, 2008, round 37): a meeting of two parties
  // joined by a hyphen, one of them a country.
  const pair = PAIR_MEETING.exec(named);
  if (pair && (canonicalCountry(pair[1] ?? '') !== null || canonicalCountry(pair[2] ?? '') !== null)) return true;
  return new Set(findCountries(named).map((country) => country.canonical)).size >= 2;
}
const PAIR_MEETING = /(?<![\p{L}])(\p{Lu}[\p{L}]+)[-–](\p{Lu}[\p{L}]+)\s+(?:[Mm]eeting|[Ss]ummit|[Dd]ialogue|[Cc]onsultations|[Tt]alks)(?![\p{L}])/u;

/**
 * A lead whose subject lists its members in brackets: "The Middle East Quartet (United Nations, Russian Federation, United
 * States, European Union) and Quartet Representative Blair held informal consultations today", "The Troika Embassies (Norway,
 * the United States, and the United Kingdom) will always stand with …" (round 37): several parties speak as one.
 */
function membersInBrackets(paragraph: string): boolean {
  // Also after a dateline (« Port-au-Prince, le 9 juillet 2018 – Le Core Group (composé du Représentant Spécial …, les
  // Ambassadeurs d’Allemagne, du Brésil, …) », Core Group in Haiti, 2018), and set off by commas after "made up of" ("The local
  // transition monitoring committee, made up of ECOWAS, the African Union and MINUSMA, with … France, the United States …",
  // Mali, 2021; both round 38).
  const lead = paragraph.replace(/^\p{Lu}[^.–—\n]{2,60}?\s[–—-]\s+/u, '');
  const members =
    /^(?:\d+\.\s*)?(?:[Tt]he\s+|[Ll]es?\s+|[Ll]a\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}?\p{L}+\s*\(([^()]{5,300})\)/u.exec(lead)?.[1] ??
    /^(?:[Tt]he\s+|[Ll]es?\s+|[Ll]a\s+)?(?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+,\s+(?:made\s+up\s+of|composed\s+of|comprising|composée?\s+d(?:e|es|u))\s+([^.;]{5,300})/u.exec(lead)?.[1];
  return members !== undefined && new Set(findCountries(members).map((country) => country.canonical)).size >= 2;
}

/** A call is reported, never announced: "Minister Joly speaks with …", « … s’entretient avec … », "Telephone Talk". */
// Also "Josep Borrell spoke to new Foreign Minister …", "Holds Virtual Conversation with Chinese Counterpart".
// "FM Phones U.S. State Secretary On Middle East Developments" (Egypt SIS, 2024, round 74).
const CALL_IN_TITLE = caselessPattern(String.raw`(?<![\p{L}])(?:(?:tele)?phon(?:es|ed)\s+(?:the\s+)?\p{Lu}|speaks?\s+(?:with|to)|spoke\s+(?:with|to)|call\s+with|telephone|phone\s+call|(?:virtual|video)\s+(?:conversation|call|meeting|talks)|s[’']entretient\s+avec|(?:entretien|appel|conversation)\s+t[ée]l[ée]phonique)(?![\p{L}])`, 'iu');

/** Several governments speaking as one in the lead: "The Ministers of Foreign Affairs of Australia, Canada, …", "Foreign Ministers from Australia, New Zealand and Fiji, …", "The G7 Foreign Ministers", "The Lima Group", "The Nordic-Baltic countries".
 * Also "The undersigned members of the Media Freedom Coalition" (29 governments, 2022, round 19), « Les pays soussignés ». */
// Also after "Today": "Today, the leaders of the Australia-UK-US (AUKUS) partnership – Prime Minister Scott Morrison of Australia, …"
// (White House, 2022, round 146).
const JOINT_SUBJECT =
  /^(?:\d+\.\s*)?(?:[Ww]e,?\s+)?(?:Today,?\s+)?(?:[Tt]he\s+)?(?:(?:[Ff]oreign\s+)?[Mm]inisters|[Ll]eaders|[Gg]overnments|[Hh]eads\s+of\s+[Ss]tate|[Mm]embers|[Cc]ountries|participating\s+\w+\s+countries)\s+(?:of|from)\s+[^.]{0,400}?(?:,\s*[^,.]+){2,}|^(?:\d+\.\s*)?(?:[Ww]e,?\s+)?[Tt]he\s+(?:G7|G20|Quad|Lima\s+Group|International\s+Contact\s+Group|[A-Z][\w-]*\s+Coalition|(?:undersigned\s+)?members\s+of\s+the\s+[A-Z]|undersigned\s+(?:countries|governments|states|members|ministers|signatories)|(?:Nordic|Baltic|Nordic-Baltic|Benelux|Visegrád|Visegrad|Weimar|G7|G20|Quad|ASEAN|Pacific\s+Alliance)\s+(?:countries|states|partners|governments|foreign\s+ministers|ministers|leaders))|^(?:[Nn]ous,?\s+)?[Ll]es\s+(?:pays|gouvernements|États|membres|ministres)\s+soussignés/u;

/**
 * A lead whose subject is a list of three or more countries: "Argentina, Brazil, Canada, Chile, …, Paraguay and Peru express
 * their support for the Republic of Panama" (Lima Group, 2018, round 27), « Le Bénin, le Niger et le Togo condamnent … ».
 */
function countriesAsSubject(paragraph: string): boolean {
  const subject = /^(?:\d+\.\s*)?((?:(?:the|le|la|les|l['’])\s*)?\p{Lu}[^\s,]*(?:[\s,]+(?:\p{Lu}[^\s,]*|and|et|of|the|de|du|des|la|le|les|l['’]\p{Lu}[^\s,]*))*)\s+\p{Ll}/u.exec(paragraph)?.[1];
  if (subject === undefined || !/,/.test(subject) || !/\s(?:and|et)\s/u.test(subject)) return false;
  return new Set(findCountries(subject).map((country) => country.canonical)).size >= 3;
}

/** "Joint Statement on the 9th Meeting…", "G7 Foreign Ministers’ Statement", « Déclaration conjointe… ». */
// Also "Joint Readout of the Trilateral … meeting" (a readout issued by several governments is a joint statement, corpus
// convention) and "G7 Leaders’ Statement on …", "Foreign Ministers’ Statement": the statement of several authors.
export const WELCOMES_A_STATEMENT = caselessPattern(String.raw`(?<![\p{L}])(?:welcom(?:es|ed)|commend(?:s|ed)|applaud(?:s|ed)|hails|salue|saluent|se\s+félicitent?\s+de)\s+[^.;:]{0,100}?(?:joint\s+(?:statement|declaration|communiqu[eé])|d[ée]claration\s+(?:conjointe|commune)|communiqu[ée]\s+conjoint)(?![\p{L}])`, 'iu');
const JOINT_IN_TITLE = caselessPattern(String.raw`(?<![\p{L}])(?:joint\s+(?:statement|declaration|communiqu[eé]|readout)|d[ée]claration\s+(?:conjointe|commune)|communiqu[ée]\s+conjoint|(?:leaders|ministers|advisors|advisers)[’']?\s+(?:joint\s+)?statement|` +
    // "Trilateral National Security Advisors Statement on …" (White House, 2023).
    String.raw`(?:trilateral|quadrilateral)\s+(?:[\p{L}-]+\s+){0,4}?statement|statement\s+on\s+(?:the\s+)?(?:[\p{L}.-]+\s+(?:[–—-]\s+)?){0,8}?(?:trilateral|quadrilateral)|` +
    // "Joint Press Statement Following a Call between President Joe Biden and the Chancellor …" (White House, 2023).
    // Also "Joint U.S.-Brazil Statement on the Partnership for Workers’ Rights" (White House, 2023, round 22).
    String.raw`joint\s+(?:press|media|leaders[’']?|[\p{L}.]+[-–][\p{L}.]+)\s+statement|` +
    // "Joint Fact Sheet on President Donald J. Trump’s Meeting with President Lee Jae-myung" (US and ROK, 2025, round 24).
    String.raw`joint\s+fact\s+sheet|` +
    // A group of governments named by its short name: "E3 Statement for the Special Session of the IAEA Board of Governors"
    // (France, Germany and the UK, 2019, round 19), "E3/EU Foreign Ministers' statement".
    String.raw`(?<![\p{L}\p{N}])(?:E3(?:\/EU)?|E4|EU3|P3|P5|G4|G7|G8|G20|BRICS|Quad|Benelux|Weimar|Visegrad|Nordic)\s+(?:[\p{L}’'-]+\s+){0,2}?statement|` +
    // A conference's or summit's closing text is its participants': « Communiqué final de la Conférence internationale … ».
    String.raw`communiqu[ée]\s+final|final\s+communiqu[ée]|d[ée]claration\s+finale|final\s+declaration)(?![\p{L}])`, 'iu');
// Not a dialogue called for: « appelle à la retenue et au dialogue inclusif » (OIF, 2025), "calls for dialogue".
// Also a meeting told in the past tense: « Le ministre des Affaires étrangères a rencontré le vice-président de l’Assemblée
// nationale française » (Comoros MFA, round 19), « s’est entretenu avec », "met with".
const MEETING_IN_TITLE = caselessPattern(String.raw`\b(?:receives\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:ambassador|minister|president|delegation|counterpart|envoy|secretary)|reçoit\s+(?:l['’]ambassadeur|le\s+ministre|la\s+ministre|le\s+président|une\s+délégation|son\s+homologue)|meeting|meets|met\s+with|talks|call|speaks\s+with|spoke\s+with|visit|(?<!(?:au|for|to|du|le)\s)dialogue|consultations|summit|r[ée]union|entretien|s[’']entretient|s[’']est\s+entretenue?|rencontre|a\s+rencontré|visite)(?![\p{L}])`, 'iu');
const READOUT_IN_TITLE = caselessPattern(String.raw`^(?:outcome|results?|readout|summary)\s+of\b|^r[ée]sultats?\s+de\b|[’']s\s+(?:meeting|call)\s+with\b`, 'iu');

const SPEECH_LABEL = caselessPattern(String.raw`^(?:remarks|speech|address|allocution|discours)\s`, 'iu');
/** The date and time before a label on a Council of the EU page: "14/03/2023 10:28 | Press release |". */
const COUNCIL_LABEL_TIME = /^\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}\s*\|\s*/u;
/** A lead that hands over to one person's statement: "… issued the following statement:", « … a fait la déclaration suivante : ». */
const FOLLOWING_STATEMENT = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:issued|made|released|delivered)\s+the\s+following\s+statement|a\s+(?:fait|publié|émis|prononcé)\s+(?:aujourd['’]hui\s+|ce\s+jour\s+)?la\s+déclaration\s+suivante)\s*:?\s*$`,
  'iu',
);
const READOUT_WORD = /readout/i;
const FOLLOWING_READOUT = caselessPattern(String.raw`(?<![\p{L}])(?:provided|issued|released|gave)\s+the\s+following\s+readout(?![\p{L}])`, 'iu');
// Also « le Président de la République a appelé ce soir son homologue nigérien » (Élysée, 2019, round 29).
const CALL_IN_LEAD = caselessPattern(String.raw`(?<![\p{L}])(?:a\s+(?:appelé|téléphoné\s+à)(?:\s*,\s*[^,.;]{1,40},)?\s+(?:son|sa)\s+excellence|a\s+(?:appelé|téléphoné\s+à)\s+(?:(?:ce\s+(?:soir|matin)|hier|aujourd[’']hui|cet\s+après-midi)\s+)?(?:son|sa|ses|leurs?)\s+homologues?|s[’']est\s+entretenue?\s+(?:\p{L}+\s+)?(?:au|par)\s+t[ée]l[ée]phone|(?:spoke|spoken|talked)\s+(?:\p{L}+\s+)?(?:by|over\s+the)\s+(?:tele)?phone|(?:tele)?phone\s+call\s+(?:with|to)|had\s+a\s+(?:virtual|video|telephone|phone)\s+(?:conversation|call|meeting)|held\s+a\s+(?:telephone|phone|video)\s+(?:talk|conversation|call|meeting)s?|(?:telephone|phone)\s+conversation\s+(?:took\s+place|was\s+held)\s+between|(?:a|ont)\s+eu\s+(?:un\s+entretien|une\s+conversation)\s+t[ée]l[ée]phonique)(?![\p{L}])`, 'iu');
const CALL_DURING = caselessPattern(String.raw`^(?:[^.;]{0,60}?\s)?(?:(?:au\s+cours|lors)\s+(?:de\s+(?:leur|son|sa|cet|cette)|d['’]un|d['’]une|de\s+l['’])\s*(?:entretien|conversation|échange)\s+téléphonique|during\s+(?:a|the|their|his|her|this)\s+(?:(?:tele)?phone\s+(?:conversation|call)|call)\s+with)(?![\p{L}])`, 'iu');
/**
 * Talks held, in a department's communiqué (« Communiqué de la Présidence de la République, en date du 12 août 2020, sur
 * … » ⏎ « Le Président de la République s'est entretenu avec le Premier ministre … »): its readout. A news story's
 * headline over the same words (NATO's « Échange de vues entre … ») stays a news release.
 */
const COMMUNIQUE_LABEL = caselessPattern(String.raw`^communiqu[ée](?:\s+(?:de|du|des)\s|\s*[–—-]\s)`, 'iu');
// Also « Le Premier ministre, Dr. Ariel Henry, a eu, le lundi 30 janvier, une longue et fructueuse séance de travail avec … »
// (Haiti's Prime Minister, 2023, round 33).
const TALKS_HELD = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:(?:has|have|had)\s+)?(?:met(?:\s+with)?|held\s+(?:(?:bilateral|separate)\s+)?(?:talks|meetings?|consultations))\s+(?:with\s+)?(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?counterparts?|` +
    // "held a meeting with Chilean counterpart Alberto van Klaveren", "held a conversation with U.S. Secretary of State Antony
    // Blinken" (Andina, round 43), "held discussions on development cooperation during a bilateral meeting in Apia" (Fiji, round 43).
    String.raw`held\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|conversation|discussion|telephone\s+conversation|phone\s+call|call)\s+with|` +
    // "Dr. Alfred Mutua, Cabinet Secretary for Foreign and Diaspora Affairs held fruitful discussions with H.E. Meg Whitman" (Kenya's
    // foreign ministry, 2022, round 72).
    String.raw`held\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|discussions|consultations)\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?with|` +
    // "Dr. Alfred Mutua and his Mozambique counterpart, H.E. Veronica Macamo jointly held a Ministerial Segment of the 2nd
    // Kenya-Mozambique JPCC" (Kenya MFA, round 83).
    String.raw`held\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:segment|session|round)\s+of(?![\p{L}])|` +
    // A call of two named as its subject: "General Qamar Javed Bajwa, Chief of Army Staff (COAS) and General Lloyd James Austin, US
    // Secretary of Defence had a telephonic conversation, Friday." (ISPR, 2022, round 57).
    // "Foreign Minister Sameh Shoukry on Sunday 14/4/2024 made a phone contact with US Secretary of State Antony Blinken" (Egypt SIS,
    // 2024); "discussed with his Romanian counterpart Bogdan Aurescu" (MOLDPRES, 2022); "At his meeting in Vienna with the Minister of
    // Foreign Affairs of Ukraine Andrii Deshchytsia, Foreign Minister Urmas Paet said" (Estonia MFA, 2014; all round 74).
    // "met with Brian Hook, the US Special Representative for Iran" (WAM, 2020), "which included a bilateral meeting between the
    // Minister of Foreign Affairs of Latvia … and …" (Latvia MFA, 2022), "during a visit to Mogadishu by the Foreign Minister of
    // Burundi" (Somalia's presidency, 2014; all round 78).
    String.raw`met\s+with\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3},\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:representative|envoy|minister|secretary|ambassador|president|commissioner|adviser|advisor|chancellor)(?![\p{L}])|included\s+a\s+(?:bilateral\s+)?meeting\s+between|during\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+)?visit\s+to\s+\p{Lu}[\p{L}-]+\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:minister|president|prime\s+minister|secretary)(?![\p{L}])|` +
    String.raw`receiv(?:ed|es)\s+(?:a|the)\s+(?:high-level\s+)?delegation|(?:was|were)\s+received\s+by\s+(?:his|her|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:president|prime\s+minister|minister|king|emir|excellency)(?![\p{L}])|` +
    String.raw`(?:had|held|made)\s+(?:a|an)\s+(?:telephonic|telephone|phone|video)\s+(?:conversation|call|talk|contact)(?![\p{L}])|(?:received|receives)(?:\s*,\s*[^,.;]{1,30}?,)?\s+(?:a\s+)?(?:telephone\s+|phone\s+)?call\s+from|(?:received|receives)\s+(?:the\s+)?(?:credentials|letters?\s+of\s+credence)\s+of|discussed\s+with\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?counterparts?(?![\p{L}])|` +
    String.raw`(?:^|,\s+|\.\s+)(?:at|during)\s+(?:his|her|their)\s+meeting\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?with\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:minister|president|prime\s+minister|secretary|counterpart|chancellor)(?![\p{L}])|` +
    // "Sergey Lavrov conversed with Minister of Foreign Affairs of Norway Jonas Gahr Store" (Russian MFA, 2010), "Peña Nieto
    // telephoned the new president of the United States" (Mexican presidency, 2017), « a reçu lundi matin une délégation
    // italienne » (Guinea MAE, 2023), « a tenu à recevoir, jeudi, le Président de la Polynésie française » (2020), « a échangé
    // avec une délégation des Émirats » (24 Heures au Bénin, 2023), "while receiving a delegation led by Joe Bejang" (Taiwan
    // Today, 2024), "at a bilateral meeting with his East Timorese counterpart" (Timor-Leste MNE, 2009), "engages in bilateral
    // discussions with H.E. …" (Jamaica MFAFT, 2023), "has his first official meeting with his new Greek counterpart" (Cyprus
    // MFA, 2019): talks held, in other words (rounds 26–48, as annotated).
    // Also "Foreign Minister … met in New York with President of Mongolia …" (Kabar, 2021), "met Italian Foreign Affairs Minister
    // Giulio Terzi this Monday in Rome" (UfM, 2012), "has had a meeting with Foreign Affairs Minister of Estonia" (Moldpres, 2022),
    // "Milan Rocen, …, and Edmond Haxhinasto, …, met on Friday, April 6, in Podgorica" (Montenegro, 2012), « s’est entretenu
    // avec le Premier ministre » (Mauritius GIS, 2020), « s’est entretenu au Palais Rénovation avec l’ambassadeur de France »
    // (La Libreville, 2022), "met with the Cabinet Secretary of the Ministry of Foreign Affairs of the Republic of Kenya"
    // (Bahrain MFA, 2019).
    // "Ministers of Foreign Affairs of the Caribbean Community (CARICOM) met virtually with the Secretary of State of the United
    // States of America" (Trinidad and Tobago MFCA, 2021, round 82).
    String.raw`met\s+(?:in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+|(?:virtually|online|remotely)\s+)?with\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:president|prime\s+minister|minister|chancellor|king|emir|premier|ambassador|cabinet\s+secretary|secretary[-\s]general|secretary\s+of\s+state)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*|met\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:foreign\s+(?:affairs\s+)?minister|prime\s+minister|president|minister\s+of\s+foreign\s+affairs)\s+\p{Lu}|(?:has|have|had)\s+had\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|conversation|talks)\s+with|(?<=\sand\s[^.;]{3,200}?)\smet\s+(?=(?:on|this|today|yesterday|in|at)\s)|` +
    String.raw`s['’]est\s+entretenue?\s+(?:[^.;,]{1,50}?\s)?avec\s+(?:le|la|l['’])\s*(?:premier\s+ministre|première\s+ministre|président|présidente|ministre|ambassadeur|ambassadrice|secrétaire|chancelier|chancelière|roi|reine|émir|vice-président)(?![\p{L}])|` +
    // Also "Šefik Džaferović talked in Brussels with Secretary General of the European External Action Service" (FENA, 2021), « Le
    // Ministre des Relations Extérieures, S.E. MBELLA MBELLA, a accordé une audience le vendredi 27 juin 2025 à M. Abdou ABARRY »
    // (Cameroon MINREX, 2025; both round 51).
    // "Croatian Prime Minister Andrej Plenkovic received Norway's Foreign Minister Borge Brende on Monday" (Croatian government, 2017),
    // « a eu un déjeuner de travail avec son homologue français, ce mercredi 25 janvier 2023, au Palais de l’Élysée » (Ivorian
    // presidency, 2023; both round 52).
    String.raw`received\s+\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:ambassador|minister|president|prime\s+minister|envoy|secretary|delegation)(?![\p{L}])|(?:a|ont)\s+eu\s+un\s+(?:déjeuner|dîner|petit-déjeuner)\s+de\s+travail\s+avec|had\s+a\s+working\s+(?:lunch|dinner|breakfast)\s+with|` +
    String.raw`talked\s+(?:in\s+\p{Lu}[\p{L}-]*\s+|today\s+|yesterday\s+)?with\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,6}?(?:president|prime\s+minister|minister|secretary|ambassador|chancellor|counterpart|king|emir|envoy|commissioner)(?![\p{L}])|(?:a|ont)\s+accordé\s+(?:une\s+)?audience|granted\s+(?:an\s+)?audience\s+to|` +
    // "His Excellency Mohamed Irfaan Ali, …, and His Excellency Alejandro Giammattei Falla, …, met to discuss shared issues of trade"
    // (Guyana's DPI, 2022, round 72).
    String.raw`met\s+to\s+(?:discuss|review)(?![\p{L}])|` +
    String.raw`conversed\s+with|telephoned\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:president|prime\s+minister|minister|chancellor|counterpart|king|emir)|` +
    String.raw`(?:a|ont)\s+reçu\s+(?:[^.;]{0,40}?\s)?(?:une\s+délégation|l['’]ambassadeur|l['’]envoyée?|(?:le|la)\s+(?:ministre|président|présidente|premier|première|secrétaire|vice-président))(?![\p{L}])|a\s+tenu\s+à\s+recevoir|(?:a|ont)\s+échangé\s+avec\s+(?:une\s+délégation|(?:le|la|l['’])\s*(?:ministre|président|présidente|ambassadeur|ambassadrice))|` +
    String.raw`receiv(?:ed|ing)\s+(?:\p{L}+\s+){0,2}?a\s+delegation\s+(?:led|headed)\s+by|(?:at|during)\s+(?:a|an|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?meeting\s+with\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?counterparts?|engag(?:es?|ed)\s+in\s+bilateral\s+(?:discussions|talks)\s+with|(?:has|had)\s+(?:his|her|their)\s+first\s+(?:official\s+)?meeting\s+with|` +
    // "President of Montenegro Milo Đukanović met with President of Albania Ilir Meta in Tirana" (round 45), "met with the Prime
    // Minister of Montenegro, Zdravko Krivokapic" (North Macedonia's presidency, 2022, round 45): met with an office holder.
    String.raw`met\s+(?:with\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:president|prime\s+minister|minister|chancellor|king|emir|premier|ambassador)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*|` +
    // Also without "with": "Federal Foreign Minister Guido Westerwelle met the Foreign Minister of Djibouti, Mr Mahamoud Ali Youssouf"
    // (German Federal Foreign Office, round 55); and a signing with a counterpart: "Foreign Minister Prince Faisal Bin Farhan signed a
    // memorandum of understanding (MoU) with his Maldivian counterpart Abdulla Shahid" (Saudi MFA, 2022, round 55).
    String.raw`signed\s+[^.;]{0,80}?\swith\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?counterparts?|` +
    // "were signed after Presidents Uhuru Kenyatta and Umaro Sissoco Embaló of Guinea-Bissau led their delegations in bilateral talks
    // at State House" (Kenya's State House, round 58).
    String.raw`led\s+(?:their|his|her)\s+(?:respective\s+)?delegations?\s+(?:in|at|to|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|meetings?|consultations|negotiations)(?![\p{L}])|` +
    // A meeting reported as held: « La première réunion quadrilatérale des ministres des affaires étrangères … s’est tenue ce
    // jeudi à Bakou » (AZERTAC, 2018, round 58).
    String.raw`(?:réunion|rencontre|entretien)\s+[^.;]{0,200}?\s(?:s['’]est\s+tenue?|a\s+eu\s+lieu)\s+(?:ce|le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd|hier|à|au)(?![\p{L}])|` +
    // "attended a bilateral meeting with the delegation of officials on French Saint Martin" (Sint Maarten, round 65), "following a
    // courtesy call on Prime Minister Bruce Golding at Jamaica House" (JIS, round 65), "Today Robin Walker, Minister for Exiting the
    // EU, hosted the Chief Ministers from Jersey, Guernsey and the Isle of Man" (DExEU, 2018, round 65).
    String.raw`attended\s+(?:a|an)\s+(?:bilateral\s+|working\s+|official\s+)?meeting\s+with|courtesy\s+call\s+on\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:prime\s+minister|president|premier|king|emir|chancellor|governor|minister)(?![\p{L}])|hosted\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ministers|counterparts?|delegations?)\s+(?:from|of)\s|` +
    // A message handed over in person: "The message, which Simeon Oyono delivered to his Moroccan counterpart, Naser Bourita, …"
    // (Equatorial Guinea's press office, 2020, round 57).
    String.raw`(?:delivered|handed(?:\s+over)?)\s+(?:[^.;]{0,40}?\s)?to\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?counterparts?|` +
    // "The Minister of Foreign Affairs Svetlan Stoev received the Ambassador Extraordinary and Plenipotentiary of the Portuguese
    // Republic …" (Bulgaria MFA, 2021), « a échangé avec son homologue émirati » (24 Heures au Bénin, 2023; both round 44).
    // Also « a échangé lundi avec son homologue de Guinée Bissau » (Alwihda, 2021), « a reçu ce lundi 7 avril 2025, à Cotonou,
    // son homologue slovène » (Bénin Web TV, 2025; both round 54).
    String.raw`received\s+(?:(?:on\s+\p{L}+|today|yesterday)\s+)?(?:the|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:ambassadors?|ministers?|counterparts?|envoy|secretary|president|delegation)(?![\p{L}])|(?:a\s+)?échangé?\s+(?:[\p{L}-]+\s+){0,2}?avec\s+(?:son|sa|ses|leurs?)\s+(?:[\p{L}-]+\s+)?homologues?|a\s+reçu(?:\s+[^.;,]{1,40}?,){0,3}\s+(?:son|sa|ses|leurs?)\s+homologues?|held\s+(?:bilateral\s+)?(?:discussions|talks)\s+on\s+[^.;]{1,80}?\s(?:during|at|on\s+the\s+margins\s+of)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|visit)|met\s+(?:(?:today|yesterday|on\s+\p{L}+|\d{1,2}\s+\p{L}+(?:\s+\d{4})?|in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)[\s,]+){1,3}(?:with\s+)?(?:his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:counterparts?|president|prime\s+minister|minister|foreign\s+minister|secretary|chancellor|king|emir)|se\s+sont\s+(?:rencontrée?s|entretenue?s)\s+(?:aujourd['’]hui\s+|ce\s+jour\s+|hier\s+)?(?:à|au|en|avec|pour|par|sur)|s['’]est\s+entretenue?\s*,\s*[^.;]{1,60}?,\s*avec|s['’]est\s+entretenue?\s+(?:[^.;,]{1,50}?\s)?avec\s+(?:son|sa|ses|leurs?)\s+(?:[\p{L}-]+\s+)?homologues?|(?:a|ont|avait)\s+reçu\s+en\s+audience|received\s+in\s+(?:an\s+)?audience|paid\s+a\s+courtesy\s+call\s+on|a\s+été\s+reçue?\s+(?:ce\s+\p{L}+\s+|hier\s+|aujourd['’]hui\s+)?(?:en\s+audience\s+)?(?:au|à\s+la|à\s+l['’]|par)|held\s+(?:negotiations|talks|discussions)\s+with|hosted\s+[^.;]{1,160}?\sfor\s+(?:discussions|talks)|received\s+(?:\p{L}+\s+){0,2}?an?\s+(?:phone|telephone)\s+call\s+from|(?:a|ont)\s+eu\s*,?\s*(?:[^.;]{0,40}?,\s*)?(?:une?|des)\s+(?:[\p{L}-]+\s+){0,4}?(?:entretiens?|séances?\s+de\s+travail|rencontres?|réunions?\s+de\s+travail)\s+(?:[\p{L}-]+\s+){0,2}?avec)(?![\p{L}])`,
  'iu',
);
// Also « s’est entretenu vendredi à Paris avec son homologue français » (République togolaise, 2021) and « a reçu en audience ce
// jour M. Morissanda Kouyaté, ministre guinéen » (Gabonese presidency, 2025), both round 36; "Muhriddin held negotiations with
// Lavrov" (Khovar, 2020), "today hosted at his office the Ambassador of Qatar … for discussions" (ENA, 2024), both round 37.
const TALKS_IN_LEAD = caselessPattern(String.raw`(?<![\p{L}])s[’']est\s+entretenue?\s+(?:\p{L}+\s+){0,3}?avec(?![\p{L}])`, 'iu');

/**
 * "Global Affairs Canada and the Foreign & Commonwealth Office of the United Kingdom today issued the
 * following statement:": two issuers, each of a country, issuing one text. "The Prime Minister and
 * Minister of Foreign Affairs … issued the following statement" is one person.
 */
function issuedBySeveral(paragraph: string): boolean {
  const match = /^(.{3,200}?)\s+(?:today\s+|jointly\s+)?(?:issued|released|published)\s+the\s+following\s+(?:joint\s+)?statement/u.exec(paragraph);
  if (!match) return false;
  const parts = (match[1] ?? '').split(/\s+and\s+/u);
  return parts.length >= 2 && parts.every((part) => findCountries(part).length > 0);
}

/** "I look forward to attending …" (outside quotation marks), or a lead that condemns: the authors' own voice or a reaction. */
function isOwnVoiceOrReaction(lead: string): boolean {
  // A quotation still open at the lead's end (it runs on into the next paragraph) is quoted to the end, too.
  return FIRST_PERSON.test(lead.replace(/[“«"][^”»"]*(?:[”»"]|$)/gu, '')) || CONDEMNING.test(lead);
}

/** "We, the Foreign Ministers of…", "We, the G7…", « Nous, ministres des Affaires étrangères… ». */
// Also after a clause: « Alors que …, nous, ministres des affaires étrangères de la France, de l'Allemagne et de la Pologne, réunis à Paris ».
const COLLECTIVE_VOICE = caselessPattern(String.raw`(?:^|\n|,\s)\s*(?:\d+\s*[.)–-]\s*)?(?:(?:today|aujourd[’']hui),?\s+)?(?:we,\s+the\b|nous,\s+(?:les\s+)?(?:ministres|chefs|dirigeants|soussign))`, 'iu');

/** A signature block's line for one government: "For the Government of Australia:", « Pour le Gouvernement de la République du Sénégal ». */
const SIGNED_FOR_A_GOVERNMENT = /^(?:For\s+the\s+Government|Pour\s+le\s+Gouvernement)\s+(?:of|de|du|des)\s/gmu;

/**
 * A leader's signature on a line of its own, name then office: "Mette Frederiksen, Premier Ministre", "Emmanuel Macron, Président"
 * (eleven of them under a declaration of EU leaders, Élysée, 2020, round 153).
 */
const SIGNATURE_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’?.-]+){1,3},\s+(?:Prime|Premier|Première|President|Président|Présidente|Chancellor|Chancelier|Chancelière|Minister|Ministre|Taoiseach|Secretary|Secrétaire|Foreign|Federal)(?:\s+[\p{L}'’-]+){0,8}\.?$/gmu;

/** "March 12, 2025 – Halifax, Nova Scotia – Fisheries and Oceans Canada" (date, place, issuer). */
const DEPARTMENT_DATELINE = /^[^\n]{4,40}\d{4}\s+[–—-]\s+[^\n–—]{2,60}\s+[–—-]\s+[^\n]{3,80}$/mu;
/** A piece DEPARTMENT_DATELINE cannot match without (its `\d{4}\s+[–—-]`), a cheap first test before its backtracking `{4,40}`. */
const YEAR_THEN_DASH = /\d{4}\s+[–—-]/u;
/** "Ottawa – Mélanie Joly, Minister…" opening the first paragraph. */
const OPENING_CITY_DATELINE = /^\p{Lu}[\p{L}.' -]{1,30}(?:,\s*\p{Lu}[\p{L}.' -]{1,30})?\s+[–—]\s+\p{Lu}/u;
/** A government site's page furniture: "Published 12 March 2025", "From: Department…" (GOV.UK). */
const PUBLISHED_LINE = caselessPattern(String.raw`^(?:published|publi[ée]|date published|date de publication)(?![\p{L}])[:\s]*\d{1,2}\s+\p{L}+\s+\d{4}$|^(?:published|publi[ée])\s*:?$|^from:$`, 'iu');
/** A closing quote block's attribution line: "– Mélanie Joly, Minister of Foreign Affairs". */
const QUOTE_BLOCK_ATTRIBUTION = /^[–—-]\s*\p{Lu}[\p{L}.' -]+,\s+\p{L}/mu;

/**
 * A first line that describes the document rather than opening it, as vie-publique.fr prints French government texts:
 * « Communiqué de la Présidence de la République, en date du 22 septembre 2020, sur … », « Déclaration conjointe des
 * ministres … ». The importer takes such a long line, ending in a full stop, for the lead of an untitled text.
 */
const DOCUMENT_DESCRIPTION = caselessPattern(
  String.raw`^(?:compte[\s-]rendu|communiqué|déclaration|joint\s+statement|statement|press\s+release|readout|remarks|interview|conférence\s+de\s+presse|discours|allocution|entretien|lettre|message|tribune)(?![\p{L}])`,
  'iu',
);

/** The first line of an untitled text when it only describes the document (see DOCUMENT_DESCRIPTION), else null. */
export function documentDescription(statement: Statement): string | null {
  if (statement.title !== null) return null;
  const first = statement.paragraphs[0];
  const text = first ? statement.text.slice(first.start, first.end).trim() : '';
  return DOCUMENT_DESCRIPTION.test(text) ? text : null;
}

/** The first few paragraphs after the title that are sentences, not label or date lines. */
function firstBodyParagraphs(statement: Statement): string[] {
  // An untitled text opens on its lead ("Minister Joly spoke today by phone with …"), unless its first line only
  // describes the document.
  const titleEnd = statement.title !== null ? statement.text.indexOf('\n') : documentDescription(statement) !== null ? 0 : -1;
  const found: string[] = [];
  // Stops at the second: reading every paragraph of a megabyte to keep two was 7 % of extracting it.
  for (const paragraph of statement.paragraphs) {
    if (found.length === 2) break;
    if (paragraph.start <= titleEnd) continue;
    const text = statement.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 600)).trim();
    const words = text.split(/\s+/).length;
    // A line in capitals ("MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER") is a label, not a sentence.
    if (words < 8 || !/\p{Ll}/u.test(text)) continue;
    // A short header with no sentence end ("MINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Bob Carr") is a label too.
    if (words >= 15 || /[.!?:;…]["”»’)]?$/u.test(text)) found.push(text);
  }
  return found;
}

/**
 * NATO's news items tell of the Secretary General's talks in the third person (« Le 15 juin, à Londres, le secrétaire général de
 * l'OTAN, Anders Fogh Rasmussen, s'est entretenu avec le premier ministre britannique », 2011) and are news releases, not
 * readouts: all 34 NATO texts of the corpus are annotated so, as the organisation files them under "News".
 */
const NATO_SECRETARY_GENERAL = String.raw`(?:(?:deputy\s+)?secretary[-\s]general\s+of\s+nato|nato(?:['’]s)?\s+(?:deputy\s+)?secretary[-\s]general|secrétaire\s+général(?:\s+délégué|\s+adjoint)?\s+de\s+l['’]otan)`;
const NATO_NEWS = caselessPattern(String.raw`(?<![\p{L}])${NATO_SECRETARY_GENERAL}(?![\p{L}])`, 'iu');
/**
 * Its news of a visit to its headquarters, told of the visitor: « Le ministre de la défense du Royaume Uni, M. Des Browne, a effectué
 * une visite au siège de l’OTAN » (NATO, 2007), « l'Assemblée parlementaire de l'OTAN a effectué une visite au siège de l'Alliance »
 * (NATO, 2008; both round 109).
 */
const NATO_HQ_VISIT = caselessPattern(String.raw`(?<![\p{L}])(?:visite|visit)\s+(?:au|to)\s+(?:(?:le\s+)?siège\s+de\s+l['’](?:OTAN|Alliance)|NATO\s+(?:Headquarters|HQ))(?![\p{L}])`, 'iu');
/** A title whose subject is NATO's Secretary General: « Le secrétaire général délégué de l’OTAN rencontre le ministre arménien de la Défense ». */
const NATO_NEWS_TITLE = caselessPattern(String.raw`^(?:the\s+|le\s+|la\s+)?${NATO_SECRETARY_GENERAL}(?![\p{L}])`, 'iu');
const isNatoNews = (lead: string): boolean => NATO_NEWS.test(lead) || NATO_HQ_VISIT.test(lead);

/** "Joint statement by Minister of Foreign Affairs and Minister of National Defence", « Déclaration conjointe du ministre … et du ministre … ». */
const ONE_GOVERNMENTS_MINISTERS = caselessPattern(String.raw`^(?:joint\s+statement\s+(?:by|from)\s+(?:the\s+)?ministers?\s+(?:of|for)\s+(?:[\p{L}-]+\s+){1,5}?and\s+(?:the\s+)?minister\s+(?:of|for)\s|déclaration\s+(?:conjointe|commune)\s+d(?:u|e\s+la)\s+ministre\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’])?(?:[\p{L}-]+\s+){1,5}?et\s+d(?:u|e\s+la)\s+ministre\s)`, 'iu');
const isOneGovernmentsMinisters = (title: string): boolean => ONE_GOVERNMENTS_MINISTERS.test(title) && findCountries(title.replace(/\s+(?:on|sur)\s.*$/u, '')).length === 0;
/** "Canada announces …", "Australia pledges $12 million …": a government as the subject of a verb of acting (not "condemns", "supports"). */
const GOVERNMENT_ACTS_TITLE = /^(?:Canada|Australia|New\s+Zealand|(?:The\s+)?United\s+States|(?:The\s+)?United\s+Kingdom|(?:The\s+)?UK|Japan|Ireland|Le\s+Canada|L['’]Australie)\s+(?:announces|imposes|launches|provides|pledges|renews|continues|reaffirms|responds|secures|strengthens|joins|opens|commits|contributes|deploys|extends|signs|increases|expands|annonce|impose|lance|fournit|renouvelle|poursuit|s['’]engage|se\s+joint|ouvre|déploie|signe)(?![\p{L}])/u;
/** A title reporting a trip that ended: "Minister Ng concludes successful visit to South Africa and trade mission to Kenya". */
const VISIT_CONCLUDED_TITLE = caselessPattern(String.raw`(?<![\p{L}])(?:conclude[sd]?|wraps?\s+up|wrapped\s+up|completes?|completed|conclut|achève|termine)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|sa\s+|une\s+|son\s+)?(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|tour|mission|visite|tournée|voyage|séjour)(?![\p{L}])`, 'iu');
/** A title announcing a meeting or visit: "Minister Pandor to host …", "Prime Minister to visit Japan". */
const TITLE_AHEAD = caselessPattern(String.raw`^[^.;:]{0,80}?\sto\s+(?:host|receive|welcome|visit|meet|travel\s+to|attend)(?![\p{L}])`, 'iu');
// "Foreign Secretary James Cleverly will sign new agreement with Cypriot Foreign Minister Kasoulides" (FCDO, 2022, round 84): a
// signing to come is announced as a meeting is; so is "will lead a South African delegation to a Joint Bilateral Commission of
// Cooperation (JBCC) Ministerial Meeting" (DIRCO, 2020, round 85).
// A visitor expected, or arriving today for a programme: « Le ministre français de la Défense, Jean-Yves Le Drian, est attendu vendredi
// après-midi à Abidjan, pour une visite de travail de deux jours » (AIP, 2014, round 119); "Simon Coveney, TD, arrives in London this
// afternoon for a programme of bilateral engagements" (Ireland's DFA, 2021, round 120).
const FUTURE_MEETING = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:est|sont)\s+attendue?s?\s+[^.;]{0,40}?(?:à|au|en)\s+\p{Lu}[^.;]{0,60}?\s(?:pour|dans\s+le\s+cadre)|arrives\s+in\s+[^.;]{1,60}?\s(?:for|on)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|programme|program|engagements|talks|meetings)|will\s+(?:on\s+[\p{L}\d,\s]{3,40}?\s+|tomorrow\s+|soon\s+|next\s+week\s+)?(?:travel|visit|meet|attend|depart|hold|arrive|pay|undertake|host|receive|welcome|sign|chair|co-chair)|will\s+lead\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}?delegation\s+to|departs?\s+(?:\p{L}+\s+){0,3}?for|to\s+visit|se\s+rendr(?:a|ont)|rencontrer(?:a|ont)|effectuer(?:a|ont)|recevr(?:a|ont)|accueiller(?:a|ont)|` +
    // « Le mardi 31 août 2021, les gouvernements … se réuniront en une session commune à Luxembourg », « Une réunion commune …
    // se tiendra le 5 février 2015 » (Luxembourg, round 27): a meeting to come.
    // "On 23 March 2020, the Informal Meeting of EU Foreign Ministers will be held as a video conference." (Finland's foreign
    // ministry, 2020, round 72).
    // "The event … is to take place on 17 and 18 September 2024 in Valga County, Estonia" (Latvian MFA, 2024, round 83).
    String.raw`se\s+réunir(?:a|ont)|se\s+tiendr(?:a|ont)|se\s+retrouver(?:a|ont)|will\s+be\s+held|will\s+take\s+place|(?:is|are)\s+to\s+take\s+place|` +
    // "The annual strategic dialogue between the State of Qatar and the United States of America will begin in Washington tomorrow"
    // (Qatar MOFA, 2021, round 83).
    String.raw`(?=will\s+(?:begin|start|open|commence))(?<=(?:dialogue|meeting|summit|talks|session|conference|consultations|forum|seminar|commission|negotiations)(?![\p{L}])[^.;,]{0,80}?\s)will\s+(?:begin|start|open|commence))(?![\p{L}])`, 'iu');
/** A lead about attending or visiting, not about talks: "was in Singapore to attend the Shangri-la Dialogue", "attended the third … Meeting in Dili". */
const ATTENDANCE = caselessPattern(String.raw`^(?:[^.]{0,200}?\s)?(?:attended|was\s+in\s+\p{L}+\s+to\s+attend|ended\s+(?:a|an|his|her)\s+(?:[\p{L}-]+\s+){0,3}visit|arrived\s+in)(?![\p{L}])`, 'iu');
// Also deep concern, a reaction too: « La Secrétaire générale de la Francophonie, Madame Louise Mushikiwabo, est profondément
// préoccupée par la situation au Gabon » under « Communiqué de presse » (OIF, 2023, round 22).
const CONDEMNING = caselessPattern(String.raw`(?<![\p{L}])(?:condemn\p{L}*|condamn\p{L}*|deplor\p{L}*|déplor\p{L}*|(?:profondément|vivement|gravement|extrêmement)\s+préoccupée?s?|(?:deeply|gravely|seriously)\s+concerned)(?![\p{L}])`, 'iu');
const FIRST_PERSON = /(?<![\p{L}])(?:I|we|our|us|je|j['’]|nous|notre|nos)(?![\p{L}])/u;
const RELEASE_LABEL = caselessPattern(String.raw`(?<![\p{L}])(?:media|press|news)\s+release(?![\p{L}])`, 'iu');
const ACT_REPORTED = caselessPattern(String.raw`(?<![\p{L}])(?:(?:has|have)\s+(?:now\s+)?been\s+(?:granted|signed|approved|allocated|provided|launched|established|opened)|(?:will|would)\s+(?:be\s+)?(?:provide|provided|allocate|allocated|commit|committed|fund|funded|sign|host|lead|open)|(?:has|have)\s+(?:signed|announced|approved|allocated|committed|launched|opened)|announced|signed|granted)(?![\p{L}])`, 'iu');
// Also a news outlet's French: « a eu hier une série de rencontres au palais Bustros avec les ambassadeurs » (L'Orient-Le Jour), « Un accord
// de coopération … a été signé hier », « Le Maroc et le Rwanda viennent de renforcer leur coopération », « s’apprêtent à relancer la
// commission mixte » (round 126).
const NARRATIVE_VERB =
  caselessPattern(String.raw`(?<![\p{L}])(?:met|meets|visited|visits|visiting|welcomed|welcomes|hosted|hosts|announced|announces|has\s+announced|released|thanked|thanks|praised|praises|commended|commends|discussed|spoke|will\s+(?:travel|visit|meet|attend|arrive)|departs|ended|(?:officially\s+)?opened|arrived|attended|was\s+in\s+\p{L}+\s+to\s+attend|deposited|signed|renewed|inaugurated|(?:have\s+|has\s+)?reaffirmed|a\s+rencontré|a\s+accueilli|(?:a|ont)\s+reçu(?!\s+(?:(?:des|du|de|une?|les)(?![\p{L}])|d['’]))|a\s+annoncé|a\s+été\s+inaugurée?|(?:a|ont)\s+(?:inauguré|signé|présidé)|s[’']est\s+entretenue?|se\s+sont\s+entretenu(?:e)?s|(?:a|ont)\s+eu\s+(?:hier\s+|aujourd['’]hui\s+|lundi\s+|mardi\s+|mercredi\s+|jeudi\s+|vendredi\s+|samedi\s+|dimanche\s+)?(?:une\s+série\s+de\s+|des\s+|un\s+|une\s+)?(?:rencontres?|entretiens?|réunions?|séances?\s+de\s+travail)|(?:a|ont)\s+été\s+(?:signée?s?|paraphée?s?)|vien(?:t|nent)\s+de\s+(?:signer|renforcer|conclure|parapher|s['’]entretenir)|s['’]apprêt(?:e|ent)\s+à|se\s+rendra|rencontrera|participera|assistera|a\s+assisté|représentera|a\s+demandé\s+(?:au|à\s+la)\s+ministre)(?![\p{L}])`, 'iu');

/**
 * An event reported as held, which needs no named person to be a report: "The Second Bhutan-India … Committee Meeting … was held on
 * 18 September 2025" (Bhutan MFA, round 101), "the 3rd round of negotiations … took place" (Chile, round 93), « Le Comité de Ministres
 * Benelux … s’est réuni aujourd’hui à Bruxelles » (Benelux, round 98), « La cérémonie de pose de la première pierre du gazoduc … s’est
 * tenue lundi 25 septembre » (AZERTAC, round 108).
 */
const EVENT_HELD = caselessPattern(String.raw`(?<![\p{L}])(?:was\s+held|were\s+held|took\s+place|s['’]est\s+tenue?|se\s+sont\s+tenu(?:e)?s|s['’]est\s+réunie?|se\s+sont\s+réuni(?:e)?s|(?:a|ont)\s+eu\s+lieu)(?![\p{L}])`, 'iu');
/**
 * More of what a report tells someone did: "State Secretary … Lukáš Parízek, received Gregor Kozovinc" (Slovakia, round 103), « Le
 * président Erdoğan a entamé mardi une visite d’Etat » (Atlasinfo, round 108), « Sergueï Lavrov, entame aujourd'hui sa visite officielle »
 * (Azvision, round 108), « La Tunisie et la Guinée ont signé, mardi, 21 accords » (Anadolu, round 108); « Le chancelier haitien, Claude
 * Joseph a quitté le pays ce mardi » (Vant Bèf Info, 2021), « ont procédé ce vendredi, à Paris, à la signature de l’Accord » and
 * « procèderont, ce lundi, à 15 h, à la signature d’un Accord de défense » (APS, round 109); « Michaëlle Jean, se rend au Sénégal pour
 * inaugurer » (OIF, 2017, round 112).
 */
const REPORTED_ACT = caselessPattern(String.raw`(?<![\p{L}])(?:received|presented|began|(?:a|ont)\s+entamé|entament|entame|(?:a|ont)\s+effectué|effectue|(?:a|ont)\s+(?:participé|pris\s+part|lancé|conclu|quitté|procédé)|proc[éè]der(?:a|ont)|se\s+rend(?:ent)?\s+(?:au|aux|à|en))(?![\p{L}])`, 'iu');
/** A French title in lower case before the name it belongs to: « Le président Erdoğan », « le ministre des Affaires étrangères, Khemaïes Jhinaoui ». */
const FRENCH_TITLE_THEN_NAME = /(?:^|[\s,(])(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:président|présidente|premier\s+ministre|première\s+ministre|ministre|secrétaire|ambassadeur|ambassadrice|chancelier|chancelière|roi|reine|prince|émir|commissaire)(?:\s+[\p{Ll}'’-]+){0,6}?,?\s+\p{Lu}[\p{L}'’-]+/u;
/** The subject the lead opens on, up to its verb: « La Tunisie et la Guinée » (ont signé). */
const OPENING_SUBJECT = /^((?:(?:the|le|la|les|l['’])\s*)?\p{Lu}[^\s,]*(?:\s+(?:\p{Lu}[^\s,]*|and|et|of|the|de|du|des|la|le|les|l['’]\p{Lu}[^\s,]*))*)\s+\p{Ll}/u;
/** An act, right after that subject: countries that signed or held something are reported; countries that welcome something react. */
const ACT_AFTER_SUBJECT = /^\s+(?:(?:have|has)\s+)?(?:signed|held|launched|opened|concluded|ont\s+(?:signé|tenu|lancé|conclu|inauguré|entamé)|signent|tiennent|lancent|concluent)(?![\p{L}])/u;

/** The lead reports what named people (or countries) did, or an event held, in the third person, and condemns nothing. */
function isThirdPersonReport(statement: Statement, lead: string): boolean {
  if (lead === '') return false;
  // Named people: a capitalised pair after the first word ("Secretary General Jens Stoltenberg"), not "The ministers met"; a French
  // title in lower case before a name; countries opening the lead as its subject.
  const named = (): boolean => /[\s,]\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(lead) || FRENCH_TITLE_THEN_NAME.test(lead);
  const countriesActed = (): boolean => {
    const subject = OPENING_SUBJECT.exec(lead)?.[1];
    return subject !== undefined && ACT_AFTER_SUBJECT.test(lead.slice(subject.length)) && findCountries(subject).length > 0;
  };
  const reported = EVENT_HELD.test(lead) || ((NARRATIVE_VERB.test(lead) || REPORTED_ACT.test(lead)) && named()) || countriesActed();
  // The authors' own voice shows in the lead (a "said:" block further down is a quotation, not the text's voice).
  return reported && !isOwnVoiceOrReaction(lead);
}

function headLines(statement: Statement): string[] {
  return statement.text
    .slice(0, 2000)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, HEAD_LINES);
}

/** A title that opens on "Statement" / « Déclaration », and one that holds the word anywhere (compiled once, not per call). */
const STATEMENT_OF_MEETING_BETWEEN = caselessPattern(String.raw`^(?:joint\s+)?(?:statement|d[ée]claration)\s*[:–—-]\s*(?:meeting|talks|call|réunion|rencontre|entretien)\s+(?:between|entre)\s+(.{5,200})`, 'iu');
const SPOKESPERSON_ON_MEETING = caselessPattern(String.raw`^(?:statement|d[ée]claration)\s+(?:by|from|of|de|du)\s+(?:the\s+|la\s+|le\s+)?(?:[\p{L}.]+\s+){0,3}?(?:spokes(?:person|man|woman)|press\s+secretary|porte-parole)(?![\p{L}])[^.;]{0,60}?\s(?:on|of|sur)\s+[^.;]{0,120}?(?:meetings?|calls?|visit|trip|travel|entretien|rencontre)\s+(?:with|to|avec)(?![\p{L}])`, 'iu');
const STATEMENT_TITLE = caselessPattern(String.raw`^(?:statement|d[ée]claration)\b`, 'iu');
const STATEMENT_WORD = caselessPattern(String.raw`\b(?:statement|d[ée]claration)\b`, 'iu');

/**
 * The kind of each statement, worked out once: extractMeeting asks it (for a joint text's place and date) and extractStatement
 * again. It reads only the statement's readonly fields (text, title, paragraphs, boilerplate), as bodySentences' cache assumes;
 * a WeakMap keeps nothing after the statement is gone.
 */
const kindCache = new WeakMap<Statement, StatementKind>();

export function classifyStatementKind(statement: Statement): StatementKind {
  let kind = kindCache.get(statement);
  if (kind === undefined) kindCache.set(statement, (kind = classifyUncached(statement)));
  return kind;
}

function classifyUncached(statement: Statement): StatementKind {
  const lines = headLines(statement);
  const title = statement.title ?? '';
  const leadParagraphs = firstBodyParagraphs(statement);
  // "Chief Pentagon Spokesman X provided the following readout:" under a "News Release" label: the text says what it is.
  // FOLLOWING_READOUT cannot match a line without "readout" (in any case: under `i` without `u` only ASCII letters fold to ASCII).
  if (lines.some((line) => READOUT_WORD.test(line) && FOLLOWING_READOUT.test(line))) return 'readout';
  // The Council of the EU prints its label after the time: "14/03/2023 10:28 | Press release |".
  for (const line of [title, ...lines].map((l) => l.replace(COUNCIL_LABEL_TIME, ''))) {
    if (line.length > 200) continue;
    for (const [pattern, kind] of LABELS) {
      if (!pattern.test(line)) continue;
      // A republisher's prefix on the title ("PRESS RELEASE : Prime Minister call with Prime Minister Albanese", ukpol.co.uk
      // reprinting No 10, 2025) says where the page filed it, not what the text is: the rest of the title decides.
      if (kind === 'news-release' && REPUBLISHED_PREFIX.test(line)) continue;
      // « DÉCLARATION DE LA PORTE-PAROLE … » under a title that names a meeting or call (« Entretien de … avec … »):
      // the spokesperson's channel carries a readout.
      // "Statement by the foreign ministers of Canada, France, …", "Statement from Diplomatic Missions to Myanmar",
      // "Statement by the International Contact Group": several governments speak as one.
      // A spokesperson's statement on someone's meeting relays its readout: "Statement by NSC Spokesperson Emily Horne on National Security
      // Advisor Jake Sullivan’s Meeting with National Security Council Secretary Armen Grigoryan of Armenia" (White House, 2021, round 150).
      if (kind === 'statement' && line === title && SPOKESPERSON_ON_MEETING.test(title)) return 'readout';
      // Two ministers of one government, named by portfolio only: "Joint statement by Minister of Foreign Affairs and Minister of National
      // Defence on Ukraine’s Independence Day" (Global Affairs Canada, 2020, round 154) is that government's statement.
      if (kind === 'joint-statement' && line === title && isOneGovernmentsMinisters(title)) return 'statement';
      if (kind === 'statement' && (SEVERAL_AUTHORS.test(line) || severalOffices(line) || byCountries(line) || membersInBrackets(leadParagraphs[0] ?? ''))) return 'joint-statement';
      // A bare "Statement" label over a lead in which several governments' ministers speak or meet as one ("The ministers of
      // Foreign Affairs of Australia, Belgium, Malaysia, Ukraine and the Netherlands met in New York …", DFAT, 2016, round 19).
      // Also a title that names no author: "Statement on Belarus" over "The Nordic-Baltic countries support …" (Sweden, 2025, round 28).
      // Or one that speaks for them: "Statement on Indo-Pacific Economic Framework for Prosperity" over "We, the United States, Australia,
      // Brunei Darussalam, India, …" (White House, 2022, round 146).
      if (kind === 'statement' && (line !== title || !/\s(?:by|of|from|de|du|des)\s/u.test(title)) && leadParagraphs.slice(0, 1).some((paragraph) => JOINT_SUBJECT.test(paragraph) || COLLECTIVE_VOICE.test(paragraph))) return 'joint-statement';
      // Also members named in brackets: "Press Release" over "The Troika Embassies (Norway, the United States, and the United
      // Kingdom) will always stand with …", as under a "Statement" label.
      if (kind === 'news-release' && (releaseOfSeveral(line) || countriesAsSubject(leadParagraphs[0] ?? '') || membersInBrackets(leadParagraphs[0] ?? ''))) return 'joint-statement';
      if (kind === 'statement' && SPEECH_LABEL.test(line)) return 'statement';
      // A "Media release" label over the minister's own voice ("I look forward to attending …") or a
      // reaction to an event ("He condemned in the strongest possible terms …") is a statement by the kind convention.
      // So is one whose title condemns (« La Secrétaire générale de la Francophonie condamne la fusillade de Bamako », OIF, 2015,
      // round 51, its « Communiqué de presse » label at the foot).
      if (kind === 'news-release' && (isOwnVoiceOrReaction(leadParagraphs[0] ?? '') || (line !== title && CONDEMNING.test(title)))) return 'statement';
      // « Communiqué de presse » over « Le ministre … a fait aujourd’hui la déclaration suivante : » (GAC, 2016): the text is
      // the minister's statement, as every "issued the following statement" text of the corpus is annotated.
      if (kind === 'news-release' && FOLLOWING_STATEMENT.test(leadParagraphs[0] ?? '')) return 'statement';
      if (kind === 'statement' && line !== title && (CALL_IN_TITLE.test(title) || MEETING_IN_TITLE.test(title)) && !STATEMENT_WORD.test(title)) {
        // Unless the title or the lead announces it: "Minister Pandor to host the Minister of Foreign Affairs … of Zimbabwe …
        // on a Working Visit" under "Media Statement" (DIRCO, 2021, round 23) is a release about a visit to come.
        return TITLE_AHEAD.test(title) || FUTURE_MEETING.test(leadParagraphs[0] ?? '') ? 'news-release' : 'readout';
      }
      return kind;
    }
  }
  // The first line names the genre even when it is too long, or ends too much like a sentence, to be taken as the
  // title: « Déclaration conjointe des ministres des affaires étrangères de la France, de l'Allemagne et de la Pologne
  // sur le rôle joué par le Triangle de Weimar …, le 15 octobre 2020. »
  // A joint statement of others the title welcomes is the subject of a reaction: "MOFA welcomes Australian and German defense
  // ministers’ joint statement supporting cross-strait peace and stability" (Taiwan MOFA, 2026, round 94).
  if (WELCOMES_A_STATEMENT.test(title)) return 'statement';
  if (!isOneGovernmentsMinisters(title) && (JOINT_IN_TITLE.test(title) || (statement.title === null && JOINT_IN_TITLE.test(lines[0]?.slice(0, 80) ?? '')))) return 'joint-statement';
  // A text signed for two governments or more: "For the Government of the United States of America:" ⏎ "Donald J. Trump" … "For the
  // Government of Australia:" ⏎ "Anthony Albanese" under "United States-Australia Framework For Securing of Supply …" (White House,
  // 2025, round 148).
  if ((statement.text.match(SIGNED_FOR_A_GOVERNMENT) ?? []).length >= 2) return 'joint-statement';
  // Three leaders or more signing, each on a line of their own, at the end of the text.
  if ((statement.text.slice(-1500).match(SIGNATURE_LINE) ?? []).length >= 3) return 'joint-statement';
  // "Statement: meeting between the Foreign Ministers of the United Kingdom and Argentina" (UK and Argentina, 2024, round 38):
  // the statement of a meeting of two countries' ministers.
  const between = STATEMENT_OF_MEETING_BETWEEN.exec(title)?.[1];
  if (between !== undefined && new Set(findCountries(between).map((country) => country.canonical)).size >= 2) return 'joint-statement';
  // A title that names two authors of two countries, each with an office, but is no label: too long to be read as one, or
  // "Statement: the President of France and the Prime Minister of Italy on the floods" (its colon).
  if (STATEMENT_TITLE.test(title) && severalOffices(title)) return 'joint-statement';
  const head = statement.text.slice(0, 3000);
  if (COLLECTIVE_VOICE.test(head)) return 'joint-statement';
  if (leadParagraphs.some((paragraph) => JOINT_SUBJECT.test(paragraph) || issuedBySeveral(paragraph)) || countriesAsSubject(leadParagraphs[0] ?? '') || membersInBrackets(leadParagraphs[0] ?? '')) return 'joint-statement';
  // A release on a trip that ended is about the visit, not one talk's readout: "Minister Champagne concludes successful visit to Latvia,
  // Ukraine and Poland", "Minister Gould concludes visit to Republic of Congo …" (Global Affairs Canada, 2020, round 154), « conclut sa
  // visite ».
  if (VISIT_CONCLUDED_TITLE.test(title)) return 'news-release';
  if (CALL_IN_TITLE.test(title)) return 'readout';
  // The lead reports a call (« s’est entretenu au téléphone avec », "spoke by phone with"): a readout, whatever the title says.
  // Under a first line too long to be the title ("No:433/20, Information of the Press Service Department … on the telephone
  // conversation between …", Azerbaijan MFA, 2020, round 36), the lead is the paragraph after it.
  if (leadParagraphs.slice(0, statement.title === null ? 2 : 1).some((paragraph) => CALL_IN_LEAD.test(paragraph))) return 'readout';
  // The paragraph after the lead may say it: "During a phone conversation with President Arafat, the Monarch said …" (Jordan's
  // Royal Hashemite Court, 2002), « Au cours de leur entretien téléphonique, les deux Dirigeants ont également échangé … »
  // (Senegal's presidency, 2017; both round 49).
  if (leadParagraphs.slice(0, 2).some((paragraph) => CALL_DURING.test(paragraph.slice(0, 200)))) return 'readout';
  if (COMMUNIQUE_LABEL.test(lines[0] ?? '') && TALKS_IN_LEAD.test(leadParagraphs[0] ?? '')) return 'readout';
  const boilerplate = statement.boilerplate ?? [];
  const hasReleaseSections = boilerplate.some((section) => section.kind === 'quick-facts' || section.kind === 'contacts' || section.kind === 'links');
  // The first paragraph after the title: a title "Niger et Nigéria – Attaques de Boko Haram" is no "City – "
  // dateline; a first line that ends as a sentence does ("Ottawa – The Minister … today announced … .").
  const titleEnd = statement.title === null || /[.!?]["”»’)]?$/u.test(statement.title.trim()) ? -1 : statement.text.indexOf('\n');
  const opening = statement.paragraphs.find((p) => p.start > titleEnd);
  const firstParagraph = opening ? statement.text.slice(opening.start, opening.end) : '';
  // Kind convention: a third-person account of talks held is a readout, also under a dateline ("Addis Ababa — Ethiopia's State
  // Minister … today hosted … the Ambassador of Qatar … for discussions", ENA, 2024; "DUSHANBE, 25.02.2020. (NIAT Khovar) – …
  // Muhriddin held negotiations with Lavrov", both round 37); not a department's release with its Quick facts or contacts, or
  // with GOV.UK's "From: … Published …" lines.
  const leadText = leadParagraphs[0] ?? '';
  // Each asked at most once (both conditions below may ask them; the patterns have no g or y flag, so the answers do not change).
  let departmentLines: boolean | undefined;
  const hasDepartmentLine = (): boolean => (departmentLines ??= lines.some((line) => (YEAR_THEN_DASH.test(line) && DEPARTMENT_DATELINE.test(line)) || PUBLISHED_LINE.test(line)));
  let talksInLead: boolean | undefined;
  const leadHoldsTalks = (): boolean => (talksInLead ??= leadParagraphs.slice(0, 2).some((paragraph) => TALKS_HELD.test(paragraph.slice(0, 1000))));
  if (
    !hasReleaseSections &&
    !hasDepartmentLine() &&
    !STATEMENT_TITLE.test(title) &&
    !FUTURE_MEETING.test(leadText) &&
    !(TITLE_AHEAD.test(title) && leadParagraphs.slice(0, 2).some((paragraph) => TITLE_AHEAD.test(paragraph) || FUTURE_MEETING.test(paragraph))) &&
    !isNatoNews(leadText.slice(0, 300)) &&
    leadHoldsTalks()
  )
    return 'readout';
  if (
    hasDepartmentLine() ||
    OPENING_CITY_DATELINE.test(firstParagraph) ||
    (hasReleaseSections && QUOTE_BLOCK_ATTRIBUTION.test(statement.text))
  ) {
    // A reaction under a dateline is still a reaction: "Somalia: The Chairperson of the African Union Commission Condemns the
    // Terrorist Attack in Somalia" over "Addis Ababa — The Chairperson … condemns in the strongest terms …" (AU, 2022, round 82).
    return STATEMENT_TITLE.test(title) || (CONDEMNING.test(title) && CONDEMNING.test(firstParagraph)) ? 'statement' : 'news-release';
  }
  const lead = leadParagraphs[0] ?? '';
  // A release announcing a meeting to come ("will travel to Sydney tomorrow to meet …") is not its readout.
  // Or the title does, and the lead after it repeats it or says "will host" ("Minister Pandor to host …", DIRCO, round 23).
  const announcesAhead = FUTURE_MEETING.test(lead) || (TITLE_AHEAD.test(title) && leadParagraphs.slice(0, 2).some((paragraph) => TITLE_AHEAD.test(paragraph) || FUTURE_MEETING.test(paragraph)));
  const attends = ATTENDANCE.test(lead) && !READOUT_IN_TITLE.test(title);
  // Kind convention: a release announcing a meeting or visit to come is a news release, in the third person or not named.
  if (announcesAhead && !isOwnVoiceOrReaction(lead) && !STATEMENT_TITLE.test(title)) return 'news-release';
  if (!announcesAhead && !attends && (READOUT_IN_TITLE.test(title) || (MEETING_IN_TITLE.test(title) && !STATEMENT_WORD.test(title) && !NATO_NEWS_TITLE.test(title) && !NATO_HQ_VISIT.test(lead.slice(0, 300))))) return 'readout';
  // Reported in the third person ("NATO Secretary General Jens Stoltenberg met …", "Minister X has
  // announced …") about something other than a condemnation: the department's news release. A text in
  // its authors' own voice ("I strongly condemn", "Canada calls for") or reacting to an event is a statement.
  // Kind convention: a third-person account of talks held is a readout ("Kazakh Foreign Minister Erlan Idrissov has met with
  // his Chinese counterpart Wang Yi", Kazinform, 2014; "Madam Ayorkor Botchwey held meetings with her counterparts, namely …",
  // Ghana MFA, 2023, round 31).
  if (!announcesAhead && !STATEMENT_TITLE.test(title) && !isNatoNews(lead.slice(0, 300)) && leadHoldsTalks()) return 'readout';
  // A title that condemns makes the text a reaction, a statement by the kind convention, however its lead reports it: « La
  // Secrétaire générale de la Francophonie condamne la fusillade de Bamako » over « C’est avec la plus grande consternation que
  // … a appris … » (OIF, 2015, round 51).
  // A title in which a government acts: "Canada imposes additional sanctions against 13 Government officials of Belarus", "Canada renews
  // its development assistance commitment to Afghanistan", "Australia responds to humanitarian crisis in Iraq" (Global Affairs Canada and
  // the Australian Government; corpus/real and rounds 130–154): the department's news of what it did, unless the lead only introduces
  // a statement the minister issued.
  if (GOVERNMENT_ACTS_TITLE.test(title) && !FOLLOWING_STATEMENT.test(lead)) return 'news-release';
  if (!STATEMENT_TITLE.test(title) && !CONDEMNING.test(title) && isThirdPersonReport(statement, lead)) return 'news-release';
  // The same under a standfirst: "In Southeast Asia, women face rising extremism …" ⏎ "Today, the Honourable Karina Gould, Minister of
  // International Development, announced that Canada is providing $8.5 million …" (Global Affairs Canada, 2020, round 130).
  const second = leadParagraphs[1] ?? '';
  if (!STATEMENT_TITLE.test(title) && !CONDEMNING.test(title) && /^(?:Today|Aujourd['’]hui),?\s/u.test(second) && !FOLLOWING_STATEMENT.test(second) && isThirdPersonReport(statement, second)) return 'news-release';
  // Under a "Media Release" label, a lead that reports an act in the third person, no reaction: "More than 500 Afghan nationals who
  // were employed in support of Australia’s mission in Afghanistan … have now been granted visas" (Australian minister, 2014, round 98).
  if (!STATEMENT_TITLE.test(title) && !CONDEMNING.test(title) && lines.slice(0, 4).some((line) => RELEASE_LABEL.test(line)) && ACT_REPORTED.test(lead) && !isOwnVoiceOrReaction(lead)) return 'news-release';
  return 'statement';
}
