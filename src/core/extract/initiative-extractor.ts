/**
 * Initiatives: sentences that announce a new or continuing joint action — a launch, a signed MOU
 * or arrangement, a new working group or dialogue, funding, the next meeting, an adopted plan or an
 * issued joint statement — in English and French. What separates them from the rest of a release
 * is a commitment verb in the future or the perfective ("agreed to", "will establish", "signed a
 * memorandum", « ont convenu de », « versera »), so the cues pair such a verb with its object.
 * Hopes ("expressed her hope to deepen…"), restated positions and the lead that only reports the
 * meeting carry no such pair. A lead-in ending in a colon ("The ministers agreed to:") hands its
 * commitment to each bullet that follows, and is not counted itself.
 */
import type { Initiative } from '../model/structured-statement';
import type { Statement } from '../model/statement';
import { wordPattern } from './condemnation-extractor';
import { confidence, LONG_SENTENCE } from './confidence';
import { bodySentences, foldForComparison, withoutRecalledSignings, type SentenceView } from './sentence-helpers';
import { findCountries } from './country-names';
import { caselessPattern } from './caseless-pattern';
import { cueStems } from './cue-stems';
import { classifyStatementKind, WELCOMES_A_STATEMENT } from './statement-kind';

const INSTRUMENT =
  // "the parties signed a memo of cooperation between the ministries of foreign affairs" (Kazinform, 2014, round 31).
  // "signed the agreed minutes of just concluded Senior Official Meeting segment" (Kenya MFA, 2024, round 30).
  // "a Program of consultations between the Ministries of Foreign Affairs … for 2023-2024 was signed" (Uzbekistan MFA, 2023, round 35).
  // "Muhriddin and Lavrov signed a cooperation program between the Tajik and Russian ministries" (Khovar, 2020, round 37).
  // "Garibashvili and Hasanov signed Bilateral Cooperation Plan for 2020" (Georgia's Ministry of Defence, 2020, round 51).
  // "they agreed on the 2018 Programme for Bilateral Military Cooperation and signed it" (Serbian MoD, 2018, round 59).
  // "the program of Tripartite Military Cooperation for the year 2021 was signed" (Hellenic National Defence General Staff, 2020, round 60).
  'programmes? (?:for|of) (?:bilateral |trilateral |tripartite )?(?:military |defen[cs]e )?cooperation|programs? (?:for|of) (?:bilateral |trilateral |tripartite )?(?:military |defen[cs]e )?cooperation|plans? of (?:bilateral |trilateral |tripartite )?(?:military |defen[cs]e )cooperation|' +
  // "signed a M.O.U to establish diplomatic relations" (Uganda MFA via APO, 2024, round 61).
  'm\\.o\\.u|' +
  'cooperation plans?|plans? of cooperation|plans? de coopération|programme of cooperation|program of cooperation|programme of consultations|program of consultations|' +
  // « Un plan de consultation pour 2020 devrait également être signé entre les ministères des affaires étrangères » (Azvision, 2019, round 108).
  'plans? de consultations?|plans? of consultations?|consultation plans?|cooperation programme|cooperation program|agreed minutes|procès-verbal|memorandum|memoranda|memos?|mous?|mocs?|agreements?|arrangements?|letter of intent|letters of intent|protocols?|accords?|treaty|treaties|charter|framework|work plan|action plan|roadmap|joint declaration|' +
  // "We signed the Terms of Reference (TOR) on the establishment of the ASEAN Observer Team" (Cambodia and Thailand, 2025).
  'terms of reference|statement of intent|' +
  // "the two signed an action program to realize the Vietnam-Philippines strategic partnership until 2024" (VOV World, 2019, round 127),
  // « un programme d'action ».
  'action programs?|action programmes?|programmes? of action|programs? of action|programmes? d[’\'] ?action|' +
  // "The Exchange of Notes took place at the Department of Foreign Affairs conference room" (Embassy of Japan in the FSM, 2014, round 94).
  'exchanges? of notes|échanges? de notes|' +
  // "signed eight instruments of cooperation in the areas of Transport, Blue Economy, Energy, …" (Kenya MFA, round 83), "signed
  // several cooperation documents", "legal instruments".
  'instruments? of cooperation|cooperation instruments?|legal instruments?|cooperation documents?|documents of cooperation|' +
  // « a signé avec M. Sato KILMAN le renouvellement de la convention entre la République française et la République du Vanuatu »
  // (Government of New Caledonia, 2015, round 49).
  // « ont signé le nouveau traité Benelux le 17 juin 2008 » (Luxembourg government, 2008, round 97).
  'traités?|conventions?|protocoles?|entente|lettres? d[’\']intention|mémorandum|arrangement|feuille de route|plan d[’\']action|déclaration commune|déclaration conjointe|termes de référence';

const MONEY = String.raw`(?:half\s+a|a\s+quarter\s+of\s+a|a(?<=(?:over|about|nearly|almost|more\s+than|some)\sa)|one|two|three|four|five)\s+(?:million|billion)\s+(?:dollars|euros|pounds|francs)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?\s*(?:\$|€|euros|dollars|d[’']euros|de\s+dollars|francs)|\d[\d,.]*\s?(?:M\$|G\$|k\$)|(?:[A-Z]{0,3}\$|€|£|¥)\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn))?|(?:EUR|USD|CHF|CAD|AUD|NZD|GBP|JPY|INR|Nu\.(?:\/Rs\.)?|Rs\.?)\s?\d[\d,.'’]*(?:\s*(?:million|billion|thousand|millions|milliards?|m|bn))?|\d[\d,.'’]*\s?(?:millions?\s+|milliards?\s+|million\s+|billion\s+)?(?:EUR|USD|CHF|CAD|AUD|NZD|GBP|JPY)(?![A-Za-z])|\d[\d,.]*\s*(?:million|billion|millions|milliards|thousand)\s+(?:of\s+)?(?:dollars|euros|yen|pounds|francs|rupees|de\s+dollars|d[’']euros|de\s+francs)?|\d[\d,.]*\s+(?:million\s+|billion\s+)?(?:yen|euros|dollars)|(?:[Uu]n|[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Dd]ix|[Cc]ent|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en)\s+(?:(?:cents?|hundred)\s+)?(?:million|milliard|billion)s?\s+(?:of\s+|d[’']|de\s+)?(?:euros|dollars|pounds|[Yy]ens?|francs)`;

const FUNDING_VERB = wordPattern(
  // "The Federal Foreign Office is making available approx. EUR 120,000 for emergency relief" (German Federal Foreign Office, round 55).
  // "the United States, through the Department of Agriculture, is moving forward on $20 million of investment over 5 years" (White
  // House, 2022, round 74).
  // "support Peru’s counternarcotics capabilities through a $65 million security assistance package" (White House, 2024, round 75).
  // "Key projects will include up to $24 million in programmatic support for enhanced police and Coast Guard stations" (White House,
  // 2023, round 93).
  '(?:mak(?:e|es|ing)|made)\\s+available|(?:will|shall)\\s+include|moving\\s+forward\\s+(?:on|with)|(?:assistance|aid|support|funding|financial)\\s+package|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|announc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|invest(?:s|ed|ing)?|fund(?:s|ed|ing)?|extend(?:s|ed|ing)?|grant(?:s|ed|ing)?|pool(?:s|ed|ing)?|mobiliz(?:e|es|ed|ing)|earmark(?:s|ed)?|disburs(?:e|es|ed|ing)|' +
    // « Un million d'euros sera mis à la disposition de ce programme ».
    'mise?s?\\s+[àa]\\s+(?:la\\s+)?disposition|versera|verseront|verse|verser|fournira|fourniront|fournir|accordera|consacrera|investira|octroie|octroiera|débloque|débloquer|débloqué|débloquera|débloqueront|contribuera|contribueront|contribue|financera|financeront|mobiliser|mobilisera|allouer|allouera|alloué|apportera|apporter|a\\s+annoncé|annonce|financement|' +
    // the noun forms: "the Prime Minister's announcement of an initial $500,000", « une contribution de 2 millions de dollars »
    // « l'octroi d'une aide militaire supplémentaire de 2 milliards de dollars », « le versement d'un prêt de 2,3 milliards ».
    'announcement|contribution|pledge|contribution\\s+de|octroi|versement|' +
    // "gifting $100,000 Tongan pa’anga (TOP) dollars to help with Tonga’s recovery response", "an additional support of TOP
    // $60,000 will be sent directly to families in Tonga" (Niue's government via TV Niue, 2022, round 42).
    'gift(?:s|ed|ing)?|donat(?:e|es|ed|ing)|(?:will|to|shall)\\s+be\\s+(?:sent|transferred|disbursed|given|made\\s+available)|' +
    // « L’enveloppe sera portée à 120 millions Euros cette année » (Le Sahel, Niger, 2017, round 52), "will be increased to".
    '(?:sera|seront)\\s+portée?s?\\s+à|(?:will|to|shall)\\s+be\\s+(?:increased|raised|doubled)\\s+to|' +
    // « Le Gouvernement du Japon a octroyé au Gouvernement de la Guinée-Bissau, un don de deux cent millions de Yens Japonais »
    // (Embassy of Japan in Senegal, 2015, round 44).
    'octroy(?:é|ée|és|ées|er)|a\\s+accordé|ont\\s+accordé',
);

/**
 * What follows "agreed to" when the parties only keep in touch: no named mechanism, meeting or date
 * ("remain in close contact", "maintain dialogue", "continue working together", "strengthen trade and
 * defence ties between the two countries." with nothing after it, « resserrer les liens … entre les deux pays »). "Continue … through
 * the G7 Energy Platform" names one and still counts, as does "… to implement plans made at the July 2018 Summit".
 */
/** The mechanism's name alone, wherever it starts. */
const MECHANISM_NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}-]*\s+)(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*\s+){0,4}(?:Dialogue|Group|Mechanism|Platform|Partnership|Initiative|Forum|Committee|Commission|Council|Framework|Agreement|Summit|Coalition|Declaration)(?![\p{L}])`;
const NAMED_MECHANISM = String.raw`[^.;]{0,100}?${MECHANISM_NAME}`;
// After a `[^.;]*?` run the name alone is enough: inside a negative lookahead only whether some match exists counts, and
// `[^.;]*?[^.;]{0,100}?` reaches exactly the offsets `[^.;]*?` does, so `[^.;]*?(?:${NAMED_MECHANISM}|…)` and
// `[^.;]*?(?:${MECHANISM_NAME}|…)` hold for the same texts. The window nested in the run tried every offset up to 100 more
// times (5 ms on one long "agreed to enhance our collaboration …" sentence).
/** A body or programme named in capitals, ending on its kind: "Indo-Pacific Economic Framework", "Combined Military Forces-Bahrain". */
const NAMED_BODY = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'-]*\s+|(?:and|of|for|on|to)\s+(?=[\p{Lu}\p{N}])){1,8}(?:Framework|Forces?|Coalition|Initiative|Partnership|Program|Programme|Alliance|Hubs?|Network|Agreement|Convention|Treaty|Compact|Facility|Fund|Pact|Action\s+Plan|Plan|Process|Dialogue|Agenda)(?:-\p{Lu}\p{L}+)?(?![\p{L}])`;
const KEEPING_IN_TOUCH = String.raw`\s+(?:(?:further\s+|also\s+)?(?:deepen(?:ing)?|strengthen(?:ing)?|bolster(?:ing)?|enhanc(?:e|ing)|expand(?:ing)?|broaden(?:ing)?|intensif(?:y|ying)|step(?:ping)?\s+up)\s+(?:(?:their|the|our|bilateral|security|economic|defence|defense|trade|close|practical|health|energy|digital|people-to-people)\s+){0,3}(?:cooperation|collaboration|ties|relations|relationship|partnership)(?![^.;]*?(?:${MECHANISM_NAME}|\d{4}|\b(?:summit|meeting|dialogue|working\s+group|task\s+force|mechanism|agreement|framework|committee|programme|program|initiative)\b))|(?:strengthen|deepen|enhance|expand)\s+(?:[\p{L}-]+\s+){0,4}?(?:ties|relations|relationship|cooperation)(?:\s+[^.;]{0,60}?)?\s+between\s+(?:the\s+two|their\s+two|their|both)\s+countries\s*[.;]|(?:collaborate|cooperate|work\s+together)\s+(?:closely\s+)?on\s+(?:a\s+range\s+of|many|various|all|several)\b(?!${NAMED_MECHANISM})|(?:increase|enhance|intensify|step\s+up|strengthen|deepen)\s+(?:their\s+|the\s+)?(?:coordination|collaboration)(?:\s+of\s+(?:their\s+)?efforts)?\s+(?:to|on|in|against)\s+(?!${NAMED_MECHANISM})|(?:further\s+)?pursue\s+(?:[\p{L}-]+\s+){0,4}?(?:relations|ties)(?![^.;]*?(?:${MECHANISM_NAME}|\d{4}))|increased\s+(?:partnership|cooperation|collaboration|engagement)\s+on\s+(?![^.;]*?(?:${MECHANISM_NAME}|\d{4}))|(?:remain|stay|keep)\s+in\s+(?:close\s+|regular\s+|constant\s+)?(?:touch|contact)|coordinate\s+(?:more\s+)?closely(?!${NAMED_MECHANISM})|maintain\s+(?:(?:close|regular|their|the|an?|open|ongoing|constant|frank)\s+){0,2}(?:dialogue|contact|communication|engagement)|continue\s+(?:(?:to\s+)?(?:work(?:ing)?|cooperat\p{L}*|collaborat\p{L}*|coordinat\p{L}*|engag\p{L}*)|(?:close\s+|their\s+)?(?:coordination|consultations?|dialogue|contacts?|cooperation|collaboration|engagement|discussions?|communication))(?!${NAMED_MECHANISM}))`;
// Also the cooperation as a pronoun: « ont convenu de l'approfondir davantage en explorant toutes les nouvelles pistes de coopération
// possibles » (Morocco's Interior Ministry, 2016, round 66), stepping up with no mechanism named.
const GARDER_LE_CONTACT = String.raw`\s+(?:(?:rester|demeurer)\s+en\s+contact|maintenir\s+(?:le\s+|un\s+|leur\s+)?(?:dialogue|contact)|poursuivre\s+(?:leurs?\s+|les\s+)?(?:échanges|dialogue|concertation|coopération|contacts|consultations)|continuer\s+(?:à|de)\s+(?:travailler|coopérer|collaborer)|(?:resserrer|renforcer|approfondir|intensifier)\s+(?:la|leur)\s+(?:coopération|collaboration)(?:\s+(?:bilatérale|entre\s+(?:leurs\s+(?:deux\s+)?pays|les\s+deux\s+pays)))?\s*[.;]|(?:resserrer|renforcer|approfondir|intensifier)\s+(?:les|leurs)\s+(?:liens|relations)(?:\s+[^.;]{0,60}?)?\s+entre\s+(?:leurs\s+(?:deux\s+)?pays|les\s+deux\s+pays)\s*[.;]|l['’](?:approfondir|intensifier|renforcer|élargir|consolider)(?![\p{L}]))`;

/** Each cue with the confidence it gives (a signed instrument is surer than a "will hold … meeting"). */
/** Each cue with its confidence and the plain words it cannot match without (tested first: most sentences have none). */
const CUES: ReadonlyArray<readonly [RegExp, number, RegExp, ('funding' | 'agreed')?]> = [
  // "agreed to establish", not "to agree to a ceasefire"; "agreed on/that …" mostly restates positions;
  // "both leaders took the decision to elevate the Joint Permanent Commission …" (Namibian Presidency, 2021, round 42) decides too.
  // "agreed to maintain dialogue / remain in close contact / continue working together" only keeps in touch.
  // "decided to withdraw the request", "agreed to postpone the visit": undoing a step is no new action.
  // "We are resolved to maintain peace and stability" (Japan, ROK and US, 2024, round 20) is a stance, as "are committed to".
  // The present too: "the two governments jointly commit to take a series of critical steps … under the Los Angeles Declaration on
  // Migration and Protection" (the United States and Guatemala, 2023, round 84).
  [caselessPattern(`(?<!\\bto\\s)(?<![\\p{L}])(?:agree(?:d|s)?|decided|concurred|(?:took|taken)\\s+(?:the|a|a\\s+joint)\\s+decision|(?<!(?:is|are|am|be|been|being|remains?|remained|stay(?:s|ed)?)\\s+(?:\\p{L}+ly\\s+)?)(?:committed|commit(?![\\p{L}])|resolved))(?:\\s+(?:today\\s+|also\\s+|further\\s+|unanimously\\s+)?|\\s*,\\s*(?:in\\s+particular|inter\\s+alia|among\\s+other\\s+things|notably|in\\s+principle|therefore|also|further),\\s+)to(?![\\p{L}])(?!${KEEPING_IN_TOUCH})(?!\\s+(?:withdraw|drop|cancel|postpone|defer|suspend|abandon)(?![\\p{L}]))`, 'iu'), 0.9, /agree|decided|decision|resolved|concurred|commit/i, 'agreed'],
  // A named agreement the parties will finish, or make ready to sign: "will negotiate and finalize the Agreement on Reciprocal Trade,
  // prepare the Agreement for signature" (White House, 2025, round 134).
  [wordPattern("(?:will|to)\\s+(?:work\\s+to\\s+)?(?:negotiate\\s+and\\s+)?(?:finali[sz]e|conclude)\\s+the\\s+(?:[\\p{L}-]+,?\\s+){0,7}?(?:agreement|treaty|accord|arrangement|protocol)(?![\\p{L}])|prepare\\s+the\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:agreement|treaty|accord|arrangement)\\s+for\\s+signature"), 0.75, /finali|conclu|prepare/i],
  // Global Affairs Canada, 2020 (round 134): an instrument named first, then signed by the parties ("the open letter to publishers on
  // open access to COVID-19 research, signed in March by the European Commission and Canada"); new projects announced by number
  // ("The Minister also announced 4 new projects in Burkina Faso"); a named initiative presented to a body ("the Ottawa Group Trade
  // and Health Initiative was presented to the WTO General Council").
  [new RegExp(String.raw`(?<![\p{L}])(?:letter|declaration|agreement|memorandum|MOU|MoU|charter|arrangement|accord)(?:\s+(?:to|on|of|for)\s+[^.;,]{1,80}?)?\s*,?\s+signed\s+(?:in|on|last)\s+[^.;]{1,30}?\s+by\s+(?:the\s+)?\p{Lu}|(?<![\p{L}])announc(?:ed|es|ing)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several)\s+new\s+(?:projects|programs|programmes|initiatives)(?![\p{L}])|\p{Lu}[\p{L}-]*\s+(?:Initiative|Proposal|Declaration|Plan)\s+(?:was|were|has\s+been)\s+(?:presented|submitted|tabled)\s+to\s+the\s+\p{Lu}`, 'u'), 0.7, /signed in|signed on|signed last|new projects|new programs|new programmes|new initiatives|presented|submitted|tabled/i],
  // Joint work through a named mechanism, negotiations to be held on a named instrument or opened at a named forum: "Together, we are
  // working through the G7 Rapid Response Mechanism" (Canada and the EU, 2020), "they intend to negotiate for the first time, a global
  // arrangement to address carbon intensity" (the United States and the EU, 2021), "support launching negotiations at the upcoming 5th UN
  // Environment Assembly (UNEA) on a global agreement" (the United States and France, 2022; all round 134).
  [new RegExp(String.raw`(?<![\p{L}])(?:are|were|will\s+be)\s+working\s+(?:together\s+|jointly\s+)?through\s+the\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){1,5}(?:Mechanism|Platform|Partnership|Initiative|Forum|Dialogue|Framework|Network|Task\s+Force|Working\s+Group)(?![\p{L}])|(?<![\p{L}])(?:intends?|plans?|agreed|decided)\s+to\s+negotiate\s+(?:[^.;]{0,40}?\s)?(?:an?|the|new)\s+(?:[\p{L}-]+\s+){0,3}?(?:arrangement|agreement|treaty|accord|framework|deal)(?![\p{L}])|(?<![\p{L}])(?:launch(?:ing)?|open(?:ing)?)\s+negotiations\s+(?:at|during)\s+the\s+(?:upcoming\s+|next\s+)?(?:[\p{L}\p{N}-]+\s+){0,6}?(?:Assembly|Conference|Summit|Meeting|Session|Council)(?![\p{L}])`, 'u'), 0.7, /working through|negotiate|negotiations/i],
  // Round 135: events hosted in a month ("will host a Caribbean regional trade mission … in October 2022", White House, 2022); teams that
  // will go on working on an agreement's details ("Working teams will continue technical work over the coming days on the details of
  // implementation", the United States, Egypt and Qatar, 2024); a proposal presented to the parties ("presented to both parties a
  // bridging proposal"); a resolution co-authored ("Australia, working with Jordan and Luxembourg, co-authored and co-led negotiations on
  // the resolution", DFAT, 2014); talks to be held ("he will undertake a wide-ranging series of discussions with China's Foreign
  // Minister", DFAT, 1991); ongoing joint exercises ("including through regular and ongoing joint military exercises", White House, 2023).
  [new RegExp(String.raw`(?<![\p{L}])will\s+(?:also\s+)?(?:co-)?host\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:mission|visit|roundtables?|workshops?|seminars?|conferences?|forum|training)(?![\p{L}])[^.;]{0,80}?\s(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?,?\s+\d{4}|(?<![\p{L}])teams\s+will\s+continue\s+(?:[\p{L}-]+\s+)?(?:work|talks|discussions|negotiations)\s+[^.;]{0,60}?\s(?:on|of)\s+(?:the\s+)?(?:details|implementation|terms|text)|(?<![\p{L}])presented\s+(?:to\s+[^.;]{1,40}?\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?proposal(?![\p{L}])|(?<![\p{L}])co-(?:authored|sponsored|drafted|led)\s+(?:and\s+co-(?:led|sponsored|authored)\s+)?(?:negotiations\s+on\s+)?(?:the|a|an|two|three)\s+(?:[\p{L}-]+\s+){0,2}?(?:resolutions?|declaration)(?![\p{L}])|(?<![\p{L}])will\s+(?:also\s+)?undertake\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:series\s+of\s+)?(?:discussions|talks|consultations|meetings)\s+with(?![\p{L}])|(?<![\p{L}])(?:regular|annual|ongoing)\s+(?:and\s+(?:regular|ongoing)\s+)?joint\s+(?:military\s+|naval\s+)?exercises(?![\p{L}])`, 'u'), 0.7, /host|teams will|presented|co-authored|co-sponsored|co-drafted|co-led|undertake|exercises/i],
  // Meetings one minister's program sets: "I will be meeting Prime Minister Qarase, Foreign Minister Tavola and other government
  // ministers", "I will also meet the Leader of the Opposition", "I will also have talks with other government ministers" (DFAT, 2001,
  // round 135).
  [new RegExp(String.raw`(?<![\p{L}])will\s+(?:also\s+)?be\s+meeting\s+(?:with\s+)?(?:the\s+)?(?:Prime\s+Minister|President|Foreign\s+Minister|Minister|Leader|King|Chancellor|Premier|Secretary)(?![\p{L}])|(?<![\p{L}])will\s+also\s+meet\s+(?:with\s+)?the\s+Leader\s+of(?![\p{L}])|(?<![\p{L}])will\s+(?:also\s+)?(?:have|hold)\s+talks\s+with(?![\p{L}])`, 'u'), 0.7, /be meeting|also meet|have talks|hold talks/i],
  // Round 136: entities sanctioned by number ("The U.S. Treasury Department has sanctioned sixteen entities and individuals", White House,
  // 2024); a joint investment or taskforce announced ("announced a joint investment", "announced a joint COVID-19 Manufacturing and
  // Supply Chain Taskforce", White House, 2021); negotiations under way on a named agreement ("spoke about ongoing negotiations on the
  // Canada-India Comprehensive Economic Partnership Agreement", Global Affairs Canada, 2020); joint work reviewed under an instrument
  // ("reviewed joint efforts to date under the Los Angeles Declaration", "reviewed ongoing joint work in implementing parts of the
  // agreement"); a named body's scope widened ("have expanded the scope of the Trilateral Fentanyl Committee", 2024).
  [wordPattern("(?:will|to)\\s+continue\\s+to\\s+(?:sanction|designate)\\s+(?:individuals|entities|officials|those)|(?:has|have|had)\\s+(?:also\\s+)?sanctioned\\s+(?:more\\s+than\\s+|over\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|several|dozens\\s+of)\\s+(?:additional\\s+|more\\s+)?(?:[\\p{L}-]+\\s+)?(?:entities|individuals|persons|people|companies|officials|vessels)|announc(?:ed|es|ing)\\s+(?:a|an)\\s+(?:new\\s+)?joint\\s+[^.;]{0,60}?(?:investment|initiative|fund|facility|taskforce|task\\s+force|partnership|mechanism|programme|program|project)(?![\\p{L}])|ongoing\\s+negotiations\\s+(?:on|for|towards)\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:agreement|partnership|treaty|accord|arrangement)(?![\\p{L}])|reviewed\\s+(?:the\\s+)?(?:ongoing\\s+)?joint\\s+(?:efforts|work)\\s+(?:to\\s+date\\s+)?(?:under|in\\s+implementing|on\\s+implementing)|expanded\\s+the\\s+(?:scope|mandate|membership|work)\\s+of\\s+the\\s+(?:[\\p{L}-]+\\s+){1,6}?(?:committee|commission|council|group|mechanism|dialogue|task\\s+force|partnership|initiative)(?![\\p{L}])"), 0.7, /sanctioned|continue to sanction|continue to designate|announced a|announces a|announcing a|ongoing negotiations|reviewed|expanded the/i],
  // A named body that will meet at a set rhythm: "the Strategic Dialogue on Technology will convene annually, alternating between the
  // United States and Israel" (2022, round 138).
  [new RegExp(String.raw`\p{Lu}[\p{L}-]*\s+(?:\p{Lu}[\p{L}-]*\s+)*(?:Dialogue|Commission|Committee|Council|Forum|Group|Mechanism|Task\s+Force)(?:\s+(?:on|for)\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*)?\s+will\s+(?:convene|meet)\s+(?:annually|regularly|every\s+year|each\s+year|twice\s+a\s+year|biannually|quarterly)(?![\p{L}])`, 'u'), 0.75, /will convene|will meet/i],
  // Round 139: a joint statement signed onto ("Minister Ng and her Asia-Pacific counterparts also signed onto a joint statement", Global
  // Affairs Canada, 2020); a named operation launched ("the United States launched Operation Prosperity Guardian—a coalition of more than
  // 20 nations", White House, 2024); new measures announced, entities designated by number ("announced new and significant measures to …
  // target Iran’s petroleum sector", "has designated over 700 individuals and entities"); talks under a named dialogue ("under the aegis
  // of the U.S.-Germany Economic Dialogue"); officials convened ("Cyprus will soon convene senior officials to discuss …").
  [new RegExp(String.raw`(?<![\p{L}])signed\s+onto\s+(?:a|the)\s+joint\s+(?:statement|declaration|communiqu[ée])|(?<![\p{L}])launch(?:ed|es|ing)?\s+(?:the\s+)?Operation\s+\p{Lu}|(?<![\p{L}])announc(?:ed|es|ing)\s+new\s+(?:and\s+significant\s+|additional\s+)?(?:measures|sanctions)(?![\p{L}])|(?<![\p{L}])(?:has|have|had)\s+designated\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d[\d,]*\s+(?:individuals|entities|persons|companies|vessels)|(?<![\p{L}])under\s+the\s+aegis\s+of\s+the\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'-]*\s+){1,6}(?:Dialogue|Commission|Council|Committee|Forum|Mechanism|Partnership|Framework|Process)(?![\p{L}])|(?<![\p{L}])will\s+(?:soon\s+|also\s+)?convene\s+(?:senior\s+|high-level\s+)?(?:officials|ministers|experts|representatives)(?![\p{L}])`, 'u'), 0.7, /signed onto|launch|announc|designated|aegis|convene/i],
  // An executive order issued or to be signed: "Today, I issued a new Executive Order that expands U.S. authorities to respond to the
  // violence … with sanctions", "President Biden will sign an Executive Order to continue tightening the screws on Russia’s war machine"
  // (White House, 2023, round 140).
  [new RegExp(String.raw`(?<![\p{L}])(?:issued|signed|will\s+sign|is\s+signing)\s+(?:a|an)\s+(?:new\s+)?Executive\s+Order(?![\p{L}])`, 'u'), 0.7, /issued|signed|will sign|is signing/i],
  // Round 141 (White House, 2021–2024): sanctions announced, imposed again or drawn up ("Today, I am announcing more than 500 new sanctions
  // against Russia", "We are also imposing new export restrictions on nearly 100 entities", "will re-impose full blocking sanctions against
  // nine Belarusian state-owned enterprises", "is developing a list of targeted sanctions", "announced the designation of Ansarallah … as
  // a Specially Designated Global Terrorist"); a named pledge or initiative announced today ("announced today the Global Methane Pledge");
  // a dialogue embarked on together; an agreement reached in principle; work continued to draft an amendment; a summit proposed; a new
  // named compact to work under ("under a new Climate, Critical Minerals, and Clean Energy Transformation Compact"); governments directed
  // to report.
  [new RegExp(String.raw`(?<![\p{L}])announc(?:ed|es|ing)\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d[\d,]*\s+(?:new|additional|further)\s+sanctions(?![\p{L}])|(?<![\p{L}])(?:are|is|will\s+be)\s+(?:also\s+)?imposing\s+(?:new|additional|further)\s+(?:export\s+)?(?:restrictions|controls|sanctions)(?![\p{L}])|(?<![\p{L}])(?:will\s+)?re-?impose\s+(?:full\s+)?(?:blocking\s+)?sanctions(?![\p{L}])|(?<![\p{L}])(?:is|are)\s+developing\s+(?:a\s+list\s+of\s+)?(?:targeted\s+)?sanctions(?![\p{L}])|(?<![\p{L}])announced\s+the\s+designation\s+of(?![\p{L}])|(?<![\p{L}])announced\s+(?:today\s+)?the\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Pledge|Initiative|Partnership|Compact|Fund|Facility)(?![\p{L}])|(?<![\p{L}])embark\s+(?:together\s+)?on\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{Lu}[\p{L}-]*\s+){1,4}Dialogue(?![\p{L}])|(?<![\p{L}])reached\s+(?:an\s+)?agreement\s+in\s+principle(?![\p{L}])|(?<![\p{L}])continue\s+(?:our|their)\s+work\s+(?:together\s+)?to\s+draft(?![\p{L}])|(?<![\p{L}])proposed\s+a\s+summit(?:\s+meeting)?(?![\p{L}])|(?<![\p{L}])under\s+a\s+new\s+(?:\p{Lu}[\p{L}-]*,?\s+(?:and\s+)?){1,8}(?:Compact|Partnership|Framework|Initiative)(?![\p{L}])|(?<![\p{L}])direct\s+(?:our|their)\s+[Gg]overnments\s+to(?![\p{L}])`, 'u'), 0.7, /announc|imposing|impose|developing|embark|in principle|continue our|continue their|proposed a summit|under a new|direct our|direct their/i],
  // A ceasefire the parties agree on: "The two leaders also agreed on a partial ceasefire against energy." (White House, 2025, round 134).
  [wordPattern("agreed\\s+(?:on|to|upon)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ceasefire|cease-fire|truce)(?![\\p{L}])"), 0.8, /ceasefire|cease-fire|truce/i],
  // A meeting agreed in a that-clause: "They agreed that officials will have to meet to undertake the necessary work for
  // implementation" (Fiji's government, 2023, round 43), "agreed that the Joint Commission would meet in Suva next year"; not
  // "agreed that it is important to continue to cooperate" (corpus rule).
  [wordPattern("agreed\\s+(?:that\\s+)?(?:[^.;]{1,60}?\\s)?(?:will|would|shall|should|can|could)\\s+(?:have\\s+to\\s+|also\\s+|now\\s+)?(?:meet|reconvene|convene|hold\\s+(?:a|an|the|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:meeting|session|talks|consultations|dialogue)|establish|set\\s+up|sign)(?![\\p{L}])"), 0.7, /agree/i],
  // Round 46: « se sont accordés sur la tenue, du 19 au 20 décembre, de la 12e session de la Grande Commission mixte », « Les
  // experts des deux pays vont, à cet effet, se réunir en commission préparatoire » (Les Dépêches de Brazzaville, 2021), "They
  // also signed a plan for political consultations between the Foreign Ministries" (Radio Habana Cuba).
  [wordPattern("(?:se\\s+sont\\s+accordée?s|(?:ont|sont)\\s+convenue?s?)\\s+(?:sur|de)\\s+(?:la\\s+tenue|l['’]organisation)(?![\\p{L}])"), 0.85, /accord|conven/i],
  [wordPattern("(?:vont|va)[\\s,]+(?:[^.;]{0,30}?[\\s,])?se\\s+réunir(?![\\p{L}])"), 0.65, /réuni/i],
  // French forms of English cues already held (a sanctions package announced, an embassy to open, a meeting proposed, an
  // agreement the parties intend to conclude): « Une nouvelle série de sanctions a été annoncée », « a annoncé l'ouverture d'une
  // ambassade du Canada à Erevan », « a proposé la tenue d'un sommet trilatéral », « entendent conclure d'ici la fin de l'année un
  // accord de libre-échange ».
  [wordPattern("(?:nouvelle|nouveau|une|un|la|le)\\s+(?:série|train|vague|volet|paquet|trains?)\\s+de\\s+(?:nouvelles\\s+)?sanctions|(?:impos|annonc|adopt)(?:é|ée|és|ées|e|ent|era|eront|ons)\\s+(?:de\\s+)?(?:nouvelles\\s+|des\\s+)?sanctions|(?:annonc|décid)(?:é|e|ent)\\s+(?:l['’])?ouverture\\s+d['’]une?\\s+(?:ambassade|consulat|bureau|représentation|haut-commissariat)|propos(?:é|e|ent|ons)\\s+(?:la\\s+tenue|l['’]organisation)\\s+d['’]une?\\s+(?:[\\p{L}-]+\\s+)?(?:sommet|réunion|rencontre|conférence|visite|dialogue|session)|(?:entend(?:ent|ons)?|compt(?:ent|ons|e)|prévoi(?:en)?t|envisag(?:ent|e))\\s+(?:de\\s+)?(?:conclure|signer|parapher)\\s+[^.;]{0,60}?(?:accord|traité|protocole|convention|mémorandum|entente)"), 0.7, /sanction|ouverture|propos|entend|compt|prévoi|envisag/i],
  // An instrument that came into being: « un nouveau traité Police Benelux a vu le jour » (Benelux Union, 2018, round 98).
  [wordPattern(`(?:${INSTRUMENT})(?:\\s+[^.;]{0,40}?)?\\s+(?:a|ont)\\s+vu\\s+le\\s+jour`), 0.7, /jour/i],
  // A side ready to host the next round of a meeting: "The Uzbek side said they are ready to organize the second round of the meeting in
  // Tashkent within the agreed time frame" (Uzbekistan MFA, 2019, round 93), as an invitation to it would.
  [wordPattern('(?:is|are|was|were|stands?|stood)\\s+ready\\s+to\\s+(?:host|organi[sz]e|hold|convene)\\s+(?:the|a|an)\\s+(?:next|second|third|fourth|fifth|new)\\s+(?:round|meeting|session|edition|summit)(?![\\p{L}])'), 0.7, /ready/i],
  // Also "have signed today a defense and military Plan of bilateral cooperation for 2017" (Montenegro's MoD, 2017, round 67).
  [wordPattern("signed\\s+(?:today\\s+|yesterday\\s+|also\\s+)?(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:plan|programme|program|protocol|roadmap)\\s+(?:for|of|on)(?![\\p{L}])"), 0.85, /sign/i],
  // A mission of one side to the other's country, to come: "with a view to the IMF staff team visiting Malawi very soon to
  // discuss next steps" (IMF, round 42), "an expert team will visit Nairobi next month": a meeting the text schedules.
  [wordPattern("(?:team|mission|delegation)s?\\s+(?:will\\s+(?:soon\\s+)?visit|to\\s+visit|visiting)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2}\\s+(?:[^.;]{0,30}?\\s)?(?:(?:very\\s+)?soon|shortly|next\\s+(?:week|month|year)|in\\s+the\\s+(?:coming|near)|later\\s+this)(?![\\p{L}])"), 0.65, /visit/i],
  // A visit to a place on a day the text gives, for the work of a named mechanism: "U.S. Department of Commerce Under Secretary Marisa
  // Lago will visit Ankara April 5-6 to advance the economic and trade cooperation goals of the Strategic Mechanism" (US–Turkey, 2022);
  // not a minister's visit alone ("The minister will visit Jakarta tomorrow", round 87). Case-sensitive: the place is named. Also "Grace
  // Fu will visit Brunei Darussalam from 23 to 25 October 2023 to attend the 16th Brunei-Singapore Annual Exchange of Visits" (Singapore's
  // environment ministry, 2023, round 97).
  [new RegExp(String.raw`(?<![\p{L}])(?:will|(?:is|are)\s+(?:scheduled|due|set)\s+to)\s+(?:also\s+)?visit\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2},?\s+(?:on\s+|from\s+|this\s+|next\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next\s+week)(?![\p{L}])[^.;]{0,160}?\s(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Mechanism|Dialogue|Partnership|Commission|Committee|Council|Forum|Framework|Agreement|Initiative|Summit|Conference|Meeting|Session|Exchange\s+of\s+Visits)(?![\p{L}])`, 'u'), 0.65, /visit/i],
  // An instrument one side hands the other: "The French Charge d’affaires, Joel Godeaux, submitted host country agreement"
  // (Gambia MFA, 2019, round 42), "handed over the draft memorandum of understanding".
  [wordPattern("(?:submitted|presented|handed\\s+over|transmitted)\\s+(?:(?:a|an|the)\\s+)?(?:draft\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:agreement|memorandum|MoU|accord|convention|treaty)(?![\\p{L}])"), 0.65, /submitted|presented|handed|transmitted/i],
  // A visit's programme: "During his visit, Dr Hadef will call on Minister Shanmugam and Senior Minister Goh Chok Tong" (Singapore's
  // law ministry, 2010), "Minister Fu will call on Minister at the Prime Minister's Office … to discuss bilateral cooperation" (round 97).
  // A meeting of the participants that the text schedules: "will travel to Sydney tomorrow to meet
  // Minister X", "looked forward to meeting again at the upcoming Summit", "Heads of State will meet in Brussels".
  // Also "Prime Minister Sanna Marin will visit Tallinn and meet with Estonian Prime Minister Kaja Kallas", "will also meet with
  // Speaker of the Estonian Parliament Jüri Ratas" (Finnish Government, 2022), "A kingdom consultation meeting on foreign affairs
  // is scheduled to take place tomorrow" (Sint Maarten, 2020; both round 68); "The event is being held for the ninth consecutive year
  // and is to take place on 17 and 18 September 2024 in Valga County, Estonia" (Latvian MFA, 2024, round 83), "The annual strategic
  // dialogue between the State of Qatar and the United States of America will begin in Washington tomorrow" (Qatar MOFA, 2021,
  // round 83). "will visit Oslo on 4 September and hold discussions with
  // Minister of Foreign Affairs of Norway Ine Eriksen Søreide" (Finland's foreign ministry, 2019, round 72). "Foreign Minister
  // Kasoulides will attend a lunch hosted by Lord Ahmad, Minister of State for the UN" (FCDO, 2022, round 84).
  [wordPattern('(?:will|to)\\s+(?:travel|go|fly|depart|head)\\s+to\\s+[^.;]{1,60}?\\s+to\\s+meet|depart(?:s|ed)?\\s+for\\s+[^.;]{1,40}?\\s+to\\s+meet|look(?:s|ed)?\\s+forward\\s+to\\s+meeting|(?:and|agreed)\\s+to\\s+meet\\s+(?:again\\s+)?(?:at|in|during|on\\s+the\\s+margins)|will\\s+also\\s+meet\\s+(?:with\\s+)?(?:his\\s+|her\\s+|their\\s+|the\\s+)?(?:counterparts?|Deputy\\s+Prime|Prime\\s+Minister|Foreign\\s+Ministers?|Ministers?\\s+of|President|Secretary\\s+of|Chancellor|Speaker\\s+of)|will\\s+(?:also\\s+)?call\\s+on\\s+(?:the\\s+)?(?:Prime\\s+Minister|President|King|Queen|Emir|Crown\\s+Prince|Chancellor|Premier|(?:Senior\\s+|Deputy\\s+Prime\\s+|Foreign\\s+)?Minister(?![\\p{L}])(?!\\s+(?:and|,)))(?![^.;]{0,100}?\\sto\\s+(?!discuss|review|exchange)\\p{L})|will\\s+(?:tomorrow\\s+|soon\\s+|next\\s+week\\s+)?(?:be\\s+meeting\\s+with|meet)(?!\\s+with\\s+(?:deployed\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:personnel|troops|staff|students|members\\s+of|the\\s+media|media))(?!\\s+(?:the|its|their|our|his|her|this|these|all|any)\\s+(?:[\\p{L}\\p{N}%$.,-]+\\s+){0,6}?(?:target|targets|commitment|commitments|goal|goals|needs|obligations|standards?|requirements?|criteria|threshold|deadline|expectations|challenges?|demand))|will\\s+travel\\s+to\\s+[^.;]{1,60}?\\s+for\\s+(?:bilateral\\s+)?(?:meetings|talks)|(?:meeting|summit|dialogue|talks|consultations|conference|session|seminar|forum|retreat|workshop|event)\\s+(?:(?:(?:between|of|on)\\s[^.;,]{0,80}?\\s)?will|(?:[^.;]{0,60}?\\s)?(?:is|are)\\s+(?:scheduled\\s+)?to)\\s+(?:take\\s+place|be\\s+(?:held|hosted|convened)|begin|start|open|commence)(?![\\p{L}])|will\\s+visit\\s+[^.;]{1,40}?\\s+and\\s+(?:meet|(?:hold|have)\\s+(?:a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+)?(?:talks|discussions|meetings?|consultations)\\s+with)(?=\\s+(?:with\\s+)?(?:his\\s+|her\\s+|their\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:prime\\s+minister|president|ministers?|counterparts?|chancellor|king|queen|speaker|secretary|governor|premier|ambassador)(?![\\p{L}]))|ceremony\\s+(?:[^.;]{0,80}?\\s)?will\\s+(?:take\\s+place|be\\s+held)\\s+(?:in|at|on)(?=\\s)|co-hosted\\s+by\\s+(?:the\\s+)?\\p{Lu}[^.;]{0,40}?\\sand(?=\\s)|will\\s+(?:on\\s+[^.;]{3,40}?,\\s+)?(?:be\\s+(?:attending|co-hosting|hosting|co-chairing|chairing)|attend|co-host|host|co-chair|chair)\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}’\'-]+\\s+){0,8}?(?:meetings?|summits?|conferences?|commission|forum|dialogue|consultations|(?:lunch|luncheon|dinner|breakfast)(?=\\s+(?:hosted|given|offered)\\s+by\\s|\\s+with\\s))|' +
      // "will host her Zimbabwean counterpart, Dr Frederick Shava, on a Working Visit" (DIRCO, 2021), "plan to co-host a nuclear
      // energy study tour in Japan" (Japan, the Philippines and the US, 2024; round 23).
      '(?:will|to)\\s+(?:host|receive|welcome)\\s+(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?counterparts?|' +
      // "… will host his H.E. Dr. Mokgweetsi Masisi of the Republic of Botswana for a one-day working visit on Thursday" (Namibian
      // Presidency, 2021, round 42).
      '(?:will|to)\\s+(?:host|receive|welcome)\\s+[^;]{1,120}?\\s(?:for|on)\\s+(?:a|an|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?visit(?![\\p{L}])|(?:will|to)\\s+(?:co-host|host)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:study\\s+tour|workshop|seminar|training\\s+(?:course|program|programme))'), 0.65, /meet|travel|depart|look|attend|host|chair|take place|held|bilateral|receive|welcome|visit/i],
  // A meeting to come in other words: "look forward to their next encounter" (GAC readout), a host's dated welcome
  // ("President Obama will welcome the Prime Minister to the White House on October 23", Pakistani embassy release) and
  // a delegation announced to dated talks ("will be sending a representative to the cease-fire talks in Astana,
  // Kazakhstan on May 3-4", White House readout) — all outside the corpus. Also a visitor hosted on a day: "will host the Secretary of
  // State for Foreign Affairs and Cooperation of Portugal, Professor Nuno Sampaio, on Thursday, 27 March 2025, in Pretoria" (DIRCO,
  // 2025, round 86).
  // (And in the cue above, a session chaired on a day written first: "will on Friday, 02 August 2019, chair the Sixth Session of the
  // South Africa-Portugal Bilateral Consultations in Pretoria", DIRCO, 2019, round 86.)
  [wordPattern('next\\s+(?:[\\p{L}-]+\\s+){0,3}?encounter|will\\s+(?:welcome|host|receive)\\s+[^.;]{1,80}?\\s(?:to|in|at)\\s+[^.;]{1,60}?\\s(?:on|in)\\s+(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December)|will\\s+(?:welcome|host|receive)\\s+[^;]{1,120}?\\s(?:on|from)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December)|will\\s+(?:be\\s+sending|send)\\s+(?:a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:representative|delegation|envoy|team|mission)\\s+to\\s+(?:the\\s+)?[^.;]{0,60}?(?:talks|meeting|conference|summit|negotiations)'), 0.65, /encounter|welcom|receiv|send|host/i],
  // From in-distribution unseen statements (White House and Global Affairs Canada, round 129):
  // a named joint action recalled as announced, launched, adopted or signed: "since their announcement of the U.S.-ROK Washington
  // Declaration in April 2023", "as evidenced by the signing of the U.S.-ROK Guidelines for Nuclear Deterrence and Nuclear Operations";
  // case-sensitive, the action is named.
  [new RegExp(String.raw`(?<![\p{L}])(?:announcement|launch|adoption|signing|signature|establishment|creation|conclusion)\s+of\s+(?:the\s+)?(?:inaugural\s+|new\s+|first\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){1,6}(?:Declaration|Initiative|Partnership|Framework|Agreement|Dialogue|Guidelines|Plan|Strategy|Compact|Corridor|Mechanism|Roadmap|Charter|Accord)(?![\p{L}])`, 'u'), 0.7, /announcement|launch|adoption|signing|signature|establishment|creation|conclusion/i],
  // A named body the text says was set up: "The NCG was established as an enduring bilateral consultative body" (the United States and
  // the Republic of Korea, 2024); not its history ("The India-Sri Lanka Joint Commission was established in 1992", IANS, round 126; "The
  // NNSC was established 66 years ago", Swedish Government, round 95).
  [new RegExp(String.raw`^(?:The\s+)?(?:\p{Lu}{2,6}|(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:Group|Council|Commission|Committee|Dialogue|Mechanism|Forum|Partnership|Initiative))\s+(?:was|were|has\s+been|have\s+been)\s+(?:established|created|launched|set\s+up|formed)(?![\p{L}])(?![^.;]{0,40}?(?:\s(?:in|since)\s+\d{4}|\d+\s+years\s+ago))`, 'u'), 0.7, /established|created|launched|set up|formed/i],
  // Joint work that goes on, with its object or time: "Ukraine and the United States agreed to continue intensive work on joint proposals
  // in the coming days" (the United States and Ukraine, 2025), "reiterated the need to continue to make swift progress on NCG workstreams"
  // (2024); not "continue close consultation" (keeping in touch).
  [wordPattern("agreed\\s+to\\s+continue\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:work|negotiations|talks)\\s+on\\s+(?:the\\s+)?(?:joint|draft|[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*)|continue\\s+to\\s+make\\s+(?:[\\p{L}-]+\\s+)?progress\\s+on\\s+(?:the\\s+)?[\\p{Lu}]{2,}[\\p{L}-]*\\s+(?:workstreams?|work|agenda|commitments|initiatives?)"), 0.7, /continue/i],
  // … through a body the sentence names: "discussed plans for ITAG’s future work and agreed to continue working together" (Global Affairs
  // Canada, 2020, round 130).
  // The look-behind follows "agreed" (and holds it): ahead of it, V8 ran the 60-character look-behind at every offset of the sentence.
  [new RegExp(String.raw`agreed(?<=(?<![\p{L}])\p{Lu}{2,8}[’']s\s[^.;]{0,60}agreed)\s+to\s+continue\s+(?:working|to\s+work)\s+together(?![\p{L}])`, 'u'), 0.7, /continue/i],
  // An instrument named, then who signed it: "including through a NASA Sounding Rocket Memorandum of Understanding that NASA Administrator
  // Bill Nelson and Peruvian counterparts signed as part of this visit" (White House, 2024, round 130).
  [wordPattern(`(?:${INSTRUMENT})\\s+(?:that|which)\\s+[^.;]{1,100}?\\s(?:signed|concluded|initial(?:l)?ed)(?![\\p{L}])`), 0.85, /signed|concluded|initial/i],
  // The terms of a framework or memorandum, its signatories named by its defined term: "Project selection: The Participants will jointly
  // identify projects of interest …", "The Participants are establishing a U.S.-Australia Critical Minerals Supply Security Response
  // Group" (United States–Australia framework, 2025), "The Participants intend to meet … on a quarterly basis" (United States–Malaysia
  // memorandum, 2025; both round 148). Capitalised only (the instrument's term, not "the parties" to a conflict), and not keeping in touch.
  [new RegExp(String.raw`(?:^|:\s+)(?:The|Both|Each|Les)\s+(?:appropriate\s+authorities\s+of\s+the\s+)?(?:Participants|Parties)\s+(?:will|shall|commit|intend|are\s+\p{Ll}+ing|have\s+decided|s['’]engagent|vont)(?![\p{L}])(?!\s+(?:continue\s+to\s+)?(?:remain|stay|keep|maintain)\s+(?:in\s+)?(?:close\s+|regular\s+)?(?:contact|touch|communication))`, 'u'), 0.75, /participants|parties/i],
  // Round 148 (White House, 2021–2024): a named body's first meeting, "hosted the inaugural meeting of the Angel Investor Network", "hosted
  // representatives … for the inaugural Strategic Technologies Investor Council"; a sanctions regime set up, "The Executive Order I signed
  // today establishes a new sanctions regime", "I signed an executive order that will impose new costs, including sanctions and visa bans";
  // talks towards a named agreement, "advancing negotiations towards a Critical Minerals Agreement", "progress toward a new U.S.-Sweden
  // Defense Cooperation Agreement" (White House, 2023, round 155); a named initiative reviewed, "for an
  // intersessional review of the U.S-India Initiative on Critical and Emerging Technology (iCET)"; a named accord joined, "welcomed
  // Singapore becoming the first Southeast Asian nation to join the Artemis Accords"; joint initiatives carried out, "to implement the
  // initiatives launched during my visit".
  [new RegExp(String.raw`(?<![\p{L}])(?:inaugural\s+(?:(?:meeting|session)\s+of\s+the\s+\p{Lu}|(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Council|Committee|Commission|Dialogue|Forum|Group|Task\s+Force|Board|Network)(?![\p{L}]))|(?:establish(?:es|ed|ing)?|creat(?:es|ed|ing))\s+(?:a\s+)?new\s+sanctions\s+regime|executive\s+order\s+that\s+(?:will\s+)?(?:impose|establish)|(?:negotiations|progress)\s+(?:towards?|on|for)\s+(?:a|an|the)\s+(?:new\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:Agreement|Treaty|Arrangement)(?![\p{L}])|review\s+of\s+the\s+(?:\p{Lu}[\p{L}.-]*\s+|on\s+|and\s+|of\s+|for\s+){1,9}(?:Initiative|Dialogue|Partnership|Framework)(?![\p{L}])|join(?:s|ed|ing)?\s+the\s+(?:\p{Lu}\p{L}+\s+){0,3}(?:Accords|Agreement|Convention|Partnership)(?![\p{L}])|implement\s+the\s+initiatives\s+(?:we\s+)?launched)`, 'u'), 0.7, /inaugur|sanction|executive order|negotiat|progress|review of the|join|launch/i],
  // An invitation to the inviter's capital with its time: "President Biden also invited the Prime Minister and other Pacific leaders to
  // Washington, DC later this year for the second U.S. summit with the Pacific Islands Forum" (White House, 2023, round 100), "President
  // Biden invited Prime Minister Netanyahu to Washington D.C. before the end of the year" (White House, 2023, round 150).
  [new RegExp(String.raw`(?<![\p{L}])[Ii]nvit(?:ed|es)\s+[^.;]{0,60}?\sto\s+(?:visit\s+)?\p{Lu}[^;]{0,40}?\s(?:before\s+the\s+end\s+of|later\s+this|next\s+(?:year|month|week)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?![\p{L}])`, 'u'), 0.7, /invit/i],
  // A visit to come with its time: "The President welcomed the upcoming visit by Iraqi Foreign Minister Fuad Hussein and an accompanying
  // delegation next week to Washington to further discuss these programs" (White House, 2023, round 150), "his upcoming State Visit with His
  // Majesty King Charles III in the United Kingdom later this year" (White House, 2025, round 148).
  // Also the visit welcomed with its time before its visitor: "welcomed the visit to Israel later this week by Secretary of Defense Lloyd
  // Austin" (White House, 2023, round 155).
  [wordPattern('(?:upcoming|forthcoming)\\s+(?:(?:state|official|working)\\s+)?visit\\s+(?:by|of|to|with)\\s+[^.;]{0,100}?(?:next\\s+(?:week|month)|later\\s+this\\s+(?:week|month|year)|this\\s+(?:week|month))|welcom(?:ed|es|e|ing)\\s+the\\s+(?:(?:state|official|working)\\s+)?visit\\s+(?:to\\s+\\p{Lu}[\\p{L}-]*\\s+)?(?:next\\s+(?:week|month)|later\\s+this\\s+(?:week|month|year)|this\\s+(?:week|month))\\s+by'), 0.7, /upcoming|forthcoming|welcom/i],
  // Progress in carrying out a named framework or partnership reviewed, and a named meeting the author will join: "He reviewed progress in
  // developing an Indo-Pacific Economic Framework", "highlighted progress in implementing the Indo-Pacific Partnership for Maritime Domain
  // Awareness" (White House, 2022); "I will join leaders at the Paris Peace Forum", "I will participate in a high-level meeting on the
  // Paris Agenda for Technology and the Digital Domain" (White House, 2021; all round 156, held out, then taken as tune data).
  [new RegExp(String.raw`(?<![\p{L}])progress\s+(?:in|on)\s+(?:developing|implementing|establishing|advancing|building)\s+(?:the|an|a)\s+(?:\p{Lu}[\p{L}.-]*\s+|(?:for|on|and|of)\s+(?=\p{Lu})){1,8}(?:Framework|Partnership|Initiative|Agreement|Mechanism|Dialogue|Plan)(?![\p{L}])|(?<![\p{L}])will\s+(?:also\s+)?(?:join\s+[^.;]{0,40}?\s+at\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Forum|Summit|Conference|Meeting|Dialogue)|participate\s+in\s+(?:a|an|the)\s+(?:high-level\s+|ministerial\s+|leaders['’]?\s+)?(?:meeting|summit|conference|session)\s+on\s+the\s+\p{Lu})`, 'u'), 0.7, /progress|join|participate/i],
  // A collaboration announced between two named bodies: "announced a collaboration between Global Affairs Canada and the Moroccan Academy
  // of Diplomatic Studies" (Global Affairs Canada, 2020, round 155).
  [new RegExp(String.raw`(?<![\p{L}])announc(?:ed|es|e|ing)\s+(?:a|the)\s+(?:new\s+)?(?:collaboration|partnership|cooperation\s+agreement)\s+between\s+(?:the\s+)?\p{Lu}[^.;]{0,80}?\sand\s+(?:the\s+)?\p{Lu}`, 'u'), 0.7, /announc/i],
  // A trip for talks set for this or next week: "her National Security Advisor, Dr. Phil Gordon, would travel to Israel and the West Bank this
  // week for additional discussions" (White House, 2023, round 151).
  [wordPattern('(?:would|will)\\s+travel\\s+to\\s+[^.;]{0,60}?\\s(?:this|next)\\s+(?:week|month)\\s+(?:for|to)\\s+(?:additional\\s+|further\\s+|follow-up\\s+)?(?:discussions|talks|meetings|consultations|meet|discuss)'), 0.7, /travel/i],
  // Joint projects welcomed as new: "The leaders welcomed the four new flagship projects between NATO and its Indo-Pacific Partners"
  // (White House, 2024, round 145).
  [wordPattern('welcom(?:e|es|ed|ing)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?new\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:projects|initiatives|programs|programmes)\\s+(?:between|among)(?![\\p{L}])'), 0.7, /welcom/i],
  // More from unseen in-distribution statements (round 131): a joint effort embarked on, "Today, we embark on a trilateral effort of 18
  // months to seek an optimal pathway …", "today we also embark on further trilateral collaboration under AUKUS" (AUKUS leaders, 2021);
  // talks concluded for a named agreement, "announced the successful conclusion of talks for the Canada-United Kingdom Trade Continuity
  // Agreement" (GAC, 2020); an arrangement the parties will see implemented, "will work with Israel and Lebanon to ensure this arrangement
  // is fully implemented and enforced" (the United States and France, 2024); a roadmap set up earlier, "to advance a roadmap for bilateral
  // cooperation established at their August meeting in Buenos Aires"; teams that met to advance talks; work pledged together in a named
  // body, "both pledged to work together on the United Nations Human Rights Council" (White House, 2021); a named joint body worked
  // through, "we are partnering to address these challenges under our joint Task Force on Energy Security" (the US and the European
  // Commission, 2022). New cooperation begun: "We also committed today to commence new trilateral cooperation on hypersonics and
  // counter-hypersonics" (AUKUS leaders, 2022, round 146).
  [wordPattern("(?:commence|begin|start)\\s+new\\s+(?:(?:trilateral|bilateral|joint|multilateral)\\s+)?(?:cooperation|collaboration)|embark(?:s|ed)?\\s+on\\s+(?:a|an|further|new|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:trilateral|bilateral|joint|multilateral|common)\\s+(?:effort|collaboration|initiative|cooperation|partnership|endeavou?r|project)|(?:conclusion|concluded)\\s+(?:of\\s+)?(?:the\\s+)?(?:talks|negotiations)\\s+(?:for|on)\\s+(?:the|a|an)\\s+[^.;]{0,60}?(?:agreement|accord|treaty|arrangement)|work\\s+with\\s+[^.;]{1,60}?\\s+to\\s+ensure\\s+(?:that\\s+)?(?:this|the)\\s+(?:arrangement|agreement|ceasefire|cease-fire|deal|accord)\\s+is\\s+(?:fully\\s+)?(?:implemented|respected|enforced)|(?:roadmap|road\\s+map|framework|plan)\\s+(?:for\\s+[^.;]{0,40}?\\s)?(?:established|agreed|adopted|launched)\\s+(?:at|during|in)\\s+(?:their|the|our)\\s+[^.;]{0,30}?(?:meeting|visit|summit|talks)|teams\\s+(?:met|will\\s+meet)\\s+to\\s+(?:advance|continue|pursue)\\s+(?:talks|negotiations|discussions|work)|(?:pledged|committed|agreed)\\s+to\\s+work\\s+together\\s+(?:on|in|at)\\s+the\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*\\s+(?:Council|Commission|Committee|Forum|Organi[sz]ation|Assembly|Group)|under\\s+(?:our|the|their)\\s+joint\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|on|of|for))*"), 0.7, /embark|conclu|ensure|established|agreed|adopted|launched|teams|pledged|committed|joint|commence|begin|start/i],
  // Round 132 (White House, Global Affairs Canada, Australian releases): "The two leaders agreed on a new $500 million Education
  // Partnership" (PM of Australia, 2010); "Today I am announcing new sanctions against Belarusian individuals and entities" (White House,
  // 2021); "Canada and 16 other participating States have invoked the OSCE Moscow Mechanism to initiate a fact-finding mission" (GAC,
  // 2020); "co-hosting the second Summit for Democracy", "the Republic of Korea will host a future, third Summit" (2023); a call held "to
  // inaugurate the fourth U.S.-India 2+2 Ministerial Dialogue" (2022).
  [wordPattern("agreed\\s+(?:on|to)\\s+(?:a|an)\\s+new\\s+[^.;]{0,40}?(?:partnership|agreement|framework|program|programme|fund|initiative|dialogue|compact)(?![\\p{L}])|(?:announc(?:e|es|ed|ing)|impos(?:e|es|ed|ing))\\s+(?:new|additional|further)\\s+sanctions(?![\\p{L}])|invok(?:ed|es|e|ing)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:mechanism|procedure)(?![\\p{L}])|(?:co-hosting|co-host|co-hosts|to\\s+host|will\\s+host)\\s+(?:the|a)\\s+(?:future,?\\s+)?(?:second|third|fourth|fifth|sixth|next|first)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:summit|conference|meeting|forum|dialogue)(?![\\p{L}])|to\\s+inaugurate\\s+(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|inaugural|\\d+(?:st|nd|rd|th))\\s+[^.;]{0,40}?(?:dialogue|meeting|forum|summit|commission)(?![\\p{L}])"), 0.75, /agreed|announc|impos|invok|host|inaugurate/i],
  // Round 133 (White House, 2022–2024): a named initiative unveiled, "are proud to unveil the Geospatial Acceleration Initiative under
  // C-SIPA"; a named facility stood up, "pledged U.S. support to stand up the Tropical Forests Forever Facility"; a named dialogue set
  // for a month, "including through the U.S.-Thailand Strategic and Defense Dialogue in February"; ministers invited to convene, "Later
  // this year the United States intends to invite Partner countries’ foreign ministers to convene and review our progress".
  [new RegExp(String.raw`(?<![\p{L}])(?:unveil(?:s|ed|ing)?|stand\s+up|launch(?:es|ed|ing)?)\s+the\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,5}(?:Initiative|Facility|Fund|Partnership|Platform|Mechanism|Program|Programme|Center|Centre|Alliance)(?![\p{L}])|(?:through|at)\s+the\s+(?:[\p{Lu}][\p{L}.’'-]*\s+|and\s+){1,6}(?:Dialogue|Consultations|Commission|Meeting|Talks)\s+(?:in|on|this|next)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)|invite\s+[^.;]{1,60}?(?:ministers|leaders|counterparts)\s+to\s+(?:convene|meet|a\s+meeting)(?![\p{L}])`, 'u'), 0.75, /unveil|stand up|launch|dialogue|consultation|commission|meet|talks|invit/i],
  // A text the parties drafted or finalised: "As a result of the discussions, the parties drafted an updated and refined peace framework"
  // (2025).
  [wordPattern("(?:drafted|finali[sz]ed|agreed\\s+on)\\s+(?:an?\\s+|the\\s+)?(?:updated\\s+|new\\s+|joint\\s+|revised\\s+|refined\\s+|and\\s+)*(?:[\\p{L}-]+\\s+)?(?:framework|roadmap|road\\s+map|action\\s+plan|work\\s+plan|joint\\s+text)(?![\\p{L}])"), 0.7, /drafted|finali|agreed/i],
  // One partner's financing and a joint project under way: "Canada is financing the project, and is working hand-in-hand with the State of
  // Michigan", "our two countries have long been partnering on a once-in-a generation project of critical importance" (the United States
  // and Canada, 2021).
  [wordPattern("(?:is|are|will\\s+be)\\s+(?:financing|funding|co-financing|co-funding)\\s+(?:the|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:project|construction|programme|program|initiative)|(?:have|has)\\s+(?:long\\s+)?been\\s+(?:partnering|collaborating|working\\s+together)\\s+on\\s+(?:a|an|the|this)\\s+[^.;]{0,60}?(?:project|initiative|programme|program)(?![\\p{L}])"), 0.7, /financing|funding|partnering|collaborating|together/i, 'funding'],
  // From a second round of real texts outside the corpus: sanctions a council agrees ("The Council agreed today to sanction
  // 16 individuals", "16 named individuals will be sanctioned"), a named meeting the other party is invited to ("Minister
  // Anand invited Secretary Rubio to the G7 Foreign Ministers' Meeting"), a joint initiative the parties promote
  // (« leur détermination à promouvoir l'initiative conjointe sur l'encadrement du veto »).
  [wordPattern("will\\s+be\\s+sanctioned|(?:agree(?:d|s)?|decided|resolved)\\s+(?:today\\s+)?to\\s+sanction|(?:promote|advance|pursue|promouvoir|poursuivre|faire\\s+avancer)\\s+(?:the\\s+|their\\s+|our\\s+|l['’]|leur\\s+|notre\\s+)?(?:joint\\s+initiative|initiative\\s+(?:conjointe|commune))"), 0.75, /sanction|promot|advanc|pursu|promouv|poursuiv|avancer/i],
  // Not the invitation the meeting being reported answers: "expressed her pleasure to invite the Central Asian countries
  // online to the G7 Foreign Ministers’ Meeting for the first time" (Japan's MOFA, round 26, at that meeting).
  [new RegExp("(?<![\\p{L}])(?<!(?:pleasure|glad|happy|pleased|delighted|honou?red|privilege|honou?r)\\s+to\\s+)invit(?:ed|es|e)\\s+[^.;]{1,80}?\\sto\\s+(?:(?:participate|take\\s+part)\\s+(?:[^.;]{0,30}?\\s)?(?:in|at)\\s+)?the\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'-]*\\s+){1,6}(?:Meeting|Summit|Conference|Ministerial|Forum|Dialogue)(?![\\p{L}])", 'u'), 0.7, /invit/i],
  // The same in French, to a named meeting to come: « L’émissaire du Président Denis Sassou Nguesso a officiellement invité Ali Bongo
  // Ondimba à prendre part au Sommet des chefs d’Etat sur les forêts du bassin du Congo … qui se tiendra à Brazzaville le 25 avril
  // prochain » (7 Jours Info, 2018, round 125). Case-sensitive: the meeting is named (« au Sommet », not « à la réunion de ce jour »).
  [new RegExp("(?<![\\p{L}])(?<!(?:plaisir|honneur|heureux|heureuse|ravi|ravie)\\s+d['’])invit(?:é|ée|és|ées|e|ent|ait|aient|era|eront)\\s+[^.;]{1,80}?\\sà\\s+(?:(?:prendre\\s+part|participer|assister)\\s+)?(?:au|à\\s+la|aux|à\\s+l['’])\\s*(?:\\p{N}+\\p{L}{0,3}\\s+)?(?:Sommet|Conférence|Réunion|Forum|Dialogue|Session|Assemblée|Rencontre)(?![\\p{L}])", 'u'), 0.7, /invit/i],
  // A meeting set for the next day: « le chef d’Etat-major des armées qui rencontrera demain le Président Issoufou » (Élysée,
  // 2019, round 29); "invited the Government of Georgia to participate at the highest level in the Climate Summit" (UN, 2014)
  // above; "the text of the Joint Statement was agreed as follows" (Ukraine and Poland, 2022) with the joint texts below.
  [wordPattern("(?:rencontrer(?:a|ont)|s[’']entretiendr(?:a|ont)\\s+avec)\\s+demain|will\\s+(?:meet|receive|host)\\s+[^.;]{1,60}?\\s+tomorrow"), 0.7, /rencontr|entretiendr|meet|receiv|host/i],
  // The text names itself as issued jointly: "X and Y today issued the following statement", "… issued the following joint statement".
  // A group of office holders issuing one text: "The Nordic defence ministers issued the following statement after a virtual
  // meeting on 30 September 2022:" (Nordic defence ministers, 2022, round 31).
  // Not one author who "met with President Lazarus McCarthy Chakwera of Malawi and issued the following statement" (IMF, round 42).
  [wordPattern('(?:met(?!\\s+with)|gathered|convened)\\s+[^.;:]{0,100}?\\sand\\s+(?:issued|released)\\s+the\\s+following\\s+(?:joint\\s+)?(?:statement|declaration)|(?:ministers|leaders|heads\\s+of\\s+(?:state|government))\\s+(?:today\\s+|also\\s+|have\\s+|had\\s+)?(?:issued|released)\\s+the\\s+following\\s+(?:joint\\s+)?(?:statement|declaration)|(?:issued|released)\\s+the\\s+following\\s+joint\\s+(?:statement|declaration|communiqu[ée]|press\\s+(?:release|statement))|ont\\s+(?:publié|fait|approuvé|adopté)\\s+la\\s+déclaration\\s+(?:conjointe\\s+)?suivante|' +
    // "Following is a joint statement on the UNITAMS-AU-IGAD Facilitated Political Process issued by Canada, France, …"
    // (Friends of Sudan, State Department, 2022).
    '(?:following|below)\\s+is\\s+(?:a|the)\\s+(?:text\\s+of\\s+(?:a|the)\\s+)?joint\\s+(?:statement|declaration|communiqu[ée])\\s+[^.;]{0,120}?(?:issued|released|signed|adopted)\\s+by|' +
    // A joint text that says who adopted it: « Cette déclaration a été adoptée par le premier ministre Carney, le président
    // Macron, … » (thirteen leaders, PMO Canada, 2025, round 19), "Joint statement given recently (20 June 2025) by the Foreign
    // Ministers of France, Germany, the UK and …" (E3/EU, FCDO, 2025, round 19), "This statement was endorsed by".
    "(?:cette|la\\s+présente)\\s+déclaration\\s+(?:conjointe\\s+)?a\\s+été\\s+(?:adoptée|approuvée|signée|endossée|publiée)\\s+par|this\\s+(?:joint\\s+)?statement\\s+(?:was|has\\s+been|is)\\s+(?:adopted|endorsed|signed|issued|agreed)\\s+by|joint\\s+statement\\s+(?:given|issued|made|released)\\s+(?:today\\s+|recently\\s+)?(?:\\([^)]{4,30}\\)\\s+)?by\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ministers|leaders|governments|heads)"), 0.7, /issued|released|publi|fait la|approuvé la|adopté la|signed|adopted|adoptée|approuvée|signée|endossée|endorsed|agreed|joint statement/i],
  // From round 21's joint statements (White House, 2022): a summit a party will host, looked forward to with its time ("look
  // forward to the United States hosting APEC in 2023", "look forward to President Biden’s hosting of APEC next year"); an
  // invitation to a summit welcomed ("welcomes President Biden’s invitation to ASEAN leaders for a historic ASEAN-U.S. Special
  // Summit"); an instrument renewed ("renewed and expanded the MOU to deepen cooperation"); a dialogue of the two parties set
  // up or convened ("We welcome the establishment of the United States-Singapore Cyber Dialogue"), not a body others set up.
  [new RegExp(String.raw`(?<![\p{L}])(?:look(?:s|ed|ing)?\s+forward\s+to\s+[^.;]{0,60}?hosting\s+(?:of\s+)?(?:the\s+)?[^.;]{1,40}?\s(?:in\s+\d{4}|next\s+(?:year|month)|later\s+this\s+year)|welcom(?:e|es|ed)\s+[^;]{0,60}?invitation\s+[^;]{0,60}?(?:[Ss]ummit|[Mm]eeting|visit)|(?:renewed|extended|expanded|updated)\s+(?:and\s+(?:renewed|extended|expanded|updated)\s+)?(?:the|their|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:MOU|MoU|[Mm]emorandum|[Aa]greement|[Aa]rrangement)|welcom(?:e|es|ed)\s+the\s+(?:establishment|launch|convening|creation)\s+of\s+(?:the\s+|a\s+)?(?:new\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}]*\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(?:Dialogue|Forum|Council|Commission|Committee|Working\s+Group|Task\s+Force|Partnership|Mechanism))(?![\p{L}])`, 'u'), 0.7, /hosting|invitation|renewed|extended|expanded|updated|establishment|launch|convening|creation/i],
  // A named joint project or body the parties will develop or lead together: "The U.S. and Italy will work together to develop
  // the India–Middle East–Europe Economic Corridor" (2025), "We will continue to jointly lead critical efforts in the
  // International Counter Ransomware Initiative", "New initiatives announced under the PGI include …" (US–Singapore, 2022;
  // round 21).
  [new RegExp(String.raw`(?<![\p{L}])(?:will\s+work\s+together\s+to\s+(?:develop|implement|advance|build|launch|operationali[sz]e)\s+the\s+(?:[\p{Lu}][\p{L}–-]*\s+){1,6}(?:Corridor|Initiative|Partnership|Programme|Program|Project|Framework|Plan|Strategy)|continue\s+to\s+(?:jointly\s+)?(?:lead|co-lead|co-chair|chair)\s+[^.;]{0,40}?\s(?:in|of)\s+the\s+(?:[\p{Lu}][\p{L}-]*\s+){1,6}(?:Initiative|Coalition|Partnership|Forum|Group|Dialogue)|[Nn]ew\s+initiatives\s+(?:announced|launched)\s+under)(?![\p{L}])`, 'u'), 0.7, /work together to|jointly lead|continue to lead|continue to co|continue to chair|new initiatives/i],
  // A roadmap or plan unveiled: "The two National Security Advisors unveiled a roadmap for cooperation at a stakeholder event" (White
  // House, 2023, round 99). Not preparations for a visit or summit reviewed, a topic of the talks (rounds 11 and 56).
  [wordPattern('(?:unveil(?:ed|s)?|launch(?:ed|es)?|released|presented)\\s+(?:a|an|the|their)\\s+(?:new\\s+|joint\\s+)?(?:roadmap|road\\s+map|action\\s+plan|plan\\s+of\\s+action|work\\s+plan)(?![\\p{L}])'), 0.7, /unveil|launch|released|presented/i],
  // A named meeting the authors organised: "The three governments organized the first North America Semiconductor Conference in
  // Washington, D.C. on May 18" (White House, 2023, round 97).
  [new RegExp(String.raw`(?<![\p{L}])(?:organi[sz]ed|convened)\s+the\s+(?:first|inaugural|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+(?:\p{Lu}[\p{L}\p{N}’'-]*\s+){1,6}(?:Conference|Summit|Forum|Dialogue|Meeting|Symposium)(?![\p{L}])`, 'u'), 0.7, /organi|convened/i],
  // Taking part in a named meeting as its speaker or by a representative: "Dr Moily will give the keynote address at the Singapore
  // International Arbitration Centre’s Conference" (Singapore's Ministry of Law, 2010), "Australia will be represented at the Mali
  // Donors’ Conference in Addis Ababa on 29 January" (Australian ministers, 2013; both round 96); "Secretary Blinken would represent him
  // at the U.S. – Pacific Islands Forum meeting", "is visiting Australia to co-host the fifth Australia-Cambodia Immigration Forum"
  // (round 100).
  [new RegExp(String.raw`(?<![\p{L}])(?:(?:will|would)\s+(?:also\s+)?(?:(?:give|deliver)\s+(?:the|a)\s+(?:keynote\s+|opening\s+|closing\s+)?(?:address|speech|remarks)|be\s+represented|represent\s+(?:him|her|them|the\s+\p{Lu}[\p{L}-]+))\s+at|(?:to|will)\s+(?:co-host|co-chair|host|chair)(?=\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s))\s+the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:\p{Lu}[\p{L}\p{N}.’'-]*\s+(?:[–—-]\s+)?){1,6}(?:Conference|Summit|Forum|Meeting|Dialogue|Symposium|Session|meeting|summit)(?![\p{L}])`, 'u'), 0.65, /give|deliver|represent|host|chair/i],
  // Also attending a named meeting, not "the meeting" already announced: "Mr. Aso will also attend the Security Consultative
  // Committee (2+2) meeting" (Japan MOFA, 2007, round 22), not "… will also attend the meeting".
  [new RegExp(String.raw`(?<![\p{L}])will\s+also\s+attend\s+the\s+(?:\p{Lu}[\p{L}\p{N}’'-]*\s+){1,6}(?:\([^()]{1,12}\)\s+)?(?:[Mm]eeting|[Ss]ummit|[Cc]onference|[Ff]orum|[Dd]ialogue)(?![\p{L}])`, 'u'), 0.65, /attend/i],
  // From round 22's long joint leaders' statements (White House, 2021–2023): steps looked forward to with their object ("They
  // looked forward to reconvening the India-U.S. Trade Policy Forum before the end of 2021", "to the finalization of a Space
  // Situational Awareness Memorandum of Understanding", "to the launch of the U.S.-India Gandhi-King Development Foundation");
  // an instrument finalised or extended ("hailed the finalization of the overarching Memorandum of Understanding on Health",
  // "welcomed the extension of the Statement of Guiding Principles on Triangular Cooperation"); a body newly established ("The
  // newly-established Australia-U.S. Forum on Clean Energy …"); an agreement reached in principle on a named agreement; a
  // further tranche of sanctions imposed; a named dialogue "which will convene in Detroit later this week"; a new or
  // forthcoming arrangement ("through a new arrangement to advance Pacific Ocean exploration", "through a forthcoming
  // memorandum of understanding"); "the first initiative under AUKUS".
  [new RegExp(String.raw`(?<![\p{L}])(?:look(?:s|ed|ing)?\s+forward\s+to\s+(?:the\s+)?(?:re)?(?:convening|launch(?:ing)?|finali[sz](?:ation|ing)|reviv(?:al|ing)|establish(?:ment|ing)|conclu(?:sion|ding)|signing|entry\s+into\s+force)\s+(?:of\s+)?(?:the|a|an)\s+(?:[\p{L}.’'-]+\s+){0,3}?\p{Lu}[\p{L}.-]*|(?:hail|welcom)\p{L}*\s+the\s+(?:finali[sz]ation|extension|renewal)\s+of\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:MOU|MoU|[Mm]emorandum|[Aa]greement|[Aa]rrangement|Statement\s+of)|newly[-\s]established\s+(?:the\s+)?\p{Lu}[\p{L}.-]*|reached\s+(?:an\s+)?agreement\s+in\s+principle[^.;]{0,60}?\son\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Agreement|Arrangement|Treaty|Framework)|impos(?:ed|e|es|ing)\s+(?:a|another)\s+(?:further\s+|new\s+|additional\s+)?(?:tranche|round|package)\s+of\s+sanctions|(?:Dialogue|Forum|Commission|Council|Committee|Group),?\s+which\s+will\s+(?:convene|meet|be\s+held|take\s+place)\s+in\s+\p{Lu}[\p{L}.-]*|(?:through|under|via)\s+a\s+(?:new|forthcoming)\s+(?:arrangement|agreement|memorandum|MOU|framework)|(?:the\s+)?first\s+initiative\s+under\s+(?:the\s+)?\p{Lu}[\p{L}]*)(?![\p{L}])`, 'u'), 0.7, /forward to|finali|extension|renewal|newly|in principle|tranche|round of sanctions|package of sanctions|which will|new arrangement|new agreement|new memorandum|new mou|new framework|forthcoming|first initiative/i],
  // A party's undertaking in a joint text: "Thailand undertakes to promptly release the prisoners of war" (Cambodia and
  // Thailand, 2025, round 20).
  [wordPattern('undertak(?:es|e)\\s+to\\s+(?:promptly\\s+|immediately\\s+|swiftly\\s+)?(?:release|withdraw|establish|hold|provide|implement|set\\s+up|create|return|repatriate|convene)'), 0.7, /undertak/i],
  // A joint statement the text reports as issued, or speaks in: "The joint statement was released after the meeting" (Kantei,
  // 2024), "the foreign ministers of the Nordic countries say in a joint statement" (Nordic ministers, 2018), « ont déclaré
  // dans une déclaration conjointe », « Dans une déclaration conjointe, les deux Premiers Ministres ont exprimé une
  // convergence de vues » (Senegal's embassy in Paris, 2017, round 26) at the sentence's start.
  [wordPattern("(?:the|a|this)\\s+(?:text\\s+of\\s+the\\s+)?joint\\s+(?:statement|declaration|communiqu[ée])\\s+(?:was|were|has\\s+been|have\\s+been)\\s+(?:released|issued|adopted|published|agreed|approved)|(?:adoption|approval|issuing|release)\\s+of\\s+(?:a|the)\\s+joint\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:statement|declaration|communiqu[ée])|(?:said|say|says|stated|state|declared|underlined|stressed)\\s+in\\s+a\\s+joint\\s+(?:statement|declaration)|(?:captured|set\\s+out|reflected|summari[sz]ed)\\s+in\\s+a\\s+joint\\s+(?:statement|declaration|communiqu[ée])\\s+(?:published|issued|released|agreed)|(?:déclaré|affirmé|souligné|indiqué)\\s+dans\\s+une\\s+déclaration\\s+(?:conjointe|commune)|la\\s+déclaration\\s+(?:conjointe|commune)\\s+a\\s+été\\s+(?:publiée|adoptée|rendue\\s+publique)|(?:un|le)\\s+communiqué\\s+(?:conjoint|commun)\\s+a\\s+été\\s+(?:publié|adopté|rendu\\s+public|signé)|^(?:in\\s+a\\s+joint\\s+(?:statement|declaration|communiqu[ée])|dans\\s+une\\s+déclaration\\s+(?:conjointe|commune)|dans\\s+un\\s+communiqué\\s+(?:conjoint|commun)),\\s+[^.;]{3,80}?\\s(?:expressed|said|stated|declared|reaffirmed|agreed|underlined|stressed|noted|welcomed|called|ont\\s+(?:exprimé|déclaré|réaffirmé|souligné|affirmé|salué|appelé|convenu|rappelé))"), 0.7, /released|issued|adopted|published|agreed|approved|adoption|approval|issuing|release|in a joint|dans une|publié|adopté|rendu|signé/i],
  // An abbreviation's full stop inside the sentence does not end the window: « a signé avec M. Sato KILMAN le renouvellement de la
  // convention » (Government of New Caledonia, 2015, round 49).
  // French too, with a date and a counterpart between: « a signé vendredi 19 mai 2023, avec son homologue Malgache, Son
  // Excellence Madame SYLLA Yvette, un Accord Général de Coopération » (Comoros MFA, 2023).
  // From round 28 (unseen real statements): a resolution the authors recall adopting (« Les membres du Conseil rappellent
  // qu’en janvier, ils ont adopté à l’unanimité la résolution 2087 (2013) », UN Security Council, 2013), an instrument agreed
  // in British usage ("The two countries also agreed a Joint Statement of Intent", Philippine DFA, 2017), a named mechanism
  // revived ("proposed to revive the Consultation Mechanism between the Foreign Ministers …, which his counterpart agreed",
  // Thai MFA, 2023).
  [wordPattern("(?:we|they|ils|elles|nous)\\s+(?:have\\s+|ont\\s+|avons\\s+)?(?:unanimously\\s+)?(?:adopted|adopté)\\s+(?:(?:à\\s+l['’]unanimité|unanimously)\\s+)?(?:la\\s+|the\\s+)?(?:résolution|resolution)\\s+\\d+|agreed\\s+(?:a|an|the)\\s+(?:new\\s+|joint\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:" + INSTRUMENT + ")(?![\\p{L}])"), 0.8, /adopt|agreed/i],
  // Also a named mechanism's resumption welcomed: "lauded the resumption of the U.S.-ROK Extended Deterrence Strategy and Consultation
  // Group" (White House, 2022, round 152).
  [new RegExp(String.raw`(?<![\p{L}])(?:revive|reviving|reactivate|reactivating|relaunch|relaunching|resum(?:e|es|ed|ing)\s+the\s+works?\s+of|(?:welcom|laud|hail|applaud|celebrat|not)(?:ed|es|e|ing)\s+the\s+(?:resumption|reactivation|revival|relaunch)\s+of)\s+the\s+(?:\p{Lu}[\p{L}./-]*\s+(?:and\s+)?){1,8}?(?:Mechanism|Dialogue|Commission|Committee|Consultations?|Forum|Council|Group|Talks)(?![\p{L}])`, 'u'), 0.75, /reviv|reactivat|relaunch|resum/i],
  // A numbered or next meeting the authors look forward to: "looked forward to the sixth Ministerial Forum in Indonesia in
  // mid-2002" (Australia and Indonesia, 2001, round 27).
  [wordPattern("look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:the\\s+|a\\s+)?(?:next|upcoming|forthcoming|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:forum|meeting|summit|dialogue|session|conference|commission|consultations|round|ministerial)(?![\\p{L}])"), 0.75, /look/i],
  // Nor "the signed agreements form the building blocks for cooperation" (Ghana MFA, 2023, round 31): a participle that
  // names what was signed, not a signing.
  // Not a signing the parties only discuss: "The parties discussed signing a security agreement with the United States,
  // preparations for the inaugural Peace Summit …" (President of Ukraine, round 26) names the talks' topics. An exchange
  // stays within its clause: "through exchanges of high-level visits, negotiation of the agreement on mutual visa exemption"
  // (Thai MFA, 2023, round 28) exchanges no agreement; nor do "the exchanges carried out in the framework of this third round" (Chile,
  // 2018, round 93), a noun.
  [wordPattern(`(?<!(?:discuss(?:ed|es|ing)?|explored|considered)\\s+(?:the\\s+(?:(?:possibility|prospects?|idea|issue)\\s+of\\s+(?:the\\s+)?)?)?)(?:sign(?:s|ing)?|(?<!(?:the|these|those|such)\\s+)signed|ink(?:s|ed)|witnessed\\s+the\\s+exchange\\s+of|conclud(?:ed|e)|initial(?:l)?ed|entered\\s+into|(?<=will\\s+(?:also\\s+)?)endorse)(?:\\s+|\\s*,\\s*)(?:[^.;]|\\.(?=\\s*\\p{L})){0,60}?(?:${INSTRUMENT})|(?<!(?:the|these|those|such|their|our|its|of)\\s+)exchang(?:ed|e|es)\\s+(?!in\\s+the\\s+framework)[^.;,]{0,60}?(?:${INSTRUMENT})|(?:sign(?:é|ée|és|ées|ent|era|eront|eront)|paraph(?:é|ée|és|ées|ent)|(?<=(?:ont|a|avaient|avait)\\s+)conclu(?!\\s+(?:que|qu['’]|leurs|ses|sa|son|les\\s+travaux))|conclur(?:a|ont))(?:\\s+|\\s*,\\s*)(?:[^.;]|\\.(?=\\s*\\p{L})){0,140}?(?:${INSTRUMENT})`), 0.95, /sign|exchang|witness|conclu|initial|entered|paraph|endorse|inked|inks/i],
  // (And « La Tunisie et l’Algérie ont conclu, mercredi, au Palais présidentiel de Carthage …, 27 accords de coopération », Nouvelle
  // d'Afrique, round 127, in the cue above.)
  // A named declaration signed: "Sogavare signed the US-Pacific Islands Summit Declaration on the U.S.-Pacific Partnership
  // together with other Pacific Islands leaders" (Solomon Islands GCU, 2022, round 54). Capitalised, so not the text itself.
  [/(?<![\p{L}])(?:signed|signs|will\s+sign)\s+the\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,6}Declaration(?![\p{L}])/u, 0.9, /sign/i],
  // An invitation to the other's country: "Ruslan Zhaksilikov invited his colleague Suren Papikyan to the Republic of Kazakhstan"
  // (Radar Armenia, round 61); a trip to a named meeting: "Defense Minister Zakir Hasanov left for Moscow to participate in the
  // meeting of the Council of Defense Ministers of the CIS Member States" (Turan, round 61).
  [/(?<![\p{L}])invited\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,4}?to\s+(?:the\s+(?:Republic|Kingdom|State|Sultanate|Principality|Federation|Grand\s+Duchy)\s+of\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}(?=\s*[.;]|\s+(?:at|in|on|for|during)\s)|(?<![\p{L}])(?:left|departed|leaves|departs|will\s+leave)\s+for\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+to\s+(?:participate|take\s+part)\s+in\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|summit|session|conference|forum)(?![\p{L}])/u, 0.7, /invited|left for|departed|leaves for|departs|leave for/i],
  // A named instrument agreed: "they agreed on the 2018 Programme for Bilateral Military Cooperation and signed it" (Serbian MoD,
  // round 59); capitals name it, so "agreed on the need for a framework" is none.
  [/(?<![\p{L}])agreed\s+(?:on|upon)\s+(?:the|a|an)\s+(?:new\s+|joint\s+)?(?:\d{4}(?:[–-]\d{2,4})?\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Programme|Program|Plan|Agreement|Memorandum|Roadmap|Framework|Protocol)(?![\p{L}])/u, 0.8, /agreed/i],
  // Also with a long name between: "A Specific Cooperation Agreement on cooperation in outer space focusing on Crop Monitoring,
  // Drought Assessment and Capacity Building between ISRO and Mexican Space Agency (AEM) was also signed during the visit"
  // (India MEA, 2022, round 21).
  // Also a signing to come: "The renewal document will be signed shortly when the US Minister of Defense visits Georgia" (Georgia's
  // Ministry of Defence, 2019, round 51), "the agreement will be signed in May". Also agreed: "a revised inter-governmental
  // Memorandum of Understanding was agreed between the UK Government, the Scottish Ministers, …" (Welsh Government, 2013, round 65).
  [wordPattern(`(?:${INSTRUMENT}|(?:renewal|cooperation|final)\\s+documents?)[^.;]{0,160}?\\s(?:was|were|has\\s+been|have\\s+been|will\\s+be|(?:is|are)\\s+(?:expected\\s+)?to\\s+be)\\s+(?:also\\s+)?(?:signed|exchanged|concluded|adopted|agreed)`), 0.95, /signed|exchanged|concluded|adopted|agreed/i],
  // An instrument the parties will sign: "they advanced details on the cooperation agreement which both institutions will sign at
  // the same forum in Colombia" (OAS, 2012, round 31), « l’accord que les deux pays signeront ».
  [wordPattern(`(?:${INSTRUMENT})\\s+(?:which|that|que|qu['’])\\s*[^.;]{0,60}?\\s(?:will|shall|are\\s+to|plan\\s+to|intend\\s+to)\\s+(?:jointly\\s+)?sign|(?:${INSTRUMENT})\\s+(?:que|qu['’])\\s*[^.;]{0,60}?\\s(?:signer(?:a|ont)|vont\\s+signer|va\\s+signer)`), 0.8, /sign/i],
  // Also "We intend to pursue a new semiconductor workforce development initiative" (round 23).
  [wordPattern('(?:to|will)\\s+pursue\\s+(?:a|an)\\s+new\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:initiative|programme|program|partnership|project)|(?:to|will|would|shall|we|they|today|jointly|formally|officially)\\s+launch|launch(?:ed|es|ing)?\\s+(?:the|a|an|their|its|our|new)(?!\\s+(?:[\\p{L}-]+\\s+){0,3}(?:missile|rocket|satellite|attack|strike|drone|offensive|invasion))'), 0.85, /launch|pursue/i],
  // "We commit to establishing a joint task force", "will hold the second summit in Seoul next year".
  // Also "We commit to establish processes to … share information", "We resolve to work to establish mechanisms for notifying
  // financial institutions", "we also intend to develop a capacity-building tool" (36 states' counter-ransomware statement, 2022).
  [wordPattern('(?:to|will|would|shall)\\s+(?:jointly\\s+|soon\\s+|also\\s+)?(?:work\\s+(?:together\\s+)?to\\s+)?(?:establish(?:ing)?|creat(?:e|ing)|set(?:ting)?\\s+up|form(?:ing)?|conven(?:e|ing)|hold(?:ing)?|develop(?:ing)?|initiat(?:e|ing))\\s+(?:(?:a|an|the|their)\\s+(?:[\\p{L}\\p{N}+-]+\\s+){0,5}?(?:working\\s+group|task\\s+force|committee|commission|dialogue|mechanism|forum|council|platform|fund|partnership|initiative|programme|program|centre|center|network|meeting|session|consultations|summit|(?<!(?:press|news|media)\\s+)conference|panel|hotline|(?=process|tool|framework)(?<=(?:establish|creat|develop|set)\\p{L}*\\s+[^.;]{1,60}?)(?:process|tool|toolkit|framework)|(?=plan|roadmap|strategy)(?<=develop(?:ing)?\\s+[^.;]{1,60}?)(?:plan|roadmap|strategy))|(?<=(?:establish|creat|set)\\p{L}*(?:\\s+up)?\\s+)(?:[\\p{L}\\p{N}+-]+\\s+){0,3}?(?:working\\s+groups|task\\s+forces|committees|mechanisms|processes|platforms|networks|panels|funds|centres|centers|hotlines))(?![\\p{L}])'), 0.85, /establish|creat|set up|setting up|form|conven|hold|develop|initiat/i],
  // (Not a press conference: "Following the meeting, they will hold a joint press conference", Swedish Government, 2024, round 83,
  // is the meeting's own.)
  // A new body or mechanism announced or agreed: "announced the creation of a joint working group", « ont annoncé la
  // création d'un groupe de travail conjoint », « ont convenu de la mise en place d'un mécanisme ». Not "welcomed the
  // establishment of" a body others set up.
  [wordPattern("(?:announc(?:ed|es|e|ing)|agreed\\s+(?:on|to)|decided\\s+on|approved|commit(?:ted)?\\s+to|annonc(?:é|e|ent)|convenu\\s+de|accordée?s?\\s+sur|s[’']accordent\\s+sur|décidé|approuvé)\\s+(?:the\\s+|la\\s+|le\\s+|l[’'])?(?:creation|establishment|formation|setting\\s+up|création|mise\\s+en\\s+place|mise\\s+sur\\s+pied|établissement|constitution)\\s+(?:of|d[’']\\p{L}+|du|de\\s+la|des)"), 0.8, /creation|establishment|formation|setting up|création|mise en place|mise sur pied|établissement|constitution/i],
  // Visits agreed, as "agreed to exchange visits" is: "The two heads of government agreed on the exchange of visits during this year"
  // (Government of Montenegro, 2016, round 124).
  [wordPattern("agreed\\s+(?:on|upon)\\s+(?:an?\\s+|the\\s+)?exchanges?\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}?visits"), 0.8, /agreed/i],
  // Meetings a visit's programme will hold: "His programme over Wednesday and Thursday, will include meetings with the Secretary of State
  // for Foreign, Commonwealth and Development Affairs, Dominic Raab, MP, …" (Ireland's DFA, 2021, round 120), « le programme de la visite
  // comprendra des entretiens avec ».
  [wordPattern("(?:programme|program|visit|trip|agenda|itinerary|séjour|visite)(?![\\p{L}])[^.;]{0,60}?(?:will\\s+(?:also\\s+)?include|comprendra|inclura|prévoit)\\s+(?:a\\s+|an\\s+|des\\s+|une\\s+|un\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:meetings?|talks|rencontres?|entretiens?|réunions?)\\s+(?:with|avec)"), 0.75, /programme|program|visit|trip|agenda|itinerary|séjour|visite/i],
  // What the meeting's final communiqué provides for: « Le communiqué parle aussi de la création d’un comité de suivi et d’exécution des
  // décisions » (Agence Mauritanienne d'Information, 2016, round 119), « le procès-verbal prévoit la mise en place d’un mécanisme ».
  [wordPattern("(?:communiqué|procès-verbal)\\s+(?:final\\s+|conjoint\\s+|commun\\s+)?(?:parle|fait\\s+état|fait\\s+mention|prévoit|annonce)\\s+(?:aussi\\s+|également\\s+|en\\s+outre\\s+)?(?:de\\s+)?(?:la|le|l[’'])\\s*(?:création|mise\\s+en\\s+place|mise\\s+sur\\s+pied|institution)\\s+(?:d[’']une?|du|de\\s+la|des)\\s+(?:[\\p{L}-]+\\s+)?(?:comités?|commissions?|groupes?|mécanismes?|fonds|conseils?|secrétariats?|cellules?|plateformes?|forums?|centres?|observatoires?|agences?|organes?|instances?|cadres?)"), 0.75, /communiqué|procès-verbal/i],
  // « Un comité mixte sera créé », « un groupe de travail sera mis en place », as "will be set up".
  [wordPattern("(?:sera|seront)\\s+(?:créée?s?|mise?s?\\s+(?:en\\s+place|sur\\s+pied)|lancée?s?|établie?s?|convoquée?s?|institué(?:e|s|es)?)"), 0.8, /sera/i],
  // Not a meeting just held, in its author's words: "It has been a great pleasure to meet again with my defence counterpart".
  // Nor a willingness to meet (an interest in meeting, corpus rules): "They expressed their willingness to meet again in the
  // future" (E3/EU ministers, 2025, round 19). Nor a summit the talks were only about: "The two leaders also discussed issues
  // pertaining to the next AU Assembly of Heads State and Government to be held in 2021" (African Union, 2020, round 85).
  // A meeting intended with its time: "the Foreign Ministers of Australia, Japan, New Zealand, and the Republic of Korea intend to meet
  // later this year" (White House, 2024, round 145).
  [wordPattern('(?:will|to)\\s+reconvene|will\\s+(?:also\\s+|then\\s+|now\\s+)?be\\s+(?:set\\s+up|established|created|launched|convened)|(?:next|\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:session|meeting|round|summit)\\s+of\\s+(?:the\\s+)?[^.;]{1,80}?\\s(?:would|will|shall)\\s+(?:convene|meet|be\\s+(?:held|convened)|take\\s+place)|(?:sera|seront)\\s+précédée?s?\\s+(?:d[’\']une|par\\s+une)\\s+réunion|(?:will|shall)\\s+be\\s+held(?!\\s+(?:\\p{L}+ly\\s+)?(?:accountable|responsible|liable|to\\s+account|hostage|captive))|(?<!(?:preparations?\\s+(?:for|of)|discuss(?:ed|es|ing)?)\\s+[^.;]{0,160}?)to\\s+be\\s+held\\s+in|will\\s+meet\\s+again|(?:intends?|plans?)\\s+to\\s+(?:meet|convene)\\s+(?:again\\s+)?(?:[^.;]{0,40}?\\s)?(?:later\\s+this\\s+(?:year|month)|next\\s+(?:year|month)|early\\s+next\\s+year)|(?:committed|agreed|decided|resolved|pledged)\\s+to\\s+(?:convene|convening|reconvene|reconvening|meet|meeting)\\s+again|(?<!(?:pleasure|good|great|glad|happy|pleased|delighted|honou?r|honou?red|privilege|wonderful|willingness|readiness|willing|ready|desire|wish|hope|interest)\\s+to\\s+)meet\\s+(?:again|annually|each\\s+year|every\\s+year|regularly|(?:once|twice)\\s+(?:a|per|each)\\s+year|in\\s+alternate\\s+capitals)'), 0.8, /will be|also be|then be|now be|shall be|to be held|meet|reconvene|convene|take place|be held|précéd/i],
  // Not "the talks covered preparations for the next Bilateral Summit" (corpus convention "preparations discussed"; the
  // corpus's own gold still counts "focused on the preparation of the next Eastern Partnership Summit in Vilnius on 28 and
  // 29 November", eu-eeas-ashton-spokesperson-eastern-partnership-ministerial-2013-07, so the singular is left as it was).
  [wordPattern('(?<!(?:preparations|préparatifs|agenda)\\s+(?:for|of|du|de|de\\s+la)\\s+(?:the\\s+|la\\s+|le\\s+)?)next\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:session|meeting|round|dialogue|summit|consultations?|commission|retreat|edition\\s+of\\s+which\\s+will)|convene\\s+the\\s+next\\s+(?:[\\p{L}’\'-]+\\s+){0,3}?retreat'), 0.75, /next/i],
  [wordPattern(`(?:issued|adopted|released|have\\s+issued)\\s+(?:a|an|the|this|their)\\s+joint\\s+(?:statement|declaration|communiqu[ée])|(?:adopt(?:ed|s)?|endors(?:e|es|ed|ing)|approv(?:e|es|ed))\\s+(?:(?:today|formally|unanimously)\\s+)?(?:a|an|the|this|their|our)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,5}?(?:action\\s+plan|plan|roadmap|framework|strategy|policy|measures|charter|declaration|(?<=[Jj]oint\\s+(?:[\\p{L}-]+\\s+){0,2})statement|vision|communiqu[ée]|agenda|principles|guidelines)|` +
    // The same in French, and the adoption as the meeting's outcome: « La réunion s’est soldée par l’adoption de la Déclaration de
    // Bakou » (AZERTAC, 2018, round 58), "The meeting concluded with the adoption of the Baku Declaration".
    `(?:ont|a|avons)\\s+(?:également\\s+|aussi\\s+)?(?:adopté|approuvé|entériné)\\s+(?:la|le|les|une|un|leur|notre)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:déclaration|feuille\\s+de\\s+route|plan\\s+d['’]action|charte|communiqué|programme\\s+de\\s+travail)|` +
    `(?:soldée?s?|conclue?s?|clôturée?s?|achevée?s?|terminée?s?)\\s+par\\s+l['’]adoption(?=\\s+d)|(?:concluded|ended|closed)\\s+with\\s+the\\s+adoption\\s+of`), 0.9, /issued|adopt|released|endors|approv|entérin/i],
  // "announced that they will bring the case before the ICJ": a joint commitment announced in the future tense.
  // "announced that Canada will open an embassy in Yerevan": one party's announced step counts, as its funding does;
  // also after a time ("announced that from early 2002, two Australian Federal Police Officers would be attached").
  [wordPattern('(?:announc(?:ed|es|e)|decided|committed|pledged)\\s+(?:that\\s+)?(?:they|we|both\\s+(?:countries|sides|ministers|leaders)|the\\s+two\\s+(?:countries|sides|ministers|leaders))\\s+(?:will|would|shall)\\s+(?!not\\b|continue\\b)\\p{L}+|announc(?:ed|es|e)\\s+that\\s+(?:(?:from|in|by|as\\s+of|starting|beginning|later)\\s+[^,.;]{1,30},\\s+)?(?:the\\s+|(?:two|three|four|five|six|\\d+)\\s+)?(?:\\p{Lu}[\\p{L}.’\'-]*\\s+){1,4}(?:will|would|shall)\\s+(?!not\\b|continue\\b)\\p{L}+'), 0.8, /announc|decided|committed|pledged/i],
  // Sanctions the parties impose or announce, as funding is announced ("firm commitment to impose additional sanctions").
  // Also with a count and a kind: "the UK has imposed more than 40 human rights sanctions on Iranian individuals" (FCDO, 2023).
  [wordPattern('(?:announc(?:ed|es|e)|impos(?:ed|es|e|ing)|adopt(?:ed|s)?|issu(?:ed|es)|commitment\\s+to\\s+impose)\\s+(?:more\\s+than\\s+|over\\s+)?(?:\\d+\\s+)?(?:their\\s+own\\s+|the\\s+first\\s+|new\\s+|additional\\s+|further\\s+|targeted\\s+)?(?:human\\s+rights\\s+|economic\\s+|financial\\s+|cyber\\s+)?sanctions|sanctions\\s+designations|(?:have|has)\\s+(?:today\\s+)?taken\\s+(?:coordinated\\s+|further\\s+|new\\s+|additional\\s+|joint\\s+)*sanctions?\\s+(?:action|measures)|will\\s+be\\s+(?:listed|designated)\\s+(?:for|under)|(?:mise\\s+en\\s+place|imposition|adoption|annonce)\\s+d[’\']un\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ensemble|train|paquet|série)\\s+de\\s+(?:nouvelles\\s+)?sanctions|(?:impos|annonc|adopt)(?:e|é|ée|és|ées|era|eront|ent)\\s+(?:de\\s+)?(?:nouvelles\\s+|d[’\']autres\\s+)?sanctions|' +
      // Sanctions the authors propose to a body they belong to (corpus convention): « transmettront à leurs partenaires
      // européens des propositions de sanctions additionnelles », "will propose further sanctions".
      'propositions?\\s+de\\s+(?:nouvelles\\s+)?sanctions|' +
      // Sanctions adopted by a body the authors belong to, welcomed (corpus convention): « la réponse ferme de l'Union
      // européenne matérialisée par l'adoption de sanctions », « l'adoption récente par l'UE de sanctions contre … »,
      // « l'adoption de mesures restrictives individuelles », "the adoption of restrictive measures".
      '(?<!(?:soutien\\p{L}*|soutenir|support\\p{L}*)\\s+(?:l[’\']|the\\s+))(?:adoption|imposition)\\s+(?:récente\\s+)?(?:par\\s+l[’\']\\p{L}+\\s+)?(?:de|d[’\'])\\s*(?:nouvelles\\s+)?(?:sanctions|mesures\\s+restrictives)|(?:adoption|imposition)\\s+of\\s+(?:new\\s+|further\\s+|additional\\s+)?(?:sanctions|restrictive\\s+measures)|(?:will\\s+|to\\s+)?propos(?:e|es|ed|ing)\\s+(?:new\\s+|additional\\s+|further\\s+|targeted\\s+)sanctions|' +
      // Sanctions coming into force: "new sanctions targeting oligarchs with close personal ties to Vladimir Putin … will come into force".
      '(?:new|additional|further)\\s+sanctions\\s+[^.;]{0,160}?\\s(?:will|shall)\\s+(?:come\\s+into\\s+force|take\\s+effect|enter\\s+into\\s+force)'), 0.65, /sanction|listed|designated|restrictive/i],
  // A joint action recalled as agreed or launched ("welcomed the agreement reached last night",
  // "since they announced the Atlantic Declaration", "begun work on a … Agreement", "conducted joint strikes").
  // Not relations dated long ago: "have enjoyed good relations since the establishment of Diplomatic relations in 1971" (Fiji
  // MFA, 2018), "Since the establishment of diplomatic relations, there have been increased cooperation" (PACNEWS, 2019; round 43).
  [wordPattern('as\\s+agreed\\s+(?:at|during)\\s+(?:the|their|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meeting|summit|session)|(?<=,)\\s+as\\s+agreed(?=[.;,])|(?:carry\\s+out|implement(?:ing)?)\\s+(?:the\\s+)?agreements?\\s+reached|welcome\\s+(?:Foreign\\s+Minister|Minister|President|Prime\\s+Minister|Secretary)\\s+[^.;]{1,60}?\\s(?:in|at|to)\\s+[^.;]{1,80}?(?:Meeting|Summit|Dialogue|Consultations)|welcomed\\s+the\\s+(?:agreement|deal|accord)\\s+reached(?!\\s+(?:between|by|among)\\s+the\\s+(?:parties|sides|belligerents))|welcom(?:ed|es|e)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?announcements?\\s+(?:from|of|made\\s+at|at)\\s+the|since\\s+(?:they|we|the\\s+two\\s+\\p{L}+)\\s+(?:announced|launched|signed|agreed)\\s+the\\s+\\p{Lu}\\p{L}*|(?:begun|began|start(?:ed)?)\\s+(?:work|negotiations|talks)\\s+on\\s+(?:a|an|the)|(?:commencement|start|launch|beginning)\\s+of\\s+(?:work|negotiations|talks)\\s+on\\s+(?:a|an|the)|officially\\s+joined\\s+(?:both\\s+)?the\\s+[^.;]{0,80}?(?:Fund|Initiative|Coalition|Partnership|Alliance|Facility|Mechanism|Programme|Program)|conduct(?:ed|s)?\\s+(?:a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+)?(?:joint|bilateral|trilateral|multilateral|combined)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:strikes|operations?|exercises?|patrols?)|(?:will|to)\\s+exchange\\s+ambassadors|(?<!(?:anniversary\\s+of|since)\\s+(?:the\\s+)?)establishment\\s+of\\s+diplomatic\\s+relations(?!\\s+in\\s+\\d{4})|(?:pledged|committed|agreed)\\s+to\\s+(?:continue\\s+to\\s+)?work\\s+[^.;]{0,60}?(?:within|through)\\s+the\\s+\\p{Lu}\\p{L}*'), 0.6, /welcom|since|begun|began|start|conduct|establishment|pledged|committed|agreed|agreement|as agreed|exchange|commencement|launch|beginning|joined/i],
  // An agreement the text reports reached between the parties: "Agreement has been reached that Afghanistan will accept
  // the immediate return of …" (Australia–Afghanistan, 2002), "the two sides reached agreement on …", « un accord a été
  // conclu / trouvé ».
  [wordPattern("agreement\\s+(?:has|had|was)\\s+(?:now\\s+)?been\\s+reached|(?:have|has|had)\\s+reached\\s+(?:an\\s+|a\\s+)?(?:(?:new|formal|final)\\s+)?agreement\\s+(?:on|that|to)|reached\\s+agreement\\s+(?:on|that|to)|un\\s+accord\\s+a\\s+été\\s+(?:conclu|trouvé|atteint)"), 0.85, /agreement|accord/i],
  // Court proceedings the authors bring (corpus convention: the authors' event): "our two countries started legal
  // proceedings before the Court", "asked the International Court of Justice to order Syria to …", « ont saisi la Cour ».
  [wordPattern("(?:start(?:ed|s)?|initiat(?:ed|es|e)|institut(?:ed|es|e)|brought|bring|filed|launched)\\s+(?:legal\\s+)?proceedings\\s+(?:before|against|at|in)|(?:asked|requested|ask|request)\\s+the\\s+(?:International\\s+Court\\s+of\\s+Justice|International\\s+Criminal\\s+Court|Court)\\s+(?:[^.;]{0,40}?\\s)?to\\s+(?:order|indicate|rule|declare)|(?:ont|a|avons)\\s+saisi\\s+la\\s+Cour"), 0.8, /proceedings|court|cour/i],
  // Named steps the parties take or recall: a joint statement "released by the Governments of …", a
  // meeting they look forward to ("looked forward to seeing one another at the G7", "welcoming … in
  // Charlevoix"), a meeting they will hold ("coordinate to hold a Japan-U.S. Foreign Ministers' Meeting"),
  // a named dialogue launched ("the relaunch of the U.S.-Moldova Strategic Dialogue"), a plan agreed ("agreed
  // in December a new Individual Partnership Action Plan", "agreed a new Individually Tailored Partnership Programme"). A lead that reports a meeting held "on the occasion
  // of the third U.S. – Greece Strategic Dialogue" only reports the meeting taking place.
  [wordPattern('(?:text\\s+of\\s+(?:the\\s+following|a|the)\\s+(?:joint\\s+)?statement\\s+(?:was\\s+)?released|following\\s+(?:joint\\s+)?statement\\s+was\\s+released)\\s+by\\s+the\\s+[Gg]overnments?'), 0.75, /released/i],
  // A joint statement named with its authors (State Department, 2022): "The following is the text of a joint statement by
  // the High Representative on behalf of the European Union and the Foreign Ministers of …", "welcomed the joint statement
  // released by the Secretary of State of the United States and the Foreign Minister of Japan".
  [wordPattern('text\\s+of\\s+(?:a|the)\\s+joint\\s+statement\\s+(?:by|from|of|issued\\s+by|released\\s+by)(?=\\s)|joint\\s+statement\\s+(?:released|issued)\\s+by\\s+[^.;]{3,160}?\\sand(?=\\s)'), 0.7, /text of|released|issued/i],
  // Talks the participants schedule, however phrased: "a topic of our common security that they looked forward to discussing
  // in the next two days" (No 10 at the G7, 2025), "looked forward to discussing … at next week’s European Council".
  [wordPattern('look(?:s|ed|ing)?\\s+forward\\s+to\\s+discussing\\s+(?:[^.;]{0,60}?\\s)?(?:at|during|in\\s+the\\s+(?:next|coming))\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}’\'-]+\\s+){0,4}?(?:summit|meeting|days|weeks|session|council|ministerial)'), 0.7, /look/i],
  // Talks to go on at a summit to come, however the wish is put: « se sont dits enthousiastes à l'idée de poursuivre leurs
  // discussions lors du Sommet de l'OTAN à La Haye, aux Pays-Bas, plus tard cette semaine » (PMO, 2025), "looked forward to
  // continuing their discussions at the G7 Summit in Kananaskis next month".
  [wordPattern("(?:poursuivre|continuer|reprendre)\\s+(?:leurs|ces|les|nos|ses)\\s+(?:discussions|échanges|entretiens|consultations|travaux)\\s+(?:lors|au\\s+cours|en\\s+marge)\\s+(?:du|de\\s+la|de\\s+l[’'])\\s*(?:prochain\\s+|prochaine\\s+)?(?:sommet|réunion|conseil|rencontre|conférence|ministérielle)|continuing\\s+(?:their|the|these|our|those)\\s+(?:discussions|talks|consultations|conversation|work)\\s+(?:at|during|on\\s+the\\s+margins\\s+of)\\s+(?:the|next\\s+week[’']s|this\\s+week[’']s|tomorrow[’']s)\\s+(?:upcoming\\s+|next\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+){0,4}?(?:summit|meeting|council|ministerial|conference)"), 0.7, /poursuiv|continuing th|continuing our|continuer|reprendre/i],
  // Meetings to be held regularly, and a body's meetings scheduled: "We reiterated the intention to convene regular dialogues,
  // consultations, senior officials and ministerial meetings" (Friends of the Mekong, 2021), "The Foreign Ministers’
  // Ministerial, which is expected to convene annually" (Negev Forum, 2022).
  [wordPattern('(?:to|will|shall)\\s+(?:convene|hold)\\s+regular\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:dialogues?|meetings?|consultations|talks|summits?|sessions?)|(?:expected|scheduled|set|due)\\s+to\\s+(?:convene|meet)\\s+(?:annually|yearly|regularly|every\\s+(?:year|two\\s+years|six\\s+months)|twice\\s+a\\s+year|once\\s+a\\s+year)'), 0.7, /convene|hold|meet/i],
  // Not an outcome one looks forward to seeing: "I look forward to seeing the renewed stability of a power-sharing government" (White
  // House, 2024, round 149).
  [wordPattern('look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:welcoming|seeing(?!\\s+(?:the\\s+|a\\s+|an\\s+|more\\s+)?(?:renewed|continued|further|greater|progress|results|stability|outcomes?|implementation|success|benefits|growth|improvements?|how)\\s)|hosting|receiving|(?:visiting|travell?ing\\s+to)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*|a\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:meeting|visit|summit|dialogue|session)|(?:attending|participating\\s+in)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}\\p{N}’\'-]+\\s+){0,5}?(?:meeting|summit|conference|dialogue|talks|session|forum|consultations)(?![\\p{L}]))|(?:to\\s+hold|holding)\\s+(?:a|an|the|another)\\s+(?:[\\p{L}\\p{N}.’\'–-]+\\s+){0,6}?(?:Meeting|Consultations|Dialogue|Summit|Talks|meeting|consultations|dialogue|summit|talks)'), 0.65, /look|hold/i],
  // Working together at a named meeting to come: "look forward to working together at the NATO Defense Ministerial
  // and Munich Security Conference next week" (DoD readout, 2017). Case-sensitive: the meeting is named.
  [new RegExp("(?<![\\p{L}])[Ll]ook(?:s|ed|ing)?\\s+forward\\s+to\\s+working\\s+(?:together|closely)\\s+(?:at|during)\\s+(?:the\\s+)?(?:upcoming\\s+|next\\s+)?(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'.-]*\\s+){1,6}(?:Meeting|Ministerial|Summit|Conference|Dialogue|Forum|Session|Talks)(?![\\p{L}])", 'u'), 0.7, /look/i],
  // Not a view agreed: "agreed on the importance of a strong partnership in agriculture" (Guyana's DPI, 2022, round 72).
  [wordPattern('(?:relaunch|launch|inauguration)\\s+(?:with\\s+[^.;]{1,40}?\\s+)?of\\s+(?:the|a|an)\\s+(?:new\\s+)?(?:\\p{Lu}[\\p{L}.’\'–-]*\\s+(?:[–—-]\\s+)?){1,6}(?:Pathway|Pledge|Compact|Dialogue|Mechanism|Partnership|Commission|Council|Forum|Team|Group|Initiative|Programme|Program|Fund|Facility|Centre|Center|Network|Platform|Coalition)|agreed\\s+(?:in|on|at)\\s+(?!the\\s+(?:importance|need|necessity|value|significance)\\s)[^.;]{1,30}?\\s(?:a|an|the)\\s+(?:new\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:Plan|Agreement|Partnership|Framework|Roadmap|Programme)|agreed\\s+(?:a|an)\\s+(?:new\\s+)?(?:[\\p{L}-]+\\s+){0,5}?(?:Plan|Agreement|Partnership|Framework|Roadmap|Programme|Program|Package|Arrangement|Strategy)(?![\\p{L}])'), 0.65, /launch|inaugurat|agreed/i],
  // New projects or programmes a party will fund or support, without a sum: "the State Department will fund new programs for women
  // entrepreneurs", "The United States, through the Department of State, will support new projects to strengthen Costa Rica’s law
  // enforcement" (White House, 2023, round 93); "Australia will also fund additional activities at the AliceGhan housing project", "The
  // largest undertaking will be to fund the upgrade of Afghanistan's passport issuing system" (Australian minister, 2011, round 100).
  [wordPattern('(?:will|shall)\\s+(?:also\\s+)?(?:fund|support|finance)\\s+(?:new|additional|further|two|three|four|five|six|several|\\d+)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:projects?|programs?|programmes?|initiatives?|scholarships?|activities)(?![\\p{L}])|(?:will|shall)\\s+(?:also\\s+)?be\\s+to\\s+fund\\s+(?:the|an?)(?=\\s)|(?:will|shall)\\s+(?:also\\s+)?fund\\s+the\\s+(?:upgrade|construction|rehabilitation|expansion|establishment|renovation)\\s+of(?![\\p{L}])'), 0.7, /fund|support|financ/i, 'funding'],
  // Funding without a sum ("we are also funding organizations that host …", "the offer to contribute to a trust
  // fund in support of the Afghan forces"); not when recalled as given earlier.
  [wordPattern('contribut(?:e|es|ed|ing)\\s+to\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}’\'-]+\\s+){0,4}?(?:trust\\s+)?fund(?![\\p{L}])|(?:provided|providing|provides?|announced|announcing|committed|committing)\\s+(?:additional\\s+|new\\s+|further\\s+)?funding\\s+(?:for|to)|(?:are|is|will\\s+be)\\s+(?:also\\s+)?funding\\s+(?:organizations|organisations|projects|programs|programmes|the)'), 0.65, /fund/i, 'funding'],
  // A named programme, agreement or fund announced: "have announced a new Military and Security Cooperation
  // Agreement", "announced the Pacific Resilience Facility", "the Department of Homeland Security announced a Joint Statement of
  // Cooperation establishing the framework to include Costa Rica among the Global Entry foreign country partners" (White House,
  // 2023, round 93).
  [wordPattern('announc(?:ed|es|e|ing)\\s+(?:a|an|the|their|its)\\s+(?:new\\s+)?(?:[\\p{L}\\p{N}.’\'–-]+\\s+){0,5}?(?:Agreement|Partnership|Initiative|Programme|Program|Fund|Facility|Plan|Strategy|Dialogue|Framework|Mechanism|Centre|Center|Package|package|programme|initiative|fund|partnership|Joint\\s+Statement\\s+of\\s+(?:Cooperation|Intent)|Statement\\s+of\\s+(?:Cooperation|Intent)|Declaration|Memorandum|Arrangement|Roadmap|Charter)(?![\\p{L}])'), 0.8, /announc/i],
  // An instrument named with its signature or adoption as a participle, in English and French: "a new
  // Agreement, signed today in Jeddah", "the Minsk agreements signed in 2015", « le Plan d'action sur les
  // minéraux critiques adopté par le Canada et l'Allemagne ».
  // The instrument may be long before its signature: "an agreement on the exemption from visa formalities for holders of
  // diplomatic and service passports, signed by the Minister Delegate …" (Morocco MFA, 2020, round 32).
  [wordPattern(`(?:${INSTRUMENT})(?:[^.;]|\\.(?=\\S)){0,60}?,?\\s(?:signed|concluded|adopted|launched|sign(?:é|ée|és|ées)|conclu(?:e|s|es)?|adopt(?:é|ée|és|ées)|lancée?s?)\\s+(?:today|yesterday|on|in|at|by|last|earlier|this|par|le|en|à|lors|aujourd)|(?:${INSTRUMENT})(?:[^.;]|\\.(?=\\S)){60,140}?,\\s(?:signed|sign(?:é|ée|és|ées))\\s+(?:by|par)`), 0.9, /sign|conclu|adopt|launch|lanc/i],
  // An agreement endorsed, approved or ratified; an instrument of ratification deposited.
  [wordPattern('(?:endors(?:ed|es|e)|approv(?:ed|es|e)|ratif(?:ied|ies|y))\\s+(?:the|a|an|this|their)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:Agreement|agreement|Accord|accord|Treaty|treaty|Convention|convention|Protocol|protocol)|deposit(?:ed|s)?[\\s,][^.;]{0,60}?instruments?\\s+of\\s+(?:ratification|approval|acceptance|accession)|dépos(?:é|e|ent)[\\s,][^.;]{0,60}?instruments?\\s+(?:de\\s+ratification|d[’\']approbation|d[’\']adhésion)'), 0.85, /endors|approv|ratif|deposit|dépos/i],
  // Efforts launched: "The event launched significant international efforts to protect media freedom".
  [wordPattern('launch(?:ed|es)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:efforts|campaigns?|process|negotiations|talks|coalition|network|project|projects|programme|program|initiative|mission)(?![\\p{L}])'), 0.75, /launch/i],
  // Joining a joint commitment or initiative: "will join the renewed commitments to work together to tackle corruption".
  [wordPattern('(?:will|to|shall)\\s+(?:also\\s+)?join\\s+(?:the|a|an|this|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:commitments?|declaration|initiative|coalition|partnership|pledge)(?![\\p{L}])'), 0.7, /join/i],
  // Joining a named framework, force or network, by either party (White House, 2022): "welcomed India’s decision to join the
  // Indo-Pacific Economic Framework", "announced India’s joining the Combined Military Forces-Bahrain as an associate member",
  // "The U.S. plans to join six of India’s Technology Innovation Hubs". Case-sensitive: the body is named.
  [new RegExp(String.raw`(?<![\p{L}])(?:[Jj]oin(?:s|ed|ing)?|[Rr]ejoin(?:s|ed|ing)?)\s+(?:the\s+|(?:\p{Ll}+|\d+)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?)${NAMED_BODY}`, 'u'), 0.7, /join/i],
  // A named programme or plan renewed, or a named partnership deepened (White House, 2022–2023): "The two countries are renewing
  // the Indo-U.S. Vaccine Action Program", "committed to reinvigorating the U.S.-Brazil Joint Action Plan to Eliminate …",
  // "They committed to deepen our Major Defense Partnership" (the stepping-up rule: a named mechanism counts).
  [new RegExp(String.raw`(?<![\p{L}])(?:[Rr]enew(?:s|ed|ing)?|[Rr]einvigorat(?:e|es|ed|ing)|[Rr]evitali[sz](?:e|es|ed|ing)|(?:commit(?:s|ted)?|agreed|pledged|resolved|decided)\s+to\s+(?:further\s+)?(?:deepen(?:ing)?|strengthen(?:ing)?|enhanc(?:e|ing)|expand(?:ing)?|advanc(?:e|ing)|elevat(?:e|ing)))\s+(?:the\s+|their\s+|our\s+)${NAMED_BODY}`, 'u'), 0.7, /renew|reinvigorat|revitali|deepen|strengthen|enhanc|expand|advanc|elevat/i],
  // Acting through a named mechanism, as continuing through one: "reaffirmed our commitment to strengthening economic
  // cooperation through the Americas Partnership for Economic Prosperity" (White House, 2023).
  // Not "Our support … builds on our shared commitment to address … through the Trilateral Infrastructure Partnership" (background).
  // Also through a group the text names after "like": "emphasized their continued commitment to work together, including through
  // regional groups like the Quad" (White House, 2024, round 152).
  [new RegExp(String.raw`(?<![\p{L}])(?:[Cc]ommit(?:s|ted)?|(?:reaffirm|reiterat|renew|express|emphasi[sz]|underscor|stress)\p{L}*\s+(?:(?:their|our|its|the)\s+)?(?:\p{Ll}+\s+)?commitment)\s+to\s+[^.;]{0,120}?\s(?:through|within|under|via)\s+(?:the\s+${NAMED_BODY}|(?:[\p{Ll}-]+\s+){0,2}(?:groups?|formats?|mechanisms?|fora|forums?|institutions?)\s+(?:like|such\s+as)\s+the\s+\p{Lu}[\p{L}.-]*(?![\p{L}]))`, 'u'), 0.7, /commit/i],
  // A named body the text recalls as just announced or launched, acted through: "noted continued U.S. support for these reform
  // efforts, including through the recently announced European Democratic Resilience Initiative" (White House, 2022, round 152);
  // a named compact's renewal celebrated: "met … to celebrate the renewal of the Compacts of Free Association" (2024, round 152).
  [new RegExp(String.raw`(?<![\p{L}])(?:through|under|via)\s+the\s+(?:recently|newly|just)\s+(?:announced|launched|established|created|agreed)\s+${NAMED_BODY}|(?:celebrat|welcom|mark|hail)\p{L}*\s+the\s+renewal\s+of\s+the\s+(?:${NAMED_BODY}|(?:\p{Lu}[\p{L}-]*\s+)*(?:Compacts?|Agreements?|Treaty|Treaties|Accords?|Memorand\p{L}+)\s+(?:of|on)\s+\p{Lu})`, 'u'), 0.7, /announced|launched|established|created|agreed|renewal/i],
  // A new member welcomed into their group: "held a Senior Officials Meeting, welcoming the Dominican Republic to the Group".
  [wordPattern('welcom(?:e|es|ed|ing)\\s+[^.;,]{2,60}?\\s(?:to|into)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:Group|Coalition|Alliance|Partnership|Initiative|Network|Club)(?![\\p{L}])|welcom(?:e|es|ed|ing)\\s+[^.;,]{2,60}?\\s+as\\s+(?:a\\s+|the\\s+)?(?:new(?:est)?\\s+)?members?\\s+of'), 0.65, /welcom/i],
  // Their own statement recalled as issued: « rappellent leur communiqué publié en 2019 », "recalled their joint statement issued in May".
  [wordPattern('(?:recall(?:s|ed|ing)?|rappell?(?:e|ent|ons)|ont\\s+rappelé)\\s+(?:their|our|its|leur|notre|sa)\\s+(?:joint\\s+)?(?:statement|communiqu[ée]|declaration|déclaration)\\s+(?:conjointe?\\s+|commune?\\s+)?(?:of\\s+\\p{L}+\\s+\\d|issued|published|released|adopted|publiée?|adoptée?|diffusée?)'), 0.6, /recall|rappel/i],
  // A joint action recalled as defined or agreed together: « l'agenda … défini conjointement lors du Conseil des ministres ».
  // Acting through a named mechanism (corpus rule: "continue to work … through the QSCG"): "We will continue our collaboration
  // through the Minerals Security Partnership", "continue working within the open, cooperative, and inclusive Climate Club",
  // "We will utilize the G7 Partnership for Global Infrastructure and Investment (PGII) to catalyze …", "Through this Clean
  // Energy Economy Action Plan, we will work together …" (G7 leaders, 2023), "announced the United States’ first project in
  // Greece under the Ambassadors Fund for Cultural Preservation" (US and Greece, 2026; round 24).
  [new RegExp(String.raw`(?<![\p{L}])(?:continue\s+(?:our\s+|their\s+|its\s+)?(?:collaboration|cooperation|working|work|to\s+work|to\s+collaborate|to\s+cooperate)\s+(?:together\s+)?(?:closely\s+)?(?:within|through|under|via)\s+the\s+(?:[\p{L}-]+,?\s+){0,4}?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+(?:Partnership|Initiative|Club|Fund|Facility|Mechanism|Programme|Program|Framework|Platform|Dialogue|Forum|Group|Council|Commission|Committee|Alliance|Coalition)|will\s+(?:utili[sz]e|leverage|use)\s+the\s+(?:\p{Lu}[\p{L}\p{N}.-]*\s+){1,4}(?:Partnership|Initiative|Fund|Facility|Mechanism|Programme|Program|Framework|Platform)|[Tt]hrough\s+this\s+(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:Action\s+Plan|Plan|Partnership|Initiative|Framework|Roadmap),\s+we\s+will|announc(?:ed|es|e)\s+[^.;]{0,60}?\s(?:project|projects|programme|program)\s+[^.;]{0,30}?under\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Fund|Programme|Program|Initiative|Partnership|Facility)|` +
    // "They intend to promote this vision through the EPCC", "plan to work closely with other partners through the Minerals
    // Security Partnership", "The United States will host the next CNWG in 2023" (US–Japan and India–US, 2022; round 25).
    String.raw`(?:intends?|plans?|pledge|seeks?|aims?)\s+to\s+(?:[\p{L}-]+\s+){1,8}?(?:through|under|via|within)\s+the\s+(?:\p{Lu}{2,}[\p{L}]*|(?:[\p{L}.-]+\s+){0,4}?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+(?:Partnership|Initiative|Club|Fund|Facility|Mechanism|Programme|Program|Framework|Platform|Dialogue|Forum|Group|Council|Commission|Committee|Alliance|Coalition))|will\s+(?:be\s+hosting|host)\s+the\s+(?:next|\d{1,3}(?:st|nd|rd|th))\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:in\s+\d{4}|meeting|round|session|dialogue|summit|\p{Lu}{2,}))(?![\p{L}])`, 'u'), 0.65, /intend to|intends to|plan to|plans to|pledge to|seek to|seeks to|aim to|aims to|host the next|host the|hosting the|continue our|continue their|continue its|continue work|continue to work|continue to collab|continue to coop|continue collab|continue coop|utiliz|utilis|leverag|through this|announc/i],
  // Visits agreed in principle, a meeting with a vague time: « les deux ministres ont retenu le principe d’échange de visites et de
  // contacts suivis » (Algeria MFA, 2022, round 24), « ont retenu le principe d’une visite ».
  [wordPattern("(?:ont|a|avons)\\s+retenu\\s+le\\s+principe\\s+d['’](?:une?\\s+)?(?:échanges?\\s+de\\s+visites|visites?|rencontres?|réunions?|sommet)"), 0.65, /retenu/i],
  // Instruments approved as a passive: "A total of ten agreements initially introduced during the XII Extraordinary Summit in
  // February 2025 were formally approved" (Saint Vincent and the Grenadines MFA, 2025, round 56).
  [wordPattern('(?:agreements|accords|memoranda|memorandums|protocols|treaties|conventions|agreement|accord|memorandum|protocol|treaty|convention)\\s+[^.;]{0,120}?\\s(?:was|were|have\\s+been|has\\s+been)\\s+(?:formally\\s+|officially\\s+|also\\s+|unanimously\\s+)?(?:approved|adopted|endorsed|ratified)(?![\\p{L}])'), 0.8, /approv|adopt|endors|ratif/i],
  // A meal or reception the host will give the other party: "The Speaker will later host the delegates to a dinner at Ndere
  // Cultural centre in Kampala" (Parliament of Uganda, 2024, round 56).
  [wordPattern('will\\s+(?:later\\s+|also\\s+|then\\s+)?host\\s+[^.;]{1,60}?\\s(?:to|at|for)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:dinner|lunch|luncheon|reception|banquet|breakfast)(?![\\p{L}])'), 0.7, /host/i],
  // A visit between the parties arranged: "To strengthen mutual trust a visit of the defence attaché of the Republic of Belarus in
  // Ukraine to the “Zametil – 2022” exercises has been arranged" (Ukraine MoD, 2022, round 56).
  [wordPattern('(?:visits?|exchange\\s+of\\s+visits)\\s+[^.;]{1,160}?\\s(?:has|have)\\s+been\\s+(?:arranged|agreed|scheduled|planned)(?![\\p{L}])'), 0.7, /arranged|agreed|scheduled|planned/i],
  // A joint appearance to come at a named event: "both the Minister and the Secretary-General will proceed to jointly address the
  // East African-German Business Roundtable" (EAC Secretariat, 2015, round 55).
  [wordPattern('(?:will|to|shall)\\s+(?:then\\s+|also\\s+)?(?:proceed\\s+to\\s+)?jointly\\s+(?:address|open|host|chair|co-chair|attend|inaugurate|launch)\\s+(?:the|a|an)\\s+(?:[\\p{L}’\'-]+\\s+){0,6}?(?:roundtable|round\\s+table|forum|summit|conference|meeting|dialogue|session|seminar|symposium|workshop|ceremony)(?![\\p{L}])'), 0.7, /jointly/i],
  [wordPattern('(?:défini|adopté|convenu|décidé|lancé|établi)e?s?\\s+conjointement\\s+(?:lors|à|au|en|par|le|dans)(?![\\p{L}])|jointly\\s+(?:agreed|adopted|defined|launched|developed|established|announced)'), 0.65, /conjointement|jointly/i],
  // A new facility inaugurated, a launch: "The two countries inaugurated a new training centre in Abidjan", « ont inauguré un
  // nouveau centre de formation ».
  [wordPattern("(?:inaugurat(?:ed|es|e)|inaugur(?:é|ée|ent|era|eront))\\s+(?:a|an|the|un|une|le|la|les|l[’'])\\s*(?:new|nouveaux?|nouvelles?|joint|conjointe?)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:centre|center|facility|office|bureau|école|school|hospital|hôpital|institute|institut|laboratory|laboratoire|station|port|bridge|pont|plant|centrale|campus|academy|académie|siège|headquarters|locaux|premises)(?![\\p{L}])"), 0.75, /inaugur/i],
  // An inauguration to come with the partner: « se rend au Sénégal pour inaugurer, le 12 octobre, avec le Président de la République,
  // SEM Macky Sall, les locaux de l’Institut » (OIF, 2017, round 112), "will inaugurate the new port with President X".
  [wordPattern("(?:(?:pour|afin\\s+d[’'])\\s+inaugurer|inaugurer(?:a|ont)|(?:will|to)\\s+(?:jointly\\s+)?inaugurate)(?=[^.;]{0,160}?[\\s,](?:avec|with|together\\s+with|conjointement)\\s)"), 0.75, /inaugur/i],
  // A post opened: "officially opened New Zealand’s first resident embassy in Ireland", « a inauguré l'ambassade ».
  [wordPattern('(?<!(?:should|could|might|may|would)\\s+(?:also\\s+)?)(?:will\\s+)?(?:officially\\s+)?open(?:ed|s)?\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\p{L}’\'-]+\\s+){0,4}?(?:embassy|consulate|consulate-general|high\\s+commission|liaison\\s+office|trade\\s+office)|(?:inauguré|ouvert|ouvrira|inaugurera)\\s+(?:la\\s+|une\\s+|l[’\'])?(?:nouvelle\\s+)?(?:ambassade|consulat|bureau)'), 0.8, /embass|consul|commission|office|ambassade|bureau/i],
  // Negotiations the parties mean to conclude: « concentrer leurs efforts sur la conclusion des négociations en
  // vue d'un accord », "to conclude negotiations on a free trade agreement".
  [wordPattern('(?:conclusion|completion|finalisation|finalization)\\s+(?:des|of\\s+the|of)\\s+(?:négociations|negotiations)|(?:conclure|finaliser|conclude|finali[sz]e)\\s+(?:les\\s+|the\\s+)?(?:négociations|negotiations)'), 0.8, /conclu|finali|complet/i],
  // Joint work for a named meeting: "will continue to cooperate closely for the success of the G7 Hiroshima Foreign Ministers’ Meeting".
  [wordPattern('(?:cooperat\\p{L}*|work(?:ing)?)\\s+(?:closely\\s+)?(?:together\\s+)?(?:for|towards?)\\s+the\\s+success\\s+of\\s+the\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’\'-]*\\s+){1,6}(?:Meeting|Summit|Conference|Dialogue|Games|Expo|Presidency)'), 0.7, /success/i],
  // Officials given a task by the participants: "The Ministers tasked officials to develop a roadmap by the end of the
  // year", "instructed their officials to begin work on a new … agreement", « ont chargé leurs équipes de préparer une
  // feuille de route », "the two leaders ordered their national security teams to work together" (White House, 2024, round 152).
  [wordPattern("(?:tasked|task|instructed|instruct|directed|mandated|asked|ordered)\\s+(?:their\\s+|the\\s+|our\\s+)?(?:relevant\\s+|respective\\s+)?(?:senior\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+|national\\s+security\\s+|economic\\s+|trade\\s+|defen[cs]e\\s+)?(?:ministers|officials|teams|negotiators|working\\s+groups?|experts|staff|delegations)\\s+(?:with\\s+\\p{L}+ing|to\\s+\\p{L}+)|(?:tasked|instructed|directed|mandated)\\s+(?:the|their)\\s+(?:[^.;]{3,100}?\\s)?(?:Secretariat|Department|Ministry|Ministries|Secretary|Secretaries|Ministers?|Agency|Agencies|Office|Commission)(?:\\s+(?:of|for)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,4})?\\s*(?:and\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:of\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3})?)?to\\s+(?:engage|develop|work|establish|begin|launch|prepare|negotiate|create|pursue|explore|finali[sz]e|conclude|draft|convene)(?![\\p{L}])|(?:chargé|mandaté|demandé\\s+à|donné\\s+(?:pour\\s+)?instructions?\\s+à)\\s+(?:leurs|les|nos)\\s+(?:équipes|responsables|négociateurs|fonctionnaires|hauts\\s+fonctionnaires|experts|délégations|ministres|gouvernements|administrations)\\s+(?:de|d['’]\\p{L}+)"), 0.7, /task|instruct|direct|mandat|asked|ordered|chargé|demandé|donné/i],
  // A meeting of the participants to come that they look forward to: "They look forward to the upcoming G20 Summit in Rio".
  // Letters or notes exchanged on how a body will work, a body being set up in the gerund or past: "We exchanged letters on
  // how the Dialogue might work over the years to come" — not notes compared on a topic, "exchanged notes on the advancement of
  // G7 priorities" (PMO, 2022) —, "so establishing this annual forum, alternating between the UK and
  // Morocco, is a welcome and natural step" (FCO, 2018).
  [wordPattern("exchang(?:ed|e|es|ing)\\s+(?:of\\s+)?(?:letters|diplomatic\\s+notes|notes(?!\\s+(?:on|about|regarding|over)\\s))(?![\\p{L}])|échang(?:é|ent|e)\\s+(?:des\\s+)?(?:lettres|notes\\s+diplomatiques)|(?<!(?:welcom\\p{L}*|salu\\p{L}*|noted|noting)\\s+(?:the\\s+)?)establishing\\s+(?:this|the|a|an|our|their)\\s+(?:new\\s+|annual\\s+|joint\\s+|bilateral\\s+|permanent\\s+|regular\\s+)*(?:[\\p{L}-]+\\s+){0,2}?(?:forum|dialogue|working\\s+group|mechanism|commission|committee|council|task\\s+force|hotline|consultations)(?![\\p{L}])"), 0.75, /exchang|échang|establish/i],
  // A statement released by several people, which the text is: "The following statement was released by Secretary of State
  // Antony J. Blinken, the EU High Representative … Josep Borrell, and Canadian Minister of Foreign Affairs Marc Garneau"
  // (State Department, 2021); one spokesperson's release names no second author.
  [wordPattern("(?:text\\s+of\\s+the\\s+)?following\\s+(?:joint\\s+)?statement\\s+(?:was|has\\s+been)\\s+(?:released|issued)\\s+by\\s+[^;:]{3,200}?,\\s+[^;:]{3,200}?\\sand(?=\\s)"), 0.7, /released|issued/i],
  // An agreement reached, in other words than "signed" or "agreed to": "I came to an agreement with my Russian counterpart
  // on a humanitarian gesture" (German Federal Foreign Office, 2020), "reached an agreement on", « sont parvenus à un accord ».
  [wordPattern("(?<!(?:not|never|yet\\s+to|hope|hoped|hopes)\\s+)(?:reached|came\\s+to|arrived\\s+at)\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?agreement\\s+(?:on|with|to|that|for)|(?<!pas\\s+)parvenu(?:e|s|es)?\\s+à\\s+un\\s+(?:[\\p{L}-]+\\s+){0,2}?accord|(?:ont|a|avons)\\s+(?:trouvé|conclu)\\s+un\\s+(?:[\\p{L}-]+\\s+){0,2}?accord\\s+(?:sur|pour|avec)"), 0.8, /reach|came|come|arrived|parvenu|trouvé|conclu/i],
  // The meeting a visit announced ahead is for (corpus convention "one announced visit, two sentences"): "will pay a Working
  // Visit to Moroni … to have a bilateral meeting with her Comorian counterpart", "to pay a courtesy call to His Excellency,
  // President Azali Assoumani" (DIRCO, 2023).
  // The one met is a counterpart or named with a capital, not "bilateral meetings with dignitaries and defence counterparts"
  // on a trip to several countries (DND advisory, corpus).
  // Also "will hold a productive discussion with the president of the ECOWAS Commission Marcel de Souza" (ECOWAS, 2016, round 88).
  [new RegExp("(?<![\\p{L}])(?:(?:will|to)\\s+(?:also\\s+)?(?:have|hold)\\s+(?:a\\s+|an\\s+)?(?:bilateral\\s+|official\\s+|working\\s+|productive\\s+|fruitful\\s+)?(?:meeting|meetings|talks|discussions?)\\s+with|(?:will|to)\\s+(?:also\\s+)?pay\\s+(?:a\\s+)?courtesy\\s+call\\s+(?:on|to))\\s+(?:(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?counterparts?(?![\\p{L}])|(?:the\\s+)?(?:H\\.E\\.\\s+|His\\s+Excellency,?\\s+|Her\\s+Excellency,?\\s+)?\\p{Lu}|the\\s+(?:president|prime\\s+minister|minister|secretary|chair(?:person|man)?|head|king|emir)\\s+of(?![\\p{L}]))", 'u'), 0.7, /meeting|talks|discussion|courtesy/i],
  // A meeting a participant will host, with its time: "through a range of mechanisms like the 2+2 Ministerial that India
  // will host later this year" (India MEA, 2020).
  [wordPattern("(?:that|which)\\s+(?:[\\p{L}.-]+\\s+){1,3}?will\\s+host\\s+(?:later\\s+this\\s+(?:year|month)|next\\s+(?:year|month|week)|this\\s+(?:year|autumn|fall|spring|summer|winter)|in\\s+(?:19|20)\\d\\d|in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"), 0.7, /host/i],
  // Consultations to come between the parties: "will hold follow-on consultations to advance the priorities identified
  // during the 11th U.S.-Japan Cyber Dialogue" (State Department, 2026).
  [wordPattern("will\\s+(?:also\\s+)?hold\\s+(?:follow-on|follow-up|further|regular|annual|bilateral)\\s+(?:[\\p{L}-]+\\s+)?(?:consultations|talks|meetings|dialogues?)"), 0.7, /hold/i],
  // Consultations the parties will hold, with their dates or place: "The Namibian and Nigerian governments will hold diplomatic
  // consultations and discuss issues related to bilateral relations … from 7 to 8 October in Windhoek" (Namibia, 2019, round 102);
  // "These committees and teams will hold preparatory meetings during the upcoming period" (Oman MFA, 2022, round 107).
  [wordPattern("will\\s+(?:also\\s+)?hold\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:consultations|talks|negotiations|meetings)(?=[^.;]{0,160}?\\s(?:(?:during|in|within)\\s+the\\s+(?:upcoming|coming|next)\\s+(?:period|weeks|months|days)|(?:from|on|in)\\s+(?:\\d{1,2}(?:\\s|st|nd|rd|th)|January|February|March|April|May|June|July|August|September|October|November|December|\\p{Lu}\\p{Ll}+(?:[.;]|\\s*$))))"), 0.7, /hold/i],
  // A new system, campaign or project the parties introduce or begin: "Australia and Indonesia are introducing a new and highly
  // sophisticated movement alert detection systems at major ports" (Australian Government, 2007), "Mexico and the U.S. will also
  // begin a new comprehensive binational public health campaign" (White House, 2023; both round 102).
  [wordPattern("(?:will|are|is|to)\\s+(?:also\\s+|jointly\\s+|now\\s+)?(?:introduc(?:e|ing)|begin(?:ning)?|start(?:ing)?|roll(?:ing)?\\s+out)\\s+(?:a|an)\\s+new\\s+(?:[\\p{L}-]+\\s+){0,7}?(?:systems?|campaign|programme|program|project|scheme|initiative|mechanism|platform|service)(?![\\p{L}])"), 0.75, /introduc|begin|start|roll/i],
  // A visit planned ahead: "A visit by Andrej Kiska, President of the Slovak Republic, to the Slovenian Republic foreseen for spring next
  // year will provide an impulse …" (Slovak MFEA, 2017, round 103), "The state visit of the President to Japan is scheduled for May".
  [wordPattern("(?:visit|trip)\\s+(?:of|by)\\s+[^.;]{1,120}?\\s(?:is\\s+|was\\s+)?(?:foreseen|planned|scheduled|envisaged|due)\\s+(?:for|in)(?![\\p{L}])"), 0.7, /visit|trip/i],
  // A named joint body on its regular schedule: "The Joint Commission is held every two years" (Seychelles MFA, 2013, round 104).
  [wordPattern("(?:commission|committee|council|dialogue|forum|consultations|meeting|summit)\\s+(?:is|are)\\s+(?:held|convened)\\s+(?:every\\s+(?:two|three|four|other|\\d)\\s+years?|every\\s+year|annually|yearly|biennially)(?![\\p{L}])"), 0.7, /held|convened/i],
  // A programme the other party is admitted to: "Mr. Sullivan announced Gabon’s selection for the Department of Defense National Guard
  // Bureau State Partnership Program" (White House, 2023, round 104).
  [wordPattern("announc(?:ed|es|ing)\\s+[^.;]{0,40}?(?:selection|admission|inclusion)\\s+(?:for|to|in|into)\\s+(?:the\\s+)?[^.;]{0,80}?(?:program|programme|partnership|initiative)(?![\\p{L}])"), 0.7, /announc/i],
  // A trip announced in the present tense, to meet: "Foreign Affairs Minister Phil Goff travels to Vanuatu tomorrow for a two-day visit to
  // meet members of the recently-elected government" (New Zealand Government, 2005, round 107).
  [wordPattern("(?:travels|leaves|departs|flies|heads)\\s+(?:to|for)\\s+[^.;]{1,60}?\\s(?:tomorrow|today|tonight|this\\s+week|next\\s+week)(?![\\p{L}])[^.;]{0,80}?\\sto\\s+meet(?![\\p{L}])"), 0.7, /travels|leaves|departs|flies|heads/i],
  // The next session the present one prepares: "… in readiness for the 4th session in 2021 in Abu Dhabi" (Kenya MFA, 2019), "the visit
  // will also serve as a prelude to the 5th Session of the Joint Commission for Cooperation" (Namibia, 2019; both round 102).
  [wordPattern("(?:in\\s+readiness\\s+for|(?:a\\s+)?prelude\\s+to|in\\s+preparation\\s+for)\\s+the\\s+(?:next|\\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:session|meeting|round|summit|edition)(?![\\p{L}])"), 0.7, /readiness|prelude|preparation/i],
  // Attendance announced at a named meeting of ministers: "the Foreign Secretary will be in Toronto for a meeting of Foreign
  // Ministers from the G7 countries", "later this week I will travel to Brussels for a NATO Foreign Ministers’ meeting" (FCO, 2018).
  [wordPattern("will\\s+(?:be\\s+in|travel\\s+to|fly\\s+to|go\\s+to)\\s+(?:[\\p{L}.-]+\\s+){1,3}?for\\s+(?:a|the)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:meeting|summit|conference|ministerial)(?![\\p{L}])"), 0.7, /travel|fly|be in|go to/i],
  // A talk of the participants to come, with its time: "The leaders looked forward to speaking again with the wider G7 in
  // the coming days" (No 10, 2022). Not "look forward to speaking again soon" (keeping in touch, corpus convention).
  [wordPattern("look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:speaking|talking|meeting)\\s+(?:again\\s+)?(?:with\\s+[^.;]{1,60}?\\s)?(?:in\\s+the\\s+(?:coming|next\\s+few)\\s+(?:days|weeks)|next\\s+(?:week|month)|tomorrow|at\\s+the\\s+(?:upcoming\\s+|next\\s+)?\\p{Lu})"), 0.65, /look/i],
  [wordPattern("look(?:s|ed|ing)?\\s+ahead\\s+to\\s+(?:the|their|a)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,5}?(?:meeting|summit|conference|dialogue|visit|session|consultations)(?![\\p{L}])|look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:the|their)\\s+(?:upcoming|next|forthcoming)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,5}?(?:meeting|summit|conference|dialogue|visit|session|consultations)"), 0.65, /look/i],
  // Their intent announced: "They announced their intent to negotiate a bilateral Science, Technology, and Innovation
  // Agreement in 2022" (White House readout, 2021), « ont annoncé leur intention de lancer »; negotiations on an instrument.
  [wordPattern("(?:announc(?:ed|es|e)|declared|expressed|confirmed)\\s+(?:their|its|our|\\p{L}+[’']s)\\s+(?:intent|intention)\\s+to\\s+\\p{L}+|(?:annonc\\p{L}*|confirmé|exprimé)\\s+(?:leur|son|notre)\\s+intention\\s+(?:de|d['’]\\p{L}+)|(?:to|will|would|shall)\\s+negotiate\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N},’'-]+\\s+){0,6}?(?:Agreement|Treaty|Arrangement|Protocol|agreement|treaty|arrangement|protocol)"), 0.75, /intent|negotiate/i],
  // From the joint statements of a thirteenth round (US–Mexico High-Level Security Dialogue, 2022): action plans the parties
  // drew up ("We have set ambitious goals … and developed detailed action plans to achieve our shared objectives") and a
  // joint body at work, named as the subject ("A binational illicit finance working group collaborated on cases …").
  [wordPattern("(?:developed|drew\\s+up|drawn\\s+up|elaborated|adopted)\\s+(?:(?:detailed|joint|concrete|new|national|comprehensive|binational|bilateral)\\s+)*action\\s+plans?(?![\\p{L}])|^(?:an?|the)\\s+(?:new\\s+)?(?:binational|bi-national|bilateral|trilateral|joint)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:working\\s+group|task\\s+force|committee|commission|panel|mechanism|council)\\s+(?:(?:has|have|will|also)\\s+)?(?:collaborated|worked|met|meets|pledged|committed|agreed|launched|developed|coordinated|completed|held|reviewed|adopted|produced|shared|conducted|identified|drafted|prepared|published|continues|works|will)(?![\\p{L}])"), 0.6, /develop|drew|drawn|elaborat|adopt|group|force|committee|commission|panel|mechanism|council/i],
  // A named joint body of the participants as the actor (corpus convention): "The Ministerial Group committed to remain in
  // close contact to monitor the impact on countries and refugees" (GAC, Ministerial Coordination Group on COVID-19, 2020).
  [new RegExp("^(?:The|Our|This)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:Group|Committee|Commission|Council|Task\\s+Force|Working\\s+Group|Mechanism|Coalition|Steering\\s+Group)\\s+(?:(?:has|have|will|also)\\s+)?(?:pledged|committed|agreed|resolved|decided|undertook)\\s+to(?![\\p{L}])", 'u'), 0.6, /pledg|commit|agree|resolv|decid|undertook/i],
  // A partnership to be deepened through a named mechanism: "They looked forward to enhancing their partnership to accelerate
  // India’s just energy transition, including through the U.S.-India Climate and Clean Energy Agenda 2030 Partnership"
  // (White House, 2022).
  [new RegExp("(?<![\\p{L}])[Ll]ook(?:s|ed)?\\s+forward\\s+to\\s+(?:enhancing|deepening|strengthening|expanding|advancing)\\s+[^.;]{0,120}?\\s(?:under|within|through)\\s+the\\s+(?:\\p{Lu}[\\p{L}\\p{N}.’'-]*\\s+|(?:and|of|on|for)\\s+){1,9}(?:Partnership|Dialogue|Mechanism|Platform|Initiative|Framework|Agreement|Forum|Agenda)(?![\\p{L}])", 'u'), 0.65, /look/i],
  // The authors' stated intent to act through a named body: "We intend to implement a limited resumption of our work in the
  // Arctic Council in projects that do not involve the participation of the Russian Federation" (seven governments, 2022).
  [new RegExp("(?<![\\p{L}])(?:[Ww]e|[Tt]hey|[Bb]oth\\s+sides)\\s+(?:now\\s+|also\\s+)?intend\\s+to\\s+(?:implement|launch|establish|resume|hold|convene|create|sign|conclude|set\\s+up)\\s+[^.;]{0,100}?(?:(?:in|within|through|of|under)\\s+the\\s+(?:\\p{Lu}[\\p{L}\\p{N}.’'-]*\\s+|(?:and|of|on|for)\\s+){0,6}(?:Council|Forum|Partnership|Dialogue|Mechanism|Group|Commission|Committee|Initiative|Framework|Agreement)|(?:agreement|arrangement|memorandum|dialogue|working\\s+group|task\\s+force|meeting|summit))(?![\\p{L}])", 'u'), 0.65, /intend/i],
  // An instrument under negotiation, to be concluded soon: "the proposed investment promotion agreement between the countries to
  // enhance investment and trade can be finalized shortly" (Sri Lanka's MFA, 2021); an embassy to open: "a Diplomatic Mission in
  // Guyana, …, which is scheduled to be opened in the third quarter of 2023" (Guyana's DPI, 2023; both round 72).
  [wordPattern('(?:agreements?|memorand(?:um|a)|MoUs?|treaty|treaties|accords?|arrangements?)\\s+(?:[^.;]{0,100}?\\s)?(?:can|could|will|would|should|is\\s+expected\\s+to|are\\s+expected\\s+to)\\s+be\\s+(?:finali[sz]ed|concluded|signed)\\s+(?:shortly|soon|at\\s+an\\s+early\\s+date|in\\s+the\\s+near\\s+future|in\\s+the\\s+coming\\s+(?:weeks|months))|(?:embassy|embassies|consulate|diplomatic\\s+mission|high\\s+commission)\\s+[^.;]{0,100}?(?:scheduled|expected|set|due|planned)\\s+to\\s+(?:be\\s+)?open(?:ed)?'), 0.65, /finali|conclud|signed|open/i],
  // Also "in advance of the United States-Colombia High-Level Dialogue in Bogota planned for May" (White House, 2024, round 84).
  // A named meeting to come, with its time: "a face-to-face Forum Leaders Meeting to take place in the middle of the year in Suva"
  // (PIF Chair, 2022), "the first UK-Ireland Summit next month between the Prime Minister and Taoiseach" (UK NIO, 2025; both
  // round 73). Case-sensitive: the meeting is named.
  [new RegExp(String.raw`(?<![\p{L}])(?=(?:\p{Lu}[\p{L}\p{N}’'-]*\s+){1,5}(?:Meeting|Summit|Conference|Retreat|Dialogue|Ministerial|Forum)\s)(?<!(?:discuss|talk|prepar)\p{L}*\s[^.;]{0,80})(?!(?:The|This|That|A|An|Its|Their|Our)\s)(?:\p{Lu}[\p{L}\p{N}’'-]*\s+){1,5}(?:Meeting|Summit|Conference|Retreat|Dialogue|Ministerial|Forum)\s+(?:(?:to\s+take\s+place|to\s+be\s+held|will\s+take\s+place|will\s+be\s+held)\s+(?:in|on|at|from|later|next)|(?:next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year))|(?:in\s+\p{Lu}[\p{L}-]+\s+)?(?:planned|scheduled|set)\s+for\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|next|later|early|mid|late|the\s+(?:coming|first|second|third|fourth)|\d))(?![\p{L}])`, 'u'), 0.65, /take place|held|next|later|plan|scheduled|set for/i],
  // A summit of a body both belong to that one of them will host: "Bahrain is due to host the 33rd Arab Summit on May 16th" (Oman
  // MFA, 2024, round 74).
  [new RegExp(String.raw`(?<![\p{L}])(?:is|are)\s+(?:due|scheduled|set|expected)\s+to\s+host\s+(?:the\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}’'-]*\s+){1,6}(?:Summit|Meeting|Conference|Forum|Session|Ministerial)(?![\p{L}])`, 'u'), 0.7, /host/i],
  // An instrument the parties mean to conclude: "signaled their intent to move forward with a U.S.-Norway Memorandum of Understanding
  // (MOU) Concerning Cooperation on … Critical Minerals" (White House, 2024, round 75).
  [wordPattern(`(?:signal(?:ed|led|s)?|announc(?:ed|es)|express(?:ed|es)|confirm(?:ed|s)|declar(?:ed|es)|stated)\\s+(?:their|its|our|his|her|the)\\s+(?:joint\\s+|shared\\s+)?(?:intent|intention)\\s+to\\s+(?:move\\s+forward\\s+with|sign|conclude|negotiate|finali[sz]e|launch|establish)\\s+(?:(?:[^.;]|\\.(?=\\S)){0,80}?\\s)?(?:${INSTRUMENT})`), 0.8, /intent/i],
  // Round 76 (White House and Japan MOFA readouts): a visit to come looked forward to ("he is looking forward to his upcoming visit
  // to Japan this year"), a meeting proposed ("the Vice President proposed an annual meeting of this group"), keeping in touch at a
  // named meeting ("will stay in close touch, including at the upcoming Summit of the Americas in Los Angeles"), acting at a named
  // meeting ("looked forward to further strengthening Alliance unity … at the NATO Summit in Vilnius in July"), stepping up
  // cooperation through a named framework ("deepen their security and defense cooperation …, including through the Nordic Defense
  // Cooperation framework").
  [wordPattern('look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:his|her|their|the|my|our)\\s+(?:upcoming|forthcoming|next|planned|coming)\\s+(?:[\\p{L}-]+\\s+)?visit\\s+to\\s+\\p{Lu}[\\p{L}-]*|propos(?:ed|es|e)\\s+(?:an?|the)\\s+(?:annual|regular|yearly|biannual|biennial|first|joint|trilateral|high-level)\\s+(?:meeting|summit|dialogue|forum|consultations)'), 0.65, /look|propos/i],
  // Also "remain in regular contact at the G7 Leaders’ Summit and in the weeks ahead, including as NATO leaders convene next week" (PMO,
  // 2025, round 89; the corpus convention's own example: keeping in touch "when the NATO leaders meet next week").
  [new RegExp(String.raw`(?<![\p{L}])(?:stay|keep|remain)(?:s|ed|ing)?\s+in\s+(?:close\s+|regular\s+|constant\s+)?(?:touch|contact)[^.;]{0,80}?\s(?:including\s+)?(?:as|when)\s+(?:the\s+)?[^.;]{1,40}?\s(?:meet|convene|gather)\s+(?:next|later\s+this|this)\s+(?:week|month)`, 'u'), 0.65, /touch|contact/i],
  [new RegExp(String.raw`(?<![\p{L}])(?:(?:stay|keep|remain)(?:s|ed|ing)?\s+in\s+(?:close\s+|regular\s+|constant\s+)?(?:touch|contact)[^.;]{0,60}?|[Ll]ook(?:s|ed|ing)?\s+forward\s+to\s+(?:\p{Ll}+\s+)?[\p{Ll}-]+ing\s+[^.;]{0,80}?)\s(?:at|during)\s+the\s+(?:upcoming\s+|next\s+|forthcoming\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.-]*\s+){0,6}(?:Meeting|Ministerial|Summit|Conference|Dialogue|Forum|Session)(?![\p{L}])`, 'u'), 0.65, /touch|contact|look/i],
  [new RegExp(String.raw`(?<![\p{L}])(?:deepen|strengthen|enhance|expand|intensify)(?:s|ed|ing)?\s+(?:their|our|its|the)\s+[^.;]{0,60}?cooperation\s+[^.;]{0,60}?(?:including\s+)?through\s+the\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,5}(?:[Ff]ramework|Mechanism|Initiative|Partnership|Programme|Program|Dialogue|Forum)(?![\p{L}])`, 'u'), 0.65, /deepen|strengthen|enhanc|expand|intensif/i],
  // Assistance expanded through a named programme: "the United States will expand our assistance to the Caribbean through the
  // Caribbean Basin Security Initiative (CBSI)" (White House, 2022, round 76).
  [new RegExp(String.raw`(?<![\p{L}])(?:expand|increase|scale\s+up|step\s+up)(?:s|ed|ing)?\s+(?:our|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:assistance|aid|support|funding)\s+[^.;]{0,60}?through\s+the\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,6}(?:Initiative|Programme|Program|Fund|Facility|Partnership)(?![\p{L}])`, 'u'), 0.7, /expand|increase|scale|step/i],
  // Meetings the author will join, with their dates (convention "attending a named meeting"): "will join Deputy Prime Minister
  // Teo’s meetings in Kuala Lumpur and Putrajaya on 4 and 5 September 2018" (Singapore's MFA, 2018, round 72).
  [new RegExp(String.raw`(?<![\p{L}])(?:will|to)\s+(?:also\s+)?(?:join|attend)\s+[^.;]{0,60}?\s(?:meetings?|talks|summit|conference)\s+(?:in\s+[^.;]{1,60}?\s)?on\s+\d{1,2}(?:\s*(?:and|to|-|–)\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])`, 'u'), 0.65, /join|attend/i],
  // A named meeting the author will attend: "Minister Champagne will participate in the coalition’s Small Group of Foreign
  // Ministers" (GAC, 2020), "will take part in the G7 Foreign Ministers’ Meeting".
  // Not thanks for the meeting under way: "their gratitude for the opportunity to participate in the G7 Foreign Ministers'
  // Meeting for the first time" (Japan's MOFA, round 26).
  [new RegExp("(?<![\\p{L}])(?<!(?:opportunity|chance|privilege|honou?r|pleasure|invitation)\\s+)(?:will|to)\\s+(?:participate|take\\s+part)\\s+in\\s+(?:the\\s+)?(?:[\\p{L}’'-]+[’']s?\\s+)?(?:(?:\\p{Lu}[\\p{L}\\p{N}’'.-]*|of|on|for|and)\\s+){0,6}(?:Meeting|Ministerial|Summit|Conference|Forum|Council|Dialogue|Session|Group\\s+of\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}Ministers)(?![\\p{L}])", 'u'), 0.65, /participate|take part/i],
  // A meeting to come named as a milestone: "discussed upcoming milestones to advance the bilateral partnership, including the
  // convening of a joint Council of Ministers" (PMO, round 13). Not one welcomed (EVENT_NOTED reads "welcomed the convening").
  [wordPattern("(?:upcoming|next|forthcoming|future)\\s+[^.;]{0,80}?(?:convening|holding)\\s+of\\s+(?:a|an|the|their)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:council|commission|meeting|summit|dialogue|session|consultations|conference)(?![\\p{L}])"), 0.65, /upcoming|next|forthcoming|future/i],
  // A meeting called for a day ahead: "The Chief Minister has convened an extraordinary meeting of the Cabinet for tomorrow
  // morning to brief Ministers on latest developments" (HM Government of Gibraltar, 2018, round 58).
  [wordPattern("(?:has|have)\\s+(?:\\p{L}+\\s+)?convened\\s+(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:meeting|session|summit)\\s+[^.;]{0,100}?(?:for|on)\\s+(?:tomorrow|next\\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))"), 0.65, /convened/i],
  // Work to prepare a named conference: "they confirmed that they would work closely together to prepare for the 13th WTO
  // Ministerial Conference" (Japan METI, 2022, round 58).
  [wordPattern("(?:will|would|agreed\\s+to|to)\\s+(?:work|cooperate|collaborate)\\s+(?:closely\\s+)?(?:together\\s+)?(?:to\\s+prepare\\s+for|on\\s+(?:the\\s+)?preparations?\\s+(?:for|of)|towards)\\s+the\\s+(?:success(?:ful)?\\s+(?:of\\s+)?(?:the\\s+)?)?(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+){0,5}(?:Conference|Summit|Meeting|Ministerial|Forum|Assembly|COP\\d*)"), 0.65, /prepar|towards/i],
  // What cooperation will take shape through: « La mise en œuvre des conventions … se concrétiseront dans les semaines et mois à
  // venir par la mise en place d’une Commission Mixte Comores/Koweït » (Comoros presidency, 2021, round 57).
  [wordPattern("se\\s+(?:concrétiser|traduir|matérialiser)(?:a|ont)\\s+[^.;]{0,80}?par\\s+(?:la\\s+)?(?:mise\\s+en\\s+place|création|mise\\s+sur\\s+pied|tenue|signature)"), 0.65, /concrétiser|traduir|matérialiser/i],
  // From the earlier rounds outside the corpus (measured on arrival): « Il a été convenu qu'à la fin de cette année, ce haut
  // conseil serait mis en place ici à Tunis », a state visit with its dates (« se rendront en France pour une visite d'État du
  // 19 au 21 mars »), "looked forward to tomorrow’s NATO Leaders’ Meeting", "Mr Tabuteau will engage in a range of bilateral
  // meetings", « le gouvernement luxembourgeois fournit également une contribution annuelle au Fonds central d'intervention ».
  [wordPattern("il\\s+a\\s+été\\s+(?:convenu|décidé|agréé)(?:\\s*,\\s*[^,.;]{1,60},)?\\s+(?:que|qu[’']\\s*\\p{L}+|de|d[’']\\s*\\p{L}+)|se\\s+rendr(?:a|ont)\\s+[^.;]{1,60}?\\s+pour\\s+une\\s+visite\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:du|le|les|en)\\s+\\d|will\\s+(?:pay|make|undertake)\\s+(?:a|an|his|her|their)\\s+(?:state|official|working)\\s+visit\\s+to\\s+[^.;]{1,40}?\\s(?:on|from|in)\\s+(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December)|look(?:s|ed|ing)?\\s+forward\\s+to\\s+(?:tomorrow|next\\s+week|this\\s+week|next\\s+month)[’']s\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:meeting|summit|conference|dialogue|session|ministerial)|will\\s+(?:also\\s+)?engage\\s+in\\s+(?:a\\s+(?:range|series|number)\\s+of\\s+)?(?:bilateral\\s+|official\\s+|formal\\s+)?(?:meetings|talks)|(?:is|are)\\s+(?:also\\s+)?(?:scheduled|expected|due|set)\\s+to\\s+(?:pay\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:courtesy\\s+)?(?:calls?|visits?)|hold\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meetings?|talks|discussions|consultations)|meet(?:\\s+with)?)|(?:fourni\\p{L}*|vers\\p{L}*|apport\\p{L}*)\\s+(?:également\\s+|aussi\\s+)?une\\s+contribution\\s+(?:annuelle\\s+|financière\\s+|volontaire\\s+)?(?:au|à\\s+la|aux)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:fonds|programme|fonds|organisation|agence|bureau|comité|haut-commissariat)"), 0.7, /convenu|décidé|agréé|visit|look|engage|contribution|scheduled to|expected to|due to|set to/i],
  // Joint steps recalled as achieved: "including the establishment of a cutting-edge trilateral quantum workforce training
  // program, and the launch of the first multi-domain trilateral exercise"; initiatives recalled as announced ("a wide range
  // of trilateral initiatives announced in the Spirit of Camp David statement").
  [wordPattern("(?:establishment|creation|launch|setting\\s+up)\\s+of\\s+(?:a|an|the|their)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:trilateral|bilateral|joint)|(?:initiatives|commitments|projects|measures|deliverables)\\s+(?:announced|launched|agreed(?:\\s+upon)?)\\s+(?:in|at|during|by)\\s+(?:the|their|our)"), 0.6, /establishment|creation|launch|setting up|announced|launched|agreed/i],
  // « lors de la signature d'une déclaration commune OTAN-UE », « la signature d'un protocole d'entente »: the signing as a noun.
  // Also « ont procédé à la signature d’accords de coopération » (Fraternité Matin, 2018, round 34).
  // And with the place between: « ont procédé à la signature à Rabat, d’un Mémorandum d’Entente » (Niger MFA, 2025, round 37).
  [wordPattern(`signature\\s+(?:à\\s+\\p{Lu}[^.;,]{1,40},?\\s*)?(?:d[’']un|d[’']une|du|de\\s+la|de\\s+l[’']|des|de|d[’'](?=\\p{L}))\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${INSTRUMENT})`), 0.9, /signature/i],
  // « ont annoncé le lancement de négociations », « ont salué le lancement du dialogue », as "welcomed the launch of".
  [wordPattern("(?:annonc\\p{L}*|salu\\p{L}*|célébr\\p{L}*)\\s+le\\s+lancement\\s+(?:de|du|des|d['’]\\p{L}+)"), 0.75, /lancement/i],
  // A visit of one participant to the other's country, asked for by an invitation: "invited President X to make an
  // official visit to Japan", « a invité le président Marcos Jr. à effectuer une visite au Canada » (PMO, 2025), "renewed
  // his invitation to visit", "accepted an invitation from Prime Minister Ishiba for an official visit to Japan" (US–Japan,
  // 2025, round 20), « a accepté l'invitation du président Xi à effectuer une visite en Chine » (PMO, 2025, round 21). Not a
  // past visit made "at the invitation of" someone, nor an invitation to act. Also « a invité son homologue au Bénin pour une visite
  // de travail » (round 44), « lui a remis une lettre d’invitation … pour effectuer une visite à Erevan » (round 50).
  // "President Medvedev confirmed his invitation to the President Elbegdorj to visit Russia" (Office of the President of Mongolia, round 69),
  // "The Kuwaiti minister directed an invitation to Austin to visit Kuwait" (KUNA, 2024, round 70), "conveyed Prime Minister Lee
  // Hsien Loong’s invitation to Prime Minister Anwar to visit Singapore at the end of the month" (Singapore MFA, 2023, round 77).
  [caselessPattern("(?<![\\p{L}])(?:(?:conveyed|extended|delivered|renewed)\\s+[^.;]{0,60}?invitation\\s+to\\s+[^.;]{1,60}?\\sto\\s+visit\\s+\\p{Lu}[\\p{L}-]*|(?:invit(?:ed|es|e)|invit(?:é|ée|és|e|ent|ons))\\s+(?!to\\s)[^;]{1,100}?\\s(?:to\\s+(?:make|pay|undertake)\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?visit|to\\s+visit|to\\s+(?:attend|join|participate\\s+in)\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,6}?(?:meeting|summit|session|conference|retreat)(?![\\p{L}])|(?:à|a|pour)\\s+(?:effectuer|faire|rendre|entreprendre)\\s+une\\s+(?:[\\p{L}-]+\\s+){0,2}?visite|pour\\s+une\\s+(?:[\\p{L}-]+\\s+){0,2}?visite|(?:à|a)\\s+(?:se\\s+rendre|visiter))|(?:lettre\\s+d['’])?invitation(?:\\s+[^.;]{0,80}?)?\\s(?:(?:pour|à)\\s+(?:effectuer|faire|rendre)\\s+une\\s+(?:[\\p{L}-]+\\s+){0,2}?visite|à\\s+(?:se\\s+rendre|visiter))|(?:renewed|extended|reiterated|reaffirmed|accepted|confirmed|directed)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+|its\\s+|(?:[\\p{L}.-]+\\s+){0,4}?[\\p{L}-]+[’']s\\s+)?invitation\\s+(?:from\\s+[^.;]{1,60}?\\s)?(?:to|for)\\s+(?:[^.;]{0,60}?\\s)?(?:visit|a\\s+visit)|(?:renouvelé|réitéré|accepté)\\s+(?:son|leur|l[’'])\\s*invitation\\s+(?:(?:du|de\\s+la|de|des)\\s+[^.;]{1,60}?\\s)?(?:à|a)\\s+(?:[^.;]{0,60}?visite|se\\s+rendre|venir))(?![\\p{L}])", 'iu'), 0.7, /invit/i],
  // From a fourth and fifth round of texts outside the corpus (White House joint statements and readouts, 2022–2024):
  // a commitment under a named mechanism ("pledged to intensify cooperation under the Partnership for Global
  // Infrastructure and Investment (PGII)"; on the corpus "agreed to meet each year to review progress under the
  // Memorandum of Understanding"), further talks at a named meeting to come ("looked forward to further discussions at
  // the G-7 Summit and NATO Summit in June", "look forward to working together at the NATO Defense Ministerial"), a
  // summit "to be hosted by" someone, and bodies the parties set up ("both sides established a range of workstreams").
  // The mechanism is named, so capitalised: not "agreed to further pursue trade and investment relations, within the overall thrust of
  // plans to grow a more inclusive economy" (South Africa and Sweden, 2015, round 94).
  [new RegExp(String.raw`(?<![\p{L}])(?:[Pp]ledged|[Cc]ommitted|[Aa]greed|[Rr]esolved|[Dd]ecided)\s+to\s+[^.;]{0,80}?\s(?:under|within|through)\s+the\s+\p{Lu}\p{L}*`, 'u'), 0.7, /pledged|committed|agreed|resolved|decided/i],
  [wordPattern("look(?:s|ed)?\\s+forward\\s+to\\s+(?:further\\s+|continued\\s+|more\\s+|close\\s+)?(?:discussions?|talks|consultations|working\\s+together|meeting|engagement)\\s+(?:at|during)\\s+the\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*\\s+){1,5}(?:Summit|Meeting|Ministerial|Conference|Dialogue|Forum|Council)|(?:summit|meeting|conference|dialogue)\\s+to\\s+be\\s+(?:hosted|held|convened)\\s+(?:by|in|at|on)|(?:both\\s+(?:sides|governments|countries)|the\\s+(?:two\\s+)?(?:sides|leaders|ministers|countries|parties|governments)|we|they)\\s+(?:have\\s+)?(?:also\\s+|jointly\\s+)?(?:established|set\\s+up|created|formed)\\s+(?:a|an|the|new|two|three|several)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:workstreams?|working\\s+groups?|task\\s+forces?|committees?|mechanisms?|sub-groups?|subgroups?|platforms?|panels?|networks?|hotlines?|funds?|centres?|centers?|dialogues?|forums?)(?![\\p{L}])"), 0.7, /pledged|committed|agreed|resolved|decided|look|hosted|held|convened|established|set up|created|formed/i],
  // Aid or equipment announced without an amount (multi-leader joint statements on Ukraine, 2024, and a DFAT release,
  // 2010, in a fifth round of texts outside the corpus): "we are providing Ukraine with additional strategic air defense
  // systems", "intend to provide Ukraine with dozens of tactical air defense systems", "are in the process of donating
  // American-made F-16s to Ukraine", "will also be providing up to 50 post-graduate scholarships". Not "will continue to
  // provide Ukraine with … support" (a standing commitment restated).
  // Case-sensitive, for the recipient's capital: "its plans to provide new lawful pathways to reduce irregular migration" (White
  // House, 2024, round 84) provides nothing to anyone named.
  [new RegExp(String.raw`(?<![\p{L}])(?:[Aa]re|[Ii]s|am|[Ww]ill\s+(?:also\s+)?be|intends?\s+to|plans?\s+to|working\s+to|process\s+of)\s+(?:also\s+)?(?:providing|provide|donating|donate|delivering|deliver|supplying|supply|sending|send|transferring|transfer)\s+(?:\p{Lu}[\p{L}-]*\s+with|(?:up\s+to\s+|more\s+than\s+|at\s+least\s+)?\d+|[^.;]{0,60}?\s+to\s+\p{Lu}\p{L}*)(?![\p{L}])`, 'u'), 0.7, /provid|donat|deliver|suppl|send|transfer/i],
  // French
  // Agreed in the impersonal, about what someone will do: « Il a été convenu que les Coprésidents du groupe de Minsk visiteront
  // la région au mois d’octobre » (Armenian MFA, 2017), "It was agreed that the next round will take place in Geneva".
  // Not keeping in touch: "It was agreed that China and the ROK would further exchange ideas to jointly promote extensive and
  // in-depth cooperation" (China MOST, 2008, round 67).
  [wordPattern("it\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:also\\s+)?(?:agreed|decided)\\s+that\\s+[^.;]{0,100}?\\s(?:will|would|shall)(?=\\s)(?!\\s+(?:further\\s+|continue\\s+to\\s+)?(?:exchange\\s+(?:ideas|views)|keep\\s+in\\s+touch|stay\\s+in\\s+(?:touch|contact)|remain\\s+in\\s+(?:touch|contact)|maintain\\s+(?:close\\s+)?contact))|il\\s+a\\s+été\\s+(?:également\\s+|en\\s+outre\\s+)?(?:convenu|décidé)\\s+(?:que\\s+[^.;]{0,100}?\\s\\p{L}+(?:ront|ra)(?![\\p{L}])|de\\s+\\p{L}+(?:er|ir|re)(?![\\p{L}])|d[’']\\p{L}+(?:er|ir|re)(?![\\p{L}]))"), 0.8, /agreed|decided|convenu|décidé/i],
  // « convenu d’établir »: the elided de is followed by its verb, which wordPattern's closing letter check must allow.
  // « Elle a par ailleurs décidé d’organiser un débat lors d’une session plénière extraordinaire mardi 1er mars 2022 » (European
  // Parliament, 2022, round 36): one body's decision, as "decided to" is in English. Not a deployment (corpus convention): « le
  // Président de la République a décidé de renforcer temporairement la présence militaire française en Méditerranée » (Élysée, 2020).
  // « sont convenus de se réunir de nouveau à Genève le 29 octobre » (être convenu de, the classical form) as « ont convenu de ».
  [wordPattern(`(?:(?:ont|a|avons)\\s+(?:également\\s+|en\\s+outre\\s+|aussi\\s+)?convenu|(?:sont|est|sommes)\\s+(?:également\\s+|en\\s+outre\\s+|aussi\\s+)?convenue?s?|conviennent|(?:nous\\s+)?convenons|(?:ont|a|avons)\\s+(?:également\\s+|en\\s+outre\\s+|aussi\\s+|par\\s+ailleurs\\s+)?décidé)\\s+(?!de\\s+l[’']importance|de\\s+la\\s+nécessité|de\\s+(?:retirer|reporter|suspendre|renoncer)|de\\s+renforcer\\s+(?:\\p{L}+ment\\s+)?(?:la|sa|leur)\\s+présence|d[’']envoyer|de\\s+(?:déployer|dépêcher)|d[’']agir(?![\\p{L}])|d[’'](?:annuler|abandonner|ajourner))(?:de|d[’']\\p{L}+)(?!${GARDER_LE_CONTACT})`), 0.9, /convenu|convenons|convienn|décidé/i],
  // S'entendre sur, agreed in other words: « Ils se sont en outre entendus sur le principe d'une participation de la France
  // aux frais » (a French–Swiss declaration outside the corpus, 2003), « nous nous sommes entendus pour lancer ». Not an
  // agreement on a need or an importance, which restates a position.
  [wordPattern("(?:se\\s+sont|nous\\s+nous\\s+sommes|s[’']est)\\s+(?:également\\s+|en\\s+outre\\s+|aussi\\s+)?entendue?s?\\s+(?:sur|pour)(?!\\s+(?:l[’']importance|la\\s+nécessité|le\\s+besoin))"), 0.85, /entendu/i],
  // « le conseiller fédéral Ignazio Cassis a signé avec le président du Conseil d’État genevois Antonio Hodgers et le
  // Conseiller administratif de la ville de Genève Sami Kanaan une déclaration commune » (a Swiss release outside the
  // corpus): the co-signatories stand between the verb and the instrument.
  [wordPattern(`sign(?:é|ée|ent|eront|er)\\s+(?:avec\\s+[^.;]{0,200}?|[^.;]{0,40}?)(?:${INSTRUMENT})`), 0.95, /sign/i],
  [wordPattern('adopt(?:é|ée|ent|ons)\\s+(?:la|le|une|un)\\s+(?:présente\\s+)?(?:déclaration\\s+(?:conjointe|commune)|communiqué\\s+(?:conjoint|commun)|plan\\s+d[’\']action|feuille\\s+de\\s+route)'), 0.9, /adopt/i],
  // Their own statement approved or issued: « Les ministres ont approuvé une déclaration ministérielle du Commonwealth
  // contre le racisme », « ont émis une déclaration commune » (canada.ca, 2020 and 2025). Not « approuvons la déclaration
  // commune de … » (someone else's, endorsed).
  [wordPattern("(?:approuvé|entériné|adopté)\\s+(?:une|la\\s+présente)\\s+déclaration|(?:émis|publié|diffusé|rendu\\s+publique)\\s+(?:une|la\\s+présente|cette)\\s+déclaration\\s+(?:commune|conjointe)|" +
    // Leaders who release statements together: « MM. Chrétien et Jospin ont également rendu publiques deux déclarations
    // concernant la culture » (PMO, 1998); the signing of a named instrument the author attends: « a assisté aujourd'hui à la
    // signature d'un Programme d'action Canada-France ».
    "(?:ont|avons)\\s+(?:également\\s+|aussi\\s+|conjointement\\s+)?(?:rendu\\s+publiques?|publié|émis|adopté|signé)\\s+(?:deux|trois|plusieurs|des|une)\\s+déclarations?|assist(?:é|ait|era|e)\\s+(?:aujourd['’]hui\\s+)?à\\s+la\\s+signature\\s+d['’](?:un|une)\\s+(?:\\p{L}+\\s+){0,2}?(?:programme|accord|protocole|déclaration|plan|mémorandum|entente|arrangement|traité|convention)"), 0.85, /approuv|entérin|adopt|émis|publié|diffusé|rendu publique|signature|sign/i],
  // « ont salué la signature d'une lettre d'intention »: the elided de takes its word along (wordPattern ends on a word's end).
  [wordPattern('(?:salué|saluent|ont\\s+salué)\\s+la\\s+(?:récente\\s+)?(?:signature|conclusion|adoption)\\s+(?:de|du|d[’\']\\p{L}+)|welcomed\\s+the\\s+(?:recent\\s+)?(?:signing|signature|conclusion|adoption)\\s+of'), 0.65, /salu|welcomed/i],
  // Not a meeting named only as the agenda the talks covered: « les dossiers qui seront à l’ordre du jour de la prochaine
  // rencontre des ministres … de l’OTAN, prévue début avril à Bruxelles » (France Diplomatie, 2020, round 19; corpus rule on
  // scheduled summits named only as the talks' topic).
  [wordPattern('procédé\\s+au\\s+lancement\\s+(?:du|de\\s+la|de\\s+l[’\']|des|d[’\']un|d[’\']une)(?=\\s|\\p{L})|(?:lancer(?:a|ont|ons)?|lancé|lanç(?:ait|aient|ons))(?!\\s+(?:des|de|une|un|leurs?|ses)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:frappes?|missiles?|roquettes?|attaques?|offensives?|raids?|bombardements?|tirs?|drones?|opérations?\\s+militaires?))|lanc(?:e|ent|ons)\\s+(?:un|une|le|la|les|leur|notre|conjointement)|(?<!qui\\s)se\\s+tiendra|(?<!qui\\s)se\\s+tiendront|(?<!qui\\s)(?:doi(?:t|vent)|devrai(?:t|ent))\\s+(?:se\\s+tenir|avoir\\s+lieu)|(?<!qui\\s)aura\\s+lieu|se\\s+(?:réuniront|retrouveront|rencontreront)|(?<!(?:ordre\\s+du\\s+jour|préparatifs)\\s+(?:de\\s+la|du|de|des)\\s+)prochaine?\\s+(?:réunion|session|rencontre|sommet|dialogue|conseil)|mettr(?:a|ont)\\s+(?:sur\\s+pied|en\\s+place)|créer(?:a|ont)?\\s+(?:un|une)'), 0.8, /lanc|lanç|tiend|tenir|lieu|réuni|retrouv|rencontr|prochain|mettr|créer/i],
  // A meeting announced in the future tense: « rencontrera, mardi à Bruxelles, Federica Mogherini », « rencontrera
  // à nouveau les premiers ministres … le 2 juin 2025 à Saskatoon », « participera à la réunion des ministres ».
  // « La présidente de la Confédération s'entretiendra notamment de l'état des relations bilatérales … avec le président du Conseil
  // européen » (Swiss FDFA, 2010, round 86): the topics may come before the one met.
  // Also a clause between « aura » and the talks, the talks named before their future, and the authorities met: « M. Le Drian aura, au
  // cours de son séjour en terre ivoirienne, des entretiens avec le Chef de l'Etat » (AIP, 2014), « les entretiens que le chef de l’Etat …
  // aura avec son homologue azerbaïdjanais » (ADIAC, 2024), « Le diplomate français devra aussi s’entretenir avec les autorités
  // congolaises » (VoxCG, 2018; all three from earlier rounds' French texts).
  // Case-sensitive (a wordPattern is not: under /iu, \\p{Lu} matches any letter): the one met is named or titled,
  // not « rencontrera des représentants de la société civile ».
  [new RegExp("(?<![\\p{L}])(?:(?:rencontrer(?:a|ont)|(?:devrai(?:t|ent)|doi(?:t|vent))\\s+rencontrer|(?:aur(?:a|ont)|tiendr(?:a|ont))(?:,\\s+[^,.;]{1,80},)?\\s+(?:des\\s+entretiens|un\\s+entretien|une\\s+rencontre|une\\s+réunion)\\s+avec|entretiens\\s+que\\s+[^.;]{1,100}?\\s+aur(?:a|ont)\\s+avec)(?:,\\s+[^,.;]{1,40},)?\\s+(?:à\\s+nouveau\\s+|ensuite\\s+|également\\s+|aussi\\s+|notamment\\s+|d[’']abord\\s+|enfin\\s+)?(?:(?:M\\.|Mme|MM\\.)\\s+)?(?:\\p{Lu}|(?:son|sa|ses|leurs?|le|la|les)\\s+(?:[Hh]omologues?|[Pp]remiers?\\s+[Mm]inistres?|[Pp]remières?\\s+[Mm]inistres?|[Pp]résidente?s?|[Cc]hancelière?|[Mm]inistres?|[Ss]ecrétaire|[Hh]aute?\\s+[Rr]eprésentante?|[Cc]hef\\s+de\\s+l['’][ÉEée]tat|[Cc]hef\\s+du\\s+[Gg]ouvernement))|(?:s[’']entretiendr(?:a|ont)|(?:devrai(?:t|ent)|doi(?:t|vent)|devr(?:a|ont))\\s+(?:aussi\\s+|également\\s+|notamment\\s+)?s[’']entretenir)\\s+(?:[^.;]{0,160}?\\s)?avec\\s+(?:(?:M\\.|Mme)\\s+)?(?:\\p{Lu}|(?:son|sa|ses|leurs?|le|la|les)\\s+(?:homologues?|premiers?\\s+ministres?|présidente?s?|chancelière?|ministres?|autorités)))", 'u'), 0.7, /rencontr|entretiendr|entretenir|entretien|réunion/i],
  // The next visit announced, or made at the other's invitation: « Annonce a été faite, dans la déclaration finale de cette visite, de la
  // prochaine visite du président mauritanien au Sénégal, sur invitation de son homologue sénégalais » (Taqadoumy, 2020, round 126).
  [wordPattern("(?:annonc[\\p{L}]*|annonce\\s+a\\s+été\\s+faite)\\s+[^.;]{0,80}?(?:la|sa|une)\\s+prochaine\\s+visite\\s+(?:[^.;]{0,60}?\\s)?(?:au|aux|en|à)\\s+\\p{Lu}|(?:la|sa|une)\\s+prochaine\\s+visite\\s+(?:[^.;]{0,60}?\\s)?(?:au|aux|en|à)\\s+\\p{Lu}[^.;]{0,60}?(?:sur|à\\s+l['’])\\s*invitation|(?:announced|announcement\\s+of)\\s+[^.;]{0,60}?(?:the|a|his|her)\\s+next\\s+visit\\s+(?:of|by)\\s+[^.;]{1,60}?\\s+to\\s+\\p{Lu}"), 0.7, /annonc|invitation|announc/i],
  // A meeting to come announced: « Le président Erdoğan a annoncé la tenue, en 2018, de la réunion du Conseil de la coopération
  // stratégique tuniso-turque » (Atlasinfo, 2017, round 108), "announced the holding of the next Joint Commission in Abuja".
  [wordPattern("annonc(?:é|e|ent|ait)\\s+la\\s+tenue(?:,\\s+[^,.;]{1,40},)?\\s+(?:de\\s+la|du|des|de\\s+l[’']|d[’']une?)\\s*(?:prochaine?\\s+|première\\s+|premier\\s+)?(?:réunion|session|sommet|conférence|rencontre|conseil|commission|forum|dialogue)|announc(?:ed|es)\\s+the\\s+holding\\s+of\\s+(?:the|a)\\s+(?:next\\s+|first\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:meeting|session|summit|conference|council|commission|forum|dialogue)"), 0.8, /annonc|announc/i],
  // An event of the participants set for a date: « La 5ème édition du Forum international sur la Paix et la Sécurité en Afrique est
  // prévue au Centre international de conférences Abdou Diouf de Diamniadio, du 5 au 6 novembre 2018 » (APS, 2018, round 109), "The
  // forum is planned for 5 and 6 November 2018 in Dakar", « la 17e session de la Haute commission mixte tuniso-mauritanienne prévue en
  // décembre prochain » (Directinfo, 2015, round 110). Not one that was (« était prévue »), nor a meeting named only as the agenda
  // the talks covered (« les dossiers qui seront à l’ordre du jour de la prochaine rencontre …, prévue début avril », round 19).
  // Nor the event on whose margins the talks were held: « Lors de cette entrevue, tenue en marge des travaux de la 15-ème session de la
  // Conférence Islamique au Sommet, prévue les 4 et 5 mai à Banjul, … » (MAP, 2024, round 123).
  [wordPattern("(?<!ordre\\s+du\\s+jour\\s+(?:de\\s+la|du|de|des)\\s+(?:prochaine?\\s+)?)(?<!en\\s+marge\\s+d[^.;]{0,80})(?:réunion|sommet|conférence|rencontre|session|forum|visite|commission|dialogue|consultations)\\s+(?:[^.;]{0,100}?\\s)?(?:(?:est|sont)\\s+)?(?<!(?:était|étaient|comme|avait\\s+été|avaient\\s+été)\\s)(?:prévue?s?|programmée?s?|fixée?s?)\\s+(?:[^.;]{0,100}?\\s)?(?:(?:le|les|du|au|dès\\s+le)\\s+\\d{1,2}(?:er)?(?=\\s)|(?:en|pour|d[’']ici)\\s+(?:19|20)\\d\\d|(?:début|fin|courant|mi-|en|au\\s+mois\\s+de|pour)\\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|l[’']année)|(?:en|à|au|pour)\\s+(?:la\\s+|le\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:prochaine?|semaine\\s+prochaine|mois\\s+prochain|année\\s+prochaine))|(?:meeting|summit|conference|session|forum|visit|commission|dialogue|consultations)\\s+(?:[^.;]{0,100}?\\s)?(?:is|are|has\\s+been|have\\s+been)\\s+(?:scheduled|planned|set|slated)\\s+for\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?=\\s)|(?:early|late|mid-?)\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{4})|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?=\\s|,))"), 0.75, /prévu|programm|fixé|scheduled|planned|set for|slated/i],
  // A joint communiqué issued, reported: « Le communiqué conjoint publié en fin de journée souligne que cette visite … »
  // (republicoftogo.com, 2016, round 109).
  [wordPattern("(?:le|un)\\s+communiqué\\s+(?:conjoint|commun)\\s+(?:publié|rendu\\s+public|diffusé|signé|adopté)"), 0.7, /communiqué/i],
  // A meeting planned with someone, and the will to hold one: « la délégation tunisienne prévoit une rencontre avec des parlementaires
  // allemands » (TAP, 2012), « ont émis hier à Malabo la volonté de tenir dans les meilleurs délais une «Grande commission mixte» »
  // (Gabonreview, 2017; both round 110).
  [wordPattern("prévoi(?:t|ent)\\s+(?:également\\s+|aussi\\s+)?(?:une|des|un)\\s+(?:rencontres?|réunions?|entretiens?|visites?|séances?\\s+de\\s+travail)\\s+avec|volonté\\s+de\\s+tenir\\s+(?:[^.;]{0,40}?\\s)?(?:une|un|la|le|leur|sa|son|la\\s+prochaine)\\s+(?:[^.;]{0,30}?)(?:commission|réunion|session|sommet|rencontre|conférence|consultations)"), 0.75, /prévoi|volonté/i],
  // Diplomatic relations established, and a post created: « à la signature d’un document diplomatique consistant à la mise en place de
  // relations diplomatiques » (Madagascar MFA, 2018), « Le chef du gouvernement annonce également la création d’un haut-commissariat
  // entre les deux pays » (Radio One Mauritius, 2025; both round 115), "the two countries established diplomatic relations today".
  // Not relations recalled: "the 30th anniversary of the establishment of diplomatic relations", "established diplomatic relations in 1992".
  [wordPattern("(?<!(?:anniversary|anniversaire|since|depuis|years|ans|jubilee)\\s+(?:of\\s+|de\\s+|d[’'])?(?:the\\s+|l[’'])?)(?<!(?:which|whom|lesquels|lesquelles|lequel|laquelle)\\s+[^.;]{0,60}?)(?:establish(?:ed|es|ing)?\\s+(?:formal\\s+|full\\s+)?diplomatic\\s+relations|establishment\\s+of\\s+(?:formal\\s+|full\\s+)?diplomatic\\s+relations|(?:(?:a|ont)\\s+établi|établissent|établiront|établir)\\s+(?:des\\s+|de\\s+)?relations\\s+diplomatiques|(?:mise\\s+en\\s+place|établissement|instauration)\\s+(?:de|des)\\s+relations\\s+diplomatiques)(?![^.;]{0,40}?\\s(?:in|en|since|depuis)\\s+(?:19|20)\\d\\d)|(?:annonc\\p{L}*|décid\\p{L}*|convenu)\\s+(?:également\\s+|aussi\\s+)?(?:de\\s+)?(?:la\\s+création|l[’']ouverture|l[’']établissement|créer|ouvrir)\\s+(?:d[’'](?:un|une)|un|une)\\s+(?:haut-commissariat|ambassade|consulat(?:\\s+général)?|bureau\\s+de\\s+liaison)"), 0.8, /diplomatic relations|relations diplomatiques|haut-commissariat|ambassade|consulat|bureau de liaison/i],
  // A meeting to be organised: « Une réunion sera prochainement organisée avec les présidents de ces cinq sections » (APF, 2022,
  // round 53), "A meeting will soon be organised with …", "There is to be a meeting between the two sides on this matter"
  // (Bahamas MFA, 2014, round 53).
  [wordPattern("(?:réunion|rencontre|session|séance\\s+de\\s+travail|consultations?|table\\s+ronde|atelier|séminaire|forum|conférence)\\s+(?:sera|seront)\\s+(?:prochainement\\s+|bientôt\\s+|très\\s+prochainement\\s+)?(?:organisée?s?|convoquée?s?)|(?:meeting|session|consultations)\\s+will\\s+(?:soon\\s+|shortly\\s+)?be\\s+(?:organi[sz]ed|convened|arranged)|there\\s+(?:is|are)\\s+to\\s+be\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:meeting|session|consultations?)\\s+(?:between|of|with)(?![\\p{L}])"), 0.7, /organis|organiz|convoqu|conven|arranged|is to be|are to be/i],
  // A host's welcome to come, and a meeting held on a day to come in the present tense: « La Première ministre française Elisabeth Borne
  // accueillera ce lundi soir son homologue luxembourgeois Xavier Bettel », « Xavier Bettel sera reçu à Paris à l'hôtel de Matignon par la
  // Première ministre » (Luxemburger Wort, 2022), « Les gouvernements Français et Sénégalais tiennent dimanche prochain un Séminaire
  // Intergouvernemental » (Leral, 2019; both round 127).
  [wordPattern("(?:accueiller(?:a|ont)|recevr(?:a|ont))\\s+(?:[^.;,]{0,40}?\\s)?(?:son|sa|ses|leurs?)\\s+homologues?|(?:tien(?:t|nent)|organisen?t?)\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+prochain|demain|la\\s+semaine\\s+prochaine)\\s+(?:un|une|la|le|leur|son|sa)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:séminaire|réunion|sommet|rencontre|session|forum|conférence|consultations|commission)"), 0.7, /accueill|recevr|tient|tiennent|organis/i],
  // A meeting to come in the passive: « Les deux Représentants spéciaux seront reçus en audience par M. João Manuel Gonçalves
  // Lourenço » (UNOCA and MINUSCA, 2021, round 50); "During the visit the Indian Minister will receive an audience with His Majesty the
  // King" (BBS, 2013, round 126).
  [wordPattern("(?:sera|seront)\\s+reçue?s?\\s+(?:en\\s+audience\\s+)?(?:(?:à|au|en)\\s+[^.;]{1,60}?\\s)?par\\s+(?:M\\.|Mme|S\\.E\\.|son\\s+excellence|le\\s+(?:président|premier\\s+ministre|ministre|roi|secrétaire)|la\\s+(?:présidente|première\\s+ministre|ministre|reine|secrétaire))(?=\\s|\\p{L})|will\\s+(?:also\\s+)?(?:receive|have|be\\s+granted|be\\s+received\\s+in)\\s+(?:an\\s+)?audience\\s+(?:with|by)\\s+(?:His|Her|Their)\\s+(?:Majesty|Majesties|Highness|Excellency)"), 0.7, /reçu|audience/i],
  // Also an attendance announced: « sera présent en Roumanie du 28 au 30 novembre à l’occasion de la réunion des ministres ».
  // Also a trip to attend: « se rendra à Bruxelles le lundi 15 février 2016, afin de participer au Conseil «Affaires étrangères» »
  // (Luxembourg MAEE, 2016, round 51).
  [wordPattern("se\\s+rendr(?:a|ont)\\s+[^.;]{1,80}?\\s(?:afin\\s+de|pour)\\s+(?:y\\s+)?participer\\s+(?:à|au|aux)(?![\\p{L}])|participer(?:a|ont)\\s+(?:à|au|aux)\\s+(?:la\\s+|le\\s+|l[’'])?(?:[\\p{L}\\p{N}’'-]+\\s+){0,4}?(?:réunion|sommet|conférence|rencontre|forum|dialogue|conseil|session)s?|(?:sera|seront)\\s+présente?s?\\s+[^.;]{0,60}?(?:à\\s+l[’']occasion|lors)\\s+d(?:e\\s+la|e\\s+l[’']|u|es)\\s*(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?(?:réunion|sommet|conférence|rencontre|forum|session)s?"), 0.7, /participer|présent|rendr/i],
  // A step the authors are determined to take, with its verb of action: « Nous sommes déterminés à adopter dès que
  // possible, et au plus tard avant la fin de l'année, notre nouvel objectif », "are determined to conclude the agreement".
  [wordPattern("(?:sommes|sont|restons|demeurons)\\s+(?:fermement\\s+)?déterminée?s?\\s+à\\s+(?:adopter|conclure|signer|lancer|créer|mettre\\s+en\\s+place|établir|organiser|tenir|faire\\s+respecter|mettre\\s+en\\s+(?:œ|oe)uvre)|(?:are|remain)\\s+(?:firmly\\s+)?determined\\s+to\\s+(?:adopt|conclude|sign|launch|create|establish|enforce|implement)"), 0.7, /déterminé|determined/i],
  // An agreement of a body the authors belong to, welcomed (corpus convention): « Nous nous félicitons de l'accord obtenu
  // à Bruxelles le 21 juillet dernier sur le programme … ».
  [wordPattern("(?:félicit\\p{L}*\\s+de|salu\\p{L}*)\\s+l[’']accord\\s+(?:obtenu|conclu|trouvé|intervenu|atteint)"), 0.65, /accord/i],
  // A meeting to come the authors look forward to: « Nous attendons avec intérêt la tenue du Forum régional de l'Union pour
  // la Méditerranée le 27 novembre », as "look forward to the upcoming meeting".
  [wordPattern("attend(?:ons|ent|ait|aient)\\s+avec\\s+(?:intérêt|impatience)\\s+(?:la\\s+tenue\\s+d(?:u|e\\s+la|e\\s+l[’']|es)\\s*|la\\s+|le\\s+|l[’']|les\\s+)(?:prochaine?s?\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?(?:réunion|sommet|forum|conférence|rencontre|visite|session|dialogue)s?"), 0.7, /attend/i],
  // A commitment the parties make together: « Ses membres se sont engagés à garantir … », « nous nous engageons à
  // œuvrer ensemble » — not one that only keeps in touch.
  [wordPattern(`(?:se\\s+sont\\s+engagé(?:e|s|es)?|s[’']est\\s+engagée?|s[’']engage(?:nt)?|nous\\s+nous\\s+engageons|je\\s+m[’']engage)\\s+(?:à|a)\\s+(?!(?:rester|demeurer|maintenir|continuer|(?:intensifier|renforcer|approfondir|développer)\\s+(?:le|leur|les|la|l[’'])\\s*(?:dialogue|échanges|coopération|relations?|concertation|liens)|travailler\\s+ensemble|collaborer|coopérer|poursuivre\\s+(?:leurs?\\s+|les\\s+|la\\s+|le\\s+|une\\s+)?(?:étroite\\s+|(?:plus\\s+)?étroitement\\s+)?(?:échanges|dialogue|concertation|contacts|coopération|collaboration|coordination|travail|efforts|discussions)))\\p{L}+`), 0.75, /engag/i],
  // New steps announced without a named programme: "announced new projects and new forms of collaboration", « ont
  // annoncé de nouvelles initiatives », as "announced a new … Programme".
  [wordPattern("announc(?:ed|es|e|ing)\\s+(?:a\\s+(?:series|number|range)\\s+of\\s+)?(?:new|additional|further)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:projects|initiatives|programmes|programs|commitments|deliverables|investments|partnerships)(?![\\p{L}])|annonc(?:é|e|ent)\\s+(?:de\\s+nouveaux|de\\s+nouvelles|une\\s+série\\s+de)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:projets|initiatives|programmes|engagements|investissements|partenariats)(?![\\p{L}])"), 0.75, /announc|annonc/i],
  // Costs imposed, as sanctions are: "We have imposed and will continue to impose further economic costs on Russia",
  // « imposer de nouveaux coûts ».
  [wordPattern("(?<!(?:ready|prepared|willing)\\s+to\\s+)impos(?:e|ed|es|ing)\\s+(?:further|new|additional|severe|significant)\\s+(?:economic\\s+)?(?:costs|penalties)\\s+on|impos(?:er|era|eront|ons|é)\\s+de\\s+nouveaux\\s+coûts"), 0.65, /impos/i],
  // A named joint body or plan recalled in a relative clause as launched or set up by the parties: "three joint
  // committees that President Biden and the Vice President launched at the Summit", « le partenariat que nous avons
  // lancé en 2022 ». Not what a third party launched: the subject must be the authors or their titles.
  // Also an instrument the authors sign as they write: "The trilateral Statement of Intent (SOI) that we sign today focuses on …"
  // (Danish, Norwegian and Swedish defence ministers, 2021, round 42).
  [wordPattern("(?:committees?|initiatives?|partnerships?|programmes?|programs?|funds?|dialogues?|mechanisms?|frameworks?|platforms?|working\\s+groups?|task\\s+forces?|action\\s+plans?|coalitions?),?\\s+(?:that|which)\\s+(?:we|they|both\\s+(?:countries|leaders|sides)|the\\s+two(?:\\s+(?:countries|leaders|sides|ministers|governments))?|(?:the\\s+)?(?:President|Vice\\s+President|Prime\\s+Minister|Minister|Secretary|Chancellor|leaders|ministers)\\s+[^.;,]{0,60}?)\\s+(?:(?:have|has|had)\\s+)?(?:jointly\\s+)?(?:launched|established|set\\s+up|created|announced|signed)(?![\\p{L}])|(?:agreements?|memorand(?:um|a|ums)|MoUs?|MOUs?|statements?\\s+of\\s+intent|letters?\\s+of\\s+intent|declarations?|arrangements?|protocols?)(?:\\s*\\([^()]{1,15}\\))?,?\\s+(?:that|which)\\s+(?:we|both\\s+(?:countries|leaders|sides|ministers)|the\\s+(?:two\\s+)?(?:ministers|leaders|parties))\\s+(?:(?:sign|are\\s+signing|have\\s+signed|signed)\\s+today|(?:sign|are\\s+signing)\\s+(?:here|this\\s+(?:day|morning|afternoon|week)))(?![\\p{L}])|(?:partenariat|initiative|programme|fonds|dialogue|mécanisme|groupe\\s+de\\s+travail|plan\\s+d[’']action|coalition)\\s+(?:que|qu[’'])\\s*(?:nous|ils|elles|les\\s+deux\\s+(?:pays|dirigeants|ministres))\\s+(?:avons|ont)\\s+(?:conjointement\\s+)?(?:lancée?|créée?|établie?|mise?\\s+en\\s+place|signée?)(?![\\p{L}])"), 0.65, /launched|established|set up|created|announced|sign|lancé|créé|établi|mis en place|mise en place|signé/i],
  // A negotiation toward an instrument the parties mean to conclude: "the leaders discussed their intent to work towards a new and
  // ambitious returns agreement between the UK and Iraq" (No 10, 2025, round 83), "They will work towards a new agreement".
  [wordPattern("(?:(?:intent|intention|determination|resolve|readiness)\\s+to|will)\\s+work\\s+towards?\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:agreement|treaty|accord|arrangement|deal|framework)(?![\\p{L}])"), 0.7, /toward/i],
  // A visit scheduled for talks, or a journey to a named dialogue: "Minister Pandor is scheduled to visit Mauritius on 03-04 May 2023 for
  // bilateral talks" (DIRCO, 2023), "will travel to Mexico City to take part in the first U.S.-Mexico High-Level Security Dialogue"
  // (White House, 2021; both round 87).
  [wordPattern("(?:will|(?:is|are)\\s+(?:scheduled|expected|due|set)\\s+to)\\s+(?:visit|travel\\s+to)\\s+[^;]{1,60}?\\s(?:for|to\\s+hold)\\s+(?:bilateral\\s+|official\\s+)?(?:talks|consultations|meetings|discussions)|(?:will|to)\\s+(?:travel|go|fly)\\s+to\\s+[^;]{1,60}?\\s+to\\s+(?:take\\s+part\\s+in|participate\\s+in|attend)\\s+(?:the\\s+)?[^;]{0,80}?(?:dialogue|meeting|summit|conference|forum|consultations|talks)(?![\\p{L}])"), 0.7, /visit|travel|fly|go to/i],
  // A visit's programme announced in French: « les deux chefs de gouvernement auront une entrevue bilatérale à l’Hôtel de Bourgogne », « Le
  // chef du gouvernement portugais sera ensuite reçu en audience par S.A.R. le Grand-Duc », « Mars Di Bartolomeo, accueillera Pedro
  // Passos Coelho pour une entrevue », « L’entrevue sera suivie d’un déjeuner de travail », « Figurera également au programme une
  // rencontre avec le président de la Cour AELE », « poursuivre leurs échanges lors d'un dîner offert par Xavier Bettel »
  // (Luxembourg government, 2014 and 2023, round 87).
  [wordPattern("(?:aur(?:a|ont)|tiendr(?:a|ont))\\s+(?:une|un|des)\\s+(?:entrevue|entretien|entretiens|rencontre|réunion|déjeuner\\s+de\\s+travail|dîner\\s+de\\s+travail)\\s+(?:bilatérale?s?\\s+)?(?:avec|à|au)(?![\\p{L}])|ser(?:a|ont)\\s+(?:ensuite\\s+|également\\s+|aussi\\s+)?(?:reçue?s?|accueillie?s?)\\s+(?:en\\s+audience\\s+)?par|accueiller(?:a|ont)\\s+[^;]{1,80}?\\s+pour\\s+(?:une|un)\\s+(?:entrevue|entretien|rencontre|réunion|visite)|ser(?:a|ont)\\s+suivie?s?\\s+d['’]un\\s+(?:déjeuner|dîner)|figurer(?:a|ont)\\s+(?:également\\s+|aussi\\s+)?au\\s+programme\\s+(?:une|un)\\s+(?:rencontre|entrevue|entretien|réunion)|\\p{L}+r(?:a|ont)\\s+[^.;]{0,80}?(?:dîner|déjeuner)\\s+(?:de\\s+travail\\s+)?(?:offert|donné)\\s+par"), 0.7, /aur|tiendr|sera|accueill|suivi|figurer|offert|donné/i],
  // Talks the minister is invited to, dated: "he has been invited to have discussions on 3 July with the ASEAN Foreign Ministers after
  // their meeting in Bali" (DFAT, 1979, round 85). A body that commits to meet again: "The Task Force also affirmed its commitment to
  // monitor the energy security situation and reconvene when necessary" (United States and EU, 2023, round 85).
  [wordPattern("(?:has|have|had)\\s+been\\s+invited\\s+to\\s+(?:have|hold|attend|join)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:discussions|talks|meetings?|consultations)(?=[^.;]{0,40}?\\s(?:on|in)\\s+(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December|next))|(?:commitment|committed|agreed|decided|resolved)\\s+to\\s+[^.;]{0,100}?\\s(?:and\\s+)?reconvene"), 0.7, /invited|reconven/i],
  // A declaration named as agreed at the meeting: "Agreed today at the Sixth Ministerial Conference of the Bali Process …, this
  // landmark Ministerial Declaration strengthens regional cooperation" (DFAT, 2016, round 85).
  [new RegExp(String.raw`^(?:Agreed|Adopted|Signed|Endorsed)\s+(?:today\s+|yesterday\s+)?(?:at|during|in)\s+[^.;]{3,200}?,\s+(?:the|this|these|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:Declaration|Agreement|Communiqué|Statement|Plan|Framework|Roadmap|Charter|Memorandum|Treaty|declaration|agreement|plan|framework|roadmap|charter|memorandum|treaty)(?![\p{L}])`, 'u'), 0.85, /agreed|adopted|signed|endorsed/i],
  // A concrete step the authors plan: "We plan to conduct the first round later this year", « nous prévoyons de tenir ».
  // Also a meeting planned in a predicate after "and": "Sullivan and Vice Chairman Zhang recognized the progress … and planned to hold a
  // theater commander telephone call in the near future" (White House, 2024, round 154).
  [wordPattern("(?:we|they|both\\s+(?:countries|sides|leaders|ministers)|the\\s+two\\s+(?:countries|sides|leaders|ministers))\\s+(?:also\\s+)?(?:plan|plans|planned|intend|intends|intended)\\s+to\\s+(?:hold|conduct|launch|establish|convene|sign|open|create|set\\s+up|host)(?![\\p{L}])|and\\s+(?:also\\s+)?(?:plan|planned|intend|intended)\\s+to\\s+(?:hold|conduct|convene)\\s+(?:a|an|the|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:call|meeting|talks|dialogue|consultations|round|session|summit)(?![\\p{L}])|(?:nous|ils|elles|les\\s+deux\\s+(?:pays|parties|ministres|dirigeants))\\s+(?:prévoyons|prévoient|prévoyaient|comptons|comptent|entendons|entendent)\\s+(?:de\\s+|d[’'])?(?:tenir|organiser|lancer|créer|établir|signer|ouvrir|mettre\\s+en\\s+place|convoquer)(?![\\p{L}])"), 0.7, /plan|intend|prévo|compt|entend/i],
  // A country invited (past: a done invitation, not "we invite partners to join", an appeal) into the parties' own initiative: "the United States invited Ecuador to be one of just 16 global
  // partners in the Global Procurement Initiative", « a invité la Moldavie à rejoindre le partenariat ».
  [wordPattern("invited\\s+[^.;]{1,60}?\\s+to\\s+(?:be(?:come)?\\s+(?:one\\s+of\\s+[^.;]{0,30}?|a|an|the)\\s*(?:new\\s+|founding\\s+|global\\s+)?(?:partners?|members?)\\s+(?:in|of)|join)\\s+(?:the\\s+)?(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'-]*\\s+){1,6}(?:Initiative|Partnership|Coalition|Group|Alliance|Network|Forum|Programme|Program|Platform|Club)(?![\\p{L}])|invit(?:é|ée|és|e|ent)\\s+[^.;]{1,60}?\\s+(?:à|a)\\s+(?:rejoindre|devenir\\s+(?:membre|partenaire)\\s+d(?:u|e\\s+la|e\\s+l[’']))\\s*(?:le\\s+|la\\s+|l[’'])?(?:partenariat|initiative|coalition|groupe|alliance|réseau|forum|programme|plateforme)(?![\\p{L}])"), 0.7, /invit/i],
  // A step the authors propose to take (French joint declarations): « nous proposons de renouveler le partenariat
  // méridional », « proposent de créer un groupe de travail ». Not a proposal asked of others.
  [wordPattern("(?:nous\\s+)?propos(?:ons|ent)\\s+(?:de|d[’'])\\s*(?:renouveler|créer|lancer|établir|organiser|tenir|mettre\\s+en\\s+place|convoquer|adopter|signer|conclure|instituer)(?![\\p{L}])|(?:we|they)\\s+propose\\s+to\\s+(?:renew|create|launch|establish|hold|convene|set\\s+up|adopt|sign|conclude)(?![\\p{L}])"), 0.7, /propos/i],
  // A joint body the authors recall having set up: "we established on 25 March 2022 the Task Force on European Energy
  // Security" (a recalled joint action named as established counts).
  // Also in the perfect: "They have established a joint cooperation commission" (after Ethiopia and Zambia, ENA, 2017, round 117).
  [wordPattern("(?:we|they|both\\s+(?:sides|countries|leaders)|the\\s+two\\s+(?:sides|countries|leaders))\\s+(?:(?:have|has)\\s+)?(?:jointly\\s+)?(?:established|set\\s+up|created|launched)\\s+(?:[^.;]{0,30}?\\s)?(?:the|a|an)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,6}?(?:Task\\s+Force|Working\\s+Group|Committee|Commission|Dialogue|Mechanism|Forum|Council|Platform|Fund|Partnership|Initiative|Programme|Program|Centre|Center|Network)(?![\\p{L}])"), 0.75, /established|set up|created|launched/i],
  // French counterparts of the English cues above, written from the English classes (not from corpus sentences: the
  // tune split's French statements held almost no miss, and French initiatives were the test split's weakest line).
  // A body created, in any tense: « ont créé un groupe de travail conjoint », « mettront en place un mécanisme de suivi »,
  // « a institué un comité mixte », as "will establish a joint committee" and "the launch of the … Dialogue".
  [wordPattern("(?:créé|créée|créer|créera|créeront|établi|établir|établira|établiront|institué|instituer|instituera|institueront|mis\\s+en\\s+place|mettre\\s+en\\s+place|mis\\s+sur\\s+pied|mettre\\s+sur\\s+pied)\\s+(?:conjointement\\s+)?(?:un|une|le|la|l[’']|leur|notre)\\s*(?:nouve(?:au|l|lle)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:groupe\\s+de\\s+travail|comité|commission|mécanisme|dialogue|fonds|forum|conseil|plateforme|partenariat|centre|réseau|programme|initiative|équipe\\s+spéciale|groupe\\s+de\\s+contact|cellule(?!\\s+(?:de\\s+)?crise)|coalition)(?![\\p{L}])"), 0.8, /créé|créer|établi|institu|mis en place|mettre en place|mis sur pied|mettre sur pied/i],
  // Joining a named joint effort, in French as "will join the Coalition": « Le Canada rejoint l’initiative mondiale … », « s’associe
  // à la coalition internationale … »; a partnership concluded: « ont conclu un partenariat stratégique », "concluded a
  // strategic partnership".
  [wordPattern("(?:rejoin(?:t|dra|dront|dre)|se\\s+join(?:t|dra|dront|dre)\\s+à|s[’']associ(?:e|ent|era|eront)\\s+à|adhèr(?:e|ent)\\s+à|adhérer(?:a|ont)\\s+à)\\s+(?:la|le|l[’']|au|aux)\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:coalition|initiative|partenariat|alliance|groupe|mécanisme|plateforme|fonds|programme|déclaration|engagement|appel)(?![\\p{L}])|(?:conclu|concluded|noué)\\s+(?:un|une|a|an)\\s+(?:nouveau\\s+|new\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:partenariat|partnership)(?![\\p{L}])"), 0.75, /rejoin|joint|joindr|associ|adhèr|adhér|conclu|noué/i],
  // Negotiations to launch or conclude, committed to with a gerund: "Both countries are committed to concluding negotiations on
  // a comprehensive economic partnership agreement by 2026", "committed to launching negotiations next year".
  // A numbered round of a dialogue to host: "aspiration for the State of Kuwait to host the sixth round of the strategic dialogue
  // between the two countries during the third quarter of this year" (KUNA, 2023, round 34).
  [wordPattern('host\\s+the\\s+(?:next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:round|session|meeting|edition)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:dialogue|consultations|commission|committee|talks|forum|summit)'), 0.7, /host/i],
  // A ratification committed to: "We are committing ourselves to promote speedy ratification of the accession protocols once they
  // are signed" (the Baltic foreign ministers, 2022, round 33).
  [wordPattern(`(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|undert(?:ake|akes|ook|aking))\\s+(?:ourselves\\s+|themselves\\s+)?to\\s+(?:promot\\p{L}*\\s+|support\\p{L}*\\s+|ensur\\p{L}*\\s+|seek\\p{L}*\\s+)?(?:the\\s+|a\\s+)?(?:speedy\\s+|swift\\s+|rapid\\s+|early\\s+|prompt\\s+|timely\\s+)?(?:ratification|ratifying|ratify|entry\\s+into\\s+force)\\s+(?:of\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${INSTRUMENT}|protocols?|conventions?)`), 0.75, /commit|pledg|undertak|undertook/i],
  // "Both Ministers decided to continue working together toward the finalization of the Program" (Denmark and Japan, 2021, round 32).
  [wordPattern("(?:decided|agreed|committed|resolved)\\s+to\\s+(?:continue\\s+)?(?:work(?:ing)?\\s+(?:together\\s+|closely\\s+|jointly\\s+)?)?(?:toward|towards)\\s+(?:the\\s+)?(?:early\\s+|swift\\s+|rapid\\s+)?(?:finali[sz]ation|conclusion|adoption|signing|signature)\\s+of(?![\\p{L}])"), 0.7, /decid|agreed|commit|resolv/i],
  // "the two sides pledge to engage in talks for the conclusion of an Agreement on Air Services" (Morocco MFA, 2020, round 32).
  [wordPattern("(?:commit(?:s|ted)?|pledg(?:e|es|ed)|agreed)\\s+to\\s+(?:engage|enter)\\s+(?:in|into)\\s+(?:talks|negotiations)\\s+(?:for|on|towards?)\\s+(?:the\\s+)?(?:conclusion|signing|adoption)\\s+of\\s+(?:a|an|the)(?![\\p{L}])"), 0.75, /commit|pledg|agreed/i],
  [wordPattern("(?:commit(?:s|ted)?|pledg(?:e|es|ed)|agreed)\\s+to\\s+(?:launching|concluding|finali[sz]ing|signing|completing|starting|beginning|opening)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,6}?(?:negotiations|talks|agreement|treaty|accord|arrangement)(?![\\p{L}])"), 0.75, /commit|pledg|agreed/i],
  // A meeting the participants will hold or host: « tiendront leur prochaine réunion », « accueillera le sommet »,
  // « organiseront une conférence », « coprésideront la réunion », « le comité se réunira », « la prochaine édition ».
  [wordPattern("(?:tiendr(?:a|ont)|organiser(?:a|ont)|accueiller(?:a|ont)|coprésider(?:a|ont)|présider(?:a|ont))\\s+(?:conjointement\\s+|ensemble\\s+|également\\s+)?(?:la|le|l[’']|une|un|leur|sa|son|les|ses)\\s*(?:[\\p{L}\\p{N}’'-]+\\s+){0,4}?(?:réunion|sommet|conférence|dialogue|session|consultations|forum|rencontre|conseil|commission)s?(?![\\p{L}])|se\\s+réunira|prochaine\\s+édition"), 0.75, /tiendr|organiser|accueiller|présider|réunira|édition/i],
  // A plan, framework or declaration approved or endorsed: « ont approuvé le plan d'action », « ont entériné la feuille de
  // route », as "adopted the action plan" and "endorsed the framework".
  [wordPattern("(?:approuvé|entériné|endossé|approuvons|entérinons)\\s+(?:le|la|l[’']|un|une|les|leur|notre)\\s*(?:[\\p{L}’'-]+\\s+){0,4}?(?:plan|feuille\\s+de\\s+route|cadre|stratégie|programme|charte|principes|lignes\\s+directrices|accord|mandat|initiative)(?![\\p{L}])"), 0.85, /approuv|entérin|endoss/i],
  // Agreed to do, in other words: « se sont mis d'accord pour lancer », « nous nous sommes mis d'accord pour ».
  [wordPattern("(?:se\\s+sont|nous\\s+nous\\s+sommes|s[’']est)\\s+mise?s?\\s+d[’']accord\\s+pour"), 0.85, /accord/i],
  // An instrument negotiated: « négocier un accord de libre-échange », « négocieront un protocole », « l'ouverture de
  // négociations en vue d'un accord », as "will negotiate an agreement".
  [wordPattern("(?:négocier|négociera|négocieront)\\s+(?:un|une|le|la|l[’'])\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:accord|traité|arrangement|protocole|entente)|(?:ouverture|lancement)\\s+(?:de|des)\\s+négociations\\s+(?:sur|en\\s+vue\\s+d[’']\\p{L}+|pour)"), 0.75, /négoci/i],
  // An instrument signed, exchanged or initialled in French, and as a passive: « ont échangé des lettres d'intention »,
  // « ont paraphé l'accord », « le protocole d'entente a été signé », « l'accord sera signé »; also far from its verb: « un
  // accord relatif à l’exemption de visas pour passeports diplomatiques et de service ainsi qu’un autre pour l’exécution
  // intégrée des ressources hydriques au Burundi ont été signés » (Iwacu, 2021, round 46).
  // Also as a gerund, and before a signing to come: « ont achevé leurs négociations … en paraphant, ce mercredi à Berne, un protocole
  // d’entente », « Les accords paraphés seront prochainement soumis pour approbation au Conseil fédéral avant d’être formellement
  // signés » (Swiss SEM, 2012, round 55).
  [wordPattern(`(?:échang(?:é|er|eront)|paraph(?:é|ée|er|eront|ent|ant))(?:\\s+|\\s*,\\s*)[^.;]{0,40}?(?:${INSTRUMENT})|(?:${INSTRUMENT}|déclaration)[^.;]{0,160}?\\s(?:(?:a|ont|sera|seront)\\s+(?:également\\s+|aussi\\s+|ensuite\\s+)?(?:été\\s+)?|(?<!qui\\s)(?:devrai(?:t|ent)|doi(?:t|vent))\\s+(?:également\\s+|aussi\\s+|ensuite\\s+)?être\\s+|(?:avant|afin)\\s+d['’]être\\s+(?:\\p{L}+ment\\s+)?)(?:signée?s?|conclue?s?|paraphée?s?)(?![\\p{L}])`), 0.9, /échang|paraph|signé|conclu/i],
  // Funding without a sum: « fournira un nouveau financement », « a annoncé un financement pour », « financera »,
  // as "provided additional funding for".
  // Not a refusal: « nous engageons à ne pas fournir d'aide financière à la réinstallation … si … » (Small Group on Syria, 2020, round 74).
  [wordPattern("(?<!ne\\s+pas\\s+)(?:fournir(?:a|ont)?|accorder(?:a|ont)?|octroyer(?:a|ont)?|apporter(?:a|ont)?|annoncé|annonce|annoncent)\\s+(?:un|une|de|du|d[’'])\\s*(?:nouve(?:au|l|lle)\\s+|nouvelle\\s+)?(?:financement|soutien\\s+financier|aide\\s+financière)(?!\\s+(?:de|d[’'])\\s*\\d)|financer(?:a|ont)"), 0.7, /financ/i, 'funding'],
  // A named programme or fund announced: « a annoncé un nouveau programme de … », « annoncent le lancement » (above),
  // « a annoncé une initiative », as "announced a new … Programme".
  [wordPattern("annonc(?:é|e|ent|era|eront)\\s+(?:un|une|le|la|l[’']|son|sa|leur)\\s*(?:nouve(?:au|l|lle)\\s+)?(?:programme|initiative|fonds|partenariat|plan\\s+d[’']action|mécanisme|facilité|projet)(?![\\p{L}])"), 0.75, /annonc/i],
  // Joint exercises or patrols conducted or to come: « mèneront des exercices conjoints », « ont organisé un exercice
  // militaire conjoint », as "conducted a joint exercise".
  [wordPattern("(?:men(?:é|er)|mèn(?:e|ent|era|eront)|condui(?:t|re|ra|ront|sent)|organis(?:é|er|era|eront|ent))\\s+(?:un|une|des|de\\s+nouveaux|leurs?)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:exercices?|patrouilles?|opérations?|manœuvres?)\\s+(?:[\\p{L}-]+\\s+)?(?:conjointe?s?|commune?s?)(?![\\p{L}])"), 0.7, /exercice|patrouille|opération|manœuvre/i],
  // Welcoming a signature, a launch or an adoption with « se féliciter de », as "welcomed the signing of".
  // More from unseen in-distribution statements (round 142, White House 2022–2026), each checked over every round text for the
  // sentences it would add: work to begin on a build, "Australia and the United Kingdom will begin work to build SSN-AUKUS in their
  // domestic shipyards" (2023); a named body formed or being set up, "a founding Executive Board has been formed", "a Gaza Executive
  // Board is being established" (2026); sanctions enacted, "I have enacted powerful new sanctions on Cuba’s military" (2026); a launch
  // discussed, "discussed the launch of the Partnership for Workers’ Rights" (2023; also round 132's "discussed the launch of the
  // initial phase of the … program"); a commitment renewed, "They also recommitted to deepening cooperation on information-sharing and
  // other previously agreed working groups" (2022; also round 138); a partnership announced by its acronym, "the leaders of Australia,
  // the United Kingdom, and the United States announced AUKUS" (2022, 2023); work with the IAEA going on, "We continue to consult with
  // the International Atomic Energy Agency to develop a non-proliferation approach" (2023; also round 140); cooperation under a named
  // framework kept or reviewed, "reviewed security cooperation under the Bicentennial Framework for Security, Public Health, and Safe
  // Communities" (2023; also round 133).
  [wordPattern('(?:will|to)\\s+(?:begin|start)\\s+work\\s+(?:to|on)\\s+(?:build|develop|establish|design|construct|draft|create)'), 0.7, /begin|start/i],
  [new RegExp(String.raw`(?<![\p{L}])(?:Board|Council|Committee|Commission|Group|Force|Office|Mechanism|Fund|Centre|Center|Secretariat|Panel)\s+(?:has|have)\s+been\s+(?:formed|established|set\s+up|created|launched)(?![\p{L}])|(?<![\p{L}])(?:is|are)\s+being\s+(?:established|set\s+up|created|formed)(?![\p{L}])`, 'u'), 0.7, /formed|establish|set up|creat|launch/i],
  [wordPattern('(?:enacted|levied)\\s+(?:[\\p{L}-]+\\s+){0,3}?sanctions'), 0.75, /sanction/i],
  // (A named launch, not "They discussed the launch of the satellite by the DPRK".) Case-sensitive: the name's capital.
  [new RegExp(String.raw`(?<![\p{L}])discussed\s+the\s+launch\s+of\s+(?:the\s+)?(?:(?:initial|first|second|next)\s+phase\s+of\s+the\s+)?[“"]?\p{Lu}`, 'u'), 0.7, /launch/i],
  // Only to joint work: not "recommitted to promoting a swift return to democracy" (in Burma; round 144) or "recommit to international
  // climate ambition" (round 145).
  [wordPattern('recommit(?:ted|s)?\\s+to\\s+(?:deepening|strengthening|expanding|remaining\\s+united|working\\s+together)'), 0.7, /commit/i],
  // More from round 143 (White House, 2021–2024), each the only sentence it adds over every round text: assistance authorized by its sum,
  // "my Administration is authorizing an additional $800 million in weapons, ammunition, and other security assistance to Ukraine"
  // (2022); designations issued, "The United States, the Republic of Korea (ROK), and Japan, issued designations targeting various
  // officials and entities associated with the DPRK" (2022); a new partner welcomed into a joint effort, "Today we welcome South Africa as
  // a new partner in this endeavor" (2024); work with a named organisation going on to an end, "will continue to work with the OPCW and
  // other partners to secure, declare and destroy Syria’s remaining chemical weapons" (G7, 2024).
  // A summit's outcomes carried on (round 144): "his commitment to continue implementing the outcomes from the June U.S.-EU Summit" (White
  // House, 2021).
  [wordPattern('continue\\s+(?:to\\s+implement|implementing)\\s+the\\s+(?:outcomes|results|commitments|decisions)\\s+(?:from|of)\\s+the'), 0.7, /continue/i],
  [new RegExp(String.raw`(?<![\p{L}])authoriz(?:e|es|ed|ing)\s+(?:an?\s+)?(?:additional\s+|further\s+|new\s+)?(?:\$|US\$|USD\s)`, 'u'), 0.8, /authoriz/i, 'funding'],
  [wordPattern('(?:issued|announced|imposed)\\s+(?:new\\s+|additional\\s+|joint\\s+|trilateral\\s+)?designations'), 0.75, /issu|announc|impos/i],
  [new RegExp(String.raw`(?<![\p{L}])[Ww]elcome[sd]?\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+as\s+(?:a|the)\s+(?:new|newest)\s+(?:partner|member|participant)(?![\p{L}])`, 'u'), 0.7, /welcom/i],
  [new RegExp(String.raw`(?<![\p{L}])continue\s+to\s+(?:consult|work|cooperate)\s+(?:closely\s+)?with\s+the\s+\p{Lu}{3,6}(?![\p{L}])[^.;]{0,40}?\s+to\s+(?:secure|develop|destroy|implement|establish|ensure|support|address)(?![\p{L}])`, 'u'), 0.7, /continue/i],

  // A summit one participant will host on a date to come: "with India hosting Quad Leaders for the first time later this year" (White
  // House, 2025, round 142); not thanks for one held ("thanked Prime Minister Marape for hosting the … Leaders Dialogue in May").
  [wordPattern('(?<!for\\s)hosting\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:Leaders|Summit|Ministerial|Meeting|Dialogue|Forum|Conference)(?:\\s+[^.;]{0,40}?)?\\s(?:later\\s+this\\s+year|next\\s+year|in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))'), 0.7, /hosting/i],

  [new RegExp(String.raw`(?<![\p{L}])announced\s+(?:the\s+)?\p{Lu}{3,}(?![\p{L}])`, 'u'), 0.7, /announc/i],
  [new RegExp(String.raw`(?<![\p{L}])continue\s+to\s+(?:consult|work)\s+(?:closely\s+|transparently\s+)?with\s+the\s+(?:IAEA|International\s+Atomic\s+Energy\s+Agency)\s+(?:to\s+develop|towards?)(?![\p{L}])`, 'u'), 0.7, /continue/i],
  [new RegExp(String.raw`(?<![\p{L}])(?:continue|reviewed)\s+(?:(?:their|our|the)\s+)?(?:\p{Ll}+\s+)?cooperation\s+under\s+the\s+(?:\p{Lu}[\p{L}-]*(?:[’']s)?\s+){1,6}(?:Framework|Initiative|Strategy|Partnership|Agreement|Plan|Program|Programme|Mechanism|Compact)(?![\p{L}])`, 'u'), 0.7, /continue|reviewed/i],
  [wordPattern("félicit\\p{L}*\\s+(?:de\\s+la\\s+(?:récente\\s+)?(?:signature|conclusion|création|mise\\s+en\\s+place)|de\\s+l[’']adoption)\\s+(?:de|du|des|d[’']\\p{L}+)"), 0.65, /félicit/i],
];

/**
 * Every cue above starts a word with one of these stems, so a sentence without any of them cannot match
 * and skips the twelve Unicode-aware cue scans (most sentences of a statement are not initiatives).
 * Keep it a superset: a stem missing here silently disables its cue (the corpus gate would show it).
 */
// Only ever asked .test: a stem at the start or after a character that is no letter (the same class, under the same i flag) is
// there exactly when the lookbehind form (?<![a-z]) finds it, and this form runs about twice as fast (as in condemnation-extractor).
const ANY_CUE_STEM = /(?:^|[^a-z])(?:stand up|ordered|progress|imposing|impose|developing|proposed a summit|under a new|direct our|direct their|will sign|is signing|signed onto|aegis|designated|new projects|ceasefire|cease-fire|truce|exercises|tabled|reviewed|co-authored|co-sponsored|co-drafted|co-led|working through|negotiations|dialogue|consultation|invok|inaugurate|embark|ensure|teams|audience|recevr|tient|tiennent|partnering|financing|collaborating|together|drafted|finali|continue|formed|travels|leaves|departs|flies|heads|also be|then be|now be|trip|readiness|prelude|introduc|begin|roll|initiat|organi|jour|unveil|ready|support|give|represent|ouverture|prévoi|prévu|communiqué|procès-verbal|program|agenda|itinerary|volonté|diplomatic relations|relations diplomatiques|haut-commissariat|bureau de liaison|programm|fixé|slated|envisag|inked|inks|open|later|touch|contact|intensif|increase|scale|step|left for|leaves for|leave for|prepar|towards|toward|aur|accueill|suivi|figurer|offert|concrétiser|traduir|matérialiser|précéd|commencement|executive order|review of the|participants|parties|commence|scheduled|rendu|beginning|reviv|resum|scheduled to|expected to|due to|set to|set for|reactivat|retenu|intend to|intends to|plan to|plans to|pledge to|seek to|seeks to|aim to|aims to|host the next|continue our|continue their|continue its|continue work|continue to work|continue to collab|continue to coop|continue collab|continue coop|utiliz|utilis|leverag|through this|forward to|finali|extension|renewal|newly|in principle|tranche|round of sanctions|package of sanctions|which will|new arrangement|new agreement|new memorandum|new mou|new framework|forthcoming|first initiative|work together to|jointly lead|continue to lead|continue to co|continue to chair|new initiatives|hosting|invitation|renewed|extended|expanded|updated|establishment|convening|undertak|joint statement|agree|participate|take part|undertook|continuing th|continuing our|continuer|reprendre|agréé|visit|upcoming|forthcoming|future|drew|drawn|elaborat|group|force|panel|mechanism|council|donat|provid|suppl|deliver|transfer|encounter|receiv|reçu|rendr|organis|organiz|convoqu|arranged|is to be|are to be|send|promot|advanc|pursu|promouv|poursuiv|avancer|concurred|reconven|saisi|proceeding|complet|déterminé|determined|accord|attend|intent|negotiat|signature|visiting|creation|création|mise en place|mise sur pied|constitution|sera|établi|approuv|annonc|invit|task|instruct|direct|mandat|asked|chargé|demandé|lancement|join|contribut|recall|rappel|embass|consul|high commission|liaison office|trade office|ambassade|bureau|inaugur|finali|success|deposit|dépos|ratif|participer|entretiendr|entretenir|engag|conjointement|jointly|conclu|look|relaunch|rejoin|associ|adhèr|adhér|noué|donné|inaugurat|funding|authoriz|salu|sanction|welcom|begun|began|start|conduct|establishment|co-host|announc|commit|pledg|decid|decision|décid|submitted|presented|handed|transmitted|resolv|sign|exchang|witness|conclud|initial|launch|establish|creat|créer|form|conven|convien|hold|develop|held|meet|next|issu|adopt|releas|endors|approv|lanc|tiend|lieu|réuni|prochain|mettr|travel|fly|depart|attend|host|chair|co-chair|publié|fait|take place|tenir|lanç|émis|diffusé|rendu publique|set up|listed|designat|retrouv|rencontr|créé|mis en place|mis sur pied|mettre|institu|organiser|accueiller|présider|édition|entérin|endoss|négoci|échang|paraph|financ|exercice|patrouille|opération|manœuvre|félicit|impos|plan|intend|prévo|compt|entend|propos|in a joint|dans une|reach|came|come|arrived|parvenu|trouvé|entered|courtesy|entretien|réunion|be in|go to|talks|discussion|bilateral|commission|cour|fund|office|présent|publi|rendue|restrictive|setting up|will be|shall be|since|renew|reinvigorat|revitali|deepen|strengthen|enhanc|expand|advanc|elevat|text of)/i;

/** The literal stems of the cues that the one-scan prefilter above would miss (a test keeps this empty). */
export function stemsMissingFromPrefilter(): string[] {
  return CUES.flatMap(([, , stem]) => stem.source.split('|')).filter((literal) => !ANY_CUE_STEM.test(literal));
}

/** Strongest first, so the first cue that matches gives the confidence. */
const CUES_BY_CONFIDENCE = [...CUES].sort((a, b) => b[1] - a[1]);

/** The cues' stems, found in one scan of a sentence (cue-stems.ts). */
const STEMS = cueStems(CUES_BY_CONFIDENCE.map(([, , stem]) => stem));

/**
 * Cheap necessary conditions for the costliest cues (each tried at every offset of most sentences and failing). Each entry names
 * its cue by a piece of the cue's source found in that cue alone, and a pattern every match of the cue contains a match of: a
 * run of the cue's own consecutive terms, copied with the cue's flags (so `\s`, `[^.;]{0,60}?`, case and letters mean the same),
 * or an alternation with one such run for every alternative of the cue. A sentence the pattern rejects, the cue rejects too, so
 * skipping the cue there changes nothing.
 */
const CUE_PREFILTERS: ReadonlyArray<readonly [string, RegExp]> = [
  // Signed instruments named before their verb: both alternatives end on "signed|…" then "today|on|…|by|par"; the second's
  // verbs (signed, signé…) and words (by, par) are among the first's.
  [String.raw`{60,140}?,\s(?:signed|sign(?:é|ée|és|ées))\s+(?:by|par)`, /\s(?:signed|concluded|adopted|launched|sign(?:é|ée|és|ées)|conclu(?:e|s|es)?|adopt(?:é|ée|és|ées)|lancée?s?)\s+(?:today|yesterday|on|in|at|by|last|earlier|this|par|le|en|à|lors|aujourd)/i],
  // "look forward to the convening of …", "welcomed the renewal of …", "newly established", "in principle", "of sanctions",
  // "which will", "under a new …", "first initiative under": each alternative holds one of these runs (case-sensitive, as the cue).
  [String.raw`(?:hail|welcom)\p{L}*\s+the\s+(?:finali[sz]ation`, /forward\s+to\s+(?:the\s+)?(?:re)?(?:convening|launch|finali|reviv|establish|conclu|signing|entry\s)|finali|extension|renewal|newly|principle|sanctions|which\s+will|\sa\s+(?:new|forthcoming)\s|initiative\s+under/],
  // Travel to meet, meetings that will take place or are to take place, hosting: every alternative holds "meet" or "will", or
  // "co-hosted", or "to" before take place / be held / begin … / host / receive / welcome / co-host (case-insensitive, as the cue).
  [
    String.raw`depart(?:s|ed)?\s+for\s+[^.;]{1,40}?\s+to\s+meet`,
    // Alternative by alternative: travel, depart, look forward, agree "to meet"; "will also meet", "will (also) call on", "will
    // (tomorrow|soon|next week) meet|be meeting", "will travel", "will visit", "will (on …,) attend|host|chair|be hosting …"; a
    // meeting or ceremony that "will|is to take place|be held|begin …"; "(will|to) host|receive|welcome|co-host"; "co-hosted by".
    /to\s+meet|will\s+(?:also\s+|tomorrow\s+|soon\s+|next\s+week\s+)?(?:meet|be\s+meeting|call\s|travel|visit|on\s|be\s+(?:attending|co-hosting|hosting|co-chairing|chairing)|attend|co-host|host|co-chair|chair)|(?:will|to)\s+(?:take\s+place|be\s+(?:held|hosted|convened)|begin|start|open|commence|host|receive|welcome|co-host)|co-hosted/i,
  ],
  // Talks to be held with someone: "(will|to) (also) have|hold …" or "… pay (a) courtesy call" (case-sensitive, as the cue).
  [String.raw`(?:will|to)\s+(?:also\s+)?pay\s+(?:a\s+)?courtesy\s+call`, /(?:will|to)\s+(?:also\s+)?(?:have|hold|pay)\s/],
  // Announced or decided that someone "will|would|shall" act: both alternatives put white space around the modal.
  [String.raw`announc(?:ed|es|e)\s+that\s+(?:(?:from|in|by|as\s+of|starting`, /\s(?:will|would|shall)\s/i],
  [String.raw`(?:upcoming|next|forthcoming|future)\s+[^.;]{0,80}?(?:convening|holding)\s+of`, /(?:convening|holding)\s+of\s/i],
  // French statements adopted, issued or signed: every alternative holds « déclaration » or « signature ».
  [String.raw`assist(?:é|ait|era|e)\s+(?:aujourd['’]hui\s+)?à\s+la\s+signature`, /déclaration|signature/i],
  // An instrument "which|that … will|shall|are to|plan to|intend to (jointly) sign", « … signera|signeront|vont signer|va signer ».
  [String.raw`\s(?:signer(?:a|ont)|vont\s+signer|va\s+signer)`, /\s(?:will|shall|to)\s+(?:jointly\s+)?sign|\s(?:signer(?:a|ont)|vont\s+signer|va\s+signer)/i],
  // Work continued or planned through a named mechanism: "(within|through|under|via) the", "will utilise|leverage|use|host|be
  // hosting", "[Tt]hrough this" (case-sensitive, as the cue).
  [String.raw`[Tt]hrough\s+this\s+(?:\p{Lu}[\p{L}-]*\s+){1,6}`, /(?:within|through|under|via)\s+the\s|will\s+(?:utili[sz]e|leverage|use|be\s+hosting|host)\s|hrough\s+this\s/],
  // A named meeting scheduled ahead: the capitalised kind of meeting (case-sensitive) and then, after white space, the first word
  // of one of the cue's tails (to take place / to be held, will …, next …, later …, in <Place> planned …, planned|scheduled|set for).
  [String.raw`(?:in\s+\p{Lu}[\p{L}-]+\s+)?(?:planned|scheduled|set)\s+for`, /(?:Meeting|Summit|Conference|Retreat|Dialogue|Ministerial|Forum)\s+(?:to\s|will\s|next\s|later\s|in\s|planned\s|scheduled\s|set\s)/],
  // Renewing or joining a named framework: both cues end on the same capitalised kind of body (case-sensitive); "Action Plan"
  // holds "Plan", "Programme" "Program", "Forces" "Force", "Hubs" "Hub".
  [String.raw`[Rr]einvigorat(?:e|es|ed|ing)`, /Framework|Force|Coalition|Initiative|Partnership|Program|Alliance|Hub|Network|Agreement|Convention|Treaty|Compact|Facility|Fund|Pact|Plan|Process|Dialogue|Agenda/],
  [String.raw`(?:[Jj]oin(?:s|ed|ing)?|[Rr]ejoin(?:s|ed|ing)?)\s+(?:the\s+|`, /Framework|Force|Coalition|Initiative|Partnership|Program|Alliance|Hub|Network|Agreement|Convention|Treaty|Compact|Facility|Fund|Pact|Plan|Process|Dialogue|Agenda/],
  // Their own statement issued: "issued|released" (the first three alternatives and the last), « suivante », "following|below is",
  // « déclaration … a été », "this (joint) statement", "joint statement given|made" (case-insensitive, as the cue).
  [String.raw`(?:met(?!\s+with)|gathered|convened)\s+[^.;:]{0,100}?\sand\s+(?:issued|released)`, /issued|released|suivante|(?:following|below)\s+is\s|déclaration\s+(?:conjointe\s+)?a\s+été|this\s+(?:joint\s+)?statement\s|joint\s+statement\s+(?:given|made)/i],
  // The cue's middle run, verbatim (its `\s+` after "at|during" begins with `\s`).
  [String.raw`[Ll]ook(?:s|ed|ing)?\s+forward\s+to\s+working\s+(?:together|closely)\s+(?:at|during)`, /forward\s+to\s+working\s+(?:together|closely)\s+(?:at|during)\s/],
  // The cues' middle runs, verbatim and under `u` as the cues (so `[^.;]{0,60}?` counts the same characters).
  [String.raw`(?:deepen|strengthen|enhance|expand|intensify)(?:s|ed|ing)?\s+(?:their|our|its|the)\s+[^.;]{0,60}?cooperation`, /cooperation\s+[^.;]{0,60}?(?:including\s+)?through\s+the\s/u],
  [String.raw`(?:expand|increase|scale\s+up|step\s+up)(?:s|ed|ing)?\s+(?:our|its|their|the)`, /(?:assistance|aid|support|funding)\s+[^.;]{0,60}?through\s+the\s/u],
  // An instrument "was|were|has been|have been|will be|is (expected) to be (also) signed|…": white space, then was, were, been or
  // be, then the verb (case-insensitive, as the cue).
  [String.raw`|(?:renewal|cooperation|final)\s+documents?)[^.;]{0,160}?\s(?:was|were|has\s+been`, /\s(?:was|were|been|be)\s+(?:also\s+)?(?:signed|exchanged|concluded|adopted|agreed)/i],
];
/** The prefilter of each cue of CUES_BY_CONFIDENCE, by index; undefined for most. Each entry must name exactly one cue. */
const CUE_MAY_MATCH: ReadonlyArray<RegExp | undefined> = (() => {
  const byIndex: (RegExp | undefined)[] = CUES_BY_CONFIDENCE.map(() => undefined);
  for (const [piece, prefilter] of CUE_PREFILTERS) {
    const indices = CUES_BY_CONFIDENCE.flatMap(([cue], index) => (cue.source.includes(piece) ? [index] : []));
    if (indices.length !== 1 || prefilter.global || prefilter.sticky) throw new Error(`cue prefilter ${piece} names ${indices.length} cues`);
    byIndex[indices[0]!] = prefilter;
  }
  return byIndex;
})();

const MONEY_PATTERN = new RegExp(MONEY, 'u');
/**
 * A cheap superset of MONEY_PATTERN (case-sensitive, as it is): each of its alternatives holds a digit (`\d` is [0-9]) or
 * "million", "billion" or "milliard". Most sentences have none, and MONEY_PATTERN tries a dozen alternatives at every offset.
 */
const MAY_HOLD_MONEY = /[0-9]|illi(?:on|ard)/;
// The mechanism's name may hold lower-case connectors: "the Quad Critical and Emerging Technology Working Group";
// a named conference or coalition is one too ("… including through the International Expert Conference on the Recovery …").
// Also "We are committed to continuing to work together … including through the Paris Call for Trust and Security" (2022), "our
// commitment to continuing joint efforts under the U.S.-Mexico Bicentennial Framework for Security, …" (2023, round 85).
const CONTINUE_THROUGH = /\b(?:(?:continu(?:e|es|ing)|intends?|aims?)\s+to\b|(?:would|will|shall)\s+continue\b|continuing\s+(?:[\w-]+\s+){0,2}?(?:efforts|work|cooperation)\b)[^.;]{0,220}?\b(?:through|within|under)\s+(?:(?:bilateral\s+|existing\s+|joint\s+)?(?:programs|programmes|mechanisms|initiatives|frameworks|platforms)\s+such\s+as\s+)?the\s+(?:[A-Z0-9][\w.'’+-]*\s+|(?:and|of|for|on)\s+(?=[A-Z])){0,8}(?:Platform|Mechanism|Dialogue|Initiative|Partnership|Group|Forum|Committee|Commission|Framework|Facility|Fund|Council|Network|Programme|Program|Conference|Coalition|Call|Process|Alliance)\b/u;

/**
 * The French form: « Par l'entremise de la Coalition des volontaires, le Canada continue de participer aux efforts
 * conjoints », « continuera de contribuer … dans le cadre de l'Initiative … ». Case-sensitive: the mechanism is named.
 */
const MECHANISM_FR = String.raw`(?:[Pp]ar\s+l['’]entremise|[Aa]u\s+sein|[Dd]ans\s+le\s+cadre)\s+(?:de\s+la|de\s+l['’]|du|des)\s*\p{Lu}[\p{L}-]*`;
// Consultations and talks in a named body too: « Nous continuerons d’avoir des consultations avec l’Ukraine dans le cadre de la
// Commission OTAN-Ukraine », « Nous nous entretiendrons avec la Russie dans le cadre du Conseil OTAN-Russie » (NATO, 2014).
const CONTINUE_FR = String.raw`(?:continu(?:e|ent|era|eront|erons|ons)\s+(?:de|à|d['’])\s*(?:participer|contribuer|travailler|collaborer|soutenir|œuvrer|coopérer|consulter|dialoguer|nous\s+concerter|avoir\s+des\s+(?:consultations|échanges|discussions))|(?:[Nn]ous\s+nous\s+entretiendrons|s['’]entretiendr(?:a|ont)|[Nn]ous\s+nous\s+réunirons|se\s+réuniront|[Nn]ous\s+consulterons|consulteront|tiendr(?:a|ont|ons)\s+des\s+consultations))`;
const CONTINUE_THROUGH_FR = new RegExp(`${MECHANISM_FR}[^.;]{0,120}?${CONTINUE_FR}|${CONTINUE_FR}[^.;]{0,120}?${MECHANISM_FR}`, 'u');
/**
 * Cheap supersets of CONTINUE_THROUGH and CONTINUE_THROUGH_FR (both case-sensitive, as these are): the first needs "continu",
 * "intend" or "aim" and then "through", "within" or "under" with a space; the second, in both its orders, « entremise », « sein » or
 * « cadre » (MECHANISM_FR).
 */
const MAY_CONTINUE_THROUGH = /(?:through|within|under)\s/;
const MAY_CONTINUE_VERB = /continu|intend|aim/;
const MAY_CONTINUE_THROUGH_FR = /entremise|sein|cadre/;

/** "has provided $4 billion since 2022": a running total is background, not an announcement. */
const FUNDING_BACKGROUND = wordPattern(
  // "Since the beginning of the pandemic, the United States has donated … and provided $12.3 million" (White House, 2022, round 74).
  // "welcomed the Czech decision earlier this year to purchase 24 U.S. F-35s, a $4.5 billion deal" (White House, 2024, round 75).
  '(?:decision|deal|agreement|purchase)\\s+(?:made\\s+)?(?:earlier\\s+this\\s+(?:year|month)|last\\s+(?:year|month))|' +
  // "the $110 million of development assistance provided by Australia since September 2001" (DIMIA, 2005, round 95).
  // A contribution that "builds on" money of an earlier year, and a share "as part of the package" the text has counted: "This
  // contribution builds on Australia’s humanitarian assistance of over AUD$10 million in 2012", "As part of the package Australia
  // will also provide a further $5 million" (Australian ministers, 2013, round 96).
  // Money of earlier budgets the new is "in addition to", and where an announced grant is "drawn from": "The new funding comes in
  // addition to previous funding of $17.8 million in last year’s budget" (Australian minister, 2004), "Today's $500,000 grant is drawn
  // from AusAID's refugee and relief program" (Australian minister, 1995; both round 98).
  // Money that "had been allocated" before: "(for which $8 million had been allocated for world-wide disaster relief in 1990-91)" (DFAT, 1990, round 99).
  '(?:had|have|has)\\s+(?:already\\s+)?been\\s+(?:allocated|provided|committed|pledged|disbursed|spent)(?![\\p{L}])|' +
  '(?:in\\s+addition\\s+to|on\\s+top\\s+of)\\s+(?:the\\s+)?(?:previous|earlier|existing|past)\\s+(?:funding|contributions?|support|assistance)|^[\\s"“«]*(?:today[’\']s|this|the)\\s+(?:[A-Z]{0,3}\\$|€|£)\\s?\\d[\\d,.]*\\s*(?:million|m|billion|bn)?\\s+(?:grant|contribution|funding|package|allocation)\\s+(?:is|was|will\\s+be)\\s+(?:drawn|taken|funded|sourced|met)\\s+from|' +
  'builds?\\s+on\\s+[^.;]{0,80}?\\s(?:in|since|during)\\s+(?:19|20)\\d\\d|^[\\s"“«]*as\\s+part\\s+of\\s+(?:this|the|that)\\s+(?:package|contribution|funding|commitment|announcement)(?![\\p{L}])|' +
  'since\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d\\d|since\\s+the\\s+(?:beginning|start|outbreak|onset)\\s+of|to\\s+date|depuis\\s+(?:19|20)\\d\\d|à\\s+ce\\s+jour|' +
    // "highlighted the $50 million Canada provided in 2024": money already given, pointed to, not announced.
    '(?:highlighted|noted|recalled|underlined|underscored|pointed\\s+to|referred\\s+to|a\\s+souligné|a\\s+rappelé)\\s+(?:the|les?|la)\\s+(?:[A-Z]{0,3}\\$|€|£|\\d)|' +
    // A sum that lifts a total, or follows an earlier one: "This $4 million additional contribution lifted Australia's commitment to the Syrian
    // humanitarian crisis to $24.5 million" (DFAT, 2012), "This contribution … follows an earlier contribution of one million dollars" (DFAT,
    // 1991; both round 136).
    '(?:lift(?:s|ed|ing)?|rais(?:es|ed|ing))\\s+(?:[\\p{L}’\'-]+\\s+){0,3}?(?:total\\s+)?(?:commitment|contribution|assistance|support|funding)\\s+(?:to\\s+[^.;]{0,60}?\\s)?to\\s+(?:more\\s+than\\s+|over\\s+)?(?:[A-Z]{0,3}\\$|€|£)\\s?\\d|follows?\\s+(?:an?\\s+)?(?:earlier|previous|prior)\\s+(?:contribution|grant|allocation|pledge|commitment)|' +
    // "This brings to €4.4m the total emergency funding from Irish Aid to the region in 2011" (Irish Aid, 2011): a total.
    '(?:brings?|bringing|brought|porte|portant)\\s+(?:(?:to|à)\\s+(?:\\S+\\s+){1,3}?)?(?:the|our|its|le|la)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:total|montant\\s+total)|' +
    // "The €400,000 approved for Concern today will help them …": the sum the text already announced, taken up again.
    '^[\\s"“«]*(?:the|this|these|ces?|cette|les)\\s+(?:[A-Z]{0,3}\\$|€|£)\\s?\\d[\\d,.]*\\s*(?:million|m|billion|bn)?\\s+(?:approved|announced|allocated|provided|pledged|committed|annoncée?s?|accordée?s?)',
);

/** "Earlier this year, we provided additional funding for …": a sentence that opens on a past time gives money already given. */
// Also "Over the last three years, the Federal Government has made available EUR 270,000 in humanitarian aid" (German Federal
// Foreign Office, round 55), « Au cours des trois dernières années ».
const RECALLED_FUNDING = caselessPattern(String.raw`^(?:earlier\s+this\s+(?:year|month)|last\s+(?:year|month)|(?:over|in|during)\s+the\s+(?:last|past)\s+(?:\p{L}+\s+)?(?:years?|months|decades?)|au\s+cours\s+des\s+(?:\p{L}+\s+)?dernières\s+années|plus\s+tôt\s+cette\s+année|l[’']an\s+dernier|l[’']année\s+dernière)[\s,]`, 'iu');

/** "In 2004-2005, Australia increased overseas aid funding by nearly ten per cent to $2.133 billion." (DFAT, 2005, round 85): a past year's money. */
const PAST_YEAR_FUNDING = /^In\s+(?:(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?|January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:(?!will\s)[^.;]){0,80}?\s(?:increased|provided|gave|contributed|donated|allocated|spent|disbursed|committed)(?![\p{L}])/u;

/** A further sum is new money, however its verb is put: "A further $500,000 has been allocated to the International Committee of the Red Cross" (DFAT, 2008, round 135). */
const SUM_SO_FAR = caselessPattern(String.raw`(?<![\p{L}])(?:since|to\s+date|total)(?![\p{L}])`, 'iu');
const FURTHER_SUM = /^[\s"“«]*(?:A\s+further|An\s+additional|Another)\s+(?:[A-Z]{0,3}\$|€|£)\s?\d/u;

function isFundingBackground(sentence: string): boolean {
  if (FURTHER_SUM.test(sentence) && !SUM_SO_FAR.test(sentence)) return RECALLED_FUNDING.test(sentence) || PAST_YEAR_FUNDING.test(sentence);
  const background = FUNDING_BACKGROUND.exec(sentence);
  // New money announced first, the total it brings after: "the United States will provide an additional $30 million in COVID-19
  // assistance to Indonesia, bringing the total U.S. assistance to Indonesia since the start of the pandemic to more than $65 million"
  // (White House, 2021, round 144).
  if (background && !NEW_SUM_AHEAD.test(sentence.slice(0, background.index))) return true;
  return RECALLED_FUNDING.test(sentence) || PAST_YEAR_FUNDING.test(sentence);
}

/** A new sum promised: "will provide an additional $30 million", "to contribute a further €2 million". */
const NEW_SUM_AHEAD = /(?<![\p{L}])(?:will|to)\s+(?:provide|contribute|give|allocate|commit|donate|deliver)\s+(?:an?\s+)?(?:additional|further|new)\s+(?:[A-Z]{0,3}\$|€|£|\d)/u;

/**
 * "Global Affairs Canada and the Foreign & Commonwealth Office of the United Kingdom today issued the
 * following statement": issued jointly only when two countries stand before "issued" (not "the High
 * Representative for Foreign Affairs and Security Policy … issued").
 */
const ISSUED_WITH_ANOTHER = wordPattern('and\\s+[^.;:]{2,160}?\\s(?:today\\s+)?issued\\s+the\\s+following\\s+(?:statement|declaration)');

/**
 * The run ISSUED_WITH_ANOTHER ends on, copied with its flags (`i` without `u`): a sentence without it cannot match, and most have
 * "and" many times, each the start of a lazy 160-character search.
 */
const MAY_ISSUE_WITH_ANOTHER = /issued\s+the\s+following\s+(?:statement|declaration)/i;

function issuedJointly(sentence: string): boolean {
  if (!MAY_ISSUE_WITH_ANOTHER.test(sentence)) return false;
  const match = ISSUED_WITH_ANOTHER.exec(sentence);
  if (!match) return false;
  // Or two people with their offices: "The Honourable François-Philippe Champagne, Minister of Foreign Affairs and Dominic Raab, Foreign
  // Secretary of the United Kingdom, today issued the following statement" (Global Affairs Canada, 2020, round 129).
  // The second person must be of another government: two Canadian ministers' statement (« … Minister of Foreign Affairs, and the
  // Honourable Karina Gould, Minister of International Development, today issued the following statement », GAC, 2020, round 130) is one
  // government's.
  const second = SECOND_PERSON_ISSUED.exec(sentence);
  return new Set(findCountries(sentence.slice(0, match.index + match[0].length)).map((m) => m.canonical)).size >= 2 || (second !== null && findCountries(second[0]).length > 0);
}
const SECOND_PERSON_ISSUED = /(?<![\p{L}])and\s+(?:(?:Senator|the|Honourable|Hon\.?|Right|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+,\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:Secretary|Minister|President|Chancellor|Commissioner|Ambassador|Representative)(?![\p{L}])[^.;:]{0,100}?\s(?:today\s+)?issued\s+the\s+following\s+(?:joint\s+)?(?:statement|declaration)/u;

/**
 * A call on a third party: what follows is asked of others, not done by the authors ("I appeal to all parties
 * to redouble their efforts to implement the agreements reached", "urge both sides to establish a dialogue").
 */
// Also what the authors say the parties must do: "we believe it is essential that all parties in the process approve a final
// agreement" (six governments on Libya, 2015, round 38).
const CALL_ON_OTHERS = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:essential|imperative|crucial|vital|necessary|urgent|indispensable|essentiel|impératif|nécessaire|indispensable)\s+(?:que|that)\s+(?:all\s+|toutes\s+les\s+|tous\s+les\s+|les\s+)(?:[\p{L}-]+\s+){0,2}?(?:parties|sides|actors|stakeholders|acteurs)\s|(?:(?:call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|urg(?:e|es|ed|ing)|exhort\p{L}*)(?![\p{L}])|appell?(?:e|ent|ons|é)\s+(?!à\s|a\s))\s*[^.;]{1,120}?\s(?:to|à)\s)`,
  'iu',
);
/** A cheap superset of CALL_ON_OTHERS, case-insensitive as it is: each branch starts on a word holding one of these (« impératif », « nécessaire » too). */
const MAY_CALL_ON_OTHERS = /essenti|imp[eé]rati|crucial|vital|n[eé]cess|urg|indispens|call|appe|exhort/i;

/**
 * Welcoming that a meeting is held (« ont salué la tenue aujourd'hui à Genève de la réunion des conseillers …, ainsi
 * que la prochaine réunion virtuelle de la Coalition », "welcomed the holding of the … conference"): an event the
 * parties only note, not one they schedule.
 */
const EVENT_NOTED = caselessPattern(
  // Also an outside summit welcomed: "pledged to work together to strengthen democratic institutions and welcomed the second Summit for
  // Democracy to be held in March 2023" (White House, 2023, round 95).
  String.raw`(?<![\p{L}])(?:salu\p{L}*|welcom\p{L}*|félicit\p{L}*\s+de|noted|took\s+note\s+of|pris\s+note\s+de)\s+(?:la\s+tenue|the\s+holding|the\s+convening|la\s+convocation|(?:the|a)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:summit|conference|forum)(?=[^.;]{0,40}?\sto\s+be\s+(?:held|hosted|convened)(?:\s+(?:in|on|at|by)\s+[^.;,]{1,30})?[.;]?$))(?![\p{L}])`,
  'iu',
);
/** Cheap supersets of EVENT_NOTED, case-insensitive as it is: its verb, and then what is noted. */
const MAY_NOTE = /salu|welcom|félicit|note/i;
/**
 * Others' act the authors congratulate or welcome: "I congratulate Turkey, Finland and Sweden on signing a trilateral memorandum"
 * (White House, 2022), "The two leaders welcomed the historic announcement made at the G20 to develop the India Middle East Europe
 * Economic Corridor" (White House, 2023; both round 150).
 */
const OTHERS_ACT_HAILED = caselessPattern(String.raw`(?<![\p{L}])(?:(?:I|we)\s+(?:also\s+)?congratulate\s+[^.;]{0,80}?\s(?:on|for)\s+(?:the\s+)?(?:signing|conclu\p{L}*|reaching|adopt\p{L}*)|welcom\p{L}*\s+the\s+(?:historic\s+)?announcement\s+made\s+at\s+the\s+\p{Lu})`, 'iu');
const MAY_HAIL_OTHERS = /congratulate|announcement\s+made/i;
const MAY_NOTE_EVENT = /tenue|holding|convening|convocation|summit|conference|forum/i;

/**
 * A step only supposed possible, not taken or decided: « Des engagements communs … pourraient ainsi être pris à l'occasion
 * du Sommet One Planet », "could be adopted at the next meeting".
 */
// Also support pledged for steps others might take: « Nos pays s’engagent à soutenir les arrangements et mesures qui pourraient
// créer un cessez-le-feu durable » (France and Germany, 2009, round 31).
// A wish to sign is no signing: "Ahmed Shaheed, today expressed the desire of his government to sign a Memorandum of Understanding"
// (Timor-Leste MFA, 2009, round 41), « le souhait de signer ».
const HYPOTHETICAL = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:desire|wish|willingness|hope|keenness|souhait|désir|volonté)\s+(?:of\s+[^.;]{1,40}?\s|de\s+[^.;]{1,40}?\s)?(?:to\s+sign|de\s+signer)|(?:pourrai(?:t|ent)|pourrions|could|might)\s+(?:ainsi\s+|also\s+|then\s+|eventually\s+)?(?:être|be)\s+(?:pris|prises?|adoptée?s?|lancée?s?|tenue?s?|organisée?s?|taken|adopted|launched|held|agreed)|(?:soutenir|appuyer|support(?:ing)?)\s+(?:les|des|the|any|all)\s+[^.;]{0,80}?\s(?:qui\s+pourrai(?:t|ent)|that\s+(?:could|might)|which\s+(?:could|might)))(?![\p{L}])`,
  'iu',
);
/** A cheap superset of HYPOTHETICAL, case-insensitive as it is: each branch needs "sign", « pourr… », "could" or "might". */
const MAY_BE_HYPOTHETICAL = /sign|pourr|could|might/i;

/**
 * What "agreed to" must lead to for the agreement to be a joint action: something countable — a meeting, body, plan,
 * instrument, process, money, a date — or a step that makes one ("establish a …", "hold the …"), or the colon of a
 * lead-in. Without it the parties agree on a direction only: "agreed to intensify the engagements in the coming weeks
 * and months", "agreed to pursue their quest for a free, open … Indo-Pacific", "agreed to carry forward these
 * discussions", "agreed to continue standing side by side" (Pakistani, Indian and UK readouts outside the corpus).
 */
// A number is a date, a sum or a programme's ("JSPP21"), not a hyphenated name's: "committed to working together to combat
// the COVID-19 pandemic, to reinvigorate economic cooperation …" (US–Mexico, 2021, round 21) agrees to nothing countable.
// Nor is a network the parties fight a mechanism of theirs: "committed to working even more closely to disrupt people smuggling
// networks" (No 10, 2025, round 83).
/**
 * Principles an action follows name no instrument it acts under: "committed to continue to forge a region-wide response, guided by the
 * principles in the Los Angeles Declaration on Migration and Protection" (the United States and Mexico, 2023, round 85).
 */
const GUIDED_BY_PRINCIPLES = caselessPattern(String.raw`,?\s*(?:guided\s+by|in\s+line\s+with|consistent\s+with|in\s+keeping\s+with)\s+(?:the\s+)?(?:principles|spirit|values|objectives|goals|vision)\s+(?:of|in|set\s+out\s+in|enshrined\s+in)\s+[^.;,]*`, 'giu');
// Stems, so "memoranda", "negotiations"; not inside other words: "countries committed to the rule of law, … we share fundamental values"
// (Nordic countries and Canada, 2026, round 96), "emissions", "explanation".
// Also information shared between the parties' staffs, a joint effort and a ceasefire: "agreed to share information closely between
// their defense staffs", "agreed to collaborate on a joint effort to address the root causes of regional migration" (White House, 2025
// and 2021, round 134).
const AGREED_TO_SOMETHING = /(?:follow[- ]?up\s+(?:discussions|talks|meetings?|consultations)|\bshare\s+(?:[a-z]+\s+)?(?:information|intelligence)\b|joint\s+effort|ceasefire|cease-fire|truce|meeting|summit|dialogue|talks|session|consultations|conference|visit|group|force|committee|commission|mechanism|platform|fund(?!ament)|(?<![a-z])plan|roadmap|agreement|arrangement|measures|memorand|mou|treaty|framework|programme|program|initiative|partnership|strategy|council|forum|(?<!(?:smuggling|trafficking|criminal|terrorist|terror|crime|drug)\s+)network|centre|center|(?<![A-Za-z]-\d*)\d|\$|€|£|sanction|declaration|statement|exercise|project|study|office|embassy|negotiat|process|(?<![a-z])mission|:$|\bmeet\b|next\s+(?:week|month|year)|\b(?:develop|draft|elaborat)\w*\s+(?:common|joint|shared)\b|\b(?:establish|creat|set up|launch|hold|host|convene|sign|conclude|open|send|provide|fund|financ|build|develop|adopt|implement|exchange|conduct|organi[sz]|explore|review|meet|travel|return|resettle|repatriat|deploy)\w*\s+(?:a|an|the|new|their|joint|its|our|two|three|further|additional)\b|\b(?:lift|remov|eas|abolish)\w*\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+)?(?:restrictions|barriers|tariffs|bans?|quotas|visa)\b|\b(?:increas|doubl|rais)\w*\s+(?:significantly\s+|substantially\s+)?the\s+(?:number|volume|quota)\s+of\b|\bresum\w*\s+(?:the\s+)?(?:transit|flights|trade|imports|exports|deliveries)\b)/i;
// The last three: a concrete measure agreed ("The parties agreed to lift restrictions on the transit of freight cars", "agreed to
// significantly increase the number of permits for international freight transportation", Ukraine and Poland, 2022, round 29).

/**
 * A sentence about the press conference that closes the meeting: « Une conférence de presse de clôture aura lieu le 16 décembre
 * à 14 h » (Council of the Federation, 2024, round 42), "A media availability will follow". Scheduled as it is, it is no
 * meeting of the participants, nor anything they do together.
 */
const PRESS_EVENT_SUBJECT = caselessPattern(
  String.raw`^\s*(?:(?:a|an|the|une|la|le|un)\s+)?(?:(?:closing|joint|final|brief)\s+)?(?:press\s+(?:conference|briefing|availability)|news\s+conference|media\s+(?:availability|briefing)|photo\s+(?:opportunity|op)|conférence\s+de\s+presse|point\s+(?:de\s+)?presse|point\s+média)(?![\p{L}])`,
  'iu',
);

/** How sure a sentence announces an initiative, from the strongest cue it carries; 0 when none. */
const NEW_ERA = caselessPattern(String.raw`(?<![\p{L}])(?:launch|open|usher|begin|began|begun|start|mark)\p{L}*\s+(?:in\s+)?(?:a|an)\s+(?:new|fresh|historic|important)\s+(?:era|chapter|page|phase|stage)\s+(?:in|of|for)\s+(?:[\p{L}-]+\s+){0,2}?(?:relations|relationship|ties|cooperation|partnership)(?![\p{L}])`, 'giu');
/**
 * What NEW_ERA cannot match without, case-insensitively like it (ASCII letters, which only their own capitals match under
 * `i`): its kind of era followed by in/of/for. A sentence without it is left as it is, as the replace would leave it.
 */
const MAY_OPEN_NEW_ERA = /(?:era|chapter|page|phase|stage)\s+(?:in|of|for)\s/i;
/** "A number of agreements have been concluded between the two countries during the past five years." (DIRCO, 2019, round 86): background. */
const UNNAMED_PAST_AGREEMENTS = caselessPattern(String.raw`^(?:a\s+number\s+of|several|various|many|numerous)\s+(?:bilateral\s+)?(?:agreements|instruments|memoranda|mous|accords)\s+(?:have|had)\s+been\s+(?:concluded|signed)(?![\p{L}])`, 'iu');

/** A visit called off: "personally conveyed that he would be unable to travel to Papua New Guinea to meet with Prime Minister Marape" (White House, 2023, round 100). */
const UNABLE_TO_GO = caselessPattern(String.raw`(?<![\p{L}])(?:unable|not\s+able)\s+to\s+(?:travel|attend|visit|come|go)(?![\p{L}])`, 'iu');

/**
 * A signed instrument that is only what the talks were about: "The two sides engaged in substantial discussion around the recently
 * signed security agreement between Solomon Islands and the People’s Republic of China (PRC)" (White House, 2022, round 102).
 * Blanked like a recalled signing (sentence-helpers): discussing an agreement is no signing of one.
 */
const SIGNING_DISCUSSED = caselessPattern(
  String.raw`(?<![\p{L}])(?:discuss(?:ed|ion|ions)?|talk(?:s|ed)?|exchanged\s+views|concerns?)\s+(?:[\p{L}-]+\s+){0,2}?(?:around|about|on|over|regarding|concerning|of)\s+the\s+(?:recently\s+|newly\s+|just\s+)?signed\s+[^.;]{0,120}`,
  'giu',
);
/**
 * What SIGNING_DISCUSSED cannot match without, under the same `i` (without `u`, no other character folds to these ASCII letters):
 * a text without it is left as it is, as the replace would leave it.
 */
const MAY_DISCUSS_SIGNING = /signed/i;
/** A paragraph that only introduces someone's words: "… the OAS leader said:", « … a déclaré : ». */
const SAID_LEAD_IN = caselessPattern(String.raw`(?<![\p{L}])(?:said|says|stated|states|added|adds|declared|remarked|noted|a\s+(?:déclaré|dit|ajouté|souligné)|déclare|ajoute)\s*:$`, 'iu');
/**
 * A meeting to come that is only the talks' context: "the situation in the Mediterranean was also discussed in light of the meeting
 * that will be held later this week in Spain" (Malta MFEA, 2022, round 105). Blanked like a recalled signing.
 */
const MEETING_AS_CONTEXT = caselessPattern(String.raw`(?<![\p{L}])(?:in\s+(?:the\s+)?light\s+of|in\s+view\s+of|in\s+the\s+context\s+of)\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|summit|conference|session)\s+(?:that|which)\s+(?:will|is\s+to)\s+be\s+held[^.;]{0,80}`, 'giu');
/**
 * The full stops inside an initialism ("U.S.", "U.K.", "D.C."), as letters of the same length: the cues' `[^.;]` spans stop at a full
 * stop, so "we will also establish a U.S.-German Economic Dialogue" (White House, 2021, round 134) read as two sentences. The last
 * one stays when it ends the sentence.
 */
function withoutInitialismStops(sentence: string): string {
  if (!INITIALISM.test(sentence)) return sentence;
  return sentence.replace(INITIALISM_STOPS, (span, offset: number) => (offset + span.length >= sentence.trimEnd().length ? span.slice(0, -1).replace(/\./gu, 'x') + '.' : span.replace(/\./gu, 'x')));
}
const INITIALISM = /\p{Lu}\.\p{Lu}\./u;
const INITIALISM_STOPS = /(?<![\p{L}.])(?:\p{Lu}\.){2,3}/gu;

/** An attack launched is no launch of the authors': "Overnight, Russia launched its largest aerial assault on Ukraine" (White House, 2023, round 134). */
const ATTACK_LAUNCHED = caselessPattern(String.raw`(?<![\p{L}])(?:launch(?:ed|es|ing)?|lanc(?:é|ée|és|ées|e|ent)|carried\s+out|conducted)\s+(?:a|an|its|their|his|the|another|new|une?|sa|leur|ses|leurs|de\s+nouvelles?)\s+(?:[\p{L}-]+\s+){0,3}?(?:assaults?|attacks?|strikes?|offensives?|invasion|bombardments?|barrages?|missiles?|drones?|raids?|incursions?|attaques?|frappes?|offensives?)(?=\s*(?:[.,;:]|$)|\s+(?:on|against|in|at|into|across|since|targeting|sur|contre|en|à|dans)(?![\p{L}]))`, 'iu');
const MAY_BE_ATTACK_LAUNCHED = /launch|lanc|carried|conducted/i;
/**
 * A shared view or a search for openings, not an action: "They agreed on the key role of the Comprehensive and Progressive Agreement for
 * Trans-Pacific Partnership (CPTPP) in helping mitigate the effects of COVID-19" (Global Affairs Canada, 2020), "The parties further
 * decided to explore additional opportunities to strengthen global support for …" (White House, 2024; both round 135).
 */
const AGREED_ON_A_ROLE = caselessPattern(String.raw`(?<![\p{L}])(?:agreed\s+(?:on|upon)\s+the\s+(?:key|important|vital|central|crucial|critical|essential)\s+(?:role|importance)\s+of|(?:agreed|decided)\s+to\s+explore\s+(?:additional|further|new|other|possible)\s+(?:opportunities|ways|options|avenues|possibilities)(?![^.;]*?(?:commission|committee|council|dialogue|mechanism|forum|working\s+group|task\s+force)))(?![\p{L}])`, 'iu');

/** The sentence with initialisms' full stops, attacks launched and roles agreed on blanked out (same length). */
function masked(original: string): string {
  const unmarked = withoutInitialismStops(original);
  const unattacked = MAY_BE_ATTACK_LAUNCHED.test(unmarked) ? unmarked.replace(ATTACK_LAUNCHED, (span) => ' '.repeat(span.length)) : unmarked;
  return MAY_AGREE_ON_A_ROLE.test(unattacked) ? unattacked.replace(AGREED_ON_A_ROLE, (span) => ' '.repeat(span.length)) : unattacked;
}

/** One scan for what any of the three masks below needs: most sentences need none. */
const MAY_NEED_MASK = /[A-Z]\.[A-Z]\.|launch|lanc|carried|conducted|agreed\s+(?:on|upon)\s+the|to\s+explore/i;
/** What AGREED_ON_A_ROLE cannot match without. */
const MAY_AGREE_ON_A_ROLE = /agreed\s+(?:on|upon)\s+the|to\s+explore/i;

export function initiativeCueConfidence(original: string): number {
  const whole = MAY_NEED_MASK.test(original) ? masked(original) : original;
  if (UNNAMED_PAST_AGREEMENTS.test(whole)) return 0;
  // A signing the sentence only recalls is no action of the authors (sentence-helpers). Nor is a new era launched: "New Zealand and
  // Viet Nam launched a new era in bilateral relations today" (New Zealand, round 86) names no mechanism, event or instrument.
  const recalled = withoutRecalledSignings(whole);
  const blanked = MAY_DISCUSS_SIGNING.test(recalled) ? recalled.replace(SIGNING_DISCUSSED, (span) => ' '.repeat(span.length)) : recalled;
  // (The context pattern needs "light", "view" or "context": most sentences skip it.)
  const signed = /light|view|context/i.test(blanked) ? blanked.replace(MEETING_AS_CONTEXT, (span) => ' '.repeat(span.length)) : blanked;
  const text = MAY_OPEN_NEW_ERA.test(signed) ? signed.replace(NEW_ERA, (span) => ' '.repeat(span.length)) : signed;
  // Only the part before a call on others, or before an event the parties only welcome, can announce their own action.
  // (Each costly pattern behind its cheap superset: a sentence the superset rejects, the pattern would reject too.)
  const asides = [
    MAY_CALL_ON_OTHERS.test(text) ? CALL_ON_OTHERS.exec(text)?.index : undefined,
    MAY_NOTE.test(text) && MAY_NOTE_EVENT.test(text) ? EVENT_NOTED.exec(text)?.index : undefined,
    MAY_HAIL_OTHERS.test(text) ? OTHERS_ACT_HAILED.exec(text)?.index : undefined,
  ].filter((index) => index !== undefined);
  const sentence = asides.length > 0 ? text.slice(0, Math.min(...asides)) : text;
  if ((MAY_BE_HYPOTHETICAL.test(sentence) && HYPOTHETICAL.test(sentence)) || PRESS_EVENT_SUBJECT.test(sentence) || UNABLE_TO_GO.test(sentence)) return 0;
  if (ANY_CUE_STEM.test(sentence)) {
    for (const k of STEMS.cuesIn(sentence)) {
      const [cue, confidence, , kind] = CUES_BY_CONFIDENCE[k] as (typeof CUES_BY_CONFIDENCE)[number];
      // A cue whose necessary condition fails cannot match (CUE_PREFILTERS).
      if (CUE_MAY_MATCH[k]?.test(sentence) === false) continue;
      if (kind === 'agreed') {
        const agreed = cue.exec(sentence);
        if (agreed && AGREED_TO_SOMETHING.test(sentence.slice(agreed.index).replace(GUIDED_BY_PRINCIPLES, ''))) return confidence;
      } else if (cue.test(sentence) && !(kind === 'funding' && isFundingBackground(sentence))) return confidence;
    }
  }
  if (issuedJointly(sentence)) return 0.7;
  if (MAY_HOLD_MONEY.test(sentence) && MONEY_PATTERN.test(sentence) && FUNDING_VERB.test(sentence) && !isFundingBackground(sentence)) return 0.8;
  const continuesThrough = MAY_CONTINUE_THROUGH.test(sentence) && MAY_CONTINUE_VERB.test(sentence) && CONTINUE_THROUGH.test(sentence);
  return continuesThrough || (MAY_CONTINUE_THROUGH_FR.test(sentence) && CONTINUE_THROUGH_FR.test(sentence)) ? 0.7 : 0;
}

/** Does this one sentence announce an initiative? */
export function isInitiativeSentence(sentence: string): boolean {
  return initiativeCueConfidence(sentence) > 0;
}

const BULLET_START = /^[ \t]*(?:[•●▪◦‣∙*]|[-–—](?=\s)|\(?(?:\d{1,3}|[a-z])[.)](?=\s))/;
const NOTED_DEALS = caselessPattern(String.raw`(?<![\p{L}])(?:take|takes|took|taking)\s+note\s+of\s+(?:the\s+following\s+|recent\s+|forthcoming\s+|new\s+)*(?:commercial\s+)?(?:deals|contracts|purchases)\s+between(?![\p{L}])`, 'iu');
const NOTED_LEAD_IN = caselessPattern(String.raw`(?<![\p{L}])(?:(?:take|takes|took|taking)\s+note\s+of|not(?:e|es|ed|ing))\s+(?:the\s+following|these|the\s+(?:[\p{L}-]+\s+){0,3}?(?:deals|agreements|contracts|announcements|commitments)\s+(?:below|listed))(?![\p{L}])`, 'iu');

/** A lead-in whose bullets are the targets a plan serves: "… to achieve significant new targets … by:", « … afin d'atteindre … : ». */
const TARGETS_LEAD_IN = caselessPattern(String.raw`(?<![\p{L}])(?:targets?|goals?|objectives?|objectifs?|cibles?)(?![\p{L}])[^:]*\s(?:by|en|par)\s*:$`, 'iu');
// « nous sommes convenus : », « sont convenues : » as well as « ont convenu : ».
// A plan's list of actions: « … à travers les actions suivantes : », « Pour traduire ces engagements, les deux gouvernements : »,
// "… through the following actions:" (a Franco-Australian declaration, 2017; a Franco-British one, 1990s).
// "We are committed … to the following actions in support of this endeavor. We intend to:" (counter-ransomware statement, 2022).
// "Today’s announcements include:" over "• An agreement to invest over $14m …", "• A Strategic Engagement Plan for Education …" (New
// Zealand, round 86).
// Also "… to enhance our collaboration on … technologies in areas of global concern:" over "- Pandemic preparedness: exploring cooperative
// tech R&D ventures …" (the United States and Israel, 2022, round 138).
const AREAS_LEAD_IN = caselessPattern(String.raw`(?<![\p{L}])(?:following\s+)?(?:areas|fields|sectors|domains|topics|priorit(?:y|ies)\s+areas)\s+(?:of\s+(?:collaboration|cooperation|work|(?:global\s+|common\s+|mutual\s+|shared\s+)?(?:concern|interest))|for\s+(?:collaboration|cooperation))(?:\s+[^:;.]{1,80})?\s*:$|(?:domaines|secteurs)\s+de\s+coopération\s+suivants\s*:$`, 'iu');
const COMMITMENT_LEAD_IN = wordPattern("announcements\\s+(?:include|included|are)|agree(?:d|s)?|decided|commit(?:s|ted|ting)?|pledge(?:s|d)?|will|resolved|intend(?:s)?\\s+to|plan\\s+to|entend(?:ons|ent)|nous\\s+engageons|convenue?s?|décidé|s[’']engagent|conviennent|(?:actions|mesures|initiatives)\\s+suivantes|following\\s+(?:actions|steps|measures|initiatives|commitments)|traduire\\s+ces\\s+engagements");
const RESTATES_POSITION_BULLET = /^[\s•●▪◦‣∙*–—-]*(?:\(?(?:\d{1,3}|[a-z])[.)]\s*)?(?:to\s+)?(?:reiterat|reaffirm|recall|underlin|stress|emphasi[sz]|réitér|réaffirm|rappel|soulign)/iu;
function isWholeParagraph(statement: Statement, sentence: SentenceView): boolean {
  const paragraph = statement.paragraphs[sentence.paragraphIndex];
  return paragraph !== undefined && statement.text.slice(paragraph.start, paragraph.end).trim() === statement.text.slice(sentence.start, sentence.end).trim();
}

/**
 * Instruments signed, listed after a lead-in: "The following four agreements were signed during the visit:" ⏎ "1. Agreement
 * for Islamic Cooperation between …" (Maldives MFA, 2019, round 26), « les accords suivants ont été signés : ». Each item
 * that names an instrument is an initiative, short as it is.
 */
/** An item of such a list that names a treaty or convention (« Traité entre le Grand-Duché de Luxembourg et … »). */
const SIGNED_ITEM = wordPattern('trait(?:é|és)|conventions?|treaty|treaties');
const SIGNED_LIST_LEAD_IN = wordPattern("(?:agreements|memorand(?:a|ums)|MoUs|MOUs|instruments|documents|accords|conventions|mémorandums|protocoles|textes)\\s+(?:were|have\\s+been|ont\\s+été)\\s+(?:signed|concluded|exchanged|signés|signées|conclus|échangés)|(?:signed|exchanged)\\s+the\\s+following|signé\\s+les\\s+(?:[\\p{L}-]+\\s+){0,2}?suivants?|" +
  // « les représentants des deux gouvernements procéderont à la signature de trois accords: » (Luxembourg, 2015, round 27),
  // "will sign the following agreements:", "signed three agreements:".
  "procéder(?:a|ont|ons)?\\s+à\\s+la\\s+signature\\s+(?:de|des)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:accords|conventions|mémorandums|protocoles|instruments|textes|documents)|(?:will\\s+)?sign(?:ed)?\\s+(?:the\\s+following|(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:agreements|memoranda|memorandums|MoUs|MOUs|instruments|documents))");

/** A bullet that starts on an action ("hold the next meeting …", "Launch a joint study", « renforcer … »), or a clause. */
const ACTION_BULLET = caselessPattern(
  String.raw`^(?:[•●▪◦‣∙*]|[-–—]|\(?(?:\d{1,3}|[a-z])[.)])?\s*(?:to\s+|à\s+|de\s+|d['’])?(?:hold|launch|establish|create|set\s+up|develop|convene|sign|conclude|work|cooperate|collaborate|strengthen|deepen|expand|enhance|promote|support|explore|pursue|continue|increase|build|advance|coordinate|implement|provide|fund|organi[sz]e|meet|exchange|share|conduct|open|reaffirm|commit|ensure|encourage|facilitate|invest|intensify|maintain|seek|address|combat|counter|improve|reinforce|begin|start|negotiate|adopt|review)(?![\p{L}])`,
  'iu',
);
/** A French infinitive first, in lower case: « renforcer la coopération », « tenir la prochaine réunion ». */
const INFINITIVE_BULLET = /^(?:[•●▪◦‣∙*]|[-–—]|\(?(?:\d{1,3}|[a-z])[.)])?\s*(?:à\s+|de\s+|d['’])?\p{Ll}+(?:er|ir|re)(?![\p{L}])/u;

/** A bullet that has a verb of its own ("will", "agreed", "is"): a sentence, not a topic. */
// French futures too: « – organiseront des conférences conjointes » under « les deux gouvernements : ».
const VERB_IN_BULLET = caselessPattern(String.raw`(?<![\p{L}])(?:will|shall|would|to|agreed|is|are|\p{L}{2,}ront|sera|devra)(?![\p{L}])`, 'iu');

/** Do the bullets from sentences[first] on only name topics: short, no action verb first, no verb of a clause? */
function topicBullets(statement: Statement, sentences: readonly SentenceView[], first: number): boolean {
  let topics = 0;
  for (let index = first; index < sentences.length; index++) {
    const bullet = sentences[index] as SentenceView;
    if (!isBulletParagraph(statement, bullet.paragraphIndex)) break;
    if (ACTION_BULLET.test(bullet.text) || INFINITIVE_BULLET.test(bullet.text) || bullet.text.split(' ').length > 10 || VERB_IN_BULLET.test(bullet.text)) return false;
    topics++;
  }
  return topics > 0;
}

/**
 * The closing line of a signed joint text: "Signed at Kuala Lumpur on October 26, 2025, in quadruplicate, in the English
 * language." (Cambodia and Thailand, 2025, round 20), "Done at Brussels on 3 May 2024", « Fait à Dakar, le 10 juin 2025. »:
 * the text issued jointly, unless a sentence already says so (« les deux ministres ont adopté la présente déclaration
 * conjointe », the development corpus).
 */
// Also the year in words, after a place with its state: "Signed in Washington, D.C., this 19th day of February, two thousand and twenty-six."
// (United States–Indonesia, 2026, round 151).
const SIGNED_AT = /^(?:[Ss]igned|[Dd]one|[Ff]ait)\s+(?:at|in|à)\s+\p{Lu}[\p{L}\p{M}.'’ ,-]{1,40}?,?\s+(?:on\s+|this\s+|le\s+)?[^.;]{0,30}?(?:\d{4}|[Tt]wo\s+thousand)/u;
const JOINT_TEXT_ISSUED = caselessPattern(String.raw`(?<![\p{L}])(?:adopt|issu|releas|publi|sign|rendu)\p{L}*\s+(?:[^.;]{0,40}?\s)?(?:joint\s+statement|joint\s+declaration|joint\s+communiqu|déclaration|statement|declaration|communiqu)`, 'iu');

type BulletMark = 'symbol' | 'number' | 'letter' | 'none';

/** The mark a list paragraph opens with: a symbol ("•", "–"), a number ("1.", "(2)"), a letter ("a)"), or none. */
function bulletMark(statement: Statement, paragraphIndex: number): BulletMark {
  const paragraph = statement.paragraphs[paragraphIndex];
  const start = paragraph ? statement.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 8)) : '';
  const mark = /^[ \t]*(?:([•●▪◦‣∙*]|[-–—](?=\s))|\(?(\d{1,3})[.)](?=\s)|\(?[a-z][.)](?=\s))/u.exec(start);
  if (!mark) return 'none';
  return mark[1] !== undefined ? 'symbol' : mark[2] !== undefined ? 'number' : 'letter';
}

function isBulletParagraph(statement: Statement, paragraphIndex: number): boolean {
  const paragraph = statement.paragraphs[paragraphIndex];
  if (!paragraph) return false;
  return BULLET_START.test(statement.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 8))) || isUnmarkedListItem(statement, paragraphIndex);
}

/**
 * A list printed without bullet marks: after a paragraph ending on a colon, paragraphs that end on ";" and the one that
 * closes the list ("… by committing to:" ⏎ "Leverage new technologies …;" ⏎ … ⏎ "Collaborate to accelerate … adoption
 * domestically.", a US–Japan joint statement, 2026). Each item is short and opens with a capital.
 */
function isUnmarkedListItem(statement: Statement, paragraphIndex: number): boolean {
  const { text, paragraphs } = statement;
  const ending = (index: number): string => {
    const p = paragraphs[index];
    return p ? text.slice(Math.max(p.start, p.end - 2), p.end).trimEnd().slice(-1) : '';
  };
  const item = paragraphs[paragraphIndex];
  if (!item || item.end - item.start > 400 || !/^\p{Lu}/u.test(text.charAt(item.start))) return false;
  // Walk back over the items before this one to the lead-in.
  let k = paragraphIndex - 1;
  while (k >= 0 && ending(k) === ';' && paragraphIndex - k <= 12) k--;
  // The first item ends on ";" (a list), and this one ends the list or goes on with it.
  if (k >= 0 && ending(k) === ':' && ending(k + 1) === ';' && /[;.]/.test(ending(paragraphIndex))) return true;
  return isItemAfterCommitment(statement, paragraphIndex);
}

const commitmentLeadIns = new WeakMap<Statement, readonly number[]>();
/** A lead-in whose verb wants its complement after the colon: "Following the … launch, countries committed to:". */
const COMMITTED_TO_COLON = caselessPattern(String.raw`(?<![\p{L}])(?:committed|commit|agreed|agree|decided|pledged|resolved|undertook|undertake)\s+to\s*:$`, 'iu');
/** How a paragraph of running text opens, where an item completing "committed to:" would not. */
const SENTENCE_OPENER = /^(?:The|This|These|That|Those|In|On|At|During|Today|Yesterday|Last|We|They|He|She|It|Our|Their|His|Her|Both|Each)(?![\p{L}])/u;

/**
 * Items printed as plain paragraphs ending on full stops, under a lead-in that "committed to:" (White House, 2022, round 146,
 * its bullet marks lost): "A shared implementation plan to make good on the commitments …" ⏎ "Reconvening at the Foreign
 * Minister level to ensure continuing progress." Up to eight short paragraphs, none opening as running text does, none a lead-in
 * of its own.
 */
function isItemAfterCommitment(statement: Statement, paragraphIndex: number): boolean {
  const { text, paragraphs } = statement;
  // Most texts have no such lead-in: found once per statement, so a paragraph far from any is answered without reading it.
  let leadIns = commitmentLeadIns.get(statement);
  if (leadIns === undefined) {
    leadIns = paragraphs.flatMap((p, index) => (text.charCodeAt(p.end - 1) === 0x3a || /:\s*$/u.test(text.slice(Math.max(p.start, p.end - 4), p.end))) && COMMITTED_TO_COLON.test(text.slice(Math.max(p.start, p.end - 60), p.end).trimEnd()) ? [index] : []);
    commitmentLeadIns.set(statement, leadIns);
  }
  if (!leadIns.some((index) => index < paragraphIndex && paragraphIndex - index <= 8)) return false;
  const isItem = (index: number): boolean => {
    const p = paragraphs[index];
    if (!p || p.end - p.start > 400) return false;
    const body = text.slice(p.start, p.end).trimEnd();
    return /^\p{Lu}/u.test(body) && !body.endsWith(':') && !SENTENCE_OPENER.test(body);
  };
  if (!isItem(paragraphIndex)) return false;
  let k = paragraphIndex - 1;
  while (k >= 0 && paragraphIndex - k <= 8 && isItem(k)) k--;
  const leadIn = paragraphs[k];
  return k >= 0 && paragraphIndex - k <= 8 && leadIn !== undefined && COMMITTED_TO_COLON.test(text.slice(Math.max(leadIn.start, leadIn.end - 60), leadIn.end).trimEnd());
}

/**
 * A sentence about an event the text has already announced: "The annual meeting will take place in Victoria"
 * after "departs for Australia tomorrow to meet with …", "The agreement was signed during a wider visit" after
 * "have announced a new … Agreement, signed today". It gives the event's time, place or agenda, and is not a
 * second initiative. The event is named with a definite article and its kind ("the next meeting" is another). Also "This newly signed
 * MOD, based on the agreement reached at the Foreign Ministerial and Summit meetings in 2005 …" (Japan MOFA, 2007, round 86), and after
 * its speaker: "Mr Dutton said this agreement will create a framework to guide cooperation …" (Australia and Cambodia, 2015, round 87).
 */
// Not a meeting named by its number, a new one: « La sixième session de cette commission mixte se tiendra au Maroc en 2027 » after « la
// rencontre a abouti à la signature de trois accords » (Kaweru, Burkina Faso, 2025, round 114).
const RESTATED_EVENT = caselessPattern(
  String.raw`^(?:\d{1,3}[.)]\s+)?(?:[^.;,]{0,60}?\s(?:said|says|noted|added|stressed)\s+(?:that\s+)?)?["“«‘']?\s*(?:the|this|that|le|la|l[’']|cette|ce)\s*(?!(?:next|following|subsequent|prochaine?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|\d{1,2}(?:st|nd|rd|th|e|ème))(?![\p{L}]))(?:[\p{L}\p{N}’'-]+\s+){0,3}?(?:(meeting|talks|summit|dialogue|visit|session|consultations|conference|réunion|rencontre|sommet|entretien|visite)|(agreement|memorandum|mou|moc|mod|arrangement|accord|treaty|traité|declaration|entente|protocole|mémorandum|notes))(?![\p{L}])`,
  'iu',
);
const DIPLOMATIC_RELATIONS = caselessPattern(String.raw`(?<![\p{L}])(?:diplomatic\s+relations|relations\s+diplomatiques)(?![\p{L}])`, 'iu');
const SAID_BEFORE_EVENT = /\s(?:said|says|noted|added|stressed)\s/u;
const REFERS_BACK = /^(?:This|These|That|Cette|Ce|Ces)\s/u;
/** A sentence that goes on about the one before it: "Those include …", "This step will …", "In addition, this effort will …". */
const GOES_ON_ABOUT_IT = /^(?:This|These|Those|That|It|In\s+addition|Cette|Ce|Ces|Celles?|Ceux)(?![\p{L}])/u;
const EVENT_ACTS = caselessPattern(String.raw`^\s+(?:also\s+|further\s+)?(?:agreed|decided|adopted|resolved|endorsed|launched|established|approved|a\s+(?:décidé|adopté|approuvé)|ont\s+(?:décidé|adopté|approuvé))(?![\p{L}])`, 'iu');
const MEETING_WORD = wordPattern('meet(?:s|ing)?|met|summit|talks|dialogue|visit|conference|consultations|réunion|rencontr\\p{L}*|sommet|visite');
const INSTRUMENT_WORD = wordPattern(INSTRUMENT);

/**
 * Who signed an instrument already announced, side by side: "Special Presidential Envoy … Joseph Yun signed the
 * Memorandum for the United States and Minister of Finance Kaleb Udui, Jr. signed for the Republic of Palau", « On
 * the Qatari side, the MoU was signed by HE … ». The same signing again, not a second one.
 */
// Also "HE Prime Minister … signed the MoU on the Qatari side, while HE the Prime Minister of the Kingdom of Spain signed on the
// Spanish side" (Qatar, 2024, round 32).
// Also "… signed the Agreement on the part of the IPA CIS" (IPA CIS, 2016, round 64), and the side first: "On behalf of Serbia, the
// Minister of Science, …, Ms Jelena Begović, and the Minister of Foreign Affairs, Mr Ivica Dačić, signed the Memoranda, respectively"
// (Cyprus MFA, 2023, round 120).
const SIGNATORIES = wordPattern(`(?:on\\s+behalf\\s+of|au\\s+nom\\s+(?:de|du|des))\\s+[^,.;]{1,60},\\s+[^.;]{1,200}?\\s(?:signed|ont\\s+signé|a\\s+signé)\\s+(?:the|these|those|les|ces)\\s+(?:${INSTRUMENT})|signed\\s+(?:the|this)\\s+(?:${INSTRUMENT})(?:\\s+\\([^)]{1,12}\\))?\\s+(?:for|on\\s+behalf\\s+of|on\\s+the\\s+[\\p{L}-]+\\s+side|on\\s+the\\s+part\\s+of)|(?:the|this|it)\\s+(?:(?:${INSTRUMENT})(?:\\s+\\([^)]{1,12}\\))?\\s+)?(?:was|were)\\s+signed\\s+(?:in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+)?by|(?:signed|signé)\\s+(?:for|pour)\\s+(?:the\\s+|la\\s+|le\\s+|l['’])?(?:Government|Republic|Kingdom|State|gouvernement|République|Federated|United|People)`);
/**
 * A restated signing that names the joint action it belongs to is another initiative (corpus convention): "The
 * Memorandum of Understanding was signed as part of ongoing Compact related negotiations".
 */
const PART_OF_NEGOTIATIONS = wordPattern('(?:as\\s+part|in\\s+the\\s+(?:framework|context))\\s+of\\s+(?:the\\s+)?ongoing\\s+[^.;]{0,60}?negotiations');

/**
 * A signing the text has reported, named again as where relations led: "… the friendly relations between the Kingdom of
 * Bahrain and the Republic of Kenya, which culminated in the signing of an agreement to establish a joint committee …"
 * after "During the meeting, an agreement was signed to establish a Joint Committee …" (Bahrain MFA, 2019, round 26).
 */
const SIGNING_AS_OUTCOME = wordPattern('(?:culminat(?:ed|es|ing)|resulted|results|crowned)\\s+(?:in|by)\\s+the\\s+(?:signing|signature|conclusion)\\s+of');

/**
 * A speaker's comment on the signing the text reports: "He emphasized that the complexity of bilateral defense cooperation will be
 * further strengthened after the signing of the Memorandum" (Montenegro MoD, 2017), "Minister Mehaj emphasized that with the
 * signing of this memorandum of cooperation, is proven the continuity of cooperation" (Kosovo MoD; both round 59).
 */
const SIGNING_COMMENTED = wordPattern(
  `(?:emphasi[sz]ed|stressed|said|noted|underlined|pointed\\s+out|added|highlighted)\\s+that\\s+[^.;]{0,120}?(?:after|with|following|upon|through)\\s+the\\s+signing\\s+of\\s+(?:the|this)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${INSTRUMENT})` +
    // Thanks for the occasion: "expressed appreciation for the platform provided to sign the MoU" (Nigeria's MoD, round 64).
    `|(?:appreciation|thanks|gratitude)\\s+(?:to\\s+[^.;]{1,60}?\\s)?for\\s+[^.;]{0,60}?\\sto\\s+sign\\s+(?:the|this)\\s+(?:${INSTRUMENT})` +
    // What a signing shows: "Amanda Vanstone, said the signing of two separate arrangements between Australia and Afghanistan
    // highlighted the close and ongoing cooperative relationship" (DIMIA, 2005, round 95), the signings reported after it.
    `|(?:said|stated|noted|added)\\s+(?:that\\s+)?the\\s+signing\\s+of\\s+(?:the\\s+|these\\s+|this\\s+|two\\s+|three\\s+|both\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${INSTRUMENT})[^.;]{0,80}?\\s(?:highlighted|demonstrated|showed|shows|reflected|reflects|marked|marks|underscored|underlined|illustrated)`,
);

/**
 * The signing reported, taken up again by a definite or demonstrative word (corpus convention: a second sentence about an initiative
 * already counted is not another): "We are equally confident that with the signing of these MOUs the relations between our two countries
 * will be strengthened", "The prime minister made the announcements … after the signing of the MoUs at the OPM" (Jamaica Observer,
 * 2019), « Ces accords ont été signés au terme d’une réunion plénière » (abamako, 2018; both round 127).
 */
const SIGNING_TAKEN_UP = wordPattern(
  `(?:after|with|following|upon)\\s+the\\s+signing\\s+of\\s+(?:the|these|this|those)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${INSTRUMENT})` +
    `|^["“«]?\\s*(?:these|those|the|ces|les)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${INSTRUMENT})\\s+(?:were|was|have\\s+been|ont\\s+été|a\\s+été)\\s+(?:signed|signés|signées|signé|signée|paraphés|paraphées)(?![\\p{L}])` +
    // « La cérémonie de signature des accords par les ministres … s’est déroulée sous la supervision des présidents » (Nouvelle d'Afrique,
    // round 127), "The signing ceremony of the agreements took place …".
    `|^(?:la\\s+cérémonie\\s+de\\s+signature\\s+(?:des|de\\s+ces|du|de\\s+l['’])|the\\s+(?:signing\\s+ceremony|ceremony\\s+of\\s+signing)\\s+(?:of\\s+)?(?:the|these))\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${INSTRUMENT})`,
);

/**
 * Looking forward to meeting someone the text has already announced a meeting with: "Prime Minister Anthony Albanese will
 * tomorrow meet Mr Henry Puna …" then, in his quotation, "“I look forward to meeting with Secretary General Puna …”" (Prime
 * Minister of Australia, 2023, round 73). The surname is the last capitalised word of the one looked forward to.
 */
const LOOK_FORWARD_TO_MEETING = /[Ll]ook(?:s|ed|ing)?\s+forward\s+to\s+(?:meeting|welcoming|seeing|receiving|hosting)\s+(?:with\s+)?((?:\p{Lu}[\p{L}\p{M}’'-]*\s+){0,4}\p{Lu}[\p{L}\p{M}’'-]*)/u;

function meetsAnnouncedPerson(sentence: string, announced: readonly string[]): boolean {
  const surname = LOOK_FORWARD_TO_MEETING.exec(sentence)?.[1]?.split(/\s+/u).at(-1);
  if (surname === undefined) return false;
  const named = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u');
  return announced.some((earlier) => MEETING_WORD.test(earlier) && named.test(earlier));
}

const FOLLOWED_BY_ANOTHER = wordPattern('(?:will\\s+be|to\\s+be|is|was)\\s+followed\\s+by\\s+(?:a|an)');

/**
 * Cheap supersets, under the same `i` without `u` (no other character folds to these ASCII letters): PART_OF_NEGOTIATIONS ends on
 * "negotiations"; every alternative of SIGNATORIES holds "signed" or « signé », of SIGNING_AS_OUTCOME "signing", "signature" or
 * "conclusion", of SIGNING_COMMENTED "signing" or "sign".
 */
const MAY_BE_PART_OF_NEGOTIATIONS = /negotiations/i;
const MAY_RESTATE_SIGNING = /sign|conclusion/i;
function restatesAnnounced(sentence: string, announced: readonly string[]): boolean {
  if (MAY_BE_PART_OF_NEGOTIATIONS.test(sentence) && PART_OF_NEGOTIATIONS.test(sentence)) return false;
  // Diplomatic relations established once, told again: "The Joint Communique on the Establishment of Diplomatic Relations signed by the
  // two Ambassadors …" ⏎ "It further states that the two countries establish diplomatic relations …" (FSM, 2013, round 116).
  if (DIPLOMATIC_RELATIONS.test(sentence) && announced.some((earlier) => DIPLOMATIC_RELATIONS.test(earlier))) return true;
  if (meetsAnnouncedPerson(sentence, announced)) return true;
  if (
    MAY_RESTATE_SIGNING.test(sentence) &&
    (SIGNATORIES.test(sentence) || SIGNING_AS_OUTCOME.test(sentence) || SIGNING_COMMENTED.test(sentence) || SIGNING_TAKEN_UP.test(sentence)) &&
    announced.some((earlier) => INSTRUMENT_WORD.test(earlier))
  ) return true;
  const event = RESTATED_EVENT.exec(sentence);
  // "This meeting will be followed by a face-to-face Forum Leaders Meeting to take place … in Suva" (PIF Chair, 2022, round 73):
  // a second meeting, named after the first.
  if (!event || FOLLOWED_BY_ANOTHER.test(sentence)) return false;
  // The event as the one that acts is no restatement of it: "The Conference agreed Australia and Indonesia, as Bali Process co-chairs,
  // can now convene regional meetings on urgent irregular migration issues" (DFAT, 2016, round 85).
  if (EVENT_ACTS.test(sentence.slice(event[0].length))) return false;
  // After its speaker only an instrument is taken up again ("said this agreement will create a framework …"); "said the focus of the
  // visit was to inform … how an additional $654 million … will be used" (Australian minister, 2009, round 87) announces the money.
  if (event[1] !== undefined && SAID_BEFORE_EVENT.test(event[0])) return false;
  const kind = event[1] !== undefined ? MEETING_WORD : INSTRUMENT_WORD;
  return announced.some((earlier) => kind.test(earlier));
}

/**
 * What a party will do under the instrument the text announces (corpus convention "terms of an agreement"): "Under this
 * arrangement, the US will consider people who arrive …" (Australian minister, 2007), "Under the MOU the four signatory
 * countries will engage in greater co-operation", "Under the Arrangement, it will now be possible for asylum seekers …".
 * Only after an initiative of the text that names an instrument: "Under the agreement, the UNHCR will have a presence" after
 * a signing of others the authors only welcome is no action of theirs (DFAT, 1993).
 */
const WELCOMED = wordPattern('welcom\\p{L}*|salu\\p{L}*|félicit\\p{L}*|noted|note');
/**
 * What the instrument the text announces provides for (the same convention): "The Memorandum also envisages implementation of
 * programs on experience exchange and trainings for diplomats" (round 46), "This MoU provides for the negotiation of other
 * agreements" (round 40), « Cet accord prévoit la création d’une commission mixte de coopération » (round 48), inside a quotation too:
 * "‘The MOU allows for the return of those who have been found not to be owed protection …’" (DIMIA, 2005, round 95).
 */
const PROVIDES_FOR = wordPattern(
  `^[\\s'‘"“«]*(?:the|this|that|these|cet|cette|ce|ces|l['’]|le|la)\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${INSTRUMENT})(?:\\s+of\\s+understanding)?(?:\\s+\\([^)]{1,12}\\))?\\s+(?:signed\\s+(?:today\\s+)?|signé\\s+|signée\\s+)?(?:also\\s+|further\\s+|également\\s+|aussi\\s+)?(?:provides\\s+for|allows\\s+for|will\\s+(?:also\\s+)?(?:provide|establish|create)|includes|envisages|foresees|stipulates|establishes|creates|sets\\s+up|institutes|prévoit|envisage|stipule|établit|crée|institue)`,
);
/**
 * The same, with the instrument named at the end: "MSE … and NOAA will also conduct technical exchanges, information sharing and
 * joint publications and projects under this MOU" (Singapore MSE, 2024, round 58).
 */
const WILL_UNDER_TERMS = wordPattern(
  `(?:will|shall)\\s+(?:also\\s+)?[^.;]{0,160}?\\s(?:under|within\\s+the\\s+framework\\s+of|dans\\s+le\\s+cadre\\s+de)\\s+(?:this|that|the|ce|cet|cette)\\s+(?:new\\s+|nouvel(?:le)?\\s+)?(?:mou|memorandum(?:\\s+of\\s+understanding)?|arrangement|agreement|accord|mémorandum|protocole|entente)\\s*[.;]?$`,
);
const UNDER_TERMS = wordPattern("^(?:under|in\\s+accordance\\s+with|en\\s+vertu\\s+de|aux\\s+termes\\s+de)\\s+(?:this|the|that|these|cet|cette|ce|l[’'])\\s*(?:new\\s+|nouvel(?:le)?\\s+)?(?:arrangements?|agreements?|mou|memorandum(?:\\s+of\\s+understanding)?|accord|deal|treaty|partnership|protocole|entente|arrangement)\\s*,?\\s+[^.;]{0,120}?\\s(?:will|shall|would|can|s['’]engage|s['’]engagent|\\p{L}+(?:ra|ront))(?=\\s)");

/**
 * A body one of the text's initiatives sets up, named again as the subject of what it will do: "… we intend to establish a
 * voluntary International Counter Ransomware Task Force (ICRTF) …" then "The ICRTF expects to produce public reports …" and
 * "The ICRTF intends to consider a model for ongoing collaboration …" (counter-ransomware statement, 2022); "The working group
 * will meet twice a year", « Le groupe de travail se réunira deux fois par an ».
 */
const BODY_HEAD = String.raw`working\s+group|task\s+force|committee|commission|panel|platform|mechanism|council|dialogue|fund|forum|network|centre|center|groupe\s+de\s+travail|comité|mécanisme|conseil|plateforme|fonds|forum|réseau|centre`;
// What it will do, not what it is for: "The fund will allow engagement with Pacific partners …" (New Zealand, 2018) describes.
const BODY_ACTS = String.raw`\s+(?:also\s+)?(?:intends?\s+to|expects?\s+to|is\s+expected\s+to|plans?\s+to|aims?\s+to|is\s+to|(?:will|shall)\s+(?:also\s+|first\s+)?(?:meet|convene|produce|report|develop|hold|publish|present|submit|review|prepare|deliver|begin|start|launch|commence|examine|consider|identify|draft|recommend|make\s+recommendations|propose)|(?:se\s+réunir|présenter|remettr|élaborer|examiner|proposer|publier|commencer|formuler)(?:a|ont))(?![\p{L}])`;
const NAMED_BODY_ACTS = caselessPattern(String.raw`^(?:the|this|that|le|la|ce|cette)\s+(?:new\s+|joint\s+|nouveau\s+|nouvelle\s+)?(?:[\p{L}-]+\s+){0,2}?(${BODY_HEAD})${BODY_ACTS}`, 'iu');
const ACRONYM_ACTS = new RegExp(String.raw`^(?:[Tt]he\s+|[Ll]e\s+|[Ll]a\s+|[Ll]['’])?(\p{Lu}[\p{Lu}\p{N}&-]{1,9})${BODY_ACTS}`, 'u');

/** Set up, not only named: "The Council will continue to monitor …" after an initiative that merely names the Council. */
const SET_UP = String.raw`(?<![\p{L}])(?:establish|creat|set(?:ting)?\s+up|launch|form|convene|créer|créé|création|mise\s+en\s+place|lanc|institu)\p{L}*\s+[^.;]{0,100}?`;

function actsAsAnnouncedBody(sentence: string, announced: readonly string[]): boolean {
  const acronym = ACRONYM_ACTS.exec(sentence)?.[1];
  const head = acronym === undefined ? NAMED_BODY_ACTS.exec(sentence)?.[1] : undefined;
  if (acronym === undefined && head === undefined) return false;
  const named = acronym !== undefined ? String.raw`\(${acronym}\)` : String.raw`(?<![\p{L}])${(head as string).replace(/\s+/g, String.raw`\s+`)}(?![\p{L}])`;
  const setUp = caselessPattern(SET_UP + named, 'iu');
  return announced.some((earlier) => setUp.test(earlier));
}

/**
 * `items.some(test)` for an array that is only appended to, with a pure `test`: each item is tested at most once, on the first call
 * after it was added, and once one passes the answer stays true.
 */
function someSoFar<T>(items: readonly T[], test: (item: T) => boolean): () => boolean {
  let checked = 0;
  let found = false;
  return () => {
    while (!found && checked < items.length) found = test(items[checked++] as T);
    return found;
  };
}

export function extractInitiatives(statement: Statement): Initiative[] {
  const sentences = bodySentences(statement);
  const initiatives: Initiative[] = [];
  // The texts of the initiatives so far, kept alongside them rather than mapped again for every sentence; and whether one of them
  // is a joint text issued, or an instrument not welcomed. Initiatives are only ever appended (add), so each is tested once, when
  // first asked, and the answer is the one `initiatives.some(…)` gives: on a megabyte that rescanned every initiative per sentence.
  const announced: string[] = [];
  const add = (initiative: Initiative): void => {
    initiatives.push(initiative);
    announced.push(initiative.text);
  };
  const jointTextIssued = someSoFar(initiatives, (i) => JOINT_TEXT_ISSUED.test(i.text));
  const instrumentAnnounced = someSoFar(initiatives, (i) => INSTRUMENT_WORD.test(i.text) && !WELCOMED.test(i.text));
  let jointText: boolean | undefined;
  let leadIn: SentenceView | null = null;
  // The mark of the lead-in's first item ("-", "1."): an item with another mark is the text's own numbering going on, not
  // the lead-in's list ("… we agree to the following steps …:" ⏎ "- Implement …" ⏎ "- Refrain …" ⏎ "1. We acknowledge the need
  // to chart a course …", Cambodia and Thailand, 2025, round 20).
  let leadInMark: BulletMark | null = null;
  let targetBullets = false;
  // The headline printed again at the top of the body ("Australia and Papua New Guinea Sign Updated Memorandum of
  // Understanding SAT 08 SEPTEMBER 2012", a PMO release, 2012) is the title, not a sentence of the release.
  const headline = statement.title ? foldForComparison(statement.title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '';
  const repeatsHeadline = (text: string) => headline.length >= 20 && !/[.!?]["”»’)]?$/u.test(text) && foldForComparison(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().startsWith(headline);
  for (const [index, sentence] of sentences.entries()) {
    if (index < 6 && repeatsHeadline(sentence.text)) continue;
    const bullet = isBulletParagraph(statement, sentence.paragraphIndex);
    // A subheading is no initiative: "Next summit meeting" ⏎ "The Council noted that the next BIC Summit would be hosted by the
    // Welsh Government." (Isle of Man, 2021, round 65): a few words, no verb's full stop, a paragraph of its own.
    if (!bullet && !/[.!?:;]["”»’)]?$/u.test(sentence.text) && !/^(?:\S+\s+){4}\S/u.test(sentence.text) && isWholeParagraph(statement, sentence)) continue;
    if (!bullet) leadIn = null;
    if (bullet && leadIn !== null) {
      const mark = bulletMark(statement, sentence.paragraphIndex);
      if (leadInMark === null) leadInMark = mark;
      else if (mark !== leadInMark) leadIn = null;
    }
    // "Indonesia will work … to develop a comprehensive investment plan to achieve significant new targets … by:" — the
    // lead-in names the initiative (the plan) and its bullets are the targets it serves (corpus convention): the lead-in
    // is read as any sentence and the bullets are not initiatives of their own.
    // The same for a lead-in that names areas of collaboration: "the governments of the United States, Canada and Mexico committed to
    // grow the following areas of collaboration:" ⏎ "• Information exchange to support …" (White House, 2023, round 97): the bullets are
    // its topics, whatever their wording.
    if (sentence.text.endsWith(':') && (TARGETS_LEAD_IN.test(sentence.head) || AREAS_LEAD_IN.test(sentence.head)) && initiativeCueConfidence(sentence.head) > 0) {
      const cue = initiativeCueConfidence(sentence.head);
      add({ text: sentence.text, source: { start: sentence.start, end: sentence.end }, confidence: confidence(cue, sentence.text.length > LONG_SENTENCE ? -0.2 : 0) });
      leadIn = null;
      targetBullets = true;
      continue;
    }
    // Areas named under a lead-in that announces nothing itself (it takes up an initiative already told): still topics, not initiatives.
    if (!bullet && sentence.text.endsWith(':') && AREAS_LEAD_IN.test(sentence.head)) {
      leadIn = null;
      targetBullets = true;
      continue;
    }
    // A lead-in that only takes note: "the United States and Indonesia take note of the following forthcoming commercial deals between
    // U.S. and Indonesian companies:" ⏎ "- Procurement of aircraft currently valued at 3.2 billion USD." (White House, 2025, round 134):
    // deals of others the parties note (corpus rule), neither the lead-in nor its bullets.
    // Also "take note of recent commercial deals between U.S. and Vietnamese companies in the areas of …." over the deals as bullets.
    if ((sentence.text.endsWith(':') && NOTED_LEAD_IN.test(sentence.head)) || NOTED_DEALS.test(sentence.head)) {
      leadIn = null;
      targetBullets = true;
      continue;
    }
    if (bullet && targetBullets) continue;
    if (!bullet) targetBullets = false;
    // A lead-in to someone's words is no action: "After signing the agreement, the OAS leader said:" (OAS, 2017, round 105).
    if (!bullet && SAID_LEAD_IN.test(sentence.text)) continue;
    // The joint statement already reported, introduced again before its text: "Following their meeting, they released this joint
    // statement:" after "… have issued a joint statement following a meeting yesterday in Dublin" (Ireland DFA, 2021, round 103).
    if (!bullet && sentence.text.endsWith(':') && JOINT_TEXT_ISSUED.test(sentence.head) && initiatives.some((i) => JOINT_TEXT_ISSUED.test(i.text))) continue;
    const signedList = sentence.text.endsWith(':') && SIGNED_LIST_LEAD_IN.test(sentence.head);
    if (sentence.text.endsWith(':') && (COMMITMENT_LEAD_IN.test(sentence.head) || signedList)) {
      // "The ministers agreed to:" — the bullets that follow are the initiatives; bullets that only name topics
      // ("… in areas including: – Trade and economic issues – Climate change") are not, and the lead-in is read
      // as any sentence.
      const next = sentences[index + 1];
      if (next && isBulletParagraph(statement, next.paragraphIndex) && (signedList ? INSTRUMENT_WORD.test(next.text) || SIGNED_ITEM.test(next.text) : !topicBullets(statement, sentences, index + 1))) {
        leadIn = sentence;
        leadInMark = null;
        continue;
      }
    }
    const cue =
      initiativeCueConfidence(sentence.head) ||
      // Only a text of several authors: « Fait à Abuja, le 2 mars 2018 » over one Commission president's signature (ECOWAS,
      // 2018, round 30) issues nothing jointly.
      (SIGNED_AT.test(sentence.head) && !jointTextIssued() && (jointText ??= classifyStatementKind(statement) === 'joint-statement') ? 0.7 : 0) ||
      (UNDER_TERMS.test(sentence.head) && instrumentAnnounced() ? 0.7 : 0) ||
      (actsAsAnnouncedBody(sentence.head, announced) ? 0.7 : 0);
    const terms = cue === 0 && (PROVIDES_FOR.test(sentence.head) || WILL_UNDER_TERMS.test(sentence.head)) && instrumentAnnounced();
    // A numbered paragraph is an item of its own, but looking forward to meeting the one just announced is that meeting again
    // ("4. Foreign Minister Matsumoto stated that he would welcome Foreign Minister Yang in Kyoto …. Foreign Minister Yang
    // responded that he was looking forward to meeting Foreign Minister Matsumoto at the upcoming Trilateral Meeting.", MOFA, 2011).
    // (The cheap test first: a megabyte of bullets is tens of thousands of them.)
    // A numbered paragraph that opens on "This" refers back all the same: "2. This newly signed MOD, based on the agreement reached …"
    // (Japan MOFA, 2007, round 86).
    if (cue > 0 && (bullet ? (LOOK_FORWARD_TO_MEETING.test(sentence.head) && meetsAnnouncedPerson(sentence.head, announced)) || (REFERS_BACK.test(sentence.head) && restatesAnnounced(sentence.head, announced)) : restatesAnnounced(sentence.head, announced))) continue;
    if (terms) {
      add({ text: sentence.text, source: { start: sentence.start, end: sentence.end }, confidence: confidence(0.7, sentence.text.length > LONG_SENTENCE ? -0.2 : 0) });
      continue;
    }
    // A bullet under "agreed to:" that only restates a position is none: "– reiterate their full commitment to the Good Friday
    // (Belfast) Agreement …" (UK Cabinet Office, 2021, round 106; corpus rule on restatements).
    if (bullet && leadIn !== null && cue === 0 && RESTATES_POSITION_BULLET.test(sentence.text)) continue;
    // An item's own sentences, not one that goes on about it: "Country leads for joint plans of action along the … thematic areas. Those
    // include promoting stability …" (White House, 2022, round 146), "This step will systematically grow …" (round 142).
    const listed = bullet && leadIn !== null && (sentences[index - 1]?.paragraphIndex !== sentence.paragraphIndex || !GOES_ON_ABOUT_IT.test(sentence.text));
    if (listed || cue > 0) {
      const base = Math.max(cue, listed ? 0.85 : 0);
      add({
        text: sentence.text, // already collapsed by bodySentences
        source: { start: sentence.start, end: sentence.end },
        confidence: confidence(base, sentence.text.length > LONG_SENTENCE ? -0.2 : 0),
      });
    }
  }
  // The joint statement of others that the title welcomes is no initiative of the authors: "Following the Australia-Germany defense
  // ministers’ meeting on March 26, the two countries issued a joint statement …" under "MOFA welcomes Australian and German defense
  // ministers’ joint statement …" (Taiwan MOFA, 2026, round 94; corpus convention on third-party agreements the authors welcome).
  const welcomed = statement.title !== null && WELCOMES_A_STATEMENT.test(statement.title);
  // A comment on a signing, before the sentences that report it, is that signing again (later ones are dropped above).
  const kept = withoutSumBreakdowns(initiatives.filter((i, index) => !(welcomed && JOINT_TEXT_ISSUED.test(i.text)) && !(SIGNING_COMMENTED.test(i.text) && initiatives.some((other, at) => at > index && INSTRUMENT_WORD.test(other.text)))));
  return withoutStandfirstAnnouncement(statement, sentences, withoutCountedLead(kept));
}

/**
 * Instruments counted in a lead, then told one by one (corpus convention "announced measures, then their list": the list sentences are
 * the initiatives, not the lead): « Le Maroc et le Mali ont signé, jeudi à Rabat, cinq accords de coopération » before « Ainsi, un accord
 * relatif aux transports internationaux routiers … a été signé par … » (abamako, 2018, round 127), « ont conclu mercredi à Ouagadougou
 * douze accords » before « trois accords dans les domaines du travail » and « Six mémorandums d’entente ont été paraphés » (Kaweru, 2025,
 * round 114). A lead told again with as many ("three MoUs, namely, …") keeps its place.
 */
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 };
const COUNTED_INSTRUMENTS = caselessPattern(String.raw`(?<![\p{L}\p{N}])(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze)\s+(?:\(\d{1,3}\)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:agreements|accords|memoranda|memorandums|mémorandums|MoUs|MOUs|conventions|protocols|protocoles|instruments|documents|arrangements)(?![\p{L}])`, 'iu');
const INSTRUMENT_INTRODUCED = wordPattern(`(?:un|une|a|an|\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix)\\s+(?:\\(\\d{1,3}\\)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${INSTRUMENT})`);
function countedInstruments(text: string): number | null {
  const match = COUNTED_INSTRUMENTS.exec(text);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  return /^\d+$/u.test(word) ? Number(word) : (COUNT_WORDS[word] ?? null);
}
// Or not counted at all: "The Government of Jamaica and the Republic of Kenya together on Monday (August 5) signed agreements to facilitate
// closer bi-lateral relations" before "… welcomed the signing of three Memoranda of Understanding (MoUs) between Jamaica and Kenya in the
// areas of …" (Jamaica Observer, 2019, round 127).
const UNCOUNTED_INSTRUMENTS = wordPattern('(?:signed|signent|ont\\s+signé|concluded|ont\\s+conclu)\\s+(?:des\\s+)?(?:agreements|accords|memoranda|mous|conventions)(?![\\p{L}])');
function withoutCountedLead(initiatives: Initiative[]): Initiative[] {
  const first = initiatives.findIndex((i) => (countedInstruments(i.text) ?? 0) >= 2 || UNCOUNTED_INSTRUMENTS.test(i.text));
  if (first < 0) return initiatives;
  const count = countedInstruments(initiatives[first]?.text ?? '') ?? Number.POSITIVE_INFINITY;
  // A part names its instrument anew (« un accord relatif à … », "a Memorandum of Cooperation in the field of …"), not again (« ces accords »).
  const parts = initiatives.slice(first + 1).filter((i) => INSTRUMENT_INTRODUCED.test(i.text) && (countedInstruments(i.text) ?? 1) < count);
  return parts.length > 0 ? initiatives.filter((_, index) => index !== first) : initiatives;
}

/**
 * The parts of a sum already announced (corpus convention: splitting a sum already counted is no second funding initiative): "The
 * assistance, in addition to donations of $500,000 already announced, will be directed to the International Organisation for
 * Migration ($750,000), UNICEF ($250,000) …", "$750,000 would be allocated to the International Organisation for Migration",
 * "The remaining $250,000 would be allocated to …" after "Australia will contribute an additional $1.5 million …" (DFAT, 1990),
 * "The $10 million humanitarian contribution will go to United Nations agencies …" (DFAT, 2014; both round 99). A sentence is a
 * breakdown when it hands out money ("will go to", "would be allocated to", "would receive"), every sum it gives is at most one an
 * earlier initiative announced, and it adds none ("additional", "further", "new").
 */
// Also "Australia's assistance consisted of an $800,000 accountable cash grant … and an accountable cash grant of $245,000" after the
// $1.045 million announced (DFAT, 1986, round 131).
const HANDED_OUT = caselessPattern(String.raw`(?<![\p{L}])(?:consist(?:ed|s)\s+of|(?:will|would|is\s+to|are\s+to|shall)\s+(?:be\s+)?(?:go|directed|allocated|distributed|channell?ed|used|spent|split|divided)\s+(?:to|for|between|among|on)|(?:will|would)\s+receive|the\s+remaining|of\s+which)(?![\p{L}])`, 'iu');
const ADDS_MONEY = caselessPattern(String.raw`(?<![\p{L}])(?:additional|further|new|extra|another|more|supplémentaires?|nouvelles?)(?![\p{L}])`, 'iu');
const SUM = /(?:US\$|A\$|AUD\s?\$?|NZ\$|C\$|CA\$|\$|€|£)\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|m|bn)?(?![\p{L}])/gu;
function sumsIn(text: string): number[] {
  return [...text.matchAll(SUM)].map((match) => {
    const value = Number((match[1] ?? '').replace(/,/g, ''));
    const unit = (match[2] ?? '').toLowerCase();
    return value * (unit === 'billion' || unit === 'bn' ? 1e9 : unit === 'million' || unit === 'm' ? 1e6 : 1);
  });
}
function withoutSumBreakdowns(initiatives: Initiative[]): Initiative[] {
  const kept: Initiative[] = [];
  let largest = 0;
  for (const initiative of initiatives) {
    const sums = sumsIn(initiative.text);
    const breakdown = largest > 0 && sums.length > 0 && HANDED_OUT.test(initiative.text) && !ADDS_MONEY.test(initiative.text.replace(/in\s+addition\s+to\s+[^,;]{0,80}?already\s+announced/iu, '')) && sums.every((sum) => sum <= largest);
    if (!breakdown) kept.push(initiative);
    for (const sum of sums) largest = Math.max(largest, sum);
  }
  return kept;
}

/**
 * A standfirst that announces what the body's lead reports in full (corpus convention "one announced visit, two sentences"):
 * "Foreign Secretary James Cleverly will sign new agreement with Cypriot Foreign Minister Kasoulides …" over "Foreign Secretary
 * James Cleverly will meet Foreign Minister Ioannis Kasoulides of the Republic of Cyprus in London today (Tuesday 15 November)
 * to sign a new agreement …" (FCDO, 2022, round 84): the one initiative is the sentence that names the meeting.
 */
// Also in French: « La Première ministre française Elisabeth Borne accueillera ce lundi soir son homologue luxembourgeois Xavier Bettel »
// over « Ce lundi soir à 21 heures, Xavier Bettel sera reçu à Paris à l'hôtel de Matignon par la Première ministre française Elisabeth
// Borne pour un dîner de travail » (Luxemburger Wort, 2022, round 127).
const ANNOUNCES_AHEAD = wordPattern('will\\s+(?:sign|meet|visit|travel|host|welcome|hold)|accueiller(?:a|ont)|recevr(?:a|ont)|rencontrer(?:a|ont)|signer(?:a|ont)|se\\s+rendr(?:a|ont)');
const MEETING_NAMED = wordPattern('will\\s+(?:meet|host|welcome|receive|hold\\s+talks)|(?:sera|seront)\\s+reçue?s?|rencontrer(?:a|ont)|accueiller(?:a|ont)|recevr(?:a|ont)');
function withoutStandfirstAnnouncement(statement: Statement, sentences: readonly SentenceView[], initiatives: Initiative[]): Initiative[] {
  const first = initiatives[0];
  const lead = sentences[0];
  if (!first || !lead || first.source.start !== lead.start || initiatives.length < 2 || !isWholeParagraph(statement, lead) || !ANNOUNCES_AHEAD.test(lead.head)) return initiatives;
  // The names the standfirst gives, found again in a later initiative that names the meeting itself.
  const names = new Set(lead.head.match(/(?<![\p{L}])\p{Lu}\p{Ll}{3,}(?![\p{L}])/gu)?.filter((word) => !STANDFIRST_COMMON_WORDS.has(word)) ?? []);
  const fuller = initiatives.slice(1).find((i) => MEETING_NAMED.test(i.text) && [...names].filter((name) => i.text.includes(name)).length >= 2);
  return fuller ? initiatives.slice(1) : initiatives;
}
/** Capitalised words of an office or a heading, no one's name. */
const STANDFIRST_COMMON_WORDS = new Set(['Foreign', 'Secretary', 'Minister', 'Prime', 'President', 'Deputy', 'State', 'Defence', 'Defense', 'Affairs', 'General', 'Chancellor', 'Ambassador', 'Commissioner', 'Vice', 'Home', 'Trade', 'International', 'Development', 'Government', 'Republic', 'Kingdom', 'United', 'Ministry']);

/**
 * The cues that match a sentence their CUE_PREFILTERS entry rejects (a test keeps this empty over every corpus sentence): a
 * prefilter copied from a cue goes stale when the cue is edited, and then silently turns the cue off.
 */
export function cuePrefiltersMissing(sentences: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const sentence of sentences) {
    CUES_BY_CONFIDENCE.forEach(([cue], index) => {
      const prefilter = CUE_MAY_MATCH[index];
      if (prefilter && !prefilter.test(sentence) && cue.test(sentence)) missing.add(cue.source.slice(0, 80));
    });
  }
  return [...missing];
}
