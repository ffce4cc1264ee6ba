/**
 * Behaviour the StrykerJS runs over src/core/extract/ (statement-kind, meeting-places, meeting-dates,
 * sentence-helpers, caseless-pattern; condemnation-extractor, initiative-extractor, quote-extractor and meeting-extractor each on its own) showed no
 * test pinned (their surviving and not-covered mutants):
 * each test here fails with one or more of those mutants applied. Equivalent and unreachable mutants
 * have no test here (docs/mutation-survivors.md says why). Texts are written for these tests; most of the
 * initiative-extractor ones are sentences of corpus/real (some shortened, some padded to a length).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { caselessPattern, withoutUnicodeFlag } from './caseless-pattern';
import { condemnationCueIndex, condemnationTargets, extractCondemnations, hasCondemnationCueBefore } from './condemnation-extractor';
import { LONG_SENTENCE } from './confidence';
import { extractInitiatives, initiativeCueConfidence, isInitiativeSentence } from './initiative-extractor';
import { extractMeeting } from './meeting-extractor';
import { findDate, findMeetingDate, formatDate, yearOfFirstFullDate } from './meeting-dates';
import { cleanPlace, inEnglish, placeInSentence } from './meeting-places';
import { extractParticipants } from './participant-extractor';
import { extractQuotes } from './quote-extractor';
import { SCAN_LIMIT, bodyEnd, bodySentences, collapseWhitespace, indexOfSpanAt, indexOfSpanStartingBefore } from './sentence-helpers';
import { classifyStatementKind } from './statement-kind';

const kindOf = (text: string) => classifyStatementKind(importText(text));

describe('statement kind: several issuers in the lead', () => {
  const release = (lead: string) => kindOf(`Situation in the Red Sea\n\n${lead}\n\nThe attacks on merchant shipping must stop.`);

  it('reads two issuers of two countries issuing one statement as a joint statement, with or without "today"', () => {
    expect(release('Global Affairs Canada and the Ministry of Foreign Affairs of Japan issued the following statement:')).toBe('joint-statement');
    expect(release('Global Affairs Canada and the Ministry of Foreign Affairs of Japan today issued the following joint statement:')).toBe('joint-statement');
    expect(release('Global Affairs Canada and the Ministry of Foreign Affairs of Japan jointly released the following statement:')).toBe('joint-statement');
  });

  it('reads a lead pasted from a PDF with doubled spaces the same way', () => {
    expect(release('Global Affairs Canada  and  the Ministry of Foreign Affairs of Japan  today  issued  the  following  joint  statement:')).toBe('joint-statement');
    expect(release('Global Affairs Canada  and  the Ministry of Foreign Affairs of Japan  jointly  published  the  following  statement:')).toBe('joint-statement');
  });

  it('does not read one issuer, or two people of one government, as several', () => {
    expect(release('The Ministry of Foreign Affairs of Japan today issued the following statement on the Red Sea:')).toBe('statement');
    expect(release('The Prime Minister and the Minister of Foreign Affairs today issued the following statement on the Red Sea:')).toBe('statement');
    expect(release('The Prime Minister of Canada and the Minister of Foreign Affairs today issued the following statement on the Red Sea:')).toBe('statement');
  });

  it('reads "issued the following statement" only when it ends the lead’s first clause, not after a long preamble', () => {
    const lead = 'Following his meetings this week in Ottawa with the representatives of shipping companies, insurers, port authorities, seafarers’ unions, after consulting his counterparts in France and in Germany during the recent summit of the Group of Seven leaders held in Apulia, the Prime Minister issued the following statement:';
    expect(lead.indexOf(' issued')).toBeGreaterThan(200);
    expect(release(lead)).toBe('statement');
  });

  it('reads only the first two sentence paragraphs after the title for several issuers', () => {
    const text = [
      'Canada condemns attacks on shipping in the Red Sea',
      'Canada condemns the attacks by Houthi rebels on merchant ships in the Red Sea.',
      'These attacks threaten the lives of seafarers and the freedom of navigation.',
      'The Ministers of Foreign Affairs of Canada, Australia, Japan and New Zealand discussed the situation last month.',
    ].join('\n\n');
    expect(kindOf(text)).toBe('statement');
  });
});

describe('statement kind: which paragraph is the lead', () => {
  const call = 'Minister of Foreign Affairs Mélanie Joly spoke today by phone with Ukraine’s Foreign Minister, Dmytro Kuleba.';

  it('reads the call in the first sentence paragraph, past short lines and lines in capitals', () => {
    expect(kindOf(`Minister Joly and Foreign Minister Kuleba\n\nFor immediate release.\n\n${call}\n\nThey discussed the war.`)).toBe('readout');
    expect(kindOf(`Minister Joly and Foreign Minister Kuleba\n\nFor  immediate  release  –  Ottawa,  Ontario.\n\n${call}\n\nThey discussed the war.`)).toBe('readout');
    expect(kindOf(`Minister Joly and Foreign Minister Kuleba\n\nMEDIA ADVISORY OF THE MINISTER OF FOREIGN AFFAIRS OF CANADA, OTTAWA.\n\n${call}\n\nThey discussed the war.`)).toBe('readout');
  });

  it('takes an eight-word sentence as the lead', () => {
    expect(kindOf('Minister Joly and Foreign Minister Kuleba\n\nMinister Joly spoke by phone with Minister Kuleba.\n\nThey discussed the war in detail.')).toBe('readout');
  });

  it('takes a lead of fifteen words or more as a sentence even without its full stop', () => {
    expect(kindOf('Minister Joly and Foreign Minister Kuleba\n\nMinister Joly spoke by phone today with Ukrainian Foreign Minister Dmytro Kuleba about the war\n\nThey discussed the war in detail.')).toBe('readout');
  });

  it('takes a lead that ends inside a quotation as a sentence', () => {
    expect(kindOf('Minister Joly and Foreign Minister Kuleba\n\nMinister Joly said she had spoken by phone with Kuleba, “a good friend.”\n\nThey discussed the war in detail.')).toBe('readout');
  });

  it('never reads the title as the lead, also when the text indents it', () => {
    // The title names the ministers who will meet, not the authors of the text: Canada announces the meeting alone.
    const text = 'Ministers of Foreign Affairs of Canada, France, Germany and Italy to meet in Ottawa next week on Ukraine\n\nMinister Joly will host her counterparts from France, Germany and Italy in Ottawa on 12 May.';
    expect(kindOf(text)).not.toBe('joint-statement');
    expect(kindOf(`  ${text}`)).not.toBe('joint-statement');
  });

  it('reads an indented title "Country – Topic" as no dateline either', () => {
    expect(kindOf('   Niger et Nigéria – Attaques de Boko Haram (16 décembre 2020)\n\nLa France condamne avec la plus grande fermeté l’attaque contre une école et l’enlèvement de plusieurs centaines d’élèves.')).toBe('statement');
  });

  it('reads the lead paragraph alone, not the paragraphs after it', () => {
    // Under a "News release" label, a third-person lead is the department's release even when the next paragraph speaks as "we".
    expect(kindOf('Minister Joly meets Foreign Minister Kuleba\n\nNews release\n\nMinister Joly met Foreign Minister Kuleba in Ottawa today.\n\nWe will continue to support Ukraine for as long as it takes.')).toBe('news-release');
  });
});

describe('statement kind: labels and titles', () => {
  it('keeps a Readout label over a lead that condemns', () => {
    expect(kindOf('Secretary Lund’s call with Foreign Minister Kuleba\n\nReadout\n\nSecretary Lund condemned the strikes on Kyiv in a call with Foreign Minister Kuleba today.')).toBe('readout');
  });

  it('keeps a news release label under a title that names a meeting', () => {
    expect(kindOf('Minister Joly meets Ukrainian counterpart\n\nNews release\n\nMinister Joly met Foreign Minister Kuleba in Ottawa today to discuss support for Ukraine.')).toBe('news-release');
  });

  it('keeps a "Statement" label under a title that names neither a meeting nor a call', () => {
    expect(kindOf('Canada condemns attack in Kharkiv\n\nStatement\n\nCanada condemns the missile attack on a residential building in Kharkiv.')).toBe('statement');
  });

  it('keeps a "Statement" label under a title naming a meeting when the title says Statement', () => {
    expect(kindOf('Prime Minister’s Statement on his Meeting with President Zelenskyy\n\nStatement\n\nToday I met President Zelenskyy in Kyiv.')).toBe('statement');
  });

  it('reads a label line that the text indents', () => {
    expect(kindOf('Secretary Lund and Foreign Minister Kuleba\n\n   READOUT\n\nThe Secretary and the Foreign Minister discussed the war and the reconstruction of Ukraine.')).toBe('readout');
  });

  it('reads labels and page furniture only in the first ten lines and the first 2,000 characters', () => {
    const signatories = ['Australia', 'Canada', 'Denmark', 'Estonia', 'Finland', 'Iceland', 'Latvia', 'Lithuania', 'Norway', 'Sweden', 'the United Kingdom'].join('\n');
    expect(kindOf(`Statement on political prisoners in Belarus\n\nThe following governments call for the release of all political prisoners in Belarus:\n\n${signatories}\n\nPublished 3 May 2025`)).toBe('statement');
    const paragraph = 'Belarus must release all political prisoners, end the repression of civil society and independent media, and respect the human rights of its people. '.repeat(8);
    expect(paragraph.length).toBeGreaterThan(1000);
    expect(kindOf(`Political prisoners in Belarus\n\n${paragraph}\n\n${paragraph}\n\nPublished 3 May 2025`)).toBe('statement');
  });

  it('counts the first ten lines without the blank lines between them', () => {
    expect(kindOf('Secretary Lund and Foreign Minister Alami\n\nOffice of the Spokesperson\n\nWashington, DC\n\nMay 3, 2025\n\nFor immediate release\n\nReadout\n\nSecretary Lund spoke with Foreign Minister Alami about trade and investment.')).toBe('readout');
  });

  it('does not take a paragraph of more than 200 characters that opens like a label for a label', () => {
    const paragraph = 'Statement by the Minister of Foreign Affairs was how the spokesperson described the text read to the press in Ottawa this morning, after the ministers of Canada, Mexico and the United States met for two hours to discuss migration.';
    expect(paragraph.length).toBeGreaterThan(200);
    expect(kindOf(`Ministers discuss migration in Ottawa\n\n${paragraph}\n\nThey will meet again in June.`)).toBe('news-release');
  });

  it('takes a title of 200 characters that names several authors for their joint statement', () => {
    const title = 'Statement by the Foreign Ministers of Australia, Canada, Finland, Iceland, Japan, the Netherlands, New Zealand, Norway, the Republic of Korea, Sweden, the United Kingdom and the United States on Syria';
    expect(title.length).toBe(200);
    expect(kindOf(`${title}\n\nSyria must release all political prisoners now.`)).toBe('joint-statement');
  });

  it('reads "Joint Statement" anywhere in the title', () => {
    expect(kindOf('Canada–Mexico Joint Statement on Migration\n\nCanada and Mexico reaffirm their commitment to safe, orderly and regular migration.')).toBe('joint-statement');
  });

  it('reads a French title that says Déclaration as a statement, whatever else it names', () => {
    expect(kindOf('Déclaration sur la situation au Soudan\n\n3 mai 2025 – Paris – Ministère de l’Europe et des Affaires étrangères\n\nLa France condamne les attaques contre les civils au Darfour.')).toBe('statement');
    expect(kindOf('Déclaration à l’issue de la réunion avec le ministre ukrainien Dmytro Kouleba\n\nLe ministre Jean-Noël Barrot a rencontré aujourd’hui à Paris son homologue ukrainien Dmytro Kouleba.')).toBe('statement');
  });
});

describe('statement kind: a department’s release furniture', () => {
  const body = 'Minister Joly today announced $5 million for clean water in Peru.\n\n“Clean water saves lives.”\n\n– Mélanie Joly, Minister of Foreign Affairs';
  const withSection = (heading: string, content: string) => kindOf(`Canada funds clean water in Peru\n\n${body}\n\n${heading}\n\n${content}`);

  it('reads a closing quote block with Quick facts, Contacts or Associated links as a release', () => {
    expect(withSection('Quick facts', 'Canada is the third donor to the programme.')).toBe('news-release');
    expect(withSection('Contacts', 'Media Relations Office, Global Affairs Canada, media@international.gc.ca')).toBe('news-release');
    expect(withSection('Associated links', 'Canada’s international assistance')).toBe('news-release');
    expect(kindOf(`Canada funds clean water in Peru\n\n${body}\n\nQuick facts\n\nCanada is the third donor.\n\nPage details\n\nDate modified: 2025-05-03`)).toBe('news-release');
  });

  it('does not read a quote block with only an end marker, or sections with no quote block, as a release', () => {
    expect(withSection('ENDS', '')).toBe('statement');
    expect(kindOf('Canada funds clean water in Peru\n\nCanada will give $5 million for clean water in Peru.\n\nQuick facts\n\nCanada is the third donor to the programme.')).toBe('statement');
  });

  it('reads a title "Country – Topic" that holds an abbreviation with full stops as no dateline', () => {
    expect(kindOf('Burkina Faso – Attack on U.N. peacekeepers\n\nCanada condemns the attack on peacekeepers of the United Nations in Burkina Faso.')).toBe('statement');
  });

  it('reads a first line "City – …" that ends in a quotation as the opening dateline', () => {
    expect(kindOf('Ottawa – Minister Joly said today that Canada “will never recognise the sham referendums.”\n\nThe so-called votes are illegitimate.')).toBe('news-release');
  });
});

describe('statement kind: whose voice the lead is in', () => {
  const release = (lead: string) => kindOf(`Minister Joly in Peru\n\nMedia release\n\n${lead}\n\nMore projects will follow.`);

  it('does not hear the release’s own voice in a quotation', () => {
    expect(release('Minister Joly announced the funding in Lima and said: “We are proud to help.”')).toBe('news-release');
    expect(release('Minister Joly said in Lima: “I am proud that we help.” Canada will give $5 million.')).toBe('news-release');
  });

  it('hears it in a first person before a quotation', () => {
    expect(release('I welcome this agreement, which the Minister of Health of Peru called “a good day for Peru.”')).toBe('statement');
  });

  it('names people whose names a text pasted from a PDF spaces twice', () => {
    expect(kindOf('Agreement on fisheries\n\nOn Monday,  Secretary  General  Stoltenberg  welcomed  the  agreement  reached  in  Geneva.')).toBe('news-release');
  });

  it('takes a lead naming no one by a capitalised pair for no third-person report', () => {
    expect(kindOf('Agreement on fisheries\n\nThe Government of Canada welcomed the agreement reached in Geneva today.')).toBe('statement');
  });
});

describe('caseless patterns: spelled-out classes', () => {
  it('spells letters, marks and digits out so that cues built on them still match', () => {
    // Letters: "spoke today by phone" needs \p{L}+ for "today"; digits: "E3" in a list of authors; marks: a decomposed accent.
    expect(kindOf('Minister Joly and Foreign Minister Kuleba\n\nMinister Joly spoke today by phone with Foreign Minister Kuleba.\n\nThey discussed the war.')).toBe('readout');
    expect(kindOf('Statement by the E3 Foreign Ministers on Iran\n\nIran must return to full cooperation with the IAEA.')).toBe('joint-statement');
    expect(caselessPattern(String.raw`(?<![\p{L}\p{M}])condamn(?![\p{L}\p{M}])`).test('condamn\u0301e')).toBe(false);
  });

  it('compiles a pattern given no flags case-insensitively', () => {
    expect(caselessPattern(String.raw`^\p{L}+ rendu$`).test('Compte rendu')).toBe(true);
  });

  it('opens and closes bracket classes around escapes', () => {
    expect(withoutUnicodeFlag(String.raw`[\s\p{N}]\p{N}`)).toBe(String.raw`[\s0-9\u00B2\u00B3\u00B9\u00BC-\u00BE][0-9\u00B2\u00B3\u00B9\u00BC-\u00BE]`);
    expect(withoutUnicodeFlag(String.raw`[x]\s\p{N}`)).toBe(String.raw`[x]\s[0-9\u00B2\u00B3\u00B9\u00BC-\u00BE]`);
  });

  it('quotes the first 60 characters of a pattern it refuses', () => {
    const source = String.raw`(?:minister|ministre)\s+of\s+foreign\s+affairs\s+of\s+\P{Lu}\p{L}+`;
    expect(() => withoutUnicodeFlag(source)).toThrow(`caselessPattern: ${source.slice(0, 60)}… needs the u flag`);
  });
});

describe('meeting places: a dateline segment that is no place', () => {
  it('refuses an event name with digits, a heading in title case and an issuer of more than four words', () => {
    expect(cleanPlace('G20 Leaders’ Summit')).toBeNull();
    expect(cleanPlace('Ministerial Conference Against Antisemitism')).toBeNull();
    expect(cleanPlace('Ministry of Foreign Affairs of Japan')).toBeNull();
    expect(cleanPlace('Statement by Minister Joly')).toBeNull();
    expect(cleanPlace('of the United Nations')).toBeNull();
  });

  it('refuses a month or a weekday standing before the date', () => {
    expect(cleanPlace('March')).toBeNull();
    expect(cleanPlace('Monday')).toBeNull();
    expect(cleanPlace('Lundi')).toBeNull();
  });

  it('keeps a city of four words and one joined by particles', () => {
    expect(cleanPlace('Ho Chi Minh City')).toBe('Ho Chi Minh City');
    expect(cleanPlace('Rio de Janeiro, Brazil')).toBe('Rio de Janeiro');
    expect(cleanPlace('Frankfurt am Main')).toBe('Frankfurt am Main');
  });

  it('drops the article of a building or a city that does not carry it, and keeps it for The Hague', () => {
    expect(cleanPlace('The White House')).toBe('White House');
    expect(cleanPlace('The Hague')).toBe('The Hague');
    expect(cleanPlace('LA HAYE')).toBe('LA HAYE');
  });
});

describe('meeting places: French city names', () => {
  it('puts a French release’s city names in English, and leaves an English text’s as they are', () => {
    expect(inEnglish('Vienne', 'fr')).toBe('Vienna');
    // In an English text, Vienne is the French town on the Rhône.
    expect(inEnglish('Vienne', 'en')).toBe('Vienne');
  });
});

describe('meeting places: the city a sentence names', () => {
  it('reads "visit to", "travel to", "trip to" and "arrived in"', () => {
    expect(placeInSentence('The Minister paid an official visit to Ottawa on 3 May.')).toBe('Ottawa');
    expect(placeInSentence('The Secretary will travel to Nairobi next week.')).toBe('Nairobi');
    expect(placeInSentence('During his trip to Hanoi the Minister met students.')).toBe('Hanoi');
    expect(placeInSentence('The delegation arrived in Lusaka this morning.')).toBe('Lusaka');
  });

  it('reads a title pasted with doubled spaces (titles are not collapsed)', () => {
    expect(placeInSentence('Secretary General’s  visit  to  Ottawa')).toBe('Ottawa');
    expect(placeInSentence('Minister Joly to  travel  to  Nairobi')).toBe('Nairobi');
    expect(placeInSentence('Minister’s  trip  to  Hanoi')).toBe('Hanoi');
    expect(placeInSentence('NATO Secretary General visits  Washington DC')).toBe('Washington DC');
  });

  it('takes a city of two words, and no more than two', () => {
    expect(placeInSentence('The ministers met in New Delhi, India, on Tuesday.')).toBe('New Delhi');
    expect(placeInSentence('The leaders met today in Kuala Lumpur City Centre.')).toBe('Kuala Lumpur');
    expect(placeInSentence('The talks took place in Mexico City on 3 May.')).toBe('Mexico City');
  });

  it('passes over countries, regions and states, and reads the next place', () => {
    expect(placeInSentence('After a week in Papua New Guinea, the Minister met her counterpart in Suva.')).toBe('Suva');
    expect(placeInSentence('After a week in New South Wales, the Minister met her counterpart in Suva.')).toBe('Suva');
    expect(placeInSentence('After a week in Prince Edward Island, the Minister met her counterpart in Suva.')).toBe('Suva');
    expect(placeInSentence('After a week in Okinawa Prefecture, the Minister met her counterpart in Suva.')).toBe('Suva');
    expect(placeInSentence('After a week in France, the Minister met her counterpart in Suva.')).toBe('Suva');
    expect(placeInSentence('After a week in New Zealand, the Minister met her counterpart in Suva.')).toBe('Suva');
    expect(placeInSentence('The Minister arrived in Peru Thursday and met her counterpart in Lima.')).toBe('Lima');
  });

  it('reads the city after a date only when it is no country and no region', () => {
    expect(placeInSentence('The ministers met on 13 October 2017, Jakarta, Indonesia, to discuss trade.')).toBe('Jakarta');
    expect(placeInSentence('Since 24 February 2022, Russia, Belarus, Iran and North Korea have deepened their cooperation.')).toBeNull();
    expect(placeInSentence('The ministers met on 9 May 2025, Bali, Indonesia, to discuss trade.')).toBeNull();
  });

  it('reads the city an event is named after only when it is no country and no region', () => {
    expect(placeInSentence('La ministre s’est entretenue avec son homologue en marge des Rencontres économiques d’Aix.')).toBe('Aix');
    expect(placeInSentence('La ministre s’est entretenue avec son homologue en marge du Forum de coopération d’Irlande.')).toBeNull();
    expect(placeInSentence('La ministre s’est entretenue avec son homologue en marge du Forum économique d’Alberta.')).toBeNull();
  });
});

describe('meeting places: the survivors of the second run (2026-12-06)', () => {
  it('keeps a city with an article to its two words ("in The Hague Peace Palace")', () => {
    expect(placeInSentence('The ministers met in The Hague Peace Palace.')).toBe('The Hague');
  });

  it('strips every trailing apostrophe of a dateline segment ("Male’’")', () => {
    expect(cleanPlace('Male’’')).toBe('Male');
  });

  it('takes a place of 40 characters and refuses one of 41', () => {
    expect(cleanPlace('Abcdefghijabcdefghijabcdefghijabcdefghij')).toBe('Abcdefghijabcdefghijabcdefghijabcdefghij');
    expect(cleanPlace('Abcdefghijabcdefghijabcdefghijabcdefghijk')).toBeNull();
  });

  it('refuses a segment with one weekday or month among its words, and keeps a name with a double space', () => {
    expect(cleanPlace('Geneva Thursday')).toBeNull();
    expect(cleanPlace('New  York')).toBe('New  York');
  });

  it('keeps a city in capitals that begins or ends like a short word ("TOKYO", "BERLIN")', () => {
    expect(cleanPlace('TOKYO')).toBe('TOKYO');
    expect(cleanPlace('BERLIN')).toBe('BERLIN');
  });

  it('reads the words just before "in" also at the start of a sentence (an attack, a course)', () => {
    expect(placeInSentence('The attack in Salisbury was condemned by the ministers.')).toBeNull();
    expect(placeInSentence('A course in Bee Keeping ended yesterday.')).toBeNull();
  });

  it('drops a month written after the city ("in Rabat March 3")', () => {
    expect(placeInSentence('The ministers met in Rabat March 3.')).toBe('Rabat');
  });

  it('refuses a place that opens with a region or a country ("in Bali Nusa Dua", "in Kenya Airways offices")', () => {
    expect(placeInSentence('They met in Bali Nusa Dua.')).toBeNull();
    expect(placeInSentence('They met in Kenya Airways offices.')).toBeNull();
  });
});

describe('meeting dates: the first date of a text', () => {
  it('reads an ISO date', () => {
    expect(findDate('Ottawa, 2025-03-12')).toEqual({ year: 2025, month: 3, day: 12, index: 8 });
  });

  it('takes the date that comes first, whatever its form', () => {
    expect(findDate('March 12, 2025 — The agreement signed on 2024-11-05 enters into force.')).toMatchObject({ year: 2025, month: 3, day: 12, index: 0 });
  });

  it('passes over a date with no day or no month and a street number, and keeps the 1st and the 31st', () => {
    expect(findDate('Ref. 2025-05-00 (day to be confirmed) – meeting of 12 May 2025')).toMatchObject({ year: 2025, month: 5, day: 12 });
    expect(findDate('Ref. 2025-00-12 – meeting of 12 May 2025')).toMatchObject({ year: 2025, month: 5, day: 12 });
    expect(findDate('Consulate General, 35 May Street, Belfast')).toBeNull();
    expect(findDate('Brussels, 1 May 2025')).toMatchObject({ month: 5, day: 1 });
    expect(findDate('Brussels, 31 March 2025')).toMatchObject({ month: 3, day: 31 });
  });

  it('reads a numeric date month first in English and day first in French, with a dot, or past 12', () => {
    expect(findDate('Washington, 10/14/2021')).toMatchObject({ month: 10, day: 14 });
    expect(findDate('Washington, 03/05/2025')).toMatchObject({ month: 3, day: 5 });
    expect(findDate('Washington, 12/10/2021')).toMatchObject({ month: 12, day: 10 });
    expect(findDate('London, 14/10/2021')).toMatchObject({ month: 10, day: 14 });
    expect(findDate('Berlin, 07.01.2015')).toMatchObject({ month: 1, day: 7 });
    expect(findDate('Paris, le 03/05/2025')).toMatchObject({ month: 5, day: 3 });
    expect(findDate('Paris, le 03/12/2025')).toMatchObject({ month: 12, day: 3 });
    expect(findDate('Le 03/05/2025')).toMatchObject({ month: 5, day: 3 });
    // A French text that quotes a State Department date line keeps it month first.
    expect(findDate('Le Département d’État a publié le communiqué du 10/14/2021 sur le Soudan.')).toMatchObject({ month: 10, day: 14 });
  });

  it('reads only the first 400 characters of a text for French', () => {
    const text = `Washington, 03/05/2025 – ${'The Secretary met the Foreign Minister to discuss humanitarian aid for the region. '.repeat(5)}She thanked Médecins Sans Frontières.`;
    expect(text.indexOf('é')).toBeGreaterThan(400);
    expect(findDate(text)).toMatchObject({ month: 3, day: 5 });
  });
});

describe('meeting dates: a date the sentence recalls', () => {
  it('passes over « le … dernier » and "last …" and reads the next date', () => {
    expect(findMeetingDate('Après leur entretien du 3 septembre dernier, les ministres se sont revus le 5 octobre 2025.')).toMatchObject({ month: 10, day: 5 });
    expect(findMeetingDate('Since their talks last 3 September, the ministers met again on 5 October 2025.')).toMatchObject({ month: 10, day: 5 });
    expect(findMeetingDate('Last 3 September the ministers met in Rome; they met again on 5 October 2025.')).toMatchObject({ month: 10, day: 5 });
    expect(findMeetingDate('Les ministres se sont rencontrés le 3 septembre dernier.')).toBeNull();
  });

  it('gives the index of the date in the whole sentence', () => {
    const sentence = 'Après leur entretien du 3 septembre dernier, les ministres se sont revus le 5 octobre 2025.';
    expect(findMeetingDate(sentence)?.index).toBe(sentence.indexOf('5 octobre'));
  });
});

describe('meeting dates: years', () => {
  const sentencesOf = (text: string) => bodySentences(importText(text));

  it('gives no date without a year', () => {
    expect(formatDate({ year: null, month: 5, day: 3, index: 0 }, null)).toBeNull();
    expect(formatDate({ year: null, month: 5, day: 3, index: 0 }, 2025)).toBe('2025-05-03');
  });

  it('takes the year of a numeric date', () => {
    expect(yearOfFirstFullDate(sentencesOf('Readout\n\nThe Secretary met the Minister on 10/14/2021 in Washington. They discussed trade.'))).toBe(2021);
  });

  it('reads the year of a bracketed two-digit date, France Diplomatie’s « (13.05.19) »', () => {
    expect(yearOfFirstFullDate(sentencesOf('Communiqué\n\nDéclaration conjointe des ministres sur le Sahel (13.05.19).\n\nLes ministres se sont réunis.'))).toBe(2019);
  });

  it('reads the year only in the first 60 sentences', () => {
    const sixty = Array.from({ length: 60 }, (_, index) => `The ministers discussed item ${index + 1} of the agenda.`).join(' ');
    expect(yearOfFirstFullDate(sentencesOf(`Communiqué\n\n${sixty} They will meet again on 3 May 2026.`))).toBeNull();
    expect(yearOfFirstFullDate(sentencesOf(`Communiqué\n\n${sixty} They will meet again later in 2026.`))).toBeNull();
    expect(yearOfFirstFullDate(sentencesOf(`Communiqué\n\nThey will meet again later in 2026. ${sixty}`))).toBe(2026);
  });
});

describe('sentence helpers', () => {
  it('collapses and trims whitespace', () => {
    expect(collapseWhitespace('  Ottawa,\n  3 May 2025 ')).toBe('Ottawa, 3 May 2025');
  });

  it('turns a lone line break, tab or no-break space into one space, and leaves single spaces as they are', () => {
    expect(collapseWhitespace('Prime\nMinister\tMark\u00a0Carney met  the\u202fPresident .')).toBe('Prime Minister Mark Carney met the President .');
    const plain = 'The ministers met in Ottawa.';
    expect(collapseWhitespace(plain)).toBe(plain);
  });

  it('bounds the head of a very long sentence at SCAN_LIMIT characters', () => {
    const sentence = `The ministers discussed ${'trade, '.repeat(600)}and security.`;
    const [view] = bodySentences(importText(`Communiqué\n\n${sentence}`));
    expect(view?.text.length).toBeGreaterThan(SCAN_LIMIT);
    expect(view?.head).toBe(view?.text.slice(0, SCAN_LIMIT));
  });

  it('finds the boilerplate tail of a statement built before boilerplate was recorded', () => {
    const statement = importText('Canada funds clean water\n\nThe Minister announced $5 million.\n\nQuick facts\n\nCanada is the third donor.');
    const { boilerplate, ...older } = statement;
    expect(boilerplate?.length).toBe(1);
    expect(bodyEnd(older)).toBe(statement.text.indexOf('Quick facts'));
  });

  it('finds no span at the end of a sentence or before the first one', () => {
    const statement = importText('  The ministers met. They agreed.');
    const first = statement.sentences[0]!;
    expect(indexOfSpanAt(statement.sentences, first.end)).toBe(-1);
    expect(indexOfSpanAt(statement.sentences, first.end - 1)).toBe(0);
    expect(indexOfSpanStartingBefore(statement.paragraphs, 0)).toBe(-1);
    expect(indexOfSpanStartingBefore(statement.paragraphs, 2)).toBe(0);
  });
});

describe('condemnation-extractor', () => {
  const condemnationsOf = (body: string) => extractCondemnations(importText(`Statement\n\n${body}\n`));
  const targetsOf = (sentence: string) => condemnationsOf(sentence)[0]?.targets;
  const found = (body: string) => condemnationsOf(body).length;

  it('gives the position of the first cue in the text, not the first in the cue list, and -1 without one', () => {
    expect(condemnationCueIndex('We urge Russia to withdraw its troops and condemn the attack.')).toBe(3);
    expect(condemnationCueIndex('We condemn the attack.')).toBe(3);
    expect(condemnationCueIndex('The ministers met in Rome.')).toBe(-1);
  });

  it('sees a cue before a name even at the very start of the text', () => {
    expect(hasCondemnationCueBefore('Condemns the arrest of')).toBe(true);
    expect(hasCondemnationCueBefore('We strongly condemn the arrest of')).toBe(true);
    expect(hasCondemnationCueBefore('The ministers met with')).toBe(false);
  });

  it('takes the phrase a cue governs as its target, with the confidence of a target that names no party', () => {
    const [condemnation] = condemnationsOf('We condemn the attack.');
    expect(condemnation?.targets).toEqual(['the attack']);
    expect(condemnation?.confidence).toBe(0.9);
  });

  it('takes a named party as the target, with the confidence of a named target', () => {
    const [condemnation] = condemnationsOf('We condemn Russia.');
    expect(condemnation?.targets).toEqual(['Russia']);
    expect(condemnation?.confidence).toBe(0.98);
  });

  it('counts a call on a condemned party as its condemnation, less sure than the first reading', () => {
    const condemnations = condemnationsOf('We condemn Russia. We urge Russia to hold talks.');
    expect(condemnations.map((condemnation) => condemnation.confidence)).toEqual([0.98, 0.63]);
  });

  it('does not count a call on all parties, even to talk with the condemned party', () => {
    expect(found('We condemn Russia’s war of aggression against Ukraine. We urge all parties to hold talks with Russia.')).toBe(1);
  });

  it('looks for the condemned party only in the first 160 characters of a call', () => {
    const call = 'We urge Russia, whose armed forces have occupied large parts of the eastern provinces for more than two years while thousands of civilians were killed and many more were driven from their homes, to hold talks with its neighbours.';
    expect(call.indexOf(' to hold') - call.indexOf('urge')).toBeGreaterThan(160);
    expect(found(`We condemn Russia’s war of aggression against Ukraine. ${call}`)).toBe(1);
  });

  it('does not count a call on the international community as a condemnation', () => {
    expect(found('We call on the international community to ensure the release of all hostages.')).toBe(0);
  });

  it('does not count a call to join, whatever its capitals, but counts a condemnation of a decision to join', () => {
    expect(found('Ministers Urge All Nations to Join Efforts to Stop the Attacks.')).toBe(0);
    expect(found('We condemn the decision of Belarus to join the attack.')).toBe(1);
  });

  it('does not count the Security Council’s condemnation, in a sentence over 120 characters', () => {
    const sentence = 'The Security Council today condemned the attack on the peacekeepers in the strongest terms and asked the Secretary-General to report on the investigation within thirty days.';
    expect(sentence.length).toBeGreaterThan(120);
    expect(found(sentence)).toBe(0);
  });

  it('takes the party called on as the target of a call, whatever its capitals', () => {
    expect(targetsOf('We call on the armed groups to stop the attacks.')).toEqual(['the armed groups']);
    expect(targetsOf('Ministers Call on the Armed Groups to Stop the Attacks.')).toEqual(['the Armed Groups']);
  });

  it('leaves "in the strongest terms" out of the target, whatever its capitals', () => {
    expect(targetsOf('We condemn in the strongest terms the attack on the convoy.')).toEqual(['the attack on the convoy']);
    expect(targetsOf('Ministers Condemn In the Strongest Terms the Attack on the Convoy.')).toEqual(['the Attack on the Convoy']);
  });

  it('ends the target where the sentence goes on to another verb', () => {
    expect(targetsOf('We condemn the attack which killed ten civilians.')).toEqual(['the attack']);
    expect(targetsOf('We condemn the attack and called for calm.')).toEqual(['the attack']);
    expect(targetsOf('We condemn the attack and expressed our sympathy to the families.')).toEqual(['the attack']);
    expect(targetsOf('The ministers condemned the attack and strongly opposed any escalation.')).toEqual(['the attack']);
    expect(targetsOf('The ministers condemned the attack and firmly rejected the plan.')).toEqual(['the attack']);
    expect(targetsOf('The ministers condemned the attack and also welcomed the inquiry.')).toEqual(['the attack']);
    expect(targetsOf('Les ministres condamnent l’attaque et ont demandé une enquête.')).toEqual(['l’attaque']);
  });

  it('leaves out the space French typography puts before a colon', () => {
    expect(targetsOf('Nous condamnons fermement l’attaque : elle viole le droit international.')).toEqual(['l’attaque']);
  });

  it('keeps the first twelve words of a long target, and of a long party called on', () => {
    expect(targetsOf('We call on the leaders of the armed groups in the eastern provinces of the country and their foreign backers to stop the attacks.')).toEqual(['the leaders of the armed groups in the eastern provinces of the']);
    expect(targetsOf('We condemn the sentencing of the journalist and human rights defender Ana Silva to nine years in prison.')).toEqual(['the sentencing of the journalist and human rights defender Ana Silva to']);
  });

  it('leaves the authors and repeated parties out of the targets', () => {
    expect(targetsOf('Japan strongly condemns North Korea’s launch of a ballistic missile that flew over Japan.')).toEqual(['North Korea']);
    expect(targetsOf('We condemn Russia’s attacks and Russia’s threats.')).toEqual(['Russia']);
  });

  it('reads a country right after "against" as a place, not a target', () => {
    expect(targetsOf('We condemn strikes against Ukraine.')).toEqual(['strikes against Ukraine']);
    expect(targetsOf('We condemn Russia’s strikes against Ukraine.')).toEqual(['Russia']);
  });

  it('falls back on the places named when the cue governs no phrase', () => {
    expect(targetsOf('The G7 condemns, in the strongest terms, the strikes in Ukraine.')).toEqual(['Ukraine']);
  });

  it('lowers the confidence of a sentence longer than LONG_SENTENCE, and only then', () => {
    const sentence = (towns: number) => `We condemn the shelling of the town${' and of the next town'.repeat(towns)} on Sunday morning.`;
    expect(sentence(26).length).toBe(LONG_SENTENCE);
    expect(condemnationsOf(sentence(26))[0]?.confidence).toBe(0.9);
    expect(condemnationsOf(sentence(27))[0]?.confidence).toBe(0.7);
  });

  it('computes the condemnations of a statement once', () => {
    const statement = importText('Statement\n\nWe condemn the attack.\n');
    expect(extractCondemnations(statement)).toBe(extractCondemnations(statement));
  });
});

describe('initiative-extractor', () => {
  const initiativesOf = (text: string) => extractInitiatives(importText(text)).map((initiative) => [initiative.text, initiative.confidence]);
  const confidencesOf = (body: string) => extractInitiatives(importText(`Statement\n\n${body}\n`)).map((initiative) => initiative.confidence);

  it('gives a statement two countries’ departments issue together the confidence 0.7, not one issuer’s or one naming countries after "issued"', () => {
    expect(initiativeCueConfidence('Global Affairs Canada and the Foreign & Commonwealth Office of the United Kingdom today issued the following statement:')).toBe(0.7);
    expect(initiativeCueConfidence('The Honourable Chrystia Freeland, Minister of Foreign Affairs, today issued the following statement:')).toBe(0);
    expect(initiativeCueConfidence('The Prime Minister and the Minister of Foreign Affairs today issued the following statement on Canada and Japan:')).toBe(0);
  });

  it('reads only what comes before a meeting the parties welcome as held, and cuts at the first of a welcome and a call', () => {
    expect(initiativeCueConfidence('À cet égard, les deux dirigeants ont salué la tenue aujourd\'hui à Genève de la réunion des conseillers à la sécurité nationale, ainsi que la prochaine réunion virtuelle de la Coalition des volontaires.')).toBe(0);
    expect(initiativeCueConfidence('The leaders welcomed the holding of the donors’ conference in Geneva, agreed to hold the next meeting of the Joint Commission in Ottawa in 2026, and called on all parties to support it.')).toBe(0);
    expect(initiativeCueConfidence('The leaders called on all parties to support the talks in Geneva, agreed to hold the next meeting of the Joint Commission in Ottawa in 2026, and welcomed the holding of the donors’ conference.')).toBe(0);
  });

  it('answers whether one sentence announces an initiative', () => {
    expect(isInitiativeSentence('The leaders agreed to hold the next meeting of the Joint Commission in Ottawa in 2026.')).toBe(true);
    expect(isInitiativeSentence('The leaders agreed to stay in close touch.')).toBe(false);
  });

  it('takes each bullet under "agreed to:" as an initiative with the confidence 0.85, and not the lead-in', () => {
    const text = 'Joint statement\n\nForeign Ministers of Poland, Ukraine and the United Kingdom met in New York on 21 September 2022 and agreed to:\n\n• continue the unwavering support of Ukraine by Poland and the UK in the face of Russia’s aggression until Ukraine prevails\n\n• elaborate further plans for the long-term support of Ukraine to help it deter and defend against future attacks\n\n• develop their trilateral co-operation including by strengthening the defence capabilities of the 3 countries and the NATO Eastern flank\n\nThe Ministers also condemned Russia’s further mobilisation of forces, which can only set back the goal of peace.\n';
    expect(initiativesOf(text)).toEqual([
      ['continue the unwavering support of Ukraine by Poland and the UK in the face of Russia’s aggression until Ukraine prevails', 0.85],
      ['elaborate further plans for the long-term support of Ukraine to help it deter and defend against future attacks', 0.85],
      ['develop their trilateral co-operation including by strengthening the defence capabilities of the 3 countries and the NATO Eastern flank', 0.85],
    ]);
  });

  const agreedTo = 'Foreign Ministers of Poland, Ukraine and the United Kingdom met in New York on 21 September 2022 and agreed to:';

  it('gives a bullet under a lead-in the stronger of its own cue’s confidence and 0.85', () => {
    expect(initiativesOf(`Joint statement\n\n${agreedTo}\n\n• sign a Memorandum of Understanding on critical minerals\n\n• hold the next meeting in Warsaw\n`)).toEqual([
      ['sign a Memorandum of Understanding on critical minerals', 0.95],
      ['hold the next meeting in Warsaw', 0.85],
    ]);
  });

  it('ends a lead-in’s bullets at the next paragraph that is no bullet', () => {
    expect(initiativesOf(`Joint statement\n\n${agreedTo}\n\n• hold the next meeting in Warsaw\n\nThey discussed:\n\n• Trade and economic issues\n\n• Climate change\n`)).toEqual([['hold the next meeting in Warsaw', 0.85]]);
  });

  it('reads a lead-in with no bullet after it as any sentence', () => {
    expect(initiativesOf('Joint statement\n\nThe ministers agreed to:\n\nThe next meeting will be held in Ottawa.\n')).toEqual([
      ['The ministers agreed to:', 0.9],
      ['The next meeting will be held in Ottawa.', 0.8],
    ]);
    // A paragraph that completes "agreed to:" is its item, bullet mark or not (round 146).
    expect(initiativesOf('Joint statement\n\nThe ministers agreed to:\n\nHold the next meeting in Ottawa.\n')).toEqual([['Hold the next meeting in Ottawa.', 0.85]]);
  });

  it('takes a bullet of ten words as a topic, and one of eleven or one with a verb of its own as an action', () => {
    const areas = (first: string) => initiativesOf(`Joint statement\n\nThe ministers agreed to establish a new dialogue covering the following areas:\n\n- ${first}\n\n- Climate change\n`);
    expect(areas('Trade and economic issues between the two countries and regions')).toEqual([['The ministers agreed to establish a new dialogue covering the following areas:', 0.9]]);
    expect(areas('Trade and economic issues between the two countries and their regions')).toEqual([
      ['Trade and economic issues between the two countries and their regions', 0.85],
      ['Climate change', 0.85],
    ]);
    expect(areas('Trade and economic issues that are of concern')).toEqual([
      ['Trade and economic issues that are of concern', 0.85],
      ['Climate change', 0.85],
    ]);
  });

  it('takes the lead-in of a plan’s targets as the initiative, not its bullets, and only up to the next paragraph that is no bullet', () => {
    const plan = 'Indonesia will work, with support from international partners, to develop a comprehensive investment plan to achieve significant new targets and policies to reduce GHG emissions and support impacted communities by:';
    const targets = '- Peaking total power sector emissions by 2030, shifting its projected emissions peak forward.\n\n- Capping power sector emissions at 290 megatons of CO2 in 2030.';
    expect(initiativesOf(`Joint statement\n\n${plan}\n\n${targets}\n\nThe Parties agreed to:\n\n- hold the next meeting in Jakarta\n\n- launch a joint study\n`)).toEqual([
      [plan, 0.85],
      ['hold the next meeting in Jakarta', 0.85],
      ['launch a joint study', 0.85],
    ]);
    expect(initiativesOf(`Joint statement\n\nThe partnership sets ambitious targets, to be met by:\n\n${targets}\n`)).toEqual([]);
  });

  it('keeps a bullet that names an event like one already announced', () => {
    expect(initiativesOf('Joint statement\n\nThe ministers agreed to hold the next meeting of the Joint Commission in Ottawa in 2026.\n\nThey also agreed to:\n\n- the meeting of officials in Geneva in March\n\n- launch a joint study\n')).toEqual([
      ['The ministers agreed to hold the next meeting of the Joint Commission in Ottawa in 2026.', 0.9],
      ['the meeting of officials in Geneva in March', 0.85],
      ['launch a joint study', 0.85],
    ]);
  });

  it('lowers the confidence of a sentence longer than LONG_SENTENCE, and only then, also for the lead-in of a plan’s targets', () => {
    const sentence = (capitals: number) => `The leaders agreed to hold the next meeting of the Joint Commission in Helsinki${', then in the next capital'.repeat(capitals)}.`;
    expect(sentence(20).length).toBe(LONG_SENTENCE);
    expect(confidencesOf(sentence(20))).toEqual([0.9]);
    expect(confidencesOf(sentence(21))).toEqual([0.7]);
    const plan = (sectors: number) =>
      `Indonesia will work, with support from international partners, to develop a comprehensive investment plan to achieve significant new targets and policies to reduce GHG emissions in each area${', and then in the next sector'.repeat(sectors)} by:`;
    const targets = '- Peaking total power sector emissions by 2030.\n\n- Capping power sector emissions at 290 megatons of CO2 in 2030.';
    expect(plan(14).length).toBe(LONG_SENTENCE);
    expect(initiativesOf(`Joint statement\n\n${plan(14)}\n\n${targets}\n`)).toEqual([[plan(14), 0.85]]);
    expect(initiativesOf(`Joint statement\n\n${plan(15)}\n\n${targets}\n`)).toEqual([[plan(15), 0.65]]);
  });

  it('takes only a sentence ending in a colon as a lead-in: bullets after a full stop are read on their own, with their own cue’s confidence', () => {
    expect(initiativesOf('Joint statement\n\nThe ministers agreed to hold the next meeting in Warsaw.\n\n• launch a joint study on critical minerals\n\n• hold the next meeting of officials in Geneva\n\n• Trade and economic issues\n')).toEqual([
      ['The ministers agreed to hold the next meeting in Warsaw.', 0.9],
      ['launch a joint study on critical minerals', 0.85],
      ['hold the next meeting of officials in Geneva', 0.75],
    ]);
  });

  it('reads only the bullets right after a lead-in to tell topics, not the paragraph after them', () => {
    expect(initiativesOf('Joint statement\n\nThe ministers agreed to establish a new dialogue covering the following areas:\n\n- Trade and economic issues\n\n- Climate change\n\nThe ministers will hold the first session of the new dialogue in Ottawa in 2026.\n')).toEqual([
      ['The ministers agreed to establish a new dialogue covering the following areas:', 0.9],
      ['The ministers will hold the first session of the new dialogue in Ottawa in 2026.', 0.85],
    ]);
  });

  it('counts a bullet that opens the body on its own cue', () => {
    expect(initiativesOf('Joint statement\n\n• hold the next meeting in Warsaw\n')).toEqual([['hold the next meeting in Warsaw', 0.75]]);
  });

  it('reads a sentence that opens on a past time as recalled money only for funding: a signing it recalls still counts', () => {
    const signing = 'Earlier this year, the two countries signed a Memorandum of Understanding on cooperation in critical minerals.';
    expect(initiativeCueConfidence(signing)).toBe(0.95);
  });

  it('skips every target bullet under the lead-in of a plan’s targets, even one with a cue of its own, and points to the lead-in in the text', () => {
    const plan = 'Indonesia will work, with support from international partners, to develop a comprehensive investment plan to achieve significant new targets and policies to reduce GHG emissions and support impacted communities by:';
    const text = `Joint statement\n\n${plan}\n\n- Mobilizing $10 billion in public financing over the next three to five years.\n\n- Mobilizing $10 billion in private financing over the same period.\n`;
    expect(initiativeCueConfidence('Mobilizing $10 billion in private financing over the same period.')).toBe(0.8);
    expect(initiativesOf(text)).toEqual([[plan, 0.85]]);
    const [initiative] = extractInitiatives(importText(text));
    expect(text.slice(initiative?.source.start, initiative?.source.end)).toBe(plan);
  });

  it('reads the lead-in of a plan’s targets by the colon that ends the sentence, not one that ends the part scanned', () => {
    // A run-on sentence longer than SCAN_LIMIT whose scanned head happens to end in a colon is no lead-in.
    const start = 'Indonesia will work, with support from international partners, to develop a comprehensive investment plan to achieve significant new targets and policies to reduce GHG emissions';
    const sectors = ', and then in the next sector'.repeat(97);
    const head = `${start}${sectors}${' in it'.repeat((SCAN_LIMIT - start.length - sectors.length - 4) / 6)} by:`;
    expect(head.length).toBe(SCAN_LIMIT);
    const sentence = `${head} peaking emissions by 2030.`;
    const bullet = 'Mobilizing $10 billion in public financing over the next three to five years.';
    expect(initiativesOf(`Joint statement\n\n${sentence}\n\n- ${bullet}\n`)).toEqual([
      [sentence, 0.65],
      [bullet, 0.8],
    ]);
  });

  it('reads a bullet marker only within its own paragraph: a number alone on a line, as PDFs give numbered lists, is no bullet and ends the lead-in’s bullets', () => {
    expect(initiativesOf(`Joint statement\n\n${agreedTo}\n\n• hold the next meeting in Warsaw\n\n1.\n\n• Trade and economic issues\n`)).toEqual([['hold the next meeting in Warsaw', 0.85]]);
  });
});

describe('quote-extractor', () => {
  /** [speaker, text, confidence] of each quote of a text, its participants found as extractStatement finds them. */
  const quotesOf = (text: string) => {
    const statement = importText(`${text}\n`);
    return extractQuotes(statement, extractParticipants(statement)).map((q) => [q.speaker, q.text, q.confidence]);
  };
  const berg = 'Minister meets counterpart\n\nMinister of Foreign Affairs Anna Berg met today with Chile’s Minister of Foreign Affairs, Luis Vega.\n\n';
  const ocean = 'Canada stands with Chile on ocean protection';
  const rutte = 'NATO Secretary General meets Prime Minister\n\nNATO Secretary General Mark Rutte met Prime Minister Jonas Gahr Støre in Oslo on Monday.\n\n';
  const ally = 'Norway is a steadfast Ally and a close friend of all of us';
  /** Each quote with the stretch of text its source covers, in place of the offsets. */
  const quotedSpansOf = (text: string) => {
    const statement = importText(`${text}\n`);
    return extractQuotes(statement, extractParticipants(statement)).map((q) => ({ speaker: q.speaker, text: q.text, confidence: q.confidence, source: statement.text.slice(q.source.start, q.source.end) }));
  };

  it('gives a closing block’s dash attribution 0.95, on the quotation’s line or on a line of its own', () => {
    const quotation = '“Canada and Chile share a deep commitment to protecting the oceans.”';
    const expected = [['Anna Berg', 'Canada and Chile share a deep commitment to protecting the oceans.', 0.95]];
    expect(quotesOf(`${berg}${quotation} – Anna Berg, Minister of Foreign Affairs`)).toEqual(expected);
    expect(quotesOf(`${berg}Quotes\n\n${quotation}\n\n– Anna Berg, Minister of Foreign Affairs`)).toEqual(expected);
  });

  it('gives “…,” said Minister X 0.9 and “…,” Minister X said 0.85', () => {
    expect(quotesOf(`${berg}“${ocean},” said Minister Berg.`)).toEqual([['Anna Berg', ocean, 0.9]]);
    expect(quotesOf(`${berg}“${ocean},” Minister Berg said.`)).toEqual([['Anna Berg', ocean, 0.85]]);
  });

  it('gives a speaker named by the title alone after the quotation 0.75, before or after the verb', () => {
    expect(quotesOf(`${rutte}“${ally},” said the Secretary General.`)).toEqual([['Mark Rutte', ally, 0.75]]);
    expect(quotesOf(`${rutte}“${ally},” the Secretary General said, thanking Norway.`)).toEqual([['Mark Rutte', ally, 0.75]]);
  });

  it('gives “…,” she said 0.7, to the participant named last before it', () => {
    expect(quotesOf(`${berg}Minister Berg welcomed the agreement. “${ocean},” she said.`)).toEqual([['Anna Berg', ocean, 0.7]]);
  });

  it('gives "X said, “…”" 0.85, "the Secretary General said: “…”" 0.8 and "According to X, … “…”" 0.8', () => {
    expect(quotesOf(`${berg}Minister Berg said, “${ocean}.”`)).toEqual([['Anna Berg', `${ocean}.`, 0.85]]);
    expect(quotesOf(`${rutte}Speaking in Oslo, the Secretary General said: “${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
    expect(quotesOf(`${berg}According to Minister Berg, the agreement “shows that ${ocean}”.`)).toEqual([['Anna Berg', `shows that ${ocean}`, 0.8]]);
  });

  it('gives a quotation after a lead paragraph ending in a colon 0.8 when the lead names its speaker, 0.65 when only the lead’s participant speaks', () => {
    expect(quotesOf(`${rutte}Speaking to journalists in Oslo, the Secretary General said:\n\n“${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
    expect(quotesOf(`${rutte}Mr Rutte said:\n\n“${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
    expect(quotesOf(`${berg}OTTAWA, le 13 déc. 2019 - Minister Anna Berg issued the following statement:\n\n“${ocean}.”`)).toEqual([['Anna Berg', `${ocean}.`, 0.65]]);
  });

  it('gives a French incise inside the quotation 0.8 with a name, 0.75 with a title alone', () => {
    const lead = 'Déclaration\n\nLe secrétaire général de l’OTAN, Mark Rutte, a rencontré le premier ministre Jonas Gahr Støre.\n\n';
    expect(quotesOf(`${lead}« La Norvège est un allié solide, a déclaré le secrétaire général Rutte. Nous comptons sur elle. »`)).toEqual([
      ['Mark Rutte', 'La Norvège est un allié solide, a déclaré le secrétaire général Rutte. Nous comptons sur elle.', 0.8],
    ]);
    expect(quotesOf(`${lead}« La Norvège est un allié solide, a déclaré le secrétaire général. Nous comptons sur elle. »`)).toEqual([
      ['Mark Rutte', 'La Norvège est un allié solide, a déclaré le secrétaire général. Nous comptons sur elle.', 0.75],
    ]);
  });

  it('gives a quotation after "He also said that …" 0.65, after "…, said Mr X." 0.7 and after "Mr X said …" 0.65', () => {
    expect(quotesOf(`${rutte}Mr Rutte thanked Norway. He also said that the Alliance “will stand together in every circumstance we face”.`)).toEqual([
      ['Mark Rutte', 'will stand together in every circumstance we face', 0.65],
    ]);
    expect(quotesOf(`${rutte}Norway is a steadfast ally, said Mr Rutte.\n\n“${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.7]]);
    expect(quotesOf(`${rutte}Mr Rutte said Norway was a steadfast ally of the Alliance.\n\n“${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.65]]);
  });

  it('gives remarks under a "Remarks by" label 0.7, a quotation a paragraph after the speaker’s last one 0.65, a first-person one to the lead’s participant 0.55', () => {
    expect(quotesOf(`Meeting in Oslo\n\nRemarks by Secretary General Mark Rutte (3 March 2025).\n\n“${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.7]]);
    expect(quotesOf(`${rutte}“${ally},” said Mr Rutte.\n\nThe two leaders discussed support for Ukraine.\n\n“We will keep helping Ukraine for as long as it takes.”`)).toEqual([
      ['Mark Rutte', ally, 0.9],
      ['Mark Rutte', 'We will keep helping Ukraine for as long as it takes.', 0.65],
    ]);
    expect(quotesOf(`${rutte}The leaders discussed Ukraine.\n\n“I thank Norway for its steady support to our Alliance.”`)).toEqual([['Mark Rutte', 'I thank Norway for its steady support to our Alliance.', 0.55]]);
  });

  it('gives a "X said:" paragraph without quote marks 0.8 with a name, 0.7 with a title alone, 0.05 less for a speaker who is no participant', () => {
    expect(quotesOf(`${rutte}Secretary General Mark Rutte said:\n\n${ally}.`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
    expect(quotesOf(`${rutte}The Secretary General said:\n\n${ally}.`)).toEqual([['Mark Rutte', `${ally}.`, 0.7]]);
    expect(quotesOf(`${rutte}Ambassador Ola Nordmann said:\n\n${ally}.`)).toEqual([['Ola Nordmann', `${ally}.`, 0.75]]);
  });

  it('takes 0.1 off a quotation never closed and 0.05 off a speaker who is no participant', () => {
    expect(quotesOf(`${berg}Minister Berg said, “${ocean}.`)).toEqual([['Anna Berg', `${ocean}.`, 0.75]]);
    expect(quotesOf(`${berg}“We will study the proposal carefully before we answer it,” said Dmitry Peskov.`)).toEqual([['Dmitry Peskov', 'We will study the proposal carefully before we answer it', 0.85]]);
  });

  it('lists a "X said:" paragraph and a quoted quotation after it in the order of the text, each with the stretch it was read from', () => {
    expect(quotedSpansOf(`${rutte}Secretary General Mark Rutte said:\n\n${ally}.\n\nPrime Minister Støre said: “Norway will keep investing in the defence of the Alliance.”`)).toEqual([
      { speaker: 'Mark Rutte', text: `${ally}.`, confidence: 0.8, source: `${ally}.` },
      { speaker: 'Jonas Gahr Støre', text: 'Norway will keep investing in the defence of the Alliance.', confidence: 0.85, source: '“Norway will keep investing in the defence of the Alliance.”' },
    ]);
  });

  it('reads “A,” said X. “B.” as one quote whose source runs from the first opening mark to the last closing mark', () => {
    expect(quotedSpansOf(`${rutte}“Norway is a steadfast Ally,” said Mr Rutte. “We will keep helping Ukraine.”`)).toEqual([
      { speaker: 'Mark Rutte', text: 'Norway is a steadfast Ally. We will keep helping Ukraine.', confidence: 0.9, source: '“Norway is a steadfast Ally,” said Mr Rutte. “We will keep helping Ukraine.”' },
    ]);
  });

  it('resolves a short name that is no participant to the fullest form of it in the text, 0.05 less sure', () => {
    expect(quotesOf(`${rutte}Kremlin spokesman Dmitry Peskov commented on the meeting.\n\n“We will study the proposal carefully before we answer it,” Mr Peskov said.`)).toEqual([
      ['Dmitry Peskov', 'We will study the proposal carefully before we answer it', 0.8],
    ]);
  });

  it('joins the paragraphs of a quotation that reopens each paragraph with a blank line between them, without the reopening marks', () => {
    expect(quotesOf(`${rutte}Mr Rutte said:\n\n“${ally}.\n\n“Together we will keep our one billion people safe.”`)).toEqual([['Mark Rutte', `${ally}.\n\nTogether we will keep our one billion people safe.`, 0.8]]);
  });

  it('keeps a short quotation that is a sentence of three words or more, and leaves out a short phrase in lower case or of two words', () => {
    expect(quotesOf(`${rutte}“We stand with Norway,” Mr Rutte said.`)).toEqual([['Mark Rutte', 'We stand with Norway', 0.85]]);
    expect(quotesOf(`${rutte}Mr Rutte said: “Norway is steadfast.”`)).toEqual([['Mark Rutte', 'Norway is steadfast.', 0.85]]);
    expect(quotesOf(`${rutte}Mr Rutte called it “a very good meeting” and left.`)).toEqual([]);
    expect(quotesOf(`${rutte}“Very good,” Mr Rutte said.`)).toEqual([]);
  });

  it('gives a second quotation of the paragraph that names no speaker to the speaker of the first, even past 120 characters', () => {
    expect(quotesOf(`${rutte}“${ally},” said Mr Rutte, who then spoke at length about the war in Ukraine, the defence industry and the summit in The Hague next year. “We will keep helping Ukraine.”`)).toEqual([
      ['Mark Rutte', ally, 0.9],
      ['Mark Rutte', 'We will keep helping Ukraine.', 0.6],
    ]);
  });

  it('gives nobody a quotation after a colon paragraph with no speech verb, even one ending on a title ("Statement by the Secretary General:")', () => {
    expect(quotesOf(`${rutte}Statement by the Secretary General:\n\n“${ally}.”`)).toEqual([]);
  });

  it('keeps a paragraph under "X said:" that opens on other words before its quotation as X’s words, whole', () => {
    expect(quotesOf(`${rutte}Secretary General Mark Rutte said:\n\nOn Ukraine, “we will keep helping Ukraine for as long as it takes.”`)).toEqual([
      ['Mark Rutte', 'On Ukraine, “we will keep helping Ukraine for as long as it takes.”', 0.8],
    ]);
  });

  it('gives “…,” he said to the participant named in the paragraph before, not further up', () => {
    expect(quotesOf(`${rutte}Mr Rutte thanked Norway.\n\n“${ally},” he said.`)).toEqual([['Mark Rutte', ally, 0.7]]);
    expect(quotesOf(`${rutte}Mr Rutte thanked Norway.\n\nThe weather was fine in Oslo.\n\n“${ally},” he said.`)).toEqual([]);
  });

  it('reads a dash after the quotation that names a place as no attribution of a person, and "said the Chancellor" with no Chancellor as none', () => {
    expect(quotesOf(`${rutte}“${ally}.”\n\n– 30 –`)).toEqual([]);
    expect(quotesOf(`${rutte}“${ally},” said the Chancellor.`)).toEqual([]);
    expect(quotesOf(`${rutte}“${ally},” said the Prime Minister.`)).toEqual([['Jonas Gahr Støre', ally, 0.75]]);
  });

  it('gives nobody a quotation after "According to" a document', () => {
    expect(quotesOf(`${rutte}According to the communiqué, the Alliance “will keep helping Ukraine for as long as it takes”.`)).toEqual([]);
  });

  it('reads a "X said:" paragraph only when it is followed by a paragraph of five words or more, not at the end of the text', () => {
    expect(quotesOf(`${rutte}The leaders discussed Ukraine.\n\nMr Rutte said:`)).toEqual([]);
    expect(quotesOf(`${rutte}Mr Rutte said:\n\nThank you all, Norway.`)).toEqual([]);
    expect(quotesOf(`${rutte}Mr Rutte said:\n\nThank you all, dear Norway.`)).toEqual([['Mark Rutte', 'Thank you all, dear Norway.', 0.8]]);
  });

  it('takes no words after a colon paragraph that is no "X said:", nor after a lead of more than 260 characters', () => {
    expect(quotesOf(`${rutte}The leaders agreed on the following points:\n\nNATO will keep helping Ukraine for as long as it takes.`)).toEqual([]);
    const lead = (city: string) =>
      `Speaking at the end of a long day of talks in ${city} with the Prime Minister, the Minister of Foreign Affairs, Chief of Defence and the leaders of the parties in the Storting about the defence of the High North, Secretary General Mark Rutte said in a statement:`;
    expect(lead('Hamar')).toHaveLength(260);
    expect(quotesOf(`${rutte}${lead('Hamar')}\n\n${ally}.`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
    expect(quotesOf(`${rutte}${lead('Bergen')}\n\n${ally}.`)).toEqual([]);
  });

  it('reads "The Prime Minister is expected to say:" as the Prime Minister’s words, and a title nobody holds as nobody’s', () => {
    expect(quotesOf(`${rutte}The Prime Minister is expected to say:\n\nNorway will keep investing in the defence of the Alliance.`)).toEqual([['Jonas Gahr Støre', 'Norway will keep investing in the defence of the Alliance.', 0.7]]);
    expect(quotesOf(`${rutte}The Prime Minister is expected to say:\n\n“Norway will keep investing in the defence of the Alliance.”`)).toEqual([]);
    expect(quotesOf(`${rutte}The Chancellor said:\n\nNorway will keep investing in the defence of the Alliance.`)).toEqual([]);
  });

  it('goes on through the first-person paragraphs after a "X said:" paragraph, up to one in the third person or another colon line', () => {
    const two = `${ally}.\n\nTogether we will keep our one billion people safe.`;
    expect(quotesOf(`${rutte}Mr Rutte said:\n\n${two}\n\nThe leaders then visited a base.`)).toEqual([['Mark Rutte', two, 0.8]]);
    const colon = `${ally}.\n\nOur message is clear: we will keep our one billion people safe.`;
    expect(quotesOf(`${rutte}Mr Rutte said:\n\n${colon}`)).toEqual([['Mark Rutte', colon, 0.8]]);
    expect(quotesOf(`${rutte}Mr Rutte said:\n\n${ally}.\n\nWe asked Mr Støre what he said:`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
  });

  it('does not read a paragraph again as a "X said:" block when a quote was taken from it, but does read one with a quoted term', () => {
    expect(quotesOf(`${rutte}Mr Rutte said:\n\nAsked about Ukraine, Mr Støre said: “Norway will keep investing in the defence of the Alliance.”`)).toEqual([
      ['Jonas Gahr Støre', 'Norway will keep investing in the defence of the Alliance.', 0.85],
    ]);
    expect(quotesOf(`${rutte}“Norway will keep investing in the defence of the Alliance,” Mr Støre said.\n\nSecretary General Mark Rutte said:\n\n${ally}.`)).toEqual([
      ['Jonas Gahr Støre', 'Norway will keep investing in the defence of the Alliance', 0.85],
      ['Mark Rutte', `${ally}.`, 0.8],
    ]);
    expect(quotesOf(`${rutte}Mr Rutte said:\n\nNATO will keep its “open door” for all the democracies of Europe.`)).toEqual([['Mark Rutte', 'NATO will keep its “open door” for all the democracies of Europe.', 0.8]]);
  });

  it('reads a "X said:" paragraph right under the title line, but not the title itself nor a contacts line after the body', () => {
    expect(quotesOf(`NATO Secretary General meets Prime Minister\nSecretary General Mark Rutte said:\n\n${ally}.`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
    expect(quotesOf(`Secretary General Mark Rutte said:\n\n${ally}.`)).toEqual([]);
    expect(quotesOf(`${rutte}Mr Rutte said:\n\nFor more information, media may contact: NATO Press Office, Brussels, +32 2 707 50 41`)).toEqual([]);
  });

  describe('a first-person quotation with nobody named near it', () => {
    const thanks = '“I thank Norway for its steady support to our Alliance.”';
    const title = 'NATO Secretary General meets Prime Minister\n\n';

    it('goes to the participant the lead names first, only when the lead names one in its first 120 characters', () => {
      expect(quotesOf(`${title}Prime Minister Jonas Gahr Støre hosted a dinner in Oslo on Monday.\n\nThe leaders discussed Ukraine with Secretary General Mark Rutte.\n\n${thanks}`)).toEqual([
        ['Jonas Gahr Støre', 'I thank Norway for its steady support to our Alliance.', 0.55],
      ]);
      expect(quotesOf(`${title}On Monday, after a long morning of talks on the defence of the High North and on the support that Allies give to Ukraine, Prime Minister Jonas Gahr Støre welcomed Secretary General Mark Rutte.\n\n${thanks}`)).toEqual([]);
    });

    it('looks for the lead in the first four paragraphs after the title only', () => {
      const lead = 'Secretary General Mark Rutte met Prime Minister Jonas Gahr Støre.';
      expect(quotesOf(`${title}Press Release\n\nOslo\n\n3 March 2025\n\n${lead}\n\n${thanks}`)).toEqual([['Mark Rutte', 'I thank Norway for its steady support to our Alliance.', 0.55]]);
      expect(quotesOf(`${title}Press Release\n\nOslo\n\n3 March 2025\n\nNATO\n\n${lead}\n\n${thanks}`)).toEqual([]);
    });

    it('goes to the one author a "Statement by" title names, 0.6, when the lead names no participant', () => {
      expect(quotesOf('Statement by Secretary General Mark Rutte on the attack in Oslo\n\nThe attack took place this morning.\n\n“I condemn the attack in Oslo in the strongest terms and I send my condolences to the families.”')).toEqual([
        ['Mark Rutte', 'I condemn the attack in Oslo in the strongest terms and I send my condolences to the families.', 0.6],
      ]);
    });

    it('goes to the speaker of a quotation one or two paragraphs up, not three', () => {
      expect(quotesOf(`${rutte}“${ally},” said Mr Rutte.\n\nThe leaders discussed Ukraine.\n\n${thanks}`)).toEqual([
        ['Mark Rutte', ally, 0.9],
        ['Mark Rutte', 'I thank Norway for its steady support to our Alliance.', 0.65],
      ]);
      expect(quotesOf(`${rutte}“${ally},” said Mr Rutte.\n\nThe leaders discussed Ukraine.\n\nThey visited a base.\n\nThey met soldiers.\n\n“We will keep helping Ukraine for as long as it takes.”`)).toEqual([['Mark Rutte', ally, 0.9]]);
    });
  });

  describe('a sentence interrupted by its attribution (“A,” X said, “and b.”)', () => {
    it('is one quote, its source running over both parts and the attribution between them, its text without the last comma', () => {
      expect(quotedSpansOf(`${rutte}“Norway is a steadfast Ally,” Mr Rutte said, “and a close friend of all of us,” before he left for Bergen.`)).toEqual([
        { speaker: 'Mark Rutte', text: 'Norway is a steadfast Ally, and a close friend of all of us', confidence: 0.85, source: '“Norway is a steadfast Ally,” Mr Rutte said, “and a close friend of all of us,”' },
      ]);
    });

    it('is joined without a comma when the first part has none at its end', () => {
      expect(quotesOf(`${rutte}“Norway is a steadfast Ally” Mr Rutte said, “and a close friend of all of us.”`)).toEqual([['Mark Rutte', 'Norway is a steadfast Ally and a close friend of all of us.', 0.85]]);
      expect(quotesOf(`${rutte}“Norway, our friend, is a steadfast Ally” Mr Rutte said, “and a close friend of all of us.”`)).toEqual([['Mark Rutte', 'Norway, our friend, is a steadfast Ally and a close friend of all of us.', 0.85]]);
    });

    it('takes in a third part too', () => {
      expect(quotesOf(`${rutte}“Norway is a steadfast Ally,” Mr Rutte said, “and a close friend of all of us,” he added, “and it spends more on defence every year.”`)).toEqual([
        ['Mark Rutte', 'Norway is a steadfast Ally, and a close friend of all of us, and it spends more on defence every year.', 0.85],
      ]);
    });

    it('is not joined to a quotation of another speaker, of the next paragraph, or one that opens a sentence of its own', () => {
      expect(quotesOf(`${rutte}“Norway is a steadfast Ally,” said Mr Rutte, and Mr Støre added that “it will remain one for many decades to come.”`)).toEqual([
        ['Mark Rutte', 'Norway is a steadfast Ally', 0.9],
        ['Jonas Gahr Støre', 'it will remain one for many decades to come.', 0.85],
      ]);
      expect(quotesOf(`${rutte}“Norway is a steadfast Ally,” said Mr Rutte.\n\nMr Rutte added that NATO “will keep helping Ukraine for as long as it takes”.`)).toEqual([
        ['Mark Rutte', 'Norway is a steadfast Ally', 0.9],
        ['Mark Rutte', 'will keep helping Ukraine for as long as it takes', 0.85],
      ]);
      expect(quotesOf(`${rutte}“Norway is a steadfast Ally,” said Mr Rutte, and Mr Rutte added: “We will keep helping Ukraine.”`)).toEqual([
        ['Mark Rutte', 'Norway is a steadfast Ally', 0.9],
        ['Mark Rutte', 'We will keep helping Ukraine.', 0.85],
      ]);
    });
  });

  it('resolves "Mr X" who is no participant to the first fuller name of the text with that surname, not a later one', () => {
    expect(quotesOf(`${rutte}Kremlin spokesman Dmitry Peskov commented on the meeting, and so did his son Nikolai Peskov.\n\n“We will study the proposal carefully before we answer it,” Mr Peskov said.`)).toEqual([
      ['Dmitry Peskov', 'We will study the proposal carefully before we answer it', 0.8],
    ]);
  });

  it('takes five words as a quotation whatever their length and punctuation, and four capitalised words without a stop or a speech verb as a term', () => {
    expect(quotesOf(`${rutte}“We can and we did,” said Mr Rutte.`)).toEqual([['Mark Rutte', 'We can and we did', 0.9]]);
    expect(quotesOf(`${rutte}Mr Rutte said: “We can and we do”`)).toEqual([['Mark Rutte', 'We can and we do', 0.85]]);
    expect(quotesOf(`${rutte}Mr Rutte said that “Norway is steadfast and strong” at the meeting.`)).toEqual([['Mark Rutte', 'Norway is steadfast and strong', 0.85]]);
    expect(quotesOf(`${rutte}Mr Rutte said that “Norway is steadfast indeed” and left.`)).toEqual([]);
  });

  it('drops an opening mark left alone on its line before the quoted paragraph', () => {
    expect(quotesOf(`${rutte}Mr Rutte said:\n\n“\n\n“${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
  });

  describe('a closing block’s dash', () => {
    const rutteQuote = (layout: string) => quotesOf(`${rutte}Quotes\n\n“${ally}.”${layout}Mark Rutte, Secretary General`);
    const said = [['Mark Rutte', `${ally}.`, 0.95]];

    it('names the speaker after an en dash, an em dash or a hyphen, with or without a space or a comma before it', () => {
      expect(quotesOf(`${rutte}“${ally},” – Mark Rutte, Secretary General`)).toEqual([['Mark Rutte', ally, 0.95]]);
      expect(quotesOf(`${rutte}“${ally}.” - Mark Rutte, Secretary General`)).toEqual(said);
      expect(quotesOf(`${rutte}“${ally}.” –Mark Rutte, Secretary General`)).toEqual(said);
    });

    it('names the speaker on a line of its own, however the lines around it are spaced', () => {
      expect(rutteQuote('\n\n– ')).toEqual(said);
      expect(rutteQuote(' \n\n– ')).toEqual(said);
      expect(rutteQuote('\n \n– ')).toEqual(said);
      expect(rutteQuote('\n\n  – ')).toEqual(said);
      expect(rutteQuote('\n\n- ')).toEqual(said);
      expect(rutteQuote('\n\n–')).toEqual(said);
      expect(rutteQuote('\n– ')).toEqual(said);
    });

    it('names the speaker on a dash line longer than the 300 characters read after the quotation', () => {
      const office = 'Secretary General of the North Atlantic Treaty Organization, speaking at the end of his visit to Oslo, where he met the Prime Minister, the Minister of Defence and the Minister of Foreign Affairs, and visited the headquarters of the Norwegian Joint Headquarters in Bodø, north of the Arctic Circle';
      expect(quotesOf(`${rutte}Quotes\n\n“${ally}.”\n\n– Mark Rutte, ${office}.`)).toEqual(said);
    });

    it('is only the dash right after the quotation or on the next line: not one further on, nor one before a quotation of its own', () => {
      expect(quotesOf(`${rutte}“${ally},” said Mr Støre – a view Mr Rutte shares.`)).toEqual([['Jonas Gahr Støre', ally, 0.9]]);
      expect(quotesOf(`${rutte}Quotes\n\n“${ally}.”\n\n“We will keep helping Ukraine for as long as it takes.”\n\n– Mark Rutte, Secretary General`)).toEqual([
        ['Mark Rutte', 'We will keep helping Ukraine for as long as it takes.', 0.95],
      ]);
    });

    it('that names nobody ("– 30 –") leaves the attribution to the lead, on the same line or the next', () => {
      expect(quotesOf(`${rutte}Mr Rutte said: “${ally}.” – 30 –`)).toEqual([['Mark Rutte', `${ally}.`, 0.85]]);
      expect(quotesOf(`${rutte}Mr Rutte said: “${ally}.”\n\n– 30 –`)).toEqual([['Mark Rutte', `${ally}.`, 0.85]]);
    });
  });

  it('reads the attribution after a quotation within its paragraph only', () => {
    expect(quotesOf(`${rutte}Mr Rutte welcomed the talks and said: “${ally}.”\n\nMr Støre said Norway would do more.`)).toEqual([['Mark Rutte', `${ally}.`, 0.85]]);
  });

  it('looks for the name after "said" in its first twelve words only', () => {
    expect(quotesOf(`${rutte}“${ally},” said the head of the delegation to the meeting of the ministers of defence and of foreign affairs, Ola Nordmann.`)).toEqual([]);
    expect(quotesOf(`${rutte}“${ally},” said the head of the delegation to the meeting of ministers, Ola Nordmann.`)).toEqual([['Ola Nordmann', ally, 0.9]]);
    expect(quotesOf(`${rutte}“${ally},” said the head of the delegation to the meeting of the ministers, Ola Nordmann.`)).toEqual([]);
  });

  it('gives "X and Y said, “…”" to the nearer name, Y, whole', () => {
    expect(quotesOf(`${rutte}Ambassadors Ola Nordmann and Kari Nordmann said, “We will keep helping Ukraine for as long as it takes.”`)).toEqual([
      ['Kari Nordmann', 'We will keep helping Ukraine for as long as it takes.', 0.8],
    ]);
  });

  it('gives “…,” he said to the participant named last, by a word of more than three letters of the name ("may" is no Theresa May)', () => {
    expect(quotesOf(`${rutte}Mr Rutte thanked Mr Støre for his hospitality. Mr Støre welcomed the visit. “${ally},” he said.`)).toEqual([['Jonas Gahr Støre', ally, 0.7]]);
    expect(quotesOf('NATO\n\nSecretary General Jens Stoltenberg met Prime Minister Theresa May in London on Thursday.\n\nMr. Stoltenberg said that Allies may do more. “I know that NATO can rely on the United Kingdom,” he said.')).toEqual([
      ['Jens Stoltenberg', 'I know that NATO can rely on the United Kingdom', 0.7],
    ]);
  });

  it('drops a quotation whose lead names only a title nobody holds, rather than giving it to the release’s minister', () => {
    expect(quotesOf(`${rutte}Speaking to journalists, the Chancellor said: “I thank Norway for its steady support to our Alliance.”`)).toEqual([]);
    expect(quotesOf(`${rutte}Speaking to journalists, the Chancellor said of Mr Rutte: “He is a steadfast friend of Norway and of all of us.”`)).toEqual([]);
  });

  it('gives nobody a quotation after a title with no speech verb ("the Secretary General “welcomed …”")', () => {
    expect(quotesOf(`${rutte}In Oslo on Monday the Secretary General “welcomed the steady support of Norway to the Alliance”.`)).toEqual([]);
  });

  it('reads "according to X" in the middle of the sentence', () => {
    expect(quotesOf(`${rutte}The partnership, according to Mr Rutte, “will keep growing for many years to come”.`)).toEqual([['Mark Rutte', 'will keep growing for many years to come', 0.8]]);
    expect(quotesOf('NATO Secretary General meets Prime Minister\n\nNATO Secretary General Mark Rutte met Prime Minister Jonas Gahr Støre. The partnership between our two countries, according to Mr Rutte, “will keep growing for many years to come”.')).toEqual([
      ['Mark Rutte', 'will keep growing for many years to come', 0.8],
    ]);
  });

  it('gives nobody a French quotation whose incise names neither a person nor a title (« a déclaré le porte-parole »)', () => {
    expect(quotesOf('Déclaration\n\nLe secrétaire général de l’OTAN, Mark Rutte, a rencontré le premier ministre Jonas Gahr Støre.\n\n« La Norvège est un allié solide, a déclaré le porte-parole. Nous comptons sur elle. »')).toEqual([]);
  });

  it('reads a "X said:" paragraph followed on the next line, without a blank line, by the words', () => {
    expect(quotesOf(`${rutte}Mr Rutte said:\n${ally}.`)).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
  });

  it('gives a first-person quotation under a "Statement by" title that names two authors to neither', () => {
    expect(quotesOf('Statement by Secretary General Mark Rutte and Prime Minister Jonas Gahr Støre on the attack\n\nThe attack took place this morning.\n\n“I condemn the attack in Oslo in the strongest terms and I send my condolences to the families.”')).toEqual([]);
  });

  it('keeps a second quotation of the same speaker more than 120 characters after the first a quote of its own', () => {
    expect(quotesOf(`${rutte}“${ally},” said Mr Rutte in Oslo on Monday, at the end of a long day of talks with the Prime Minister on the defence of the High North, and Mr Rutte added that NATO “will keep helping Ukraine for as long as it takes”.`)).toEqual([
      ['Mark Rutte', ally, 0.9],
      ['Mark Rutte', 'will keep helping Ukraine for as long as it takes', 0.85],
    ]);
  });

  describe('the second part of a quotation that names no speaker of its own', () => {
    const joly = 'La ministre rencontre son homologue\n\nLa ministre des Affaires étrangères, Mélanie Joly, a rencontré aujourd’hui à Ottawa son homologue chilien, Alberto van Klaveren.\n\n';

    it('is joined with a comma only where the text put one after the first part’s closing mark, and not after a comma inside it', () => {
      expect(quotesOf(`${joly}« Le Canada et le Chili protègent ensemble les océans » a déclaré la ministre Joly « et nous irons plus loin encore. »`)).toEqual([
        ['Mélanie Joly', 'Le Canada et le Chili protègent ensemble les océans et nous irons plus loin encore.', 0.9],
      ]);
      expect(quotesOf(`${joly}« Le Canada, avec le Chili, protège les océans », a déclaré la ministre Joly, « et nous irons plus loin encore. »`)).toEqual([
        ['Mélanie Joly', 'Le Canada, avec le Chili, protège les océans, et nous irons plus loin encore.', 0.9],
      ]);
    });

    it('loses its own last comma', () => {
      expect(quotesOf(`${joly}« Le Canada et le Chili protègent ensemble les océans », a déclaré la ministre Joly, « et nous irons plus loin encore, »`)).toEqual([
        ['Mélanie Joly', 'Le Canada et le Chili protègent ensemble les océans, et nous irons plus loin encore', 0.9],
      ]);
    });

    it('opening a sentence, follows a full stop: the one that ends the first part, or one added when it ends without', () => {
      expect(quotesOf(`${rutte}“Norway is a steadfast Ally.” said Mr Rutte. “We will keep helping Ukraine.”`)).toEqual([['Mark Rutte', 'Norway is a steadfast Ally. We will keep helping Ukraine.', 0.9]]);
      expect(quotesOf(`${rutte}“Mr. Støre is a steadfast Ally,” said Mr Rutte. “We will keep helping Ukraine.”`)).toEqual([['Mark Rutte', 'Mr. Støre is a steadfast Ally. We will keep helping Ukraine.', 0.9]]);
    });
  });

  it('reads the name after "said", not a name that ends the quotation', () => {
    expect(quotesOf(`${rutte}“We thank Norway and our friend Ola,” said Mr Rutte.`)).toEqual([['Mark Rutte', 'We thank Norway and our friend Ola', 0.9]]);
  });

  it('reads no name from the lines after a closing block’s dash line that names nobody', () => {
    expect(quotesOf(`${rutte}Quotes\n\n“${ally}.”\n\n– 30 –\n\nMedia contact: Ola Nordmann, NATO Press Office`)).toEqual([]);
  });

  it('reads "X said: “…,” he added" from its lead when no participant is named before it', () => {
    expect(quotesOf(`${rutte}The talks ended at noon.\n\nKremlin spokesman Dmitry Peskov said: “We will study the proposal carefully before we answer it,” he added.`)).toEqual([
      ['Dmitry Peskov', 'We will study the proposal carefully before we answer it', 0.8],
    ]);
  });

  it('gives a quotation after a colon lead that names no speech verb to the participant it names, else to the first full name, unless a spokesperson of someone speaks', () => {
    expect(quotesOf(`${rutte}OSLO - Prime Minister Jonas Gahr Støre issued the following statement:\n\n“${ally}.”\n\nThe spokesperson of the Prime Minister confirmed the date.`)).toEqual([['Jonas Gahr Støre', `${ally}.`, 0.65]]);
    expect(quotesOf(`${rutte}OSLO - Ambassador Ola Nordmann and Prime Minister Jonas Gahr Støre issued the following statement:\n\n“${ally}.”`)).toEqual([['Jonas Gahr Støre', `${ally}.`, 0.65]]);
    expect(quotesOf(`NATO Secretary General meets Prime Minister\n\nThe talks were held in Oslo.\n\nOSLO - Ambassador Ola Nordmann issued the following statement:\n\n“${ally}.”`)).toEqual([['Ola Nordmann', `${ally}.`, 0.6]]);
    expect(quotesOf(`NATO Secretary General meets Prime Minister\n\nThe talks were held in Oslo.\n\nOslo, 3 March 2025 - Ambassador Ola Nordmann issued the following statement:\n\n“${ally}.”`)).toEqual([['Ola Nordmann', `${ally}.`, 0.6]]);
  });

  it('reads the first person inside the quotation only, not in the text after it', () => {
    expect(quotesOf(`${rutte}The leaders discussed Ukraine.\n\n“Norway will keep investing in the defence of the Alliance.”\n\nI will report to the Council, the spokesperson added.`)).toEqual([]);
  });

  it('reads a "X said:" paragraph whose words end the text, with no newline after them', () => {
    const statement = importText(`${rutte}Mr Rutte said:\n\n${ally}.`);
    expect(extractQuotes(statement, extractParticipants(statement)).map((q) => [q.speaker, q.text, q.confidence])).toEqual([['Mark Rutte', `${ally}.`, 0.8]]);
  });

  it('reads “…,” he said in the one paragraph of an untitled text', () => {
    expect(quotesOf(`Secretary General Mark Rutte visited Oslo on Monday and thanked Norway for its support. “${ally},” he said.`)).toEqual([['Mark Rutte', ally, 0.7]]);
  });

  it('gives nobody a quotation after "He also said" when no participant is named at all', () => {
    expect(quotesOf('Statement\n\nThe talks ended.\n\nHe also said that the Alliance “will stand together in every circumstance we face”.')).toEqual([]);
  });

  it('does not read a "Remarks by" paragraph of 200 characters or more as a label', () => {
    const label = 'Remarks by President Donald Tusk after the meeting of the European Council with the leaders of the Western Balkans on the enlargement of the Union, the rule of law and the fight against organised crime (25 November 2018).';
    expect(label.length).toBeGreaterThanOrEqual(200);
    expect(quotesOf(`Special meeting of the European Council\n\n${label}\n\n"Today, the European Council endorsed the Agreement on the withdrawal of the United Kingdom from the European Union."`)).toEqual([]);
  });

  it('reads a "Remarks by" paragraph as a label only under 200 characters', () => {
    const label = 'Remarks by President Donald Tusk after the meeting of the European Council with the leaders of the Western Balkans on the enlargement of the Union, rule of law and the fight against crime (Nov. 2018).';
    expect(label).toHaveLength(200);
    expect(quotesOf(`Special meeting of the European Council\n\n${label}\n\n"Today, the European Council endorsed the Agreement on the withdrawal of the United Kingdom from the European Union."`)).toEqual([]);
  });

  it('takes a second quotation of the paragraph 120 characters after the first as a quotation of its own, attributed or not', () => {
    const attributed = ' said Mr Rutte in Oslo on Monday, after the talks with the Prime Minister at exactly noon, and Mr Rutte added that NATO ';
    const unattributed = ' said Mr Rutte, who then spoke at length about the wars in Ukraine, the defence industries and the summit in The Hague. ';
    expect([attributed.length, unattributed.length]).toEqual([120, 120]);
    expect(quotesOf(`${rutte}“${ally},”${attributed}“will keep helping Ukraine for as long as it takes”.`)).toEqual([
      ['Mark Rutte', ally, 0.9],
      ['Mark Rutte', 'will keep helping Ukraine for as long as it takes', 0.85],
    ]);
    expect(quotesOf(`${rutte}“${ally},”${unattributed}“We will keep helping Ukraine.”`)).toEqual([
      ['Mark Rutte', ally, 0.9],
      ['Mark Rutte', 'We will keep helping Ukraine.', 0.6],
    ]);
  });

  it('gives nobody a quotation that opens an untitled text', () => {
    expect(quotesOf(`“${ally}.” The Secretary General of NATO left Oslo on Monday after two days of talks with the Norwegian government.`)).toEqual([]);
  });

  it('gives “…,” he said to a participant named by surname at the very start of the paragraph before', () => {
    expect(quotesOf(`${rutte}Rutte thanked Norway for its support.\n\n“${ally},” he said.`)).toEqual([['Mark Rutte', ally, 0.7]]);
  });

  it('resolves "Mr X" to the participant a "Statement by" title names in full, though the body never does', () => {
    expect(quotesOf('Statement by Secretary General Mark Rutte on the attack in Oslo\n\nThe attack took place this morning.\n\n“I condemn the attack in the strongest terms,” Mr Rutte said.')).toEqual([
      ['Mark Rutte', 'I condemn the attack in the strongest terms', 0.85],
    ]);
  });

  it('drops a second opening mark doubled at the start of the quoted words', () => {
    expect(quotesOf(`${rutte}Mr Rutte said: ““${ally}.”`)).toEqual([['Mark Rutte', `${ally}.`, 0.85]]);
  });

  describe('a name set off by commas right before the speech verb', () => {
    const said = (lead: string) => quotedSpansOf(`${rutte}${lead} “${ally}.”`);
    const rutteSaid = [{ speaker: 'Mark Rutte', text: `${ally}.`, confidence: 0.85, source: `“${ally}.”` }];

    it('is the speaker, not a name just before it in the sentence, however the commas are spaced', () => {
      expect(said('After talks with Jonas Gahr Støre,  Mr Rutte, said:')).toEqual(rutteSaid);
      expect(said('After talks with Jonas Gahr Støre, the Secretary General, Mr Rutte , said:')).toEqual(rutteSaid);
      expect(said('After talks with Jonas Gahr Støre, the Secretary General, Mr Rutte,  said:')).toEqual(rutteSaid);
      expect(said('After talks with Jonas Gahr Støre, the Secretary General,  Mr Rutte, said:')).toEqual(rutteSaid);
    });

    it('is not a name inside a clause between commas: the clause’s subject speaks, whatever the space before the verb', () => {
      expect(said('The Secretary General, Mark Rutte, thanking the Prime Minister, Jonas Gahr Støre, for hosting the meeting, said:')).toEqual(rutteSaid);
      expect(said('The Secretary General, Mark Rutte, thanking the Prime Minister, Jonas Gahr Støre, for hosting the meeting,  said:')).toEqual(rutteSaid);
      expect(said('The Secretary General, Mark Rutte, thanking the Prime Minister, Jonas Gahr Støre, for hosting the meeting,said:')).toEqual(rutteSaid);
    });
  });

  it('gives “…,” he said to the participant whose full name is named last, not to one whose surname is only the start of it', () => {
    expect(quotedSpansOf('Ministers meet\n\nMinister of Defence Lars Bergström met Minister of Foreign Affairs Anna Berg in Stockholm today.\n\nMinister Bergström welcomed the agreement. “Sweden and Canada will work together on Arctic security,” he said.')).toEqual([
      { speaker: 'Lars Bergström', text: 'Sweden and Canada will work together on Arctic security', confidence: 0.7, source: '“Sweden and Canada will work together on Arctic security,”' },
    ]);
  });

  describe('a closing block’s dash, spaced as a PDF leaves it', () => {
    const oceans = 'Canada and Chile share a deep commitment to protecting the oceans with Luis Vega.';
    const bergSpeaks = [{ speaker: 'Anna Berg', text: oceans, confidence: 0.95, source: `“${oceans}”` }];

    it('names the speaker after a dash glued to the closing mark or after two spaces', () => {
      expect(quotedSpansOf(`${berg}“${oceans}”– Anna Berg, Minister of Foreign Affairs`)).toEqual(bergSpeaks);
      expect(quotedSpansOf(`${berg}“${oceans}”  – Anna Berg, Minister of Foreign Affairs`)).toEqual(bergSpeaks);
    });

    it('reads the name from after the dash, not from the end of the quotation, however wide the spaces around it', () => {
      expect(quotedSpansOf(`${berg}“${oceans}”   –   Anna Berg, Minister of Foreign Affairs`)).toEqual(bergSpeaks);
      expect(quotedSpansOf(`${berg}“${oceans}”\n\n  –  Anna Berg, Minister of Foreign Affairs`)).toEqual(bergSpeaks);
    });

    it('names the speaker whole after an em dash with no space, where a surname alone would name another participant', () => {
      expect(quotedSpansOf('Ministers meet\n\nMinister of Foreign Affairs Anna Berg met Minister of Trade Erik Berg in Stockholm today.\n\n“Sweden and Canada will work together on Arctic security.” —Erik Berg, Minister of Trade')).toEqual([
        { speaker: 'Erik Berg', text: 'Sweden and Canada will work together on Arctic security.', confidence: 0.95, source: '“Sweden and Canada will work together on Arctic security.”' },
      ]);
    });

    it('on a line of its own, is only the line right after the quotation: a dash line after a paragraph between names nobody', () => {
      expect(quotedSpansOf(`${berg}“Canada and Chile share a deep commitment to protecting the oceans.”\n\nMinister Vega thanked Canada for its support.\n\n– Anna Berg, Minister of Foreign Affairs`)).toEqual([]);
    });
  });

  it('gives "the Chancellor said: “…”" to nobody when no participant is the Chancellor, though the one participant has no title', () => {
    expect(quotedSpansOf('Minister travels to Brussels\n\nAnna Berg will travel to Brussels on Monday.\n\nSpeaking to journalists, the Chancellor said: “Canada will keep working with its allies for peace in Europe.”')).toEqual([]);
  });

  it('reads a "X said:" line that opens an untitled text', () => {
    expect(quotedSpansOf(`Secretary General Mark Rutte said:\n${ally}.`)).toEqual([{ speaker: 'Mark Rutte', text: `${ally}.`, confidence: 0.8, source: `${ally}.` }]);
  });

  it('reads a "X said:" paragraph that opens on a word with a quotation mark glued to it as X’s words', () => {
    const words = 'L’« esprit d’Oslo » guide toujours notre Alliance et nos partenaires.';
    expect(quotedSpansOf(`Déclaration\n\nLe secrétaire général de l’OTAN, Mark Rutte, a rencontré le premier ministre Jonas Gahr Støre à Oslo.\n\nLe secrétaire général Mark Rutte a déclaré :\n\n${words}`)).toEqual([
      { speaker: 'Mark Rutte', text: words, confidence: 0.8, source: words },
    ]);
  });

  it('reads "THE PRIME MINISTER IS EXPECTED TO SAY:" in capitals as the Prime Minister’s words', () => {
    const words = 'Norway will keep investing in the defence of the Alliance.';
    expect(quotedSpansOf(`${rutte}THE PRIME MINISTER IS EXPECTED TO SAY:\n\n${words}`)).toEqual([{ speaker: 'Jonas Gahr Støre', text: words, confidence: 0.7, source: words }]);
  });

  it('looks for the participant a pronoun stands for in the 600 characters before the quotation’s paragraph only', () => {
    const talks =
      'The two leaders discussed the security situation in the region, the support of allies to the people of the country at war, ' +
      'the investment in defence that every member of the alliance has pledged to make over the coming years, and the industrial ' +
      'capacity that the alliance will need to produce more weapons and ammunition. They also discussed the situation in the far north, ' +
      'where the alliance is stepping up its presence on land, at sea and in the air, and the cooperation with partners around the world.\n\n' +
      'The leaders agreed that the alliance must do more, and do it faster, to keep its people safe for the years to come.\n\n';
    expect(talks.length).toBeGreaterThan(600);
    expect(quotedSpansOf(`${berg}${talks}She also said that the partnership “will keep the oceans healthy for the generations to come”.`)).toEqual([]);
  });

  it('hands a quotation after "X said …" to the participant named there by a word of three letters or more, not a two-letter one inside another name', () => {
    const words = 'We will keep working together for a stable and prosperous region.';
    expect(
      quotedSpansOf(`Ministers meet\n\nDefence Minister Ng Eng Hen met Foreign Minister Penny Wong in Canberra on Monday.\n\nForeign Minister Wong said the partnership between Singapore and Australia was stronger than ever.\n\n“${words}”`),
    ).toEqual([{ speaker: 'Penny Wong', text: words, confidence: 0.65, source: `“${words}”` }]);
  });

  describe('a first-person quotation with nobody named near it: the lead', () => {
    const thanks = 'I thank Norway for its steady support to our Alliance.';
    const thanked = (speaker: string, confidence: number) => [{ speaker, text: thanks, confidence, source: `“${thanks}”` }];
    const title = 'NATO Secretary General meets Prime Minister\n\n';
    const dinner = 'Prime Minister Jonas Gahr Støre hosted a dinner in Oslo on Monday.\n\nThe leaders discussed Ukraine.\n\n';
    const lead = 'NATO Secretary General Mark Rutte met Prime Minister Jonas Gahr Støre of Norway in Oslo on Monday for talks on Ukraine.\n\nThe talks covered the support to Ukraine and the summit.\n\n';

    it('is the first paragraph of an untitled text, whether or not blank lines come before it', () => {
      expect(quotedSpansOf(`${lead}“${thanks}”`)).toEqual(thanked('Mark Rutte', 0.55));
      expect(quotedSpansOf(`\n\n${lead}“${thanks}”`)).toEqual(thanked('Mark Rutte', 0.55));
    });

    it('is not a line of three words, though it ends on a full stop, nor a line ending on a time', () => {
      expect(quotedSpansOf(`${title}Embargoed until 10:00.\n\n${dinner}“${thanks}”`)).toEqual(thanked('Jonas Gahr Støre', 0.55));
      expect(quotedSpansOf(`${title}Embargoed until Monday, 10:00\n\n${dinner}“${thanks}”`)).toEqual(thanked('Jonas Gahr Støre', 0.55));
    });

    it('may end on a closing quotation mark after its full stop', () => {
      expect(quotedSpansOf(`${title}Prime Minister Jonas Gahr Støre welcomed the Secretary General to Oslo for talks on the “High North.”\n\nThe leaders discussed Ukraine.\n\n“${thanks}”`)).toEqual(
        thanked('Jonas Gahr Støre', 0.55),
      );
    });

    it('names the participant in its first 120 characters: a name starting at the 121st does not count, nor a name in a title that is no "Statement by"', () => {
      const late = 'On Monday, after a morning of talks on the defence of High North and on the support Allies give Ukraine, Prime Minister ';
      expect(late).toHaveLength(120);
      expect(quotedSpansOf(`${title}${late}Jonas Gahr Støre welcomed Secretary General Mark Rutte.\n\n“${thanks}”`)).toEqual([]);
      expect(quotedSpansOf(`Secretary General Mark Rutte in Oslo\n\n${late}Jonas Gahr Støre welcomed the Secretary General of NATO, Mark Rutte.\n\n“${thanks}”`)).toEqual([]);
    });

    it('under a "Statement by" title, goes to the one participant the title names, though the lead names another', () => {
      expect(
        quotedSpansOf(`Statement by Secretary General Mark Rutte on the visit to Norway\n\nOn Monday, after a long morning of talks on the defence of the High North and on the support that Allies give to Ukraine, the Secretary General met Prime Minister Jonas Gahr Støre.\n\n“${thanks}”`),
      ).toEqual(thanked('Mark Rutte', 0.6));
    });
  });

  describe('a joint statement’s quotation in the first person plural', () => {
    const we = 'We will keep working together for the security of the High North and of the whole Alliance.';
    const joint = 'Joint statement by Secretary General Mark Rutte and Prime Minister Jonas Gahr Støre\n\n';

    it('goes to the author the title names first, not the one the body names first, nor a participant the title does not name', () => {
      expect(quotedSpansOf(`${joint}Prime Minister Jonas Gahr Støre and Secretary General Mark Rutte met in Oslo on Monday.\n\n“${we}”`)).toEqual([
        { speaker: 'Mark Rutte', text: we, confidence: 0.5, source: `“${we}”` },
      ]);
      expect(quotedSpansOf(`${joint}The two leaders met Foreign Minister Espen Barth Eide in Oslo on Monday.\n\n“${we}”`)).toEqual([{ speaker: 'Mark Rutte', text: we, confidence: 0.5, source: `“${we}”` }]);
    });

    it('goes to nobody when the title names one participant only', () => {
      expect(quotedSpansOf(`Joint statement by the Secretary General of NATO and Prime Minister Jonas Gahr Støre\n\nThe two leaders met in Oslo on Monday.\n\n“${we}”`)).toEqual([]);
    });

    it('goes to nobody when the text quoted someone before it, more than two paragraphs up', () => {
      expect(quotedSpansOf(`${joint}“${ally},” said Mr Rutte.\n\nThe leaders discussed Ukraine.\n\nThey visited a base.\n\nThey met soldiers.\n\n“${we}”`)).toEqual([
        { speaker: 'Mark Rutte', text: ally, confidence: 0.9, source: `“${ally},”` },
      ]);
    });
  });

  it('gives a quotation in a sentence naming one participant to that one, not to one whose three-letter name word is inside another word', () => {
    const words = 'a partnership that has never been stronger in all its history';
    expect(
      quotedSpansOf(`Ministers meet\n\nDefence Minister Ng Eng Hen met Foreign Minister Penny Wong in Canberra on Monday.\n\nWhen the talks ended, Minister Wong thanked Singapore for “${words}”.`),
    ).toEqual([{ speaker: 'Penny Wong', text: words, confidence: 0.6, source: `“${words}”` }]);
  });

  it('reads "X said: “…”" before the quotation, not a participle after it ("Minister Berg, saying the same, thanked Chile")', () => {
    const words = 'Chile and Canada share a deep commitment to protecting the oceans.';
    expect(quotedSpansOf(`${berg}Minister Vega said: “${words}” Minister Berg, saying the same, thanked Chile.`)).toEqual([{ speaker: 'Luis Vega', text: words, confidence: 0.85, source: `“${words}”` }]);
  });

  it('gives a quotation after a colon lead with no speech verb to the full name right after a dateline', () => {
    expect(quotedSpansOf(`NATO Secretary General meets Prime Minister\n\nThe talks were held in Oslo.\n\nBrussels - Ola Nordmann issued the following statement:\n\n“${ally}.”`)).toEqual([
      { speaker: 'Ola Nordmann', text: `${ally}.`, confidence: 0.6, source: `“${ally}.”` },
    ]);
  });

  it('gives a first-person quotation to the participant the lead names first, though the line above it names them the other way round', () => {
    const thanks = 'I thank Norway for its steady support to our Alliance.';
    expect(
      quotedSpansOf(`NATO Secretary General meets Prime Minister\n\nSecretary General Mark Rutte – Prime Minister Jonas Gahr Støre\n\nPrime Minister Jonas Gahr Støre welcomed Secretary General Mark Rutte to Oslo on Monday.\n\nThe leaders discussed Ukraine.\n\n“${thanks}”`),
    ).toEqual([{ speaker: 'Jonas Gahr Støre', text: thanks, confidence: 0.55, source: `“${thanks}”` }]);
  });

  it('resolves "Mr Kim" to the first of the fuller names, among the first twenty with that word only', () => {
    const kims = ['Min-jun', 'Seo-yeon', 'Do-yun', 'Ha-eun', 'Ji-ho', 'Seo-jun', 'Ji-woo', 'Ye-jun', 'Su-ah', 'Eun-woo', 'Ha-yoon', 'Joon-woo', 'Ji-an', 'Hyun-woo', 'Yu-na', 'Jae-won', 'Da-eun', 'Si-woo', 'Chae-won', 'Tae-hyun'].map((given) => `Kim ${given}`);
    expect(kims).toHaveLength(20);
    const words = 'Korea is a close partner of the Alliance in these difficult times';
    expect(
      quotedSpansOf(`Korean delegation visits NATO\n\nNATO Secretary General Mark Rutte met a delegation of the Republic of Korea in Brussels on Monday.\n\nThe delegation was made up of ${kims.join(', ')} and Kim Jong Hyun.\n\n“${words},” Mr Kim said.`),
    ).toEqual([{ speaker: 'Kim Min-jun', text: words, confidence: 0.8, source: `“${words},”` }]);
  });

  describe('a short quotation or a list of names', () => {
    const lead = 'Déclaration\n\nLa ministre des Affaires étrangères Anna Berg a rencontré le ministre Luis Vega.\n\n';

    it('keeps a quotation of five words or more whose long words hold a capital after an elision (« l’OTAN »), not at their start', () => {
      expect(quotedSpansOf(`${lead}La ministre Berg a déclaré que le Canada soutiendra « le G7, l’OTAN, l’OCDE et l’ONU ».`)).toEqual([
        { speaker: 'Anna Berg', text: 'le G7, l’OTAN, l’OCDE et l’ONU', confidence: 0.85, source: '« le G7, l’OTAN, l’OCDE et l’ONU »' },
      ]);
    });

    it('leaves out three words opening in lower case, though a capital follows the elision (« l’Alliance reste unie. »)', () => {
      expect(quotedSpansOf(`${lead}La ministre Berg a déclaré : « l’Alliance reste unie. »`)).toEqual([]);
    });

    it('leaves out four words with no stop at their end, though their last word holds a comma (“Canada will deploy 1,200”)', () => {
      expect(quotedSpansOf(`${berg}Minister Berg announced: “Canada will deploy 1,200”`)).toEqual([]);
    });

    it('counts the words of a quotation over two paragraphs, not the blank line between them', () => {
      expect(quotedSpansOf(`${rutte}Mr Rutte said:\n\n“Thank you.\n\n“Tusen takk”`)).toEqual([]);
    });
  });

  describe('the parts of a quotation its attribution interrupts, spaced as a PDF leaves them', () => {
    const joly = 'La ministre rencontre son homologue\n\nLa ministre des Affaires étrangères, Mélanie Joly, a rencontré aujourd’hui à Ottawa son homologue chilien, Alberto van Klaveren.\n\n';

    it('are joined with the comma the text puts after the closing mark, a space before it', () => {
      const source = '« Le Canada et le Chili protègent ensemble les océans » , a déclaré la ministre Joly « et nous irons plus loin encore. »';
      expect(quotedSpansOf(`${joly}${source}`)).toEqual([
        { speaker: 'Mélanie Joly', text: 'Le Canada et le Chili protègent ensemble les océans, et nous irons plus loin encore.', confidence: 0.9, source },
      ]);
    });

    it('take a comma inside the first part before a closing single quotation mark as no comma of the sentence', () => {
      const source = '“Norway is our ‘steadfast Ally,’” Mr Rutte said, “and a close friend of all of us.”';
      expect(quotedSpansOf(`${rutte}${source}`)).toEqual([{ speaker: 'Mark Rutte', text: 'Norway is our ‘steadfast Ally,’ and a close friend of all of us.', confidence: 0.85, source }]);
    });

    it('add no full stop after a first part that ends on one inside a closing single quotation mark', () => {
      const source = '“Norway has always been ‘a steadfast Ally.’” said Mr Rutte. “We thank Norway.”';
      expect(quotedSpansOf(`${rutte}${source}`)).toEqual([{ speaker: 'Mark Rutte', text: 'Norway has always been ‘a steadfast Ally.’ We thank Norway.', confidence: 0.9, source }]);
    });

    it('lose a comma and the space before it at the end of the quotation', () => {
      expect(quotedSpansOf(`${rutte}“${ally} ,” said Mr Rutte.`)).toEqual([{ speaker: 'Mark Rutte', text: ally, confidence: 0.9, source: `“${ally} ,”` }]);
      const interrupted = '“Norway is a steadfast Ally,” Mr Rutte said, “and a close friend of all of us ,”';
      expect(quotedSpansOf(`${rutte}${interrupted} he added.`)).toEqual([{ speaker: 'Mark Rutte', text: 'Norway is a steadfast Ally, and a close friend of all of us', confidence: 0.85, source: interrupted }]);
      const continued = '“Norway is a steadfast Ally,” said Mr Rutte. “and a close friend of all of us ,”';
      expect(quotedSpansOf(`${rutte}${continued} he went on to say in Oslo.`)).toEqual([{ speaker: 'Mark Rutte', text: 'Norway is a steadfast Ally and a close friend of all of us', confidence: 0.9, source: continued }]);
    });
  });

  it('keeps an opening mark left unclosed inside the quotation as the text has it, dropping only a doubled one at its start', () => {
    const words = 'Canada and Chile share a deep commitment to the “Blue Economy and to protecting the oceans.';
    expect(quotedSpansOf(`${berg}“${words}” – Anna Berg, Minister of Foreign Affairs`)).toEqual([{ speaker: 'Anna Berg', text: words, confidence: 0.95, source: `“${words}”` }]);
  });

  it('gives a quotation after a colon lead that names an office and a country but no person (a table row run together) to nobody', () => {
    expect(quotedSpansOf(`NATO Secretary General meets Prime Minister\n\nThe talks were held in Oslo.\n\nAmbassador New Zealand issued the following statement:\n\n“${ally}.”`)).toEqual([]);
  });
});

describe('meeting-extractor', () => {
  const meeting = (text: string) => {
    const { date, location } = extractMeeting(importText(text));
    return [date, location];
  };

  it("places the meeting by “their meeting in Geneva” when it is dated the day of the text, not when it is their last one", () => {
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg and Federal Councillor Ignazio Cassis met on 3 May 2025 to review the outcomes of their meeting in Geneva on 3 May 2025.\n")).toEqual(['2025-05-03', 'Geneva']);
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg and Federal Councillor Ignazio Cassis met on 3 May 2025, for the first time since their last meeting in Geneva, to review trade.\n")).toEqual(['2025-05-03', null]);
  });

  it("does not place the meeting by their last meeting, dated or not, also in a text with no date line", () => {
    expect(meeting("Berg and Cassis review trade\n\nForeign Minister Anna Berg and Federal Councillor Ignazio Cassis met on 3 May 2025, for the first time since their last meeting in Geneva in March 2025, to review trade.\n")).toEqual(['2025-05-03', null]);
  });

  it("places the meeting by “held their meeting in Geneva”, which names no earlier meeting", () => {
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg and Federal Councillor Ignazio Cassis held their meeting in Geneva, where they reviewed trade and energy.\n")).toEqual([null, 'Geneva']);
  });

  it("dates the meeting by the first sentence that reports it in the text, with its relative word", () => {
    expect(meeting("Minister Berg in Oslo\n\n3 May 2025\n\nYesterday, Foreign Minister Anna Berg visited the Norwegian Parliament in Oslo with a business delegation.\n\nToday she met Prime Minister Jonas Gahr Støre to discuss energy cooperation.\n")).toEqual(['2025-05-02', 'Oslo']);
  });

  it("does not date the meeting by the second lead sentence when it does not report it (its date, its “yesterday”)", () => {
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis in Bern to review trade and energy. They discussed the free trade agreement of 12 March 2024 between the two countries.\n")).toEqual([null, 'Bern']);
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis in Bern to review trade and energy.\n\nYesterday, the Swiss parliament ratified the free trade agreement between the two countries.\n")).toEqual([null, 'Bern']);
  });

  it("does not date the meeting by a lead that does not report it, in another paragraph", () => {
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nThe free trade agreement of 12 March 2024 between Sweden and Switzerland has doubled trade between the two countries.\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to review its results.\n")).toEqual([null, null]);
  });

  it("dates the meeting by a weekday in the first reporting sentence that has one", () => {
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis in Bern on Tuesday to review trade.\n\nThe two ministers also held talks with business leaders.\n")).toEqual(['2025-04-29', 'Bern']);
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis in Bern to review trade and energy.\n\nThe two ministers also held talks with business leaders on Tuesday.\n")).toEqual(['2025-04-29', 'Bern']);
  });

  it("dates a visit by a closing line “visited Jordan from 2-5 August” only when no reporting sentence dates it", () => {
    expect(meeting("Carr visits Jordan\n\n6 August 2012\n\nForeign Minister Bob Carr met King Abdullah II and Foreign Minister Nasser Judeh to discuss the crisis in Syria.\n\nMr Carr visited Jordan from 2-5 August.\n")).toEqual(['2012-08-02', null]);
    expect(meeting("Carr visits Jordan\n\n6 August 2012\n\nForeign Minister Bob Carr met King Abdullah II in Amman on 3 August 2012 to discuss the crisis in Syria.\n\nForeign Minister Bob Carr visited Jordan from 2-5 August.\n")).toEqual(['2012-08-03', 'Amman']);
  });

  it("gives a joint statement the date of its meeting when the meeting came before it, else its own date", () => {
    expect(meeting("Joint Statement of the Foreign Ministers of Sweden and Switzerland\n\nBern, 5 May 2025\n\nThe Foreign Ministers of Sweden and Switzerland met in Bern on 4 May 2025 and issued the following joint statement.\n")).toEqual(['2025-05-04', 'Bern']);
    expect(meeting("Joint Statement of the Foreign Ministers of Sweden and Switzerland\n\nBern, 5 May 2025\n\nThe Foreign Ministers of Sweden and Switzerland met in Bern and issued the following joint statement on trade.\n")).toEqual(['2025-05-05', 'Bern']);
  });

  it("does not read a meeting as a call for a telephone call it mentions later, and reads a title’s call without a lead", () => {
    expect(meeting("Prime Minister meets President of Finland\n\nHelsinki, 5 May 2025\n\nThe Prime Minister met with the President of Finland, Alexander Stubb, to discuss security in the Baltic Sea region.\n\nThe two leaders then held a telephone call with the President of Estonia, Alar Karis.\n")).toEqual([null, 'Helsinki']);
    expect(meeting("Readout of the Prime Minister's call with President Stubb\n\n5 May 2025\n\nThe leaders discussed Ukraine.\n")).toEqual([null, null]);
  });

  it("reads a virtual meeting only in the first two reporting sentences as the meeting’s", () => {
    expect(meeting("Berg and Cassis review trade\n\n3 May 2025\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis in Bern to review trade and energy.\n\nThe two ministers also held talks with business leaders from both countries.\n\nThey agreed to hold a virtual meeting with their Norwegian counterpart in June.\n")).toEqual([null, 'Bern']);
  });

  it("places a call only by the first sentence that reports it, and by that one (“in Halifax … spoke by phone”)", () => {
    expect(meeting("Prime Minister's call with President Stubb\n\n5 May 2025\n\nThe Prime Minister spoke by phone with the President of Finland, Alexander Stubb, about security in the Arctic.\n\nEarlier in the day, the Prime Minister spoke with President Alar Karis of Estonia, who was in Tallinn for a summit.\n")).toEqual([null, null]);
    expect(meeting("Prime Minister's call with President Stubb\n\nOttawa, 5 May 2025\n\nThe Prime Minister, in Halifax for the Halifax International Security Forum, spoke by phone with the President of Finland, Alexander Stubb.\n")).toEqual([null, 'Halifax']);
  });

  it("places by the lead’s “Today in Osaka” and by a title in title case (“Visits Troops in Riga”) when nothing else does", () => {
    expect(meeting("G20 Leaders' Summit\n\nJune 28, 2019\n\nToday in Osaka, the leaders of the Group of Twenty reiterated their commitment to free, fair and non-discriminatory trade.\n")).toEqual(['2019-06-28', 'Osaka']);
    expect(meeting("Foreign Minister Visits Troops in Riga\n\n12 May 2025\n\nDuring his visit, the Foreign Minister thanked the soldiers of the NATO battlegroup for their service on the Alliance's eastern flank.\n")).toEqual([null, 'Riga']);
  });

  it("places a described joint declaration by its description only when nothing else does, and never a communiqué by it", () => {
    expect(meeting("Déclaration conjointe de M. Dominique de Villepin, ministre des affaires étrangères, et de Mme Micheline Calmy-Rey, cheffe du département des affaires étrangères de la Confédération suisse, sur la préparation du Sommet du G8, Paris le 28 février 2003.\n\nLes deux ministres des Affaires étrangères se sont rencontrés à Genève et ont passé en revue l'état de préparation du Sommet sous ses différents aspects.\n")).toEqual(['2003-02-28', 'Geneva']);
    expect(meeting("Communiqué de la Présidence de la République sur les relations entre la France et la Finlande, Paris le 3 mars 2021.\n\nLe président de la République a reçu ce matin à Helsinki le président de la République de Finlande pour un entretien sur la sécurité européenne.\n")).toEqual(['2021-03-03', 'Helsinki']);
    expect(meeting("Déclaration conjointe de M. Dominique de Villepin, ministre des affaires étrangères, et de Mme Micheline Calmy-Rey, cheffe du département des affaires étrangères de la Confédération suisse, sur la préparation du Sommet du G8, le 28 février 2003.\n\nLes deux ministres des Affaires étrangères ont passé en revue l'état de préparation du Sommet sous ses différents aspects lors de leur rencontre.\n")).toEqual(['2003-02-28', null]);
  });

  it("places by a date line’s place line under it, not by a speaker’s line, and by a dateline that opens the lead with its date first", () => {
    expect(meeting("Berg meets Cassis\n\nMarch 2, 2024\n\nOttawa, Ontario\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Ottawa']);
    expect(meeting("Berg meets Cassis\n\nMarch 2, 2024\n\nMorgan Ortagus, Department Spokesperson\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, null]);
    expect(meeting("Berg meets Cassis\n\nMarch 2, 2024\n\nOffice of the Foreign Minister of the Kingdom of Sweden\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, null]);
    expect(meeting("Berg meets Cassis\n\nLe 29 septembre 2014 - Ottawa, Ontario - Foreign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Ottawa']);
  });

  it("places by a “City, Province – ” or “City – ” opening a long lead, not by a short paragraph so opened or a dash clause inside the lead", () => {
    expect(meeting("Berg meets Cassis\n\nHalifax, Nova Scotia – Foreign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Halifax']);
    expect(meeting("Berg meets Cassis\n\nOttawa – Foreign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n")).toEqual([null, 'Ottawa']);
    expect(meeting("Berg meets Cassis\n\nHalifax – Foreign Minister Berg met Councillor Cassis.\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, null]);
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis – the first meeting of the two ministers since 2019 – to discuss trade and energy.\n")).toEqual([null, null]);
  });

  it("looks past a short label paragraph for the date line, and past a dateline segment that is no place (“News release – March 12, 2025 – Halifax”)", () => {
    expect(meeting("Berg meets Cassis\n\nMedia release\n\n3 May 2025\n\nStockholm\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Stockholm']);
    expect(meeting("Berg meets Cassis\n\nNews release – March 12, 2025 – Halifax, Nova Scotia\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Halifax']);
  });

  it("places by a closing date line (“14 December 2010” ⏎ “RAMALLAH”, “Ottawa, 12 March 2025”), not by an office line under it or a signature above it", () => {
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n\n14 December 2010\n\nRAMALLAH\n")).toEqual([null, 'Ramallah']);
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n\nOttawa, 12 March 2025\n")).toEqual([null, 'Ottawa']);
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n\n14 December 2010\n\nMinistry of Foreign Affairs\n")).toEqual([null, null]);
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n\nAnna Berg\n\n14 December 2010\n")).toEqual([null, null]);
  });

  it("reads only full sentences of eight words or more as the lead: not “We will meet again.” nor a subtitle without a full stop", () => {
    expect(meeting("Attack on Kyiv\n\nBerlin, 5 May 2025\n\nThe Foreign Ministers of the G7 condemn in the strongest terms the missile attack on Kyiv.\n\nWe will meet again.\n")).toEqual([null, null]);
    expect(meeting("Berg meets Cassis\n\nStockholm, 5 May 2025\n\nForeign Minister Berg meets Mr. Cassis at the Federal Palace in Bern\n\nThe Foreign Ministers of the G7 condemn in the strongest terms the missile attack on Kyiv.\n")).toEqual([null, null]);
  });

  it("reads a lead that ends inside a quotation, and only the first two full sentences", () => {
    expect(meeting("Berg and Cassis\n\nStockholm, 5 May 2025\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis in Bern and said: “Our talks were excellent.”\n")).toEqual([null, 'Stockholm']);
    expect(meeting("Attack on Kyiv\n\nBerlin, 5 May 2025\n\nThe Foreign Ministers of the G7 condemn in the strongest terms the missile attack on Kyiv.\n\nThey call on Russia to end its war of aggression at once.\n\nThe ministers will discuss the attack when they meet in Brussels next week.\n")).toEqual([null, null]);
  });

  it("splits a date line at a spaced hyphen as at a dash (“14 December 2010 - Ottawa”, “May 3, 2025 - Ottawa - Global Affairs Canada”)", () => {
    expect(meeting("Berg meets Cassis\n\n14 December 2010 - Ottawa\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Ottawa']);
    expect(meeting("Berg meets Cassis\n\nMay 3, 2025 - Ottawa - Global Affairs Canada\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Ottawa']);
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n\nOttawa - 12 March 2025\n")).toEqual([null, 'Ottawa']);
  });

  it("places by a date line that writes its city before the date without a comma (“Geneva 14 December 2010”, “Tokyo 3 May 2025”)", () => {
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n\nGeneva 14 December 2010\n")).toEqual([null, 'Geneva']);
    expect(meeting("Berg meets Cassis\n\nTokyo 3 May 2025\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Tokyo']);
  });

  it("places by a closing date line of eight words (“Rio de Janeiro, Brazil, Tuesday, 14 December 2010”)", () => {
    expect(meeting("Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n\nRio de Janeiro, Brazil, Tuesday, 14 December 2010\n")).toEqual([null, 'Rio de Janeiro']);
  });

  it("writes “Washington D. C.” as Washington", () => {
    expect(meeting("Berg meets Cassis\n\nMarch 2, 2024\n\nWashington D. C.\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Washington']);
  });

  it("places a trip to two countries nowhere, also when the lead names a city of one of them", () => {
    expect(meeting("Berg visits France and Italy\n\nStockholm, 5 May 2025\n\nForeign Minister Anna Berg will travel to France and Italy next week, with talks in Paris on Monday and in Rome on Tuesday.\n")).toEqual(['2025-05-12', null]);
  });

  it("dates the text by a label line of sixteen words with its date, and a meeting “today” by it", () => {
    expect(meeting("Berg meets Cassis\n\nDÉCLARATION CONJOINTE DE LA PORTE-PAROLE DU MINISTÈRE DE L’EUROPE ET DES AFFAIRES ÉTRANGÈRES (17 juin 2022)\n\nAujourd'hui, la ministre Anna Berg a rencontré le conseiller fédéral Ignazio Cassis pour discuter du commerce, de l'énergie et de la guerre en Ukraine.\n")).toEqual(['2022-06-17', null]);
  });

  it("does not take a “following … readout … issued in Washington on 5 May 2025 …:” lead-in for the meeting, “Following is …” neither", () => {
    expect(meeting("Secretary Blinken’s Meeting with Foreign Minister Lavrov\n\nMay 5, 2025\n\nThe following readout of the meeting was issued in Washington on 5 May 2025 by Spokesperson Ned Price:\n\nSecretary Blinken met Foreign Minister Lavrov in Geneva yesterday to discuss arms control and the security of Ukraine.\n")).toEqual(['2025-05-04', 'Geneva']);
    expect(meeting("Secretary Blinken’s Meeting with Foreign Minister Lavrov\n\nMay 5, 2025\n\nFollowing is the text of a readout of the meeting issued in Washington on 5 May 2025 by Spokesperson Ned Price:\n\nSecretary Blinken met Foreign Minister Lavrov in Geneva yesterday to discuss arms control and the security of Ukraine.\n")).toEqual(['2025-05-04', 'Geneva']);
  });

  it("places by a place line that ends on its country without a comma, without the country (“Kuala Lumpur Malaysia”, “Wellington New Zealand”)", () => {
    expect(meeting("Berg meets Cassis\n\nMay 3, 2025\n\nKuala Lumpur Malaysia\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Kuala Lumpur']);
    expect(meeting("Berg meets Cassis\n\nMay 3, 2025\n\nWellington New Zealand\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Wellington']);
  });

  it("places by a date line that the city follows without a dash (“May 3, 2025 Ottawa, Ontario”, “3 May 2025 Ottawa”)", () => {
    expect(meeting("Berg meets Cassis\n\nMay 3, 2025 Ottawa, Ontario\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Ottawa']);
    expect(meeting("Berg meets Cassis\n\n3 May 2025 Ottawa\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy and the war in Ukraine.\n")).toEqual([null, 'Ottawa']);
  });

  // The bugs the triage found (docs/mutation-survivors.md, meeting-extractor.ts), fixed since.
  it("reads a lead-in ending in a colon that reports the meeting as the lead (bug 1), not a line that relays the text", () => {
    expect(meeting("Quad Foreign Ministers\n\nThe foreign ministers of Australia, India, Japan and the United States met in New York on 21 September 2022 and agreed to:\n\nstrengthen maritime security in the Indo-Pacific;\n\nwork together on climate and health.\n")).toEqual(['2022-09-21', 'New York']);
    expect(meeting("Readout\n\nThe following is attributable to Spokesperson Ned Price about the meeting in Geneva of 3 May 2025:\n\nThe Secretary spoke with the Foreign Minister today.\n")).toEqual([null, null]);
  });

  it("places by a closing place line above the closing date line, written as a dateline writes it (bug 2), not by a signature", () => {
    const lead = "Berg meets Cassis\n\nForeign Minister Anna Berg met Federal Councillor Ignazio Cassis to discuss trade, energy, research cooperation and the war in Ukraine and its consequences for Europe.\n\n";
    expect(meeting(`${lead}RAMALLAH\n\n14 December 2010\n`)[1]).toBe('Ramallah');
    expect(meeting(`${lead}Geneva, Switzerland\n\n14 December 2010\n`)[1]).toBe('Geneva');
    expect(meeting(`${lead}Anna Berg\n\n14 December 2010\n`)[1]).toBeNull();
  });

  it("places by a Swiss dateline « Berne, 22.04.2016 - » opening a long lead, in English: Bern (bug 3)", () => {
    expect(meeting("Berg meets Cassis\n\nBerne, 22.04.2016 - Le conseiller fédéral Ignazio Cassis a rencontré la ministre suédoise Anna Berg pour discuter du commerce et de l'énergie.\n")[1]).toBe('Bern');
  });

  it("places nothing by a continent, by a meeting a call readout plans, or by a meeting the ministers last held; dates nothing by it", () => {
    expect(meeting("Readout\n\nSecretary Blinken met Foreign Minister Lavrov to discuss the security situation in Europe.\n")).toEqual([null, null]);
    expect(meeting("Readout\n\nThe Prime Minister spoke by phone with the President of Finland, Alexander Stubb, about security in the Arctic.\n\nThe leaders agreed that their officials would follow up the call with a meeting in Helsinki next month.\n")).toEqual([null, null]);
    expect(meeting("Readout\n\nThe Minister met Foreign Minister Lavrov to discuss trade.\n\nThe two ministers last met on 3 March 2011.\n")).toEqual([null, null]);
  });
});

describe('initiative extractor: survivors of the second run (source of 10464e5)', () => {
  const texts = (text: string) => extractInitiatives(importText(text)).map((i) => i.text.slice(0, 24));

  it('ends a lead-in’s list where the marks change: "- Implement …", "- Refrain …", then the text’s own "1. We acknowledge …"', () => {
    const text =
      'Joint Declaration\n\nThe two sides agree to the following steps:\n\n- Implement the ceasefire along the border without delay.\n\n- Refrain from any hostile act along the border.\n\n1. We acknowledge the need to chart a course towards lasting peace.\n';
    expect(texts(text)).toEqual(['Implement the ceasefire ', 'Refrain from any hostile']);
    // Lettered items after numbered ones end the list too.
    const lettered =
      'Joint Declaration\n\nThe ministers decided:\n\n1. To hold the next meeting of the Joint Commission in Dakar in 2026.\n\n2. To establish a working group on trade facilitation.\n\na) The ministers noted the progress made on the road corridor.\n';
    expect(texts(lettered)).toEqual(['To hold the next meeting', 'To establish a working g']);
  });

  it('reads a list printed without marks, item after item, thirteen items after the lead-in', () => {
    // Items with no cue of their own: only the list makes them initiatives.
    const items = (n: number) => Array.from({ length: n }, (_, k) => `Officials will compare notes on topic ${k + 1};`);
    const list = (n: number) => `Joint Statement\n\nThe partners are committed to:\n\n${[...items(n - 1), `Officials will compare notes on topic ${n}.`].join('\n\n')}\n`;
    // The thirteenth item walks back twelve paragraphs to the first item, then reaches the lead-in.
    expect(texts(list(13))).toHaveLength(13);
  });

  it('counts what a body named as set up will do, by its name or by its acronym, and only after it was set up', () => {
    expect(texts('Joint Statement\n\nThe ministers agreed to establish a joint working group on maritime security.\n\nThe working group will review the progress made.\n')).toEqual(['The ministers agreed to ', 'The working group will r']);
    expect(texts('Joint Statement\n\nThe ministers discussed maritime security.\n\nThe working group will review the progress made.\n')).toEqual([]);
    expect(texts('Joint Statement\n\nWe intend to establish a voluntary International Counter Ransomware Task Force (ICRTF) to develop tools.\n\nThe ICRTF expects to produce public reports.\n')).toEqual(['We intend to establish a', 'The ICRTF expects to pro']);
    // Two earlier initiatives, only the first sets the body up: still its act.
    expect(
      texts('Joint Statement\n\nWe intend to establish a voluntary International Counter Ransomware Task Force (ICRTF) to develop tools.\n\nThe ministers agreed to hold their next meeting in Canberra in 2026.\n\nThe ICRTF expects to produce public reports.\n'),
    ).toEqual(['We intend to establish a', 'The ministers agreed to ', 'The ICRTF expects to pro']);
  });

  it('takes the items after "The following agreements were signed:" only when they name an instrument', () => {
    expect(texts('Visit\n\nThe following agreements were signed:\n\n1. Agreement on Visa Exemption for Holders of Diplomatic Passports\n\n2. Memorandum of Understanding on Political Consultations\n')).toEqual(['Agreement on Visa Exempt', 'Memorandum of Understand']);
    expect(texts('Visit\n\nThe following agreements were signed:\n\n1. In the presence of the two Presidents\n\n2. At the Presidential Palace\n').length).toBeLessThan(2);
  });

  it('reads a closing "Done at …" line as the joint text issued only when no earlier initiative already issued one', () => {
    const joint = 'Joint Declaration of Canada and Japan\n\nThe two governments agreed to hold a dialogue on critical minerals in 2026.\n\nThe Ministers adopted this joint declaration.\n\nDone at Tokyo on 3 May 2024\n';
    expect(texts(joint)).toEqual(['The two governments agre', 'The Ministers adopted th']);
    const unissued = 'Joint Declaration of Canada and Japan\n\nThe two governments agreed to hold a dialogue on critical minerals in 2026.\n\nDone at Tokyo on 3 May 2024\n';
    expect(texts(unissued)).toEqual(['The two governments agre', 'Done at Tokyo on 3 May 2']);
  });
  it('skips the headline printed again at the top of the body (twenty characters or more, no full stop), not a sentence that repeats it', () => {
    // Exactly twenty characters once folded: "ministers sign a mou".
    const again = 'Ministers sign a MoU\n\nMinisters sign a MoU SAT 08 SEPTEMBER 2012\n\nThe two governments signed an updated memorandum of understanding on development cooperation.\n';
    expect(texts(again)).toEqual(['The two governments sign']);
    // Ending on a full stop it is a sentence of the release, and counts.
    expect(texts('Ministers sign a MoU\n\nMinisters sign a MoU on development cooperation.\n')).toEqual(['Ministers sign a MoU on ']);
    // Seven sentences in, the same words are the release's own again.
    const late = `Ministers sign a MoU\n\n${Array.from({ length: 6 }, (_, k) => `The ministers discussed topic ${k + 1}.`).join('\n\n')}\n\nMinisters sign a MoU SAT 08 SEPTEMBER 2012\n`;
    expect(texts(late)).toEqual(['Ministers sign a MoU SAT']);
  });
});

/** Second mutation run of condemnation-extractor.ts (source of e272b6e): the survivors a test can tell apart. */
describe('condemnations: targets and the calls that are not the authors’ (second run)', () => {
  const targets = (sentence: string, cue: string) => condemnationTargets(sentence, sentence.indexOf(cue), cue.length);
  const found = (sentence: string) => extractCondemnations(importText(`Statement\n\n${sentence}\n`)).map((c) => c.targets);

  it('passes over the authors’ own concerns named after the cue, and keeps the party', () => {
    expect(targets('The minister condemned the arrests and conveyed Australian concerns to Iran over the detentions.', 'condemned')).toEqual(['Iran']);
  });

  it('keeps a phrase that opens on "in" when no place is named, and the phrase over a place inside it', () => {
    expect(targets('We condemn in particular the shelling of schools.', 'condemn')).toEqual(['in particular the shelling of schools']);
    expect(targets('We condemn the attacks on civilians in Ukraine.', 'condemn')).toEqual(['the attacks on civilians in Ukraine']);
  });

  it('ends the object where "and" opens another verb in the past ("and deplored")', () => {
    expect(targets('We condemn the attack and deplored the loss of life.', 'condemn')).toEqual(['the attack']);
  });

  it('counts a demand to stop made after a crowd is named, when the cue is neither a call nor a speech act', () => {
    expect(found('Thousands of protesters say the government must stop the violence against them.')).toEqual([['the violence against them']]);
  });

  it('reads a violation as a statement’s topic only when the cue is the violation, and only right before it', () => {
    expect(found('Statement regarding the violation of the ceasefire agreement by the rebels in the north of the country.')).toEqual([]);
    expect(found('The minister issued a statement regarding the breach of the ceasefire and the violation of the truce by the rebels.')).toEqual([['and the violation of the truce by the rebels']]);
  });

  it('counts a call to negotiate, or to press a third party, that goes on to demand a stop within 140 characters', () => {
    const negotiate = 'We urge the DPRK to return to negotiations without preconditions and in good faith with all the parties, and to stop its launches at once.';
    const press = 'We urge China to use its influence to press North Korea, with which it shares a long border and much trade history, to stop its launches.';
    expect([negotiate.indexOf('stop') - negotiate.indexOf('urge'), press.indexOf('stop') - press.indexOf('urge')]).toEqual([109, 116]);
    expect(found(negotiate)).toEqual([['North Korea']]);
    expect(found(press)).toEqual([['China', 'North Korea']]);
  });
});
