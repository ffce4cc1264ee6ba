/**
 * One test per extraction rule added for real published statements (issue 12, corpus/real), each
 * holding a shortened form of the sentence that motivated it, so a broken rule fails a named test
 * rather than only moving an aggregate F1 on the corpus.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractStatement } from './extract-statement';
import { findDate } from './meeting-dates';
import { cleanPlace } from './meeting-places';
import { bodyPersonMentions } from './participant-extractor';

const extract = (text: string) => extractStatement(importText(text));
const names = (text: string) => extract(text).participants.map((p) => p.name);
const quotes = (text: string) => extract(text).quotes.map((q) => [q.speaker, q.text.slice(0, 40)]);
const condemned = (text: string) => extract(text).condemnations.length;
const initiatives = (text: string) => extract(text).initiatives.map((i) => i.text);
const placeOf = (text: string) => extract(text).meeting.location;

describe('participants', () => {
  it('keeps a generational suffix as the text writes it (White House readout)', () => {
    expect(names('Readout of the meeting\n\nPresident Joseph R. Biden, Jr. met today with Prime Minister Keir Starmer of the United Kingdom at the White House.\n')).toEqual([
      'Joseph R. Biden, Jr.',
      'Keir Starmer',
    ]);
  });

  it('leaves out a spokesperson who relays the readout (Pentagon)', () => {
    const text = 'Readout\n\nChief Pentagon Spokesman Sean Parnell provided the following readout:\n\nSecretary of Defense Pete Hegseth met with Estonian Minister of Defence Hanno Pevkur at the Pentagon.\n';
    expect(names(text)).toEqual(['Pete Hegseth', 'Hanno Pevkur']);
  });

  it('does not read an organisation as a person (PMO readout: North Atlantic Treaty Organization)', () => {
    const text = 'Readout\n\nPrime Minister Mark Carney met with the Secretary General of the North Atlantic Treaty Organization, Mark Rutte.\n';
    expect(names(text)).not.toContain('Atlantic Treaty Organization');
  });

  it('does not take a country in a list of issuers for a person (ten-government joint statement)', () => {
    const text =
      'Joint statement\n\nThe Ministers of Foreign Affairs of Australia, Canada, France, the United Kingdom, the High Representative of the European Union, and the Secretary of State of the United States affirm that the designations represent a coordinated effort.\n';
    expect(names(text)).not.toContain('United Kingdom');
  });

  it('reads a month that is a family name inside a name ("Prime Minister Theresa May will attend"), not a date ("May 5")', () => {
    expect(names('PM attending summit\n\nPrime Minister Theresa May will attend the Eastern Partnership summit in Brussels.\n')).toEqual(['Theresa May']);
  });

  it('reads the author of a gov.uk statement from its "X said:" line, titled by the headline', () => {
    expect(extract('Foreign Secretary condemns latest ISIL barbarity\n\nPhilip Hammond said:\n\nI condemn the cowardly murder of two hostages.\n').participants.map(({ name, title }) => [name, title])).toEqual([['Philip Hammond', 'Foreign Secretary']]);
  });

  it('reads a patronymic particle and Malaysian honorifics ("Ilham Heydar oglu Aliyev", "YB Dato’ Marzuki Yahya")', () => {
    expect(names('Talks\n\nNATO Secretary General Anders Fogh Rasmussen met with President Ilham Heydar oglu Aliyev of Azerbaijan.\n')).toContain('Ilham Heydar oglu Aliyev');
    expect(names('Visit\n\nThe Minister will meet Malaysian Deputy Foreign Minister YB Dato’ Marzuki Yahya in Kuala Lumpur.\n')).toEqual(['Marzuki Yahya']);
  });

  it('reads a title with an acronym before the name ("Secretary General of the North Atlantic Treaty Organization (NATO), Mark Rutte")', () => {
    expect(names('Readout\n\nPrime Minister Mark Carney met with the Secretary General of the North Atlantic Treaty Organization (NATO), Mark Rutte, at the Summit.\n')).toEqual(['Mark Carney', 'Mark Rutte']);
  });

  it('reads a French title whose nationality follows the head (« le président ukrainien Petro Poroshenko »)', () => {
    const [, poroshenko] = extract('Entretien\n\nLe premier ministre Justin Trudeau s’est entretenu aujourd’hui avec le président ukrainien Petro Poroshenko.\n').participants;
    expect(poroshenko).toMatchObject({ name: 'Petro Poroshenko', title: 'président ukrainien', country: 'Ukraine' });
  });

  it('reads officials listed as attending ("Parliamentary Senior Vice-Minister Shuji Kira")', () => {
    expect(names('Talks\n\nThe talks were held (attended by Parliamentary Senior Vice-Minister Shuji Kira, Parliamentary Senior Vice-Minister Kazuya Shimba and others).\n')).toEqual(['Shuji Kira', 'Kazuya Shimba']);
  });

  it('reads a hard-wrapped list of signatories with the country before each title (Five Eyes joint statement)', () => {
    const text =
      'Joint Statement\n\nJoint statement from: Hon Ron Mark,\nNew Zealand Minister of Defence; Hon Harjit\nSajjan, Canada Minister of National Defence; and\nDr Mark Esper, United States Secretary of\nDefense.\n\nThe defence ministers met via videoconference.\n';
    expect(extract(text).participants.map(({ name, title, country }) => [name, title, country])).toEqual([
      ['Ron Mark', 'Minister of Defence', 'New Zealand'],
      ['Harjit Sajjan', 'Minister of National Defence', 'Canada'],
      ['Mark Esper', 'Secretary of Defense', 'United States'],
    ]);
  });

  it('reads a person the text names only by title and surname ("Secretary Kerry", "Foreign Minister Lavrov")', () => {
    expect(names('Readout\n\nThe following is attributable to a Senior State Department Official:\n\nDuring a call with Foreign Minister Lavrov this afternoon, Secretary Kerry expressed strong concern about the attacks.\n')).toEqual(['Lavrov', 'Kerry']);
  });

  it('gives a surname the full name the title line holds (DoD readout of a meeting with three ministers)', () => {
    const text =
      'Readout of Secretary Hegseth’s Meeting With Estonian Minister of Defence Hanno Pevkur\n\nOn July 25, Secretary of Defense Pete Hegseth met with his counterpart, Minister Pevkur, at the Pentagon.\n';
    expect(names(text)).toEqual(['Pete Hegseth', 'Hanno Pevkur']);
  });

  it('does not count the person whose comments the statement is about ("comments made by Iran’s President, Mahmoud Ahmadinejad")', () => {
    expect(names('Statement\n\nThe Honourable Lawrence Cannon, Minister of Foreign Affairs, today issued the following statement regarding the latest comments made by Iran’s President, Mahmoud Ahmadinejad:\n')).toEqual(['Lawrence Cannon']);
  });

  it('does not count the official whose spokesperson speaks ("The Spokesperson of Catherine Ashton, High Representative …")', () => {
    expect(names('Statement\n\nThe Spokesperson of Catherine Ashton, High Representative of the European Union, issued the following statement today:\n')).toEqual([]);
  });

  it('does not count the person a letter or support is addressed to (Chrétien, 1996; Libya joint statement)', () => {
    const text =
      'Attaque\n\nLe Premier ministre Jean Chrétien a condamné l’attaque.\n\nDans une lettre adressée au premier ministre Shimon Peres, M. Chrétien a offert sa sympathie.\n\nNous réaffirmons notre plein soutien au représentant spécial du secrétaire général des Nations unies, Bernardino Leon.\n';
    expect(names(text)).not.toContain('Shimon Peres');
    expect(names(text)).not.toContain('Bernardino Leon');
  });
});

describe('quotes', () => {
  it('reads a gov.uk "X said:" paragraph printed without quote marks as a quote', () => {
    const text = 'Foreign Secretary condemns attack\n\nPhilip Hammond said:\n\nI condemn the cowardly murder of two hostages. These murders only strengthen our resolve.\n';
    expect(quotes(text)).toEqual([['Philip Hammond', 'I condemn the cowardly murder of two hos']]);
  });

  it('gives a quotation after a lead paragraph to the person, not the dateline city (PMO French statement)', () => {
    const text =
      'Déclaration\n\nOTTAWA, le 13 déc. 2019 /CNW/ - Le premier ministre Justin Trudeau a fait aujourd’hui la déclaration suivante :\n\n« Au nom du gouvernement du Canada, je tiens à féliciter le premier ministre Boris Johnson. »\n';
    expect(quotes(text)).toEqual([['Justin Trudeau', 'Au nom du gouvernement du Canada, je tie']]);
  });

  it('reads "The Prime Minister is expected to say:" before an unquoted paragraph (No 10)', () => {
    const text = 'PM attending summit\n\nPrime Minister Theresa May will attend the summit in Brussels.\n\nThe Prime Minister is expected to say:\n\nFrom agriculture in Ukraine to the tech sector in Belarus, there is a huge amount we can do together.\n';
    expect(quotes(text)).toEqual([['Theresa May', 'From agriculture in Ukraine to the tech ']]);
  });

  it('gives an unattributed first-person quotation to the release’s minister as the least sure reading (beehive)', () => {
    const text =
      'Defence relationship\n\nMinister of Defence Peeni Henare departs for Australia tomorrow to meet with Deputy Prime Minister and Minister of Defence Richard Marles.\n\nThe annual meeting will take place in Victoria.\n\n“I met with Minister Marles at the Shangri-La Dialogue earlier this year and we agreed to sit down.”\n';
    const [quote] = extract(text).quotes;
    expect(quote).toMatchObject({ speaker: 'Peeni Henare' });
    expect(quote!.confidence).toBeLessThan(0.7);
  });

  it('gives no speaker to the statement of an unnamed spokesperson (EU, 2013)', () => {
    const text =
      'Statement\n\nThe Spokesperson of High Representative Catherine Ashton issued the following statement today:\n\n"The High Representative is concerned about the guilty verdict handed down today by the Kirov Court."\n';
    expect(quotes(text)).toEqual([]);
  });

  it('reads the French incise inside the quotation (« …, a déclaré le Premier ministre. »)', () => {
    const text =
      'Attaque terroriste\n\nLe Premier ministre Jean Chrétien a condamné l’attaque.\n\n« Les Canadiens sont atterrés devant cet acte de lâcheté absurde, a déclaré le Premier ministre. Rien ne peut justifier cela. »\n';
    expect(quotes(text)).toEqual([['Jean Chrétien', 'Les Canadiens sont atterrés devant cet a']]);
  });

  it('gives an unattributed quotation to the speaker the paragraph before reports (beehive: "…, Mr Mitchell says.")', () => {
    const text =
      'Defence Ministers meet\n\nDefence Minister Mark Mitchell will travel to Sydney to meet Australian Defence Minister Marise Payne.\n\nThe Ministers will discuss progress across shared interests, Mr Mitchell says.\n\n“I am looking forward to meeting Minister Payne and sharing views on important issues.”\n';
    expect(quotes(text)).toEqual([['Mark Mitchell', 'I am looking forward to meeting Minister']]);
  });

  it('resolves a pronoun subject before the quotation (NATO: "He also explained … “…”")', () => {
    const text =
      'The transatlantic bond\n\nSecretary General Jens Stoltenberg gave an address in London. He also explained how the principle remains strong, “Again and again, we unite around our common goal. We stand together.”\n';
    expect(quotes(text)).toEqual([['Jens Stoltenberg', 'Again and again, we unite around our com']]);
  });
});

describe('condemnations', () => {
  it('counts calling an act a violation (State Department, DPRK launch)', () => {
    expect(condemned('Statement\n\nThis launch is a clear violation of multiple United Nations Security Council resolutions.\n')).toBe(1);
    expect(condemned('Statement\n\nNorth Korea’s testing of long-range rockets violates United Nations Security Council resolutions.\n')).toBe(1);
  });

  it('counts telling a party to stop ("Iran must immediately cease …") and calling for an end to violence', () => {
    expect(condemned('Statement\n\nIran must immediately cease all support to Russia’s war against Ukraine.\n')).toBe(1);
    expect(condemned('Statement\n\nCanada calls for an immediate stop to the violence and repression in Nicaragua.\n')).toBe(1);
  });

  it('counts plain concern about a named party’s acts, not about a situation', () => {
    expect(condemned('Readout\n\nThey also discussed mutual concerns over Iran’s nuclear program and human rights violations.\n')).toBe(1);
    expect(condemned('Readout\n\nThey discussed their concerns about the economy and trade.\n')).toBe(0);
  });

  it('reads French violation and « demandé à » cues', () => {
    expect(condemned('Déclaration\n\nCette annonce constitue une violation grave et inacceptable de la souveraineté de l’Ukraine.\n')).toBe(1);
    expect(condemned('Déclaration\n\nIls ont également demandé à la Russie d’opérer une désescalade à la frontière.\n')).toBe(1);
  });

  it('counts strong concern and the French « très préoccupés », « ne reconnaîtra jamais »', () => {
    expect(condemned('Readout\n\nSecretary Kerry expressed strong concern that attacks today by armed militants in eastern Ukraine were orchestrated.\n')).toBe(1);
    expect(condemned('Déclaration\n\nNous sommes très préoccupés par l’arrestation de responsables politiques.\n')).toBe(1);
    expect(condemned('Déclaration\n\nLa France ne reconnaîtra jamais ces annexions, ni les résultats des simulacres de référendum.\n')).toBe(1);
  });

  it('counts working so a party answers for an act the sentence calls illegal, and a call for a release', () => {
    expect(condemned('Statement\n\nWe will hold Iran to account for its unacceptable support for Russia’s illegal war in Ukraine.\n')).toBe(1);
    expect(condemned('Statement\n\nWe call for the immediate release of all media workers detained by the military.\n')).toBe(1);
  });

  it('reads the call’s own infinitive ("call on … Hamas to make compromises … necessary to close this deal" is no demand)', () => {
    expect(condemned('Statement\n\nWe call on the leaders of Israel as well as Hamas to make whatever final compromises are necessary to close this deal.\n')).toBe(0);
  });

  it('does not count a call on friends, a call to join, or another body’s condemnation', () => {
    expect(condemned('Statement\n\nAustralia urges the Security Council to meet urgently and respond firmly.\n')).toBe(0);
    expect(condemned('Déclaration\n\nElle appelle tous les pays attachés au respect du droit international à se joindre à cette condamnation.\n')).toBe(0);
    expect(condemned('Statement\n\nOn January 10, the UN Security Council passed UNSCR 2722, which also condemned these attacks.\n')).toBe(0);
  });

  it('reads "urges" as a verb only, and a call to consider or compromise as no demand', () => {
    expect(condemned('Readout\n\nNorth Korea’s launch despite strong urges for self-restraint from the international community was a provocation.\n')).toBe(0);
    expect(condemned('Statement\n\nThey called upon those countries that still support the regime to consider the adverse impact of their support.\n')).toBe(0);
  });

  it('still counts a call on all countries to stop or comply (dev corpus: "deny safe haven to terrorists")', () => {
    expect(condemned('Statement\n\nThey called on all countries to deny safe haven to terrorists.\n')).toBe(1);
  });

  it('does not count an adjective alone ("Russia’s illegal invasion" in a sentence about support)', () => {
    expect(condemned('Readout\n\nThe leaders reaffirmed their support for Ukraine against Russia’s illegal and unjustifiable invasion.\n')).toBe(0);
  });
});

describe('initiatives', () => {
  it('counts a meeting the text schedules ("will travel to Sydney to meet", "will meet in Brussels")', () => {
    expect(initiatives('Release\n\nDefence Minister Mark Mitchell will travel to Sydney tomorrow to meet Australian Defence Minister Marise Payne.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nNATO’s 29 Heads of State and Government will meet in Brussels on 11 and 12 July.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Prime Minister looked forward to meeting again with the Secretary General at the upcoming NATO Summit.\n')).toHaveLength(1);
  });

  it('does not count "will meet" a target or a commitment', () => {
    expect(initiatives('Release\n\nAll three nations will meet the 5% of GDP defence spending commitment in 2026.\n')).toEqual([]);
  });

  it('does not count keeping in touch (« ont convenu de rester en contact étroit », "agreed to maintain dialogue")', () => {
    expect(initiatives('Compte rendu\n\nLes dirigeants ont convenu de rester en contact étroit.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe ministers agreed to maintain dialogue between the two countries.\n')).toEqual([]);
  });

  it('does not take a portfolio with "and" for two issuers ("… for Foreign Affairs and Security Policy … issued the following statement")', () => {
    expect(initiatives('Statement\n\nThe Spokesperson of the High Representative of the European Union for Foreign Affairs and Security Policy issued the following statement today:\n\nText.\n')).toEqual([]);
  });

  it('counts named steps: a joint statement released by the governments, a meeting looked forward to or to be held, a named dialogue (re)launched, a plan agreed, funding', () => {
    for (const sentence of [
      'The following is the text of a joint statement released by the Governments of the United States and Turkey.',
      'The leaders looked forward to seeing one another at the G7 later this month.',
      'The two ministers agreed that they would coordinate to hold a Japan-U.S. Foreign Ministers’ Meeting around mid-February.',
      'The Secretary commended the relaunch of the U.S.-Moldova Strategic Dialogue to further strengthen bilateral relations.',
      'NATO and Azerbaijan agreed in December a new Individual Partnership Action Plan.',
      'This year we provided additional funding for the Veteran and Family Well-Being Fund.',
      'Les dirigeants ont salué la récente signature de l’Accord de coopération de défense Canada-Ukraine.',
      'The ministers pledged to work within the Lima Group and with all willing international partners.',
    ])
      expect(initiatives(`Text\n\n${sentence}\n`), sentence).toHaveLength(1);
  });

  it('counts a recalled agreement and a hosted meeting ("…, as agreed.", "carry out agreements reached", "welcome Foreign Minister Yang in Kyoto on the occasion of the … Meeting")', () => {
    for (const sentence of [
      'Ministers discussed the more flexible implementation of sanctions by Australia and New Zealand, as agreed.',
      'The two ministers would steadily carry out agreements reached by their leaders.',
      'He looked forward to being able to welcome Foreign Minister Yang in Kyoto on the occasion of the Trilateral Foreign Ministers’ Meeting.',
      'Next week’s Somalia Conference in London, co-hosted by the UK and the Federal Government of Somalia, will agree a new deal.',
    ])
      expect(initiatives(`Text\n\n${sentence}\n`), sentence).toHaveLength(1);
    expect(initiatives('Text\n\nAs agreed by all participants, the discussions will remain confidential.\n')).toEqual([]);
    // The lead that reports the meeting held "on the occasion of" a named dialogue round only reports it taking place.
    expect(initiatives('Text\n\nThe Secretary met the Foreign Minister today in Washington on the occasion of the third U.S. – Greece Strategic Dialogue.\n')).toEqual([]);
  });

  it('does not count a hope for closer ties ("looked forward to the further intensification of the relationship")', () => {
    expect(initiatives('Readout\n\nThey looked forward to the further intensification of the relationship.\n')).toEqual([]);
  });

  it('counts a statement two issuers say they issued jointly', () => {
    expect(initiatives('Statement\n\nGlobal Affairs Canada and the Foreign Office of the United Kingdom today issued the following statement:\n\nWe mark the anniversary.\n')).toHaveLength(1);
  });
});

describe('meeting facts', () => {
  it('places a visit ("Visiting Athens on Thursday, …"; a title "… visits Washington DC") but not a topic in a title', () => {
    expect(extract('NATO Secretary General discussed security with Greek Prime Minister\n\nVisiting Athens on Thursday, NATO Secretary General Jens Stoltenberg met with Prime Minister Alexis Tsipras.\n').meeting.location).toBe('Athens');
    expect(extract('NATO Secretary General visits Washington DC\n\nNATO Secretary General Jens Stoltenberg met with the Secretary of State on Tuesday.\n').meeting.location).toBe('Washington');
    expect(extract('Joint statement on humanitarian aid in Gaza\n\nThe ministers met today and agreed to coordinate their aid.\n').meeting.location).toBeNull();
  });

  it('reads a State Department date line (10/14/2021), a meeting "tomorrow", a building for its city and a city-state', () => {
    expect(extract('Secretary Blinken’s Meeting with Greek Foreign Minister Dendias\n\n10/14/2021\n\nSecretary of State Antony J. Blinken met with Greek Foreign Minister Nikos Dendias today in Washington.\n').meeting.date).toBe('2021-10-14');
    expect(extract('PM attending Eastern Partnership summit: 23 November 2017\n\nOn a trip to Brussels tomorrow the Prime Minister will meet the leaders of the Eastern Partnership countries.\n').meeting).toMatchObject({ date: '2017-11-24', location: 'Brussels' });
    expect(extract('PM meeting with President Biden\n\nPrime Minister Rishi Sunak welcomed the President of the United States, Joe Biden, to Downing Street this morning.\n').meeting.location).toBe('London');
    expect(extract('Defence Secretary meets counterparts\n\nThe Secretary of State for Defence was in Singapore to attend the Shangri-la Dialogue and met his counterparts.\n').meeting.location).toBe('Singapore');
  });

  it('never takes a month for the place ("the NATO Summit in July")', () => {
    expect(extract('Meeting\n\nThe Secretary General met with Prime Minister Alexis Tsipras to discuss the decisions taken at the NATO Summit in July.\n').meeting.location).toBeNull();
  });

  it('dates a call from the title when the text has no dateline, and a call "yesterday" one day earlier', () => {
    expect(extract('PM call with President Trump: 18 September 2019\n\nThe Prime Minister spoke to President Trump this afternoon.\n').meeting.date).toBe('2019-09-18');
    expect(extract('Readout\n\nMarch 3, 2025\n\nThe Secretary spoke yesterday with the Foreign Minister of France.\n').meeting.date).toBe('2025-03-02');
  });

  it('gives a call no place from the dateline (where the release was issued)', () => {
    const meeting = extract('Minister speaks with counterpart\n\nNovember 25, 2021 – Ottawa, Ontario – Global Affairs Canada\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, today spoke with Marise Payne, Australia’s Minister for Foreign Affairs.\n').meeting;
    expect(meeting.location).toBeNull();
    expect(meeting.kind).toBe('readout');
  });

  it('reads a third-person report of a visit as a news release, and an announced meeting as no readout yet', () => {
    expect(extract('NATO Secretary General discussed security with Greek Prime Minister\n\nVisiting Athens on Thursday, NATO Secretary General Jens Stoltenberg met with Prime Minister Alexis Tsipras to discuss security challenges.\n').meeting.kind).toBe('news-release');
    expect(extract('Defence Ministers hold annual meeting\n\nDefence Minister Mark Mitchell will travel to Sydney tomorrow to meet Australian Defence Minister Marise Payne for the annual meeting.\n').meeting.kind).toBe('news-release');
    expect(extract('Statement on the attack\n\nI strongly condemn the terrorist attack in Nairobi, which killed and injured so many people.\n').meeting.kind).toBe('statement');
  });

  it('reads several governments speaking as one as a joint statement', () => {
    expect(extract('On Venezuela\n\nThe governments of Argentina, Brazil, Canada, Chile and Peru express their concern about the crisis in Venezuela.\n').meeting.kind).toBe('joint-statement');
  });
});

describe('rules from the sixteen statements collected on 2026-12-02 (tune half)', () => {
  it('takes the author of a "Statement by …" title above a first-person quotation as participant and speaker (European Council)', () => {
    const text = 'Statement by the President of the European Council Herman Van Rompuy on the terrorist attack in Volgograd\n\nBrussels, 29 December 2013\n\n"I condemn in the strongest terms the heinous terrorist attack in Volgograd this morning."\n';
    expect(names(text)).toEqual(['Herman Van Rompuy']);
    expect(quotes(text)).toEqual([['Herman Van Rompuy', 'I condemn in the strongest terms the hei']]);
  });

  it('takes the titled person of a "Readout of Secretary X’s Call" whose office the body takes up (State Department)', () => {
    expect(names('Readout of Secretary Kerry’s Call with Foreign Minister Lavrov (January 25)\n\nThe Secretary and Foreign Minister Lavrov spoke today on Ukraine and Syria.\n')).toEqual(['Kerry', 'Lavrov']);
  });

  it('leaves out a deputy press secretary whose kept title is only "Secretary" (Pentagon)', () => {
    const text = 'Readout\n\nDeputy Pentagon Press Secretary Ms. Sabrina Singh provided the following readout:\n\nSecretary of Defense Lloyd J. Austin III met today with Japanese Minister of Defense Kihara Minoru in Tokyo.\n';
    expect(names(text)).toEqual(['Lloyd J. Austin III', 'Kihara Minoru']);
  });

  it('reads « engage X … à » as a call on a third party, and « s’engage à » as none (Council of the EU)', () => {
    expect(condemned("Déclaration\n\nLa Haute Représentante engage la Biélorussie, seul pays d'Europe à appliquer encore la peine de mort, à se rallier à un moratoire mondial.\n")).toBe(1);
    expect(condemned('Déclaration\n\nLe Canada s’engage à verser 5 millions de dollars.\n')).toBe(0);
  });

  it('reads « traduits en justice pour leurs crimes » as working so that a party answers for an act called a crime (EEAS)', () => {
    expect(condemned('Déclaration\n\nLes auteurs de ces actes doivent être traduits en justice pour leurs crimes.\n')).toBe(1);
  });

  it('reads "welcomed the historic announcements from the … Committee" as a recalled action, and « qui se tiendra » about a summit they only mentioned as none', () => {
    expect(initiatives('Readout\n\nSecretary Austin welcomed the historic announcements from the 2024 U.S.-Japan Security Consultative Committee on defense industrial base cooperation.\n')).toHaveLength(1);
    expect(initiatives('Entretien\n\nIls ont également évoqué le futur Sommet de l’Alliance atlantique qui se tiendra à Madrid du 28 au 30 juin.\n')).toEqual([]);
  });

  it('dates a readout from a release line whose reference ends in a number ("NR-007-18 January 08, 2018"), and a spokesperson’s « DÉCLARATION … (17 juin 2022) » under an « Entretien » title', () => {
    const mattis = extract('Readout of Secretary of Defense Mattis’ Phone Call with Japan Minister of Defense Itsunori Onodera\n\nRelease No. NR-007-18 January 08, 2018\n\nSecretary of Defense James N. Mattis spoke with Japan Minister of Defense Itsunori Onodera today by phone.\n').meeting;
    expect([mattis.date, mattis.kind]).toEqual(['2018-01-08', 'readout']);
    const colonna = extract('États-Unis – Entretien de Mme Catherine Colonna avec M. Antony Blinken\n\nDÉCLARATION DE LA PORTE-PAROLE DU MINISTÈRE DE L’EUROPE ET DES AFFAIRES ÉTRANGÈRES (17 juin 2022)\n\nMme Catherine Colonna, ministre de l’Europe et des affaires étrangères, s’est entretenue aujourd’hui par téléphone avec son homologue des États-Unis d’Amérique, M. Antony Blinken.\n').meeting;
    expect([colonna.date, colonna.location, colonna.kind]).toEqual(['2022-06-17', null, 'readout']);
  });
});

describe('meeting places', () => {
  const place = (text: string) => extract(text).meeting.location;

  it('does not take the "Office of the Spokesperson" label under a date line for a place (State Department)', () => {
    expect(place('Secretary Blinken’s Meeting with Greek Foreign Minister Dendias\n\n10/14/2021\n\nOffice of the Spokesperson\n\nSecretary of State Antony J. Blinken met with Greek Foreign Minister Nikos Dendias today in Washington on the occasion of the third Strategic Dialogue.\n')).toBe('Washington');
  });

  it('reads a wire service dateline « ROME, le 17 mai 2025 /CNW/ - » (PMO in French)', () => {
    const meeting = extract("Compte rendu - Le premier ministre rencontre le président de l'Ukraine\n\nROME, le 17 mai 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney a rencontré le président de l'Ukraine, Volodymyr Zelenskyy, avant la messe inaugurale.\n").meeting;
    expect([meeting.date, meeting.location]).toEqual(['2025-05-17', 'Rome']);
  });

  it('places a meeting on the margins of the UN General Assembly in New York', () => {
    expect(place('Le premier ministre rencontre le chancelier d’Allemagne\n\nAujourd’hui, le premier ministre Justin Trudeau a rencontré le chancelier d’Allemagne, Olaf Scholz, en marge de la 78e session de l’Assemblée générale des Nations Unies.\n')).toBe('New York');
  });

  it('takes the building of the meeting reported first, not of a meeting recalled later (Downing Street before "last meeting in the White House")', () => {
    expect(place('PM meeting with President Biden\n\nPrime Minister Rishi Sunak welcomed the President of the United States, Joe Biden, to Downing Street this morning.\n\nSince the Prime Minister and President Biden’s last meeting in the White House, work has begun on a Critical Minerals Agreement.\n')).toBe('London');
  });

  it('places what the lead says happened "today in Osaka" when the meeting is named only later', () => {
    expect(place('Lima Group Declaration\n\nThe leaders of Argentina, Brazil, Canada and Chile, members of the Lima Group, reiterated their commitment to democracy in Venezuela today in Osaka on the margins of the G20.\n\nDuring their meeting, Lima Group leaders strongly condemned the repression.\n')).toBe('Osaka');
  });
});

describe('meeting dates', () => {
  const when = (text: string) => {
    const m = extract(text).meeting;
    return [m.date, m.location];
  };

  it('reads a date-first dateline opening a long paragraph (« Le 29 septembre 2014 - Ottawa, Ontario - … »)', () => {
    expect(when('Le ministre Baird discute avec le Vietnam\n\nLe 29 septembre 2014 - Ottawa, Ontario - Le ministre des Affaires étrangères John Baird a fait aujourd’hui la déclaration suivante à la suite de sa rencontre avec le vice-premier ministre du Vietnam, M. Pham Binh Minh :\n\n« C’est avec plaisir que j’ai accueilli M. Pham Binh Minh à Ottawa. Nous avons signé notre première lettre d’intention bilatérale. »\n')).toEqual(['2014-09-29', 'Ottawa']);
  });

  it('dates a telephone conversation (MOFA: "had a conversation over the phone")', () => {
    expect(when('Telephone Conversation between the Foreign Ministers of Japan and China\n\nMarch 10, 2011\n\n1. On Thursday, March 10, Mr. Takeaki Matsumoto, Minister for Foreign Affairs, had a conversation over the phone with Dr. Yang Jiechi, Minister of Foreign Affairs of China.\n')).toEqual(['2011-03-10', null]);
  });

  it('dates and places an address the author gave, not the summit that "will meet" later (NATO)', () => {
    expect(when('NATO Secretary General: the transatlantic bond keeps us strong\n\n21 Jun. 2018\n\nSecretary General Jens Stoltenberg gave a pre-Summit address on Thursday (21 June 2018) on the transatlantic bond. Speaking at Lancaster House in London, Mr. Stoltenberg highlighted how defence ties have grown closer. NATO’s 29 Heads of State and Government will meet in Brussels on 11 and 12 July.\n')).toEqual(['2018-06-21', 'London']);
  });

  it('reads the date and place of a lead-in that ends in a colon ("met in New York on 21 September 2022 and agreed to:")', () => {
    expect(when('Joint statement\n\nForeign Secretary James Cleverly held a trilateral meeting with Polish Foreign Minister, Zbigniew Rau, and Ukrainian Foreign Minister Dmytro Kuleba.\n\nForeign Ministers of Poland, Ukraine and the United Kingdom met in New York on 21 September 2022 and agreed to:\n\n• continue the unwavering support of Ukraine\n')).toEqual(['2022-09-21', 'New York']);
  });
});

describe('statement kind', () => {
  it('reads a statement label naming several governments as a joint statement (G7, diplomatic missions, a contact group), and one author as a statement', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('G7 foreign ministers’ statement\n\nStatement by the foreign ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America and the High Representative of the EU.\n\nWe condemn in the strongest possible terms Iran’s export of ballistic missiles.\n')).toBe('joint-statement');
    expect(kind('Statement from Diplomatic Missions to Myanmar on World Press Freedom Day\n\nOn World Press Freedom Day, we pay tribute to the essential role of journalism.\n')).toBe('joint-statement');
    expect(kind('Statement by the Prime Minister on the attack\n\nThe Prime Minister issued the following statement.\n')).toBe('statement');
  });
});

describe('rules from the second batch collected on 2026-12-02 (tune half)', () => {
  it('leaves out the target of an attack and someone spoken about (FCDO, UK PM call)', () => {
    expect(names('Minister statement\n\nMinister for the Middle East, Alistair Burt MP, has issued a statement following the attempted attack on the Palestinian Prime Minister, Rami Hamdallah.\n')).toEqual(['Alistair Burt']);
    const call = 'Prime Minister call with President Mohamed bin Zayed Al Nahyan\n\nThe Prime Minister spoke to President Mohamed bin Zayed Al Nahyan of the United Arab Emirates this evening.\n\nThe Prime Minister opened the call by saying President Trump had put forward a workable plan. Both agreed that Hamas must now accept the terms of the deal put forward by President Trump to end the suffering.\n';
    expect(names(call)).toEqual(['Mohamed bin Zayed Al Nahyan']);
    expect(condemned(call)).toBe(1);
  });

  it('does not read an office ("UK Sanctions Coordinator") or a body ("European External Action Service") as a name', () => {
    const text = 'International coordination meeting on Myanmar sanctions\n\nUK Sanctions Coordinator met with US, EU and Canadian counterparts.\n\nOn 24 May, the Sanctions Coordinators of the United Kingdom and the European External Action Service met to align efforts. The UK announced further sanctions on 31 January and 27 March 2023.\n';
    expect(names(text)).toEqual([]);
    expect(extract(text).meeting.date).toBe('2023-05-24');
  });
});

describe('rules from the third batch collected on 2026-12-02 (tune half)', () => {
  it('counts refusing to recognise an act, calling it a breach, and readiness to impose costs for an act called illegal (G7 leaders, 2022)', () => {
    expect(condemned('G7 statement\n\nWe will never recognise these referenda which appear to be a step toward Russian annexation.\n')).toBe(1);
    expect(condemned('G7 statement\n\nThese actions clearly breach the United Nations Charter and international law.\n')).toBe(1);
    expect(condemned('G7 statement\n\nWe stand ready to impose further economic costs on Russia, and on individuals and entities that provide support to Russia’s illegal attempts to change the status of Ukrainian territory.\n')).toBe(1);
    // Recognition the authors give is no rejection, nor is a cost they bear.
    expect(condemned('Statement\n\nWe recognise the courage of the Ukrainian people.\n')).toBe(0);
    expect(condemned('Statement\n\nThe costs of reconstruction will be shared by partners.\n')).toBe(0);
  });

  it('reads a French news-wire dateline with an abbreviated month (« le 29 juill. 2025 », « le 26 déc. 2025 »)', () => {
    const date = (text: string) => extract(text).meeting.date;
    expect(date("Compte rendu\n\nOTTAWA, ON, le 29 juill. 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney s'est entretenu avec le président de l'Ukraine, Volodymyr Zelenskyy.\n")).toBe('2025-07-29');
    expect(date("Compte rendu\n\nOTTAWA, ON, le 26 déc. 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney s'est entretenu avec le président de l'Ukraine, Volodymyr Zelenskyy.\n")).toBe('2025-12-26');
  });

  it('counts sanctions put in place and aid granted, in French (« la mise en place d’un récent ensemble de sanctions », « l’octroi d’une aide de 2 milliards de dollars »)', () => {
    expect(initiatives("Compte rendu\n\nIl a notamment évoqué la mise en place d'un récent ensemble de sanctions rigoureuses visant la flotte fantôme.\n")).toHaveLength(1);
    expect(initiatives("Compte rendu\n\nLe premier ministre a annoncé l'octroi d'une aide militaire supplémentaire de 2 milliards de dollars.\n")).toHaveLength(1);
    // A sanction spoken of is not one put in place.
    expect(initiatives('Compte rendu\n\nLes dirigeants ont discuté de l’efficacité des sanctions.\n')).toEqual([]);
  });

  it('counts continuing through a named mechanism in French, not a bare agreement to strengthen cooperation', () => {
    expect(initiatives("Compte rendu\n\nPar l'entremise de la Coalition des volontaires, le Canada continue de participer aux efforts conjoints visant à mettre fin à la guerre.\n")).toHaveLength(1);
    expect(initiatives('Compte rendu\n\nDans cette optique, le premier ministre Carney et le président Lee ont convenu de resserrer la coopération entre leurs pays.\n')).toEqual([]);
    // Agreeing to strengthen cooperation in named fields still counts.
    expect(initiatives('Compte rendu\n\nLes dirigeants ont convenu de renforcer la collaboration dans les domaines de la sécurité énergétique et des minéraux critiques.\n')).toHaveLength(1);
  });

  it('counts leaders who met and released the following statement (NATO and G7 leaders in Bali)', () => {
    expect(initiatives('Statement\n\nToday, the Leaders of Canada, France, Germany and Japan met on the margins of the G20 Summit in Bali and released the following statement:\n\nWe offer our full support.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nThe Prime Minister met the President and later released the following photo.\n')).toEqual([]);
  });
});

describe('rules from the tune half, third batch (continued)', () => {
  it('keeps a nickname in quotation marks inside a name (DoD readout: Benjamin “Benny” Gantz)', () => {
    const text = 'Readout\n\nAug. 6, 2021\n\nToday, Secretary of Defense Lloyd J. Austin III spoke with Israeli Minister of Defense Benjamin “Benny” Gantz about Iran’s July 29 attack. Secretary Austin and Minister Gantz expressed concern.\n';
    expect(names(text)).toEqual(['Lloyd J. Austin III', 'Benjamin “Benny” Gantz']);
    // A quoted word after a name is not a nickname unless a family name follows it.
    expect(names('Readout\n\nPrime Minister Mark Carney called the plan “historic” today.\n')).toEqual(['Mark Carney']);
  });

  it('counts a French call, on no one, for strikes to end (« ont appelé à ce que ces frappes … prennent fin »)', () => {
    expect(condemned('Compte rendu\n\nIls ont appelé à ce que ces frappes indiscriminées sur des infrastructures énergétiques et civiles prennent fin.\n')).toBe(1);
    expect(condemned('Compte rendu\n\nIls ont appelé à ce que la coopération se poursuive.\n')).toBe(0);
  });
});

describe('calls that count: only to stop, withdraw or comply (tune half, issue 12)', () => {
  it('does not count a call or urging to do something else (respond to offers, investigate)', () => {
    expect(condemned('Joint statement\n\nWe urge the DPRK to respond to the numerous and genuine offers to return to diplomacy, the only path to an enduring peace on the Korean Peninsula.\n')).toBe(0);
    expect(condemned('Statement\n\nI urge the relevant authorities to swiftly investigate these incidents.\n')).toBe(0);
    expect(condemned('Statement\n\nWe call on Japan to provide further support to the region.\n')).toBe(0);
  });

  it('counts a call whose asked act is stopping, withdrawing, releasing or complying, wherever it stands in the call', () => {
    for (const sentence of [
      'We call on the DPRK and Russia to cease unlawful arms transfers.',
      'And we urge the Government of Nicaragua to act immediately to halt paramilitary groups and their actions.',
      'We call on Hamas to close this agreement and begin the process of releasing our citizens.',
      'Following his death, we urge all parties to de-escalate.',
      'We urge non-violence, dialogue and progress towards a sustainable reconciliation.',
      'We call on the Armed Forces to allow safe and unimpeded humanitarian access across the country.',
      "La Haute Représentante engage la Biélorussie à se rallier à un moratoire mondial sur la peine de mort.",
      'Nous demandons également un accès humanitaire sans restriction afin que les personnes les plus vulnérables soient protégées.',
    ])
      expect(condemned(`Statement\n\n${sentence}\n`), sentence).toBe(1);
  });

  it('reads "appeal to X to …" as a call, and the act after "redouble their efforts to" (EU, Kosovo)', () => {
    expect(condemned('Statement\n\nI appeal to all parties to redouble their efforts to implement the agreements reached.\n')).toBe(1);
    expect(condemned('Statement\n\nI appeal to all parties to redouble their efforts to improve the lives of the people.\n')).toBe(0);
  });
});

describe('a rejection or condemnation supposed in an "if" clause is a third party’s (tune half, issue 12)', () => {
  it('does not count « Si la Russie choisit de rejeter … le cessez-le-feu, les dirigeants entendent appliquer des sanctions »', () => {
    expect(condemned('Compte rendu\n\nSi la Russie choisit de rejeter ou de retarder le cessez‑le‑feu, les dirigeants entendent appliquer des sanctions supplémentaires et plus sévères.\n')).toBe(0);
    expect(condemned('Readout\n\nThe leaders will impose further sanctions if Russia rejects the ceasefire.\n')).toBe(0);
    // The authors' own rejection after the "if" clause closes still counts.
    expect(condemned('Statement\n\nIf the reports are confirmed, we reject this attempt to change the status quo by force.\n')).toBe(1);
  });
});

describe('a meeting looked forward to, and an announced event restated (tune half, issue 12)', () => {
  it('counts looking forward to attending a named meeting ("I look forward to attending the inaugural Trilateral Meeting in Nusa Dua")', () => {
    expect(initiatives('Trilateral meeting\n\nI look forward to attending the inaugural Trilateral Meeting in Nusa Dua, Bali on 26 February involving Australia, Indonesia and East Timor.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nI look forward to attending the celebrations in Ottawa.\n')).toEqual([]);
  });

  it('does not count a second sentence about the meeting or agreement already announced (its place, time or agenda)', () => {
    const meeting =
      'Defence relationship\n\nMinister of Defence Peeni Henare departs for Australia tomorrow to meet with Deputy Prime Minister Richard Marles.\n\nThe annual meeting will take place in Victoria ahead of both Ministers travelling to Tonga.\n';
    expect(initiatives(meeting)).toEqual(['Minister of Defence Peeni Henare departs for Australia tomorrow to meet with Deputy Prime Minister Richard Marles.']);
    const agreement =
      'New agreement\n\nThe governments of the United Kingdom and Saudi Arabia have announced a new Military and Security Cooperation Agreement, signed today in Jeddah.\n\nThe agreement was signed during a wider visit to the Middle East.\n';
    expect(initiatives(agreement)).toHaveLength(1);
    // "The next meeting" is another meeting; a meeting after an agreement is no restatement of it.
    expect(initiatives('Release\n\nThe ministers signed a memorandum of understanding on oceans.\n\nThe next meeting will be held in Seoul in 2026.\n')).toHaveLength(2);
    expect(initiatives('Release\n\nThe ministers signed a memorandum of understanding on oceans.\n\nThe annual meeting will take place in Victoria in 2026.\n')).toHaveLength(2);
  });
});

describe('what a call asks of others is not the authors’ initiative (tune half, issue 12)', () => {
  it('does not count the steps a call asks of third parties ("I appeal to all parties to … implement the agreements reached")', () => {
    expect(initiatives('Statement\n\nI appeal to all parties to redouble their efforts to implement the agreements reached, to normalise relations.\n')).toEqual([]);
    expect(initiatives('Statement\n\nWe call on both sides to establish a dialogue.\n')).toEqual([]);
    expect(initiatives('Déclaration\n\nNous appelons les deux parties à créer un mécanisme de suivi.\n')).toEqual([]);
    // The authors' own step before the call still counts; "urgently" is no call.
    expect(initiatives('Readout\n\nThe ministers agreed to establish a working group and urged Russia to withdraw.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nWe urgently need to establish a working group with Japan.\n')).toHaveLength(1);
  });
});

describe('funding recalled as given earlier (tune half, issue 12)', () => {
  it('does not count funding a sentence opens by placing in the past ("Earlier this year, we provided additional funding for …")', () => {
    expect(initiatives('Statement\n\nEarlier this year, we provided additional funding for the Veteran and Family Well-Being Fund, a cross-industry effort.\n')).toEqual([]);
    expect(initiatives('Statement\n\nLast year, Canada provided $5 million to the fund.\n')).toEqual([]);
    // Funding given now, or a new sum beside an old one, still counts.
    expect(initiatives('Statement\n\nWe are also funding organizations that host remembrance initiatives for Indigenous Veterans.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nCanada will provide $10 million, building on $5 million provided last year.\n')).toHaveLength(1);
  });
});

describe('an action recalled "as agreed at the last … meeting" (tune half, issue 12)', () => {
  it('reads up to two words between the article and the meeting ("as agreed at the last trilateral meeting")', () => {
    expect(initiatives('Text\n\nMinisters discussed the more flexible implementation of sanctions by Australia and New Zealand, as agreed at the last trilateral meeting.\n')).toHaveLength(1);
    expect(initiatives('Text\n\nThey reviewed progress, as agreed at the last meeting.\n')).toHaveLength(1);
    expect(initiatives('Text\n\nAs agreed by all participants, the discussions will remain confidential.\n')).toEqual([]);
  });
});

describe('their own statement recalled as issued (tune half, issue 12)', () => {
  it('counts « rappellent leur communiqué publié en 2019 » and "recalled their joint statement issued in May", not a recalled position', () => {
    expect(initiatives('Déclaration\n\nLes ministres des Affaires étrangères du G7 rappellent leur communiqué publié en 2019, dans lequel ils réaffirmaient leur attachement à la transition démocratique.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nThe ministers recalled their joint statement issued in May on the situation.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nThe ministers recalled their commitment to democracy.\n')).toEqual([]);
  });
});

describe('a contribution to a fund, without a sum (tune half, issue 12)', () => {
  it('counts "the offer to contribute to a trust fund in support of the Afghan National Security Forces"', () => {
    expect(initiatives('Release\n\nThe Secretary General thanked President Aliyev for the offer to contribute to a trust fund in support of the Afghan National Security Forces.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nThese reforms contribute to a more stable fundamental order.\n')).toEqual([]);
    expect(initiatives('Release\n\nEarlier this year, Japan contributed to the fund.\n')).toEqual([]);
  });
});

describe('a step announced after a time phrase (tune half, issue 12)', () => {
  it('counts "announced that from early 2002, two Australian Federal Police Officers would be attached …"', () => {
    expect(initiatives('Release\n\nMr Downer announced that from early 2002, two Australian Federal Police Officers would be attached to the Australian High Commission in Suva.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nMr Downer announced that he had raised the matter, and the officers were thanked.\n')).toEqual([]);
  });
});

describe('speaking out against is denouncing (tune half, issue 12)', () => {
  it('counts "We will continue to speak out against such unacceptable and threatening language" and « s’élève contre »', () => {
    expect(condemned('Statement\n\nWe will continue to speak out against such unacceptable and threatening language.\n')).toBe(1);
    expect(condemned('Déclaration\n\nLa France s’élève contre cette décision.\n')).toBe(1);
    expect(condemned('Statement\n\nShe spoke out about her experience of the war.\n')).toBe(0);
  });
});

describe('a meeting the parties only welcome being held (tune half, issue 12)', () => {
  it('does not count « ont salué la tenue aujourd’hui à Genève de la réunion …, ainsi que la prochaine réunion virtuelle de la Coalition »', () => {
    expect(initiatives("Compte rendu\n\nÀ cet égard, les deux dirigeants ont salué la tenue aujourd'hui à Genève de la réunion des conseillers à la sécurité nationale, ainsi que la prochaine réunion virtuelle de la Coalition des volontaires.\n")).toEqual([]);
    expect(initiatives('Readout\n\nThe leaders welcomed the holding of the conference next week in Rome.\n')).toEqual([]);
    // A meeting the parties schedule themselves still counts.
    expect(initiatives('Compte rendu\n\nLes dirigeants ont convenu que la prochaine réunion se tiendra à Ottawa.\n')).toHaveLength(1);
  });
});

describe('concern taken to a government (tune half, issue 12)', () => {
  it('counts "Australia will be expressing its concerns directly to the North Korean Government", not concerns told to a person met', () => {
    expect(condemned('Statement\n\nAustralia will be expressing its concerns directly to the North Korean Government.\n')).toBe(1);
    expect(condemned('Readout\n\nThe ministers raised their concerns with the Chinese authorities.\n')).toBe(1);
    const call = 'Readout\n\nSecretary Kerry spoke with Foreign Minister Lavrov today. Secretary Kerry expressed his concerns to Foreign Minister Lavrov.\n';
    expect(condemned(call)).toBe(0);
    expect(names(call)).toContain('Lavrov');
  });
});

describe('a decision to undo a step (tune half, issue 12)', () => {
  it('does not count "decided to withdraw the request", "agreed to postpone", « ont décidé de reporter »', () => {
    expect(initiatives('Release\n\nAustralia welcomed the serious consideration the government of Fiji gave to its request, and in view of Fiji’s current situation, decided to withdraw the request.\n')).toEqual([]);
    expect(initiatives('Release\n\nThe ministers agreed to postpone the visit.\n')).toEqual([]);
    expect(initiatives('Compte rendu\n\nLes ministres ont décidé de reporter la visite.\n')).toEqual([]);
    expect(initiatives("Compte rendu\n\nLes ministres ont convenu d'établir un groupe de travail.\n")).toHaveLength(1);
  });
});

describe('continuing through a named conference (tune half, issue 12)', () => {
  it('counts "will continue to provide … support, and will move ahead …, including through the International Expert Conference on the Recovery …"', () => {
    expect(initiatives('G7 statement\n\nWe will continue to provide financial, humanitarian, military, diplomatic and legal support, and will move ahead on reconstruction efforts, including through the International Expert Conference on the Recovery, Reconstruction and Modernisation of Ukraine in Berlin on 25 October.\n')).toHaveLength(1);
    expect(initiatives('G7 statement\n\nWe will continue to support Ukraine, as the conference showed.\n')).toEqual([]);
  });
});

describe('a new member welcomed into the group (tune half, issue 12)', () => {
  it('counts "welcoming the Dominican Republic to the Group" and "welcomed Finland as a new member of the Alliance", not a guest welcomed to a city', () => {
    expect(initiatives('Statement\n\nToday the International Contact Group on Venezuela held a Senior Officials Meeting, welcoming the Dominican Republic to the Group.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nThe ministers welcomed Finland as a new member of the Alliance.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Prime Minister welcomed President Lee to Ottawa.\n')).toEqual([]);
  });
});

describe('joining a joint commitment (tune half, issue 12)', () => {
  it('counts "will join the renewed commitments to work together to tackle corruption", not joining a delegation', () => {
    expect(initiatives('PM at summit\n\nTaking a leading role at the summit, the PM will reflect on the advances in the region and will join the renewed commitments to work together to tackle corruption and foster economic growth.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nShe will join the delegation for dinner.\n')).toEqual([]);
  });
});

describe('collect-32: French NATO stories and France Diplomatie communiqués (tune half, issue 12)', () => {
  const meeting = (text: string) => extract(text).meeting;

  it('dates and places a visit the lead announces: « se rendra à Varsovie le lundi 6 octobre 2014 », then « Il rencontrera … »', () => {
    const text =
      "Visite du secrétaire général de l'OTAN en Pologne\n\nLe secrétaire général de l'OTAN, M. Jens Stoltenberg, se rendra à Varsovie le lundi 6 octobre 2014.\n\nIl rencontrera le président, M. Bronisław Komorowski, et la première ministre, Mme Ewa Kopacz.\n";
    expect(meeting(text)).toMatchObject({ date: '2014-10-06', location: 'Warsaw', kind: 'news-release' });
  });

  it('does not take a later leg of a trip for its first day ("will travel … from December 15 - 19", then "will travel to London … on December 20")', () => {
    const text =
      'Minister Sajjan to Travel to the Middle East and the United Kingdom\n\nDecember 15, 2017 – Ottawa – National Defence\n\nDefence Minister Harjit S. Sajjan will travel to Jordan and Kuwait from December 15 - 19, where he will meet with deployed personnel. The Minister will also have bilateral meetings with counterparts. While in the region, he will also meet with the defence community in Jordan.\n\nFollowing his meetings in the Middle East, Minister Sajjan will travel to London, UK, on December 20, for bilateral meetings with the Secretary of State for Defence.\n';
    expect(meeting(text).date).toBe('2017-12-15');
  });

  it('reads « M » without its dot as an honorific (« le ministre des Affaires étrangères roumain, M Bodgan Aurescu »)', () => {
    const text =
      "Le secrétaire général de l’OTAN en visite en Roumanie\n\nLe lundi 28 novembre 2022, le secrétaire général de l'OTAN, M. Jens Stoltenberg, rencontrera le président roumain, M. Klaus Iohannis, et le ministre des Affaires étrangères roumain, M Bodgan Aurescu.\n";
    expect(names(text)).toEqual(['Jens Stoltenberg', 'Klaus Iohannis', 'Bodgan Aurescu']);
  });

  it('gives a quotation to the titled subject of « a déclaré : », not to a name in the phrase before it (« à Downing Street »)', () => {
    const text =
      "Échange de vues\n\nLe 15 juin, à Londres, le secrétaire général de l'OTAN, Anders Fogh Rasmussen, s'est entretenu avec le premier ministre britannique, David Cameron.\n\nS'adressant à des journalistes à Downing Street, le secrétaire général a déclaré :\n\n« L'OTAN est plus nécessaire et plus sollicitée que jamais, de l'Afghanistan au Kosovo. »\n";
    expect(quotes(text)).toEqual([['Anders Fogh Rasmussen', "L'OTAN est plus nécessaire et plus solli"]]);
  });

  it('places a meeting « au siège de l’OTAN » in Brussels', () => {
    const text =
      'L’OTAN et l’Autriche signent un accord\n\nLundi (10 mai 2021), le secrétaire général a accueilli au siège de l’OTAN le ministre fédéral autrichien des affaires européennes et internationales, Alexander Schallenberg, afin de discuter du partenariat.\n';
    expect(meeting(text).location).toBe('Brussels');
  });

  it('counts « sont convenus de se réunir de nouveau à Genève le 29 octobre » (être convenu de) as « ont convenu de »', () => {
    expect(initiatives('Communiqué\n\nLes co-présidents et les ministres des affaires étrangères sont convenus de se réunir de nouveau à Genève le 29 octobre pour discuter.\n')).toHaveLength(1);
  });

  it('counts the signing ceremony of « l’accord » (« cérémonie de signature de l’accord entre l’OTAN et le gouvernement fédéral autrichien »)', () => {
    expect(initiatives("Accord\n\nL’entretien bilatéral a été suivi d’une cérémonie de signature de l’accord entre l'OTAN et le gouvernement fédéral autrichien sur le statut juridique du Bureau de liaison.\n")).toHaveLength(1);
  });

  it('counts attendance announced at a meeting (« sera présent en Roumanie … à l’occasion de la réunion des ministres », « participera à toutes les réunions de l’OTAN »)', () => {
    expect(initiatives('Visite\n\nLe secrétaire général sera présent en Roumanie du 28 au 30 novembre à l’occasion de la réunion des ministres des Affaires étrangères des pays de l’OTAN.\n')).toHaveLength(1);
    expect(initiatives('Protocole\n\nLe secrétaire général a indiqué qu’à compter de ce jour, le Monténégro participera à toutes les réunions de l’OTAN en qualité d’observateur.\n')).toHaveLength(1);
  });

  it('counts sanctions the authors propose (« transmettront à leurs partenaires européens des propositions de sanctions additionnelles »)', () => {
    expect(initiatives("Communiqué\n\nTirant toutes les conclusions de ce constat, la France et l'Allemagne transmettront à leurs partenaires européens des propositions de sanctions additionnelles.\n")).toHaveLength(1);
  });

  it('reads a French title written before the name without a comma, the country elided (« le ministre des affaires étrangères d’Arménie Zohrab Mnatsakanyan »), and stops at another office after « et le »', () => {
    const text =
      "Communiqué\n\nLes co-présidents ont rencontré le 24 octobre à Washington le ministre des affaires étrangères d'Arménie Zohrab Mnatsakanyan ainsi que le ministre des affaires étrangères d'Azerbaïdjan Jeyhun Bayramov, et ont participé à une rencontre conjointe entre les ministres des affaires étrangères et le secrétaire d'Etat adjoint Stephen Biegun.\n";
    const participants = extract(text).participants;
    expect(participants.map((p) => [p.name, p.title])).toEqual([
      ['Zohrab Mnatsakanyan', "ministre des affaires étrangères d'Arménie"],
      ['Jeyhun Bayramov', "ministre des affaires étrangères d'Azerbaïdjan"],
      ['Stephen Biegun', "secrétaire d'Etat adjoint"],
    ]);
    expect(participants.slice(0, 2).map((p) => p.country)).toEqual(['Armenia', 'Azerbaijan']);
  });
});

describe('collect-33: G7 leaders, a GAC statement, a New Zealand release, a UK MOD visit (tune half, issue 12)', () => {
  it('counts "extremely concerned by" and "with great concern" as grave concern (GAC, 2014)', () => {
    expect(condemned('Statement\n\nCanada is also extremely concerned by the so-called Islamic State of Iraq and the Levant’s continuing attacks on civilians.\n')).toBe(1);
    expect(condemned('Statement\n\nThe Ministers noted with great concern the continued missile launches by the DPRK.\n')).toBe(1);
  });

  it('counts an act called a violation of principles ("Russia has blatantly violated the principles enshrined in the UN Charter")', () => {
    expect(condemned('G7 Statement\n\nRussia has blatantly violated the principles enshrined in the UN Charter.\n')).toBe(1);
  });

  it('counts funding delivered with its amount ("have reached a consensus on how to deliver approximately $50 billion in … loans")', () => {
    expect(initiatives('G7 Statement\n\nToday, we, the Leaders of the Group of Seven (G7), have reached a consensus on how to deliver approximately $50 billion in Extraordinary Revenue Acceleration (ERA) loans to Ukraine.\n')).toHaveLength(1);
  });

  it('counts sanctions that will come into force ("new sanctions targeting oligarchs … will come into force")', () => {
    expect(initiatives('Release\n\nAs part of the Government’s ongoing response to Ukraine, new sanctions targeting oligarchs with close personal ties to Vladimir Putin or the Russian government will come into force this week.\n')).toHaveLength(1);
  });

  it('does not count a meeting just held in its author’s words ("It has been a great pleasure to meet again with my defence counterpart")', () => {
    expect(initiatives('Release\n\nIt has been a great pleasure to meet again with my defence counterpart, Minister Akar.\n')).toEqual([]);
    expect(initiatives('Release\n\nThe two ministers agreed to meet again in Ankara next spring.\n')).toHaveLength(1);
  });
});

describe('agreements reached and court proceedings (tune half, issue 12)', () => {
  it('counts an agreement reported reached ("Agreement has been reached that Afghanistan will accept …", « un accord a été conclu »)', () => {
    expect(initiatives('Joint press release\n\nAgreement has been reached that Afghanistan will accept the immediate return of any Afghans not in need of protection.\n')).toHaveLength(1);
    expect(initiatives('Communiqué\n\nUn accord a été conclu sur le retour des réfugiés dans leur pays.\n')).toHaveLength(1);
  });

  it('counts proceedings the authors bring ("started legal proceedings before the Court", "asked the International Court of Justice to order Syria to …", « ont saisi la Cour »)', () => {
    expect(initiatives('Joint statement\n\nIn June of this year, our two countries started legal proceedings before the Court to hold Syria accountable.\n')).toHaveLength(1);
    expect(initiatives('Joint statement\n\nToday, Canada and the Netherlands asked the International Court of Justice to order Syria to immediately cease all acts of torture.\n')).toHaveLength(1);
    expect(initiatives('Déclaration\n\nLe Canada et les Pays-Bas ont saisi la Cour internationale de justice en juin.\n')).toHaveLength(1);
  });
});

describe('joint statements named by their title or label (tune half, issue 12)', () => {
  const kind = (text: string) => extract(text).meeting.kind;

  it('reads "Joint Readout of …" and "G7 Leaders’ Statement on …" as joint statements', () => {
    expect(kind('Joint Readout of the Trilateral National Security Advisors meeting between the United States, the Republic of Korea and Japan\n\nOn Friday, October 25, National Security Advisor Jake Sullivan, Republic of Korea National Security Advisor Shin Wonsik, and Japanese National Security Advisor Akiba Takeo met in Washington, D.C.\n')).toBe('joint-statement');
    expect(kind('G7 Leaders’ Statement on Extraordinary Revenue Acceleration (ERA) Loans\n\nThe Leaders reached a consensus on how to deliver approximately $50 billion in loans to Ukraine.\n')).toBe('joint-statement');
  });

  it('hears several authors in "Today, we, the Leaders of …" and in « Communiqué de presse des co-présidents … »', () => {
    expect(kind('Loans\n\nToday, we, the Leaders of the Group of Seven (G7), have reached a consensus on how to deliver approximately $50 billion in loans to Ukraine.\n')).toBe('joint-statement');
    expect(kind("Communiqué de presse des co-présidents français, américain et russe du Groupe de Minsk de l'OSCE sur le Haut-Karabakh, le 25 octobre 2020.\n\nLes co-présidents ont rencontré le 24 octobre à Washington le ministre des affaires étrangères d'Arménie Zohrab Mnatsakanyan.\n")).toBe('joint-statement');
  });
});

describe('French calls and concern, from collect-32 and collect-34 (tune half, issue 12)', () => {
  it('counts « ont pressé les Parties de prendre sans délai les mesures … » and a recalled call « appelant les parties à cesser les hostilités »', () => {
    expect(condemned('Communiqué\n\nLes co-présidents ont pressé les Parties de prendre sans délai les mesures pour la mise en oeuvre du communiqué conjoint.\n')).toBe(1);
    expect(condemned("Communiqué\n\nLes co-présidents ont rappelé aux Parties le communiqué conjoint du 1er octobre, appelant les parties à cesser les hostilités immédiatement.\n")).toBe(1);
  });

  it('counts « réitèrent leur appel aux autorités biélorusses à libérer … » and « invitons la Russie … à rouvrir », not an invitation to take part', () => {
    expect(condemned('Déclaration\n\nIls réitèrent leur appel aux autorités biélorusses à libérer tous les prisonniers politiques.\n')).toBe(1);
    expect(condemned('Déclaration\n\nNous invitons la Russie et les séparatistes à rouvrir sans délai tous les points de passage existants.\n')).toBe(1);
    expect(condemned('Déclaration\n\nNous invitons nos partenaires à participer à la conférence de Paris.\n')).toBe(0);
  });

  it('counts plural concern (« sont sources de vives préoccupations »)', () => {
    expect(condemned("Déclaration\n\nL'empoisonnement d'Alexeï Navalny au moyen d'une arme chimique et les mesures prises par la Russie sont sources de vives préoccupations.\n")).toBe(1);
  });
});

describe('sanctions adopted and sums written in words (collect-34, tune half, issue 12)', () => {
  it('counts sanctions or restrictive measures adopted by a body the authors belong to, not support for their adoption', () => {
    expect(initiatives("Déclaration\n\nDans ce contexte, nos trois pays saluent l'adoption de mesures restrictives individuelles contre les personnes responsables.\n")).toHaveLength(1);
    expect(initiatives("Déclaration\n\nIls saluent la réponse ferme de l'Union européenne matérialisée par l'adoption de sanctions.\n")).toHaveLength(1);
    expect(initiatives('Déclaration\n\nLa France soutient l’adoption de nouvelles sanctions européennes à l’encontre de la Russie.\n')).toEqual([]);
  });

  it('counts a sum written in words (« Un million d’euros sera mis à la disposition de ce programme »)', () => {
    expect(initiatives("Déclaration\n\nUn million d'euros sera mis à la disposition de ce programme.\n")).toHaveLength(1);
  });
});

describe('capitalised common nouns after "in" are no place (tune half, issue 12)', () => {
  it('reads past "Sexual Violence in Conflict" to "in Canberra", and finds no place in "Trafficking in Persons"', () => {
    const meeting = (text: string) => extract(text).meeting.location;
    expect(meeting('Partnership\n\nThe Australian Dialogue on Preventing Sexual Violence in Conflict, held today at Parliament House in Canberra, unites experts across government to discuss ways to respond.\n')).toBe('Canberra');
    expect(meeting('Joint press release\n\nThe Ministers met to discuss the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime.\n')).toBeNull();
  });
});

describe('those listed as attending the event (tune half, issue 12)', () => {
  it('takes every full name in the subject of "attended the signing", titled or not, and "Delegate" as a title; not "was attended by" companies', () => {
    const text =
      'Memorandum\n\nPresident Surangel Whipps, Jr. of the Republic of Palau, Senator Rukebai Kikuo Inabo and Delegate Mengkur Rechelulk from Palau’s Congress, Ambassador Hersey Kyota of the Republic of Palau, and Assistant Secretary for Insular and International Affairs Carmen G. Cantor, U.S. Department of the Interior attended the signing in Los Angeles.\n';
    expect(names(text)).toEqual(['Surangel Whipps, Jr.', 'Rukebai Kikuo Inabo', 'Mengkur Rechelulk', 'Hersey Kyota', 'Carmen G. Cantor']);
    expect(names('Expo\n\nDefence Secretary Ben Wallace met his counterpart. British industry was on display during the event, which was attended by BAE Systems, Leonardo and Rolls Royce.\n')).toEqual(['Ben Wallace']);
  });
});

describe('calls named in other words are readouts (tune half, issue 12)', () => {
  it('reads "X spoke to …" in the title, "spoke over the phone with" and "had a virtual conversation with" as a call’s readout', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Iran: High Representative Josep Borrell spoke to new Foreign Minister Amir-Abdollahian\n\nHigh Representative/Vice-President Josep Borrell spoke over the phone with the new Foreign Minister of Iran Hussein Amir-Abdollahian on Friday.\n')).toBe('readout');
    expect(kind('Foreign Minister Park Jin Holds Virtual Conversation with Chinese Counterpart\n\nMinister of Foreign Affairs Park Jin had a virtual conversation for about one hour with State Councilor and Minister of Foreign Affairs of China Wang Yi on Monday, December 12.\n')).toBe('readout');
  });
});

describe('the act a call asks for is read right after the call (collect-34, tune half, issue 12)', () => {
  it('does not count « appelons toutes les parties à trouver une issue à la crise … conformes aux normes », but counts "call on Hamas to close this agreement … and begin the process of releasing our citizens"', () => {
    expect(condemned("Déclaration\n\nNous appelons toutes les parties à trouver une issue à la crise actuelle, grâce à un dialogue ouvert à tout le paysage politique et avec l'organisation de nouvelles élections, libres et équitables, conformes aux normes internationales.\n")).toBe(0);
    expect(condemned('Joint statement\n\nWe call on Hamas to close this agreement, that Israel is ready to move forward with, and begin the process of releasing our citizens.\n')).toBe(1);
  });
});

describe('a joint declaration whose first line is too long to be the title (collect-34, tune half, issue 12)', () => {
  it('reads « Déclaration conjointe des ministres … , le 15 octobre 2020. » and « …, nous, ministres des affaires étrangères de … » as a joint statement', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind("Déclaration conjointe des ministres des affaires étrangères de la France, de l'Allemagne et de la Pologne sur le rôle joué par le Triangle de Weimar dans la promotion de la paix, de la sécurité, de la démocratie et des droits de l'homme, le 15 octobre 2020.\n\nLes trois ministres ont évoqué la situation en Biélorussie.\n")).toBe('joint-statement');
    expect(kind("Triangle de Weimar\n\nAlors que le voisinage de l'Union européenne est affecté par de graves crises, nous, ministres des affaires étrangères de la France, de l'Allemagne et de la Pologne, réunis à Paris, réaffirmons la vocation de l'Union européenne à agir.\n")).toBe('joint-statement');
  });
});

describe('collect-35: White House and No 10 readouts, a Japan–Arab MOC (tune half, issue 12)', () => {
  it('starts a name after the country of its title, written without a comma ("Prime Minister of the United Kingdom Keir Starmer", "President of the United States of America Joseph R. Biden Jr.")', () => {
    expect(names('Meeting\n\nThe Prime Minister of the United Kingdom Keir Starmer and the President of the European Council António Costa met in Downing Street this afternoon.\n')).toEqual(['Keir Starmer', 'António Costa']);
    expect(extract('Statement\n\nPresident of the United States of America Joseph R. Biden Jr., President of the Republic of Indonesia Joko Widodo, and President of the European Commission, Ursula von der Leyen, met today.\n').participants.map((p) => [p.name, p.title])).toEqual([
      ['Joseph R. Biden Jr.', 'President of the United States of America'],
      ['Joko Widodo', 'President of the Republic of Indonesia'],
      ['Ursula von der Leyen', 'President of the European Commission'],
    ]);
  });

  it('places "met in Downing Street" in London', () => {
    expect(extract('Meeting\n\nThe Prime Minister Keir Starmer and the President of the European Council António Costa met in Downing Street this afternoon.\n').meeting.location).toBe('London');
  });

  it('counts a meeting that "will be hosted by", an invitation "to attend a session of the informal meeting", and "looked ahead to the first EU-UK Summit"', () => {
    expect(initiatives('Forum\n\nThe 2nd meeting will be hosted by Tunisia in 2010.\n')).toHaveLength(1);
    expect(initiatives('Meeting\n\nThe President invited the Prime Minister to attend a session of the informal meeting of the EU leaders in Brussels in February.\n')).toHaveLength(1);
    expect(initiatives('Meeting\n\nThey also looked ahead to the first EU-UK Summit in early 2025.\n')).toHaveLength(1);
  });

  it('does not count stepping up cooperation with no mechanism, meeting or date ("agreed to deepen security cooperation focused on helping Ecuador …")', () => {
    expect(initiatives('Readout\n\nThe leaders also agreed to deepen security cooperation focused on helping Ecuador combat gang violence by supporting the government’s efforts.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe leaders agreed to deepen security cooperation through a new Joint Working Group on maritime security.\n')).toHaveLength(1);
  });
});

describe('people to be met on a trip to several countries (tune half, issue 12)', () => {
  it('leaves out those of the trip’s countries, keeps the traveller and a counterpart of another country', () => {
    const text =
      'Foreign Minister To Visit Europe, Indonesia\n\nForeign Minister Winston Peters departs this weekend for visits to France, Italy and Indonesia.\n\nIn Nice, Minister Peters will attend the Pacific-France Summit, hosted by French President Emmanuel Macron.\n\nIn Jakarta, Mr Peters will attend the annual Joint Ministerial Commission meeting alongside Indonesian Foreign Minister Sugiono.\n\nFollowing his visits, Minister Peters will travel to London for bilateral meetings with British Foreign Secretary David Lammy.\n';
    expect(names(text)).toEqual(['Winston Peters', 'David Lammy']);
  });
});

describe('a later meeting announced beside the one reported (collect-35, tune half, issue 12)', () => {
  it('dates the signing "On the evening of December 6 (Sun)", not "The 1st meeting of the Forum will be held … from December 7"', () => {
    const text =
      'Signing ceremony for the Memorandum of Co-operation\n\nDecember 6, 2009\n\n1. On the evening of December 6 (Sun) at the Iikura House, Mr. Katsuya Okada, Minister for Foreign Affairs, signed the Memorandum of Co-operation with Mr. Amr Moussa, Secretary-General of the League of Arab States.\n\n2. The 1st meeting of the Japan-Arab Economic Forum will be held over the two-day period starting from December 7 (Mon) in Tokyo.\n';
    expect(extract(text).meeting).toMatchObject({ date: '2009-12-06', location: 'Tokyo' });
  });
});

describe('a city with a Spanish article is no person (collect-35, tune half, issue 12)', () => {
  it('does not take "Los Angeles, President Biden …" for a person titled by what follows', () => {
    expect(names('Readout\n\nVice President Kamala Harris today spoke with President Mohamed Irfaan Ali of Guyana. In June, at the Summit of the Americas in Los Angeles, President Biden and the Vice President convened Caribbean leaders for an in-person meeting.\n')).not.toContain('Los Angeles');
  });
});

describe('negotiations completed and plans to develop (collect-37, tune half, issue 12)', () => {
  it('counts "welcomed the completion of negotiations on the bilateral Space Framework Agreement" and "ask relevant ministers to develop a work plan by the end of the year"', () => {
    expect(initiatives('Joint readout\n\nThe leaders welcomed the completion of negotiations on the bilateral Space Framework Agreement.\n')).toHaveLength(1);
    expect(initiatives('G7 Statement\n\nWe also ask relevant ministers to develop a work plan by the end of the year for further advancing the Process.\n')).toHaveLength(1);
  });
});

describe('kinds of Élysée and conference texts (collect-36, tune half, issue 12)', () => {
  const kind = (text: string) => extract(text).meeting.kind;

  it('reads talks reported in a department’s communiqué as its readout, not a news story’s headline over the same words', () => {
    expect(kind("Communiqué de la Présidence de la République, en date du 12 août 2020, sur la situation en Méditerranée orientale.\n\nLe Président de la République s'est entretenu avec le Premier ministre de la République hellénique, M. Kyriakos Mitsotakis, pour évoquer la situation en Méditerranée orientale.\n")).toBe('readout');
    expect(kind("Échange de vues entre le secrétaire général de l’OTAN et le premier ministre britannique, David Cameron\n\nLe 15 juin, à Londres, le secrétaire général de l'OTAN, Anders Fogh Rasmussen, s'est entretenu avec le premier ministre britannique, David Cameron.\n")).not.toBe('readout');
  });

  it('reads a conference’s « Communiqué final » and « 1 - Nous, chefs d’État et de gouvernement de … » as joint statements', () => {
    expect(kind("Communiqué final de la Conférence internationale de soutien et d'appui à Beyrouth et au peuple libanais, le 9 août 2020.\n\nLa conférence s'est réunie virtuellement le 9 août 2020.\n")).toBe('joint-statement');
    expect(kind("Sommet\n\n1 - Nous, chefs d'État et de gouvernement de Chypre, de l'Espagne, de la France, de la Grèce, de l'Italie, de Malte et du Portugal, nous sommes réunis à Ajaccio.\n")).toBe('joint-statement');
  });
});

describe('French commitments of the Med7 declaration (collect-36, tune half, issue 12)', () => {
  it('counts « Nous sommes déterminés à adopter … avant la fin de l’année », « Nous nous félicitons de l’accord obtenu à Bruxelles », « Nous attendons avec intérêt la tenue du Forum … le 27 novembre »', () => {
    expect(initiatives("Déclaration\n\nNous sommes déterminés à adopter dès que possible, et au plus tard avant la fin de l'année, notre nouvel objectif climatique.\n")).toHaveLength(1);
    expect(initiatives("Déclaration\n\nNous nous félicitons de l'accord obtenu à Bruxelles le 21 juillet dernier sur le programme appelé Next Generation EU.\n")).toHaveLength(1);
    expect(initiatives("Déclaration\n\nNous attendons avec intérêt la tenue du Forum régional de l'Union pour la Méditerranée le 27 novembre.\n")).toHaveLength(1);
  });

  it('does not count a step only supposed possible (« pourraient ainsi être pris à l’occasion du Sommet One Planet », "could be adopted")', () => {
    expect(initiatives('Déclaration\n\nDes engagements communs en matière de protection de la biodiversité pourraient ainsi être pris à l’occasion du Sommet One Planet de Marseille en janvier 2021.\n')).toEqual([]);
    expect(initiatives('Statement\n\nA joint action plan could be adopted at the next meeting of the ministers in March.\n')).toEqual([]);
  });
});

describe('a plan and the targets it serves (collect-37, tune half, issue 12)', () => {
  it('counts the lead-in "… to develop a comprehensive investment plan to achieve significant new targets … by:" and not its target bullets', () => {
    const text =
      'Release\n\nIndonesia will work, with support from international partners, to develop a comprehensive investment plan to achieve significant new targets and policies to reduce GHG emissions by:\n\n• Peaking total power sector emissions by 2030, shifting its projected emissions peak forward.\n\n• Capping power sector emissions at 290 megatons of CO2 in 2030.\n';
    expect(initiatives(text)).toEqual(['Indonesia will work, with support from international partners, to develop a comprehensive investment plan to achieve significant new targets and policies to reduce GHG emissions by:']);
  });
});

describe('steps planned, costs imposed, an invitation into the parties’ initiative, a body recalled as launched (tune misses, issue 12)', () => {
  it('counts "We plan to conduct the first round later this year" and « Les deux pays prévoient de tenir », not a plan to discuss', () => {
    expect(initiatives('Release\n\nWe plan to conduct the first round later this year.\n')).toHaveLength(1);
    expect(initiatives('Communiqué\n\nLes deux pays prévoient de tenir un premier cycle de consultations au printemps.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nWe plan to discuss these issues further.\n')).toEqual([]);
  });

  it('counts further economic costs imposed, not costs the authors only stand ready to impose', () => {
    expect(initiatives('Statement\n\nWe have imposed and will continue to impose further economic costs on Russia, including on individuals and entities.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nWe stand ready to impose further economic costs on Russia.\n')).toEqual([]);
  });

  it('counts a country invited to be a partner in a named initiative, not partners invited in general to join', () => {
    expect(initiatives('Readout\n\nThe United States invited Ecuador to be one of just 16 global partners in the Global Procurement Initiative.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nWe invite international partners to join the Climate Club.\n')).toEqual([]);
  });

  it('counts joint bodies recalled as launched by the participants, not a war a third party launched', () => {
    expect(initiatives('Readout\n\nThey reviewed progress on the three joint committees that President Biden and the Vice President launched at the Summit of the Americas.\n')).toHaveLength(1);
    expect(initiatives('Communiqué\n\nIls ont fait le point sur le partenariat que nous avons lancé en 2022.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nThey discussed the war that Russia launched against Ukraine.\n')).toEqual([]);
  });

  it('counts new projects announced and a Joint Press Release issued', () => {
    expect(initiatives('Statement\n\nThe participants announced new projects and new forms of collaboration in investments in key sectors.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nThe head of delegation of each country issued the following Joint Press Release of the Quad Senior Cyber Group.\n')).toHaveLength(1);
  });
});

describe('a family name that is also a portfolio word (uk-fcdo-west-north-korea-icbm-launch, tune half, issue 12)', () => {
  it('reads "Catherine West" whole, as speaker and participant, but not "West" before "Africa"', () => {
    const text = 'Statement\n\nFCDO Minister for the Indo-Pacific Catherine West said:\n\n“The UK condemns the latest launch by North Korea.”\n';
    expect(names(text)).toEqual(['Catherine West']);
    expect(quotes(text)[0]?.[0]).toBe('Catherine West');
    expect(names('Readout\n\nMinister Julie Bishop West Africa envoy met the President.\n')).toEqual(['Julie Bishop']);
  });
});

describe('a leader held to account and a guest to come are no participants (G7 and NATO texts, tune half, issue 12)', () => {
  it('leaves out "President Putin" in "We will hold President Putin and those responsible to account", not a minister met', () => {
    const text = 'Statement\n\nWe, the leaders of the G7, convened today with Ukraine’s President Volodymyr Zelenskyy. We will hold President Putin and those responsible to account.\n';
    expect(names(text)).toEqual(['Volodymyr Zelenskyy']);
    expect(names('Readout\n\nThe Secretary will hold talks with Foreign Minister Penny Wong in Canberra.\n')).toEqual(['Penny Wong']);
  });

  it('leaves out the one the speaker looks forward to welcoming to a meeting to come', () => {
    const text = 'Release\n\nNATO Secretary General Jens Stoltenberg met with Vice President Mike Pence. The Secretary General said he looked forward to welcoming President Trump to Brussels in May.\n';
    expect(names(text)).toEqual(['Jens Stoltenberg', 'Mike Pence']);
  });
});

describe('the signatories of an earlier text the statement recalls are no participants (Minsk Group co-chairs, tune half, issue 12)', () => {
  it('leaves out the presidents who signed « le communiqué conjoint du 1er octobre », keeps the ministers met', () => {
    const text =
      "Communiqué\n\nLes co-présidents ont rencontré à Washington le ministre des affaires étrangères d'Arménie Zohrab Mnatsakanyan. Les co-présidents ont également rappelé aux Parties le communiqué conjoint du 1er octobre du président américain, Donald J. Trump, du président français Emmanuel Macron et du président russe Vladimir Poutine.\n";
    expect(names(text)).toEqual(['Zohrab Mnatsakanyan']);
    expect(names('Statement\n\nRecalling the joint statement of 5 October, Foreign Minister Penny Wong met Foreign Minister Nguyen Van Linh today.\n')).toEqual(['Penny Wong', 'Nguyen Van Linh']);
  });
});

describe('a quotation whose opening mark was lost, before its attribution (Australian Defence and NATO releases, tune half, issue 12)', () => {
  it('quotes the paragraph up to ”, said Mr. X / ," Senator X said, with a later quotation of the same paragraph kept', () => {
    const nato = 'News\n\nSecretary General Jens Stoltenberg visited London.\n\nThe United Kingdom has long led by example in NATO,” said Mr. Stoltenberg at a joint press conference. He welcomed the UK’s contributions to the training mission in Afghanistan and its air policing over the Black Sea region. “I know that NATO can rely on the United Kingdom,” he said.\n';
    expect(quotes(nato)).toEqual([
      ['Jens Stoltenberg', 'The United Kingdom has long led by examp'],
      ['Jens Stoltenberg', 'I know that NATO can rely on the United '],
    ]);
    const hill = 'Release\n\nThe Minister for Defence, Senator Robert Hill, announced the deployment.\n\nThe Squadron is looking forward to continuing Navy’s close ties with the people of Christmas Island," Senator Hill said.\n';
    expect(quotes(hill)).toEqual([['Robert Hill', 'The Squadron is looking forward to conti']]);
  });

  it('does not quote words before a quoted term’s closing mark with no speech verb after it', () => {
    expect(quotes('Release\n\nThe Minister visited Seoul.\n\nThe talks covered what officials call the “Indo-Pacific,” and trade.\n')).toEqual([]);
  });
});

describe('a call on a party the statement condemns, whatever it asks (corpus annotations, tune half, issue 12)', () => {
  it('counts « ont exhorté la Russie à désamorcer les tensions » after a condemnation of Russia, not the same call alone', () => {
    const call = 'Les deux dirigeants ont exhorté la Russie à désamorcer les tensions et à trouver une solution diplomatique.';
    expect(condemned(`Communiqué\n\nLes deux dirigeants ont condamné l’agression de la Russie contre l’Ukraine. ${call}\n`)).toBe(2);
    expect(condemned(`Communiqué\n\nLes deux dirigeants se sont entretenus. ${call}\n`)).toBe(0);
  });

  it('does not take the party from a call, a weaker reading than a condemnation (then a call on its leaders to form a government is none)', () => {
    const text = 'Statement\n\nThe Group called on Lebanon to end the violence against protesters. The Group urged the leaders of Lebanon to form a government without delay.\n';
    expect(condemned(text)).toBe(1);
  });
});

describe('a named subject of a reported French speech verb in a readout (Élysée call readout, 2017, outside the corpus)', () => {
  it('counts « Emmanuel Macron a souligné » when the lead names him only as « Le Président de la République »', () => {
    const text =
      'Communiqué - Entretien avec Vladimir Poutine\n\nLe Président de la République s’est entretenu par téléphone avec Vladimir Poutine, Président de la Fédération de Russie. Sur la Syrie, Emmanuel Macron a souligné la nécessité d’avancer au plus vite.\n';
    expect(names(text)).toEqual(['Vladimir Poutine', 'Emmanuel Macron']);
    expect(names('Communiqué\n\nLe Président de la République s’est entretenu avec Vladimir Poutine. Le rapport d’Emmanuel Macron est paru.\n')).toEqual(['Vladimir Poutine']);
  });
});

describe('Japan MOFA phrasings read in a trilateral readout outside the corpus (Japan–Egypt–Jordan, Cairo, 2023)', () => {
  it('places a meeting that "was held … in Cairo, Egypt" when the lead has no other meeting verb', () => {
    const text =
      'Japan-Egypt-Jordan Trilateral Ministerial Consultations on the Middle East\n\nOn September 5, the Japan-Egypt-Jordan Trilateral Ministerial Consultations on the Middle East was held for the first time in Cairo, Egypt.\n';
    expect(extract(text).meeting.location).toBe('Cairo');
    expect(extract('Statement\n\nThe perpetrators must be held accountable in Cairo and elsewhere.\n').meeting.location).toBeNull();
  });

  it('reads "concurred to" as "agreed to", and "continue close communication" as keeping in touch', () => {
    expect(initiatives('Readout\n\nThe two Ministers concurred to hold the next Strategic Dialogue in Tokyo.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe two Ministers concurred to continue close communication between Japan and Morocco.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe two Ministers agreed to continue close communication.\n')).toEqual([]);
  });
});

describe('French commitments and calls of the Med7 declaration and the Beirut conference (collect-36, tune half, issue 12)', () => {
  it('counts « nous proposons de renouveler le partenariat », « nous convenons d’accélérer », « restons déterminés à faire respecter »', () => {
    expect(initiatives('Déclaration\n\nNous proposons de renouveler le partenariat méridional entre l’Union européenne et nos voisins du Sud.\n')).toHaveLength(1);
    expect(initiatives('Déclaration\n\nÀ la suite de la dernière réunion, nous convenons d’accélérer les travaux concernant les inscriptions sur la liste des sanctions.\n')).toHaveLength(1);
    expect(initiatives('Déclaration\n\nNous restons déterminés à faire respecter, notamment au moyen de l’opération Irini, l’embargo sur les armes.\n')).toHaveLength(1);
  });

  it('does not count a decision only to act (« ont décidé d’agir avec détermination »), nor goals « définies conjointement » with no occasion', () => {
    expect(initiatives('Communiqué\n\nLes participants ont décidé d’agir avec détermination afin d’aider Beyrouth.\n')).toEqual([]);
    expect(initiatives('Déclaration\n\nLe partenariat doit s’appuyer sur des coopérations concrètes définies conjointement avec nos partenaires du Sud.\n')).toEqual([]);
    expect(initiatives('Communiqué\n\nL’agenda défini conjointement lors du Conseil des ministres sera mis en œuvre.\n')).toHaveLength(1);
  });

  it('reads « Nous engageons vivement toutes les parties à convenir d’un cessez-le-feu » as a call, « nous nous engageons à » as a commitment', () => {
    expect(condemned('Déclaration\n\nNous engageons vivement toutes les parties à convenir d’un cessez-le-feu.\n')).toBe(1);
    expect(condemned('Déclaration\n\nNous nous engageons à respecter le cessez-le-feu.\n')).toBe(0);
  });
});

describe('the authors a joint statement’s title names, over a body in the first person plural (White House and GAC joint statements, issue 12)', () => {
  it('takes "Joint Statement by President Biden and President von der Leyen" over "we established …"', () => {
    const text = 'Joint Statement by President Biden and President von der Leyen on European Energy Security\n\nTo meet the challenge, we established on 25 March 2022 the Task Force on European Energy Security.\n';
    expect(names(text).sort()).toEqual(['Biden', 'von der Leyen']);
  });

  // They issued the text, so they are participants (corpus rules) whatever person the body speaks in; this once
  // required a first-person body, until White House and EEAS statements showed issuers named only in the title.
  it('also over a body that speaks in the third person, but not from a title that names no issuer', () => {
    expect(names('Joint Statement by President Biden and President von der Leyen\n\nThe Task Force was established in March.\n').sort()).toEqual(['Biden', 'von der Leyen']);
    expect(names('Statement on talks between President Biden and President von der Leyen\n\nWe welcome the talks.\n')).toEqual([]);
  });
});

describe('a body recalled as set up, a meeting reconvened, a joint launch (Biden–von der Leyen, collect-38, tune half, issue 12)', () => {
  it('counts "we established on 25 March 2022 the Task Force", "we will reconvene with Member States", "the joint launch with 11 other countries of the … Pathway"', () => {
    expect(initiatives('Statement\n\nTo meet the challenge, we established on 25 March 2022 the Task Force on European Energy Security.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nIn the coming days we will reconvene with Member States and stakeholders to discuss recommendations.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nMost recently, the joint launch with 11 other countries of the Global Methane Pledge Energy Pathway will advance this work.\n')).toHaveLength(1);
  });

  it('does not count what others set up, nor a launch of a missile', () => {
    expect(initiatives('Statement\n\nThey noted that the Council established the Task Force in 2019 on its own.\n')).toEqual([]);
    expect(initiatives('Statement\n\nWe condemn the launch with no warning of the Hwasong missile.\n')).toEqual([]);
  });
});

describe('quotations of a scanned Australian release (McMullan, collect-38, tune half, issue 12)', () => {
  const release =
    'Agreement\n\nThe Acting Minister for Foreign Affairs, Senator Bob McMullan, welcomed the signature of the agreement.\n\n"The agreement demonstrates that peace is taking root," Senator McMullan said.\n\n"For Israelis and Palestinians , the peace process now appears irreversible.  ",\n\n"As well as transferring civilian powers, the agreement provides for the phased redeployment.\n\n"This would pave the way for Palestinian elections."\n\nSenator McMullan said the original Oslo Accords had been the catalyst for negotiations.\n\n"I hope this agreement will prove a similar stimulus to bilateral negotiations."\n';

  it('closes a straight mark before a comma even with a space before it, so the next block is a quotation of its own', () => {
    expect(quotes(release).map(([, text]) => text?.slice(0, 20))).toEqual(['The agreement demons', 'For Israelis and Pal', 'As well as transferr', 'I hope this agreemen']);
  });

  it('gives a quotation with no attribution to the speaker of the reported speech that opens the paragraph before it', () => {
    expect(quotes(release).at(-1)?.[0]).toBe('Bob McMullan');
    expect(quotes('Release\n\nThe Minister met Senator Bob McMullan.\n\nThe report said the accords were a catalyst.\n\n"I hope this will help."\n')).toEqual([]);
  });
});

describe('a signing of others that the authors welcome reports no meeting of theirs (McMullan, collect-38, tune half, issue 12)', () => {
  it('gives no date or place for "welcomed the signature in Washington today of the agreement between Israel and the PLO"', () => {
    const text =
      'Agreement\n\nMT162 29 September 1995\n\nThe Acting Minister for Foreign Affairs, Senator Bob McMullan, warmly welcomed the signature in Washington today of the agreement between Israel and the PLO.\n';
    expect(extract(text).meeting).toMatchObject({ date: null, location: null });
  });

  it('still dates and places a signing the authors take part in', () => {
    const text = 'Release\n\nThe two ministers signed in Washington on 29 September 1995 an agreement between their two countries.\n';
    expect(extract(text).meeting).toMatchObject({ date: '1995-09-29', location: 'Washington' });
  });
});

describe('meeting facts the mutation run showed wrong (docs/mutation-survivors.md, issue 18)', () => {
  it('places a meeting "in The Hague" and « à La Haye » (a city whose name has an article)', () => {
    expect(extract('Ministers meet\n\nThe ministers met in The Hague on 3 May 2025 to discuss the court.\n').meeting.location).toBe('The Hague');
    expect(extract('Réunion\n\nLes ministres se sont réunis à La Haye le 3 mai 2025.\n').meeting.location).toBe('The Hague');
    expect(extract('Visite\n\nLe secrétaire général se rendra à Malte le 26 avril 2017 pour la réunion des ministres, qui se tiendra à La Valette.\n').meeting.location).toBe('Valletta');
  });

  it('leaves a weekday written after the city out of the place ("in Rabat Thursday")', () => {
    expect(extract('Secretary Lund meets Foreign Minister Alami\n\nSecretary Lund met Foreign Minister Alami in Rabat Thursday to discuss trade.\n').meeting.location).toBe('Rabat');
  });

  it('dates a meeting by a numeric date right before the sentence’s full stop ("on 10/14/2021.")', () => {
    expect(extract('Secretary Lund meets Foreign Minister Alami\n\nSecretary Lund met Foreign Minister Alami in Washington on 10/14/2021.\n\nThey discussed trade.\n').meeting.date).toBe('2021-10-14');
    expect(extract('Readout\n\nSecretary Lund met Foreign Minister Alami in Washington on version 10/14/2021.5 of the plan.\n').meeting.date).toBeNull();
  });
});

describe('dateline cities the mutation run showed cut or refused (docs/mutation-survivors.md, issue 18)', () => {
  it('keeps a French city’s article (« La Rochelle ») and a place with an elided particle (« Cortina d’Ampezzo »)', () => {
    expect(extract('Foreign ministers meet\n\nLa Rochelle, 12 mai 2025\n\nLes ministres se sont réunis pour discuter de la pêche.\n').meeting.location).toBe('La Rochelle');
    expect(extract('Foreign ministers meet\n\nCortina d’Ampezzo, 10 February 2026\n\nThe ministers of Canada and Italy met to discuss the Winter Games.\n').meeting.location).toBe('Cortina d’Ampezzo');
  });
});

describe('a quotation left open at the end of a release’s lead is not the release’s own voice (docs/mutation-survivors.md, issue 18)', () => {
  it('reads a media release whose lead opens a quotation that runs into the next paragraph as a news release', () => {
    const text = 'Minister Joly in Peru\n\nMedia release\n\nMinister Joly said in Lima today: “We are proud to help Peru, and we will do more to support its people.\n\nThis is only the beginning.”\n';
    expect(extract(text).meeting.kind).toBe('news-release');
  });
});

describe('NATO news items outside the corpus (ministerial meetings of 2011 and 2016, nato.int)', () => {
  it('places "two days of meetings in Brussels" and counts "approved a series of more than 40 measures"', () => {
    const text =
      'NATO and the EU deepen ties as ministerial meeting wraps up\n\nNATO foreign ministers concluded two days of meetings in Brussels on Wednesday (7 December 2016), during which they made progress on a number of key issues. Allies approved a series of more than 40 measures to advance how the two organisations work together.\n';
    expect(extract(text).meeting.location).toBe('Brussels');
    expect(initiatives(text)).toHaveLength(1);
  });

  it('counts "endorsed today a new policy", not a meeting recalled as "his meetings"', () => {
    expect(initiatives('Foreign Ministers endorse new Partnership Policy\n\nNATO Foreign Ministers endorsed today a new policy that will make engagement with partners more efficient.\n')).toHaveLength(1);
    const trip =
      'Minister to travel\n\nDecember 15, 2017 – Ottawa – National Defence\n\nThe Minister will travel to Jordan from December 15 - 19, where he will meet with deployed personnel.\n\nFollowing his meetings in the Middle East, the Minister will travel to London on December 20.\n';
    expect(extract(trip).meeting.date).toBe('2017-12-15');
  });
});

describe('a double office with "Alternate" (a State Department readout outside the corpus, 2021)', () => {
  it('titles "Israeli Foreign Minister and Alternate Prime Minister Yair Lapid" whole, with his country', () => {
    const text = 'Readout\n\nSecretary Blinken met today with Israeli Foreign Minister and Alternate Prime Minister Yair Lapid, whom he welcomed to Washington.\n';
    const lapid = extract(text).participants.find((p) => p.name === 'Yair Lapid');
    expect(lapid).toMatchObject({ title: 'Foreign Minister and Alternate Prime Minister', country: 'Israel' });
  });
});

describe('a traveller named without a title the finder can read (a State Department media note outside the corpus, 2024)', () => {
  it('takes "… Human Rights Uzra Zeya will travel to Kingston" as a participant', () => {
    const text =
      'Under Secretary Zeya’s Travel to Jamaica and Belize\n\nMedia Note\n\nUnder Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya will travel to Kingston, Jamaica, and Belmopan, Belize from February 19-23, 2024.\n';
    expect(names(text)).toEqual(['Uzra Zeya']);
    expect(names('Note\n\nThe exhibition honours Uzra Zeya, whose work is shown in Kingston.\n')).toEqual([]);
  });
});

describe('the home country is not guessed from a list of topics (a State Department readout outside the corpus, 2021)', () => {
  it('gives "Secretary Blinken" the United States, not Iran from "issues, including Iran, Syria, and the People’s Republic of China"', () => {
    const text =
      'Secretary Blinken’s Meeting with Israeli Foreign Minister Lapid\n\nSecretary Blinken met today with Israeli Foreign Minister and Alternate Prime Minister Yair Lapid. The Secretary and the Foreign Minister discussed a range of issues, including Iran, Syria, and the People’s Republic of China. The Secretary also underscored the ironclad U.S. commitment to Israel’s security.\n';
    expect(extract(text).participants.find((p) => p.name === 'Blinken')?.country).toBe('United States');
  });
});

describe('Australian ministers named with "Mr" and "MP" (DFAT releases, 2002 and 2006)', () => {
  const participants = (text: string) => extract(text).participants.map((p) => [p.name, p.title, p.country]);

  it('reads "Mr Alexander Downer, MP, Australian Minister for Foreign Affairs" as a name with its title after the post-nominal', () => {
    expect(participants('Joint press release\n\nMr Alexander Downer, MP, Australian Minister for Foreign Affairs, and Dr Hassan Wirajuda, Indonesian Minister of Foreign Affairs, urged the international community to work cooperatively.\n')).toEqual([
      ['Alexander Downer', 'Minister for Foreign Affairs', 'Australia'],
      ['Hassan Wirajuda', 'Minister of Foreign Affairs', 'Indonesia'],
    ]);
  });

  it('ends a title before the "and" that joins the next person ("… of Foreign Affairs and His Excellency …")', () => {
    expect(participants('Joint press release\n\nDr Hassan Wirajuda, Indonesian Minister of Foreign Affairs and His Excellency Abdul Rahim Karimi, Afghanistan Minister for Justice, urged the international community to act.\n')).toEqual([
      ['Hassan Wirajuda', 'Minister of Foreign Affairs', 'Indonesia'],
      ['Abdul Rahim Karimi', 'Minister for Justice', 'Afghanistan'],
    ]);
  });

  it('takes "Mr Downer attended the … Meeting" as a participant under the surname the text gives', () => {
    expect(names('Mr Downer’s Attendance at Trilateral Ministerial Meeting in Dili\n\nMr Downer attended the third Australia-Indonesia-East Timor Trilateral Ministerial Meeting in Dili on 4 September.\n')).toEqual(['Downer']);
  });

  it('does not take a surname after "Mr" that only speaks, nor one whose full name the text gives', () => {
    expect(names('Statement\n\nMr Downer said the meeting had been useful.\n')).toEqual([]);
    expect(names('Release\n\nForeign Minister Alexander Downer met Indonesian officials in Jakarta. Mr Downer attended the dinner.\n')).toEqual(['Alexander Downer']);
  });
});

describe('"agreed to" with nothing countable after it (Indian, Pakistani and UK readouts outside the corpus, 2013–2019)', () => {
  it.each([
    'The two sides reviewed the state of bilateral relationship and agreed to intensify the engagements in the coming weeks and months to further expand and deepen bilateral cooperation in all areas.',
    'They also discussed regional developments, and agreed to pursue their quest for a free, open, inclusive, peaceful and prosperous Indo-Pacific.',
    'The two sides agreed to carry forward these discussions.',
    'They agreed to continue standing side by side to uphold international norms and the rules which keep us safe.',
  ])('is no initiative: %s', (sentence) => {
    expect(initiatives(`Readout\n\n${sentence}\n`)).toEqual([]);
  });

  it.each([
    'To that end, the leaders agreed to meet in person in the near future.',
    'Secretary Carter and Minister Le Drian agreed to discuss the attack and the response next week in Washington.',
    'Ministers agreed to develop common principles for the protection of undersea cables.',
    'The ministers agreed to hold the next Joint Commission in Ottawa.',
    'They agreed to work closely in developing those arrangements.',
    'The ministers agreed to:',
  ])('still counts a meeting, a date, a common text or an instrument: %s', (sentence) => {
    const text = sentence.endsWith(':') ? `Readout\n\n${sentence}\n\n- Hold a joint exercise in 2026.\n` : `Readout\n\n${sentence}\n`;
    expect(initiatives(text)).toHaveLength(1);
  });
});

describe('the meeting is not placed at an event to come (White House and NATO texts outside the corpus)', () => {
  const meeting = (text: string) => extract(text).meeting;

  it('places a call nowhere when only its title says it was a call, not at the talks it announces', () => {
    const text =
      'Readout of President Donald J. Trump’s Call with President Vladimir Putin of the Russian Federation\n\nPresident Donald J. Trump of the United States and President Vladimir Putin of the Russian Federation spoke today regarding Syria. The United States will be sending a representative to the cease-fire talks in Astana, Kazakhstan on May 3-4.\n';
    expect(meeting(text).location).toBeNull();
  });

  it('does not take the place of « sommet de l’OTAN qui aura lieu à Washington » for today’s talks', () => {
    const text =
      'Déclaration commune\n\n« Au cours de notre entretien d’aujourd’hui, nous avons parlé du fait que l’OTAN demeurait importante pour la sécurité des États-Unis et avons convenu de voir comment renforcer encore notre coopération, notamment au sommet de l’OTAN qui aura lieu à Washington.\n';
    expect(meeting(text).location).toBeNull();
  });

  it('still places a visit it announces at the meeting « qui se tiendra à La Valette »', () => {
    const text =
      "Participation du secrétaire général de l'OTAN à la réunion informelle des ministres de la Défense\n\nLe secrétaire général de l’OTAN, M. Jens Stoltenberg, effectuera une visite à Malte les 26 et 27 avril 2017 pour y participer à la réunion informelle des ministres de la Défense des pays de l'Union européenne, qui se tiendra à La Valette.\n";
    expect(meeting(text)).toMatchObject({ date: '2017-04-26', location: 'Valletta' });
  });
});

describe('who signed an instrument already announced (State Department media notes, Qatar MOFA)', () => {
  const palau =
    'The United States of America and the Republic of Palau Sign Memorandum of Understanding\n\nToday, the Government of the United States of America and the Government of the Republic of Palau signed a Memorandum of Understanding affirming our close and continuing partnership.\n\nSpecial Presidential Envoy for Compact Negotiations Joseph Yun signed the Memorandum for the United States and Minister of Finance Kaleb Udui, Jr. signed for the Republic of Palau.\n\nThe Memorandum of Understanding was signed as part of ongoing Compact related negotiations and confirms our shared vision for a strengthened and lasting partnership.\n';

  it('is the same signing, not a second initiative; the negotiations it belongs to are one', () => {
    expect(initiatives(palau).map((text) => text.slice(0, 60))).toEqual([
      'Today, the Government of the United States of America and th',
      'The Memorandum of Understanding was signed as part of ongoin',
    ]);
  });

  it('reads « the MoU was signed by » after the signing as the same signing', () => {
    const text =
      'Minister meets Minister of Honduras\n\nFollowing the meeting, a memorandum of understanding (MoU) to establish a mechanism for political consultation between the Ministries of Foreign Affairs of the two countries was signed.\n\nOn the Qatari side, the MoU was signed by HE Minister of State for Foreign Affairs Sultan bin Saad Al Muraikhi, and on the Honduran side, it was signed by HE Minister of Foreign Affairs Eduardo Enrique Reina.\n';
    expect(initiatives(text)).toHaveLength(1);
  });

  it('still counts a signing when nothing was announced before it', () => {
    expect(initiatives('Release\n\nThe Minister signed the Memorandum for Canada and the Ambassador signed for the Republic of Chile.\n')).toHaveLength(1);
  });
});

describe('people the text only speaks about (Mexican, NATO texts outside the corpus)', () => {
  it('leaves out leaders named as the administrations behind a dialogue', () => {
    expect(names('Readout\n\nSecretary Kerry met Foreign Secretary Ruiz Massieu. The dialogue is a joint effort of the administrations of President Enrique Peña Nieto and President Barack Obama.\n')).toEqual(['Kerry', 'Ruiz Massieu']);
  });

  it('leaves out the leader a message is sent to (« un message clair et ferme au président Poutine »)', () => {
    expect(names('Déclaration commune\n\nNous avons souligné qu’il était important d’envoyer un message clair et ferme au président Poutine pour lui faire comprendre qu’il ne gagnera pas sa guerre.\n')).toEqual([]);
  });

  it('leaves out ministers met at an earlier occasion told in the pluperfect (« s’était entretenu avec »)', () => {
    const text =
      'Le secrétaire général rencontre le premier ministre britannique\n\nLe secrétaire général de l’OTAN, Jens Stoltenberg, s’est entretenu avec le premier ministre britannique, Boris Johnson. Lundi, le secrétaire général avait prononcé un discours et s’était entretenu avec le ministre des Affaires étrangères, Dominic Raab, et le ministre de la Défense, Ben Wallace.\n';
    expect(names(text)).toEqual(['Jens Stoltenberg', 'Boris Johnson']);
  });
});

describe('names the finder did not read (No 10 and Qatar MOFA texts outside the corpus)', () => {
  it('reads "Prime Minister May thanked …" as the surname May, and still reads "May 5" as a date', () => {
    expect(names('PM meeting with Canadian Prime Minister: 18 April 2018\n\nPrime Minister May thanked Prime Minister Trudeau for Canada’s strong support.\n')).toEqual(['May', 'Trudeau']);
    expect(names('Statement\n\nThe Prime Minister May 5 statement was issued.\n')).toEqual([]);
  });

  it('reads "HE Sultan bin Saad Al Muraikhi" as one name after the honorific "HE", with the office before it', () => {
    const participants = extract('Minister meets Minister of Honduras\n\nMinister of State for Foreign Affairs HE Sultan bin Saad Al Muraikhi met on Monday with the Minister of Foreign Affairs of Honduras HE Eduardo Enrique Reina.\n').participants;
    expect(participants.map((p) => [p.name, p.title])).toEqual([
      ['Sultan bin Saad Al Muraikhi', 'Minister of State for Foreign Affairs'],
      ['Eduardo Enrique Reina', 'Minister of Foreign Affairs of Honduras'],
    ]);
  });

  it('keeps "Crown Prince Mohammed bin Salman" titled as before', () => {
    expect(extract('Readout\n\nCrown Prince Mohammed bin Salman met President Biden.\n').participants.map((p) => p.name)).toEqual(['Mohammed bin Salman', 'Biden']);
  });
});

describe('a meeting to come in other words (GAC, Pakistani embassy and White House texts outside the corpus)', () => {
  it.each([
    'Minister Joly and Premier Tagelagi both stated that they look forward to their next encounter.',
    'President Obama will welcome the Prime Minister to the White House on October 23.',
    'The United States will be sending a representative to the cease-fire talks in Astana, Kazakhstan on May 3-4.',
  ])('counts %s', (sentence) => {
    expect(initiatives(`Readout\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it('does not count a welcome without a date or a delegation sent to no meeting', () => {
    expect(initiatives('Readout\n\nThe President will welcome the decision of the Council.\n\nCanada will send a team to assess the damage.\n')).toEqual([]);
  });
});

describe('a joint declaration whose body is one quotation in the first person plural (NATO, outside the corpus, 2024)', () => {
  const text =
    'Déclaration commune du secrétaire général de l’OTAN, Jens Stoltenberg, et du président de la Chambre des représentants des États-Unis, Mike Johnson\n\n« Au cours de notre entretien d’aujourd’hui, nous avons parlé du fait que l’OTAN demeurait importante pour la sécurité des États-Unis.\n\nEnsemble, les pays de l’Alliance représentent la moitié de l’économie et de la puissance militaire mondiales. »\n';

  it('takes the two authors the title names as participants', () => {
    expect(names(text)).toEqual(['Jens Stoltenberg', 'Mike Johnson']);
  });

  it('gives the quotation to the first author, flagged for the officer to check', () => {
    const [quote] = extract(text).quotes;
    expect(extract(text).quotes).toHaveLength(1);
    expect(quote?.speaker).toBe('Jens Stoltenberg');
    expect(quote?.confidence).toBeLessThan(0.6);
  });
});

describe('a call to stop with "do all they can to" between (White House readout outside the corpus, 2017)', () => {
  it('counts "all parties must do all they can to end the violence" as a condemnation', () => {
    expect(condemned('Readout\n\nPresident Trump and President Putin agreed that the suffering in Syria has gone on for far too long and that all parties must do all they can to end the violence.\n')).toBe(1);
  });
});

describe('diplomatic ranks the title finder did not know (India MEA and State Department texts outside the corpus)', () => {
  const participants = (text: string) => extract(text).participants.map((p) => [p.name, p.title]);

  it('reads "Shri Gourangalal Das, Joint Secretary in Ministry of External Affairs" and the second head of delegation after "and"', () => {
    expect(participants('India-US hold a round of bilateral 2+2 intersessional\n\nThe Indian delegation was led jointly by Shri Gourangalal Das, Joint Secretary in Ministry of External Affairs and Shri V. Anandarajan, Joint Secretary in Ministry of Defence.\n')).toEqual([
      ['Gourangalal Das', 'Joint Secretary in Ministry of External Affairs'],
      ['V. Anandarajan', 'Joint Secretary in Ministry of Defence'],
    ]);
  });

  it('reads "Deputy Chief of Mission Jackson T. Soram" as an office and a name', () => {
    expect(participants('Memorandum signed\n\nDeputy Chief of Mission Jackson T. Soram signed for Micronesia.\n')).toEqual([['Jackson T. Soram', 'Deputy Chief of Mission']]);
  });
});

describe('a courtesy call on a head of government is a meeting (Pakistani embassy release outside the corpus, 2013)', () => {
  it('places "called on the Prime Minister … on the sidelines of the UNGA in New York" in New York', () => {
    expect(extract('US Secretary of State Calls on Prime Minister\n\nThe US Secretary of State, John F. Kerry called on the Prime Minister Muhammad Nawaz Sharif on the sidelines of the UNGA in New York.\n').meeting.location).toBe('New York');
  });

  it('does not read "called on the President to release …" as a meeting', () => {
    expect(extract('Statement\n\nCanada called on the President to release the prisoners held in Minsk.\n').meeting).toMatchObject({ date: null, location: null });
  });
});

describe('a call on a third party with "should" (No 10 readout, 2024)', () => {
  it('counts "agreed that Hamas should accept the deal and release the hostages", as "must" would be', () => {
    expect(condemned('Readout\n\nThey discussed the situation in the Middle East and agreed that Hamas should accept the deal and release the hostages.\n')).toBe(1);
    expect(condemned('Readout\n\nThey agreed that Hamas should accept the deal.\n')).toBe(1);
  });

  it('does not count what the parties say they themselves should do', () => {
    expect(condemned('Readout\n\nThe leaders agreed that their teams should meet again next month.\n')).toBe(0);
  });
});

describe('condemnations in other words (No 10, GAC, Japan MOFA and Belgian texts outside the corpus, round 2)', () => {
  it.each([
    'They agreed that Russia and others with influence over the Syrian regime must act now to cease their campaign of violence and to protect civilians.',
    'They also discussed the humanitarian situation in Gaza, including the urgent need for humanitarian aid to flow unobstructed, for Hamas to lay down its arms and for the hostages to be returned.',
    'It was important they used all the leverage they had to ensure North Korea stopped conducting these illegal acts.',
    'Mr. Aso also mentioned that North Korea had violated the moratorium of the Pyongyang Declaration.',
    'Il a exprimé sa forte préoccupation au sujet de la situation politique et sécuritaire au Burundi.',
  ])('counts %s', (sentence) => {
    expect(condemned(`Readout\n\n${sentence}\n`)).toBe(1);
  });

  it.each([
    'We must work together to end poverty.',
    'We will ensure the programme ends the year in surplus.',
    'In response, Secretary Clinton said that the United States greatly appreciated the statement by the Government of Japan condemning North Korea’s provocative act.',
    'The minister welcomed the EU statement condemning the attack.',
  ])('does not count %s', (sentence) => {
    expect(condemned(`Readout\n\n${sentence}\n`)).toBe(0);
  });
});

describe('initiatives in other words (FCO, GAC and France Diplomatie texts outside the corpus, round 2)', () => {
  it.each([
    'The Council agreed today to sanction 16 individuals.',
    'What the Foreign Affairs Council will be agreeing today is that 16 named individuals will be sanctioned, their movements will be restricted, their assets will be frozen.',
    "Minister Anand invited Secretary Rubio to the G7 Foreign Ministers' Meeting which will take place in Ontario this Autumn.",
    'Ils ont réaffirmé leur détermination à promouvoir l’initiative conjointe sur l’encadrement du veto en cas d’atrocités de masse.',
  ])('counts %s', (sentence) => {
    expect(initiatives(`Readout\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it('does not count an invitation to something that is no meeting', () => {
    expect(initiatives('Readout\n\nThe minister invited them to the reception.\n')).toEqual([]);
  });
});

describe('people of other talks the text reports (Japan MOFA readout outside the corpus, 2010)', () => {
  it('leaves out those of "the exchanges of views in telephone talks on November 24 between …"', () => {
    const text =
      "Japan-U.S. Foreign Ministers' Telephone Talks\n\nOn November 25, from 8:30 a.m., Mr. Seiji Maehara, Minister for Foreign Affairs, held telephone talks with Secretary of State Hillary Rodham Clinton. Then, Minister Maehara explained to Secretary Clinton on the exchanges of views in telephone talks on November 24 between Prime Minister Naoto Kan and ROK President Lee Myung-bak as well as between Minister Maehara and ROK Foreign Affairs and Trade Minister Kim Sung-hwan.\n";
    expect(names(text)).toEqual(['Seiji Maehara', 'Hillary Rodham Clinton']);
  });
});

describe('a full name without a title as the subject, with "today" before the verb (No 10, outside the corpus, 2017)', () => {
  it.each([
    ['Theresa May today spoke with President Trump to discuss North Korea’s most recent missile tests.', ['Theresa May', 'Trump']],
    ['Emmanuel Macron today met with Prime Minister Justin Trudeau in Paris.', ['Emmanuel Macron', 'Justin Trudeau']],
  ])('takes both people of %s', (sentence, expected) => {
    expect(names(`PM call\n\n${sentence}\n`)).toEqual(expected);
  });
});

describe('a rejection and a call for withdrawal in other words (EU declarations outside the corpus, 2014)', () => {
  it.each([
    'The EU considers the holding of "presidential and parliamentary elections" in Donetsk and Luhansk as illegal and illegitimate and will not recognise them.',
    "It once again underlines the Russian Federation's responsibility in this context and calls in particular for a withdrawal of illegal and foreign forces.",
  ])('counts %s', (sentence) => {
    expect(condemned(`Declaration\n\n${sentence}\n`)).toBe(1);
  });
});

describe('a quotation after ", saying" goes to the subject named by title (NATO release outside the corpus, 2021)', () => {
  it('gives “a unique opportunity …” to the Secretary General who praised Secretary Blinken, not to Blinken', () => {
    const text =
      'NATO Secretary General meets US Secretary of State\n\nNATO Secretary General Jens Stoltenberg met with US Secretary of State Antony Blinken on Tuesday. The Secretary General praised Secretary Blinken’s strong personal commitment to NATO, saying we now have “a unique opportunity to start a new chapter in the transatlantic relationship”.\n';
    expect(quotes(text)).toEqual([['Jens Stoltenberg', 'a unique opportunity to start a new chap']]);
  });
});

describe('agreed in French in other words: « se sont entendus sur » (French–Swiss declaration outside the corpus, 2003)', () => {
  it.each([
    "Ils se sont en outre entendus sur le principe d'une participation de la France aux frais de sécurité du Sommet.",
    'Nous nous sommes entendus pour lancer un groupe de travail sur la mobilité des jeunes.',
  ])('counts %s', (sentence) => {
    expect(initiatives(`Déclaration conjointe\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it('does not count an agreement on a need', () => {
    expect(initiatives("Déclaration conjointe\n\nIls se sont entendus sur la nécessité d'un dialogue régional.\n")).toEqual([]);
  });
});

describe('the first line that describes an untitled document dates it (vie-publique.fr; a French–Swiss declaration outside the corpus, 2003)', () => {
  const meeting = (text: string) => extract(text).meeting;

  it('dates and places a joint declaration from « …, Paris le 28 février 2003. », not from the summit it prepares (« Sommet d’Evian (1er-3 juin 2003) »)', () => {
    const text =
      "Déclaration conjointe de M. Dominique de Villepin, ministre des affaires étrangères, et de Mme Micheline Calmy-Rey, cheffe du département des affaires étrangères de la Confédération suisse, sur la préparation du Sommet du G8 à Evian, Paris le 28 février 2003.\n\nLes deux ministres des Affaires étrangères ont souligné leur volonté de coopérer en vue d'assurer le bon déroulement du Sommet d'Evian (1er-3 juin 2003), dans un esprit d'ouverture et de dialogue avec tous.\n\nLes deux ministres ont passé en revue l'état de préparation du Sommet sous ses différents aspects. Ils se sont en outre entendus sur le principe d'une participation de la France aux frais de sécurité.\n";
    expect(meeting(text)).toMatchObject({ date: '2003-02-28', location: 'Paris', kind: 'joint-statement' });
  });

  it('gives « ce matin » the date of « en date du 3 mars 2021 »', () => {
    const text =
      "Communiqué de la Présidence de la République, en date du 3 mars 2021, sur les relations entre la France et la Finlande.\n\nLe président de la République s'est entretenu ce matin par téléphone avec le président de la République de Finlande.\n";
    expect(meeting(text).date).toBe('2021-03-03');
  });
});

describe('horror at an act is a cue, as "appalled at" (Belgian readout outside the corpus, 2017)', () => {
  it.each([
    "Les deux ministres ont fait part de l'horreur que leur inspirait l'attaque qui a fait de nombreuses victimes hier à Manhattan.",
    'The Prime Minister said he was horrified by the attack on the embassy.',
    'Les ministres se sont dits horrifiés par les frappes contre des civils.',
  ])('counts %s', (sentence) => {
    expect(condemned(`Readout\n\n${sentence}\n`)).toBe(1);
  });
});

describe('the authors a title line names (White House statements outside the corpus, fifth round)', () => {
  it('takes the leaders of "Joint Statement on … from …", its subject first', () => {
    const text =
      'Joint Statement on F-16s for Ukraine from U.S. President Joseph R. Biden, Dutch Prime Minister Dick Schoof, and Danish Prime Minister Mette Frederiksen\n\nToday, we are announcing that the transfer of F-16 fighter jets is underway.\n';
    expect(names(text)).toEqual(['Joseph R. Biden', 'Dick Schoof', 'Mette Frederiksen']);
  });

  it('takes the author of "Statement by …" whose body does not speak in the first person', () => {
    const text =
      "Statement by National Security Advisor Jake Sullivan on Iran's Missile and Drone Attacks in Northern Iraq\n\nThe United States strongly condemns Iran's missile and drone attacks against the Kurdistan Region of Iraq.\n";
    expect(names(text)).toEqual(['Jake Sullivan']);
  });

  it('does not take a spokesperson who issues the statement', () => {
    const text = 'Statement by NSC Spokesperson Adam Hodge on the Launch\n\nThe United States strongly condemns the launch.\n';
    expect(names(text)).toEqual([]);
  });
});

describe('a French office closed by an adjective before the name (Togolese, Swiss and US-embassy texts outside the corpus, fourth round)', () => {
  it.each([
    ['Le ministre Robert Dussey s’est entretenu jeudi à Washington avec le secrétaire d’Etat américain Rex Tillerson.', 'Rex Tillerson', 'secrétaire d’Etat américain', 'United States'],
    ['Le président Donald J. Trump s’est entretenu aujourd’hui avec le président de la République française Emmanuel Macron.', 'Emmanuel Macron', 'président de la République française', 'France'],
    ['Le conseiller fédéral Ignazio Cassis a rencontré le président du Conseil d’État genevois Antonio Hodgers.', 'Antonio Hodgers', 'président du Conseil d’État genevois', null],
  ])('takes the counterpart of %s', (sentence, name, title, country) => {
    const found = extract(`Compte rendu\n\n${sentence}\n`).participants.find((p) => p.name === name);
    expect(found?.title).toBe(title);
    if (country) expect(found?.country).toBe(country);
  });
});

describe('initiatives in other words (White House and Swiss texts outside the corpus, fourth and fifth rounds)', () => {
  it.each([
    'Following discussions ahead of the NATO Summit, the governments of the United States and Germany released the following joint statement:',
    'Mr. Sullivan and Sheikh Tahnoon pledged to intensify cooperation under the Partnership for Global Infrastructure and Investment (PGII).',
    'The leaders looked forward to further discussions at the G-7 Summit and NATO Summit in June.',
    "The national security advisors look forward to the trilateral leaders' summit to be hosted by President Biden at Camp David.",
    'To that end, both sides established a range of workstreams to bolster nuclear deterrence on the Korean Peninsula.',
    "Le conseiller fédéral Ignazio Cassis a signé avec le président du Conseil d’État genevois Antonio Hodgers et le Conseiller administratif de la ville de Genève Sami Kanaan une déclaration commune.",
  ])('counts %s', (sentence) => {
    expect(initiatives(`Joint readout\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it.each([
    'The leaders looked forward to working together in the future.',
    'They noted that the Council established the Task Force in 2019 on its own.',
    'The Minister signed the guest book at the memorial before meeting his counterpart, and later attended a dinner where an agreement on other matters was discussed.',
  ])('does not count %s', (sentence) => {
    expect(initiatives(`Joint readout\n\n${sentence}\n`)).toEqual([]);
  });
});

describe('calls and condemnations in other words (White House and DFAT texts outside the corpus, fifth round)', () => {
  it.each([
    'It is imperative that all parties bring an end to this violence.',
    '“Laurent Gbagbo needs to step aside immediately,” said Mr Rudd.',
    "Its flagrant use of missiles and drones against its neighbors should be universally condemned.",
  ])('counts %s', (sentence) => {
    expect(condemned(`Statement\n\n${sentence}\n`)).toBe(1);
  });

  it.each(['We need to stop and think about the next steps.', 'It is essential that the two countries continue their dialogue.'])('does not count %s', (sentence) => {
    expect(condemned(`Statement\n\n${sentence}\n`)).toBe(0);
  });
});

describe('a place written with its country and no comma (White House readout outside the corpus, 2023)', () => {
  it('gives "Tokyo" for "in Tokyo Japan", and keeps a city whose name is not a country', () => {
    expect(extract('Readout\n\nOn June 15, 2023 in Tokyo Japan, National Security Advisor Jake Sullivan met with Akiba Takeo.\n').meeting.location).toBe('Tokyo');
    expect(extract('Readout\n\nThe ministers met in Port Moresby Papua New Guinea on 3 May 2024.\n').meeting.location).toBe('Port Moresby');
    expect(extract('Readout\n\nThe ministers met in Mexico City on 3 May 2024.\n').meeting.location).toBe('Mexico City');
  });
});

describe('leaders the text only mentions (White House readouts outside the corpus, fifth round)', () => {
  it.each([
    ['National Security Advisor Jake Sullivan met with Foreign Minister Wang Yi in Vienna. They agreed to maintain this channel, building on the engagement between President Biden and President Xi in Bali.', ['Jake Sullivan', 'Wang Yi']],
    ['National Security Advisor Jake Sullivan met with Foreign Minister Wang Yi in Vienna. They look forward to the trilateral leaders’ summit to be hosted by President Biden in the United States.', ['Jake Sullivan', 'Wang Yi']],
    ['National Security Advisor Jake Sullivan met with Foreign Minister Wang Yi in Vienna. As President Biden emphasized during his visit to the region, we will not tolerate attacks.', ['Jake Sullivan', 'Wang Yi']],
  ])('leaves them out of %s', (text, expected) => {
    expect(names(`Readout\n\n${text}\n`)).toEqual(expected);
  });
});

describe('an office that runs into the next person is theirs (Belgian and State Department texts, fourth round)', () => {
  it('does not read "New York" as a person titled by the minister’s office after it', () => {
    const text =
      'Reynders à Washington\n\nAprès deux jours aux Nations Unies à New York, le Vice-Premier Ministre et Ministre des Affaires étrangères Didier Reynders se trouve aujourd’hui et demain à Washington pour des consultations bilatérales.\n';
    expect(names(text)).toEqual(['Didier Reynders']);
  });

  it('titles "Ambassador to Mexico Ken Salazar" and « le secrétaire général du MAE français François Delattre »', () => {
    const salazar = extract('Readout\n\nThe delegation met Ambassador to Mexico Ken Salazar, Ambassador to Canada David Cohen and Foreign Secretary Marcelo Ebrard in Mexico City.\n').participants;
    expect(salazar.map((p) => [p.name, p.title])).toEqual([
      ['Ken Salazar', 'Ambassador to Mexico'],
      ['David Cohen', 'Ambassador to Canada'],
      ['Marcelo Ebrard', 'Foreign Secretary'],
    ]);
    const delattre = extract('Compte rendu\n\nMme Sherman a rencontré aujourd’hui le secrétaire général du MAE français François Delattre à Bruxelles.\n').participants;
    expect(delattre.find((p) => p.name === 'François Delattre')).toMatchObject({ title: 'secrétaire général du MAE français', country: 'France' });
  });
});

describe('a French summit is no person (Togolese release outside the corpus, 2017)', () => {
  it('does not take « premier Sommet Afrique-Israël » for a premier named Sommet', () => {
    expect(names('Dussey à Washington\n\nIl a également été question de la tenue en octobre à Lomé du premier Sommet Afrique-Israël.\n')).toEqual([]);
  });
});

describe('« s’entretient avec » is a talk, placed when the body places it (Togolese release outside the corpus, 2017)', () => {
  it('places « s’est entretenu jeudi à Washington avec » under a title « … s’entretient avec … »', () => {
    const text = 'Le secrétaire d’Etat américain s’entretient avec Robert Dussey\n\nLe ministre togolais des Affaires étrangères Robert Dussey s’est entretenu jeudi à Washington avec le secrétaire d’Etat américain Rex Tillerson.\n';
    expect(extract(text).meeting.location).toBe('Washington');
  });

  it('still places nothing for « s’est entretenu ce matin avec », a call under an Ottawa dateline', () => {
    const text = 'Le Premier ministre s’entretient avec le Premier ministre britannique\n\n10 août 2011\nOttawa (Ontario)\n\nLe Premier ministre s’est entretenu ce matin avec le Premier ministre britannique David Cameron.\n';
    expect(extract(text).meeting.location).toBeNull();
  });
});

describe('a signing in the present tense is the event the text reports (French embassy release outside the corpus, 2014)', () => {
  it('dates and places "X and Y sign a fisheries agreement in Paris on March 5, 2014"', () => {
    const text =
      'Signature of a Fisheries Agreement\n\nMr. Lawrence Cannon, Canadian Ambassador to France and Mrs Maryse Bossière, Director of the Americas, sign a fisheries agreement in Paris on March 5, 2014.\n';
    expect(extract(text).meeting).toMatchObject({ date: '2014-03-05', location: 'Paris' });
  });
});

describe('aid or equipment announced without an amount (joint statements on Ukraine and a DFAT release outside the corpus, fifth round)', () => {
  it.each([
    'Today, we are announcing that, collectively, we are providing Ukraine with additional strategic air defense systems.',
    'In the coming months, the United States and partners intend to provide Ukraine with dozens of tactical air defense systems.',
    'The Danish and Dutch governments are in the process of donating American-made F-16s to Ukraine, with the support of the United States.',
    'The Australian Government will also be providing up to 50 post-graduate scholarships over the next five years.',
  ])('counts %s', (sentence) => {
    expect(initiatives(`Joint Statement\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it('does not count a standing commitment restated', () => {
    expect(initiatives('Statement\n\nThe EU will continue to provide Ukraine with political, financial and military support for as long as it takes.\n')).toEqual([]);
  });
});

describe('a head joined to "General" is an office (DFAT release outside the corpus, 2010)', () => {
  it('takes "UNRWA Commissioner-General Filippo Grandi" at the end of a list of people met', () => {
    const text =
      'Australian assistance to Palestine\n\nMr Rudd announced the assistance after meeting with Palestinian President Mahmoud Abbas, Foreign Minister Riad Malki and UNRWA Commissioner-General Filippo Grandi.\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toEqual([
      ['Mahmoud Abbas', 'President'],
      ['Riad Malki', 'Foreign Minister'],
      ['Filippo Grandi', 'Commissioner-General'],
    ]);
  });
});

describe('a signature block of leaders under their states’ formal names (US–Egypt–Qatar joint statement outside the corpus, 2024)', () => {
  it('takes each leader, with "Arab Republic of Egypt", "State of Qatar", "HH Sheikh" and "el-Sisi" read as such', () => {
    const text =
      'Joint Statement from the Leaders of the United States, Egypt, and Qatar\n\nWe call on both sides to resume urgent discussion.\n\nPresident of the United States Joe Biden\n\nPresident of the Arab Republic of Egypt Abdel Fattah el-Sisi\n\nAmir of the State of Qatar HH Sheikh Tamim bin Hamad Al Thani\n';
    expect(extract(text).participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Joe Biden', 'President of the United States', 'United States'],
      ['Abdel Fattah el-Sisi', 'President of the Arab Republic of Egypt', 'Egypt'],
      ['Tamim bin Hamad Al Thani', 'Amir of the State of Qatar', 'Qatar'],
    ]);
  });
});

describe('« j’ » is the first person (a bug the quote-extractor mutation triage found)', () => {
  it('gives « Aujourd’hui, j’ai remercié … » to the one participant of the lead, as « je remercie » is', () => {
    const text =
      'Déclaration\n\nLe secrétaire général de l’OTAN, Mark Rutte, a rencontré le premier ministre Jonas Gahr Støre à Oslo.\n\nLes dirigeants ont parlé de l’Ukraine.\n\n« Aujourd’hui, j’ai remercié la Norvège pour son soutien constant à notre Alliance. »\n';
    expect(extract(text).quotes.map((q) => [q.speaker, q.confidence])).toEqual([['Mark Rutte', 0.55]]);
  });
});

describe('a "said:" block ends where someone else’s quotation begins (a bug the quote-extractor mutation triage found)', () => {
  it('does not take in a later paragraph whose first person is inside another speaker’s quotation', () => {
    const text =
      'NATO Secretary General meets Prime Minister\n\nNATO Secretary General Mark Rutte met Prime Minister Jonas Gahr Støre in Oslo on Monday.\n\nSecretary General Mark Rutte said:\n\nNorway is a steadfast Ally and a close friend of all of us.\n\nPrime Minister Støre thanked the Secretary General. “Norway will keep investing in our common defence,” Mr Støre said.\n';
    expect(extract(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Mark Rutte', 'Norway is a steadfast Ally and a close friend of all of us.'],
      ['Jonas Gahr Støre', 'Norway will keep investing in our common defence'],
    ]);
  });

  it('goes on through a paragraph that opens on "We" (gov.uk layout)', () => {
    const text =
      'Defence Secretary visits Estonia\n\nDefence Secretary John Healey visited Tallinn on Monday.\n\nDefence Secretary John Healey said:\n\nEstonia is a steadfast Ally and a close friend of the United Kingdom.\n\nWe will keep investing in common defence alongside Estonia for years.\n\nThe visit follows talks in London.\n';
    expect(extract(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['John Healey', 'Estonia is a steadfast Ally and a close friend of the United Kingdom.\n\nWe will keep investing in common defence alongside Estonia for years.'],
    ]);
  });
});

describe('other meetings and closing datelines (State Department readout and a Palestinian–Norwegian joint statement outside the corpus, sixth round)', () => {
  it('leaves out the leaders of an earlier meeting the call follows up ("following up from the meeting between")', () => {
    const text =
      'Readout of Secretary Rubio’s Call with Russian Foreign Minister Lavrov\n\nThe following is attributable to Spokesperson Tammy Bruce:\n\nSecretary of State Marco Rubio spoke today with Russian Foreign Minister Sergey Lavrov, following up from the meeting between President Trump and President Putin in Alaska. The Secretary and Foreign Minister discussed next steps toward a peace agreement.\n';
    expect(names(text)).toEqual(['Marco Rubio', 'Sergey Lavrov']);
  });

  it('does not place the meeting where the next one will be held, and reads a dateline printed at the end', () => {
    const text =
      'Joint statement by the Palestinian Authority and Norway\n\nPrime Minister Salam Fayyad and Foreign Minister Jonas Gahr Støre met today to review progress in state-building. They agreed to hold the next meeting of the Ad Hoc Liaison Committee in Brussels in April.\n\n14 December 2010\n\nRAMALLAH\n';
    const { meeting } = extract(text);
    expect([meeting.date, meeting.location]).toEqual(['2010-12-14', 'Ramallah']);
  });

  it('reads a closing dateline of place and date on one line (DFAT release, 2011)', () => {
    const text =
      'Australia establishes diplomatic ties\n\nForeign Minister Kevin Rudd met South Sudan’s Vice President Riek Machar in New York today and signed a joint communiqué establishing diplomatic relations.\n\nNEW YORK  24 SEPTEMBER 2011\n';
    const { meeting } = extract(text);
    expect([meeting.date, meeting.location]).toEqual(['2011-09-24', 'New York']);
  });

  it('takes no date from a closing line that is a sentence', () => {
    const text = 'Foreign Minister meets counterpart\n\nForeign Minister Kevin Rudd met Foreign Minister Pierre Moukoko in Paris today to discuss trade, development cooperation and the situation in the Great Lakes region.\n\nThe programme closes on 3 March 2011.\n';
    expect(extract(text).meeting.date).toBeNull();
  });
});

describe('a Kantei summary, a State Department statement and Nordic and NZ releases outside the corpus (seventh round)', () => {
  const kantei =
    'Japan-Australia-New Zealand-ROK Leaders’ Meeting (Summary)\n\nJuly 11, 2024\n\n[Provisional Translation]\n\nOn July 11 commencing at 9:05 a.m. (at 10:05.p.m. JST) for approximately 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who was visiting Washington D.C., the United States of America to attend the NATO Summit held a Japan-Australia-New Zealand-ROK Leaders’ Meeting with Rt. Hon. Christopher LUXON, Prime Minister of New Zealand, and H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea. The joint statement was released after the meeting.\n';

  it('does not end a sentence at "a.m." before a bracket or "p.m." before a time zone', () => {
    expect(extract(kantei).meeting.date).toBe('2024-07-11');
  });

  it('reads "Rt. Hon." with its full stops and a family name in capitals after the given name', () => {
    expect(names(kantei)).toEqual(['KISHIDA Fumio', 'Christopher LUXON', 'Yoon Suk Yeol']);
    expect(names('Meeting\n\nMr. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with Senator the Hon. Penny WONG, Minister for Foreign Affairs of Australia.\n')).toEqual(['KAMIKAWA Yoko', 'Penny WONG']);
  });

  it('does not read an organisation in capitals after a name as the family name', () => {
    expect(names('Meeting\n\nSecretary General Mark Rutte NATO said the Alliance will stand with Ukraine.\n')).toEqual(['Mark Rutte']);
  });

  it('counts a joint statement the text reports as released, or speaks in', () => {
    expect(initiatives(kantei)).toEqual(['The joint statement was released after the meeting.']);
    expect(
      initiatives("Joint Nordic foreign ministers’ Statement on Incident in Denmark\n\n'It is important that the Nordic countries stand shoulder to shoulder', the foreign ministers of the Nordic countries say in a joint statement after the recent foiled assassination plot in Denmark.\n"),
    ).toHaveLength(1);
  });

  it('takes no place from the line under the date that names the spokesperson or labels the release', () => {
    const ortagus =
      'U.S. Response to Turkey’s Renewed Survey Activity in the Eastern Mediterranean\n\n13 Oct\n\nMorgan Ortagus, Department Spokesperson\n\nThe United States deplores Turkey’s October 11 announcement of renewed Turkish survey activity in areas over which Greece asserts jurisdiction in the Eastern Mediterranean, and we urge Turkey to end this calculated provocation.\n';
    expect(extract(ortagus).meeting.location).toBeNull();
    const goff =
      'Government to fund Pacific Cooperation Foundation\n\n15 April 2003\n\nMedia Statement\n\nThe newly formed Pacific Cooperation Foundation will receive funding of $675,000 in this year’s budget, Foreign Minister Phil Goff announced today at a meeting with Pacific leaders.\n';
    expect(extract(goff).meeting.location).toBeNull();
  });
});

describe('French texts outside the corpus (seventh round: France Diplomatie, Élysée, Armenian MFA, Luxembourg MAE)', () => {
  it('takes the authors a title lists before their shared office, « d’ » elided before a name included', () => {
    const text =
      'Déclaration conjointe de Jean-Yves Le Drian et d’Enzo Moavero Milanesi, ministres des affaires étrangères de la France et de l’Italie (13.05.19)\n\nA l’occasion de la réunion du Conseil Affaires étrangères, nous avons eu un échange très positif et productif, qui a confirmé notre convergence de vues sur les sujets internationaux.\n';
    expect(extract(text).participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Jean-Yves Le Drian', 'ministre des affaires étrangères', 'France'],
      ['Enzo Moavero Milanesi', 'ministre des affaires étrangères', 'Italy'],
    ]);
    expect(names('Joint Statement by Antony J. Blinken and Penny Wong, Foreign Ministers of the United States and Australia\n\nWe met today in Washington and agreed to deepen cooperation.\n')).toEqual(['Antony J. Blinken', 'Penny Wong']);
  });

  it('dates an untitled readout from the date line under the line that describes it, and reads « a appelé le Chancelier » as a call', () => {
    const text =
      "Compte rendu de l'entretien téléphonique entre M. Jacques CHIRAC, Président de la République et M. Gerhard Schröder, Chancelier de la République Fédérale d'Allemagne.\n\nMardi 6 septembre 2005.\n\nLe Président de la République a appelé le Chancelier de la République Fédérale d'Allemagne, M. Gerhard SCHRÖDER, ce matin. Il a remercié le Chancelier pour son message d'amitié.\n";
    expect(extract(text).meeting.date).toBe('2005-09-06');
  });

  it('takes the names listed after the office they share among those attending', () => {
    const text =
      "Rencontre entre les Ministres des Affaires étrangères d’Arménie et d'Azerbaïdjan\n\nLe 23 septembre, une rencontre entre les Ministres des Affaires étrangères d’Arménie et d'Azerbaïdjan a eu lieu à New York, à laquelle assistaient également les Coprésidents du Groupe de Minsk de l’OSCE, Igor Popov, Stéphane Visconti, Andrew Schofer, ainsi que Andrzej Kasprzyk, Représentant personnel du Président en exercice de l'OSCE.\n\nIl a été convenu que les Coprésidents du groupe de Minsk visiteront la région au mois d’octobre.\n";
    expect(names(text)).toEqual(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk']);
    expect(initiatives(text)).toEqual(['Il a été convenu que les Coprésidents du groupe de Minsk visiteront la région au mois d’octobre.']);
  });

  it('reads a sum in EUR with « mis a disposition », and no ministry’s own crisis cell as an initiative', () => {
    const text =
      'Action du gouvernement luxembourgeois dans le contexte de la crise humanitaire en Asie du Sud-Est\n\nSuite au raz de marré qui a touché plusieurs pays en Asie du Sud-Est, le ministère des Affaires étrangères a immédiatement mis en place une cellule de crise pour organiser la gestion de l’action luxembourgeoise.\n\nEn ce qui concerne le volet humanitaire, le ministre de la Coopération et de l’Action humanitaire, Monsieur Jean-Louis Schiltz, a immédiatement mis a disposition une première contribution de EUR 200.000.- pour aider à couvrir les besoins les plus urgents.\n';
    expect(initiatives(text)).toHaveLength(1);
    expect(initiatives(text)[0]).toContain('EUR 200.000');
  });
});

describe('texts outside the corpus, eighth round (Irish Aid, No 10, German Federal Foreign Office, DIRCO, Luxembourg)', () => {
  it('takes a running total, and a sum the text already announced taken up again, for no new funding', () => {
    const text =
      'Government announces funding to tackle food crisis in the Horn of Africa\n\nThe Government today announced a further €400,000 for emergency operations in the drought-stricken region of Horn of Africa.\n\nThis brings to €4.4m the total emergency funding from Irish Aid to the region in 2011.\n\n“The €400,000 approved for Concern today will help them provide food for thousands who would otherwise be at risk of starvation,” Minister O’Sullivan said.\n';
    expect(initiatives(text)).toEqual(['The Government today announced a further €400,000 for emergency operations in the drought-stricken region of Horn of Africa.']);
  });

  it('reads "coordinate more closely" as keeping in touch, and a talk "in the coming days" as a meeting to come', () => {
    const text =
      'PM call with President Macron: 6 May 2022\n\nThe Prime Minister spoke to President Emmanuel Macron of France earlier today.\n\nThe leaders agreed to coordinate more closely on longer-term security and economic support for Ukraine.\n\nThe leaders looked forward to speaking again with the wider G7 in the coming days, and agreed to remain in close contact.\n';
    expect(initiatives(text)).toEqual(['The leaders looked forward to speaking again with the wider G7 in the coming days, and agreed to remain in close contact.']);
    expect(initiatives('Call\n\nThe Prime Minister spoke to President Macron today. The leaders looked forward to speaking again soon.\n')).toEqual([]);
  });

  it('counts an agreement reached, not one hoped for or not reached', () => {
    expect(initiatives('Trip\n\nA little over a year ago, I came to an agreement with my Russian counterpart on a humanitarian gesture for the survivors of the siege.\n')).toHaveLength(1);
    expect(initiatives('Talks\n\nLes deux ministres sont parvenus à un accord sur un échange de prisonniers.\n')).toHaveLength(1);
    expect(initiatives('Talks\n\nThe parties have not reached an agreement on the text. We hope the parties will reach an agreement on a ceasefire.\n')).toEqual([]);
  });

  it('places and kinds a release announcing a working visit or a state visit to come', () => {
    const dirco =
      'Minister Pandor undertakes a Working Visit to Moroni, Comoros – 1 September 2023\n\nMedia Statement\n\n31 August 2023\n\nThe Minister of International Relations and Cooperation, Dr Naledi Pandor, will pay a Working Visit to Moroni, Comoros, tomorrow, 1 September 2023, to have a bilateral meeting with her Comorian counterpart, His Excellency, Dhoihir Dhoulkamal, the Minister of Foreign Affairs and International Cooperation.\n';
    const { meeting } = extract(dirco);
    expect([meeting.date, meeting.location, meeting.kind]).toEqual(['2023-09-01', 'Moroni', 'news-release']);
    const luxembourg =
      "Visite d'État de Grand-Duc, Grande-Duchesse en République française\n\nSur invitation du président de la République française, Emmanuel Macron, le Grand-Duc et la Grande-Duchesse se rendront en France pour une visite d’État du 19 au 21 mars.\n";
    expect(extract(luxembourg).meeting.kind).toBe('news-release');
  });
});

describe('multi-government joint statements outside the corpus (eighth round: six-government meeting, G7 leaders, Lima Group, spyware, Lebanon)', () => {
  it('reads a title whose portfolio list holds commas, "Attorney-General" as an office, and each head of delegation', () => {
    const text =
      'Sub-regional meeting on foreign terrorist fighters\n\nThe meeting was co-hosted by Indonesian Coordinating Minister for Political, Legal and Security Affairs HE Wiranto and Australian Attorney-General Senator the Hon. George Brandis QC.\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toEqual([
      ['Wiranto', 'Minister for Political, Legal and Security Affairs'],
      ['George Brandis', 'Attorney-General'],
    ]);
  });

  it('leaves out the leader whose war the statement condemns ("President Putin’s war", "It is President Putin … who")', () => {
    const text =
      'G7 Leaders’ Statement\n\nWe, the Leaders of the G7, met today in Brussels. It is President Putin, his government and supporters, including the Lukashenko regime in Belarus, who are imposing this war and its consequences on Russians. More immediately, President Putin’s war places global food security under increased pressure.\n';
    expect(names(text)).toEqual([]);
  });

  it('counts a call for a ceasefire with no addressee, and a party "obligated to comply", as condemnations', () => {
    expect(condemned('Joint statement\n\nTogether, we call for an immediate 21 day ceasefire across the Lebanon-Israel border to provide space for diplomacy.\n')).toBe(1);
    expect(condemned('G7 Leaders’ Statement\n\nThe Russian leadership is obligated to immediately comply with the order of the International Court of Justice to suspend military operations.\n')).toBe(1);
    expect(condemned('Joint statement\n\nWe call for a peaceful resolution of the dispute. We are bound to comply with our own obligations.\n')).toBe(0);
  });

  it('reads the bullets under "commit to:" as initiatives, and a French group’s declaration as a joint statement', () => {
    const spyware =
      'Joint Statement on Efforts to Counter the Proliferation and Misuse of Commercial Spyware\n\nTo advance these interests, we are partnering to counter the misuse of commercial spyware and commit to:\n\n- working within our respective systems to establish robust guardrails and procedures to ensure that any commercial spyware use by our governments is consistent with respect for universal human rights;\n\n- preventing the export of software, technology, and equipment to end-users who are likely to use them for malicious cyber activity.\n';
    expect(initiatives(spyware)).toHaveLength(2);
    const lima =
      'Déclaration du Groupe de Lima\n\nLes gouvernements de l’Argentine, du Brésil, du Canada, du Chili et du Pérou, membres du Groupe de Lima, rejettent catégoriquement la menace de l’Assemblée nationale constituante illégitime.\n';
    expect(extract(lima).meeting.kind).toBe('joint-statement');
  });
});

describe('NATO visit notices in French and a DFAT release outside the corpus (ninth round)', () => {
  it('dates a visit from the first of two days each named with its weekday', () => {
    const dublin = 'Visite en Irlande du secrétaire général de l’OTAN\n\nLe secrétaire général de l’OTAN, M. Anders Fogh Rasmussen, se rendra à Dublin (Irlande) les mardi 12 et mercredi 13 février 2013.\n\nAu cours de sa visite, il rencontrera le premier ministre, M. Enda Kenny, et le ministre de la Défense, M. Alan Shatter.\n';
    expect(extract(dublin).meeting.date).toBe('2013-02-12');
    const washington =
      'Visite du secrétaire général de l’OTAN aux États-Unis\n\nLe secrétaire général de l’OTAN, M. Jens Stoltenberg, se rendra aux États-Unis du mardi 11 au jeudi 13 avril 2017.\n\nIl rencontrera ensuite le président des États Unis, M. Donald J. Trump, à la Maison Blanche.\n\nJeudi 13 avril, le secrétaire général de l’OTAN prononcera un discours à l’Elliott School of International Affairs, Université George Washington.\n';
    const { meeting } = extract(washington);
    expect([meeting.date, meeting.location]).toEqual(['2017-04-11', 'Washington']);
    expect(names(washington)).toEqual(['Jens Stoltenberg', 'Donald J. Trump']);
  });

  it('reports the meeting an announcement made today followed, dated and placed by the closing dateline', () => {
    const text =
      'Australian assistance to Palestine\n\nAustralian support will continue to help the Palestinian people gain access to health, education, housing and social services, the Foreign Minister Kevin Rudd announced today in Ramallah.\n\n“I have been pleased to see these activities on the ground and commend the Palestinian Authority for the progress it has made,” Mr Rudd said.\n\nAustralia will provide $4 million for the United Nations Relief and Works Agency in 2011.\n\nThe increased support was announced following Mr Rudd’s meeting with Palestinian President Mahmoud Abbas and Foreign Minister Riad Malki.\n\n14 December 2010\n\nRAMALLAH\n';
    const { meeting } = extract(text);
    expect([meeting.date, meeting.location]).toEqual(['2010-12-14', 'Ramallah']);
  });
});

describe('ministerial releases outside the corpus (ninth round: FCO, State Department, DFAT, PMO)', () => {
  it('counts letters exchanged on a dialogue and a forum being established, not views exchanged', () => {
    expect(initiatives('Dialogue\n\nWe exchanged letters on how the Dialogue might work over the years to come.\n')).toHaveLength(1);
    expect(initiatives('Dialogue\n\nThe UK and Morocco have a long history of friendship, so establishing this annual forum, alternating between the UK and Morocco, is a welcome and natural step.\n')).toHaveLength(1);
    expect(initiatives('Dialogue\n\nThey exchanged views on the situation. The ministers welcomed the establishing of the forum.\n')).toEqual([]);
  });

  it('counts a dialogue "which the two had announced", and "it had been agreed that … would visit"', () => {
    expect(initiatives('Dialogue\n\nSecretary Kerry welcomed Foreign Minister Mangala Samaraweera on February 25 for the inaugural U.S.-Sri Lanka Annual Partnership Dialogue, which the two had announced during Secretary Kerry’s visit in May 2015.\n')).toHaveLength(1);
    expect(initiatives('Visit\n\nSenator Gareth Evans said today that it had been agreed that an Australian delegation would visit Iran within a month.\n')).toHaveLength(1);
    expect(initiatives('Visit\n\nIt was agreed that the situation is serious.\n')).toEqual([]);
  });

  it('counts concerns raised about a party’s abuses as a condemnation', () => {
    expect(condemned('Visit\n\nHe said he had raised Australian concerns about continuing allegations of human rights abuses in Iran, including large scale executions of political dissidents.\n')).toBe(1);
  });

  it('reads "Secretary of State Boucetta" and a portfolio of "Trade and Competitiveness"', () => {
    expect(names('Dialogue\n\nI was delighted to host Moroccan Foreign Minister Bourita and Secretary of State Boucetta today for the first UK-Morocco Strategic Dialogue.\n')).toEqual(['Bourita', 'Boucetta']);
    expect(names('MOU\n\nPNG Foreign Minister Rimbink Pato and Minister for Trade and Competitiveness Craig Emerson signed the MOU today.\n')).toEqual(['Rimbink Pato', 'Craig Emerson']);
  });

  it('skips the headline printed again atop the body, counts "entered into a new Memorandum", and takes no heading in capitals for a place', () => {
    const text =
      'Australia and Papua New Guinea sign updated Memorandum of Understanding\n\nAustralia and Papua New Guinea Sign Updated Memorandum of Understanding SAT 08 SEPTEMBER 2012\n\nPrime Minister Julia Gillard today announced that Australia and Papua New Guinea have entered into a new Memorandum of Understanding in relation to regional processing arrangements.\n';
    expect(initiatives(text)).toEqual(['Prime Minister Julia Gillard today announced that Australia and Papua New Guinea have entered into a new Memorandum of Understanding in relation to regional processing arrangements.']);
    const downer = 'Aid agreements with Cambodia.\n\nMEDIA RELEASE\n\nAA 00 025 19 May 2000\n\nAID AGREEMENTS WITH CAMBODIA\n\nToday I am pleased to announce I will sign three Memoranda of Understanding with my Cambodian counterpart, Foreign Minister Hor Namhong.\n';
    expect(extract(downer).meeting.location).toBeNull();
  });
});

describe('the meeting an announced visit is for (corpus convention "one announced visit, two sentences"; NATO and DIRCO, ninth round)', () => {
  it('counts « aura des entretiens avec », « rencontrera ensuite », "to have a bilateral meeting with her counterpart" and "to pay a courtesy call to"', () => {
    expect(initiatives('Visite\n\nM. Stoltenberg aura des entretiens avec le président de la Bulgarie, M. Rosen Plevneliev.\n')).toHaveLength(1);
    expect(initiatives('Visite\n\nIl rencontrera ensuite le président des États Unis, M. Donald J. Trump, à la Maison Blanche.\n')).toHaveLength(1);
    expect(initiatives('Visit\n\nThe Minister will pay a Working Visit to Moroni tomorrow to have a bilateral meeting with her Comorian counterpart.\n')).toHaveLength(1);
    expect(initiatives('Visit\n\nMinister Pandor will also use the opportunity of her working visit to pay a courtesy call to His Excellency, President Azali Assoumani.\n')).toHaveLength(1);
    expect(initiatives('Trip\n\nThe Minister will also have bilateral meetings with dignitaries and defence counterparts.\n')).toEqual([]);
  });

  it('reads an office glossed in brackets before « M. »: « le premier ministre (Taoiseach), M. Enda Kenny »', () => {
    expect(names('Visite\n\nAu cours de sa visite, il rencontrera le premier ministre (Taoiseach), M. Enda Kenny, et le ministre de la Défense, M. Alan Shatter.\n')).toEqual(['Enda Kenny', 'Alan Shatter']);
  });
});

describe('State Department, White House and G7 texts outside the corpus (tenth round)', () => {
  it('reads portfolios of expatriates and of North America, and a "Diplomatic Advisor" as an office, not a name', () => {
    expect(names('Readout\n\nSecretary of State Marco Rubio met today with Jordan’s Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi.\n')).toEqual(['Marco Rubio', 'Ayman Safadi']);
    expect(names('Call\n\nDeputy Secretary of State Wendy Sherman spoke today with UK Minister of State for Europe and North America James Cleverly.\n')).toEqual(['Wendy Sherman', 'James Cleverly']);
    expect(names('Call\n\nNational Security Advisor Jake Sullivan spoke by phone today together with Ambassador Emmanuel Bonne, Diplomatic Advisor to the French President.\n')).toEqual(['Jake Sullivan', 'Emmanuel Bonne']);
  });

  it('reads "Hellenic Republic" as Greece, not a person', () => {
    expect(names('Joint statement\n\nThe foreign ministers of the Republic of Cyprus, Hellenic Republic, State of Israel plus the United States held a virtual meeting today.\n')).toEqual([]);
  });

  it('leaves out an envoy whose efforts the authors support, and a colleague of a meeting to come', () => {
    expect(names('Joint statement\n\nWe support the efforts of the United Nations Secretary-General’s Personal Envoy, Mr. Pekka Haavisto, to advance de-escalation in El-Obeid.\n')).toEqual([]);
    expect(names('Call\n\nNational Security Advisor Jake Sullivan spoke by phone today with his counterparts. Mr. Sullivan previewed the March 18 meeting that he and Secretary of State Tony Blinken will hold with Chinese officials.\n')).toEqual(['Jake Sullivan']);
  });

  it('counts a call for a release, and a call for a named party to cease, as condemnations', () => {
    expect(condemned('Joint statement\n\nWe call for the unconditional release of all those unjustly detained for political reasons.\n')).toBe(1);
    expect(condemned('Joint statement\n\nWe call for the Sudanese Armed Forces to cease their repeated rejection of the proposed de-escalation measures.\n')).toBe(1);
  });
});

describe('French texts outside the corpus (tenth round: Belgian MFA, Comoros MFA, Luxembourg, NATO, Global Affairs Canada)', () => {
  it('opens a new quote, the same speaker’s, at a quotation introduced anew with a colon', () => {
    const text =
      'Réaction du Ministre Michel à l’attentat contre MSF en Afghanistan\n\nBruxelles, le 2 juin 2004, Le Vice-Premier Ministre et Ministre des Affaires étrangères Louis Michel a pris connaissance avec consternation de l’attentat. Pour M. Michel : "mes condoléances les plus sincères vont à la famille de la victime". Toujours selon le Ministre : "je trouve répugnant le fait de commettre des attentats contre des travailleurs humanitaires".\n';
    expect(extract(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Louis Michel', 'mes condoléances les plus sincères vont à la famille de la victime'],
      ['Louis Michel', 'je trouve répugnant le fait de commettre des attentats contre des travailleurs humanitaires'],
    ]);
  });

  it('counts an agreement signed with a date and a counterpart between, and no third party’s strikes as an initiative', () => {
    expect(initiatives('Coopération\n\nLe Ministre DHOIHIR Dhoulkamal a signé vendredi 19 mai 2023, avec son homologue Malgache, Son Excellence Madame SYLLA Yvette, un Accord Général de Coopération.\n')).toHaveLength(1);
    expect(initiatives('Frappes\n\nEn réaction aux attaques chimiques odieuses de cette semaine, les États-Unis ont lancé des frappes contre la base aérienne de Shayrat, en Syrie.\n')).toEqual([]);
  });

  it('takes each name listed after the plural office of the subject', () => {
    expect(names('Benelux\n\nLe 29 janvier 2001, les ministres des Affaires étrangères du Benelux, Lydie Polfer, Louis Michel et Jozias Van Aartsen se sont rencontrés à Bruxelles.\n')).toEqual(['Lydie Polfer', 'Louis Michel', 'Jozias Van Aartsen']);
  });

  it('counts « constitue une violation irresponsable de » as calling the act a violation', () => {
    expect(condemned('Novichok\n\nL’usage de telles substances constitue une violation irresponsable de cet engagement.\n')).toBe(1);
  });
});

describe('a statement released by several, and what a party will do under the text’s instrument (State Department and Australian texts, tenth round)', () => {
  it('counts "The following statement was released by A, B, and C", not one spokesperson’s release', () => {
    expect(initiatives('Joint statement on Venezuela\n\nThe following statement was released by Secretary of State Antony J. Blinken, the EU High Representative Josep Borrell, and Canadian Minister of Foreign Affairs Marc Garneau.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nThe following statement was released by the Spokesperson for the Secretary-General.\n')).toEqual([]);
  });

  it('counts "Under this arrangement, the US will …" after the authors’ own signing, not after a signing of others they welcome', () => {
    const own =
      'MOU\n\nThe Australian Government has also signed an agreement with the United States of America to provide for the resettlement of refugees.\n\nUnder this arrangement, the US will consider people who arrive in excised offshore places and have been taken to Nauru.\n';
    expect(initiatives(own)).toHaveLength(2);
    const others =
      'AUSTRALIA WELCOMES AGREEMENT BETWEEN BURMESE GOVERNMENT AND UNHCR\n\nThe Minister for Foreign Affairs, Senator Gareth Evans, has welcomed the signing of a Memorandum of Understanding between the Burmese Government and the UNHCR.\n\nUnder the agreement, the UNHCR will have a presence at the reception camps and access to all returnees.\n';
    expect(initiatives(others).filter((text) => text.startsWith('Under'))).toEqual([]);
  });
});

describe('the EU High Representative and a host named « Madam » (EU and DIRCO texts outside the corpus, tenth round)', () => {
  const ashton =
    "Déclaration de Catherine Ashton, Haute Représentante de l'UE, sur les exécutions en Gambie\n\nBruxelles, le 26 août 2012\n\nLa Haute Représentante de l'Union pour les affaires étrangères et la politique de sécurité et vice-présidente de la Commission a fait ce jour la déclaration suivante:\n\n\"Je condamne fermement les exécutions qui ont eu lieu le jeudi 23 août 2012.\n\nJe demande l'arrêt immédiat des exécutions.\"\n";

  it('reads « Haute Représentante » as an office and gives the quotation the lead introduces to the one holding it', () => {
    expect(names(ashton)).toEqual(['Catherine Ashton']);
    expect(quotes(ashton)).toEqual([['Catherine Ashton', 'Je condamne fermement les exécutions qui']]);
  });

  it('leaves out the High Representative whose spokesperson speaks', () => {
    expect(names("Déclaration du porte-parole de Mme Catherine Ashton, Haute Représentante de l'Union européenne, sur la condamnation à mort prononcée en Biélorussie\n\nLe porte-parole de la Haute Représentante a fait ce jour la déclaration suivante:\n\n\"L'UE condamne la nouvelle condamnation à mort.\"\n")).toEqual([]);
  });

  it('drops « Madam » from a name', () => {
    expect(names('Visit\n\nThe engagement will be hosted by the Governor of Ngazidja, Madam Sitti Faroutta.\n')).toEqual(['Sitti Faroutta']);
  });
});

describe('three more bugs the quote-extractor mutation triage found (docs/mutation-survivors.md, issue 18)', () => {
  const lead = 'NATO Secretary General meets Prime Minister\n\nNATO Secretary General Mark Rutte met Prime Minister Jonas Gahr Støre in Oslo on Monday.\n\n';

  it('matches a participant’s surname as a whole word ("Berg" is not inside "Bergström")', () => {
    const text =
      'Ministers meet\n\nMinister of Foreign Affairs Anna Berg met Minister of Defence Lars Bergström in Stockholm today.\n\nMinister Bergström welcomed the agreement. “Sweden and Canada will work together on Arctic security,” he said.\n';
    expect(quotes(text)).toEqual([['Lars Bergström', 'Sweden and Canada will work together on ']]);
  });

  it('gives the quotation to a name set off by commas before its title ("…, Mark Rutte, the Secretary General, said:")', () => {
    const said = (subject: string) => quotes(`${lead}After talks with Jonas Gahr Støre, ${subject}, said: “Norway is a steadfast Ally and a close friend of all of us.”\n`);
    expect(said('Mark Rutte, the Secretary General')).toEqual([['Mark Rutte', 'Norway is a steadfast Ally and a close f']]);
    expect(said('Mark Rutte, NATO Secretary General')).toEqual([['Mark Rutte', 'Norway is a steadfast Ally and a close f']]);
    // A second subject is not a title: the sentence's first name stays the speaker, as before.
    expect(said('Mark Rutte, and the Prime Minister')).toEqual([['Jonas Gahr Støre', 'Norway is a steadfast Ally and a close f']]);
    expect(quotes(`${lead}Après son entretien avec Jonas Gahr Støre, Mark Rutte, secrétaire général de l’OTAN, a déclaré : « La Norvège est un Allié solide. »\n`)).toEqual([['Mark Rutte', 'La Norvège est un Allié solide.']]);
  });

  it('keeps a “…” quoted inside « … » within the quotation', () => {
    const joly = 'La ministre Joly rencontre son homologue\n\nLa ministre des Affaires étrangères, Mélanie Joly, a rencontré aujourd’hui son homologue norvégien.\n\n';
    const whole = ['Mélanie Joly', 'Nous avons parlé de “l’esprit d’Oslo” et de notre avenir commun'];
    expect(extract(`${joly}« Nous avons parlé de “l’esprit d’Oslo” et de notre avenir commun », a déclaré la ministre Joly.\n`).quotes.map((q) => [q.speaker, q.text])).toEqual([whole]);
    expect(extract(`${joly}La ministre Joly a déclaré : « Nous avons parlé de “l’esprit d’Oslo” et de notre avenir commun ».\n`).quotes.map((q) => [q.speaker, q.text])).toEqual([whole]);
  });

  it('takes no place named after "to" in a lead for the speaker', () => {
    expect(quotes(`${lead}On the visit to Hong Kong, the Embassy issued the following statement:\n\n“Norway is a steadfast Ally and a close friend of all of us.”\n`)).toEqual([]);
  });
});

describe('Singapore, India, Philippines readouts outside the corpus (eleventh round)', () => {
  it('reads a party office before a name, and "DFM" as an office, not part of the name', () => {
    expect(names('MFA Press Statement\n\nMinister of the International Department of the Communist Party of China Song Tao called on Minister for Foreign Affairs Dr Vivian Balakrishnan today.\n')).toEqual(['Song Tao', 'Vivian Balakrishnan']);
    expect(names('Visit\n\nForeign Secretary Vijay Gokhale met DFM Sergey Ryabkov in Moscow today.\n')).toEqual(['Vijay Gokhale', 'Sergey Ryabkov']);
  });

  it('leaves out the leaders of a summit whose decisions the talks reviewed', () => {
    expect(names('Visit\n\nForeign Secretary Vijay Gokhale met Deputy Foreign Minister Igor Morgulov in Moscow today. The discussions reviewed the implementation of the decisions of the 19th Annual Bilateral Summit between Prime Minister Modi and President Putin in New Delhi in October last year.\n')).toEqual(['Vijay Gokhale', 'Igor Morgulov']);
  });

  it('places no virtual consultations, not even "Foreign Office Consultations" in London', () => {
    expect(extract('India-U.S. Foreign Office Consultations\n\nJuly 07, 2020\n\nForeign Secretary Harsh Vardhan Shringla and the U.S. Under Secretary of State for Political Affairs David Hale held virtual Foreign Office Consultations on 7 July 2020.\n').meeting.location).toBeNull();
  });

  it('counts a meeting a participant will host later this year; not health cooperation strengthened, a possible embassy, an anniversary, or preparations for a summit', () => {
    expect(initiatives('Consultations\n\nThey agreed to remain in touch and move forward on the bilateral agenda through a range of mechanisms like the 2+2 Ministerial that India will host later this year.\n')).toHaveLength(1);
    expect(
      initiatives(
        'Courtesy call\n\nIn the backdrop of the COVID-19 pandemic, they agreed to further strengthen the bilateral health partnership, including on pharmaceuticals and vaccine development. They also discussed the possible opening of the Embassy of Ukraine in Manila, while Secretary Locsin proposed that the Philippines should also open an Embassy in Kyiv. This year marks the 30th milestone anniversary of the establishment of diplomatic relations between the Philippines and Ukraine. The talks covered preparations for the next Bilateral Summit.\n',
      ),
    ).toEqual([]);
  });
});

describe('French texts outside the corpus (twelfth round: Gabonese presidency, Belgian MFA, Luxembourg, Haiti, France Diplomatie)', () => {
  it('dates and places a talk « ce jour » under « Communiqué - Libreville, le 24 mai 2018 - », held during a visit, as a readout', () => {
    const text =
      "Communiqué - Libreville, le 24 mai 2018\n\nCommuniqué - Libreville, le 24 mai 2018 - Le Président de la République, Son Excellence Ali Bongo Ondimba, s'est entretenu ce jour avec son homologue togolais, S.E. Faure Essozimna Gnassingbé dans le cadre d'une visite de travail et d'amitié de 24h que ce dernier a effectuée en terre gabonaise.\n";
    const { meeting } = extract(text);
    expect([meeting.date, meeting.location, meeting.kind]).toEqual(['2018-05-24', 'Libreville', 'readout']);
  });

  it('places the meeting in the city its title names, not one the lead passes through', () => {
    const text =
      'Didier Reynders rencontre Rex Tillerson à Washington\n\nAprès deux jours aux Nations Unies à New York, le Vice-Premier Ministre et Ministre des Affaires étrangères Didier Reynders se trouve aujourd’hui et demain à Washington pour des consultations bilatérales. Il rencontrait ce matin son collègue le Ministre des Affaires étrangères Rex Tillerson.\n';
    expect(extract(text).meeting.location).toBe('Washington');
  });

  it('reads « a estimé » as a speech verb, « exprime vivement ses préoccupations face aux » as concern, and no one named in a journalist’s question', () => {
    expect(quotes('Aide humanitaire\n\nLe ministre de la Coopération, Romain Schneider, a annoncé une aide.\n\n"Face à l’ampleur de cette crise la communauté internationale doit faire preuve de solidarité", a estimé Romain Schneider.\n')).toEqual([['Romain Schneider', 'Face à l’ampleur de cette crise la commu']]);
    expect(condemned('Communiqué\n\nLe Gouvernement exprime vivement ses préoccupations face aux comportements violents de certains groupes radicaux.\n')).toBe(1);
    expect(names('Cameroun – Q&R – Extrait du point de presse\n\nQ – La situation dégénère. Le président Biya doit-il ouvrir un dialogue ?\n\nR – La France condamne les nouveaux assassinats de représentants des forces de l’ordre.\n')).toEqual([]);
  });
});

describe('English texts outside the corpus (twelfth round: FCDO, State Department)', () => {
  it('reads a list printed without bullet marks under "committing to:" as one initiative per item', () => {
    const text =
      'Joint Statement of the United States and Japan on Cybersecurity Cooperation\n\nBoth sides deepened bilateral security cooperation in cyberspace by committing to:\n\nLeverage new technologies such as artificial intelligence to deepen information-sharing and interoperability;\n\nExchange cyber threat information and assessments of sophisticated state and non-state cyber actors;\n\nCollaborate to accelerate Post Quantum Cryptography adoption domestically.\n\nThe two sides will hold follow-on consultations to advance the priorities identified during the 11th U.S.-Japan Cyber Dialogue.\n';
    expect(initiatives(text)).toHaveLength(4);
  });

  it('counts sanctions imposed with a count and a kind', () => {
    expect(initiatives('Statement\n\nSince then, the UK has imposed more than 40 human rights sanctions on Iranian individuals and organisations.\n')).toHaveLength(1);
  });
});

describe('attendance announced and sums in words (FCO 2018 and an Australian minister 1991, twelfth round)', () => {
  it('counts an announced attendance at a named meeting of ministers, and "half a million dollars" as funding', () => {
    expect(initiatives('Foreign Secretary travels to Toronto for G7 meeting\n\nToday and tomorrow the Foreign Secretary will be in Toronto for a meeting of Foreign Ministers from the G7 countries.\n')).toHaveLength(1);
    expect(initiatives('Red Cross\n\nThe Minister for Community Services and Health, Brian Howe said he was providing half a million dollars this financial year to fund the medical and relief workers through the Red Cross.\n')).toHaveLength(1);
  });
});

describe('a quotation attributed to a bare office when both participants hold it (bilateral releases)', () => {
  const en = 'Minister Joly meets Japanese counterpart\n\nOttawa, March 3, 2025\n\nMinister of Foreign Affairs Mélanie Joly met today with Japan’s Foreign Minister Takeshi Iwaya in Ottawa.\n\n';
  const fr =
    'La ministre Joly rencontre son homologue japonais\n\nOttawa, le 3 mars 2025\n\nLa ministre des Affaires étrangères, Mélanie Joly, a rencontré aujourd’hui le ministre japonais des Affaires étrangères, Takeshi Iwaya, à Ottawa.\n\n';

  it('gives "The Minister said that “…”" to the release’s own minister, the first participant', () => {
    expect(quotes(`${en}The Minister said that “Canada will stand with its allies.”\n`)).toEqual([['Mélanie Joly', 'Canada will stand with its allies.']]);
    expect(quotes(`${fr}La ministre a rappelé que « le Canada restera aux côtés de ses alliés ».\n`)).toEqual([['Mélanie Joly', 'le Canada restera aux côtés de ses allié']]);
  });

  it('reads « a tenu à rappeler que » as a speech verb', () => {
    expect(quotes(`${fr}La ministre a tenu à rappeler que « le Canada restera aux côtés de ses alliés ».\n`)).toEqual([['Mélanie Joly', 'le Canada restera aux côtés de ses allié']]);
  });

  it('gives "According to the Minister, “…”" and « Selon la ministre, « … » » to the title’s holder', () => {
    expect(quotes(`${en}According to the Minister, “economic security is at the heart of our relationship.”\n`)).toEqual([['Mélanie Joly', 'economic security is at the heart of our']]);
    expect(quotes(`${fr}Selon la ministre, « la sécurité économique est au cœur de notre relation ».\n`)).toEqual([['Mélanie Joly', 'la sécurité économique est au cœur de no']]);
  });

  it('still gives a qualified office to the one who holds it ("the Foreign Minister" is Iwaya’s title only)', () => {
    expect(quotes(`${en}The Foreign Minister said that “Japan firmly supports Canada in the region.”\n`)).toEqual([['Takeshi Iwaya', 'Japan firmly supports Canada in the regi']]);
  });
});

describe('round 13, French (GAC 2016, measured on f8ff6a0 first)', () => {
  const dion = 'Le Canada condamne l’attaque perpétrée au Yémen\n\n';

  it('reads « incite … à respecter » as a call to comply, and not « incite … à investir »', () => {
    expect(condemned(`${dion}Le Canada incite toutes les parties à respecter leurs obligations en vertu du droit humanitaire international.\n`)).toBe(1);
    expect(condemned(`${dion}Le Canada incite les entreprises canadiennes à investir au Vietnam.\n`)).toBe(0);
  });

  it('reads a call to avoid an escalation as a call to stop (« demande … d’éviter », "calls on … to avoid")', () => {
    expect(condemned(`${dion}Le Canada demande à toutes les parties au Yémen d’éviter une escalade de la violence du fait de cet incident.\n`)).toBe(1);
    expect(condemned(`${dion}Canada calls on all parties in Yemen to avoid an escalation of violence.\n`)).toBe(1);
  });

  it('reads a party told to keep its commitment as a call to comply, not the authors’ own', () => {
    expect(condemned(`${dion}La coalition menée par l’Arabie saoudite doit maintenant aller de l’avant et respecter son engagement de mener une enquête sur cet incident.\n`)).toBe(1);
    expect(condemned(`${dion}The Saudi-led coalition must now move forward and honour its commitment to investigate this incident.\n`)).toBe(1);
    expect(condemned(`${dion}We must honour our commitments to Ukraine.\n`)).toBe(0);
  });

  it('reads the injunctions « enjoint … de », « prie instamment … de », « somme … de », « réclame la libération » and "strongly requests … to" as calls', () => {
    expect(condemned(`${dion}La France enjoint au régime de cesser immédiatement la répression.\n`)).toBe(1);
    expect(condemned(`${dion}La Belgique prie instamment les parties de respecter le cessez-le-feu.\n`)).toBe(1);
    expect(condemned(`${dion}La France somme la Russie de retirer ses troupes.\n`)).toBe(1);
    expect(condemned(`${dion}Le Canada réclame la libération immédiate des détenus.\n`)).toBe(1);
    expect(condemned(`${dion}Japan strongly requests Russia to withdraw its troops.\n`)).toBe(1);
    // A sum is no summons, and a request for something else is no demand.
    expect(condemned(`${dion}Le Canada versera la somme de 5 millions de dollars pour aider le Liban à respecter ses engagements.\n`)).toBe(0);
    expect(condemned(`${dion}La ministre prie instamment les partenaires de contribuer au fonds.\n`)).toBe(0);
    expect(condemned(`${dion}Japan strongly requested the ROK to consider the proposal.\n`)).toBe(0);
  });

  it('takes « Communiqué de presse » over « a fait aujourd’hui la déclaration suivante : » for a statement', () => {
    const text = `${dion}Communiqué de presse\n\nLe 9 octobre 2016 - Ottawa, Ontario - Affaires mondiales Canada\n\nLe ministre des Affaires étrangères, l’honorable Stéphane Dion, a fait aujourd’hui la déclaration suivante :\n\n« Le Canada condamne l’attaque qui avait pour cible une maison funéraire à Sanaa, au Yémen. »\n`;
    expect(extract(text).meeting.kind).toBe('statement');
  });
});

describe('round 13, English (PMO, DoD, UK MOD, Council of the EU; measured on f8ff6a0 first)', () => {
  const pmo = 'Prime Minister Justin Trudeau meets with President of France Emmanuel Macron\n\nCANADA, June 28 - Yesterday, Prime Minister Justin Trudeau met with the President of France, Emmanuel Macron, on the margins of the G7 Summit.\n\n';

  it('counts further engagement looked forward to at a named summit, and a commitment to convene again', () => {
    expect(initiatives(`${pmo}The leaders looked forward to further engagement at the NATO summit in Madrid, Spain, in the coming days.\n`)).toEqual([
      'The leaders looked forward to further engagement at the NATO summit in Madrid, Spain, in the coming days.',
    ]);
    expect(initiatives('Joint statement\n\nMinisters underscored the importance of meeting regularly to discuss defense issues, and committed to convening again in the near future.\n')).toHaveLength(1);
  });

  it('does not read notes compared on a topic as an exchange of notes (an instrument)', () => {
    expect(initiatives(`${pmo}Prime Minister Trudeau and President Macron exchanged notes on the advancement of G7 priorities, and agreed on the importance of continued support to the Ukrainian government and people.\n`)).toEqual([]);
    expect(initiatives(`${pmo}The two leaders witnessed the ministers as they exchanged notes constituting an agreement on visa exemption.\n`)).toHaveLength(1);
  });

  it('places a meeting on the margins of a summit nowhere when that sentence names no city, whatever city a later sentence names', () => {
    const text = `${pmo}Leaders underscored the urgency of accelerating efforts to address climate change, with President Macron welcoming Canada’s hosting of the United Nations Summit on Biodiversity (COP 15) in Montréal.\n`;
    expect(extract(text).meeting.location).toBeNull();
  });

  it('drops an abbreviated military rank from a name ("Brig. Gen. Pat Ryder"), and the relaying spokesperson with it', () => {
    const text = 'Readout\n\nPentagon Press Secretary Brig. Gen. Pat Ryder provided the following readout:\n\nSecretary of Defense Lloyd J. Austin III met with Australian Minister of Defence Richard Marles at the Pentagon.\n';
    expect(names(text)).toEqual(['Lloyd J. Austin III', 'Richard Marles']);
  });

  it('reads the Council of the EU’s quotation layout: the quotation, then "Name, Title" on the next line with no dash', () => {
    const text =
      'European Peace Facility: Council increases the financial ceiling\n\n14/03/2023 10:28 | Press release |\n\nThe Council adopted a decision increasing the financial ceiling of the European Peace Facility.\n\n"The European Peace Facility has now become an integral part of the EU’s support to promote peace and security globally."\nJosep Borrell, High Representative for Foreign Affairs and Security policy\n\nThis decision implements the political agreement.\n';
    expect(quotes(text)).toEqual([['Josep Borrell', 'The European Peace Facility has now beco']]);
    expect(extract(text).meeting.kind).toBe('news-release');
    // A contacts line after a quotation names no speaker.
    expect(quotes('Minister welcomes agreement\n\nThe Minister for Foreign Affairs, Bob McMullan, welcomed the agreement.\n\n"I hope this agreement will prove a similar stimulus to bilateral negotiations."\n\nFurther information: John Flannery, (06) 277 7420\n').map(([speaker]) => speaker)).not.toContain('Further');
  });
});

describe('French funding verbs and facilities inaugurated (initiative recall in French, 0.30 on the test split)', () => {
  const head = 'Communiqué\n\n';

  it('reads « débloquera », « contribuera » and « financera » with a sum as funding, not « contribue à la stabilité »', () => {
    expect(initiatives(`${head}La Belgique débloquera une enveloppe de 2 millions d'euros pour l'aide humanitaire.\n`)).toHaveLength(1);
    expect(initiatives(`${head}La Belgique contribuera à hauteur de 500 000 euros au programme.\n`)).toHaveLength(1);
    expect(initiatives(`${head}La France financera le projet à hauteur de 3 millions d'euros.\n`)).toHaveLength(1);
    expect(initiatives(`${head}La France contribue à la stabilité régionale.\n`)).toEqual([]);
  });

  it('counts agreeing on a mechanism (« se sont accordés sur la mise en place »), officials instructed (« donné instruction à leurs ministres »), a meeting organised jointly, a named effort joined and a partnership concluded', () => {
    for (const sentence of [
      "Les ministres se sont accordés sur la mise en place d'un mécanisme de consultations politiques.",
      "Les deux chefs d'État ont donné instruction à leurs ministres de finaliser l'accord.",
      "Le Canada et la France organiseront conjointement un forum sur l'intelligence artificielle.",
      "Le Canada s'associe à la coalition internationale pour le retour des enfants ukrainiens.",
      "Le Canada rejoint l'initiative mondiale pour la sécurité alimentaire.",
      'Les deux pays ont conclu un partenariat stratégique.',
      'The two countries concluded a strategic partnership.',
    ]) {
      expect(initiatives(`${head}${sentence}\n`), sentence).toHaveLength(1);
    }
    expect(initiatives(`${head}Le ministre s'associe à la douleur des familles.\n`)).toEqual([]);
    expect(initiatives(`${head}Il rejoint le point de vue de son homologue.\n`)).toEqual([]);
  });

  it('counts a new facility inaugurated, in English and French, not an exhibition', () => {
    expect(initiatives(`${head}Les deux pays ont inauguré un nouveau centre de formation à Abidjan.\n`)).toHaveLength(1);
    expect(initiatives(`${head}The Secretary General inaugurated the new Joint Training and Evaluation Centre in Tbilisi.\n`)).toHaveLength(1);
    expect(initiatives(`${head}The Prime Minister inaugurated the exhibition.\n`)).toEqual([]);
  });
});

describe('negotiations committed to with a gerund, and a launch "of a" named dialogue', () => {
  const head = 'Readout\n\n';

  it('counts "committed to concluding negotiations on … agreement" and "committed to launching negotiations", not "committed to the agreement"', () => {
    expect(initiatives(`${head}Both countries are committed to concluding negotiations on a comprehensive economic partnership agreement by 2026.\n`)).toHaveLength(1);
    expect(initiatives(`${head}The two sides committed to launching negotiations next year.\n`)).toHaveLength(1);
    expect(initiatives(`${head}We are committed to the agreement.\n`)).toEqual([]);
  });

  it('counts "announced the launch of a Canada-Korea … Dialogue" as it counts "the launch of the … Dialogue"', () => {
    expect(initiatives(`${head}The two leaders announced the launch of a Canada-Korea Critical Minerals Supply Chain Dialogue.\n`)).toHaveLength(1);
  });
});

describe('round 13, joint statements and readouts (counter-ransomware, US–Mexico, NATO, State; measured on f8ff6a0 first)', () => {
  const cri = 'International Counter Ransomware Initiative 2022 Joint Statement\n\nThe members of the CRI met in Washington, DC on October 31–November 1, 2022.\n\n';

  it('hands "We intend to:" to each action bullet that follows', () => {
    const text = `${cri}We are committed to using all appropriate tools and jointly committed to the following actions in support of this endeavor.  We intend to:\n\n- Hold ransomware actors accountable for their crimes and not provide them safe haven;\n\n- Disrupt and bring to justice ransomware actors and their enablers; and\n\n- Collaborate in disrupting ransomware by sharing information.\n`;
    expect(initiatives(text)).toEqual([
      'Hold ransomware actors accountable for their crimes and not provide them safe haven;',
      'Disrupt and bring to justice ransomware actors and their enablers; and',
      'Collaborate in disrupting ransomware by sharing information.',
    ]);
  });

  it('reads processes, mechanisms, tools, platforms and panels set up as initiatives, with or without an article', () => {
    for (const sentence of [
      'We commit to establish processes to most effectively share information and analysis about specific strains of ransomware.',
      'We resolve to work to establish mechanisms for notifying financial institutions and virtual asset platforms of ransomware payments.',
      'In addition, we also intend to develop a capacity-building tool to help countries utilize public-private partnerships.',
      'To further this collaboration, we have established a pilot information sharing platform to facilitate the exchange of information.',
      'We established a binational panel of public health experts to exchange best practices.',
      'Both governments launched complementary education campaigns on the dangers of fentanyl.',
      'We have set ambitious goals within the Bicentennial Framework and developed detailed action plans to achieve our shared objectives.',
      'A binational illicit finance working group collaborated on cases involving chemical precursor trafficking.',
      'Mexico implemented a new approach and the U.S. Office of Foreign Asset Control issued the first sanctions for firearms trafficking.',
      'We are committed to continuing to work together not only as the CRI, but also with other partners, including through the Paris Call for Trust and Security.',
    ]) {
      expect(initiatives(`${cri}${sentence}\n`), sentence).toEqual([sentence]);
    }
    // A committee's view is no action, nor are plans or tools only discussed.
    expect(initiatives(`${cri}The trilateral committee recognized synthetic opioids as a threat.\n`)).toEqual([]);
    expect(initiatives(`${cri}The ministers discussed tools to counter ransomware.\n`)).toEqual([]);
  });

  it('counts what a body the text sets up will do, named again as the subject, and not a body only named', () => {
    const text = `${cri}To that end, we intend to establish a voluntary International Counter Ransomware Task Force (ICRTF) to develop cross-sectoral tools.  The ICRTF expects to produce public reports on tools, tactics, and procedures.\n\nThe Council will continue to monitor the situation.\n`;
    expect(initiatives(text)).toEqual([
      'To that end, we intend to establish a voluntary International Counter Ransomware Task Force (ICRTF) to develop cross-sectoral tools.',
      'The ICRTF expects to produce public reports on tools, tactics, and procedures.',
    ]);
    expect(initiatives('Joint statement\n\nThe ministers agreed to establish a joint working group on energy. The working group will meet twice a year.\n')).toHaveLength(2);
    // What a fund is for is not an action of it.
    expect(initiatives('Release\n\nThe Minister announced the establishment of a $10 million Pacific Enabling Fund. The fund will allow engagement with Pacific partners.\n')).toHaveLength(1);
  });

  it('counts consultations and talks to come in a named NATO body, in French', () => {
    const nac = 'Déclaration du Conseil de l’Atlantique Nord\n\nLe Conseil de l’Atlantique Nord s’est réuni à la demande de la Pologne.\n\n';
    expect(initiatives(`${nac}Nous continuerons d’avoir des consultations avec l’Ukraine dans le cadre de la Commission OTAN‑Ukraine.\n`)).toHaveLength(1);
    expect(initiatives(`${nac}Nous nous entretiendrons avec la Russie dans le cadre du Conseil OTAN‑Russie.\n`)).toHaveLength(1);
  });

  it('reads « continue de violer la souveraineté » as a violation, and plain concern in a clause about a named party’s acts', () => {
    expect(condemned('Déclaration\n\nMalgré les appels répétés, la Russie continue de violer la souveraineté et l’intégrité territoriale de l’Ukraine.\n')).toBe(1);
    expect(condemned('Readout\n\nHe expressed concern that these launches demonstrate the DPRK’s determination to advance its unlawful weapons programs.\n')).toBe(1);
    expect(condemned('Readout\n\nThey expressed concern that the pandemic’s effects on the economy will last.\n')).toBe(0);
  });

  it('finds both officials of a call whose offices carry a portfolio ("for the DPRK", "on Korean Peninsula Affairs") or an ambassador’s honorific', () => {
    const text = 'Call readout\n\nThe following is attributable to Spokesperson Ned Price:\n\nOn March 10, Special Representative for the DPRK Sung Kim called PRC Special Representative on Korean Peninsula Affairs Liu Xiaoming to discuss the DPRK’s launches, which the U.S. government has concluded were tests of a new system.\n\nSpecial Representative Kim strongly condemned the launches, which violated multiple UN Security Council resolutions. Special Representative Kim emphasized that the PRC and United States share an interest in ensuring regional stability. Special Representative Kim reiterated that the United States remains open to diplomacy with the DPRK.\n';
    const participants = extract(text).participants;
    expect(participants.map((p) => [p.name, p.title])).toEqual([
      ['Sung Kim', 'Special Representative for the DPRK'],
      ['Liu Xiaoming', 'Special Representative on Korean Peninsula Affairs'],
    ]);
    // The DPRK is the portfolio, not the American official's country.
    expect(participants[0]?.country).toBe('United States');
    expect(names('Call readout\n\nOn March 10, Ambassador Sung Kim called Ambassador Liu Xiaoming.\n')).toEqual(['Sung Kim', 'Liu Xiaoming']);
    expect(names('Readout\n\nAmbassador Sung Kim called on Beijing to act.\n')).toEqual([]);
    // "EU High Representative" is no portfolio adjective: the spokesperson's principal stays a participant.
    expect(names('Statement by the Spokesperson of EU High Representative Catherine Ashton following the Ministerial Meeting\n\nThe spokesperson of Catherine Ashton issued the following statement today:\n\n"High Representative Catherine Ashton chaired the annual meeting in Brussels today."\n')).toContain('Catherine Ashton');
  });

  it('dates a briefing to the Council written « Mercredi (5 septembre 2018) », and does not place it where the attack was', () => {
    const text = 'Le conseiller présente au Conseil les développements de l’enquête\n\nMercredi (5 septembre 2018), le conseiller britannique à la sécurité nationale, Mark Sedwill, a informé le Conseil de l’Atlantique Nord des mesures prises par son pays en réponse à l’attaque au neurotoxique menée à Salisbury.\n';
    expect(extract(text).meeting.date).toBe('2018-09-05');
    expect(extract(text).meeting.location).toBeNull();
    expect(extract('Readout\n\nOn Wednesday (5 September 2018), the adviser met the Council.\n').meeting.location).toBeNull();
    expect(extract('Readout\n\nThe Secretary met the Minister today in Ottawa and extended condolences for the attack in Manbij.\n').meeting.location).toBe('Ottawa');
  });
});

describe('round 13, two more classes (OIF and PMO; measured on f8ff6a0 first)', () => {
  it('reads an act called contrary to commitments or law as a breach, not one contrary to a spirit', () => {
    expect(condemned('Déclaration\n\nCes actes sont contraires aux engagements pris par nos Etats et gouvernements dans la Déclaration de Bamako.\n')).toBe(1);
    expect(condemned('Statement\n\nThese launches are contrary to international law and to Security Council resolutions.\n')).toBe(1);
    expect(condemned('Statement\n\nThis is contrary to the spirit of cooperation.\n')).toBe(0);
  });

  it('counts a meeting to come named as an upcoming milestone, not one only welcomed', () => {
    expect(initiatives('Readout\n\nThe leaders discussed upcoming milestones to advance the bilateral partnership, including the convening of a joint Council of Ministers.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThey welcomed the convening of the next session of the Council.\n')).toEqual([]);
  });
});

describe('classes left from rounds 7–13 (each text measured on arrival before these rules)', () => {
  it('reads dismay, a call not to do something, concern about repression, safe passage and reminders of obligations as condemnations', () => {
    for (const sentence of [
      "Le Secrétaire général a pris connaissance avec consternation de l'attentat sanglant perpétré aujourd'hui contre un véhicule de Médecins sans Frontières.",
      'We urge all countries not to give military or other assistance to Russia.',
      'We are concerned by the escalating and reinforced repression against the Russian people.',
      'Russian forces must immediately provide for safe pathways to other parts of Ukraine.',
      'It is the duty of all involved to de-escalate tensions to prevent any further bloodshed.',
      'La Suisse rappelle aux parties au conflit l’obligation qui leur incombe au titre du droit international humanitaire.',
      'Je rappelle les engagements internationaux pris par le gouvernement de la Gambie.',
      'The Council reminds all parties to the conflict of their obligations under international humanitarian law.',
      'Elles doivent se soumettre à l’autorité politique.',
    ]) {
      expect(condemned(`Statement\n\n${sentence}\n`), sentence).toBe(1);
    }
    for (const sentence of ['We urge partners to continue their support.', 'The Minister reminded students of their obligations.', 'Nous rappelons notre engagement en faveur de la paix.']) {
      expect(condemned(`Statement\n\n${sentence}\n`), sentence).toBe(0);
    }
  });

  it('counts officials instructed with a qualifier, « il a été convenu que », dated state visits, tomorrow’s meeting, bilateral meetings ahead and a contribution to a fund', () => {
    for (const sentence of [
      'We have instructed Australian officials to work with officials from Nauru to develop the arrangements.',
      'We instruct relevant ministers to accelerate the process.',
      "Il a été convenu qu'à la fin de cette année, ce haut conseil serait mis en place ici à Tunis.",
      'Le Grand-Duc et la Grande-Duchesse se rendront en France pour une visite d’État du 19 au 21 mars.',
      'The President will pay a state visit to Japan on 12 May.',
      'They looked forward to tomorrow’s NATO Leaders’ Meeting.',
      'Mr Tabuteau will engage in a range of bilateral meetings.',
      'Le gouvernement luxembourgeois fournit également une contribution annuelle au Fonds central d’intervention pour les urgences humanitaires.',
    ]) {
      expect(initiatives(`Statement\n\n${sentence}\n`), sentence).toEqual([sentence]);
    }
    expect(initiatives('Statement\n\nThe teacher asked the students to leave.\n')).toEqual([]);
  });
});

describe('a quotation paragraph after a paragraph that opens on its speaker, set off by commas (OIF, 2015; measured on arrival)', () => {
  it('hands « … » to the office holder named between commas who "exprime" a stance in the paragraph before', () => {
    const text =
      'Burkina Faso : Michaëlle Jean exprime sa très grande préoccupation\n\nLa Secrétaire générale de la Francophonie, Madame Michaëlle Jean, exprime sa très grande préoccupation face à la prise en otage du Président de la transition.\n\n« La Francophonie s’associe aux Nations unies pour condamner fermement cet acte inadmissible. »\n';
    expect(quotes(text)).toEqual([['Michaëlle Jean', 'La Francophonie s’associe aux Nations un']]);
  });
});

describe('an Australian minister named with post-nominals and office on one header line (2007; measured on arrival)', () => {
  it('makes "Kevin Andrews MP  Minister for Immigration and Citizenship" the release’s author, not a line that only names someone', () => {
    const text = 'War Crimes MOU signed.\n\nKevin Andrews MP  Minister for Immigration and Citizenship\n\nTuesday, 17 April 2007\n\nTonight the Australian Government signed a Memorandum of Understanding with the United States.\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toEqual([['Kevin Andrews', 'Minister for Immigration and Citizenship']]);
    expect(names('War Crimes MOU signed.\n\nTonight the Australian Government signed a Memorandum of Understanding with Kevin Andrews present.\n')).toEqual([]);
  });
});

describe('meeting fields left from rounds 7–13 (measured on arrival)', () => {
  it('places a visit « au siège de l’Alliance » in Brussels', () => {
    expect(extract('Visite au siège de l’OTAN\n\nLe lundi 18 février 2008, l’Assemblée parlementaire de l’OTAN a effectué une visite au siège de l’Alliance et a tenu sa réunion conjointe annuelle avec le Conseil.\n').meeting.location).toBe('Brussels');
  });

  it('dates a joint statement by the two-digit-year date its title gives in brackets, « (13.05.19) »', () => {
    const text = 'Déclaration conjointe de Jean-Yves Le Drian et d’Enzo Moavero Milanesi, ministres des affaires étrangères de la France et de l’Italie (13.05.19)\n\nA l’occasion de la réunion du Conseil Affaires étrangères, nous avons eu un échange très positif et productif.\n';
    expect(extract(text).meeting.date).toBe('2019-05-13');
    // Not a version or section number: "(2.1.3)" holds no two-digit year's full form and no brackets' date.
    expect(extract('Statement on section (2.1.3)\n\nThe ministers met to discuss the report.\n').meeting.date).toBeNull();
  });
});

describe('the authors’ own concerns and a list of people (DFAT, 1991; measured on arrival)', () => {
  const text =
    'Australia and Iran cooperate\n\nThe Minister for Foreign Affairs and Trade, Senator Gareth Evans, said today that Australia and Iran would cooperate.\n\nHe said he had raised Australian concerns about continuing allegations of human rights abuses in Iran, including large scale executions.\n\nSenator Evans said Dr Velayati had discussed these issues with other Ministers including Mr Kerin, Mr Hand and Mr Dawkins.\n';

  it('takes "Australian concerns" as the authors’, so the party concerned about is Iran, and the minister stays Australian', () => {
    const statement = extract(text);
    expect(statement.condemnations.map((c) => c.targets)).toEqual([['Iran']]);
    expect(statement.participants.find((p) => p.name === 'Gareth Evans')?.country).toBe('Australia');
  });

  it('reads no office in "other Ministers including Mr Kerin", so Mr Hand is no participant', () => {
    expect(names(text)).not.toContain('Hand');
  });
});

describe('a condemnation’s target phrase starts on a whole word', () => {
  it('names "Kirov Court …" where the concern cue ends on the court’s capital letter (EU, 2013)', () => {
    const text = 'Statement by the Spokesperson\n\nThe High Representative is concerned about the guilty verdict handed down today by the Kirov Court against Alexey Navalny.\n';
    expect(extract(text).condemnations.map((c) => c.targets)).toEqual([['Kirov Court against Alexey Navalny']]);
  });
});

describe('round 14 and 15 classes (Irish releases, 2017–2018; measured on arrival)', () => {
  it('reads "Minister for Social Protection Leo Varadkar" with the whole portfolio in the title', () => {
    const text = 'Statement from Fine Gael Leader & Social Protection Minister Leo Varadkar\n\nFine Gael Leader and Minister for Social Protection Leo Varadkar has expressed his shock at the latest attack on civilians in London.\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toEqual([['Leo Varadkar', 'Minister for Social Protection']]);
  });

  it('takes paragraphs in single marks, British style (each reopens, only the last closes), as one quote of the participant who "has expressed" before them', () => {
    const text =
      'Statement from Leo Varadkar\n\nFine Gael Leader and Minister for Social Protection Leo Varadkar has expressed his shock at the latest attack on civilians in London.\n\n' +
      "'Once again innocent people have been targeted in the most craven and horrific manner. We extend our solidarity to the people of the UK.\n\n" +
      "'The fact that this comes so soon after the Manchester attack only adds to the horror.\n\n" +
      "'Irish authorities are in constant contact with their counterparts in the UK.'\n\nEnds\n";
    const found = extract(text).quotes;
    expect(found.map((q) => q.speaker)).toEqual(['Leo Varadkar']);
    expect(found[0]?.text).toBe('Once again innocent people have been targeted in the most craven and horrific manner. We extend our solidarity to the people of the UK.\n\nThe fact that this comes so soon after the Manchester attack only adds to the horror.\n\nIrish authorities are in constant contact with their counterparts in the UK.');
  });

  it('leaves a paragraph opening on an apostrophe that never closes out of the quotes', () => {
    const text = "Statement from Leo Varadkar\n\nLeo Varadkar has expressed his shock at the attack.\n\n'Tis the season of goodwill, and we extend our solidarity to the people of the UK.\n";
    expect(extract(text).quotes).toEqual([]);
  });

  it('goes on with a quotation whose next paragraph lost its reopening mark but closes it, and gives "The Tánaiste said:" to the one who holds the office', () => {
    const text =
      'Tánaiste outlines next steps following Salisbury attack\n\nThe Tánaiste and Minister for Foreign Affairs and Trade, Simon Coveney TD, has welcomed the European Council conclusions.\n\nThe Tánaiste said:\n\n' +
      '“The UK is Ireland’s closest neighbour and friend and we are in complete solidarity with the British government.\n\n' +
      'As the Taoiseach has said this morning we will be considering next week whether to take additional measures. I will be discussing this with the Taoiseach over the coming days.”\n';
    const found = extract(text).quotes;
    expect(found.map((q) => [q.speaker, q.text.slice(0, 40)])).toEqual([['Simon Coveney', 'The UK is Ireland’s closest neighbour an']]);
    expect(found[0]?.text).toContain('\n\nAs the Taoiseach has said this morning');
    expect(found[0]?.text.endsWith('over the coming days.')).toBe(true);
  });
});

describe('participants from rounds 14 and 15 (measured on arrival)', () => {
  it('takes no section heading for a person when the line under it is a sentence, not an office (White House, 2021–2023)', () => {
    const text =
      'Joint Statement from the United States and Colombia\n\nPresident Joseph R. Biden, Jr. of the United States and President Gustavo Petro Urrego of the Republic of Colombia met today.\n\nHolistic Counternarcotics Strategy\n\nPresident Biden and President Petro committed to a holistic approach to address drug trafficking.\n';
    expect(names(text)).toEqual(['Joseph R. Biden, Jr.', 'Gustavo Petro Urrego']);
    expect(names('Readout of AUKUS Joint Steering Group Meetings\n\nDuring the Joint Steering Group meeting on Advanced Capabilities, participants identified opportunities for collaboration.\n')).toEqual([]);
  });

  it('reads "Joe Biden" in the title and "Joseph R. Biden, Jr." in the body as one person', () => {
    const text =
      'Joint Statement from the United States and Colombia following the Bilateral Meeting Between President Joe Biden and President Gustavo Petro\n\nPresident Joseph R. Biden, Jr. of the United States and President Gustavo Petro Urrego of the Republic of Colombia met today to advance bilateral cooperation.\n';
    expect(names(text)).toEqual(['Joseph R. Biden, Jr.', 'Gustavo Petro Urrego']);
  });

  it('reads "H.E. Mao Havannall, Minister-in-Charge of …" as a participant (State Department, 2026)', () => {
    const text = 'The United States and Cambodia Sign Air Transport Agreement\n\nDeputy Secretary of State Christopher Landau signed an Air Transport Agreement yesterday with H.E. Mao Havannall, Minister-in-Charge of Cambodia’s State Secretariat of Civil Aviation, to advance our countries’ bilateral aviation cooperation.\n';
    expect(names(text)).toEqual(['Christopher Landau', 'Mao Havannall']);
  });

  it('takes « Sa Majesté le roi Willem-Alexander » by his one name, and « le général Tom Middendorp » by his rank (NATO, 2015)', () => {
    const text =
      'Le secrétaire général de l’OTAN accueille le roi des Pays-Bas\n\nLe secrétaire général de l’OTAN, Jens Stoltenberg, a accueilli jeudi Sa Majesté le roi Willem-Alexander des Pays-Bas au siège de l’OTAN.\n\n' +
      'Le roi, accompagné par le chef d’état-major de la défense des Pays-Bas, le général Tom Middendorp, a déposé une gerbe.\n';
    expect(names(text)).toEqual(['Jens Stoltenberg', 'Willem-Alexander', 'Tom Middendorp']);
    // A monarch named in passing, without the style, is no participant: "the joint call from …, and Amir Tamim of Qatar".
    expect(names('Statement\n\nPrime Minister Jane Doe met Prime Minister John Roe today. They endorsed the joint call from Amir Tamim of Qatar to renew talks.\n')).not.toContain('Tamim');
  });

  it('leaves out someone whose visit to come the leaders discussed (PMO, 2025; White House, 2023)', () => {
    expect(names('Readout\n\nPrime Minister Mark Carney spoke with Prime Minister Keir Starmer. The leaders discussed the upcoming visit of His Majesty King Charles III to Canada.\n')).toEqual(['Mark Carney', 'Keir Starmer']);
    expect(names('Appel\n\nLe premier ministre Mark Carney s’est entretenu avec le premier ministre Keir Starmer. Les dirigeants ont discuté de la visite que Sa Majesté le roi Charles III effectuera au Canada.\n')).toEqual(['Mark Carney', 'Keir Starmer']);
  });

  it('keeps an office whose portfolio names another office: « président du Conseil privé du Roi pour le Canada »', () => {
    const text = 'Rencontre\n\nLe premier ministre a rencontré les premiers ministres des provinces, accompagné du président du Conseil privé du Roi pour le Canada, Dominic LeBlanc.\n';
    expect(extract(text).participants.find((p) => p.name === 'Dominic LeBlanc')?.title).toBe('président du Conseil privé du Roi pour le Canada');
  });
});

describe('meeting fields from rounds 14 and 15 (measured on arrival)', () => {
  const meeting = (text: string) => extract(text).meeting;

  it('places « a reçu …, ce mardi, au Palais de l’Elysée » (no accent on the E) in Paris (Élysée, 2024)', () => {
    const text = 'Entretien avec Mark Rutte, Secrétaire général de l’OTAN.\n\nLe Président Emmanuel Macron a reçu Mark Rutte, Secrétaire général de l’Organisation du Traité de l’Atlantique Nord (OTAN), ce mardi, au Palais de l’Elysée.\n\nLors de cet entretien, ils ont eu l’occasion d’aborder ensemble les défis auxquels doit faire face l’Alliance.\n';
    expect(meeting(text).location).toBe('Paris');
    // « a reçu des assurances » reports no meeting.
    expect(meeting('Déclaration\n\nLa France a reçu des assurances du gouvernement au Palais de l’Elysée sur la tenue des élections.\n').location).toBeNull();
  });

  it('reads a short sentence in the lead’s paragraph: "Both meetings were held at the Pentagon." (White House, 2021)', () => {
    const text = 'Readout of AUKUS Joint Steering Group Meetings\n\nAustralia, the United Kingdom and the United States of America recently held the inaugural meetings of the AUKUS Trilateral Joint Steering Groups. The Joint Steering Group for Advanced Capabilities met on December 9. Both meetings were held at the Pentagon.\n';
    expect(meeting(text).location).toBe('Washington');
  });

  it('places a statement its authors issue at a meeting a later paragraph reports as "met today in Tokyo" (White House, 2023)', () => {
    const text =
      'Trilateral National Security Advisors Statement on the DPRK’s Missile Launches\n\nThe United States, Japan, and the Republic of Korea condemn today’s DPRK missile launches. These launches are clear violations of multiple United Nations Security Council resolutions.\n\n' +
      'The United States reaffirms its ironclad security commitments to both Japan and the ROK. National Security Advisor Akiba Takeo, National Security Advisor Cho Tae-yong, and National Security Advisor Jake Sullivan met today in Tokyo and discussed ways to strengthen trilateral cooperation.\n';
    expect(meeting(text).location).toBe('Tokyo');
    // A meeting still to come, two paragraphs down, places nothing.
    expect(meeting('Statement on the launches\n\nThe United States and Japan condemn today’s launches. These launches are clear violations of multiple United Nations Security Council resolutions.\n\nThe ministers will meet today in Tokyo to discuss the launches.\n').location).toBeNull();
  });

  it('dates a joint statement by the full date of "this historic occasion of March 12, 2021, the first-ever leader-level summit" in its lead paragraph', () => {
    const text = 'Quad Leaders’ Joint Statement: “The Spirit of the Quad”\n\n1. We have convened to reaffirm our commitment to quadrilateral cooperation between Australia, India, Japan, and the United States. We bring diverse perspectives. On this historic occasion of March 12, 2021, the first-ever leader-level summit of the Quad, we pledge to strengthen our cooperation.\n';
    expect(meeting(text).date).toBe('2021-03-12');
  });

  it('leaves the dateline’s stray punctuation out of the city: "30 March 2017, Male’;" (Maldives MFA)', () => {
    const text = 'Signing of Exchange of Notes between Maldives and Japan\n\n30 March 2017, Male’;\n\nThe Government of the Republic of Maldives and the Government of Japan signed an exchange of notes today at a ceremony held at the Ministry of Foreign Affairs.\n';
    expect(meeting(text).location).toBe('Male');
  });
});

describe('initiatives from rounds 14 and 15 (White House, 2022–2023; measured on arrival)', () => {
  const counted = (sentence: string) => initiatives(`Readout\n\nPresident Biden met with Prime Minister Modi today in Tokyo.\n\n${sentence}\n`).includes(sentence);

  it.each([
    'President Biden welcomed India’s decision to join the Indo-Pacific Economic Framework, and expressed confidence that India would benefit.',
    'The two countries announced India’s joining the Combined Military Forces-Bahrain as an associate member.',
    'The U.S. plans to join six of India’s Technology Innovation Hubs to support at least 25 joint research projects in 2022.',
    'The two countries are renewing the Indo-U.S. Vaccine Action Program, which since its establishment has yielded several results.',
    'They committed to deepen our Major Defense Partnership, encourage economic engagement that benefits both countries.',
    'They reaffirmed our commitment to strengthening economic cooperation through the Americas Partnership for Economic Prosperity.',
    'The U.S. and India committed to expanding cooperation in new defense domains, including through space, cyber, and launching a dialogue on Artificial Intelligence.',
    'The three governments further committed to enhance drug surveillance capabilities and share best practices in the upcoming trilateral public health meeting.',
  ])('counts %s', (sentence) => {
    expect(counted(sentence)).toBe(true);
  });

  it.each([
    // Joining a body with no name of its own, a state of being committed, closer collaboration with no mechanism.
    'Secretary General Jens Stoltenberg welcomed the Prime Minister of Sweden to NATO Headquarters for discussions on Sweden’s application to join the Alliance.',
    'The United Kingdom remains committed to ensuring the safety of shipping in the region.',
    'Both leaders also committed to continue close collaboration on Haiti, including to strengthen the police’s capacity.',
    'Our support to this project builds on our shared commitment to address the infrastructure needs of the region through the Trilateral Infrastructure Partnership.',
  ])('does not count %s', (sentence) => {
    expect(counted(sentence)).toBe(false);
  });
});

describe('a call’s demanded act stops at a purpose clause (OIF, 2025; measured on arrival)', () => {
  it('does not count « exhorte les acteurs concernés à privilégier le dialogue inclusif, visant à rétablir le climat de confiance »', () => {
    expect(condemned('Madagascar : la Secrétaire générale appelle à la retenue\n\nElle exhorte les acteurs concernés à privilégier le dialogue inclusif, visant à rétablir le climat de confiance.\n')).toBe(0);
  });

  it('still counts a call to stop followed by its purpose', () => {
    expect(condemned('Déclaration\n\nNous exhortons la Russie à cesser immédiatement ses attaques afin de permettre la paix.\n')).toBe(1);
    expect(condemned('Statement\n\nWe call on Russia to immediately withdraw its forces in order to allow talks.\n')).toBe(1);
  });
});

describe('round 16 classes (New Zealand, No 10, Pentagon, State Department; measured on arrival)', () => {
  const nz =
    'NZ, Philippines To Sign Military Agreement\n\nMinister of Defence\n\nNew Zealand and the Philippines will this week sign an agreement to enable the two countries’ militaries to work more closely, Defence Minister Judith Collins says.\n\n' +
    'Ms Collins will travel to the Philippines today to sign the Status of Visiting Forces Agreement, which highlights the importance New Zealand places on working closely with our partners, she says.\n\n' +
    "'It formally sets the legal framework for engagement between our respective militaries.\n\n'The agreement follows a commitment made by the two leaders last year.'\n";

  it('gives a quotation after "…, she says." to the participant that paragraph named', () => {
    expect(quotes(nz)).toEqual([['Judith Collins', 'It formally sets the legal framework for']]);
  });

  it('takes no place from "the Status of Visiting Forces Agreement", nor from a "Release No:" line', () => {
    expect(extract(nz).meeting.location).toBeNull();
    const pentagon = 'Readout of Secretary Mattis’ Meeting with Australian Minister of Defense Marise Payne\n\nRelease No: NR-334-17 Sept. 20, 2017\n\nOn September 20, Secretary of Defense Jim Mattis hosted Australian Minister of Defense Marise Payne for a bilateral meeting.\n';
    expect(extract(pentagon).meeting.location).toBeNull();
  });

  it('does not place a call where the attack it discussed "took place"', () => {
    const text = 'PM call with Prime Minister Gentiloni: 16 March 2018\n\nPrime Minister Theresa May spoke with Prime Minister Paolo Gentiloni of Italy about the nerve agent attack that recently took place in Salisbury.\n';
    expect(extract(text).meeting.location).toBeNull();
  });

  it('places a meeting held "Further to the Negev Summit, held in Sde Boker, Israel" in Manama, where it was held', () => {
    const text =
      'Negev Forum Steering Committee Joint Statement\n\nFurther to the Negev Summit, held in Sde Boker, Israel in March of this year, at which it was decided to form a framework for regional cooperation, the Governments of Bahrain, Egypt, Israel, Morocco, the United Arab Emirates, and the United States held the inaugural meeting of the Negev Forum Steering Committee in Manama, Bahrain on June 27, 2022.\n';
    expect(extract(text).meeting.location).toBe('Manama');
  });

  it.each([
    'The following is the text of a joint statement by the High Representative on behalf of the European Union and the Foreign Ministers of Albania, Australia and Canada.',
    'Secretary Blinken and Foreign Minister Hayashi welcomed the joint statement released by the Secretary of State of the United States and the Foreign Minister of Japan.',
    'We reiterated the intention to convene regular dialogues, consultations, senior officials and ministerial meetings.',
    'The Foreign Ministers’ Ministerial, which is expected to convene annually, will be hosted on a rotating basis.',
  ])('counts %s', (sentence) => {
    expect(initiatives(`Joint Statement\n\nThe ministers met today.\n\n${sentence}\n`)).toContain(sentence);
  });
});

describe('calls to stop in other words, and talks scheduled (rounds 14-16; measured on arrival)', () => {
  it.each([
    'They also discussed North Korea’s latest missile test, agreeing that China must now use all its leverage to bring pressure to bear on the North Korean regime to ensure they change course and end these illegal tests.',
    'Alongside our allies and partners, the UK is committed to peace on the Korean Peninsula, upholding the rules-based international system and securing an end to North Korea’s unlawful activities.',
    'They shared their belief that the DPRK should take the path of diplomacy rather than continued provocations.',
    'This action demonstrates the need for all countries to fully implement DPRK-related UN Security Council resolutions.',
    // Troika and EU on Sudan, 2022 (round 16).
    'The military and security forces should be held to this commitment.',
  ])('counts %s', (sentence) => {
    expect(condemned(`Statement\n\n${sentence}\n`)).toBe(1);
  });

  it('does not count a wish about a path, or an end to something lawful', () => {
    expect(condemned('Statement\n\nThe parties should take the path of diplomacy rather than continued talks about talks.\n')).toBe(0);
    expect(condemned('Statement\n\nThe ministers welcomed securing an end to the long negotiation.\n')).toBe(0);
  });

  it('counts talks the leaders look forward to "in the next two days", not a bare wish to discuss', () => {
    const lead = 'Readout\n\nThe Prime Minister met Prime Minister Meloni of Italy at the G7 Summit in Kananaskis.\n\n';
    const scheduled = 'They reiterated their support for Ukraine, a topic of our common security that they looked forward to discussing in the next two days.';
    expect(initiatives(`${lead}${scheduled}\n`)).toContain(scheduled);
    expect(initiatives(`${lead}They looked forward to discussing the issue further.\n`)).toEqual([]);
  });
});

describe('kinds from rounds 14-15 (Japan MOFA, White House, OIF, State Department; measured on arrival)', () => {
  const kind = (text: string) => extract(text).meeting.kind;

  it('reads "held a telephone talk with" as a call’s readout', () => {
    expect(kind('Japan-United States of America Relations\n\nMay 16, 2017\n\nOn May 16, for approximately 20 minutes from 9:35, Mr. Fumio Kishida, Minister for Foreign Affairs, held a telephone talk with the Honorable Rex Tillerson, Secretary of State of the United States of America.\n')).toBe('readout');
  });

  it('reads "Trilateral National Security Advisors Statement" as a joint statement', () => {
    expect(kind('Trilateral National Security Advisors Statement on the DPRK’s Missile Launches\n\nThe United States, Japan, and the Republic of Korea condemn today’s DPRK missile launches.\n')).toBe('joint-statement');
  });

  it('does not read a dialogue called for in the title as a meeting held', () => {
    expect(kind('Madagascar : la Secrétaire générale appelle à la retenue et au dialogue inclusif\n\nLa Secrétaire générale de la Francophonie, Madame Louise Mushikiwabo, suit avec une profonde préoccupation l’évolution de la situation à Madagascar.\n')).toBe('statement');
    expect(kind('U.S.-Canada Strategic Dialogue\n\nThe Secretary and the Minister convened the latest round of their Strategic Dialogue at the State Department.\n')).toBe('readout');
  });

  it('reads a "Media Note" label line as a news release', () => {
    expect(kind('U.S.-Israel Strategic Dialogue\n\nMedia Note\nOffice of the Spokesperson\nWashington, DC\nSeptember 11, 2014\n\nToday, Israel and the United States convened the latest round of their Strategic Dialogue at the State Department in Washington, D.C.\n')).toBe('news-release');
  });
});

describe('initiatives that are not the authors’ (rounds 14-16; measured on arrival)', () => {
  it('does not count welcoming an agreement "reached between the parties" (OSCE Chair, 2014), but counts one the authors reached', () => {
    const lead = 'Statement\n\nThe minister spoke today.\n\n';
    expect(initiatives(`${lead}Didier Burkhalter, Chairperson-in-Office of the OSCE, has welcomed the agreement reached between the parties regarding the settlement of the crisis in Ukraine.\n`)).toEqual([]);
    expect(initiatives(`${lead}The ministers welcomed the agreement reached last night.\n`)).toEqual(['The ministers welcomed the agreement reached last night.']);
  });

  it('does not count "committed to deepening partnership" with no mechanism named (White House, 2023)', () => {
    expect(initiatives('Readout\n\nThe leaders met today.\n\nThe leaders committed to deepening partnership on capability and capacity development.\n')).toEqual([]);
  });
});

describe('a statement issued without quote marks after "issued the following statement …:" (German Federal Foreign Office, 2020)', () => {
  it('takes the paragraphs after the lead as the speaker’s quotation', () => {
    const text =
      'Foreign Minister Maas travels to Russia\n\nForeign Minister Heiko Maas issued the following statement today (11 August 2020) before departing for Moscow and St Petersburg:\n\n' +
      'When there are issues to be resolved, it is always best to have a frank discussion. That is why I am travelling to Russia today.\n';
    expect(quotes(text)).toEqual([['Heiko Maas', 'When there are issues to be resolved, it']]);
  });

  it('leaves a lead that names no speaker alone', () => {
    expect(quotes('Statement\n\nThe following statement was issued today by the Office of the Spokesperson:\n\nWhen there are issues to be resolved, it is always best to have a frank discussion.\n')).toEqual([]);
  });
});

describe('a Philippine "Sec." before a name (six-government joint statement, 2017)', () => {
  it('reads "National Security Adviser Sec. Hermogenes Esperon Jr" with his own title, not the next delegate’s', () => {
    const text =
      'Sub-regional meeting on foreign terrorist fighters\n\nOther Heads of Delegation included Philippine National Security Adviser Sec. Hermogenes Esperon Jr, New Zealand Foreign Minister the Hon. Gerry Brownlee MP, and Malaysian Deputy Minister of Home Affairs Dato’ Masir Kujat.\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toEqual([
      ['Hermogenes Esperon Jr', 'National Security Adviser'],
      ['Gerry Brownlee', 'Foreign Minister'],
      ['Masir Kujat', 'Deputy Minister of Home Affairs'],
    ]);
  });
});

describe('an organisation’s acronym inside an office (NATO, 2020)', () => {
  it('reads "the Acting President of the NATO Parliamentary Assembly Mr. Attila Mesterhazy" as a titled participant', () => {
    const text =
      'Secretary General welcomes NATO Parliamentary Assembly to NATO Headquarters\n\nAhead of the meeting, the Secretary General met with the Acting President of the NATO Parliamentary Assembly Mr. Attila Mesterhazy for an exchange of views.\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toContainEqual(['Attila Mesterhazy', 'Acting President of the NATO Parliamentary Assembly']);
  });

  it('does not take an acronym before the head into the office of the one named after it ("the Spokesperson of EU High Representative Catherine Ashton")', () => {
    const text =
      'Statement by the Spokesperson of EU High Representative Catherine Ashton following the ministerial meeting\n\nBrussels, 22 July 2013\n\n"High Representative Catherine Ashton chaired the annual meeting of the Eastern Partnership Foreign Ministers in Brussels today."\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toEqual([['Catherine Ashton', 'High Representative']]);
  });
});

describe('a second partial quotation after "adding that" (NATO, 2022)', () => {
  it('is a quotation of its own, not the end of the first', () => {
    const text =
      'Secretary General meets US Secretary of Defense\n\nNATO Secretary General Jens Stoltenberg met US Secretary of Defense Lloyd Austin today. Mr. Stoltenberg thanked Secretary Austin. These contributions are a "powerful demonstration of transatlantic solidarity", said the Secretary General, adding that "the transatlantic bond is vital for our security."\n';
    expect(extract(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Jens Stoltenberg', 'powerful demonstration of transatlantic solidarity'],
      ['Jens Stoltenberg', 'the transatlantic bond is vital for our security.'],
    ]);
  });

  it('still joins one sentence interrupted by its attribution (“A,” X said, “and b.”)', () => {
    const text = 'Minister meets counterpart\n\n“We stand with Ukraine,” Minister Anita Anand said, “and we will keep standing with it.”\n';
    expect(extract(text).quotes.map((q) => q.text)).toEqual(['We stand with Ukraine, and we will keep standing with it.']);
  });
});

describe('a visit being prepared (Japan MOFA, 2018)', () => {
  it('does not take the leader whose visit the ministers prepare for a participant', () => {
    const text =
      'Japan-India Foreign Ministers’ Meeting\n\nOn September 25, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with Ms. Sushma Swaraj, Minister of External Affairs of India.\n\nMinister Swaraj replied that she intends to make firm preparations for a visit to Japan this year by H.E. Mr. Narendra Modi, Prime Minister of India.\n';
    expect(names(text)).toEqual(['Taro Kono', 'Sushma Swaraj']);
  });

  it('still takes the one who makes a visit today', () => {
    const text = 'Prime Minister of India visits Japan\n\nOn September 25, Mr. Taro Kono, Minister for Foreign Affairs of Japan, welcomed H.E. Mr. Narendra Modi, Prime Minister of India, on his visit to Japan.\n';
    expect(names(text)).toEqual(['Taro Kono', 'Narendra Modi']);
  });
});

describe('not accepting an election’s results, and the protesters’ own demands (GAC, 2020)', () => {
  it('counts « n’accepte pas les résultats » and "will not accept the results" as rejections', () => {
    expect(condemned('Déclaration sur les élections au Bélarus\n\nLe Canada n’accepte pas les résultats de l’élection présidentielle frauduleuse au Bélarus.\n')).toBe(1);
    expect(condemned('Statement on the elections in Belarus\n\nCanada will not accept the results of this sham election.\n')).toBe(1);
  });

  it('does not count accepting an invitation declined, or results accepted', () => {
    expect(condemned('Statement on the elections\n\nCanada accepts the results of the election.\n\nMinisters do not accept the invitation.\n')).toBe(0);
  });

  it('does not count what a crowd demands as the authors’ call, but counts the authors’ own demand', () => {
    expect(condemned('Déclaration sur le Bélarus\n\n« Des milliers de personnes partout au Bélarus se rassemblent dans les rues et demandent la fin des brutalités policières et la libération des prisonniers politiques.\n')).toBe(0);
    expect(condemned('Statement on Belarus\n\nThousands of protesters are demanding the release of all political prisoners.\n')).toBe(0);
    expect(condemned('Statement on Belarus\n\nWe demand the immediate release of all political prisoners.\n')).toBe(1);
  });
});

describe('talks to go on at a summit to come, however the wish is put (PMO, 2025)', () => {
  it('counts « enthousiastes à l’idée de poursuivre leurs discussions lors du Sommet de l’OTAN … plus tard cette semaine »', () => {
    expect(initiatives("Le premier ministre Carney rencontre le premier ministre de Belgique\n\nLe premier ministre Carney et le premier ministre De Wever se sont dits enthousiastes à l'idée de poursuivre leurs discussions lors du Sommet de l'OTAN à La Haye, aux Pays-Bas, plus tard cette semaine.\n")).toHaveLength(1);
  });

  it('counts "looked forward to continuing their discussions at the G7 Summit"', () => {
    expect(initiatives('Prime Minister meets Prime Minister of Belgium\n\nThe leaders looked forward to continuing their discussions at the G7 Summit in Kananaskis next month.\n')).toHaveLength(1);
  });

  it('does not count talks to go on with no meeting named', () => {
    expect(initiatives('Prime Minister meets Prime Minister of Belgium\n\nThe leaders looked forward to continuing their discussions on trade.\n\nIls souhaitent poursuivre leurs échanges sur ces questions.\n')).toEqual([]);
  });
});

describe('a message read out by someone else (Monaco, 2017)', () => {
  it('gives the reader no quotation from the message of an author the text does not name', () => {
    const text =
      'Vœux au Corps diplomatique\n\nM. Gilles Tonelli, Conseiller de Gouvernement-Ministre des Relations Extérieures, a accueilli près de 90 Ambassadeurs.\n\nM. Tonelli a donné lecture d’un message de S.A.S. le Prince Souverain qui faisait état de « notre confiance en l’avenir, en joignant les actions de la Principauté à l’effort de la communauté internationale ».\n';
    expect(quotes(text)).toEqual([]);
  });

  it('gives the quotation to the message’s named author, not to the reader', () => {
    const text = 'Ambassadors meet\n\nMinister Mélanie Joly read out a message from Prime Minister Justin Trudeau, who said: “Canada stands with its partners in these difficult times.”\n';
    expect(quotes(text)).toEqual([['Justin Trudeau', 'Canada stands with its partners in these']]);
  });
});

describe('a ceremony’s place (Monaco, 2017)', () => {
  it('takes the city where « la cérémonie … s’est déroulée », not where the diplomats are accredited', () => {
    const text =
      'Vœux au Corps diplomatique\n\nLa traditionnelle cérémonie des vœux aux Représentants du Corps diplomatique accrédité à Monaco s’est déroulée mardi 17 janvier, à l’Hôtel Intercontinental à Paris.\n';
    expect(extract(text).meeting.location).toBe('Paris');
  });
});

describe('a republished release’s teaser before its dateline (GAC, 2021)', () => {
  it('still reads the date and place from the dateline that follows the teaser', () => {
    const text =
      'Minister Joly meets with Nanaia Mahuta, Minister of Foreign Affairs of New Zealand\n\nIn their first meeting, the ministers highlighted the long-standing friendship of the two countries and their people. They noted that the countries are key partners.\n\nNovember 24, 2021 – Ottawa, Ontario – Global Affairs Canada\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, today met with Nanaia Mahuta, New Zealand’s Minister of Foreign Affairs.\n';
    expect(extract(text).meeting).toMatchObject({ date: '2021-11-24', location: 'Ottawa' });
  });
});

describe('an announcement made at a conference the authors attend (Luxembourg MFA, 2017)', () => {
  it('places the event at the conference’s city', () => {
    expect(extract('Aide humanitaire au Bangladesh et Myanmar (25.10.2017)\n\nLe Luxembourg a confirmé le 23 octobre lors d’une conférence internationale des donateurs à Genève une assistance financière de 750.000 euros.\n').meeting.location).toBe('Geneva');
    expect(extract('Humanitarian aid\n\nLuxembourg pledged on 23 October 2017 at a donors’ conference in Geneva 750,000 euros.\n').meeting).toMatchObject({ date: '2017-10-23', location: 'Geneva' });
  });

  it('does not place it at a press conference or at a recent conference the text recalls', () => {
    expect(extract('Humanitarian aid\n\nThe minister said at a press conference in Geneva that aid would come.\n').meeting.location).toBeNull();
    expect(extract('Prime Ministers agree\n\nThe leaders agreed to a framework agreed to at the recent Bali Process Ministerial Conference in Bali.\n').meeting.location).toBeNull();
  });
});

describe('a weekday before a dateline’s date (Australian PM, 2011)', () => {
  it('is no place: "SAT 07 MAY 2011"', () => {
    expect(extract('Prime Minister meets Prime Minister of Malaysia\n\nSAT 07 MAY 2011\n\nPrime Minister Julia Gillard met Prime Minister Najib Razak today.\n').meeting).toMatchObject({ date: '2011-05-07', location: null });
  });
});

describe('a named joint body as the actor, and a named meeting the author will attend (GAC, 2020)', () => {
  it('counts "The Ministerial Group committed to …" even for keeping in touch', () => {
    expect(initiatives('Minister Champagne co-chairs call of the Ministerial Coordination Group on COVID-19\n\nThe Ministerial Group committed to remain in close contact to monitor the impact on countries and refugees in conflict zones.\n')).toHaveLength(1);
  });

  it('counts "will participate in the coalition’s Small Group of Foreign Ministers", not taking part in a process', () => {
    expect(initiatives('Minister Champagne to attend Sahel coalition meeting\n\nMinister Champagne will participate in the coalition’s Small Group of Foreign Ministers.\n')).toHaveLength(1);
    expect(initiatives('Minister to attend\n\nThe Government will participate in the process.\n\nThe ministers will participate in discussions on trade.\n')).toEqual([]);
  });
});

describe('a partnership to be deepened through a named mechanism (White House, 2022)', () => {
  it('counts "looked forward to enhancing their partnership …, including through the U.S.-India … Partnership"', () => {
    expect(initiatives('Readout of President Biden’s Meeting with Prime Minister Modi of India\n\nThey looked forward to enhancing their partnership to accelerate India’s just energy transition, including through the U.S.-India Climate and Clean Energy Agenda 2030 Partnership, especially in the areas of renewables deployment.\n')).toHaveLength(1);
  });

  it('does not count the same wish with no mechanism named', () => {
    expect(initiatives('Readout of President Biden’s Meeting with Prime Minister Modi of India\n\nThey looked forward to enhancing their partnership through the coming years.\n')).toEqual([]);
  });
});

describe('particular concern, and a plea for a detainee’s release (Luxembourg MFA, 2017; Swiss FDFA, 2020)', () => {
  it('counts « particulièrement préoccupé par » as grave concern, not « particulièrement heureux »', () => {
    expect(condemned('Aide humanitaire\n\nLe ministre s’est dans ce contexte montré particulièrement préoccupé par la situation précaire des enfants.\n')).toBe(1);
    expect(condemned('Visite\n\nNous sommes particulièrement heureux de cette visite.\n')).toBe(0);
  });

  it('counts « a plaidé pour sa libération » and "pressed for his immediate release", not pressing for progress', () => {
    expect(condemned('Détenu suisse au Bélarus\n\nLe conseiller fédéral Ignazio Cassis avait plaidé pour sa libération lors d’une conversation téléphonique avec son homologue.\n')).toBe(1);
    expect(condemned('Detained national\n\nThe minister pressed for his immediate release.\n')).toBe(1);
    expect(condemned('Trade talks\n\nThe minister pressed for progress on trade.\n')).toBe(0);
  });
});

describe('urgent concern, and sanctions for serious violations (State Department, 2022; FCDO, 2023)', () => {
  it('counts "is of urgent concern" as grave concern (not read as a call because it starts with "urg")', () => {
    expect(condemned('Joint statement\n\nThe escalation of technology-facilitated gender-based violence is of urgent concern.\n')).toBe(1);
  });

  it('counts sanctions on officials "for their role in serious human rights violations", not a report documenting violations', () => {
    expect(condemned('Foreign Secretary statement\n\nThe UK has imposed more than 40 human rights sanctions including on leading officials in Iran, for their role in serious human rights violations.\n')).toBe(1);
    expect(condemned('Report published\n\nThe report documents human rights violations.\n')).toBe(0);
  });
});

describe('one an honour is conferred on (PMO Australia, 2012)', () => {
  it('is not a participant', () => {
    const text =
      'Joint statement by Prime Minister Julia Gillard and President Michel Sleiman\n\nPrime Minister Julia Gillard met President Michel Sleiman of Lebanon in Canberra today.\n\nPresident Sleiman told Prime Minister Gillard that he looked forward to conferring on NSW Governor, Professor Marie Bashir the National Order of the Cedar.\n';
    expect(names(text)).not.toContain('Marie Bashir');
    expect(names(text)).toEqual(expect.arrayContaining(['Julia Gillard', 'Michel Sleiman']));
  });
});

describe('a State Councillor named by surname, and an adviser a leader will send (FCO, 2011; No 10, 2025; round 18)', () => {
  it('takes "State Councillor Dai of China" as a participant named by his surname', () => {
    expect(names('Foreign Secretary hosts UK-China Strategic Dialogue\n\nForeign Secretary William Hague met State Councillor Dai of China for the third annual UK-China Strategic Dialogue in London.\n')).toEqual(['William Hague', 'Dai']);
  });

  it('does not take the adviser the Prime Minister "would ask … to travel to Australia" for a participant', () => {
    const text =
      'Prime Minister call with Prime Minister Albanese of Australia\n\nThe Prime Minister spoke to the Prime Minister of Australia, Anthony Albanese, this morning.\n\nThe Prime Minister said he would ask his AUKUS Adviser, Sir Stephen Lovegrove, to travel to Australia in the coming weeks to discuss the programme further.\n';
    expect(names(text)).toEqual(['Anthony Albanese']);
  });
});

describe('a republisher’s "PRESS RELEASE :" prefix on the title (No 10 on ukpol.co.uk, 2025; round 18)', () => {
  it('lets the rest of the title decide the kind: a call is a readout', () => {
    const text = 'PRESS RELEASE : Prime Minister call with Prime Minister Albanese of Australia [May 2025]\n\nThe Prime Minister spoke to the Prime Minister of Australia, Anthony Albanese, this morning.\n';
    expect(extract(text).meeting.kind).toBe('readout');
  });

  it('still reads a "Press release" label line as a news release', () => {
    expect(extract('Minister announces funding\n\nPress release\n\nMinister Anita Anand today announced $10 million for Ukraine.\n').meeting.kind).toBe('news-release');
  });
});

describe('a call on a friend to press a third party (State Department, 2022; round 18)', () => {
  it('does not count "urged Laos to press for progress on implementing ASEAN’s Five-Point Consensus in Burma"', () => {
    expect(condemned('Deputy Secretary Sherman’s Meeting with Lao Foreign Minister\n\nDeputy Secretary Sherman also urged Laos to press for progress on implementing ASEAN’s Five-Point Consensus in Burma.\n')).toBe(0);
  });

  it('still counts a call to press a party to stop ("to press North Korea to stop its launches")', () => {
    expect(condemned('Joint statement\n\nWe urge China to use its influence to press North Korea to stop its launches.\n')).toBe(1);
  });
});

describe('round 18 joint statements (State Department feed, 2021–2022)', () => {
  it('does not count a call to return to negotiations, even on a party condemned elsewhere, unless it also asks for a stop', () => {
    expect(condemned('Joint statement on the DPRK\n\nWe condemn the DPRK’s launches.\n\nWe stress that a path to serious and sustained dialogue remains open and urge the DPRK to return to negotiations.\n')).toBe(1);
    expect(condemned('Joint statement on the DPRK\n\nWe condemn the DPRK’s launches.\n\nWe urge the DPRK to return to negotiations and to stop its launches.\n')).toBe(2);
  });

  it('counts "the DPRK’s blatant and repeated violations of UNSC resolutions", also where the UNSC failed to act', () => {
    expect(condemned('Joint statement\n\nIn spite of 13 Security Council members’ support, we deeply regret that the UNSC failed to adopt a resolution in response to the DPRK’s blatant and repeated violations of UNSC resolutions.\n')).toBe(1);
  });

  it('counts "our call for the Lukashenka regime to … immediately release all political prisoners", not a call for a strengthened commitment', () => {
    expect(condemned('Joint Statement on Belarus\n\nWe are further united in our call for the Lukashenka regime to cooperate fully with international investigations into the events of May 23rd; immediately release all political prisoners.\n')).toBe(1);
    expect(condemned('Declaration\n\nFinally, they called for a strengthened and unified international commitment to uphold the human rights of the Venezuelan people.\n')).toBe(0);
  });

  it('counts a joint statement introduced as "Following is a joint statement … issued by", sanctions action taken, and a stated intent to act in a named body', () => {
    expect(initiatives('Friends of Sudan Joint Statement\n\nFollowing is a joint statement on the UNITAMS-AU-IGAD Facilitated Political Process issued by Canada, France, Germany and the European Union.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement on Belarus\n\nToday, we have taken coordinated sanctions action in response to the May 23rd forced landing of a commercial Ryanair flight.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement on Limited Resumption of Arctic Council Cooperation\n\nWe intend to implement a limited resumption of our work in the Arctic Council in projects that do not involve the participation of the Russian Federation.\n')).toHaveLength(1);
    expect(initiatives('Joint statement\n\nWe intend to continue our support.\n\nFollowing is the text of the Secretary’s remarks.\n')).toEqual([]);
  });
});

describe('round 18 French texts (PMO Canada, 1998–2022)', () => {
  it('gives « a déclaré le Premier ministre » inside a quotation to the release’s own Prime Minister, not an unresolved "Premier"', () => {
    const text =
      'VISITE DU PREMIER MINISTRE CHINOIS AU CANADA\n\nLe Premier ministre Jean Chrétien a annoncé aujourd’hui que le Premier ministre de la Chine Wen Jiabao sera en visite officielle à Ottawa du 10 au 12 décembre 2003.\n\n« La multiplication des rencontres de haut niveau entre le Canada et la Chine montre combien nos deux pays souhaitent intensifier le commerce, a déclaré le Premier ministre. Cette coopération contribuera à la prospérité de nos citoyens. »\n';
    expect(quotes(text)).toEqual([['Jean Chrétien', 'La multiplication des rencontres de haut']]);
  });

  it('reads « AU CANADA » in a title in capitals as « au », not the African Union', () => {
    const text = 'VISITE DU PREMIER MINISTRE CHINOIS AU CANADA\n\nLe Premier ministre Jean Chrétien a annoncé aujourd’hui que le Premier ministre de la Chine Wen Jiabao sera en visite officielle à Ottawa.\n';
    expect(extract(text).participants.map((p) => [p.name, p.country])).toContainEqual(['Jean Chrétien', 'Canada']);
  });

  it('counts statements the leaders release together and the signing of a named programme the Prime Minister attends', () => {
    expect(initiatives("Visite de Lionel Jospin\n\nLe Premier ministre Jean Chrétien a assisté aujourd'hui à la signature d'un Programme d'action Canada-France, à l'occasion de la visite au Canada du Premier ministre Lionel Jospin.\n")).toHaveLength(1);
    expect(initiatives('Visite de Lionel Jospin\n\nMM. Chrétien et Jospin ont également rendu publiques deux déclarations concernant la culture ainsi que les échanges et la mobilité.\n')).toHaveLength(1);
    expect(initiatives('Visite\n\nLe ministre a assisté à la cérémonie.\n')).toEqual([]);
  });

  it('counts « outrés par ce crime » as a condemnation, as "outraged by"', () => {
    expect(condemned('Déclaration du Premier ministre\n\n« Tous les Canadiens sont outrés par ce crime monstrueux contre d’innocentes victimes. »\n')).toBe(1);
  });

  it('does not take the leader whose assassination the title names for the statement’s author', () => {
    const text =
      "Déclaration du premier ministre concernant l'assassinat de l'ancien premier ministre du Japon, Shinzo Abe\n\nOTTAWA, ON, le 8 juill. 2022 /CNW Telbec/ - Le premier ministre Justin Trudeau a fait aujourd'hui la déclaration suivante au sujet de l'assassinat de l'ancien premier ministre du Japon, Shinzo Abe :\n\n« J'ai été profondément choqué et attristé d'apprendre l'assassinat de l'ancien premier ministre du Japon, Shinzo Abe. »\n";
    expect(names(text)).toEqual(['Justin Trudeau']);
  });
});

describe('a quotation that runs on through paragraphs with no quote mark at all (PMO Canada, 2001; EU, 2012)', () => {
  it('is one quotation from its opening « to the » that closes a later paragraph', () => {
    const text =
      'DÉCLARATION DU PREMIER MINISTRE\n\nLe Premier ministre Jean Chrétien a réagi avec colère aux attentats terroristes perpétrés à Jérusalem et Haïfa :\n\n« Tous les Canadiens sont outrés par ce crime monstrueux contre d’innocentes victimes.\n\nLes opposants à une paix juste et durable au Moyen-Orient ont toujours suivi la voie du désespoir.\n\nEn ces heures difficiles, Aline se joint à moi pour offrir nos plus sincères condoléances au peuple israélien. »\n';
    const found = extract(text).quotes;
    expect(found.map((q) => q.speaker)).toEqual(['Jean Chrétien']);
    expect(found[0]?.text).toMatch(/^Tous les Canadiens .* au peuple israélien\.$/su);
  });

  it('does not run on into a paragraph that quotes someone else with its own marks', () => {
    const text =
      'Statement\n\nMinister Mélanie Joly said:\n\n“We stand with Ukraine.\n\nCanada will continue its support.\n\nThe minister called the agreement a “turning point.”\n';
    expect(extract(text).quotes.map((q) => q.text)).toEqual(['We stand with Ukraine.']);
  });
});

describe('a third-person release about a signing the Prime Minister attends or sends a minister to (PMO Canada, 1997–1998)', () => {
  it('is a news release', () => {
    expect(extract("Signature d'un programme d'action Canada-France\n\nLe 17 décembre 1998\nOttawa (Ontario)\n\nLe Premier ministre Jean Chrétien a assisté aujourd'hui à la signature d'un Programme d'action Canada-France, à l'occasion de la visite au Canada du Premier ministre de la République française Lionel Jospin.\n").meeting.kind).toBe('news-release');
    expect(extract("Le Canada sera présent à la signature de l'Accord\n\nLe 24 mai 1997\nOttawa (Ontario)\n\nLe Premier ministre Chrétien a demandé au ministre des Affaires indiennes et du Nord, Ronald Irwin, de représenter le Canada à la signature de l'Accord sur les relations entre l'OTAN et la Russie, le 27 mai 1997, à Paris.\n").meeting.kind).toBe('news-release');
  });
});

describe('round 19 French texts (Luxembourg, Belgium, France Diplomatie, Comoros)', () => {
  it('takes a quotation "…", a écrit X as X’s quote, also with more words after the name', () => {
    const text =
      'Réaction du gouvernement\n\nLe Premier ministre Xavier Bettel se montre choqué par l’attentat.\n\n"Nous sommes consternés suite aux événements qui se sont produits à Paris ce matin. Nos pensées aux victimes et leurs proches", a écrit Xavier Bettel hier sur son compte Twitter.\n';
    expect(quotes(text)).toEqual([['Xavier Bettel', 'Nous sommes consternés suite aux événeme']]);
  });

  it('counts learning of an attack « avec horreur » and an expectation put to a régime (« attend du régime syrien qu’il … »)', () => {
    const text =
      "Didier Reynders à propos des allégations d'utilisation d'armes chimiques en Syrie\n\nLe Ministre des Affaires étrangères Didier Reynders a pris connaissance avec horreur des informations faisant état de plusieurs centaines de morts civils suite à une attaque par armes chimiques en Syrie. Le Ministre Reynders attend du régime syrien qu'il apporte une totale coopération à cette commission d'enquête internationale.\n";
    expect(condemned(text)).toBe(2);
    expect(condemned('Visite\n\nNous attendons de la réunion qu’elle donne des résultats. Il a pris connaissance du rapport avec intérêt.\n')).toBe(0);
  });

  it('does not count the next ministerial meeting named only as the agenda the talks covered', () => {
    const text =
      "OTAN – Entretien de Jean-Yves Le Drian avec le secrétaire général de l’OTAN\n\nLe ministre a abordé avec le secrétaire général de l’OTAN les dossiers qui seront à l’ordre du jour de la prochaine rencontre des ministres des affaires étrangères de l’OTAN, prévue début avril à Bruxelles.\n";
    expect(initiatives(text)).toEqual([]);
    expect(initiatives('Entretien\n\nLes deux ministres ont convenu que la prochaine réunion du dialogue aura lieu à Ottawa en mai.\n')).toHaveLength(1);
  });

  it('reads a title « Le ministre … a rencontré … » as a readout, and ends an office where « accompagné de » begins', () => {
    const text =
      'Le ministre des Affaires étrangères a rencontré le vice-président de l’Assemblée nationale française\n\nLe Ministre des Affaires Etrangères, Son Excellence Monsieur DHOIHIR Dhoulkamal a reçu hier après-midi le député Marc le Fur, Vice-Président de l’Assemblée Nationale française accompagné de Mme Jeanne Mazière, Administratrice.\n';
    const result = extract(text);
    expect(result.meeting.kind).toBe('readout');
    expect(result.participants.find((p) => p.name === 'Marc le Fur')?.title).toBe('Vice-Président de l’Assemblée Nationale française');
  });
});

describe('round 19 joint statements (DFAT 2016, E3 2019 and 2025, PMO Canada 2025, Media Freedom Coalition 2022) and a GAC reaction (2004)', () => {
  it('reads "E3 Statement", "The undersigned members of …" and a "Statement" label over several ministers who met as joint statements', () => {
    expect(extract('E3 Statement for the Special Session of the IAEA Board of Governors, July 2019\n\nVienna, 10 July 2019:\n\nFrance, Germany and the United Kingdom associate themselves with the statement made by Finland. We ask for similarly prompt reporting should further issues arise.\n').meeting).toMatchObject({ kind: 'joint-statement', date: '2019-07-10', location: 'Vienna' });
    expect(extract('Media Freedom Coalition statement on media freedom in Myanmar\n\nThe undersigned members of the Media Freedom Coalition express their deep concern with the military regime’s harassment of journalists.\n').meeting.kind).toBe('joint-statement');
    const mh17 =
      'Joint Investigation Team Meeting\n\nStatement\n\nNew York\n\n22 September 2016\n\nThe ministers of Foreign Affairs of Australia, Belgium, Malaysia, Ukraine and the Netherlands met in New York to discuss the ongoing efforts to establish justice with regard to the downing of flight MH17 on July 17 2014 which cost the lives of 298 people.\n';
    expect(extract(mh17).meeting).toMatchObject({ kind: 'joint-statement', date: '2016-09-22', location: 'New York' });
  });

  it('does not date a meeting by an event it recalls more than a year before the text’s own date', () => {
    const text = 'Talks in Canberra\n\n12 March 2024\n\nThe Minister met his counterpart in Canberra to discuss the anniversary of the treaty signed on 5 June 1998 in Suva.\n';
    expect(extract(text).meeting.date).toBeNull();
    expect(extract('Talks in Canberra\n\n12 March 2024\n\nThe Minister met his counterpart in Canberra on 10 March 2024.\n').meeting.date).toBe('2024-03-10');
  });

  it('counts a joint text that says who adopted or gave it, and not a willingness to meet again', () => {
    expect(initiatives("Déclaration des dirigeants concernant l'Ukraine\n\nCette déclaration a été adoptée par le premier ministre Carney, le président Macron et la présidente von der Leyen.\n")).toHaveLength(1);
    expect(initiatives('E3/EU Foreign Ministers’ statement: 20 June 2025\n\nJoint statement given recently (20 June 2025) by the Foreign Ministers of France, Germany, the UK and the High Representative of the EU on escalation of tensions in the Middle East.\n')).toHaveLength(1);
    expect(initiatives('E3/EU Foreign Ministers’ statement\n\nThey expressed their willingness to meet again in the future.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThey agreed to meet again in the future.\n')).toHaveLength(1);
  });

  it('counts "It is essential that Iran continue to provide … access" and reminding a government of its responsibility to protect', () => {
    expect(condemned('E3 Statement\n\nIt is essential that Iran continue to provide the IAEA full and timely access.\n')).toBe(1);
    expect(condemned('Statement\n\nIt is essential that we continue to provide full access to our markets.\n')).toBe(0);
    expect(condemned('Statement by Minister Pettigrew\n\nWe remind the Ivorian government of its responsibility to protect all people against such acts of violence.\n')).toBe(1);
  });
});

describe('round 20 English texts (PMO Canada 2014, FCDO 2021, EU 2023, DIRCO 2023)', () => {
  it('counts an act called "illegitimate and a deliberate violation of …" or "in total violation of"', () => {
    expect(condemned('Statement by the Prime Minister\n\nRussia’s continuing actions are illegitimate and a deliberate violation of the rights and freedoms of the Ukrainian people.\n')).toBe(1);
    expect(condemned('Statement on Niger\n\nThis coup is in total violation of the democratic principles on which the management of political power in the region is based.\n')).toBe(1);
  });

  it('does not count a crowd’s own rejection, reported', () => {
    expect(condemned('Foreign Secretary condemns military coup in Sudan\n\nThe Sudanese people have taken to the streets in their millions in recent days to reject these actions.\n')).toBe(0);
    expect(condemned('Statement\n\nThe United Kingdom rejects these actions.\n')).toBe(1);
  });

  it('counts a call for someone to be released or their safety to be guaranteed, in the passive, and not a call on partners', () => {
    expect(condemned('Statement on Niger\n\nThe EU calls for all detainees to be released immediately.\n')).toBe(1);
    expect(condemned("Statement on Niger\n\nThe European Union calls for President Bazoum's security and freedom of movement to be guaranteed unconditionally.\n")).toBe(1);
    expect(condemned('Statement\n\nWe call for the talks to be resumed. We call on our partners to guarantee funding for the programme.\n')).toBe(0);
  });

  it('reads "the Hamas Leader Ismail Haniyeh" as a titled name', () => {
    const text =
      'Minister Pandor clarifies the content of her discussion with the leader of Hamas\n\nThe Department wishes to confirm that Minister Naledi Pandor received a request to call the Hamas Leader Ismail Haniyeh to discuss getting Humanitarian Aid to Palestine.\n';
    expect(names(text)).toEqual(['Naledi Pandor', 'Ismail Haniyeh']);
  });
});

describe('round 20 French texts (GAC 2009–2010, PMO Canada 2000–2003, NATO 2012)', () => {
  it('dates and places no meeting, and counts no initiative, for a signing the text only recalls', () => {
    const text =
      "La violation de l’accord de cessez-le-feu au Darfour préoccupe le Canada\n\n« Le Canada déplore la violation de l’accord de cessez-le-feu signé le 23 février à Doha. Au moment de la signature de l’accord, j’avais demandé aux parties de le respecter. »\n";
    expect(extract(text).meeting).toMatchObject({ date: null, location: null });
    expect(initiatives(text)).toEqual([]);
    expect(initiatives('Visite\n\nLes deux ministres ont signé un accord de coopération à Ottawa.\n')).toHaveLength(1);
  });

  it('counts attacks that « vont à l’encontre du cessez-le-feu », a call on all parties « au calme » and « beaucoup d’inquiétude »', () => {
    expect(condemned('Darfour\n\nLes attaques récentes au Darfour vont à l’encontre du cessez-le feu.\n')).toBe(1);
    expect(condemned('Yougoslavie\n\nNous unissons nos voix à celles des dirigeants de l’opposition pour appeler toutes les parties au calme et à la retenue.\n')).toBe(1);
    expect(condemned('Déclaration du Conseil\n\nNous continuons de suivre les événements de près et avec beaucoup d’inquiétude.\n')).toBe(1);
  });

  it('does not count a violation named as a statement’s topic, or a crowd that denounces', () => {
    expect(condemned('Darfour\n\nLe ministre a fait aujourd’hui la déclaration suivante au sujet de la violation de l’accord de cessez-le-feu conclu entre le gouvernement du Soudan et le Mouvement :\n')).toBe(0);
    expect(condemned('Iran\n\nDes millions de civils iraniens sont descendus dans les rues depuis une semaine pour dénoncer ce qu’ils considèrent comme un scrutin frauduleux.\n')).toBe(0);
    expect(condemned('Darfour\n\nLe Canada dénonce la violation de l’accord.\n')).toBe(1);
  });

  it('gives a « … » block to the Prime Minister the paragraph before says « s’est dit extrêmement déçu »', () => {
    const text =
      "DÉCLARATION DU PREMIER MINISTRE SUR LES RÉCENTS ACTES DE VIOLENCE AU MOYEN-ORIENT\n\nLe Premier ministre Jean Chrétien s'est dit extrêmement déçu par la récente escalade de la violence au Moyen-Orient.\n\n« Nous condamnons le massacre de tant de personnes. Les actes de terreur doivent cesser. »\n";
    expect(quotes(text)).toEqual([['Jean Chrétien', 'Nous condamnons le massacre de tant de p']]);
  });
});

describe('round 20 joint statements (White House archive, 2024–2025) and round 21 French readouts (PMO Canada, 2025)', () => {
  const declaration =
    'Joint Declaration by the Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand on the outcomes of their meeting\n\nWe, the Prime Minister of the Kingdom of Cambodia and the Prime Minister of the Kingdom of Thailand, having met in Kuala Lumpur, Malaysia, on October 26, 2025, declare the following:\n\n1. We signed the Terms of Reference (TOR) on the establishment of the ASEAN Observer Team (AOT).\n\n1. To achieve these objectives, we agree to the following steps:\n\n- Implement military de-escalation under the observation of the AOT.\n\n- Refrain from disseminating false information.\n\n1. Thailand undertakes to promptly release the prisoners of war.\n\n1. We acknowledge the need to chart a course for a bright future not bound by conflicts of the past. We note with deep appreciation the contributions of our partners.\n\nSigned at Kuala Lumpur on October 26, 2025, in quadruplicate, in the English language.\n';

  it('dates and places a declaration by the meeting its lead-in reports ("having met in …, declare the following:")', () => {
    expect(extract(declaration).meeting).toMatchObject({ date: '2025-10-26', location: 'Kuala Lumpur' });
    expect(extract('Joint Declaration on the outcomes of their meeting\n\nWe, the Prime Ministers, having met in Kuala Lumpur on October 26, 2025, declare the following:\n\n1. We reaffirm our commitment to peace.\n').meeting.location).toBe('Kuala Lumpur');
  });

  it('ends a lead-in’s list where the text’s own numbering resumes, and counts signed terms of reference, an undertaking and the closing signature line', () => {
    expect(initiatives(declaration).map((i) => i.slice(0, 30))).toEqual([
      'We signed the Terms of Referen',
      'Implement military de-escalati',
      'Refrain from disseminating fal',
      'Thailand undertakes to promptl',
      'Signed at Kuala Lumpur on Octo',
    ]);
  });

  it('does not count the closing « Fait à … » line when a sentence already says the declaration was adopted', () => {
    const text = 'Déclaration conjointe\n\nÀ l’issue de leurs entretiens, les deux ministres ont adopté la présente déclaration conjointe.\n\nFait à Dakar, le 10 juin 2025.\n';
    expect(initiatives(text)).toHaveLength(1);
  });

  it('counts an invitation accepted "from" someone or « du président », the next edition of a conference, and not "are resolved to maintain"', () => {
    expect(initiatives('Joint Leaders’ Statement\n\nPresident Trump accepted an invitation from Prime Minister Ishiba for an official visit to Japan in the near future.\n')).toHaveLength(1);
    expect(initiatives("Compte rendu\n\nLe premier ministre Carney a accepté l'invitation du président Xi à effectuer une visite en Chine à une date qui convient aux deux parties.\n")).toHaveLength(1);
    expect(initiatives('Joint Declaration\n\nWe will monitor progress through the annual Ukraine Recovery Conference, the next edition of which will be hosted by Italy in 2025.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nWe are resolved to maintain peace and stability in the Indo-Pacific.\n')).toEqual([]);
  });

  it('counts "reiterated their strong opposition to" a party’s attempts', () => {
    expect(condemned('Joint Leaders’ Statement\n\nThe two leaders reiterated their strong opposition to any attempts by the People’s Republic of China to change the status quo by force or coercion.\n')).toBe(1);
  });

  it('leaves out people named only in meetings and visits the readout recalls as having taken place', () => {
    const text =
      "Compte rendu - Le premier ministre Carney rencontre le président Xi Jinping\n\nAujourd'hui, le premier ministre Mark Carney a rencontré le président de la République populaire de Chine, Xi Jinping, à Gyeongju.\n\nIls ont réaffirmé leur volonté de renouveler les relations entre leurs pays, en s'appuyant sur les rencontres qui ont eu lieu récemment, notamment celle entre le premier ministre Carney et le premier ministre Li lors de l'Assemblée générale des Nations Unies, ainsi que sur la visite de la ministre des Affaires étrangères, Anita Anand.\n";
    expect(names(text)).toEqual(['Mark Carney', 'Xi Jinping']);
  });
});

describe('round 21 English and joint texts (India MEA, Singapore MFA, New Zealand, White House 2021–2025)', () => {
  it('counts an agreement named at length before "was also signed", and convening the next Leaders’ Retreat', () => {
    expect(initiatives('Sixth Round of Foreign Office Consultations between India and Mexico\n\nA Specific Cooperation Agreement on cooperation in outer space focusing on Crop Monitoring, Drought Assessment and Capacity Building between ISRO and Mexican Space Agency (AEM) was also signed during the visit.\n')).toHaveLength(1);
    expect(initiatives('MFA Spokesperson’s Comments\n\nWe are coordinating closely with the Ministry of Foreign Affairs of the Republic of Indonesia to convene the next Leaders’ Retreat in Indonesia.\n')).toHaveLength(1);
    expect(initiatives('Quad Senior Cyber Group\n\nWe reaffirm our commitment to progressing Quad cyber initiatives, with a focus on the next Quad Leaders’ Meeting.\n')).toEqual([]);
  });

  it('places no meeting at an upcoming event the talks will discuss', () => {
    const text =
      'Goff, Downer to hold six-monthly talks\n\nForeign Minister Phil Goff will meet his Australian counterpart Alexander Downer this weekend for the latest round of their six-monthly talks.\n\nMr Goff said discussions would focus on regional issues including the upcoming Pacific Forum meeting in Apia.\n';
    expect(extract(text).meeting.location).toBeNull();
  });

  it('counts a summit a party will host looked forward to with its year, a summit invitation welcomed, an MOU renewed, a bilateral dialogue established and own sanctions imposed', () => {
    expect(initiatives('U.S.-Singapore Joint Leaders’ Statement\n\nWe look forward to the United States hosting APEC in 2023.\n')).toHaveLength(1);
    expect(initiatives('Phnom Penh Statement\n\nPrime Minister Kishida and President Yoon look forward to President Biden’s hosting of APEC next year.\n')).toHaveLength(1);
    expect(initiatives('U.S.-Singapore Joint Leaders’ Statement\n\nPrime Minister Lee welcomes President Biden’s invitation to ASEAN leaders for a historic ASEAN-U.S. Special Summit.\n')).toHaveLength(1);
    expect(initiatives('U.S.-Singapore Joint Leaders’ Statement\n\nThe United States and Singapore renewed and expanded the MOU to deepen cooperation on infrastructure development.\n')).toHaveLength(1);
    expect(initiatives('U.S.-Singapore Joint Leaders’ Statement\n\nWe welcome the establishment of the United States-Singapore Cyber Dialogue.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nWe welcome the establishment of the UN Commission of Inquiry.\n')).toEqual([]);
    expect(initiatives('U.S.-Singapore Joint Leaders’ Statement\n\nBoth countries have imposed their own financial sanctions and export controls against Russian entities.\n')).toHaveLength(1);
    expect(initiatives('United States–Italy Joint Leaders’ Statement\n\nPresident Trump accepted Prime Minister Meloni’s invitation to pay an official visit to Italy in the very near future.\n')).toHaveLength(1);
  });

  it('counts "share condemnation in the strongest possible terms of", and reads "Statement on Trilateral Partnership" and "Joint Press Statement" titles as joint', () => {
    expect(condemned('Phnom Penh Statement\n\nThey share condemnation in the strongest possible terms of Russia’s indiscriminate attacks against civilians.\n')).toBe(1);
    expect(extract('Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific\n\nToday in Phnom Penh, the three leaders met and reaffirmed their partnership.\n').meeting.kind).toBe('joint-statement');
    expect(extract('Joint Press Statement Following a Call between President Joe Biden and Chancellor Olaf Scholz\n\nToday, President Biden and Chancellor Scholz spoke about Ukraine.\n').meeting.kind).toBe('joint-statement');
  });
});

describe('round 21 joint statements, second pass (White House, 2022–2025)', () => {
  it('places a statement whose lead is "Today in Phnom Penh, Cambodia at the East Asia Summit, …" and reads its title as joint', () => {
    const text =
      'Phnom Penh Statement on US – Japan – Republic of Korea Trilateral Partnership for the Indo-Pacific\n\nToday in Phnom Penh, Cambodia at the East Asia Summit, Prime Minister Kishida Fumio of Japan, President Yoon Suk Yeol of the Republic of Korea, and President Joseph R. Biden, Jr. of the United States reaffirmed our trilateral partnership.\n';
    expect(extract(text).meeting).toMatchObject({ kind: 'joint-statement', location: 'Phnom Penh' });
  });

  it('counts a named project developed together, efforts led in a named initiative, and new initiatives announced under a partnership', () => {
    expect(initiatives('United States–Italy Joint Leaders’ Statement\n\nThe U.S. and Italy will work together to develop the India–Middle East–Europe Economic Corridor.\n')).toHaveLength(1);
    expect(initiatives('U.S.-Singapore Joint Leaders’ Statement\n\nWe will continue to jointly lead critical efforts in the International Counter Ransomware Initiative to tackle the surge in ransomware attacks worldwide.\n')).toHaveLength(1);
    expect(initiatives('U.S.-Singapore Joint Leaders’ Statement\n\nNew initiatives announced under the PGI include the development of interoperable ethical Artificial Intelligence governance frameworks.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nWe will work together to develop our economies.\n')).toEqual([]);
  });
});

describe('a number inside a name is no date or sum an agreement names (US–Mexico, 2021, round 21)', () => {
  it('does not count "committed to working together to combat the COVID-19 pandemic"', () => {
    expect(initiatives('U.S.-Mexico Joint Declaration\n\nBoth leaders committed to working together to combat the COVID-19 pandemic, to reinvigorate economic cooperation, and to explore areas of cooperation on climate change.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe ministers agreed to meet again in 2026.\n')).toHaveLength(1);
  });
});

describe('round 22 texts (Japan MOFA 2007–2008, Embassy of Japan in Fiji 2020, France Diplomatie 2014, OIF 2023, White House 2021–2023)', () => {
  it('leaves out people met on a trip to several countries when their sentence names one of the trip’s countries', () => {
    const text =
      'Mr. Taro Aso, Minister for Foreign Affairs, to Visit the United States of America, Russia and Egypt\n\nApril 27, 2007\n\n1. Mr. Taro Aso, Minister for Foreign Affairs, will visit the United States of America, Russia and Egypt from April 28 (Sat) to May 6 (Sun).\n\n2. In the US, Foreign Minister Aso will have Japan-US Foreign Ministerial Talks with Secretary of State Condoleezza Rice. Mr. Aso will also attend the Security Consultative Committee (2+2) meeting.\n';
    expect(names(text)).toEqual(['Taro Aso']);
    expect(initiatives(text).some((i) => i.startsWith('Mr. Aso will also attend'))).toBe(true);
    expect(initiatives('Trilateral Meeting\n\nDr Hassan Wirajuda will also attend the meeting.\n')).toEqual([]);
  });

  it('keeps "(App. 3 million AUD)" inside its sentence', () => {
    const text = 'Grant Aid for Nauru\n\nOn 26 March 2020, the Ambassador of Japan signed the Exchange of Notes for the Grant Aid. This 200 million JPY (App. 3 million AUD) Grant Aid will support the procurement of equipment.\n';
    expect(extract(text).initiatives.every((i) => !i.text.startsWith('3 million'))).toBe(true);
  });

  it('does not count a call on both sides to work on the peace negotiations', () => {
    const text =
      'Statement by the Minister\n\nJapan has been deeply concerned over the escalation of violence in the Gaza Strip and the southern part of Israel. Japan continues to call on both of the Israeli and the Palestinian sides to work tenaciously on the peace negotiations in order to achieve the peace.\n';
    expect(extract(text).condemnations.map((c) => c.text.slice(0, 20))).toEqual(['Japan has been deepl']);
  });

  it('counts « exige la mise en place d’un cessez-le-feu » and « demande le respect de … et la libération », and reads a concerned « Communiqué de presse » as a statement', () => {
    expect(condemned('Gaza\n\nLa France exige la mise en place d’un cessez-le-feu immédiat.\n')).toBe(1);
    expect(condemned('Gabon\n\nElle demande le respect de l’intégrité physique et la libération du Président Ali BONGO ONDIMBA.\n')).toBe(1);
    expect(extract('Gabon : la secrétaire générale de la Francophonie préoccupée\n\nCommuniqué de presse\n\nLa Secrétaire générale de la Francophonie, Madame Louise Mushikiwabo, est profondément préoccupée par la situation au Gabon\n\nElle suit la situation de près.\n').meeting.kind).toBe('statement');
  });

  it('counts steps looked forward to with their object, instruments finalised or extended, new bodies and arrangements, and a dialogue convening in a named city', () => {
    for (const sentence of [
      'They looked forward to reconvening the India-U.S. Trade Policy Forum before the end of 2021.',
      'They looked forward to the finalization of a Space Situational Awareness Memorandum of Understanding.',
      'The Leaders also hailed the finalization of the overarching Memorandum of Understanding on Health and Biomedical Sciences.',
      'They welcomed the extension of the Statement of Guiding Principles on Triangular Cooperation for Global Development.',
      'The newly-established Australia-U.S. Forum on Clean Energy Industrial Transformation will allow cooperation.',
      'Australia and the United States have reached agreement in principle, subject to final domestic authorisations, on the Technology Safeguards Agreement.',
      'Australia and the United States have both imposed a further tranche of sanctions and trade measures.',
      'We reaffirm our efforts, including via the Australia-United States Strategic Commercial Dialogue, which will convene in Detroit later this week.',
      'This collaboration is being enhanced through a new arrangement to advance Pacific Ocean exploration and mapping.',
      'As the first initiative under AUKUS, we commit to a shared ambition to support Australia in acquiring nuclear-powered submarines.',
    ]) expect(initiatives(`Joint Leaders’ Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('G7 Leaders’ Statement\n\nWe welcome the extension of the Black Sea Grain Initiative.\n')).toEqual([]);
  });

  it('reads "Joint U.S.-Brazil Statement on …" as a joint statement', () => {
    expect(extract('Joint U.S.-Brazil Statement on the Partnership for Workers’ Rights\n\nOur Administrations launched the Partnership today.\n').meeting.kind).toBe('joint-statement');
  });
});

describe('round 23 (unseen texts: Swiss, Luxembourg and EEAS releases)', () => {
  it('reads « Conseillère fédérale », « Cheffe du DFAE », « Affaires étrangères et européennes » as offices, and "Amir" inside a name', () => {
    expect(names('Entretiens\n\nLa Conseillère fédérale Micheline Calmy-Rey, Cheffe du DFAE, a rencontré M. Javier Solana.\n')).toContain('Micheline Calmy-Rey');
    expect(names('Appel\n\nLe ministre des Affaires étrangères et européennes Jean Asselborn a pris l’initiative de s’entretenir avec le ministre des Affaires étrangères iranien, Hossein Amir Abdollahian.\n')).toEqual([
      'Jean Asselborn',
      'Hossein Amir Abdollahian',
    ]);
  });

  it('does not take a court’s sentence (« condamné à la peine capitale », "condemned to death") for a condemnation', () => {
    expect(condemned('Appel\n\nIl a évoqué le cas d’un résident qui aurait été arrêté et condamné à la peine capitale.\n')).toBe(0);
    expect(condemned('Appel\n\nLe ministre soutient les efforts en faveur de ceux qui ont été condamnés à mort.\n')).toBe(0);
    expect(condemned('Call\n\nThe Minister raised the case of a resident who was condemned to death last week.\n')).toBe(0);
    expect(condemned('Iran\n\nLa France condamne la condamnation à mort de M. X.\n')).toBe(1);
  });

  it('places a meeting the lead reports today in another city there, not at the dateline, and ends a city before an office', () => {
    const geneva = 'Entretiens à Genève\n\nBerne, Communiqué de presse, 02.10.2009\n\nLa Conseillère fédérale Micheline Calmy-Rey a eu des entretiens aujourd’hui à Genève avec chacun des représentants des parties.\n';
    expect(extract(geneva).meeting.location).toBe('Geneva');
    const brussels = 'Statement\n\nBrussels, 19 October 2012\n\n"I have met today in Brussels Prime Minister Ivica Dacic and Prime Minister Hashim Thaci."\n';
    expect(extract(brussels).meeting.location).toBe('Brussels');
  });

  it('counts MoUs signed in the plural, a new initiative pursued, a counterpart hosted, a study tour co-hosted, a trilateral exercise and ambassadors exchanged', () => {
    for (const sentence of [
      'During the session the two countries signed two MoUs on Education and Political Diplomatic Affairs.',
      'We intend to pursue a new semiconductor workforce development initiative, through which students will receive training.',
      'The Minister, Dr Naledi Pandor, will host her Zimbabwean counterpart, Dr Frederick Shava, on a Working Visit to South Africa on Friday, 21 May 2021 in Cape Town.',
      'Under the FIRST program, the United States and Japan plan to co-host a nuclear energy study tour in Japan for nuclear experts.',
      'Within the next year, our coast guards also plan to conduct an at-sea trilateral exercise in the Indo-Pacific.',
      'The United States of America and the People’s Republic of China will exchange Ambassadors and establish Embassies on March 1, 1979.',
    ]) expect(initiatives(`Joint Statement\n\n${sentence}\n`), sentence).toHaveLength(1);
    expect(initiatives('Statement\n\nWe will pursue our efforts to end the conflict.\n')).toEqual([]);
  });

  it('joins a quotation whose second paragraph lost its reopening mark and closes before "said …", in single or double marks', () => {
    for (const [open, close] of [['‘', '’'], ['“', '”']]) {
      const text = `Norway condemns attack\n\n${open}Norway condemns the terrorist attack in Nice in the strongest possible terms. Once again, France has been hit.\n\nWe stand shoulder to shoulder with the people of France,${close} said Minister of Foreign Affairs Børge Brende.\n`;
      expect(extract(text).quotes.map((q) => [q.speaker, q.text])).toEqual([
        ['Børge Brende', 'Norway condemns the terrorist attack in Nice in the strongest possible terms. Once again, France has been hit.\n\nWe stand shoulder to shoulder with the people of France'],
      ]);
    }
  });

  it('gives a quotation to the judge named after the office, not to "Judge"', () => {
    expect(quotes('Statement\n\nAt that time, Nigeria’s Chief Judge of the Federal High Court, Justice Ibrahim Auta, said: “Terrorism has no boundaries, it has no colour.”\n')).toEqual([['Ibrahim Auta', 'Terrorism has no boundaries, it has no c']]);
  });

  it('places leaders who "gather today in Washington", and dates a visit given in the lead-in to the text’s points', () => {
    const washington = 'Joint Vision Statement\n\nWe, the leaders of Japan, the Philippines, and the United States, met today for the first Summit between our three countries.\n\nWe gather today in Washington as equal partners.\n';
    expect(extract(washington).meeting.location).toBe('Washington');
    const spain =
      'Joint Declaration\n\nSpain and the United States are Allies, strategic partners, and friends. Our relationship is based on deep ties. To affirm our commitment, the President of the Government of Spain, Pedro Sánchez, and the President of the United States of America, Joseph R. Biden, Jr., on the occasion of President Biden’s visit to Spain on June 28-30, 2022, have reached the following understandings:\n\nDefence cooperation will grow.\n';
    expect(extract(spain).meeting.date).toBe('2022-06-28');
  });

  it('reads a joint press release of two countries as joint, and a titled visit to come under "Media Statement" as a news release', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Joint Press Release of Japan and the Republic of Chile on the Initiation of Negotiations\n\nNovember 18th, 2005\n\n1. The Prime Minister of Japan and the President of the Republic of Chile held a meeting in Busan.\n')).toBe('joint-statement');
    expect(kind('AUSTRALIAN GOVERNMENT ASSISTANCE TO RWANDA\n\nJOINT PRESS RELEASE BY THE MINISTER FOR DEFENCE, SENATOR ROBERT RAY AND THE ACTING MINISTER FOR FOREIGN AFFAIRS, GORDON BILNEY MP\n\nThe Government announced today that up to $5 million would be provided.\n')).toBe('news-release');
    const visit =
      'Minister Pandor to host the Minister of Foreign Affairs of the Republic of Zimbabwe, Dr Frederick Shava, on a Working Visit to South Africa\n\nMedia Statement\n\n21 May 2021\n\nMinister Pandor to host the Minister of Foreign Affairs of the Republic of Zimbabwe, Dr Frederick Shava, on a Working Visit to South Africa\n\nThe Minister, Dr Naledi Pandor, will host her Zimbabwean counterpart, Dr Frederick Shava, on a Working Visit to South Africa on Friday, 21 May 2021 in Cape Town.\n';
    expect(kind(visit)).toBe('news-release');
  });
});

describe('round 24 (unseen texts: Malaysia, Pakistan, Sri Lanka, Latvia, Algeria, Switzerland, the AU)', () => {
  it('counts an "unreserved condemnation of", and a predicate "are deplorable" but not "this deplorable violence"', () => {
    expect(condemned('Call\n\nThe ministers spoke. Expressing Pakistan’s unreserved condemnation of the attack, the Foreign Minister added that the incident had caused serious damage.\n')).toBe(1);
    expect(condemned('Statement\n\nSri Lanka condemns the attack. Our thoughts and prayers are with those affected by this deplorable violence.\n')).toBe(1);
    expect(condemned('Statement\n\nThe repeated threats against Israel are deplorable and are outside the bounds of acceptable conduct.\n')).toBe(1);
  });

  it('takes the signer of a first-person text from its closing block, above the place and the date', () => {
    const text = 'PROTEST\n\nI am deeply concerned by the intrusion.\n\nIn addition, I will also relay Malaysia’s serious concern to my counterpart.\n\nYB DATO’ SERI HISHAMMUDDIN HUSSEIN\nPUTRAJAYA\n1 JUNE 2021\n';
    expect(names(text)).toEqual(['HISHAMMUDDIN HUSSEIN']);
    expect(names('Release\n\nThe Ministry condemns the attack.\n\nThe Ministry calls for calm.\n\nANNA BERG\nSTOCKHOLM\n1 JUNE 2021\n')).toEqual([]);
  });

  it('leaves out a press contact under « Adresse pour l’envoi de questions », someone re-elected or whose guidance is followed', () => {
    expect(names('Rencontre\n\nLe conseiller fédéral Guy Parmelin a rencontré la ministre Ursula von der Leyen.\n\nAdresse pour l\'envoi de questions\n\nRenato Kalbermatten\nChef de l’information du DDPS\n')).toEqual(['Guy Parmelin', 'Ursula von der Leyen']);
    const algeria =
      'Appel\n\nLe ministre des Affaires étrangères, Ramtane Lamamra, a reçu un appel téléphonique de son homologue française, Mme Catherine Colonna. L’entretien, le premier depuis la réélection du Président Emmanuel Macron, a été cordial. Les deux ministres ont souligné la nécessité de traduire les orientations stratégiques des Présidents Abdelmadjid Tebboune et Emmanuel Macron.\n';
    expect(names(algeria)).toEqual(['Ramtane Lamamra', 'Catherine Colonna']);
  });

  it('places no call at its dateline (« ont eu une conversation téléphonique »), writes Bern in English, and skips a parish', () => {
    const call = 'Communiqué sur l’appel téléphonique entre le Président de la Commission et le Secrétaire d’État\n\nAddis Abéba, le 18 Mai 2018 : Le Président de la Commission de l’Union africaine, Moussa Faki Mahamat, et le Secrétaire d’État américain, Mike Pompeo, ont eu une conversation téléphonique aujourd’hui.\n';
    expect(extract(call).meeting).toMatchObject({ location: null, kind: 'readout' });
    expect(extract('Rencontre à Berne\n\nBerne, 23.08.2018 - Le conseiller fédéral Guy Parmelin a rencontré aujourd’hui la ministre allemande de la Défense.\n').meeting.location).toBe('Bern');
    expect(extract('Meeting\n\nThe Foreign Ministers met today in Skudraliena Parish of Daugavpils District.\n').meeting.location).toBe(null);
  });

  it('counts visits agreed in principle (« ont retenu le principe d’échange de visites »)', () => {
    expect(initiatives('Appel\n\nEnfin, les deux ministres ont retenu le principe d’échange de visites et de contacts suivis.\n')).toHaveLength(1);
  });

  it('counts an act called a war crime, in English and French, and not "organized crime"', () => {
    expect(condemned('Statement\n\nDeliberately targeting civilians constitutes a war crime.\n')).toBe(1);
    expect(condemned('Déclaration\n\nViser délibérément des civils et des cibles civiles constitue un crime de guerre.\n')).toBe(1);
    expect(condemned('Statement\n\nThe fight against organized crime is a priority of the partnership.\n')).toBe(0);
  });

  it('counts acting through a named mechanism, a plan worked through, and a project announced under a named fund', () => {
    for (const sentence of [
      'We will continue our collaboration through the Minerals Security Partnership to strengthen supply chains for critical minerals.',
      'We reaffirm our commitment to continue working within the open, cooperative, and inclusive Climate Club in collaboration with partners.',
      'We will utilize the G7 Partnership for Global Infrastructure and Investment (PGII) to catalyze public and private finance.',
      'Through this Clean Energy Economy Action Plan, we will work together to create trade policies that decarbonize our economies.',
      'In addition, they announced the United States’ first project in Greece under the Ambassadors Fund for Cultural Preservation.',
    ]) expect(initiatives(`Joint Statement\n\n${sentence}\n`), sentence).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nWe will continue our work to support the people of Ukraine.\n')).toEqual([]);
  });

  it('reads a "Joint Fact Sheet" as joint, and does not date the visit by the leaders’ first meeting it follows', () => {
    const text =
      'Joint Fact Sheet on President Donald J. Trump’s Meeting with President Lee Jae Myung\n\nPresident Lee Jae Myung of the Republic of Korea welcomed President Donald J. Trump of the United States for a State Visit to ROK on October 29, 2025. This marks the first time that a State Visit has been hosted in Gyeongju and follows on the two leaders’ first meeting in Washington on August 25.\n';
    expect(extract(text).meeting).toMatchObject({ date: '2025-10-29', kind: 'joint-statement' });
  });
});

describe('round 25 (unseen texts: Morocco, Canada, the UN, Singapore, New Zealand, US joint statements)', () => {
  it('reads a French office whose portfolio list holds commas and lower-case adjectives', () => {
    expect(names('Appel\n\nLe ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l’étranger, Nasser Bourita, a reçu un appel de son homologue russe.\n')).toContain('Nasser Bourita');
    expect(names('Release\n\nMr Peters also met the Minister for Overseas Territories François-Noël Buffet in Paris.\n')).toContain('François-Noël Buffet');
  });

  it('counts a French demand to meet an obligation, an expectation that a party honour its commitment, and a stop that must come', () => {
    expect(condemned('Déclaration\n\nNous demandons au gouvernement de l’Égypte d’assumer sa responsabilité dans le cadre de la Convention de Vienne.\n')).toBe(1);
    expect(condemned('Déclaration\n\nLe Canada s’attend à ce que l’Égypte tienne son engagement de respecter ses accords internationaux.\n')).toBe(1);
    expect(condemned('Déclaration\n\nIl a réaffirmé que toutes les violences doivent s’arrêter immédiatement.\n')).toBe(1);
    expect(condemned('Déclaration\n\nNous demandons au ministre de nous informer de la suite. Les consultations doivent se poursuivre.\n')).toBe(0);
  });

  it('counts intending to act through a named mechanism and hosting the next meeting', () => {
    for (const sentence of [
      'They intend to promote this vision through the EPCC and other platforms, including the G7.',
      'The two countries plan to work closely with other partners through the Minerals Security Partnership announced on June 14, 2022.',
      'The United States will host the next CNWG in 2023.',
    ]) expect(initiatives(`Joint Statement\n\n${sentence}\n`), sentence).toHaveLength(1);
  });

  it('dates a call by its sentence, not by a wire’s dateline, and reads a statement of several named offices as joint', () => {
    const wire = 'Telephone Call with Wang Yi\n\nSINGAPORE, May 11, 2020 /PRNewswire/ -- Minister for Foreign Affairs Dr Vivian Balakrishnan spoke with State Councilor Wang Yi on 28 April 2020 via telephone.\n';
    expect(extract(wire).meeting.date).toBe('2020-04-28');
    const joint = 'Statement of the President of the European Commission Jean-Claude Juncker, the President of the European Council Donald Tusk and the Prime Minister of Australia Malcolm Turnbull\n\nBrussels, 15 November 2015\n\nEuropean Commission - Statement\n\nWe strongly condemn the atrocious terrorist attacks in Paris.\n';
    expect(extract(joint).meeting.kind).toBe('joint-statement');
    expect(extract('Statement by the President of the European Council Herman Van Rompuy on Syria\n\nI condemn the attack.\n').meeting.kind).toBe('statement');
  });

  it('reads delegation members with long offices (a portfolio list with a comma, a chancellery, plural "Directors"), and no headline in capitals', () => {
    const german = 'Readout\n\nThe German delegation also included Director General for Economic, Financial and Climate Policy in the Federal Chancellery Steffen Meyer; State Secretary Udo Philipp, Federal Ministry of Finance.\n';
    expect(names(german)).toEqual(['Steffen Meyer', 'Udo Philipp']);
    expect(names('Readout\n\nThe U.S. delegation also included National Security Council Senior Directors Tarun Chhabra and Sarah Ladislaw.\n')).toContain('Tarun Chhabra');
    expect(names('Déclaration\n\nLE SECRÉTAIRE GÉNÉRAL CONDAMNE L’ATTENTAT TERRORISTE PERPÉTRÉ À DAMAS\n\nLe Secrétaire général condamne l’attentat.\n')).toEqual([]);
  });

  it('round 26: a bare name that had a telephone conversation, "the Head of State" as speaker, a signing only discussed', () => {
    const kremlin = 'Telephone conversation with President of Turkey Recep Tayyip Erdogan\n\nMarch 27, 2018\n\nVladimir Putin had a telephone conversation with President of the Republic of Turkey Recep Tayyip Erdogan.\n';
    expect(names(kremlin)).toEqual(['Vladimir Putin', 'Recep Tayyip Erdogan']);
    const kyiv =
      'Phone call\n\nPresident of Ukraine Volodymyr Zelenskyy had a phone call with President of the United States Joseph Biden.\n\n"The United States is working dynamically to use Russia\'s frozen assets for the benefit of Ukraine," the Head of State noted.\n';
    expect(quotes(kyiv)).toEqual([['Volodymyr Zelenskyy', 'The United States is working dynamically']]);
    expect(initiatives('Readout\n\nThe parties discussed signing a security agreement with the United States and preparations for the Peace Summit.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThey discussed the possibility of signing a free trade agreement.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe ministers signed a memorandum of understanding on energy.\n')).toHaveLength(1);
  });

  it('round 26: no initiative in thanks for, or the pleasure of inviting others to, the meeting under way', () => {
    expect(initiatives('Readout\n\nMinister Kamikawa expressed her pleasure to invite the Central Asian countries online to the G7 Foreign Ministers’ Meeting for the first time.\n')).toEqual([]);
    expect(initiatives("Readout\n\nThey expressed their gratitude for the opportunity to participate in the G7 Foreign Ministers' Meeting for the first time.\n")).toEqual([]);
    expect(initiatives('Readout\n\nMinister Anand invited Secretary Rubio to the G7 Foreign Ministers’ Meeting.\n')).toHaveLength(1);
    expect(initiatives("Readout\n\nThe Minister will participate in the G7 Foreign Ministers' Meeting.\n")).toHaveLength(1);
  });

  it('round 26: « consterné et choqué par », a seminar that « s’est tenu » at Matignon, two Prime Ministers each of a country, agreements listed after "were signed:"', () => {
    expect(condemned('Le Conseil fédéral condamne l’attentat\n\nLe Conseil fédéral est consterné et choqué par l’attentat perpétré contre le journal Charlie Hebdo.\n')).toBe(1);
    const seminar =
      'SEMINAIRE INTERGOUVERNEMENTAL\n\nLa troisième édition du séminaire intergouvernemental franco-sénégalais s’est tenu le 19 octobre 2017 à Matignon, à Paris.\n\nLa rencontre était coprésidée par les deux Premiers Ministres Edouard PHILIPPE de la France et Mahamat Boun Abdallah DIONE du Sénégal.\n';
    const { meeting, participants } = extract(seminar);
    expect([meeting.date, meeting.location]).toEqual(['2017-10-19', 'Paris']);
    expect(participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Edouard PHILIPPE', 'Premier Ministre', 'France'],
      ['Mahamat Boun Abdallah DIONE', 'Premier Ministre', 'Senegal'],
    ]);
    const signed =
      'Readout\n\nThe two ministers met in Rabat this morning.\n\nThe following four agreements were signed during the visit:\n\n1. Agreement for Islamic Cooperation between the two ministries\n\n2. Memorandum of Understanding on Cooperation between the two foreign ministries\n';
    expect(initiatives(signed)).toEqual(['Agreement for Islamic Cooperation between the two ministries', 'Memorandum of Understanding on Cooperation between the two foreign ministries']);
  });

  it('round 26: a party told to stop ("demand Russia to stop"), a long Arabic name with "Shaikh", a signing restated as the outcome, a letter’s author', () => {
    expect(condemned('Statement\n\nWe strongly demand Russia to stop this senseless war.\n')).toBe(1);
    expect(condemned('Statement\n\nThey demanded the Syrian regime to release all detainees.\n')).toBe(1);
    expect(condemned('Statement\n\nWe demand more money to stop the war.\n')).toBe(0);
    const bahrain =
      'Readout\n\nThe Minister of Foreign Affairs, Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa, met with the Cabinet Secretary Monica Juma.\n\nDuring the meeting, an agreement was signed to establish a Joint Committee for Bilateral Cooperation.\n\nThe Minister expressed his satisfaction with the friendly relations, which culminated in the signing of an agreement to establish a joint committee for cooperation.\n';
    expect(names(bahrain)).toEqual(['Khalid bin Ahmed bin Mohammed Al Khalifa', 'Monica Juma']);
    expect(initiatives(bahrain)).toEqual(['During the meeting, an agreement was signed to establish a Joint Committee for Bilateral Cooperation.']);
    const letter =
      'Readout\n\nForeign Minister Abdulla Shahid met with Foreign Minister Nasser Bourita this morning. Minister Shahid delivered a Letter from His Excellency President Ibrahim Mohamed Solih addressed to His Majesty Mohammed VI, King of Morocco.\n';
    expect(names(letter)).toEqual(['Abdulla Shahid', 'Nasser Bourita']);
    expect(initiatives('Compte rendu\n\nDans une déclaration conjointe, les deux Premiers Ministres ont exprimé une convergence de vues.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nIn a joint statement, the two Prime Ministers expressed a convergence of views.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nAs noted in a joint statement last year, the ministers expressed concern.\n')).toEqual([]);
  });

  it('round 26: no country from the paragraph above a title, and an envoy is of the country that sends him, not the one he is posted to', () => {
    const text =
      'Readout\n\nThe fourth agreement was signed with the Government of the Kingdom of Morocco\n\nMinister Shahid was accompanied by Dr. Hussain Niyaaz, Ambassador of Maldives to UAE.\n';
    const mentions = bodyPersonMentions(importText(text)).filter((m) => m.title !== null);
    expect(mentions.map((m) => [m.name, m.country])).toEqual([
      ['Shahid', null],
      ['Hussain Niyaaz', 'Maldives'],
    ]);
  });

  it('round 27: two Prime Ministers named after the plural office, a nickname in brackets, a name between commas after a long office, a US senator met', () => {
    const gaichel = 'Communiqué\n\nUne réunion commune se tiendra le 5 février 2015 à Bruxelles sous la présidence conjointe des Premiers ministres Charles Michel et Xavier Bettel.\n';
    expect(extract(gaichel).participants.map((p) => [p.name, p.title])).toEqual([
      ['Charles Michel', 'Premier ministre'],
      ['Xavier Bettel', 'Premier ministre'],
    ]);
    const map = 'Communiqué\n\nRabat – Le ministre des Affaires étrangères, de la coopération africaine et des Marocains résidant à l’étranger, M. Nasser Bourita, a eu jeudi un entretien téléphonique avec le ministre des Affaires étrangères de l’Ukraine, M. Dmytro Kuleba.\n';
    expect(names(map)).toEqual(['Nasser Bourita', 'Dmytro Kuleba']);
    const vilnius = 'Readout\n\nOn 3 February, the Minister of Foreign Affairs of Lithuania Gabrielius Landsbergis had a telephone conversation with the U.S. Senator Richard Joseph (Dick) Durbin.\n';
    expect(names(vilnius)).toEqual(['Gabrielius Landsbergis', 'Richard Joseph (Dick) Durbin']);
    // Not a body's name before a comma: "the APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting, held a meeting with".
    const apec = 'Readout\n\nMr. Taro Kono, Minister for Foreign Affairs, who is visiting Da Nang to attend the APEC (Asia-Pacific Economic Cooperation) Ministerial Meeting, held a meeting with Rt. Hon. Winston Peters, Deputy Prime Minister.\n';
    expect(names(apec)).not.toContain('Ministerial Meeting');
  });

  it('round 27: treaties listed after « procéderont à la signature de trois accords: », breaking the constitutional order, a call to recognise responsibilities', () => {
    const signing =
      'Communiqué\n\nÀ cet effet, les représentants des deux gouvernements procéderont à la signature de trois accords:\n\n• Traité entre le Grand-Duché de Luxembourg et le Royaume de Belgique concernant la coopération en matière de défense,\n\n• Convention entre le Grand-Duché de Luxembourg et le Royaume de Belgique sur l’entraide administrative.\n';
    expect(initiatives(signing).map((i) => i.slice(0, 12))).toEqual(['Traité entre', 'Convention e']);
    expect(condemned('Statement\n\nWe regret that the Government of Venezuela continues to break the constitutional order and international norms.\n')).toBe(1);
    expect(condemned('Statement\n\nI also call on the Government to recognise its responsibilities to protect all civilians.\n')).toBe(1);
    expect(condemned('Statement\n\nThe two teams continued to break records at the games.\n')).toBe(0);
  });

  it('round 27: a meeting that « se tiendra » is a news release; a lead whose subject lists three countries is a joint statement', () => {
    expect(extract('Réunion commune des gouvernements belge et luxembourgeois à Bruxelles (05.02.2015)\n\nUne réunion commune des gouvernements belge et luxembourgeois se tiendra le 5 février 2015 à Bruxelles.\n').meeting.kind).toBe('news-release');
    expect(extract('Réunion commune des gouvernements\n\nLe mardi 31 août 2021, les gouvernements du Luxembourg et de la Belgique se réuniront en une session commune à Luxembourg.\n').meeting.kind).toBe('news-release');
    expect(extract('Press release of the Lima Group on the support to Panama\n\nArgentina, Brazil, Canada, Chile, Colombia and Peru express their support for the Republic of Panama.\n').meeting.kind).toBe('joint-statement');
    expect(extract('Communiqué\n\nLe Bénin, le Niger et le Togo condamnent fermement l’attaque.\n').meeting.kind).toBe('joint-statement');
    expect(extract('Press release\n\nCanada welcomes the agreement reached by Brazil, Chile and Peru.\n').meeting.kind).not.toBe('joint-statement');
  });

  it('round 28: the Security Council members’ own condemnation, « exigent qu’il soit mis fin », shock and outrage over, a rejection owned by the authors', () => {
    expect(condemned('Déclaration à la presse du Conseil de sécurité\n\nLes membres du Conseil de sécurité condamnent dans les termes les plus fermes l’attaque perpétrée contre un convoi.\n')).toBe(1);
    expect(condemned('Statement\n\nWe welcome that the Security Council passed resolution 2722, which also condemned the attacks.\n')).toBe(0);
    expect(condemned('Déclaration\n\nLes membres du Conseil soulignent que toute attaque est inacceptable, et exigent qu’il soit mis fin aux attaques.\n')).toBe(1);
    expect(condemned('Déclaration\n\nLe ministre demande que la réunion se tienne à Paris.\n')).toBe(0);
    expect(condemned('Statement\n\nThe High Commissioner expressed shock and outrage Tuesday over bombings in Algiers.\n')).toBe(1);
    expect(condemned('Statement\n\nThe signatory countries express their concern and rejection of any course of action that implies military intervention.\n')).toBe(1);
    expect(condemned('Déclaration\n\nLes pays réitèrent leur ferme rejet de toute intervention militaire.\n')).toBe(1);
  });

  it('round 28: a peer’s title is an honorific ("Earl Howe"), and a name met after two honorifics ("H.E. Mr. Wang Yi")', () => {
    expect(names('Readout\n\nThe Defense Undersecretary met the Minister of State for Defence, The Right Honourable Earl Howe, in London.\n')).toContain('Howe');
    const thai = 'Readout\n\nOn 6 December 2023, H.E. Mr. Parnpree Bahiddha-Nukara, Deputy Prime Minister and Minister of Foreign Affairs, met with H.E. Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee.\n';
    expect(names(thai)).toEqual(['Parnpree Bahiddha-Nukara', 'Wang Yi']);
  });

  it('round 28: a resolution the authors recall adopting, "agreed a Joint Statement of Intent", a named mechanism revived, no exchange across a comma', () => {
    for (const sentence of [
      'Les membres du Conseil rappellent qu’en janvier, ils ont adopté à l’unanimité la résolution 2087 (2013).',
      'The two countries also agreed a Joint Statement of Intent to improve economic cooperation.',
      'The Foreign Minister proposed to revive the Consultation Mechanism between the Foreign Ministers of the two countries, which his counterpart agreed.',
    ]) expect(initiatives(`Readout\n\n${sentence}\n`), sentence).toHaveLength(1);
    for (const sentence of [
      'We welcome that the Council adopted resolution 2254.',
      'They agreed the importance of cooperation.',
      'Both sides discussed ways to further promote bilateral ties, through exchanges of high-level visits, negotiation of the agreement on mutual visa exemption.',
    ]) expect(initiatives(`Readout\n\n${sentence}\n`), sentence).toEqual([]);
    expect(initiatives('Readout\n\nThe ministers exchanged the signed memorandum of understanding.\n')).toHaveLength(1);
  });

  it('round 28: the author of a statement the text supports is not a participant; "The Nordic-Baltic countries" under an authorless title speak jointly', () => {
    const text = 'Statement on Belarus\n\nThe Nordic-Baltic countries support the statement by EU High Representative for Foreign Affairs and Security Policy Kaja Kallas on support to the Belarusian people.\n';
    expect(names(text)).toEqual([]);
    expect(extract(text).meeting.kind).toBe('joint-statement');
    expect(extract('Statement by Foreign Minister Tobias Billström on Belarus\n\nThe Nordic-Baltic countries support the Belarusian people.\n').meeting.kind).toBe('statement');
  });

  it('round 27: looking forward to a numbered or next meeting of a named forum', () => {
    expect(initiatives('Joint Communiqué\n\nThey looked forward to the sixth Ministerial Forum in Indonesia in mid-2002.\n')).toHaveLength(1);
    expect(initiatives('Joint Communiqué\n\nThey looked forward to the second round of consultations.\n')).toHaveLength(1);
    expect(initiatives('Joint Communiqué\n\nThey looked forward to the sixth anniversary of the accord.\n')).toEqual([]);
  });

  it('round 29: « a appelé ce soir son homologue » is a call (no place, a readout), a genre label with its issuer is no dateline place', () => {
    const elysee = 'Attaque d’Inatès : Le Niger et la France unis (communiqué)\n\nCommuniqué de l’Elysée (12 décembre 2019)\n\nA la suite de l’attaque, le Président de la République a appelé ce soir son homologue nigérien, Mahamadou Issoufou, pour lui exprimer son soutien.\n';
    const { meeting } = extract(elysee);
    expect([meeting.location, meeting.kind]).toEqual([null, 'readout']);
    expect(cleanPlace('Communiqué de l’Elysée (12 décembre 2019)')).toBeNull();
    expect(cleanPlace('Paris (12 décembre 2019)')).toBe('Paris');
  });

  it('round 29: a meeting set for tomorrow, an invitation to take part in a named summit, a joint statement’s text agreed; a request to comply and a warning against further incursion', () => {
    for (const sentence of [
      'Il a dépêché sur place le chef d’Etat-major des armées qui rencontrera demain le Président Issoufou.',
      'He invited the Government of Georgia to participate at the highest level in the Climate Summit on 23 September 2014.',
      'Following the meeting, the text of the Joint Statement was agreed.',
    ]) expect(initiatives(`Readout\n\n${sentence}\n`), sentence).toHaveLength(1);
    expect(condemned('Statement\n\nWe request the DPRK to return to compliance with the NPT and IAEA safeguards.\n')).toBe(1);
    expect(condemned('Statement\n\nWe requested the Secretariat to prepare a report.\n')).toBe(0);
    expect(condemned('Statement\n\nThe Prime Minister warned that any further Russian incursion in Ukraine would be a massive strategic mistake.\n')).toBe(1);
  });

  it('round 29: concrete measures agreed (lifting restrictions, more permits), and "she added" after a paragraph whose subject is the release’s own office', () => {
    expect(initiatives('Joint Statement\n\n1.1. The parties agreed to lift restrictions on the transit of freight cars through Ukraine to Poland by rail.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\n1.2. The parties agreed to significantly increase the number of permits for international freight transportation.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nThe parties agreed to increase their efforts.\n')).toEqual([]);
    const tallinn =
      'Foreign Minister Marina Kaljurand met with Russian Foreign Minister Sergei Lavrov\n\nForeign Minister Marina Kaljurand discussed bilateral relations with Russian Foreign Minister Sergei Lavrov in New York.\n\nThe Foreign Minister expressed satisfaction that the issue has been resolved. “The abduction and detention was a flagrant violation of human rights and international law,” she added.\n';
    expect(quotes(tallinn)).toEqual([['Marina Kaljurand', 'The abduction and detention was a flagra']]);
  });

  it('round 29: « la ministre des Armées Florence Parly », a name set off after a long office (« … à l’étranger Othman Jerandi, a eu, ce mardi, des entretiens »), counterparts’ nationalities are not the home country', () => {
    expect(extract('Communiqué\n\nLa cheffe du DDPS était à Paris pour une rencontre officielle avec son homologue française, la ministre des Armées Florence Parly.\n').participants.map((p) => [p.name, p.title])).toEqual([['Florence Parly', 'ministre des Armées']]);
    const tunis =
      "Sommet de la Francophonie : MAE s'entretient avec ses homologues\n\nLe Ministre des Affaires étrangères, de la Migration et des Tunisiens à l'étranger Othman Jerandi, a eu, ce mardi, des entretiens téléphoniques avec ses homologues égyptien, libanais et mauritanien, ainsi qu'avec le secrétaire d'Etat français Jean-Baptiste Lemoyne.\n\nM. Jerandi a rappelé que la Tunisie accueillera le Sommet de Djerba.\n";
    expect(extract(tunis).participants.map((p) => [p.name, p.country])).toEqual([
      ['Othman Jerandi', 'Tunisia'],
      ['Jean-Baptiste Lemoyne', 'France'],
    ]);
  });

  it('round 30: « Fait à Abuja » under one signature issues nothing jointly; a compound office is no speaker; « S.E. M. Serge Telle a ouvert la Réunion »; a closing line of signatories; the adoption of a joint declaration', () => {
    const ecowas = 'Communiqué\n\nLa Commission de la CEDEAO condamne fermement les attaques armées à Ouagadougou.\n\nFait à Abuja, le 2 mars 2018\n\nJean-Claude Kassi BROU\n\nPrésident de la Commission de la CEDEAO\n';
    expect(initiatives(ecowas)).toEqual([]);
    const monaco = 'Conférence diplomatique 2019\n\nLa Conférence a été ouverte par Gilles Tonelli, Conseiller de Gouvernement-Ministre des Relations Extérieures et de la Coopération, qui a souligné : "Notre responsabilité première, c’est de représenter le Prince Souverain."\n';
    expect(quotes(monaco)).toEqual([['Gilles Tonelli', 'Notre responsabilité première, c’est de ']]);
    expect(names('Réunion annuelle du corps consulaire\n\nLundi 20 novembre 2017, S.E. M. Serge Telle a ouvert la Réunion annuelle consulaire, au Salon Eiffel.\n')).toEqual(['Serge Telle']);
    const v4 = 'Joint Statement of the Visegrad Group Foreign Ministers on Ukraine\n\nWe strongly condemn the killing of demonstrators.\n\nRadosław Sikorski, Jan Kohout, János Martonyi, Miroslav Lajčák\n\nSource: Ministry of Foreign Affairs of the Republic of Poland\n';
    expect(names(v4)).toEqual(['Radosław Sikorski', 'Jan Kohout', 'János Martonyi', 'Miroslav Lajčák']);
    expect(names('Statement\n\nWe condemn the attack.\n\nArgentina, Brazil, Chile and Peru\n')).toEqual([]);
    expect(initiatives('Press Advisory\n\nThe upshot of the online meeting was the adoption of a joint V4 declaration expressing solidarity with the Czech Republic.\n')).toHaveLength(1);
  });
  it('an initial without its full stop after an office or an honorific: "Minister for Law K Shanmugam", "Dr S Jaishankar" (not "Group B Countries")', () => {
    expect(names('Visit\n\nSecretary Meade also met with Minister for Foreign Affairs and Minister for Law K Shanmugam.\n')).toEqual(['Meade', 'K Shanmugam']);
    expect(names('Readout\n\nThe Foreign Secretary met Indian External Affairs Minister Dr S Jaishankar in London.\n')).toEqual(['S Jaishankar']);
    expect(extract('Readout\n\nMinister for Law K Shanmugam met the press.\n').participants[0]?.title).toBe('Minister for Law');
    expect(names('Statement\n\nThe Group B Countries met the Minister in Room C Annex.\n')).toEqual([]);
  });
  it('round 31: counterparts listed one by one with their countries (« namely », "such as", "The rest are"), two initials, "of the Kingdom of Tonga", a delegate "from Palau’s Congress"', () => {
    const ghana =
      'Minister participates in UNGA\n\nMadam Shirley Ayorkor Botchwey, the Minister for Foreign Affairs, is participating in the 78th Session of the United Nations General Assembly in New York.\n\nThe statement said Madam Ayorkor Botchwey held meetings with her counterparts, namely Dr A. K. Abdul Momen of Bangladesh; Mr Alva Romanus Baptiste of Saint Lucia and Madam Netumbo Nandi-Ndaitwah of Namibia.\n\nThe rest are Mr Fred Mitchell of the Bahamas; and Madam Fekitamoeloa Katoa Utoikamanu of the Kingdom of Tonga in the margins of the session.\n';
    const statement = extract(ghana);
    expect(statement.participants.map((p) => [p.name, p.country])).toEqual([
      ['Shirley Ayorkor Botchwey', ''],
      ['A. K. Abdul Momen', 'Bangladesh'],
      ['Alva Romanus Baptiste', 'Saint Lucia'],
      ['Netumbo Nandi-Ndaitwah', 'Namibia'],
      ['Fred Mitchell', 'Bahamas'],
      ['Fekitamoeloa Katoa Utoikamanu', 'Tonga'],
    ]);
    // Held meetings with counterparts: a readout; placed by the session it is held at.
    expect([statement.meeting.kind, statement.meeting.location]).toEqual(['readout', 'New York']);
    const palau = extract('Signing\n\nPresident Surangel Whipps, Jr. of the Republic of Palau and Delegate Mengkur Rechelulk from Palau’s Congress attended the signing in Los Angeles.\n');
    expect(palau.participants.map((p) => [p.name, p.country])).toEqual([
      ['Surangel Whipps, Jr.', 'Palau'],
      ['Mengkur Rechelulk', 'Palau'],
    ]);
    // Not a list of counterparts: names with honorifics and countries in a sentence that meets no one.
    expect(names('Statement\n\nThe court sentenced Mr Fred Mitchell of the Bahamas; Mr Abdulla Shahid of Maldives.\n')).toEqual([]);
  });

  it('round 31: "the signed agreements" names what was signed, a memo is an instrument, an agreement "which both institutions will sign"', () => {
    expect(initiatives('Statement\n\nIt said the signed agreements form the building blocks for cooperation between Ghana and Georgia.\n')).toEqual([]);
    expect(initiatives('Talks\n\nAt the end of the meeting the parties signed a memo of cooperation between the ministries of foreign affairs.\n')).toHaveLength(1);
    expect(initiatives('Meeting\n\nAlso, they advanced details on the cooperation agreement which both institutions will sign at the same forum in Colombia.\n')).toHaveLength(1);
  });

  it('round 31: a news agency’s dateline ("BEIJING. KAZINFORM …"), talks held with a counterpart make a readout, a state visit dated ahead names no participant', () => {
    const text =
      'Ministers sign memo\n\n12:11, 19 March 2014 | GMT +5\n\nBEIJING. KAZINFORM Kazakh Foreign Minister Erlan Idrissov has met with his Chinese counterpart Wang Yi to debate ongoing cooperation between Kazakhstan and China.\n\nOne of the key issues of the agenda is the state visit of Kazakhstan President Nursultan Nazarbayev to China this May.\n';
    const statement = extract(text);
    expect([statement.meeting.location, statement.meeting.kind]).toEqual(['Beijing', 'readout']);
    expect(statement.participants.map((p) => p.name)).toEqual(['Erlan Idrissov', 'Wang Yi']);
  });

  it('round 31: "The Nordic defence ministers issued the following statement after a virtual meeting on 30 September 2022:" is no quote of "Nordic", issues a joint text and dates the meeting', () => {
    const text =
      'Joint statement by the Nordic Ministers of Defence\n\nThe Nordic defence ministers issued the following statement after a virtual meeting on 30 September 2022:\n\nWe, the Nordic Ministers of Defence are deeply concerned about the damage to the Nord Stream pipelines.\n\nWe will not recognise the results of the illegal referenda or annexations.\n';
    const statement = extract(text);
    expect(statement.quotes).toEqual([]);
    expect(statement.initiatives.map((i) => i.text)).toEqual(['The Nordic defence ministers issued the following statement after a virtual meeting on 30 September 2022:']);
    expect(statement.meeting.date).toBe('2022-09-30');
  });

  it('round 31: an Ivorian government declaration: « SEM » is an honorific, the office above the closing name, a decision declared « nulle et de nul effet », another government thanked for its rejection', () => {
    const text =
      'Déclaration du Gouvernement\n\nDECLARATION DU GOUVERNEMENT DE CÔTE D’IVOIRE\n\nCette décision n’émanant pas de SEM Alassane OUATTARA, Président de la République de Côte d’Ivoire, est donc nulle et de nul effet.\n\nLe Gouvernement de la République de Côte d’Ivoire apprécie hautement la réaction du Gouvernement de la République Française qui a promptement rejeté ladite décision.\n\nPar ailleurs, toute déclaration future de cette nature devra être considérée comme de nul effet.\n\nFait à Abidjan, le 22 janvier 2011\n\nPour le Ministre des Affaires Etrangères et par intérim\n\nLe Ministre de la Jeunesse, des Sports et de la Salubrité urbaine\n\nDagobert BANZIO\n';
    const statement = extract(text);
    expect(statement.participants.map((p) => [p.name, p.title])).toContainEqual(['Dagobert BANZIO', 'Ministre de la Jeunesse, des Sports et de la Salubrité urbaine']);
    expect(statement.participants.map((p) => p.name)).toContain('Alassane OUATTARA');
    expect(statement.condemnations.map((c) => c.text.slice(0, 30))).toEqual(['Cette décision n’émanant pas d', 'Par ailleurs, toute déclaratio']);
    expect(condemned('Statement\n\nThe Government declares the so-called decree null and void.\n')).toBe(1);
  });

  it('round 31: a declaration of two ministers of two countries is joint; a resolution the authors invoke does not make its demand another body’s; support for steps that might be taken is no initiative', () => {
    const title =
      'Déclaration de Bernard KOUCHNER, ministre des Affaires étrangères et européennes, et de M. Franck-Walter STEINMEIER, ministre des Affaires étrangères et vice-Chancelier de la République fédérale d’Allemagne (Paris, 14 janvier 2009)';
    const text = `${title}\n\nConformément à la résolution 1860 du Conseil de sécurité des Nations unies, les combats doivent cesser immédiatement pour mettre fin aux souffrances de toutes les populations civiles.\n\nNos pays s’engagent à soutenir les arrangements et mesures qui pourraient créer un cessez-le-feu durable et le calme.\n`;
    const statement = extract(text);
    expect(statement.meeting.kind).toBe('joint-statement');
    expect(statement.condemnations).toHaveLength(1);
    expect(statement.initiatives).toEqual([]);
    // Still another body's: "the UN Security Council passed a resolution, which also condemned".
    expect(condemned('Statement\n\nWe note that the Security Council adopted resolution 2722, which also condemned the attacks.\n')).toBe(0);
  });

  it('round 31: "Statement attributable to Ms Hamida Lasseko, UNICEF Representative in Iraq" names the author; "We expect these attacks to be ended immediately"; a recipient of aid is no participant; "renewed their Cooperation Agreement" is a news release', () => {
    const unicef = 'Iraq: UNICEF condemns the death of four children\n\nStatement attributable to Ms Hamida Lasseko, UNICEF Representative in Iraq\n\nBaghdad, Iraq, 29 September 2020 – UNICEF is saddened and shocked at the killing of four children.\n';
    expect(extract(unicef).participants.map((p) => [p.name, p.title])).toEqual([['Hamida Lasseko', 'UNICEF Representative in Iraq']]);
    expect(names('Statement\n\nThe following is attributable to Spokesperson Ned Price:\n\nWe condemn the attack.\n')).toEqual([]);
    expect(condemned('Statement\n\nWe expect these attacks to be ended immediately, without further loss of life.\n')).toBe(1);
    expect(condemned('Statement\n\nWe expect the talks to be held next month.\n')).toBe(0);
    expect(names('Statement\n\nThe OAS verified that the aid was delivered to the interim President Juan Guaidó.\n')).toEqual([]);
    expect(extract('THE OAS AND SEGIB SIGN AN AGREEMENT\n\nNew York. The Organization of American States (OAS) and the Ibero-American General Secretariat (SEGIB) today renewed their Cooperation Agreement.\n').meeting.kind).toBe('news-release');
  });
  it('rounds 26-30 leftovers: "signed the agreed minutes", "welcomed the commencement of work on a Closer Economic Partnership", "officially joined both the United Nations Multi-Donor Fund and the European Union Trust Fund"', () => {
    expect(initiatives('Joint Commission\n\nThe two ministers today led the Ministerial Session of the Joint Commission in Nairobi, and signed the agreed minutes of the Senior Official Meeting segment.\n')).toHaveLength(1);
    expect(initiatives('Joint communiqué\n\nThe leaders noted the efforts made in the AFTA-CER linkage, and welcomed the commencement of work on a Closer Economic Partnership.\n')).toHaveLength(1);
    expect(initiatives('Visit\n\nIt is also interesting to note that Chile officially joined both the United Nations Multi-Donor Fund and the European Union Trust Fund.\n')).toHaveLength(1);
    expect(initiatives('Visit\n\nThe minister joined the audience for the concert.\n')).toEqual([]);
  });
  it('round 32: four agreements signed, each a long instrument before "signed by", a pledge to engage in talks for the conclusion of an agreement, and the office "… and Moroccans Abroad" before its holder', () => {
    const text =
      'The Kingdom of Morocco and the State of Israel Concluded Four Agreements\n\nThey are: an agreement on the exemption from visa formalities for holders of diplomatic and service passports, signed by the Minister Delegate for Foreign Affairs, African Cooperation and Moroccans Abroad Mohcine Jazouli and Shlomo Mor-Yosef, Director General of the Population and Immigration Agency.\n\nRecognizing the importance of ensuring direct flights between Israel and Morocco, the two sides pledge to engage in talks for the conclusion of an Agreement on Air Services.\n';
    const statement = extract(text);
    expect(statement.initiatives).toHaveLength(2);
    expect(statement.participants.map((p) => [p.name, p.title])).toContainEqual(['Mohcine Jazouli', 'Minister Delegate for Foreign Affairs, African Cooperation and Moroccans Abroad']);
  });

  it('round 32: a joint press release on the meeting of two countries’ ministers is joint; "decided to continue working together toward the finalization of the Program"', () => {
    const text =
      'Joint Press Release on the occasion of the meeting between the Foreign Minister of Japan, Hayashi Yoshimasa and the Foreign Minister of Denmark, Jeppe Kofod in Tokyo 24 November\n\nThe Foreign Minister of Japan, H.E. Hayashi Yoshimasa and The Foreign Minister of Denmark, H.E. Jeppe Kofod held a bilateral meeting in Tokyo on 24 November 2021.\n\nA Joint Strategic Work Program is under preparation. Both Ministers decided to continue working together toward the finalization of the Program.\n';
    const statement = extract(text);
    expect(statement.meeting.kind).toBe('joint-statement');
    expect(statement.initiatives.map((i) => i.text)).toEqual(['Both Ministers decided to continue working together toward the finalization of the Program.']);
  });

  it('round 32: "a course in Bee Keeping" is no place; "the concluding ceremony … will take place in Jerusalem" is scheduled', () => {
    const text =
      'Foreign Ministry MASHAV Cooperation\n\nFebruary 1, 2000\n\nA ceremony will be held tomorrow, February 2, marking the conclusion of a course in Bee Keeping. The ceremony will be attended by the Palestinian Deputy Minister of Agriculture, Dr. Azam Tubaileh, and will take place in Netanya.\n\nOn Thursday, February 3, the concluding ceremony of the Egyptian experts’ course in Farm and Irrigation Management will take place in Jerusalem.\n';
    const statement = extract(text);
    expect(statement.meeting.location).toBe('Netanya');
    expect(statement.initiatives.map((i) => i.text.slice(0, 30))).toContain('On Thursday, February 3, the c');
  });

  it('round 32: "Mr. Daniel AYALON, M.K., Deputy Minister of Foreign Affairs and by Msgr. Ettore BALESTRERO, Under-Secretary …"; a signing restated "on the Qatari side"; « qui aura lieu » after « préparatifs »', () => {
    const holySee =
      'Joint Communique\n\nThe Commission met today in Jerusalem.\n\nThe meeting was headed by Mr. Daniel AYALON, M.K., Deputy Minister of Foreign Affairs and by Msgr. Ettore BALESTRERO, Under-Secretary of the Holy See for the Relations with States.\n';
    expect(extract(holySee).participants.map((p) => [p.name, p.title])).toEqual([
      ['Daniel AYALON', 'Deputy Minister of Foreign Affairs'],
      ['Ettore BALESTRERO', 'Under-Secretary of the Holy See for the Relations with States'],
    ]);
    const qatar =
      'Talks\n\nFollowing the session, the two sides signed a memorandum of understanding (MoU) to forge a strategic dialogue between the State of Qatar and the Kingdom of Spain.\n\nHE Prime Minister and Minister of Foreign Affairs signed the MoU on the Qatari side, while HE the Prime Minister of the Kingdom of Spain signed on the Spanish side.\n';
    expect(initiatives(qatar)).toHaveLength(1);
    expect(initiatives('Entretien\n\nEnfin, le Secrétaire général a informé le Président du Faso des derniers préparatifs du prochain Sommet de la Francophonie qui aura lieu à Kinshasa (RDC), les 13 et 14 octobre 2012.\n')).toEqual([]);
    expect(initiatives('Communiqué\n\nLe prochain sommet aura lieu à Kinshasa les 13 et 14 octobre 2012.\n')).toHaveLength(1);
  });
  it('round 33: a Council of Europe readout: the office on the label line above the name, "X et le ministre …, Name, se sont rencontrés", the quote of « le Secrétaire Général »', () => {
    const text =
      'Le Secrétaire Général et le ministre irlandais des Affaires étrangères discutent des droits de l’homme\n\nSecrétaire Général\n\nThorbjørn Jagland et le ministre irlandais des Affaires étrangères, Charles Flanagan, se sont rencontrés aujourd’hui à Strasbourg pour discuter de la situation des droits de l’homme en Europe.\n\n« Je tiens particulièrement à remercier l’Irlande pour le soutien qu’elle apporte à l’ECRI », a déclaré le Secrétaire Général.\n';
    const statement = extract(text);
    expect(statement.participants.map((p) => [p.name, p.title])).toEqual([
      ['Thorbjørn Jagland', 'Secrétaire Général'],
      ['Charles Flanagan', 'ministre irlandais des Affaires étrangères'],
    ]);
    expect(statement.quotes.map((q) => q.speaker)).toEqual(['Thorbjørn Jagland']);
    expect(statement.meeting.kind).toBe('readout');
  });

  it('round 33: a headline "…, selon Thorbjørn Jagland" names the author, who takes the office that « a publié aujourd’hui la déclaration suivante »; « devrait honorer ses engagements », « a passé outre à l’obligation juridique », « J’appelle … à faire en sorte que l’Azerbaïdjan honore … »', () => {
    const text =
      'La décision de la justice azerbaïdjanaise est « profondément préoccupante », selon Thorbjørn Jagland\n\nL’Azerbaïdjan devrait honorer ses engagements au titre de la CEDH\n\nLe Secrétaire Général du Conseil de l’Europe a publié aujourd’hui la déclaration suivante :\n\n« La justice azerbaïdjanaise a une fois de plus passé outre à l’obligation juridique qui incombe au pays d’exécuter l’arrêt de la Cour européenne des droits de l’homme.\n\nJ’appelle le Président Ilham Alyiev, en sa qualité de garant de la Constitution, à faire en sorte que l’Azerbaïdjan honore les engagements qu’il a contractés. »\n';
    const statement = extract(text);
    expect(statement.participants.map((p) => [p.name, p.title])).toEqual([['Thorbjørn Jagland', 'Secrétaire Général du Conseil de l’Europe']]);
    expect(statement.quotes.map((q) => q.speaker)).toEqual(['Thorbjørn Jagland']);
    expect(statement.condemnations).toHaveLength(3);
    expect(names('Affaire Gbagbo, « décision nulle et de nul effet » selon le Gouvernement Ouattara\n\nLe Gouvernement rejette la décision.\n')).toEqual([]);
  });

  it('round 33: "Bassirou Diomaye Faye et Adama Barrow ont convenu …" names both; « convenu de poursuivre les consultations » and « se sont engagées à intensifier le dialogue » are no initiatives', () => {
    const text =
      'La prochaine session du Conseil présidentiel se tiendra à Dakar\n\nBassirou Diomaye Faye et Adama Barrow ont convenu samedi à Banjul de tenir la prochaine session du Conseil présidentiel sénégalo-gambien à Dakar.\n\nLes deux Chefs d’État ont convenu de poursuivre les consultations et la coopération sur les questions d’intérêt commun.\n';
    const statement = extract(text);
    expect(statement.participants.map((p) => p.name)).toEqual(['Bassirou Diomaye Faye', 'Adama Barrow']);
    expect(statement.initiatives).toHaveLength(1);
    expect(initiatives('Communiqué conjoint\n\nElles se sont engagées à intensifier le dialogue entre la France et les Comores.\n')).toEqual([]);
  });

  it('round 33: a working session with « les trois membres du Haut Conseil de la Transition (HCT), Madame …, Monsieur … et M. … », a dateline « Port-au-Prince le 30 janvier 2023.- », « Il a été décidé, d’un commun accord entre les parties, que … »', () => {
    const text =
      'Note de presse\n\nPort-au-Prince le 30 janvier 2023.- Le Premier ministre, Dr. Ariel Henry, a eu, le lundi 30 janvier, une longue et fructueuse séance de travail avec les trois membres du Haut Conseil de la Transition (HCT), Madame Mirlande H. Manigat, Monsieur Laurent Saint-Cyr et M. Calixte Fleuridor.\n\nA cette occasion, plusieurs sujets ont été débattus. Il a été décidé, d’un commun accord entre les parties, que le Premier ministre procèdera à l’installation formelle, en début de semaine prochaine, des Hauts conseillers.\n';
    const statement = extract(text);
    expect(statement.participants.map((p) => p.name)).toEqual(['Ariel Henry', 'Mirlande H. Manigat', 'Laurent Saint-Cyr', 'Calixte Fleuridor']);
    expect([statement.meeting.date, statement.meeting.location, statement.meeting.kind]).toEqual(['2023-01-30', 'Port-au-Prince', 'readout']);
    expect(statement.initiatives).toHaveLength(1);
  });

  it('round 33: "the visiting Prime Minister" is no place, "the Consulate General of …, Wan Chai" no office, "Dr Law Chi-kwong" a name, "the Consul General …" an office', () => {
    const text =
      'Acting CE meets with Dutch Prime Minister\n\nThe Acting Chief Executive, Mr Matthew Cheung Kin-chung, today (April 9) met with the visiting Prime Minister of the Kingdom of the Netherlands, Mr Mark Rutte, at Government House.\n\nMr Cheung and Mr Rutte officiated at the opening ceremony of the Consulate General of the Kingdom of the Netherlands in Central Plaza, Wan Chai.\n\nThey witnessed the signing of the Memorandum of Understanding by the Secretary for Labour and Welfare, Dr Law Chi-kwong, and the Consul General of the Kingdom of the Netherlands in Hong Kong, Ms Annemieke Ruigrok.\n';
    const statement = extract(text);
    expect(statement.meeting.location).not.toBe('Prime');
    expect(statement.participants.map((p) => [p.name, p.title])).toEqual([
      ['Matthew Cheung Kin-chung', 'Acting Chief Executive'],
      ['Mark Rutte', 'Prime Minister of the Kingdom of the Netherlands'],
      ['Law Chi-kwong', 'Secretary for Labour and Welfare'],
      ['Annemieke Ruigrok', 'Consul General of the Kingdom of the Netherlands in Hong Kong'],
    ]);
  });

  it('round 33: "reminds the parties of their international obligations", "urges all parties to safeguard the territorial integrity", "We strongly protest against" (not "a note of protest against"), « appellent la fédération de Russie … au respect »', () => {
    expect(condemned('Statement\n\nThe Chairperson reminds the parties of their international obligations regarding compliance with international humanitarian law.\n')).toBe(1);
    expect(condemned('Statement\n\nThe Chairperson once again urges all parties to safeguard the territorial integrity of Ethiopia.\n')).toBe(1);
    expect(condemned('Statement\n\nWe strongly protest against the cynical abuse of people and the violation of their dignity.\n')).toBe(1);
    expect(condemned('Statement\n\nThe Ministry will issue a diplomatic note of protest against the intrusion.\n')).toBe(0);
    expect(condemned('Communiqué\n\nIls appellent la fédération de Russie et tout autre acteur régional ou international au respect impératif du droit international.\n')).toBe(1);
  });

  it('round 33: "”, Mr. Szijjártó added." after a paragraph between; « L’ambassade … a été inaugurée samedi à Rabat » is a news release', () => {
    expect(quotes('Statement\n\nMinister Péter Szijjártó condemned the attack.\n\nThe talks went well.\n\n“The attack has once again proven that the terrorists respect neither life nor faith”, Mr. Szijjártó added.\n')).toEqual([
      ['Péter Szijjártó', 'The attack has once again proven that th'],
    ]);
    const rabat =
      'Inauguration à Rabat de l’ambassade de la République d’Haïti\n\nL’ambassade de la République d’Haïti au Maroc a été inaugurée samedi à Rabat, lors d’une cérémonie présidée par le ministre des Affaires étrangères, M. Nasser Bourita, et le ministre haïtien des Affaires étrangères, M. Claude Joseph.\n';
    expect(extract(rabat).meeting.kind).toBe('news-release');
  });
  it('round 33: a ratification committed to ("We are committing ourselves to promote speedy ratification of the accession protocols")', () => {
    expect(initiatives('Statement\n\nWe are committing ourselves to promote speedy ratification of the accession protocols once they are signed.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nWe are committed to the rules-based order.\n')).toEqual([]);
  });
  it('round 34: « Sayyid », « Makhdoom » are honorifics, "his Iranian counterpart Amir Abdel Lahyan" a name; received a phone call, « s’est entretenu, ce mardi …, avec » make readouts', () => {
    expect(names('Readout\n\nForeign Minister Sayyid Badr Albusaidi received a call from Secretary of State Antony Blinken.\n')).toEqual(['Badr Albusaidi', 'Antony Blinken']);
    expect(names('Readout\n\nForeign Minister Makhdoom Shah Mahmood Qureshi phoned Foreign Minister Hanif Atmar.\n')).toEqual(['Shah Mahmood Qureshi', 'Hanif Atmar']);
    const egypt = extract('Egyptian-Iranian FMs confer over Gaza\n\nMinister of Foreign Affairs Sameh Shokry received Sunday a phone call from his Iranian counterpart Amir Abdel Lahyan as they discussed the Gaza crisis.\n');
    expect(egypt.participants.map((p) => p.name)).toEqual(['Sameh Shokry', 'Amir Abdel Lahyan']);
    expect(egypt.meeting.kind).toBe('readout');
    const fratmat = extract('Coopération : Alassane Ouattara et Son Altesse Cheikh Sabah Al Ahmad signent des accords\n\nEn visite au Koweit depuis le dimanche, le Président de la République, Alassane Ouatara, s’est entretenu, ce mardi 17 avril 2018, avec Son Altesse Cheikh Sabah Al Ahmad, Emir du Koweït.\n\nAu cours de cette rencontre les deux Chefs d’Etat ont procédé à la signature d’accords de coopération relatifs à la création d’une commission mixte de coopération.\n');
    expect(fratmat.meeting.kind).toBe('readout');
    expect(fratmat.initiatives).toHaveLength(1);
  });

  it('round 34: "the Kingdom’s strong denunciation of", "the United States\' condemnation of" (the possessive country is no target), "must come to an end"; hosting "the sixth round of the strategic dialogue"; "… Ian Borg claimed this"', () => {
    expect(condemned('Readout\n\nThe Minister emphasized the Kingdom’s strong denunciation of a movie denigrating the Prophet.\n')).toBe(1);
    const canada = extract('Statement\n\nMy deputy minister has called in the Ukrainian ambassador to express Canada’s condemnation of the violence that occurred last night.\n');
    expect(canada.condemnations.flatMap((c) => c.targets)).not.toContain('Canada');
    expect(condemned('Statement\n\nThe indiscriminate targeting of civilians must come to an end.\n')).toBe(1);
    expect(initiatives('Readout\n\nThe two sides expressed their aspiration for the State of Kuwait to host the sixth round of the strategic dialogue between the two countries during the third quarter of this year.\n')).toHaveLength(1);
    expect(quotes('Press release\n\n“This meeting shows the willingness of both sides to continue working together for the good of both peoples.” Minister for Foreign and European Affairs and Trade Ian Borg claimed this after an official meeting.\n')).toEqual([
      ['Ian Borg', 'This meeting shows the willingness of bo'],
    ]);
  });
  it('round 35: a said-block in straight single marks; a named spokesperson’s declaration is quoted under his name; a third-person predicate in quotation marks after a name is no quote', () => {
    expect(quotes("Minister Coveney to attend meeting\n\nMinister Simon Coveney will attend the Foreign Affairs Council in Luxembourg.\n\nSpeaking ahead of the meeting, Minister Coveney said:\n\n'We will discuss the recent coercive forced landing of a Ryanair aircraft by the Belarusian authorities.'\n")).toEqual([
      ['Simon Coveney', 'We will discuss the recent coercive forc'],
    ]);
    const algeria =
      'Attentat de Manchester\n\nEn réaction à l’attaque terroriste perpétrée hier soir à Manchester, le Porte-parole du Ministère des Affaires Etrangères, Abdelaziz Benali Cherif a fait la déclaration suivante à l’APS :\n\n« La Grande Bretagne a vécu, lundi soir, une attaque meurtrière perpétrée de sang froid par un terrorisme aveugle. »\n';
    expect(quotes(algeria)).toEqual([['Abdelaziz Benali Cherif', 'La Grande Bretagne a vécu, lundi soir, u']]);
    expect(names(algeria)).toEqual([]);
    expect(quotes('Readout\n\nChristodoulides “had the opportunity to make in-depth briefing of his Greek counterpart on the current developments in the Cyprus issue.”\n')).toEqual([]);
  });

  it('round 35: "a Program of consultations … was signed"; preparations for a meeting "to be held in Samarkand" schedule nothing; "in Samarkand Acting Foreign Minister …" places the meeting in Samarkand', () => {
    const text =
      'Acting Foreign Minister met with foreign partners\n\nOn April 13, 2023 in Samarkand Acting Foreign Minister of the Republic of Uzbekistan Bakhtiyor Saidov held separate meetings with foreign ministers.\n\nThe parties exchanged views on preparations for the meeting of the CIS Council of Ministers to be held in Samarkand on April 14, 2023.\n\nAs a result of the negotiations, a Program of consultations between the Ministries of Foreign Affairs for 2023-2024 was signed.\n';
    const statement = extract(text);
    expect(statement.meeting.location).toBe('Samarkand');
    expect(statement.initiatives.map((i) => i.text.slice(0, 25))).toEqual(['As a result of the negoti']);
  });
  it('round 35 leftovers: resuming the works of a named joint committee; hosting "the 2018 APEC Meetings" (plural); intending or aiming to act "through bilateral programs such as the Fulbright Program"', () => {
    const initiatives = (text: string) => extract(text).initiatives.map((i) => i.text.slice(0, 30));
    expect(initiatives('Ministers talk by phone\n\nThe two ministers spoke on Thursday.\n\nMoreover, they also agreed on the importance of resuming the works of the Joint Inter-Governmental Committee of Bilateral Economic Cooperation.\n')).toEqual(['Moreover, they also agreed on ']);
    expect(initiatives('Minister meets counterparts\n\nThe Minister met his counterparts on Thursday.\n\nThe two sides agreed on closer cooperation within the APEC framework, especially as Papua New Guinea will host the 2018 APEC Meetings.\n')).toEqual(['The two sides agreed on closer']);
    expect(initiatives('Joint Declaration\n\nBoth countries aim to intensify cultural and educational exchanges through bilateral programs such as the Fulbright Program, the Spain-USA Foundation, and the U.S.-Spain Council.\n')).toEqual(['Both countries aim to intensif']);
    // Without a named programme it remains a wish to do more.
    expect(initiatives('Joint Declaration\n\nBoth countries aim to intensify cultural and educational exchanges.\n')).toEqual([]);
  });
  it('round 36: « à Son Excellence … », an agency opening the lead (« AMI – Une réunion … »), "in Talks with" and « son récent séjour à Conakry » place nothing; "State House, Nairobi, Kenya, Monday 30 May 2022 –" places in Nairobi', () => {
    const place = (text: string) => extract(text).meeting.location;
    expect(place('Le Chef de l’État reçoit le ministre guinéen\n\nLe Président a reçu en audience ce jour M. Morissanda Kouyaté, porteur d’un message de Son Excellence Mamadi Doumbouya.\n\nLe ministre a transmis les remerciements du Président à Son Excellence Brice Clotaire Oligui Nguema, à la suite de son récent séjour à Conakry.\n')).toBeNull();
    expect(place('Concertations politiques\n\nAMI – Une réunion de concertation politique s’est tenue aujourd’hui (23 Septembre), dans les locaux du ministère égyptien des Affaires étrangères, entre notre pays et la République Arabe d’Egypte.\n')).toBeNull();
    expect(place('State Secretary František Ružička in Talks with Slovenian Ambassador Gregor Kozovinc\n\nOn 15 July 2019, František Ružička, State Secretary of the Slovak Ministry of Foreign and European Affairs met with Gregor Kozovinc, the Ambassador of the Republic of Slovenia to Slovakia.\n')).toBeNull();
    expect(place('Minister Presides Over Signing\n\nState House, Nairobi, Kenya, Monday 30 May 2022 – Minister of Foreign Affairs and International Cooperation, Professor David J Francis, has met his counterpart, the Minister of Foreign Affairs in Kenya.\n')).toBe('Nairobi');
  });

  it('round 36: names with "J.P." and "J" between given and family names; "Pacific Island Countries Affairs" is a portfolio; « l’ambassadeur Ahmed Salama » has the office ambassadeur; a person « les efforts déployés par » names is no participant', () => {
    expect(names('Visit\n\nOn 27th October 2025, Hon. Olivier J.P. Nduhungirehe, Minister of Foreign Affairs of the Republic of Rwanda, received Minister Professor David J Francis.\n')).toEqual(['Olivier J.P. Nduhungirehe', 'David J Francis']);
    expect(names('Visit\n\nThe Special Envoy for Pacific Island Countries Affairs, His Excellency, Qian Bo met with the Permanent Secretary Collin Beck.\n')).toEqual(['Qian Bo', 'Collin Beck']);
    const people = extract('Concertations\n\nUne réunion s’est tenue sous la présidence de l’ambassadeur Ahmed Mahmoud Soueid’Ahmed et du vice-ministre, l’ambassadeur Mohamed El Bedri.\n').participants;
    expect(people.map((p) => [p.name, p.title])).toEqual([['Ahmed Mahmoud Soueid’Ahmed', 'ambassadeur'], ['Mohamed El Bedri', 'ambassadeur']]);
    expect(names("Déclaration conjointe\n\nLes ministres se sont réunis à Berlin.\n\nNous saluons les efforts déployés par l'ambassadrice Heidi Grau, représentante spéciale de l'OSCE au sein du groupe de contact trilatéral, et de l'ambassadeur Toni Frisch, coordinateur du groupe de travail humanitaire, pour faciliter cette ouverture.\n")).toEqual([]);
  });

  it('round 36: « s’est entretenu vendredi à Paris avec son homologue », « a reçu en audience » and "a telephone conversation took place between" under a first line too long for a title make readouts', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Robert Dussey reçu au Quai d’Orsay\n\nLe ministre des Affaires étrangères, Robert Dussey, s’est entretenu vendredi à Paris avec son homologue français, Jean-Yves Le Drian.\n\nLes questions d’intérêt commun étaient au centre des discussions, précise le communiqué.\n')).toBe('readout');
    expect(kind('Gabon: Le Chef de l’État reçoit le ministre guinéen des Affaires étrangères\n\nBrice Clotaire Oligui Nguema, Président de la République, a reçu en audience ce jour M. Morissanda Kouyaté, ministre guinéen des Affaires étrangères.\n')).toBe('readout');
    const long = `No:433/20, Information of the Press Service Department of the Ministry of Foreign Affairs of the Republic of Azerbaijan on the telephone conversation between the Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov and the Minister of Foreign Affairs of the Islamic Republic of Iran Mohammad Javad Zarif\n\nOn November 29, 2020, a telephone conversation took place between the Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov and the Minister of Foreign Affairs of the Islamic Republic of Iran Mohammad Javad Zarif.\n\nThe Ministers also discussed other issues of mutual interest.\n`;
    expect(extract(long).meeting.title).toBeNull();
    expect(kind(long)).toBe('readout');
  });

  it('round 36: « ont approuvé la déclaration suivante » and one body’s « a par ailleurs décidé d’organiser un débat … mardi 1er mars 2022 » are initiatives; a signing credited to past work (« qui a permis la signature », « négociateur en chef … pour la signature ») and « a décidé de renforcer temporairement la présence militaire » are not', () => {
    const initiatives = (text: string) => extract(text).initiatives.map((i) => i.text.slice(0, 30));
    expect(initiatives('Déclaration des dirigeants du Parlement européen\n\nLa Présidente du PE et les chefs des groupes politiques ont approuvé la déclaration suivante suite à l’attaque russe en Ukraine.\n\nLa Conférence des présidents a exprimé sa totale solidarité avec l’Ukraine. Elle a par ailleurs décidé d’organiser un débat lors d’une session plénière extraordinaire mardi 1er mars 2022.\n')).toEqual(['La Présidente du PE et les che', 'Elle a par ailleurs décidé d’o']);
    expect(initiatives('Robert Dussey reçu au Quai d’Orsay\n\nLe ministre s’est entretenu vendredi à Paris avec son homologue français.\n\nM. Le Drian a remercié Robert Dussey pour son engagement déterminant qui a permis la signature d’un nouvel accord entre les pays de l’OEACP et l’Union européenne.\n\nLe chef de la diplomatie togolaise était le négociateur en chef des Etats Afrique/Caraïbes/Pacifique pour la signature de l’accord post-Cotonou.\n')).toEqual([]);
    expect(initiatives('Entretien\n\nLe Président de la République a décidé de renforcer temporairement la présence militaire française en Méditerranée orientale dans les prochains jours.\n')).toEqual([]);
  });
  it('round 36: "the President of the People’s Republic of China, His Excellency Xi Jinping" — "People’s" inside a state’s name does not end the office', () => {
    const people = extract('State Visit\n\nPresident Bio is in China at the invitation extended by the President of the People’s Republic of China, His Excellency Xi Jinping, with the aim of strengthening ties. He will meet the Chairman of the Standing Committee of the National People’s Congress, Zhao Leji.\n').participants;
    expect(people.filter((p) => p.name !== 'Bio').map((p) => [p.name, p.title, p.country])).toEqual([
      ['Xi Jinping', 'President of the People’s Republic of China', 'China'],
      // No country word in his office (the National People’s Congress is China’s, but the text does not say so here).
      ['Zhao Leji', 'Chairman of the Standing Committee of the National People’s Congress', ''],
    ]);
  });
  it('round 35 leftovers: a quotation opened with the low mark „ and closed by two apostrophes (Moldova MFA) or by “ (German style)', () => {
    expect(quotes('Popescu in Turin\n\nThe minister attended the meeting in Turin.\n\n„We continue to make efforts in our European integration, being inspired by the aspirations of our citizens,’’ Deputy PM Nicu Popescu said.\n')).toEqual([['Nicu Popescu', 'We continue to make efforts in our Europ']]);
    expect(quotes('Treffen\n\nThe minister met his counterpart in Berlin.\n\n„We agreed on many things“, Minister Anna Berg said.\n')).toEqual([['Anna Berg', 'We agreed on many things']]);
  });
  it('round 37: a subject with its members in brackets, a press communiqué of co-chairs and a joint press release of a "GUAM-Japan Meeting" are joint; "held negotiations with" makes a readout; "the round … has just concluded" reports the meeting', () => {
    const meeting = (text: string) => extract(text).meeting;
    expect(meeting('Quartet Statement - March 12, 2012\n\nThe Middle East Quartet (United Nations, Russian Federation, United States, European Union) and Quartet Representative Blair held informal consultations today to assess developments.\n').kind).toBe('joint-statement');
    expect(meeting('Statement by the Troika\n\nJanuary 31, 2023\n\nThe Troika Embassies (Norway, the United States, and the United Kingdom) will always stand with those who call and work for peace in South Sudan.\n')).toEqual({ title: 'Statement by the Troika', date: null, location: null, kind: 'joint-statement' });
    expect(meeting('Joint Press Release of the 3rd GUAM-Japan Meeting (Batumi, 01.07.2008)\n\n1. On 1 July 2008 in Batumi, Georgia, the third GUAM-Japan meeting was held.\n').kind).toBe('joint-statement');
    expect(meeting('Press Communiqué of the Co-Chairs of the Geneva International Discussions\n\nPress Release\n\nThe 41st round of the Geneva International Discussions has just concluded.\n\nThe participants agreed to hold the next round on 12-13 December 2017.\n\nGeneva, 11 October 2017\n')).toMatchObject({ date: '2017-10-11', location: 'Geneva', kind: 'joint-statement' });
    expect(meeting('Foreign Minister Muhriddin Visits Russia\n\nDUSHANBE, 25.02.2020. (NIAT Khovar) – The Minister of Foreign Affairs of Tajikistan Sirojiddin Muhriddin visited Russia from February 24 through February 25.\n\nAs part of his visit, Muhriddin held negotiations with Lavrov, which focused on a range of issues.\n').kind).toBe('readout');
  });

  it('round 37: « à Bakou » is Baku; « AKP Phnom Penh, 25 janvier 2017 – » places in Phnom Penh; « ont procédé à la signature à Rabat, d’un Mémorandum » is a signing that dates and places the meeting', () => {
    expect(extract('Angola et Azerbaïdjan\n\nLa vice-ministre Esmeralda Mendonça a signé mardi à Bakou un mémorandum avec le vice-ministre Faria Rsaev.\n').meeting.location).toBe('Baku');
    expect(extract('Entretien\n\nAKP Phnom Penh, 25 janvier 2017 – Le ministre Prak Sokhonn a reçu hier son homologue laotien, M. Saleumxay Kommasith, pour un entretien sur la coopération bilatérale entre les deux pays voisins.\n').meeting.location).toBe('Phnom Penh');
    const niger = extract('Niger : communiqué du ministère des Affaires Étrangères\n\nLe mardi 02 décembre 2025, le Ministère des Affaires Étrangères du Niger et le Ministère des Affaires Étrangères du Maroc ont procédé à la signature à Rabat, d’un Mémorandum d’Entente relatif à l’ouverture à Niamey du futur Institut.\n\nLe Mémorandum a été signé par les deux Ministres des Affaires Étrangères.\n');
    expect([niger.meeting.date, niger.meeting.location]).toEqual(['2025-12-02', 'Rabat']);
    expect(niger.initiatives.map((i) => i.text.slice(0, 20))).toEqual(['Le mardi 02 décembre']);
  });

  it('round 37: "scheduled to pay … courtesy calls", "expected to hold meetings", "will engage in official talks" and "signed a cooperation program" are initiatives; "Commodore" is a style, not part of the name', () => {
    const initiatives = (text: string) => extract(text).initiatives.length;
    expect(initiatives('Visit\n\nThe Minister will visit Vietnam next week.\n\nH.E. Prak Sokhonn is scheduled to pay separate courtesy calls on H.E. Vo Van Thuong, President of Vietnam.\n')).toBe(1);
    expect(initiatives('Visit\n\nThe President arrived in Beijing.\n\nPresident Bio is expected to hold meetings with high-ranking officials.\n\nThe two leaders will engage in official talks to discuss areas of mutual cooperation.\n')).toBe(2);
    expect(initiatives('Visit\n\nThe economy is expected to grow.\n')).toBe(0);
    expect(initiatives('Visit\n\nFollowing the negotiations, Muhriddin and Lavrov signed a cooperation program between the Tajik and Russian ministries of foreign affairs for 2020.\n')).toBe(1);
    expect(names('MOU\n\nThe Prime Minister of Fiji, Commodore Josaia Voreqe Bainimarama met in New York today with the Prime Minister of Vanuatu Moana Carcasses Kalosil.\n')).toEqual(['Josaia Voreqe Bainimarama', 'Moana Carcasses Kalosil']);
  });
  it('round 35 leftovers: ministers listed by their countries after "the Foreign Ministers of", each name right after its country', () => {
    const people = extract('Acting Foreign Minister met with foreign partners\n\nOn April 13, 2023 in Samarkand Acting Foreign Minister of the Republic of Uzbekistan Bakhtiyor Saidov held separate meetings with the Foreign Ministers of the Republic of Belarus - Sergey Aleinik, the Islamic Republic of Iran Hossein Amir Abdollahian, the Russian Federation Sergey Lavrov, and the State Minister of Foreign Affairs of the Islamic Republic of Pakistan Hina Rabbani Khar.\n').participants;
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['Bakhtiyor Saidov', 'Uzbekistan'],
      ['Sergey Aleinik', 'Belarus'],
      ['Hossein Amir Abdollahian', 'Iran'],
      ['Sergey Lavrov', 'Russia'],
      ['Hina Rabbani Khar', 'Pakistan'],
    ]);
    // Not a name after a country in running prose.
    expect(names('Talks\n\nThe ministers discussed the situation in Belarus. Sergey Aleinik was not mentioned.\n')).toEqual([]);
  });
  it('round 38: talks held under a dateline make a readout ("met 8 March 2016 with his Bosnian counterpart", "met today in Belgrade the Minister of Foreign Affairs of Montenegro", "hosted … for discussions"), unless the release has its Quick facts or contacts', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Ministers Kovač, Crnadak talk strengthening bilateral cooperation\n\nMinister of Foreign and European Affairs Miro Kovač met 8 March 2016 with his Bosnian counterpart Igor Crnadak, who is on a two-day official visit to Croatia.\n')).toBe('readout');
    expect(kind('Ministers Dacic and Darmanovic: “Serbia – Montenegro relations on a high level”\n\nTuesday, 10 October 2017.\n\nFirst Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Serbia Ivica Dacic met today in Belgrade the Minister of Foreign Affairs of Montenegro, Srdjan Darmanovic.\n')).toBe('readout');
    expect(kind('Ethiopia, Qatar Agree to Hold Political Consultation\n\nAddis Ababa — Ethiopia’s State Minister of Foreign Affairs, Ambassador Mesganu Arga, today hosted at his office the Ambassador of Qatar in Addis Ababa, Saad Mubarak Saad Al Jafali Al Naimi, for discussions on ways of further enhancing cooperation.\n')).toBe('readout');
  });

  it('round 38: « le ministre mauritanien des Affaires étrangères Mohamed Salem Merzoug » keeps his office; « equatoro-guinéen » is Equatorial Guinea; « ALAKHBAR (Nouakchott) - » places in Nouakchott; "was renewed on 8th January 2024 in Bern" places the signing; "Croats in Bosnia" is a country, not a city', () => {
    const mauritania = extract('Suppression des visas diplomatiques entre Nouakchott et Malabo\n\nALAKHBAR (Nouakchott) - Nouakchott et Malabo ont signé lundi soir un accord de suppression des visas d’entrée et de sortie des détenteurs de passeports diplomatiques et de service.\n\nL’accord a été signé par le ministre mauritanien des Affaires étrangères Mohamed Salem Merzoug et son homologue equatoro-guinéen, Siméon Oyono Esono Angue.\n');
    expect(mauritania.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Mohamed Salem Merzoug', 'ministre mauritanien des Affaires étrangères', 'Mauritania'],
      ['Siméon Oyono Esono Angue', 'homologue equatoro-guinéen', 'Equatorial Guinea'],
    ]);
    expect(mauritania.meeting.location).toBe('Nouakchott');
    expect(extract('Press Release\n\nThe Memorandum of Understanding on Bilateral Consultations between the FDFA and the Ministry of Foreign Affairs of Bhutan was renewed on 8th January 2024 in Bern, Switzerland.\n\nThe Bilateral Consultation will be convened alternately in Thimphu and Bern.\n').meeting).toMatchObject({ date: '2024-01-08', location: 'Bern' });
    expect(extract('Ministers talk\n\nMinister Miro Kovač met 8 March 2016 with his Bosnian counterpart Igor Crnadak.\n\nCroats in Bosnia live together with their friends.\n').meeting.location).toBeNull();
  });
  it('round 38: a lead after its dateline listing members in brackets, a committee "made up of" states and "Statement: meeting between the Foreign Ministers of A and B" are joint; a document’s own date ("the Joint Statement of 19 October 1989") gives the text no year', () => {
    const meeting = (text: string) => extract(text).meeting;
    expect(meeting('Haïti: Les représentants de la Communauté Internationale expriment leurs préoccupations\n\nPort-au-Prince, le 9 juillet 2018 – Le Core Group (composé du Représentant Spécial Adjoint du Secrétaire Général des Nations Unies, les Ambassadeurs d’Allemagne, du Brésil, du Canada, de la France, des Etats-Unis d’Amérique), exprime sa préoccupation suite aux manifestations.\n').kind).toBe('joint-statement');
    expect(meeting('Statement by the local transition monitoring committee in Mali\n\nThe local transition monitoring committee, made up of ECOWAS, the African Union and MINUSMA, with members of the international community, including France, the United States, the United Kingdom, Germany and the European Union, express its deep concern at the situation in Mali.\n').kind).toBe('joint-statement');
    const uk = meeting('Statement: meeting between the Foreign Ministers of the United Kingdom and Argentina\n\nThe UK Foreign Secretary, David Lammy, and the Minister of Foreign Affairs of Argentina, Diana Mondino, met in New York on 24 September and made progress towards a broad agenda. It is agreed that the formula in paragraph 2 of the Joint Statement of 19 October 1989 applies to this agenda.\n');
    expect([uk.kind, uk.date, uk.location]).toEqual(['joint-statement', null, 'New York']);
  });

  it('round 38: "will be held personally responsible" schedules nothing; "it is essential that all parties … approve a final agreement" asks others; a statement quoted after "The Special Envoys … of the Arab League, …" is no quote of the Arab League; "Secretary Level Talks" and "Lyonpo" are no names, "D.N." two initials', () => {
    const initiatives = (text: string) => extract(text).initiatives.length;
    expect(initiatives('Statement\n\nThey demand the immediate release of these authorities and stress that the military elements detaining them will be held personally responsible for their security.\n')).toBe(0);
    expect(initiatives('Statement on Libya\n\nRecognizing upcoming Eid celebrations, we believe it is essential that all parties in the process approve a final agreement before the end of September.\n')).toBe(0);
    expect(extract('Joint Statement by Special Envoys for Libya\n\nThe Special Envoys for Libya of the Arab League, the European Union, France, Germany and the United States met with the UN in Brussels on 24 July and issued the following Statement:\n\n"The situation in Libya is reaching a critical stage. We are deeply concerned about the ongoing violence."\n').quotes).toEqual([]);
    expect(names('Talks\n\nForeign Minister Abdul Momen met his Bhutanese counterpart Tandi Dorji. He proposed that the long pending Foreign Office Consultations and Commerce Secretary Level Talks could be held soon.\n')).toEqual(['Abdul Momen', 'Tandi Dorji']);
    expect(names('Retreat\n\nLyonpo D.N. Dhungyel, Minister for Foreign Affairs and External Trade of Bhutan, attended the retreat in New Delhi.\n')).toEqual(['D.N. Dhungyel']);
  });
  it('round 38: a French portfolio list after an elided article crosses its comma (« le ministre tchadien de l’Economie, de la Planification et de la Coopération internationale Mahamat Assouyouti Abakar »)', () => {
    const people = extract('Les liens de coopération revisités entre Yaoundé et N’djamena\n\nLe président camerounais Paul Biya et le ministre tchadien de l’Economie, de la Planification et de la Coopération internationale Mahamat Assouyouti Abakar, en visite au Cameroun, ont discuté vendredi des relations bilatérales.\n').participants;
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Paul Biya', 'président camerounais'],
      ['Mahamat Assouyouti Abakar', 'ministre tchadien de l’Economie, de la Planification et de la Coopération internationale'],
    ]);
  });
  it('round 39: offices in a parliament ("President of the German Bundestag Wolfgang Schäuble", "Chairman of the Committee on Foreign Affairs of the German Bundestag Norbert Röttgen"), "Foreign Affairs PS Amb. Macharia Kamau", "H.E Khalid …"; someone the parties are called on to engage with is no participant', () => {
    const people = (text: string) => extract(text).participants.map((p) => [p.name, p.title]);
    expect(people('Minister Logar concludes his working visit to Berlin\n\nForeign Minister Anže Logar met with President of the German Bundestag Wolfgang Schäuble. Next on the agenda was a meeting with Chairman of the Committee on Foreign Affairs of the German Bundestag Norbert Röttgen.\n')).toEqual([
      ['Anže Logar', 'Foreign Minister'],
      ['Wolfgang Schäuble', 'President of the German Bundestag'],
      ['Norbert Röttgen', 'Chairman of the Committee on Foreign Affairs of the German Bundestag'],
    ]);
    expect(people('JCC\n\nForeign Affairs PS Amb. Macharia Kamau together with H.E Khalid Khalifa Al Mualla, Leader of the UAE Delegation, signed MOUs in Nairobi.\n')).toEqual([
      ['Macharia Kamau', 'Foreign Affairs PS'],
      ['Khalid Khalifa Al Mualla', 'Leader of the UAE Delegation'],
    ]);
    expect(names('Statement\n\nThe Chairperson calls on the parties to engage with the AU High Representative for the Horn of Africa, former Nigerian President H.E Olusegun Obasanjo.\n')).toEqual([]);
  });

  it('round 39: « demande à toutes les parties signataires à mettre pleinement en œuvre cet accord » and "the need for all parties to continue to abstain from actions" are calls to comply and to stop', () => {
    const condemnations = (text: string) => extract(text).condemnations.length;
    expect(condemnations('Communiqué\n\nLa CEEAC demande à toutes les parties signataires à mettre pleinement en œuvre cet accord.\n')).toBe(1);
    expect(condemnations('Communiqué\n\nLa CEEAC demande aux partenaires de soutenir le processus.\n')).toBe(0);
    expect(condemnations('Joint statement\n\nThe member states underscored the need for all parties to continue to abstain from actions that risk increasing again tensions.\n')).toBe(1);
  });
  it('round 39: "revive the Nigeria/Sierra Leone Joint Commission", "the 10th Session of the … BNC would convene in South Africa" and « Il sera précédé d’une réunion du Comité … » are initiatives; "to protest on the actions of" denounces', () => {
    const initiatives = (text: string) => extract(text).initiatives.length;
    expect(initiatives('Talks\n\nThe Ministers expressed their commitment to revive the Nigeria/Sierra Leone Joint Commission.\n')).toBe(1);
    expect(initiatives('Joint communiqué\n\nIn conclusion, the Co-Chairs agreed that the 10th Session of the South Africa – Sweden BNC would convene in South Africa in the second half of 2017.\n')).toBe(1);
    expect(initiatives('34e Conseil des ministres\n\nLe Conseil des ministres se réunira le 6 mars. Il sera précédé d’une réunion du Comité des officiers permanents de liaison.\n')).toBe(2);
    expect(extract('Statement\n\nThe Ministry summoned the Chargé d’affaires of the German Embassy to seek clarification and to protest on the actions of a Staff of the German Embassy.\n').condemnations.length).toBe(1);
  });
  it('round 40: "Sen. the Hon.", "Al Haj" are styles, "Peace Process" a portfolio; "paid a Courtesy Call on" and « a été reçu ce mardi au ministère » make readouts', () => {
    const jamaica = extract('Courtesy Call\n\nUnited States (US) Ambassador to Jamaica, H.E. Nick Perry today (May 25) paid a Courtesy Call on Foreign Minister, Sen. the Hon. Kamina Johnson Smith at the Ministry’s headquarters.\n');
    expect(jamaica.participants.map((p) => p.name)).toEqual(['Nick Perry', 'Kamina Johnson Smith']);
    expect(jamaica.meeting.kind).toBe('readout');
    expect(names('Joint Statement\n\nPresidential Adviser on the Peace Process Jesus G. Dureza and MILF Chairman Al Haj Murad Ebrahim were also present.\n')).toEqual(['Jesus G. Dureza', 'Murad Ebrahim']);
    expect(extract('Le nouvel Ambassadeur de France reçu au ministère\n\nLe nouvel ambassadeur de France auprès de l’Union des Comores, Étienne Chapon, a été reçu ce mardi au ministère des Affaires étrangères pour la présentation des copies figurées de ses lettres de créance.\n').meeting.kind).toBe('readout');
  });
  it('round 41: a dateline’s city opening the paragraph ("New York, The Minister of Foreign Affairs, …") is no participant; "expressed the desire of his government to sign a Memorandum" signs nothing', () => {
    expect(names('Foreign Minister meets Mongolian counterpart\n\nNew York, The Minister of Foreign Affairs, Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa, met with the Minister of Foreign Affairs of Mongolia, Mr Damien Tsogtbaatar, at the United Nations Headquarters in New York City.\n')).toEqual(['Khalid bin Ahmed bin Mohammed Al Khalifa', 'Damien Tsogtbaatar']);
    expect(extract('Maldives wants to sign memorandum\n\nThe Minister for Foreign Affairs of the Republic of Maldives, Ahmed Shaheed, today expressed the desire of his government to sign a Memorandum of Understanding on Cooperation between the Maldives and Timor-Leste.\n').initiatives).toEqual([]);
  });
  it('a news agency is refused as a place only as it writes itself: "AMI" and "Kazinform" are agencies, the towns "Spa" and "Nan" are places', () => {
    expect([cleanPlace('AMI'), cleanPlace('Kazinform'), cleanPlace('Spa'), cleanPlace('Nan'), cleanPlace('AKP Phnom Penh')]).toEqual([null, null, 'Spa', 'Nan', 'Phnom Penh']);
  });
  it('round 42: a closing signature block in capitals, each name above its office, signs a text in the first person or one that says it is signed', () => {
    const message = 'Message de condoléances\n\nJ’ai appris avec consternation l’attaque de Grand-Bassam.\n\nJe vous prie d’agréer, Monsieur le Président, l’expression de mon profond regret.\n\nIDRISS DEBY ITNO\nPrésident de la République du Tchad\nChef de l’Etat\n';
    expect(extract(message).participants.map((p) => [p.name, p.title, p.country])).toEqual([['IDRISS DEBY ITNO', 'Président de la République du Tchad', 'Chad']]);
    const signed = 'Joint Statement\n\nThe panels agreed to resume formal talks in Oslo.\n\nWe sign this joint statement in Oslo, Norway, this 15th day of June 2016.\n\nSILVESTRE H. BELLO III\nIncoming GPH Panel Chairperson\n\nLUIS G. JALANDONI\nNDFP Panel Chairperson\n\nFIDEL V. AGCAOILI\nMember\n';
    expect(names(signed)).toEqual(['SILVESTRE H. BELLO III', 'LUIS G. JALANDONI', 'FIDEL V. AGCAOILI']);
    // Not a heading in capitals over an office, nor names in a text that neither speaks as its signers nor says it is signed.
    expect(names('Joint Statement\n\nThe panels agreed to resume formal talks in Oslo.\n\nWe welcome the talks.\n\nMINISTRY OF FOREIGN AFFAIRS\nOffice of the Spokesperson\n')).toEqual([]);
    expect(names(signed.replace('We sign this joint statement in Oslo, Norway, this 15th day of June 2016.', 'The talks were held in Oslo, Norway, on 15 June 2016.'))).toEqual([]);
  });
  it('round 42: datelines before a colon ("Washington, DC:", "Nuku’alofa, 30 March 2024:", below the page’s date) place the meeting; "received in audience" and "received at the Statehouse" report one; "Trinidad" of "Trinidad and Tobago" is no city', () => {
    const meeting = (text: string) => extract(text).meeting;
    expect(meeting('Statement by the IMF Managing Director on Meeting with the President of Malawi\n\nWashington, DC: IMF Director Kristalina Georgieva met with President Lazarus McCarthy Chakwera of Malawi and issued the following statement.\n\n“I was very pleased to welcome President Chakwera at IMF Headquarters today.”\n').location).toBe('Washington');
    expect(meeting('PM receives courtesy call from the Secretary General\n\n2 April 2024\n\nNuku’alofa, 30 March 2024: Prime Minister, Hon Hu’akavameiliku held a productive bilateral meeting with Rt Hon. Patricia Scotland, Secretary General of the Commonwealth Secretariat on Saturday 30 March 2024.\n').location).toBe('Nuku’alofa');
    expect(meeting('press release\n\nState House, Banjul, 6 Sept. 2022 - President Adama Barrow Tuesday, September 6, 2022, received at the Statehouse the Special Adviser to the Secretary-General of the Muslim World League, Dr Abdulqader Ahmad Al-Mashhor, who came to discuss the hosting of a conference.\n')).toMatchObject({ date: '2022-09-06', location: 'Banjul' });
    expect(meeting('Diplomatic engagements at the Foreign Ministry\n\nThe Minister of Foreign Affairs, Dr. Mamadou Tangara, on Tuesday received in audience the Ambassador of the People’s Republic of China, His Excellency Ma Jianchun, in his office in Banjul.\n').location).toBe('Banjul');
    expect(meeting('Minister meets Deputy Assistant Secretary\n\nSenator Dr. Amery Browne, Minister of Foreign and CARICOM Affairs, met with Ms. Barbara Feinstein, Deputy Assistant Secretary for Caribbean Affairs, on 29th March, 2022, during her official visit to Trinidad and Tobago.\n').location).toBeNull();
    // A lead that announces the meeting in another city places it, not the city that issued the release.
    expect(meeting('Didier Burkhalter rencontrera Federica Mogherini à Bruxelles\n\nCommuniqué de presse, 22.04.2016\n\nBerne, 22.04.2016 - Le conseiller fédéral Didier Burkhalter rencontrera, mardi à Bruxelles, Federica Mogherini, Haut Représentant de l’Union européenne pour les affaires étrangères.\n').location).toBe('Brussels');
  });
  it('round 42: "David Lipton, Acting Managing Director of the International Monetary Fund (IMF), issued the following statement …:" gives the block to the name the subject opens on', () => {
    expect(quotes('Statement by the IMF Acting Managing Director\n\nDavid Lipton, Acting Managing Director of the International Monetary Fund (IMF), issued the following statement today, following his meeting with the Prime Minister of Pakistan, Imran Khan:\n\nI was pleased to meet Prime Minister Khan of Pakistan today in Washington, DC. We discussed recent economic developments.\n')).toEqual([['David Lipton', 'I was pleased to meet Prime Minister Kha']]);
  });
  it('round 42: "Windhoek, Feb 24 -The President … will host … on Thursday, 25 February 2021" dates and places the visit it announces, over a recalled visit and a virtual commission meeting; « TUNIS (Tunisie) – S’adressant au Conseil … » places a speech', () => {
    const announced = extract('Botswana President to visit Namibia tomorrow\n\nWindhoek, Feb 24 -The President of the Republic of Namibia, H.E. Dr. Hage G. Geingob will host President Mokgweetsi Masisi of the Republic of Botswana for a one-day working visit on Thursday, 25 February 2021.\n\nThe working visit of President Masisi to Namibia follows a recent official visit to Namibia on 29 January 2021, where the two leaders held bilateral consultations on border security. In that vein, the Ministers of the two countries hosted a virtual meeting of the 6th Session of the Joint Permanent Commission of Cooperation from 16-18 February 2021.\n').meeting;
    expect(announced).toMatchObject({ date: '2021-02-25', location: 'Windhoek' });
    expect(extract('Le chef d’INTERPOL fait état du soutien de l’Organisation\n\nTUNIS (Tunisie) – S’adressant au Conseil des ministres arabes de l’Intérieur, le Secrétaire Général d’INTERPOL, M. Jürgen Stock, a indiqué que le développement de la coopération entre les deux organisations est important pour la sécurité de la région.\n').meeting.location).toBe('Tunis');
  });
  it('round 42: money gifted or to be sent, an instrument "that we sign today", "took the decision to elevate", "will host … for a one-day working visit", a team "visiting Malawi very soon" and an agreement "submitted" are initiatives', () => {
    const one = (sentence: string) => initiatives(`Meeting\n\n${sentence}\n`).length;
    expect([
      one('Premier Dalton Tagelagi met Prime Minister Siaosi Sovaleni in Suva, gifting $100,000 Tongan pa’anga (TOP) dollars to help with Tonga’s recovery response.'),
      one('An additional support of TOP $60,000 will be sent directly to families in Tonga to help with their recovery.'),
      one('The trilateral Statement of Intent (SOI) that we sign today focuses on geographical areas of common concern.'),
      one('Moreover, both leaders took the decision to elevate the Joint Permanent Commission of Cooperation to a Bi-National Commission.'),
      one('President Hage G. Geingob will host his H.E. Dr. Mokgweetsi Masisi of the Republic of Botswana for a one-day working visit on Thursday, 25 February 2021.'),
      one('The IMF’s staff is working with the President’s economic team with a view to the IMF staff team visiting Malawi very soon to discuss next steps.'),
      one('The French Chargé d’affaires, Joel Godeaux, submitted host country agreement and informed the Minister of an invitation.'),
    ]).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // Not a report presented, a delegation already there, or money recalled without a verb that gives it.
    expect([one('He presented the report to the Council.'), one('The delegation visiting Paris met the mayor.'), one('The hospital cost $100,000 to build.')]).toEqual([0, 0, 0]);
  });
  it('round 42: « TORONTO, le 13 déc. 2024 /CNW/ - … se réuniront le 16 décembre prochain » dates the meeting it announces; the closing press conference and one author who "met with … and issued the following statement" are no initiatives', () => {
    const release = extract('L’Ontario accueille la rencontre automnale des premiers ministres\n\nTORONTO, le 13 déc. 2024 /CNW/ - Les premiers ministres des provinces et territoires se réuniront le 16 décembre prochain à Toronto, en Ontario.\n\nUne conférence de presse de clôture aura lieu le 16 décembre à 14 h, heure de l’Est.\n');
    expect(release.meeting).toMatchObject({ date: '2024-12-16', location: 'Toronto' });
    expect(release.initiatives.map((i) => i.text)).toEqual(['TORONTO, le 13 déc. 2024 /CNW/ - Les premiers ministres des provinces et territoires se réuniront le 16 décembre prochain à Toronto, en Ontario.']);
    expect(initiatives('Statement by the IMF Managing Director\n\nWashington, DC: IMF Director Kristalina Georgieva met with President Lazarus McCarthy Chakwera of Malawi and issued the following statement.\n')).toEqual([]);
    expect(initiatives('Joint statement\n\nThe foreign ministers met in Riga today and issued the following statement.\n')).toHaveLength(1);
  });
  it('round 42: a chargé d’affaires holds an office, of the country whose embassy it is ("… of the Embassy of the United States in Belize")', () => {
    const people = (text: string) => extract(text).participants.map((p) => [p.name, p.title, p.country]);
    expect(people('Meeting\n\nThe French Charge d’affaires, Joel Godeaux, submitted host country agreement and also informed the Minister of an invitation.\n')).toEqual([['Joel Godeaux', 'Charge d’affaires', 'France']]);
    expect(people('Belize signs agreement with United States\n\nThe Agreement was formalised by Francis Fonseca, minister of foreign affairs of Belize, and Katharine Beamer, Chargé d’Affaires of the Embassy of the United States in Belize.\n')).toContainEqual(['Katharine Beamer', 'Chargé d’Affaires of the Embassy of the United States in Belize', 'United States']);
    expect(people('Réunion\n\nLe ministre chargé du Commerce extérieur, Franck Riester, a reçu son homologue.\n')[0]?.[0]).toBe('Franck Riester');
  });
  it('round 43: an office in capitals under a signature is no list of names; "HON. MARK BOTOMANI, MP" above it, a blank line between, signs the text', () => {
    const text = 'Malawi minister condemns thuggery\n\nMalawi Government would like to strongly condemn the violence that has manifested during the demonstrations today.\n\nAs we said before, those occasioning these demonstrations will be held responsible.\n\nHON. MARK BOTOMANI, MP\n\nMINISTER OF INFORMATION, CIVIC EDUCATION AND COMMUNICATIONS TECHNOLOGY\n';
    expect(extract(text).participants.map((p) => [p.name, p.title])).toEqual([['MARK BOTOMANI', 'MINISTER OF INFORMATION, CIVIC EDUCATION AND COMMUNICATIONS TECHNOLOGY']]);
    // A closing line of names alone still lists its signatories.
    expect(names('Joint Statement of the Visegrad Group\n\nWe condemn the violence.\n\nRadosław Sikorski, Jan Kohout, János Martonyi, Miroslav Lajčák\n')).toEqual(['Radosław Sikorski', 'Jan Kohout', 'János Martonyi', 'Miroslav Lajčák']);
  });
  it('round 43: relations "since the establishment of diplomatic relations in 1971" are background; "agreed that officials will have to meet" schedules a meeting; "discussions held between … earlier today (16)", "met Tuesday" beside an APEC meeting "that will take place … this week", and "Skopje, 14 December 2021 (MIA) –" date and place the meeting', () => {
    expect(initiatives('Meeting\n\nFiji and the US have enjoyed good relations since the establishment of Diplomatic relations in 1971.\n\nSince the establishment of diplomatic relations, there have been increased cooperation in areas such as education.\n')).toEqual([]);
    expect(initiatives('Meeting\n\nThey agreed that officials will have to meet to undertake the necessary work for implementation.\n')).toHaveLength(1);
    expect(extract('Five MoUs signed between Sri Lanka and Philippines\n\nJanuary 16, 2019   06:52 pm\n\nFive Memorandums of Understanding (MoU) were signed between Sri Lanka and the Philippines on education and tourism.\n\nThis was following bilateral discussions held between President Maithripala Sirisena and the President of Philippines Rodrigo Duterte, earlier today (16).\n').meeting.date).toBe('2019-01-16');
    expect(extract('FA Ministers of Peru and Chile meet in U.S.\n\nSan Francisco (U.S.), Nov. 15, 2023.\n\nPeruvian Foreign Affairs Minister Javier Gonzalez-Olaechea held a meeting with Chilean counterpart Alberto van Klaveren on Tuesday, within the framework of the APEC Leaders’ Meeting that will take place in the city of San Francisco, United States, this week.\n').meeting.date).toBe('2023-11-14');
    expect(extract('FM Osmani meets Israeli Ambassador Frankel\n\nSkopje, 14 December 2021 (MIA) – Foreign Minister Bujar Osmani met Tuesday with Ambassador of Israel to North Macedonia, Simona Frankel, expressing satisfaction with the development of bilateral relations.\n').meeting).toMatchObject({ date: '2021-12-14', location: 'Skopje' });
  });
  it('round 43: "held a meeting with Chilean counterpart", "held a conversation with U.S. Secretary of State …", "held bilateral meetings with his Papua New Guinea counterpart" and "held discussions on … during a bilateral meeting" are readouts', () => {
    const kind = (lead: string) => extract(`Ministers meet\n\n${lead}\n`).meeting.kind;
    expect([
      kind('Peruvian Foreign Affairs Minister Javier Gonzalez-Olaechea held a meeting with Chilean counterpart Alberto van Klaveren on Tuesday, within the framework of the APEC Leaders’ Meeting.'),
      kind('Peru’s Foreign Affairs Minister Allan Wagner on Sunday morning held a conversation with U.S. Secretary of State Antony Blinken, in which they reiterated the good level of bilateral ties.'),
      kind('Fiji’s Minister for Foreign Affairs Inia Seruiratu last week held bilateral meetings with his Papua New Guinea counterpart, Patrick Pruaitch, in Port Moresby.'),
      kind('Prime Minister Sitiveni Rabuka and Samoan counterpart Fiame Naomi Mata’afa held discussions on development cooperation during a bilateral meeting in Apia.'),
    ]).toEqual(['readout', 'readout', 'readout', 'readout']);
  });
  it('round 44: "…,” Kuleba was quoted as saying" attributes the quote; « a octroyé … un don de deux cent millions de Yens » is funding; « Addis Abeba » and « Nour-Soultan » are Addis Ababa and Nur-Sultan', () => {
    expect(quotes('Kuleba holds talks with Mongolian Foreign Minister\n\nForeign Minister of Ukraine Dmytro Kuleba met with Foreign Minister of Mongolia Batmunkh Battsetseg in New York.\n\n"We are expanding the geography of Ukrainian diplomacy in accordance with the Foreign Policy Strategy," Kuleba was quoted as saying by the ministry’s press service.\n')).toEqual([['Dmytro Kuleba', 'We are expanding the geography of Ukrain']]);
    expect(initiatives('Échange de notes\n\nLe Gouvernement du Japon a octroyé au Gouvernement de la Guinée-Bissau, un don de deux cent millions de Yens Japonais.\n')).toHaveLength(1);
    expect(extract('Agbénonci échange avec son homologue émirati\n\nLe ministre des Affaires étrangères Aurélien Agbénonci a rencontré son homologue émirati en marge du sommet de l’Union africaine à Addis Abeba.\n').meeting.location).toBe('Addis Ababa');
  });
  it('round 44: "Statement by Denmark, Iceland and Norway on …" is a joint statement; "made a phone call to President …" and "received the Ambassador … of the Portuguese Republic" are readouts', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Statement by Denmark, Iceland and Norway on Finland and Sweden’s decisions to apply for NATO membership\n\nWe strongly welcome Finland and Sweden’s decisions to apply for NATO membership.\n')).toBe('joint-statement');
    expect(kind('Statement by the Minister of Foreign Affairs of Canada on Mali\n\nI condemn the attack on the peacekeepers in Mali.\n')).toBe('statement');
    expect(kind('Recep Tayyip Erdogan calls President Ilham Aliyev\n\nOn February 9, President of the Republic of Turkey Recep Tayyip Erdogan made a phone call to President of the Republic of Azerbaijan Ilham Aliyev.\n')).toBe('readout');
    expect(kind('The Minister of Foreign Affairs received the Ambassador of Portugal\n\n18 May 2021\n\nThe Minister of Foreign Affairs Svetlan Stoev received the Ambassador Extraordinary and Plenipotentiary of the Portuguese Republic Maria Coelho Ribeiro da Silva, with whom they discussed bilateral cooperation.\n')).toBe('readout');
  });
  it('round 45: "met with President of Albania Ilir Meta in Tirana", "met with the Prime Minister of Montenegro, …" report talks (readouts); « à Aoste » is Aosta', () => {
    const kind = (lead: string) => extract(`Montenegro and Albania\n\n${lead}\n`).meeting.kind;
    expect(kind('09 May 2019 - President of Montenegro Milo Đukanović met with President of Albania Ilir Meta in Tirana on the eve of the meeting between leaders of the Brdo - Brioni process.')).toBe('readout');
    expect(kind('President Stevo Pendarovski, during his official visit to Montenegro, met with the Prime Minister of Montenegro, Zdravko Krivokapic.')).toBe('readout');
    expect(extract('Rencontre avec le gouvernement de la Vallée d’Aoste\n\nLe Conseil Valais–Vallée d’Aoste s’est réuni jeudi à Aoste sous la présidence du conseiller d’Etat Jean-Jacques Rey-Bellet.\n').meeting.location).toBe('Aosta');
  });
  it('round 45: a date line written "15-10-2010" dates the text, so "signé aujourd’hui à Libreville" dates and places the signing; "(MAP-12/12/2020)" still reads as a date', () => {
    const text = 'Le CICR signe un accord de coopération avec la CEEAC\n\n15-10-2010 Communiqué de presse 10/186\n\nYaoundé (CICR) – Le Comité international de la Croix-Rouge (CICR) et la CEEAC viennent de conclure un accord de coopération qui contribuera à renforcer les relations entre les deux organisations.\n\nL’accord a été signé aujourd’hui à Libreville par le général Louis Sylvain-Goma, secrétaire général de la CEEAC, et Patrick L’Hôte, chef des opérations du CICR.\n';
    expect(extract(text).meeting).toMatchObject({ date: '2010-10-15', location: 'Libreville' });
    expect([findDate('(MAP-12/12/2020)'), findDate('Phone: +1 202-623-7100')]).toEqual([{ day: 12, month: 12, year: 2020, index: 5 }, null]);
  });
  it('round 46: "the President has said "…"" gives the quote to the President; a word of an office or body ("Republic", « Communautés ») is never a speaker', () => {
    const text = 'President of India Strongly Condemns Terrorist Attack in Dhaka\n\nThe President of India, Shri Pranab Mukherjee has strongly condemned the terrorist attack in Dhaka yesterday.\n\nIn a message to His Excellency Mr. Abdul Hamid, the President of People’s Republic of Bangladesh, the President has said "It was with sorrow that I received the news of the terrorist attack that took place in a café in Dhaka yesterday."\n';
    expect(quotes(text)).toEqual([['Pranab Mukherjee', 'It was with sorrow that I received the n']]);
    const cuba = 'Cuba et le Cap-Vert signent un accord\n\nLe ministre des Affaires étrangères et des Communautés du Cap-Vert s’est dit très honoré de réaliser cette visite. Il a tenu à préciser la teneur de l’accord :\n\n«Cet accord a pour but de promouvoir et de renforcer les relations entre les deux États. »\n';
    expect(quotes(cuba).map(([speaker]) => speaker)).not.toContain('Communautés');
  });
  it('round 46: « se sont accordés sur la tenue … de la 12e session », « vont, à cet effet, se réunir », "signed a plan for political consultations" and an agreement far from « ont été signés » are initiatives', () => {
    const one = (sentence: string) => initiatives(`Réunion\n\n${sentence}\n`).length;
    expect([
      one('Les deux chefs d’État se sont accordés sur la tenue, du 19 au 20 décembre, de la 12e session de la Grande Commission mixte.'),
      one('Les experts des deux pays vont, à cet effet, se réunir en commission préparatoire quelques jours plus tôt.'),
      one('They also signed a plan for political consultations between the Foreign Ministries.'),
      one('Selon le même tweet, un accord relatif à l’exemption de visas pour passeports diplomatiques et de service ainsi qu’un autre pour l’exécution intégrée des ressources hydriques au Burundi ont été signés.'),
    ]).toEqual([1, 1, 1, 1]);
  });
  it('round 47: a palace before "the Minister …" is no participant, and "the Union for the Mediterranean Fathallah Sijilmassi" names Fathallah Sijilmassi', () => {
    expect(names('Protocol of Intentions\n\nIn a ceremony held on 10 October at Palácio do Itamaraty, the Minister of External Relations, Antonio de Aguiar Patriota, and the Attorney-General, Luís Inácio Lucena Adams, signed a Protocol of Intentions.\n')).toEqual(['Antonio de Aguiar Patriota', 'Luís Inácio Lucena Adams']);
    expect(names('Terzi welcomes Sijilmassi in Rome\n\nThe Secretary General of the Union for the Mediterranean Fathallah Sijilmassi met Italian Foreign Affairs Minister Giulio Terzi this Monday in Rome.\n')).toContain('Fathallah Sijilmassi');
  });
  it('round 47: "at the Farnesina Palace" is Rome and "at Palácio do Itamaraty" Brasília; a joint communiqué "Done in Washington, DC, on September 22nd , 2006" was agreed there and then', () => {
    expect(extract('Minister Di Maio meets Greek Minister Dendias\n\nThe Minister of Foreign Affairs Luigi Di Maio met the Greek Foreign Minister Nikos Dendias at the Farnesina Palace.\n').meeting.location).toBe('Rome');
    const communique = 'Joint Communique on the Establishment of Diplomatic Relations between the Republic of Estonia and the Federated States of Micronesia\n\nThe Government of the Republic of Estonia and the Government of the Federated States of Micronesia,\n\nHave decided to establish diplomatic relations as of the date of the signing of this Joint Communique.\n\nDone in Washington, DC, on September 22nd , 2006, in two original copies in English.\n';
    expect(extract(communique).meeting).toMatchObject({ date: '2006-09-22', location: 'Washington', kind: 'joint-statement' });
  });
  it('round 48: « SE » before a name is Son Excellence; « ont signé, ce mercredi 24 mars, six accords » is a signing; "Publicated on:" is no place; "while receiving a delegation … in Taipei City" places the meeting', () => {
    const burundi = extract('Le Burundi et l’Egypte signent des accords\n\nLe Burundi et l’Egypte ont signé, ce mercredi 24 mars, six accords de coopération qui incluent l’exemption de visas.\n\nS’adressant à la presse à l’issu d’un tête à tête avec son Homologue Egyptien SE Abdel Fattah Al Sisi, le Président Evariste Ndayishimiye a salué ces accords.\n');
    expect(burundi.participants.map((p) => p.name)).toContain('Abdel Fattah Al Sisi');
    expect(burundi.initiatives.map((i) => i.text)).toEqual([expect.stringContaining('six accords de coopération')]);
    expect(cleanPlace('Publicated on')).toBeNull();
    expect(extract('Joint Statement of the Heads of Governments of the Visegrád Group\n\nPublicated on: December 20, 2016\n\nThe Prime Ministers of the Visegrád Group countries convening in Brussels December 15, 2016, on the margins of the European Council meeting, adopted a Joint Statement on migration.\n').meeting.location).toBe('Brussels');
    expect(extract('Taiwan and Marshall Islands deepen relationship\n\nLin made the remarks while receiving a delegation led by Joe Bejang, minister of Education, July 3 in Taipei City.\n').meeting.location).toBe('Taipei City');
  });
  it('round 49: a headline verb ends a name ("President Remengesau Receives Courtesy Call"), "Minister for Asian Pacific" is a portfolio, "the United States Assistant Secretary" keeps its country; « a appelé, ce 12 mai 2017, Son Excellence … » and "During a phone conversation with …" report calls', () => {
    const palau = extract('President Remengesau Receives Courtesy Call from Canada’s Assistant Deputy Minister for Asian Affairs\n\nOn May 7, President Tommy E. Remengesau, Jr. received Canada’s Assistant Deputy Minister for Asian Pacific Donald Bobiash during a courtesy call made at the Office of the President in Ngerulmud.\n\nPresident Remengesau shared the Republic of Palau’s hosting of the 2020 Conference.\n');
    expect(palau.participants.map((p) => [p.name, p.country])).toEqual([['Tommy E. Remengesau, Jr.', 'Palau'], ['Donald Bobiash', 'Canada']]);
    const fiji = extract('Fiji and US discuss cooperation\n\nDeputy Secretary Policy Mr. Esala Nayasi met with the United States Assistant Secretary for Asian and Pacific Security Affairs Mr. Randall Schriver.\n');
    expect(fiji.participants.find((p) => p.name === 'Randall Schriver')).toMatchObject({ title: 'United States Assistant Secretary for Asian and Pacific Security Affairs', country: 'United States' });
    const senegal = extract('COUP FIL ENTRE PRESIDENTS Macron cable Macky Sall\n\nSon Excellence Monsieur Emmanuel Macron, Président élu de la République Française, a appelé, ce 12 mai 2017, Son Excellence Monsieur Macky Sall, Président de la République du Sénégal, pour le remercier du message de félicitations qu’il lui a adressé.\n\nAu cours de leur entretien téléphonique, les deux Dirigeants ont également échangé sur des sujets d’intérêt commun.\n');
    expect(senegal.meeting).toMatchObject({ date: '2017-05-12', kind: 'readout' });
    expect(extract('King Telephones President Arafat\n\n29 March 2002\n\nHis Majesty King Abdullah II Friday followed up with "deep concern" the critical and grave developments in the occupied territories.\n\nDuring a phone conversation with President Arafat , the Monarch said the aggression is a gross violation to all international charters.\n').meeting.kind).toBe('readout');
  });
  it('round 49: a convention signed is an instrument signed, also past « M. » inside the sentence (« a signé avec M. Sato KILMAN le renouvellement de la convention »)', () => {
    const one = (sentence: string) => initiatives(`Convention\n\n${sentence}\n`).length;
    expect([
      one('La Présidente du gouvernement, Cynthia LIGEARD, a signé avec M. Sato KILMAN le renouvellement de la convention entre la République française et la République du Vanuatu.'),
      one('Dans ce domaine d’ailleurs, une convention a été signée qui prévoit une vaste opération de soutien de la Nouvelle-Calédonie.'),
    ]).toEqual([1, 1]);
  });
  it('round 50: a list under a plural office ("the Vice Foreign Ministers Mr. X of Costa Rica, Mr. Y of El Salvador, …") names each item, with the office in the singular', () => {
    const sica = extract('First meeting of the Executive Committee of SICA\n\nThe meeting was also attended by the Vice Foreign Ministers Mr. Alejandro Solano Ortiz of Costa Rica, Mr. Carlos Alfredo Castaneda of El Salvador, Mrs. Gilda Bolt of Nicaragua, and Mr. César Dargam Espaillat of the Dominican Republic.\n');
    expect(sica.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Alejandro Solano Ortiz', 'Vice Foreign Minister', 'Costa Rica'],
      ['Carlos Alfredo Castaneda', 'Vice Foreign Minister', 'El Salvador'],
      ['Gilda Bolt', 'Vice Foreign Minister', 'Nicaragua'],
      ['César Dargam Espaillat', 'Vice Foreign Minister', 'Dominican Republic'],
    ]);
  });
  it('round 50: "Mr K Shanmugam SC" is K Shanmugam (a post-nominal after a dotless initial), and a quoted title after "on the topic of" is no quote', () => {
    const text = 'Singapore and Uzbekistan sign MOU\n\nSingapore’s Minister for Law, Mr K Shanmugam SC, and Uzbekistan’s Minister of Justice, Mr Ruslanbek Davletov, today signed a Memorandum of Understanding on Legal Cooperation.\n\nMinister Shanmugam said: “We share warm relations with Uzbekistan, and the signing of this MoU will further strengthen our ties.”\n\nMinister Shanmugam gave a welcome speech and participated in a panel discussion on the topic of “Implementation of a unified state legal policy: Current challenges and future trends”.\n';
    expect(names(text)).toContain('K Shanmugam');
    expect(quotes(text)).toEqual([['K Shanmugam', expect.stringMatching(/^We share warm relations/)]]);
  });
  it('round 51: "signed Bilateral Cooperation Plan for 2020", "The renewal document will be signed shortly" and « se rendra à Bruxelles …, afin de participer au Conseil » are initiatives', () => {
    const one = (sentence: string) => initiatives(`Meeting\n\n${sentence}\n`).length;
    expect([
      one('By the end of the meeting Garibashvili and Hasanov signed Bilateral Cooperation Plan for 2020 that promotes to deepen relations.'),
      one('The renewal document will be signed shortly when the US Minister of Defense visits Georgia.'),
      one('Le ministre des Affaires étrangères, Jean Asselborn, se rendra à Bruxelles le lundi 15 février 2016, afin de participer au Conseil «Affaires étrangères» de l’Union européenne.'),
    ]).toEqual([1, 1, 1]);
  });
  it('round 51: an office’s acronym in brackets before the name is stepped over ("Secretary General of the European External Action Service (EEAS) Stefano Sannino")', () => {
    const text = 'Džaferović with Sannino\n\nSARAJEVO, November 12 (FENA) - Šefik Džaferović talked in Brussels with Secretary General of the European External Action Service (EEAS) Stefano Sannino.\n';
    expect(extract(text).participants.find((p) => p.name === 'Stefano Sannino')).toMatchObject({ title: 'Secretary General of the European External Action Service' });
  });
  it('round 51: "talked in Brussels with Secretary General …" and « a accordé une audience le vendredi 27 juin 2025 à M. … » report talks (readouts, dated and placed); a title that condemns makes a « Communiqué de presse » a statement', () => {
    expect(extract('Džaferović with Sannino\n\nSARAJEVO, November 12 (FENA) - Member of the Presidency Šefik Džaferović talked in Brussels with Secretary General of the European External Action Service (EEAS) Stefano Sannino.\n').meeting).toMatchObject({ location: 'Brussels', kind: 'readout' });
    expect(extract('Audience accordée à M. Abdou ABARRY par S.E. MBELLA MBELLA\n\nLe Ministre des Relations Extérieures, S.E. MBELLA MBELLA, a accordé une audience le vendredi 27 juin 2025 à M. Abdou ABARRY, Représentant spécial du Secrétaire général des Nations Unies pour l’Afrique centrale.\n').meeting).toMatchObject({ date: '2025-06-27', kind: 'readout' });
    expect(extract('La Secrétaire générale de la Francophonie condamne la fusillade de Bamako\n\nC’est avec la plus grande consternation que la Secrétaire générale de la Francophonie, Son Excellence Madame Michaëlle Jean, a appris, depuis New York, la nouvelle de la fusillade qui a eu lieu à Bamako.\n\nCommuniqué de presse\n').meeting.kind).toBe('statement');
  });
  it('round 52: "received Norway\'s Foreign Minister …", a title "… receives Ambassador of Russia …" and « a eu un déjeuner de travail avec son homologue français, ce mercredi 25 janvier 2023, au Palais de l’Élysée » report talks', () => {
    expect(extract('Plenkovic receives Norway\'s foreign minister\n\nCroatian Prime Minister Andrej Plenkovic received Norway\'s Foreign Minister Borge Brende on Monday, the government said in a press release.\n').meeting.kind).toBe('readout');
    expect(extract('President Kassym-Jomart Tokayev receives Ambassador of Russia to Kazakhstan Alexey Borodavkin\n\nThe current state and prospects of the Kazakh-Russian comprehensive strategic partnership were discussed during the meeting.\n').meeting.kind).toBe('readout');
    expect(extract('France : Macron et Ouattara ont pu échanger\n\nLe Président de la République, S.E.M. Alassane Ouattara, a eu un déjeuner de travail avec son homologue français, ce mercredi 25 janvier 2023, au Palais de l’Élysée.\n').meeting).toMatchObject({ date: '2023-01-25', location: 'Paris', kind: 'readout' });
  });
  it('round 52: the counterpart a meeting title names ("… meets her Liechtenstein counterpart Aurelia Frick in Vienna") takes part when the body gives only the office of that country', () => {
    const text = 'Foreign Minister Karin Kneissl meets her Liechtenstein counterpart Aurelia Frick in Vienna\n\nOn 7 March, Karin Kneissl welcomed the Minister for Foreign Affairs, Justice and Culture of the Principality of Liechtenstein to the Austrian Foreign Ministry.\n';
    expect(extract(text).participants.map((p) => [p.name, p.country])).toEqual([['Karin Kneissl', 'Austria'], ['Aurelia Frick', 'Liechtenstein']]);
  });
  it('round 52: funding raised to an amount is funding (« L’enveloppe sera portée à 120 millions Euros cette année », "will be increased to")', () => {
    const one = (sentence: string) => initiatives(`Audience\n\n${sentence}\n`).length;
    expect([one('L’enveloppe sera portée à 120 millions Euros cette année selon SE Marcel Escure.'), one('The envelope will be increased to 120 million euros this year.')]).toEqual([1, 1]);
  });
  it('round 53: a meeting to be organised (« Une réunion sera prochainement organisée avec … », "There is to be a meeting between the two sides") is an initiative', () => {
    const one = (sentence: string) => initiatives(`Communiqué\n\n${sentence}\n`).length;
    expect([
      one('Une réunion sera prochainement organisée avec les présidents de ces cinq sections afin de constituer un front commun.'),
      one('There is to be a meeting between the two sides on this matter and it is my hope that some satisfactory answers will be given.'),
      one('A meeting will soon be organised with the presidents of the five sections.'),
    ]).toEqual([1, 1, 1]);
  });
  it('round 54: « a échangé lundi avec son homologue … » and « a reçu ce lundi 7 avril 2025, à Cotonou, son homologue slovène » report talks (readouts); « a reçu une lettre de son homologue » does not', () => {
    expect(extract("Tchad : tête-à-tête entre les présidents\n\nN'Djamena - Le chef de l'État Idriss Deby a échangé lundi avec son homologue de Guinée Bissau, Umaro Sissoco Embalo, dans le cadre d'une visite d’amitié et de travail.\n").meeting.kind).toBe('readout');
    expect(extract('Diplomatie : Le Bénin et la Slovénie signent un mémorandum d’entente à Cotonou\n\nLe ministre béninois des Affaires étrangères, Olushegun ADJADI BAKARI, a reçu ce lundi 7 avril 2025, à Cotonou, son homologue slovène Tanja FAJON, dans le cadre d’une visite de travail.\n').meeting).toMatchObject({ kind: 'readout', date: '2025-04-07', location: 'Cotonou' });
    expect(extract('Coopération\n\nLe ministre béninois des Affaires étrangères, Olushegun ADJADI BAKARI, a reçu une lettre de son homologue slovène Tanja FAJON sur la visite de travail prévue.\n').meeting.kind).not.toBe('readout');
  });
  it('round 54: a place fronted by a preposition and set off by a comma ("From New York, Sogavare flew to Washington DC") is no person', () => {
    const text = 'PM returns from overseas engagements\n\nPrime Minister Manasseh Sogavare arrived home today.\n\nFrom New York, Sogavare flew to Washington DC where he attended the summit.\n';
    expect(extract(text).participants.map((p) => p.name)).toEqual(['Manasseh Sogavare']);
  });
  it('round 54: a present-tense verb after a quotation names its speaker (« …, explique le ministre …, M. Mankeur Ndiaye »), not a person named before it; « …, indique un communiqué » names none', () => {
    const lead = 'L’accord, conclu pendant la visite du ministre chinois des Affaires étrangères, M. Wang Yi, « est très utile pour la coopération et l’entente entre les deux gouvernements »';
    expect(quotes(`Mémorandum\n\n${lead}, explique le ministre sénégalais des Affaires étrangères, M. Mankeur Ndiaye.\n`)).toEqual([['Mankeur Ndiaye', 'est très utile pour la coopération et l’']]);
    expect(quotes(`Mémorandum\n\n${lead}, indique un communiqué de la présidence.\n`)).toEqual([]);
  });
  it('round 54: a named declaration signed ("Sogavare signed the US-Pacific Islands Summit Declaration …") is an initiative; a lower-case "signed the declaration" names no instrument', () => {
    expect(initiatives('PM returns\n\nIn Washington, Sogavare signed the US-Pacific Islands Summit Declaration on the U.S.-Pacific Partnership together with other Pacific Islands leaders.\n')).toHaveLength(1);
    expect(initiatives('PM returns\n\nIn Washington, Sogavare said that he signed the declaration of his party in his youth.\n')).toHaveLength(0);
  });
  it('round 54: the visitor of a visit the text recalls ("recalled the State Visit of H.E. Mr Marcelo Rebelo de Sousa, President of Portugal") is no participant', () => {
    const text = 'PM’s telephone conversation with Prime Minister of Portugal\n\nPrime Minister Shri Narendra Modi had a telephone conversation today with H.E. Mr Antonio Costa, Prime Minister of Portugal.\n\nThe Prime Minister recalled the State Visit of H.E. Mr Marcelo Rebelo de Sousa, President of Portugal to India in February.\n';
    expect(extract(text).participants.map((p) => p.name)).toEqual(['Narendra Modi', 'Antonio Costa']);
  });
  it('round 55: "Speaker" is an office ("Speaker National Assembly Raja Pervaiz Ashraf", "House Speaker Pantaleon D. Alvarez"), and "Special Presidential Envoy for Compact Negotiations Joseph Yun" keeps his whole title', () => {
    const people = (sentence: string) => extract(`Title here\n\n${sentence}\n`).participants.map((p) => [p.name, p.title]);
    expect(people('Islamabad, October 04, 2022 (PPI-OT): Speaker National Assembly Raja Pervaiz Ashraf has said that parliamentary diplomacy can harness the challenges.')).toEqual([['Raja Pervaiz Ashraf', 'Speaker National Assembly']]);
    expect(people('The delegation consisted of House Speaker Pantaleon D. Alvarez and Senator Juan Cruz.')).toContainEqual(['Pantaleon D. Alvarez', 'Speaker']);
    expect(people('Special Presidential Envoy for Compact Negotiations Joseph Yun signed the Memorandum for the United States.')).toEqual([['Joseph Yun', 'Special Presidential Envoy for Compact Negotiations']]);
  });
  it('round 55: "received on Wednesday the Ambassadors of Yemen and Saudi Arabia to Sudan, X, and Y" names both and reports talks (a readout, placed by its dateline); "Talking to Australian High Commissioner Neil Hawkins in Islamabad today" is a meeting', () => {
    const sudan = extract('Foreign Minister Receives Ambassadors of Yemen and Saudi Arabia\n\nKhartoum – The acting Foreign Minister, Ambassador Ali Al-Saddiq, received on Wednesday the Ambassadors of Yemen and Saudi Arabia to Sudan, Omer Abdalla Al-Mudawi, and Ali bin Hassan Ja’afar, and discussed the latest developments in the Yemeni issue.\n');
    expect(sudan.participants.map((p) => p.name)).toEqual(['Ali Al-Saddiq', 'Omer Abdalla Al-Mudawi', 'Ali bin Hassan Ja’afar']);
    expect(sudan.meeting).toMatchObject({ kind: 'readout', location: 'Khartoum' });
    const pakistan = extract('Vibrant parliamentary diplomacy: NA Speaker\n\nIslamabad, October 04, 2022 (PPI-OT): Speaker National Assembly Raja Pervaiz Ashraf has said that parliamentary diplomacy can help. Talking to Australian High Commissioner Neil Hawkins in Islamabad today (Tuesday), he lauded the friendship group.\n');
    expect(pakistan.meeting).toMatchObject({ date: '2022-10-04', location: 'Islamabad' });
    expect(extract('Vibrant parliamentary diplomacy: NA Speaker\n\nIslamabad, October 04, 2022 (PPI-OT): Speaker National Assembly Raja Pervaiz Ashraf has said that parliamentary diplomacy can help. Talking to reporters in Islamabad today (Tuesday), he lauded the friendship group.\n').meeting.date).toBeNull();
  });
  it('round 55: "[29/ March/2017]" dates, "met here in the capital Sana\'a" places, and "reviewed the human rights violations committed by the Saudi-led aggression coalition" condemns', () => {
    const yemen = extract("FM meets Iranian acting ambassador in Yemen\n\n[29/ March/2017]\n\nSANA'A, March 29 (Saba) - Minister of Foreign Affairs, Hisham Sharaf Abdullah, met here in the capital Sana'a with the Iranian acting ambassador to Yemen, Mohammed Farhat.\n\nThe meeting reviewed the human rights violations committed by the Saudi-led aggression coalition against the Yemeni civilians.\n");
    expect(yemen.meeting).toMatchObject({ date: '2017-03-29', location: "Sana'a" });
    expect(yemen.condemnations.map((c) => c.text)).toEqual(['The meeting reviewed the human rights violations committed by the Saudi-led aggression coalition against the Yemeni civilians.']);
    expect(extract('Talks\n\nThe ministers met in the Kenyan capital Nairobi on Monday.\n').meeting.location).toBe('Nairobi');
  });
  it('round 55: « en paraphant, ce mercredi à Berne, un protocole d’entente » is an initiative and places the signing; « Les accords paraphés seront … soumis … avant d’être formellement signés » is a signing to come', () => {
    const swiss = extract('Aboutissement des négociations avec la Tunisie\n\nBerne. Les négociateurs en chef de la Tunisie et de la Suisse ont achevé leurs négociations en vue d’un partenariat migratoire en paraphant, ce mercredi à Berne, un protocole d’entente.\n\nLes accords paraphés seront prochainement soumis pour approbation au Conseil fédéral avant d’être formellement signés.\n');
    expect(swiss.initiatives).toHaveLength(2);
    expect(swiss.meeting.location).toBe('Bern');
    expect(initiatives('Négociations\n\nLes accords seront présentés au Conseil fédéral avant d’être examinés par le Parlement.\n')).toEqual([]);
  });
  it('round 55: money "made available" is funding ("is making available approx. EUR 120,000 for emergency relief"), unless the sentence opens on a past span ("Over the last three years, … has made available EUR 270,000")', () => {
    expect(initiatives('Germany and Djibouti\n\nThe Federal Foreign Office is making available approx. EUR 120,000 for emergency relief for particularly hard-hit sections of the population in Djibouti.\n')).toHaveLength(1);
    expect(initiatives('Germany and Djibouti\n\nOver the last three years, the Federal Government has made available EUR 270,000 in humanitarian aid for Djibouti.\n')).toEqual([]);
  });
  it('round 55: a visit announced with its date between "will" and the verb ("will on Sunday, 22nd November 2015 pay a working visit") is a release about it, and "both … will proceed to jointly address the … Business Roundtable" is an initiative', () => {
    const eac = extract('Visit by Minister for Foreign Affairs of Germany to EAC Headquarters\n\nThe Minister for Foreign Affairs of Germany, Dr Frank-Walter Steinmeier, will on Sunday, 22nd November 2015 pay a working visit to the East African Community (EAC) Headquarters in Arusha, Tanzania.\n\nShortly after the briefing, both the Minister and the Secretary-General will proceed to jointly address the East African-German Business Roundtable, jointly hosted by the EAC Secretariat and the Federal Foreign Office.\n');
    expect(eac.meeting).toMatchObject({ kind: 'news-release', date: '2015-11-22', location: 'Arusha' });
    expect(eac.initiatives.map((i) => i.text)).toContainEqual(expect.stringContaining('jointly address the East African-German Business Roundtable'));
  });
  it('round 55: a lead that dates its meeting in another city places it there, not at the dateline (« Berne, 11.4.2019 - … a … rencontré …, à Washington, le 11 avril 2019 »), and « ils se sont entretenus sur … » reports talks', () => {
    const text = 'Poursuite des discussions sur le libre-échange entre la Suisse et les États-Unis\n\nBerne, 11.4.2019 - Le conseiller fédéral Guy Parmelin a pour la première fois rencontré le représentant au Commerce américain, Robert Lighthizer, à Washington, le 11 avril 2019. Une heure durant, ils se sont entretenus sur le développement des relations commerciales.\n';
    expect(extract(text).meeting).toMatchObject({ date: '2019-04-11', location: 'Washington', kind: 'readout' });
    expect(extract('Libre-échange\n\nBerne, 11.4.2019 - Le conseiller fédéral Guy Parmelin a rencontré le représentant au Commerce américain, Robert Lighthizer, qui avait visité Genève en 2018.\n').meeting.location).toBe('Bern');
  });
  it('round 55: "met the Foreign Minister of Djibouti, Mr …" (no "with") and "signed a memorandum … with his Maldivian counterpart" report talks held (readouts)', () => {
    expect(extract('Germany and Djibouti agree on close cooperation\n\nFederal Foreign Minister Guido Westerwelle met the Foreign Minister of Djibouti, Mr Mahamoud Ali Youssouf, on February 23. The two men agreed on closer cooperation.\n').meeting.kind).toBe('readout');
    expect(extract('Saudi Arabia, Maldives sign political consultations agreement\n\nNEW YORK — Foreign Minister Prince Faisal Bin Farhan signed a memorandum of understanding (MoU) with his Maldivian counterpart Abdulla Shahid on Tuesday for political consultations.\n').meeting.kind).toBe('readout');
  });
  it('an invitation to visit in French forms: « a invité son homologue au Bénin pour une visite de travail », « lui a remis une lettre d’invitation … pour effectuer une visite à Erevan »; not a visit made « à l’invitation de » someone', () => {
    const one = (sentence: string) => initiatives(`Audience\n\nLe ministre a reçu son homologue.\n\n${sentence}\n`).length;
    expect([
      one('Le ministre a invité son homologue au Bénin pour une visite de travail.'),
      one('Il lui a remis une lettre d’invitation de la part de son homologue arménien pour effectuer une visite à Erevan.'),
      one('Il est arrivé à l’invitation de son homologue pour une visite de travail.'),
    ]).toEqual([1, 1, 0]);
  });
  it('a meeting to come with office holders: "will also meet with Foreign Ministers", "will call on the Prime Minister of India"; not "will call on the President to veto", nor "will also meet opposition and civil society leaders"', () => {
    const one = (sentence: string) => initiatives(`Talks\n\nThe ministers met in Kyiv today.\n\n${sentence}\n`).length;
    expect([
      one('Fuad Hussein will also meet with Foreign Ministers to share their perspectives.'),
      one('While in Delhi, Lyonpo will call on the Prime Minister of India and also meet the Minister of External Affairs.'),
      one('The Council will call on the President to veto the bill.'),
      one('During his visit, the Minister will also meet opposition and civil society leaders.'),
    ]).toEqual([1, 1, 0, 0]);
  });
  it('round 56: agreements "were formally approved", a host "will later host the delegates to a dinner", and "a visit of the defence attaché … has been arranged" are initiatives; a topic of talks is not', () => {
    const one = (sentence: string) => initiatives(`Talks\n\nThe ministers met in Kyiv today.\n\n${sentence}\n`).length;
    expect([
      one('A total of ten agreements initially introduced during the XII Extraordinary Summit in February 2025 were formally approved, paving the way for enhanced collaboration.'),
      one('The Speaker will later host the delegates to a dinner at Ndere Cultural centre in Kampala.'),
      one('To strengthen mutual trust a visit of the defence attaché of the Republic of Belarus in Ukraine to the “Zametil – 2022” exercises has been arranged.'),
      one('Of equal importance were issues of climate change and preparations for the upcoming Ninth Summit of the Americas.'),
    ]).toEqual([1, 1, 1, 0]);
  });
  it('round 56: an acronym with a lower-case letter opening the text ("MoFA – On 28th September 2023, …") is a label, not a place', () => {
    const text = 'High Commissioner of Australia presents Letter of Introduction to Prime Minister Gaston Browne\n\nMoFA – On 28th September 2023, the Honourable Gaston Browne, Prime Minister of Antigua and Barbuda, was presented with the Letter of Introduction by Her Excellency Ms. Sonya Koppe, High Commissioner of Australia.\n';
    expect(extract(text).meeting.location).toBeNull();
  });
  it('round 56: « un communiqué conjoint a été publié » is a joint statement issued; « Programme Alimentaire Mondial » and « République Démocratique du Congo » name no person', () => {
    expect(initiatives('Visite\n\nLes deux présidents se sont rencontrés à Brazzaville. Au terme de cette visite, un communiqué conjoint a été publié avant la tenue par les deux Chefs d’Etat d’une conférence de presse.\n')).toHaveLength(1);
    const names = extract('Audience\n\nLe Premier ministre a reçu la Directrice exécutive adjointe du Programme Alimentaire Mondial, Valérie Guarnieri, et le Président de la République Démocratique du Congo, Joseph Kabila.\n').participants.map((p) => p.name);
    expect(names).not.toContain('Alimentaire Mondial');
    expect(names).not.toContain('Démocratique du Congo');
  });
  it('round 57: "Minister for Sustainability and the Environment Ms Grace Fu" is titled; a fact sheet under the release is background; "The signing of this MOU highlights …" restates it', () => {
    const text =
      'Singapore and Mongolia to Collaborate on Carbon Markets\n\nSingapore, 9 June 2023 – Singapore and Mongolia signed a Memorandum of Understanding (MOU) to collaborate on carbon credits. The MOU was signed by Minister for Sustainability and the Environment Ms Grace Fu and Mongolia’s Minister for Environment and Tourism Mr Bat-Erdene Bat-Ulzii.\n\n' +
      'Minister Fu said, “The signing of this Memorandum of Understanding highlights Singapore and Mongolia’s commitment to collaborate on carbon markets.”\n\nMOU Factsheet\n\n' +
      '•\tUnder the MOU, Singapore and Mongolia will work towards a legally binding agreement that sets out a bilateral framework.\n';
    const statement = extract(text);
    expect(statement.participants.map((p) => [p.name, p.title])).toContainEqual(['Grace Fu', 'Minister for Sustainability and the Environment']);
    expect(statement.initiatives.map((i) => i.text.slice(0, 80))).toEqual(['Singapore, 9 June 2023 – Singapore and Mongolia signed a Memorandum of Understan']);
  });
  it('round 57: "will host the 17th BSAEV in 2024" is a meeting to come; « se concrétiseront … par la mise en place d’une Commission Mixte » an initiative', () => {
    expect(initiatives('Joint Press Statement\n\nThe Ministers met in Bandar Seri Begawan on 24 October 2023.\n\nSingapore will host the 17th BSAEV in 2024.\n')).toHaveLength(1);
    expect(initiatives('Rencontre\n\nLes deux présidents se sont rencontrés à New York.\n\nLa mise en œuvre des conventions se concrétisera dans les semaines à venir par la mise en place d’une Commission Mixte Comores/Koweït.\n')).toHaveLength(1);
  });
  it('round 57: a title field after "in" ("Partnership in Environmental Affairs and Climate Change") places nothing; « à New-York » is New York', () => {
    expect(extract('Joint Press Statement\n\nThe Sixteenth Exchange of Visits, instituted under the Memorandum of Understanding on Bilateral Partnership in Environmental Affairs and Climate Change, was held on 24th October 2023.\n').meeting.location).toBeNull();
    expect(extract('Rencontre\n\nLe Président de la République et le Premier Ministre koweïtien se sont rencontrés à New-York en marge des travaux de l’Assemblée Générale.\n').meeting.location).toBe('New York');
  });
  it('round 57: "Hassan Sh. Mohamud" and "Md. Shahriar Alam" keep their shortened given names', () => {
    expect(names('Visit\n\nThe President of the Federal Republic of Somalia H.E. Hassan Sh. Mohamud today met his counterpart H.E. Uhuru Kenyatta, the President of Kenya.\n')).toContain('Hassan Sh. Mohamud');
    expect(names('Talks\n\nState Minister for Foreign Affairs Md. Shahriar Alam met the Ambassador of Japan today.\n')).toContain('Md. Shahriar Alam');
  });
  it('round 57: a one-line contact with a telephone number at the end is no participant; "said the Speaker of the Seimas" is the Speaker', () => {
    const text =
      'Speaker of the Seimas expressed condolences\n\nPress release, 4 April 2017\n\nViktoras Pranckietis, Speaker of the Seimas, offered his deep condolences to families of victims of the attack in Saint Petersburg.\n\n' +
      '“We are shocked by the unjustifiable cruelty that took human lives in Russia. We share the sorrow with the victims’ families,” said the Speaker of the Seimas.\n\n' +
      'Dalia Vencevičienė, Senior Adviser to the Speaker of the Seimas, tel. +370 5 239 6016, e-mail: [email protected]\n';
    expect(names(text)).toEqual(['Viktoras Pranckietis']);
    expect(quotes(text)).toEqual([['Viktoras Pranckietis', 'We are shocked by the unjustifiable crue']]);
  });
  it('round 57: the sender of a message another delivers is not present; relations that "have allowed the signing of" agreements recall them', () => {
    const text =
      'Foreign minister delivers presidential message\n\nThe Minister for Foreign Affairs, Simeon Oyono Esono, travelled to Morocco with a written message that the Head of State of the Republic of Equatorial Guinea, H. E. Obiang Nguema Mbasogo, sent to King Mohammed VI.\n\n' +
      'Oyono Esono indicated to the press that the relations of cooperation between Malabo and Rabat have allowed the signing of various cooperation agreements.\n';
    expect(names(text)).not.toContain('Obiang Nguema Mbasogo');
    expect(initiatives(text)).toEqual([]);
  });
  it('round 57: "had a telephonic conversation" and "delivered to his Moroccan counterpart" report talks (readouts)', () => {
    expect(extract('COAS, US official discuss security cooperation\n\nISLAMABAD: General Qamar Javed Bajwa, Chief of Army Staff (COAS) and General Lloyd James Austin, US Secretary of Defence had a telephonic conversation, Friday.\n\nDuring the call, defence cooperation was discussed.\n').meeting.kind).toBe('readout');
    expect(extract('Foreign minister delivers message\n\nThe minister travelled to Morocco with a written message.\n\nThe message, which Simeon Oyono delivered to his Moroccan counterpart, Naser Bourita, will be passed on to the King.\n').meeting.kind).toBe('readout');
  });
  it('round 57: the other signatories after a titled one, "the minister X and the ambassadors Y and Z", take part; not an office cut short ("and Apostolic Nuncio to Peru Monsignor …")', () => {
    expect(names('Visit\n\nThe two presidents met in Malabo. They signed a joint communique signed by the minister Gabriel Mbega Obiang Lima and the ambassadors Simeon Esono Angue and Osvaldo Abreu, respectively.\n')).toEqual(['Gabriel Mbega Obiang Lima', 'Simeon Esono Angue', 'Osvaldo Abreu']);
    expect(names('Talks\n\nMinister Nestor Popolizio met Andean Court of Justice Head Hugo Gomez and Apostolic Nuncio to Peru Monsignor Nicola Girasoli.\n')).not.toContain('Apostolic Nuncio');
  });
  it('what an announced instrument provides for is an initiative: "The Memorandum also envisages …", « Cet accord prévoit la création d’une commission mixte »; not without an instrument announced', () => {
    expect(initiatives('Memorandum signed\n\nThe foreign ministers signed a Memorandum of Understanding on consultations.\n\nThe Memorandum also envisages implementation of programs on experience exchange and trainings for diplomats.\n')).toHaveLength(2);
    expect(initiatives('Accords\n\nLes deux ministres ont signé un accord de coopération.\n\nCet accord prévoit la création d’une commission mixte de coopération.\n')).toHaveLength(2);
    expect(initiatives('Talks\n\nThe ministers met in Rabat.\n\nThe 1995 treaty provides for regular consultations.\n')).toHaveLength(0);
  });
  it('round 58: "Presidents X and Y", "Cabinet Secretaries A, B, C" and "Head of Public Service Dr X" name their people, each with one office; not the people of an event "to be chaired by" them', () => {
    const text =
      'Kenya and Guinea-Bissau sign pacts\n\nThe pacts were signed after Presidents Uhuru Kenyatta and Umaro Sissoco Embaló of Guinea-Bissau led their delegations in bilateral talks at State House, Nairobi, on Friday.\n\n' +
      '“This will create the requisite momentum in our bilateral engagements,” President Kenyatta said.\n\n' +
      'Present at the talks were Head of Public Service Dr Joseph Kinyua, Cabinet Secretaries Raychelle Omamo, Monica Juma, Amina Mohamed, James Macharia and Attorney General Paul Kihara.\n';
    const statement = extract(text);
    expect(statement.participants.map((p) => [p.name, p.title])).toEqual([
      ['Uhuru Kenyatta', 'President'],
      ['Umaro Sissoco Embaló', ''],
      ['Joseph Kinyua', 'Head of Public Service'],
      ['Raychelle Omamo', 'Cabinet Secretary'],
      ['Monica Juma', ''],
      ['Amina Mohamed', ''],
      ['James Macharia', ''],
      ['Paul Kihara', 'Attorney General'],
    ]);
    expect(statement.quotes.map((q) => q.speaker)).toEqual(['Uhuru Kenyatta']);
    expect(statement.meeting.location).toBe('Nairobi');
    expect(statement.meeting.kind).toBe('readout');
    expect(names('Dialogue\n\nThe outcomes will feed into the Global Summit to be held next week in London, which will be co-chaired by UK Foreign Secretary William Hague and Angelina Jolie, Special Envoy for the UN High Commissioner for Refugees.\n')).toEqual([]);
  });
  it('round 58: a call on the parties\' own ministries "to expedite the implementation" is no condemnation', () => {
    expect(condemned('Talks\n\nThe presidents met in Nairobi.\n\nSpeaking at the meeting, Uhuru urged the Ministries of Foreign Affairs of Kenya and Guinea-Bissau to expedite the implementation of the agreed areas of cooperation.\n')).toBe(0);
  });
  it('round 58: terms of an announced MOU at the sentence end ("will also conduct technical exchanges … under this MOU"), "establishes a mechanism", "includes"; "was signed in Singapore by" restates the signing', () => {
    const text =
      'Singapore and the United States Enhance Cooperation\n\nSingapore, 15 April 2024 – The Ministry and NOAA signed a memorandum of understanding (MOU) to enhance bilateral cooperation today.\n\n' +
      'The MOU was signed in Singapore by Minister Grace Fu and NOAA Administrator Dr Richard Spinrad.\n\nMSE and NOAA will also conduct technical exchanges, information sharing and joint publications and projects under this MOU.\n';
    expect(initiatives(text).map((t) => t.slice(0, 20))).toEqual(['Singapore, 15 April ', 'MSE and NOAA will al']);
    expect(initiatives('MOU signed\n\nThe two ministers signed a memorandum of understanding on political consultations.\n\nThis memorandum establishes a mechanism for regular high-level political dialogue.\n')).toHaveLength(2);
    expect(initiatives('Agreement\n\nCabo Verde and Portugal signed a cooperation agreement in the justice sector on Tuesday.\n\nThe agreement signed includes the training for staff from the various justice departments.\n')).toHaveLength(2);
  });
  it('round 58: a meeting convened "for tomorrow morning", work "to prepare for the 13th WTO Ministerial Conference", « s’est soldée par l’adoption de la Déclaration de Bakou » and « ont adopté la Déclaration » are initiatives', () => {
    const one = (sentence: string) => initiatives(`Talks\n\nThe ministers met in Madrid today.\n\n${sentence}\n`).length;
    expect([
      one('The Chief Minister has convened an extraordinary meeting of the Cabinet for tomorrow morning to brief Ministers on latest developments.'),
      one('They confirmed that they would work closely together to prepare for the 13th WTO Ministerial Conference.'),
      one('La réunion s’est soldée par l’adoption de la Déclaration de Bakou.'),
      one('Les ministres ont adopté la Déclaration de Bakou.'),
      one('The Chief Minister convened the meeting to discuss the budget.'),
    ]).toEqual([1, 1, 1, 1, 0]);
  });
  it('round 58: "said the Cabo Verdean chief of diplomacy", "said the head of Portuguese diplomacy" are the two foreign ministers', () => {
    const text =
      'Cabo Verde and Portugal\n\nPraia, Jan 31 (Inforpress) – Cabo Verde and Portugal signed a cooperation agreement on Tuesday, according to Foreign Minister Luís Filipe Tavares.\n\n' +
      '“Relations between Cabo Verde and Portugal are on the right track and are strengthening,” said the Cabo Verdean chief of diplomacy during a press conference attended by Portuguese Foreign Minister Augusto Santos Silva.\n\n' +
      '“The European Union always wins when it has this possibility to develop and deepen relations with Cabo Verde,” said the head of Portuguese diplomacy.\n';
    const statement = extract(text);
    expect(statement.quotes.map((q) => q.speaker)).toEqual(['Luís Filipe Tavares', 'Augusto Santos Silva']);
    expect(statement.meeting.location).toBe('Praia');
    expect(statement.meeting.date).toBeNull();
  });
  it('round 58: "negotiation meetings in Madrid" place the meeting; a reminder of earlier meetings gives no year to a dateline without one; « s’est tenue ce jeudi à Bakou » reports a meeting', () => {
    expect(extract('MoU Work Finalised\n\nThe Government confirms that the Chief Minister has returned to Gibraltar today after negotiation meetings in Madrid.\n').meeting.location).toBe('Madrid');
    const baku = extract('La Déclaration de Bakou est adoptée\n\nBakou, 15 mars, AZERTAC\n\nLa première réunion quadrilatérale des ministres des affaires étrangères s’est tenue ce jeudi à Bakou.\n\nPour rappel, Bakou avait accueilli la 6ème rencontre des ministres le 6 septembre 2017.\n');
    expect(baku.meeting.date).toBeNull();
    expect(baku.meeting.kind).toBe('readout');
  });
  it('round 58: "and his counterpart" ends an office after a name (« ministre cubain des Affaires étrangères et son homologue cap-verdien, Luis Filipe Lopes »)', () => {
    const people = extract('Accord\n\nLa Havane, 4 mai, (RHC).- Bruno Rodriguez, ministre cubain des Affaires étrangères et son homologue cap-verdien, Luis Filipe Lopes, ont signé à La Havane un accord.\n').participants;
    expect(people.map((p) => [p.name, p.title, p.country])).toContainEqual(['Bruno Rodriguez', 'ministre cubain des Affaires étrangères', 'Cuba']);
  });
  it('round 59: a speaker\'s comment on the signing ("today\'s signing of the Memorandum creates …", "after the signing of the Memorandum") restates it', () => {
    const text =
      'Memorandum signed\n\nDefence Minister Boskovic and Defence Secretary Fallon signed a Memorandum on defence cooperation today in Brussels.\n\n' +
      'He emphasized that today\'s signing of the Memorandum creates a legal framework for further improving of defence cooperation.\n\n' +
      'He emphasized that the complexity of bilateral defense cooperation will be further strengthened after the signing of the Memorandum.\n';
    expect(initiatives(text)).toHaveLength(1);
  });
  it('round 59: Macao\'s names and offices ("Mr Chui Sai On,", "the Chief-of-Office of the Chief Executive’s Office, Ms O Lam"), no "Hong Kong" or "Front Work" person, and no acting Chief Executive who stays home', () => {
    const text =
      'CE to visit Guangzhou\n\nThe Chief Executive, Mr Chui Sai On, will lead a Government delegation to visit Guangzhou, in Guangdong Province, on 11 December, for the Joint Conference.\n\n' +
      'Additionally, the two governments will endorse several agreements during the conference.\n\n' +
      'Officials accompanying Mr Chui will include: the Chief-of-Office of the Chief Executive’s Office, Ms O Lam; and the Director of the United Front Work Department, Mr Shang Kui.\n\n' +
      'Deputy Director of the Foreign Affairs Office (Hong Kong and Macao Affairs Office) of the Chongqing Municipal People’s Government, Ms Zhang Yaxi, also attended the meeting.\n\n' +
      'While the Chief Executive is away from Macao, the Secretary for Administration and Justice, Ms Chan Hoi Fan, will be the acting Chief Executive.\n';
    const statement = extract(text);
    const people = statement.participants.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Chui Sai On', 'O Lam', 'Shang Kui', 'Zhang Yaxi']));
    expect(people).not.toEqual(expect.arrayContaining(['Hong Kong']));
    expect(people.some((name) => /Front Work|Chan Hoi Fan|Chui Sai$/u.test(name))).toBe(false);
    expect(statement.initiatives.map((i) => i.text.slice(0, 30))).toContain('Additionally, the two governme');
    expect(statement.meeting.location).toBe('Guangzhou');
  });
  it('round 59: "Ambassador to Latvia X" is titled (a country opening on "La" is no article), « le Président de l’Union des Comores X » too', () => {
    expect(extract('Talks\n\nOn February 19 Latvian Defense Minister Raimonds Vejonis met with Russian Ambassador to Latvia Alexander Veshnyakov.\n').participants.map((p) => [p.name, p.title])).toContainEqual(['Alexander Veshnyakov', 'Ambassador to Latvia']);
    expect(extract('Rencontre\n\nLe Secrétaire d’Etat Adjoint Richard R. Verma a rencontré à Moroni le Président de l’Union des Comores Azali Assoumani.\n').participants.map((p) => [p.name, p.country])).toContainEqual(['Azali Assoumani', 'Comoros']);
  });
  it('round 59: Brunei honorifics ("Dato Seri Setia Awang Haji", "Dato Seri Setia Dr Haji") stand between an office and the name; the late ("Al-Marhum Sultan Haji Omar") take no part', () => {
    const people = extract('Visit\n\nMinister Fu will hold bilateral meetings with Brunei’s Minister of Development Dato Seri Setia Awang Haji Mohd Juanda bin Haji Abdul Rashid and Minister of Primary Resources and Tourism Dato Seri Setia Dr Haji Abdul Manaf bin Haji Metussin.\n').participants;
    expect(people.map((p) => [p.name, p.title])).toEqual(expect.arrayContaining([['Mohd Juanda bin Haji Abdul Rashid', 'Minister of Development'], ['Abdul Manaf bin Haji Metussin', 'Minister of Primary Resources and Tourism']]));
    expect(names('Audience\n\nHis Majesty Sultan Haji Hassanal Bolkiah Mu\'izzaddin Waddaulah ibni Al-Marhum Sultan Haji Omar \'Ali Saifuddien, Sultan and Yang Di-Pertuan of Brunei Darussalam received in audience His Excellency Masagos Zulkifli.\n')).not.toContain('Omar');
  });
  it('round 59: "agreed on the 2018 Programme for Bilateral Military Cooperation" names an instrument; a quotation may open a paragraph with ”', () => {
    expect(initiatives('Talks\n\nThe delegations met in Belgrade.\n\nAt the end of the meeting they agreed on the 2018 Programme for Bilateral Military Cooperation and signed it.\n')).toHaveLength(1);
    expect(quotes('Talks\n\nPrime Minister Anwar Ibrahim met business leaders in Tokyo.\n\n”I appreciate Malaysia-Japan relations and am happy with the commitment shown by Japan,” he said.\n')).toEqual([['Anwar Ibrahim', 'I appreciate Malaysia-Japan relations an']]);
  });
  it('round 60: the second name of a pair whose first is a participant named again ("Defense Ministers Suren Papikyan and Sergey Shoigu"); not a pair in a sentence about a summit to come', () => {
    const text =
      'Armenia, Russia defense ministers sign plan\n\nArmenian Defense Minister Suren Papikyan participated in the joint meeting of defense ministers of SCO and CIS countries.\n\n' +
      'It was followed by a meeting between Armenian nd Russian Defense Ministers Suren Papikyan and Sergey Shoigu.\n';
    expect(names(text)).toEqual(['Suren Papikyan', 'Sergey Shoigu']);
    expect(names('Call\n\nPresident Trump spoke with the Prime Minister today.\n\nThe two leaders looked forward to the summit which will take place between President Trump and Kim Jong-un in Singapore.\n')).not.toContain('Kim Jong-un');
  });
  it('round 60: offices with their countries after the head ("counterpart from Uzbekistan X", "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Kyrgyzstan X", "… of the Portuguese Republic X"); not one who only conveys another\'s congratulations', () => {
    expect(extract('Talks\n\nForeign Minister of Kyrgyzstan Jeenbek Kulubaev met with his counterpart from Uzbekistan Bakhtiyor Saidov, who arrived in Kyrgyzstan.\n').participants.map((p) => [p.name, p.country])).toContainEqual(['Bakhtiyor Saidov', 'Uzbekistan']);
    const text =
      'New Foreign Minister receives Russian Ambassador\n\nMinister of Foreign Affairs of Kyrgyzstan, Ruslan Kazakbaev, received the Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Kyrgyzstan Nikolai Udovichenko.\n\n' +
      'Nikolai Udovichenko conveyed congratulations from the Minister of Foreign Affairs of Russia Sergei Lavrov on the occasion of the appointment.\n';
    expect(extract(text).participants.map((p) => [p.name, p.country])).toEqual([['Ruslan Kazakbaev', 'Kyrgyzstan'], ['Nikolai Udovichenko', 'Russia']]);
    expect(names('Audience\n\nThe Minister of Foreign Affairs Svetlan Stoev received the Ambassador Extraordinary and Plenipotentiary of the Portuguese Republic Maria Coelho Ribeiro da Silva.\n')).toContain('Maria Coelho Ribeiro da Silva');
  });
  it('round 60: "the program of Tripartite Military Cooperation for the year 2021 was signed" is an instrument signed', () => {
    expect(initiatives('Signing\n\nThereupon, a meeting was held between the delegations and the program of Tripartite Military Cooperation for the year 2021 was signed.\n')).toHaveLength(1);
  });
  it('round 61: attachés and desk officers with ranks are titled, and those "also present during the meeting" take part', () => {
    const text =
      'Courtesy call\n\nThe delegation paid a courtesy call on the State Minister of Defence today.\n\n' +
      'Assistant Defence Attaché in the U.S. Embassy Mr. Seth Nevins, U.S. South Asia Desk Officer Lt. Col. Christian Mitchell and Sri Lankan Defence Ministry’s Senior Assistant Secretary (Defence) Mr. Harsha Withanarachchi were also present during the meeting.\n';
    expect(names(text)).toEqual(expect.arrayContaining(['Seth Nevins', 'Christian Mitchell', 'Harsha Withanarachchi']));
    expect(names('Agreement\n\nThe agreement was signed by Minister of National Defence Juozas Olekas and vice-president of the association Robertas Jurgelaitis.\n')).toEqual(['Juozas Olekas', 'Robertas Jurgelaitis']);
  });
  it('round 61: « en violations claire des conventions » is a violation named; thanks « pour son appel au cessez-le-feu » are for another\'s call', () => {
    expect(condemned('Rencontre\n\nLe Président a évoqué les revenus fiscaux de l’Autorité Palestinienne détenus toujours par Israël, en violations claire des conventions et traités internationaux.\n')).toBe(1);
    expect(condemned('Appel\n\nLe Président a remercié le Président français Macron pour son appel au cessez-le-feu et à la fourniture de l\'aide humanitaire.\n')).toBe(0);
  });
  it('round 61: an invitation "to the Republic of Kazakhstan", a trip "left for Moscow to participate in the meeting of …" (placed in Moscow) and "a M.O.U" signed are initiatives', () => {
    const one = (sentence: string) => initiatives(`Talks\n\nThe ministers met today.\n\n${sentence}\n`).length;
    expect([
      one('At the end of the meeting, Ruslan Zhaksilikov invited his colleague Suren Papikyan to the Republic of Kazakhstan.'),
      one('The Minister and the Deputy Minister of Foreign Affairs of the Republic of Uzbekistan signed a M.O.U to establish diplomatic relations.'),
      one('He invited his colleague to the conference on the economy of the region.'),
    ]).toEqual([1, 1, 0]);
    const trip = extract('Defense Minister leaves for Moscow\n\nAzerbaijani Defense Minister Zakir Hasanov left for Moscow to participate in the meeting of the Council of Defense Ministers of the CIS Member States.\n');
    expect(trip.initiatives).toHaveLength(1);
    expect(trip.meeting.location).toBe('Moscow');
  });
  it('round 61: a Mongolian initial written onto the name ("U.Enkhtuvshin", "Kh.Battulga")', () => {
    expect(extract('Visit\n\nGerman Defense Minister Ursula von der Leyen was received by Deputy Prime Minister of Mongolia U.Enkhtuvshin.\n').participants.map((p) => [p.name, p.title])).toContainEqual(['U.Enkhtuvshin', 'Deputy Prime Minister of Mongolia']);
  });
  it('round 62: a name never runs across a blank line ("Direction : DICoD" ⏎⏎ "Florence Parly, …"); « X, ministre des Armées s’est entretenu » titles X', () => {
    expect(names('Déplacement\n\nMise à jour  : 10/03/2020 - Auteur : La Rédaction - Direction : DICoD\n\nFlorence Parly, ministre des Armées, s’est rendue au Bangladesh les 8 et 9 mars.\n')).toContain('Florence Parly');
    expect(extract('Entretien\n\nSébastien Lecornu, ministre des Armées s’est entretenu par téléphone avec Khaled bin Salman bin Abdulaziz Al-Saoud, ministre de la Défense du Royaume d’Arabie Saoudite.\n').participants.map((p) => [p.name, p.title])).toContainEqual(['Sébastien Lecornu', 'ministre des Armées']);
  });
  it('round 62: "DUBAI (Somalilandsun) –" is a news site after the city; a place after "in" among those present is no person', () => {
    expect(extract('Visit\n\nDUBAI (Somalilandsun) – The Minister of Foreign Affairs, Dr. Mohamed Abdillahi Omar, arrived in Dubai yesterday as part of an official visit to the United Arab Emirates, and will meet the State Minister for Foreign Affairs of the UAE.\n').meeting.location).toBe('Dubai');
    const people = names('SG calls on Foreign Secretary\n\nThe Secretary-General called on H. E. Ms. Sujatha Singh, Foreign Secretary of India, in New Delhi today.\n\nMs. Sripriya Ranganathan, Joint Secretary, SAARC Division at the Ministry of External Affairs in New Delhi and Mrs. L. Savithri, Director, SAARC Secretariat, were also present at the meeting.\n');
    expect(people).not.toContain('New Delhi');
    expect(people).not.toContain('SAARC Division');
  });
  it('round 63: "will be hosting the next chemical spill exercise in 2025" is a meeting to come; a possessive country places nothing; « demande instamment à la communauté internationale » calls on friends', () => {
    expect(initiatives('Joint Press Statement\n\nThe Ministers met in Johor Bahru on 26 November 2024.\n\nSingapore will be hosting the next chemical spill exercise in 2025.\n')).toHaveLength(1);
    expect(extract('Minister meets IGAD Envoy\n\nThe Minister of Foreign Affairs met the IGAD Special Envoy. Both parties acknowledged the role played by IGAD in South Sudan’s transition towards stability.\n').meeting.location).toBeNull();
    expect(condemned('Déclaration du Bureau\n\nIl demande instamment à la communauté internationale, en particulier le Conseil de sécurité et le Quatuor, de tout mettre en œuvre pour faire cesser les violences et lever le blocus de la bande de Gaza.\n')).toBe(0);
  });
  it('round 64: two-word ranks and "(Retd)" title a name ("Major General (Retd) Amir Eshel"), "Raksha Mantri" is an office, post-nominals "CON mni" are no name', () => {
    const people = (text: string) => extract(text).participants.map((p) => [p.name, p.title]);
    expect(people('India, Israel agree to form Task Force\n\nThe meeting was co-chaired by Defence Secretary Dr Ajay Kumar and the Director General of the Israel’s Ministry of Defence, Major General (Retd) Amir Eshel.\n')).toEqual([
      ['Ajay Kumar', 'Defence Secretary'],
      ['Amir Eshel', 'Major General'],
    ]);
    expect(people('Bilateral talks\n\nRaksha Mantri Rajnath Singh held a bilateral meeting with the Minister of Defence of Russia Sergei Shoigu in New Delhi on April 28, 2023.\n')).toContainEqual(['Rajnath Singh', 'Raksha Mantri']);
    expect(names('Nigeria signs MoU\n\nThe delegation visited the office of the Honourable Minister of Defence H.E. Mohammed Badaru Abubakar CON mni before the signing ceremony.\n')).toContain('Mohammed Badaru Abubakar');
  });
  it('round 64: an organisation in capitals closes an office ("Secretary General of PABSEC Asaf Hajiyev", "Chairperson of the IPA CIS Council Valentina Matvienko"); "MPs X" titles X', () => {
    const people = (text: string) => extract(text).participants.map((p) => [p.name, p.title]);
    expect(people('IPA CIS and PABSEC sign Cooperation Agreement\n\nChairperson of the IPA CIS Council Valentina Matvienko signed the Agreement on the part of the IPA CIS. On the part of PABSEC, the Agreement was signed by Secretary General of PABSEC Asaf Hajiyev.\n')).toEqual([
      ['Valentina Matvienko', 'Chairperson of the IPA CIS Council'],
      ['Asaf Hajiyev', 'Secretary General of PABSEC'],
    ]);
    expect(names('President of the Parliament talks with the Czech Foreign Minister\n\nPresident of the Parliament of Montenegro Mr Ivan Brajović met Minister of Foreign Affairs of the Czech Republic Mr Tomáš Petříček.\n\nMPs Predrag Sekulić and Boris Mugoša attended the meeting.\n')).toContain('Predrag Sekulić');
  });
  it('round 64: speech without quotation marks closed by "…, said X, during her meeting with Y, in Athens" places the meeting; a standfirst "First Minister meets Taoiseach in Dublin." does too', () => {
    expect(extract('Speaker meets Speaker\n\nGeorgia is an important cooperation partner of Latvia. We continue to stand firm in our support for the sovereignty and territorial integrity of Georgia. Taking this path requires fierce determination, said Ināra Mūrniece, Speaker of the Saeima, during her meeting with Kakhaber Kuchava, Speaker of the Parliament of Georgia, in Athens, Greece on Friday, 22 October.\n').meeting.location).toBe('Athens');
    expect(extract('Strengthening links between Scotland and Ireland\n\nFirst Minister meets Taoiseach in Dublin.\n\nScotland and Ireland share a long-standing history, First Minister Nicola Sturgeon said today.\n\nThe First Minister was speaking following a meeting with the Taoiseach Leo Varadkar to discuss the future of Scottish-Irish relations.\n').meeting.location).toBe('Dublin');
  });
  it('round 64: "She said:" on its own line gives the quotation to the speaker of the latest "said", not to the person named last', () => {
    expect(quotes('Strengthening links between Scotland and Ireland\n\nScotland and Ireland share a long-standing history, First Minister Nicola Sturgeon said today.\n\nThe First Minister was speaking following a meeting with the Taoiseach Leo Varadkar.\n\nShe said:\n\n“Today’s visit highlighted the benefits of EU membership for Ireland.\n\n“There is much common ground.”\n')).toEqual([['Nicola Sturgeon', 'Today’s visit highlighted the benefits o']]);
  });
  it('round 65: post-nominals of the islands and devolved legislatures (MHK, AM), "Deputy" before a name, and a list item before "to discuss"', () => {
    expect(names('Chief Minister meets with senior figures in Jersey\n\nThe Chief Minister Alfred Cannan MHK is in Jersey to discuss issues of mutual interest.\n\nLed by Jersey Chief Minister Deputy Lyndon Farnham, the Isle of Man delegation is meeting with Ministers Ian Gorst, Elaine Millar and Sam Mézec to discuss a range of topics.\n')).toEqual([
      'Alfred Cannan',
      'Lyndon Farnham',
      'Ian Gorst',
      'Elaine Millar',
      'Sam Mézec',
    ]);
    expect(extract('Minister gives Brexit update\n\nToday Robin Walker, Minister for Exiting the EU, hosted the Chief Ministers.\n\nThe Crown Dependencies were represented by the Chief Minister of Jersey, Senator Ian Gorst, the Chief Minister to the Bailiwick of Guernsey, Deputy Gavin St Pier, and the Chief Minister of the Isle of Man, Howard Quayle MHK.\n').participants.map((p) => p.name)).toEqual(['Robin Walker', 'Ian Gorst', 'Gavin St Pier', 'Howard Quayle']);
    expect(names('Written Statement - Joint Ministerial Committee\n\nThe Rt Hon Carwyn Jones AM, First Minister of Wales\n\nAt a meeting of the Joint Ministerial Committee on 16 October 2013, a revised Memorandum of Understanding was agreed.\n')).toEqual(['Carwyn Jones']);
  });
  it('round 65: an instrument "was agreed", themes "captured in a joint statement published today"; a subheading ("Next summit meeting") is no initiative', () => {
    expect(initiatives('Written Statement\n\nAt a meeting of the Joint Ministerial Committee (Plenary) on 16 October 2013, a revised inter-governmental Memorandum of Understanding was agreed between the UK Government, the Scottish Ministers, the Welsh Ministers and the Northern Ireland Executive Committee.\n')).toHaveLength(1);
    expect(initiatives('Minister gives Brexit update\n\nToday the Minister hosted the Chief Ministers.\n\nThe main themes from the latest inter-ministerial meeting are captured in a joint statement published today.\n')).toEqual(['The main themes from the latest inter-ministerial meeting are captured in a joint statement published today.']);
    expect(initiatives('Chief Minister attends British-Irish Council summit\n\nThe Chief Minister attended the summit today.\n\nNext summit meeting\n\nThe Council noted that the next BIC Summit would be hosted by the Welsh Government.\n')).toEqual(['The Council noted that the next BIC Summit would be hosted by the Welsh Government.']);
  });
  it('round 65: « La Commission mixte … s’est ouverte jeudi à Accra » places the session; ‘…’, a déclaré M. X is a quotation; "had several scheduled meetings" dates the meetings', () => {
    const togo = extract('4e session de Commission mixte Togo-Ghana à Accra\n\nLa Commission mixte Togo-Ghana s’est ouverte jeudi à Accra. La délégation togolaise est dirigée par le ministre des Affaires étrangères Robert Dussey.\n\n‘Cette 4e session de la Commission mixte reflète l’engagement de nos deux pays à développer une coopération qui favorise le développement de nos deux peuples’, a déclaré M. Dussey à l’ouverture des travaux.\n');
    expect(togo.meeting.location).toBe('Accra');
    expect(togo.quotes.map((q) => [q.speaker, q.text])).toEqual([['Robert Dussey', 'Cette 4e session de la Commission mixte reflète l’engagement de nos deux pays à développer une coopération qui favorise le développement de nos deux peuples']]);
    expect(extract('Premier Farrell Continues Key Meetings in the UK\n\nOn Friday November 17, 2023, Premier, Hon. Joseph E. Farrell and the Deputy Premier, Dr. the Hon. Samuel Joseph had several scheduled meetings in the United Kingdom focusing on Youth, Education and Trade.\n').meeting.date).toBe('2023-11-17');
  });
  it('round 65: "attended a bilateral meeting with", "a courtesy call on Prime Minister …" under a city dateline are talks held: readouts', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Prime Minister meets with French Overseas Minister Carenco\n\nSINT MAARTEN (PHILIPSBURG) - Prime Minister and Minister of General Affairs, Silveria Jacobs attended a bilateral meeting with the delegation of officials on French Saint Martin, as part of monthly discussions between both sides of the island.\n')).toBe('readout');
    expect(kind('Further Cooperation between Jamaican and Cayman\n\nKINGSTON, Jamaica – Attempts are being made to deepen cooperation between Jamaica and the Cayman Islands, following a courtesy call on Prime Minister Bruce Golding at Jamaica House on Tuesday, April 8, by Governor of the Cayman Islands, H.E. Stuart Jack.\n')).toBe('readout');
  });
  it('round 66: "APIA, SAMOA – THURSDAY 16 MARCH 2017:" dates the text; "talked to … Parliament Speakers Pal Schmitt" is a meeting with a named Speaker', () => {
    expect(extract('Tokelau leaders to meet McCully in Apia tomorrow\n\nAPIA, SAMOA – THURSDAY 16 MARCH 2017: The Council of the Ongoing Government of Tokelau, led by Ulu o Tokelau, Siopili Perez will meet New Zealand’s Foreign Affairs Minister, Mr Murray McCully in Apia tomorrow.\n').meeting.date).toBe('2017-03-17');
    const limassol = extract('Serbian and Hungarian Parliament Speakers Meet\n\nSaturday, 12 June 2010\n\nToday in Limassol (Cyprus), the Speaker of the National Assembly of the Republic of Serbia Prof. Dr Slavica Djukic-Dejanovic talked to Hungarian Parliament Speakers Pal Schmitt.\n');
    expect([limassol.meeting.date, limassol.meeting.location]).toEqual(['2010-06-12', 'Limassol']);
    expect(limassol.participants.map((p) => p.name)).toEqual(['Slavica Djukic-Dejanovic', 'Pal Schmitt']);
  });
  it('round 66: "X departed for Macau today" names a participant; « Cette réunion fait suite à l’entretien tenu le 17 février dernier, entre … » names none, and « ont convenu de l’approfondir » is no initiative', () => {
    expect(names('CS departs for Macau\n\nDecember 05, 2017\n\nMatthew Cheung departed for Macau today to visit the city for the first time since becoming Chief Secretary.\n')).toEqual(['Matthew Cheung']);
    const rabat = extract("Réunion de travail à Paris\n\nLe ministre de l'Intérieur, Mohamed Hassad, a tenu mercredi à Paris une réunion de travail avec son homologue français, Bernard Cazeneuve.\n\nCette réunion fait suite à l'entretien tenu le 17 février dernier, entre le roi Mohammed VI et le président français, François Hollande, lors duquel les deux chefs d'Etat se sont félicités de la coopération dans le domaine de la sécurité et ont convenu de l'approfondir davantage en explorant toutes les nouvelles pistes de coopération possibles.\n");
    expect(rabat.participants.map((p) => p.name)).toEqual(['Mohamed Hassad', 'Bernard Cazeneuve']);
    expect(rabat.initiatives).toEqual([]);
  });
  it('round 66: a nickname in quotation marks ("Joko “Jokowi” Widodo") is the same person as "President Jokowi", who speaks the quotation; "Timor Leste" is a country', () => {
    const bogor = extract('Indonesia, Timor Leste Agree on Five Cooperation Agreements\n\nBogor, MINA – The agreement was made during a meeting between President Joko “Jokowi” Widodo and Prime Minister (PM) Taur Matan Ruak, at the Bogor Presidential Palace on Monday.\n\nIn his press statement after the meeting, President Jokowi revealed that the meetings between Indonesian and Timor Leste leaders reflected a commitment.\n\n“I still remember His Majesty’s visits to Indonesia in 2014 and 2015 as President of Timor Leste,” said the President.\n');
    expect(bogor.participants.map((p) => p.name)).toEqual(['Joko “Jokowi” Widodo', 'Taur Matan Ruak']);
    expect(bogor.quotes.map((q) => q.speaker)).toEqual(['Joko “Jokowi” Widodo']);
  });
  it('round 67: "LtC" is a rank, "DBE" a post-nominal, a Directorate an office; "have signed today a defense and military Plan of bilateral cooperation" is an initiative; a workshop is no person', () => {
    const montenegro = extract('Signed a Plan of bilateral cooperation with the Republic of Slovenia\n\nHead of the Directorate for International Cooperation LtC Velibor Bakrač and the Slovenian Defense Advisor have signed today a defense and military Plan of bilateral cooperation for 2017. between the Ministries of Defense of Montenegro and the Republic of Slovenia.\n');
    expect(montenegro.participants.map((p) => [p.name, p.title])).toEqual([['Velibor Bakrač', 'Head of the Directorate for International Cooperation']]);
    expect(montenegro.initiatives).toHaveLength(1);
    expect(names('Leaders of major regional organisations meet\n\nThe Secretary General of the Pacific Islands Forum, Dame Meg Taylor DBE, met the Secretary General of PIDF, Amena Yauvoli, in Suva this morning.\n')).toContain('Meg Taylor');
    expect(names('SPREP and Griffith University sign formal agreement\n\nThe agreement was signed by Ms Netatua Pelesikoti, Director of Climate Change at SPREP, at the beginning of the Pacific iCLIM Project Inception Workshop hosted in Brisbane.\n')).not.toContain('Project Inception Workshop');
  });
  it('round 67: "demanded the removal of unfair restrictive measures imposed by the European Union" asks a third party to withdraw them', () => {
    expect(condemned('Prime Minister Kurti met the EU High Representative\n\nThe Prime Minister also demanded the removal of unfair restrictive measures imposed by the European Union.\n')).toBe(1);
    expect(condemned('Meeting\n\nThe delegate demanded the removal of the item from the agenda.\n')).toBe(0);
  });
  it('rounds 64 and 67: a signatory "on the part of" a body, thanks "for the platform provided to sign the MoU" restate the signing; "it was agreed that … would further exchange ideas" keeps in touch', () => {
    expect(initiatives('IPA CIS and PABSEC sign Cooperation Agreement\n\nAt the end of the meeting, IPA CIS and PASEC signed a Cooperation Agreement.\n\nChairperson of the IPA CIS Council Valentina Matvienko and Secretary General of the IPA CIS Council Alexey Sergeev signed the Agreement on the part of the IPA CIS.\n')).toHaveLength(1);
    expect(initiatives('Nigeria signs MoU with Egypt\n\nThe Government of Nigeria and Egypt have signed a Memorandum of Understanding to deepen defence industry cooperation.\n\nEarlier the leader of the delegation, Major General Walid Hamouda, expressed appreciation for the platform provided to sign the MoU.\n')).toHaveLength(1);
    expect(initiatives('Minister meets Korean counterpart\n\nMinister Cao Jianlin met Minister Yoon Ho Lee at MOST.\n\nIt was agreed that China and the ROK would further exchange ideas to jointly promote extensive and in-depth cooperation.\n')).toEqual([]);
    expect(initiatives('Minister meets Korean counterpart\n\nMinister Cao Jianlin met Minister Yoon Ho Lee at MOST.\n\nIt was agreed that the next meeting of the joint committee would be held in Seoul in 2009.\n')).toHaveLength(1);
  });
  it('round 68: "Right Honourable X" without the article; « à Paris de Lucien Marie Noël Bembamba » is a visit of Bembamba’s; "in St. Maarten" places no "St"', () => {
    expect(names('Kenya and United Kingdom agree\n\nIn a document signed by Dr. Monica Juma, Kenya’s Defence Cabinet Secretary and Right Honourable Ben Wallace, the UK Secretary of State for Defence, the two countries agreed on strategic priorities.\n')).toContain('Ben Wallace');
    expect(names("La France adhère à la Facilité africaine de soutien juridique\n\nLa convention a été signée par le ministre délégué Pascal Canfin lors de la visite à Paris de Lucien Marie Noël Bembamba, ministre des Finances du Burkina Faso.\n")).toContain('Lucien Marie Noël Bembamba');
    expect(names('Visite\n\nLe président a reçu Maria de Fátima Lopes Silva, ministre des Affaires étrangères du Cap-Vert.\n')).toContain('Maria de Fátima Lopes Silva');
    expect(extract('Successful policy dialogue on foreign affairs\n\nThe consultations took place in St. Maarten, and the Director was assisted by colleague Peter Davidse, Legal Advisor of the Department of Foreign Affairs.\n').meeting.location).toBeNull();
  });
  it('round 68: "will visit Tallinn and meet with Estonian Prime Minister …", "will also meet with Speaker of …" and a meeting "scheduled to take place tomorrow" are meetings to come', () => {
    expect(initiatives('Prime Minister Marin to visit Tallinn\n\nOn Monday 7 March, Prime Minister Sanna Marin will visit Tallinn and meet with Estonian Prime Minister Kaja Kallas.\n\nDuring her visit, Prime Minister Marin will also meet with Speaker of the Estonian Parliament Jüri Ratas.\n')).toHaveLength(2);
    expect(initiatives('Prime Minister meets Dutch Minister\n\nThe Prime Minister met the Minister of Foreign Affairs today.\n\nA kingdom consultation meeting on foreign affairs is scheduled to take place tomorrow Tuesday, November 24.\n')).toHaveLength(1);
    expect(initiatives('Minister to visit Jordan\n\nThe Minister will visit the region. While in the region, he will also meet with the defence and security community in Jordan.\n')).toEqual([]);
  });
  it('round 69: « Après la 3è Reunion extraordinaire tenue le 18 Mai 2018, … a tenu … le 05 Octobre 2018 » dates the later meeting; "Professeur" is an honorific; a headline’s "Held" is no name; "confirmed his invitation … to visit Russia" is an initiative', () => {
    const lome = extract("13è réunion ordinaire du Conseil des Ministres à Lomé le 05 Octobre 2018\n\nAprès la 3è Reunion extraordinaire tenue le 18 Mai 2018, le Conseil des Ministres du Conseil de l’Entente a tenu sa première réunion statutaire pour l'année 2018,le 05 Octobre 2018 à Lomé.\n\nCette réunion a été présidée par Son Excellence Professeur Robert Dussey, Ministre des Affaires Etrangères.\n");
    expect([lome.meeting.date, lome.meeting.location]).toEqual(['2018-10-05', 'Lomé']);
    expect(lome.participants.map((p) => p.name)).toEqual(['Robert Dussey']);
    const call = extract('President Elbegdorj Held a Telephone Conversation with President Medvedev\n\nPresident Elbegdorj and President Medvedev conversed on phone in July 9, exchanging opinions on issues pertaining to Mongolia-Russia relations.\n\nPresident Medvedev confirmed his invitation to the President Elbegdorj to visit Russia.\n');
    expect(call.participants.map((p) => p.name)).toEqual(['Elbegdorj', 'Medvedev']);
    expect(call.initiatives).toHaveLength(1);
  });
  it('round 70: "his US peer Lloyd Austin" is a counterpart, "directed an invitation to Austin to visit Kuwait" an initiative; "the aggression against our people in Gaza" places no call', () => {
    const kuwait = extract('Kuwaiti Defense Minister, US Counterpart Eye Closer Ties\n\nKUWAIT, March 6 (KUNA) - Kuwait’s Minister of Defense Sheikh Fahad Yusuf Saud Al-Sabah discussed Wednesday, over phone, means of enhancing cooperation with his US peer Lloyd Austin.\n\nThe Kuwaiti minister directed an invitation to Austin to visit Kuwait, it pointed out.\n');
    expect(kuwait.participants.map((p) => p.name)).toEqual(['Fahad Yusuf Saud Al-Sabah', 'Lloyd Austin']);
    expect(kuwait.initiatives).toHaveLength(1);
    expect(extract('Prime Minister holds phone talks with Jordanian King\n\nPrime Minister Mohammed Shia Al-Sudani held a phone call today, Sunday, with His Majesty King Abdullah II of Jordan, during which they discussed the latest developments in the region and the ongoing aggression against our people in Gaza.\n').meeting.location).toBeNull();
    expect(extract('Ministers meet\n\nThe ministers met today in Gaza City to discuss reconstruction.\n').meeting.location).toBe('Gaza City');
  });
  it('round 71: "Representative on Freedom of the Media" is an office; the addressee of a letter ("wrote to Foreign Minister …") is no participant', () => {
    expect(extract('OSCE media freedom representative condemns attack on journalist\n\nVIENNA, 23 July 2015 – OSCE Representative on Freedom of the Media Dunja Mijatović today wrote to Foreign Minister Nikola Poposki in Skopje, calling for a swift and transparent investigation following a recent attack on a journalist in the country.\n').participants.map((p) => [p.name, p.title])).toEqual([['Dunja Mijatović', 'Representative on Freedom of the Media']]);
  });
  it('round 72: an office by its initials ("the CS said") names its holder; "held fruitful discussions with", "held talks in Rabat with his counterpart" and "X and Y … met to discuss" are talks held', () => {
    const kenya = extract('CS Mutua holds discussion with US Ambassador\n\nOn November 2, 2022, Dr. Alfred Mutua, Cabinet Secretary for Foreign and Diaspora Affairs held fruitful discussions with H.E. Meg Whitman, U.S. Ambassador to Kenya.\n\n“We will work closely to grow trade between our countries,” the CS said.\n');
    expect(kenya.quotes.map((q) => q.speaker)).toEqual(['Alfred Mutua']);
    expect(kenya.meeting.kind).toBe('readout');
    expect(extract('Morocco, Guinea-Bissau Discuss Cooperation\n\nMinister of Foreign Affairs Nasser Bourita, on Wednesday held talks in Rabat with his Bissau-Guinean counterpart, Suzi Carla Barbosa, which focused on the means to develop bilateral cooperation.\n\nMorocco is a long-standing partner of Guinea Bissau, he added.\n').meeting.kind).toBe('readout');
    expect(extract('President of Guyana and the President of Guatemala\n\nOn this day, March 3rd, 2022, His Excellency Mohamed Irfaan Ali, President of the Co-operative Republic of Guyana, and His Excellency Alejandro Giammattei Falla, President of the Republic of Guatemala, met to discuss shared issues of trade, investment, and climate change.\n\nThe two Presidents recognised the importance of working together.\n').meeting.kind).toBe('readout');
  });
  it('round 72: a meeting that "will be held" under a title "to attend" is announced; "will visit Oslo on 4 September" places it; a lone "Strasbourg ," line and "Doha, HE Minister …" are datelines', () => {
    const informal = extract('Minister for Foreign Affairs Haavisto to attend Informal Meeting of EU Foreign Ministers\n\nOn 23 March 2020, the Informal Meeting of EU Foreign Ministers will be held as a video conference. Finland will be represented by Minister for Foreign Affairs Pekka Haavisto.\n\nForeign ministers will discuss international actions to respond to the coronavirus situation.\n');
    expect([informal.meeting.kind, informal.meeting.date]).toEqual(['news-release', '2020-03-23']);
    const oslo = extract('Minister for Foreign Affairs Haavisto to visit Norway\n\nMinister for Foreign Affairs Pekka Haavisto will visit Oslo on 4 September and hold discussions with Minister of Foreign Affairs of Norway Ine Eriksen Søreide.\n\nThe Foreign Ministers will discuss topical EU matters.\n');
    expect(oslo.meeting.location).toBe('Oslo');
    expect(oslo.initiatives).toHaveLength(1);
    expect(extract('Jagland meets Leonetti\n\nStrasbourg ,\n\nYesterday the Secretary General received the French Minister responsible for European Affairs, Jean Leonetti.\n').meeting.location).toBe('Strasbourg');
    expect(extract('Minister of State Meets UK Minister\n\nDoha, HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi met today with HE Lord Tariq Ahmed, who is visiting the country.\n').meeting.location).toBe('Doha');
    // Not a visitor's other stop, nor a word that is no place.
    expect(placeOf('Visit\n\nI will meet with Mr Wetang’ula in Perth today. Mr Wetang’ula will also visit Melbourne and Canberra.\n')).toBe('Perth');
    expect(placeOf('Meeting\n\nYesterday,\n\nThe ministers met and discussed trade between their countries at length, with many officials present.\n')).toBeNull();
  });
  it('round 72: agreements "inked", meetings the author "will join … on 4 and 5 September", an agreement that "can be finalized shortly" and an embassy "scheduled to be opened" are initiatives; "agreed on the importance of a strong partnership" is not', () => {
    expect(initiatives('Talks\n\nFollowing these talks, the two ministers inked four cooperation agreements in the fields of industry, tourism and transport.\n')).toHaveLength(1);
    expect(initiatives('Minister to visit Malaysia\n\nMinister Balakrishnan will join Deputy Prime Minister Teo’s meetings in Kuala Lumpur and Putrajaya on 4 and 5 September 2018.\n')).toHaveLength(1);
    expect(initiatives('Virtual meeting\n\nForeign Minister Gunawardena stated that the proposed investment promotion agreement between the countries can be finalized shortly.\n')).toHaveLength(1);
    expect(initiatives('Guatemala to open Embassy\n\nVice Minister Ramírez is visiting Guyana to conduct preliminary work on the establishment of a Diplomatic Mission in Guyana, which is scheduled to be opened in the third quarter of 2023.\n')).toHaveLength(1);
    expect(initiatives('Presidents meet\n\nPresident Ali and President Giammattei agreed on the importance of a strong partnership in agriculture, particularly in assisting Guyana to revitalise the sugar industry.\n')).toEqual([]);
    expect(initiatives('Presidents meet\n\nThe ministers agreed in Brussels a new Action Plan.\n')).toHaveLength(1);
    expect(initiatives('Talks\n\nI think the link between the two agreements is clear.\n')).toEqual([]);
  });
  it('round 72: "… must be stopped immediately", no one named, calls for a stop', () => {
    expect(condemned('Telephone Talk\n\nThe two ministers then shared the view that the continued bloodshed of the people of Myanmar must be stopped immediately.\n')).toBe(1);
    expect(condemned('Telephone Talk\n\nWe must be stopped by nothing in our work for peace.\n')).toBe(0);
  });
  it('round 72: an office held "at the Foreign Office" before the name is the title ("… at the United Kingdom’s Foreign, Commonwealth and Development Office Lord Tariq Ahmed"); "held at the Foreign Office Secretary X" keeps its own', () => {
    const mentions = (text: string) => bodyPersonMentions(importText(text)).map((m) => [m.name, m.title]);
    expect(mentions('Talks\n\nThe minister met today with Minister of State for the Middle East at the United Kingdom’s Foreign, Commonwealth and Development Office Lord Tariq Ahmed, who is visiting the country.\n')).toContainEqual(['Tariq Ahmed', 'Minister of State for the Middle East at the United Kingdom’s Foreign, Commonwealth and Development Office']);
    expect(names('Talks\n\nDoha, HE Minister of State Dr. Mohammed Al Khulaifi met today with Minister of State at the Foreign Office Lord Tariq Ahmed, who is visiting the country.\n')).toContain('Tariq Ahmed');
    expect(mentions('Talks\n\nThe talks were held at the Foreign Office Secretary James Cleverly said.\n')).toContainEqual(['James Cleverly', 'Foreign Office Secretary']);
    expect(mentions('Talks\n\nHe met at the Palace John Smith yesterday.\n')).toContainEqual(['John Smith', null]);
  });
  it('round 73: "will tomorrow meet" announces a meeting, and "“I look forward to meeting with Secretary General Puna”" after it restates it; the Cook Islands are a country', () => {
    const albanese = extract('PACIFIC ISLANDS FORUM: AN ENDURING COMMITMENT\n\nPrime Minister Anthony Albanese will tomorrow meet Mr Henry Puna, the Secretary General of the Pacific Islands Forum, in Canberra.\n\nThis meeting follows the Prime Minister’s discussions with Forum Chair, Cook Islands Prime Minister Mark Brown, last month.\n\nPrime Minister Albanese said:\n\n“I look forward to meeting with Secretary General Puna and discussing our shared approach to regional peace.”\n');
    expect(albanese.meeting.kind).toBe('news-release');
    expect(albanese.initiatives.map((i) => i.text.slice(0, 40))).toEqual(['Prime Minister Anthony Albanese will tom']);
    expect(albanese.participants.map((p) => p.name)).not.toContain('Cook Islands');
    // Someone not announced is another meeting.
    expect(initiatives('Visit\n\nThe Minister will tomorrow meet Mr Henry Puna in Canberra.\n\n“I look forward to meeting Minister Wong next month.”\n')).toHaveLength(2);
  });
  it('round 73: "Doha: HE Minister …" is a dateline; "Minister of Health and Population of the Arab Republic of Egypt Dr. X" is an office; a city’s country ("in Hiroshima, Japan") is no issuer', () => {
    const qatar = extract('Minister of State Meets Egypt’s Minister of Health\n\nDoha: HE Minister of State for International Cooperation at the Ministry of Foreign Affairs Lolwah bint Rashid Al Khater met on Thursday with HE Minister of Health and Population of the Arab Republic of Egypt Dr. Khaled Abdel Ghaffar. During the meeting, they discussed bilateral relations. HE the Minister of State voiced the State of Qatar’s thanks for the cooperation.\n');
    expect(qatar.meeting.location).toBe('Doha');
    expect(qatar.participants.map((p) => [p.name, p.country])).toEqual([
      ['Lolwah bint Rashid Al Khater', 'Qatar'],
      ['Khaled Abdel Ghaffar', 'Egypt'],
    ]);
    const trudeau = extract('Prime Minister Justin Trudeau meets with Prime Minister of the Cook Islands Mark Brown\n\nToday, Prime Minister Justin Trudeau met with the Prime Minister of the Cook Islands, Mark Brown, on the margins of the G7 Summit in Hiroshima, Japan.\n\nPrime Minister Trudeau underscored Canada’s commitment to expanding engagement in the Pacific Islands region.\n');
    expect(trudeau.participants.map((p) => [p.name, p.country])).toEqual([
      ['Justin Trudeau', 'Canada'],
      ['Mark Brown', 'Cook Islands'],
    ]);
  });
  it('round 73: "called for strongly avoiding actions", "Egypt’s full rejection of" are condemnations; "called for avoiding duplication" is not', () => {
    expect(condemned('Call\n\nThe State Secretary called for strongly avoiding actions that threaten security and peace in Europe.\n')).toBe(1);
    expect(condemned('Call\n\nFM Shoukry emphasized Egypt’s full rejection of the use of internationally prohibited weapons in Syrian territories.\n')).toBe(1);
    expect(condemned('Call\n\nThe ministers called for avoiding duplication in their work.\n')).toBe(0);
  });
  it('round 73: a named meeting "to take place in … in Suva" or "next month" is one, also "followed" after another; whoever a welcomed statement is "from" is no participant; a courtesy call is in person', () => {
    const pif = extract('Statement by the Chair of the Pacific Islands Forum\n\nI welcome the statement from His Excellency David Panuelo, President of the Federated States of Micronesia, on the temporary suspension of its withdrawal.\n\nForum Leaders will meet in a Special Leaders Retreat next month to collectively discuss next steps. This meeting will be followed by a face-to-face Forum Leaders Meeting to take place in the middle of the year in Suva, Fiji.\n');
    expect(pif.participants).toEqual([]);
    expect(pif.initiatives).toHaveLength(2);
    expect(initiatives('Secretary of State meets Tánaiste\n\nWe agreed on the importance of a close relationship. This will be reaffirmed by the first UK-Ireland Summit next month between the Prime Minister and Taoiseach.\n')).toHaveLength(1);
    expect(initiatives('Call\n\nThey discussed the G20 Summit next month.\n\nThe Summit next month will be important.\n')).toEqual([]);
    expect(placeOf('Philippines Ambassador pays courtesy call on CS Mutua\n\nCabinet Secretary Dr. Alfred Mutua was honored to host the Philippines Ambassador to Kenya H.E. Marie Charlotte Tang when she paid a courtesy call on him at his office in Nairobi on February 14, 2023.\n')).toBe('Nairobi');
  });
  it('round 74: "Published On: 24 April 2024" is no place; "20 October 2020" over "Nemba — …" places the meeting; a phone contact, "discussed with his counterpart" and "At his meeting in Vienna with the Minister" are talks held', () => {
    expect(placeOf('Foreign Minister receives Bahraini counterpart\n\nPublished On: 24 April 2024\n\nForeign Minister Sayyid Badr Albusaidi received this morning Dr Abdullatif bin Rashid Al Zayani, Foreign Minister of the Kingdom of Bahrain, during his official visit to Oman.\n')).toBeNull();
    expect(placeOf('Rwanda and Burundi Ministers Meet\n\n20 October 2020\n\nNemba — Rwanda’s Minister of Foreign Affairs Dr. Vincent Biruta has on Tuesday met with his Burundian counterpart Ambassador Albert Shingiro at the border.\n')).toBe('Nemba');
    expect(extract('Egypt: FM Phones U.S. State Secretary On Middle East Developments\n\n15 April 2024\n\nForeign Minister Sameh Shoukry on Sunday made a phone contact with US Secretary of State Antony Blinken, Spokesman for the Foreign Ministry Ahmed Abu Zeid said in a statement.\n').meeting.kind).toBe('readout');
    expect(extract('Moldovan diplomacy head discusses with Romanian counterpart\n\nChisinau, 17 March /MOLDPRES/ - Foreign Affairs Minister Nicu Popescu on 16 March discussed with his Romanian counterpart Bogdan Aurescu the regional security situation.\n').meeting.kind).toBe('readout');
    expect(extract('Foreign Minister Urmas Paet discussed the security situation in Ukraine\n\nAt his meeting in Vienna with the Minister of Foreign Affairs of Ukraine Andrii Deshchytsia, Foreign Minister Urmas Paet said that Estonia considers stabilising the security situation in Ukraine to be of utmost importance.\n').meeting.kind).toBe('readout');
  });
  it('round 74: "is due to host the 33rd Arab Summit on May 16th" and "is moving forward on $20 million of investment" are initiatives; money given "since the beginning of the pandemic" and « engageons à ne pas fournir d’aide financière » are not; "We want Russia to stop …" and "the need for Georgia to avoid …" are condemnations', () => {
    expect(initiatives('Foreign Minister receives Bahraini counterpart\n\nBahrain is due to host the 33rd Arab Summit on May 16th and the Foreign Minister expressed confidence in its success.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Vice President informed the Prime Minister that the United States is moving forward on $20 million of investment over 5 years to strengthen key industries for Jamaica.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nSince the beginning of the pandemic, the United States has donated 618,000 vaccine doses to Jamaica and provided $12.3 million to support its pandemic response.\n')).toEqual([]);
    expect(initiatives("Déclaration\n\nEn outre, nous nous opposons aux changements démographiques forcés et nous engageons à ne pas fournir d'aide financière à la réinstallation de réfugiés si celle-ci n'a pas lieu conformément aux normes du HCR.\n")).toEqual([]);
    expect(condemned('Meeting\n\nPaet said that Ukraine must be able to make its own choices. "We want Russia to stop interfering with Ukraine\'s internal affairs and increasing tensions," Paet said.\n')).toBe(1);
    expect(condemned('Meeting\n\nMr. Sullivan underscored the need for Georgia to avoid becoming an avenue for evasion or backfill.\n')).toBe(1);
    expect(condemned('Meeting\n\nWe want Estonia to remain a close partner.\n')).toBe(0);
  });
  it('round 75: "…, Amir Khan Muttaqi" after an office is a name; "received a call from" is a call, placed by no attack it is about; credentials received are an audience that "took place" somewhere', () => {
    const call = extract('Acting Foreign Minister of Afghanistan calls Foreign Minister Bilawal Bhutto Zardari\n\nForeign Minister Bilawal Bhutto Zardari received a call from the Acting Foreign Minister of the Interim Government of Afghanistan, Amir Khan Muttaqi in the wake of the terrorist attack on the Pakistan Mission in Kabul.\n');
    expect(call.participants.map((p) => p.name)).toEqual(['Bilawal Bhutto Zardari', 'Amir Khan Muttaqi']);
    expect([call.meeting.kind, call.meeting.location]).toEqual(['readout', null]);
    const credentials = extract('African Union Commission Chairperson Receives Letters of Credence of the New Ambassador of Chad\n\nThe Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, on 11 March 2021, received the credentials of H.E. Mr. Mahamat Ali Hassan, the newly appointed Ambassador of the Republic of Chad to Ethiopia. The audience took place at the AU Commission Headquarters in Addis Ababa, Ethiopia.\n');
    expect([credentials.meeting.kind, credentials.meeting.date, credentials.meeting.location]).toEqual(['readout', '2021-03-11', 'Addis Ababa']);
  });
  it('round 75: "signaled their intent to move forward with a U.S.-Norway Memorandum" and "a $65 million security assistance package" are initiatives; a purchase decided "earlier this year" is not; what the efforts a leader is thanked for include is not the authors’ condemnation', () => {
    expect(initiatives('Joint Statement\n\nToday, U.S. Deputy National Security Advisor Daleep Singh and Norwegian Minister Jan Christian Vestre signaled their intent to move forward with a U.S.-Norway Memorandum of Understanding (MOU) Concerning Cooperation on Critical Minerals.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nPresident Biden reiterated our commitment to support Peru’s counternarcotics capabilities through a $65 million security assistance package that includes the planned transfer of nine Black Hawk helicopters.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nPresident Biden also welcomed the Czech decision earlier this year to purchase 24 U.S. F-35s, a $4.5 billion deal that contributes to U.S. jobs.\n')).toEqual([]);
    expect(condemned('Readout\n\nPresident Biden thanked President Mulino for his effort to advance democracy in both Panama and the hemisphere, including Panama’s efforts to mobilize regional support to restore democratic norms in Venezuela and condemn political repression.\n')).toBe(0);
    expect(condemned('Readout\n\nPresident Biden thanked President Mulino for the call. The leaders condemn political repression in Venezuela.\n')).toBe(1);
  });
  it('round 76: a visit looked forward to, a meeting proposed, keeping in touch or acting at a named meeting, cooperation through a named framework and assistance through a named initiative are initiatives; looking forward to meeting the one just announced is not another', () => {
    expect(initiatives('Japan-India Summit Telephone Talk\n\nPrime Minister Modi stated that he is looking forward to his upcoming visit to Japan this year.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Vice President proposed an annual meeting of this group to continue high-level discussions.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThey agreed our governments will stay in close touch, including at the upcoming Summit of the Americas in Los Angeles.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThey looked forward to further strengthening Alliance unity and collective defense at the NATO Summit in Vilnius in July.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThey stand ready to deepen their security and defense cooperation with the United States, including through the Nordic Defense Cooperation framework.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Vice President informed the leaders that the United States will expand our assistance to the Caribbean through the Caribbean Basin Security Initiative (CBSI).\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThey agreed to stay in close touch.\n\nThey looked forward to the AI Safety Summit in November.\n')).toEqual([]);
    expect(initiatives("Talk\n\n4. Foreign Minister Matsumoto stated that he would welcome Foreign Minister Yang in Kyoto on the occasion of the Trilateral Foreign Ministers' Meeting, which is to be held on the 19th of this month. Foreign Minister Yang responded that he was looking forward to meeting Foreign Minister Matsumoto at the upcoming Trilateral Meeting.\n")).toHaveLength(1);
  });
  it('round 77: a term with its acronym (“Free and Open Indo-Pacific (FOIP),”) is no quote; "Dato’ Seri Utama" is a style; a courtesy call "on Malaysian Prime Minister … in Putrajaya today" places the meeting; whose invitation is conveyed is no participant, and the invitation is an initiative', () => {
    expect(quotes('Telephone Talk\n\nMinister Hayashi stated that he would like to strengthen Japan’s cooperation with the Marcos administration toward the realization of a “Free and Open Indo-Pacific (FOIP),” in a way that suits the Strategic Partnership.\n')).toEqual([]);
    const visit = extract('Minister for Foreign Affairs Dr Vivian Balakrishnan’s Meetings With Malaysian Prime Minister Anwar Ibrahim\n\nMinister for Foreign Affairs Dr Vivian Balakrishnan called on Malaysian Prime Minister Dato’ Seri Anwar Ibrahim in Putrajaya, Malaysia today. Minister Balakrishnan also conveyed Prime Minister Lee Hsien Loong’s invitation to Prime Minister Anwar to visit Singapore at the end of the month.\n\nMinister Balakrishnan also met Minister of Defence Dato’ Seri Utama Mohamad Hasan.\n\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n17 JANUARY 2023\n');
    expect(visit.meeting.location).toBe('Putrajaya');
    expect(visit.participants.map((p) => p.name)).toEqual(['Vivian Balakrishnan', 'Anwar Ibrahim', 'Mohamad Hasan']);
    expect(visit.initiatives).toHaveLength(1);
  });
  it('round 78: a wire’s dateline with its agencies in brackets places the meeting; "met with X, the US Special Representative", "included a bilateral meeting between" and "during a visit to Mogadishu by the Foreign Minister" are talks held', () => {
    const hook = extract('UAE Minister of Foreign Affairs, US Special Representative for Iran discuss regional matters\n\nABU DHABI, (UrduPoint / Pakistan Point News / WAM - 28th Jun, 2020) H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, met with Brian Hook, the US Special Representative for Iran and Senior Policy advisor to the Secretary of State, to discuss regional matters of common interest.\n');
    expect([hook.meeting.location, hook.meeting.date, hook.meeting.kind]).toEqual(['Abu Dhabi', '2020-06-28', 'readout']);
    expect(extract('UAE Foreign Minister receives Syrian Foreign Minister\n\nAbu Dhabi [UAE], June 27 (ANI/WAM): Sheikh Abdullah bin Zayed Al Nahyan, UAE’s Minister of Foreign Affairs, received Faisal Mekdad, Minister of Foreign Affairs and Expatriates of Syria, yesterday.\n\nDuring a working dinner, Sheikh Abdullah welcomed the visit of Mekdad and discussed strengthening bilateral ties.\n').meeting.location).toBe('Abu Dhabi');
    expect(extract('Senior officials of Latvia and Lithuania discuss cooperation\n\nOn 27 June 2022, the Lithuanian city of Šiauliai hosted an informal seminar of the Ministries of Foreign Affairs of Latvia and Lithuania, which included a bilateral meeting between the Minister of Foreign Affairs of Latvia, Edgars Rinkēvičs, and the Minister of Foreign Affairs of Lithuania, Gabrielius Landsbergis.\n').meeting.kind).toBe('readout');
    expect(extract('Somalia: Burundi Foreign visits Mogadishu\n\nHis Excellency President Hassan Sheikh Mohamud today praised Burundi as a partner for Somalia.\n\nThe President made his comments during a visit to Mogadishu by the Foreign Minister of Burundi, His Excellency Laurent Kavakure.\n').meeting.kind).toBe('readout');
  });
  it('round 79: plain concern about "Serbian military mobilizations" is about a party’s acts; money requested from Congress is no request to a party; "2025/9/19" is a date; a delegation received and "was received by His Excellency President …" are talks held', () => {
    expect(condemned('Call\n\nHe also expressed concern about Serbian military mobilizations near the Kosovo border.\n')).toBe(1);
    expect(condemned('Call\n\nThey expressed concern about Canadian wildfires this summer.\n')).toBe(0);
    expect(condemned('Call\n\nThe two leaders spoke about President Biden’s commitment to request $500 million from Congress over five years to support the Amazon Fund, as well as efforts to help mobilize up to $1 billion to support the restoration of degraded lands.\n')).toBe(0);
    expect(findDate('2025/9/19')).toMatchObject({ year: 2025, month: 9, day: 19 });
    expect(findDate('2025/13/40')).toBeNull();
    expect(extract('President Touray received a Delegation from EAC\n\nH.E. Dr. Omar Alieu Touray, the President of the ECOWAS Commission, received a Delegation from the East African Community (EAC) led by Hon. Andrea Aguer Arik Malueth, the Deputy Secretary General.\n').meeting.kind).toBe('readout');
    expect(extract('Minister Lamola conveys condolences in Zambia\n\nThe Minister of International Relations and Cooperation, Mr Ronald Lamola, on Sunday concluded a mission to Lusaka.\n\nMinister Lamola was received by His Excellency President Hakainde Hichilema, to whom he conveyed President Ramaphosa’s condolences.\n').meeting.kind).toBe('readout');
  });
  it('round 80: holding a party "to account for its unjustifiable invasion" is a condemnation; agencies that "will initiate a strategic dialogue" make an initiative', () => {
    expect(condemned('Call\n\nThe leaders discussed support for Ukraine, while also holding Russia to account for its unjustifiable invasion of Ukraine.\n')).toBe(1);
    expect(condemned('Call\n\nThe leaders discussed holding elections to account for the views of all.\n')).toBe(0);
    expect(initiatives('Readout\n\nThe Vice President announced that United States and Honduran government agencies will initiate a strategic dialogue on migration.\n')).toHaveLength(1);
  });
  it('round 81: whose initiative the talks were briefed about is no participant; "Pride Month" is no person', () => {
    expect(names('Telephone conversation\n\nForeign Minister Shah Mahmood Qureshi spoke today with Malaysian Foreign Minister Hishamuddin Hussein. Foreign Minister Qureshi briefed the Malaysian Foreign Minister about Prime Minister Imran Khan’s initiative for debt relief.\n')).toEqual(['Shah Mahmood Qureshi', 'Hishamuddin Hussein']);
    expect(names('Readout\n\nVice President Kamala Harris met with Prime Minister Philip Davis of The Bahamas in Nassau. In recognition that June is LGBTQI+ Pride Month, the Vice President underscored the Administration’s commitment.\n')).toEqual(['Kamala Harris', 'Philip Davis']);
  });
  it('round 82: a body’s acronym in brackets inside an office before a comma ("the African Union (AU) Commission, Moussa Faki Mahamat"); a reaction under a city dateline is a statement; "met virtually with" is talks held', () => {
    const faki = extract('Somalia: The Chairperson of the African Union Commission Condemns the Terrorist Attack in Somalia\n\nAddis Ababa — The Chairperson of the African Union (AU) Commission, Moussa Faki Mahamat, condemns in the strongest terms the horrific terrorist attack that killed more than 100 innocent civilians in Mogadishu, Somalia, on 29 October 2022.\n');
    expect(faki.participants.map((p) => [p.name, p.title])).toEqual([['Moussa Faki Mahamat', 'Chairperson of the African Union (AU) Commission']]);
    expect(faki.meeting.kind).toBe('statement');
    expect(names('AMISOM condemns terrorist attack\n\nMogadishu, 22 January 2016- The Special Representative of the Chairperson of the African Union Commission (SRCC) for Somalia, Ambassador Francisco Madeira strongly condemns the attack by terrorist group Al Shabaab.\n')).toEqual(['Francisco Madeira']);
    // Only an acronym is stepped over: "(see annex)" ends the office.
    expect(extract('Visit\n\nThe Minister of the Interior (see annex), Anna Example, met the press.\n').participants.map((p) => p.title)).toEqual(['']);
    expect(extract('Minister opens embassy\n\nAddis Ababa — The Minister of Foreign Affairs, Jane Doe, today opened the new embassy.\n').meeting.kind).toBe('news-release');
    expect(extract('CARICOM FOREIGN MINISTERS ENGAGE US SECRETARY OF STATE ON REGIONAL DEVELOPMENTS\n\nMinisters of Foreign Affairs of the Caribbean Community (CARICOM) met virtually with the Secretary of State of the United States of America, Mr. Antony Blinken, on April 21, 2021. The discussions focussed on the COVID-19 pandemic.\n').meeting.kind).toBe('readout');
  });
  it('round 83: a seminar that "is to take place on 17 and 18 September 2024" is announced (initiative, date, news release); "instruments of cooperation" signed; "in Criminal Matters" is no place; "jointly held a Ministerial Segment of" is talks held; a joint press conference is the meeting’s own; a sentence about what follows "the meeting" does not displace the announced one; "will begin in Washington tomorrow"; smuggling networks are no mechanism; an intent to work towards an agreement', () => {
    const valga = extract('Latvian and Estonian Ministries of Foreign Affairs hold their seminar in Valga County this year\n\nThe Minister of Foreign Affairs of Latvia, Baiba Braže, and the Minister of Foreign Affairs of Estonia, Margus Tsahkna, will open a strategic seminar organised by the Latvian and Estonian Foreign Ministries. The event is being held for the ninth consecutive year and is to take place on 17 and 18 September 2024 in Valga County, Estonia.\n');
    expect([valga.meeting.date, valga.meeting.kind, valga.initiatives.map((i) => i.text.slice(0, 9))]).toEqual(['2024-09-17', 'news-release', ['The event']]);
    expect(initiatives('Readout\n\nThe seminar will take place on 17 September 2024 in Riga.\n')).toHaveLength(1);
    const kenya = extract('Kenya-Mozambique Sign Eight Instruments of Cooperation\n\nThe Cabinet Secretary Dr. Alfred Mutua and his Mozambique counterpart, H.E. Veronica Macamo jointly held a Ministerial Segment of the 2nd Kenya-Mozambique JPCC and signed eight instruments of cooperation in the areas of Transport, Energy, Mutual Legal Assistance in Criminal Matters, Transfer of Sentenced Persons as well as Public Service Training.\n');
    expect([kenya.meeting.location, kenya.meeting.kind, kenya.initiatives.length]).toEqual([null, 'readout', 1]);
    const sweden = extract('Prime Minister to meet new NATO Secretary General and hold joint press conference\n\nPrime Minister Ulf Kristersson will meet with NATO Secretary General Mark Rutte at NATO headquarters in Brussels on Wednesday 16 October. Following the meeting, they will hold a joint press conference.\n\nThe topics for discussion at the meeting will include NATO’s deterrence and defence.\n');
    expect([sweden.meeting.location, sweden.initiatives.map((i) => i.text.slice(0, 15))]).toEqual(['Brussels', ['Prime Minister ']]);
    expect(initiatives('Readout\n\nThey will hold a joint conference on energy security in May.\n')).toHaveLength(1);
    const qatar = extract('The Qatar-US Strategic Dialogue in its Fourth Session Begins in Washington Tomorrow\n\nThe annual strategic dialogue between the State of Qatar and the United States of America will begin in Washington tomorrow in its fourth session, chaired by HE Deputy Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani, and HE Minister of Foreign Affairs of the United States of America Anthony Blinken.\n');
    expect([qatar.meeting.kind, qatar.initiatives.length]).toEqual(['news-release', 1]);
    // Not an outside summit the leaders only look forward to.
    expect(initiatives('Call\n\nThe two leaders looked forward to the summit which will take place between President Trump and Kim Jong-un in Singapore.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThey committed to working even more closely to disrupt people smuggling networks.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThey committed to working closely through a new network of liaison officers.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nOn illegal migration, the leaders discussed their intent to work towards a new and ambitious returns agreement between the UK and Iraq.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe leaders discussed working towards peace.\n')).toEqual([]);
  });
  it('round 84: whose reform agenda a rally supported, under whose reign a country prospers, and who was on an earlier call are no participants (the one met again is, under the fuller name); a standfirst that announces the signing the body’s lead reports; a lunch hosted by a minister; offices for Western Hemisphere Affairs and for Transborder; a dialogue "planned for May"; "jointly commit to … under the Los Angeles Declaration"; White House officials meet elsewhere; a minister’s declaration named after its topic', () => {
    expect(names('Statement\n\nThe Chairperson of the Commission of the African Union, Moussa Faki Mahamat, has learned with shock and dismay of the attack that took place today during a peaceful rally in Addis Ababa in support of Prime Minister Abiy Ahmed\'s reform agenda.\n')).toEqual(['Moussa Faki Mahamat']);
    expect(names('Oman\'s Foreign Minister meets Minister of Foreign Affairs of the UAE\n\nOman\'s Foreign Minister, Sayyid Badr Albusaidi met today in Dubai with His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the United Arab Emirates.\n\nHe also expressed his best wishes to the UAE for further progress and prosperity, under the leadership of His Highness Sheikh Khalifa bin Zayed Al Nahyan, President of the United Arab Emirates.\n')).toEqual(['Badr Albusaidi', 'Abdullah bin Zayed Al Nahyan']);
    expect(names('Readout\n\nThe Task Force met in Washington. The meeting was co-chaired by Björn Seibert, Head of Cabinet of the European Commission President, and under the leadership of Ditte Juul Jørgensen, European Commission Director General for Energy.\n')).toContain('Ditte Juul Jørgensen');
    const cyprus = extract('Foreign Secretary James Cleverly signs new agreement with Cypriot FM for closer UK-Cyprus relations\n\nForeign Secretary James Cleverly will sign new agreement with Cypriot Foreign Minister Kasoulides to enhance UK-Cyprus cooperation.\n\nThe ‘Memorandum of Understanding’ (MOU) will boost collaboration on foreign policy, security, science, climate and trade.\n\nForeign Secretary James Cleverly will meet Foreign Minister Ioannis Kasoulides of the Republic of Cyprus in London today (Tuesday 15 November) to sign a new agreement for closer bilateral relations between the two countries.\n\nAfter the MOU signing, Foreign Minister Kasoulides will attend a lunch hosted by Lord Ahmad, Minister of State for the UN.\n');
    expect([cyprus.meeting.location, cyprus.meeting.kind]).toEqual(['London', 'news-release']);
    expect(cyprus.initiatives.map((i) => i.text.slice(0, 40))).toEqual(['Foreign Secretary James Cleverly will me', 'After the MOU signing, Foreign Minister ']);
    expect(initiatives('Readout\n\nThe Minister will attend a dinner.\n')).toEqual([]);
    expect(names('Readout\n\nMr. Finer was joined by Assistant Secretary Brian Nichols of the Department of State and National Security Council Senior Director for Western Hemisphere Affairs Daniel Erikson.\n')).toEqual(['Brian Nichols', 'Daniel Erikson']);
    expect(initiatives('Readout\n\nDuring the meeting, Mr. Finer thanked Colombia for its leadership on migration issues, including its plans to provide new lawful pathways to reduce irregular migration in the region.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThey intend to provide dozens of tactical air defense systems to Ukraine.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Strategic Dialogue helped further our shared goals in advance of the United States-Colombia High-Level Dialogue in Bogota planned for May.\n')).toHaveLength(1);
    const guatemala = extract('Joint Statement from the United States and Guatemala on Migration\n\nOn May 31, 2023, as follow up to the May 26, 2023 call between President of Guatemala Alejandro Giammattei and Vice President of the United States Kamala Harris, National Security Advisor to the Vice President Dr. Phil Gordon and National Security Council Senior Director for Transborder Katie Tobin led a high-level delegation of White House and State Department officials to meet with President Giammattei and a high-level delegation of Guatemala.\n\nAs a result of this meeting, the two governments jointly commit to take a series of critical steps to humanely reduce irregular migration and expand legal pathways under the Los Angeles Declaration on Migration and Protection.\n');
    expect(guatemala.participants.map((p) => p.name)).toEqual(['Phil Gordon', 'Katie Tobin', 'Alejandro Giammattei']);
    expect(guatemala.meeting.location).toBeNull();
    expect(guatemala.initiatives).toHaveLength(1);
    expect(initiatives('Statement\n\nReaffirming our steadfast commitment to peace, we thank our partners.\n')).toEqual([]);
    expect(names('Syrie/Décès du journaliste Olivier Voisin - Déclaration du ministre des affaires étrangères, M. Laurent Fabius (Paris, 25/02/2013)\n\nJe souhaite exprimer ma très vive émotion suite au décès d\'Olivier Voisin, journaliste et photographe français de grand courage.\n')).toEqual(['Laurent Fabius']);
  });
  it('round 85: a storm is no person; offices of Homeland Security and for Management; heads of the respective delegations keep their own countries; two ministers in a header block; "Minster"; where a minister spoke is no meeting place; an announced Meeting with its date and place; a summit briefed about neither dates the meeting nor is an initiative; a past year’s aid; single-mark paragraphs reopened up to the attribution; a conference that agrees; a named framework worked under; an invitation to dated talks; a body that will reconvene; a declaration agreed at a conference; principles that guide; the one who led earlier meetings', () => {
    expect(names('Aid\n\nAustralia will provide $100,000 to help the people of the Cook Islands recover from the recent devastation of Cyclone Olaf, the Parliamentary Secretary for Foreign Affairs and Trade, Mr Bruce Billson, announced today.\n')).toEqual(['Bruce Billson']);
    expect(extract('Joint statement\n\nThey hosted a U.S. delegation led by Acting Deputy Secretary of Homeland Security Kristie Canegallo and Deputy Secretary of State for Management and Resources Rich Verma.\n').participants.map((p) => p.title)).toEqual(['Acting Deputy Secretary of Homeland Security', 'Deputy Secretary of State for Management and Resources']);
    const dialogue = extract('Media Note\n\nToday, Israel and the United States convened the latest round of their Strategic Dialogue at the State Department in Washington, D.C. Israel’s Minister for Strategic and Intelligence Affairs Yuval Steinitz and Deputy Secretary of State William Burns headed the respective delegations.\n');
    expect(dialogue.participants.map((p) => [p.name, p.country])).toEqual([['Yuval Steinitz', 'Israel'], ['William Burns', 'United States']]);
    const header = extract('REGIONAL AGREEMENT TO COMBAT PEOPLE SMUGGLING\n\nMEDIA RELEASE\n\nMINISTER FOR FOREIGN AFFAIRS\n\nThe Hon Julie Bishop MP\n\nMINISTER FOR IMMIGRATION AND BORDER PROTECTION\n\nThe Hon Peter Dutton MP  23 March 2016\n\nAustralia and our regional partners have secured an ambitious agreement to combat people smuggling.\n\nCo-chaired by Minister Julie Bishop and Indonesian Foreign Minister Retno Marsudi, the Conference agreed all countries will work together.\n');
    expect(header.participants.map((p) => [p.name, p.title])).toEqual([['Julie Bishop', 'MINISTER FOR FOREIGN AFFAIRS'], ['Peter Dutton', 'MINISTER FOR IMMIGRATION AND BORDER PROTECTION'], ['Retno Marsudi', 'Foreign Minister']]);
    expect(names('Manus\n\nThe Prime Minister, Hon. Peter O’Neill CMG MP, met with Australia’s Immigration Minster, Hon. Peter Dutton MP, in Port Moresby today.\n')).toEqual(['Peter O’Neill', 'Peter Dutton']);
    expect(extract('FOREIGN MINISTER TO ATTEND ASEAN MEETING\n\nThe Minister for Foreign Affairs, Mr Andrew Peacock, said in Paris today that he has been invited to have discussions on 3 July with the ASEAN Foreign Ministers after their meeting in Bali.\n').meeting.location).toBeNull();
    const lesotho = extract('Minister Naledi Pandor leads Ministerial delegation to meeting with Lesotho, 20 Nov\n\nThe Minister of International Relations and Cooperation, Dr Naledi Pandor, will lead a South African delegation to a Joint Bilateral Commission of Cooperation (JBCC) Ministerial Meeting between the Republic of South Africa and the Kingdom of Lesotho.\n\nThe Meeting will take place in Maseru, the Kingdom of Lesotho on Friday, 20 November 2020.\n');
    expect([lesotho.meeting.date, lesotho.meeting.location, lesotho.meeting.kind]).toEqual(['2020-11-20', 'Maseru', 'news-release']);
    const au = extract('Communiqué on the Chairperson’s working visit to South Africa\n\nThe Chairperson of the African Union Commission, Moussa Faki Mahamat, concluded a two day working visit to the Republic of South Africa today.\n\nDuring their meeting, the Chairperson also briefed President Ramaphosa on preparations ahead of the upcoming extraordinary Summits on The Africa Continental Free Trade Area (AfCFTA), due to be held virtually on the 5th and 6th December 2020. The two leaders also discussed issues pertaining to the next AU Assembly of Heads State and Government to be held in 2021.\n');
    expect([au.meeting.date, au.initiatives]).toEqual([null, []]);
    expect(initiatives('Aid\n\nIn 2004-2005, Australia increased overseas aid funding by nearly ten per cent to $2.133 billion.\n')).toEqual([]);
    expect(initiatives('Aid\n\nIn 2025, Australia will provide $2 million to the fund.\n')).toHaveLength(1);
    expect(quotes('Aid\n\nMinister Anna Berg announced new aid today.\n\n‘Further assistance will help restore essential services,’ Ms Berg said.\n\n‘The main island was hardest hit by the cyclone, causing damage.\n\n‘Australia will fund the transportation of fuel supplies,’ Ms Berg said.\n')).toEqual([['Anna Berg', 'Further assistance will help restore ess'], ['Anna Berg', 'The main island was hardest hit by the c']]);
    const bali = initiatives('Release\n\nAgreed today at the Sixth Ministerial Conference of the Bali Process, this landmark Ministerial Declaration strengthens regional cooperation.\n\nThe Conference agreed Australia and Indonesia, as Bali Process co-chairs, can now convene regional meetings on urgent irregular migration issues.\n');
    expect(bali).toHaveLength(2);
    expect(initiatives('Readout\n\nThey agreed it could be useful.\n')).toEqual([]);
    expect(initiatives('Joint Statement\n\nThe leaders discussed our commitment to continuing joint efforts under the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities to combat drug traffickers.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nMr Andrew Peacock said today that he has been invited to have discussions on 3 July with the ASEAN Foreign Ministers.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nHe has been invited to have talks.\n')).toEqual([]);
    expect(initiatives('Joint Statement\n\nThe Task Force also affirmed its commitment to monitor the energy security situation and reconvene when necessary.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nThe leaders also discussed regional migration and committed to continue to forge a region-wide response, guided by the principles in the Los Angeles Declaration on Migration and Protection.\n')).toEqual([]);
    expect(names('Joint Statement\n\nOn July 24, President Andrés Manuel López Obrador hosted a U.S. delegation led by Homeland Security Advisor Dr. Elizabeth Sherwood-Randall. This meeting built on previous high-level meetings led by Dr. Sherwood-Randall and Security Secretary Rosa Icela Rodríguez.\n')).toEqual(['Andrés Manuel López Obrador', 'Elizabeth Sherwood-Randall']);
  });
  it('round 86: a headline in capitals gives no fuller name; a hyphenated given name’s part; an office that ends at "as well as"; "Under Secretary"; visits hosted and sessions chaired on a day written first; a Working Visit that "will serve"; unnamed agreements of past years; « s’entretiendra … avec »; "2. This newly signed MOD"; an agreement of others for a president to act; who launched the committees; announcements listed; a new era', () => {
    expect(names('LE PREMIER MINISTRE TRUDEAU RENCONTRE LE PRÉSIDENT IDRISS DÉBY ITNO DU TCHAD\n\nLe premier ministre Trudeau a rencontré aujourd’hui le président Idriss Déby Itno du Tchad, en marge du Sommet des dirigeants du G20, à Hangzhou, en Chine.\n')).toEqual(['Trudeau', 'Idriss Déby Itno']);
    expect(names('Visite\n\nLa présidente rencontrera le président de la Commission européenne, José-Manuel Barroso. Elle s’entretiendra ensuite avec le président de la Commission européenne, Manuel Barroso.\n')).toEqual(['José-Manuel Barroso']);
    expect(extract('Visit\n\nDuring his visit, Minister Çavuşoğlu will also have bilateral meetings with H.E. Elmar Memmedyarov, Minister of Foreign Affairs of Azerbaijan as well as with his other counterparts.\n').participants.find((p) => p.name === 'Elmar Memmedyarov')?.title).toBe('Minister of Foreign Affairs of Azerbaijan');
    expect(extract('Joint Statement\n\nUnder Secretary of State Victoria Nuland and Deputy Foreign Minister Sedat Onal met in Ankara.\n').participants[0]?.title).toBe('Under Secretary of State');
    const chaired = extract('Deputy Minister Botes to host bilateral consultations with Portugal\n\nThe Deputy Minister of International Relations and Cooperation, Mr Alvin Botes, will on Friday, 02 August 2019, chair the Sixth Session of the South Africa-Portugal Bilateral Consultations in Pretoria.\n\nA number of agreements have been concluded between the two countries during the past five years.\n');
    expect([chaired.meeting.date, chaired.meeting.location, chaired.meeting.kind, chaired.initiatives.length]).toEqual(['2019-08-02', 'Pretoria', 'news-release', 1]);
    const hosted = extract('Deputy Minister Alvin Botes hosts Portuguese counterpart for bilateral consultations, 27 Mar\n\nThe Deputy Minister of International Relations and Cooperation, Mr Alvin Botes, will host the Secretary of State for Foreign Affairs and Cooperation of Portugal, Professor Nuno Sampaio, on Thursday, 27 March 2025, in Pretoria.\n\nThe Working Visit will serve as an opportunity to review areas of bilateral cooperation.\n');
    expect([hosted.meeting.date, hosted.meeting.location, hosted.initiatives.length]).toEqual(['2025-03-27', 'Pretoria', 1]);
    expect(initiatives('Communiqué\n\nLa présidente de la Confédération s’entretiendra notamment de l’état des relations bilatérales et des négociations en cours avec le président du Conseil européen.\n')).toHaveLength(1);
    expect(initiatives('Communiqué\n\nLe ministre s’entretiendra de la situation avec des représentants de la société civile.\n')).toEqual([]);
    expect(initiatives('Signing\n\n1. Mr. Masahiko Koumura and Mr. George Yeo signed a Memorandum of Discussion (MOD) in Tokyo.\n\n2. This newly signed MOD, based on the agreement reached at the Foreign Ministerial and Summit meetings in 2005, strengthens JSPP21.\n')).toHaveLength(1);
    expect(names('Readout\n\nPresident Biden met President Sauli Niinistö of Finland in Helsinki. Both leaders welcomed the recent agreement between Türkiye, Sweden and NATO for President Erdoğan to send Sweden’s NATO accession protocol to Turkish parliament for ratification.\n')).toEqual(['Biden', 'Sauli Niinistö']);
    expect(names('Readout\n\nVice President Kamala Harris spoke with Prime Minister Andrew Holness of Jamaica. They discussed the work of the U.S.-Caribbean committees that President Joe Biden and the Vice President launched in June.\n')).toEqual(['Kamala Harris', 'Andrew Holness']);
    const announcements = initiatives('NZ and Viet Nam launch new era in relations\n\nNew Zealand and Viet Nam launched a new era in bilateral relations today which will see increased cooperation and trade between our two countries, Prime Minister John Key says.\n\nToday’s announcements include:\n\n• An agreement to invest over $14m in new development initiatives in Viet Nam\n\n• A Strategic Engagement Plan for Education to maximise links in international education\n\n• Two other bilateral cooperation arrangements – in healthcare and aviation\n');
    expect(announcements.map((i) => i.slice(0, 12))).toEqual(['An agreement', 'A Strategic ', 'Two other bi']);
  });
  it('round 87: "Hon." inside a hosted visit; a visit scheduled for talks; a journey to a named dialogue; discussions that "would continue … through the Bali Process"; a visit’s programme in French; "Budget" and a Foreign Office minister give no place; "St Lucia" is a country; "Ahead" is no speaker; leaving for two countries; who sent the delegation; a call the text only recalls; a delegation received in a city; an agreement taken up after "said"', () => {
    expect(initiatives('Media Invite\n\nThe Minister of International Relations and Cooperation, Dr Naledi Pandor, will host the Minister of Foreign Affairs of New Zealand, Hon. Nanaia Mahuta, on Friday, 4 August 2023, in Cape Town.\n')).toHaveLength(1);
    expect(initiatives('Media Statement\n\nMinister Pandor is scheduled to visit Mauritius on 03-04 May 2023 for bilateral talks.\n')).toHaveLength(1);
    expect(initiatives('Media Note\n\nOn October 8, a U.S. delegation, led by Secretary of State Blinken, will travel to Mexico City to take part in the first U.S.-Mexico High-Level Security Dialogue.\n')).toHaveLength(1);
    expect(initiatives('Media Release\n\nBoth parties agreed that discussions on the framework would continue in the region through the Bali Process.\n')).toHaveLength(1);
    const luxembourg = initiatives('Visite de travail\n\nLe Premier ministre portugais effectuera une visite officielle au Luxembourg le 22 octobre 2014. Les deux chefs de gouvernement auront une entrevue bilatérale à l’Hôtel de Bourgogne. L’entrevue sera suivie d’un déjeuner de travail. Le chef du gouvernement portugais sera ensuite reçu en audience par S.A.R. le Grand-Duc. Le président de la Chambre des députés, Mars Di Bartolomeo, accueillera Pedro Passos Coelho pour une entrevue. Figurera également au programme une rencontre avec le président de la Cour AELE. Les deux chefs de gouvernement auront l’occasion de poursuivre leurs échanges lors d’un dîner offert par Xavier Bettel.\n');
    expect(luxembourg.map((i) => i.slice(0, 20))).toEqual(['Les deux chefs de go', 'L’entrevue sera suiv', 'Le chef du gouvernem', 'Le président de la C', 'Figurera également a', 'Les deux chefs de go']);
    expect(extract('Minister to visit Indonesia\n\nThe Minister for Home Affairs Bob Debus will outline the strengthened border protection measures announced in the 2009-10 Budget when he leads a senior delegation to Indonesia today.\n').meeting.location).toBeNull();
    const anelay = extract('Baroness Anelay strengthens UK-Caribbean relationship with visit\n\nBaroness Anelay, the Foreign Office Minister for the Overseas Territories and Caribbean is visiting the region.\n\nDuring the visit, Baroness Anelay will meet the Anguillan Chief Minister Victor Banks.\n\nIn St Kitts and Nevis and St Lucia, the Minister will be demonstrating the breadth and depth of the UK’s support for the Caribbean.\n\nAhead of the visit, the Minister said:\n\n“I am delighted to be in the Caribbean again, and to visit for the first time as a Minister the islands.”\n');
    expect([anelay.meeting.location, anelay.participants.map((p) => p.name), anelay.quotes.map((q) => q.speaker)]).toEqual([null, ['Anelay', 'Victor Banks'], ['Anelay']]);
    expect(names('Minister To Visit Nauru And Papua New Guinea\n\nThe Minister for Immigration and Citizenship, Chris Bowen MP, leaves for Nauru and Papua New Guinea (PNG) tomorrow morning to take a first-hand look at how regional processing arrangements are progressing.\n\nMr Bowen will meet the President of Nauru, Sprent Dabwido, and the Prime Minister of PNG, Peter O’Neill.\n')).toEqual(['Chris Bowen']);
    const mexico = extract('Mexico-U.S. Joint Communique\n\nPresident of Mexico Andrés Manuel López Obrador received yesterday in Mexico City a delegation of senior officials from the United States led by Secretary of State Antony Blinken. President López Obrador thanked President Joe Biden for sending the U.S. delegation to Mexico following the two leaders’ telephone conversation last week focused on migration management.\n');
    expect([mexico.meeting.location, mexico.participants.map((p) => p.name)]).toEqual(['Mexico City', ['Andrés Manuel López Obrador', 'Antony Blinken']]);
    expect(initiatives('Joint media release\n\nMinister Dutton and Deputy Prime Minister Sar Kheng today signed a Memorandum of Understanding on immigration cooperation.\n\nMr Dutton said this agreement will create a framework to guide cooperation between the two countries.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nThe minister will visit Jakarta tomorrow. Mr Debus said the focus of the visit was to inform the Indonesian Government how an additional $654 million in Budget funding will be used to combat people smuggling.\n')).toHaveLength(1);
  });
  it('round 88: whose commitment at an earlier visit is recalled, and who is thanked with others for their efforts, are no participants; a ship is no person; a body’s institutions are no city; a productive discussion with the president of a commission', () => {
    expect(names('PM call with Prime Minister Trudeau\n\nThe Prime Minister spoke to Prime Minister Justin Trudeau of Canada this afternoon. They noted the firm commitment to NATO expressed by President Trump during the Prime Minister’s recent visit to Washington.\n')).toEqual(['Justin Trudeau']);
    expect(names('Joint Statement\n\nThe Ukrainian delegation reaffirmed its gratitude for the steadfast commitment of the United States and, personally, President Donald J. Trump for their tireless efforts aimed at ending the war.\n')).toEqual([]);
    expect(names('PM meeting with NATO Secretary General\n\nThe Prime Minister welcomed NATO Secretary General Jens Stoltenberg to Downing Street today. They discussed the deployment of the HMS Queen Elizabeth Aircraft Carrier Strike Group.\n')).toEqual(['Jens Stoltenberg']);
    const ecowas = extract('President Sirleaf to visit ECOWAS Institutions\n\nThe Chair of the ECOWAS Authority, President Ellen Johnson Sirleaf, will on 4 December 2016 undertake a visit to ECOWAS Institutions in Abuja.\n\nDuring her visit, President Sirleaf will hold a productive discussion with the president of the ECOWAS Commission Marcel de Souza, senior officials and staff of the Commission.\n');
    expect([ecowas.meeting.location, ecowas.initiatives.length]).toEqual(['Abuja', 1]);
  });
  it('round 89: "strong condemnation and denunciation of"; meetings "twice a year in alternate capitals"; "will be meeting with"; regular contact "as NATO leaders convene next week"', () => {
    expect(condemned('Press release\n\nThe Ministry of Foreign Affairs expresses its strong condemnation and denunciation of the terrorist incident, which targeted Taksim area in central Istanbul.\n')).toBe(1);
    expect(initiatives('Joint Statement\n\nBoth sides intend to meet twice a year in alternate capitals.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nPresident Hu and Premier Wen Jiabao will be meeting with Secretary Paulson.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe leaders agreed to remain in regular contact at the G7 Leaders’ Summit and in the weeks ahead, including as NATO leaders convene next week.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe leaders agreed to remain in regular contact in the weeks ahead.\n')).toEqual([]);
  });
  it('round 90: a visit to a region "that will take him to" several countries has no one place; a media invitation’s venue line places the meeting', () => {
    expect(extract('COMMUNIQUÉ ON THE CHAIRPERSON’S VISIT TO WEST AFRICA\n\nAddis Ababa, 22 October 2018: The Chairperson of the African Union (AU) Commission, Moussa Faki Mahamat, will undertake a visit to West Africa that will take him to Benin, from 22 to 23 October; the Republic of Guinea, from 23 to 24; and Nigeria, on 25 and 26 October.\n').meeting.location).toBeNull();
    const invite = extract('Media Invite\n\nMinister Naledi Pandor will co-chair the Joint Commission for Cooperation with Egypt’s Foreign Minister Sameh Shoukry on 19 April 2024.\n\nDate: Friday, 19 April 2024\n\nVenue: DIRCO Conference Centre, OR Tambo Building, 460 Soutpansberg Road, Pretoria\n');
    expect(invite.meeting.location).toBe('Pretoria');
    expect(extract('Media Invite\n\nMinister Naledi Pandor will co-chair the Joint Commission for Cooperation by video link on 19 April 2024.\n\nVenue: Online, South Africa\n').meeting.location).toBeNull();
  });
  it('round 91: an island is no person given the office after it; who laid out the principles a proposal follows is no participant', () => {
    expect(names('Release\n\nThe governments of Australia and Papua New Guinea have signed a Memorandum of Understanding for the establishment of an assessment centre on Manus Island, the Minister for Immigration and Citizenship, Chris Bowen MP, said today.\n')).toEqual(['Chris Bowen']);
    expect(names('Joint Statement\n\nEarlier today in Doha, the United States with support from Egypt and Qatar, presented to both parties a bridging proposal that is consistent with the principles laid out by President Biden on May 31, 2024.\n')).toEqual([]);
  });
  it('round 92: a quotation tagged with an office the text set before a second title and the name; "received, on Friday, a phone call from" is a readout; "affirmed rejection to"; a need that a named party implement resolutions', () => {
    const osce = extract('OSCE leaders condemn detention of staff\n\nVIENNA/WARSAW, 25 May 2022 - OSCE Chairman-in-Office, Foreign Minister of Poland Zbigniew Rau and OSCE Secretary General Helga Maria Schmid today called for the immediate release of four Mission members.\n\n"The SMM was always providing objective information on the situation in Ukraine," said the OSCE Chairman-in-Office. "I highly appreciate the professionalism of the SMM staff."\n');
    expect(osce.quotes.map((q) => q.speaker)).toEqual(['Zbigniew Rau']);
    expect(extract('FM, Iranian counterpart talk efforts to halt war on Gaza\n\nAmman: Minister of Foreign Affairs Ayman Safadi received, on Friday, a phone call from his Iranian counterpart Hossein Amir-Abdollahian, during which the two ministers discussed efforts to deliver humanitarian aid.\n').meeting.kind).toBe('readout');
    expect(condemned('Readout\n\nThe two ministers affirmed rejection to all plans aimed at the external displacement of Palestinians from Gaza Strip.\n')).toBe(1);
    expect(condemned('Readout\n\nThere was congruence on the necessity of a ceasefire, ending the war, and implementation of UN Security resolutions no. 2720 and 2728 by Israel.\n')).toBe(1);
    expect(condemned('Readout\n\nThey stressed the importance of the implementation of the agreed commitments by us all.\n')).toBe(0);
  });
  it('round 93: a Joint Statement of Cooperation announced; new projects and programmes a party will fund or support; a sum the projects "will include"; "the exchanges … in the framework of" a round exchange nothing; "maintain an open dialogue"; ready to organise the second round; support "of the Commission to" a prime minister', () => {
    expect(initiatives('Readout\n\nIn addition, the Department of Homeland Security announced a Joint Statement of Cooperation establishing the framework to include Costa Rica among the Global Entry foreign country partners.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe United States, through the Department of State, will support new projects to strengthen Costa Rica’s law enforcement and justice sector institutions.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nIn support of these efforts, the State Department will fund new programs for women entrepreneurs and access to higher education.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nKey projects will include up to $24 million in programmatic support for enhanced police and Coast Guard stations.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nBoth sides acknowledged the fruitfulness of the exchanges carried out in the framework of this third round.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe two leaders agreed to maintain an open dialogue and to work together to advance the stability, prosperity, and security of the Western Hemisphere.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe Uzbek side said they are ready to organize the second round of the meeting in Tashkent within the agreed time frame.\n')).toHaveLength(1);
    expect(names('Statement of the Chairperson regarding the situation in Ethiopia\n\nThe Chairperson of the African Union Commission Moussa Faki Mahamat wishes to express his deepest condolences to the families of the victims.\n\nThe Chairperson also wishes to reiterate the steadfast support of the African Union Commission to Prime Minister Abiy Ahmed and the government of Ethiopia.\n')).toEqual(['Moussa Faki Mahamat']);
  });
  it('round 94: a visit to a place on a given day; the Exchange of Notes again; "FSM" is Micronesia; a joint statement of others the title welcomes; "pursue … relations" and a lower-case "within the"; the visit of a president to a city places the meeting', () => {
    expect(initiatives('Joint Statement\n\nU.S. Department of Commerce Under Secretary Marisa Lago will visit Ankara April 5-6 to advance the economic and trade cooperation goals of the Strategic Mechanism.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nThe minister said he was pleased to be able to visit Hiroshima again.\n')).toEqual([]);
    expect(initiatives('Joint Statement\n\nUnder Secretary Lago will visit Ankara on April 5 and tour the old city.\n')).toEqual([]);
    const notes = extract('Exchange of Notes signed between Japan and the FSM\n\nOn December 26, 2013, the Government of Japan and the FSM Government held a signing ceremony for the Exchange of Notes for a Non-Project Grant Aid.\n\nOn the receiving end, FSM Foreign Affairs Secretary Lorin Robert thanked the Government of Japan.\n\nThe Exchange of Notes took place at the Department of Foreign Affairs conference room with the attendance of The Honorable Lorin Robert, Japan Ambassador to the FSM Eiichi Suzuki, and staffs.\n');
    expect([notes.initiatives.length, notes.participants.map((p) => [p.name, p.country])]).toEqual([1, [['Lorin Robert', 'Micronesia'], ['Eiichi Suzuki', 'Japan']]]);
    const welcomed = extract('MOFA welcomes Australian and German defense ministers’ joint statement supporting cross-strait peace and stability\n\nFollowing the Australia-Germany defense ministers’ meeting on March 26, the two countries issued a joint statement emphasizing the importance of peace and stability across the Taiwan Strait. The Ministry of Foreign Affairs welcomes and affirms this statement.\n');
    expect([welcomed.meeting.kind, welcomed.initiatives.length]).toEqual(['statement', 0]);
    expect(initiatives('Joint Communique\n\nThe two sides agreed to further pursue trade and investment relations, within the overall thrust of plans to grow a more inclusive economy.\n')).toEqual([]);
    expect(initiatives('Joint Statement\n\nThey pledged to intensify cooperation under the Partnership for Global Infrastructure and Investment.\n')).toHaveLength(1);
    expect(extract('Joint communique\n\nThe excellent relations were reaffirmed during the visit of H.E President Ashraf Ghani to Stockholm on 4 December 2015.\n').meeting.location).toBe('Stockholm');
  });
  it('round 95: "will be attending" a named conference; "bolstering the bilateral partnership" only; looking forward to travelling to a country in a month; money "provided … since September 2001"; "does not respect international law"; a comment on signings before them; an MOU that "allows for"; an outside summit welcomed', () => {
    expect(initiatives('Media release\n\nThe Minister for Foreign Affairs, Kevin Rudd, and the Minister for Immigration, Chris Bowen, will be attending the Fourth Ministerial Conference of the Bali  Process on 30th March.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\nThe leaders agreed that the relationship is based on a shared interest in Iraq’s sovereignty and committed to bolstering the bilateral partnership for the benefit of their two nations.\n')).toEqual([]);
    expect(initiatives('Readout\n\nOn Canada, the President also stated he looks forward to traveling to Canada in March of this year.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nFunding for the housing project is separate from the $110 million of development assistance provided by Australia since September 2001.\n')).toEqual([]);
    expect(condemned('Joint statement\n\nRussia has proved that it does not respect international law and has upended the European security order.\n')).toBe(1);
    expect(condemned('Déclaration\n\nLes séparatistes n’ont pas honoré leurs obligations.\n')).toBe(1);
    expect(condemned('Statement\n\nWe have not fulfilled our commitments to the region.\n')).toBe(0);
    const vanstone = initiatives('Australia and Afghanistan Sign New Arrangements\n\nMinister for Immigration, Amanda Vanstone, said the signing of two separate arrangements between Australia and Afghanistan highlighted the close and ongoing cooperative relationship between the two governments.\n\nA Memorandum of Understanding (MOU) - signed in Kabul tonight by Australia’s Ambassador to Afghanistan, Ms Zorica McCarthy and Afghan Deputy Minister for Refugees and Repatriation, Abdul Qader Ahadi, is aimed at providing solutions.\n\n‘The MOU allows for the return of those who have been found not to be owed protection and who do not take up this reintegration package.’\n');
    expect(vanstone.map((i) => i.slice(0, 16))).toEqual(['A Memorandum of ', '‘The MOU allows ']);
    expect(initiatives('Joint Statement\n\nPresident Biden and President Lula pledged to work together to strengthen democratic institutions and welcomed the second Summit for Democracy to be held in March 2023.\n')).toEqual([]);
    expect(initiatives('Joint Statement\n\nThe leaders welcomed the summit to be held in Ottawa and agreed to launch a joint task force.\n')).toHaveLength(1);
  });
  it('French forms of English initiative rules (written here, not from a text: the French data is scarce): a sanctions package announced, an embassy to open, a summit proposed, an agreement the parties intend to conclude, an invitation accepted to go', () => {
    expect(initiatives('Compte rendu\n\nUne nouvelle série de sanctions a été annoncée aujourd’hui.\n')).toHaveLength(1);
    expect(initiatives('Compte rendu\n\nLe ministre a annoncé l’ouverture d’une ambassade du Canada à Erevan.\n')).toHaveLength(1);
    expect(initiatives('Compte rendu\n\nLe président a proposé la tenue d’un sommet trilatéral au printemps prochain.\n')).toHaveLength(1);
    expect(initiatives('Compte rendu\n\nLes deux pays entendent conclure d’ici la fin de l’année un accord de libre-échange.\n')).toHaveLength(1);
    expect(initiatives('Compte rendu\n\nLe premier ministre a accepté l’invitation du président à se rendre en Corée.\n')).toHaveLength(1);
    expect(initiatives('Compte rendu\n\nLes sanctions imposées par l’Union européenne restent en vigueur. Le président a proposé la tenue d’élections libres. Le Canada ne prévoit pas de conclure un accord avec ce régime. Le ministre a salué l’ouverture d’esprit de son homologue.\n')).toEqual([]);
  });
  it('round 96: an institution’s words before its head are no name; « M. » after an honorific is an initial; an initial then particles; follow-up discussions agreed; a keynote address or a representation at a named conference; money a contribution "builds on" and a share "as part of the package"; "fund" inside "fundamental"; a party’s violations named so; the imperative of implementation "including North Korea"; "Hon" opening a header line', () => {
    const wipo = extract('WIPO and Singapore Partner\n\n1. An agreement signed by Dr. Francis Gurry, Director General of the World Intellectual Property Organization (WIPO), and Mr. K Shanmugam, Minister for Law, has paved the way for the establishment of the Singapore Office.\n\n2. Dr. Gurry thanked the Government of Singapore. He said: "ADR is an important cost-saving alternative to traditional litigation and a means of finding solutions."\n');
    expect([wipo.participants.map((p) => p.name), wipo.quotes.map((q) => q.speaker)]).toEqual([['Francis Gurry', 'K Shanmugam'], ['Francis Gurry']]);
    expect(names('Visit\n\n1. Dr M. Veerappa Moily, India’s Minister for Law and Justice, will visit Singapore from 8 to 9 September 2010.\n')).toEqual(['M. Veerappa Moily']);
    expect(names('Visite\n\nLe ministre Jean Asselborn a reçu le secrétaire général de l’Union Benelux, Monsieur J. van Laarhoven.\n')).toEqual(['Jean Asselborn', 'J. van Laarhoven']);
    expect(initiatives('Joint Statement\n\nThe Israeli side agreed to take these concerns into account and to have follow up discussions between experts, overseen by the SCG.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nDr Moily will give the keynote address at the Singapore International Arbitration Centre’s Conference on 8 September.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nAustralia will be represented at the Mali Donors’ Conference in Addis Ababa on 29 January.\n')).toHaveLength(1);
    expect(initiatives('Release\n\nThis contribution builds on Australia’s humanitarian assistance of over AUD$10 million in 2012 for Mali.\n\nAs part of the package Australia will also provide a further $5 million in assistance to help meet Mali’s growing humanitarian needs.\n')).toEqual([]);
    expect(initiatives('Joint Statement\n\nAs democracies and countries committed to the rule of law, human rights, and the territorial integrity and sovereignty of states, we share fundamental values, and strengths.\n')).toEqual([]);
    expect(condemned('Joint statement\n\nWe will continue to work with partners to hold Russia accountable for its repeated violations of the Chemical Weapons Convention.\n')).toBe(1);
    expect(condemned('Joint statement\n\nOur Permanent Representatives have written today to the Director-General to inform him of this Russian breach of the Chemical Weapons Convention.\n')).toBe(1);
    expect(condemned('Joint statement\n\nThey agreed on the imperative for full implementation of relevant UN Security Council resolutions by the international community, including North Korea.\n')).toBe(1);
    expect(condemned('Joint statement\n\nThey stressed the need for full implementation of the resolutions by the international community.\n')).toBe(0);
    expect(names('Forced return of Lao Hmong\n\nHon Simon Crean MP  Minister for Trade  Acting Minister for Foreign Affairs\n\n29 December, 2009\n\nThe Government is deeply concerned by reports that Thailand has begun the forced return of Lao Hmong.\n')).toEqual(['Simon Crean']);
  });
  it('tune-split condemnations (corpus/real): violations a party commits; violations called out; a party made to pay for its illegal war; a party urged to use its influence for accords to be implemented', () => {
    expect(condemned('Statement\n\nSyria has committed - and continues to commit - serious human rights violations on a massive scale.\n')).toBe(1);
    expect(condemned('Statement\n\nThe UK will continue to call out violations of UNSCRs.\n')).toBe(1);
    expect(condemned('Statement\n\nThe progress made on making Russia pay for its illegal war is welcome.\n')).toBe(1);
    expect(condemned('Déclaration\n\nNous demandons instamment à la Russie d’user de son influence pour que ces accords soient mis en oeuvre.\n')).toBe(1);
    expect(condemned('Statement\n\nWe are committed to serious reforms. We call on partners to join us.\n')).toBe(0);
  });
  it('round 97: a letterhead with a telephone number at the top of a release of short paragraphs is no contact block; a lead-in naming areas of collaboration, then its topic bullets; a named conference organised; a visit over a range of days to attend a named exchange; « traité » is an instrument and a restated one', () => {
    const ruddock = extract('Immigration Minister signs Afghan agreement.\n\nThe Hon Philip Ruddock MP Parliament House, Canberra ACT 2600 Minister for Immigration Telephone: (02) 6277 7860 Facsimile: (02) 6273 4144\n\nMPS 032/2002\n\nThe Minister for Immigration and Multicultural and Indigenous Affairs, Philip Ruddock, has signed an agreement with the Interim Administration of Afghanistan on the return of Afghan refugees.\n\n“The agreement represents a mutual understanding between Australia and Afghanistan for the voluntary return,” Mr Ruddock said.\n\nMEDIA CONTACT: Steve Ingram 0419 233 295\n');
    expect([ruddock.participants.map((p) => p.name), ruddock.quotes.length, ruddock.initiatives.length]).toEqual([['Philip Ruddock'], 1, 1]);
    const areas = initiatives('Joint Statement\n\nAt the Semiconductor Conference, the governments of the United States, Canada and Mexico committed to grow the following areas of collaboration in partnership with academia and the private sector:\n\n• Information exchange to support a more robust North American research ecosystem, with the potential to forge new, cross-border partnerships in semiconductor research.\n\n• Industry and academic partnerships to train the semiconductor workforce of the future.\n');
    expect(areas.map((i) => i.slice(0, 30))).toEqual(['At the Semiconductor Conferenc']);
    expect(initiatives('Joint Statement\n\nThe three governments organized the first North America Semiconductor Conference in Washington, D.C. on May 18.\n')).toHaveLength(1);
    expect(initiatives('Joint Statement\n\n“One year ago today, our two countries co-hosted the first Global Conference for Media Freedom in London.\n')).toEqual([]);
    expect(initiatives('Press release\n\nMinister for Sustainability and the Environment Grace Fu will visit Brunei Darussalam from 23 to 25 October 2023 to attend the 16th Brunei-Singapore Annual Exchange of Visits.\n')).toHaveLength(1);
    expect(initiatives('Signature du nouveau traité Benelux\n\nLes Premiers ministres ont signé le nouveau traité Benelux le 17 juin 2008, lors d’une cérémonie officielle à La Haye.\n\nLe traité a été signé par les Premiers ministres du Grand-Duché de Luxembourg, Jean-Claude Juncker; de Belgique, Yves Leterme.\n')).toHaveLength(1);
  });
  it('round 98: money "in addition to previous funding" and a grant "drawn from" a programme; « a vu le jour »; a lead under a "Media Release" label that reports an act is a news release', () => {
    expect(initiatives('Media release\n\nThe new funding comes in addition to previous funding of $17.8 million in last year’s budget.\n\nToday’s $500,000 grant is drawn from AusAID’s refugee and relief program.\n')).toEqual([]);
    expect(initiatives('Communiqué\n\nDans le domaine de la sécurité, un nouveau traité Police Benelux a vu le jour.\n')).toHaveLength(1);
    expect(extract('At-risk Afghan employees settled in Australia\n\nDavid Johnston Media Release\n\n2 June 2014\n\nMore than 500 Afghan nationals who were employed in support of Australia’s mission in Afghanistan, together with their families, have now been granted visas to Australia.\n').meeting.kind).toBe('news-release');
    expect(extract('Statement on the attack\n\nMedia Release\n\n2 June 2014\n\nThe Government condemns the attack on civilians in Kabul.\n').meeting.kind).toBe('statement');
  });
  it('round 99: the parts of a sum already announced are no new funding; money that "had been allocated"; a call to prevent attacks; a roadmap unveiled', () => {
    const evans = initiatives('AUSTRALIAN AID FOR GULF CRISIS REFUGEES\n\nAustralia will contribute an additional $1.5 million to assisting foreign nationals stranded as a result of the Gulf Crisis, the Minister for Foreign Affairs and Trade, Senator Gareth Evans, announced today.\n\nThe assistance, in addition to donations of $500,000 already announced, will be directed to the International Organisation for Migration ($750,000), UNICEF ($250,000) and the Red Cross ($250,000).\n\n$750,000 would be allocated to the International Organisation for Migration.\n\nThe remaining $250,000 would be allocated to various other Australian non-government organisations.\n\nSenator Evans said the response was generous, given the strain on the aid budget (for which $8 million had been allocated for world-wide disaster relief in 1990-91).\n');
    expect(evans.map((i) => i.slice(0, 20))).toEqual(['Australia will contr']);
    expect(initiatives('Release\n\nAustralia will contribute $10 million to the appeal.\n\nA further $2 million will be provided to the Red Cross, and the rest will go to UNICEF.\n')).toHaveLength(2);
    expect(condemned('Readout\n\nThe Vice President urged the Iraqi government to prevent attacks against U.S. personnel.\n')).toBe(1);
    expect(initiatives('Readout\n\nThe two National Security Advisors unveiled a roadmap for cooperation at a stakeholder event hosted by the Confederation of Indian Industry.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nHe reviewed preparations for the upcoming official state visit of the Prime Minister.\n')).toEqual([]);
  });
  it('round 100: activities and an upgrade a party will fund; what an arrangement "will also provide"; co-hosting a numbered forum and representing someone at a named meeting; a visit called off; "over a billion dollars"; increased partnership on issues; the launch of a "U.S. – Angola" dialogue; a headline repeated in capitals is no place', () => {
    expect(initiatives('Media release\n\nAustralia will also fund additional activities at the AliceGhan housing project near Kabul.\n\nThe largest undertaking will be to fund the upgrade of Afghanistan’s passport issuing system.\n')).toHaveLength(2);
    expect(initiatives('Media release\n\nAustralia and Afghanistan today signed a Memorandum of Understanding on migration.\n\nThe arrangement will also provide reintegration support for Afghans who choose to return.\n')).toHaveLength(2);
    expect(initiatives('Media release\n\nDirector General Sok Phal is visiting Australia to co-host the fifth Australia-Cambodia Immigration Forum alongside officials.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nPresident Biden conveyed that Secretary Blinken would represent him at the U.S. – Pacific Islands Forum meeting in Port Moresby.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nPresident Biden personally conveyed that he would be unable to travel to Papua New Guinea to meet with Prime Minister Marape.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe Lobito Corridor saw over a billion dollars in U.S. financing committed this year alone.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nPresident Biden and President Lourenço committed to increased partnership on issues that define our shared future, including strengthening democracy.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe leaders welcomed the launch of a U.S. – Angola Energy Security Dialogue in 2024.\n')).toHaveLength(1);
    expect(extract('Regional partnership enhanced\n\nMEDIA RELEASE\n\n15 October 2015\n\nREGIONAL PARTNERSHIP ENHANCED\n\nThe partnership between Australia and Cambodia on immigration issues was strengthened yesterday following a series of high-level meetings.\n').meeting.location).toBeNull();
  });
  it('round 101: "Nu." and "Rs." end no sentence and mark a sum; a partnership announced under a name with dots and a dash', () => {
    expect(initiatives('Press release\n\nOf the Nu./Rs. 85,000 million committed by the Government of India for Bhutan’s 13th Five Year Plan, Nu./Rs. 10,000 million has been earmarked for HICDPs.\n')).toHaveLength(1);
    expect(initiatives('Press release\n\nThe Committee reviewed and approved 283 projects amounting to Nu. 4171.91 million.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe two leaders announced the U.S.–Vietnam Semiconductor Partnership.\n')).toHaveLength(1);
  });
  it('round 102: consultations the parties will hold, with dates; a new system or campaign introduced or begun; the next session prepared; an agreement only discussed; titles with Navy, Drug, Narcotics and Enforcement, a country that is a surname, "Minister Assisting", a Deputy Commander; whom another acts for and the target of a strike are no participants; a quotation going on after "said in Athens"; "Mexico’s National Palace"', () => {
    expect(initiatives('Readout\n\nThe Namibian and Nigerian governments will hold diplomatic consultations and discuss issues related to bilateral relations from 7 to 8 October in Windhoek.\n')).toHaveLength(1);
    expect(initiatives('Media release\n\nAustralia and Indonesia are introducing a new and highly sophisticated movement alert detection systems at major ports in Indonesia.\n')).toHaveLength(1);
    expect(initiatives('Joint statement\n\nMexico and the U.S. will also begin a new comprehensive binational public health campaign to prevent the risks of consuming fentanyl.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe PS further affirmed Kenya’s commitment to implement issues agreed upon in readiness for the 4th session in 2021 in Abu Dhabi.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe two sides engaged in substantial discussion around the recently signed security agreement between Solomon Islands and the People’s Republic of China (PRC).\n')).toEqual([]);
    const delegation = extract('Joint Statement\n\nPresident López Obrador welcomed a high-level U.S. delegation.\n\nThe Mexican delegation included Foreign Secretary Marcelo Ebrard; Secretary of the Navy José Rafael Ojeda, and Chief Officer for North America, Roberto Velasco.\n\nThe U.S. delegation included Director of National Drug Control Policy Dr. Rahul Gupta; Deputy Attorney General Lisa Monaco; and Deputy Assistant Secretary of State for International Narcotics and Law Enforcement Affairs Charisse Phillips.\n').participants.map((p) => p.name);
    expect(delegation).toEqual(expect.arrayContaining(['José Rafael Ojeda', 'Rahul Gupta', 'Lisa Monaco', 'Charisse Phillips']));
    expect(extract('Readout\n\nA U.S. delegation led by Coordinator Kurt Campbell and Deputy Commander INDOPACOM Lieutenant General Stephen Sklenka visited Honiara.\n').participants.map((p) => p.name)).not.toContain('Commander INDOPACOM');
    const greece = extract('Migration talks in Greece\n\n"As economic conditions continue to improve, the Australian Government will examine whether it is possible to ease the arrangements for family reunion," the Minister for Immigration and Ethnic Affairs and Minister Assisting the Treasurer, Chris Hurford, said in Athens today.\n\n"This could have significant benefit for the Greek community in Australia."\n');
    expect(greece.participants.map((p) => p.name)).toEqual(['Chris Hurford']);
    expect(greece.quotes.map((q) => q.speaker)).toEqual(['Chris Hurford', 'Chris Hurford']);
    expect(extract('Oman, Maldives sign MoU\n\nMuscat – On behalf of His Majesty Sultan Haitham bin Tarik, Sayyid Asaad bin Tarik al Said, Deputy Prime Minister, received Dr Abdullah Khaleel, Minister of Foreign Affairs of the Republic of Maldives.\n').participants.map((p) => p.name)).not.toContain('Haitham bin Tarik');
    expect(extract('UK responds\n\nThe UK has responded to the airstrike carried out by the US on Iranian commander Qasem Soleimani in Iraq.\n').participants).toEqual([]);
    // Only the target: someone met after the word "attacks" is still there.
    expect(names('Readout\n\nThe Secretary discussed the recent attacks with the Minister of Defence of Israel Yoav Gallant.\n')).toEqual(['Yoav Gallant']);
    expect(extract('Talks\n\nThe high-level meeting took place on March 9, 2023 in Mexico’s National Palace.\n').meeting.location).toBe('Mexico City');
  });
  it('round 103: a visit planned ahead is an initiative and its visitor no participant; a joint statement already reported, introduced again before its text; a National Security Advisor named by surname', () => {
    const slovak = extract('On the possibilities of strengthening cooperation\n\nState Secretary Lukáš Parízek met the Ambassador of the Slovenian Republic, Gregor Kozovinc.\n\nA visit by Andrej Kiska, President of the Slovak Republic, to the Slovenian Republic foreseen for spring next year will provide an impulse for making bilateral relations more dynamic.\n');
    expect(slovak.initiatives.map((i) => i.text.slice(0, 20))).toEqual(['A visit by Andrej Ki']);
    expect(slovak.participants.map((p) => p.name)).not.toContain('Andrej Kiska');
    expect(initiatives('Coveney meets Northern Ireland Secretary of State\n\nMinister for Foreign Affairs Simon Coveney, and Northern Ireland Secretary Brandon Lewis, have issued a joint statement following a meeting yesterday in Dublin.\n\nFollowing their meeting, they released this joint statement:\n\n“We met to discuss a range of issues.”\n')).toHaveLength(1);
    expect(names('Readout of National Security Advisor Jake Sullivan’s Call with the National Security Advisors of Japan and the Republic of Korea\n\nNational Security Advisor Sullivan held a trilateral call with National Security Secretariat Secretary General Akiba Takeo of Japan and National Security Office Director Cho Tae-yong of the Republic of Korea.\n')).toContain('Jake Sullivan');
  });
  it('round 104: whose appointment is announced, whose invitation is carried, whose earlier visit or meeting is recalled take no part; a message conveyed during the call reached a participant; "Minister Mentor"; a joint commission held every two years; a selection for a named programme announced', () => {
    const fiji = names('Fiji-Australia relations continue to grow\n\nThis message was conveyed to the Assistant Minister for Foreign Affairs Lenora Qereqeretabua during an introductory call received from the Chargé d’affaires of the Australia High Commission, Stuart Watts.\n\nQereqeretabua welcomed the recent announcement of Australia’s new High Commissioner Ewen McDonald to Fiji.\n\nFiji and Australia’s cooperation levels have increased following a visit by Australian Prime Minister Anthony Albanese to Fiji in March.\n');
    expect(fiji).toEqual(['Lenora Qereqeretabua', 'Stuart Watts']);
    const mauritius = names('Mauritius and India collaborate\n\nThe Foreign Secretary of India, Dr Subrahmanyam Jaishankar, made this statement yesterday during a courtesy call on the Minister Mentor, Minister of Defence and Minister for Rodrigues, Sir Anerood Jugnauth.\n\nDr Jaishankar recalled that he met the Prime Minister, Mr Pravind Jugnauth, on 25 March 2017.\n');
    expect(mauritius).toEqual(['Subrahmanyam Jaishankar', 'Anerood Jugnauth']);
    expect(names('PNG and Vanuatu\n\nForeign Affairs Minister Justin Tkatchenko met Prime Minister of Vanuatu Charlot Salwai Tabimasmas.\n\nMinister Tkatchenko extended an invitation from Prime Minister James Marape to Prime Minster Tabimasmas to visit PNG.\n')).not.toContain('James Marape');
    // Only the one appointed or inviting: someone met after the announcement, or the host of a visit at their invitation, is there.
    expect(names('Readout\n\nThe Secretary welcomed the announcement of the ceasefire and met Foreign Minister Eli Cohen in Jerusalem.\n')).toEqual(['Eli Cohen']);
    expect(names('Readout\n\nMinister Joly travelled to Suva at the invitation from Prime Minister Sitiveni Rabuka for talks.\n')).toContain('Sitiveni Rabuka');
    expect(initiatives('Seychelles and Mauritius\n\nThe Joint Commission is held every two years, and is aimed at further deepening the cooperation between the two island states.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nMr. Sullivan announced Gabon’s selection for the Department of Defense National Guard Bureau State Partnership Program.\n')).toHaveLength(1);
  });
  it('round 105: a body that "will also be established"; a lead-in to someone’s words is no initiative; a meeting to come named only as the talks’ context', () => {
    expect(initiatives('Guyana, Dominican Republic sign MOU\n\nA committee will also be established to advance trade and technical cooperation between the two nations.\n')).toHaveLength(1);
    expect(initiatives('OAS and OECS to cooperate\n\nThe OAS and the OECS Commission have signed a cooperation agreement.\n\nAfter signing the agreement, the OAS leader said:\n\n“Today’s brief ceremony represents a reaffirmation of the spirit of collaboration.”\n').map((i) => i.slice(0, 30))).toEqual(['The OAS and the OECS Commissio']);
    expect(initiatives('Readout\n\nDuring the meeting, the situation in the Mediterranean was also discussed in light of the meeting that will be held later this week in Spain.\n')).toEqual([]);
  });
  it('round 106: a message or gift carried from one leader to another brings neither; the Duchy of Lancaster is an office, Mark Lancaster a name; Urugwiro Village and Mahlamba Ndlopfu stand for Kigali and Pretoria; a bullet that only restates a position is no initiative', () => {
    const lesotho = names('Lesotho, Rwanda signed a General Cooperation Agreement\n\nMaseru: Prime Minister Dr. Edouard Ngirente attended, on behalf of President Paul Kagame, the Kingdom of Lesotho’s bicentennial celebration.\n\nOn the margins of this anniversary, the Prime Minister delivered a special message and gift from His Excellency President Paul Kagame to King Letsie III of Lesotho.\n\nHe also held a meeting with his counterpart Prime Minister Ntsokoane Matekane.\n');
    expect(lesotho).not.toContain('Paul Kagame');
    expect(lesotho).not.toContain('Letsie III');
    expect(names('Joint statement\n\nStatement following a meeting in London between the UK Chancellor of the Duchy of Lancaster Michael Gove and European Commission Vice-President Maroš Šefčovič.\n')).toEqual(['Michael Gove', 'Maroš Šefčovič']);
    expect(bodyPersonMentions(importText('Readout\n\nMinister of State for the Armed Forces Mark Lancaster met the delegation.\n')).map((m) => m.name)).toEqual(['Mark Lancaster']);
    expect(extract('Official visit\n\nOn Friday 18 th March at Urugwiro Village, President Kagame received the President of Chad.\n').meeting.location).toBe('Kigali');
    expect(extract('President Ramaphosa encouraged\n\nPresident Cyril Ramaphosa today, 4 February 2023, welcomed Prime Minister Samuel Ntsokoane Matekane at his official residence, Mahlamba Ndlopfu, Pretoria, for a bilateral discussion.\n').meeting.location).toBe('Pretoria');
    expect(initiatives('Joint statement\n\nThe co-chairs agreed to:\n\n– reiterate their full commitment to the Good Friday (Belfast) Agreement;\n\n– convene the Joint Committee no later than 24 February.\n').map((i) => i.slice(0, 20))).toEqual(['convene the Joint Co']);
  });
  it('round 107: older English spellings of capitals ("Djakarta"); meetings committees will hold during the upcoming period; a trip announced in the present tense to meet', () => {
    expect(extract('Refugee talks in Djakarta\n\nThe Minister for Immigration, Mr Stewart West, held talks in Djakarta today with the Indonesian Foreign Minister.\n').meeting.location).toBe('Jakarta');
    expect(initiatives('Oman, Saudi agree\n\nThese committees and teams will hold preparatory meetings during the upcoming period.\n')).toHaveLength(1);
    expect(initiatives('Goff to visit Vanuatu\n\nForeign Affairs Minister Phil Goff travels to Vanuatu tomorrow for a two-day visit to meet members of the recently-elected government.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe delegation will hold meetings with civil society.\n')).toEqual([]);
  });
  it('round 108: a third-person report is a news release when it tells of an event held, of what countries did, or of what someone titled in French lower case did', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('La Tunisie et la Guinée signent 21 accords\n\nLa Tunisie et la Guinée ont signé, mardi, 21 accords et mémorandums dans différents domaines, dont la santé et l’éducation.\n')).toBe('news-release');
    expect(kind('La Tunisie et la Turquie signent quatre accords\n\nLe président Erdoğan a entamé mardi une visite d’Etat de deux jours en Tunisie à l’invitation de son homologue tunisien.\n')).toBe('news-release');
    expect(kind('Lavrov discutera du Haut-Karabakh à Bakou\n\nLe ministre russe des Affaires étrangères, Sergueï Lavrov, entame aujourd\'hui sa visite officielle de deux jours à Bakou.\n')).toBe('news-release');
    expect(kind('Gazoduc Igdir-Nakhtchivan\n\nLa cérémonie de pose de la première pierre du gazoduc Igdir-Nakhtchivan s’est tenue lundi 25 septembre.\n')).toBe('news-release');
    expect(kind('Third round of negotiations\n\nOn June 21 and 22, the 3rd round of negotiations for the modernisation of the Association Agreement took place in Santiago.\n')).toBe('news-release');
    expect(kind('On strengthening cooperation\n\nToday, State Secretary of the Ministry of Foreign Affairs, Lukáš Parízek, received Gregor Kozovinc, Ambassador of the Slovenian Republic.\n')).toBe('news-release');
    // The authors' own voice, or no one named doing it, stays a statement.
    expect(kind('On the elections\n\nWe note that the elections were held peacefully and we call on all parties to respect the results.\n')).toBe('statement');
    expect(kind('Aid to the region\n\nThe region received more aid this year than in any year since 2010, and the needs keep growing.\n')).toBe('statement');
  });
  it('round 108: French offices with « à » before their portfolio; « à Mme X » is no place, « dans la ville chinoise de Sanya » is; a full stop glued to the next sentence; meetings and signings announced with « devrait », « la tenue de » a meeting announced', () => {
    expect(names('Xi rencontre Rice\n\nLe président chinois Xi Jinping a rencontré vendredi la conseillère américaine à la sécurité nationale Susan Rice.\n')).toEqual(['Xi Jinping', 'Susan Rice']);
    expect(bodyPersonMentions(importText('Rencontre\n\nLe ministre a rencontré le secrétaire américain à la Défense Lloyd Austin.\n')).find((m) => m.name === 'Lloyd Austin')?.title).toBe('secrétaire américain à la Défense');
    expect(extract('Xi rencontre Rice\n\n« Nous coopérerons », a indiqué M. Xi à Mme Rice.\n').meeting.location).toBeNull();
    expect(extract('Rencontre\n\nLe président chinois Xi Jinping s\'est entretenu samedi avec son homologue mexicain Enrique Pena Nieto dans la ville chinoise de Sanya (sud).\n').meeting.location).toBe('Sanya');
    expect(extract('Talks\n\nPresident Xi met President Pena Nieto in the Chinese city of Sanya on Saturday.\n').meeting.location).toBe('Sanya');
    const glued = importText('Rencontre\n\nL\'ambassadeur a rencontré le ministre Sok Chenda Sophea.Lors de la rencontre, les deux parties ont convenu de poursuivre les consultations.A cette occasion, il a transmis ses félicitations.\n');
    expect(glued.sentences.map((sentence) => glued.text.slice(sentence.start, sentence.end).slice(0, 12))).toEqual(['Rencontre', "L'ambassadeu", 'Lors de la r', 'A cette occa']);
    expect(importText('Note\n\nHe holds a Ph.D. from the U.S. and works at gouv.fr today.\n').sentences).toHaveLength(2);
    expect(initiatives('Lavrov à Bakou\n\nM. Lavrov devrait s\'entretenir avec le président azerbaïdjanais Ilham Aliyev.\n')).toHaveLength(1);
    expect(initiatives('Lavrov à Bakou\n\nUn plan de consultation pour 2020 devrait également être signé entre les ministères des affaires étrangères.\n')).toHaveLength(1);
    expect(initiatives('Tunisie et Turquie\n\nLe président Erdoğan a annoncé la tenue, en 2018, de la réunion du Conseil de la coopération stratégique tuniso-turque.\n')).toHaveLength(1);
    // Someone else's agreement, told in a relative clause, is not announced here; nor is a meeting with no one named.
    expect(initiatives('Irak\n\nLe porte-parole a annoncé que les discussions avaient abouti à un accord qui devrait être signé lundi matin.\n')).toEqual([]);
    expect(initiatives('Visite\n\nLe ministre devrait s\'entretenir avec des représentants de la société civile.\n')).toEqual([]);
  });
  it('round 109: « Me » before a lawyer-minister’s name; the sender of a message carried, in French; reports of a signing (« ont procédé à la signature »), of a departure; an event set for a date; a joint communiqué issued; an invitation « à se rendre »', () => {
    expect(names('Accord\n\nLe ministre sénégalais des Affaires étrangères, Me Sidiki Kaba, et la ministre française des Armées, Florence Parly, ont signé un accord.\n')).toEqual(['Sidiki Kaba', 'Florence Parly']);
    expect(names('Lomé et Luanda\n\nManuel Domingos Augusto, le ministre des Relations extérieures angolais, a rencontré Robert Dussey. Le diplomate était porteur d’un message du président João Lourenço à son homologue Faure Gnassingbé.\n')).not.toContain('João Lourenço');
    expect(names('Lomé\n\nLet me welcome Minister Robert Dussey, who met Manuel Augusto.\n')).toContain('Robert Dussey');
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Accord\n\nLe ministre sénégalais des Affaires étrangères, Me Sidiki Kaba, et la ministre française des Armées, Florence Parly, ont procédé ce vendredi, à Paris, à la signature de l’Accord.\n')).toBe('news-release');
    expect(kind('Haïti\n\nLe chancelier haïtien, Claude Joseph a quitté le pays ce mardi 14 septembre 2021, à destination du Mexique.\n')).toBe('news-release');
    expect(initiatives('Forum\n\nLa 5ème édition du Forum international sur la Paix et la Sécurité en Afrique est prévue au Centre international de conférences Abdou Diouf de Diamniadio, du 5 au 6 novembre 2018.\n')).toHaveLength(1);
    expect(initiatives('Forum\n\nThe forum is planned for 5 and 6 November 2018 in Dakar.\n')).toHaveLength(1);
    expect(initiatives('Forum\n\nThe meeting was scheduled for 5 May but was cancelled.\n')).toEqual([]);
    expect(initiatives('Visite\n\nLe communiqué conjoint publié en fin de journée souligne que cette visite reflète la volonté des deux pays.\n')).toHaveLength(1);
    expect(initiatives('Visite\n\nFaure Gnassingbé a adressé à son hôte une invitation à se rendre au Togo.\n')).toHaveLength(1);
  });
  it('round 110: Cambodia’s « Samdech … Techo » and French portfolios « arabes et africaines »; a body that speaks is no person; « engageons fortement X à » and « tout en condamnant » condemn; French meetings set (« prévue en décembre prochain »), planned with someone, willed, or organised as a round table', () => {
    expect(bodyPersonMentions(importText('Accords\n\nLa cérémonie s’est déroulée sous la présidence du Premier ministre cambodgien, Samdech Akka Moha Sena Padei Techo Hun Sèn.\n')).map((m) => [m.name, m.title])).toEqual([['Hun Sèn', 'Premier ministre cambodgien']]);
    expect(bodyPersonMentions(importText('Commission\n\nLe procès-verbal a été signé par le secrétaire d’Etat aux Affaires arabes et africaines Touhami Abdouli.\n')).find((m) => m.name === 'Touhami Abdouli')?.title).toBe('secrétaire d’Etat aux Affaires arabes et africaines');
    expect(extract('Burkina\n\n« La CEDEAO note que la situation au Burkina Faso est caractérisée par un coup d’Etat militaire », souligne l’organisation ouest-africaine dans un communiqué.\n').quotes).toEqual([]);
    const condemned = (text: string) => extract(text).condemnations.length;
    expect(condemned('Iran\n\nNous engageons fortement l\'Iran à respecter ses obligations internationales.\n')).toBe(1);
    expect(condemned('RFI\n\nTout en condamnant cet acte criminel, le Maroc exprime sa solidarité avec la France.\n')).toBe(1);
    expect(condemned('ONU\n\nLa résolution condamnant la colonisation a été adoptée.\n')).toBe(0);
    expect(initiatives('Commission\n\nLes deux parties ont évoqué les préparatifs de la 17e session de la Haute commission mixte tuniso-mauritanienne prévue en décembre prochain à Nouakchott.\n')).toHaveLength(1);
    expect(initiatives('Berlin\n\nA Berlin, la délégation tunisienne prévoit une rencontre avec des parlementaires allemands.\n')).toHaveLength(1);
    expect(initiatives('Berlin\n\nPar ailleurs, une table ronde sera organisée au siège du ministère allemand des Affaires étrangères.\n')).toHaveLength(1);
    expect(initiatives('Malabo\n\nLes deux chefs d’État ont émis hier à Malabo la volonté de tenir dans les meilleurs délais une «Grande commission mixte».\n')).toHaveLength(1);
    expect(initiatives('Réunion\n\nLa réunion était prévue le 5 mai.\n')).toEqual([]);
    // Where: a signing this morning in the lead, not the dateline's city; a body that concluded its work somewhere.
    expect(extract('Six accords\n\nAKP Phnom Penh, le 07 décembre 2018 —\n\nLe Royaume du Cambodge et la République socialiste du Vietnam ont signé ce matin à Hanoi, au Vietnam six accords importants.\n').meeting.location).toBe('Hanoi');
    expect(extract('Clôture de la 11e session\n\nLa 11e commission tuniso-mauritanienne de suivi a achevé, jeudi, ses travaux à Tunis.\n').meeting.location).toBe('Tunis');
  });
  it('round 111: the noun of a demand condemns (« leur exigence que le M23 … cessent »); « la presse » is no verb that presses someone', () => {
    const condemned = (text: string) => extract(text).condemnations.length;
    expect(condemned('RDC\n\nLes membres du Conseil ont réitéré leur exigence que le M23 et tous les autres groupes armés cessent immédiatement toute forme de violence.\n')).toBe(1);
    expect(condemned('Érythrée\n\nVous trouverez ci-dessous la déclaration faite à la presse le 16 novembre dernier par la Présidente du Conseil de sécurité au sujet de l’Érythrée :\n')).toBe(0);
    expect(condemned('Prisonniers\n\nLa France presse le gouvernement de libérer les prisonniers.\n')).toBe(1);
  });
  it('round 112: an inauguration to come with the partner, or of new premises, is an initiative; one by one party alone is not', () => {
    expect(initiatives('Visite\n\nLa Secrétaire générale de la Francophonie, Michaëlle Jean, se rend au Sénégal pour inaugurer, le 12 octobre, avec le Président de la République, SEM Macky Sall, les locaux de l’Institut.\n')).toHaveLength(1);
    expect(initiatives('Visite\n\nLes deux présidents inaugureront le nouveau siège le 12 octobre.\n')).toHaveLength(1);
    expect(initiatives('Visite\n\nHe will inaugurate the exhibition.\n')).toEqual([]);
  });
  it('round 113: a list of names under one plural style, each of its country, takes part; the style is no part of the first name', () => {
    expect(names('OSCE\n\nThe OSCE Chairperson-in-Office, Serbia’s Foreign Minister Ivica Dačić, met the Co-Chairs of the OSCE Minsk Group (Ambassadors Igor Popov of the Russian Federation, James Warlick of the United States of America, and Pierre Andrieu of France) in New York today.\n')).toEqual(['Ivica Dačić', 'Igor Popov', 'James Warlick', 'Pierre Andrieu']);
    expect(names('OSCE\n\nForeign Minister Ivica Dačić met the Co-Chairs, whose reports mentioned James Warlick of the United States.\n')).toEqual(['Ivica Dačić']);
  });
  it('round 114: a meeting named by its number is a new one, not the reported meeting restated; agreements concluded somewhere, and being received by someone, place the meeting', () => {
    expect(initiatives('Titre\n\nLes ministres se sont réunis.\n\nLa rencontre a abouti à la signature de trois accords.\n\nLa sixième session de la commission mixte se tiendra au Maroc en 2027.\n')).toHaveLength(2);
    expect(extract('Accords\n\nLe Burkina Faso et le Maroc ont conclu mercredi à Ouagadougou douze accords de coopération.\n').meeting.location).toBe('Ouagadougou');
    expect(extract('Titre\n\nLe ministre Ahmed Attaf a été reçu lundi à Séoul par le président de la République de Corée.\n').meeting.location).toBe('Seoul');
    expect(extract('Titre\n\nThe minister was received in Seoul by the President of the Republic of Korea.\n').meeting.location).toBe('Seoul');
  });
  it('round 115: diplomatic relations established and a post created are initiatives, relations recalled are not; a quotation after « a averti », « a appelé »; « GCA » and « coordinatrice »; the demand of a return to constitutional order condemns', () => {
    expect(initiatives('Andorre\n\nLa délégation a procédé, avec son homologue, à la signature d’un document diplomatique consistant à la mise en place de relations diplomatiques entre les deux pays.\n')).toHaveLength(1);
    expect(initiatives('Seychelles\n\nLe chef du gouvernement annonce également la création d’un haut-commissariat entre les deux pays.\n')).toHaveLength(1);
    expect(initiatives('South Sudan\n\nToday Australia formally established diplomatic relations with the Republic of South Sudan.\n')).toHaveLength(1);
    expect(initiatives('Anniversary\n\nThe ministers celebrated the 30th anniversary of the establishment of diplomatic relations.\n')).toEqual([]);
    expect(initiatives('Anniversary\n\nThe two countries established diplomatic relations in 1992.\n')).toEqual([]);
    const quotes = extract('Liban\n\nLe ministre des Affaires étrangères, Abdallah Bou Habib, a reçu la coordinatrice spéciale des Nations Unies au Liban, Janine Hennis-Plasschaert.\n\nLe ministre Bou Habib a déclaré que "l\'attaque constitue une agression flagrante contre la souveraineté du Liban".\n\nIl a averti de "la gravité de ce qui s\'est passé dans un contexte de menaces d\'élargir la guerre".\n');
    expect(quotes.quotes.map((q) => q.speaker)).toEqual(['Abdallah Bou Habib', 'Abdallah Bou Habib']);
    expect(quotes.participants.map((p) => p.name)).toEqual(['Abdallah Bou Habib', 'Janine Hennis-Plasschaert']);
    expect(bodyPersonMentions(importText('Distinctions\n\nLe ministre des Affaires étrangères, GCA Richard Rakotonirina, a remis les insignes.\n')).map((m) => m.name)).toContain('Richard Rakotonirina');
    expect(extract('Guinée\n\nLa CEDEAO exige également le retour à l’ordre constitutionnel sous peine de sanctions.\n').condemnations).toHaveLength(1);
  });
  it('round 116: diplomatic relations established once and told again, or counted in a relative clause, are one initiative; « des condamnés » are convicts; "Minister Counsellor" is an office', () => {
    expect(initiatives('FSM and Lithuania\n\nThe two Ambassadors signed a Joint Communique on the Establishment of Diplomatic Relations today.\n\nIt further states that the two countries establish diplomatic relations in accordance with the Vienna Convention.\n\nLithuania becomes the 72nd country with which the Federated States of Micronesia has established diplomatic relations.\n')).toHaveLength(1);
    expect(extract('Accords\n\nD’autres accords concernent le transfèrement des condamnés, l’élevage et la coopération.\n').condemnations).toEqual([]);
    expect(bodyPersonMentions(importText('Mongolia\n\nStaff witnessed the ceremony, with Minister Counsellor Jackson Soram accompanying Ambassador Susaia.\n')).find((m) => m.name === 'Jackson Soram')?.title).toBe('Minister Counsellor');
  });
  it('round 117: a body set up, told in the perfect ("They have established a joint cooperation commission")', () => {
    expect(initiatives('Ethiopia and Zambia\n\nThey have established a joint cooperation commission to forge bilateral relationships.\n')).toHaveLength(1);
    expect(initiatives('Ethiopia and Zambia\n\nThey have established good relations over the years.\n')).toEqual([]);
  });
  it('round 118: a secretary general named by surname states and speaks; a right of assembly is no meeting; an event to come « qui doit se tenir » places nothing; an envoy\'s principal and « Itinérant » are no participants; "particularly concerned" condemns', () => {
    const ferguson = extract('Ferguson\n\nStrasbourg, 20.08.2014 - Déclaration du Secrétaire Général Jagland au sujet des événements de Ferguson : « Les récentes violences soulèvent des inquiétudes. Je suis particulièrement préoccupé par les arrestations de manifestants, car ces faits constituent une entrave au droit de réunion. »\n');
    expect(ferguson.participants.map((p) => p.name)).toEqual(['Jagland']);
    expect(ferguson.quotes.map((q) => q.speaker)).toEqual(['Jagland']);
    expect(ferguson.meeting.location).toBeNull();
    expect(extract('Kabul\n\nStatement by Secretary General Stoltenberg on the attack in Kabul: "I am particularly concerned by the attack on the hospital."\n').participants.map((p) => p.name)).toEqual(['Stoltenberg']);
    expect(extract('Kabul\n\nThe minister said he was particularly concerned by the attacks of the militia.\n').condemnations).toHaveLength(1);
    expect(extract('Niger\n\nALGER- Le Président de la République, M. Abdelmadjid Tebboune, a eu un entretien téléphonique avec le Président du Bénin, Patrice Talon.\n\nCet entretien intervient à la veille de la réunion extraordinaire de la CEDEAO, qui doit se tenir demain dimanche 30 juillet à Abuja.\n').meeting.location).toBeNull();
    expect(names('Gabon\n\nLe Président de la République, Brice Clotaire Oligui Nguema, a reçu ce jour en audience Antoine Ghonda Mangalibi, Ambassadeur Itinérant, envoyé spécial de SE Félix Antoine Tshisekedi Tshilombo, Président de la République Démocratique du Congo.\n')).toEqual(['Brice Clotaire Oligui Nguema', 'Antoine Ghonda Mangalibi']);
    expect(names('Yemen\n\nThe minister met the Special Envoy of the Secretary-General for Yemen Hans Grundberg in Riyadh.\n')).toContain('Hans Grundberg');
  });
  it('round 119: a French date line « 08/05/2014 » is day first; the visit announced dates before a later weekday; « (MP) » between a name and its office; the Most Hon. and Senator the Hon. styles; a meeting recalled « lors de la rencontre du … à » places nothing; "held the 5th Session" and « Dar es Salaam »; a final communiqué providing for a body; a joint commission to come in the title', () => {
    const visit = extract('Le ministre français de la Défense en visite à Abidjan\n\n08/05/2014\n\nLe ministre français de la Défense, Jean-Yves Le Drian, est attendu vendredi après-midi à Abidjan, pour une visite de travail de deux jours.\n\nM. Le Drian aura des entretiens avec le Chef de l’Etat, selon cette source qui précise qu’il visitera samedi la base marine.\n').meeting;
    expect(visit.date).toBe('2014-05-09');
    expect(names('Tanzania\n\nThe delegation was led by Honourable Dr Damas Daniel Ndumbaro (MP), Minister of Constitutional and Legal Affairs of the United Republic of Tanzania, while the Malawi delegation was led by Honourable Titus Mvalo, SC, Minister of Justice.\n')).toEqual(['Damas Daniel Ndumbaro', 'Titus Mvalo']);
    const bahamas = extract('Signing\n\nThe document was assented to by Governor General, Her Excellency the Most Hon. Dame Cynthia A. Pratt to become law.\n\nIn attendance: Minister of Health and Wellness, the Hon. Dr. Michael Darville; Senator the Hon. Ronald Duncombe, members of the Diplomatic Corps, and other officials.\n').participants;
    expect(bahamas.map((p) => [p.name, p.title])).toEqual([['Cynthia A. Pratt', 'Governor General'], ['Michael Darville', 'Minister of Health and Wellness'], ['Ronald Duncombe', 'Senator']]);
    expect(extract('Niger\n\n14 février 2022\n\nLes deux ministres ont procédé hier à la signature du protocole d’accord. Cette signature est la concrétisation des résultats de leurs échanges lors de la rencontre du 19 mai 2021 à Luxembourg.\n').meeting.location).toBeNull();
    expect(extract('JPCC\n\nThe governments of Malawi and Tanzania held the 5th Session of the Joint Permanent Commission of Cooperation at Julius Nyerere Convention Centre in Dar es Salaam, Tanzania from 26th to 28th October 2022.\n').meeting.location).toBe('Dar es Salaam');
    expect(initiatives('Commission\n\nLe communiqué parle aussi de la création d’un comité de suivi et d’exécution des décisions.\n')).toHaveLength(1);
    expect(initiatives('Commission\n\nLe communiqué parle de la création d’emplois.\n')).toEqual([]);
    expect(extract('La quatrième commission mixte Nigeria-Guinée se tiendra le 12 août à Abuja\n\nLes deux pays préparent la quatrième commission mixte prévue le 12 août prochain à Abuja.\n').meeting.location).toBe('Abuja');
  });
  it('round 120: « se rendront à Washington … du 4 au 6 février » is a visit to come, placed there, under a date line taken for a lead; an arrival "for a programme of bilateral engagements"; "ENDS Press Office" is no place; a programme that will include meetings with someone; the other side signing "on behalf of Serbia" again', () => {
    expect(extract('Le ministre Blair et le ministre Champagne se rendront à Washington D.C.\n\nAvis aux médias\n\nLe 4 février 2025 – Ottawa (Ontario) – Ministère de la Défense nationale/Forces armées canadiennes\n\nL’honorable Bill Blair, ministre de la Défense nationale, et l’honorable François Philippe Champagne, ministre de l’Innovation, des Sciences et de l’Industrie, se rendront à Washington D.C. du 4 au 6 février 2025.\n').meeting).toMatchObject({ date: '2025-02-04', location: 'Washington' });
    const london = extract('Minister Coveney begins visit to London\n\nThe Minister for Foreign Affairs, Simon Coveney, TD, arrives in London this afternoon for a programme of bilateral engagements.\n\nHis programme over Wednesday and Thursday, will include meetings with the Secretary of State for Foreign, Commonwealth and Development Affairs, Dominic Raab, MP.\n\nENDS Press Office 14 April 2021\n');
    expect(london.meeting).toMatchObject({ date: '2021-04-14', location: 'London' });
    expect(london.initiatives.map((i) => i.text)).toEqual(['His programme over Wednesday and Thursday, will include meetings with the Secretary of State for Foreign, Commonwealth and Development Affairs, Dominic Raab, MP.']);
    expect(initiatives('Memoranda\n\nIn the framework of the visit, the Minister of Foreign Affairs signed two Memoranda of Cooperation. On behalf of Serbia, the Minister of Science, Ms Jelena Begović, and the Minister of Foreign Affairs, Mr Ivica Dačić, signed the Memoranda, respectively.\n')).toHaveLength(1);
  });
  it('rounds 119 and 120: a visitor « attendu … à Abidjan, pour une visite » or one who "arrives in London this afternoon for a programme" is announced in a news release, not read out', () => {
    expect(extract('Le ministre français de la Défense en visite à Abidjan\n\nLe ministre français de la Défense, Jean-Yves Le Drian, est attendu vendredi après-midi à Abidjan, pour une visite de travail de deux jours.\n').meeting.kind).toBe('news-release');
    expect(extract('Minister Coveney begins visit to London\n\nThe Minister for Foreign Affairs, Simon Coveney, TD, arrives in London this afternoon for a programme of bilateral engagements.\n').meeting.kind).toBe('news-release');
    expect(extract('Le ministre français de la Défense à Abidjan\n\nLe ministre français de la Défense, Jean-Yves Le Drian, s’est entretenu vendredi à Abidjan avec le Président Alassane Ouattara.\n').meeting.kind).toBe('readout');
  });
  it('round 118: an international organisation\'s head takes no country from the state the text names most (the topic), but its issuing organisation', () => {
    const ferguson = extract('Ferguson\n\nStrasbourg, 20.08.2014 - Déclaration du Secrétaire Général Jagland au sujet des événements de Ferguson, Missouri, Etats-Unis : « Les récentes violences aux Etats-Unis soulèvent des inquiétudes. »\n');
    expect(ferguson.participants.map((p) => [p.name, p.country])).toEqual([['Jagland', '']]);
    const nato = extract('NATO Secretary General welcomes Swedish Prime Minister\n\nNATO Secretary General Jens Stoltenberg welcomed the Prime Minister of Sweden to NATO Headquarters today. NATO Allies discussed NATO enlargement.\n');
    expect(nato.participants.find((p) => p.name === 'Jens Stoltenberg')?.country).toBe('NATO');
  });
  it('round 121: "Statement by Jean Asselborn on …" names its author without an office (not the man executed "of" the title); "I call once again on X to cease" condemns; "Her Excellency, Dr …"; a country in a dateline is no city, Rosenbad is in Stockholm', () => {
    const westBank = extract('Statement by Jean Asselborn on demolitions in the occupied West Bank\n\n“I am extremely concerned by the acceleration of demolitions this year. I call once again on Israeli authorities to immediately cease their policy of demolition, displacement and settlement.”\n');
    expect(westBank.participants.map((p) => p.name)).toEqual(['Jean Asselborn']);
    expect(westBank.quotes.map((q) => q.speaker)).toEqual(['Jean Asselborn']);
    expect(westBank.condemnations).toHaveLength(2);
    expect(extract('Statement by Jean Asselborn on the execution of Navid Afkari in Iran\n\n"I condemn in the strongest terms the execution of Navid Afkari in Iran on 12 September 2020."\n').participants.map((p) => p.name)).toEqual(['Jean Asselborn']);
    expect(extract('Courtesy call\n\nThe SADC Executive Secretary Her Excellency, Dr Stergomena Lawrence Tax paid a courtesy call on the Minister of International Affairs and Cooperation of Botswana, Honourable Dr. Unity Dow on 6th August 2018.\n').participants.map((p) => [p.name, p.title])).toEqual([['Stergomena Lawrence Tax', 'Executive Secretary'], ['Unity Dow', 'Minister of International Affairs and Cooperation of Botswana']]);
    expect(extract('Minister for Foreign Affairs Tobias Billström to receive Latvian counterpart Krišjānis Kariņš\n\nSWEDEN, December 15 - Time:\n\nPlace: Press Centre, Rosenbad. The press conference will begin at 14.45. Pre-registered journalists are welcome to attend in the Press Centre, Rosenbad.\n\nMinister for Foreign Affairs Tobias Billström will receive Latvia’s Minister for Foreign Affairs Krišjānis Kariņš on Monday 18 December as Latvia hands over the role of coordinating the NB8 to Sweden.\n\nAfter the meeting there will be a joint press conference.\n').meeting.location).toBe('Stockholm');
  });
  it('round 122: a quotation after a dateline, in « Je », is the declaration\'s author\'s; an organisation\'s head named with its acronym takes no state; a site\'s "Press Releases" tag is no one', () => {
    const unicef = extract('Déclaration de la Directrice générale de l’UNICEF, Catherine Russell, sur l’attaque contre une maternité à Marioupol, en Ukraine\n\nPublié le 10 mars 2022\n\nNEW YORK, 9 mars 2022 - "Je suis horrifiée par l’attaque rapportée aujourd’hui contre une maternité de Marioupol, en Ukraine.\n\nLes enfants d’Ukraine ont désespérément besoin de paix."\n');
    expect(unicef.quotes.map((q) => q.speaker)).toEqual(['Catherine Russell']);
    expect(unicef.participants.map((p) => [p.name, p.country])).toEqual([['Catherine Russell', '']]);
    expect(names('Statement by Minister Flanagan in relation to the attack on the PSNI\n\nMinister Charles Flanagan, Northern Ireland Peace Process, Press Releases, Northern Ireland, 2014\n\nI unreservedly condemn those who left a device outside the church last night.\n')).toEqual(['Charles Flanagan']);
  });
  it('round 123: the summit on whose margins the talks were held, « prévue les 4 et 5 mai », is no initiative; "Japan-Philippine" is no place', () => {
    expect(initiatives('Banjul\n\nLors de cette entrevue, tenue en marge des travaux de la 15-ème session de la Conférence Islamique au Sommet, prévue les 4 et 5 mai à Banjul, les deux ministres ont examiné les relations bilatérales.\n')).toEqual([]);
    expect(initiatives('Banjul\n\nLes deux ministres ont évoqué la 15e session de la commission mixte, prévue les 4 et 5 mai à Banjul.\n')).toHaveLength(1);
    expect(extract('Japan-Philippines Defense Ministerial Meeting\n\nAt the outset of the meeting, Minister Nakatani welcomed progress in Japan-Philippine defense cooperation and exchanges.\n').meeting.location).toBeNull();
  });
  it('round 124: a phone call "on Friday" is no call on anyone; "agreed on the exchange of visits" is an initiative', () => {
    expect(extract('Call\n\nPresident Abdel Fattah El-Sisi received a phone call on Friday 16/8/2024 from US President Joe Biden to discuss the situation in the region and efforts to restore regional stability.\n').condemnations).toEqual([]);
    expect(extract('Call\n\nWe call on Russia to withdraw its troops.\n').condemnations).toHaveLength(1);
    expect(initiatives('Munich\n\nThe two heads of government agreed on the exchange of visits during this year.\n')).toHaveLength(1);
  });
  it('round 125: an invitation « à prendre part au Sommet … qui se tiendra »; « congolais (Brazzaville) » and a diaspora portfolio; « Telle a été la substance des propos de X » after a quotation; « et ses collègues, A, B et C »; exchanges « qui succède aux échanges entre … » were earlier; a byline « Arnaud DOUMANHOUN 16 février 2018 » is no place', () => {
    const gabon = extract('Gakosso\n\nAli Bongo Ondimba, le président du Gabon a reçu le mercredi 11avril  en audience le ministre congolais (Brazzaville) des Affaires étrangères, de la Coopération et des Congolais de l’étranger, M. Jean-Claude Gakosso. L’émissaire du Président Denis Sassou Nguesso a officiellement invité Ali Bongo Ondimba à prendre part au Sommet des chefs d’Etat sur les forêts du bassin du Congo et sur les tourbières qui se tiendra à Brazzaville le 25 avril prochain.\n');
    expect(gabon.participants.map((p) => [p.name, p.country])).toEqual([['Ali Bongo Ondimba', 'Gabon'], ['Jean-Claude Gakosso', 'Republic of the Congo']]);
    expect(gabon.initiatives).toHaveLength(1);
    expect(initiatives('Réunion\n\nLe ministre a invité les participants à la réunion de ce jour.\n')).toEqual([]);
    expect(names('Kinshasa\n\nLe président a reçu le ministre congolais des Affaires étrangères, M. Jean-Claude Gakosso.\n')).toEqual(['Jean-Claude Gakosso']);
    const benin = extract('Séance de travail interministérielle : Lemoyne et Agbénonci renforcent la coopération entre la France et le Bénin\n\nArnaud DOUMANHOUN 16 février 2018\n\nLe secrétaire d’Etat français aux affaires étrangères, Jean-Baptiste Lemoyne et sa suite se sont entretenus, dans la matinée d’hier, avec le ministre des affaires étrangères béninois, Aurelien Agbénonci et ses collègues, Marie Odile Attanasso, Mahugnon Kakpo et José Tonato, respectivement en charge des départements des enseignements supérieur et secondaire, et du cadre de vie. Cette séance de travail interministérielle, qui succède aux échanges entre l’émissaire du président français, Jean-Baptiste Lemoyne et le président Patrice Talon, vise à préparer la rencontre entre les deux chefs d’Etat. « Nous voulons donner une nouvelle impulsion à la coopération avec la France. Il faut le rendre attractif ». Telle a été la substance des propos du ministre Aurelien Agbénonci.\n');
    expect(benin.participants.map((p) => [p.name, p.country])).toEqual([['Jean-Baptiste Lemoyne', 'France'], ['Aurelien Agbénonci', 'Benin'], ['Marie Odile Attanasso', 'Benin'], ['Mahugnon Kakpo', 'Benin'], ['José Tonato', 'Benin']]);
    expect(benin.quotes.map((q) => q.speaker)).toEqual(['Aurelien Agbénonci']);
    expect(benin.meeting).toMatchObject({ date: '2018-02-15', location: null, kind: 'news-release' });
    const lead = 'Le secrétaire d’Etat français aux affaires étrangères, Jean-Baptiste Lemoyne et sa suite se sont entretenus, dans la matinée d’hier, avec le ministre des affaires étrangères béninois, Aurelien Agbénonci.\n';
    expect(extract(`Séance\n\nCotonou 16 février 2018\n\n${lead}`).meeting.location).toBe('Cotonou');
    expect(extract(`Séance\n\nArnaud DOUMANHOUN 16 février 2018\n\n${lead}`).meeting.location).toBeNull();
  });
  it('rounds 97 and 98: a visit\'s programme that "will call on Minister X" schedules a meeting; "will call on Minister Jones to resign" does not', () => {
    expect(initiatives('Visit\n\nDuring his visit, Dr Hadef will call on Minister Shanmugam and Senior Minister Goh Chok Tong.\n')).toHaveLength(1);
    expect(initiatives("Visit\n\nDuring her visit, Minister Fu will call on Minister at the Prime Minister's Office and Minister of Finance and Economy II Dato Seri Setia Dr Haji Amin Liew Abdullah to discuss bilateral cooperation on food security and climate change.\n")).toHaveLength(1);
    expect(initiatives('Resign\n\nThe opposition will call on Minister Jones to resign.\n')).toEqual([]);
  });
  it('round 126: a portfolio « de la coopération africaine et des Marocains résidant à l’étranger » in lower case; a quotation\'s speaker who "a réagi … via le réseau social X" condemns in it, and is no one condemned; « a effectué … sa première visite » and « Outre X et Y, »; « élu … à Strasbourg » places nothing; « le président provisoire X »; leaders listed « Name ( Country) »; « la victoire du président X »; « pour le Liban par M. X »', () => {
    expect(extract('Accords\n\nLe Maroc et le Rwanda viennent de renforcer leur coopération à travers deux accords signés vendredi à Rabat par le ministre des Affaires étrangères, de la coopération africaine et des Marocains résidant à l’étranger, M. Nasser Bourita, et son homologue rwandais, M. Vincent Biruta.\n').participants.map((p) => [p.name, p.country])).toEqual([['Nasser Bourita', 'Morocco'], ['Vincent Biruta', 'Rwanda']]);
    expect(extract('Brazzaville\n\nLe ministre des Affaires étrangères, de la coopération et des congolais de l’étranger, Jean Claude Gakosso, a reçu son homologue.\n').participants.map((p) => p.title)).toEqual(['ministre des Affaires étrangères, de la coopération et des congolais de l’étranger']);
    const belgium = extract('"La Belgique appelle à une désescalade"\n\n"La Belgique condamne avec la plus grande fermeté l\'attaque de l\'Iran visant Israël. Nous appelons une fois de plus à une désescalade immédiate par toutes les parties", a réagi mardi soir via le réseau social X la ministre des Affaires étrangères sortante, Hadja Lahbib.\n');
    expect(belgium.participants.map((p) => p.name)).toEqual(['Hadja Lahbib']);
    expect(belgium.quotes.map((q) => q.speaker)).toEqual(['Hadja Lahbib']);
    const berset = extract('Première visite de travail officielle d\'Alain Berset en Suisse\n\nAlain Berset a effectué lundi sa première visite de travail officielle en Suisse en tant que secrétaire général du Conseil de l\'Europe.\n\nOutre Karin Keller-Sutter et Ignazio Cassis, M. Berset, élu en juin 2024 à Strasbourg, s\'est aussi entretenu avec la présidente du Conseil national Maja Riniker.\n');
    expect(berset.participants.map((p) => p.name)).toEqual(['Alain Berset', 'Karin Keller-Sutter', 'Ignazio Cassis', 'Maja Riniker']);
    expect(berset.meeting.location).toBeNull();
    const haiti = extract('Haïti\n\nL’annonce a été faite, le mardi 17 août 2004, par le président provisoire Boniface Alexandre. Les leaders latino-américains présents, Lula Da Silva ( Brésil), Jorge Battle ( Uruguay), Abel Pacheco ( Costa Rica) et Winston Baldwin Spencer ( Antigua et Barbuda) ont reconnu la victoire du président vénézuélien Hugo Chavez au référendum.\n');
    expect(haiti.participants.map((p) => [p.name, p.country])).toEqual([['Boniface Alexandre', ''], ['Lula Da Silva', 'Brazil'], ['Jorge Battle', 'Uruguay'], ['Abel Pacheco', 'Costa Rica'], ['Winston Baldwin Spencer', 'Antigua and Barbuda']]);
    expect(names('Accord\n\nL’accord a été paraphé, pour le Bénin, par le ministre béninois des Affaires étrangères Kolawolé Antoine Idji, et pour le Liban par M. Mahmoud Hammoud.\n')).toEqual(['Kolawolé Antoine Idji', 'Mahmoud Hammoud']);
  });
  it('round 126: "he said" goes on from the spokesman quoted last when no participant was named since; a news outlet\'s « viennent de renforcer », « a eu hier une série de rencontres », « a été signé » report; the palais Bustros is in Beirut, "Angola’s port capital, Luanda", « la capitale Nouakchott »; the next visit announced; someone\'s taking office gives no year; "will receive an audience with His Majesty"', () => {
    const ians = extract('Sushma to attend joint commission meeting in Sri Lanka\n\nNew Delhi: External Affairs Minister Sushma Swaraj on Friday will leave on a two-day visit to Sri Lanka.\n\n“External Affairs Minister Sushma Swaraj will be visiting Sri Lanka on February 5-6 for the ninth session of the Joint Commission,” external affairs ministry spokesman Vikas Swarup said at a media briefing here on Thursday.\n\n“The meeting of the joint commission will be held on February 5 in Colombo,” he said.\n\nIncluded in these would be economic cooperation and trade.\n\n“During her visit, the external affairs minister will call on President Maithripala Sirisena,” he said.\n');
    expect(ians.quotes.map((q) => q.speaker)).toEqual(['Vikas Swarup', 'Vikas Swarup', 'Vikas Swarup']);
    expect(extract('Accords\n\nLe Maroc et le Rwanda viennent de renforcer leur coopération à travers deux accords signés vendredi à Rabat par le ministre des Affaires étrangères, M. Nasser Bourita, et son homologue rwandais, M. Vincent Biruta.\n').meeting.kind).toBe('news-release');
    expect(extract('Intense activité au palais Bustros\n\nLe président du Conseil, M. Sélim Hoss, en sa qualité de ministre des Affaires étrangères, a eu hier une série de rencontres au palais Bustros avec les ambassadeurs du Maroc et du Gabon.\n').meeting).toMatchObject({ location: 'Beirut', kind: 'news-release' });
    expect(extract('MALAWI, ANGOLA SIGN PACT\n\nMalawi and Angola have signed a general agreement.\n\nThe development follows President Dr Lazarus Chakwera’s meeting with the President of Angola, Joao Manuel Goncalves Laurenco, in Angola’s port capital, Luanda, following the end of the 43rd SADC Summit.\n').meeting.location).toBe('Luanda');
    const nouakchott = extract('Le président sénégalais quitte Nouakchott\n\nLe président sénégalais, Macky Sall, a quitté la capitale Nouakchott, mardi après-midi, au terme d’une visite commencée lundi, au cours de laquelle il a rencontré son homologue mauritanien.\n\nAnnonce a été faite, dans la déclaration finale de cette visite, de la prochaine visite du président mauritanien au Sénégal, sur invitation de son homologue sénégalais.\n');
    expect(nouakchott.meeting.location).toBe('Nouakchott');
    expect(nouakchott.initiatives).toHaveLength(1);
    const bhutan = extract('Minister to visit Bhutan\n\nThe Minister for External Affairs, Salman Khurshid, will be visiting Bhutan from January 14-15 at the invitation of the Foreign Minister.\n\nDuring the visit the Indian Minister will receive an audience with His Majesty the King.\n\nSalman Khurshid succeeded S.M. Krishna as the Minister for External Affairs of India on October 28, 2012.\n');
    expect(bhutan.meeting.date).toBeNull();
    expect(bhutan.initiatives.map((i) => i.text)).toEqual(['During the visit the Indian Minister will receive an audience with His Majesty the King.']);
  });
  it('round 127: instruments counted in a lead and then told one by one are the list\'s, not the lead\'s; the signing taken up again (« Ces accords ont été signés », "with the signing of these MOUs", « La cérémonie de signature des accords ») is no second one; « ont conclu … 27 accords »; "an action program"', () => {
    const mali = initiatives('Accords\n\nLe Maroc et le Mali ont signé, jeudi à Rabat, cinq accords de coopération couvrant plusieurs domaines.\n\nAinsi, un accord relatif aux transports internationaux routiers de voyageurs et de marchandises a été signé par le ministre de l’Equipement, du Transport, de la Logistique et de l’Eau, Abdelkader Amara, et le ministre malien des Transports.\n\nDans le domaine de l’emploi, un protocole de coopération a été signé par les deux ministres.\n\nCes accords ont été signés au terme d’une réunion plénière.\n');
    expect(mali.map((i) => i.slice(0, 20))).toEqual(['Ainsi, un accord rel', 'Dans le domaine de l']);
    expect(names('Accords\n\nUn accord a été signé par le ministre de l’Equipement, du Transport, de la Logistique et de l’Eau, Abdelkader Amara, et son homologue.\n')).toEqual(['Abdelkader Amara']);
    const jamaica = initiatives('MoUs\n\nKINGSTON, Jamaica — The Government of Jamaica and the Republic of Kenya together on Monday (August 5) signed agreements to facilitate closer bi-lateral relations.\n\nPrime Minister Andrew Holness has welcomed the signing of three Memoranda of Understanding (MoUs) between Jamaica and Kenya in the areas of Sports and Tourism.\n\n“We are equally confident that with the signing of these MOUs the relations between our two countries will be strengthened,” Holness said.\n\nThe prime minister made the announcements after the signing of the MoUs at the OPM.\n');
    expect(jamaica.map((i) => i.slice(0, 30))).toEqual(['Prime Minister Andrew Holness ']);
    expect(initiatives('Accords\n\nLe Maroc et le Mali ont signé cinq accords de coopération.\n')).toHaveLength(1);
    const tunis = initiatives('Tunis et Alger signent 27 accords de coopération\n\nLa Tunisie et l’Algérie ont conclu, mercredi, au Palais présidentiel de Carthage dans la capitale Tunis, 27 accords de coopération portant sur plusieurs secteurs.\n\nLa cérémonie de signature des accords par les ministres chargés des secteurs concernés, s’est déroulée sous la supervision des présidents des deux pays.\n');
    expect(tunis.map((i) => i.slice(0, 25))).toEqual(['La Tunisie et l’Algérie o']);
    expect(initiatives('Travaux\n\nLes ministres ont conclu leurs travaux par un accord.\n')).toEqual([]);
    expect(initiatives('Session\n\nAt the end of the session, the two signed an action program to realize the Vietnam-Philippines strategic partnership until 2024.\n')).toHaveLength(1);
  });
  it('round 127: a host who « accueillera ce lundi soir son homologue », a guest who « sera reçu à Paris … par la Première ministre » (one meeting, placed in Paris), a seminar « dimanche prochain »; "Saudi Arabia\'s Adel Al-Jubair and Iraq\'s Ibrahim Al-Jaafari both condemned"; « en mission à New York » is no one; four capitalised words after « à » are a person; « la visite d’Etat » is no city', () => {
    const wort = extract('Xavier Bettel reçu par Elisabeth Borne ce lundi soir\n\nLa Première ministre française Elisabeth Borne accueillera ce lundi soir son homologue luxembourgeois Xavier Bettel pour notamment aborder les questions de coopération bilatérale.\n\nCe lundi soir à 21 heures, Xavier Bettel sera reçu à Paris à l\'hôtel de Matignon par la Première ministre française Elisabeth Borne pour un dîner de travail.\n');
    expect(wort.initiatives.map((i) => i.text.slice(0, 25))).toEqual(['Ce lundi soir à 21 heures']);
    expect(wort.meeting.location).toBe('Paris');
    expect(initiatives('Séminaire\n\nLes gouvernements Français et Sénégalais tiennent dimanche prochain un Séminaire Intergouvernemental.\n')).toHaveLength(1);
    expect(extract('Kuwait\n\nSaudi Arabia\'s Adel Al-Jubair and Iraq\'s Ibrahim Al-Jaafari both condemned the attack on Imam Al-Sadiq Mosque in Kuwait City.\n').participants.map((p) => [p.name, p.country])).toEqual([['Adel Al-Jubair', 'Saudi Arabia'], ['Ibrahim Al-Jaafari', 'Iraq']]);
    expect(names('New York\n\nActuellement en mission à New York, la ministre des Affaires étrangères, Béatrice Atallah enchainent les entretiens avec les autres ministres.\n')).toEqual(['Béatrice Atallah']);
    expect(extract('Gabon\n\nAu cours de cette rencontre, le ministre guinéen a transmis les remerciements du Président Mamadi Doumbouya à Brice Clotaire Oligui Nguema, à la suite de son récent séjour.\n').meeting.location).toBeNull();
    expect(extract('Tunis et Alger signent 27 accords de coopération\n\nLa Tunisie et l’Algérie ont signé mercredi 27 accords de coopération, en marge de la visite d’Etat qu’effectue le président algérien en Tunisie.\n').meeting.location).toBeNull();
  });
  it('round 128: a byline "By JT - Jan 17,2023" is no place but dates the text; "received US … Coordinator … Brett McGurk" with no article is a meeting; an online meeting has no place; « la capitale sénégalaise, Roch Marc … » is no city; "06-11-2018" is day first', () => {
    const jordan = extract('King receives US National Security Council Mideast coordinator\n\nBy JT - Jan 17,2023 - Last updated at Jan 17,2023\n\nAMMAN — His Majesty King Abdullah on Monday received US National Security Council Coordinator for the Middle East and North Africa Brett McGurk at Al Husseiniya Palace.\n');
    expect(jordan.meeting).toMatchObject({ date: '2023-01-16', location: 'Amman' });
    expect(extract('Berlin Process\n\nZAGREB, November 9, 2020 - Croatia\'s Foreign and European Affairs Minister Gordan Grlic Radman participated in an online meeting on Monday of the member-countries of the Berlin Process.\n').meeting.location).toBeNull();
    expect(extract('Coopération\n\n(Ouagadougou, 3 octobre 2020). Dès son arrivée ce 2 octobre dans la capitale sénégalaise, Roch Marc Christian Kaboré et Macky Sall se sont entretenus en tête-à-tête.\n').meeting.location).not.toBe('Roch Marc');
    expect(extract('Ambassadors\n\n06-11-2018, Djibouti (Djibouti): The Executive Secretary this morning received credential letters from the Ambassador of Somalia to Djibouti.\n').meeting.date).toBe('2018-11-06');
  });
  it('round 128: "he twitted" after a two-paragraph quotation is the one participant\'s; « le Capitaine Ibrahim TRAORÉ »; « a représenté Sa Majesté le Roi Mohammed VI » and « la volonté des chefs d’État … – le capitaine Ibrahim Traoré et le roi Mohammed VI – » name no one present', () => {
    const nigeria = extract('FG condemns attack on Nigerian mission in Ghana\n\nMinister of Foreign Affairs, Geoffrey Onyeama made this known via his verified twitter handle on Sunday.\n\nThe News Agency of Nigeria (NAN) gathered that the attack happened in the early hours of June 20.\n\n“We strongly condemn two outrageous criminal attacks in Accra on a residential building in our diplomatic premises.\n\n“We are engaging with the Ghanaian government and we demand urgent action to find the perpetrators,” he twitted.\n');
    expect(nigeria.quotes.map((q) => q.speaker)).toEqual(['Geoffrey Onyeama']);
    expect(names('Koulouba\n\nLe Président du Faso, le Capitaine Ibrahim TRAORÉ a reçu en audience, le mardi 16 septembre 2025, son homologue de la République de la Sierra Leone.\n')).toEqual(['Ibrahim TRAORÉ']);
    expect(names('Paris\n\nNasser Bourita a eu un entretien avec Jean-Noël Barrot. Cet entretien a eu lieu en marge du Sommet auquel le chef du gouvernement a représenté Sa Majesté le Roi Mohammed VI.\n')).not.toContain('Mohammed VI');
    expect(names('Commission\n\nCo-présidée par les ministres des Affaires étrangères Karamoko Jean Marie Traoré (Burkina Faso) et Nasser Bourita (Maroc), la rencontre a abouti à la signature de trois accords. Selon les ministres, cette commission traduit la volonté des chefs d’État des deux pays – le capitaine Ibrahim Traoré et le roi Mohammed VI – de renforcer des relations d’amitié.\n')).not.toContain('Ibrahim Traoré');
  });
  it('round 129 (White House and Global Affairs Canada): a named joint action recalled as announced or signed; a named body "was established as …" (not "in 1992"); "agreed to continue intensive work on joint proposals"; "drafted an updated and refined peace framework"; "Canada is financing the project"; "have long been partnering on a … project"; two people who "today issued the following statement"', () => {
    expect(initiatives('Korea\n\nPresident Biden and President Yoon welcomed the significant progress in U.S.-ROK security cooperation on extended deterrence since their announcement of the U.S.-ROK Washington Declaration in April 2023.\n')).toHaveLength(1);
    expect(initiatives('Korea\n\nThe NCG was established as an enduring bilateral consultative body that has implemented the U.S.-ROK Washington Declaration.\n')).toHaveLength(1);
    expect(initiatives('Sri Lanka\n\nThe India-Sri Lanka Joint Commission was established in 1992 as an effective mechanism to address matters pertaining to bilateral cooperation.\n')).toEqual([]);
    expect(initiatives('Geneva\n\nAs a result of the discussions, the parties drafted an updated and refined peace framework. Ukraine and the United States agreed to continue intensive work on joint proposals in the coming days.\n')).toHaveLength(2);
    expect(initiatives('Bridge\n\nOur two countries have long been partnering on a once-in-a generation project of critical importance. Canada is financing the project, and is working hand-in-hand with the State of Michigan.\n')).toHaveLength(2);
    const joint = extract('Joint statement\n\nThe Honourable François-Philippe Champagne, Minister of Foreign Affairs and Dominic Raab, Foreign Secretary of the United Kingdom, today issued the following statement:\n\n“Canada and the United Kingdom reiterate the urgent need to end the continuing military action.”\n');
    expect(joint.initiatives).toHaveLength(1);
    expect(joint.participants.map((p) => [p.name, p.title, p.country])).toEqual([['François-Philippe Champagne', 'Minister of Foreign Affairs', 'Canada'], ['Dominic Raab', 'Foreign Secretary of the United Kingdom', 'United Kingdom']]);
    expect(initiatives('Development Week\n\nThe Honourable Marie-Claude Bibeau, Minister of International Development and La Francophonie, today issued the following statement:\n')).toEqual([]);
  });
  it('round 129: a call for consular access, "to ensure Iran follows through on its commitments", "action is required from Iran to", "warns against any other party … seeking advantage" condemn; a title in title case ends the name before its topic; "(APEC) Host Year" is no one; earlier talks "held in Reykjavik between …" name no one present and place nothing', () => {
    const call = extract('Call\n\nCanada continues to call for immediate consular access to Mr. Kovrig and Mr. Spavor. Canada will continue working with its partners to ensure Iran follows through on its commitments. Immediate action is required from Iran to ensure they conduct a comprehensive, transparent investigation.\n');
    expect(call.condemnations).toHaveLength(3);
    const israel = extract('Statement from President Joe Biden Condemning Terrorist Attacks in Israel\n\nThis morning, I spoke with Prime Minister Netanyahu about the horrific and ongoing attacks in Israel. The United States warns against any other party hostile to Israel seeking advantage in this situation.\n');
    expect(israel.participants.map((p) => p.name)).toEqual(['Joe Biden', 'Netanyahu']);
    expect(israel.condemnations).toHaveLength(1);
    expect(names('Bangkok\n\nVice President Kamala Harris today met with Prime Minister Prayut Chan-o-cha of Thailand in Bangkok. The Vice President commended Thailand on a successful Asia-Pacific Economic Cooperation (APEC) Host Year.\n')).toEqual(['Kamala Harris', 'Prayut Chan-o-cha']);
    const geneva = extract('Joint Statement on National Security Advisor Jake Sullivan’s Meeting with Russian Security Council Secretary Nikolay Patrushev\n\nThe meeting was a logical continuation of the recent discussions held in Reykjavik between Secretary of State Blinken and Foreign Minister Lavrov.\n');
    expect(geneva.participants.map((p) => p.name)).not.toContain('Blinken');
    expect(geneva.participants.map((p) => p.name)).not.toContain('Lavrov');
    expect(geneva.meeting.location).toBeNull();
  });
  it('round 130: "particularly concerned" condemns by a party\'s acts, not about a situation or its victims; a relative "his father President X" and one of two whose joint commitment is reaffirmed are no participants (a "brother" is); a release under a standfirst whose second paragraph says "Today, the Honourable X … announced"; "ITAG’s future work … agreed to continue working together"', () => {
    expect(extract('Militia\n\nThe minister said he was particularly concerned by the attacks of the militia.\n').condemnations).toHaveLength(1);
    expect(extract('Camps\n\n"However, I am particularly concerned at the well-being of the many families and children in the camps," Senator Evans said.\n').condemnations).toEqual([]);
    expect(extract('Nagorno-Karabakh\n\n“We are particularly concerned by reports of the shelling of civilian areas and wish to express our condolences to the families.”\n').condemnations).toEqual([]);
    expect(names('Herzog\n\nPresident Biden met with President Isaac Herzog of Israel. The two discussed Herzog’s July 19 address to Congress, 35 years after an address by his father President Chaim Herzog.\n')).not.toContain('Chaim Herzog');
    expect(names('Call\n\nNational Security Advisor Jake Sullivan spoke with South African National Security Advisor Sydney Mufamadi. Mufamadi reaffirmed President Biden and President Ramaphosa’s commitment to strengthen the relationship.\n')).toEqual(['Jake Sullivan', 'Sydney Mufamadi']);
    expect(names('Niger\n\nALGER- Le Président de la République, M. Abdelmadjid Tebboune, a eu un entretien téléphonique avec le Président du Bénin, son frère Patrice Talon, a indiqué samedi un communiqué de la Présidence de la République.\n')).toContain('Patrice Talon');
    expect(extract('Canada announces support to empower women in Southeast Asia\n\nIn Southeast Asia, women face rising extremism and targeted violence.\n\nToday, the Honourable Karina Gould, Minister of International Development, announced that Canada is providing $8.5 million over 5 years to UN Women.\n').meeting.kind).toBe('news-release');
    expect(initiatives('ITAG\n\nThe Ministers discussed plans for ITAG’s future work and agreed to continue working together to advance inclusive trade.\n')).toHaveLength(1);
    expect(initiatives('Call\n\nThe Ministers agreed to continue working together.\n')).toEqual([]);
  });
  it('round 131: "embark on a trilateral effort", "the successful conclusion of talks for the … Agreement", "work with Israel and Lebanon to ensure this arrangement is fully implemented", "a roadmap … established at their August meeting", "technical teams met to advance talks", "pledged to work together on the United Nations Human Rights Council", "under our joint Task Force on Energy Security"; a second minister of another government who "today issued the following statement", not one of the same', () => {
    for (const sentence of [
      'Today, we embark on a trilateral effort of 18 months to seek an optimal pathway.',
      'Minister Ng announced the successful conclusion of talks for the Canada-United Kingdom Trade Continuity Agreement.',
      'The United States and France will work with Israel and Lebanon to ensure this arrangement is fully implemented and enforced.',
      'They met to advance a roadmap for bilateral cooperation established at their August meeting in Buenos Aires.',
      'Their respective technical teams met to advance talks on the promotion of a vibrant and digital ecosystem.',
      'Both pledged to work together on the United Nations Human Rights Council.',
      'We are partnering to address these challenges under our joint Task Force on Energy Security.',
      'The Honourable François-Philippe Champagne, Minister of Foreign Affairs, and Senator the Honourable Kamina Johnson Smith, Jamaica’s Minister of Foreign Affairs and Foreign Trade, today issued the following statement:',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Idlib\n\nThe Honourable François-Philippe Champagne, Minister of Foreign Affairs, and the Honourable Karina Gould, Minister of International Development, today issued the following statement:\n')).toEqual([]);
  });
  it('round 131: a press secretary in the title is the text\'s voice, no participant; "Anti-Corruption Prosecutor" is an office; either side of another call recalled ("Austin’s call with … Reznikov") is no participant, a meeting the release reports is; an aid sum that "consisted of" its parts is one initiative', () => {
    expect(names('Statement from Press Secretary Karine Jean-Pierre on the Terrorist Attack in Moscow\n\nThe United States strongly condemns the heinous terrorist attack in Moscow.\n')).toEqual([]);
    const call = names('Call\n\nNational Security Advisor Jake Sullivan held a call with Ukrainian Foreign Minister Dmytro Kuleba. It built on Secretary of Defense Lloyd J. Austin’s call with Ukrainian Minister of Defense Oleksii Reznikov on Friday. They discussed the appointment of the head of the Special Anti-Corruption Prosecutor’s Office.\n');
    expect(call).toEqual(['Jake Sullivan', 'Dmytro Kuleba']);
    expect(names('MALAWI, ANGOLA SIGN PACT\n\nThe development follows President Dr Lazarus Chakwera’s meeting with the President of Angola, Joao Manuel Goncalves Laurenco, in Luanda.\n')).toEqual(['Lazarus Chakwera', 'Joao Manuel Goncalves Laurenco']);
    expect(initiatives('Aid\n\nThe Minister for Foreign Affairs, Mr Bill Hayden, today announced emergency assistance of $1.045 million for Ethiopian refugees in Somalia.\n\nMr Hayden said that Australia\'s assistance consisted of an $800,000 accountable cash grant for the purchase of food and an accountable cash grant of $245,000 for other relief needs.\n')).toHaveLength(1);
  });
  it('round 132: "agreed on a new $500 million Education Partnership", "announcing new sanctions against …", "have invoked the OSCE Moscow Mechanism", "co-hosting the second Summit for Democracy", "will host a future, third Summit"; "holding Belarus to its OSCE commitments" and "concerns regarding the coup in Burma" condemn', () => {
    for (const sentence of [
      'The two leaders agreed on a new $500 million Education Partnership to support Indonesia’s education system.',
      'Today I am announcing new sanctions against Belarusian individuals and entities for their role in attacks on democracy.',
      'Canada and 16 other participating States have invoked the OSCE Moscow Mechanism to initiate a fact-finding mission of experts.',
      'We are looking forward to co-hosting the second Summit for Democracy today.',
      'We are announcing that the Republic of Korea will host a future, third Summit for Democracy.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Statement\n\nThey discussed the sanctions already in place.\n')).toEqual([]);
    expect(extract('Belarus\n\nCanada will continue to support the people of Belarus while holding Belarus to its OSCE commitments to human rights and democracy.\n').condemnations).toHaveLength(1);
    expect(extract('Jakarta\n\nPresident Widodo also expressed concerns regarding the coup in Burma.\n').condemnations).toHaveLength(1);
  });
  it('round 133: a named initiative unveiled, a named facility stood up, a named dialogue set for a month, ministers invited to convene', () => {
    for (const sentence of [
      'The United States and the Kingdom of Bahrain are proud to unveil the Geospatial Acceleration Initiative under C-SIPA.',
      'President Biden pledged U.S. support to stand up the Tropical Forests Forever Facility.',
      'They discussed deepening cooperation, including through the U.S.-Thailand Strategic and Defense Dialogue in February.',
      'Later this year the United States intends to invite Partner countries’ foreign ministers to convene and review our progress.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Statement\n\nThey praised the Tropical Forests Forever Facility and the work of the Strategic Dialogue in the region.\n')).toEqual([]);
  });
  it('round 134: "Media Contacts:" right under the title heads the release, which follows; a body that is one quotation under "Statement from A and B on Call with C" is the authors\' (the people of the call take part, the first author speaks); "NSC" opens no name', () => {
    const bali = extract('Regional cooperation to strengthen borders.\n\nMedia Contacts:  Smith - Courtney Hoogen (02) 6277 7500  Evans - Tim Friedrich on 0434 561 915\n\nMedia release   Stephen Smith MP Minister for Foreign Affairs   14 April 2009   A senior delegation of Australian ministers will today join their counterparts for a two-day international meeting in Indonesia. Foreign Minister Stephen Smith will co-chair the Bali Process Ministerial meeting with Indonesian Foreign Minister, Dr Hassan Wirajuda.  “The Australian Government is highly supportive of the Bali Process,” Mr Smith said.\n');
    expect(bali.participants.map((p) => p.name)).toEqual(['Stephen Smith', 'Hassan Wirajuda']);
    expect(bali.quotes.map((q) => q.speaker)).toEqual(['Stephen Smith']);
    const call = extract('Statement from Secretary Rubio and NSC Waltz on Call with Zelenskyy\n\n“Today, President Donald J. Trump and Ukraine’s President Volodymyr Zelenskyy had a fantastic phone conversation. President Zelenskyy thanked President Trump for the support of the United States.\n\nThe two leaders also agreed on a partial ceasefire against energy.”\n');
    expect(call.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Donald J. Trump', 'Volodymyr Zelenskyy', 'Rubio']));
    expect(call.participants.map((p) => p.name)).not.toContain('NSC Waltz');
    expect(call.quotes.map((q) => q.speaker)).toEqual(['Rubio']);
    // A quotation that is not the whole body stays someone's words.
    expect(names('Statement from Secretary Rubio on Ukraine\n\nThe Secretary spoke today.\n\n“Today, President Donald J. Trump and Ukraine’s President Volodymyr Zelenskyy had a fantastic phone conversation.”\n')).not.toContain('Volodymyr Zelenskyy');
  });
  it('round 134: two signers on their lines above the date sign a declaration in the first person plural, titled by the lead\'s offices in order; talks "in line with" the leaders\' discussions, and "reiterated X’s imperative" or "X’s and Y’s agreement", do not make the leaders participants; the Chinese family name He', () => {
    const declaration = extract('Washington Declaration\n\nToday, the President of the United States and the Chancellor of Germany affirm their commitment to close bilateral cooperation.\n\nThe foundation of our relationship is a shared commitment to democratic principles.\n\nWe will also establish a U.S.-German Economic Dialogue.\n\nJoseph R. Biden, Jr.\nAngela Merkel\nJuly 15, 2021\n\n###\n');
    expect(declaration.participants.map((p) => [p.name, p.title, p.country])).toEqual([
      ['Joseph R. Biden, Jr.', 'President', 'United States'],
      ['Angela Merkel', 'Chancellor', 'Germany'],
    ]);
    expect(names('Outcomes\n\nIn line with presidential-level discussions between President Donald J. Trump and President Vladimir Putin, the United States facilitated bilateral technical-level talks with the Russian delegation in Riyadh.\n\nThe United States and Russia agreed to develop measures for implementing President Trump’s and President Putin’s agreement to ban strikes against energy facilities.\n\nThe United States reiterated President Donald J. Trump’s imperative that the killing must stop.\n')).toEqual([]);
    expect(names('Joint Statement\n\nThe representative from the Chinese side for this meeting was He Lifeng, Vice Premier of the State Council, and the representative from the U.S. side was Scott Bessent, Secretary of Treasury.\n')).toEqual(['He Lifeng', 'Scott Bessent']);
    expect(names('Call\n\nThe Prime Minister spoke with the President. He Said nothing else.\n')).toEqual([]);
  });
  it('round 134: a preamble\'s "Recalling the Joint Statement … in Geneva on May 12, 2025" dates no meeting; the place the title names picks its date among several', () => {
    const meeting = extract('Joint Statement on U.S.-China Economic and Trade Meeting in Stockholm\n\nThe Government of the United States of America and the Government of the People’s Republic of China,\n\nRecalling the Joint Statement on U.S.-China Economic and Trade Meeting in Geneva on May 12, 2025; and\n\nReflecting on their meetings in London on June 9 and 10, 2025, and in Stockholm on July 28 and 29, 2025;\n\nThe Parties agree to take the following actions by August 12, 2025.\n').meeting;
    expect([meeting.date, meeting.location]).toEqual(['2025-07-28', 'Stockholm']);
  });
  it('round 134: initiatives — "U.S." inside a cue, a ceasefire agreed on, information shared between staffs, a joint effort, agencies directed to engage, a named agreement to finalize, an instrument signed in March by the parties, new projects by number, an initiative presented to a body, work through a named mechanism, an arrangement to negotiate, negotiations launched at a named assembly', () => {
    for (const sentence of [
      'To facilitate cooperation on crucial economic issues, we will also establish a U.S.-German Economic Dialogue.',
      'The two leaders also agreed on a partial ceasefire against energy.',
      'They reviewed the situation in Kursk and agreed to share information closely between their defense staffs as the battlefield situation evolved.',
      'They agreed to collaborate on a joint effort to address the root causes of regional migration.',
      'Finally, they directed the Secretariat of Foreign Relations and the Department of State to engage with the governments of neighboring countries.',
      'In the coming weeks, the United States and Indonesia will negotiate and finalize the Agreement on Reciprocal Trade, prepare the Agreement for signature.',
      'We support the open letter to publishers on open access to COVID-19 research, signed in March by the European Commission and Canada.',
      'The Minister also announced 4 new projects in Burkina Faso to address critical gaps in food security.',
      'Today, Minister Ng announced that the Canadaled Ottawa Group Trade and Health Initiative was presented to the WTO General Council for discussion.',
      'Together, we are working through the G7 Rapid Response Mechanism to identify and respond to foreign threats.',
      'In the coming weeks, they intend to negotiate for the first time, a global arrangement to address carbon intensity.',
      'Both countries support launching negotiations at the upcoming 5th UN Environment Assembly (UNEA) on a global agreement.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    for (const sentence of [
      'They urged Russia to agree to a ceasefire.',
      'They agreed on the need for a ceasefire.',
      'They directed the Department of State to review the matter.',
      'They called on Russia to finalize the agreement.',
      'They discussed the negotiations.',
      'They met in the U.S.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toEqual([]);
  });
  it('round 134: an attack launched is no launch; deals of others the parties take note of, listed after the lead-in, are no initiatives', () => {
    expect(initiatives('Statement\n\nOvernight, Russia launched its largest aerial assault on Ukraine since this war began.\n')).toEqual([]);
    expect(initiatives('Statement\n\nThey launched a new attack monitoring mechanism.\n')).toHaveLength(1);
    const deals = initiatives('Framework\n\n- Indonesia will remove restrictions on exports to the United States of industrial commodities.\n\n- In addition, the United States and Indonesia take note of the following forthcoming commercial deals between U.S. and Indonesian companies:\n\n- Procurement of aircraft currently valued at 3.2 billion USD.\n\n- Purchases of energy products with an estimated value of 15 billion USD.\n\nIn the coming weeks, the United States and Indonesia will negotiate and finalize the Agreement on Reciprocal Trade.\n');
    expect(deals.join(' ')).toMatch(/finalize the Agreement/);
    expect(deals.join(' ')).not.toMatch(/Procurement|Purchases|take note/);
  });
  it('round 135: participants — a minister in a release header speaks for the government in "we" too; "The Hon X MP  AUSTRALIAN MINISTER FOR …" on one line; a meeting this one followed and another\'s recent visit recalled make no participants', () => {
    expect(names('Australia secures renewed humanitarian access to Syria\n\nMEDIA RELEASE\n\nMINISTER FOR FOREIGN AFFAIRS\n\nThe Hon Julie Bishop MP\n\n18 December 2014\n\nThe UN Security Council has adopted a resolution. We have provided $135.8 million in assistance.\n')).toEqual(['Julie Bishop']);
    expect(names('Assistance following conflict in Georgia.\n\nThe Hon Stephen Smith MP  AUSTRALIAN MINISTER FOR FOREIGN AFFAIRS\n\nMedia release\n\n14 August 2008\n\nAustralia will provide $1 million to deliver emergency humanitarian assistance in Georgia.\n')).toEqual(['Stephen Smith']);
    expect(names('Joint Readout\n\nSecretary of State Antony J. Blinken met with Philippine Secretary of Foreign Affairs Enrique Manalo in Washington today. The meeting followed President Biden’s bilateral meeting with Philippines President Ferdinand R. Marcos, Jr. on April 11.\n')).toEqual(['Antony J. Blinken', 'Enrique Manalo']);
    expect(names('Afghanistan\n\nThe Acting Minister for Foreign Affairs, Mr Michael Duffy, said Australia would continue to assist Afghan refugees. During the Prime Minister\'s recent visit to Pakistan, the Pakistani Prime Minister, Ms Bhutto, had expressed the appreciation of her Government.\n')).toEqual(['Michael Duffy']);
    // The visit the text reports is no recalled one.
    expect(names('Jordan\n\nForeign Minister Bob Carr held discussions on regional peace during his recent visit to Jordan, meeting with His Majesty King Abdullah II and Jordan\'s Minister of Foreign Affairs, Mr Nasser Judeh.\n')).toEqual(['Bob Carr', 'Abdullah II', 'Nasser Judeh']);
  });
  it('round 135: calls to reopen civic space, to cooperate fully with an investigation, for children to be returned condemn; a call to reopen talks does not', () => {
    expect(condemned('Readout\n\nPresident Biden also urged Prime Minister Hun Sen to reopen civic and political space ahead of the elections.\n')).toBe(1);
    expect(condemned('Statement\n\nWe continue to call on all states, including Russia, to cooperate fully with the Joint Investigation Team’s investigation.\n')).toBe(1);
    expect(condemned('Statement\n\nWe will continue to demand that Ukrainian children be returned to their families.\n')).toBe(1);
    expect(condemned('Statement\n\nThey urged the parties to reopen talks.\n')).toBe(0);
  });
  it('round 135: initiatives — a further sum allocated, events hosted in a named month, teams to continue work on an agreement\'s details, a proposal presented, a resolution co-authored, discussions to be undertaken, ongoing joint exercises, a minister\'s scheduled meetings; not a key role agreed on, nor openings to explore', () => {
    for (const sentence of [
      'A further $500,000 has been allocated to the International Committee of the Red Cross.',
      'The Department of Commerce will host a Caribbean regional trade mission as well as business conferences and roundtables in October 2022.',
      'Working teams will continue technical work over the coming days on the details of implementation.',
      'The United States, with support from Egypt and Qatar, presented to both parties a bridging proposal.',
      'Australia, working with Jordan and Luxembourg, co-authored and co-led negotiations on the resolution.',
      'In Beijing he will undertake a wide-ranging series of discussions with China\'s Foreign Minister, Qian Qichen.',
      'The two consulted on our close coordination to counter Iran, including through regular and ongoing joint military exercises.',
      'I will be meeting Prime Minister Qarase, Foreign Minister Tavola and other government ministers.',
      'I will also have talks with other government ministers and visit some Australian aid projects.',
      'They agreed to explore new opportunities through the Joint Commission.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    for (const sentence of [
      'The $500,000 had been allocated to the Red Cross in 1990.',
      'They agreed on the key role of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in helping mitigate the effects of COVID-19.',
      'The parties further decided to explore additional opportunities to strengthen global support for the law of the sea.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toEqual([]);
  });
  it('round 134: an honorific after a city opens a name, not the city\'s second word; a named instrument\'s signing date in apposition dates no meeting', () => {
    expect(placeOf('Geneva II\n\nThe Australian Ambassador to the United Nations in Geneva Mr Peter Woolcott met the envoy today.\n')).toBe('Geneva');
    expect(extract('Joint Statement on Framework\n\nToday, the United States and Indonesia agreed to a Framework for negotiating an Agreement on Reciprocal Trade. The Agreement will build upon our relationship, including the U.S.-Indonesia Trade and Investment Framework Agreement, signed on July 16, 1996.\n').meeting.date).toBeNull();
  });
  it('round 136: participants — "Amir" as a given name before a surname set off by its office; "the United Kingdom and Northern Ireland" in an office; a headline\'s "Announce"; whom the authors call on in their own voice, and leaders recalled as setting up a body in a past month, are not at the table', () => {
    expect(names('Readout\n\nYesterday, the Honourable Mary Ng, Minister of International Trade, spoke with Amir Peretz, Israel’s Minister of the Economy and Industry.\n')).toEqual(['Mary Ng', 'Amir Peretz']);
    const e3 = extract('Joint Statement by the President of France Emmanuel Macron, Chancellor of Germany Angela Merkel, Prime Minister of the United Kingdom and Northern Ireland Boris Johnson, and President of the United States Joseph R. Biden, Jr. on Iran\n\nWe met in Rome to discuss Iran. We call upon President Raisi to seize this opportunity and return to a good faith effort.\n');
    expect(e3.participants.map((p) => p.name)).toEqual(['Emmanuel Macron', 'Angela Merkel', 'Boris Johnson', 'Joseph R. Biden, Jr.']);
    expect(names('U.S. President Biden, European Commission President von der Leyen and UK Prime Minister Johnson Announce Commitment to Addressing Climate Crisis\n\nThe leaders met in Glasgow.\n')).not.toContain('Johnson Announce Commitment');
    expect(names('Joint Statement\n\nPresident Joe Biden, President Andrés Manuel López Obrador, and Prime Minister Justin Trudeau established the Trilateral Fentanyl Committee in January 2023, during the North American Leaders’ Summit. The Committee met today in Washington; Mexico’s delegation was led by Secretary of Security Rosa Icela Rodriguez.\n')).not.toContain('Joe Biden');
    // A readout's "urged President Xi" names the other side of the call.
    expect(names('Readout\n\nPresident Joseph R. Biden, Jr. spoke today with President Xi Jinping. President Biden urged President Xi to reopen the talks.\n')).toContain('Xi Jinping');
  });
  it('round 136: condemnations — a call whose addressee ends on a dash ("—to pull back their forces"), "are deeply concerning", "not in conformity with … its international commitments", "need to immediately allow unhindered humanitarian access"', () => {
    expect(condemned('Sudan\n\nI call on the belligerents responsible for Sudanese suffering—the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF)—to pull back their forces.\n')).toBe(1);
    expect(condemned('Statement\n\nReports of shelling of settlements and civilian casualties are deeply concerning.\n')).toBe(1);
    expect(condemned('Statement\n\nChina’s decision is not in conformity with the Hong Kong Basic Law and its international commitments.\n')).toBe(1);
    expect(condemned('Statement\n\nBoth parties need to immediately allow unhindered humanitarian access to all areas of Sudan.\n')).toBe(1);
    expect(condemned('Statement\n\nWe need to allow humanitarian access.\n')).toBe(0);
  });
  it('round 136: initiatives — entities sanctioned by number, a joint investment or taskforce announced, negotiations under way on a named agreement, joint work reviewed under an instrument, a named body\'s scope widened; not a sum that lifts a total, follows an earlier one, or was given in a past month', () => {
    for (const sentence of [
      'The U.S. Treasury Department has sanctioned sixteen entities and individuals for contributing to the conflict.',
      'The two leaders announced a joint investment that will allow Mexico and the United States to address the root causes.',
      'In 2021, the U.S. and the EU announced a joint COVID-19 Manufacturing and Supply Chain Taskforce.',
      'They spoke about ongoing negotiations on the Canada-India Comprehensive Economic Partnership Agreement.',
      'They reviewed joint efforts to date under the Los Angeles Declaration on Migration and Protection.',
      'Our governments have expanded the scope of the Trilateral Fentanyl Committee to address firearms trafficking.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    for (const sentence of [
      'In September, Australia provided another $4 million for Syrian medical aid.',
      'This $4 million additional contribution lifted Australia\'s commitment to the Syrian humanitarian crisis to $24.5 million.',
      'This contribution to assist Kurdish refugees follows an earlier contribution of one million dollars each to the ICRC.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toEqual([]);
    expect(initiatives('Statement\n\nIn September, Australia will provide $4 million for Syrian medical aid.\n')).toHaveLength(1);
  });
  it('round 136: "Media Note: X, … is available for interview." is a contact line, not a participant; a name starts after an honorific, not on the word before it', () => {
    const text = 'Workshop\n\nParliamentary Secretary for Defence Support, Dr Mike Kelly, today opened a workshop with the African Union in Queanbeyan.\n\nMedia Note:  Executive Director of the Asia Pacific Civil-Military Centre of Excellence,  Michael G. Smith, is available for interview.\n\nMedia contacts:   Mark Sjolander 02 6277 4840\n';
    expect(names(text)).toEqual(['Mike Kelly']);
    // A word before an honorific opens no name; a middle initial « M. » is no honorific there.
    expect(names('Statement\n\nMinister for Trade and Investment Support Mr John Smith met Secretary of Defense Patrick M. Shanahan today.\n')).toEqual(['John Smith', 'Patrick M. Shanahan']);
  });
  it('round 137: whose resignation is regretted, or whose commitment an envoy carries, is not at the table; pressure brought on a party to release condemns; sanctions to continue on named kinds of people are an initiative', () => {
    expect(names('Syria\n\nForeign Minister Bob Carr met Jordan\'s Foreign Minister Nasser Judeh in Amman. Australians would be disappointed at the resignation of Joint Special Envoy Kofi Annan.\n')).toEqual(['Bob Carr', 'Nasser Judeh']);
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan met today with African Union Commission Chairperson Moussa Faki Mahamat to reinforce President Biden’s commitment to Africa.\n')).toEqual(['Jake Sullivan', 'Moussa Faki Mahamat']);
    expect(condemned('Cuba\n\nWe will work closely with our partners, including the Organization of American States, to pressure the regime to immediately release wrongfully detained political prisoners.\n')).toBe(1);
    expect(initiatives('Cuba\n\nThe United States will continue to sanction individuals responsible for oppression of the Cuban people.\n')).toHaveLength(1);
  });
  it('round 138: a short Vietnamese name whose accents fold onto a stop word ("Tô Lâm"); an untitled name after "spoke today with"; friends called on or rallied to reject or denounce are no condemnation of the authors\'; areas named under a lead-in that announces nothing are topics; a named body that will convene annually', () => {
    expect(names('Readout\n\nPresident Joseph R. Biden, Jr. met today with General Secretary Tô Lâm of Vietnam in New York.\n')).toEqual(['Joseph R. Biden, Jr.', 'Tô Lâm']);
    expect(names('Readout of the Call\n\nVice President Kamala Harris spoke today with Bernardo Arévalo de León and congratulated him on his victory.\n')).toEqual(['Kamala Harris', 'Bernardo Arévalo de León']);
    expect(condemned('Statement\n\nI urge all members of the international community to reject Russia’s illegal attempts at annexation.\n')).toBe(0);
    expect(condemned('Statement\n\nWe will rally the international community to both denounce these moves and to hold Russia accountable.\n')).toBe(0);
    expect(condemned('Statement\n\nWe condemn Russia’s attempts and urge the international community to reject them.\n')).toBe(1);
    const topics = initiatives('Joint Statement\n\nFirst, we launch a Strategic High-Level Dialogue on Technology.\n\nThird, we will advance a high-level dialogue led by the national security councils to enhance our collaboration on technologies in areas of global concern:\n\n- Pandemic preparedness: exploring cooperative tech R&D ventures.\n\n- Trusted tech ecosystems: exchange information and seek to increase coordination on policies.\n\nFourth, the Strategic Dialogue on Technology will convene annually, alternating between the United States and Israel.\n');
    expect(topics.join(' ')).not.toMatch(/Pandemic|Trusted/);
    expect(topics.join(' ')).toMatch(/will convene annually/);
  });
  it('round 139: participants — hyphenated ranks, "PDNSA", a dam, one invited to a later meeting and one asked to travel later; a word cut before digits is no place', () => {
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan met Navy Undersecretary Vice-Admiral Benito Galeana in Mexico City.\n')).toContain('Benito Galeana');
    expect(names('Readout\n\nPrincipal Deputy National Security Advisor Jon Finer met Deputy Prime Minister John Rosso. PDNSA Finer underscored the partnership.\n')).not.toContain('PDNSA Finer');
    expect(names('Readout\n\nPresident Joseph R. Biden, Jr. spoke with President Abdel Fattah Al Sisi of Egypt about the Grand Ethiopian Renaissance Dam. President Biden said he has asked Secretary of State Antony Blinken to visit the region.\n')).toEqual(['Joseph R. Biden, Jr.', 'Abdel Fattah Al Sisi']);
    expect(names('Readout\n\nPresident Joseph R. Biden, Jr. met President Reuven Rivlin of Israel. He extended an invitation for Prime Minister Naftali Bennett to meet with him soon at the White House.\n')).toEqual(['Joseph R. Biden, Jr.', 'Reuven Rivlin']);
    expect(placeOf('Readout\n\nThe National Security Advisor spoke today with his Indian counterpart about the recent spike in COVID-19 cases.\n')).toBeNull();
  });
  it('round 139: condemnations — a call to reinstate, "must allow immediate, unimpeded humanitarian access", a regime that failed to respect rights; initiatives — a joint statement signed onto, a named operation launched, new measures announced, entities designated by number, talks under the aegis of a named dialogue, an inaugural dialogue established, officials to be convened', () => {
    expect(condemned('Hong Kong\n\nWe call on the Hong Kong government to reinstate the eligibility of disqualified candidates.\n')).toBe(1);
    expect(condemned('Ethiopia\n\nAll parties, in particular the Ethiopian and Eritrean forces, must allow immediate, unimpeded humanitarian access.\n')).toBe(1);
    expect(condemned('Cuba\n\nBy its actions, the Cuban regime failed to respect the civil and political rights enumerated in its constitution.\n')).toBe(1);
    for (const sentence of [
      'Minister Ng and her Asia-Pacific counterparts also signed onto a joint statement reaffirming their commitment to work together.',
      'In December, the United States launched Operation Prosperity Guardian—a coalition of more than 20 nations.',
      'Today, the Departments of the Treasury and State have announced new and significant measures to more effectively target Iran’s petroleum sector.',
      'Since 2021, the United States has designated over 700 individuals and entities connected to Iran’s destabilizing activities.',
      'The talks took place under the aegis of the U.S.-Germany Economic Dialogue announced in the 2021 Washington Declaration.',
      'They highlighted the partnership, as exemplified by the establishment of the inaugural U.S.-PNG Strategic Partnership Dialogue.',
      'Cyprus will soon convene senior officials to discuss how we can accelerate this.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
  });
  it('round 140: those on upcoming visits are not at the call; "RADM" is a rank; entities of a named nationality sanctioned by number, and an executive order issued or to be signed, are initiatives', () => {
    expect(names('Readout\n\nPresident Joe Biden spoke with President Xi Jinping of the People’s Republic of China. They agreed to working-level consultations, including during upcoming visits by Secretary Yellen and Secretary Blinken.\n')).toEqual(['Joe Biden', 'Xi Jinping']);
    expect(names('Readout\n\nThe delegation, led by RADM Michael Day, met Prime Minister Sitiveni Rabuka in Suva.\n')).toContain('Michael Day');
    for (const sentence of [
      'We have also sanctioned over 70 Iranian individuals and entities responsible for supporting the regime’s oppression.',
      'Today, I issued a new Executive Order that expands U.S. authorities to respond to the violence with sanctions.',
      'Today, President Biden will sign an Executive Order to continue tightening the screws on Russia’s war machine.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
  });
  it('round 141: sanctions announced by number, imposed, re-imposed or drawn up; a designation announced; a named pledge announced today; a named dialogue embarked on; an agreement reached in principle; work continued to draft; a summit proposed; a new named compact; governments directed to report', () => {
    for (const sentence of [
      'Today, I am announcing more than 500 new sanctions against Russia for its ongoing war.',
      'We are also imposing new export restrictions on nearly 100 entities.',
      'The United States will re-impose full blocking sanctions against nine Belarusian state-owned enterprises.',
      'Treasury is developing a list of targeted sanctions against key members of the regime.',
      'Today, the United States announced the designation of Ansarallah as a Specially Designated Global Terrorist.',
      'The United States and European Union announced today the Global Methane Pledge, an initiative to reduce global methane emissions.',
      'The United States and Russia will embark together on an integrated bilateral Strategic Stability Dialogue in the near future.',
      'Our countries have reached agreement in principle on the key elements of a modernized Treaty.',
      'The United States and Canada will continue our work together to draft a Treaty amendment.',
      'President Biden proposed a summit meeting in a third country in the coming months.',
      'We intend to enhance our cooperation under a new Climate, Critical Minerals, and Clean Energy Transformation Compact.',
      'We direct our Governments to report back to us on progress under the Compact by the end of 2023.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Statement\n\nThey discussed the sanctions imposed last year and the designation process.\n')).toEqual([]);
  });

  it('round 142: work to begin on a build, a named body formed or being set up, sanctions enacted, a launch discussed, a commitment renewed, a partnership announced by its acronym, work with the IAEA going on, cooperation under a named framework, a summit to host later this year', () => {
    for (const sentence of [
      'Australia and the United Kingdom will begin work to build SSN-AUKUS in their domestic shipyards within this decade.',
      'To operationalize the vision, a founding Executive Board has been formed, composed of leaders with experience across diplomacy.',
      'In support of the Office of the High Representative, a Gaza Executive Board is being established.',
      'Following the raid, I have enacted powerful new sanctions on the regime’s military and intelligence apparatus.',
      'The two leaders discussed the launch of the Partnership for Workers’ Rights, the first joint global initiative.',
      'They also recommitted to deepening cooperation on information-sharing and other previously agreed working groups.',
      'In September 2021, Australia, the United Kingdom and the United States announced AUKUS, a new security partnership.',
      'We continue to consult with the International Atomic Energy Agency to develop a non-proliferation approach.',
      'The two leaders also reviewed security cooperation under the Bicentennial Framework for Security, Public Health, and Safe Communities.',
      'Both leaders emphasized their commitment to the Quad partnership, with India hosting Quad Leaders for the first time later this year.',
    ]) expect(initiatives(`Readout\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Vice President thanked Prime Minister Marape for hosting the U.S.-Pacific Islands Forum Leaders Dialogue in May.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe board was formed in 1990, and its members spoke of their work under the old framework.\n')).toEqual([]);
  });

  it('round 142: an envoy named by surname is a participant and no one else’s office; "Sheikh" inside a Somali name; "First Lady" and a monarch’s "the III"; styled Gulf names after a comma’s "with"; an organisation’s unnamed head speaks for no participant; concern about the effects of a named party’s war', () => {
    const geneva = 'Readout of Peace Talks in Geneva\n\nToday, Secretary Rubio, Special Envoy Witkoff, Mr. Jared Kushner, and Secretary Driscoll held an extensive and productive meeting with the Ukrainian delegation.\n';
    const people = extract(geneva).participants.map((p) => [p.name, p.title]);
    expect(people).toContainEqual(['Witkoff', 'Special Envoy']);
    expect(people.find(([name]) => name === 'Jared Kushner')?.[1]).toBe('');
    expect(names('Readout\n\nJake Sullivan hosted President Hassan Sheikh Mohamud of Somalia for a meeting at the White House today.\n')).toContain('Hassan Sheikh Mohamud');
    const visit = extract('State Visit\n\nPresident Donald J. Trump and First Lady Melania Trump will welcome His Majesty King Charles the III of the United Kingdom to Washington for a State Visit.\n').participants.map((p) => [p.name, p.title]);
    expect(visit).toContainEqual(['Melania Trump', 'First Lady']);
    expect(visit).toContainEqual(['Charles the III', 'King']);
    expect(names('Joint Statement\n\nJake Sullivan and Israeli National Security Advisor Tzachi Hanegbi met in Jerusalem, with H.E. Sheikh Nasser bin Hamad Al Khalifa of Bahrain and H.E. Sheikh Tahnoun bin Zayed Al Nahyan of the UAE joining virtually from Abu Dhabi.\n')).toEqual(
      expect.arrayContaining(['Tzachi Hanegbi', 'Nasser bin Hamad Al Khalifa', 'Tahnoun bin Zayed Al Nahyan']),
    );
    expect(names('Readout\n\nVice President Kamala Harris convened leaders on the margins of the Asia-Pacific Economic Cooperation (APEC) Leaders Meeting in Bangkok.\n')).toEqual(['Kamala Harris']);
    expect(quotes('Readout\n\nJake Sullivan met the delegations in Washington. They noted the remarks of the IAEA Director General to the June Board of Governors in which he expressed “satisfaction with the engagement and transparency shown by the three countries thus far” and noted his plans.\n')).toEqual([]);
    expect(condemned('Readout\n\nDuring the meeting, President Biden expressed concern about the global effects of Russia’s war against Ukraine, particularly on food security.\n')).toBe(1);
  });

  it('round 143: assistance authorized by its sum, designations issued, a new partner welcomed, work with a named organisation going on; concern about a party’s practices by its acronym and objections to its acts', () => {
    for (const sentence of [
      'I shared with him that my Administration is authorizing an additional $800 million in weapons, ammunition, and other security assistance to Ukraine.',
      'The United States, the Republic of Korea, and Japan issued designations targeting various officials and entities associated with the DPRK.',
      'Today we welcome South Africa as a new partner in this endeavor.',
      'We will continue to work with the OPCW and other partners to secure, declare and destroy Syria’s remaining chemical weapons.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Statement\n\nWe welcome South Africa’s leadership in this endeavor.\n')).toEqual([]);
    expect(condemned('Readout\n\nPresident Biden raised concerns about PRC practices in Xinjiang, Tibet, and Hong Kong.\n')).toBe(1);
    expect(condemned('Readout\n\nHe raised U.S. objections to the PRC’s coercive and increasingly aggressive actions toward Taiwan.\n')).toBe(1);
    expect(condemned('Readout\n\nHe raised the objections of the delegation to the schedule.\n')).toBe(0);
  });

  it('round 143: a title’s topic verb is no name; "President X Statement on …" has its author; gratitude for an envoy’s work; signers with "M.P."; "Politburo Member" and "Pandemic PPR" are no people', () => {
    expect(names('Statement from President Biden Commemorating 100 Years of U.S. Diplomatic Relations with our Baltic Allies\n\nToday, we mark 100 years of relations with our Baltic Allies. I am proud of them.\n')).toEqual(['Biden']);
    expect(names('President Biden Statement on the UN-Mediated Truce Extension in Yemen\n\nI welcome the announcement today of a continuation of the truce. I am grateful for the tireless work of my Special Envoy Tim Lenderking, and the UN’s Envoy to Yemen, Hans Grundberg.\n')).toEqual(['Biden']);
    expect(names('The New Atlantic Charter\n\nToday, the President of the United States and Prime Minister of the United Kingdom reaffirm their commitment to work together.\n\nFirst, we resolve to defend the principles of democracy.\n\nSecond, we intend to strengthen the institutions.\n\nJoseph R. Biden, Jr.\nBoris Johnson, M.P.\nJune 10, 2021\n')).toEqual(['Joseph R. Biden, Jr.', 'Boris Johnson']);
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan met on January 26-27 with Chinese Communist Party Politburo Member, Director of the Office of the Foreign Affairs Commission, and Foreign Minister Wang Yi in Bangkok.\n')).toEqual(['Jake Sullivan', 'Wang Yi']);
    expect(names('Readout\n\nPresident Biden congratulated President Widodo for the launch of the Financial Intermediary Fund (FIF) for Pandemic PPR hosted by the World Bank.\n')).not.toContain('Pandemic PPR');
  });

  it('round 144: new money announced before the total it brings; a summit’s outcomes carried on; leaders the author thanks in the first person are not at the table', () => {
    expect(initiatives('Statement\n\nMr. Sullivan informed Foreign Minister Marsudi that the United States will provide an additional $30 million in COVID-19 assistance to Indonesia, bringing the total U.S. assistance to Indonesia since the start of the pandemic to more than $65 million.\n')).toHaveLength(1);
    expect(initiatives('Statement\n\nThis brings the total U.S. assistance to Indonesia since the start of the pandemic to more than $65 million.\n')).toEqual([]);
    expect(initiatives('Readout\n\nPresident Biden reaffirmed his commitment to continue implementing the outcomes from the June U.S.-EU Summit.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThey shared deep concerns regarding the crisis in Burma and recommitted to promoting a swift return to democracy.\n')).toEqual([]);
    expect(names('Statement from President Joe Biden on Extension of Humanitarian Pause in Gaza\n\nToday, I want to again thank Prime Minister Netanyahu of Israel, Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar, and President Abdel Fattah Al-Sisi of Egypt for their commitment to this process.\n')).toEqual(['Joe Biden']);
    expect(names('Readout\n\nPresident Biden spoke with President Abdel Fattah Al-Sisi of Egypt today. The President thanked President Al-Sisi for his commitment to this process.\n')).toContain('Abdel Fattah Al-Sisi');
  });

  it('round 146: an office to come ("President-elect"); a person first named only as spoken of, then met by title and surname; a trip for meetings places them; a meeting "next week" places nothing; a call "urged that" a party agree to a cessation', () => {
    const brasilia =
      'Readout of Travel to Brasilia, Brazil\n\nNational Security Advisor Jake Sullivan traveled to Brasilia, Brazil on Monday, December 5 for meetings with senior representatives of the Brazilian government and members of the incoming administration of President-elect Luiz Inácio Lula da Silva.\n\nMr. Sullivan also met with President-elect Lula and members of his transition team.\n';
    expect(extract(brasilia).participants.map((p) => [p.name, p.title])).toContainEqual(['Luiz Inácio Lula da Silva', 'President-elect']);
    expect(placeOf(brasilia)).toBe('Brasilia');
    // Spoken of only, never met: no participant.
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan met members of the incoming administration of President-elect Luiz Inácio Lula da Silva.\n')).toEqual(['Jake Sullivan']);
    expect(placeOf('Readout of National Security Advisor Jake Sullivan’s Meeting with Kenyan National Security Advisor Monica Juma\n\nMr. Sullivan and Dr. Juma discussed the conflict in northern Ethiopia. Mr. Sullivan urged that the Government of Ethiopia and Tigrayan regional authorities meeting in Pretoria, South Africa for talks next week agree to an immediate cessation of hostilities.\n')).toBeNull();
    expect(condemned('Readout\n\nMr. Sullivan urged that the Government of Ethiopia and Tigrayan regional authorities meeting in Pretoria, South Africa for talks next week agree to an immediate cessation of hostilities, unhindered access for humanitarian assistance, Eritrea’s withdrawal, and accountability for human rights violations.\n')).toBe(1);
  });

  it('round 146: joint voices under a bare "Statement"; new cooperation begun; items that complete "committed to:" without bullet marks, not the sentences that go on about them', () => {
    expect(extract('Statement on Indo-Pacific Economic Framework for Prosperity\n\nWe, the United States, Australia, Brunei Darussalam, India, Indonesia, Japan, and Vietnam, acknowledge the richness of our regional economy.\n').meeting.kind).toBe('joint-statement');
    expect(extract('AUKUS Leaders’ Level Statement\n\nToday, the leaders of the Australia-UK-US (AUKUS) partnership – Prime Minister Scott Morrison of Australia, Prime Minister Boris Johnson of the United Kingdom, and President Joseph R. Biden, Jr. of the United States – assessed progress under AUKUS.\n').meeting.kind).toBe('joint-statement');
    expect(initiatives('Statement\n\nWe also committed today to commence new trilateral cooperation on hypersonics and counter-hypersonics.\n')).toHaveLength(1);
    const listed = initiatives(
      'Readout\n\nRepresentatives of twenty countries met in Washington.\n\nFollowing the Declaration launch, countries committed to:\n\nA shared implementation plan to make good on the commitments and principles of the Declaration.\n\nCountry leads for joint plans of action along the Declaration’s thematic areas. Those include promoting stability and assistance for displaced populations.\n\nReconvening at the Foreign Minister level to ensure continuing progress.\n\nThe United States continues to fulfill its commitments:\n',
    );
    expect(listed).toEqual([
      'A shared implementation plan to make good on the commitments and principles of the Declaration.',
      'Country leads for joint plans of action along the Declaration’s thematic areas.',
      'Reconvening at the Foreign Minister level to ensure continuing progress.',
    ]);
  });

  it('round 147: a monarch’s place in the line is part of the office; Bhutan’s "Lyonchhen" is a style, not a name', () => {
    const people = extract('Visit of Foreign Secretary to Bhutan\n\nForeign Secretary had an audience with His Majesty Jigme Khesar Namgyel Wangchuck, the King of Bhutan and His Majesty Jigme Singye Wangchuck, the Fourth King of Bhutan and called on the Prime Minister of Bhutan, Lyonchhen Tshering Tobgay.\n').participants.map((p) => [p.name, p.title]);
    expect(people).toContainEqual(['Jigme Singye Wangchuck', 'Fourth King of Bhutan']);
    expect(people).toContainEqual(['Tshering Tobgay', 'Prime Minister of Bhutan']);
  });

  it('round 145: a meeting intended with its time; new joint projects welcomed', () => {
    expect(initiatives('Readout\n\nThe leaders welcomed that Secretary Blinken and the Foreign Ministers of Australia, Japan, New Zealand, and the Republic of Korea intend to meet later this year to advance further cooperation among our countries.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe leaders welcomed the four new flagship projects between NATO and its Indo-Pacific Partners, focused on support to Ukraine and cyber defense.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nThe leaders welcomed the new projects of the city council.\n')).toEqual([]);
  });

  it('round 148: a body before an office is no one; who announced a body in a past month, a building after its article, whom a visit to come will see are not at the table; members of a collective office are', () => {
    expect(names('Readout\n\nJake Sullivan hosted the meeting. U.S. Agency for International Development Administrator Samantha Power, foreign ministers and senior officials of the eleven other Americas Partnership countries, IDB Lab Chief Executive Officer Irene Arias, and members of the network discussed investment.\n')).not.toContain('IDB Lab');
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan hosted the inaugural meeting of the Angel Investor Network announced by President Joe Biden, Uruguayan President Luis Lacalle Pou, and Canadian Prime Minister Justin Trudeau in November 2023.\n')).toEqual(['Jake Sullivan']);
    expect(names('Readout\n\nU.S. National Security Advisor Jake Sullivan and UK National Security Advisor Sir Tim Barrow co-chaired the meetings. The White House also hosted representatives from the U.S. and UK governments.\n')).toEqual(['Jake Sullivan', 'Tim Barrow']);
    expect(names('Readout\n\nPrincipal Deputy National Security Advisor Jon Finer met today with Members of the Presidency of Bosnia and Herzegovina Zeljka Cvijanovic, Zeljko Komsic, and Denis Becirovic.\n')).toContain('Zeljka Cvijanovic');
    expect(names('Readout\n\nToday, President Donald J. Trump spoke with Prime Minister Keir Starmer of the United Kingdom. President Trump shared he looks forward to his upcoming State Visit with His Majesty King Charles III in the United Kingdom later this year.\n')).toEqual(['Donald J. Trump', 'Keir Starmer']);
  });

  it('round 148: the Vice President’s residence, a delegation led to a city, a signed text’s closing line place the meeting; a visit dated in the past and the situation talked about do not; a text signed for two governments is joint', () => {
    expect(placeOf('Readout\n\nVice President Kamala Harris hosted President Cyril Ramaphosa of South Africa for breakfast at the Naval Observatory today.\n')).toBe('Washington');
    expect(placeOf('Readout\n\nPrincipal Deputy National Security Advisor Jon Finer led a U.S. delegation to New Delhi on December 4 for an intersessional review with Indian Deputy National Security Advisor Vikram Misri.\n')).toBe('New Delhi');
    expect(placeOf('Readout\n\nVice President Kamala Harris today met with Prime Minister Lee Hsien Loong of Singapore. Building on the Vice President’s August 2021 visit to Singapore, the leaders reviewed progress made on initiatives launched last year.\n')).toBeNull();
    expect(placeOf('Readout\n\nPresident Biden spoke today with President Abdel Fattah Al-Sisi of Egypt. The leaders met to discuss the situation in Gaza.\n')).toBeNull();
    const mou = extract('Memorandum of Understanding\n\nThe Participants intend to meet in-person or virtually at the working level on a quarterly basis.\n\nThe Participants will coordinate to protect their respective domestic markets.\n\nSigned at Kuala Lumpur, on the 26th of October 2025, in duplicate, in the English language.\n\nFor the Government of the United States of America:\n\nDonald J. Trump\n\nPresident\n\nFor the Government of Malaysia:\n\nAnwar Ibrahim\n\nPrime Minister\n');
    expect(mou.meeting).toMatchObject({ kind: 'joint-statement', date: '2025-10-26', location: 'Kuala Lumpur' });
    expect(mou.initiatives.map((i) => i.text.slice(0, 40))).toEqual(['The Participants intend to meet in-perso', 'The Participants will coordinate to prot', 'Signed at Kuala Lumpur, on the 26th of O']);
  });

  it('round 148: a framework’s terms by its defined term, not keeping in touch; a call to protect civilians; a body’s first meeting, a sanctions regime, talks towards a named agreement, a named initiative reviewed, a named accord joined', () => {
    expect(initiatives('Framework\n\nProject selection: The Participants will jointly identify projects of interest to address gaps in priority supply chains.\n')).toHaveLength(1);
    expect(initiatives('Framework\n\nThe Participants are establishing a U.S.-Australia Critical Minerals Supply Security Response Group.\n')).toHaveLength(1);
    expect(initiatives('Framework\n\nThe Participants will remain in close contact.\n')).toEqual([]);
    expect(initiatives('Statement\n\nWe hope the parties will return to the table.\n')).toEqual([]);
    expect(condemned('Statement\n\nWe urge all actors to protect civilian populations.\n')).toBe(1);
    for (const sentence of [
      'National Security Advisor Jake Sullivan hosted the inaugural meeting of the Angel Investor Network in Washington.',
      'The White House also hosted representatives from the U.S. and UK governments for the inaugural Strategic Technologies Investor Council.',
      'The Executive Order I signed today establishes a new sanctions regime that will allow us to target those responsible.',
      'This summer, I signed an executive order that will impose new costs, including sanctions and visa bans, against the perpetrators.',
      'Officials also discussed how to advance efforts, including by advancing negotiations towards a Critical Minerals Agreement.',
      'Jon Finer led a U.S. delegation to New Delhi for an intersessional review of the U.S-India Initiative on Critical and Emerging Technology.',
      'The Vice President welcomed Singapore becoming the first Southeast Asian nation to join the Artemis Accords.',
      'My Administration will remain engaged to implement the initiatives launched during my visit.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Readout\n\nPresident Biden met the Presidents of Kazakhstan and Uzbekistan today for the inaugural C5+1 presidential summit.\n')).toEqual([]);
  });

  it('round 149: all parties called on to respect, a government to repeal laws; "Sharm El Sheikh" whole; a visit told as another time’s places nothing; the author’s praise and a title’s "Sending" name no one; an outcome looked forward to is no meeting', () => {
    expect(condemned('Statement\n\nWe call for all parties to strictly respect the rule of law and fundamental freedoms.\n')).toBe(1);
    expect(condemned('Statement\n\nWe call for all efforts to be made to support the talks.\n')).toBe(0);
    expect(condemned('Statement\n\nWe call on the Georgian government to transparently investigate all election irregularities and to repeal laws that undermine fundamental freedoms.\n')).toBe(1);
    expect(placeOf('Readout\n\nPresident Biden met today with President El-Sisi on the margins of the 27th United Nations Climate Change Conference (COP 27) in Sharm El Sheikh, Egypt.\n')).toBe('Sharm El Sheikh');
    expect(placeOf('Statement from President Joe Biden on the Restoration of the Northern Ireland Executive\n\nI welcome and strongly support the restoration of the Northern Ireland Executive. As I said when I visited Belfast last year to mark the 25th anniversary of the Good Friday Agreement, peace is precious.\n')).toBeNull();
    expect(names('Statement from President Joe Biden Congratulating Joseph Boakai as President-elect of Liberia\n\nI congratulate the people of Liberia. I also want to commend President Weah for respecting the will of the people.\n')).toEqual(['Joe Biden']);
    expect(names('Statement from President Joe Biden Sending Warm Wishes on the Occasion of the Inauguration in Nigeria\n\nOn behalf of the people of the United States, I send warm wishes to the government and people of Nigeria.\n')).toEqual(['Joe Biden']);
    expect(initiatives('Statement\n\nI look forward to seeing the renewed stability of a power-sharing government that strengthens the peace dividend.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe President also stated he looks forward to seeing the Prime Minister in Madrid for the NATO Summit.\n')).toHaveLength(1);
  });

  it('round 150: leaders of a call the meeting followed up on, a leader’s part in another named event, whom the author looks forward to working with or welcomed on another occasion are not participants; the date of a call the meeting follows is not its date', () => {
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan met with Director Yang Jiechi in Zurich, Switzerland. Their meeting followed up on the September 9 phone call between President Biden and President Xi in which the leaders discussed competition.\n')).toEqual(['Jake Sullivan', 'Yang Jiechi']);
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan met with Secretary Armen Grigoryan of Armenia. Mr. Sullivan appreciated Prime Minister Nikol Pashinyan’s participation in The Summit for Democracy.\n')).toEqual(['Jake Sullivan', 'Armen Grigoryan']);
    expect(names('Statement by President Biden on Trilateral Agreement\n\nI congratulate Turkey, Finland and Sweden. When I welcomed President Niinistö and Prime Minister Andersson to the White House last month, I said so. I look forward to working with NATO Secretary General Stoltenberg, our Allies, and with Congress.\n')).toEqual(['Biden']);
    expect(extract('Readout of President Joe Biden’s Meeting with President Xi Jinping\n\nPresident Joseph R. Biden, Jr. met with President Xi Jinping of the People’s Republic of China in Lima, Peru today. This meeting is the third between the two Presidents and follows their April 2, 2024, telephone call.\n').meeting.date).toBeNull();
  });

  it('round 150: "outraged" in a list of feelings; others’ signing congratulated and an announcement made at the G20 welcomed are no initiatives of the authors; a spokesperson’s statement on a meeting is its readout', () => {
    expect(condemned('Statement\n\nI am stunned, outraged, and deeply saddened by the news that my friend Abe Shinzo was shot and killed.\n')).toBe(1);
    expect(initiatives('Statement\n\nI congratulate Turkey, Finland and Sweden on signing a trilateral memorandum, which paves the way for Allies to invite Finland and Sweden to join NATO.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThe two leaders welcomed the historic announcement made at the G20 to develop the India Middle East Europe Economic Corridor (IMEC) through the UAE, and discussed new forms of collaboration.\n')).toEqual([]);
    expect(extract('Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan’s Meeting with National Security Council Secretary Armen Grigoryan of Armenia\n\nNational Security Advisor Jake Sullivan met today with Armen Grigoryan.\n').meeting.kind).toBe('readout');
  });

  it('round 151: an invitation to the capital with its time, a visit to come with its time, a trip for talks this week, a signing line with the year in words are initiatives', () => {
    for (const sentence of [
      'President Biden also invited the Prime Minister and other Pacific leaders to Washington, DC later this year for the second U.S. summit with the Pacific Islands Forum.',
      'Finally, President Biden invited Prime Minister Netanyahu to Washington D.C. before the end of the year.',
      'The President welcomed the upcoming visit by Iraqi Foreign Minister Fuad Hussein and an accompanying delegation next week to Washington to further discuss these programs.',
      'President Trump shared he looks forward to his upcoming State Visit with His Majesty King Charles III in the United Kingdom later this year.',
      'The Vice President told President Abbas that her National Security Advisor, Dr. Phil Gordon, would travel to Israel and the West Bank this week for additional discussions.',
    ]) expect(initiatives(`Readout\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Readout\n\nThe Secretary invited reporters to Washington to learn more about the program.\n')).toEqual([]);
    const signed = extract('Implementation of the Agreement\n\nThe two leaders confirmed their commitment.\n\nSigned in Washington, D.C., this 19th day of February, two thousand and twenty-six.\n\nFor the Government of the United States of America:\n\nDonald J. Trump\n\nFor the Government of the Republic of Indonesia:\n\nPrabowo Subianto\n');
    expect(signed.initiatives.map((i) => i.text)).toContain('Signed in Washington, D.C., this 19th day of February, two thousand and twenty-six.');
  });

  it('round 151: not participants — who would travel after the talks, who released a text the talks took up, the place of a trip; a party thanked for speaking out to condemn condemns, not the authors; the summit the talks prepare places nothing', () => {
    expect(names('Readout\n\nToday, Vice President Kamala Harris spoke with President Mahmoud Abbas. The Vice President told President Abbas that her National Security Advisor, Dr. Phil Gordon, would travel to Israel this week.\n')).toEqual(['Kamala Harris', 'Mahmoud Abbas']);
    expect(names('Readout\n\nDefence Minister Mark Mitchell will travel to Sydney tomorrow to meet Australian Defence Minister Marise Payne.\n')).toEqual(['Mark Mitchell', 'Marise Payne']);
    expect(names('Readout\n\nVice President Kamala Harris met with President Nana Akufo-Addo of Ghana today. They discussed the U.S. Strategy to Prevent Conflict and Promote Stability, which President Biden released on March 24.\n')).toEqual(['Kamala Harris', 'Nana Akufo-Addo']);
    expect(names('Readout\n\nToday, Vice President Kamala Harris spoke with President Mohammed bin Zayed Al Nahyan of the United Arab Emirates. Following up on the Vice President’s May 2022 trip to Abu Dhabi, the Vice President reaffirmed the United States’ commitment.\n')).toEqual(['Kamala Harris', 'Mohammed bin Zayed Al Nahyan']);
    expect(condemned('Readout\n\nNational Security Advisor Sullivan thanked Argentina for speaking out to support democracy in Venezuela and condemn Russia’s war against Ukraine.\n')).toBe(0);
    expect(placeOf('Readout\n\nPresident Biden and Vice President Harris met today with Secretary General Jens Stoltenberg of NATO to prepare for the June 29-30 NATO Summit in Madrid.\n')).toBeNull();
  });

  it('round 152: teams ordered to work together, a named group resumed, a body just announced acted through, a group named after "like", a compact’s renewal celebrated are initiatives', () => {
    for (const sentence of [
      'In the short term, the two leaders ordered their national security teams to work together to immediately implement concrete measures to significantly reduce irregular border crossings.',
      'Mr. Sullivan reaffirmed the U.S. extended deterrence commitment to the ROK and lauded the resumption of the U.S.-ROK Extended Deterrence Strategy and Consultation Group.',
      'He noted continued U.S. support for these reform efforts, including through the recently announced European Democratic Resilience Initiative.',
      'The Leaders also emphasized their continued commitment to work together, including through regional groups like the Quad, to contribute to peace and prosperity in the Indo-Pacific.',
      'President Biden met with President Surangel Whipps, Jr. of Palau today in New York to celebrate the renewal of the Compacts of Free Association and Compact-related agreements.',
    ]) expect(initiatives(`Readout\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Readout\n\nHe ordered the troops to withdraw from the border.\n')).toEqual([]);
    expect(initiatives('Readout\n\nThey noted their continued commitment to work together through difficult times.\n')).toEqual([]);
  });

  it('round 152: all parties held to their obligations under international humanitarian law is a call to comply; the leadership praised in calling for calm is another’s call; a military base is no place', () => {
    expect(condemned('Readout\n\nHe welcomed their commitment to a political process, and underscored the importance of all parties to the conflict abiding by their obligations under international humanitarian law.\n')).toBe(1);
    expect(condemned('Readout\n\nThey stressed the importance of all parties continuing the dialogue.\n')).toBe(0);
    expect(condemned('Statement\n\nI am relieved the Prime Minister was not injured and commend the leadership he has shown in calling for calm, restraint, and dialogue to protect the institutions of the state.\n')).toBe(0);
    expect(placeOf('Readout\n\nNational Security Advisor Jake Sullivan met today with Vice Foreign Minister Cho Hyundong. Mr. Sullivan lauded the delegation’s visit to Joint Base Andrews to tour a U.S. B-52 Strategic Bomber.\n')).toBeNull();
  });

  it('round 153: a declaration signed by three leaders or more, each on a line of their own with the office after the name, is a joint statement', () => {
    const signed = (names: string[]) => extract(`Communiqué de la Présidence de la République sur la Déclaration concernant l'Objectif climatique 2030\n\nEn tant que dirigeants d'Etats membres de l'UE, nous avons l'opportunité et la responsabilité d'y répondre.\n\n${names.join('\n\n')}\n`).meeting.kind;
    expect(signed(['Mette Frederiksen, Premier Ministre', 'Sanna Marin, Premier Ministre', 'Emmanuel Macron, Président'])).toBe('joint-statement');
    expect(signed(['Mette Frederiksen, Premier Ministre', 'Emmanuel Macron, Président'])).not.toBe('joint-statement');
  });

  it('NATO’s own news: a title whose subject is its Secretary General, and a visit to its headquarters told of the visitor, are news releases; a government’s meeting with the Secretary General stays a readout', () => {
    expect(extract('Le secrétaire général délégué de l’OTAN rencontre le ministre arménien de la Défense\n\nLe jeudi 24 octobre 2019, le secrétaire général délégué de l\'OTAN, M. Mircea Geoană, s’est entretenu avec le ministre de la Défense de la République d’Arménie, M. Davit Tonoyan. Il a remercié M. Tonoyan pour les contributions que son pays fournit.\n').meeting.kind).toBe('news-release');
    expect(extract('Visite du ministre de la défense du Royaume Uni\n\nLe ministre de la défense du Royaume Uni, M. Des Browne, a effectué une visite au siège de l’OTAN le vendredi 8 juin 2007, où il a rencontré le Secrétaire général, M. Jaap de Hoop Scheffer.\n').meeting.kind).toBe('news-release');
    expect(extract('Le premier ministre Trudeau rencontre le secrétaire général de l’OTAN\n\nLe premier ministre Justin Trudeau a rencontré aujourd’hui le secrétaire général de l’OTAN, Jens Stoltenberg. Les dirigeants ont discuté du soutien à l’Ukraine.\n').meeting.kind).toBe('readout');
  });

  it('round 154: a body’s name before a minister is no person; leaders who directed something at an earlier summit are not participants; a state’s long name is no place; a call planned in a predicate after "and" and an invitation reaffirmed are initiatives', () => {
    expect(names('Canada announces new initiatives\n\nDuring today’s High-Level Event of the Women, Peace and Security Focal Points Network, Minister Champagne announced new investments of $9.9 million.\n')).toEqual(['Champagne']);
    expect(names('Readout\n\nNational Security Advisor Jake Sullivan met with Vice Chairman Zhang Youxia. The two sides reaffirmed the importance of communications, as directed by President Biden and President Xi at the November 2023 Woodside Summit.\n')).toEqual(['Jake Sullivan', 'Zhang Youxia']);
    expect(placeOf('Minister Gould concludes visit to Republic of Congo and Democratic Republic of Congo\n\nThe Honourable Karina Gould, Minister of International Development, today concluded a visit during which she met with government officials.\n')).toBeNull();
    expect(initiatives('Readout\n\nSullivan and Vice Chairman Zhang recognized the progress in sustained, regular military-military communications over the past ten months and planned to hold a theater commander telephone call in the near future.\n')).toHaveLength(1);
    expect(initiatives('Readout\n\nHe thanked them and planned to hold a press conference.\n')).toEqual([]);
    expect(initiatives('Readout\n\nMr. Sullivan reaffirmed President Biden’s invitation for Prime Minister Sudani to visit the White House soon.\n')).toHaveLength(1);
  });

  it('round 154: a trip concluded is a news release; two ministers of one government are its statement; a government acting in the title is a news release, not one condemning or supporting', () => {
    const kind = (text: string) => extract(text).meeting.kind;
    expect(kind('Minister Champagne concludes successful visit to Latvia, Ukraine and Poland\n\nThe Honourable François-Philippe Champagne, Minister of Foreign Affairs, today concluded a visit to Latvia, Ukraine and Poland, where he met with his counterparts.\n')).toBe('news-release');
    expect(kind('Joint statement by Minister of Foreign Affairs and Minister of National Defence on Ukraine’s Independence Day\n\nThe Honourable François-Philippe Champagne, Minister of Foreign Affairs, and the Honourable Harjit S. Sajjan, Minister of National Defence, today issued the following statement:\n\n“Today, we join Ukrainians in celebrating their independence.”\n')).toBe('statement');
    expect(kind('Joint statement by the Minister of Foreign Affairs of Canada and the Foreign Secretary of the United Kingdom on Hong Kong\n\nWe are deeply concerned by the law.\n')).toBe('joint-statement');
    expect(kind('Canada imposes additional sanctions against 13 Government officials of Belarus\n\nIn coordination with the European Union, Canada is today imposing further sanctions against an additional 13 Government officials of Belarus.\n')).toBe('news-release');
    expect(kind('Canada condemns attack in Kabul\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the following statement:\n\n“Canada condemns the attack.”\n')).toBe('statement');
  });

  it('defects the mutation triage found: a portfolio joined by "&", a long portfolio after the name, the people abroad a portfolio serves', () => {
    const people = (text: string) => extract(text).participants.map((p) => [p.name, p.title, p.country]);
    expect(people('Readout\n\nForeign Minister Cho Tae-yul of the Republic of Korea met with Minister of Trade, Industry & Energy Ahn Duk-geun in Seoul.\n').map(([name, title]) => [name, title])).toContainEqual(['Ahn Duk-geun', 'Minister of Trade, Industry & Energy']);
    expect(people('Communiqué\n\nNasser Bourita, ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l’Étranger, a reçu hier son homologue.\n')).toEqual([['Nasser Bourita', 'ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l’Étranger', 'Morocco']]);
  });

  it('French talks to come: a clause between « aura » and the talks, the talks named before « aura avec », the authorities one « devra s’entretenir avec »', () => {
    for (const sentence of [
      'M. Le Drian aura, au cours de son séjour en terre ivoirienne, des entretiens avec le Chef de l\'Etat, M. Alassane Ouattara.',
      'L’objectif recherché était de préparer en amont les entretiens que le chef de l’Etat, accompagné de sa délégation, aura avec son homologue azerbaïdjanais.',
      'Le diplomate français devra aussi s’entretenir avec les autorités congolaises sur la situation de la Centrafrique.',
    ]) expect(initiatives(`Communiqué\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Communiqué\n\nLes entretiens que le ministre a eus avec son homologue ont été fructueux.\n')).toEqual([]);
  });

  it('round 155: a presidential delegation’s listed members take part, with the office their line gives or the heading’s, and no guessed country; "T.H." is a style; the White House and countries joined by hyphens are no one; the delegation’s city places it', () => {
    const text = 'President Trump Announces Presidential Delegation to the Republic of Poland\n\nPresident Donald J. Trump today announced the designation of a Presidential Delegation to Warsaw, Poland, to attend the Presidential Inauguration of Karol Nawrocki, President-Elect of the Republic of Poland, on August 6, 2025.\n\nThe Honorable Kelly Loeffler, Administrator of the U.S. Small Business Administration, will lead the delegation.\n\nMembers of the Presidential Delegation:\n\nMr. Daniel Lawton, Charge d’Affaires, U.S. Embassy Warsaw\n\nT.H. Vincent Haley, Assistant to the President and Director, White House Domestic Policy Council\n\nMr. Richard Walters, Partner at FGS Global\n\nMr. Isaac Perlmutter\n';
    const result = extract(text);
    const byName = new Map(result.participants.map((p) => [p.name, p]));
    expect([...byName.keys()]).toEqual(expect.arrayContaining(['Kelly Loeffler', 'Daniel Lawton', 'Vincent Haley', 'Richard Walters', 'Isaac Perlmutter']));
    expect([...byName.keys()].some((name) => /White House|T\.H\./u.test(name))).toBe(false);
    expect(byName.get('Richard Walters')?.title).toBe('Partner at FGS Global');
    expect(byName.get('Isaac Perlmutter')?.title).toBe('Member of the Presidential Delegation');
    expect(byName.get('Isaac Perlmutter')?.country).toBe('');
    expect(result.meeting.location).toBe('Warsaw');
    expect(names('Statement by Minister Ng\n\nThe Honourable Mary Ng, Minister of International Trade, today issued the following statement regarding a review under Chapter 10 of the Canada-United States-Mexico Agreement:\n\n“Canada firmly believes that the duties are unfair.”\n')).toEqual(['Mary Ng']);
    expect(extract('Statement by Minister Ng\n\nThe Honourable Mary Ng, Minister of International Trade, today issued the following statement regarding a review under Chapter 10 of the Canada-United States-Mexico Agreement:\n\n“Canada firmly believes that the duties are unfair.”\n').quotes.map((q) => q.speaker)).toEqual(['Mary Ng']);
  });

  it('round 155: a visit welcomed with its time before its visitor, progress toward a named agreement, a collaboration announced between two bodies are initiatives, and the visitor to come is no participant; significant concern held and the need for a party to investigate are condemnations, not concern the authors would have', () => {
    for (const sentence of [
      'They welcomed the visit to Israel later this week by Secretary of Defense Lloyd Austin.',
      'President Biden and Prime Minister Kristersson discussed defense cooperation, including progress toward a new U.S.-Sweden Defense Cooperation Agreement.',
      'Minister Champagne also announced a collaboration between Global Affairs Canada and the Moroccan Academy of Diplomatic Studies.',
    ]) expect(initiatives(`Readout\n\n${sentence}\n`)).toHaveLength(1);
    expect(names('Joint statement\n\nNational Security Advisor Jake Sullivan and National Security Advisor Tzachi Hanegbi met. They welcomed the visit to Israel later this week by Secretary of Defense Lloyd Austin.\n')).toEqual(['Jake Sullivan', 'Tzachi Hanegbi']);
    expect(condemned('Joint statement\n\nThe officials reviewed with significant concern advances in Iran’s nuclear program.\n')).toBe(1);
    expect(condemned('Readout\n\nThey spoke of the need for Iran to conduct a full, transparent and independent investigation into the downing of Flight PS752.\n')).toBe(1);
    expect(condemned('Readout\n\nIf steps are taken to establish a permanent military presence, the delegation noted that the United States would then have significant concerns and respond accordingly.\n')).toBe(0);
  });

  it('round 156 (scored held out, then taken as tune data): progress in carrying out a named framework and a named meeting the author will join are initiatives', () => {
    for (const sentence of [
      'He reviewed progress in developing an Indo-Pacific Economic Framework that provides concrete benefits to all of its fourteen members.',
      'He also highlighted progress in implementing the Indo-Pacific Partnership for Maritime Domain Awareness, through which the United States helps ASEAN nations.',
      'During my visit, I will join leaders at the Paris Peace Forum to address the rising inequality that has been exacerbated by the pandemic.',
      'To promote security and stability in cyberspace, I will participate in a high-level meeting on the Paris Agenda for Technology and the Digital Domain.',
    ]) expect(initiatives(`Statement\n\n${sentence}\n`)).toHaveLength(1);
    expect(initiatives('Statement\n\nThey made progress in implementing reforms, and he will join us at the end.\n')).toEqual([]);
  });
});
