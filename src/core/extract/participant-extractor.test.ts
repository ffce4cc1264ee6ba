import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractParticipants, findPersonMentions } from './participant-extractor';

describe('findPersonMentions on long texts', () => {
  it('reads a long text in pieces with the same result as each copy read alone', () => {
    const unit = 'Ottawa – The Honourable Anna Berg, Minister of Foreign Affairs, met Chile’s Minister of Foreign Affairs, Luis Vega.\n\nMinister Berg thanked Minister Vega.\n\n';
    const copies = Math.ceil(100_000 / unit.length);
    const text = unit.repeat(copies);
    const one = findPersonMentions(unit, 0, unit.length).map((m) => [m.name, m.title, m.country]);
    const all = findPersonMentions(text, 0, text.length);
    expect(all).toHaveLength(one.length * copies);
    expect(all.map((m) => [m.name, m.title, m.country])).toEqual(Array.from({ length: copies }, () => one).flat());
    expect(all.every((m, i) => i === 0 || m.start > (all[i - 1]?.start ?? -1))).toBe(true);
  });
});

describe('titles that hold commas', () => {
  it('keeps "Minister of Immigration, Refugees and Citizenship" whole, before and after the name, and stops at the next person', () => {
    const text =
      'Marc Miller, Minister of Immigration, Refugees and Citizenship, met today in Ottawa with Peru’s Minister of Foreign Affairs, Elmer Schialer. ' +
      'Canada’s Minister of Immigration, Refugees and Citizenship, the Honourable Marc Miller, thanked him. ' +
      'Mélanie Joly, Minister of Foreign Affairs, and Bill Blair, Minister of National Defence, also attended the meeting in Ottawa.';
    const participants = extractParticipants(importText(text));
    expect(participants.map((p) => [p.name, p.title])).toEqual([
      ['Marc Miller', 'Minister of Immigration, Refugees and Citizenship'],
      ['Elmer Schialer', 'Minister of Foreign Affairs'],
      ['Mélanie Joly', 'Minister of Foreign Affairs'],
      ['Bill Blair', 'Minister of National Defence'],
    ]);
  });
});

describe('names with particles and suffixes, and titles after an abbreviated country', () => {
  const people = (text: string) => extractParticipants(importText(`T\n\n${text}\n`)).map((p) => [p.name, p.title, p.country]);

  it('reads capitalised particles after a given name ("Alexander De Croo") and two particles ("von der Leyen")', () => {
    expect(people('Le Premier ministre, M. Gabriel Attal, a reçu à Matignon son homologue belge, M. Alexander De Croo.')).toContainEqual(['Alexander De Croo', 'homologue belge', 'Belgium']);
    expect(people('Minister Blair met with Ursula von der Leyen, President of the European Commission.')).toContainEqual(['Ursula von der Leyen', 'President of the European Commission', 'European Union']);
    expect(people('The Minister met Foreign Minister Juan Ramón de la Fuente of Mexico.')).toEqual([['Juan Ramón de la Fuente', 'Foreign Minister', 'Mexico']]);
  });

  it('drops a royal honorific ("HRH", « Son Altesse Royale ») from the name', () => {
    // uk-mod-fallon-saudi-military-security-agreement-2017-09: "HRH Mohammed bin Salman" is "Mohammed bin Salman".
    expect(people('The two governments have announced a new Agreement, signed today in Jeddah by the Defence Secretary Sir Michael Fallon and the Saudi Crown Prince HRH Mohammed bin Salman.').map((p) => p[0])).toEqual(['Michael Fallon', 'Mohammed bin Salman']);
    expect(people('Le ministre a rencontré Son Altesse Royale Mohammed ben Salmane, prince héritier d’Arabie saoudite, à Djedda.').map((p) => p[0])).toContain('Mohammed ben Salmane');
  });

  it('does not take a sentence-final full stop into "III" (only "Jr." and "Sr." are abbreviations)', () => {
    expect(people('Minister Blair met today in Washington with U.S. Secretary of Defense Lloyd J. Austin III.')).toContainEqual(['Lloyd J. Austin III', 'Secretary of Defense', 'United States']);
  });

  it('reads "Name, U.S. Secretary of Defense," with the abbreviated country before the title', () => {
    expect(people('Minister Blair met with Lloyd Austin, U.S. Secretary of Defense, in Ottawa.')).toContainEqual(['Lloyd Austin', 'Secretary of Defense', 'United States']);
  });
});

describe('people named without a title', () => {
  const people = (text: string) => extractParticipants(importText(`T\n\n${text}\n`)).map((p) => [p.name, p.title]);

  it('takes both parties of a meeting announced in the future tense (« rencontrera », "will meet")', () => {
    // ch-dfae-burkhalter-mogherini-bruxelles-2016-04
    expect(people('Le conseiller fédéral Didier Burkhalter rencontrera, mardi à Bruxelles, Federica Mogherini.')).toEqual([['Didier Burkhalter', 'conseiller fédéral'], ['Federica Mogherini', '']]);
    expect(people('Antony Blinken will meet with Penny Wong in Canberra on Friday.')).toEqual([['Antony Blinken', ''], ['Penny Wong', '']]);
  });

  it('takes the subject and the other party of a meeting, call or visit, in text order', () => {
    expect(people('Antony Blinken met with Penny Wong in Washington.')).toEqual([['Antony Blinken', ''], ['Penny Wong', '']]);
    expect(people('Emmanuel Macron a reçu ce jour Narendra Modi.')).toEqual([['Emmanuel Macron', ''], ['Narendra Modi', '']]);
    expect(people('Catherine Colonna s’est entretenue avec son homologue britannique James Cleverly.')).toEqual([['Catherine Colonna', ''], ['James Cleverly', 'homologue britannique']]);
    expect(people('Le Président de la République a reçu M. Mohammed ben Salmane, Prince héritier d’Arabie saoudite.')).toEqual([['Mohammed ben Salmane', 'Prince héritier d’Arabie saoudite']]);
  });

  it('leaves out a body that only looks like a name, and a name in a sentence that reports no meeting', () => {
    expect(people('Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Mauro Vieira.')).toEqual([['Wang Yi', 'Foreign Minister'], ['Mauro Vieira', '']]);
    expect(people('The report by Jane Goodall was published today.')).toEqual([]);
  });
});

describe('a name that opens with its particle after an office, and a possessive', () => {
  const people = (text: string) => extractParticipants(importText(`T\n\n${text}\n`)).map((p) => [p.name, p.title]);

  it('reads "President von der Leyen" but not « Président de la République » as a name', () => {
    expect(people('President von der Leyen and Prime Minister Carney met in Brussels.')).toEqual([['von der Leyen', 'President'], ['Carney', 'Prime Minister']]);
    expect(people('Le Président de la République a reçu M. Olaf Scholz.')).toEqual([['Olaf Scholz', '']]);
  });

  it('does not take the owner of remarks a minister welcomed for a participant', () => {
    expect(people('Minister Joly welcomed Ms. Maria Zakharova’s remarks.')).toEqual([['Joly', 'Minister']]);
  });
});

describe('generational suffixes written without a comma', () => {
  const names = (text: string) => extractParticipants(importText(text)).map((p) => p.name);

  it('keeps "Jr." with its full stop when it ends the sentence (PMO readout: « …, Ferdinand Marcos Jr. »)', () => {
    expect(names("Compte rendu\n\nAujourd'hui, le premier ministre Mark Carney s'est entretenu avec le président des Philippines, Ferdinand Marcos Jr.\n")).toEqual(['Mark Carney', 'Ferdinand Marcos Jr.']);
  });

  it('keeps "Jr." and "III" inside a sentence, and a comma-less "Sr."', () => {
    expect(names('Readout\n\nPrime Minister Mark Carney met Ferdinand Marcos Jr. in Manila. He also met Foreign Minister John Smith Sr. and Deputy Secretary William Burns III.\n')).toEqual([
      'Mark Carney',
      'Ferdinand Marcos Jr.',
      'John Smith Sr.',
      'William Burns III',
    ]);
  });
});

describe('advisers are titled like ministers', () => {
  const people = (text: string) => extractParticipants(importText(text)).map((p) => [p.name, p.title]);

  it('reads "Chief Adviser Muhammad Yunus" as the name under its title (White House readout, 2024)', () => {
    expect(people('Readout\n\nPresident Joseph R. Biden, Jr. met today with Chief Adviser Muhammad Yunus of Bangladesh to congratulate him.\n')).toEqual([
      ['Joseph R. Biden, Jr.', 'President'],
      ['Muhammad Yunus', 'Chief Adviser'],
    ]);
  });
});

describe('French adjectives of nationality for every country in the gazetteer', () => {
  const people = (text: string) => extractParticipants(importText(text)).map((p) => [p.name, p.title, p.country]);

  it('reads « son homologue jamaïcain Bruce Golding » (PMO readout, 2010) as a titled participant from Jamaica', () => {
    expect(people('Entretien\n\nLe Premier ministre Stephen Harper s’est entretenu au téléphone avec son homologue jamaïcain Bruce Golding.\n')).toEqual([
      ['Stephen Harper', 'Premier ministre', ''],
      ['Bruce Golding', 'homologue jamaïcain', 'Jamaica'],
    ]);
  });

  it.each([
    ['le président philippin Ferdinand Marcos', 'Ferdinand Marcos', 'Philippines'],
    ['le premier ministre néo-zélandais Christopher Luxon', 'Christopher Luxon', 'New Zealand'],
    ['son homologue suédoise Maria Svensson', 'Maria Svensson', 'Sweden'],
  ])('gives « %s » the country of its adjective', (phrase, name, country) => {
    const found = extractParticipants(importText(`Entretien\n\nLe premier ministre Mark Carney s’est entretenu avec ${phrase}.\n`));
    expect(found.map((p) => [p.name, p.country])).toEqual([['Mark Carney', ''], [name, country]]);
  });
});

describe('a middle initial before a name particle', () => {
  it('reads "H.E. Mr. Albert F. del Rosario" whole (Japan MOFA, 2014)', () => {
    const text = "Readout\n\nForeign Minister Kishida held a foreign ministers' meeting with H.E. Mr. Albert F. del Rosario, Secretary of Foreign Affairs of the Republic of the Philippines.\n";
    expect(extractParticipants(importText(text)).map((p) => p.name)).toEqual(['Kishida', 'Albert F. del Rosario']);
  });
});

describe('the author of efforts the parties speak about is mentioned, not present', () => {
  const names = (text: string) => extractParticipants(importText(text)).map((p) => p.name);

  it.each([
    // PMO readout of a call with President Zelenskyy, November 2025.
    "Compte rendu\n\nLe premier ministre Mark Carney s'est entretenu avec le président de l'Ukraine, Volodymyr Zelenskyy. Ils ont salué les efforts continus déployés par le président Donald Trump en vue d'un règlement négocié.\n",
    'Readout\n\nPrime Minister Mark Carney spoke with the President of Ukraine, Volodymyr Zelenskyy. The leaders welcomed the efforts made by President Donald Trump towards a negotiated settlement.\n',
  ])('leaves Donald Trump out: %s', (text) => {
    expect(names(text)).toEqual(['Mark Carney', 'Volodymyr Zelenskyy']);
  });
});

describe('names listed after a plural office and its countries, in the same order', () => {
  const people = (text: string) => extractParticipants(importText(text)).map((p) => [p.name, p.title, p.country]);

  it('pairs each name with its country and the office in the singular (trilateral release, 2012)', () => {
    expect(
      people(
        'Foreign Ministers of Australia, New Zealand and Fiji Meet\n\nForeign Ministers from Australia, New Zealand and Fiji, Senator Bob Carr, the Hon Murray McCully and Ratu Inoke Kubuabola today continued trilateral discussions in New York.\n',
      ),
    ).toEqual([
      ['Bob Carr', 'Foreign Minister', 'Australia'],
      ['Murray McCully', 'Foreign Minister', 'New Zealand'],
      ['Inoke Kubuabola', 'Foreign Minister', 'Fiji'],
    ]);
  });

  it('does so in French, with the articles countries take', () => {
    expect(
      people(
        "Réunion trilatérale\n\nLes ministres des Affaires étrangères de l'Australie, du Japon et des États-Unis, Julie Bishop, Fumio Kishida et John Kerry, se sont réunis à Manille.\n",
      ),
    ).toEqual([
      ['Julie Bishop', 'ministre des Affaires étrangères', 'Australia'],
      ['Fumio Kishida', 'ministre des Affaires étrangères', 'Japan'],
      ['John Kerry', 'ministre des Affaires étrangères', 'United States'],
    ]);
  });

  it('pairs nothing when the names are fewer than the countries', () => {
    const found = people('Meeting\n\nThe Foreign Ministers of Canada, Latvia and Poland, with Julie Bishop, met in Riga.\n');
    expect(found.filter(([, title]) => title === 'Foreign Minister')).toEqual([]);
  });
});

describe('someone named only as a party to another meeting the text mentions is not a participant', () => {
  const names = (text: string) => extractParticipants(importText(text)).map((p) => p.name);

  it('leaves out the other party of a recent meeting (MOFA Japan call readout, 2019)', () => {
    expect(
      names(
        'Japan-U.S. Foreign Ministers’ Telephone Talk\n\nForeign Minister Taro Kono held a telephone talk with Secretary of State Mike Pompeo. Foreign Minister Kono was briefed in detail by Secretary of State Pompeo on the negotiations, including the recent meeting between Secretary of State Pompeo and Kim Yong-chol, Deputy Chairman of the Workers’ Party in North Korea.\n',
      ),
    ).toEqual(['Taro Kono', 'Mike Pompeo']);
  });

  it('leaves out the president of a meeting the Prime Minister reports on (« fait le point … sur sa rencontre avec »)', () => {
    expect(
      names(
        "Compte rendu\n\nLe premier ministre Mark Carney a rencontré le premier ministre de l'Ontario, Doug Ford. Le premier ministre a fait le point sur sa rencontre avec le président Donald J. Trump qui s'est tenue à Washington.\n",
      ),
    ).toEqual(['Mark Carney', 'Doug Ford']);
  });

  it('keeps the counterpart of the meeting the text reports (« à la suite de sa rencontre avec »)', () => {
    expect(
      names(
        "Déclaration\n\nLe ministre des Affaires étrangères John Baird a fait la déclaration suivante à la suite de sa rencontre avec le vice-premier ministre du Vietnam, Pham Binh Minh.\n",
      ),
    ).toEqual(['John Baird', 'Pham Binh Minh']);
  });
});

describe('the deceased a text mourns are not participants', () => {
  const names = (text: string) => extractParticipants(importText(text)).map((p) => p.name);

  it('leaves out former ministers whose passing is mourned (MOFA Japan, 2016), in English and French', () => {
    expect(
      names(
        'Japan-Germany Foreign Ministers’ Meeting\n\nForeign Minister Fumio Kishida met Foreign Minister Frank-Walter Steinmeier. Minister Kishida also extended his condolences for the passing of former Foreign Ministers Mr. Guido Westerwelle and Mr. Hans-Dietrich Genscher.\n',
      ),
    ).toEqual(['Fumio Kishida', 'Frank-Walter Steinmeier']);
    expect(
      names("Compte rendu\n\nLe premier ministre Mark Carney s'est entretenu avec le président Emmanuel Macron. Il a salué la mémoire de l'ancien président Valéry Giscard d'Estaing.\n"),
    ).toEqual(['Mark Carney', 'Emmanuel Macron']);
  });
});

describe('a header in capitals before the name', () => {
  it('reads "MINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Bob Carr" as the office and Bob Carr, not a person "AFFAIRS Senator"', () => {
    const statement = importText(
      'AUSTRALIA TO SUPPORT UN RELIEF WORKS\n\nMINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Bob Carr\n\nMay 28, 2012\n\nMinister for Foreign Affairs, Senator Bob Carr today announced a $90 million funding agreement with UNRWA.\n',
    );
    expect(extractParticipants(statement).map((p) => p.name)).toEqual(['Bob Carr']);
  });

  it('still reads a family name in capitals before the given name ("MIYAZONO Kenji")', () => {
    const statement = importText('Japan-Canada Meeting\n\nOn May 2, Mr. MIYAZONO Kenji, State Minister for Foreign Affairs of Japan, met with Anna Berg, Minister of Foreign Affairs of Canada.\n');
    expect(extractParticipants(statement).map((p) => p.name)).toEqual(['MIYAZONO Kenji', 'Anna Berg']);
  });
});

describe('a surname after « M. » or « Mme », with the office before the comma (French news style)', () => {
  const text =
    'Signature\n\nPrenant la parole aux côtés du premier ministre monténégrin, M. Djukanovic, le secrétaire général, M. Stoltenberg, a salué la décision. Comme M. Stoltenberg l’a fait observer, la voie est ardue.';

  it('takes each office before its comma as the next surname’s, and both as participants', () => {
    expect(extractParticipants(importText(text)).map((p) => [p.name, p.title])).toEqual([
      ['Djukanovic', 'premier ministre monténégrin'],
      ['Stoltenberg', 'secrétaire général'],
    ]);
  });

  it('does not read a sentence-opening « Comme » before « M. X » as a given name', () => {
    expect(findPersonMentions(text, text.indexOf('Comme'), text.length).map((m) => m.name)).toEqual(['Stoltenberg']);
  });
});

describe('the author in a media release’s header block (Australian ministers’ releases)', () => {
  const header = 'AUSTRALIA AND FRANCE PARTNER ON OCEANS\n\nMEDIA RELEASE\n\nMINISTER FOR FOREIGN AFFAIRS\n\nThe Hon Jane Citizen MP\n\n2 June 2014\n\n';

  it('takes the name under the office in capitals as a participant when the body speaks in the first person', () => {
    const text = `${header}Australia and France are working together on oceans. At today’s dialogue I announce $3 million for Australia’s oceans programme.`;
    expect(extractParticipants(importText(text)).map((p) => [p.name, p.title, p.country])).toEqual([['Jane Citizen', 'MINISTER FOR FOREIGN AFFAIRS', 'Australia']]);
  });

  it('does not when the body is a third-person report (the minister may only issue it)', () => {
    const text = `${header}Australia and France are working together on oceans. The dialogue announced $3 million for Australia’s oceans programme.`;
    expect(extractParticipants(importText(text))).toEqual([]);
  });
});

describe('the issuing country is given only where it is likely to be theirs', () => {
  const people = (text: string) => extractParticipants(importText(text)).map((p) => [p.name, p.country]);

  it('leaves two leaders of a call without a country when the text names neither of theirs, not both the topic', () => {
    // multi-us-germany-biden-scholz-call-joint-press-statement-2023-01 (round 22): both were "(Ukraine)".
    const text =
      'Joint Press Statement\n\nPresident Joseph R. Biden, Jr. and Chancellor Olaf Scholz spoke by phone on January 5, 2023 to exchange views on the war waged by Russia against Ukraine. They reiterated their support for Ukraine’s sovereignty. Ukraine’s partners will stand by Ukraine.\n';
    expect(people(text)).toEqual([
      ['Joseph R. Biden, Jr.', ''],
      ['Olaf Scholz', ''],
    ]);
  });

  it('gives one author alone, and one side of a meeting whose other side has a country, the most-named country', () => {
    expect(people('Statement\n\nMinister of Foreign Affairs Mélanie Joly today issued the following statement. Canada condemns the attack. Canada stands with the victims.\n')).toEqual([['Mélanie Joly', 'Canada']]);
    expect(
      people('Readout\n\nMinister of Foreign Affairs Mélanie Joly and Minister of National Defence Bill Blair met Korean Foreign Minister Cho Tae-yul in Ottawa. Canada and Korea agreed to deepen cooperation. Canada will host the next meeting.\n'),
    ).toEqual([
      ['Mélanie Joly', 'Canada'],
      ['Bill Blair', 'Canada'],
      ['Cho Tae-yul', 'Republic of Korea'],
    ]);
  });

  it('gives the Union to the holder of one of its institutions’ offices', () => {
    expect(people('PM call\n\nThe Prime Minister spoke to the President of the European Commission Jean Claude Juncker by phone this evening.\n')).toEqual([['Jean Claude Juncker', 'European Union']]);
    expect(people('Appel\n\nLe premier ministre Mark Carney s’est entretenu avec la présidente de la Commission européenne, Ursula von der Leyen. Le Canada et l’Union européenne ont convenu de poursuivre leur coopération.\n')).toEqual([
      ['Mark Carney', 'Canada'],
      ['Ursula von der Leyen', 'European Union'],
    ]);
  });
});

describe('names without titles: signings and pairs', () => {
  const names = (text: string) => extractParticipants(importText(`T\n\n${text}\n`)).map((p) => p.name);

  it('takes the other party of a signing « avec M. X » and the second name of a pair whose first took part', () => {
    // New Caledonia's government, 2015 (round 49).
    const text =
      'La Présidente du gouvernement, Cynthia LIGEARD, a signé avec M. Sato KILMAN le renouvellement de la convention.\n\n' +
      'Le ministre s’est ensuite longuement entretenu avec Mme Cynthia LIGEARD et M. Gilbert TYUIENON.';
    expect(names(text)).toEqual(['Cynthia LIGEARD', 'Sato KILMAN', 'Gilbert TYUIENON']);
  });

  it('takes the signatories listed « respectivement » after the office they share', () => {
    // Niger MAE, 2025 (round 37).
    const text =
      'Le Mémorandum a été signé par les deux Ministres des Affaires Étrangères du Niger et du Maroc, respectivement Son Excellence M. BAKARY Yaou Sangaré et Son Excellence M. Nasser BOURITA.';
    expect(names(text)).toEqual(['BAKARY Yaou Sangaré', 'Nasser BOURITA']);
  });

  it('reads "her Deputy, Thomas Tayebwa" after an office holder as the deputy, a participant', () => {
    // Parliament of Uganda, 2024 (round 56).
    const people = extractParticipants(importText('T\n\nSpeaker of Parliament, Anita Among and her Deputy, Thomas Tayebwa led delegates on a guided tour of the Parliament building.\n'));
    expect(people.map((p) => [p.name, p.title])).toEqual([['Anita Among', 'Speaker of Parliament'], ['Thomas Tayebwa', 'Deputy']]);
  });

  it('does not take a name that only follows another name mentioned in passing', () => {
    expect(names('The Minister recalled the work of Jean Dupont and Marie Curie on the file.')).toEqual([]);
  });
});
