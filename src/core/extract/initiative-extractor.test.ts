/**
 * Initiative cues on house-style sentences written for each kind the corpus rules count (a signed
 * instrument, funding, a new group or dialogue, the next meeting, a named mechanism continued, an adopted
 * plan or statement, a launch, an announced step), in English and French, and the near-misses the rules
 * leave out (discussion, hope, restated commitment, keeping in touch, a general wish).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractInitiatives } from './initiative-extractor';

const found = (sentence: string): boolean => extractInitiatives(importText(`Statement\n\n${sentence}\n`)).length > 0;

describe('initiative cues', () => {
  it.each([
    'The two ministers signed a Memorandum of Understanding on cooperation in critical minerals.',
    'Canada will provide $25 million to support humanitarian assistance in Sudan.',
    'The leaders agreed to establish a joint working group on supply chain resilience.',
    'The next meeting of the Joint Economic Committee will be held in Tokyo in 2026.',
    'The Secretary announced an additional $100 million in humanitarian assistance for the people of Gaza.',
    'The ministers launched the Canada–EU Digital Partnership.',
    'Both sides agreed to hold the third round of the strategic dialogue in Seoul next year.',
    'The two countries will continue to cooperate through the Quad Critical and Emerging Technology Working Group.',
    'Ministers adopted a joint action plan on countering foreign information manipulation.',
    'The Foreign Ministers issued a joint statement on the situation in the Red Sea.',
    'Australia is providing an additional $10 million to support the UN World Food Programme in Afghanistan.',
    'The United Kingdom has committed £50 million to the Global Fund for Coral Reefs.',
    'The leaders welcomed the signing of the Comprehensive Strategic Partnership Agreement.',
    'The ministers decided to upgrade the bilateral relationship to a Strategic Partnership.',
    'The two leaders agreed to meet again on the margins of the G20 Summit in Johannesburg.',
    'Minister Joly announced that Canada will open a new embassy in Armenia.',
    'The Prime Minister announced new funding of $15 million for demining in Ukraine.',
    'New Zealand will contribute NZ$5 million to the Pacific Resilience Facility.',
    'The two sides will convene the inaugural 2+2 ministerial dialogue in early 2026.',
    'They agreed to deepen cooperation through a new Canada–Japan Economic Security Dialogue.',
    'Japan will extend a yen loan of up to 50 billion yen for the construction of the Metro Line.',
    'The Secretary and the Minister signed the Artemis Accords.',
    'The ministers endorsed the Joint Vision Statement for 2030.',
    'The Council adopted new sanctions against individuals responsible for human rights violations.',
    'Le Canada versera 10 millions de dollars pour soutenir la sécurité alimentaire au Sahel.',
    'Les deux ministres ont signé un protocole d’entente sur la coopération en matière d’énergie propre.',
    'Les dirigeants ont convenu de créer un groupe de travail conjoint sur les minéraux critiques.',
    'La prochaine réunion de la Commission mixte se tiendra à Dakar en 2026.',
    'La France et l’Allemagne lancent une initiative commune pour l’intelligence artificielle.',
    'Les ministres ont adopté une feuille de route pour la coopération spatiale.',
    'Le ministre a annoncé un financement de 5 millions de dollars pour des projets d’adaptation au climat.',
    'Les deux pays ont décidé d’établir un partenariat stratégique renforcé.',
    'Les deux ministres se retrouveront à Ottawa au printemps prochain pour la deuxième session du dialogue.',
    // Each class added from real statements' misses (issue 12), in the words that motivated it:
    // funding named by its noun,
    'This follows the Prime Minister’s announcement of an initial $500,000 to the Indonesian Red Cross.',
    // a named agreement announced, and one signed or adopted as a participle,
    'The United Kingdom and Saudi Arabia have announced a new Military and Security Cooperation Agreement.',
    'They welcomed the progress of the Critical Minerals Agreement signed in Ottawa last year.',
    'Ils entendent faire avancer le Plan d’action sur les minéraux critiques adopté par le Canada et l’Allemagne.',
    // an agreement endorsed, an instrument of approval deposited,
    'Today the European Council endorsed the Agreement on the withdrawal of the United Kingdom from the European Union.',
    'The Presidency deposited, on behalf of the European Union, the instrument of approval of the Hague Convention.',
    // efforts launched, an agenda defined together,
    'The conference launched significant international efforts to protect journalists.',
    'Ils ont évoqué la mise en œuvre de l’agenda de prospérité défini conjointement lors du Conseil des ministres.',
    // a meeting in the French future tense, and a commitment the parties make together.
    'Le conseiller fédéral rencontrera, mardi à Bruxelles, la haute représentante de l’Union européenne.',
    'Ses membres se sont engagés à garantir la capacité de l’Ukraine à se défendre.',
    // a post opened, negotiations to conclude, joint work for a named meeting, a second meeting with a counterpart.
    'Today Mr Peters officially opened New Zealand’s first resident embassy in Ireland at a ceremony in Dublin.',
    'Les dirigeants vont concentrer leurs efforts sur la conclusion des négociations en vue d’un accord bilatéral.',
    'The two ministers will continue to cooperate closely for the success of the G7 Hiroshima Foreign Ministers’ Meeting.',
    'In Dublin he will also meet with Deputy Prime Minister and Minister of Foreign Affairs Simon Coveney.',
  ])('finds an initiative in %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    'The two leaders discussed regional security and trade.',
    'The Minister expressed her hope to further deepen cooperation in the years ahead.',
    'They reaffirmed their ironclad commitment to Article 5.',
    'The leaders agreed to remain in close contact.',
    'The ministers looked forward to the further intensification of the relationship.',
    'Les ministres ont réaffirmé leur attachement au multilatéralisme.',
    'Les deux dirigeants sont convenus de rester en contact étroit.',
    'North Korea launched two ballistic missiles into the sea.',
    'The ministers se sont engagés à rester en contact étroit.',
    'Les ministres se sont engagés à poursuivre leurs échanges.',
    'Canada has provided more than $4 billion in assistance since 2022.',
    'During his visit, the Minister will also meet opposition and civil society leaders.',
    'Ministers agreed to collaborate on a range of fronts to assist the transition to peace and stability.',
    'Les deux leaders ont convenu de l’importance de la coopération internationale.',
    'Pendant son séjour, la ministre rencontrera des représentants de la société civile.',
    'Les dirigeants se sont engagés à continuer de travailler ensemble.',
    'Les ministres se sont engagés à poursuivre leur coopération.',
  ])('finds none in %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });
});

describe('a French cue ending on an elided « d’ »', () => {
  // PMO readout, Kuala Lumpur 2025: the signing of a letter of intent, welcomed by both leaders.
  it.each(["Les dirigeants ont salué la signature d'une lettre d'intention entre le Canada et la Malaisie.", 'Ils ont salué la récente conclusion d’un accord de libre-échange.'])('finds the initiative in %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });
});

describe('agreeing to strengthen ties between the two countries, with nothing named, is keeping in touch', () => {
  // PMO readout of a call with Prime Minister Starmer, 2025 (French); the English is the same class.
  it.each([
    "Les dirigeants ont discuté de l'étroite relation entre le Canada et le Royaume-Uni et ont convenu de resserrer les liens commerciaux et de défense entre les deux pays.",
    'The leaders agreed to strengthen trade and defence ties between the two countries.',
  ])('finds none in %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });

  it.each([
    'Les dirigeants ont convenu de resserrer les liens entre les deux pays par un nouveau dialogue ministériel annuel.',
    'The leaders agreed to strengthen ties between the two countries through a new Canada-UK Defence Dialogue.',
  ])('still finds the one that names how: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });
});

describe('continuing to work together on what a dated, named meeting decided', () => {
  it('finds the initiative in "… to implement plans made at the July 2018 Summit" (DoD readout, 2019)', () => {
    expect(found('They agreed to continue working together in consultation with NATO Allies to implement plans made at the July 2018 Summit.')).toBe(true);
  });

  it('still finds none in continuing to work together on nothing named', () => {
    expect(found('They agreed to continue working together in consultation with their allies.')).toBe(false);
  });
});

describe('working together at a named meeting to come', () => {
  it('finds the initiative in "look forward to working together at the NATO Defense Ministerial …" (DoD readout, 2017)', () => {
    expect(found('The two leaders look forward to working together at the NATO Defense Ministerial and Munich Security Conference next week.')).toBe(true);
  });

  it('finds none in working together with nothing named', () => {
    expect(found('The two leaders look forward to working together in the months ahead.')).toBe(false);
  });
});

describe('a visit one participant invites the other to make (corpus convention: a meeting with a vague time)', () => {
  it('finds the initiative in « a invité le président Marcos Jr. à effectuer une visite au Canada » (PMO, 2025)', () => {
    expect(found('Le premier ministre Carney a invité le président Marcos Jr. à effectuer une visite au Canada.')).toBe(true);
  });

  it('finds it in English, and in an invitation renewed or accepted', () => {
    expect(found('Prime Minister Kishida invited President Yoon to make an official visit to Japan.')).toBe(true);
    expect(found('The Minister renewed her invitation to Minister Wong to visit Wellington.')).toBe(true);
    expect(found('La ministre a renouvelé son invitation à son homologue pour une visite à Ottawa.')).toBe(true);
  });

  it('finds none in a visit made at an invitation, or an invitation to act', () => {
    expect(found('At the invitation of Minister X, Minister Y paid an official visit to India from 17 to 19 March.')).toBe(false);
    expect(found('The Council invited the Commission to take the necessary steps.')).toBe(false);
  });
});

describe('bullets under a lead-in: actions are initiatives, topics are not (corpus rule on topic bullets)', () => {
  const initiatives = (text: string) => extractInitiatives(importText(text)).map((i) => i.text);

  it('keeps the lead-in as the one initiative when its bullets only name areas', () => {
    expect(
      initiatives('Joint statement\n\nThe ministers agreed to establish a new dialogue covering the following areas:\n\n- Trade and economic issues\n\n- Climate change\n\n- Maritime security\n'),
    ).toEqual(['The ministers agreed to establish a new dialogue covering the following areas:']);
  });

  it('takes each action bullet, in English and in French', () => {
    expect(initiatives('Joint statement\n\nThe ministers agreed to:\n\n- hold the next meeting in Ottawa in 2026;\n\n- launch a joint study on critical minerals.\n')).toEqual([
      'hold the next meeting in Ottawa in 2026;',
      'launch a joint study on critical minerals.',
    ]);
    expect(initiatives('Déclaration conjointe\n\nLes ministres ont convenu de :\n\n- renforcer le dialogue sur la cybersécurité;\n\n- tenir la prochaine réunion à Paris.\n')).toEqual([
      'renforcer le dialogue sur la cybersécurité;',
      'tenir la prochaine réunion à Paris.',
    ]);
  });
});

describe('a programme or plan "agreed" as a direct object (British usage)', () => {
  it('finds the initiative in "agreed a new Individually Tailored Partnership Programme"', () => {
    expect(found('The Allies and Ruritania agreed a new Individually Tailored Partnership Programme, which sets out cooperation on cyber defence.')).toBe(true);
  });

  it('finds none in agreeing a view', () => {
    expect(found('The ministers agreed a common view on the situation in the region.')).toBe(false);
  });
});

describe('officials tasked, a meeting to come looked forward to, a launch announced in French', () => {
  it.each([
    'The Ministers tasked officials to develop a roadmap by the end of the year.',
    'Both ministers instructed their officials to begin work on a new defence cooperation agreement.',
    'Ils ont chargé leurs équipes de préparer une feuille de route.',
    'They look forward to the upcoming G20 Summit in Rio.',
    'Les dirigeants ont annoncé le lancement de négociations en vue d’un accord de libre-échange.',
  ])('finds the initiative in %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each(['The Minister asked the media to respect the privacy of the families.', 'They directed the strike at civilian targets.', 'They look forward to a peaceful future for the region.'])(
    'finds none in %s',
    (sentence) => {
      expect(found(sentence)).toBe(false);
    },
  );
});

describe('initiative phrasings beyond the corpus (each a kind the rules count, written in the forms statements use)', () => {
  it.each([
    // a new body announced or agreed as a noun: "the creation of", « la création de », « la mise en place de »
    'The ministers announced the creation of a joint working group on critical minerals.',
    'Les deux ministres ont annoncé la création d’un groupe de travail conjoint.',
    'Les dirigeants ont convenu de la mise en place d’un mécanisme de consultation annuel.',
    // a commitment with a gerund, and a summit the parties will hold
    'We commit to establishing a joint task force on migration.',
    'We will hold the second summit in Seoul next year.',
    // French money with spaces between thousands, and a French funding verb in the infinitive
    'La France a décidé de débloquer une aide d’urgence de 500 000 euros.',
    'Le Canada va allouer 2 500 000 $ à la reconstruction des écoles.',
    // a French body set up in the passive future, and « déclaration commune »
    'Un comité mixte sera créé pour suivre la mise en œuvre de l’accord.',
    'Les ministres ont adopté une déclaration commune.',
    // a joint exercise with its kind named, and funding announced without a sum
    'The two countries will conduct a joint naval exercise next month.',
    'The Government will provide additional funding to UNHCR.',
  ])('counts: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    // a body a third party set up, only welcomed; the bare future of « sera » with no body created
    'The ministers welcomed the establishment of the UN Commission of Inquiry.',
    'La réunion sera l’occasion de faire le point sur la coopération.',
    // one party's deployment (corpus convention), and 500 000 people, not euros
    'Australia will deploy two C-130 aircraft to support the relief effort.',
    'Plus de 500 000 personnes ont été déplacées par le cyclone.',
  ])('does not count: %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });
});

describe('French counterparts of the English initiative classes (written from the classes, not from corpus sentences)', () => {
  it.each([
    // a body created in any tense, as "will establish a joint committee"
    'Les deux pays ont créé un groupe de travail conjoint sur les minéraux critiques.',
    'Les ministres mettront en place un mécanisme de suivi annuel.',
    // a meeting they will hold or host, and a committee that will meet
    'Les deux pays tiendront leur prochaine réunion ministérielle à Séoul.',
    'Le Canada accueillera le sommet des dirigeants en 2026.',
    'Le comité mixte se réunira deux fois par an.',
    // a plan approved, agreed in other words, an instrument negotiated
    'Les ministres ont approuvé le plan d’action conjoint pour 2025-2027.',
    'Ils se sont mis d’accord pour lancer un dialogue stratégique.',
    'Les deux gouvernements négocieront un accord de mobilité des jeunes.',
    // instruments exchanged, initialled, or signed in the passive
    'Les ministres ont échangé des lettres d’intention sur la coopération spatiale.',
    'Le protocole d’entente a été signé en présence des deux premiers ministres.',
    // funding with no sum, a named programme announced, a joint exercise, a signature welcomed
    'Le Canada fournira un nouveau financement au Programme alimentaire mondial.',
    'La ministre a annoncé un nouveau programme de bourses pour les étudiants sénégalais.',
    'Les forces des deux pays mèneront des exercices navals conjoints en mer Baltique.',
    'Les ministres se sont félicités de la signature d’un arrangement sur la cybersécurité.',
    // one party's commitment in the singular
    'Le Canada s’engage à verser une contribution au fonds de reconstruction.',
  ])('counts: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    // a ceasefire asked of others is no body created; keeping up coordination is keeping in touch
    'Les ministres ont appelé les parties à mettre en place un cessez-le-feu durable.',
    'Le groupe s’est engagé à poursuivre une étroite coordination avec ses partenaires.',
    // a meeting that took place, and a declaration of others approved
    'La réunion s’est tenue à Ottawa le 3 mars.',
    'Nous approuvons la déclaration commune des dirigeants de la région.',
    // a launch between third parties welcomed; funding with its sum is the money cue's (tested with the sum)
    'Le président s’est félicité du lancement de pourparlers entre la Grèce et la Turquie.',
  ])('does not count: %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });

  it('gives funding with its sum the money cue’s confidence, not the weaker one of funding without a sum', () => {
    const statement = importText('Titre\n\nÀ cette occasion, la ministre a annoncé un financement de 12 millions de dollars sur trois ans.');
    expect(extractInitiatives(statement).map((initiative) => initiative.confidence)).toEqual([0.8]);
  });
});

describe('French forms found in published texts outside the corpus (Franco-German declaration, Bonn 1997; Chad–Burkina Faso, 2005)', () => {
  it('reads « nous sommes convenus : » as a commitment lead-in whose action bullets are initiatives', () => {
    const text = 'Déclaration\n\nA cette fin, nous sommes convenus :\n\n- de promouvoir des initiatives ministérielles communes ;\n\n- de tenir des conférences communes de nos ambassadeurs.\n';
    expect(extractInitiatives(importText(text)).map((initiative) => initiative.text)).toEqual([
      'de promouvoir des initiatives ministérielles communes ;',
      'de tenir des conférences communes de nos ambassadeurs.',
    ]);
  });

  it('counts « doit se tenir » for a meeting to come and « la signature de deux accords »', () => {
    expect(found('La prochaine conférence sera consacrée aux relations transatlantiques et doit se tenir en France en 1998.')).toBe(true);
    expect(found('Le Tchad et le Burkina Faso ont procédé à la signature de deux accords de coopération.')).toBe(true);
    expect(found('La réunion a permis de tenir compte des positions de chacun.')).toBe(false);
  });
});

describe('forms read in canada.ca releases outside the corpus (Global Affairs Canada, 2020–2025)', () => {
  it.each([
    'Les ministres des Affaires étrangères ont approuvé une déclaration ministérielle du Commonwealth contre le racisme.',
    'Les ministres des Affaires étrangères des pays nordiques et du Canada se sont réunis à Espoo et ont émis une déclaration commune sur leur soutien à l’Ukraine.',
    'Il y a un an aujourd’hui, l’Ukraine et le Canada lançaient la Coalition internationale pour le rapatriement des enfants ukrainiens.',
    'La prochaine réunion des chefs de gouvernement doit avoir lieu à Kigali en juin 2021.',
    'The Minister of Foreign Affairs today announced Canada’s intention to further strengthen its diplomatic relationship with Rwanda by converting the Canadian office in Kigali into a high commission.',
  ])('counts: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    // someone else's statement endorsed; a meeting named in a relative clause only as context
    'Nous approuvons la déclaration commune des dirigeants de la région.',
    'Ils ont passé en revue les préparatifs pour la réunion des chefs de gouvernement, qui doit avoir lieu à Kigali.',
  ])('does not count: %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });
});

describe('a joint Québec–Ontario release outside the corpus (2014): protocols and a declaration signed', () => {
  it('counts « à la signature de trois protocoles d’entente » and « une déclaration … a également été signée »', () => {
    expect(found('Cette rencontre conjointe a permis d’adopter des mesures, grâce, notamment, à la signature de trois protocoles d’entente.')).toBe(true);
    expect(found('Par ailleurs, une déclaration sur la francophonie canadienne a également été signée.')).toBe(true);
    expect(found('La déclaration universelle a été citée par le ministre.')).toBe(false);
  });
});

describe('a plan’s list of actions under a lead-in without a verb of commitment (Franco-Australian and Franco-British declarations, outside the corpus)', () => {
  it('counts each action bullet under « … à travers les actions suivantes : » and « Pour traduire ces engagements, les deux gouvernements : »', () => {
    const plan = 'Déclaration\n\nLa présente déclaration conjointe expose un plan visant à renforcer ces liens à travers les actions suivantes :\n\n- encourager le commerce par le biais de forums d’affaires réguliers ;\n\n- accélérer le rythme des rencontres politiques de haut niveau.\n';
    expect(extractInitiatives(importText(plan))).toHaveLength(2);
    const governments = 'Déclaration\n\nPour traduire ces engagements, les deux gouvernements :\n\n- organiseront des conférences conjointes de leurs chefs de mission ;\n\n- prépareront des visites conjointes de leurs ministres.\n';
    expect(extractInitiatives(importText(governments))).toHaveLength(2);
  });

  it('does not count topic bullets under such a lead-in', () => {
    const topics = 'Déclaration\n\nLe dialogue portera sur les actions suivantes :\n\n- Questions bilatérales\n\n- Questions européennes\n';
    expect(extractInitiatives(importText(topics))).toEqual([]);
  });
});

describe('an instrument restated in a quotation', () => {
  it('counts the signing once, not again in the quoted sentence that restates it', () => {
    const statement = importText(
      'Minister welcomes agreement\n\nThe Minister for Foreign Affairs, Senator Anna Berg, has welcomed the signing of a Memorandum of Understanding with the Government of Fiji.\n\n"The signing of this agreement will make a significant contribution to the region," Senator Berg said.\n',
    );
    expect(extractInitiatives(statement).map((i) => i.text.slice(0, 40))).toEqual(['The Minister for Foreign Affairs, Senato']);
  });
});

describe('initiative phrasings of White House and NATO texts (batch collect-27, tune split)', () => {
  it.each([
    'They welcomed the recent launch of the Multilateral Sanctions Monitoring Team (MSMT).',
    'They welcomed several notable achievements over the past year, including the establishment of a cutting-edge trilateral quantum workforce training program.',
    'They committed to work toward holding another Trilateral Leaders’ Summit at the earliest opportunity.',
    'They announced their intent to negotiate a bilateral Science, Technology, and Innovation Agreement in 2022.',
    'Les ministres ont annoncé leur intention d’ouvrir des négociations commerciales.',
    'The President expressed that he looked forward to visiting Canada in the near future.',
    'The National Security Advisors reviewed progress on a wide range of trilateral initiatives announced in the Spirit of Camp David statement.',
    'The leaders met to review implementation of the Roadmap for a Renewed U.S.-Canada Partnership launched in February 2021.',
    'Le Secrétaire général s’est rendu à Varsovie lors de la signature d’une déclaration commune OTAN-UE avec le président du Conseil européen.',
  ])('counts: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    // stepping up coordination names no mechanism (corpus convention)
    'The National Security Advisors also agreed to increase coordination of efforts to combat pervasive threats in the cyber domain.',
    'The President looked forward to a productive relationship.',
    'They discussed the launch of the satellite by the DPRK.',
  ])('does not count: %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });
});

describe('"agreed" parted from its "to" by an aside (Armenpress, 2017, round 44)', () => {
  it.each([
    'Within the framework of the Memorandum, the sides agreed, in particular, to hold consultations on collaboration in the areas of information and public expertise.',
    'The ministers decided, inter alia, to set up a joint working group on energy.',
  ])('counts: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it('still reads keeping in touch after the aside as no initiative', () => {
    expect(found('They also agreed, in particular, to remain in close contact.')).toBe(false);
  });
});

describe('round 50: launches and meetings to come in French, and a signing only weighed', () => {
  it.each([
    'Le Coordonnateur résident et le ministre ont procédé au lancement du Plan-cadre des Nations Unies pour l’assistance et le développement du Sénégal (PNUAD 2019-2023).',
    'Les Chefs de l’UNOCA et de la MINUSCA rencontreront également le Ministre des Relations extérieures angolais, M. Téte António.',
    'Les deux Représentants spéciaux seront reçus en audience par M. João Manuel Gonçalves Lourenço, Président de la République d’Angola.',
  ])('counts: %s', (sentence) => {
    expect(found(sentence)).toBe(true);
  });

  it.each([
    'The signing of this Memorandum of Understanding will strengthen and further develop effective legal and judicial cooperation between Singapore and Vietnam.',
    'Dr. Jules said the signing of the MOU signified a new strategic positioning of the historic association between both Institutions.',
    'La signature de cet accord permettra de renforcer les échanges entre les deux pays.',
  ])('does not count a signing only weighed: %s', (sentence) => {
    expect(found(sentence)).toBe(false);
  });

  it('still counts the sentence that reports the signing', () => {
    expect(found('The two ministers signed a Memorandum of Understanding on legal and judicial cooperation.')).toBe(true);
  });
});

describe('the prefilter', () => {
  it('holds every stem of every cue, so no cue is skipped unread', async () => {
    const { stemsMissingFromPrefilter } = await import('./initiative-extractor');
    expect(stemsMissingFromPrefilter()).toEqual([]);
  });
  it('lets through every corpus sentence a cue matches (a cue edited after its prefilter was copied would be turned off)', async () => {
    const { cuePrefiltersMissing } = await import('./initiative-extractor');
    const { bodySentences } = await import('./sentence-helpers');
    const directory = path.resolve(__dirname, '../../../corpus/real');
    const sentences = readdirSync(directory)
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => bodySentences(importText(readFileSync(path.join(directory, file), 'utf8'))).map((sentence) => sentence.head));
    expect(sentences.length).toBeGreaterThan(3000);
    expect(cuePrefiltersMissing(sentences)).toEqual([]);
  });
});
