/**
 * Quote shapes of each house style, on short texts written for the purpose (not corpus text): said
 * after and before, UK "X said:" paragraphs without quote marks, French « … », a déclaré and closing
 * blocks with a dash, "according to", and a closing block whose quotation is one short sentence.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractStatement } from './extract-statement';

const quotes = (text: string) => extractStatement(importText(`${text}\n`)).quotes.map((q) => [q.speaker, q.text]);

describe('quote shapes', () => {
  it('reads “…,” said Minister X', () => {
    expect(quotes('Minister meets counterpart\n\nMinister of Foreign Affairs Anna Berg met today with Chile’s Minister of Foreign Affairs, Luis Vega.\n\n“Canada stands with Chile on ocean protection,” said Minister Berg.')).toEqual([
      ['Anna Berg', 'Canada stands with Chile on ocean protection'],
    ]);
  });

  it("reads a paragraph quoted in single marks ('…,' Mr X says), and not an apostrophe or a quoted term", () => {
    // nz-peters-visit-europe-indonesia-2025-06: New Zealand releases quote in straight single marks.
    const text =
      'Foreign Minister to visit Europe\n\nForeign Minister Winston Peters departs this weekend for visits to France and Italy.\n\n' +
      "'Italy is a leading world economy, and we share important historical connections,' Mr Peters says.\n\n" +
      "'Partners' meetings in Rome will follow, the ministry's note says.";
    expect(quotes(text)).toEqual([['Winston Peters', 'Italy is a leading world economy, and we share important historical connections']]);
    expect(quotes('Visit\n\nForeign Minister Winston Peters visits Rome.\n\n‘Our partnership with Italy matters to the whole Pacific region,’ Mr Peters said.')).toEqual([['Winston Peters', 'Our partnership with Italy matters to the whole Pacific region']]);
  });

  it('joins « A », a déclaré X, « et b. » into one quote, as “A,” X said, “and b.” is', () => {
    const text =
      'La ministre rencontre son homologue\n\nLa ministre des Affaires étrangères, Mélanie Joly, a rencontré aujourd’hui à Ottawa son homologue chilien, Alberto van Klaveren.\n\n' +
      '« Le Canada et le Chili protègent ensemble les océans », a déclaré la ministre Joly, « et nous irons plus loin encore. »';
    expect(quotes(text)).toEqual([['Mélanie Joly', 'Le Canada et le Chili protègent ensemble les océans, et nous irons plus loin encore.']]);
  });

  it('reads a UK "X said:" paragraph printed without quote marks', () => {
    expect(quotes('Foreign Secretary visits Berlin\n\nForeign Secretary David Lammy travelled to Berlin today to meet his German counterpart Annalena Baerbock.\n\nForeign Secretary David Lammy said:\n\nThe UK and Germany are standing together in support of Ukraine.')).toEqual([
      ['David Lammy', 'The UK and Germany are standing together in support of Ukraine.'],
    ]);
  });

  it('reads « … », a déclaré la ministre X and « According to X, "…" »', () => {
    expect(quotes('La ministre rencontre son homologue\n\nLa ministre des Affaires étrangères, Mélanie Joly, a rencontré aujourd’hui son homologue mexicaine, Alicia Bárcena.\n\n« Le Canada est fier de son partenariat avec le Mexique », a déclaré la ministre Joly.')).toEqual([
      ['Mélanie Joly', 'Le Canada est fier de son partenariat avec le Mexique'],
    ]);
    expect(quotes('Statement by the High Representative\n\nHigh Representative Kaja Kallas met Foreign Minister Andrii Sybiha in Brussels.\n\nAccording to High Representative Kaja Kallas, "The EU will support Ukraine for as long as it takes."')).toEqual([
      ['Kaja Kallas', 'The EU will support Ukraine for as long as it takes.'],
    ]);
  });

  it('keeps a one-sentence quotation of a closing block ("Our partnership is strong." – Name), but not a quoted term', () => {
    const text =
      'Minister announces support\n\nNational Defence Minister Bill Blair announced $20 million for Ukraine.\n\nQuotes\n\n' +
      '“Canada’s commitment to Ukraine is unwavering. We will continue to stand with Ukraine.”\n\n– Bill Blair, Minister of National Defence\n\n' +
      '“Our partnership is strong.”\n\n– Mélanie Joly, Minister of Foreign Affairs';
    expect(quotes(text).map(([speaker]) => speaker)).toEqual(['Bill Blair', 'Mélanie Joly']);
    expect(quotes('Readout\n\nMinister Anna Berg met Minister Luis Vega. They support a “Free and Open Indo-Pacific.” and a “rules-based order.”')).toEqual([]);
  });
});

describe('a first-person paragraph whose opening mark was lost in publishing', () => {
  const release =
    'NATO Secretary General condemns attacks\n\nPress Release (2011) 090\n\nIssued on 14 Jul. 2011\n\n' +
    'The NATO Secretary General Anders Fogh Rasmussen expressed deepest sympathies to the victims of the attacks in Mumbai yesterday.\n\n';

  it('is quoted from its start and given to the lead’s participant, past the label and date lines (NATO, 2011)', () => {
    expect(quotes(`${release}These attacks against innocent civilians are outrageous and on behalf of the Alliance I want to express my sincere condolences to the families of the victims.”`)).toEqual([
      ['Anders Fogh Rasmussen', 'These attacks against innocent civilians are outrageous and on behalf of the Alliance I want to express my sincere condolences to the families of the victims.'],
    ]);
  });

  it('is not taken from a paragraph in the third person, nor one with other quote marks', () => {
    expect(quotes(`${release}The attacks against innocent civilians were outrageous, the Alliance said.”`)).toEqual([]);
    expect(quotes(`${release}We call the “peace plan” a sham and I want the families to know it.”`)).toEqual([]);
  });
});

describe('remarks under a label that names their speaker', () => {
  it('gives the quoted remarks to the person "Remarks by …" names, who is a participant (European Council, 2018)', () => {
    const text =
      'Special meeting of the European Council\n\nRemarks by President Donald Tusk (25 November 2018).\n\n' +
      '"Today, the European Council endorsed the Agreement on the withdrawal of the United Kingdom from the European Union.\n\n' +
      'The European Council approved the Political Declaration on the future relationship."';
    const structured = extractStatement(importText(`${text}\n`));
    expect(structured.participants.map((p) => p.name)).toEqual(['Donald Tusk']);
    expect(structured.quotes.map((q) => q.speaker)).toEqual(['Donald Tusk']);
  });

  it('still leaves out someone whose remarks a sentence only mentions', () => {
    const text = 'Readout\n\nForeign Minister Anna Berg met Foreign Minister Luis Vega. They discussed the remarks by President Ivan Petrov on trade.';
    expect(extractStatement(importText(`${text}\n`)).participants.map((p) => p.name)).toEqual(['Anna Berg', 'Luis Vega']);
  });
});

describe('a short quotation cut at its comma by the attribution', () => {
  const lead = 'NATO and Ruritania launch new partnership\n\nNATO Secretary General Jens Stoltenberg met the Prime Minister of Ruritania, Anna Kowal, in Brussels today.\n\n';

  it('is a quote: “This is a milestone,” said Mr Stoltenberg.', () => {
    expect(quotes(`${lead}“This is a milestone,” said Mr Stoltenberg.`)).toEqual([['Jens Stoltenberg', 'This is a milestone']]);
  });

  it('is still a term when it is a word or a phrase in lower case', () => {
    expect(quotes(`${lead}The Secretary General called the vote a “sham,” and left.`)).toEqual([]);
    expect(quotes(`${lead}He called the vote “the worst in years,” and left.`)).toEqual([]);
  });
});

describe('short quotations and speakers named by a compound title', () => {
  it('reads a three-word French quotation whose speech verb follows the closing guillemet (« … », a déclaré X)', () => {
    expect(quotes('Déclaration\n\nLe ministre Jean-Noël Barrot a rencontré son homologue.\n\n« Nous sommes unis », a déclaré le ministre Barrot.')).toEqual([
      ['Jean-Noël Barrot', 'Nous sommes unis'],
    ]);
  });

  it('keeps a three-word quoted phrase with no speech verb after it a term', () => {
    expect(quotes('Déclaration\n\nLe ministre Jean-Noël Barrot a rencontré son homologue.\n\nIl a dénoncé la « Grande Muraille numérique » du régime.')).toEqual([]);
  });

  it('resolves “…,” the Secretary General said to the participant who holds that title', () => {
    const text =
      'NATO Secretary General meets Prime Minister\n\nNATO Secretary General Mark Rutte met Prime Minister Jonas Gahr Støre in Oslo on Monday.\n\n' +
      '“Norway is a steadfast Ally and a close friend of all of us,” the Secretary General said, thanking Norway for its contributions.';
    expect(quotes(text)).toEqual([['Mark Rutte', 'Norway is a steadfast Ally and a close friend of all of us']]);
  });

  it('resolves "The Foreign Secretary said, “…”" to the Foreign Secretary, not the other minister', () => {
    const text =
      'Foreign Secretary meets counterpart\n\nForeign Secretary David Lammy met Kenya’s Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, in Nairobi.\n\n' +
      'The Foreign Secretary said, “Our two countries will build a new partnership for growth together.”';
    expect(quotes(text)).toEqual([['David Lammy', 'Our two countries will build a new partnership for growth together.']]);
  });
});

describe('an unnamed spokesperson relays the readout', () => {
  it('gives no quote for "A Downing Street spokesperson said:" and its paragraph, and no speaker "Downing"', () => {
    const text =
      'PM call with President Macron: 3 March 2025\n\nA Downing Street spokesperson said:\n\n' +
      'The Prime Minister spoke to President Emmanuel Macron this evening. They discussed the situation in Ukraine and agreed to stay in close contact.';
    expect(quotes(text)).toEqual([]);
  });

  it('gives no quote for the readout quoted after "A Foreign Office spokesperson said:", but the named people in it are participants', () => {
    const text =
      'PM call with President Zelenskyy\n\nA Downing Street spokesperson said: "The Prime Minister spoke to President Volodymyr Zelenskyy this morning and reiterated the UK\'s unwavering support."';
    const statement = extractStatement(importText(`${text}\n`));
    expect(statement.quotes).toEqual([]);
    expect(statement.participants.map((p) => p.name)).toEqual(['Volodymyr Zelenskyy']);
  });

  it('still reads a named spokesperson’s words: "Kremlin spokesman Dmitry Peskov said, “…”"', () => {
    const text = 'Statement\n\nMinister Anna Berg met her counterpart.\n\nKremlin spokesman Dmitry Peskov said, “We will study the proposal carefully before we answer it.”';
    expect(quotes(text)).toEqual([['Dmitry Peskov', 'We will study the proposal carefully before we answer it.']]);
  });
});

describe('a quotation inside a sentence with its own subject', () => {
  it('does not give a resolution’s quoted words to the minister named a sentence before', () => {
    const text =
      'Statement\n\nForeign Minister Penny Wong said Australia would continue to stand with Ukraine. The Resolution calls on Russia to “immediately, completely and unconditionally withdraw all of its military forces”.';
    expect(quotes(text)).toEqual([]);
  });

  it('does not give a quoted theme to the minister named a sentence before', () => {
    const text =
      'Statement\n\nThe Minister for Foreign Affairs, Winston Peters, today announced funding. The funding was announced under the theme “Building a resilient Pacific together with our partners”.';
    expect(quotes(text)).toEqual([]);
  });

  it('gives a quotation that is a sentence of its own to the participant the paragraph named before it', () => {
    const text =
      'Secretary General’s message\n\nSecretary General Mark Rutte released holiday greetings to NATO troops on Friday, thanking them for their service. “It is because of you that we are free and safe to celebrate this season.”';
    expect(quotes(text)).toEqual([['Mark Rutte', 'It is because of you that we are free and safe to celebrate this season.']]);
  });

  it('gives "He also explained how …, “…”" to the participant named last before the pronoun, past other capitalised words', () => {
    const text =
      'Address\n\nSecretary General Jens Stoltenberg gave an address on Thursday. Speaking at Lancaster House in London, Mr. Stoltenberg highlighted how ties between North America and Europe have grown. He also explained how the principle at the heart of the Alliance remains strong, “Again and again, we unite around our common goal.”';
    expect(quotes(text)).toEqual([['Jens Stoltenberg', 'Again and again, we unite around our common goal.']]);
  });
});

describe('a pronoun speaks right after the quotation', () => {
  it('gives “…,” he said to the participant named last before it, in a paragraph that names two', () => {
    const text =
      'NATO\n\nSecretary General Jens Stoltenberg met Prime Minister Theresa May in London on Thursday.\n\n' +
      'Mr. Stoltenberg spoke at a joint press conference with Prime Minister Theresa May. Mr. Stoltenberg also welcomed the UK’s continued commitment to spend 2% of its GDP on defence. “I know that NATO can rely on the United Kingdom, and the United Kingdom can rely on NATO,” he said.';
    expect(quotes(text)).toEqual([['Jens Stoltenberg', 'I know that NATO can rely on the United Kingdom, and the United Kingdom can rely on NATO']]);
  });

  it('gives « … », a-t-elle ajouté to the participant named last before it', () => {
    const text =
      'Déclaration\n\nLa ministre Anita Anand a rencontré le ministre Jean-Noël Barrot à Paris.\n\nLe ministre Barrot a salué la coopération. La ministre Anand a rappelé l’engagement du Canada. « Nous serons toujours aux côtés de l’Ukraine », a-t-elle ajouté.';
    expect(quotes(text)).toEqual([['Anita Anand', 'Nous serons toujours aux côtés de l’Ukraine']]);
  });
});

describe('a name set off by commas right before the speech verb is its subject', () => {
  it('gives « Prenant la parole …, le secrétaire général, M. Stoltenberg, a déclaré que … « … » » to Stoltenberg, not to the opening participle', () => {
    // The shape of NATO's French news stories (Montenegro's accession protocol, 2016): the office first, then « M. » and the surname.
    const text =
      'Signature\n\nAujourd’hui, les ministres ont signé le protocole. Prenant la parole lors d’une conférence de presse aux côtés du premier ministre monténégrin, M. Djukanovic, le secrétaire général, M. Stoltenberg, a déclaré que la décision « montre clairement que la porte de l’OTAN reste ouverte aux partenaires ».';
    expect(quotes(text)).toEqual([['Stoltenberg', 'montre clairement que la porte de l’OTAN reste ouverte aux partenaires']]);
  });

  it('still gives a joint subject’s quotation to the first of the pair ("X and Y, said:")', () => {
    const text =
      'Adoption Day\n\nIn a joint statement today, High Representative Federica Mogherini and Iranian Foreign Minister Javad Zarif, said: "All sides remain strongly committed to ensuring that implementation can start as soon as possible."';
    expect(quotes(text)).toEqual([['Federica Mogherini', 'All sides remain strongly committed to ensuring that implementation can start as soon as possible.']]);
  });
});

describe('a speaker named by the office alone (mutation testing, issue 18)', () => {
  it('« a souligné le chef de l’État » is the président, in French as in English', () => {
    expect(quotes('Entretien\n\nLe Président Emmanuel Macron a reçu le Premier ministre Mark Carney à l’Élysée.\n\n« Nous sommes unis face aux défis de notre temps et nous agirons ensemble », a souligné le chef de l’État.')).toEqual([
      ['Emmanuel Macron', 'Nous sommes unis face aux défis de notre temps et nous agirons ensemble'],
    ]);
  });

  it('"the Cabo Verdean chief of diplomacy" is the Cabo Verdean foreign minister, and no one when two foreign ministers fit', () => {
    const two = 'Talks\n\nForeign Minister Rui Figueiredo Soares of Cabo Verde met Foreign Minister Augusto Santos Silva of Portugal in Praia.\n\n';
    expect(quotes(`${two}“Our cooperation is growing in every field we discussed today,” said the Cabo Verdean chief of diplomacy.`)).toEqual([
      ['Rui Figueiredo Soares', 'Our cooperation is growing in every field we discussed today'],
    ]);
    expect(quotes(`${two}“Our cooperation is growing in every field we discussed today,” said the chief of diplomacy.`)).toEqual([]);
  });
});

describe('a speaker named by the office alone, one holder', () => {
  it('"the chief of diplomacy" with one foreign minister among the participants is that minister', () => {
    expect(quotes('Talks\n\nForeign Minister Rui Figueiredo Soares of Cabo Verde received Secretary General Zacarias da Costa of the CPLP in Praia.\n\n“Our cooperation is growing in every field we discussed today,” said the chief of diplomacy.')).toEqual([
      ['Rui Figueiredo Soares', 'Our cooperation is growing in every field we discussed today'],
    ]);
  });
});
