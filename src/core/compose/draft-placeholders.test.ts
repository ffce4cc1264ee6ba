import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingSection } from '../model/briefing';
import { describeDraftPlaceholders, findDraftPlaceholders } from './draft-placeholders';

const section = (id: string, texts: string[], included = true): BriefingSection => ({
  id,
  kind: 'background',
  heading: id[0]!.toUpperCase() + id.slice(1),
  layout: 'paragraphs',
  included,
  items: texts.map((text, index) => ({ id: `${id}-${index}`, text, originalText: text, attribution: '', included: true, source: null, drafted: true })),
});

const briefing = (sections: BriefingSection[]): Briefing => ({
  templateId: 'briefing-note',
  language: 'en',
  metadata: { title: 'T', date: '2024-11-27', classification: 'UNCLASSIFIED', purpose: 'information', fileNumber: '', preparedBy: '', sourceComments: false },
  sections,
});

describe('drafted placeholders', () => {
  it('finds the bracketed instructions the templates draft, in English and French', () => {
    const found = findDraftPlaceholders(
      briefing([
        section('background', ['The meeting took place. [Add context: earlier meetings, why this matters now.]']),
        section('next', ['- [add the approved line.]', 'Si l’on insiste : [ajouter la ligne approuvée.]', '[Ajouter le contexte : rencontres précédentes.]']),
      ]),
    );
    expect(found.map((p) => [p.sectionId, p.itemId, p.text])).toEqual([
      ['background', 'background-0', '[Add context: earlier meetings, why this matters now.]'],
      ['next', 'next-0', '[add the approved line.]'],
      ['next', 'next-1', '[ajouter la ligne approuvée.]'],
      ['next', 'next-2', '[Ajouter le contexte : rencontres précédentes.]'],
    ]);
  });

  it('ignores brackets that are not instructions, and what the note does not print', () => {
    const notPrinted = section('hidden', ['[Add the next meeting.]'], false);
    const unticked: BriefingSection = { ...section('unticked', ['[Add x.]']), items: [{ ...section('unticked', ['[Add x.]']).items[0]!, included: false }] };
    expect(findDraftPlaceholders(briefing([section('quotes', ['“We [the government] added [sic] funds.”']), notPrinted, unticked]))).toEqual([]);
  });

  it('describes them in one sentence', () => {
    const found = findDraftPlaceholders(briefing([section('background', ['[Add context.]', '[Add more.]'])]));
    expect(describeDraftPlaceholders(found)).toBe('the note still holds 2 placeholders the template drafted for you to complete: "[Add context.]" (Background), "[Add more.]" (Background)');
  });
});

describe('drafted placeholders: every instruction verb, and the recommendation only on a decision note', () => {
  it('finds [Insert …], [Insérer …], [Compléter …], [Préciser …] and [Indiquer …], each whole', () => {
    const texts = ['[Insert the date.] and [INSÉRER la date.]', '[Compléter.] [Préciser le lieu.] [indiquer qui.]', '[Additional] [Adding x] [x Add y]'];
    expect(findDraftPlaceholders(briefing([section('background', texts)])).map((p) => [p.itemId, p.text])).toEqual([
      ['background-0', '[Insert the date.]'],
      ['background-0', '[INSÉRER la date.]'],
      ['background-1', '[Compléter.]'],
      ['background-1', '[Préciser le lieu.]'],
      ['background-1', '[indiquer qui.]'],
    ]);
  });

  it('a recommendation counts on a decision note only, and the placeholder names its section', () => {
    const recommendation: BriefingSection = { ...section('recommendation', ['[Add the recommendation.]']), kind: 'recommendation' };
    expect(findDraftPlaceholders(briefing([recommendation]))).toEqual([]);
    const decision = briefing([recommendation]);
    expect(findDraftPlaceholders({ ...decision, metadata: { ...decision.metadata, purpose: 'decision' } })).toEqual([
      { sectionId: 'recommendation', sectionHeading: 'Recommendation', itemId: 'recommendation-0', text: '[Add the recommendation.]' },
    ]);
  });
});
