/**
 * Behaviour of classifyStatementKind that the StrykerJS run of src/core/extract/statement-kind.ts alone showed no test
 * pinned: each test here fails with one or more of that run's surviving mutants applied (docs/mutation-survivors.md,
 * section "src/core/extract/statement-kind.ts", says which, and why the others are equivalent or unreachable). Texts
 * are written for these tests in the form of official statements; the NATO/G7 one is shortened from corpus/real.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { classifyStatementKind } from './statement-kind';

const kindOf = (text: string) => classifyStatementKind(importText(text));

describe('statement kind: two issuers named before "issued the following statement"', () => {
  const release = (lead: string) => kindOf(`Situation in the Red Sea\n\n${lead}\n\nThe attacks on merchant shipping must stop.`);
  // Two issuers of two countries, named in exactly 200 characters: the longest span the rule reads before the verb.
  const issuers =
    'Global Affairs Canada, on behalf of the Government of Canada, and the Ministry of Foreign Affairs of the Kingdom of the Netherlands (BZ), on behalf of the Government of the Kingdom of the Netherlands,';

  it('reads issuers named in 200 characters as several, also with doubled spaces before the verb', () => {
    expect(issuers.length).toBe(200);
    expect(release(`${issuers} issued the following statement:`)).toBe('joint-statement');
    expect(release(`${issuers}  issued  the  following  statement:`)).toBe('joint-statement');
  });

  it('does not count "today" or "jointly" before the verb in the 200 characters, however it is spaced', () => {
    expect(release(`${issuers} today issued the following statement:`)).toBe('joint-statement');
    expect(release(`${issuers} today  issued the following statement:`)).toBe('joint-statement');
    expect(release(`${issuers} jointly issued the following statement:`)).toBe('joint-statement');
    expect(release(`${issuers} jointly  issued the following statement:`)).toBe('joint-statement');
  });

  it('reads two issuers joined by a doubled "and" (a typing slip) as several', () => {
    expect(release('Global Affairs Canada and  and the Ministry of Foreign Affairs of Japan today issued the following statement:')).toBe('joint-statement');
  });
});

describe('statement kind: the release’s own voice outside quotations', () => {
  it('hears "we" after a quotation in straight double quotes under a "Media release" label', () => {
    expect(
      kindOf(
        'Canada supports flood relief in Chile\n\nMedia release\n\nToday, Minister Lund announced $5 million in "emergency assistance" for the victims of the floods in Chile, and we will stand by the people of Chile as they rebuild.',
      ),
    ).toBe('statement');
  });

  it('hears "we" right before a quotation that a PDF glued to it', () => {
    expect(
      kindOf(
        'Canada supports flood relief in Chile\n\nMedia release\n\nMinister Lund announced $5 million for the victims of the floods in Chile, as we“stand with the people of Chile in their hour of need”, she said in Ottawa today.',
      ),
    ).toBe('statement');
  });
});

describe('statement kind: which paragraphs are the lead', () => {
  const call = 'Minister of Foreign Affairs Anna Berg spoke today by phone with Ruritania’s Foreign Minister, Olaf Lund.';

  it('does not take a seven-word dateline for the lead', () => {
    const dateline = 'Ottawa, Ontario, May 3, 2025, 10:00 a.m.';
    expect(dateline.split(' ')).toHaveLength(7);
    expect(kindOf(`Minister Berg and Foreign Minister Lund\n\n${dateline}\n\n${call}\n\nThey discussed the war.`)).toBe('readout');
  });

  it('does not take a paragraph of links for the lead when its first 600 characters hold 14 words and end on a space', () => {
    const links = [
      'Related',
      'links:',
      'https://www.canada.ca/en/global-affairs.html',
      'https://international.gc.ca/world-monde/ukraine.aspx',
      'https://www.canada.ca/en/global-affairs/news.html',
      'https://international.gc.ca/gac-amc/contact.aspx',
      'https://www.canada.ca/en/services/defence.html',
      'https://international.gc.ca/world-monde/europe.aspx',
      'https://www.canada.ca/en/global-affairs/corporate.html',
      'https://international.gc.ca/trade-commerce.aspx',
      'https://www.canada.ca/en/services/travel.html',
      'https://international.gc.ca/development.aspx',
      'https://www.canada.ca/en/news.html',
      'https://international.gc.ca/world-monde/peace_security.aspx',
      'https://www.canada.ca/en/transparency.html',
      'https://www.canada.ca/en/terms.html',
    ].join(' ');
    expect(links.slice(0, 600).split(/\s+/).filter((word) => word !== '')).toHaveLength(14);
    expect(links[599]).toBe(' ');
    expect(kindOf(`Minister Berg and Foreign Minister Lund\n\n${links}\n\n${call}\n\nThey discussed the war.`)).toBe('readout');
  });

  it('reads a bare "Statement" label over several ministers in the first lead paragraph only', () => {
    expect(
      kindOf(
        'Canada welcomes the Geneva agreement\n\nStatement\n\nCanada welcomes the agreement reached in Geneva on the protection of civilians in armed conflict.\n\nThe Ministers of Foreign Affairs of Canada, Chile, Mexico and Peru discussed the agreement in Geneva last week.',
      ),
    ).toBe('statement');
  });
});

describe('statement kind: labels and the lead under them', () => {
  it('keeps a "Readout" label over the foreign ministers of several countries who met', () => {
    expect(
      kindOf(
        'Foreign ministers discuss maritime security in Manila\n\nReadout\n\nThe Foreign Ministers of Australia, India, Japan and the Philippines met in Manila on 3 May to discuss maritime security in the region.',
      ),
    ).toBe('readout');
  });

  it('keeps a single minister’s "Statement by …" title over a lead that opens on a group of governments', () => {
    expect(
      kindOf(
        'Statement by the Minister of Foreign Affairs on the G7 Summit in Apulia\n\nThe G7 Leaders met in Apulia, Italy, this week and reaffirmed their unwavering support for Ukraine.\n\nCanada will continue to work with its partners.',
      ),
    ).toBe('statement');
  });

  it('keeps a "Joint Statement" title over a lead that says the leaders released the following statement (NATO and G7, 2022)', () => {
    expect(
      kindOf(
        'Joint Statement of NATO and G7 Leaders on the Margins of the G20 Summit in Bali\n\nToday, the Leaders of Canada, the European Commission, the European Council, France, Germany, Italy, Japan, the Netherlands, Spain, the United Kingdom, and the United States met on the margins of the G20 Summit in Bali and released the following statement:\n\nWe condemn the barbaric missile attacks that Russia perpetrated on Ukrainian cities and civilian infrastructure on Tuesday.',
      ),
    ).toBe('joint-statement');
  });

  it('reads the whole title for "joint statement", not its first 80 characters', () => {
    const title = 'Canada at the 58th session of the Human Rights Council: texts of joint statements';
    expect(title.indexOf('joint statement') + 'joint statement'.length).toBe(80);
    expect(kindOf(`${title}\n\nCanada delivered or joined the following texts during the 58th session of the Human Rights Council in Geneva.`)).toBe('statement');
  });

  it('reads "joint statement" only in the first 80 characters of an untitled text’s first line', () => {
    const text =
      'Minister of Foreign Affairs Anna Berg spoke today by phone with Ruritania’s Foreign Minister, Olaf Lund, and they agreed to issue a joint statement on energy security next week.\n\nThey discussed the war.\n';
    expect(importText(text).title).toBeNull();
    expect(kindOf(text)).toBe('readout');
  });
});

describe('statement kind: page furniture near the top only', () => {
  it('does not read a "Published" line after the first ten lines, even within the first 2,000 characters', () => {
    const signatories = ['Australia', 'Canada', 'Denmark', 'Estonia', 'Finland', 'Iceland', 'Latvia', 'Lithuania', 'Norway', 'Sweden', 'the United Kingdom'].join('\n');
    const text = `Political prisoners in Belarus\n\nThe following governments call for the release of all political prisoners in Belarus:\n\n${signatories}\n\nPublished 3 May 2025`;
    expect(text.length).toBeLessThan(2000);
    expect(kindOf(text)).toBe('statement');
  });
});

// Third run (source of 4f638e4): the members listed in brackets after a lead's subject, or after "made up of".
describe('statement kind: several parties named in brackets, or "made up of", after the lead’s subject', () => {
  const lead = (paragraph: string) => kindOf(`Situation in the region\n\n${paragraph}\n\nThe parties will stay in touch.`);

  it('reads the members in brackets after the subject as several authors, also after a paragraph number, a dateline or an article', () => {
    expect(lead('The Middle East Quartet (United Nations, Russian Federation, United States, European Union) and Quartet Representative Blair held informal consultations today in Brussels.')).toBe('joint-statement');
    expect(lead('12. The Middle East Quartet (United Nations, Russian Federation, United States, European Union) held informal consultations today in Brussels.')).toBe('joint-statement');
    expect(lead('12.The Middle East Quartet (United Nations, Russian Federation, United States, European Union) held informal consultations today in Brussels.')).toBe('joint-statement');
    expect(lead('Troika Embassies (Norway, the United States, and the United Kingdom) will always stand with those who work for peace in the country.')).toBe('joint-statement');
    expect(lead('Port-au-Prince, le 9 juillet 2018 – Le Core Group (composé des Ambassadeurs d’Allemagne, du Brésil, du Canada, d’Espagne et de France) appelle au calme dans le pays.')).toBe('joint-statement');
    expect(lead('Les Ambassadeurs (Allemagne, Brésil, Canada, Espagne et France) appellent au calme dans le pays.')).toBe('joint-statement');
    expect(lead('La Troïka (Norvège, États-Unis et Royaume-Uni) appelle au calme dans le pays.')).toBe('joint-statement');
    expect(lead('The Embassies (Norway and the United Kingdom) call on all parties to respect the ceasefire in the country.')).toBe('joint-statement');
  });

  it('reads the members set off by commas after "made up of" / « composé de » as several authors', () => {
    expect(lead('The local transition monitoring committee, made up of ECOWAS, the African Union and MINUSMA, with the ambassadors of France, the United States and Germany, met today in Bamako.')).toBe('joint-statement');
    expect(lead('Le comité de suivi, composé de la France, de l’Allemagne et du Canada, s’est réuni aujourd’hui à Bamako pour faire le point.')).toBe('joint-statement');
  });

  it('does not read brackets later in the lead, one country in brackets, or a bracket before a verb of the subject as several authors', () => {
    expect(lead('Minister Jane Doe met today with the ministers of several countries (France, Germany and Italy) to discuss the situation in the region.')).not.toBe('joint-statement');
    expect(lead('The Foreign Ministry (Canada) calls today on all parties to respect the ceasefire in the region.')).not.toBe('joint-statement');
    expect(lead('The monitoring committee, made up of Canada and its partners, calls today on all parties to respect the ceasefire.')).not.toBe('joint-statement');
    expect(lead('Minister Jane Doe, joined by officials, made up her mind after meetings with France, Germany and Italy on the situation in the region.')).not.toBe('joint-statement');
  });
});
