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

// Third run (source of 4f638e4): each block below fails with one or more of its survivors spliced into that source, except
// the last, which holds the three fixes those survivors pointed to (docs/mutation-survivors.md).
describe('statement kind: a title naming the offices of several authors', () => {
  const under = (title: string) => kindOf(`${title}\n\nThe leaders call on all parties to respect the ceasefire agreed last week.`);

  it('reads two offices joined by "and the" as several authors, in any case', () => {
    expect(under('Statement of the President of the European Commission and the Prime Minister of Australia on the ceasefire')).toBe('joint-statement');
    expect(under('STATEMENT OF THE PRESIDENT OF THE EUROPEAN COMMISSION AND THE PRIME MINISTER OF AUSTRALIA ON THE CEASEFIRE')).toBe('joint-statement');
  });

  it('does not read one office and an "and the" elsewhere as several', () => {
    expect(under('Statement by the Prime Minister on the floods and the recovery')).toBe('statement');
  });

  it('does not read two offices without "and the" between them as several', () => {
    expect(under('Statement by the President, following the visit of the Prime Minister of Japan')).toBe('statement');
  });
});

describe('statement kind: two named authors, each with an office', () => {
  const under = (title: string) => kindOf(`${title}\n\nLes deux ministres appellent toutes les parties à respecter le cessez-le-feu conclu la semaine dernière.`);

  it('reads the second author of another country as a second government', () => {
    expect(
      under('Déclaration de M. Jean Dupont, ministre des Affaires étrangères de la France, et de M. Hans Weber, ministre des Affaires étrangères de l’Allemagne'),
    ).toBe('joint-statement');
  });

  it('reads two ministers of one country as one government', () => {
    expect(
      under('Déclaration de M. Jean Dupont, ministre des Affaires étrangères de la France, et de Mme Marie Durand, ministre des Armées de la France'),
    ).toBe('statement');
  });

  it('reads a second author whose office names no country as the same government', () => {
    expect(under('Déclaration de M. Jean Dupont, ministre des Affaires étrangères de la France, et de Mme Marie Durand, ministre des Armées')).toBe('statement');
  });

  it('reads a second author whose office also names the first author’s country as the same government', () => {
    expect(
      under('Déclaration de M. Jean Dupont, ministre des Affaires étrangères de la France, et de Mme Marie Durand, ministre de la Coopération entre la France et le Sénégal'),
    ).toBe('statement');
  });
});

describe('statement kind: a statement by named countries', () => {
  const under = (title: string) => kindOf(`${title}\n\nThe governments welcome the decision taken today.`);

  it('reads two countries named with "and" and articles as several authors', () => {
    expect(under('Statement by Denmark and the Netherlands on the election')).toBe('joint-statement');
    expect(under('Statement by Denmark and Iceland')).toBe('joint-statement');
  });

  it('does not read one country as several authors', () => {
    expect(under('Statement by Denmark on the election')).toBe('statement');
  });

  it('does not read an office of a country, or a country with its role, as several authors', () => {
    expect(under('Statement by the Minister of Foreign Affairs of Denmark on Mali')).toBe('statement');
    expect(under('Statement by the Embassy of Denmark in Sweden')).toBe('statement');
    expect(under('Statement by Denmark, chair of the Nordic Council, and Iceland')).toBe('statement');
  });

  it('reads a list that ends on an article-like word only when nothing else is left', () => {
    expect(under('Statement by Denmark and Iceland and')).toBe('joint-statement');
    expect(under('Statement by Denmark, Iceland and Andorra-les')).toBe('statement');
  });
});

describe('statement kind: a joint press release of a meeting of two parties', () => {
  const under = (title: string) => kindOf(`${title}\n\nThe meeting reviewed cooperation in trade, energy and transport.`);

  it('reads a meeting of two parties joined by a hyphen as joint when either is a country', () => {
    expect(under('Joint Press Release of the 3rd Japan-GUAM Meeting (Batumi, 01.07.2008)')).toBe('joint-statement');
    expect(under('Joint Press Release of the 3rd GUAM-Japan Meeting (Batumi, 01.07.2008)')).toBe('joint-statement');
  });

  it('does not read a meeting of two parties neither of which is a country as joint', () => {
    expect(under('Joint Press Release of the 3rd GUAM-ODED Meeting (Batumi, 01.07.2008)')).toBe('news-release');
  });

  it('does not read a release naming one country as joint', () => {
    expect(under('Joint Press Release of the Ministry of Foreign Affairs of Japan')).toBe('news-release');
  });
});

describe('statement kind: members named in brackets after a dateline', () => {
  const lead = 'The Core Group (Germany, Brazil, Canada, Spain, the United States) calls on all actors to show restraint.';

  it('steps over a dateline however many spaces follow its dash', () => {
    expect(kindOf(`Haiti: the Core Group on the elections\n\nPort-au-Prince, 9 July 2018 –  ${lead}`)).toBe('joint-statement');
  });

  it('reads only a dateline at the paragraph’s start, not a clause set off by dashes', () => {
    expect(
      kindOf('Haiti: the Core Group on the elections\n\nThe Core Group (Germany, Brazil, Canada, Spain, the United States, France) calls – once again – on all actors to show restraint.'),
    ).toBe('joint-statement');
  });

  it('needs two countries in the brackets', () => {
    expect(kindOf('Haiti: the Core Group on the elections\n\nThe Core Group (Germany and Brazil) calls on all actors to show restraint.')).toBe('joint-statement');
    expect(kindOf('Haiti: the Core Group on the elections\n\nThe Core Group (composed of ambassadors and envoys) calls on all actors to show restraint.')).toBe('statement');
  });
});

describe('statement kind: three or more countries as the lead’s subject', () => {
  const under = (lead: string) => kindOf(`Support for Panama\n\n${lead}`);

  it('reads a numbered paragraph’s list of countries, its number of any length', () => {
    expect(under('12. Argentina, Brazil and Chile express their support for the Republic of Panama.')).toBe('joint-statement');
    expect(under('12.Argentina, Brazil and Chile express their support for the Republic of Panama.')).toBe('joint-statement');
  });

  it('reads a French list with an elided article, and a doubled space before the verb', () => {
    expect(under('La France, le Mali et l’Allemagne expriment leur soutien à la République du Panama.')).toBe('joint-statement');
    expect(under('Argentina, Brazil and Chile  express their support for the Republic of Panama.')).toBe('joint-statement');
  });

  it('reads only the paragraph’s subject, not countries named after its verb', () => {
    expect(under('Canada welcomes the fact that Argentina, Brazil and Chile signed the agreement.')).toBe('statement');
  });

  it('needs both commas and "and" between the countries', () => {
    expect(under('Argentina and Brazil and Chile express their support for the Republic of Panama.')).toBe('statement');
    expect(under('Argentina, Brazil, Chile express their support for the Republic of Panama.')).toBe('statement');
  });
});

describe('statement kind: a "Statement" label line above a lead of several governments', () => {
  it('reads the lead even when the title names its authors with "by", once the label is a line of its own', () => {
    expect(
      kindOf('Support for the people of Belarus, by the Nordic-Baltic Eight\n\nStatement\n\nThe Nordic-Baltic countries support the people of Belarus in their call for free elections and an end to the violence.'),
    ).toBe('joint-statement');
  });
});

describe('statement kind: a "Statement" label line under a title naming a meeting or visit', () => {
  it('reads a visit the title announces as a release about a visit to come', () => {
    expect(
      kindOf('Minister Pandor to host the Minister of Foreign Affairs of Zimbabwe on a Working Visit\n\nStatement\n\nThe Minister will discuss trade, energy and the situation in the region with her counterpart.'),
    ).toBe('news-release');
  });

  it('reads a visit the lead announces as a release about a visit to come', () => {
    expect(
      kindOf('Visit of the Minister of Foreign Affairs of Zimbabwe\n\nStatement\n\nMinister Naledi Pandor will host the Minister of Foreign Affairs of Zimbabwe, Frederick Shava, in Pretoria on Thursday.'),
    ).toBe('news-release');
  });

  it('reads a visit held as its readout', () => {
    expect(
      kindOf('Visit of the Minister of Foreign Affairs of Zimbabwe\n\nStatement\n\nMinister Naledi Pandor hosted the Minister of Foreign Affairs of Zimbabwe, Frederick Shava, in Pretoria on Thursday.'),
    ).toBe('readout');
  });
});

describe('statement kind: "Statement: meeting between …"', () => {
  it('reads a meeting of two countries as joint, and a meeting naming one country as the statement it says it is', () => {
    expect(kindOf('Statement: meeting between the Foreign Ministers of the United Kingdom and Argentina\n\nThe ministers discussed trade and science.')).toBe('joint-statement');
    expect(kindOf('Statement: meeting between the Foreign Minister and the Ambassador of Argentina\n\nThe two discussed trade and science.')).toBe('statement');
  });
});

describe('statement kind: a call in the lead', () => {
  it('reads only the first paragraph of a titled text for a call', () => {
    expect(
      kindOf('Canada and Japan\n\nCanada and Japan share a long history of cooperation in trade, science and security across the Pacific.\n\nMinister Joly spoke by phone with Minister Kamikawa on Monday about the situation in the region.'),
    ).not.toBe('readout');
  });
});

describe('statement kind: talks held against a dateline, a visit announced, release sections', () => {
  it('reads talks held under a city dateline as a readout', () => {
    expect(kindOf('Pandor and Shava on trade\n\nPretoria – Minister Naledi Pandor met with her counterpart from Zimbabwe, Frederick Shava, to discuss trade.')).toBe('readout');
  });

  it('still reads them as a readout when a later paragraph announces a visit, unless the title announces one too', () => {
    const lead = 'Pretoria – Minister Naledi Pandor met with her counterpart from Zimbabwe, Frederick Shava, to discuss trade.';
    const next = 'Minister Pandor will travel to Harare next month for the Bi-National Commission.';
    expect(kindOf(`Pandor and Shava on trade\n\n${lead}\n\n${next}`)).toBe('readout');
    expect(kindOf(`Minister Pandor to host Zimbabwe’s Foreign Minister\n\n${lead}\n\n${next}`)).toBe('news-release');
    expect(kindOf(`Minister Pandor to host Zimbabwe’s Foreign Minister\n\n${lead}\n\nThe two ministers also reviewed the Bi-National Commission’s work since 2021.`)).toBe('readout');
  });

  it('reads a release whose lead announces a visit as a release about it, whatever a later paragraph reports', () => {
    expect(
      kindOf('Minister Pandor and Zimbabwe\n\nMinister Naledi Pandor will travel to Harare on Monday for the Bi-National Commission.\n\nIn March, Minister Pandor met with her counterpart from Zimbabwe, Frederick Shava, to discuss trade.'),
    ).toBe('news-release');
  });

  it('reads a visit the title announces from the second paragraph too, and not from the title alone', () => {
    expect(kindOf('Prime Minister to visit Japan\n\nThe Prime Minister’s programme covers trade, energy and regional security questions.\n\nThe Prime Minister will travel to Tokyo on Monday.')).toBe('news-release');
    expect(kindOf('Prime Minister to visit Japan\n\nThe Prime Minister visited Tokyo on Monday and discussed trade, energy and security with Japanese leaders.')).toBe('readout');
    expect(kindOf('Visit of the Foreign Minister of Japan\n\nThe Foreign Minister of Japan, Yoko Kamikawa, visited Canberra on Monday for talks on trade.\n\nShe will travel to Wellington on Tuesday.')).toBe('readout');
  });

  it('reads talks held in a release with contacts as a readout, but not under a "Statement:" title', () => {
    const contacts = '\n\nContacts\n\nMedia Relations Office\nGlobal Affairs Canada\n343-203-7700';
    const lead = 'Minister Mélanie Joly met with her Japanese counterpart, Yoko Kamikawa, in Tokyo to discuss trade and security.';
    expect(kindOf(`Joly and Kamikawa on trade\n\n${lead}${contacts}`)).toBe('readout');
    expect(kindOf(`Statement: Minister Joly and Minister Kamikawa\n\n${lead}${contacts}`)).toBe('statement');
  });
});

describe('statement kind: fixes the third run’s survivors pointed to', () => {
  it('reads a French list of countries, each with its « de », as several authors', () => {
    const under = (title: string) => kindOf(`${title}\n\nLes deux pays appellent toutes les parties au calme.`);
    expect(under('Déclaration de la France et de l’Allemagne sur le Mali')).toBe('joint-statement');
    expect(under('Déclaration du Bénin, du Niger et du Togo')).toBe('joint-statement');
    expect(under('Déclaration du ministre de la France et de l’Allemagne')).toBe('statement');
  });

  it('reads a title with a colon naming two offices of two countries as several authors, however short', () => {
    expect(kindOf('Statement: the President of France and the Prime Minister of Italy on the floods\n\nThe two leaders call on all parties to respect the ceasefire.')).toBe('joint-statement');
  });

  it('reads members named in brackets under a "Press Release" label as several authors', () => {
    expect(
      kindOf('Troika on South Sudan\n\nPress Release\n\nThe Troika Embassies (Norway, the United States, and the United Kingdom) will always stand with the people of South Sudan.'),
    ).toBe('joint-statement');
  });
});
