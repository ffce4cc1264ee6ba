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
