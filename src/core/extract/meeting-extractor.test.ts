/**
 * Meeting facts (date, place) on the classes of text that real statements showed wrong on the tune
 * split (issue 12, corpus/real): each test holds a shortened form of the sentence that motivated a
 * rule and asserts the exact value, so a broken rule fails by name.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractMeeting } from './meeting-extractor';

const meeting = (text: string) => {
  const { date, location } = extractMeeting(importText(text));
  return [date, location];
};
const place = (text: string) => extractMeeting(importText(text)).location;

describe('a city whose name has an article', () => {
  it('keeps « La Haye » whole in a dateline, in capitals or not, and writes it in English (The Hague)', () => {
    expect(place("Compte rendu - Le premier ministre Carney rencontre le président de la Lettonie\n\nLA HAYE, Pays-Bas, le 24 juin 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney a rencontré le président de la Lettonie, Edgars Rinkēvičs.\n")).toBe('The Hague');
    expect(place('Le Premier ministre Stephen Harper rencontre John Key\n\nLa Haye (Pays-Bas) - 25 mars 2014\n\nLe Premier ministre Stephen Harper a tenu une rencontre bilatérale aujourd’hui avec le Premier ministre de la Nouvelle-Zélande, John Key.\n')).toBe('The Hague');
  });
});

describe('the date of the meeting, not of the text or of another event', () => {
  it('dates the meeting by the relative word of the sentence that reports it, whatever other date that sentence holds', () => {
    expect(meeting("Compte rendu - Le premier ministre Carney s'entretient avec le premier ministre de l'Australie\n\nOTTAWA, ON, le 5 mai 2025 /CNW/ - Hier, le premier ministre Mark Carney s'est entretenu avec le premier ministre de l'Australie, Anthony Albanese.\n")[0]).toBe('2025-05-04');
    expect(meeting("Readout of Secretary of Defense Lloyd J. Austin III's Phone Call With Israeli Minister of Defense Benjamin Gantz\n\nAug. 6, 2021\n\nToday, Secretary of Defense Lloyd J. Austin III spoke with Israeli Minister of Defense Benjamin Gantz about Iran’s July 29 attack on the M/T MERCER STREET.\n")[0]).toBe('2021-08-06');
  });

  it('skips a date the sentence marks as past (« le 3 septembre dernier »)', () => {
    expect(meeting('Entretien avec Olaf Scholz, Chancelier de la République fédérale d’Allemagne.\n\nLe Président de la République s’est entretenu avec M. Olaf SCHOLZ, Chancelier de la République fédérale d’Allemagne, ce vendredi 6 septembre 2024, en marge des Rencontres franco-allemandes.\n\nLors de cet entretien, les deux dirigeants ont condamné avec la plus grande fermeté l’attaque qui a touché la ville de Poltava le 3 septembre dernier.\n')[0]).toBe('2024-09-06');
  });

  it('gives no meeting date from a date line alone, with no date or relative word for the meeting (DoD readout)', () => {
    expect(meeting("Acting Secretary of Defense Mark T. Esper's Meeting With Afghan Acting Minister of Defense Asadullah Khalid\n\nJune 27, 2019\n\nActing Secretary of Defense Mark T. Esper met with Afghan Acting Minister of Defense Asadullah Khalid on the margins of the NATO Defense Ministerial.\n")[0]).toBeNull();
  });

  it('takes the date of a title that names the meeting ("Special meeting of the European Council (Art. 50) on 25 November 2018")', () => {
    expect(meeting('Special meeting of the European Council (Art. 50) on 25 November 2018\n\nRemarks by President Donald Tusk.\n\nThe European Council endorsed the Agreement on the withdrawal of the United Kingdom from the European Union.\n')[0]).toBe('2018-11-25');
  });

  it('takes the date of the lead that opens the paragraph reporting the meeting (MOFA: "On August 25, commencing at 12:30 … 7:30 p.m. JST) … held a summit meeting")', () => {
    expect(meeting('Japan-Australia Summit Meeting\n\nAugust 25, 2019\n\nOn August 25, commencing at 12:30 local time (same day, 7:30 p.m. JST) for approximately 40 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with the Hon. Scott Morrison, Prime Minister of Australia.\n')[0]).toBe('2019-08-25');
  });

  it('does not read a demand ("We call on Hamas to close this agreement") as a call that took place', () => {
    expect(meeting('Joint Statement from the Leaders on Gaza\n\nAs leaders of countries deeply concerned for the hostages, we support the deal as outlined by President Biden on May 31, 2024.\n\nWe call on Hamas to close this agreement, that Israel is ready to move forward with.\n')).toEqual([null, null]);
  });

  it('reads « sa rencontre », « une réunion virtuelle » and « rencontrera » as reporting a meeting', () => {
    expect(meeting('Le ministre Baird discute d’une collaboration accrue avec le Vietnam\n\nLe 29 septembre 2014 - Ottawa, Ontario - Le ministre des Affaires étrangères John Baird a fait aujourd’hui la déclaration suivante à la suite de sa rencontre avec le vice-premier ministre du Vietnam, M. Pham Binh Minh :\n\n« C’est avec plaisir que j’ai accueilli M. Pham Binh Minh à Ottawa. Nous avons signé notre première lettre d’intention bilatérale. »\n')).toEqual(['2014-09-29', 'Ottawa']);
    expect(meeting("Compte rendu - Le premier ministre Carney participe à une réunion virtuelle en appui à l'Ukraine\n\nOTTAWA, ON, le 10 mai 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney a participé à une réunion virtuelle de la Coalition des volontaires.\n")).toEqual(['2025-05-10', null]);
    expect(place('Didier Burkhalter rencontrera Federica Mogherini à Bruxelles\n\nCommuniqué de presse, 22.04.2016\n\nBerne, 22.04.2016 - Le conseiller fédéral Didier Burkhalter rencontrera, mardi à Bruxelles, Federica Mogherini.\n\nLes efforts de paix déployés à Genève seront au centre des entretiens entre M. Burkhalter et Mme Mogherini.\n')).toBe('Brussels');
  });
});

describe('what is not the meeting’s city', () => {
  it('does not take a heading line under the title for a place ("Remarks by President Donald Tusk (25 November 2018).")', () => {
    expect(place('Special meeting of the European Council (Art. 50) on 25 November 2018\n\nRemarks by President Donald Tusk (25 November 2018).\n\nI quote this passage of the conclusions, as it contains the essence of our meeting.\n')).toBeNull();
  });

  it('reads "Papua New Guinea" as a country, not the city "Papua New"', () => {
    expect(place('Minister of Defence Departs for Papua New Guinea\n\nMinister of Defence Ron Mark departs tonight for Papua New Guinea.  The purpose of the visit is to conclude a Status of Forces Agreement.\n\nWhile there Mr Mark will meet with New Zealanders living and working in Papua New Guinea.\n')).toBeNull();
  });

  it('does not take a region, state or island for a city ("in Bali", "will take place in Victoria")', () => {
    expect(place('Joint Statement of NATO and G7 Leaders on the Margins of the G20 Summit in Bali\n\nToday, the Leaders of Canada, France, Germany, Italy, Japan, the United Kingdom, and the United States met on the margins of the G20 Summit in Bali and released the following statement:\n\nWe condemn the barbaric missile attacks that Russia perpetrated on Ukrainian cities.\n')).toBeNull();
    expect(place('Australia And New Zealand Reaffirm Defence Relationship\n\nMinister of Defence Peeni Henare departs for Australia tomorrow to meet with Deputy Prime Minister Richard Marles to discuss defence co-operation.\n\nThe annual meeting will take place in Victoria ahead of both Ministers travelling to Tonga.\n')).toBeNull();
  });

  it('takes the building of the sentence that reports the meeting before a city named later ("at Downing Street this evening" before "the G7 in Hiroshima")', () => {
    expect(place('PM meeting with Prime Minister Trudeau of Canada: 6 May 2023\n\nThe Prime Minister hosted Canadian Prime Minister Justin Trudeau at Downing Street this evening, following the Coronation of His Majesty the King.\n\nLooking ahead of the G7 in Hiroshima this month, both welcomed the strong alignment between G7 nations.\n')).toBe('London');
  });

  it('does not place or date the meeting by an earlier meeting the text recalls', () => {
    // "last meeting in the White House", a meeting dated before the text, a meeting dated by its month alone.
    expect(place('PM meeting with President Biden of the United States: 10 July 2023\n\nPrime Minister Rishi Sunak welcomed the President of the United States, Joe Biden, to Downing Street this morning.\n\nSince the Prime Minister and President Biden’s last meeting in the White House, we have begun work on a Critical Minerals Agreement.\n\nThe Prime Minister and President Biden agreed to hold the first high level meeting between Number 10 and White House representatives in October.\n')).toBe('London');
    expect(meeting('Foreign Ministers of Australia, New Zealand and Fiji Meet\n\nSeptember 26, 2012\n\nThe Foreign Ministers met today at Fiji’s Mission to the United Nations.\n\nMinisters discussed implementation of the outcomes from their meeting in Sydney on 30 July 2012, including progress towards the exchange of High Commissioners.\n')).toEqual(['2012-09-26', null]);
    expect(place('U.S.-Turkey Joint Statement on the Strategic Mechanism\n\nIn keeping with the commitment made by Presidents Biden and Erdogan during their meeting in Rome in October 2021, the United States and Turkey launched the U.S.-Turkey Strategic Mechanism on April 4 in Ankara.\n')).toBe('Ankara');
  });
});

describe('trips announced ahead, and talks that are or are not calls', () => {
  it('gives no place to a trip to several countries, and does not place a trip at its dateline', () => {
    expect(place('Minister Sajjan to Travel to the Middle East and the United Kingdom\n\nMedia Advisory\n\nDecember 15, 2017 – Ottawa – National Defence / Canadian Armed Forces\n\nDefence Minister Harjit S. Sajjan will travel to Jordan, the United Arab Emirates (UAE), and Kuwait from December 15 - 19, where he will meet with deployed Canadian Armed Forces personnel.\n')).toBeNull();
    expect(place('Foreign Minister To Visit Europe, Indonesia\n\nForeign Minister Winston Peters departs this weekend for visits to France, Italy and Indonesia.\n\nIn Nice, Minister Peters will attend the Pacific-France Summit, hosted by French President Emmanuel Macron.\n')).toBeNull();
  });

  it('reads attending an event and a trip as reporting it ("will attend the … summit in Brussels", "On a trip to Brussels tomorrow")', () => {
    expect(meeting('PM attending Eastern Partnership summit: 23 November 2017\n\nPrime Minister Theresa May will attend the Eastern Partnership summit in Brussels.\n\nOn a trip to Brussels tomorrow the Prime Minister will set out her commitment for the UK to continue to play a critical role in European security.\n')).toEqual(['2017-11-24', 'Brussels']);
  });

  it('reads « s’est entretenu au téléphone » as a call (no place from the dateline), and talks « en marge de » an event as held in person', () => {
    expect(meeting('Le PM discute avec le premier ministre Golding de la Jamaïque\n\n21 juin 2010\nOttawa (Ontario)\n\nAujourd’hui le Premier ministre Harper s’est entretenu au téléphone avec son homologue jamaïcain Bruce Golding, en prévision du Sommet du G-8.\n')).toEqual(['2010-06-21', null]);
    expect(meeting("Compte rendu - Le premier ministre Carney rencontre des dirigeants en marge de la messe inaugurale de Sa Sainteté le pape Léon XIV\n\nVATICAN CITY, le 18 mai 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney s'est entretenu avec les premiers ministres de l'Australie et de la Bulgarie, en marge de la messe inaugurale de Sa Sainteté le pape Léon XIV.\n")).toEqual(['2025-05-18', 'Vatican City']);
  });
});

describe('events, relative days and datelines', () => {
  it('reports no meeting for an anniversary ("One year ago today, our two countries co-hosted …")', () => {
    expect(meeting('Canada and United Kingdom mark first anniversary of Global Conference for Media Freedom\n\nJuly 10, 2020 - Ottawa, Canada - Global Affairs Canada\n\nGlobal Affairs Canada and the Foreign & Commonwealth Office of the United Kingdom today issued the following statement:\n\n“One year ago today, our two countries co-hosted the first Global Conference for Media Freedom in London, United Kingdom, to respond with a united front.\n\n“The event launched significant international efforts to protect and promote media freedom.\n')).toEqual([null, null]);
  });

  it('dates the deposit of a treaty instrument (an event of its authors, by the corpus convention)', () => {
    expect(meeting('Hague Convention on Choice of Court Agreements: approval on behalf of the EU\n\nOn 11 June 2015, the Latvian Presidency deposited, on behalf of the European Union, the instrument of approval of the Hague Convention of 30 June 2005 on Choice of Court Agreements.\n')).toEqual(['2015-06-11', null]);
  });

  it('counts a weekday from the text’s date, and not the dateline that opens the sentence (« Berne, 22.04.2016 - … rencontrera, mardi »)', () => {
    expect(meeting('Didier Burkhalter rencontrera Federica Mogherini à Bruxelles\n\nCommuniqué de presse, 22.04.2016\n\nBerne, 22.04.2016 - Le conseiller fédéral Didier Burkhalter rencontrera, mardi à Bruxelles, Federica Mogherini, Haut Représentant de l’Union européenne.\n')).toEqual(['2016-04-26', 'Brussels']);
    expect(meeting('Secretary meets counterpart\n\nFriday, March 7, 2025\n\nThe Secretary met on Tuesday with the Foreign Minister of Peru in Lima.\n')).toEqual(['2025-03-04', 'Lima']);
  });

  it('reads a news-wire dateline with the country in brackets (« KUALA LUMPUR (Malaisie) , le 26 oct. 2025 /CNW/ - Aujourd’hui … »)', () => {
    expect(meeting("Compte rendu - Le premier ministre Carney rencontre le premier ministre du Vietnam\n\nKUALA LUMPUR (Malaisie) , le 26 oct. 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney a rencontré le premier ministre du Vietnam, Phạm Minh Chính.\n")).toEqual(['2025-10-26', 'Kuala Lumpur']);
  });

  it('places a meeting written "on DATE, City, Country"', () => {
    expect(place('Joint Statement by the Foreign Ministers of Australia and Indonesia on the first meeting of the Bali Process Consultation Mechanism\n\nMedia release\n\n23 October 2017\n\nIndonesia and Australia co-chaired the first Bali Process Consultation Mechanism on 13 October 2017, Jakarta, Indonesia, to discuss the urgent irregular migration crisis in the Myanmar-Bangladesh border region.\n')).toBe('Jakarta');
  });
});

describe('a year and a city given indirectly', () => {
  it('takes the year of "later in 2022" for a day and month with no year (the text is written in that year)', () => {
    expect(meeting('U.S.-Turkey Joint Statement on the Strategic Mechanism\n\nIn keeping with the commitment made by Presidents Biden and Erdogan during their meeting in Rome in October 2021, the United States and Turkey launched the U.S.-Turkey Strategic Mechanism on April 4 in Ankara.\n\nThe United States and Turkey look forward to a Ministerial-level meeting within the framework of the Strategic Mechanism later in 2022.\n')).toEqual(['2022-04-04', 'Ankara']);
  });

  it('places talks « en marge des Rencontres franco-allemandes d’Evian » in Evian', () => {
    expect(meeting('Entretien avec Olaf Scholz, Chancelier de la République fédérale d’Allemagne.\n\nLe Président de la République s’est entretenu avec M. Olaf SCHOLZ, Chancelier de la République fédérale d’Allemagne, ce vendredi 6 septembre 2024, en marge des Rencontres franco-allemandes d’Evian.\n')).toEqual(['2024-09-06', 'Evian']);
  });
});

describe('a lead sentence a Word file broke at a line end', () => {
  it('still dates the meeting by its "today" (tests/fixtures/statements/pacific-resilience-trilateral-2025.docx)', () => {
    const text =
      "Pacific ministers agree practical steps\n\nSuva, Fiji — 19 August 2025\n\nHon Tāwhiri Ngātai-Morgan, New Zealand's Minister of Foreign Affairs, today\nmet Fiji’s Deputy Prime Minister and Minister for Foreign Affairs, Ratu\n\nJosefa Vakaloloma, and Samoa's Minister of Foreign Affairs and Trade, Hon.\n\nLupe Faleolo-Sapolu, in Suva for the first trilateral ministerial meeting\non disaster resilience.\n";
    expect(extractMeeting(importText(text))).toMatchObject({ date: '2025-08-19', location: 'Suva' });
  });
});

describe('dates written with English ordinals', () => {
  it.each([
    ['PM meeting with President Macron\n\nThe Prime Minister met President Emmanuel Macron in Paris on 3rd March 2025.\n', '2025-03-03'],
    ['Readout\n\nSecretary Rubio met Foreign Minister Wang Yi in Kuala Lumpur on July 11th, 2025.\n', '2025-07-11'],
    ['Readout\n\nOn the 21st of June 2025, the Minister met her counterpart in Ottawa.\n', '2025-06-21'],
    ['Readout\n\nThe Minister met her counterpart in Ottawa on 2nd-3rd May 2024.\n', '2024-05-02'],
  ])('reads the meeting date of %j', (text, date) => {
    expect(meeting(text)[0]).toBe(date);
  });
});

describe('a closing line that dates the visit', () => {
  it('takes "visited Jordan from 2-5 August" with the dateline’s year', () => {
    const text =
      'Australia joins Jordan in quest for peace\n\nMedia release\n\n15 August 2012\n\nForeign Minister Anna Berg held discussions on regional peace during her recent visit to Jordan, meeting with Jordan’s Minister of Foreign Affairs, Mr Nasser Judeh.\n\nMinister Berg said discussions were on the Syrian crisis.\n\nForeign Minister Anna Berg visited Jordan from 2-5 August.\n';
    expect(meeting(text)[0]).toBe('2012-08-02');
  });

  it('gives no date for a visit recalled without one', () => {
    const text =
      'Minister reflects on visit\n\nMedia release\n\nForeign Minister Anna Berg held discussions on regional peace during her recent visit to Jordan, meeting with Jordan’s Minister of Foreign Affairs, Mr Nasser Judeh.\n\nForeign Minister Anna Berg visited Jordan last week.\n';
    expect(meeting(text)[0]).toBeNull();
  });
});

describe('places and events of NATO releases (batch collect-27, tune split)', () => {
  it('places a meeting "at No 10" in London', () => {
    expect(place('NATO Secretary General in London: UK leadership important for NATO\n\nNATO Secretary General Jens Stoltenberg met with Prime Minister David Cameron at No 10 on Thursday (14 April 2016) for talks on how NATO is adapting.\n')).toBe('London');
  });

  it('dates and places a signing the author attends (« à Varsovie ce vendredi (8 juillet 2016) lors de la signature »)', () => {
    const text =
      'Secrétaire général : un nouvel élan pour le partenariat\n\n08 Jul. 2016\n\n« Notre partenariat est de plus en plus indispensable », a déclaré le secrétaire général de l’OTAN, M. Jens Stoltenberg, à Varsovie ce vendredi (8 juillet 2016) lors de la signature d’une déclaration commune avec le président du Conseil européen, M. Donald Tusk.\n';
    expect(meeting(text)).toEqual(['2016-07-08', 'Warsaw']);
  });
});
