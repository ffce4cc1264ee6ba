/**
 * Meeting facts: title, date (YYYY-MM-DD, first day) and location (city, in English). Releases give
 * these in predictable places: a title line, a dateline ("March 12, 2025 – Halifax, Nova Scotia –
 * Department", "Dakar (Sénégal), le 10 juin 2025", or "Ottawa – " opening the first paragraph), and a
 * lead sentence reporting the meeting ("met in Lyon on 14 and 15 April 2026"). When the lead does
 * not report a meeting, call or visit — a statement or a joint condemnation — date and location are
 * null: the dateline then dates the text, not an event.
 */
import type { Meeting } from '../model/structured-statement';
import type { Statement } from '../model/statement';
import { canonicalCountry, findCountries } from './country-names';
import { findDate, findMeetingDate, formatDate, MONTH, MONTHS, REMINDER, shiftDays, WEEKDAYS, weekdayDate, yearOfFirstFullDate, type FoundDate } from './meeting-dates';
import { cleanPlace, inEnglish, placeInSentence, placeOfBuilding } from './meeting-places';
import { bodySentences, bodyStart, capitaliseFirst, collapseWhitespace, foldForComparison, withoutRecalledSignings, type SentenceView } from './sentence-helpers';
import { wordPattern } from './condemnation-extractor';
import { caselessPattern } from './caseless-pattern';
import { classifyStatementKind, documentDescription } from './statement-kind';

const YESTERDAY = wordPattern('yesterday|hier');
/** A meeting held online: "a virtual meeting", "met virtually", « une réunion virtuelle », « par vidéoconférence ». */
// Also "participated in an online meeting on Monday of the member-countries of the Berlin Process" (Total Croatia News, 2020, round 128).
const VIRTUAL = wordPattern('(?:virtual(?:ly)?|online)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:meeting|summit|call|session|conference|gathering|consultations|talks|dialogue)|réunion\\s+en\\s+ligne|(?:met|meet|meets|convened|gathered)\\s+virtually|(?:by|via)\\s+video(?:conference|\\s+link|\\s+conference)?|réunion\\s+virtuelle|sommet\\s+virtuel|(?:rencontré|réuni(?:s|es)?|participé)\\s+virtuellement|par\\s+visioconférence|par\\s+vidéoconférence');
/**
 * « s'entretient avec » in a title is a talk, on the telephone or face to face: the title alone does not make it a call
 * (« Le secrétaire d’Etat américain s’entretient avec Robert Dussey » over « … s’est entretenu jeudi à Washington avec … »,
 * a Togolese release outside the corpus). The body's own words still do.
 */
const IN_PERSON_TALK = wordPattern("s[’']entretient\\s+avec(?![^.;]*(?:téléphon|visio))");
const CALL = wordPattern(
  // "Foreign Minister Bilawal Bhutto Zardari received a call from the Acting Foreign Minister …" (Pakistan MOFA, 2022, round 75).
  '(?:received|receives|had)\\s+(?:a\\s+)?(?:telephone\\s+|phone\\s+)?call\\s+from|spoke\\s+(?:today\\s+|yesterday\\s+)?(?:with|to|by\\s+(?:tele)?phone)|speaks\\s+with|(?:telephone|telephonic|phone|video)\\s+(?:call|talks?|conversation)|call\\s+with|videoconference|s[’\']entretient\\s+avec|s[’\']est\\s+entretenue?\\s+(?:(?!(?:à|au|aux|en)\\s)[\\p{L}’\'-]+\\s+){0,3}?(?:avec|par\\s+téléphone)|(?:entretien|conversation|appel)\\s+téléphonique|(?:par|au)\\s+téléphone|' +
  // « le Président de la République a appelé ce soir son homologue nigérien » (Élysée, 2019, round 29).
  "a\\s+(?:appelé|téléphoné\\s+à)\\s+(?:(?:ce\\s+(?:soir|matin)|hier|aujourd[’']hui|cet\\s+après-midi)\\s+)?(?:son|sa|ses|leurs?)\\s+homologues?");
/** Talks held "on the margins of" an event (« en marge de la messe inaugurale ») are held in person, whatever the verb. */
/** A talk during a visit is held in person: « s'est entretenu ce jour avec son homologue togolais … dans le cadre d'une visite de travail » (Gabon, 2018). */
const IN_PERSON = wordPattern("(?:dans\\s+le\\s+cadre|au\\s+cours|lors)\\s+d['’]une\\s+visite|during\\s+(?:a|an|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?visit|en\\s+terre\\s+\\p{L}+");
export const TITLE_MEETS = wordPattern('meets?|met\\s+with|meeting\\s+with|talks\\s+with|rencontre|s[’\']entretient\\s+avec|reçoit|receives|hosts|welcomes');
const ON_THE_MARGINS = wordPattern('on\\s+the\\s+(?:margins|sidelines)\\s+of|in\\s+the\\s+margins\\s+of|en\\s+marge\\s+d(?:e|u|es)');

const TOMORROW = wordPattern('tomorrow|demain');
const MET_TODAY = wordPattern("met\\s+today|se\\s+sont\\s+(?:réunis|rencontrés)\\s+aujourd[’']hui");
const SIGNED_IN_LEAD = wordPattern('signed|(?:a|ont)\\s+signé|signent');
const TODAY = wordPattern('today|tonight|this\\s+(?:morning|afternoon|evening)|aujourd[’\']hui|ce\\s+(?:matin|soir|jour)|cet\\s+après-midi');
/**
 * An earlier meeting the sentence recalls: "since their last meeting in the White House", "the outcomes
 * from their meeting in Sydney on 30 July 2012", "the commitment made … during their meeting in Rome in
 * October 2021". It is recalled when the text says so (last, previous) or dates it before the text's own date
 * (or by a month alone). Blanked out, same length, so its place and date are not the meeting's.
 * Case-sensitive, so \p{Lu} means a capital (caselessPattern reads every letter class as any letter).
 */
const RECALLED_MEETING = new RegExp(
  // Also "follows on the two leaders’ first meeting in Washington on August 25" (US and ROK, 2025, round 24).
  String.raw`(?<![\p{L}])(?:their|his|her|our|the|\p{Lu}[\p{L}\p{M}-]+[’']s|(?:leaders|ministers|presidents|secretaries)[’'])\s+(?:(last|previous|earlier|prior|first|most\s+recent)\s+)?(?:[\p{L}-]+\s+)?meeting\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*(\s+(?:in|on)\s+[^,.;]{3,30}?(?:\d{4}|\d{1,2}(?!\d)))?`,
  'gu',
);

/**
 * The same in French, its date before or after the place: « cette signature est la concrétisation des résultats de leurs échanges lors de
 * la rencontre du 19 mai 2021 à Luxembourg » (Radio Ndarason, 2022, round 119), « lors de leur dernière rencontre à Dakar ».
 */
const RECALLED_MEETING_FR = new RegExp(
  String.raw`(?<![\p{L}])(?:lors|au\s+cours|à\s+l['’]occasion)\s+d(?:e\s+|['’])(?:la|leur|sa|son|l['’])\s*(?:(dernière|précédente|première)\s+)?(?:rencontre|réunion|visite|entretien|session)(?:\s+(du\s+[^,.;]{3,30}?\d{4}))?\s+à\s+\p{Lu}[\p{L}\p{M}'’-]+(?:[\s-]+\p{Lu}[\p{L}\p{M}'’-]+)*(?:,?\s+(le\s+[^,.;]{3,30}?\d{4}))?`,
  'gu',
);
const RECALLED_MEETING_FR_LITERAL = /rencontre|réunion|visite|entretien|session/;

/**
 * An event to come named inside the sentence that reports the meeting: « notamment au sommet de l'OTAN qui aura lieu
 * à Washington » (NATO, outside the corpus), "the summit which will take place in Vilnius", "the conference to be held
 * in Paris", "the upcoming Pacific Forum meeting in Apia" (New Zealand, 2004, round 21), « la réunion extraordinaire de la CEDEAO,
 * qui doit se tenir demain dimanche 30 juillet à Abuja » (Algerian presidency, 2023, round 118). Its place is that event's, not the
 * meeting's: blanked out, same length, up to the clause's end.
 */
const EVENT_TO_COME = caselessPattern(
  // A meeting placed and then put ahead: "the Government of Ethiopia and Tigrayan regional authorities meeting in Pretoria, South Africa for
  // talks next week" (White House, 2022, round 146).
  // Also the event the talks prepare: "met today with Secretary General Jens Stoltenberg … to prepare for the June 29-30 NATO Summit in Madrid"
  // (White House, 2022, round 151).
  String.raw`(?<![\p{L}])(?:meeting\s+(?:in|at)\s+\p{Lu}[^.;]{0,60}?\snext\s+(?:week|month|year)(?![\p{L}])|prepar(?:e|es|ed|ing)\s+for\s+(?:the\s+)?[^.;]{0,60}?(?:summit|meeting|conference|ministerial|visit)\s+(?:in|at)\s+\p{Lu}[\p{L}-]+|(?:qui|which|that)\s+(?:aura|auront|will|se\s+tiendr(?:a|ont)|doi(?:t|vent)\s+se\s+tenir|(?:is|are)\s+due\s+to\s+be\s+held)(?:\s+(?:lieu|be\s+held|take\s+place|be\s+hosted|convene))?|(?:to|due\s+to)\s+be\s+(?:held|hosted|convened)|devant\s+se\s+tenir|(?:the|their|its|la|sa|leur)\s+(?:next|prochaine?|upcoming|forthcoming)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|session|round|summit|dialogue|réunion|session|rencontre|sommet))(?![\p{L}])[^,.;]*`,
  'giu',
);

/**
 * What every alternative of EVENT_TO_COME holds, under the same `i` without `u`: « aura(ont) », "will", « se tiendr… » or « se
 * tenir » (the first), "to be" (the second), « se tenir » (the third), "next", « prochain(e) », "upcoming" or "forthcoming" (the
 * fourth). A head without any is left as it is, as the replace would leave it.
 */
const MAY_NAME_EVENT_TO_COME = /aura|will|tiendr|se\s+tenir|to\s+be\s|next|prochain|upcoming|forthcoming|prepar/i;

function maskEventsToCome(head: string): string {
  if (!MAY_NAME_EVENT_TO_COME.test(head)) return head;
  return head.replace(EVENT_TO_COME, (span: string) => ' '.repeat(span.length));
}

/** "The two ministers last met on 3 March 2011": a meeting recalled by its verb, with its date or place. */
const LAST_MET = new RegExp(String.raw`(?<![\p{L}])(?:last|previously|first)\s+met\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*\s*)?(?:(?:on|in)\s+[^,.;]{3,30}?\d{4})?`, 'gu');

/**
 * An earlier event the sentence builds on, with where it was held: "Further to the Negev Summit, held in Sde Boker, Israel
 * in March of this year, …, held the inaugural meeting of the Negev Forum Steering Committee in Manama" (State, 2022).
 */
const FURTHER_TO_EVENT = caselessPattern(
  String.raw`(?<![\p{L}])(?:further\s+to|following|building\s+on|since|after|suite\s+(?:à|au)|à\s+la\s+suite\s+d(?:e|u))\s+(?:the\s+|le\s+|la\s+|l['’])?[^,.;]{0,60}?(?:summit|meeting|conference|ministerial|sommet|réunion|conférence)\s*,\s+(?:held|tenue?)\s+(?:in|at|à)\s+[^,.;]+(?:,\s*[^,.;]{2,30})?` +
    // « Après la 3è Reunion extraordinaire tenue le 18 Mai 2018, le Conseil des Ministres … a tenu sa première réunion statutaire
    // … le 05 Octobre 2018 à Lomé » (Conseil de l'Entente, round 69): the earlier meeting and its date.
    String.raw`|(?<![\p{L}])(?:after|following|après)\s+(?:the|la|le|l['’])\s*[^,.;]{0,60}?(?:summit|meeting|session|sommet|r[ée]union)(?:\s+[\p{L}-]+){0,2}?\s+(?:held|tenue?)\s+(?:on|le)\s+[^,.;]{3,30}?\d{4}`,
  'giu',
);

/**
 * Literal prefilters: each pattern cannot match a text without its literal, so skipping the replace when the literal is absent
 * returns the same string. Both branches of FURTHER_TO_EVENT need "held" or « tenu » (case-insensitive; under `i` without `u`
 * no character outside ASCII folds to an ASCII letter); LAST_MET needs "met" and RECALLED_MEETING "meeting" (both case-sensitive).
 * The masks keep the length and only blank out spans, so a literal a later pattern needs is absent after them if it was before.
 */
const FURTHER_TO_EVENT_LITERAL = /held|tenu/i;

/** A recital of a joint statement's preamble: "Recalling the Joint Statement on … in Geneva on May 12, 2025 (…); and" (White House, 2025, round 134). */
const RECITAL = /^\s*(?:Recalling|Rappelant)\s[^;]*/u;

/**
 * A named instrument's signing date in apposition, background to the sentence: "including the U.S.-Indonesia Trade and Investment Framework
 * Agreement, signed on July 16, 1996" (White House, 2025, round 134).
 */
const SIGNED_ON_IN_APPOSITION = /(?<=(?:Agreement|Treaty|Accord|Arrangement|Memorandum|Declaration|Convention|Protocol|Charter)),\s+signed\s+(?:on|in)\s+[^.;]{3,30}?\d{4}/gu;

/** A call or meeting the reported one follows, by its date: "This meeting … follows their April 2, 2024, telephone call" (White House, 2024, round 150). */
const FOLLOWS_DATED_CALL = caselessPattern(String.raw`(?<![\p{L}])(?:follows|followed|following|after|since)\s+(?:their|the|his|her|our)\s+[^.;]{3,30}?\d{4},?\s+(?:telephone\s+|phone\s+|video\s+|virtual\s+)?(?:call|conversation|meeting|summit)(?![\p{L}])`, 'giu');

function maskRecalledMeetings(head: string, anchor: string | null): string {
  let masked = withoutRecalledSignings(head).replace(RECITAL, (span) => ' '.repeat(span.length));
  if (masked.includes('signed')) masked = masked.replace(SIGNED_ON_IN_APPOSITION, (span) => ' '.repeat(span.length));
  if (FURTHER_TO_EVENT_LITERAL.test(masked)) masked = masked.replace(FURTHER_TO_EVENT, (span) => ' '.repeat(span.length));
  if (masked.includes('met')) masked = masked.replace(LAST_MET, (span) => ' '.repeat(span.length));
  if (/follow|after|since/i.test(masked)) masked = masked.replace(FOLLOWS_DATED_CALL, (span) => ' '.repeat(span.length));
  const blankIfRecalled = (span: string, earlier: string | undefined, when: string | undefined): string => {
    let recalled = earlier !== undefined;
    if (!recalled && when !== undefined) {
      const date = findDate(when);
      const iso = date ? formatDate(date, null) : null;
      recalled = date === null || (iso !== null && anchor !== null && iso < anchor);
    }
    return recalled ? ' '.repeat(span.length) : span;
  };
  if (RECALLED_MEETING_FR_LITERAL.test(masked)) {
    masked = masked.replace(RECALLED_MEETING_FR, (span: string, earlier: string | undefined, before: string | undefined, after: string | undefined) => blankIfRecalled(span, earlier, before ?? after));
  }
  if (!masked.includes('meeting')) return masked;
  return masked.replace(RECALLED_MEETING, blankIfRecalled);
}

const ANNOUNCED_AFTER_MEETING = wordPattern("(?:announced|annoncée?s?)\\s+(?:following|after|à\\s+l[’']issue\\s+d[e’'])\\s*(?:the\\s+|his\\s+|her\\s+|sa\\s+|son\\s+|la\\s+|l[’'])?(?:[\\p{L}’'.-]+\\s+){0,3}?(?:meeting|talks|entretien|rencontre)s?\\s+(?:with|avec)");
const YEARS_AGO = wordPattern('(?:one|two|three|four|five|ten|twenty|\\d+)\\s+years?\\s+ago|il\\s+y\\s+a\\s+(?:un|\\p{L}+|\\d+)\\s+ans?');
const ANNIVERSARY = wordPattern('anniversary|anniversaire');

/** A meeting ahead: "will meet", « rencontrera », « se rendra ». */
// « Le ministre … est attendu vendredi après-midi à Abidjan, pour une visite de travail » (Agence Ivoirienne de Presse, 2014, round 119).
const AHEAD = wordPattern('will|shall|(?:est|sont)\\s+attendue?s?|(?:sera|seront)\\s+reçue?s?|effectuer(?:a|ont)|rencontrer(?:a|ont)|se\\s+rendr(?:a|ont)|participer(?:a|ont)|assister(?:a|ont)|visiter(?:a|ont)|recevr(?:a|ont)|accueiller(?:a|ont)|tiendr(?:a|ont)');

/**
 * "Berne, 22.04.2016 - ", « OTTAWA, ON, le 5 mai 2025 /CNW/ - », "Le 29 septembre 2014 - Ottawa, Ontario - " at a sentence's start;
 * also a wire's "SINGAPORE, May 11, 2020 /PRNewswire/ -- " (Singapore MFA, round 25).
 */
const OPENING_DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}\p{M}.'’ ,()-]{1,60}?,?\s+)?(?:le\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4})(?:\s*\/[A-Za-z-]{2,20}\/)?\s*(?:--|[–—-])\s`,
  'u',
);

/** A trip the lead announces ahead: "will travel to", "departs tonight for", « se rendra en ». */
// "… Chris Bowen MP, leaves for Nauru and Papua New Guinea (PNG) tomorrow morning" (Australian minister, 2012, round 87).
const VENUE_LINE = /^(?:Venue|Lieu)\s*:\s*([^\n]{3,160})$/mu;
const TRIP_AHEAD = wordPattern('will\\s+(?:travel|visit|depart|arrive)|will\\s+lead\\s+(?:a|an|the|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?delegation\\s+to(?:\\s+visit)?|travels\\s+to|departs?\\s+(?:[\\p{L}]+\\s+){0,3}?for|(?:leaves|will\\s+leave)\\s+(?:[\\p{L}]+\\s+){0,3}?for|will\\s+undertake\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:visit|tour|trip)|se\\s+rendr(?:a|ont)|partira|visitera');

/** The list of places right after the trip's verb: "to Jordan, the United Arab Emirates (UAE), and Kuwait", "for visits to France, Italy and Indonesia". */
// "will visit the United States of America, Russia and Egypt" (Japan MOFA, 2007, round 22): « of » inside a country's name.
const TRIP_DESTINATIONS = /^\s*(?:to\s+|for\s+|en\s+|au\s+|aux\s+)?(?:visits?\s+to\s+)?((?:(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*(?:\s*\([^)]{1,12}\))?(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+et\s+(?:en\s+|au\s+|aux\s+)?)?)+)/u;

/** "visited Jordan from 2-5 August", "was in Tokyo on 3 May": a visit given its own dates. */
const VISIT_DATED = caselessPattern(String.raw`(?<![\p{L}])(?:visited|was\s+in|were\s+in|travelled\s+to|traveled\s+to)\s+[^.;]{1,60}?\s(?:from|on|between)\s+(?=\d)`, 'iu');

const LATER_MEETING = wordPattern('(?:will|shall)\\s+(?:be\\s+held|take\\s+place)|se\\s+tiendr(?:a|ont)|aur(?:a|ont)\\s+lieu');
// Also a signing to come: "Foreign Secretary James Cleverly will sign new agreement with Cypriot Foreign Minister Kasoulides", or a
// lunch to attend after it: "Foreign Minister Kasoulides will attend a lunch hosted by Lord Ahmad" (FCDO,
// 2022, round 84).
const WILL_MEET = wordPattern('will\\s+(?:meet|gather|convene|sign|attend)|se\\s+réuniront|se\\s+retrouveront');
/** "the meeting" named in a sentence about what will follow it; also "The Working Visit will serve as an opportunity to review …" (DIRCO, 2025, round 86). */
const THE_MEETING_AHEAD = wordPattern('(?:the|this)\\s+(?:[\\p{L}-]+\\s+)?(?:meeting|visit|session|talks|consultations)(?=[^.;]{0,60}?\\swill\\s)|will\\s[^.;]{0,60}?(?:after|following)\\s+the\\s+meeting|(?:after|following)\\s+the\\s+meeting,?\\s+(?:[\\p{L}-]+\\s+){1,3}?will');
/** A verb that reports something done: a sentence in the future with one of these also reports the past. */
const PAST_VERB = wordPattern("met|held|hosted|co-chaired|chaired|convened|gathered|had|has|have|was|were|discussed|spoke|talked|received|welcomed|visited|signed|agreed|took\\s+place|(?:a|ont)\\s+(?:rencontré|reçu|eu|tenu|accueilli|discuté|signé|convenu)|s['’]est|se\\s+sont");

// "held talks", "hold a meeting" — not "continues to hold Iran accountable". "had several scheduled meetings in the United Kingdom"
// (Government of Montserrat, 2023, round 65).
// « La 11e commission tuniso-mauritanienne de suivi a achevé, jeudi, ses travaux à Tunis » (Directinfo, 2015, round 110): a body's session.
// A right of assembly is no meeting: « le droit de réunion et la liberté d’expression » (Council of Europe, 2014, round 118).
// A numbered session is held: "The governments of Malawi and Tanzania held the 5th Session of the Joint Permanent Commission" (round 119).
const MEETING_STRONG = wordPattern('(?:a|ont)\\s+(?:achevé|clôturé|terminé|entamé|ouvert|repris)[\\s,]+(?:[^.;]{0,30}?[\\s,])?(?:ses|leurs)\\s+travaux|concluded\\s+its\\s+(?:work|deliberations)|met|meet|meets|meeting|(?:had|have|has)\\s+(?:[\\p{L}-]+\\s+){0,3}?meetings|(?:days?|rounds?|series)\\s+of\\s+meetings|negotiation\\s+(?:meetings?|sessions?|rounds?)|(?:held|hold)(?=\\s+(?:[\\p{L}\\d’\'-]+\\s+){0,5}?(?:talks|meetings?|consultations|dialogue|discussions|call|summit|session|conversation|conference|exchange)(?![\\p{L}]))|(?:was|were|has\\s+been|have\\s+been)\\s+held(?!\\s+(?:accountable|responsible|hostage|captive|to\\s+account|in\\s+detention|incommunicado|back))|co-chaired|chaired|hosted|convened|gathered|gather|talks|tête-à-tête|séance\\s+de\\s+travail|working\\s+session|rencontr(?:é|ée|és|ées|ent|e|es|era|eront)|(?<!(?:droits?|libertés?|freedom)\\s+(?:de|of)\\s+)réunions?|réuni(?:s|es)?|se\\s+réunir(?:a|ont)|entretien(?:s)?|se\\s+sont\\s+rencontrées?|' +
  // « La troisième édition du séminaire intergouvernemental franco-sénégalais s’est tenu le 19 octobre 2017 à Matignon »
  // (Senegal's embassy in Paris, round 26), "the seminar took place"; « La Commission mixte Togo-Ghana s’est ouverte jeudi à
  // Accra » (Togo's foreign minister, round 65).
  // "The audience took place at the AU Commission Headquarters in Addis Ababa" (African Union Commission, 2021, round 75).
  "(?=s['’]est|se\\s|a\\s|ont\\s|took|opened)(?<=(?:séminaire|réunion|sommet|rencontre|session|conférence|consultations|dialogue|forum|commission|seminar|summit|conference|forum|commission|retreat|audience)(?![\\p{L}])[^.;]{0,80}?\\s)(?:s['’]est\\s+tenue?|se\\s+sont\\s+tenue?s|(?:a|ont)\\s+eu\\s+lieu|took\\s+place|s['’]est\\s+ouverte?|opened)|" +
  // An event of the release's to come: "The summit will be held on 17 September in Riga", "The event … is to take place on 17 and 18
  // September 2024 in Valga County, Estonia" (Latvian MFA, 2024, round 83).
  "(?=will|is|are|shall)(?<=(?:seminar|summit|conference|forum|commission|retreat|meeting|talks|session|dialogue|consultations|event)(?![\\p{L}])[^.;]{0,80}?\\s)(?:will|shall|is\\s+to|are\\s+to)\\s+(?:take\\s+place|be\\s+held(?!\\s+(?:accountable|responsible|liable|to\\s+account|hostage|captive)))|" +
  // "The 41st round of the Geneva International Discussions has just concluded." (UN Geneva, 2017, round 37).
  "(?=ha[sv])(?<=(?:round|session|meeting|talks|discussions|summit|conference|consultations)(?![\\p{L}])[^.;]{0,80}?\\s)(?:has|have)\\s+(?:just\\s+)?(?:concluded|ended)|" +
  // "This was following bilateral discussions held between President Maithripala Sirisena and the President of Philippines
  // Rodrigo Duterte, earlier today (16)." (Sri Lanka's President's Media Division, 2019, round 43).
  "(?=held)(?<=(?:talks|discussions|consultations|meetings?)\\s)held(?=\\s+(?:between|with|today|earlier|yesterday|this\\s+(?:morning|afternoon|evening)))");
/**
 * MEETING_STRONG / MEETING_WEAK on a body sentence's head, each run once per sentence: the same sentence is asked up to five
 * times (lead candidates, past, happened, strong, weak). Keyed by the SentenceView object bodySentences caches per statement
 * (its head is readonly), so the answers are the pattern's own and go with the statement (a WeakMap: nothing is kept after).
 * Neither pattern has the g or y flag, so test() keeps no state between calls.
 */
const strongCues = new WeakMap<SentenceView, boolean>();
const weakCues = new WeakMap<SentenceView, boolean>();
function strongCue(sentence: SentenceView): boolean {
  let known = strongCues.get(sentence);
  if (known === undefined) strongCues.set(sentence, (known = MEETING_STRONG.test(sentence.head)));
  return known;
}
function weakCue(sentence: SentenceView): boolean {
  let known = weakCues.get(sentence);
  if (known === undefined) weakCues.set(sentence, (known = MEETING_WEAK.test(sentence.head)));
  return known;
}

/** A title that names a meeting ("Joint Communiqué of the … Ministers’ Meeting", « … réunion … »). */
// A joint commission's session named in the title: « La quatrième commission mixte Nigeria-Guinée se tiendra le 12 août à Abuja » (APA,
// round 119).
const MEETING_TITLE = wordPattern('meeting|summit|talks|dialogue|consultations|conference|session|conversation|call|réunion|sommet|rencontre|entretien|commission\\s+mixte|joint\\s+(?:permanent\\s+)?commission');
const MEETING_WEAK = wordPattern(
  // A visit or session hosted or chaired to come: "will host the Secretary of State … of Portugal, Professor Nuno Sampaio, on Thursday,
  // 27 March 2025, in Pretoria", "will on Friday, 02 August 2019, chair the Sixth Session of the … Consultations in Pretoria" (DIRCO,
  // round 86).
  'will\\s+(?:on\\s+[^.;]{3,40}?,\\s+)?(?:host|chair|co-chair)(?=\\s)|' +
  // A trip announced in French, as "will visit": « L’honorable Bill Blair, …, et l’honorable François-Philippe Champagne, … se rendront à
  // Washington D.C. du 4 au 6 février 2025. » (National Defence, media advisory, 2025, round 120).
  'se\\s+rendr(?:a|ont)\\s+(?:à|au|aux|en)(?=\\s)|' +
  // An arrival for a programme of talks: "Simon Coveney, TD, arrives in London this afternoon for a programme of bilateral engagements"
  // (Ireland's DFA, 2021, round 120).
  // Also a trip for meetings: "National Security Advisor Jake Sullivan traveled to Brasilia, Brazil on Monday, December 5 for meetings
  // with senior representatives of the Brazilian government" (White House, 2022, round 146).
  '(?:arriv(?:es|ed|e)\\s+in|travel(?:s|led|ed)\\s+to)\\s+\\p{Lu}[^.;]{0,60}?\\s(?:for|on)\\s+(?:(?:a|an|his|her|the|their)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:visit|programme|program|engagements|talks|meetings)(?![\\p{L}])|' +
  // And a delegation led there: "Jon Finer led a U.S. delegation to New Delhi on December 4 for an intersessional review of the U.S-India
  // Initiative on Critical and Emerging Technology" (White House, 2023, round 148).
  'led\\s+(?:a|an|the)\\s+(?:[\\p{L}.-]+\\s+){0,3}?delegation\\s+to(?=\\s+\\p{Lu})|' +
  // "President of Mexico Andrés Manuel López Obrador received yesterday in Mexico City a delegation of senior officials from the United
  // States" (Mexico and the United States, 2023, round 87).
  'receiv(?:ed|es)\\s+(?:(?:yesterday|today|on\\s+\\p{L}+)\\s+)?(?:(?:in|at)\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\s+)?(?:a|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?delegation|' +
  // "X and Y sign a fisheries agreement in Paris on March 5, 2014" (a French embassy's release outside the corpus).
  // A briefing given to a body: « Mercredi (5 septembre 2018), le conseiller britannique … a informé le secrétaire général de
  // l'OTAN … et le Conseil de l'Atlantique Nord » (NATO, 2018), "briefed the North Atlantic Council".
  // "… will always stand with those who call and work for peace" (Troika, 2023, round 37) is no call; « ont procédé à la
  // signature à Rabat, d’un Mémorandum d’Entente » (Niger MFA, 2025, round 37) is a signing.
  'briefed|(?:a|ont)\\s+informé|' +
  // « Le Burkina Faso et le Maroc ont conclu mercredi à Ouagadougou douze accords de coopération » (Kaweru, 2025, round 114): a
  // conclusion of agreements is a signing.
  // « Ahmed Attaf, a été reçu lundi à Séoul, par le président de la République de Corée » (Algeria's MFA, 2024, round 114): received by.
  "(?:a|ont)\\s+été\\s+reçue?s?(?=[^.;]{0,60}?[\\s,]par\\s)|(?:was|were)\\s+received(?=[^.;]{0,60}?\\sby\\s)|" +
  // And to come: « Xavier Bettel sera reçu à Paris à l'hôtel de Matignon par la Première ministre » (Luxemburger Wort, 2022, round 127).
  "(?:sera|seront)\\s+reçue?s?(?=[^.;]{0,60}?[\\s,]par\\s)|(?:will\\s+be)\\s+received(?=[^.;]{0,60}?\\sby\\s)|" +
  "(?:a|ont)\\s+conclu(?=[^.;]{0,60}?\\s(?:accords?|mémorandums?|conventions?|protocoles?|traités?)(?![\\p{L}]))|concluded(?=[^.;]{0,60}?\\s(?:agreements?|memorand\\p{L}*|conventions?|protocols?|treat\\p{L}+)(?![\\p{L}]))|" +
  // « Le Président Emmanuel Macron a reçu Mark Rutte, …, ce mardi, au Palais de l’Elysée » (Élysée, 2024); not « a reçu des
  // assurances », « a reçu une lettre ».
  "(?:a|ont)\\s+reçu(?!\\s+(?:(?:des|du|de|une?|les)(?![\\p{L}])|d['’]))|" +
  // « a accordé une audience le vendredi 27 juin 2025 à M. Abdou ABARRY » (Cameroon MINREX, 2025, round 51); "talked in Brussels
  // with Secretary General …" (FENA, 2021, round 51).
  // « a eu un déjeuner de travail avec son homologue français, ce mercredi 25 janvier 2023, au Palais de l’Élysée » (Ivorian
  // presidency, 2023, round 52).
  "(?:a|ont)\\s+eu\\s+un\\s+(?:déjeuner|dîner|petit-déjeuner)\\s+de\\s+travail|had\\s+a\\s+working\\s+(?:lunch|dinner|breakfast)|" +
  "(?:a|ont)\\s+accordé\\s+(?:une\\s+)?audience|granted\\s+(?:an\\s+)?audience|talked\\s+(?:in\\s+\\p{Lu}[\\p{L}-]*\\s+|today\\s+|yesterday\\s+)?with|" +
  // The same in English: "on Tuesday received in audience the Ambassador of the People’s Republic of China" (Gambia MFA, 2019),
  // "received at the Statehouse the Special Adviser to the Secretary-General" (Gambia's State House, 2022; both round 42); not
  // "received a letter", "received support". Also with no article: "His Majesty King Abdullah on Monday received US National Security
  // Council Coordinator for the Middle East and North Africa Brett McGurk" (The Jordan Times, 2023, round 128).
  // "Lin made the remarks while receiving a delegation led by Joe Bejang, …, July 3 in Taipei City" (Taiwan Today, 2024, round 48).
  "receiv(?:ed|es|ing)(?=\\s+(?:in\\s+(?:an\\s+)?audience|at\\s+(?:the\\s+)?(?:state\\s*house|palace|presidency|ministry|office|headquarters)|(?:(?:on\\s+\\p{L}+|today|yesterday)\\s+)?(?:(?:the|his|her|a)\\s+)?(?:[\\p{L}’'.-]+\\s+){0,5}?(?:ambassadors?|ministers?|president|secretary|envoy|adviser|advisor|delegation|counterparts?|chargé|chairman|chairperson|commissioner|coordinator)(?![\\p{L}])))|" +
  // "Talking to Australian High Commissioner Neil Hawkins in Islamabad today (Tuesday), he lauded …" (Pakistan's National
  // Assembly, 2022, round 55): talks with an office holder; not "talking to reporters".
  // Also "talked to Hungarian Parliament Speakers Pal Schmitt" (Serbia's parliament, 2010, round 66).
  "talk(?:ing|ed)\\s+to\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:ambassador|high\\s+commissioner|minister|president|prime\\s+minister|secretary|envoy|delegation|counterpart|speakers?)(?![\\p{L}])|" +
  // The authors at a summit today: "Today in Phnom Penh, Cambodia at the East Asia Summit, Prime Minister Kishida …, President
  // Yoon … and President … Biden … reaffirmed our trilateral partnership" (White House, 2022, round 21).
  '(?=at|au)(?<=(?:today|aujourd[’\']hui)\\s+(?:in|à)\\s+[^.;]{2,40}?\\s)(?:at|au)\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,5}?(?:summit|sommet)|' +
  // "The Memorandum of Understanding … was renewed on 8th January 2024 in Bern" (Bhutan MFA, 2024, round 38): signed again.
  // "when she paid a courtesy call on him at his office in Nairobi on February 14, 2023" (Kenya MFA, 2023, round 73).
  // "on 11 March 2021, received the credentials of H.E. Mr. Mahamat Ali Hassan, the newly appointed Ambassador" (AU Commission, round 75).
  // "received a Delegation from the East African Community (EAC) led by …" (ECOWAS, 2024), "Minister Lamola was received by His
  // Excellency President Hakainde Hichilema" (DIRCO, 2025; both round 79).
  'receiv(?:ed|es)\\s+(?:a|the)\\s+(?:high-level\\s+)?delegation|(?:was|were)\\s+received\\s+by|' +
  '(?:received|receives|receiving)\\s+(?:the\\s+)?(?:credentials|letters?\\s+of\\s+credence)|courtesy\\s+call|(?:received|receives)\\s+(?:a\\s+)?(?:telephone\\s+|phone\\s+)?call\\s+from|' +
  '(?:was|were|has\\s+been|have\\s+been)\\s+renewed|visit|visited|visiting|welcomed|signed|signs?(?=\\s+(?:a|an|the|this|their|two|three|new)\\s)|signé|signent|paraph(?:é|ée|és|ées|ant|ent)|initial(?:l)?ed|ceremony|cérémonie|dialogue|(?<!(?:who|that|which|they|we|to)\\s)call(?!\\s+(?:on|upon|for|and)(?![\\p{L}]))|(?:a|ont)\\s+procédé\\s+à\\s+la\\s+signature|spoke|speaks|telephone|phone|conversation|videoconference|visite|accueilli|entretenue?s?|entretient|téléphonique|' +
    // A courtesy call on a head of government: "John F. Kerry called on the Prime Minister Muhammad Nawaz Sharif on the
    // sidelines of the UNGA in New York" (Pakistani embassy, outside the corpus); not "called on the President to veto …".
    // Also with the nationality: "called on Malaysian Prime Minister Dato’ Seri Anwar Ibrahim in Putrajaya" (Singapore MFA, 2023, round 77).
    'call(?:ed|s)?\\s+on\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:Prime\\s+Minister|President|King|Queen|Emir|Crown\\s+Prince|Chancellor|Premier)(?![^.;]{0,100}?\\sto\\s+\\p{L})|' +
    // « Le Président de la République a appelé le Chancelier …, ce matin » (Élysée, 2005): a telephone call; not « a appelé
    // le Président à renoncer … ».
    // Also with the date set off by commas before a styled name: « Emmanuel Macron, Président élu de la République Française, a
    // appelé, ce 12 mai 2017, Son Excellence Monsieur Macky Sall » (Senegal's presidency, 2017, round 49).
    "(?:a|ont)\\s+(?:appelé|téléphoné\\s+à)(?:\\s*,\\s*[^,.;]{1,40},)?\\s+(?:(?:le|la|son|sa|leur)\\s+(?:Président|Présidente|Chancelier|Chancelière|Premier|Première|Roi|Reine|ministre|homologue|secrétaire)|(?:Son|Sa)\\s+Excellence)(?![^.;]{0,120}?\\sà\\s+\\p{L}+(?:er|ir|re)(?![\\p{L}]))|" +
    // An event of the authors: "gave a pre-Summit address on Thursday", "speaking at Lancaster House", « a prononcé un discours ».
    // Also « S’adressant au Conseil des ministres arabes de l’Intérieur, le Secrétaire Général d’INTERPOL … » (INTERPOL, 2020, round 42).
    "address|speech|speaking\\s+at|discours|allocution|addressing\\s+the|s['’]adressant\\s+(?:au|aux|à)|" +
    // Attending an event, a trip: "will attend the Eastern Partnership summit in Brussels", "On a trip to Brussels tomorrow".
    // Also "is participating in the 78th Session of the United Nations (UN) General Assembly in New York" (Ghana MFA, 2023, round 31).
    'attend(?:s|ed|ing)?|trip|assist(?:e|era|é)|participera|participat(?:es|ed|ing)\\s+in\\s+the|' +
    // The deposit of a treaty instrument is an event of its authors (corpus convention): "the Latvian Presidency deposited …".
    'deposited|a\\s+déposé|' +
    // An announcement made at a conference the authors attend: « le Luxembourg a confirmé le 23 octobre lors d'une conférence
    // internationale des donateurs à Genève une assistance financière » (Luxembourg MFA, 2017), "pledged at the donors'
    // conference in Geneva". Not a press conference.
    "lors\\s+d(?:e\\s+la|['’]une)\\s+(?!conférence\\s+de\\s+presse)(?:conférence|session)|at\\s+(?:a|the)\\s+(?!press\\s+conference|news\\s+conference|(?:recent|last|previous|earlier|past)\\s)(?:[\\p{L}’'-]+\\s+){0,4}?(?:conference|session)(?![\\p{L}])|" +
    // A signing the author attends: « à Varsovie … lors de la signature d'une déclaration commune », "at the signing ceremony".
    'lors\\s+de\\s+la\\s+signature|at\\s+the\\s+signing|signing\\s+ceremony|cérémonie\\s+de\\s+signature',
);

/**
 * A trip the lead announces ahead to several countries ("Foreign Minister Winston Peters departs this weekend for
 * visits to France, Italy and Indonesia"): the lead sentence and the countries, or null for a trip to one country
 * or none. Its dateline places nothing, and the people met on it are no participants (corpus conventions).
 */
export function announcedTripToSeveralCountries(statement: Statement): { lead: SentenceView; countries: ReadonlySet<string> } | null {
  const lead = leadSentences(bodySentences(statement))[0];
  const trip = lead ? TRIP_AHEAD.exec(lead.head) : null;
  if (!lead || !trip) return null;
  const rest = lead.head.slice(trip.index + trip[0].length);
  // "will undertake a visit to West Africa that will take him to Benin, from 22 to 23 October; the Republic of Guinea, from 23 to 24;
  // and Nigeria, on 25 and 26 October" (African Union, 2018, round 90): a region, then the countries the visit takes in.
  const takesIn = /^\s*to\s+[^.;]{1,40}?\s+that\s+will\s+take\s+(?:him|her|them)\s+to\s/u.exec(rest);
  const destinations = takesIn ? rest.slice(takesIn[0].length) : (TRIP_DESTINATIONS.exec(rest)?.[1] ?? '');
  const countries = new Set(findCountries(destinations).map((c) => c.canonical));
  return countries.size >= 2 ? { lead, countries } : null;
}

/** Short header lines (release type, names, dates) are not the lead. */
/**
 * "… Pedro Sánchez … and … Joseph R. Biden, Jr., on the occasion of President Biden’s visit to Spain on June 28-30, 2022, have
 * reached the following understandings:" (Spain and the US, 2022, round 23): a lead-in to the text's own points that
 * reports the visit, not a line relaying the text ("The following is attributable to …:").
 */
// Patterns once at load rather than per call: caselessPattern returns its one shared RegExp for a source and flags without g or y,
// so the object is the same; only the key building and lookup per call go.
const RELAYED_TEXT = caselessPattern(String.raw`attributable|readout|statement|ci-dessous`, 'iu');
function reportsVisitBeforeList(sentence: SentenceView): boolean {
  return (strongCue(sentence) || weakCue(sentence)) && REACHED_THE_FOLLOWING.test(sentence.head) && !RELAYED_TEXT.test(sentence.head);
}
const REACHED_THE_FOLLOWING = wordPattern('(?:reached|agreed\\s+on|adopted|decided\\s+on)\\s+the\\s+following');

/**
 * isLeadCandidate reads only the sentence (its text and head) and patterns without g or y: its answer is kept per SentenceView
 * (bodySentences' objects, one set per statement; a WeakMap keeps nothing after it). extractMeeting asks it of the same sentences
 * from leadSentences, from `early` and, for each sentence of a lead's paragraph, of every other sentence of that paragraph.
 */
const leadCandidates = new WeakMap<SentenceView, boolean>();
function isLeadCandidate(sentence: SentenceView): boolean {
  let known = leadCandidates.get(sentence);
  if (known === undefined) leadCandidates.set(sentence, (known = isLeadCandidateUncached(sentence)));
  return known;
}

function isLeadCandidateUncached(sentence: SentenceView): boolean {
  if (!/^(?:\S+ ){7}\S/.test(sentence.head)) return false;
  // A full sentence; or a long one a Word file broke at a line end ("… today met Fiji’s Deputy Prime
  // Minister and Minister for Foreign Affairs, Ratu" ⏎ "Josefa Vakaloloma, …"): a label line is short.
  if (/[.!?;]["”»’)]?$/u.test(sentence.text) || (/^(?:\S+ ){13}\S/.test(sentence.head) && /[,\p{L}]$/u.test(sentence.text))) return true;
  // A lead-in to a list that reports the meeting: "The foreign ministers of Australia, India, Japan and the United States
  // met in New York on 21 September 2022 and agreed to:". Not "The following is attributable to …:" nor "… provided the
  // following readout of the meeting:", which relay the text.
  return /:$/u.test(sentence.text) && ((strongCue(sentence) && (!RELAY_LINE.test(sentence.head) || MEETING_HELD_BEFORE_TEXT.test(sentence.head))) || reportsVisitBeforeList(sentence));
}

// Not a declaration's own lead-in: "We, the Prime Minister of … and the Prime Minister of …, having met in Kuala Lumpur,
// Malaysia, on October 26, 2025, declare the following:" (Cambodia and Thailand, 2025, round 20).
const RELAY_LINE = wordPattern('(?<!declare[sd]?\\s+the\\s+)following|attributable|ci-dessous|suivante?s?');

/** The first two full sentences: "The below is attributable to …:" and similar lines end in a colon and are skipped. */
/** The attribution that closes speech printed without quotation marks: "…, said Ināra Mūrniece, Speaker of the Saeima, during …". */
// A plain pattern: caselessPattern's letter classes match either case, and the capital after the verb is the point.
const SPEECH_CLOSER = /,\s+(?:said|stated|emphasi[sz]ed|stressed|noted|declared)\s+(?=\p{Lu})/u;

function leadSentences(sentences: readonly SentenceView[]): SentenceView[] {
  const candidates = sentences.slice(0, 40).filter(isLeadCandidate);
  // "Georgia is an important cooperation partner of Latvia. We continue to stand firm … Taking this path requires fierce
  // determination …, said Ināra Mūrniece, Speaker of the Saeima, during her meeting with Kakhaber Kuchava, … in Athens"
  // (Saeima, 2021, round 64): speech without quotation marks opens the text; the sentence that attributes it and names the
  // meeting is the lead.
  const first = candidates[0];
  if (first && !strongCue(first)) {
    const closer = candidates.find((s) => s.paragraphIndex === first.paragraphIndex && s !== first && SPEECH_CLOSER.test(s.head) && strongCue(s));
    if (closer && candidates.every((s) => s.paragraphIndex !== first.paragraphIndex || s.start >= closer.start || !strongCue(s))) {
      return [closer, ...candidates.filter((s) => s.paragraphIndex !== first.paragraphIndex)].slice(0, 2);
    }
  }
  return candidates.slice(0, 2);
}

/** A short paragraph with a date and a spaced dash: "November 24, 2021 – Ottawa, Ontario – Global Affairs Canada". */
function isDashedDateline(text: string, paragraph: { start: number; end: number } | undefined): boolean {
  if (!paragraph) return false;
  const raw = collapseWhitespace(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 200)));
  return raw.length <= 120 && raw.split(' ').length <= DATELINE_MAX_WORDS && /\s[–—-]\s/u.test(raw) && findDate(raw) !== null;
}

/**
 * A short paragraph that is a sentence, not a dateline: "We, the Prime Ministers, having met in Kuala Lumpur on October 26,
 * 2025, declare the following:" has six lower-case words of three letters or more; a dateline has a few at most ("March
 * 12, 2025 – Halifax, Nova Scotia – Fisheries and Oceans Canada", « Ottawa (Ontario), le 5 mai 2025 »).
 */
function readsAsSentence(raw: string): boolean {
  let words = 0;
  for (const word of raw.split(' ')) if (/^\p{Ll}{3,}/u.test(word) && !CLOSING_DATE_WORD.test(word)) words++;
  return words >= 4;
}

const TODAY_WORD = caselessPattern(String.raw`(?<![\p{L}])(?:today|aujourd[’']hui)(?![\p{L}])`, 'iu');

// Built once (the same shared RegExp caselessPattern gives for this source and flags on every call).
const DATE_FIRST_DATELINE = caselessPattern(String.raw`^((?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:${MONTH})|(?:${MONTH})\.?\s+\d{1,2}),?\s+\d{4})\s+[–—-]\s+(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)(?:,\s*\p{Lu}[\p{L}\p{M} .]{1,30})?\s+[–—-]\s`, 'iu');
const LABELLED_DATELINE = caselessPattern(String.raw`^(?:communiqué(?:\s+de\s+presse)?|press\s+release|media\s+release|statement|déclaration)\s+[–—-]\s+(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?),\s+((?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4})\s+[–—-]\s`, 'iu');

/** A dateline: a short paragraph with a date, or the "City – " that opens the first paragraph. */
function datelineSegments(statement: Statement): { place: string | null; date: FoundDate | null } {
  const french = statement.language === 'fr';
  const { text } = statement;
  const start = bodyStart(statement);
  // An untitled text's first line that describes the document (« Compte rendu de l'entretien téléphonique entre M. Jacques
  // CHIRAC … et M. Gerhard Schröder … », Élysée, 2005) comes before the dateline: « Mardi 6 septembre 2005. ».
  const skip = documentDescription(statement) !== null ? 1 : 0;
  const paragraphs = statement.paragraphs.filter((p) => p.start >= start).slice(skip, skip + 8);
  for (const [index, paragraph] of paragraphs.entries()) {
    const raw = collapseWhitespace(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 400)));
    // A dateline is a few words ("March 12, 2025 – Halifax, Nova Scotia – Department"); a short
    // sentence that happens to hold a date ("X met Y in London on 12 March 2025.") is not one.
    const date = raw.length <= 120 && raw.split(' ').length <= DATELINE_MAX_WORDS && !readsAsSentence(raw) ? findDate(raw, french) : null;
    // A short text's closing dateline is read as one, with the place line above it as well as below ("RAMALLAH" ⏎ "14 December
    // 2010" at the foot of a three-paragraph statement).
    if (date && index >= 2 && paragraphs.length - index <= 2 && statement.paragraphs.filter((p) => p.start >= start).length === paragraphs.length + skip) return closingDateline(statement);
    if (date) {
      // "March 2, 2024" then "Ottawa, Ontario" on a line of its own.
      const next = paragraphs[index + 1];
      const nextRaw = next ? collapseWhitespace(text.slice(next.start, Math.min(next.end, next.start + 60))) : '';
      const placeLine = PLACE_LINE.test(nextRaw) && nextRaw.length <= 40 && !OFFICE_LINE.test(nextRaw) ? cleanPlace(nextRaw) : null;
      const agency = placeLine === null ? AGENCY_DATELINE.exec(nextRaw) : null;
      // "2 April 2024" (the page's date) over "Nuku’alofa, 30 March 2024: Prime Minister … held …" (Tonga's PMO, round 42).
      const opening = next ? CITY_DATE.exec(collapseWhitespace(text.slice(next.start, Math.min(next.end, next.start + 120)))) : null;
      const openingPlace = opening ? cleanPlace(opening[1] ?? '') : null;
      // "20 October 2020" over "Nemba — Rwanda's Minister of Foreign Affairs … has on Tuesday met …" (allAfrica, 2020, round 74).
      const dashed = next && !opening ? CITY_DASH_OPENER.exec(collapseWhitespace(text.slice(next.start, Math.min(next.end, next.start + 80)))) : null;
      const dashedPlace = dashed ? cleanPlace(dashed[1] ?? '') : null;
      const firstPlace = openingPlace ?? dashedPlace;
      // A country is no city: "SWEDEN, December 15 - Time:" (a Swedish release on einpresswire, 2023, round 121).
      const datelinePlace = placeFromDateline(raw);
      const datelineCity = datelinePlace !== null && isCountryName(datelinePlace) && !SAME_NAME_CAPITALS.has(canonicalCountry(datelinePlace) ?? '') ? null : datelinePlace;
      return { place: datelineCity ?? placeLine ?? (agency ? cleanPlace(agency[1] ?? '') : null) ?? (firstPlace !== null && !isCountryName(firstPlace) ? firstPlace : null), date };
    }
    // A date-first dateline opening a long paragraph: « Le 29 septembre 2014 - Ottawa, Ontario - Le ministre … ».
    const dateFirst = DATE_FIRST_DATELINE.exec(raw);
    if (dateFirst) return { place: cleanPlace(dateFirst[2] ?? ''), date: findDate(dateFirst[1] ?? '', french) };
    // A wire service's dateline: "ROME, le 17 mai 2025 /CNW/ - Aujourd'hui …", "OTTAWA, ON, May 3, 2025 /CNW/ - …".
    // Also with the country in brackets: « KUALA LUMPUR (Malaisie) , le 26 oct. 2025 /CNW/ - ».
    const wire = /^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)(?:\s*\([\p{L}\p{M}.'’ -]{2,40}\))?\s*,\s+(?:\p{Lu}{2},\s+)?([^/–—]{6,30}?\d{4})\s*\/[A-Z]{2,6}\/\s*[–—-]\s/u.exec(raw);
    if (wire) return { place: cleanPlace(wire[1] ?? ''), date: findDate(wire[2] ?? '', french) };
    // « Communiqué - Libreville, le 24 mai 2018 - Le Président de la République … » (Gabonese presidency, 2018).
    const labelled = LABELLED_DATELINE.exec(raw);
    if (labelled) return { place: cleanPlace(labelled[1] ?? ''), date: findDate(labelled[2] ?? '', french) };
    // A city and a date before the dash or a colon (CITY_DATE).
    const cityDate = CITY_DATE.exec(raw);
    if (cityDate && raw.length > 120) {
      const place = cleanPlace(cityDate[1] ?? '');
      if (place !== null) return { place, date: findDate(cityDate[2] ?? '', french) };
    }
    // Several places, then a weekday and the date: "State House, Nairobi, Kenya, Monday 30 May 2022 – Minister …", "Beijing,
    // China, Tuesday 27 February 2024 – His Excellency …" (Sierra Leone's State House, round 36). The city stands before the
    // country; a building before it stands for nothing. Also a dash before the date: "APIA, SAMOA – THURSDAY 16 MARCH 2017: The
    // Council … will meet … in Apia tomorrow" (Talamua, 2017, round 66).
    const places = PLACES_WEEKDAY_DATE.exec(raw);
    if (places && raw.length > 120) {
      const segments = (places[1] ?? '').split(/,|\s[–—-]\s/u).map((segment) => segment.trim()).filter((segment) => segment !== '');
      const countryAt = segments.findIndex((segment, k) => k > 0 && canonicalCountry(segment) !== null);
      const place = cleanPlace(countryAt > 0 ? (segments[countryAt - 1] ?? '') : (segments[segments.length - 1] ?? ''));
      if (place !== null && canonicalCountry(place) === null) return { place, date: findDate(places[2] ?? '', french) };
    }
    // A city, a day of a month without the year, and a dash: "Windhoek, Feb 24 -The President of the Republic of Namibia …"
    // (Namibian Presidency, 2021, round 42).
    const monthDay = CITY_MONTH_DAY.exec(raw);
    if (monthDay && raw.length > 120 && MONTHS[(monthDay[2] ?? '').toLowerCase()] !== undefined) {
      const place = cleanPlace(monthDay[1] ?? '');
      if (place !== null && !isCountryName(place)) return { place, date: null };
    }
    // A city and its state or country before a colon: "Washington, DC: IMF Director Kristalina Georgieva met with …" (IMF, round 42).
    const cityRegion = CITY_REGION_COLON.exec(raw);
    if (cityRegion && raw.length > 120) {
      const place = cleanPlace(cityRegion[1] ?? '');
      if (place !== null && !isCountryName(place)) return { place, date: null };
    }
    const agency = AGENCY_DATELINE.exec(raw);
    if (agency && raw.length > 120) return { place: cleanPlace(agency[1] ?? ''), date: null };
    // A wire's dateline with its agencies in brackets: "Abu Dhabi [UAE], June 27 (ANI/WAM): Sheikh Abdullah …", "ABU DHABI,
    // (UrduPoint / Pakistan Point News / WAM - 28th Jun, 2020) H.H. Sheikh Abdullah …" (WAM, 2024 and 2020, round 78).
    const wired = raw.length > 120 ? WIRE_BRACKETS_DATELINE.exec(raw) : null;
    // Only several agencies ("ANI/WAM") or a bracketed country: "SARAJEVO, November 12 (FENA) - … talked in Brussels with …" (round
    // 51) is placed by its lead.
    if (wired && /\p{Lu}{2,}/u.test(wired[3] ?? '') && (/\//u.test(wired[3] ?? '') || /^[^,]*\[/u.test(raw))) {
      const place = cleanPlace(wired[1] ?? '');
      const found = findDate(wired[2] ?? '', french) ?? findDate(wired[3] ?? '', french);
      if (place !== null && !isCountryName(place)) return { place, date: found?.year != null ? found : null };
    }
    // A city and a comma, the date left out: on a line of its own ("Strasbourg ," over "Yesterday the Secretary General received
    // …", Council of Europe, 2011), or before an honorific opening the lead ("Doha, HE Minister of State … met today with …", Qatar
    // News Agency, 2023; both round 72), "Doha: HE Minister of State for International Cooperation …" (round 73).
    const bare = index === 0 ? (BARE_CITY_LINE.exec(raw) ?? (raw.length > 120 ? CITY_BEFORE_HONORIFIC.exec(raw) : null)) : null;
    if (bare) {
      const place = cleanPlace(bare[1] ?? '');
      if (place !== null && !isCountryName(place) && !NO_PLACE_WORD.test(place) && !WEEKDAYS.test(place) && MONTHS[place.toLowerCase()] === undefined) return { place, date: null };
    }
    // The agency in capitals, the city in brackets: « ALAKHBAR (Nouakchott) - Nouakchott et Malabo ont signé … » (Alakhbar, round 38).
    const bracketed = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?\s*\((\p{Lu}[\p{L}\p{M}'’ -]{1,40})\)\s*[–—-]\s/u.exec(raw);
    if (bracketed && raw.length > 120) {
      const place = cleanPlace(bracketed[1] ?? '');
      // Not a news site's name in the brackets, the city being the capitals: "DUBAI (Somalilandsun) – …" (round 62).
      if (place !== null && canonicalCountry(place) === null && !NEWS_SITE_NAME.test(place)) return { place, date: null };
    }
    // Also with the country in brackets: « TUNIS (Tunisie) – S’adressant au Conseil des ministres arabes … » (INTERPOL, round 42).
    const opener = /^([\p{Lu}][\p{L}\p{M}.'’ -]{1,40}?)(?:\s*\([\p{L}\p{M}.'’ -]{2,40}\))?(?:,\s*[\p{Lu}][\p{L}\p{M} .]{1,30})?\s+[–—-]\s/u.exec(raw);
    if (opener && raw.length > 120) return { place: cleanPlace(opener[1] ?? ''), date: null };
    // A republished release's teaser before its dateline: "In their first meeting, the ministers highlighted …" ⏎
    // "November 24, 2021 – Ottawa, Ontario – Global Affairs Canada" (GAC, 2021, on a news wire's page).
    if (raw.length > 120 && index === 0 && isDashedDateline(text, paragraphs[1])) continue;
    if (raw.length > 120) break;
  }
  return closingDateline(statement);
}

/**
 * « Fait à Abidjan, le 22 janvier 2011 », "Done in Washington, DC, on September 22nd , 2006", "Signed at Kuala Lumpur, on the 26th of
 * October 2025": where and when a text was signed.
 */
const DONE_AT_LINE = caselessPattern(String.raw`^(?:done|signed|fait|signé)\s+(?:at|in|à)\s+(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)(?:,\s*(?:D\.?\s?C\.?|\p{Lu}{2}))?,?\s+(?:on\s+(?:the\s+)?|this\s+|le\s+)?(\d{1,2}(?:st|nd|rd|th|er)?\s+(?:day\s+of\s+|of\s+)?\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+\d{4})`, 'iu');
function doneAtClosing(statement: Statement): { place: string | null; date: string | null } | null {
  const body = statement.paragraphs.filter((p) => p.start >= bodyStart(statement));
  // The last paragraphs, above signature blocks of a line each ("For the Government of Malaysia:" ⏎ name ⏎ office, for each side).
  for (const paragraph of body.slice(-8)) {
    const done = DONE_AT_LINE.exec(collapseWhitespace(statement.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 200))));
    if (!done) continue;
    // "on the 5th day of May, 2025", the form of treaties, and "on the 26th of October 2025" (United States–Malaysia memorandum, 2025,
    // round 148): the day and the month.
    const found = findDate((done[2] ?? '').replace(/\s+,/u, ',').replace(/(\d)(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+/iu, '$1 '));
    return { place: cleanPlace(done[1] ?? ''), date: found?.year ? formatDate(found, null) : null };
  }
  return null;
}

/** A lead-in that relays the text says when its authors met:  "The Nordic defence ministers issued the following statement after a virtual meeting on 30 September 2022:" (round 31). */
const MEETING_HELD_BEFORE_TEXT = caselessPattern(String.raw`(?<![\p{L}])(?:after|following|at\s+the\s+end\s+of)\s+(?:a|an|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|call|videoconference|conference\s+call)\s+(?:on|held\s+on)\s`, 'iu');

const PLACES_WEEKDAY_DATE = caselessPattern(
  String.raw`^((?:\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?(?:,|\s[–—-])\s+){1,3})(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?((?:le\s+)?\d{1,2}(?:st|nd|rd|th|er)?\s+(?:${MONTH})\.?,?\s+\d{4}|(?:${MONTH})\.?\s+\d{1,2},?\s+\d{4})\s*(?:[–—-]|:)\s`,
  'iu',
);

/**
 * A city and a date before the dash: « Berne, 22.04.2016 - Le conseiller fédéral … » (Swiss FDFA), « Port-au-Prince le 30 janvier
 * 2023.- » (Haiti's Prime Minister, round 33); also before a colon: "Nuku’alofa, 30 March 2024: Prime Minister, Hon
 * Hu’akavameiliku held …" (Tonga's PMO, 2024, round 42).
 */
// Also with the agency in brackets after the date: "Skopje, 14 December 2021 (MIA) – Foreign Minister Bujar Osmani met …" (round 43).
// Also a news agency's, with a month and day alone: "Praia, Jan 31 (Inforpress) – Cabo Verde and Portugal signed …" (round 58).
const CITY_DATE = /^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?)(?:,\s+|\s+(?=le\s))((?:le\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?=\s+\(\p{Lu}\p{Ll}{2,15}\))))(?:\s+\((?:\p{Lu}{2,12}|\p{Lu}\p{Ll}{2,15})\))?(?:(?:\s+|\.)[–—-]\s*|:\s+)/u;
/** Countries whose capital a dateline writes with the country's name: "KUWAIT, Dec 5 (KUNA)", "LUXEMBOURG, 5 March". */
const SAME_NAME_CAPITALS = new Set(['Singapore', 'Luxembourg', 'Monaco', 'Kuwait', 'Djibouti', 'Panama', 'Guatemala', 'Mexico', 'San Marino', 'Vatican City', 'Andorra']);
/** A country's own name, not a city that stands for it ("Washington", "Beijing"). */
function isCountryName(place: string): boolean {
  const country = canonicalCountry(place);
  return country !== null && foldForComparison(country) === foldForComparison(place);
}
const CITY_MONTH_DAY = /^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?),\s+(\p{L}{3,9})\.?\s+\d{1,2}\s+[–—-]\s*(?=\p{Lu})/u;
const CITY_REGION_COLON = /^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?),\s*\p{Lu}[\p{L}\p{M}.]{1,30}:\s+\p{Lu}/u;

/** Words a line or a lead may open with, before a comma, that are no city: "Yesterday,", "However,", "Dear colleagues,". */
const NO_PLACE_WORD = /^(?:yesterday|today|tomorrow|tonight|earlier|later|however|meanwhile|moreover|furthermore|finally|firstly|secondly|also|thus|therefore|dear|hello|greetings|excellenc(?:y|ies)|ladies|friends|colleagues|hier|aujourd['’]hui|demain)(?:\s|$)/iu;
const ATTACK_CLAUSE = caselessPattern(String.raw`(?<![\p{L}])(?:attacks?|bombings?|explosions?|blasts?|attentats?|attaques?)(?![\p{L}])[^.;,]{0,80}`, 'giu');
const COURTESY_CALL_ON = caselessPattern(String.raw`(?<![\p{L}])call(?:ed|s)?\s+on\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:Prime\s+Minister|President|King|Queen|Emir|Crown\s+Prince|Chancellor|Premier)(?![\p{L}])`, 'iu');
const WIRE_BRACKETS_DATELINE = /^(\p{Lu}[\p{L}\p{M}'’ .-]{1,40}?)\s*(?:\[[^\]]{2,30}\])?\s*,\s*(?:([^(),]{3,30}?)\s*)?\(([^()]{2,80})\)\s*[:–—-]?\s/u;
const CITY_DASH_OPENER = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s+[—–]\s+\p{Lu}/u;
const BARE_CITY_LINE = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:[ -]\p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*,$/u;
const CITY_BEFORE_HONORIFIC = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?)[,:]\s+(?:H\.?\s?E\.?|H\.?\s?H\.?|H\.?R\.?H\.?|(?:His|Her)\s+(?:Excellency|Highness|Royal\s+Highness|Majesty))\s/u;

/** A news agency's dateline, the city and the agency in capitals: "BEIJING. KAZINFORM Kazakh Foreign Minister …" (Kazinform, 2014, round 31). */
const AGENCY_DATELINE = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\.\s+\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?\s*[–—-]?\s+\p{Lu}\p{Ll}/u;

/** The line under a date that names who speaks, not where: "Morgan Ortagus, Department Spokesperson" (State Department, 2020). */
// Also a department named without those words: "March 2, 2024" ⏎ "Global Affairs Canada" is no place.
const OFFICE_LINE = wordPattern('spokesperson|spokesman|spokeswoman|porte-parole|minister|ministre|secretary|secrétaire|department|ministry|ministère|office|bureau|embassy|ambassade|affairs|affaires|agency|agence|government|gouvernement|presidency|présidence');

const CLOSING_DATE_WORD = caselessPattern(String.raw`^(?:${MONTH})\.?,?$`, 'iu');

/** A place alone on its line: "RAMALLAH", "Ottawa, Ontario", « Genève (Suisse) ». */
const PLACE_LINE = /^\p{Lu}[\p{L}\p{M}.'’ -]*(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]*|\s*\(\p{Lu}[\p{L}\p{M}.'’ -]*\))?$/u;

/**
 * A dateline printed at the end instead of the top: "14 December 2010" ⏎ "RAMALLAH" (a joint statement outside the
 * corpus, 2010), "Ottawa, 12 March 2025". Only the last two lines of the body, and only a date line of a few words
 * with at most a place line next to it.
 */
/**
 * A place line above the closing date ("RAMALLAH" ⏎ "14 December 2010", "Geneva, Switzerland" ⏎ "…"), written as a
 * dateline writes a place: in capitals, or with its country. Not a signature ("Anna Berg" ⏎ "14 December 2010").
 */
function placeAboveDate(line: string): boolean {
  if (line === line.toUpperCase() && /\p{Lu}{3}/u.test(line)) return true;
  const country = /,\s*([^,]+)$/u.exec(line)?.[1] ?? /\(([^()]+)\)$/u.exec(line)?.[1];
  return country !== undefined && canonicalCountry(country.trim()) !== null;
}

function closingDateline(statement: Statement): { place: string | null; date: FoundDate | null } {
  const { text } = statement;
  const start = bodyStart(statement);
  const lines = statement.paragraphs.filter((p) => p.start >= start).slice(-2).map((p) => collapseWhitespace(text.slice(p.start, p.end)));
  for (const [index, line] of lines.entries()) {
    if (line.length > 60 || line.split(' ').length > 8) continue;
    // A sentence is no dateline ("The two ministers last met on 3 March 2011."): a dateline's lower-case words are months.
    if (line.split(' ').some((word) => /^\p{Ll}{3,}/u.test(word) && !CLOSING_DATE_WORD.test(word))) continue;
    const date = findDate(line);
    if (!date?.year) continue;
    const other = lines[index === 0 ? 1 : 0] ?? '';
    const placeLine = other.length <= 40 && PLACE_LINE.test(other) && !OFFICE_LINE.test(other) && !findDate(other) && (index === 0 || placeAboveDate(other)) ? cleanPlace(other) : null;
    return { place: placeFromDateline(line) ?? placeLine, date };
  }
  return { place: null, date: null };
}

// « DÉCLARATION DE LA PORTE-PAROLE DU MINISTÈRE DE L’EUROPE ET DES AFFAIRES ÉTRANGÈRES (17 juin 2022) » is 15.
const DATELINE_MAX_WORDS = 16;
const LEADING_DATE = caselessPattern(String.raw`^(?:le\s+)?(?:\d{1,2}(?:er)?\s+(?:${MONTH})\.?|(?:${MONTH})\.?\s+\d{1,2}),?\s+\d{4}[,\s]*`, 'iu');

const NEWS_SITE_NAME = /^\S+(?:sun|news|press|post|times|tribune|online|wire|today|daily|herald|info)$/iu;

// Built once (the same shared RegExp caselessPattern gives on every call; no g flag: replace() replaces the first match either way).
const TRAILING_DATE = caselessPattern(String.raw`,?\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}.*$`, 'iu');

function placeFromDateline(line: string): string | null {
  for (const segment of line.split(/\s+[–—]+\s+|\s+--?\s+/)) {
    // "March 2, 2024 Ottawa, Ontario" (the date, then the place on the next line): the place follows.
    const leading = LEADING_DATE.exec(segment);
    if (leading) {
      const place = cleanPlace(segment.slice(leading[0].length));
      if (place) return place;
      continue;
    }
    const withoutDate = segment.replace(TRAILING_DATE, '').trim();
    // "SAT 07 MAY 2011" (an Australian PM's release): a weekday before the date is no place.
    if (withoutDate === '' || findDate(segment)?.index === 0 || /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?$|^(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|credi|anche|edi)?\.?$/iu.test(withoutDate)) continue;
    const place = cleanPlace(withoutDate);
    if (place) return place;
  }
  return null;
}

const TITLE_IN_LEAD =
  /(?<![\p{L}])(?:for|at|during|of|to|on the occasion of)\s+the\s+([^,.;:]{3,120}(?:Meeting|Dialogue|Summit|Conference|Commission|Forum|Consultations|Talks|Session|Meetings))(?![\p{L}])/u;
const TITLE_IN_LEAD_FR =
  /(?<![\p{L}])(?:à l[’']occasion de la|à l[’']occasion du|lors de la|lors du|pour la|pour le)\s+([^,.;:]{3,120}?(?:[Rr]éunion|[Ss]ession|[Rr]encontre|[Dd]ialogue[^,.;:]{0,60}|[Ss]ommet|[Cc]onférence)[^,.;:]{0,60}?)(?=[,.;:]|$)/u;

function titleFromLead(lead: string | null): string | null {
  if (!lead) return null;
  const match = TITLE_IN_LEAD.exec(lead) ?? TITLE_IN_LEAD_FR.exec(lead);
  return match ? capitaliseFirst((match[1] ?? '').trim()) : null;
}

/**
 * An event of others the authors welcome: "warmly welcomed the signature in Washington today of the agreement between
 * Israel and the PLO", « a salué la signature de l'accord entre … ». It is no meeting of theirs (corpus rule: a reaction
 * reports none), so it is read out of the lead before the lead is asked whether it reports one.
 */
const WELCOMED_EVENT = caselessPattern(
  String.raw`(?<![\p{L}])(?:welcom\p{L}*|salu\p{L}*|félicit\p{L}*\s+de)\s+(?:the\s+|la\s+|l['’])?(?:signature|signing|adoption|conclusion|entry\s+into\s+force|entrée\s+en\s+vigueur)(?![\p{L}])[^.;]*?\s(?:between|entre)\s[^.;]*`,
  'iu',
);

/** "Tokyo Japan" → "Tokyo", "Port Moresby Papua New Guinea" → "Port Moresby"; "San Marino", "Mexico City" stay. */
function withoutTrailingCountry(place: string): string {
  const words = place.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    // A country's name, not its adjective: "Japan", not "Japanese".
    const country = canonicalCountry(tail);
    if (country !== null && foldForComparison(country) === foldForComparison(tail)) return words.slice(0, -n).join(' ');
  }
  return place;
}

/** The place and date a document's description ends on: « …, Paris le 28 février 2003. », « …, à Bruxelles le 3 mai 2005. » */
const DESCRIPTION_PLACE = caselessPattern(String.raw`(?:,|\sà)\s+(\p{Lu}[\p{L}’' -]{1,30}?),?\s+le\s+\d{1,2}(?:er)?\s+(?:${MONTH})\s+\d{4}\.?$`, 'iu');

// Built once (the same shared RegExps caselessPattern gives on every call).
const ATTRIBUTABLE_OR_FOLLOWING = caselessPattern(String.raw`attributable|following`, 'iu');
const TITLE_NAMES_MEETING = caselessPattern(String.raw`(?<![\p{L}])(?:visits?|visiting|meets?|meeting|talks|summit|trip|visite|rencontre|se\s+tiendra)(?![\p{L}])`, 'iu');

export function extractMeeting(statement: Statement): Meeting {
  const sentences = bodySentences(statement);
  const leads = leadSentences(sentences);
  const title = statement.title ?? titleFromLead(leads[0]?.head ?? null);
  const dateline = datelineSegments(statement);
  // A communiqué "of the Fourth … Ministers’ Meeting" reports one even when its lead is a list of attendees.
  // An anniversary recalls an event of years ago ("One year ago today, our two countries co-hosted the first
  // Global Conference …" under "… mark first anniversary of Global Conference …"): the text reports no meeting.
  const reportsMeeting =
    leads.some((lead) => {
      const head = withoutRecalledSignings(lead.head.replace(WELCOMED_EVENT, ''));
      // Most leads come out unchanged: the same string, so the lead's kept answers are the patterns' answers on it.
      const unchanged = head === lead.head;
      return ((unchanged ? strongCue(lead) : MEETING_STRONG.test(head)) || (unchanged ? weakCue(lead) : MEETING_WEAK.test(head))) && !YEARS_AGO.test(head);
    }) ||
    (statement.title !== null && MEETING_TITLE.test(statement.title) && !ANNIVERSARY.test(statement.title)) ||
    // "… the Foreign Minister Kevin Rudd announced today in Ramallah." ⏎ … "The increased support was announced following Mr
    // Rudd’s meeting with Palestinian President Mahmoud Abbas" (DFAT, 2010): an announcement made today on a meeting.
    (leads.some((lead) => TODAY.test(lead.head)) && sentences.slice(0, 12).some((s) => ANNOUNCED_AFTER_MEETING.test(s.head))) ||
    // A preamble, then the lead-in to the text's points that reports the visit (Spain and the US, 2022, round 23).
    sentences.slice(0, 6).some((s) => /:$/u.test(s.text) && reportsVisitBeforeList(s));
  // A statement its authors issue at their meeting, which a later paragraph reports: "The United States, Japan, and the
  // Republic of Korea condemn today’s DPRK missile launches. …" ⏎ "… Akiba Takeo, … Cho Tae-yong, and … Jake Sullivan met
  // today in Tokyo …" (White House, 2023).
  const metToday = reportsMeeting ? undefined : sentences.slice(0, 12).find((s) => MET_TODAY.test(s.head) && !AHEAD.test(s.head));
  if (!reportsMeeting && !metToday) {
    // A joint text signed where its authors met: "Done in Washington, DC, on September 22nd , 2006, in two original copies in
    // English." closing the Estonia–Micronesia joint communiqué (round 47) is the meeting's date and place.
    const done = classifyStatementKind(statement) === 'joint-statement' ? doneAtClosing(statement) : null;
    return done ? { title, date: done.date, location: done.place === null ? null : inEnglish(done.place, statement.language) } : { title, date: null, location: null };
  }

  const fallbackYear = dateline.date?.year ?? yearOfFirstFullDate(sentences);
  // A lead-in ending in a colon counts here ("… met in New York on 21 September 2022 and agreed to:"),
  // unlike "The below is attributable to …:", which has no date or place to give.
  // So does a short full sentence inside a lead's paragraph: "… met on December 9 and … met on December 14. Both meetings
  // were held at the Pentagon." (White House, 2021); a label line is a paragraph of its own.
  const inLeadParagraph = (s: SentenceView) => /[.!?]["”»’)]?$/u.test(s.text) && /^(?:\S+ ){3}\S/.test(s.head) && sentences.some((other) => other !== s && other.paragraphIndex === s.paragraphIndex && isLeadCandidate(other));
  // A reminder of earlier meetings (« Pour rappel, Bakou avait accueilli … le 6 septembre 2017 ») reports none of today's.
  const early = metToday ? [metToday] : sentences.slice(0, 40).filter((s) => !REMINDER.test(s.head)).filter((s) => isLeadCandidate(s) || inLeadParagraph(s) || (/^(?:\S+ ){7}\S/.test(s.head) && /:$/u.test(s.text) && !ATTRIBUTABLE_OR_FOLLOWING.test(s.head))).slice(0, 4);
  // A meeting to come ("Heads of State and Government will meet in Brussels on 11 July") reports no meeting that happened.
  // Nor does a later sentence in the future that only refers back to it: "Following the meeting, they will hold a joint press
  // conference.", "The topics for discussion at the meeting will include …" after "… will meet with NATO Secretary General Mark
  // Rutte at NATO headquarters in Brussels on Wednesday 16 October" (Swedish Government, 2024, round 83).
  // ("The Meeting will take place in Maseru … on Friday, 20 November 2020", DIRCO, 2020, round 85, names its time and place: it stays.)
  const past = early.filter((s, k) => !WILL_MEET.test(s.head) && !(k > 0 && THE_MEETING_AHEAD.test(s.head) && !PAST_VERB.test(s.head) && !LATER_MEETING.test(s.head)));
  const happened = past.some((s) => strongCue(s) || weakCue(s)) ? past : early;
  const strong = happened.filter((s) => strongCue(s));
  // A visit the lead announces reports the meeting to come (corpus convention: its date and place are the
  // meeting's): « M. Jens Stoltenberg, se rendra à Varsovie le lundi 6 octobre 2014. » ⏎ « Il rencontrera … ».
  const announcesTrip = (s: SentenceView) => s === leads[0] && TRIP_AHEAD.test(s.head);
  const weak = happened.filter((s) => !strongCue(s) && (weakCue(s) || announcesTrip(s)));
  // The text's own date (its dateline, else a date in its title: "PM call with President Trump:
  // 18 September 2019"), the anchor of a relative word ("today", "yesterday", « hier »).
  const titleDate = statement.title ? findDate(statement.title) : null;
  // A dateline the importer left inside the first sentence (« VILLE (Pays) , le 26 oct. 2025 /CNW/ - ») dates the text too.
  const openingDateline = sentences[0] ? OPENING_DATELINE.exec(sentences[0].head) : null;
  const openingDate = openingDateline ? findDate(openingDateline[0]) : null;
  // An untitled text's first line that describes the document dates it: « Déclaration conjointe de M. … sur la préparation
  // du Sommet du G8 à Evian, Paris le 28 février 2003. » (vie-publique.fr).
  const description = documentDescription(statement);
  const descriptionDate = description ? findDate(description) : null;
  const textDate = dateline.date ?? (openingDate?.year ? openingDate : null) ?? (titleDate?.year ? titleDate : null) ?? (descriptionDate?.year ? descriptionDate : null);
  const anchor = textDate ? formatDate(textDate, fallbackYear) : null;
  const relativeDate = (sentence: SentenceView): string | null =>
    anchor === null ? null : YESTERDAY.test(sentence.head) ? shiftDays(anchor, -1) : TOMORROW.test(sentence.head) ? shiftDays(anchor, 1) : TODAY.test(sentence.head) ? anchor : null;
  const reporting = [...strong, ...weak];
  // The sentence that reports the meeting first dates it by its relative word, whatever other date it
  // holds: "Today, Secretary Austin spoke with Minister Gantz about Iran's July 29 attack", « OTTAWA, le 5
  // mai 2025 /CNW/ - Hier, le premier ministre s'est entretenu … ».
  const first = [...reporting, ...leads.slice(0, 1)].sort((a, b) => a.start - b.start)[0];
  let date: string | null = first ? relativeDate(first) : null;
  // A date the reporting sentences write, else the lead's when it opens the paragraph that reports the
  // meeting ("On August 25, commencing at 12:30 local time (same day, 7:30 p.m." | "JST) … held a summit meeting").
  const leadOfReport = leads.slice(0, 1).filter((lead) => reporting.some((s) => s.paragraphIndex === lead.paragraphIndex));
  // A sentence announcing a meeting for later ("The 1st meeting of the Forum will be held … from December 7", under a
  // signing "On the evening of December 6") dates only when no other reporting sentence does.
  const laterMeeting = (sentence: SentenceView) => LATER_MEETING.test(sentence.head);
  // A lead that announces the meeting dates it before a later sentence that recalls an earlier one: "… will host … for a
  // one-day working visit on Thursday, 25 February 2021." ⏎ "The working visit … follows a recent official visit to Namibia on
  // 29 January 2021, where the two leaders held bilateral consultations …" (Namibian Presidency, 2021, round 42).
  const announcing = leads[0] && !strong.includes(leads[0]) && weak.includes(leads[0]) && AHEAD.test(leads[0].head) ? leads[0] : undefined;
  const titleCity = statement.title ? (/(?<![\p{L}])(?:in|at)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*$/u.exec(statement.title)?.[1] ?? null) : null;
  const datingOrder = [...(announcing ? [announcing] : []), ...reporting.filter((s) => s !== announcing && !laterMeeting(s)), ...reporting.filter((s) => s !== announcing && laterMeeting(s))];
  for (const sentence of date === null ? [...datingOrder, ...leadOfReport] : []) {
    // A dateline that opens the sentence dates the text ("Berne, 22.04.2016 - Le conseiller fédéral … rencontrera, mardi …").
    // So does "Windhoek, Feb 24 -" (CITY_MONTH_DAY).
    // Nor the date of an event to come that a sentence about the meeting names: "During their meeting, the Chairperson also briefed
    // President Ramaphosa on preparations ahead of the upcoming extraordinary Summits …, due to be held virtually on the 5th and 6th
    // December 2020" (African Union, 2020, round 85). A sentence that is itself ahead keeps its date.
    const withoutEvents = maskEventsToCome(sentence.head);
    const head = AHEAD.test(withoutEvents) || LATER_MEETING.test(sentence.head) ? sentence.head : withoutEvents;
    const masked = maskRecalledMeetings(head.replace(OPENING_DATELINE, (span) => ' '.repeat(span.length)).replace(CITY_MONTH_DAY, (span) => ' '.repeat(span.length)), anchor);
    // The meeting the title places, among several the sentence dates: "Reflecting on their meetings in London on June 9 and 10, 2025,
    // and in Stockholm on July 28 and 29, 2025" under "Joint Statement on … Meeting in Stockholm" (White House, 2025, round 134).
    const titled = titleCity ? masked.indexOf(` in ${titleCity} on `) : -1;
    const found = (titled >= 0 ? findMeetingDate(masked.slice(titled)) : null) ?? findMeetingDate(masked);
    if (found) {
      date = formatDate(found, fallbackYear);
      if (date) break;
    }
  }
  // Else a relative word in any sentence that reports the meeting. The dateline alone dates the text,
  // not the meeting ("met … on the margins of the NATO Defense Ministerial" under "June 27, 2019" has no date).
  for (const sentence of date === null ? [...reporting, ...leads.slice(0, 1)] : []) {
    date = relativeDate(sentence);
    if (date) break;
  }
  // A weekday alone ("rencontrera, mardi à Bruxelles", "met on Tuesday"), counted from the text's date.
  // The lead that announces the visit first: « … est attendu vendredi après-midi à Abidjan » before « … qu'il visitera samedi la base
  // marine » (Agence Ivoirienne de Presse, 2014, round 119).
  for (const sentence of date === null && anchor !== null ? datingOrder : []) {
    date = anchor === null ? null : weekdayDate(sentence.head, anchor, AHEAD.test(maskEventsToCome(sentence.head)));
    if (date) break;
  }
  // A closing line that dates the visit the release reports ("Foreign Minister Bob Carr visited Jordan from 2-5 August.").
  for (const sentence of date === null ? sentences : []) {
    const visit = VISIT_DATED.exec(sentence.head);
    const found = visit ? findMeetingDate(sentence.head.slice(visit.index)) : null;
    if (found) {
      date = formatDate(found, fallbackYear);
      if (date) break;
    }
  }
  // A full date in the lead's paragraph that names the meeting: "On this historic occasion of March 12, 2021, the first-ever
  // leader-level summit of the Quad, we pledge …" (Quad leaders, 2021), four sentences into a joint statement.
  for (const sentence of date === null ? sentences.filter((s) => s.paragraphIndex === leads[0]?.paragraphIndex) : []) {
    if (!MEETING_TITLE.test(sentence.head) || AHEAD.test(sentence.head)) continue;
    const found = findMeetingDate(maskRecalledMeetings(sentence.head, anchor));
    if (found?.year) {
      date = formatDate(found, null);
      if (date) break;
    }
  }
  // Else the date a preamble gives the place the title names: "Reflecting on their meetings … and in Stockholm on July 28 and 29, 2025"
  // under "Joint Statement on U.S.-China Economic and Trade Meeting in Stockholm" (White House, 2025, round 134).
  for (const sentence of date === null && titleCity ? sentences.slice(0, 6) : []) {
    const at = sentence.head.indexOf(` in ${titleCity} on `);
    const found = at >= 0 ? findMeetingDate(sentence.head.slice(at)) : null;
    if (found?.year) {
      date = formatDate(found, null);
      if (date) break;
    }
  }
  // A title that names the meeting with its date ("Special meeting of the European Council (Art. 50) on 25 November 2018").
  if (date === null && titleDate?.year && MEETING_TITLE.test(statement.title ?? '')) date = formatDate(titleDate, null);
  // A joint statement or communiqué is the meeting's own text, issued where and when it met ("Georgetown,
  // Guyana, 22 May 2025" over "The meeting was attended by:"); one side's readout is issued after it.
  // Its meeting cannot come after it: a later date names an event it prepares (« le bon déroulement du Sommet d'Evian
  // (1er-3 juin 2003) » in a declaration of 28 February 2003, a French–Swiss text outside the corpus).
  // A date more than a year before the text's own is an event the meeting recalls, not the meeting: "met in New York to
  // discuss … the downing of flight MH17 on July 17 2014" under "22 September 2016" (five ministers, DFAT, round 19).
  if (anchor !== null && date !== null && date < shiftDays(anchor, -366)) date = null;
  const jointStatement = anchor !== null && classifyStatementKind(statement) === 'joint-statement';
  if (jointStatement && (date === null || date > anchor)) date = anchor;

  // A call happens on the telephone: the dateline says where the release was issued, not where the
  // call was, so only a place the lead gives ("spoke from Los Angeles") counts.
  // A meeting held by video is placed nowhere either (« a rencontré virtuellement les premiers ministres »).
  // A title that says so counts too: "Readout of President Donald J. Trump's Call with President Vladimir Putin" over
  // "… spoke today regarding Syria" (White House, outside the corpus).
  const isCall =
    // The first sentence that reports it decides, not a call a later one recalls: "… received yesterday in Mexico City a delegation …" ⏎
    // "… thanked President Joe Biden for sending the U.S. delegation to Mexico following the two leaders’ telephone conversation last
    // week" (Mexico and the United States, 2023, round 87).
    (([...strong, ...weak].sort((a, b) => a.start - b.start).slice(0, 1).some((sentence) => CALL.test(sentence.head) && !ON_THE_MARGINS.test(sentence.head) && !IN_PERSON.test(sentence.head)) || (statement.title !== null && CALL.test(statement.title) && !IN_PERSON_TALK.test(statement.title))) &&
      !(leads[0] ? strongCue(leads[0]) : MEETING_STRONG.test(''))) ||
    // The first two in the text's order: "… will host … for a one-day working visit on Thursday" before "In that vein, the
    // Ministers … hosted a virtual meeting of the 6th Session of the … Joint Permanent Commission" (Namibian Presidency, 2021,
    // round 42) is a visit, though the later sentence names the stronger meeting.
    [...strong, ...weak].sort((a, b) => a.start - b.start).slice(0, 2).some((sentence) => VIRTUAL.test(sentence.head));
  // A trip announced ahead ("will travel to Jordan, the UAE and Kuwait", "departs this weekend for visits to
  // France, Italy and Indonesia") happens away from where the release was issued: its dateline places
  // nothing, and a trip to several countries has no one city.
  // The first lead that reports anything: a date line taken for a lead (« Le 4 février 2025 – Ottawa (Ontario) – Ministère de la Défense
  // nationale ») over « … se rendront à Washington D.C. du 4 au 6 février 2025 » (National Defence, 2025, round 120) announces no trip.
  const reportingLead = leads.find((lead) => strongCue(lead) || weakCue(lead)) ?? leads[0];
  const trip = reportingLead ? TRIP_AHEAD.exec(reportingLead.head) : null;
  if (announcedTripToSeveralCountries(statement)) return { title, date, location: null };
  let location = isCall || trip ? null : dateline.place;
  // The lead that reports today's meeting in another city places it, not where the release was issued: « Berne,
  // Communiqué de presse, 02.10.2009 » over « … a eu des entretiens aujourd’hui à Genève avec … » (Swiss FDFA, round 23).
  // Also a lead that dates the meeting itself: « Berne, 11.4.2019 - Le conseiller fédéral Guy Parmelin … a pour la première fois
  // rencontré le représentant au Commerce américain, Robert Lighthizer, à Washington, le 11 avril 2019 » (Swiss DEFR, round 55).
  const leadAfterDateline = leads[0]?.head.replace(OPENING_DATELINE, (span) => ' '.repeat(span.length)) ?? '';
  // A courtesy call today too: "Minister … called on Malaysian Prime Minister Dato’ Seri Anwar Ibrahim in Putrajaya, Malaysia today"
  // over the closing "MINISTRY OF FOREIGN AFFAIRS SINGAPORE" (Singapore MFA, 2023, round 77).
  // A signing today too: « AKP Phnom Penh, le 07 décembre 2018 — Le Royaume du Cambodge et la République socialiste du Vietnam ont signé ce
  // matin à Hanoi, au Vietnam six accords » (AKP, 2018, round 110).
  if (location !== null && leads[0] && (strongCue(leads[0]) || COURTESY_CALL_ON.test(leads[0].head) || SIGNED_IN_LEAD.test(leads[0].head)) && (TODAY.test(leads[0].head) || findDate(leadAfterDateline)?.year != null)) {
    const led = placeInSentence(maskRecalledMeetings(maskEventsToCome(leadAfterDateline), anchor));
    if (led !== null) location = led;
  } else if (location !== null && leads[0] && strongCue(leads[0]) && AHEAD.test(leads[0].head)) {
    // So does the lead that announces it: « Berne, 22.04.2016 - Le conseiller fédéral Didier Burkhalter rencontrera, mardi à
    // Bruxelles, Federica Mogherini … » (Swiss FDFA, 2016).
    const led = placeInSentence(maskRecalledMeetings(leadAfterDateline, anchor));
    if (led !== null) location = led;
  }
  // A title that names the meeting and its city ("Didier Reynders rencontre Rex Tillerson à Washington", Belgian MFA, 2017)
  // places it before a lead that passes through other cities (« Après deux jours aux Nations Unies à New York, … »).
  if (location === null && !isCall && statement.title && TITLE_MEETS.test(statement.title)) location = placeInSentence(statement.title);
  // So does a standfirst under the title: "Strengthening links between Scotland and Ireland" ⏎ "First Minister meets Taoiseach
  // in Dublin." (Scottish Government, round 64): a first paragraph of a dozen words at most.
  if (location === null && !isCall) {
    const start = bodyStart(statement);
    const standfirst = statement.paragraphs.find((p) => p.start >= start);
    const standfirstText = standfirst ? collapseWhitespace(statement.text.slice(standfirst.start, Math.min(standfirst.end, standfirst.start + 200))) : '';
    if (standfirstText.split(' ').length <= 12 && TITLE_MEETS.test(standfirstText)) location = placeInSentence(standfirstText);
  }
  if (location === null) {
    // For a call, only the sentence that reports it may place it (a later "next dialogue in Tokyo" does not).
    // A sentence's building counts with its city ("hosted … at Downing Street this evening" before "Looking
    // ahead of the G7 in Hiroshima"); a meeting the sentence recalls places nothing.
    // The first in the text's order: "… spoke by phone with the President of Finland …" ⏎ "… would follow up the call with a
    // meeting in Helsinki next month" is placed nowhere, though the later sentence, naming a meeting, is the "strong" one.
    const ordered = isCall ? [...strong, ...weak].filter((s) => CALL.test(s.head)).sort((a, b) => a.start - b.start).slice(0, 1) : [...strong, ...weak].sort((a, b) => a.start - b.start);
    // A meeting held "on the margins of the G7 Summit" is wherever that summit was: the sentence that says so places it
    // or nothing does; a later sentence's city is another event's ("Canada’s hosting of … (COP 15) in Montréal", PMO, 2022).
    const margins = ordered.findIndex((s) => strongCue(s) && ON_THE_MARGINS.test(s.head));
    for (const sentence of margins >= 0 ? ordered.slice(0, margins + 1) : ordered) {
      // Not in a sentence that is itself ahead: « effectuera une visite à Malte … pour y participer à la réunion …, qui se
      // tiendra à La Valette » places the visit it announces.
      const withoutEventsToCome = maskEventsToCome(sentence.head);
      const head = maskRecalledMeetings(AHEAD.test(withoutEventsToCome) ? sentence.head : withoutEventsToCome, anchor);
      // Where an attack the call is about happened places no call: "received a call from the Acting Foreign Minister … in the wake of
      // the terrorist attack on the Pakistan Mission in Kabul" (Pakistan MOFA, 2022, round 75).
      const callHead = isCall ? head.replace(ATTACK_CLAUSE, (clause) => ' '.repeat(clause.length)) : head;
      location = placeInSentence(callHead) ?? (isCall ? null : placeOfBuilding(head));
      if (location) break;
    }
  }
  // "… reiterated their commitment … today in Osaka on the margins of the G20": the lead places what happened today.
  if (location === null && !isCall && leads[0] && TODAY_WORD.test(leads[0].head)) location = placeInSentence(maskEventsToCome(leads[0].head));
  // "NATO Secretary General visits Washington DC": a title may name the place the lead takes for granted.
  if (location === null && !isCall && statement.title && TITLE_NAMES_MEETING.test(statement.title)) location = placeInSentence(statement.title);
  // A joint statement is issued where its authors met, which a document's description ends on: « …, Paris le 28 février 2003. »
  if (location === null && jointStatement && description) location = cleanPlace(DESCRIPTION_PLACE.exec(description)?.[1] ?? '');
  // A media invitation's venue line: "Venue: DIRCO Conference Centre, OR Tambo Building, 460 Soutpansberg Road, Pretoria" (DIRCO, 2024,
  // round 90); its last part is the city.
  if (location === null && !isCall) {
    const venue = VENUE_LINE.exec(statement.text)?.[1];
    const city = venue ? cleanPlace(venue.split(',').at(-1)?.trim() ?? '') : null;
    if (city !== null && canonicalCountry(city) === null) location = city;
  }
  // A joint text's closing line gives what its sentences leave out: "Signed at Kuala Lumpur, on the 26th of October 2025, in duplicate"
  // under a memorandum whose clauses plan meetings to come ("The Participants intend to meet … on a quarterly basis", United
  // States–Malaysia memorandum, 2025, round 148).
  if ((date === null || location === null) && !isCall && classifyStatementKind(statement) === 'joint-statement') {
    const done = doneAtClosing(statement);
    if (done) {
      date ??= done.date;
      location ??= done.place;
    }
  }
  // "Washington DC", "Washington, D.C.": the city is Washington.
  if (location !== null) location = location.replace(/,?\s+D\.?\s?C\.?$/u, '');
  // "On June 15, 2023 in Tokyo Japan, …" (a White House readout outside the corpus, no comma): the city without its country.
  if (location !== null) location = withoutTrailingCountry(location);
  // The headline printed again in capitals is no place: "REGIONAL PARTNERSHIP ENHANCED" under "Regional partnership enhanced"
  // (Australian minister, 2015, round 100).
  if (location !== null && statement.title !== null && foldForComparison(location) === foldForComparison(statement.title.trim())) location = null;
  // US datelines write the city in capitals ("WASHINGTON, March 3 —"); the note writes it as a name.
  if (location !== null && location.length > 3 && location === location.toUpperCase()) location = location.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return { title, date, location: location === null ? null : inEnglish(location, statement.language) };
}
