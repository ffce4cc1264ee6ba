import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { classifyStatementKind } from './statement-kind';

// Texts written for this test (not from the corpus): each shows one way the genre announces itself.
const kindOf = (text: string) => classifyStatementKind(importText(text));

describe('classifyStatementKind', () => {
  it('reads a label line near the top', () => {
    expect(kindOf('Readout\n\nMinister Abe spoke with Minister Lund by telephone on Tuesday.')).toBe('readout');
    expect(kindOf('Norway and Peru sign fisheries pact\n\nNews release\n\nOslo, 3 May 2025\n\nThe ministers signed.')).toBe('news-release');
    expect(kindOf('Le Canada et la France renforcent leur coopération\n\nCommuniqué de presse\n\nParis, le 4 mai 2025\n\nLes ministres ont signé.')).toBe('news-release');
    expect(kindOf('Joint Declaration of Brazil and Kenya on food security\n\nThe two ministers adopted a plan.')).toBe('joint-statement');
    expect(kindOf('Déclaration conjointe du Canada et du Maroc\n\nLes ministres ont adopté un plan.')).toBe('joint-statement');
    expect(kindOf('Statement by the Minister of Foreign Affairs on the elections in Ruritania\n\nCanada notes the results.')).toBe('statement');
  });

  it('hears several issuers speaking as one', () => {
    expect(kindOf('Nordic Foreign Ministers on the Arctic\n\nWe, the Foreign Ministers of Denmark, Finland, Iceland, Norway and Sweden, condemn the attack.')).toBe('joint-statement');
    expect(kindOf('Sur la situation au Sahel\n\nNous, ministres des Affaires étrangères du Canada et du Mali, condamnons l’attaque.')).toBe('joint-statement');
  });

  it('recognises a department release by its dateline and quote blocks', () => {
    expect(kindOf('Canada funds clean water in Peru\n\nMay 2, 2025 – Ottawa, Ontario – Global Affairs Canada\n\nThe Minister announced $5 million.')).toBe('news-release');
    expect(kindOf('Ottawa – The Minister of International Development today announced $5 million for clean water.\n\nThe funding will help.')).toBe('news-release');
    expect(kindOf('Statement by Minister Lund on the floods\n\nMay 2, 2025 – Ottawa, Ontario – Global Affairs Canada\n\n“Canada stands with the people of Chile.”')).toBe('statement');
  });

  it('takes a title that names a meeting or call as a readout', () => {
    expect(kindOf('Outcome of the Korea-Chile Foreign Ministers’ Call\n\nThe two ministers discussed trade.')).toBe('readout');
    expect(kindOf('Deputy Secretary Lund’s Meeting with Moroccan Foreign Minister Alami\n\nThe Deputy Secretary welcomed the minister.')).toBe('readout');
    expect(kindOf('Japan-Peru Foreign Ministers’ Meeting\n\nOn May 2, the ministers met in Tokyo.')).toBe('readout');
  });

  it('falls back to a statement', () => {
    expect(kindOf('Ministers agree to work on resilience\n\nThe ministers met and agreed to work together.')).toBe('statement');
    expect(kindOf('')).toBe('statement');
    expect(kindOf('x'.repeat(100_000))).toBe('statement');
  });
});

describe('classifyStatementKind on call readouts and site furniture', () => {
  it('takes a title reporting a call as a readout, and a GOV.UK page as a release', () => {
    expect(kindOf('Prime Minister speaks with President of Chile\n\nMarch 2, 2024\n\nThe Prime Minister spoke today with the President of Chile.')).toBe('readout');
    expect(kindOf('Minister meets Peruvian counterpart\n\nFrom:\nDepartment for Business\nPublished\n3 May 2025\n\nThe Minister met her Peruvian counterpart today in London.')).toBe('news-release');
  });
});

describe('classifyStatementKind with accented label words', () => {
  it('reads "Joint Communiqué" and « Publié » although é is not an ASCII word character', () => {
    expect(kindOf('Joint Communiqué of the Fourth Canada–Caribbean Community Foreign Ministers’ Meeting\n\nThe meeting was attended by ministers.')).toBe('joint-statement');
    expect(kindOf('La ministre rencontre son homologue\n\nPublié\n3 mai 2025\n\nLa ministre a rencontré son homologue à Paris.')).toBe('news-release');
  });
});

// Shortened from real statements of the tune split (issue 12, corpus/real), one class of text each.
describe('classifyStatementKind on real statements', () => {
  it('does not read a title "Country – Topic" as a "City – " dateline (France Diplomatie)', () => {
    expect(kindOf('Niger et Nigéria – Attaques de Boko Haram (16 décembre 2020)\n\nLa France condamne avec la plus grande fermeté l’attaque contre une école et l’enlèvement de plusieurs centaines d’élèves.')).toBe('statement');
  });

  it('reads a "Media release" / "Press Release" label over the minister’s own voice or a reaction to an event as a statement', () => {
    expect(kindOf('TRILATERAL MEETING IN BALI\n\nMEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER\n\nFA24 22 February 2002\n\nI look forward to attending the inaugural Trilateral Meeting in Nusa Dua, Bali on 26 February involving Australia, Indonesia and East Timor.')).toBe('statement');
    expect(kindOf('NATO Secretary General condemns Mumbai attacks\n\nPress Release (2011) 090\nIssued on 14 Jul. 2011\n\nThe NATO Secretary General Anders Fogh Rasmussen expressed deepest sympathies to the victims of the attacks in Mumbai yesterday. He condemned in the strongest possible terms the indiscriminate violence.')).toBe('statement');
  });

  it('reads "Remarks by …" as a statement, even under a title naming a meeting', () => {
    expect(kindOf('Special meeting of the European Council (Art. 50) on 25 November 2018\n\nRemarks by President Donald Tusk (25 November 2018).\n\nI quote this passage of yesterday’s conclusions, as it contains the essence of our meeting.')).toBe('statement');
  });

  it('reads "provided the following readout" under a "News Release" label, and a call in the lead, as readouts', () => {
    expect(kindOf("Acting Secretary of Defense Mark T. Esper's Meeting With Afghan Acting Minister of Defense Asadullah Khalid\n\nJune 27, 2019\n\nNews Release\n\nChief Pentagon Spokesman Jonathan R. Hoffman provided the following readout:\n\nActing Secretary of Defense Mark T. Esper met with Afghan Acting Minister of Defense Asadullah Khalid.")).toBe('readout');
    expect(kindOf('Le PM discute avec le premier ministre Golding de la Jamaïque\n\n21 juin 2010\nOttawa (Ontario)\n\nAujourd’hui le Premier ministre Harper s’est entretenu au téléphone avec son homologue jamaïcain Bruce Golding.')).toBe('readout');
  });

  it('reads two issuers of two countries issuing one text, and "Foreign Ministers from A, B and C, …" as joint statements', () => {
    expect(kindOf('Canada and United Kingdom mark first anniversary of Global Conference for Media Freedom\n\nJuly 10, 2020 - Ottawa, Canada - Global Affairs Canada\n\nGlobal Affairs Canada and the Foreign & Commonwealth Office of the United Kingdom today issued the following statement:\n\n“One year ago today, our two countries co-hosted the first Global Conference for Media Freedom in London.')).toBe('joint-statement');
    expect(kindOf('Statement\n\nJuly 10, 2020 - Ottawa, Canada - Global Affairs Canada\n\nThe Prime Minister and Minister of Foreign Affairs of Canada today issued the following statement:\n\n“We mark the day.”')).toBe('statement');
    expect(kindOf('Foreign Ministers of Australia, New Zealand and Fiji Meet\n\nNew York\n\nForeign Ministers from Australia, New Zealand and Fiji, Senator Bob Carr, the Hon Murray McCully and Ratu Inoke Kubuabola today continued trilateral discussions in New York.')).toBe('joint-statement');
  });

  it('reads a third-person report of a visit, an opening, an arrival, an attendance or a deposit as a news release', () => {
    expect(kindOf('NATO Deputy Secretary General thanks Iceland for its contribution to European security\n\nNATO Deputy Secretary General, Rose Gottemoeller, ended a two day visit to Iceland on Wednesday (8 March 2017) by addressing students at the University of Iceland.')).toBe('news-release');
    expect(kindOf('New Zealand opens first embassy in Dublin\n\nForeign Affairs Minister Winston Peters officially opened New Zealand’s first resident embassy in Ireland at a ceremony in Dublin today.')).toBe('news-release');
    expect(kindOf('Mark Field in Malaysia to deepen bilateral ties ahead of Brexit\n\nThe UK’s Minister for Asia and the Pacific, Mark Field, will arrive in Malaysia today (2 October) for a visit focused on strengthening the bilateral relationship.')).toBe('news-release');
    expect(kindOf('Hague Convention on Choice of Court Agreements: approval on behalf of the EU\n\nOn 11 June 2015, the Latvian Presidency deposited, on behalf of the European Union, the instrument of approval of the Hague Convention.')).toBe('news-release');
    expect(kindOf("Defence Secretary meets with counterparts at Singapore's Shangri-la Dialogue\n\nThe Rt Hon Gavin Williamson MP, Secretary of State for Defence was in Singapore to attend the Shangri-la Dialogue organised by the International Institute of Strategic Studies.")).toBe('news-release');
    expect(kindOf('Foreign Minister To Visit Europe, Indonesia\n\nRt Hon Winston Peters\nMinister of Foreign Affairs\n\nForeign Minister Winston Peters departs this weekend for visits to France, Italy and Indonesia.')).toBe('news-release');
  });
});

describe('a header line in capitals before the lead', () => {
  it('reads the lead past "MINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Bob Carr": a third-person announcement is a news release', () => {
    expect(
      kindOf(
        'AUSTRALIA TO SUPPORT UN RELIEF WORKS\n\nMINISTER FOR FOREIGN AFFAIRS  Senator the Hon. Anna Berg\n\nMay 28, 2012\n\nMinister for Foreign Affairs, Senator Anna Berg today announced Australia would support additional teachers and doctors for refugees in the region.\n',
      ),
    ).toBe('news-release');
  });
});

describe('a third-person lead that praises', () => {
  it('makes "Secretary General X praised … in a visit to London" a news release', () => {
    expect(kindOf('NATO Secretary General: UK is vital\n\nSecretary General Jens Stoltenberg praised the United Kingdom’s important contributions to NATO in a visit to London on Thursday (21 June 2018).\n')).toBe('news-release');
  });
});

describe('an untitled text', () => {
  it('reads its first paragraph as the lead when it opens on one: a call reported in the third person is a readout', () => {
    const text =
      'Minister of Foreign Affairs Anna Berg spoke today by phone with Ruritania’s Foreign Minister, Olaf Lund, about the continuing attacks on energy infrastructure.\n\nThey discussed the war.\n';
    expect(importText(text).title).toBeNull();
    expect(kindOf(text)).toBe('readout');
  });

  it('skips a first line that only describes the document (vie-publique.fr), and reads the lead after it', () => {
    const text =
      'Communiqué de la Présidence de la République, en date du 22 septembre 2025, sur la situation en Méditerranée orientale.\n\nLe président de la République s’est entretenu ce jour avec le président du Conseil européen. Ils ont évoqué la situation régionale.\n';
    expect(importText(text).title).toBeNull();
    expect(kindOf(text)).toBe('readout');
  });
});

describe('talks held, in the words of rounds 26–48 (as annotated)', () => {
  it.each([
    ['Foreign Minister Sergey Lavrov Converses with Norwegian Foreign Minister Jonas Gahr Store', 'Minister of Foreign Affairs of the Russian Federation Sergey Lavrov conversed with Minister of Foreign Affairs of Norway Jonas Gahr Store on the sidelines of the Second Ministerial Meeting of the Northern Dimension in Oslo on November 1.'],
    ['President Enrique Peña Nieto congratulated President Donald J. Trump', 'Early Saturday morning, January 21, Mexican President Enrique Peña Nieto telephoned the new president of the United States, Donald J. Trump.'],
    ['Coopération Guinée – Italie', 'Son Excellence Dr Morissanda KOUYATÉ, Ministre des affaires étrangères, a reçu lundi matin une délégation italienne conduite par Monsieur Michele BAIANO, Envoyé Spécial de la Première Ministre italienne.'],
    ['Macron prévoit de venir en Polynésie', 'Le Président de la République, Emmanuel Macron, a tenu à recevoir, jeudi, le Président de la Polynésie française, Edouard Fritch, et le Président de l’Assemblée de la Polynésie française.'],
    ['Aurelien Agbénonci échange avec son homologue émirati', 'Le Ministre des Affaires étrangères et de la Coopération Aurelien Agbénonci a échangé avec une délégation des Émirats Arabes Unis conduite par le ministre d’État Shakh Boot Bin Nahayan Al Nahayan.'],
    ['Taiwan and Marshall Islands deepen relationship', 'Lin made the remarks while receiving a delegation led by Joe Bejang, minister of Education, Sports and Training, July 3 in Taipei City.'],
    ['Jamaica’s Foreign Minister holds bilateral discussions with Colombia’s Vice Minister', 'Sen. the Hon. Kamina Johnson Smith, Foreign Affairs Minister engages in bilateral discussions with H.E. Elizabeth Inés Taylor Jay, Vice Minister of Multilateral Affairs of the Republic of Colombia.'],
    ['Christodoulides briefs new Greek FM on Cyprus issue', 'Foreign Minister Nicos Christodoulides on Tuesday has his first official meeting with his new Greek counterpart Nikos Dendias, prior to the EU Foreign Affairs Council in Brussels.'],
    ['Kyrgyzstan to consider opening diplomatic mission in Ulaanbaatar', 'Minister of Foreign Affairs of Kyrgyzstan Ruslan Kazakbaev met in New York with President of Mongolia Ukhnaagiin Khürelsükh and Foreign Minister Batmunkh Battsetseg.'],
    ['Moldovan diplomacy head discuses with Estonian foreign affairs minister', 'Deputy Prime Minister, Foreign Affairs and European Integration Minister Nicu Popescu has had a meeting with Foreign Affairs Minister of Estonia Eva-Maria Liimets, on the sidelines of the 132nd Session of the Council of Europe.'],
    ['Joint Committee for Cooperation established', 'The Minister of Foreign Affairs, Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa, met with the Cabinet Secretary of the Ministry of Foreign Affairs of the Republic of Kenya, Monica Juma, at the United Nations Headquarters in New York.'],
    ['Gabon : Ali Bongo Ondimba reçoit l’ambassadeur de France', 'Vendredi 5 août, le président gabonais s’est entretenu au Palais Rénovation avec l’ambassadeur de France au Gabon, Alexis Lameck.'],
  ])('reads "%s" as a readout', (title, lead) => {
    expect(kindOf(`${title}\n\n${lead}\n`)).toBe('readout');
  });

  it('still reads a letter or support received as no talks', () => {
    expect(kindOf('Minister welcomes support\n\nThe Minister of Foreign Affairs, Jane Doe, has received a letter from the Secretary-General of the United Nations about the conference.\n')).not.toBe('readout');
    expect(kindOf('Le ministre salue le soutien\n\nLe ministre des Affaires étrangères, Jean Dupont, a reçu des assurances du gouvernement voisin sur la sécurité de la frontière.\n')).not.toBe('readout');
  });
});

describe('NATO’s news items', () => {
  it('reads the Secretary General’s talks told in the third person as a news release, as all NATO texts of the corpus are annotated', () => {
    expect(kindOf('Le secrétaire général et le premier ministre géorgien s’entretiennent du renforcement des liens\n\nCe mercredi (21 février 2024), le secrétaire général de l’OTAN, Jens Stoltenberg, a reçu le premier ministre géorgien, Irakli Kobakhidze, au siège de l’Organisation pour discuter avec lui du partenariat.\n')).toBe('news-release');
    expect(kindOf('Échange de vues entre le secrétaire général de l’OTAN et le premier ministre britannique\n\nLe 15 juin, à Londres, le secrétaire général de l\'OTAN, Anders Fogh Rasmussen, s\'est entretenu avec le premier ministre britannique, David Cameron, et avec le ministre des Affaires étrangères, William Hague.\n')).toBe('news-release');
  });
});
