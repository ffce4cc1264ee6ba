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
