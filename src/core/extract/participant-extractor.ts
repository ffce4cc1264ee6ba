/**
 * Participants: the people who took part in the meeting or issued the text, with their title and
 * country. Statements introduce them in a handful of fixed shapes, which are what this file reads:
 *   Name, Title,                      "Mélanie Joly, Minister of Foreign Affairs, and …"
 *   Title, Name                       "Chile’s Minister of Foreign Affairs, Tomás Echeverría Ruiz"
 *   Title Name                        "Secretary of State Harlan Whitcombe met with …"
 *   Name (line) / Title (next line)   header blocks of joint media releases, signature blocks
 * A person counts only with an office title (so a lawyer, a journalist or a historical figure the
 * text merely mentions does not), outside quotations and the boilerplate tail, and not as the
 * object of a condemnation. Short references ("Minister Fairweather", "Ratu Josefa") are merged
 * into the full name, and also serve the quote extractor to resolve speakers.
 */
import type { Condemnation, Participant } from '../model/structured-statement';
import type { SourceSpan, Statement } from '../model/statement';
import { canonicalCountry, findCountries, findCountriesOfText, isCountryWord, isState, type CountryMention } from './country-names';
import {
  adjacent,
  honorificLength,
  isConnector,
  isNameWord,
  isPostNominal,
  dottedPostNominalLength,
  isTitleHead,
  isTitleModifier,
  isTitleWord,
  nameKeys,
  nameRunAt,
  tokenize,
  type NameRun,
  type Token,
} from './person-names';
import { confidence } from './confidence';
import { bodyEnd, bodyStart, collapseWhitespace, foldForComparison, indexOfSpanAt, spansWholeBody } from './sentence-helpers';
import { extractCondemnations, hasCondemnationCueBefore } from './condemnation-extractor';
import { announcedTripToSeveralCountries, TITLE_MEETS } from './meeting-extractor';
import { findQuotations } from './quotation-finder';
import { findDate } from './meeting-dates';
import { caselessPattern } from './caseless-pattern';

/** A person named in the text, with whatever title and country the context gives. */
export interface PersonMention {
  readonly name: string;
  readonly wordCount: number;
  readonly start: number;
  readonly end: number;
  readonly title: string | null;
  readonly country: string | null;
  readonly hasHonorific: boolean;
  /** Listed one per line under "Members of the … Delegation:" (its country left unknown). */
  readonly listedInDelegation?: boolean;
}

/** Words that end an appositive title: the clause's verb or a relative pronoun. */
// « Marc le Fur, Vice-Président de l’Assemblée Nationale française accompagné de Mme Jeanne Mazière » (Comoros MFA, round 19):
// the office ends where the people with him begin.
// Also a French reflexive verb right after the office: "Sébastien Lecornu, ministre des Armées s’est entretenu par téléphone avec …"
// (round 62).
const CLAUSE_WORDS = /^(?:who|which|whose|qui|said|a|has|have|had|was|is|met|meets|paid|held|holds|hosted|visited|signed|welcomed|called|spoke|led|co-chaired|announced|issued|today|also|were|are|accompanied|accompagnée?s?|s['’]est|se|s['’]entretient|ont|est)$/iu;

const STOP_PUNCTUATION = new Set([',', ';', ':', '.', '(', ')', '“', '”', '"', '«', '»', '–', '—', '!', '?', '|']);

interface TitleFound {
  readonly title: string;
  readonly country: string | null;
}

const titleCountryCache = new Map<string, string | null>();
const EU_INSTITUTION = caselessPattern(String.raw`(?<![\p{L}])(?:European\s+(?:Commission|Council|Parliament|External\s+Action\s+Service)|Commission\s+européenne|Conseil\s+européen|Parlement\s+européen)(?![\p{L}])`, 'iu');

const POSTED_TO_EN = /(?<![\p{L}])to\s+(?:the\s+)?$/u;
// "Chargé d’Affaires of the Embassy of the United States in Belize" (Government of Belize, 2025, round 37): posted in Belize.
const POSTED_TO_FR_EN = /(?<![\p{L}])(?:to|in|au|aux|en|auprès\s+d[eu]s?|auprès\s+de\s+la)\s+(?:the\s+|la\s+|l['’])?$/u;

/** The last country a title names ("Minister of Foreign Affairs of the Republic of Latvia" → Latvia). */
/** A people named in French by a capitalised adjective: « des Congolais », « des Maliens », « des Sénégalais ». */
const DIASPORA_PEOPLE = /^\p{L}+(?:ais|ois|iens|ains|è|ès)$/u;
/** « des Marocains résidant à l’étranger », « des Tunisiens à l’étranger », « des Maliens de l’extérieur »: the singular people in group 1. */
const PEOPLE_ABROAD = caselessPattern(String.raw`(?<![\p{L}])des\s+(\p{Lu}\p{L}+?)s\s+(?:(?:résidant|vivant|établis)\s+)?(?:à|de)\s+l['’](?:étranger|extérieur)`, 'iu');
function titleCountry(title: string): string | null {
  if (titleCountryCache.has(title)) return titleCountryCache.get(title) ?? null;
  // Not the country a portfolio is for: "Special Representative for the DPRK" is an American official (State Department, 2022).
  // A body the office serves is the holder's ("Special Envoy for the UN High Commissioner for Refugees").
  // Nor the country an envoy is posted to: "Ambassador of Maldives to UAE" is Maldivian (Maldives MFA, 2019, round 26),
  // « ambassadeur de France au Japon » French.
  const postedTo = /ambassad|envoy|envoyé|charg[ée]e?\s+d['’]affaires/iu.test(title) ? POSTED_TO_FR_EN : POSTED_TO_EN;
  let countries = findCountries(title).filter(
    (found) =>
      (!isState(found.canonical) || !/(?<![\p{L}])[Ff]or\s+(?:[Tt]he\s+)?$/u.test(title.slice(Math.max(0, found.start - 9), found.start))) &&
      !postedTo.test(title.slice(Math.max(0, found.start - 14), found.start)),
  );
  // A people a portfolio serves, where the title names the state too: « ministre congolais (Brazzaville) … de la Coopération et des
  // Congolais de l’étranger » (7 Jours Info, 2018, round 125) is of the Republic of the Congo, which « congolais » alone is not.
  const ownState = countries.filter((found) => !(/(?<![\p{L}])des\s+$/u.test(title.slice(Math.max(0, found.start - 4), found.start)) && DIASPORA_PEOPLE.test(title.slice(found.start, found.end))));
  // The people alone name the state (« des Marocains résidant à l’étranger »), except one two states share: « des congolais de
  // l’étranger » serves Brazzaville's and Kinshasa's (Vox Congo, 2018, round 115).
  countries = ownState.length > 0 ? ownState : countries.filter((found) => !/^congolaise?s?$/iu.test(title.slice(found.start, found.end)));
  // A people abroad the portfolio serves, in the plural the country list does not hold: « ministre des Affaires étrangères, de la
  // Coopération africaine et des Marocains résidant à l’Étranger » is Moroccan (a defect the mutation triage found, 2026-12-08).
  if (countries.length === 0) {
    const people = PEOPLE_ABROAD.exec(title);
    const state = people ? canonicalCountry(people[1] ?? '') : null;
    if (state) {
      if (titleCountryCache.size < 1000) titleCountryCache.set(title, state);
      return state;
    }
  }
  // The Union's institutions: "President of the European Commission Jean Claude Juncker" (No 10, 2019, round 23), « présidente
  // de la Commission européenne », "European Council President".
  const country = countries.length > 0 ? (countries[countries.length - 1]?.canonical ?? null) : EU_INSTITUTION.test(title) ? 'European Union' : null;
  if (titleCountryCache.size < 1000) titleCountryCache.set(title, country);
  return country;
}

/** Country named by a possessive or adjective right before a title: "Chile’s", "Estonian", "New Zealand's". */
function countryBefore(text: string, tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  // Not across a paragraph: "… the Government of the Kingdom of Morocco" ⏎ "Minister Shahid was accompanied by …" (Maldives
  // MFA, 2019, round 26) does not make the Maldivian minister Moroccan.
  const title = tokens[index + 1];
  if (token && title && text.slice(token.end, title.start).includes('\n')) return null;
  // An abbreviation with its stops, four tokens: "with U.S. Secretary of Defense Lloyd J. Austin III".
  if (token?.text === '.' && index >= 3) return canonicalCountry(joinTokens(text, tokens, index - 3, index + 1));
  if (!token || !token.isWord || !(token.possessive || isCountryWord(token.text))) return null;
  for (let from = Math.max(0, index - 3); from <= index; from++) {
    const candidate = tokens[from];
    if (!candidate) continue;
    const phrase = text.slice(candidate.start, token.end);
    const found = findCountries(phrase);
    const last = found[found.length - 1];
    if (last && last.start === 0 && last.end === phrase.length) return last.canonical;
  }
  return null;
}

function joinTokens(text: string, tokens: readonly Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b) return '';
  return collapseWhitespace(text.slice(a.start, b.end));
}

/** The offices of international organisations' heads, who hold no country's office: "Secretary General", « Secrétaire général ». */
const INTERNATIONAL_OFFICE_HEAD = /^(?:(?:deputy|assistant|under)[\s-]+)?(?:secretary[\s-]+general|executive\s+secretary|secrétaire\s+exécutif|executive\s+director|directrice?\s+exécutive?|secrétaire[\s-]+générale?|high\s+representative|haute?\s+représentante?|director[\s-]+general|directeur[\s-]+général|directrice[\s-]+générale)/iu;
/** Also with its organisation's acronym after it: « Directrice générale de l'UNICEF » (UNICEF, 2022, round 122), "Executive Director of UNICEF". */
const ORGANISATION_ACRONYM_AFTER = /^(?:\s+(?:of|de|du|des)\s+(?:the\s+)?|\s+de\s+l['’]|\s+d['’])\p{Lu}{2,}[\p{L}-]*$/u;
function isInternationalOffice(title: string): boolean {
  const head = INTERNATIONAL_OFFICE_HEAD.exec(title);
  if (!head) return false;
  const rest = title.slice(head[0].length);
  // An executive director alone is often a ministry's head of staff ("Executive Director" of Namibia's foreign ministry, round 102).
  if (/(?:executive\s+director|directrice?\s+exécutive?)$/iu.test(head[0])) return ORGANISATION_ACRONYM_AFTER.test(rest);
  return rest === '' || ORGANISATION_ACRONYM_AFTER.test(rest);
}

/** The folded first word of a senator's style ("Senator the Hon.", "Sen. the Hon.", « sénateur »). */
const SENATOR_STYLE = /^(?:senator|sen|senateur|senatrice)$/u;

/** "Name, Title[,.\n]" or a header line "Name\nTitle". */
function titleAfter(text: string, tokens: readonly Token[], run: NameRun): TitleFound | null {
  let j = run.last;
  // "Mr Alexander Downer MP, Australian Minister …" and "Mr Alexander Downer, MP, Australian Minister …".
  // "Honourable Dr Damas Daniel Ndumbaro (MP), Minister of Constitutional and Legal Affairs" (Malawi's High Commission, 2022, round 119).
  for (;;) {
    if (isPostNominal(tokens[j]) || (tokens[j]?.text === ',' && isPostNominal(tokens[j + 1]) && tokens[j + 2]?.text === ',')) j++;
    else if (tokens[j]?.text === '(' && isPostNominal(tokens[j + 1]) && tokens[j + 2]?.text === ')') j += 3;
    else break;
  }
  // "Mr. Daniel AYALON, M.K., Deputy Minister of Foreign Affairs": the post-nominal with its full stops.
  const dotted = tokens[j]?.text === ',' ? dottedPostNominalLength(tokens, j + 1) : 0;
  if (dotted > 0 && tokens[j + 1 + dotted]?.text === ',') j += 1 + dotted;
  const separator = tokens[j];
  let k: number;
  if (separator?.text === ',') k = j + 1;
  else if (separator && separator.newlineBefore && (isTitleHead(separator) || isTitleModifier(separator) || isTitleWord(separator))) k = j;
  else return null;
  let country: string | null = null;
  // Skip an article, then a possessive country ("New Zealand's Minister …").
  if (tokens[k] && /^(?:the|a|an|le|la)$/i.test(tokens[k]?.text ?? '')) k++;
  // The possessive may close a multi-word country ("New Zealand's"), all of it capitalised.
  for (let span = 0; span < 3; span++) {
    const possessive = tokens[k + span];
    if (!possessive || !possessive.isWord || !/^\p{Lu}/u.test(possessive.text)) break;
    if (possessive.possessive) {
      country = countryBefore(text, tokens, k + span);
      if (country) k = k + span + 1;
      break;
    }
  }
  // "Hon Harjit Sajjan, Canada Minister of National Defence; …" (a joint statement's list of signatories):
  // a country's name, not possessive, right before the title.
  if (country === null) {
    // Up to four tokens: "U.S. Secretary of Defense" is four (U . S .) before the head.
    for (let span = 1; span <= 4; span++) {
      const after = tokens[k + span];
      if (!after || !(isTitleHead(after) || isTitleModifier(after))) continue;
      const phrase = joinTokens(text, tokens, k, k + span);
      const found = canonicalCountry(phrase);
      if (found) {
        country = found;
        k += span;
      }
      break;
    }
  }
  const start = k;
  let end = k;
  let hasHead = false;
  while (end < tokens.length && end - start < 30) {
    const token = tokens[end] as Token;
    // A hard-wrapped line that ends on a connector ("Secretary of⏎Defense") goes on; any other line break ends the title.
    if (end > start && token.newlineBefore && !isConnector(tokens[end - 1])) break;
    if (token.text === ',' && hasHead) {
      // "Name, Minister of Immigration, Refugees and Citizenship, met …": the portfolio list goes on, also a long one: « Nasser Bourita,
      // ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l’Étranger, a reçu » (ten tokens).
      let next = end + 1;
      while (next < tokens.length && next - end < 14 && !STOP_PUNCTUATION.has((tokens[next] as Token).text)) next++;
      if (next < tokens.length && STOP_PUNCTUATION.has((tokens[next] as Token).text) && isPortfolioRun(tokens, end + 1, next)) {
        end = next;
        continue;
      }
    }
    if (STOP_PUNCTUATION.has(token.text)) break;
    if (end > start && (CLAUSE_WORDS.test(token.text) || honorificLength(tokens, end) > 0)) break;
    // "Bruno Rodriguez, ministre cubain des Affaires étrangères et son homologue cap-verdien, Luis Filipe Lopes" (Radio Habana
    // Cuba, round 46): "and his counterpart" opens the next person.
    if (hasHead && AND.has(token.key) && POSSESSIVE_PRONOUNS.has(tokens[end + 1]?.key ?? '')) break;
    // "François-Philippe Champagne, Minister of Foreign Affairs and Dominic Raab, Foreign Secretary of the United Kingdom" (Global Affairs
    // Canada, 2020, round 129): "and" then a full name opens the next person.
    if (hasHead && AND.has(token.key) && (nameRunAt(text, tokens, end + 1)?.wordCount ?? 0) >= 2) break;
    // "H.E. Elmar Memmedyarov, Minister of Foreign Affairs of Azerbaijan as well as with his other counterparts" (Türkiye MFA, 2019,
    // round 86): the office ends where the sentence adds others.
    if (hasHead && ((token.key === 'as' && tokens[end + 1]?.key === 'well' && tokens[end + 2]?.key === 'as') || ((token.key === 'along' || token.key === 'together') && tokens[end + 1]?.key === 'with'))) break;
    // The office runs straight into another full name: it is that person's title, and this name has none ("Après deux jours
    // aux Nations Unies à New York, le Vice-Premier Ministre … Didier Reynders se trouve …", a Belgian release outside the corpus).
    if (hasHead && isNameWord(token) && !isConnector(tokens[end - 1]) && (nameRunAt(text, tokens, end)?.wordCount ?? 0) >= 2) return null;
    if (isTitleHead(token) && end - start < 6) hasHead = true;
    end++;
  }
  // "…, Indonesian Minister of Foreign Affairs and His Excellency Abdul Rahim Karimi": the "and" joins the next person.
  // "… Deputy Minister of Foreign Affairs and by Msgr. Ettore BALESTRERO" (Israel MFA, 2013, round 32): "and by" too.
  while (end - start > 1 && (AND.has((tokens[end - 1] as Token).key) || ((tokens[end - 1] as Token).key === 'by' || (tokens[end - 1] as Token).key === 'par') && AND.has((tokens[end - 2] as Token).key))) end--;
  const firstWord = tokens[start];
  if (!hasHead || !firstWord || end === start) return null;
  // "Shri Gourangalal Das, Joint Secretary in Ministry of External Affairs" (India's MEA): a rank whose first word is no office word.
  const jointSecretary = firstWord.key === 'joint' && tokens[start + 1]?.key === 'secretary';
  if (isConnector(firstWord) || !(isTitleHead(firstWord) || isTitleModifier(firstWord) || isTitleWord(firstWord) || jointSecretary)) return null;
  // A title on the line under the name is an office only: "Holistic Counternarcotics Strategy ⏎ President Biden and
  // President Petro committed to …" (a White House joint statement, 2023) is a heading over a sentence.
  if (separator.text !== ',') {
    for (let t = start; t < end; t++) {
      const word = tokens[t] as Token;
      if (word.isWord && /^\p{Ll}/u.test(word.text) && !isTitleWord(word) && !isConnector(word)) return null;
    }
  }
  const title = joinTokens(text, tokens, start, end);
  return { title, country: country ?? titleCountry(title) };
}

/** (Built once here: caselessPattern answers the same pattern for the same source and flags, and none of these is global or sticky, so hoisting them out of the calls changes nothing.) */
const AND_WORD = caselessPattern(String.raw`^(?:and|et)$`, 'iu');
const SPOKESPERSON_OF_BEFORE = caselessPattern(String.raw`(?:spokes(?:person|man|woman)|porte-parole)\s+(?:of|for|de|du)\s+(?:(?:the|la|le)\s+)?(?:(?:Mme|M\.|Mr\.?|Ms\.?|Mrs\.?)\s+)?$`, 'iu');
const AND_NEXT = caselessPattern(String.raw`^\s*,?\s*(?:and|et|ainsi que)\s`, 'iu');
const PLACE_OR_BODY_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:of|de|du|des|in|at|from)\s+(?:the\s+|la\s+|le\s+|l['’])?$`, 'iu');
/** Where someone stays, titled or not: « Actuellement en mission à New York, la ministre des Affaires étrangères, Béatrice Atallah » (Le Matin de Madagascar, round 127). */
const STAY_PLACE_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:mission|visite|séjour|escale|tournée|arrivée?|présente?)\s+à\s+$`, 'iu');

/** tokens[from, to) are capitalised portfolio words and connectors only ("Refugees and Citizenship", « des Réfugiés et de la Citoyenneté »). */
const FRENCH_CONNECTOR_FIRST = /^(?:de|des|du|d['’].*)$/u;

function isPortfolioRun(tokens: readonly Token[], from: number, to: number): boolean {
  // A run that opens with "and" is the next person ("…, and Bill Blair, Minister …"), not more portfolio.
  if (from >= to || AND_WORD.test((tokens[from] as Token).text)) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    // An ampersand joins portfolios as "and" does: "Minister of Trade, Industry & Energy Ahn Duk-geun" (a defect the mutation triage of
    // these lines found, 2026-12-08).
    if (token.text === '&') continue;
    if (!token.isWord) return false;
    if (isConnector(token) || token.text === 'à') continue;
    // « …, de la Coopération africaine et des Marocains résidant à l’Étranger, Nasser Bourita » (Morocco, round 25): a
    // nationality, and an elided article before a capital, are portfolio words too.
    // After its first word, a French portfolio's adjectives are in lower case (« de la Coopération africaine »).
    // Also its first word, in a release that writes the portfolio in lower case: « de la coopération africaine et des Marocains
    // résidant à l’étranger, M. Nasser Bourita » (La Nouvelle Tribune, 2020, round 126).
    const capitalised = /^\p{Lu}/u.test(token.text) || /^[dl]['’]\p{Lu}/u.test(token.text) || FRENCH_CONNECTOR_FIRST.test((tokens[from] as Token).text);
    if (!capitalised || !(isTitleWord(token) || isCountryWord(token.text) || isCountryWord(token.text.replace(/s$/u, '')))) return false;
    words++;
  }
  return words > 0 && words <= 6;
}

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);
/** Places the country list leaves out, that a list of attendees may hold: "(Hong Kong and Macao Affairs Office)" (Macao, round 59). */
const EVENT_TO_COME_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:will|shall|to\s+be\s+held|upcoming|forthcoming|next|future|prochaine?|aura\s+lieu|se\s+tiendra)(?![\p{L}])`, 'iu');
const TERRITORIES = new Set(['Hong Kong', 'Macao', 'Macau']);
const OFFICE_BODIES = new Set(['office', 'department', 'bureau', 'cabinet', 'secretariat']);
const PLURAL_HEADS = new Set(['presidents', 'secretaries', 'ministers', 'ministres', 'ambassadors', 'ambassadeurs', 'counterparts', 'homologues']);
const OFFICE_BUILDINGS = new Set(['consulate', 'consulat', 'secretariat', 'directorate', 'inspectorate', 'procuratorate']);
const AND = new Set(['and', 'et']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'son', 'sa', 'ses', 'leur', 'leurs']);
// "his US peer Lloyd Austin" (KUNA, 2024, round 70).
const COUNTERPART = new Set(['counterpart', 'counterparts', 'homologue', 'homologues', 'peer']);

/** Walk back from `end` (exclusive) over title words; returns the title start or -1 when there is no head. */
/** A finite verb inside a clause (French future and past participle forms, common English verbs): no office runs over it. */
const CLAUSE_VERB = /^(?:\p{Ll}+(?:era|eront|ait|aient|ra|ront)|prononc\p{Ll}*|delivered|deliver|will|would|said|says|met|meets|visited|visits|gave|gives|spoke|speaks|held|holds)$/u;

/** A monarch goes by one name: « Sa Majesté le roi Willem-Alexander des Pays-Bas » (NATO, 2015), "King Salman". */
const MONARCH_TITLE = caselessPattern(String.raw`^(?:king|queen|roi|reine|emir|amir|sultan|émir)$`, 'iu');
/** Only with the style a monarch is given, so "Amir Tamim of Qatar", named in passing, is not taken. */
const MAJESTY_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:majesty|majesté|highness|altesse)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:king|queen|roi|reine|emir|amir|sultan|émir)(?![\p{L}])`, 'iu');

const PREPOSITION_KEYS = new Set(['of', 'for', 'to', 'on', 'in', 'de', 'du', 'des', 'aux', 'au', 'pour', 'en', "d'", 'd’']);
const ARTICLE_KEYS = new Set(['the', 'le', 'la', 'les', "l'", 'l’', 'l']);

function titleStartBefore(tokens: readonly Token[], end: number, anyWordsAfterHead: boolean, floor = 0): number {
  let i = end - 1;
  let start = -1;
  let guard = 0;
  if (anyWordsAfterHead) {
    // "… la secrétaire aux Relations extérieures du Mexique, Name": take the last head in the clause.
    let segmentEnd = end;
    let commas = 0;
    let governedHead = -1;
    while (i >= floor && guard++ < 30) {
      const token = tokens[i] as Token;
      // "Minister of Immigration, Refugees and Citizenship, the Honourable Name": a portfolio list
      // holds commas, so a comma is crossed while everything after it is portfolio words.
      if (token.text === ',' && commas < 2 && isPortfolioRun(tokens, i + 1, segmentEnd)) {
        commas++;
        segmentEnd = i;
        i--;
        continue;
      }
      // A body's acronym in brackets inside the office: "The Chairperson of the African Union (AU) Commission, Moussa Faki Mahamat"
      // (AU, 2022), "The Special Representative of the Chairperson of the African Union Commission (SRCC) for Somalia, Ambassador
      // Francisco Madeira" (AMISOM, 2016; both round 82).
      if (token.text === ')' && tokens[i - 2]?.text === '(' && /^\p{Lu}{2,8}$/u.test(tokens[i - 1]?.text ?? '') && tokens[i - 3]?.isWord && /^\p{Lu}/u.test(tokens[i - 3]?.text ?? '')) {
        i -= 3;
        continue;
      }
      // A nationality made precise in brackets: « le ministre congolais (Brazzaville) des Affaires étrangères, de la Coopération et
      // des Congolais de l’étranger, M. Jean-Claude Gakosso » (7 Jours Info, 2018, round 125).
      if (token.text === ')' && tokens[i - 2]?.text === '(' && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && tokens[i - 3]?.isWord && isCountryWord(`${tokens[i - 3]?.text ?? ''} (${tokens[i - 1]?.text ?? ''})`)) {
        i -= 3;
        continue;
      }
      // An office's possessive inside a body's name goes on: "the Chief-of-Office of the Chief Executive’s Office, Ms Chan Kak"
      // (Macao SAR Government, round 59).
      if (STOP_PUNCTUATION.has(token.text) || (token.possessive && !isPeoplesInName(token, tokens[i + 1]) && !(isTitleWord(token) && OFFICE_BODIES.has(tokens[i + 1]?.key ?? '')))) break;
      // A clause between the office and the comma is no office: « le secrétaire général de l’OTAN prononcera un discours à
      // l’Elliott School of International Affairs, Université George Washington » (NATO, 2017).
      if (token.isWord && token.text.length >= 4 && /^\p{Ll}/u.test(token.text) && !isTitleWord(token) && !isCountryWord(token.text) && CLAUSE_VERB.test(token.text)) break;
      // "Minister X and his Australian counterpart, Name": the title is "Australian counterpart",
      // never the other person's title and name before the pronoun.
      if (POSSESSIVE_PRONOUNS.has(token.key)) {
        // Also "Speaker of Parliament, Anita Among and her Deputy, Thomas Tayebwa led delegates" (Parliament of Uganda, 2024,
        // round 56): an office held under the person just named.
        for (let k = i + 1; k < end; k++) if (COUNTERPART.has((tokens[k] as Token).key) || ((tokens[k] as Token).key === 'deputy' && k === end - 1 && /^\p{Lu}/u.test((tokens[k] as Token).text))) return i + 1;
        break;
      }
      // "the Consulate General of the Kingdom of the Netherlands in Central Plaza, Wan Chai" (Hong Kong SAR, 2018, round 33): an
      // office building, not an office.
      if (token.key === 'general' && OFFICE_BUILDINGS.has(tokens[i - 1]?.key ?? '')) break;
      // "Cabinet Secretaries Raychelle Omamo, Monica Juma" (Kenya's State House, round 58): a plural office followed by a name
      // gives that name its office; the next name of the list takes no office made of them.
      const next = tokens[i + 1];
      if (PLURAL_HEADS.has(token.key) && next && i + 1 < end && next.isWord && /^\p{Lu}/u.test(next.text) && !isTitleWord(next) && !isConnector(next) && !isCountryWord(next.text)) break;
      if (isTitleHead(token)) {
        // « président du Conseil privé du Roi pour le Canada, Dominic LeBlanc » (PMO, 2025): a head after "du", "of the"
        // belongs to the portfolio; the office starts at an earlier head, if the clause has one.
        const before = ARTICLE_KEYS.has(tokens[i - 1]?.key ?? '') ? tokens[i - 2] : tokens[i - 1];
        const governed = PREPOSITION_KEYS.has(before?.key ?? '');
        if (governed) governedHead = i;
        if (!governed) {
          start = i;
          break;
        }
      }
      i--;
    }
    if (start === -1) start = governedHead;
    if (start === -1) return -1;
    i = start - 1;
  } else {
    let segmentEnd = end;
    let commas = 0;
    while (i >= floor && guard++ < 25) {
      const token = tokens[i] as Token;
      // "Coordinating Minister for Political, Legal and Security Affairs HE Wiranto" (a joint statement, 2017): a list of
      // portfolios holds commas, crossed while the words after the comma are portfolio words and a title word precedes it.
      const left = tokens[i - 1];
      if (token.text === ',' && commas < 2 && isTitleWord(left) && !isConnector(left) && !isTitleHead(left) && !isTitleModifier(left) && /^(?:[dl][’'])?\p{Lu}/u.test(left?.text ?? '') && isPortfolioRun(tokens, i + 1, segmentEnd)) {
        commas++;
        segmentEnd = i;
        i--;
        continue;
      }
      // A country adjective inside a portfolio: "Special Representative on Korean Peninsula Affairs Liu Xiaoming".
      // Also a nationality in the plural: "Minister Delegate for Foreign Affairs, African Cooperation and Moroccans Abroad Mohcine
      // Jazouli" (Morocco MFA, 2020, round 32).
      const portfolioAdjective = (isCountryWord(token.text) || (token.text.endsWith('s') && isCountryWord(token.text.slice(0, -1)))) && /^\p{Lu}/u.test(token.text) && isConnector(tokens[i - 1]) && isTitleWord(tokens[i + 1]) && !isConnector(tokens[i + 1]) && !isTitleHead(tokens[i + 1]) && !isTitleModifier(tokens[i + 1]) && i + 1 < end;
      // An organisation's acronym inside a portfolio, after the head: "the Acting President of the NATO Parliamentary Assembly
      // Mr. Attila Mesterhazy" (NATO, 2020); not before one ("the Spokesperson of EU High Representative Catherine Ashton").
      // Also two acronyms ("Chairperson of the IPA CIS Council Valentina Matvienko") and an acronym that ends the office
      // ("Secretary General of PABSEC Asaf Hajiyev"; IPA CIS, 2016, round 64).
      const acronym = (k: number) => /^\p{Lu}{2,6}$/u.test(tokens[k]?.text ?? '');
      const portfolioAcronym =
        acronym(i) &&
        (isConnector(tokens[i - 1]) || (acronym(i - 1) && isConnector(tokens[i - 2]))) &&
        (i + 1 < end
          ? tokens.slice(i + 1, end).every((next, k) => (isTitleWord(next) && !isTitleHead(next)) || (k === 0 && acronym(i + 1) && i + 2 < end))
          : tokens[i - 1]?.key === 'of' && isTitleHead(tokens[i - 2]));
      // A French nationality adjective right after the head: « le ministre mauritanien des Affaires étrangères Mohamed Salem
      // Merzoug » (Alakhbar, round 38).
      const nationalityAfterHead = /^\p{Ll}/u.test(token.text) && isTitleHead(tokens[i - 1]) && isCountryWord(token.text) && i + 1 < end;
      // « à » between an office and its portfolio: « la conseillère américaine à la sécurité nationale Susan Rice » (People's Daily,
      // 2015, round 108), « le secrétaire américain à la Défense Lloyd Austin ».
      const frenchTo = token.text === 'à' && i + 1 < end && (isTitleWord(tokens[i - 1]) || isCountryWord(tokens[i - 1]?.text ?? '')) && (ARTICLES.has(tokens[i + 1]?.key ?? '') || isTitleWord(tokens[i + 1]));
      if ((!isTitleWord(token) && !portfolioAdjective && !portfolioAcronym && !nationalityAfterHead && !frenchTo) || (token.possessive && !isPeoplesInName(token, tokens[i + 1]))) break;
      // « entre les ministres des affaires étrangères et le secrétaire d’État adjoint Stephen Biegun »: an article after
      // "and" that opens another office is another person's title ("Minister for Trade and the Pacific" goes on).
      if (ARTICLES.has(token.key) && AND.has(tokens[i - 1]?.key ?? '') && isTitleHead(tokens[i + 1])) break;
      if (isTitleHead(token)) start = i;
      i--;
    }
    if (start === -1) return -1;
    // Heads found; widen to the earliest head/modifier whose chain reaches `end`.
    let earliest = start;
    for (let k = start; k > i; k--) {
      const token = tokens[k] as Token;
      if (isTitleHead(token) || isTitleModifier(token)) earliest = k;
    }
    start = earliest;
    i = start - 1;
    // Portfolio words before the head: "Defence Secretary", "External Affairs Minister".
    while (i >= floor && isTitleWord(tokens[i]) && !isConnector(tokens[i]) && !(tokens[i] as Token).possessive && /^\p{Lu}/u.test((tokens[i] as Token).text)) {
      start = i;
      i--;
    }
  }
  // Extend over modifiers and "Deputy Prime Minister and Minister for …".
  while (i >= floor) {
    const token = tokens[i] as Token;
    if (token.possessive) break;
    if (isTitleModifier(token) || isTitleHead(token)) {
      start = i;
      i--;
      continue;
    }
    if ((token.key === 'and' || token.key === 'et') && isTitleHead(tokens[i - 1])) {
      i--;
      continue;
    }
    break;
  }
  while (isConnector(tokens[start]) && start < end - 1) start++;
  // "Australian counterpart": the country adjective belongs to the title.
  const adjective = tokens[start - 1];
  if (COUNTERPART.has(tokens[start]?.key ?? '') && start - 1 >= floor && adjective?.isWord && !adjective.possessive && isCountryWord(adjective.text)) start--;
  return start;
}

/** "Title, Name" (with `afterComma`) or "Title Name" / "Title of Country Name". */
/** The first token of the paragraph (blank-line bounded) that holds tokens[index]: a title never crosses one. */
function paragraphFloor(text: string, tokens: readonly Token[], index: number): number {
  let i = index;
  for (let guard = 0; i > 0 && guard < 40; guard++, i--) {
    const previous = tokens[i - 1] as Token;
    const current = tokens[i] as Token;
    if (current.newlineBefore && /\n[ \t\u00a0]*\r?\n/.test(text.slice(previous.end, current.start))) break;
  }
  return i;
}

/** A French adjective of a region or city, in lower case: genevois, vaudoise, québécois, bavarois, catalan, flamand. */
const REGIONAL_ADJECTIVE = /^\p{Ll}[\p{Ll}’'-]*(?:ois|oise|ais|aise|ien|ienne|ain|aine|and|ande|an|ane)$/u;

/** A list of people is no office: "other Ministers including Mr Kerin, Mr Hand and Mr Dawkins" (DFAT, 1991). */
const NOT_AN_OFFICE = /(?<![\p{L}])(?:including|such\s+as|notamment|among|parmi|Mr|Mrs|Ms|Dr|M\.|Mme)(?![\p{L}])/u;

/**
 * "People’s" inside a state's or body's name is no possessive that ends an office: "the President of the People’s Republic
 * of China, His Excellency Xi Jinping" (Sierra Leone's State House, 2024, round 36), "People’s Liberation Army".
 */
function isPeoplesInName(token: Token, next: Token | undefined): boolean {
  return token.key === 'people' && next !== undefined && /^(?:republic|democratic|liberation|party|assembly|congress|bank|political|armed)$/u.test(next.key);
}

function titleBefore(text: string, tokens: readonly Token[], run: NameRun, afterComma: boolean): TitleFound | null {
  const found = titleBeforeName(text, tokens, run, afterComma);
  if (found === null || NOT_AN_OFFICE.test(found.title)) return null;
  // A party's leadership joined to an office: "Fine Gael Leader and Minister for Social Protection Leo Varadkar" — the office
  // is the title (round 14), as "the Hamas Leader Ismail Haniyeh" (round 20) has the leadership alone.
  const office = LEADER_AND.exec(found.title);
  if (office) return { ...found, title: found.title.slice(office[0].length) };
  // The office without the article elided onto it: « l’ambassadeur Ahmed Salama » is an ambassadeur (round 36).
  const elided = /^[LlDd]['’](?=\p{L})/u.exec(found.title);
  return elided ? { ...found, title: found.title.slice(elided[0].length) } : found;
}

const LEADER_AND = /^(?:\S+\s+)*?(?:Leader|leader|dirigeante?)\s+(?:and|&|et)\s+(?=\p{L})/u;

function titleBeforeName(text: string, tokens: readonly Token[], run: NameRun, afterComma: boolean): TitleFound | null {
  let k = run.mentionFirst - 1;
  const before = tokens[k];
  if (!before) return null;
  const floor = paragraphFloor(text, tokens, k);
  if (before.text === ',') {
    if (!afterComma) return null;
    // A body named before the next person's office is no one: "foreign ministers and senior officials of the eleven other Americas
    // Partnership countries, IDB Lab Chief Executive Officer Irene Arias" (White House, 2024, round 148).
    if (!run.hasHonorific && (isTitleHead(tokens[run.last]) || (isTitleModifier(tokens[run.last]) && isTitleWord(tokens[run.last + 1])))) return null;
    // "Secretary General of the North Atlantic Treaty Organization (NATO), Mark Rutte": step over the acronym.
    let titleEnd = k;
    // Also a word the text glosses the office with: « le premier ministre (Taoiseach), M. Enda Kenny » (NATO, 2013).
    if (tokens[k - 1]?.text === ')' && tokens[k - 3]?.text === '(' && /^\p{Lu}(?:\p{Lu}{1,7}|\p{Ll}{2,15})$/u.test(tokens[k - 2]?.text ?? '')) titleEnd = k - 3;
    const start = titleStartBefore(tokens, titleEnd, true, floor);
    if (start >= 0 && titleEnd !== k) {
      const title = joinTokens(text, tokens, start, titleEnd);
      return { title, country: countryBefore(text, tokens, start - 1) ?? titleCountry(title) };
    }
    if (start < 0) return null;
    // A person styled by office and surname, listed before this one: "Secretary Rubio, Special Envoy Witkoff, Mr. Jared Kushner, and
    // Secretary Driscoll" (White House, 2025, round 142) — "Special Envoy Witkoff" is Witkoff, not Kushner's office.
    const last = tokens[k - 1];
    // (Not a nationality: « le président Français, Emmanuel Macron ».)
    if (k - 1 > start && last?.isWord && !isTitleWord(last) && isTitleHead(tokens[k - 2]) && /^\p{Lu}\p{Ll}/u.test(last.text) && !isCountryWord(last.text)) return null;
    const title = joinTokens(text, tokens, start, k);
    return { title, country: countryBefore(text, tokens, start - 1) ?? titleCountry(title) };
  }
  // A title on the line above belongs to the previous name of a header block, not to this one.
  if (afterComma || tokens[run.mentionFirst]?.newlineBefore) return null;
  // "Secretary General of the European External Action Service (EEAS) Stefano Sannino" (FENA, 2021, round 51): the office's
  // acronym in brackets before the name, stepped over as after a comma.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}{2,8}$/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 3]?.isWord) {
    k -= 3;
    // The office may end on its body's name ("… of the European External Action Service"), read as after a comma.
    const start = titleStartBefore(tokens, k + 1, true, floor);
    if (start >= 0) {
      const title = joinTokens(text, tokens, start, k + 1);
      return { title, country: countryBefore(text, tokens, start - 1) ?? titleCountry(title) };
    }
    if (!isTitleWord(tokens[k])) return null;
  }
  const end = k;
  // An office held at a named body: "Minister of State for the Middle East … at the United Kingdom's Foreign, Commonwealth and
  // Development Office Lord Tariq Ahmed" (Qatar News Agency, 2023, round 72): the body is stepped over to reach the office.
  const at = namedBodyAfterAt(tokens, k);
  if (at !== null) k = at - 1;
  // "Prime Minister of India Shri Narendra Modi": step over "of (the) <Country>" to reach the title.
  const country = countryPhraseEndingAt(text, tokens, k);
  if (country !== null) k = country.ofIndex - 1;
  // Two of them: "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Kyrgyzstan Nikolai Udovichenko".
  const sending = country !== null ? countryPhraseEndingAt(text, tokens, k) : null;
  if (sending !== null) k = sending.ofIndex - 1;
  let last = tokens[k];
  // « son homologue japonaise Yoko Kamikawa »: the adjective follows the head in French.
  // « le président ukrainien Petro Poroshenko », « son homologue japonaise Yoko Kamikawa »: the
  // adjective of nationality follows the head in French; it belongs to the title and gives the country.
  let adjectiveCountry: string | null = null;
  // After a whole office too: « le secrétaire d’Etat américain Rex Tillerson », « le président de la République française
  // Emmanuel Macron » (a Togolese release and a US embassy's French readout outside the corpus); the head is checked below.
  if (last?.isWord && isCountryWord(last.text) && (COUNTERPART.has(tokens[k - 1]?.key ?? '') || isTitleHead(tokens[k - 1]) || (isTitleWord(tokens[k - 1]) && /^\p{Ll}/u.test(last.text)))) {
    adjectiveCountry = canonicalCountry(last.text);
    last = tokens[--k];
  } else if (last?.isWord && isCountryWord(last.text) && /^\p{Ll}/u.test(last.text) && /^\p{Lu}{2,6}$/u.test(tokens[k - 1]?.text ?? '') && /^(?:du|de|of)$/.test(tokens[k - 2]?.key ?? '') && isTitleWord(tokens[k - 3])) {
    // A ministry's acronym before the nationality: « le secrétaire général du MAE français François Delattre » (State
    // Department, French).
    adjectiveCountry = canonicalCountry(last.text);
    k -= 3;
    last = tokens[k];
  } else if (last?.isWord && REGIONAL_ADJECTIVE.test(last.text) && isTitleWord(tokens[k - 1]) && !isTitleWord(last)) {
    // « le président du Conseil d’État genevois Antonio Hodgers » (a Swiss release outside the corpus): an adjective of a
    // region or city, in lower case, closes the office as a nationality does, without naming a country.
    last = tokens[--k];
  } else if (last?.isWord && /^\p{Lu}{2,6}$/u.test(last.text) && tokens[k - 1]?.key === 'of' && isTitleHead(tokens[k - 2])) {
    // An organisation's acronym closes the office: "President of PABSEC Maja Gojkovic and Secretary General of PABSEC Asaf
    // Hajiyev" (IPA CIS, 2016, round 64).
    k -= 2;
    last = tokens[k];
  }
  if (!last || !last.isWord || !isTitleWord(last) || isConnector(last)) return null;
  const start = titleStartBefore(tokens, k + 1, false, floor);
  if (start < 0) return null;
  const title = joinTokens(text, tokens, start, end + 1);
  return { title, country: countryBefore(text, tokens, start - 1) ?? adjectiveCountry ?? titleCountry(title) };
}

/**
 * "at the Foreign, Commonwealth and Development Office" ending at tokens[end], after an office's word: the index of "at", or
 * null. The body is capitalised words, with "of", "for", "and", "&", commas and a possessive between them.
 */
const BODY_END = new Set(['office', 'ministry', 'department', 'embassy', 'commission', 'council', 'mission', 'secretariat', 'agency', 'bank', 'organization', 'organisation', 'nations', 'union', 'court', 'parliament', 'assembly', 'presidency', 'cabinet', 'service']);

function namedBodyAfterAt(tokens: readonly Token[], end: number): number | null {
  // "… at the Foreign Office Secretary James Cleverly": an office after the body is the title itself.
  if (!/^\p{Lu}/u.test(tokens[end]?.text ?? '') || isTitleHead(tokens[end])) return null;
  for (let i = end - 1; i >= Math.max(1, end - 12); i--) {
    const token = tokens[i] as Token;
    if (token.key === 'at') {
      const first = tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
      const body = tokens.slice(first, end + 1);
      return first <= end && /^\p{Lu}/u.test(tokens[first]?.text ?? '') && tokens[i - 1]?.isWord === true && body.some((t) => BODY_END.has(t.key)) ? i : null;
    }
    if (!(token.isWord ? /^\p{Lu}/u.test(token.text) || token.key === 'of' || token.key === 'for' || token.key === 'and' || token.key === 'the' : token.text === ',' || token.text === '&')) return null;
  }
  return null;
}

/** "… of (the) Republic of India" ending at tokens[end]: the index of its first "of", or null. */
const FORMAL_STATE = /^(?:(?:Arab|Islamic|Federal|Democratic|Hashemite|Socialist|Plurinational|Bolivarian|Co-operative|Cooperative|Federative|Independent|Oriental|Syrian|United)\s+){0,2}(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Grand\s+Duchy|Commonwealth|Federation)\s+of\s+(?:the\s+)?/u;

function countryPhraseEndingAt(text: string, tokens: readonly Token[], end: number): { ofIndex: number } | null {
  const last = tokens[end];
  if (!last || !last.isWord) return null;
  // « le ministre des affaires étrangères d’Arménie Zohrab Mnatsakanyan »: the elided de stays on the country's token.
  const elided = /^d['’](\p{Lu}.*)$/u.exec(last.text)?.[1];
  if (elided !== undefined && canonicalCountry(elided) !== null) return { ofIndex: end };
  if (!/^\p{Lu}/u.test(last.text)) return null;
  // The farthest "of" that still opens a country's whole name: "President of the Republic of Indonesia Joko Widodo"
  // is "of the Republic of Indonesia", not "of Indonesia" (which would leave "Republic" outside the title).
  let found: { ofIndex: number } | null = null;
  for (let i = end - 1; i >= Math.max(0, end - 8); i--) {
    const token = tokens[i] as Token;
    // "Ambassador to Mexico Ken Salazar" as "Ambassador of Mexico"; "Special Representative for the DPRK Sung Kim" (State
    // Department, 2022).
    // Also "his counterpart from Uzbekistan Bakhtiyor Saidov" (24.kg, 2025), "the Ambassador Extraordinary and Plenipotentiary of
    // the Russian Federation to Kyrgyzstan Nikolai Udovichenko" (24.kg, 2020; both round 60).
    if (token.key !== 'of' && token.key !== 'du' && token.key !== 'de' && !((token.key === 'to' || token.key === 'for' || token.key === 'from') && (isTitleHead(tokens[i - 1]) || (token.key === 'to' && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && tokens.slice(Math.max(0, i - 10), i).some((t) => isTitleHead(t)))))) continue;
    // A state's formal name the country list does not hold: "the Arab Republic of Egypt", "the State of Qatar", "the
    // Hashemite Kingdom of Jordan" (a three-leader joint statement's signature block outside the corpus).
    const phrase = text
      .slice((tokens[i + 1] as Token).start, last.end)
      .replace(/^(?:(?:the|la)(?:\s+|$)|l['’]\s*)/i, '')
      .replace(FORMAL_STATE, '');
    if (isWholeCountry(phrase)) found = { ofIndex: i };
  }
  return found;
}

/** Memo of isWholeCountry (bounded: started again past 10,000 phrases). */
const wholeCountryCache = new Map<string, boolean>();

/**
 * Is `phrase` exactly one country's name, by findCountries? That depends on the phrase alone, and the same few phrases ("Canada",
 * "Foreign Affairs") come back at every titled name: memoised.
 */
function isWholeCountry(phrase: string): boolean {
  let known = wholeCountryCache.get(phrase);
  if (known === undefined) {
    const countries = findCountries(phrase);
    known = countries.length === 1 && countries[0]?.start === 0 && countries[0]?.end === phrase.length;
    if (wholeCountryCache.size >= 10_000) wholeCountryCache.clear();
    wholeCountryCache.set(phrase, known);
  }
  return known;
}

/** "… Löwenstein-Haas of the Federal Republic of Germany" */
function countryAfterName(text: string, tokens: readonly Token[], run: NameRun): string | null {
  const of = tokens[run.last];
  if (!of || (of.key !== 'of' && of.key !== 'du' && of.key !== 'de' && of.key !== 'from') || !adjacent(text, tokens[run.last - 1] as Token, of)) return null;
  const rest = text.slice(of.end, Math.min(text.length, of.end + 60));
  const found = findCountries(rest)[0];
  if (!found) return null;
  const gap = rest.slice(0, found.start).trim().replace(/^(?:(?:the|la)(?:\s+|$)|l['’]\s*)/i, '');
  // "Madam Fekitamoeloa Katoa Utoikamanu of the Kingdom of Tonga" (Ghana MFA, 2023, round 31).
  if (gap !== '' && !FORMAL_STATE_BEFORE_COUNTRY.test(`${gap} `)) return null;
  return found.canonical;
}
const FORMAL_STATE_BEFORE_COUNTRY = new RegExp(`${FORMAL_STATE.source}$`, 'u');

/**
 * Every person-like name in text[from, to). With `withTitles`, names of two words or more also get
 * the title and country their context gives (the costly part, skipped when only names are needed).
 */
/** Longer ranges are read in pieces cut at blank lines (see findPersonMentions). */
const MENTION_CHUNK = 32_000;

export function findPersonMentions(text: string, from: number, to: number, withTitles = true): PersonMention[] {
  // A long text is tokenized one blank-line-bounded piece at a time, so its tokens die young instead
  // of filling the heap (garbage collection was a third of the time on a megabyte). No name, title
  // or appositive runs across a blank line, and real statements are shorter than one piece. Text
  // with no blank line for two pieces (one huge line: not a statement) is cut at a line break or a
  // space instead, which may split a name there but keeps the work linear.
  if (to - from > MENTION_CHUNK) {
    const mentions: PersonMention[] = [];
    let start = from;
    while (start < to) {
      const end = pieceEnd(text, start + MENTION_CHUNK, to);
      for (const mention of mentionsIn(text, start, end, withTitles)) mentions.push(mention);
      start = end;
    }
    return mentions;
  }
  return mentionsIn(text, from, to, withTitles);
}

/** Where a piece that should end after `after` ends: a blank line, else a line break, else a space, within reach. */
function pieceEnd(text: string, after: number, to: number): number {
  if (after >= to) return to;
  const limit = Math.min(to, after + MENTION_CHUNK);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.indexOf(separator, after);
    if (at !== -1 && at < limit) return at;
  }
  return limit;
}

function mentionsIn(text: string, from: number, to: number, withTitles: boolean): PersonMention[] {
  const tokens = tokenize(text, from, to);
  const mentions: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRunAt(text, tokens, i);
    if (!run) continue;
    // « le secrétaire général, M. Stoltenberg »: a surname after an honorific is a person as surely as a full name.
    const wanted = withTitles && (run.wordCount >= 2 || run.hasHonorific);
    // An adjacent title ("Prime Minister of India Shri Narendra Modi") is the surest; then the
    // appositive after the name; then a title before a comma ("Chile’s Minister of …, Name").
    // "Secretary Kerry", "Foreign Minister Lavrov": a surname right after a title head gets that title too.
    // Also "Secretary of State Boucetta", "Minister of State Smith" (FCO, 2018).
    const ofState = tokens[run.mentionFirst - 1]?.key === 'state' && tokens[run.mentionFirst - 2]?.key === 'of' && isTitleHead(tokens[run.mentionFirst - 3]);
    const surnameAfterTitle = withTitles && run.wordCount === 1 && (isTitleHead(tokens[run.mentionFirst - 1]) || ofState) && !(tokens[run.last - 1] as Token).possessive;
    const adjacentLeft = wanted || surnameAfterTitle ? titleBefore(text, tokens, run, false) : null;
    // French news style names the office first: « le premier ministre monténégrin, M. Djukanovic, le secrétaire
    // général, M. Stoltenberg »: after « M. » or « Mme » the title before the comma is the person's, and one after
    // the name is the next person's.
    const officeFirst = wanted && !adjacentLeft && /^(?:m|mme)$/.test(tokens[run.mentionFirst]?.key ?? '');
    const commaLeft = officeFirst ? titleBefore(text, tokens, run, true) : null;
    const right = wanted && !adjacentLeft && !commaLeft ? titleAfter(text, tokens, run) : null;
    const left = commaLeft ?? (adjacentLeft || right || !wanted || officeFirst ? null : titleBefore(text, tokens, run, true));
    // A senator styled "Senator the Hon." holds that office when the text gives no other: "Senator the Hon. Ronald Duncombe" in an
    // "In attendance:" list (The Bahamas' MFA, 2025, round 119).
    // Only the full style: "Senator Bob McMullan" met by the Minister stays as the text gives him (a quotation of no one's is not his).
    const senator = wanted && !(adjacentLeft ?? right ?? left) && SENATOR_STYLE.test(tokens[run.mentionFirst]?.key ?? '') && /^(?:the|\.)$/u.test(tokens[run.mentionFirst + 1]?.key ?? '') ? { title: (tokens[run.mentionFirst] as Token).text.replace(/^Sen$/u, 'Senator'), country: null } : null;
    const found = adjacentLeft ?? right ?? left ?? senator;
    const firstToken = tokens[run.first] as Token;
    const lastToken = tokens[run.last - 1] as Token;
    mentions.push({
      name: run.name,
      wordCount: run.wordCount,
      start: firstToken.start,
      end: lastToken.end,
      title: found?.title ?? null,
      country: found?.country ?? (wanted ? countryAfterName(text, tokens, run) : null),
      hasHonorific: run.hasHonorific,
    });
    i = run.last - 1;
  }
  return mentions;
}

const mentionCache = new WeakMap<Statement, readonly PersonMention[]>();

/** The people named in the body, with titles (computed once per statement: quotes resolve speakers with it). */
export function bodyPersonMentions(statement: Statement): readonly PersonMention[] {
  const cached = mentionCache.get(statement);
  if (cached) return cached;
  const mentions = findPersonMentions(statement.text, bodyStart(statement), bodyEnd(statement));
  mentionCache.set(statement, mentions);
  return mentions;
}

/**
 * English given names and the short forms a title line uses for them: "Bilateral Meeting Between President Joe Biden
 * and …" over "President Joseph R. Biden, Jr. of the United States …" (White House, 2023) is one person.
 */
const SHORT_GIVEN_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    joe: ['joseph'], bill: ['william'], billy: ['william'], bob: ['robert'], bobby: ['robert'], rob: ['robert'], jim: ['james'],
    jimmy: ['james'], mike: ['michael'], mick: ['michael'], tony: ['anthony', 'antony'], tom: ['thomas'], dick: ['richard'],
    rick: ['richard'], liz: ['elizabeth'], beth: ['elizabeth'], dan: ['daniel'], dave: ['david'], steve: ['stephen', 'steven'],
    sam: ['samuel'], chris: ['christopher'], nick: ['nicholas'], alex: ['alexander'], andy: ['andrew'], pete: ['peter'],
    ed: ['edward'], ted: ['edward'], matt: ['matthew'], tim: ['timothy'], greg: ['gregory'], jeff: ['jeffrey', 'geoffrey'],
    ron: ['ronald'], don: ['donald'], ken: ['kenneth'], larry: ['lawrence'], jerry: ['gerald'], chuck: ['charles'],
    charlie: ['charles'], kate: ['katherine', 'catherine'], cathy: ['catherine'], sue: ['susan'], jenny: ['jennifer'],
    vicky: ['victoria'], becky: ['rebecca'], pat: ['patrick', 'patricia'], harry: ['henry'], jack: ['john'], johnny: ['john'],
  }),
);

const fullNameKeyCache = new Map<string, ReadonlySet<string>>();

/**
 * The folded words of a name, with the parts of its hyphenated words: a part of a hyphenated given name stands for it ("Manuel
 * Barroso" after "José-Manuel Barroso", Swiss FDFA, 2010, round 86). A pure function of the name (nameKeys is), memoised
 * (bounded, as nameKeys is): isSameOrShorterName compares every mention with every draft and rebuilt this set each time.
 */
function fullNameKeySet(full: string): ReadonlySet<string> {
  let keys = fullNameKeyCache.get(full);
  if (keys === undefined) {
    keys = new Set(nameKeys(full).flatMap((key) => (key.includes('-') ? [key, ...key.split('-')] : [key])));
    if (fullNameKeyCache.size >= 10_000) fullNameKeyCache.clear();
    fullNameKeyCache.set(full, keys);
  }
  return keys;
}

/** Does every word of `short` occur in `full`? ("Echeverría Ruiz" in "Tomás Echeverría Ruiz", "Joe Biden" in "Joseph R. Biden, Jr.") */
export function isSameOrShorterName(short: string, full: string): boolean {
  const fullKeys = fullNameKeySet(full);
  const shortKeys = nameKeys(short);
  return shortKeys.length > 0 && shortKeys.every((key) => fullKeys.has(key) || (SHORT_GIVEN_NAMES.get(key)?.some((given) => fullKeys.has(given)) ?? false));
}

/** "Korea counterparts": the words before "counterpart(s)" (global only to start at counterpartMatchFloor). */
const COUNTRY_BEFORE_COUNTERPART = /([\p{L}\p{M}’'\- ]{2,60}?)\s+counterparts?\b/gu;

/**
 * No match of COUNTRY_BEFORE_COUNTERPART in `text` starts before the index returned (-1: there is none), so exec from there
 * finds the same first match as exec from 0 (the pattern looks at nothing before its start), without trying the lazy run at
 * every position of a long sentence. A match at p takes the literal "counterpart" at some c after a whitespace run
 * text[q, c) with q ≤ p + 60, so p ≥ w(c) − 60, where w(c) is where the maximal whitespace run ending at c starts; the
 * first occurrence c1 that has whitespace before it has the smallest w (a later one's run starts after c1's letters).
 */
function counterpartMatchFloor(text: string): number {
  for (let at = text.indexOf('counterpart'); at !== -1; at = text.indexOf('counterpart', at + 1)) {
    if (at === 0 || !/\s/u.test(text.charAt(at - 1))) continue;
    let runStart = at - 1;
    while (runStart > 0 && /\s/u.test(text.charAt(runStart - 1))) runStart--;
    return Math.max(0, runStart - 60);
  }
  return -1;
}

/** "Republic of Korea counterparts, Minister …" gives the country of the people that follow. */
function counterpartCountry(text: string, sentenceStart: number, mentionStart: number): string | null {
  const before = text.slice(sentenceStart, mentionStart);
  // Both patterns need one of these words (a plain search first: most names have neither before them).
  if (!before.includes('counterpart') && !before.includes('homologue')) return null;
  const from = counterpartMatchFloor(before);
  COUNTRY_BEFORE_COUNTERPART.lastIndex = from;
  const match = from < 0 ? null : COUNTRY_BEFORE_COUNTERPART.exec(before);
  if (match) {
    const countries = findCountries(match[1] ?? '');
    if (countries.length > 0) return countries[countries.length - 1]?.canonical ?? null;
  }
  // « son homologue marocain, Name », « son homologue du Maroc », "his counterpart from Morocco, Name".
  const after = /(?:homologues?|counterparts?)\s+(?:(?:from|of|du|de\s+la|de\s+l[’']|des|de)\s*)?([\p{L}\p{M}’'-]+(?:\s+[\p{L}\p{M}’'-]+)?)\s*,[^,]{0,40}$/u.exec(before.slice(-100));
  if (after) return findCountries(after[1] ?? '')[0]?.canonical ?? null;
  return null;
}

/** A statement is a few thousand characters; counting countries further in adds nothing. */
const HOME_COUNTRY_WINDOW = 50_000;

/** "invasion of Ukraine", "assistance to Ukraine", "in Tonga": places and beneficiaries, not the issuer. */
const NOT_ISSUER_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:of|to|against|in|into|on|from|at|with|de|du|des|à|au|aux|en|contre)\s+(?:the\s+|la\s+|le\s+|l['’])?$`, 'iu');

/** "discussed a range of issues, including Iran, Syria, and the People's Republic of China": a list of topics, not actors. */
const TOPIC_LIST_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:including|such\s+as|notamment|y\s+compris)\s+(?:[^.;:]{0,80}?,\s*(?:and\s+|et\s+)?)?(?:the\s+|la\s+|le\s+|l['’])?$`, 'iu');

/**
 * The issuing country, for participants whose country the text takes for granted ("Mélanie Joly,
 * Minister of Foreign Affairs"): the country named most often as an actor, leaving out countries
 * already given to other participants, the targets of condemnations, and places or beneficiaries.
 */
/** The counterparts' nationalities: « avec ses homologues égyptien, libanais, mauritanien … » (Tunisian MFA, 2021, round 29). */
const COUNTERPARTS_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:homologues?|counterparts?)\s+(?:[\p{L}-]+\s*(?:,|et|and)\s*)*$`, 'iu');

/** "on the margins of the G7 Summit in Hiroshima, Japan" (PMO, 2023): a city's country is where, not who. */
const CITY_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]+,\s*$/u;

/**
 * TOPIC_LIST_BEFORE and COUNTERPARTS_BEFORE behind literal superset tests (the same `i` without `u`): every match of the first holds
 * "including", "such as", « notamment » or « y compris », every match of the second "homologue" or "counterpart". Plain
 * alternations, where the patterns try their lookbehind at every position of the window.
 */
const TOPIC_LIST_KEY = /including|such\s+as|notamment|y\s+compris/i;
const COUNTERPARTS_KEY = /homologue|counterpart/i;
const isTopicListBefore = (before: string): boolean => TOPIC_LIST_KEY.test(before) && TOPIC_LIST_BEFORE.test(before);
const isCounterpartsBefore = (before: string): boolean => COUNTERPARTS_KEY.test(before) && COUNTERPARTS_BEFORE.test(before);

function homeCountry(text: string, taken: ReadonlySet<string>, targets: ReadonlySet<string>): string | null {
  const window = text.length > HOME_COUNTRY_WINDOW ? text.slice(0, HOME_COUNTRY_WINDOW) : text;
  // (The whole text's countries are usually known already: the person finder read them.)
  const mentions = (window === text ? findCountriesOfText(text) : findCountries(window)).filter((m) => !taken.has(m.canonical) && !targets.has(m.canonical));
  const actors = mentions.filter(
    (m) =>
      !NOT_ISSUER_BEFORE.test(window.slice(Math.max(0, m.start - 20), m.start)) &&
      !isTopicListBefore(window.slice(Math.max(0, m.start - 100), m.start)) &&
      !isCounterpartsBefore(window.slice(Math.max(0, m.start - 160), m.start)) &&
      // (CITY_BEFORE needs a comma: a plain search first, as it tries its capital and run at every position.)
      !(window.slice(Math.max(0, m.start - 40), m.start).includes(',') && CITY_BEFORE.test(window.slice(Math.max(0, m.start - 40), m.start))),
  );
  return mostFrequent(actors.length > 0 ? actors : mentions);
}

function mostFrequent(mentions: readonly CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    counts.set(mention.canonical, (counts.get(mention.canonical) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [country, count] of counts) {
    if (count > bestCount) {
      best = country;
      bestCount = count;
    }
  }
  return best;
}

function containingSentence(statement: Statement, offset: number): SourceSpan | null {
  const sentence = statement.sentences[indexOfSpanAt(statement.sentences, offset)];
  return sentence ? { start: sentence.start, end: sentence.end } : null;
}

/**
 * A person named as the one a letter, support or sympathy goes to, or as the author of efforts, remarks or a
 * plan the parties speak about (« ont salué les efforts continus déployés par le président Trump »), or one an honour is
 * conferred on ("looked forward to conferring on NSW Governor, Professor Marie Bashir the National Order of the Cedar",
 * PMO Australia, 2012), or one a leader will send: "The Prime Minister said he would ask his AUKUS Adviser, Sir Stephen
 * Lovegrove, to travel to Australia" (No 10, 2025), with only their title between.
 */
const ADDRESSEE_BEFORE =
  caselessPattern(String.raw`(?<![\p{L}])(?:(?:comments|remarks|statements?|declarations?|threats)\s+(?:made\s+|issued\s+)?(?:by|from)|(?:forward\s+to|hâte\s+d['’])\s*(?:welcoming|hosting|receiving|accueillir|recevoir)|made\s+by|(?:put\s+forward|proposed|brokered|tabled|set\s+out|outlined)\s+by|(?:confer(?:s|red|ring)?|bestow(?:s|ed|ing)?)\s+(?:up)?on|(?:would|will|to)\s+(?:ask|instruct|task|send|dispatch)\s+(?:his|her|their|its)|efforts?\s+(?:[\p{L}\p{M}-]+\s+){0,3}?(?:by|par)|(?:attacks?|attempt|assault)\s+(?:on|against)|(?:assassination|killing|murder|death|passing|loss|memory|funeral|detention|arrest|kidnapping|abduction|imprisonment|sentencing|release)\s+of|(?:attentat|attaque)\s+contre|(?:meurtre|assassinat|mort|décès|disparition|mémoire|funérailles|obsèques|détention|arrestation|enlèvement|libération)\s+(?:de|du|d['’])|` +
    // "The Nordic-Baltic countries support the statement by EU High Representative … Kaja Kallas" (Sweden, 2025, round 28), "I
    // welcome the statement from His Excellency David Panuelo, President of the Federated States of Micronesia" (PIF Chair, 2022,
    // round 73).
    // "Minister Shahid delivered a Letter from His Excellency President Ibrahim Mohamed Solih addressed to His Majesty …"
    // (Maldives MFA, 2019, round 26): a letter's author is not at the meeting.
    // « depuis la réélection du Président Emmanuel Macron », « traduire les orientations stratégiques des Présidents Abdelmadjid
    // Tebboune et Emmanuel Macron » (Algeria MFA, 2022, round 24): someone elected, or whose guidance the talks follow.
    String.raw`(?:re-?election|election|inauguration|réélection|élection|investiture)\s+(?:of|du|de\s+la|de)|(?:orientations|directives|instructions|guidance|vision)\s+(?:stratégiques\s+|strategic\s+)?(?:of|des|du|de\s+la)|`+String.raw`spokes(?:person|man|woman)\s+(?:of|for)|administrations?\s+of|` +
    // "the humanitarian aid … was delivered to the interim President Juan Guaidó" (OAS, 2019, round 31): a recipient. Also a
    // letter's addressee: "OSCE Representative on Freedom of the Media Dunja Mijatović today wrote to Foreign Minister Nikola
    // Poposki in Skopje" (OSCE, 2015, round 71).
    String.raw`(?:was|were|been|being)\s+(?:delivered|handed\s+over|donated|sent|shipped)\s+to|`+String.raw`(?:message|signal)\s+(?:[\p{L}\p{M}-]+\s+){0,4}?(?:to|au|à)|porte-parole\s+(?:de|du)|support\s+(?:of\s+(?:[\p{L}\p{M}'’-]+\s+){1,6}?)?(?:for|to)|letter\s+(?:to|addressed\s+to)|wrote\s+(?:(?:a|an)\s+(?:[\p{L}-]+\s+)?letter\s+)?to|(?:delivered|handed(?:\s+over)?|conveyed|transmitted|passed\s+on|presented|remis|transmis)\s+(?:a|the|une|un|la|le)\s+(?:letter|message|invitation|lettre)\s+(?:from|de|du)|(?:message|letter|lettre)\s+(?:that|which|from|qu['’]|que)|(?:conveyed|transmitted|passed\s+on|delivered|extended)\s+(?:the\s+|warm\s+|warmest\s+|sincere\s+|best\s+)*(?:congratulations|greetings|regards|wishes|felicitations)\s+(?:of|from)|condolences\s+to|sympathy\s+to|soutien\s+(?:à|au|aux)|lettre\s+(?:adressée\s+)?(?:à|au|aux)|condoléances\s+(?:à|au|aux)|sympathie\s+(?:à|au|aux))\s+(?:(?:the|his|her|their|la|le|les|l['’]|son|sa|ses|leur)\s+)?(?:[\p{L}\p{M}.'’-]+,?\s+){0,12}?$`, 'iu');

/** A label line that names the text's speaker: "Remarks by President Donald Tusk (25 November 2018).", « Allocution de … ». */
export const SPEAKER_LABEL = caselessPattern(String.raw`^[\s\u00a0]*(?:remarks|statement|speech|address|declaration|déclaration|allocution|discours|intervention)\s+(?:by|of|de|du)\s`, 'iu');

/**
 * Someone met at an earlier occasion the sentence recalls in the pluperfect: « Lundi, le secrétaire général avait prononcé
 * un discours … et s'était entretenu avec le ministre des Affaires étrangères, Dominic Raab, et le ministre de la
 * Défense, Ben Wallace » (NATO, outside the corpus), "had met with … the day before".
 */
const MET_EARLIER_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:s['’]étai(?:t|ent)\s+entretenue?s?|avai(?:t|ent)\s+(?:rencontré|reçu|accueilli|eu\s+un\s+entretien)|had\s+(?:(?:earlier|previously|already)\s+)?(?:met|spoken|talked|held\s+talks)|recall(?:ed|s)?\s+(?:that\s+)?(?:he|she|they|we|I)\s+(?:had\s+)?(?:met|spoke|talked))(?![\p{L}])[^.;]{0,160}$|` +
    // "as follow up to the May 26, 2023 call between President of Guatemala Alejandro Giammattei and Vice President of the United
    // States Kamala Harris, … led a high-level delegation … to meet with President Giammattei" (White House, 2023, round 84).
    // « Cette séance de travail interministérielle, qui succède aux échanges entre l’émissaire du président français, Jean-Baptiste
    // Lemoyne et le président Patrice Talon » (Fraternité, Benin, 2018, round 125). "Their meeting followed up on the September 9 phone call
    // between President Biden and President Xi" (White House, 2021, round 150).
    String.raw`(?<![\p{L}])(?:succède|succédait|fait\s+suite|faisait\s+suite|faisant\s+suite)\s+(?:aux|au|à\s+la|à\s+l['’])\s*(?:[^.;]{0,30}?\s)?(?:échanges|entretiens?|rencontres?|audiences?|visites?|réunions?|discussions|pourparlers)\s+(?:entre|avec)\s+[^.;]{0,120}$|` +
    String.raw`(?<![\p{L}])(?:as\s+(?:a\s+)?)?follow(?:[\s-]?up|ing\s+up|ed\s+up|s\s+up)\s+(?:to|on)\s+(?:the|their|his|her)\s+(?:[^.;]{0,30}?\s)?(?:call|meeting|conversation|visit|talks)\s+(?:between|with)\s+[^.;]{0,120}$|` +
    // Leaders who directed or agreed something at an earlier summit: "as directed by President Biden and President Xi at the November
    // 2023 Woodside Summit" (White House, 2024, round 154).
    String.raw`(?<![\p{L}])as\s+(?:directed|agreed|tasked|decided|instructed|mandated)\s+by\s+[^.;]{0,80}$|` +
    // "This meeting built on previous high-level meetings led by Dr. Sherwood-Randall and Security Secretary Rosa Icela Rodríguez"
    // (the United States and Mexico, 2023, round 85).
    String.raw`(?<![\p{L}])(?:previous|earlier|prior|past)\s+(?:[\p{L}-]+\s+){0,2}?(?:meetings?|talks|visits?|calls?|consultations|rounds?)\s+(?:led|held|chaired|co-chaired|hosted)\s+by\s+[^;]{0,120}$|` +
    // "The meeting was a logical continuation of the recent discussions held in Reykjavik between Secretary of State Blinken and Foreign
    // Minister Lavrov" (White House, 2021, round 129).
    String.raw`(?<![\p{L}])(?:recent|previous|earlier|prior|past|last)\s+(?:[\p{L}-]+\s+){0,2}?(?:discussions|meetings?|talks|consultations|contacts)\s+(?:held\s+)?(?:in\s+\p{Lu}[\p{L}-]+\s+)?(?:between|with)\s+[^;]{0,120}$|` +
    // "In line with presidential-level discussions between President Donald J. Trump and President Vladimir Putin, the United States
    // facilitated bilateral technical-level talks with the Russian delegation" (White House, 2025, round 134): the talks the text
    // reports follow the leaders' own, which it only invokes.
    // "The meeting followed President Biden’s bilateral meeting with Philippines President Ferdinand R. Marcos, Jr." (White House, 2024,
    // round 135); "During the Prime Minister's recent visit to Pakistan, the Pakistani Prime Minister, Ms Bhutto, had expressed …"
    // (Australian Government, 1989, round 135).
    // Only a meeting that follows another (not "The development follows President Dr Lazarus Chakwera’s meeting with …", the meeting
    // reported, round 126), and another's visit (not "during his recent visit to Jordan, meeting with His Majesty King Abdullah II",
    // the visit reported, DFAT, 2012).
    String.raw`(?<![\p{L}])(?:meeting|call|dialogue|visit|talks)\s+(?:followed|follows|built\s+on|builds\s+on)\s+(?:the\s+|an?\s+)?(?:\p{Lu}[^;]{0,40}?['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?(?:meeting|call|visit|talks|summit|conversation)\s+(?:with|between)\s+[^;]{0,120}$|` +
    String.raw`(?<![\p{L}])during\s+the\s+\p{Lu}[^;,]{0,40}?['’]s\s+(?:recent|previous|earlier|last)\s+visit\s+to\s+[^;]{0,120}$|` +
    String.raw`(?<![\p{L}])(?:in\s+line\s+with|pursuant\s+to|in\s+accordance\s+with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:discussions|talks|conversations?|calls?|understandings?)\s+(?:between|of)\s+[^;]{0,120}$`,
  'iu',
);

/** Is the person mentioned at `mentionStart` addressed or spoken about ("remarks by X" in a sentence), not present? */
/** Up to the name, no clause of its own between ("… the announcement of the ceasefire and met Foreign Minister Eli Cohen" met him). */
const NO_CLAUSE_UP_TO_NAME = String.raw`(?:(?!\s(?:and|et|met|meets|with|avec|held|holds|visited|received)\s)[^.;,:()])`;
// « Le diplomate était porteur d’un message du président João Lourenço à son homologue Faure Gnassingbé » (republicoftogo.com, 2018,
// round 109): the sender of a message carried, in French too.
/**
 * The clause before a name, from the end of a quotation its speaker closes: « "La Belgique condamne avec la plus grande fermeté
 * l'attaque …", a réagi mardi soir via le réseau social X la ministre des Affaires étrangères sortante, Hadja Lahbib » (RTL info,
 * 2024, round 126) names who condemns, not whom.
 */
const SPEAKER_AFTER_QUOTATION = caselessPattern(String.raw`[”»"]\s*,?\s*(?:(?:a|ont)\s+(?:réagi|déclaré|dit|ajouté|affirmé|écrit|tweeté|souligné|indiqué|estimé)|(?:said|says|added|wrote|tweeted|stated|posted))(?![\p{L}])`, 'giu');
function clauseBefore(text: string, from: number, to: number): string {
  const clause = text.slice(from, to);
  if (!/[”»"]/u.test(clause)) return clause;
  let cut = 0;
  SPEAKER_AFTER_QUOTATION.lastIndex = 0;
  for (let match = SPEAKER_AFTER_QUOTATION.exec(clause); match !== null; match = SPEAKER_AFTER_QUOTATION.exec(clause)) cut = match.index + match[0].length;
  return clause.slice(cut);
}
const MESSAGE_FROM_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:(?:messages?|letters?|greetings|gifts?)\s+(?:and\s+(?:a\s+)?[\p{L}-]+\s+)?from|(?:messages?|lettres?|salutations|cadeaux?)\s+(?:(?:écrite?s?|personnel(?:le)?s?|spécia(?:l|le|ux|les)|verba(?:l|le|ux|les)|de\s+félicitations|d['’]amitié)\s+)?(?:de|du|des|d['’]))\s*${NO_CLAUSE_UP_TO_NAME}{0,60}$`, 'iu');
const MESSAGE_FROM_TO_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:messages?|letters?|gifts?)\s+(?:and\s+(?:a\s+)?[\p{L}-]+\s+)?from\s+[^.;:()]{1,100}?\sto\s+${NO_CLAUSE_UP_TO_NAME}{0,40}$`, 'iu');
// Also whose resignation or departure is regretted: "disappointed at the resignation of Joint Special Envoy Kofi Annan" (DFAT, 2012, round 137).
const APPOINTMENT_OF_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:announcement|appointment|nomination|resignation|departure|dismissal)\s+of\s+${NO_CLAUSE_UP_TO_NAME}{0,60}$`, 'iu');
// Not the host of a visit made "at the invitation from" someone.
// Also the one invited to a later meeting: "extended an invitation for Prime Minister Naftali Bennett to meet with him soon at the White
// House" (White House, 2021, round 139).
const INVITATION_FROM_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?<!(?:at|on|upon)\s+the\s+)invitations?\s+(?:from|for)\s+${NO_CLAUSE_UP_TO_NAME}{0,50}$`, 'iu');
const FOLLOWING_VISIT_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:following|after|since)\s+(?:a|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?visit\s+(?:of|by)\s+[^.;,:()]{0,60}$`, 'iu');
/** The visit dated in the past: "… to Fiji in March", "… last year", "… in 2019" (the one after a name and its office, if any). */
const VISIT_IN_PAST_AFTER = caselessPattern(String.raw`^(?:\s*,[^.;,]{1,80},)?\s+to\s+[^.;,]{1,40}?\s(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))(?![\p{L}])`, 'iu');
/** A strike, attack or killing "on" or "of" someone, up to the name (no comma between). */
const ATTACKED_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:(?:(?:air)?strikes?|attacks?|frappes?)\s+(?:(?:carried\s+out|launched|conducted)\s+)?(?:by\s+[^,.;:()]{1,40}?\s+)?(?:on|against|contre)|(?:assassinations?|killing|murder|abduction|kidnapping|assassinat|meurtre)\s+(?:of|de|du))\s+[^,.;:()]{0,50}$`, 'iu');
/**
 * Whose envoy came is not there: « Antoine Ghonda Mangalibi, Ambassadeur Itinérant, envoyé spécial de SE Félix Antoine Tshisekedi
 * Tshilombo, Président de la République Démocratique du Congo » (Gabon's presidency, 2025, round 118), "special envoy of President X".
 * Only honorifics and a head of state's office between: "Special Envoy of the Secretary-General for Yemen Hans Grundberg" is the envoy.
 */
const ENVOY_OF_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:envoy|envoyée?\s+spéciale?|émissaire|emissary)\s+(?:of|de|du)\s+(?:(?:SE|S\.\s?E\.|H\.\s?E\.|His|Her|Excellency|Son|Sa|Excellence|Majesty|Majesté|le|la|the|l['’]|President|Président|Présidente|Prime|Minister|Premier|ministre|King|Roi|Emir|Émir|Sultan)\s*){0,4}$`, 'iu');
/** "on behalf of" or « au nom de » and the office of whom it names, up to the name (no comma between). */
const VICTORY_OF_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:victoire|victory|triumph|triomphe)\s+(?:électorale\s+|electoral\s+)?(?:du|de\s+la|de|d['’]|of)\s*${NO_CLAUSE_UP_TO_NAME}{0,60}$`, 'iu');
const RELATIVE_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:his|her|their|son|sa|ses|leur)\s+(?:late\s+|feue?\s+)?(?:father|mother|son|daughter|husband|wife|grandfather|grandmother|père|mère|fils|fille|époux|épouse)\s*,?\s+(?:(?:the\s+)?(?:late|former)\s+|feue?\s+|l['’]ancien\s+)?(?:[\p{L}-]+\s+){0,3}$`, 'iu');
const POSSESSED = String.raw`(?:shared\s+|joint\s+)?(?:commitments?|decision|vision|leadership|agreement|call|efforts?|initiative|pledge|imperative|position|policy|determination|understandings?)(?![\p{L}])`;
// Also each possessive spelled out: "implementing President Trump’s and President Putin’s agreement to ban strikes" (White House, 2025,
// round 134).
const JOINT_POSSESSIVE_AFTER = caselessPattern(String.raw`^(?:['’]s)?\s+(?:and|et)\s+[^.;,]{1,40}?['’]s\s+${POSSESSED}`, 'iu');
const JOINT_POSSESSIVE_BEFORE = caselessPattern(String.raw`\p{L}['’]s\s+(?:and|et)\s+(?:[\p{L}.-]+\s+){0,3}$`, 'iu');
/** The place a trip went to, before a name: "trip to Abu Dhabi" (round 151); "visit to" too before an untitled name. */
const TRIP_TO_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:trip|travel(?:led|ed)?|journey)\s+to\s+$`, 'iu');
const PLACE_OF_TRIP_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:trip|visit|travel|journey|voyage)\s+to\s+$`, 'iu');
const LOOK_FORWARD_TO_WORK_WITH_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:I|we)\s+(?:also\s+)?look\s+forward\s+to\s+(?:working|continuing\s+(?:this|our|to)\s+work(?:ing)?|continuing\s+to\s+work)\s+(?:closely\s+)?with\s+[^.;]{0,60}$`, 'iu');
const WHEN_I_MET_BEFORE = caselessPattern(String.raw`(?<![\p{L}])when\s+(?:I|we)\s+(?:welcomed|met|hosted|received|visited|spoke\s+with)\s+[^.;]{0,60}$`, 'iu');
const POSSESSIVE_AFTER = caselessPattern(String.raw`^['’]s\s+${POSSESSED}`, 'iu');
/** A month and year: "in January 2023" ends the earlier act the patterns below recall. */
const MONTH_AND_YEAR = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d(?![\p{N}])`;
const ESTABLISHED_BY_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:announced|launched|established|created|founded|set\s+up|unveiled)\s+by\s+[^.;]{0,140}$`, 'iu');
const IN_PAST_MONTH_AFTER = caselessPattern(String.raw`^[^.;]{0,160}?\s+in\s+${MONTH_AND_YEAR}`, 'iu');
/** What ESTABLISHED_IN_PAST_AFTER cannot match without. */
const MAY_BE_ESTABLISHED = /established|launched|created|founded|set\s+up/i;
const ESTABLISHED_IN_PAST_AFTER = caselessPattern(String.raw`^(?:,[^.;]{0,160}?)?\s(?:established|launched|created|founded|set\s+up)\s+the\s+[^.;]{3,100}?\s+in\s+${MONTH_AND_YEAR}`, 'iu');
const ASKED_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:asked|instructed|tasked|directed|dispatched|sent)\s+(?:his|her|their)?\s*(?:[\p{L}.-]+\s+){0,5}$`, 'iu');
const TO_TRAVEL_AFTER = caselessPattern(String.raw`^\s*(?:,[^,]{1,60},\s*)?to\s+(?:visit|travel|go|lead|meet)(?![\p{L}])`, 'iu');
/** What WE_CALL_ON_BEFORE cannot match without (`i` without `u`: only ASCII letters fold, as in its literal words). */
const MAY_CALL_ON = /call|urge|appeal/i;
const WE_CALL_ON_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:we|I)\s+(?:(?:also|again|further|once\s+again|therefore|now|strongly|urgently)\s+)?(?:call\s+(?:up)?on|urge|appeal\s+to)\s+(?:[\p{L}.’'-]+\s+){0,4}$`, 'iu');
/** Whose stance the authors take up again: "The United States reiterated President Donald J. Trump’s imperative that the killing … must stop". */
// Also whose commitment an envoy carries: "met with African Union Commission Chairperson Moussa Faki Mahamat to reinforce President Biden’s
// commitment to Africa" (White House, 2022, round 137).
const REITERATED_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:reiterat(?:ed|es|ing)|echo(?:ed|es|ing)|recall(?:ed|s|ing)|endors(?:ed|es|ing)|reinforc(?:e|ed|es|ing)|convey(?:ed|s|ing)?|underscor(?:e|ed|es|ing)|reaffirm(?:ed|s|ing)?)\s+(?:[\p{L}.-]+\s+){0,4}$`, 'iu');
// A call only: "President Dr Lazarus Chakwera’s meeting with the President of Angola" is the meeting a release reports (MBC, 2023, round 126).
const OTHERS_CALL_WITH_BEFORE = /\p{L}['’]s\s+(?:recent\s+|earlier\s+)?(?:call|conversation)\s+with\s+[^.;]{0,80}$/u;
const WILL_OF_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:volonté|vision|directives|instructions|orientations|hautes\s+orientations)\s+(?:de\s+la|du|des|de|d['’]|of)\s*[^.;:]{0,60}$`, 'iu');
// Also whom another represents: « auquel le chef du gouvernement, Aziz Akhannouch, a représenté Sa Majesté le Roi Mohammed VI » (Le Matin,
// 2026, round 128), "representing His Majesty".
const ON_BEHALF_OF_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:on\s+behalf\s+of|au\s+nom\s+(?:de|du|des)|(?:a|ont)\s+représenté|represent(?:ed|ing))\s+${NO_CLAUSE_UP_TO_NAME}{0,70}$`, 'iu');
function isAddressed(text: string, sentenceStart: number, mentionStart: number, mentionEnd = mentionStart): boolean {
  if (MET_EARLIER_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 200), mentionStart))) return true;
  if (HELD_TO_ACCOUNT_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 60), mentionStart)) && HELD_TO_ACCOUNT_AFTER.test(text.slice(mentionEnd, mentionEnd + 180))) return true;
  if (AUTHOR_OF_EARLIER_TEXT_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 240), mentionStart))) return true;
  const justBefore = text.slice(Math.max(sentenceStart, mentionStart - 80), mentionStart);
  if (VISIT_TO_COME_BEFORE.test(justBefore) || VISIT_PREPARED_BEFORE.test(justBefore) || (VISIT_THAT_BEFORE.test(justBefore) && WILL_MAKE_AFTER.test(text.slice(mentionEnd, mentionEnd + 40)))) return true;
  // "the state visit of Kazakhstan President Nursultan Nazarbayev to China this May" (Kazinform, 2014, round 31): a visit dated ahead.
  if (VISIT_OF_BEFORE.test(justBefore) && VISIT_DATED_AHEAD_AFTER.test(text.slice(mentionEnd, mentionEnd + 160))) return true;
  // "held the II Bi-national Cabinet to be chaired by the Presidents Rafael Correa and Juan Manuel Santos" (Ecuador's foreign
  // ministry, round 38): who will chair an event to come.
  if (TO_BE_CHAIRED_BY_BEFORE.test(justBefore)) return true;
  // Who stands in at home: "While the Chief Executive is away from Macao, the Secretary for Administration and Justice, Ms Chan Hoi
  // Fan, will be the acting Chief Executive" (Macao SAR Government, 2017, round 59).
  if (ACTING_AFTER.test(text.slice(mentionEnd, mentionEnd + 40))) return true;
  // The dead take no part: "Sultan Haji Hassanal Bolkiah … ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien" (Brunei PMO, round 45).
  if (LATE_BEFORE.test(justBefore)) return true;
  // Whose initiative or plan the talks were briefed about is not there: "Foreign Minister Qureshi briefed the Malaysian Foreign
  // Minister about Prime Minister Imran Khan’s initiative for debt relief" (Pakistan MOFA, 2020, round 81).
  if (ABOUT_BEFORE.test(justBefore) && AUTHORED_AFTER.test(text.slice(mentionEnd, mentionEnd + 30))) return true;
  if (LEADERSHIP_OF_BEFORE.test(justBefore)) return true;
  // Whom another acts for is not there: "On behalf of His Majesty Sultan Haitham bin Tarik, H H Sayyid Asaad bin Tarik al Said …
  // received in his office Dr Abdullah Khaleel" (Oman MFA, round 102), « au nom du président X ».
  if (ON_BEHALF_OF_BEFORE.test(justBefore)) return true;
  if (ENVOY_OF_BEFORE.test(justBefore)) return true;
  // Whose victory is recognised: « ont reconnu la victoire du président vénézuélien Hugo Chavez au référendum » (Radio Métropole, Haiti,
  // 2004, round 126), "congratulated X on the victory of President Y".
  if (VICTORY_OF_BEFORE.test(justBefore)) return true;
  // Whose will or vision the talks serve: « cette commission traduit la volonté des chefs d’État des deux pays – le capitaine Ibrahim Traoré
  // et le roi Mohammed VI – de renforcer … » (Kaweru, 2025, round 114).
  if (WILL_OF_BEFORE.test(justBefore)) return true;
  // A relative recalled: "35 years after an address by his father President Chaim Herzog" (White House, 2023, round 130); not a
  // brother, as leaders call each other: « le Président du Bénin, son frère Patrice Talon » (Algeria's presidency, 2023, round 118).
  if (RELATIVE_BEFORE.test(justBefore)) return true;
  // Either side of another call the text recalls: "… Secretary of Defense Lloyd J. Austin’s call with Ukrainian Minister of Defense Oleksii
  // Reznikov on Friday in which he previewed upcoming security assistance plans" (White House, 2022, round 131).
  if (/^['’]s\s+(?:recent\s+|earlier\s+)?(?:call|conversation)\s+with\s/u.test(text.slice(mentionEnd, mentionEnd + 40)) || OTHERS_CALL_WITH_BEFORE.test(justBefore)) return true;
  // Who held the meeting this one followed: "The meeting followed President Biden’s bilateral meeting with …" (White House, 2024, round 135).
  if (/(?<![\p{L}])(?:meeting|call|dialogue|visit|talks)\s+(?:followed|follows|built\s+on|builds\s+on)\s+(?:[\p{L}.-]+\s+){0,2}$/u.test(justBefore) && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|call|visit|talks)\s+with\s/u.test(text.slice(mentionEnd, mentionEnd + 50))) return true;
  // One of two whose joint commitment is reaffirmed: "Mufamadi reaffirmed President Biden and President Ramaphosa’s commitment to
  // strengthen the U.S.-South Africa relationship" (White House, 2022, round 130).
  if (JOINT_POSSESSIVE_AFTER.test(text.slice(mentionEnd, mentionEnd + 80))) return true;
  // Whose part in another, named event is praised: "Mr. Sullivan appreciated Prime Minister Nikol Pashinyan’s participation in The Summit
  // for Democracy" (White House, 2021, round 150); not "… for his participation in today’s meeting".
  if (/^['’]s\s+participation\s+in\s+(?:the\s+|The\s+)?\p{Lu}/u.test(text.slice(mentionEnd, mentionEnd + 40))) return true;
  // Who the author looks forward to working with, in a statement's own voice: "I look forward to working with NATO Secretary General
  // Stoltenberg, our Allies, and with Congress" (White House, 2022), "I look forward to continuing this work with President Tinubu" (2023;
  // rounds 149–150).
  if (LOOK_FORWARD_TO_WORK_WITH_BEFORE.test(justBefore)) return true;
  // Who will travel after the meeting, and whose earlier text the talks took up: "her National Security Advisor, Dr. Phil Gordon, would
  // travel to Israel and the West Bank this week", "the U.S. Strategy to Prevent Conflict and Promote Stability, which President Biden
  // released on March 24" (White House, 2023, round 151).
  // (Only set off by commas and told as another's words, "would": "Minister X will travel to Sydney tomorrow to meet …" is the meeting's own.)
  if (/,\s*(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?$/u.test(justBefore) && /^,\s+would\s+(?:travel|go|head)\s+to\s/u.test(text.slice(mentionEnd, mentionEnd + 30))) return true;
  if (/(?<![\p{L}])(?:which|that)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(justBefore) && /^\s+(?:released|announced|signed|launched|unveiled|issued)\s/u.test(text.slice(mentionEnd, mentionEnd + 20))) return true;
  // Nor the place a trip went to: "Following up on the Vice President’s May 2022 trip to Abu Dhabi, the Vice President reaffirmed …" (White
  // House, 2023, round 151).
  if (TRIP_TO_BEFORE.test(justBefore)) return true;
  // Whom the author welcomed on another occasion: "When I welcomed President Niinistö and Prime Minister Andersson to the White House last
  // month" (White House, 2022, round 150).
  if (WHEN_I_MET_BEFORE.test(justBefore)) return true;
  // (The anchored test after the name first: most names are no possessive.)
  const possessive = POSSESSIVE_AFTER.test(text.slice(mentionEnd, mentionEnd + 40));
  if (possessive && JOINT_POSSESSIVE_BEFORE.test(justBefore)) return true;
  // Whom the authors call on in their own voice is not at their table: "We call upon President Raisi to seize this opportunity" (France,
  // Germany, the United Kingdom and the United States, 2021, round 136); a readout's "President Biden urged President Xi" names the other
  // side of the call, and stays.
  if (MAY_CALL_ON.test(justBefore) && WE_CALL_ON_BEFORE.test(justBefore)) return true;
  // Whom a leader asked to travel later: "President Biden said he has asked Secretary of State Antony Blinken to visit the region" (White
  // House, 2021, round 139).
  if (ASKED_BEFORE.test(justBefore) && TO_TRAVEL_AFTER.test(text.slice(mentionEnd, mentionEnd + 40))) return true;
  // Who set up the body in a month and year the text recalls: "President Joe Biden, President Andrés Manuel López Obrador, and Prime
  // Minister Justin Trudeau established the Trilateral Fentanyl Committee in January 2023, during the North American Leaders’ Summit"
  // (Mexico, Canada and the United States, 2024, round 136); the committee's meeting is the one reported.
  const after = text.slice(mentionEnd, mentionEnd + 260);
  if (MAY_BE_ESTABLISHED.test(after) && ESTABLISHED_IN_PAST_AFTER.test(after)) return true;
  // The same in the passive: "the inaugural meeting of the Angel Investor Network announced by President Joe Biden, Uruguayan President
  // Luis Lacalle Pou, and Canadian Prime Minister Justin Trudeau in November 2023" (White House, 2024, round 148).
  if (ESTABLISHED_BY_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 160), mentionStart)) && IN_PAST_MONTH_AFTER.test(after)) return true;
  if (possessive && REITERATED_BEFORE.test(justBefore)) return true;
  // Nor whose appointment is announced, whose invitation is carried, or whose earlier visit is recalled: "welcomed the recent announcement
  // of Australia’s new High Commissioner Ewen McDonald to Fiji", "… have increased following a visit by Australian Prime Minister Anthony
  // Albanese to Fiji in March" (Fiji Government, 2023), "verbally extended an invitation from Prime Minister James Marape to Prime
  // Minster Tabimasmas" (PNG, 2024; all round 104).
  if (APPOINTMENT_OF_BEFORE.test(justBefore) || INVITATION_FROM_BEFORE.test(justBefore)) return true;
  // A message or gift carried from someone to someone: neither is there. "the Prime Minister delivered a special message and gift from
  // His Excellency President Paul Kagame to King Letsie III of Lesotho" (Rwanda, 2024, round 106).
  if (MESSAGE_FROM_BEFORE.test(justBefore) || (MESSAGE_FROM_TO_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 160), mentionStart)) && !DURING_THE_MEETING_AFTER.test(text.slice(mentionEnd, mentionEnd + 80)))) return true;
  if (FOLLOWING_VISIT_BEFORE.test(justBefore) && VISIT_IN_PAST_AFTER.test(text.slice(mentionEnd, mentionEnd + 160))) return true;
  // Nor the target of a strike or a killing: "the airstrike carried out by the US on Iranian commander Qasem Soleimani in Iraq"
  // (FCDO, 2020, corpus).
  if (ATTACKED_BEFORE.test(justBefore)) return true;
  // Who is thanked for sending the delegation stayed home: "President López Obrador thanked President Joe Biden for sending the U.S.
  // delegation to Mexico" (Mexico and the United States, 2023, round 87).
  if ((THANKED_BEFORE.test(justBefore) || GRATITUDE_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 180), mentionStart))) && FOR_SENDING_AFTER.test(text.slice(mentionEnd, mentionEnd + 40))) return true;
  // Nor whose words at an earlier visit are recalled: "They noted the firm commitment to NATO expressed by President Trump during the
  // Prime Minister’s recent visit to Washington" (No 10, 2017, round 88).
  if (EXPRESSED_BY_BEFORE.test(justBefore) && EARLIER_OCCASION_AFTER.test(text.slice(mentionEnd, mentionEnd + 80))) return true;
  // Nor who laid out the principles a proposal follows: "a bridging proposal that is consistent with the principles laid out by
  // President Biden on May 31, 2024" (the United States, Egypt and Qatar, 2024, round 91).
  if (LAID_OUT_BY_BEFORE.test(justBefore)) return true;
  // Who an agreement of others binds is not at the table: "welcomed the recent agreement between Türkiye, Sweden and NATO for President
  // Erdoğan to send Sweden’s NATO accession protocol to Turkish parliament" (White House, 2023, round 86).
  if (AGREEMENT_FOR_BEFORE.test(justBefore) && TO_ACT_AFTER.test(text.slice(mentionEnd, mentionEnd + 20))) return true;
  // Nor who launched what the talks are about: "the … committees that President Biden and the Vice President launched in June"
  // (White House, 2022, round 86).
  if (THAT_BEFORE.test(justBefore) && LAUNCHED_AFTER.test(text.slice(mentionEnd, mentionEnd + 60))) return true;
  // Whose invitation or greetings are conveyed is not there: "Minister Balakrishnan also conveyed Prime Minister Lee Hsien Loong’s
  // invitation to Prime Minister Anwar to visit Singapore" (Singapore MFA, 2023, round 77).
  if (CONVEYED_BEFORE.test(justBefore) && SENT_BY_AFTER.test(text.slice(mentionEnd, mentionEnd + 30))) return true;
  const further = text.slice(Math.max(sentenceStart, mentionStart - 180), mentionStart);
  const addressed = ADDRESSEE_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 120), mentionStart)) || (FURTHER_KEY.test(further) && ADDRESSEE_FURTHER_BEFORE.test(further));
  // A message conveyed to someone in the call or meeting the text reports reached a participant: "This message was conveyed to the
  // Assistant Minister for Foreign Affairs Lenora Qereqeretabua during an introductory call received from the Chargé d’affaires …"
  // (Fiji Government, 2023, round 104).
  return addressed && !SPEAKER_LABEL.test(text.slice(sentenceStart, mentionStart)) && !DURING_THE_MEETING_AFTER.test(text.slice(mentionEnd, mentionEnd + 80));
}
const DURING_THE_MEETING_AFTER = caselessPattern(String.raw`^\s*,?\s*(?:during|at|in\s+the\s+course\s+of)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|meeting|talks|visit|audience|conversation)(?![\p{L}])`, 'iu');

/**
 * Someone whose visit to come the leaders discussed is its topic, not present: "discussed the upcoming visit of His Majesty
 * King Charles III", « ont discuté de la visite que Sa Majesté le roi Charles III effectuera au Canada » (PMO, 2025); "during upcoming
 * visits by Secretary Yellen and Secretary Blinken" (White House, 2024, round 140).
 */
// Also whom the visit will see: "looks forward to his upcoming State Visit with His Majesty King Charles III in the United Kingdom later this
// year" (White House, 2025, round 148).
const VISIT_TO_COME_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:upcoming|forthcoming|oncoming|planned|future|coming|next|prochaine|future)\s+(?:(?:state|official|royal|d['’]État|officielle)\s+)?(?:visits?|visites?)\s+(?:of|by|with|de|du|d['’])\s*[^.;,]{0,60}$` +
    // Or the visit's time before its visitor: "welcomed the visit to Israel later this week by Secretary of Defense Lloyd Austin" (White
    // House, 2023, round 155).
    String.raw`|(?<![\p{L}])visits?\s+(?:to\s+\p{Lu}[\p{L}-]*\s+)?(?:later\s+this\s+(?:week|month|year)|next\s+(?:week|month)|this\s+(?:week|month))\s+by\s+[^.;,]{0,60}$`,
  'iu',
);
/** A visit being prepared: "intends to make firm preparations for a visit to Japan this year by H.E. Mr. Narendra Modi" (Japan MOFA, 2018). */
const VISIT_PREPARED_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:preparations?|prepare|preparing|préparatifs|préparer|préparation)\s+(?:for|of|de|du|la)\s+(?:(?:a|an|the|la|une|sa)\s+)?(?:(?:state|official|d['’]État|officielle)\s+)?(?:visit|visite)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:by|of|de|du|par)\s+[^;,]{0,30}$`,
  'iu',
);
const ABOUT_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:about|on|regarding|of)\s+(?:the\s+)?(?:[\p{L}\p{M}.’'-]+\s+){0,5}$`, 'iu');
// Also a leader's agenda a rally supported: "a peaceful rally in Addis Ababa in support of Prime Minister Abiy Ahmed's reform agenda"
// (AU, 2018, round 84).
const AUTHORED_AFTER = /^[’']s?\s+(?:(?:reform|economic|political|development)\s+)?(?:initiative|proposal|plan|vision|call|efforts?|peace\s+plan|agenda|reforms|programme|program|policies)(?![\p{L}])/u;
/**
 * Under whose reign a country prospers is not at the table: "under the leadership of His Highness Sheikh Khalifa bin Zayed Al
 * Nahyan, President of the United Arab Emirates" (Oman MFA, 2021, round 84); "under the leadership of Ditte Juul Jørgensen,
 * European Commission Director General for Energy" (a task force's meeting, 2022) names who led the meeting, and stays.
 */
const THANKED_BEFORE = caselessPattern(String.raw`(?<![\p{L}])thank(?:ed|s)?\s+(?:[\p{L}\p{M}.’'-]+\s+){0,3}$`, 'iu');
// Also thanked, with others, for their efforts: "… and President Donald J. Trump for their tireless efforts aimed at ending the war"
// (the United States and Ukraine, 2025, round 88).
const FOR_SENDING_AFTER = caselessPattern(String.raw`^\s+for\s+(?:sending|dispatching|having\s+sent|their\s+(?:[\p{L}-]+\s+)?(?:efforts|leadership|work))(?![\p{L}])`, 'iu');
const GRATITUDE_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:gratitude|thanks|appreciation)\s+(?:to|for)\s[^.;]{0,150}$`, 'iu');
const LAID_OUT_BY_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:principles|vision|plan|roadmap|framework|proposal)\s+(?:laid\s+out|set\s+out|outlined|put\s+forward|announced|proposed)\s+by\s+(?:[\p{L}\p{M}.’'-]+\s+){0,3}$`, 'iu');
const EXPRESSED_BY_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:expressed|made|given|stated|voiced)\s+by\s+(?:[\p{L}\p{M}.’'-]+\s+){0,3}$`, 'iu');
const EARLIER_OCCASION_AFTER = caselessPattern(String.raw`^\s+(?:during|at|in)\s+(?:the|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:recent|last|earlier|previous)\s+(?:visit|meeting|call|talks|conversation)(?![\p{L}])`, 'iu');
const AGREEMENT_FOR_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:agreement|deal|arrangement|decision)\s+(?:between|by|of|with|among)\s+[^.;]{0,80}?\s+for\s+(?:[\p{L}\p{M}.’'-]+\s+){0,3}$`, 'iu');
const TO_ACT_AFTER = /^\s+to\s+\p{Ll}/u;
const THAT_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:that|which)\s+(?:[\p{L}\p{M}.’'-]+\s+){0,3}$`, 'iu');
const LAUNCHED_AFTER = caselessPattern(String.raw`^\s+(?:and\s+[^.;,]{1,40}?\s+)?(?:(?:had|has|have)\s+)?(?:launched|established|created|announced|set\s+up|founded|unveiled)(?![\p{L}])`, 'iu');
const LEADERSHIP_OF_BEFORE = caselessPattern(String.raw`(?<![\p{L}])under\s+the\s+(?:[\p{L}-]+\s+)?(?:leadership|rule|reign)\s+of\s+(?:his|her|their)\s+(?:royal\s+)?(?:majesty|highness|majesties|highnesses)\s+(?:[\p{L}\p{M}.’'-]+\s+){0,4}$|(?<![\p{L}])sous\s+le\s+(?:[\p{L}-]+\s+)?(?:leadership|règne)\s+(?:de|du)\s+(?:sa|leurs?)\s+(?:majesté|altesse)\s+(?:[\p{L}\p{M}.’'-]+\s+){0,4}$`, 'iu');
const CONVEYED_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:conveyed|conveys|conveying|transmitted|relayed|delivered|extended)\s+(?:the\s+)?(?:[\p{L}\p{M}.’'-]+\s+){0,5}$`, 'iu');
const SENT_BY_AFTER = /^[’']s?\s+(?:warm\s+|best\s+|cordial\s+)?(?:invitation|greetings|message|wishes|letter|congratulations|regards)(?![\p{L}])/u;
const LATE_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:al-marhum|almarhum|the\s+late|feue?\s+(?:le|la)?|regrettée?|défunte?)\s+(?:[\p{L}’'.-]+\s+){0,3}$`, 'iu');
const ACTING_AFTER = caselessPattern(String.raw`^\s*,?\s+(?:(?:will\s+(?:be|serve\s+as|act\s+as)|is|serves\s+as)\s+(?:the\s+)?(?:acting|interim)|assurera\s+l['’]intérim)(?![\p{L}])`, 'iu');
const TO_BE_CHAIRED_BY_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:to\s+be|will\s+be|sera|seront)\s+(?:co-?)?(?:chaired|hosted|presided\s+over|coprésidée?s?|présidée?s?)\s+(?:by|par)\s+(?:the\s+|les\s+|le\s+|la\s+)?(?:[^.;,]{0,60}?\s+(?:and|et)\s+)?[^.;,]{0,40}$`, 'iu');
const VISIT_OF_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:(?:state|official|working|royal)\s+)?visit\s+(?:of|by)\s+[^.;,]{0,60}$`, 'iu');
const VISIT_DATED_AHEAD_AFTER = caselessPattern(
  // Also after the visitor's office, and planned: "A visit by Andrej Kiska, President of the Slovak Republic, to the Slovenian Republic
  // foreseen for spring next year" (Slovak MFEA, 2017, round 103).
  String.raw`^(?:\s+to\s+[^.;,]{1,40}?\s(?:this|next|later\s+this|early\s+next)\s+(?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])|(?:\s*,\s*[^.;,]{1,80},)?\s+to\s+[^.;,]{1,60}?\s(?:is\s+)?(?:foreseen|planned|scheduled|envisaged|due)\s+(?:for|in)(?![\p{L}]))`,
  'iu',
);
const VISIT_THAT_BEFORE = caselessPattern(String.raw`(?<![\p{L}])visite\s+qu(?:e|['’])\s*[^.;,]{0,60}$`, 'iu');
const WILL_MAKE_AFTER = caselessPattern(String.raw`^[^.;]{0,20}?(?:effectuera|fera|rendra|effectueront|feront|rendront)(?![\p{L}])`, 'iu');

/**
 * The signatories of an earlier text the statement recalls, listed after it: « rappelé aux Parties le communiqué conjoint du
 * 1er octobre du président américain, Donald J. Trump, du président français Emmanuel Macron et du président russe
 * Vladimir Poutine », "the joint statement of 5 October by Secretary Pompeo, …". They signed that text, not this one.
 * (Read within the mention's sentence, so a full stop is an initial's: "Donald J. Trump".)
 */
const AUTHOR_OF_EARLIER_TEXT_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:communiqué|déclaration|statement|declaration|communiqu[ée])\s+(?:conjointe?|commune?|joint)\s+(?:du|de|of|dated|issued\s+on)\s+(?:\d|1er|premier)[^;:]{0,200}?\s(?:du|de\s+la|de|d['’]|by|of|from)\s[^;:]*$`,
  'iu',
);

/**
 * A leader the authors mean to hold to account is criticised, not present: "We will hold President Putin and those
 * responsible to account", « tenir le président Poutine responsable de ».
 */
const HELD_TO_ACCOUNT_BEFORE = caselessPattern(String.raw`(?<![\p{L}])(?:hold|holding|holds|tenir)\s+(?:(?:the|le|la)\s+)?(?:[\p{L}-]+\s+){0,3}$`, 'iu');
const HELD_TO_ACCOUNT_AFTER = caselessPattern(String.raw`^(?:\s+and\s+[^.;]{0,140}?|\s+et\s+[^.;]{0,140}?)?\s+(?:to\s+account|accountable|responsible\s+for|responsables?\s+de|pour\s+responsables?)(?![\p{L}])`, 'iu');

/** A sentence that reports people taking part: a meeting, call, visit, talks, a joint statement. */
const TOOK_PART =
  caselessPattern(String.raw`(?<![\p{L}])(?:met|meet|meets|meeting|spoke|speaks|call|talks|visit\p{L}*|hosted|welcomed|held|joined|attended|co-chaired|signed|issued|agreed|discussed|rencontr\p{L}*|entretenu\p{L}*|entretien|s[’']entretient|réuni\p{L}*|accueilli\p{L}*|signé\p{L}*|ont\s+convenu|ont\s+discuté)(?![\p{L}])`, 'iu');

/**
 * A meeting other than the one the text reports, named as a noun: one the authors are briefed on or talk about
 * (« a fait le point … sur sa rencontre avec le président Donald J. Trump », "briefed on his meeting with"), or one
 * qualified as past, historic or to come ("the recent meeting between Secretary of State Pompeo and Kim Yong-chol",
 * "the historic Trilateral Ministerial Meeting with Minister Kihara and … Shin Won-sik on July 28"). Someone named
 * only there took part in that meeting, not in this one. Not « à la suite de sa rencontre avec » (this meeting).
 * Also « Cette réunion fait suite à l'entretien tenu le 17 février dernier, entre le roi Mohammed VI et le président français,
 * François Hollande » (Morocco's Interior Ministry, 2016, round 66), "This meeting follows the talks held on 17 February between".
 */
// Not the text's own programme: "Next on the agenda was a meeting with Chairman … Norbert Röttgen" (Slovenia MFA, 2021, round 39).
const OTHER_MEETING_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:on|about|regarding|sur|concernant)\s+(?:the|his|her|their|its|sa|son|leur|la|le|l['’])\s*(?!(?:agenda|programme|program)(?![\p{L}]))|(?:the|la|le|l['’])\s*(?:recent|previous|last|earlier|historic|past|récente?|dernière?|précédente?|historique)\s+|(?:building\s+on|following(?:\s+up\s+(?:on|from))?|(?:as\s+a\s+|in\s+)follow[\s-]up\s+to|since|after|follows|fait\s+suite\s+à|s['’]appuyant\s+sur|à\s+la\s+suite\s+de|dans\s+le\s+prolongement\s+de)\s+(?:the|la|le|l['’])\s*)(?:[\p{L}-]+\s+){0,6}?(?:meeting|summit|talks|call|conversation|engagement|rencontre|entretien|sommet)\s+(?:(?:on|of|held\s+on|du|le|tenue?\s+le)\s+[^.;]{1,25}?,?\s+)?(?:between|with|avec|entre)\s[^.;]{0,160}$` +
    // The host of an event to come, and someone whose earlier words the text recalls (White House readouts outside the
    // corpus, 2023): "the trilateral leaders' summit to be hosted by President Biden", "As President Biden emphasized …".
    // The leaders of a summit whose decisions the talks reviewed: "reviewed the implementation of the decisions of the 19th Annual
    // Bilateral Summit between Prime Minister Modi and President Putin in New Delhi in October last year" (India MEA).
    String.raw`|(?<![\p{L}])(?:decisions|outcomes?|results?|conclusions|implementation|agreements?|understandings?)\s+(?:of|reached\s+at|from|at)\s+the\s+(?:[\p{L}\p{N}-]+\s+){0,6}?(?:meeting|summit|talks)\s+(?:held\s+)?between\s[^.;]{0,160}$` +
    String.raw`|(?<![\p{L}])(?:meeting|summit|talks|visit|trip)\s+(?:that|which)\s+(?:he|she|they|we|the\s+\p{L}+)\s+and\s+(?:[\p{L}.-]+\s+){0,6}$` +
    // Someone whose efforts the authors support: "We support the efforts of the United Nations Secretary-General’s Personal
    // Envoy, Mr. Pekka Haavisto" (G7, 2026); "previewed the March 18 meeting that he and Secretary of State Tony Blinken
    // will hold with Chinese officials" (White House, 2021), above. « Nous saluons les efforts déployés par l'ambassadrice Heidi
    // Grau, …, et de l'ambassadeur Toni Frisch » (France and Germany, 2020).
    String.raw`|(?<![\p{L}])(?:support|supports|supported|welcome|welcomes|welcomed|commend|commends|commended|appreciate|appreciates|salue|saluent|saluons|soutenons|soutient|soutiennent)\s+(?:the\s+|les\s+)?(?:efforts|work|role|leadership|mediation|efforts\s+déployés)\s+(?:of|de|du|des|par)\s[^.;]{0,120}$` +
    // Also gratitude for someone's work: "I am grateful for the tireless work of my Special Envoy Tim Lenderking, and the UN’s Envoy to
    // Yemen, Hans Grundberg" (White House, 2022, round 143).
    String.raw`|(?<![\p{L}])(?:grateful|thankful)\s+for\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:efforts|work|role|leadership|mediation)\s+of\s[^.;]{0,120}$` +
    // And the author's own thanks in the first person: "Today, I want to again thank Prime Minister Netanyahu of Israel, Amir Sheikh Tamim
    // Bin Hamad Al-Thani of Qatar, and President Abdel Fattah Al-Sisi of Egypt for their commitment to this process" (White House, 2023,
    // round 144); a readout's "The President thanked …" is not this.
    // Also the author's praise: "I also want to commend President Weah for respecting the will of the people" (White House, 2023, round 149).
    String.raw`|(?<![\p{L}])I\s+(?:also\s+)?(?:(?:want|would\s+like|wish)\s+to\s+)?(?:again\s+|also\s+)?(?:thank|commend|congratulate|applaud|praise)\s+[^.;]{0,200}$` +
    // Someone the parties are called on to work with: "the Chairperson calls on the parties to engage with the AU High
    // Representative for the Horn of Africa, former Nigerian President H.E Olusegun Obasanjo" (AU Commission, 2021, round 33).
    String.raw`|(?<![\p{L}])to\s+be\s+hosted\s+by\s+(?:[\p{L}.-]+\s+){0,4}$|(?:^|[,;:]\s*)As\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$` +
    // Meetings and visits the text recalls as having taken place: « en s'appuyant sur les rencontres qui ont eu lieu
    // récemment, notamment celle entre le premier ministre Carney et le premier ministre Li …, ainsi que sur la visite de la
    // ministre des Affaires étrangères, Anita Anand » (PMO, 2025, round 21).
    String.raw`|(?<![\p{L}])(?:(?:rencontres?|réunions?|entretiens?|meetings?|talks|visites?|visits?)\s+(?:qui\s+(?:a|ont)\s+eu\s+lieu|that\s+(?:took|have\s+taken)\s+place)|(?:recent|récentes?)\s+(?:meetings|visits|rencontres|visites))(?![\p{L}])[^.;]{0,240}$` +
    // A visit the text recalls by its visitor: "The Prime Minister recalled the State Visit of H.E. Mr Marcelo Rebelo de Sousa,
    // President of Portugal to India in February" (India MEA, 2020, round 54).
    String.raw`|(?<![\p{L}])(?:recall(?:ed|s|ing)?|rappel(?:é|le|lent|ant))\s+(?:the|his|her|their|la|le|l['’]|sa|son|leur)\s*(?:[\p{L}-]+\s+){0,2}?(?:visits?|meetings?|talks|visites?|rencontres?|entretiens?)\s+(?:of|by|de|du|d['’])\s*(?:[\p{L}.-]+\s+){0,3}$`,
  'iu',
);

/**
 * A superset test for OTHER_MEETING_BEFORE, under the same case-insensitivity (`i` without `u`): each of its branches holds one
 * of these words ("meeting" … "sommet" before "between|with"; "meeting|summit|talks" before "between"; "meeting|summit|talks|visit|
 * trip" before "that|which"; "efforts|work|role|leadership|mediation"; "hosted"; "As" opening the text or after [,;:]; the
 * rencontres, réunions, entretiens, meetings, talks, visites, visits or "recent|récent" of the recalled ones; "recall" (in "call")
 * or "rappel"; "thank", "commend", "congratulat", "applaud" or "prais" of the author's own thanks and praise). A plain alternation without the pattern's lookbehinds, most of its cost, at every position.
 */
const OTHER_MEETING_KEY = /meeting|thank|commend|congratulat|applaud|prais|summit|talks|call|conversation|engagement|rencontre|entretien|sommet|visit|trip|efforts|work|role|leadership|mediation|hosted|réunion|recent|récent|rappel|(?:^|[,;:]\s*)as\s/i;

/**
 * OTHER_MEETING_BEFORE on the sentence up to a name, an honorific's full stop taken out first ("… Personal Envoy, Mr. Pekka
 * Haavisto"). Without any full stop the replacement changes nothing and is skipped; the key test is asked of the text the pattern
 * would read.
 */
function isOtherMeetingBefore(before: string): boolean {
  const read = before.includes('.') ? before.replace(/(?<![\p{L}])(Mr|Mrs|Ms|Dr|Prof|M|Mme|St)\./gu, '$1') : before;
  return OTHER_MEETING_KEY.test(read) && OTHER_MEETING_BEFORE.test(read);
}

/**
 * The same, further back, read only when the window holds its key word (a wider window on every name made extracting a
 * megabyte of names half as slow again): someone whose efforts are saluted after a long office (« Nous saluons les efforts
 * déployés par l'ambassadrice Heidi Grau, …, et de l'ambassadeur Toni Frisch », France and Germany, 2020), and someone the
 * parties are called on to work with ("the Chairperson calls on the parties to engage with the AU High Representative for the
 * Horn of Africa, former Nigerian President H.E Olusegun Obasanjo", AU Commission, 2021, round 33).
 */
const ADDRESSEE_FURTHER_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:(?:support|supports|supported|welcome|welcomes|welcomed|commend|commends|commended|appreciate|appreciates|salue|saluent|saluons|soutenons|soutient|soutiennent)\s+(?:the\s+|les\s+)?(?:efforts|work|role|leadership|mediation|efforts\s+déployés)\s+(?:of|de|du|des|par)\s[^.;]{0,170}|(?:call(?:s|ed)?\s+(?:on|upon)|urg(?:e|es|ed))\s+[^.;]{1,60}?\sto\s+(?:engage|cooperate|work|consult)\s+with\s+(?:[^.;]|(?<=(?<![\p{L}])\p{Lu})\.){0,140})$`,
  'iu',
);
const FURTHER_KEY = /effort|engage|cooperate|work with|consult/i;

/**
 * What stands right before a person who takes part, when the text gives no title: "met with X", « a reçu ce jour X », also
 * after two honorifics ("met with H.E. Mr. Wang Yi, Member of the Political Bureau …", Thai MFA, 2023, round 28).
 */
// Also who signed for a country: « L’accord a été paraphé, pour le Bénin, par le ministre béninois des Affaires étrangères Kolawolé
// Antoine Idji, et pour le Liban par M. Mahmoud Hammoud » (L'Orient-Le Jour, 2002, round 126).
// Also those met, named first: « Outre Karin Keller-Sutter et Ignazio Cassis, M. Berset … s'est aussi entretenu avec … » (RFJ, 2025,
// round 126).
// Also those joining by a comma's "with", styled: "… met in Jerusalem, with H.E. Sheikh Nasser bin Hamad Al Khalifa of Bahrain and H.E.
// Sheikh Tahnoun bin Zayed Al Nahyan of the UAE joining virtually from Abu Dhabi" (White House, 2023, round 142).
const BARE_NAME_BEFORE =
  caselessPattern(String.raw`(?<![\p{L}])(?:met(?:\s+(?:today|yesterday))?(?:\s+with)?|meets(?:\s+with)?|spoke\s+(?:today\s+|yesterday\s+|again\s+|by\s+(?:phone|telephone)\s+)?(?:with|to)|speaks\s+(?:with|to)|(?:talks|call|meeting|conversation)\s+with|(?:tele)?phoned|(?<!so-)called|hosted|welcomed|received|(?:s[’']est\s+)?entretenue?s?\s+avec|s[’']entretient\s+avec|(?:entretien|rencontre|échange|réunion)\s+avec|a\s+(?:reçu|rencontré|accueilli)(?:\s+(?:ce\s+jour|aujourd[’']hui|hier|à\s+\p{Lu}[\p{L}-]*))?|will\s+(?:meet(?:\s+with)?|host|welcome|receive)|rencontrer(?:a|ont)(?:,\s+[^,]{1,40},)?|recevr(?:a|ont)|s[’']entretiendr(?:a|ont)\s+avec|sign(?:é|ed)\s+(?:avec|with)|^\s*outre|(?<=,\s)with(?=\s+(?:H\.\s?E\.|S\.\s?E\.|His\s|Her\s|Sheikh|Shaikh|Mr\.?\s|Ms\.?\s|Mrs\.?\s|Dr\.?\s))|(?:(?:signé|paraphé|signed|initialled)e?,?\s+(?:[^.;]{0,80}?,\s+)?(?:et\s+|and\s+)?)?(?:pour|for)\s+(?:le\s+|la\s+|l['’]\s*|the\s+)?\p{Lu}[\p{L}\p{M}-]+(?:\s+\p{Lu}[\p{L}\p{M}-]+)?,?\s+(?:par|by))\s+(?:(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.\s?E\.|S\.\s?E\.|(?:His|Her)\s+(?:Excellency|Highness)|Son\s+Excellence|Ambassador|Ambassadeur|Ambassadrice|(?:the\s+)?(?:U\.S\.|US)\s+Senator|Sheikha?|Shaikha?|Cheikh|Sayyid),?\s+){0,2}$`, 'iu');

/**
 * Names listed after the office they share, among those attending: « à laquelle assistaient également les Coprésidents du
 * Groupe de Minsk de l’OSCE, Igor Popov, Stéphane Visconti, Andrew Schofer, ainsi que … » (Armenian MFA, 2017), "also
 * attended by the Co-Chairs, X, Y and Z". Only after an office in the plural, so companies that attended are no people.
 */
const ATTENDING_OFFICE_LIST = caselessPattern(
  // Also with their honorifics, after "avec les": « une séance de travail avec les trois membres du Haut Conseil de la Transition
  // (HCT), Madame Mirlande H. Manigat, Monsieur Laurent Saint-Cyr et M. Calixte Fleuridor » (Haiti's Prime Minister, 2023, round 33).
  // Also the subject: « les ministres des Affaires étrangères du Benelux, Lydie Polfer, Louis Michel et Jozias Van Aartsen se
  // sont rencontrés à Bruxelles » (Luxembourg, 2001). Also those received: "Khartoum – The acting Foreign Minister … received on
  // Wednesday the Ambassadors of Yemen and Saudi Arabia to Sudan, Omer Abdalla Al-Mudawi, and Ali bin Hassan Ja’afar" (Sudan MFA, 2022,
  // round 55).
  String.raw`(?<![\p{L}])(?:(?:attended\s+by|(?:also\s+)?present\s+(?:were|was)|assistai(?:en)?t(?:\s+également)?|en\s+présence\s+d(?:e|es|u))\s+(?:the\s+|les\s+|des\s+)?|(?:^|,\s+|(?:with|avec)\s+|(?:received|receives|hosted|hosts|welcomed|welcomes|a\s+reçu|a\s+accueilli|signed\s+by|signé\s+par)\s+(?:[^.;,]{0,25}?\s)?)(?:the|les)\s+)[^.;]{0,80}?(?:co-?chairs|co-?présidents|coprésidents|ministers|ministres|ambassadors|ambassadeurs|representatives|représentants|envoys|envoyés|members|membres)(?![\p{L}])[^.;,]{0,60},\s+(?:[^;,]{3,40},\s+){0,6}(?:[^;,]{3,40}\s+(?=and\s|et\s))?(?:(?:and|et|ainsi\s+que)\s+)?(?:respectively\s+|respectivement\s+)?(?:(?:Madame|Monsieur|Mme|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|(?:His|Her)\s+Excellency|Son\s+Excellence)\s+){0,2}$`,
  'iu',
);

/**
 * Counterparts named one by one, each with an honorific and the country they speak for: "held meetings with her
 * counterparts, namely Dr A. K. Abdul Momen of Bangladesh; Mr Alva Romanus Baptiste of Saint Lucia and Madam Netumbo
 * Nandi-Ndaitwah of Namibia", "met with her counterparts from other nations such as Mr Timothy Musa Kabba of Sierra Leone;
 * …" (Ghana MFA, 2023, round 31). The list's opening, then each next item after the last one's country.
 */
const HONORIFICS_BEFORE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|M|Mme|H\.\s?E|S\.\s?E)\.?|Madam|Madame|Monsieur|Prof\.?|(?:His|Her)\s+Excellency|Son\s+Excellence)`;
const COUNTERPARTS_LIST_OPENS = caselessPattern(
  String.raw`(?<![\p{L}])(?:counterparts|homologues)(?:\s+(?:from|of)\s+[^,;.]{0,40}?)?\s*,?\s*(?:namely|such\s+as|including|notamment|à\s+savoir)\s*:?\s*(?:${HONORIFICS_BEFORE}\s+){1,2}$`,
  'iu',
);
/**
 * A participant's colleagues named after him: « avec le ministre des affaires étrangères béninois, Aurelien Agbénonci et ses collègues,
 * Marie Odile Attanasso, Mahugnon Kakpo et José Tonato, respectivement en charge … » (Fraternité, Benin, 2018, round 125), "and his
 * colleagues, Name and Name". The list's first name; the next ones follow it as any list does (NEXT_NAME_OF_LIST).
 */
const COLLEAGUES_LIST_OPENS = caselessPattern(String.raw`(?<![\p{L}])(?:ses|leurs|his|her|their)\s+(?:collègues|colleagues)\s*,\s*(?:${HONORIFICS_BEFORE}\s+)?$`, 'iu');
const BRACKETED_AFTER_NAME = /^\s*\(\s*(\p{Lu}[\p{L}\p{M}'’ -]{1,40}?)\s*\)/u;
const BRACKETED_COUNTRY_ITEM = /\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}\s*\(\s*(\p{Lu}[\p{L}\p{M}'’ -]{1,40}?)\s*\)/gu;
/** How many "Name (Country)" items a sentence lists, whose brackets hold a country. */
function bracketedCountryItems(sentence: string): number {
  if (!sentence.includes('(')) return 0;
  let items = 0;
  for (const match of sentence.matchAll(BRACKETED_COUNTRY_ITEM)) if (canonicalCountry(match[1] ?? '') !== null) items++;
  return items;
}
/**
 * A name its country's possessive introduces, as the subject of what they did: "Saudi Arabia's Adel Al-Jubair and Iraq's Ibrahim
 * Al-Jaafari both condemned the attack on Imam Al-Sadiq Mosque" (KUNA, 2015, round 127).
 */
const COUNTRY_POSSESSIVE = /(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})['’]s\s+$/u;
function countryPossessiveBefore(before: string): string | null {
  const owner = COUNTRY_POSSESSIVE.exec(before)?.[1];
  return owner !== undefined && isCountryWord(owner) ? canonicalCountry(owner) : null;
}
const BARE_NAME_ACT_AFTER = caselessPattern(String.raw`^(?:\s+(?:and|et)\s+[^.;]{1,80}?)?\s+(?:(?:both|also|jointly)\s+)?(?:condemned|denounced|welcomed|agreed|signed|discussed|met|spoke|expressed|stressed|underlined|reaffirmed|called)(?![\p{L}])`, 'iu');
const PAIR_SUBJECT_AGREED = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*\s+(?:and|et)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*\s+(?:have\s+|ont\s+)?(?:(?:today|yesterday|aujourd['’]hui|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:agreed|decided|signed|convenu|décidé|signé)(?![\p{L}])`,
  'u',
);
/**
 * Between two names of one pair or list, with their honorifics: " et M. ", ", and H.E. ", " et SE Madame ".
 */
// Also after the previous name's country: "H.E. Sheikh Nasser bin Hamad Al Khalifa of Bahrain and H.E. Sheikh Tahnoun bin Zayed Al Nahyan of the
// UAE" (White House, 2023, round 142).
const NEXT_NAME_OF_LIST = caselessPattern(
  String.raw`^\s*(?:(?:of|de|du)\s+(?:the\s+|la\s+|l['’])?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?=and\s|et\s))?(?:,\s*(?:(?:and|et)\s+)?|(?:and|et)\s+)(?:(?:the|les)\s+\p{Ll}[\p{L}-]*\s+(?:\p{Ll}[\p{L}-]*\s+)?)?(?:(?:(?:Mr|Mrs|Ms|Dr|M|Mme|H\.\s?E|S\.\s?E|SEM|SE)\.?|Madam|Madame|Monsieur|(?:His|Her)\s+(?:Excellency|Highness)|Son\s+Excellence|Sheikha?|Shaikha?|Cheikh)\s+){0,3}$`,
  'iu',
);
/**
 * What follows a name that ends where it seems to: a stop, a comma, a bracket or a lower-case word. Not an office the name
 * finder cut short: "and Andean Community (CAN) General Secretary Jorge Pedraza", "and Apostolic Nuncio to Peru Monsignor …"
 * (Andina, 2019, round 43), "House Majority Floor Leader Rodolfo C. Fariñas" (OPAPP, 2016, round 40).
 */
// Also "to" before a verb, not an office's "to the …": "meeting with Ministers Ian Gorst, Elaine Millar and Sam Mézec to discuss …"
// (Isle of Man, 2024, round 65).
const LISTED_NAME_ENDS = /^(?:\s*[,.;:)]|\s*$|\s+(?!(?:to|of|for|de|du|des|à|auprès)\s)\p{Ll}|\s+to\s+(?!the\s|a\s|an\s)\p{Ll}+\s)/u;
/** A plural office ending a title: "Vice Foreign Ministers", « vice-ministres », "Ambassadors". */
const PLURAL_OFFICE_TITLE = /(?<![\p{L}])(?:Ministers|Ambassadors|Secretaries|Commissioners|Governors|Ministres|Ambassadeurs|ministres|ambassadeurs|ministers|ambassadors|secretaries|commissioners)$/u;
const LIST_GOES_ON = caselessPattern(String.raw`^\s*(?:the\s+)?(?:rest|others)\s+(?:are|were|included|include)\s*:?\s*(?:${HONORIFICS_BEFORE}\s+){1,2}$`, 'iu');
/** A plural style before a list of names, each "of" its country, up to the name being read (PLURAL_STYLE_WORD first: it is cheap). */
const PLURAL_STYLE_WORD = /(?<![\p{L}])(?:Ambassadors|Ambassadeurs|Messrs)(?![\p{L}])/u;
const PLURAL_STYLE_LIST_BEFORE = /(?<![\p{L}])(?:Ambassadors|Ambassadeurs|Messrs\.?)\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:of|from|de|du)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:\p{Lu}[\p{L}'’-]*|of|and)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and)){0,5},\s*(?:and\s+|et\s+)?){0,8}$/u;
const COUNTERPARTS_LIST_NEXT = caselessPattern(
  String.raw`^\s+(?:of|from|de|du|des)\s+(?:the\s+|la\s+|le\s+|l['’])?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,4}\s*[;,]?\s*(?:(?:and|et)\s+)?(?:${HONORIFICS_BEFORE}\s+){1,2}$`,
  'u',
);

/**
 * Ministers listed by their countries after a plural office, each name right after its country: "held separate meetings with
 * the Foreign Ministers of the Republic of Belarus - Sergey Aleinik, the Islamic Republic of Iran Hossein Amir Abdollahian, the
 * Russian Federation Sergey Lavrov, and …" (Uzbekistan MFA, 2023, round 35). The country the name stands after, or null.
 */
const MINISTERS_OF_LIST = caselessPattern(String.raw`(?<![\p{L}])(?:ministers|ministres|counterparts|homologues)\s+(?:of|from|de|des|du)\s+[^.;:]{0,260}$`, 'iu');
function ministersListedCountry(before: string): string | null {
  if (!MINISTERS_OF_LIST.test(before)) return null;
  const tail = before.replace(/\s*[-–—]?\s*$/u, '');
  const last = findCountries(tail.slice(-60)).pop();
  const window = Math.min(60, tail.length);
  if (!last || last.end !== window) return null;
  // The list's items are set off by commas: the country opens one ("…, the Russian Federation Sergey Lavrov").
  const opening = tail.slice(0, tail.length - (window - last.start));
  return /(?:,|\s(?:of|from|de|des|du|and|et))\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(opening) ? last.canonical : null;
}

/**
 * The office a label line gives the name that opens the next paragraph: "Secrétaire Général" ⏎ "Thorbjørn Jagland et le ministre
 * irlandais … se sont rencontrés" (Council of Europe, 2014, round 33). '' when there is none.
 */
function officeLabelAbove(statement: Statement, mentionStart: number): string {
  const index = statement.paragraphs.findIndex((p) => p.start === mentionStart);
  const above = index > 0 ? statement.paragraphs[index - 1] : undefined;
  if (!above || above.start < bodyStart(statement) || above.end - above.start > 50) return '';
  const line = collapseWhitespace(statement.text.slice(above.start, above.end));
  const tokens = tokenize(line, 0, line.length);
  if (tokens.length === 0 || tokens.length > 5 || !tokens.every((token) => token.isWord && /^\p{Lu}/u.test(token.text)) || !tokens.some((token) => isTitleHead(token))) return '';
  return line;
}

/** After a comma, a verb that may be a participle: "the APEC (…) Ministerial Meeting, held a meeting with" names no one. */
const PARTICIPLE_AFTER_COMMA = caselessPattern(String.raw`^\s*,\s*(?:held|hosted|welcomed|received|called|visited|attended|travell?ed|phoned|telephoned)(?![\p{L}])`, 'iu');

/**
 * What follows a person who takes part, when the text gives no title: "X met …", « X s'est entretenu avec … », also after
 * the comma that closes an office set before the name (« Le ministre des Affaires étrangères, de la coopération africaine
 * et des Marocains résidant à l’étranger, M. Nasser Bourita, a eu jeudi un entretien téléphonique », MAP, 2020, round 27).
 */
const BARE_NAME_AFTER =
  // Also « Alain Berset a effectué lundi sa première visite de travail officielle en Suisse » (RFJ, 2025, round 126).
  // "Matthew Cheung departed for Macau today to visit the city for the first time since becoming Chief Secretary" (Hong Kong SAR,
  // 2017, round 66).
  // Also "X et le ministre irlandais des Affaires étrangères, Charles Flanagan, se sont rencontrés" (Council of Europe, 2014, round 33).
  caselessPattern(String.raw`^(?:\s+(?:and|et)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,4}|\s+(?:and|et)\s+(?:the|le|la|l['’])\s*[^.;,]{1,100},\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}?\p{Lu}[\p{L}\p{M}'’-]*\s*,)?\s*,?\s*(?:(?:today|yesterday|also|this\s+(?:morning|afternoon|evening)|aujourd[’']hui|hier)\s+)?(?:met|meets|spoke|speaks|(?:tele)?phoned|called(?!\s+(?:on|upon|for|in|off|out|back|it|the|this|that|a|an)\s)|(?:held|had)\s+(?:talks|an?\s+(?:(?:telephone|phone|video)\s+)?(?:meeting|call|conversation))|hosted|welcomed|received|s[’']est\s+entretenue?|se\s+sont\s+entretenus|se\s+sont\s+rencontrée?s|s[’']entretient|a\s+(?:reçu|rencontré|accueilli|eu\s*,?\s*(?:(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd[’']hui|matin|soir)\s*,?\s+)?(?:un|des)\s+entretiens?)|ont\s+(?:rencontré|eu\s+un\s+entretien)|will\s+(?:meet|host|welcome|receive|travel|visit|lead|attend)|(?:travell?ed|visited|attended)|(?:departed|left)\s+for|a\s+(?:ouvert|présidé|coprésidé)\s+(?:la|le|les|l['’])|opened\s+the|(?:co-)?chaired|rencontrer(?:a|ont)|recevr(?:a|ont)|s[’']entretiendr(?:a|ont)|a\s+(?:souligné|rappelé|marqué|salué|réaffirmé|insisté|exprimé|indiqué|évoqué|fait\s+part)|a\s+effectué\s+(?:[^.;,]{0,30}?\s)?(?:sa|une|leur)\s+(?:[\p{L}-]+\s+){0,3}?visite)(?![\p{L}])`, 'iu');

/**
 * A sentence whose subject lists the people who attended the event the text reports ("President Surangel Whipps,
 * Jr. of the Republic of Palau, Senator Rukebai Kikuo Inabo …, and Assistant Secretary … Carmen G. Cantor attended the
 * signing in Los Angeles"): each full name before the verb took part, titled or not. Not "was attended by", whose
 * lists name companies and groups as often as people ("attended by BAE Systems, Leonardo and Rolls Royce").
 */
const ATTENDEES =
  caselessPattern(String.raw`(?<![\p{L}])(?:(?:also\s+)?(?:attended|took\s+part\s+in|participated\s+in|were\s+(?:also\s+)?present\s+(?:at|for|during))\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:signing|meeting|ceremony|talks|event|session|summit|dialogue|consultations|visit)(?![\p{L}]))`, 'iu');

/** Is the mention at `mentionStart` in the list of those who attended, by ATTENDEES? */
function listedAsAttending(text: string, sentence: SourceSpan, mentionEnd: number, firstVerbAt: Map<number, number>): boolean {
  // Where each sentence's verb is, found once: one sentence can hold thousands of mentions (1 MB without a full stop).
  let at = firstVerbAt.get(sentence.start);
  if (at === undefined) {
    const found = ATTENDEES.exec(text.slice(sentence.start, sentence.end));
    at = found ? sentence.start + found.index : -1;
    firstVerbAt.set(sentence.start, at);
  }
  return at >= 0 && mentionEnd <= at;
}

/** A headline that opens with an office: "Foreign Secretary condemns …", "Minister for Africa condemns …". */
const HEADLINE_OFFICE = /^((?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:Secretary|Minister|President|Chancellor|Prime\s+Minister)(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)\s+\p{Ll}/u;

/** "Philip Hammond said:" alone among the first paragraphs of a statement whose headline opens with an office. */
/** After a name: the person only relays ("… provided the following readout:"). */
const RELAYS_READOUT = caselessPattern(String.raw`^[^.:]{0,20}?\s(?:provided|gave)\s+the\s+following\s+readout`, 'iu');

/** A title line that names the authors of a statement: "Statement by …", « Déclaration de … ». */
// Also with its subject first: "Joint Statement on F-16s for Ukraine from U.S. President Joseph R. Biden, Dutch Prime Minister …".
// Also the office and name first: "President Biden Statement on the UN-Mediated Truce Extension in Yemen" (White House, 2022, round 143).
export const STATEMENT_BY = caselessPattern(String.raw`^(?:(?:(?:Joint\s+)?Statement|Remarks|Message|Declaration|Déclaration(?:\s+(?:conjointe|commune))?)\s+(?:by|of|from|de|du|de\s+la|de\s+l[’'])\s|(?:Joint\s+)?Statement\s+on\s+[^:]{1,120}?\s(?:by|from)\s|(?:(?:Vice\s+)?President|Prime\s+Minister|Secretary|Minister|Chancellor)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}.-]*){0,3}\s+Statement\s+(?:on|regarding|about)\s)`, 'iu');

/**
 * The same after the topic, France Diplomatie's style: "Syrie/Décès du journaliste Olivier Voisin - Déclaration du ministre des
 * affaires étrangères, M. Laurent Fabius (Paris, 25/02/2013)" (round 84).
 */
const TOPIC_THEN_STATEMENT_BY = caselessPattern(String.raw`^[^\n]{3,160}?\s[-–—]\s+(?:Statement|Remarks|Message|Declaration|Déclaration)\s+(?:by|of|from|de|du|de\s+la|de\s+l[’'])\s`, 'iu');

export const FIRST_PERSON_PLURAL = caselessPattern(String.raw`(?<![\p{L}])(?:we|our|nous|notre|nos)(?![\p{L}])`, 'iu');
export const JOINT_BY = caselessPattern(String.raw`^(?:(?:Joint\s+Statement|Déclaration\s+(?:conjointe|commune))\s+(?:by|of|from|de|du|des)\s|Joint\s+Statement\s+on\s+[^:]{1,120}?\s(?:by|from)\s)`, 'iu');

/** "Readout of Secretary Kerry’s Call with …": the office, as the body refers back to it ("The Secretary"). */
const READOUT_OF = caselessPattern(String.raw`^(?:Readout|Compte\s+rendu)\s+(?:of|from|de|du)\s`, 'iu');

/**
 * « Déclaration conjointe de Jean-Yves Le Drian et d’Enzo Moavero Milanesi, ministres des affaires étrangères de la France
 * et de l’Italie (13.05.19) » (France Diplomatie, 2019): names listed before one office in the plural, each an author.
 * The countries after the office go to the names in order when there are as many.
 */
const TITLE_NAME_LIST = caselessPattern(
  String.raw`^(?:(?:joint\s+)?statement|declaration|déclaration(?:\s+(?:conjointe|commune))?)\s+(?:by|of|from|de|du)\s+(.{5,160}?),\s+((?:(?:foreign|defence|defense|prime)\s+)?(?:ministers|ministres|presidents|présidents|premiers\s+ministres|secretaries|secrétaires)(?![\p{L}])[^()]{0,160}?)\s*(?:\(|$)`,
  'iu',
);
const LISTED_NAME = /^(?:\p{Lu}[\p{L}’'-]+)(?:\s+(?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.|de|da|di|del|van|von|der|le|la)){1,4}$/u;

/**
 * A closing line of names alone, the signatories of a joint text: "Radosław Sikorski, Jan Kohout, János Martonyi, Miroslav
 * Lajčák" under the Visegrad foreign ministers' statement (Poland's MFA, 2014, round 30). Two names or more, in the last
 * paragraphs, nothing else on the line.
 */
/**
 * Every word of a name written alone could be a name's, read as a name is written: not "MINISTER OF INFORMATION, CIVIC EDUCATION
 * AND COMMUNICATIONS TECHNOLOGY" (an office in capitals under a Malawian minister's signature, 2019, round 43). Initials and
 * particles pass.
 */
function wordsAreNames(name: string): boolean {
  const words = name.split(/\s+/u).filter((word) => !/^\p{Lu}\.$/u.test(word) && !/^(?:de|da|di|del|van|von|der|le|la)$/u.test(word));
  const tokens = tokenize(words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ')).filter((token) => token.isWord);
  return tokens.length === words.length && tokens.every((token) => isNameWord(token));
}

function signatoryLine(statement: Statement): Draft[] {
  const { text } = statement;
  const end = bodyEnd(statement);
  const paragraphs = statement.paragraphs.filter((p) => p.start >= bodyStart(statement) && p.end <= end).slice(-4);
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end).trim();
    if (line.length > 300 || /[.:;]$/u.test(line) || !line.includes(',')) continue;
    const names = line.split(/\s*,\s*|\s+(?:et|and)\s+/u).map((name) => name.trim());
    if (names.length < 2 || !names.every((name) => LISTED_NAME.test(name) && canonicalCountry(name) === null && wordsAreNames(name))) continue;
    const at = text.indexOf(line, paragraph.start);
    return names.map((name) => {
      const start = text.indexOf(name, at);
      return { name, title: '', country: null, source: { start: paragraph.start, end: paragraph.end }, mentionStart: start, mentionEnd: start + name.length, inherits: false, mentions: 1, honorific: false };
    });
  }
  return [];
}

/**
 * A signature block whose names are in capitals, each on its line above its office: « IDRISS DEBY ITNO » ⏎ « Président de la
 * République du Tchad » closing a head of state's message (Chad's presidency, 2016), "SILVESTRE H. BELLO III" ⏎ "Incoming GPH
 * Panel Chairperson" … "AMB. ELISABETH SLATTUM" ⏎ "Special Envoy to the Philippine Peace Process" under "We sign this joint
 * statement …" (the Philippine government and the NDFP, 2016; both round 40). The name finder leaves a name in capitals alone
 * (an acronym looks the same), so this reads only the closing lines: a line of two to five words in capitals, the next line
 * an office, in a text written in the first person or that says it is signed, nothing but short lines after the first.
 */
// Also with a post-nominal and the office a paragraph below, both in capitals: "HON. MARK BOTOMANI, MP" ⏎ ⏎ "MINISTER OF
// INFORMATION, CIVIC EDUCATION AND COMMUNICATIONS TECHNOLOGY" (Malawi's government, 2019, round 43).
const CAPITALS_NAME_LINE = /^(?:(?:AMB|H\.\s?E|S\.\s?E|DR|HON|M|MME|MR|MRS|MS|PROF)\.?\s+)?((?:\p{Lu}[\p{Lu}\p{M}’'-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Lu}\p{M}’'-]+|\p{Lu}\.)){1,4})(?:,?\s+(?:MP|M\.P\.|QC|KC))?$/u;
const NAME_SUFFIX_CAPITALS = new Set(['II', 'III', 'IV', 'JR', 'JR.', 'SR', 'SR.']);
const SIGNED_TEXT = caselessPattern(String.raw`(?<![\p{L}])(?:I|we|my|our|je|j['’]|nous|notre|sign|signed|signé\p{L}*|signons)(?![\p{L}])`, 'iu');
const SIGNATURE_MEMBER = caselessPattern(String.raw`(?<![\p{L}])(?:member|membre)(?![\p{L}])`, 'iu');

function signaturesInCapitals(statement: Statement): Draft[] {
  const { text } = statement;
  const from = bodyStart(statement);
  const end = bodyEnd(statement);
  const paragraphs = statement.paragraphs.filter((p) => p.start >= from && p.end <= end);
  // The closing lines, whether the importer kept each line as a paragraph or a block of lines as one.
  const lines: SourceSpan[] = [];
  for (const paragraph of paragraphs.filter((p) => p.end > end - 2500)) {
    let at = paragraph.start;
    for (const raw of text.slice(paragraph.start, paragraph.end).split('\n')) {
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim() !== '') lines.push({ start: at + lead, end: at + raw.trimEnd().length });
      at += raw.length + 1;
    }
  }
  // The next line right below (or, for the office under a name, after one blank line).
  const below = (i: number, blankAllowed = false): SourceSpan | null => {
    const line = lines[i];
    const next = lines[i + 1];
    return line && next && (blankAllowed ? /^[ \t]*\n(?:[ \t]*\n)?[ \t]*$/u : /^[ \t]*\n[ \t]*$/u).test(text.slice(line.end, next.start)) ? next : null;
  };
  const drafts: Draft[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceSpan;
    const office = below(i, true);
    const words = office ? CAPITALS_NAME_LINE.exec(text.slice(line.start, line.end)) : null;
    if (!office || !words?.[1]) continue;
    const nameParts = words[1].split(/\s+/u).filter((part) => !/^\p{Lu}\.$/u.test(part) && !NAME_SUFFIX_CAPITALS.has(part));
    // Each word, written as a name is, must pass for one: no office, country, portfolio or organisation in capitals.
    if (nameParts.length < 2 || !wordsAreNames(nameParts.join(' '))) continue;
    const officeText = text.slice(office.start, office.end);
    if (officeText.length > 160 || !/^\p{Lu}/u.test(officeText) || /[.;:]$/u.test(officeText)) continue;
    if (!tokenize(officeText).some((token) => isTitleHead(token)) && !SIGNATURE_MEMBER.test(officeText)) continue;
    // The lines under the office ("Royal Norwegian Government") may name the country.
    let under = '';
    for (let k = i + 1; below(k); k++) under += ` ${text.slice((lines[k + 1] as SourceSpan).start, (lines[k + 1] as SourceSpan).end)}`;
    const start = line.start + text.slice(line.start, line.end).indexOf(words[1]);
    drafts.push({ name: words[1], title: officeText, country: titleCountry(officeText) ?? mostFrequent(findCountries(under).filter((found) => isState(found.canonical))), source: { start: line.start, end: office.end }, mentionStart: start, mentionEnd: start + words[1].length, inherits: false, mentions: 1, honorific: false });
  }
  const first = drafts[0];
  if (!first) return [];
  // Only a closing block: nothing after its first name but short lines, and a text that speaks as its signers or says it is signed.
  if (lines.some((line) => line.start >= first.source.start && line.end - line.start > 160)) return [];
  return SIGNED_TEXT.test(text.slice(from, first.source.start)) ? drafts : [];
}

function titleNameList(line: string): PersonMention[] {
  const list = TITLE_NAME_LIST.exec(line);
  if (!list) return [];
  const office = list[2] ?? '';
  const names = (list[1] ?? '')
    .split(/\s*,\s*|\s+(?:et|and)\s+/u)
    .map((part) => part.replace(/^(?:de\s+|d[’'])/u, '').replace(/^(?:M\.|Mme|Mr\.?|Ms\.?|Dr\.?)\s+/u, '').trim());
  if (names.length < 2 || !names.every((name) => LISTED_NAME.test(name))) return [];
  const countries = findCountries(office).filter((found) => isState(found.canonical));
  // Each holds the office in the singular, without the list of their countries: « ministre des affaires étrangères ».
  const first = countries[0];
  const single = (countries.length === names.length && first ? office.slice(0, first.start).replace(/\s+(?:of|de|du|des)(?:\s+(?:the|la|le|l[’']))?\s*$/u, '') : office).replace(
    /^((?:(?:foreign|defence|defense|prime)\s+)?)(ministers|ministres|presidents|présidents|premiers\s+ministres|secretaries|secrétaires)/iu,
    (_, before: string, head: string) => before + head.replace(/ies$/u, 'y').replace(/s(?=\s|$)/gu, ''),
  );
  return names.map((name, index) => {
    const start = line.indexOf(name);
    return { name, title: single, country: countries.length === names.length ? (countries[index]?.canonical ?? null) : null, start, end: start + name.length, hasHonorific: false, wordCount: name.split(/\s+/).length };
  });
}

/**
 * People named in the title line who are the statement's authors and whom the body never names: the
 * authors of a "Statement by …", or the titled person of a "Readout of …" whose office the body takes up
 * ("The Secretary", « le Président »).
 */
/** The person an event befell, named in a title: "… concernant l'assassinat de l'ancien premier ministre du Japon, ". */
const SUBJECT_OF_EVENT_BEFORE = caselessPattern(
  String.raw`(?<![\p{L}])(?:assassinat|meurtre|mort|décès|disparition|funérailles|obsèques|détention|arrestation|enlèvement|assassination|killing|murder|death|passing|funeral|detention|arrest|kidnapping|abduction)\s+(?:of|de|du|d['’])\s*[^.;:]{0,100}$`,
  'iu',
);

/** The title line up to its author's name: "Statement by ", « Déclaration de » (not "… on the execution of "). */
const STATEMENT_BY_UP_TO_NAME = caselessPattern(String.raw`^(?:(?:joint\s+)?statement|remarks|message|declaration|déclaration)\s+(?:by|of|from|de|du|de\s+la|de\s+l['’])\s+$`, 'iu');

const AFTER_AUTHOR_NAME = caselessPattern(String.raw`^(?:\s*$|\s*[:,;–—(-]|\s+(?:on|about|regarding|concerning|following|after|sur|au\s+sujet|concernant|à\s+la\s+suite|suite|après)(?![\p{L}]))`, 'iu');

const TITLE_TOPIC_VERB = /\s(?:Condemning|Marking|Honou?ring|Welcoming|Announcing|Regarding|Following|Commemorating|Celebrating|Recogni[sz]ing|Congratulating|Mourning|Supporting|Urging|Calling|On|About)(?![\p{L}])/u;
function titleLineAuthors(statement: Statement): Draft[] {
  const title = statement.title;
  if (title === null) return [];
  const byStatement = STATEMENT_BY.test(title) || TOPIC_THEN_STATEMENT_BY.test(title);
  if (!byStatement && !READOUT_OF.test(title)) return [];
  const { text } = statement;
  const bodyFrom = bodyStart(statement);
  const body = text.slice(bodyFrom, bodyEnd(statement));
  const lineEnd = text.indexOf('\n');
  const authors: Draft[] = [];
  const line = text.slice(0, lineEnd < 0 ? text.length : lineEnd);
  // "Readout of Secretary Kerry’s Call with …": the possessive surname after an office.
  const possessive = /(?<![\p{L}])((?:Prime\s+)?(?:Secretary|Minister|President|Chancellor|Premier))\s+(\p{Lu}[\p{L}-]+)[’']s(?![\p{L}])/u.exec(line);
  const possessiveMention = possessive
    ? [{ name: possessive[2] ?? '', title: possessive[1] ?? '', country: null, start: possessive.index + (possessive[0].length - (possessive[2] ?? '').length - 2), end: possessive.index + possessive[0].length - 2, hasHonorific: false, wordCount: 1 }]
    : [];
  for (const found of [...findPersonMentions(text, 0, line.length), ...possessiveMention, ...(byStatement ? titleNameList(line) : [])]) {
    // A title in title case runs the name into its topic: "Statement from President Joe Biden Condemning Terrorist Attacks in Israel"
    // (White House, 2023, round 129).
    const topicAt = TITLE_TOPIC_VERB.exec(found.name);
    const mention = topicAt && topicAt.index > 0 ? { ...found, name: found.name.slice(0, topicAt.index).trimEnd(), end: found.start + topicAt.index - 1, wordCount: found.name.slice(0, topicAt.index).trim().split(/\s+/u).length } : found;
    // A full name right after "Statement by", with no office: "Statement by Jean Asselborn on demolitions in the occupied West Bank"
    // (Luxembourg's MFEA, 2020, round 121), whose body is his words.
    // Only a name the title goes on from with its topic: not "Statement from Fine Gael Leader & Social Protection Minister …".
    const namedAuthor = byStatement && mention.wordCount >= 2 && STATEMENT_BY_UP_TO_NAME.test(line.slice(0, mention.start)) && AFTER_AUTHOR_NAME.test(line.slice(mention.end));
    if ((!mention.title && !namedAuthor) || (mention.title && SPOKESPERSON.test(mention.title))) continue;
    // "Statement from Press Secretary Karine Jean-Pierre on the Terrorist Attack in Moscow" (White House, 2024, round 131): the office read
    // as "Secretary" alone, the spokesperson is still only the voice of the text.
    if (SPOKESPERSON.test(line.slice(Math.max(0, mention.start - 24), mention.start))) continue;
    // « Déclaration du porte-parole de Mme Catherine Ashton, Haute Représentante … » (EU, 2013): her spokesperson speaks.
    if (SPOKESPERSON_OF_BEFORE.test(line.slice(0, mention.start))) continue;
    // « Déclaration du premier ministre concernant l'assassinat de l'ancien premier ministre du Japon, Shinzo Abe » (PMO,
    // 2022): the one the statement is about, not its author.
    if (SUBJECT_OF_EVENT_BEFORE.test(line.slice(Math.max(0, mention.start - 120), mention.start))) continue;
    const head = /(\p{L}+)$/u.exec(mention.title ?? '')?.[1] ?? '';
    // The author of a "Statement by …" issued the text (corpus rules), whatever person its body speaks in ("The United
    // States strongly condemns …" under "Statement by National Security Advisor Jake Sullivan on …"); the titled person
    // of a "Readout of …" took part when the body takes up the office ("The Secretary and Foreign Minister Lavrov …").
    if (!byStatement && !(head.length > 2 && caselessPattern(`(?<![\\p{L}])(?:the|le|la)\\s+${head}(?![\\p{L}])`, 'iu').test(body))) continue;
    const paragraph = statement.paragraphs.find((p) => p.start >= bodyFrom);
    const source = paragraph ? { start: paragraph.start, end: paragraph.end } : { start: mention.start, end: mention.end };
    authors.push({ name: mention.name, title: mention.title ?? '', country: mention.country, source, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: mention.hasHonorific });
  }
  return authors;
}

/**
 * The other party of a meeting a title names, whom the body gives only by office: "Foreign Minister Karin Kneissl meets her
 * Liechtenstein counterpart Aurelia Frick in Vienna" over "… welcomed the Minister for Foreign Affairs, Justice and Culture of
 * the Principality of Liechtenstein to the Austrian Foreign Ministry" (Austria's BMEIA, 2018, round 52). The titled person after
 * the meeting verb, never named in the body, whose country the body names.
 */
function titleMeetingCounterparts(statement: Statement): Draft[] {
  const title = statement.title;
  if (title === null) return [];
  const verb = TITLE_MEETS.exec(title);
  if (!verb) return [];
  const { text } = statement;
  const candidates = findPersonMentions(text, 0, title.length).filter((mention) => mention.start >= verb.index && mention.title && mention.wordCount >= 2 && mention.country !== null);
  if (candidates.length === 0) return [];
  const bodyFrom = bodyStart(statement);
  // The first pages are enough: a readout names its parties early, and a megabyte is read once elsewhere already.
  const body = text.slice(bodyFrom, Math.min(bodyEnd(statement), bodyFrom + 20_000));
  const bodyCountries = new Set(findCountries(body).map((found) => found.canonical));
  const paragraph = statement.paragraphs.find((p) => p.start >= bodyFrom);
  const bodyWords = new Set(foldForComparison(body).split(/[^\p{L}\p{M}'’-]+/u));
  const found: Draft[] = [];
  for (const mention of candidates) {
    if (!mention.title || mention.country === null || !bodyCountries.has(mention.country) || nameKeys(mention.name).some((key) => bodyWords.has(key))) continue;
    const source = paragraph ? { start: paragraph.start, end: paragraph.end } : { start: mention.start, end: mention.end };
    found.push({ name: mention.name, title: mention.title, country: mention.country, source, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: mention.hasHonorific });
  }
  return found;
}

/**
 * A headline that ends on who says it, over a body where an office issues the text: "La décision … est « profondément
 * préoccupante », selon Thorbjørn Jagland" ⏎ … ⏎ « Le Secrétaire Général du Conseil de l’Europe a publié aujourd’hui la
 * déclaration suivante : » (Council of Europe, 2016, round 33). The person takes the office the body gives.
 */
const SAYER_AT_TITLE_END = caselessPattern(String.raw`(?:,\s*|\s[–—-]\s*|\s)(?:selon|says|said|according\s+to|estime|déclare)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*$`, 'iu');
const OFFICE_ISSUES_TEXT = caselessPattern(
  String.raw`^(?:le|la|l['’]|the)\s*((?:[\p{L}\p{M}'’-]+\s+){1,8}?)(?:a\s+(?:publié|fait|rendu\s+publique)|(?:has\s+)?(?:issued|made|released))\s+(?:(?:ce\s+jour|aujourd['’]hui|today)\s+)?(?:la|une|the|a)\s+(?:déclaration|statement)`,
  'iu',
);

const INSTITUTION_FIRST = caselessPattern(String.raw`^(?:Gouvernement|Government|Ministère|Ministry|Cabinet|Conseil|Council|Parti|Party|Régime|Regime)(?![\p{L}])`, 'iu');

function sayerInTitle(statement: Statement): Draft | null {
  const title = statement.title;
  if (title === null) return null;
  const found = SAYER_AT_TITLE_END.exec(title);
  if (!found) return null;
  const mentions = findPersonMentions(statement.text, 0, title.length, false).filter((m) => m.wordCount >= 2);
  const mention = mentions.at(-1);
  // « … selon le Gouvernement Ouattara » (Ivorian government, 2011, round 31): a government, not a person.
  if (!mention || !(found[1] ?? '').endsWith(mention.name) || INSTITUTION_FIRST.test(mention.name)) return null;
  const lead = statement.paragraphs.filter((p) => p.start >= bodyStart(statement)).slice(0, 3);
  let office = '';
  for (const paragraph of lead) {
    const issued = OFFICE_ISSUES_TEXT.exec(collapseWhitespace(statement.text.slice(paragraph.start, paragraph.end)));
    if (issued && (issued[1] ?? '').split(/\s+/u).some((word) => isTitleHead(tokenize(word, 0, word.length)[0]))) {
      office = (issued[1] ?? '').trim();
      break;
    }
  }
  const source = lead[0] ?? { start: mention.start, end: mention.end };
  return { name: mention.name, title: office, country: null, source: { start: source.start, end: source.end }, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: mention.hasHonorific };
}

/**
 * A label line under the title that names the statement's principal: "Statement attributable to Ms Hamida Lasseko, UNICEF
 * Representative in Iraq" (UNICEF, 2020, round 31), "Statement by Catherine Russell, UNICEF Executive Director". Not a
 * spokesperson's ("The following is attributable to Spokesperson Ned Price:").
 */
const ATTRIBUTED_STATEMENT_LINE = caselessPattern(String.raw`^(?:statement|déclaration)\s+(?:attributable\s+to|by|from|de|du)\s+(.{4,80}?),\s+([^.:;]{4,120})$`, 'iu');

function attributedStatementLine(statement: Statement): Draft | null {
  const { text } = statement;
  const first = statement.paragraphs.find((p) => p.start >= bodyStart(statement));
  if (!first || first.end - first.start > 220) return null;
  const line = collapseWhitespace(text.slice(first.start, first.end));
  const found = ATTRIBUTED_STATEMENT_LINE.exec(line);
  if (!found || SPOKESPERSON.test(line)) return null;
  const mentions = findPersonMentions(text, first.start, first.end, false);
  const mention = mentions[0];
  const who = found[1] ?? '';
  if (!mention || mention.wordCount < 2 || !who.endsWith(mention.name)) return null;
  const title = found[2] ?? '';
  return { name: mention.name, title, country: null, source: { start: first.start, end: first.end }, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: mention.hasHonorific };
}

/**
 * The author named in a media release's header block, a line of its own under the office in capitals
 * (Australian ministers' releases): "MINISTER FOR FOREIGN AFFAIRS" ⏎⏎ "The Hon Julie Bishop MP" ⏎⏎ "2 June 2014",
 * above a body in the first person ("At today’s dialogue I announce …").
 */
const NAME_MP_OFFICE = /^((?:The\s+Hon(?:ourable)?\.?\s+|Senator\s+(?:the\s+Hon\.?\s+)?)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:MP|MPP|MLA|QC|KC|AC|AO)\.?\s+((?:AUSTRALIAN\s+|Australian\s+)?(?:Minister|Secretary|Treasurer|Attorney-General|Premier|Parliamentary\s+Secretary|MINISTER|SECRETARY|TREASURER|ATTORNEY-GENERAL|PREMIER|PARLIAMENTARY\s+SECRETARY)(?![\p{L}])[^.]{3,80})$/u;

function headerBlockAuthors(statement: Statement): Draft[] {
  const { text } = statement;
  const body = statement.paragraphs.filter((p) => p.start >= bodyStart(statement));
  // The name, its post-nominals and the office on one line: "Kevin Andrews MP  Minister for Immigration and Citizenship"
  // (an Australian minister's release, 2007).
  for (const line of body.slice(0, 4)) {
    const oneLine = NAME_MP_OFFICE.exec(collapseWhitespace(text.slice(line.start, line.end)));
    if (!oneLine) continue;
    // The release is the minister's own (one who issued the text), in the first person or not.
    const later = collapseWhitespace(text.slice(line.end, bodyEnd(statement)));
    // Also "Hon Simon Crean MP  Minister for Trade" without its article (DFAT, 2009, round 96).
    const name = (oneLine[1] ?? '').replace(/^(?:(?:The\s+)?Hon(?:ourable)?\.?\s+|Senator\s+(?:the\s+Hon\.?\s+)?)/u, '');
    const start = text.indexOf(name, line.start);
    return [{ name, title: oneLine[2] ?? '', country: mostFrequent(findCountries(later).filter((found) => isState(found.canonical))), source: { start: line.start, end: line.end }, mentionStart: start, mentionEnd: start + name.length, inherits: false, mentions: 1, honorific: true }];
  }
  // Two ministers' joint release gives two pairs of lines: "MINISTER FOR FOREIGN AFFAIRS" ⏎ "The Hon Julie Bishop MP" ⏎ "MINISTER FOR
  // IMMIGRATION AND BORDER PROTECTION" ⏎ "The Hon Peter Dutton MP  23 March 2016" (DFAT, 2016, round 85), the date on the last.
  const authors: Draft[] = [];
  let lastLine = -1;
  for (let i = 1; i < Math.min(body.length, 8); i++) {
    if (authors.length > 0 && i > lastLine + 2) break;
    const office = collapseWhitespace(text.slice((body[i - 1] as SourceSpan).start, (body[i - 1] as SourceSpan).end));
    const line = body[i] as SourceSpan;
    if (line.end - line.start > 80 || !/^[\p{Lu}\s,&'’-]{8,80}$/u.test(office) || !/\p{Lu}{3}/u.test(office)) continue;
    const officeTokens = office.toLowerCase().split(/\s+/);
    if (!officeTokens.some((word) => HEADER_OFFICE_HEADS.has(word))) continue;
    const mentions = findPersonMentions(text, line.start, line.end, false);
    const mention = mentions.length === 1 ? mentions[0] : undefined;
    if (!mention || mention.wordCount < 2 || !mention.hasHonorific) continue;
    // Nothing else on the line but the name, its post-nominals ("MP") and, on the last line of the block, the date.
    const rest = text.slice(mention.end, line.end).replace(/^[\s,]*(?:(?:MP|MPP|MLA|QC|KC|AC|AO)\.?[\s,]*)*/u, '');
    if (rest.trim() !== '' && findDate(rest)?.index !== 0) continue;
    authors.push({ name: mention.name, title: office, country: null, source: { start: line.start, end: line.end }, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: true });
    lastLine = i;
  }
  if (authors.length === 0) return [];
  const later = collapseWhitespace(text.slice((body[lastLine] as SourceSpan).end, bodyEnd(statement)));
  // The ministers' own voice: "I" for one, "I" or "we"/"our" for several.
  // One minister may speak as the government too: "We have provided $135.8 million in assistance" under "MINISTER FOR FOREIGN AFFAIRS" ⏎
  // "The Hon Julie Bishop MP" (DFAT, 2014, round 135).
  if (!/(?<![\p{L}])(?:I|my|we|our|We|Our)(?![\p{L}])/u.test(later)) return [];
  // The ministers' own country: the one the release names most (a release is its government's voice).
  const country = mostFrequent(findCountries(later).filter((found) => isState(found.canonical)));
  return authors.map((author) => ({ ...author, country }));
}

const HEADER_OFFICE_HEADS = new Set(['minister', 'secretary', 'treasurer', 'attorney-general', 'premier']);

/**
 * The signer of a text in the first person, named in its closing block above the place and the date: "YB DATO’ SERI
 * HISHAMMUDDIN HUSSEIN" ⏎ "PUTRAJAYA" ⏎ "1 JUNE 2021" under "… I will also relay Malaysia’s serious concern …" (Malaysia
 * MOFA, 2021, round 24). Only a name on its line (with honorifics), then lines that hold a date or a single place.
 */
function closingSignatureAuthors(statement: Statement): Draft[] {
  const { text } = statement;
  const body = statement.paragraphs.filter((p) => p.start >= bodyStart(statement) && p.end <= bodyEnd(statement));
  if (body.length < 3) return [];
  // The closing lines, one paragraph each or one paragraph of lines.
  const lines: SourceSpan[] = [];
  for (const paragraph of body.slice(-4)) {
    let at = paragraph.start;
    for (const line of text.slice(paragraph.start, paragraph.end).split('\n')) {
      lines.push({ start: at, end: at + line.trimEnd().length });
      at += line.length + 1;
    }
  }
  const isDate = (line: SourceSpan) => findDate(text.slice(line.start, line.end)) !== null;
  const isDateOrPlace = (line: SourceSpan) => {
    const raw = text.slice(line.start, line.end).trim();
    if (raw.length > 40) return false;
    if (isDate(line)) return true;
    // Two capitalised words are a place ("Kuala Lumpur") unless they are a person's name ("Angela Merkel", a second signer).
    return /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?,?$/u.test(raw) && !(raw.includes(' ') && findPersonMentions(text, line.start, line.end, false).some((m) => m.wordCount > 1));
  };
  // An end mark or a blank line after the signature is no part of it: "###", "-30-".
  while (lines.length > 0 && /^\s*(?:#{3}|-\s*30\s*-)?\s*$/u.test(text.slice((lines.at(-1) as SourceSpan).start, (lines.at(-1) as SourceSpan).end))) lines.pop();
  let k = lines.length;
  while (k > 0 && lines.length - k < 3 && isDateOrPlace(lines[k - 1] as SourceSpan)) k--;
  const rest = lines.slice(k);
  if (rest.length === 0 || !rest.some(isDate)) return [];
  // The name lines above: one, or up to four of a joint declaration's signers, each alone on its line ("Joseph R. Biden, Jr." ⏎
  // "Angela Merkel" ⏎ "July 15, 2021", White House, 2021, round 134).
  const signers: Array<{ line: SourceSpan; mention: PersonMention }> = [];
  for (let i = k - 1; i >= 0 && signers.length < 4; i--) {
    const nameLine = lines[i] as SourceSpan;
    if (nameLine.end - nameLine.start > 80) break;
    const mentions = findPersonMentions(text, nameLine.start, nameLine.end, false);
    const mention = mentions.length === 1 ? mentions[0] : undefined;
    // A parliamentarian's letters after the name: "Boris Johnson, M.P." (the New Atlantic Charter, 2021, round 143).
    if (!mention || mention.wordCount < 2 || !/^[\s,]*(?:(?:Jr|Sr)\.?|M\.?P\.?|K\.?C\.?|Q\.?C\.?)?\s*$/u.test(text.slice(mention.end, nameLine.end))) break;
    signers.unshift({ line: nameLine, mention });
  }
  const first = signers[0];
  if (!first) return [];
  const last = body.find((p) => p.start <= first.line.start && p.end >= first.line.end) ?? first.line;
  const before = collapseWhitespace(text.slice(bodyStart(statement), last.start));
  const voice = signers.length === 1 ? /(?<![\p{L}])(?:I|my|I['’]ve|I['’]m|je|j['’]ai)(?![\p{L}])/u : SIGNERS_VOICE;
  if (!voice.test(before)) return [];
  if (signers.length === 1) {
    const country = mostFrequent(findCountries(before).filter((found) => isState(found.canonical)));
    return signers.map(({ mention }) => ({ name: mention.name, title: '', country, source: { start: last.start, end: last.end }, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: mention.hasHonorific }));
  }
  // Several signers: the lead's offices, in the same order and as many, title them ("Today, the President of the United States
  // and the Chancellor of Germany affirm …").
  const lead = body[0] ? text.slice(body[0].start, body[0].end) : '';
  const offices = findCountries(lead)
    .filter((found) => isState(found.canonical))
    .map((found) => ({ country: found.canonical, office: /(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+of\s+(?:the\s+)?$/u.exec(lead.slice(Math.max(0, found.start - 60), found.start))?.[1] ?? null }))
    .filter((found) => found.office !== null);
  const titled = offices.length === signers.length;
  return signers.map(({ line, mention }, i) => ({ name: mention.name, title: titled ? (offices[i]?.office ?? '') : '', country: titled ? (offices[i]?.country ?? null) : null, source: line, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: mention.hasHonorific }));
}

/** Several signers' voice: "we", "our", « nous », or one of them speaking. */
const SIGNERS_VOICE = caselessPattern(String.raw`(?<![\p{L}])(?:I|my|we|our|je|j['’]ai|nous|notre|nos)(?![\p{L}])`, 'iu');

/** An office that opens a signature's line: « Le Ministre de la Jeunesse, des Sports … », "The Minister for …". */
const SIGNATURE_OFFICE = caselessPattern(
  String.raw`^(?:(?:le|la|the)\s+)?(?:ministre|minister|secrétaire|secretary|président|présidente|president|premier\s+ministre|prime\s+minister|ambassadeur|ambassadrice|ambassador|haut\s+représentant|haute\s+représentante|high\s+representative|directeur|directrice|director|commissaire|commissioner)(?![\p{L}])[^.;:]{0,160}$`,
  'iu',
);
/** « Fait à Abidjan, le 22 janvier 2011 », "Done at Abuja on …": the line that dates a signature. */
const DONE_AT = caselessPattern(String.raw`^(?:fait|done|signé|signed)\s+(?:à|at|in)\s`, 'iu');

/**
 * A signature whose office stands above the name, after the line that dates it: « Fait à Abidjan, le 22 janvier 2011 » ⏎
 * « Pour le Ministre des Affaires Etrangères … et par intérim » ⏎ « Le Ministre de la Jeunesse, des Sports et de la Salubrité
 * urbaine » ⏎ « Dagobert BANZIO » (Ivorian government, 2011, round 31). The office is the one right above the name.
 */
function officeAboveSignature(statement: Statement): Draft | null {
  const { text } = statement;
  const body = statement.paragraphs.filter((p) => p.start >= bodyStart(statement) && p.end <= bodyEnd(statement));
  const last = body.at(-1);
  const office = body.at(-2);
  if (!last || !office || body.length < 4 || last.end - last.start > 60) return null;
  const mentions = findPersonMentions(text, last.start, last.end, false);
  const mention = mentions.length === 1 ? mentions[0] : undefined;
  if (!mention || mention.wordCount < 2 || text.slice(last.start, mention.start).trim() !== '' || text.slice(mention.end, last.end).trim() !== '') return null;
  const officeText = collapseWhitespace(text.slice(office.start, office.end));
  if (!SIGNATURE_OFFICE.test(officeText)) return null;
  // The dating line within the three paragraphs above the office.
  const above = body.slice(-5, -2).map((p) => collapseWhitespace(text.slice(p.start, p.end)));
  if (!above.some((line) => DONE_AT.test(line) && findDate(line) !== null)) return null;
  const before = text.slice(bodyStart(statement), office.start);
  return {
    name: mention.name,
    title: officeText.replace(/^(?:le|la|the)\s+/iu, ''),
    country: mostFrequent(findCountries(before).filter((found) => isState(found.canonical))),
    source: { start: office.start, end: last.end },
    mentionStart: mention.start,
    mentionEnd: mention.end,
    inherits: false,
    mentions: 1,
    honorific: mention.hasHonorific,
  };
}

function saidBlockAuthor(statement: Statement): { name: string; title: string; source: SourceSpan } | null {
  const office = statement.title ? HEADLINE_OFFICE.exec(statement.title) : null;
  if (!office) return null;
  const paragraphs = statement.paragraphs.filter((p) => p.start >= bodyStart(statement)).slice(0, 3);
  for (const paragraph of paragraphs) {
    const line = collapseWhitespace(statement.text.slice(paragraph.start, paragraph.end));
    const said = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+said:$/u.exec(line);
    const name = (said?.[1] ?? '').replace(/^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness)\.?\s+/u, '');
    if (said && name) return { name, title: office[1] ?? '', source: { start: paragraph.start, end: paragraph.end } };
  }
  return null;
}

/** Offices whose holders a readout names by surname alone ("Secretary Kerry", "President Macron"). */
// Also "Secretary of State Boucetta" (FCO, 2018), "Minister of State", and a secretary general: « Déclaration du Secrétaire Général
// Jagland au sujet des événements de Ferguson » (Council of Europe, 2014, round 118).
const SURNAME_TITLE = caselessPattern(String.raw`(?:^|\s)(?:secretary|minister|president|chancellor|premier|councillor|councilor|ministre|président|présidente|chancelier|chancelière|(?:security\s+)?advis[eo]r|envoy|(?:secretary|secrétaire)[\s-]+g[ée]n[ée]rale?)(?:\s+of\s+state)?(?:-elect|-designate)?$`, 'iu');

/** Titles of people who relay a text rather than take part: "Pentagon Press Secretary", « porte-parole ». */
const SPOKESPERSON = caselessPattern(String.raw`(?<![\p{L}])(?:spokes(?:man|woman|person)|press\s+secretary|porte-parole|attachée?\s+de\s+presse)(?![\p{L}])`, 'iu');

/** A statement names a handful of participants; past this many, the text is not a statement. */
const MAX_PARTICIPANTS = 100;
/** How far back a clause is read for "counterparts" or a condemnation verb. */
const CLAUSE_WINDOW = 400;

interface Draft {
  name: string;
  title: string;
  country: string | null;
  source: SourceSpan;
  mentionStart: number;
  mentionEnd: number;
  inherits: boolean;
  /** How many times the text names this person with a title (the fuller, the surer). */
  mentions: number;
  honorific: boolean;
}

/**
 * A plural office of listed countries followed by as many names, in the same order: "Foreign Ministers from
 * Australia, New Zealand and Fiji, Senator Bob Carr, the Hon Murray McCully and Ratu Inoke Kubuabola today
 * continued trilateral discussions" (2012), « les ministres des Affaires étrangères de l'Australie, du Japon et des
 * États-Unis, X, Y et Z, se sont réunis ». Each name takes the office in the singular and its country.
 */
const PLURAL_OFFICE = caselessPattern(
  String.raw`(?<![\p{L}])((?:(?:foreign|defen[cs]e|trade|finance|prime|deputy)\s+)?(?:ministers|leaders|presidents|secretaries)(?:\s+(?:of|for)\s+(?:foreign\s+affairs|defen[cs]e))?|(?:premiers\s+)?ministres(?:\s+des\s+affaires\s+étrangères|\s+de\s+la\s+défense)?|présidents)\s+(?:of|from|de|du|des|d['’])(?![\p{L}])`,
  'giu',
);
/** Between two items of a list: a comma, "and" / « et », and the article or « de » a country takes. */
const LIST_GAP = caselessPattern(String.raw`^(?:\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+|\s+)(?:(?:the|la|le|les|de\s+la|de\s+l['’]|de|du|des|d['’]|l['’])\s*)?$`, 'iu');
/** Before each name of the list: the comma or "and", then at most three capitalised honorific words ("Senator", "the Hon", "Ratu"). */
const NAME_GAP = /^\s*(?:,\s*)?(?:(?:and|et)\s+)?(?:(?:the|\p{Lu}[\p{L}.]*)\s+){0,3}$/u;
const SINGULAR: Readonly<Record<string, string>> = { ministers: 'minister', leaders: 'leader', presidents: 'president', secretaries: 'secretary', premiers: 'premier', ministres: 'ministre', présidents: 'président' };

function singularOffice(office: string): string {
  return office.replace(/\p{L}+/gu, (word) => {
    const singular = SINGULAR[word.toLowerCase()];
    if (!singular) return word;
    return word[0] === word[0]?.toUpperCase() ? singular[0]?.toUpperCase() + singular.slice(1) : singular;
  });
}

/**
 * "The two Prime Ministers X of France and Y of Senegal", « les deux Premiers Ministres Edouard PHILIPPE de la France et
 * Mahamat Boun Abdallah DIONE du Sénégal » (Senegal's embassy in Paris, round 26): each name takes the office in the
 * singular and the country written after it.
 */
const TWO_OFFICE_HOLDERS = caselessPattern(
  String.raw`(?<![\p{L}])(?:the\s+two|both|les\s+deux|the|des|les)\s+((?:(?:foreign|defen[cs]e|trade|finance|prime)\s+)?(?:ministers|leaders|presidents|secretaries)|(?:premiers\s+)?ministres(?:\s+des\s+affaires\s+étrangères|\s+de\s+la\s+défense)?|présidents)\s+(?=\p{Lu})`,
  'giu',
);
/**
 * A superset test for PLURAL_OFFICE and TWO_OFFICE_HOLDERS: each of their matches holds one of these plural offices, under the
 * same case-insensitivity (both are compiled with `i` and without `u`, as is this). A plain literal alternation, which V8 scans
 * fast, where their leading lookbehind is tried at every position of the body: a text without any of them (most) skips both
 * scans, which could find nothing.
 */
const PLURAL_OFFICE_WORD = /ministers|leaders|presidents|secretaries|ministres|présidents/i;
const COUNTRY_AFTER_NAME = caselessPattern(String.raw`^\s+(?:of|from|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?$`, 'iu');

function twoOfficeHolders(statement: Statement, mentions: readonly PersonMention[]): Draft[] {
  const { text } = statement;
  const drafts: Draft[] = [];
  if (!PLURAL_OFFICE_WORD.test(text)) return drafts;
  const end = bodyEnd(statement);
  TWO_OFFICE_HOLDERS.lastIndex = bodyStart(statement);
  // Mentions are in text order and so are the matches: one pointer walks them once (no quadratic scan on a 1 MB text).
  let next = 0;
  for (let match = TWO_OFFICE_HOLDERS.exec(text); match !== null && match.index < end; match = TWO_OFFICE_HOLDERS.exec(text)) {
    let at = match.index + match[0].length;
    while (next < mentions.length && (mentions[next]?.start ?? Infinity) < at) next++;
    const found: { mention: PersonMention; country: string | null }[] = [];
    for (const mention of mentions.slice(next, next + 3)) {
      if (found.length === 2 || mention.wordCount < 2 || !(found.length === 0 ? /^\s*$/u : /^\s*(?:,\s*)?(?:and|et)\s+$/u).test(text.slice(at, mention.start))) break;
      // "… Premiers ministres Charles Michel et Xavier Bettel" (Luxembourg, 2015, round 27): no country after the names.
      const country = findCountries(text.slice(mention.end, mention.end + 40))[0];
      const ofCountry = country !== undefined && COUNTRY_AFTER_NAME.test(text.slice(mention.end, mention.end + country.start));
      found.push({ mention, country: ofCountry ? country.canonical : null });
      at = ofCountry ? mention.end + country.end : mention.end;
    }
    // Both with a country or neither: "the Prime Ministers X of France and Y of Senegal", "the Prime Ministers X and Y".
    if (found.length !== 2 || (found[0]?.country === null) !== (found[1]?.country === null)) continue;
    const sentence = containingSentence(statement, match.index) ?? { start: match.index, end: at };
    if (isAddressed(text, sentence.start, found[0]?.mention.start ?? match.index)) continue;
    const title = singularOffice(match[1] ?? '');
    for (const { mention, country } of found) drafts.push({ name: mention.name, title, country, source: sentence, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: true });
  }
  return drafts;
}

function apposedOfficeHolders(statement: Statement, mentions: readonly PersonMention[]): Draft[] {
  const { text } = statement;
  const drafts: Draft[] = twoOfficeHolders(statement, mentions);
  // (No plural office anywhere in the text: PLURAL_OFFICE finds nothing, the loop below adds nothing.)
  if (!PLURAL_OFFICE_WORD.test(text)) return drafts;
  let next = 0;
  PLURAL_OFFICE.lastIndex = bodyStart(statement);
  const end = bodyEnd(statement);
  for (let match = PLURAL_OFFICE.exec(text); match !== null && match.index < end && drafts.length < MAX_PARTICIPANTS; match = PLURAL_OFFICE.exec(text)) {
    const listStart = match.index + match[0].length;
    const countries: CountryMention[] = [];
    let at = listStart;
    for (const country of findCountries(text.slice(listStart, Math.min(end, listStart + 400)))) {
      const start = listStart + country.start;
      if (!LIST_GAP.test(text.slice(at, start))) break;
      countries.push({ ...country, start, end: listStart + country.end });
      at = listStart + country.end;
    }
    if (countries.length < 2 || !/^\s*,/.test(text.slice(at, at + 3))) continue;
    const names: PersonMention[] = [];
    // Mentions are in text order and so are the matches: one pointer walks them once (no quadratic scan on a 1 MB text).
    while (next < mentions.length && (mentions[next]?.start ?? Infinity) < at) next++;
    for (const mention of mentions.slice(next, next + countries.length + 1)) {
      if (names.length === countries.length || mention.wordCount < 2 || !NAME_GAP.test(text.slice(at, mention.start))) break;
      names.push(mention);
      at = mention.end;
    }
    if (names.length !== countries.length) continue;
    const sentence = containingSentence(statement, match.index) ?? { start: match.index, end: at };
    const title = singularOffice(match[1] ?? '');
    names.forEach((mention, i) => {
      drafts.push({ name: mention.name, title, country: countries[i]?.canonical ?? null, source: sentence, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: true });
    });
  }
  return drafts;
}

/**
 * "A Downing Street spokesperson said: “The Prime Minister spoke to President Zelenskyy this morning …”": an
 * unnamed spokesperson's quotation is the readout itself, so the people it names are the meeting's, not people
 * a speaker talks about.
 */
const SPOKESPERSON_SAID_BEFORE = caselessPattern(
  String.raw`(?:spokes(?:man|woman|person)|porte-parole)\s+(?:said|says|stated|added|a\s+déclaré|a\s+indiqué)\s*:?[\s\u00a0]*$`,
  'iu',
);

/** The sentence so far is only a preposition of place or motion: "From New York, …", « Depuis Paris, … ». */
const FRONTED_PLACE_BEFORE = caselessPattern(String.raw`^\s*(?:from|in|at|after|depuis|après|à)\s+$`, 'iu');

/** A dateline's city opening the paragraph: "New York, The Minister of Foreign Affairs, Shaikh Khalid … met with …" (Bahrain MFA, round 41). */
function opensDateline(text: string, start: number, end: number): boolean {
  return /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, start - 2), start)) && /^,\s+(?:The|Le|La|Les|L['’])\s*\p{Lu}/u.test(text.slice(end, end + 12));
}

/** `condemnations` are the statement's own (extractStatement passes the ones it has, so they are found once). */
/**
 * For a titled surname whose fuller name the body gives elsewhere: that fuller mention when every fuller mention of the person is
 * one a recalled earlier meeting names (so it was never taken), else null (the fuller mention speaks for the person).
 */
function recalledFuller(mentions: readonly PersonMention[], mention: PersonMention, text: string, statement: Statement): PersonMention | null {
  const fuller = mentions.filter((m) => m.wordCount > 1 && isSameOrShorterName(mention.name, m.name));
  if (fuller.length === 0 || fuller.some((m) => m.start > mention.start)) return null;
  const recalled = fuller.every((m) => {
    const sentence = containingSentence(statement, m.start);
    // Or named only where they are spoken of, not present: "members of the incoming administration of President-elect Luiz Inácio
    // Lula da Silva", then "met with President-elect Lula" (White House, 2022, round 146).
    return sentence !== null && (MET_EARLIER_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 200), m.start)) || isAddressed(text, sentence.start, m.start, m.end));
  });
  return recalled ? (fuller[0] as PersonMention) : null;
}

const RESPECTIVE = caselessPattern(String.raw`(?<![\p{L}])(?:respective|respectives?|respectifs?)(?![\p{L}])`, 'iu');

/** "Members of the Presidential Delegation:" heading a list of names, in White House announcements of a delegation. */
const DELEGATION_LIST_HEADING = /^Members?\s+of\s+the\s+((?:[\p{Lu}][\p{L}-]*\s+){0,3}[Dd]elegation)\s*:\s*$/u;
/** A list line that is a name alone after a style: "Mr. Isaac Perlmutter", "Ms. Allison Lutnick". */
const STYLED_NAME_LINE = /^(?:Mr|Mrs|Ms|Dr|The\s+Honou?rable|T\.H|Hon)\.?\s+/u;

/**
 * A member of a delegation the text lists, one per line under "Members of the Presidential Delegation:" (White House, 2025,
 * round 155), takes part with the office the line gives after a comma ("Mr. Richard Walters, Partner at FGS Global"), or the one
 * the heading gives to a name alone ("Mr. Isaac Perlmutter": "Member of the Presidential Delegation").
 */
function withListedDelegationTitle(statement: Statement, mention: PersonMention): PersonMention {
  const { text } = statement;
  const k = statement.paragraphs.findIndex((p) => p.start <= mention.start && mention.end <= p.end);
  if (k < 1) return mention;
  const line = text.slice(statement.paragraphs[k]!.start, statement.paragraphs[k]!.end).trim();
  const rest = line.replace(STYLED_NAME_LINE, '');
  const name = text.slice(mention.start, mention.end);
  if (!STYLED_NAME_LINE.test(line) || !rest.startsWith(name)) return mention;
  // The line's own office after a comma, however the finder reads it: "Mr. Richard Walters, Partner at FGS Global".
  const office = /^,\s*(.+?)\.?$/u.exec(rest.slice(name.length))?.[1];
  if (office === undefined && rest.slice(name.length).replace(/\.$/u, '') !== '') return mention;
  for (let j = k - 1; j >= 0 && j >= k - 40; j--) {
    const paragraph = text.slice(statement.paragraphs[j]!.start, statement.paragraphs[j]!.end).trim();
    const heading = DELEGATION_LIST_HEADING.exec(paragraph);
    // No country: the offices in such lists name the posts abroad ("Consul General, U.S. Consulate Milan, Italy"), and the text
    // names the host's country most, so neither it nor the issuing-country guess is the member's.
    if (heading) return { ...mention, title: office ?? `Member of the ${heading[1]}`, country: null, listedInDelegation: true };
    // The list runs on over styled lines only.
    if (!STYLED_NAME_LINE.test(paragraph)) return mention;
  }
  return mention;
}

export function extractParticipants(statement: Statement, condemnations: readonly Condemnation[] = extractCondemnations(statement)): Participant[] {
  const { text } = statement;
  const quotations = findQuotations(statement)
    .filter((q) => !SPOKESPERSON_SAID_BEFORE.test(text.slice(Math.max(0, q.openStart - 80), q.openStart)))
    // A body that is one quotation under "Statement from A and B on Call with C" is the authors' own account: the people
    // in the call it reports take part (White House, 2025, round 134).
    .filter((q) => !(statement.title && STATEMENT_BY.test(statement.title) && spansWholeBody(statement, q)))
    .map((q) => ({ start: q.openEnd, end: q.closeStart }));
  // A journalist's question in a press briefing (« Q – … Paul Biya … », France Diplomatie, 2018) names people, not participants.
  const questions = statement.paragraphs.filter((p) => /^(?:Q|Question)\s*[–—:-]/u.test(text.slice(p.start, p.start + 12))).map((p) => ({ start: p.start, end: p.end }));
  const insideQuotation = (offset: number): boolean => indexOfSpanAt(quotations, offset) >= 0 || (questions.length > 0 && indexOfSpanAt(questions, offset) >= 0);
  // Names listed after a plural office and its countries come first, so later mentions add to them.
  const drafts: Draft[] = apposedOfficeHolders(statement, bodyPersonMentions(statement));
  let previous: Draft | null = null;
  const listedMembers = new Set<string>();
  // (Only a text with such a heading is looked at: finding each mention's paragraph costs a long text a pass per mention.)
  const delegationList = /[Dd]elegation\s*:/u.test(text);
  for (const mention of bodyPersonMentions(statement).map((m) => (delegationList ? withListedDelegationTitle(statement, m) : m))) {
    if (mention.listedInDelegation) listedMembers.add(mention.name);
    if (!mention.title || (mention.wordCount < 2 && !(MONARCH_TITLE.test(mention.title) && MAJESTY_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start + 12)))) || insideQuotation(mention.start)) continue;
    // A spokesperson relays the text; a country named in a list of issuers is not a person. Nor is the White House: "Director, White
    // House Domestic Policy Council" (White House, 2025, round 155).
    if (SPOKESPERSON.test(mention.title) || canonicalCountry(mention.name) !== null || /^White\s+House$/u.test(mention.name)) continue;
    // "Deputy Pentagon Press Secretary Ms. Sabrina Singh provided the following readout": the title the
    // finder kept ("Secretary") is shorter than the office the sentence gives.
    if (SPOKESPERSON.test(text.slice(Math.max(0, mention.start - 40), mention.start)) || RELAYS_READOUT.test(text.slice(mention.end, mention.end + 60))) continue;
    if (opensDateline(text, mention.start, mention.end)) continue;
    const existing = drafts.find((d) => isSameOrShorterName(mention.name, d.name) || isSameOrShorterName(d.name, mention.name));
    if (existing) {
      if (nameKeys(mention.name).length > nameKeys(existing.name).length) existing.name = mention.name;
      if (existing.title.split(/\s+/).length < 2 && mention.title.split(/\s+/).length >= 2) existing.title = mention.title;
      existing.country ??= mention.country;
      existing.mentions++;
      existing.honorific ||= mention.hasHonorific;
      continue;
    }
    if (drafts.length >= MAX_PARTICIPANTS) continue;
    const sentence = containingSentence(statement, mention.start) ?? { start: mention.start, end: mention.end };
    if (STAY_PLACE_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) continue;
    if (hasCondemnationCueBefore(clauseBefore(text, Math.max(sentence.start, mention.start - CLAUSE_WINDOW), mention.start))) continue;
    // "support for the UN Special Representative, X", « lettre adressée au premier ministre X »: addressed, not present.
    if (isAddressed(text, sentence.start, mention.start, mention.end)) continue;
    const gap = previous && previous.source.start === sentence.start ? text.slice(previous.mentionEnd, Math.min(mention.start, previous.mentionEnd + CLAUSE_WINDOW)) : '';
    const draft: Draft = {
      name: mention.name,
      title: mention.title,
      country: mention.country ?? counterpartCountry(text, Math.max(sentence.start, mention.start - CLAUSE_WINDOW), mention.start),
      source: sentence,
      mentionStart: mention.start,
      mentionEnd: mention.end,
      // "Chile’s Minister …, Name, and Undersecretary … Name": the second shares the first one's country.
      // Not when the sentence pairs them as heads of each side: "Israel’s Minister for Strategic and Intelligence Affairs Yuval
      // Steinitz and Deputy Secretary of State William Burns headed the respective delegations" (State Department, 2014).
      inherits: AND_NEXT.test(gap) && !RESPECTIVE.test(text.slice(mention.end, sentence.end)),
      mentions: 1,
      honorific: mention.hasHonorific,
    };
    if (draft.country === null && draft.inherits && previous?.country) draft.country = previous.country;
    drafts.push(draft);
    previous = draft;
  }
  // A person the text only ever names by title and surname ("Secretary Kerry … Foreign Minister Lavrov")
  // is a participant under that surname, when no fuller name of theirs appears anywhere in the body.
  const mentions = bodyPersonMentions(statement);
  // Every word of every fuller name, once (a surname with a fuller form anywhere is not on its own).
  let fullerNameKeys: Set<string> | null = null;
  let draftNameKeys: Set<string> | null = null;
  for (const mention of mentions) {
    // Also a titled surname after an honorific, whatever the office: « le secrétaire général, M. Stoltenberg ».
    if (mention.wordCount !== 1 || !mention.title || !(SURNAME_TITLE.test(mention.title) || mention.hasHonorific) || insideQuotation(mention.start) || drafts.length >= MAX_PARTICIPANTS) continue;
    draftNameKeys ??= new Set(drafts.flatMap((d) => nameKeys(d.name)));
    if (nameKeys(mention.name).every((key) => draftNameKeys?.has(key))) continue;
    fullerNameKeys ??= new Set(mentions.filter((m) => m.wordCount > 1).flatMap((m) => nameKeys(m.name)));
    // A fuller name given only where the person was not taken (an earlier call the text recalls: "as follow up to the May 26, 2023
    // call between President of Guatemala Alejandro Giammattei and …", then "… to meet with President Giammattei", White House,
    // 2023, round 84): the surname met now is that person, under the fuller name.
    const fuller = nameKeys(mention.name).every((key) => fullerNameKeys?.has(key)) ? recalledFuller(mentions, mention, text, statement) : undefined;
    if (fuller === null) continue;
    // "President Putin’s war of choice", "President Assad’s regime" (G7 leaders, 2022): the leader whose acts are condemned.
    if (/^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:war|wars|aggression|invasion|regime|attacks?|crimes|forces|troops|army|military|brutality|atrocities|illegal|brutal|unprovoked|unjustified|unjustifiable)(?![\p{L}])/u.test(text.slice(mention.end, mention.end + 60))) continue;
    // "It is President Putin, his government and supporters … who are imposing this war" (G7 leaders, 2022): a cleft that blames.
    if (/(?:^|[.;:]\s+|\n)(?:It\s+is|C['’]est)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(Math.max(0, mention.start - 40), mention.start))) continue;
    // "opened the call by saying President Trump had put forward a plan": someone spoken about, not present.
    if (/(?<![\p{L}])(?:saying|said|noting|noted|stressing|stressed|recalling|recalled|that)\s+(?:(?:the|U\.S\.|US)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(Math.max(0, mention.start - 60), mention.start))) continue;
    const sentence = containingSentence(statement, mention.start) ?? { start: mention.start, end: mention.end };
    if (hasCondemnationCueBefore(clauseBefore(text, Math.max(sentence.start, mention.start - CLAUSE_WINDOW), mention.start))) continue;
    if (isAddressed(text, sentence.start, mention.start, mention.end)) continue;
    drafts.push({ name: fuller?.name ?? mention.name, title: fuller?.title ?? mention.title, country: fuller?.country ?? mention.country, source: sentence, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: false });
    if (fuller) for (const key of nameKeys(fuller.name)) draftNameKeys.add(key);
    for (const key of nameKeys(mention.name)) draftNameKeys.add(key);
  }
  // Full names the text gives without any title, as the subject or the other party of a meeting, call or
  // visit ("Antony Blinken met with Penny Wong", « Emmanuel Macron a reçu ce jour Narendra Modi »):
  // common in French readouts, whose headline carries the office.
  // Also a surname after an honorific, when the text never gives more of it: "Mr Downer attended the third … Meeting".
  const attendingVerbAt = new Map<number, number>();
  // The end of the last counterpart taken from a list of them, so the next item can follow it.
  let listedCounterpartEnd = -1;
  // A list that opens on a plural office goes on with its items: "the Vice Foreign Ministers Mr. Alejandro Solano Ortiz of Costa
  // Rica, Mr. Carlos Alfredo Castaneda of El Salvador, …" (SICA, 2014, round 50). Each item after the first takes the office.
  const pluralOffices = drafts.filter((d) => PLURAL_OFFICE_TITLE.test(d.title)).map((d) => ({ draft: d, end: d.mentionEnd, title: d.title.replace(PLURAL_OFFICE_TITLE, (word) => word.replace(/ies$/u, 'y').replace(/s$/u, '')) }));
  let listedOffice = '';
  let lastBareNameEnd = -1;
  let colleaguesOf: { readonly country: string | null; readonly sentenceStart: number } | null = null;
  let lastTitled: PersonMention | null = null;
  // A titled participant opens a pair too: "signed by the minister Gabriel Mbega Obiang Lima and the ambassadors Simeon Esono
  // Angue and Osvaldo Abreu" (Equatorial Guinea's press office, 2019, round 57); also named again with the office: "Armenian nd
  // Russian Defense Ministers Suren Papikyan and Sergey Shoigu" (Public Radio of Armenia, 2022, round 60), Papikyan a participant
  // since the first paragraph — not in a sentence about an event to come: "the summit which will take place between President
  // Trump and Kim Jong-un" (No 10, 2018).
  const titledOpensPair = (titled: PersonMention, sentenceStart: number): boolean =>
    drafts.some((d) => d.mentionStart === titled.start) ||
    (drafts.some((d) => isSameOrShorterName(titled.name, d.name) || isSameOrShorterName(d.name, titled.name)) && !EVENT_TO_COME_BEFORE.test(text.slice(sentenceStart, titled.start)));
  for (const mention of mentions) {
    // A titled participant opens a pair too (read only when a name after it needs it, below).
    if (mention.title) lastTitled = mention;
    if (mention.title || (mention.wordCount < 2 && !(mention.wordCount === 1 && mention.hasHonorific)) || insideQuotation(mention.start) || drafts.length >= MAX_PARTICIPANTS) continue;
    if (canonicalCountry(mention.name) !== null || TERRITORIES.has(mention.name)) continue;
    const known = drafts.find((d) => isSameOrShorterName(mention.name, d.name) || isSameOrShorterName(d.name, mention.name));
    if (known) {
      // A participant named again opens a pair as well as a first mention does; the fuller name is kept: "Umaro Sissoco Embaló"
      // before "President Sissoco Embaló said" (Kenya's State House, round 58).
      // Not an acronym the finder read onto the name: "PAM Ramiro Lopes da Silva" (Burkina Faso's Primature, round 56).
      if (nameKeys(mention.name).length > nameKeys(known.name).length && !/^\p{Lu}{2,}\s/u.test(mention.name)) known.name = mention.name;
      lastBareNameEnd = mention.end;
      continue;
    }
    if (mention.wordCount === 1) {
      fullerNameKeys ??= new Set(mentions.filter((m) => m.wordCount > 1).flatMap((m) => nameKeys(m.name)));
      if (nameKeys(mention.name).every((key) => fullerNameKeys?.has(key))) continue;
    }
    const sentence = containingSentence(statement, mention.start) ?? { start: mention.start, end: mention.end };
    const before = text.slice(Math.max(sentence.start, mention.start - 80), mention.start);
    const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 160));
    // "… of the CPC Central Committee and Foreign Minister Wang Yi held talks": a body, not a person.
    // Nor a place after "in", "at" or "from": "… at the Ministry of External Affairs in New Delhi and Mrs. L. Savithri, …, were also
    // present at the meeting" (SAARC Secretariat, round 62).
    if (PLACE_OR_BODY_BEFORE.test(before)) continue;
    // Nor a building or a body after its article: "The White House also hosted representatives from the U.S. and UK governments"
    // (White House, 2024, round 148).
    if (!mention.hasHonorific && /(?:^|\s)(?:[Tt]he|[Ll]e|[Ll]a)\s+$/u.test(before)) continue;
    // Nor the place of a trip: "Following up on the Vice President’s May 2022 trip to Abu Dhabi" (White House, 2023, round 151).
    if (PLACE_OF_TRIP_BEFORE.test(before)) continue;
    // A dateline's city opening the paragraph: "New York, The Minister of Foreign Affairs, Shaikh Khalid … met with …" (Bahrain
    // MFA, round 41).
    if (opensDateline(text, mention.start, mention.end)) continue;
    // A place fronted by a preposition and set off by a comma: "From New York, Sogavare flew to Washington DC" (Solomon
    // Islands GCU, 2022, round 54).
    if (mention.title === null && FRONTED_PLACE_BEFORE.test(before) && /^\s*,/u.test(after)) continue;
    // "Bassirou Diomaye Faye et Adama Barrow ont convenu samedi à Banjul de tenir …" (APS, 2024, round 33): two full names, the
    // subject of what they agreed, decided or signed.
    // Read last, only when nothing cheaper admits the name.
    const pairSubject = (): boolean => {
      const pairAgreed = PAIR_SUBJECT_AGREED.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
      return pairAgreed !== null && mention.end <= sentence.start + pairAgreed[0].length;
    };
    const counterpartListed =
      mention.hasHonorific &&
      mention.country !== null &&
      (COUNTERPARTS_LIST_OPENS.test(before) ||
        // "The rest are Mr Fred Mitchell of the Bahamas; …": the list goes on in the next sentence.
        (listedCounterpartEnd >= 0 && LIST_GOES_ON.test(before)) ||
        (listedCounterpartEnd >= sentence.start && COUNTERPARTS_LIST_NEXT.test(text.slice(listedCounterpartEnd, mention.start))));
    const pluralOffice = !counterpartListed && mention.hasHonorific && mention.country !== null ? pluralOffices.find((office) => office.end >= sentence.start && office.end < mention.start && COUNTERPARTS_LIST_NEXT.test(text.slice(office.end, mention.start))) : undefined;
    if (pluralOffice) {
      listedOffice = pluralOffice.title;
      // The list's first item, titled where the office stands, holds one office too.
      pluralOffice.draft.title = pluralOffice.title;
    }
    // A list of names under one plural style, each with its country: "the Co-Chairs of the OSCE Minsk Group (Ambassadors Igor Popov of
    // the Russian Federation, James Warlick of the United States of America, and Pierre Andrieu of France)" (OSCE, 2015, round 113).
    const styleBefore = text.slice(Math.max(sentence.start, mention.start - 300), mention.start);
    const styledList = mention.country !== null && PLURAL_STYLE_WORD.test(styleBefore) && PLURAL_STYLE_LIST_BEFORE.test(styleBefore);
    const officeListed = pluralOffice !== undefined || (listedOffice !== '' && listedCounterpartEnd >= sentence.start && COUNTERPARTS_LIST_NEXT.test(text.slice(listedCounterpartEnd, mention.start)));
    // The next name of a pair or list whose first name took part: « s’est entretenu avec Mme Cynthia LIGEARD et M. Gilbert
    // TYUIENON » (New Caledonia's government, 2015, round 49).
    const pairOpenedAt = Math.max(lastBareNameEnd, lastTitled !== null && lastTitled.end > lastBareNameEnd && lastTitled.start >= sentence.start && titledOpensPair(lastTitled, sentence.start) ? lastTitled.end : -1);
    const listedAfterBareName =
      pairOpenedAt >= sentence.start && NEXT_NAME_OF_LIST.test(text.slice(pairOpenedAt, mention.start)) && (mention.country !== null || LISTED_NAME_ENDS.test(text.slice(mention.end, mention.end + 20)));
    // A list of names, each with its country in brackets: « Les leaders latino-américains présents, Lula Da Silva ( Brésil), Jorge Battle
    // ( Uruguay), … et Michael Misick ( Iles Turks et Caicos) ont reconnu … » (Radio Métropole, Haiti, 2004, round 126).
    const possessiveCountry = before.includes('s ') ? countryPossessiveBefore(before) : null;
    const bracketCountry = BRACKETED_AFTER_NAME.exec(text.slice(mention.end, mention.end + 50));
    const bracketListed = bracketCountry !== null && bracketedCountryItems(text.slice(sentence.start, sentence.end)) >= 3;
    if (
      !counterpartListed &&
      !officeListed &&
      !styledList &&
      !listedAfterBareName &&
      !bracketListed &&
      !BARE_NAME_BEFORE.test(before) &&
      !COLLEAGUES_LIST_OPENS.test(before) &&
      !(possessiveCountry !== null && BARE_NAME_ACT_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 200)))) &&
      // After a comma only for a name set off by commas or with an honorific (« …, M. Nasser Bourita, a eu … »), not "the APEC
      // (…) Ministerial Meeting, held a meeting with" (Japan MOFA, 2017).
      !(BARE_NAME_AFTER.test(after) && (!/^\s*,/u.test(after) || mention.hasHonorific || /,\s*$/u.test(before) || !PARTICIPLE_AFTER_COMMA.test(after))) &&
      !listedAsAttending(text, sentence, mention.end, attendingVerbAt) &&
      !ATTENDING_OFFICE_LIST.test(text.slice(Math.max(sentence.start, mention.start - 300), mention.start)) &&
      !pairSubject() &&
      ministersListedCountry(text.slice(Math.max(sentence.start, mention.start - 300), mention.start)) === null
    )
      continue;
    // "welcomed Maria Zakharova’s remarks": her remarks, not her.
    if (/^['’]s?(?![\p{L}])/u.test(text.slice(mention.end, mention.end + 3))) continue;
    if (hasCondemnationCueBefore(clauseBefore(text, Math.max(sentence.start, mention.start - CLAUSE_WINDOW), mention.start))) continue;
    if (isAddressed(text, sentence.start, mention.start, mention.end)) continue;
    // Colleagues are of their minister's country, and so is each next name of their list.
    if (COLLEAGUES_LIST_OPENS.test(before)) colleaguesOf = lastTitled !== null && lastTitled.start >= sentence.start ? { country: lastTitled.country, sentenceStart: sentence.start } : null;
    else if (!listedAfterBareName || colleaguesOf?.sentenceStart !== sentence.start) colleaguesOf = null;
    drafts.push({ name: mention.name, title: officeListed ? listedOffice : officeLabelAbove(statement, mention.start), country: mention.country ?? (bracketListed ? canonicalCountry(bracketCountry?.[1] ?? '') : null) ?? possessiveCountry ?? colleaguesOf?.country ?? ministersListedCountry(text.slice(Math.max(sentence.start, mention.start - 300), mention.start)), source: sentence, mentionStart: mention.start, mentionEnd: mention.end, inherits: false, mentions: 1, honorific: mention.hasHonorific });
    if (counterpartListed || officeListed) listedCounterpartEnd = mention.end;
    lastBareNameEnd = mention.end;
  }
  // In the order the text names them, as an officer reads them.
  drafts.sort((a, b) => a.mentionStart - b.mentionStart);
  // "Foreign Secretary condemns …" ⏎ "Philip Hammond said:" — the statement's author, titled by its headline.
  const author = saidBlockAuthor(statement);
  if (author && !drafts.some((d) => isSameOrShorterName(author.name, d.name) || isSameOrShorterName(d.name, author.name))) {
    drafts.unshift({ name: author.name, title: author.title, country: null, source: author.source, mentionStart: author.source.start, mentionEnd: author.source.end, inherits: false, mentions: 1, honorific: false });
  }
  const closing = closingSignatureAuthors(statement);
  const office = closing.length === 0 ? officeAboveSignature(statement) : null;
  for (const signer of (office ? [office] : closing).reverse()) {
    if (drafts.length < MAX_PARTICIPANTS && !drafts.some((d) => isSameOrShorterName(signer.name, d.name) || isSameOrShorterName(d.name, signer.name))) drafts.unshift(signer);
  }
  for (const signatory of signatoryLine(statement)) {
    if (drafts.length >= MAX_PARTICIPANTS || drafts.some((d) => isSameOrShorterName(signatory.name, d.name) || isSameOrShorterName(d.name, signatory.name))) continue;
    drafts.push(signatory);
  }
  for (const signer of signaturesInCapitals(statement)) {
    // "G. JALANDONI", found by the name finder, is the signature's "LUIS G. JALANDONI".
    const shorter = drafts.find((d) => isSameOrShorterName(d.name, signer.name));
    if (shorter) {
      shorter.name = signer.name;
      if (shorter.title === '') shorter.title = signer.title;
      continue;
    }
    if (drafts.length >= MAX_PARTICIPANTS || drafts.some((d) => isSameOrShorterName(signer.name, d.name))) continue;
    drafts.push(signer);
  }
  const sayer = sayerInTitle(statement);
  if (sayer && drafts.length < MAX_PARTICIPANTS && !drafts.some((d) => isSameOrShorterName(sayer.name, d.name) || isSameOrShorterName(d.name, sayer.name))) {
    drafts.unshift(sayer);
  }
  const labelAuthor = attributedStatementLine(statement);
  if (labelAuthor && drafts.length < MAX_PARTICIPANTS && !drafts.some((d) => isSameOrShorterName(labelAuthor.name, d.name) || isSameOrShorterName(d.name, labelAuthor.name))) {
    drafts.unshift(labelAuthor);
  }
  // Last first, so that after the unshifts they stand in the block's order. The block's office is the author's, whatever office
  // a reading across its lines gave the name (the next minister's, under it).
  for (const headerAuthor of headerBlockAuthors(statement).reverse()) {
    const existing = drafts.find((d) => isSameOrShorterName(headerAuthor.name, d.name) || isSameOrShorterName(d.name, headerAuthor.name));
    if (existing) {
      if (existing.mentionStart !== headerAuthor.mentionStart) continue;
      existing.title = headerAuthor.title;
      existing.country ??= headerAuthor.country;
      drafts.splice(drafts.indexOf(existing), 1);
      drafts.unshift(existing);
      continue;
    }
    if (drafts.length < MAX_PARTICIPANTS) drafts.unshift(headerAuthor);
  }
  // The statement's author, named only in its title line: "Statement by the President of the European
  // Council Herman Van Rompuy on …" above a body in the first person, or "Readout of Secretary Kerry’s Call
  // with Foreign Minister Lavrov" above "The Secretary and Foreign Minister Lavrov spoke today".
  // Last first, so that after the unshifts they stand in the title's order.
  for (const author of titleLineAuthors(statement).reverse()) {
    if (drafts.length >= MAX_PARTICIPANTS || drafts.some((d) => isSameOrShorterName(author.name, d.name) || isSameOrShorterName(d.name, author.name))) continue;
    drafts.unshift(author);
  }
  for (const counterpart of titleMeetingCounterparts(statement)) {
    if (drafts.length >= MAX_PARTICIPANTS || drafts.some((d) => isSameOrShorterName(counterpart.name, d.name) || isSameOrShorterName(d.name, counterpart.name))) continue;
    drafts.push(counterpart);
  }
  // The title line may give the full name the body shortens ("… Meeting With Estonian Minister of
  // Defence Hanno Pevkur" above "Minister Pevkur, Estonia"): a surname takes it.
  // Not from a headline in capitals, where a verb reads as a name: "LE PREMIER MINISTRE TRUDEAU RENCONTRE LE PRÉSIDENT IDRISS DÉBY
  // ITNO DU TCHAD" over « Le premier ministre Trudeau a rencontré … » (PMO via Alwihda, 2016, round 86).
  if (statement.title !== null && statement.title !== statement.title.toUpperCase() && drafts.some((d) => !d.name.includes(' '))) {
    const titleNames = findPersonMentions(text, 0, bodyStart(statement)).filter((m) => m.wordCount > 1);
    for (const draft of drafts) {
      if (draft.name.includes(' ')) continue;
      const full = titleNames.find((m) => isSameOrShorterName(draft.name, m.name));
      if (full) draft.name = full.name;
    }
  }
  const taken = new Set(drafts.map((d) => d.country).filter((c): c is string => c !== null));
  const targets = new Set(condemnations.flatMap((c) => c.targets));
  const home = homeCountry(text, taken, targets);
  const leadEnd = statement.paragraphs.filter((p) => p.start >= bodyStart(statement)).slice(0, 2).at(-1)?.end ?? 0;
  // Named once, and only as a party to another meeting the text mentions.
  // An honorific's full stop is no sentence end for these patterns: "… Personal Envoy, Mr. Pekka Haavisto".
  let present = drafts.filter((d) => d.mentions > 1 || !isOtherMeetingBefore(text.slice(d.source.start, d.mentionStart)));
  // A trip to several countries announced ahead: the people to be met on it are no participants (corpus convention),
  // only the travellers the lead (or the header above it) names. Someone of another country met on the way ("will
  // travel to London … for bilateral meetings with the British Secretary of State for Defence") is a bilateral
  // counterpart, and someone whose country the text does not give is kept for the officer to judge.
  const trip = announcedTripToSeveralCountries(statement);
  // Someone the text gives no country but names in a sentence about one of the trip's countries is met on the trip too: "In
  // the US, Foreign Minister Aso will have … Talks with Secretary of State Condoleezza Rice" (Japan MOFA, 2007, round 22).
  const onTheTrip = (d: Draft) => {
    const sentence = containingSentence(statement, d.mentionStart);
    return trip !== null && sentence !== null && findCountries(text.slice(sentence.start, sentence.end)).some((m) => trip.countries.has(m.canonical));
  };
  if (trip) present = present.filter((d) => d.mentionStart < trip.lead.end || (d.country === null ? !onTheTrip(d) : !trip.countries.has(d.country)));
  // The issuing country is a guess from how often a country is named, and the note prints it: "Olaf Scholz,
  // Chancellor (Ukraine)" is worse than no country. It goes to the people the text gives no country when they are
  // one side of a meeting whose other side is one country (Joly and Blair with their Korean counterparts), or one
  // person alone. Two or more people with no country and no other side named are seldom of one country, and the
  // most-named country is then often the topic: there, and where the others are of several countries, the guess was
  // wrong more often than right (real statements and earlier unseen rounds: 80 right, 128 wrong).
  const unplaced = present.filter((d) => d.country === null).length;
  const otherSides = new Set(present.flatMap((d) => (d.country === null ? [] : [d.country]))).size;
  const issuer = otherSides === 1 || (otherSides === 0 && unplaced === 1) ? home : null;
  return present.map((d) => ({
    name: d.name,
    // "Presidents Uhuru Kenyatta and …": each holds one office.
    title: /(?:Presidents|Secretaries|Ministers|presidents|secretaries|ministers)$/u.test(d.title) ? singularOffice(d.title) : d.title,
    // Not to an international organisation's head: « Déclaration du Secrétaire Général Jagland au sujet des événements de Ferguson,
    // Missouri, Etats-Unis » (Council of Europe, 2014, round 118) named the United States, the topic, most.
    // An organisation that issues is theirs: NATO for its Secretary General, the European Union for its High Representative. Of the
    // texts in the corpora and rounds this changes, the most-named state was wrong for four heads (Jagland, Stoltenberg, Gurría, Al
    // Zayani) and right for one national secretary general (Greece's, 1985), who now has none.
    // Nor to a member of a listed delegation, whose country the most-named one (the host's) seldom is.
    country: d.country ?? (issuer !== null && !(isInternationalOffice(d.title) && isState(issuer) && issuer !== 'European Union') && !listedMembers.has(d.name) ? issuer : ''),
    source: d.source,
    // A titled name is the base; an honorific, a second mention and a country the text gives add to it.
    // Someone named only later, in a sentence that reports no meeting, call or visit, may be merely
    // mentioned ("a summit hosted by President X", "the comments made by …"), and a surname alone is
    // less sure than a full name: both are left for the officer to check.
    confidence: confidence(
      0.75,
      d.honorific ? 0.1 : 0,
      d.mentions > 1 ? 0.05 : 0,
      d.country !== null ? 0.05 : home !== null ? 0 : -0.2,
      d.mentionStart < leadEnd || TOOK_PART.test(text.slice(d.source.start, d.source.end)) ? 0 : -0.15,
      d.name.includes(' ') ? 0 : -0.1,
      // Named without any office: the officer should confirm who they are.
      d.title === '' ? -0.15 : 0,
    ),
  }));
}
