import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import type { Briefing } from '../model/briefing';
import { structuredFixture } from '../testing/structured-fixture';
import { findBuiltInTemplate } from './template-loader';
import { describeWordTemplatePlaceholders, placeholderProblem, resolvePlaceholder, WORD_TEMPLATE_FIELDS, type WordFieldContext } from './word-template-fields';

const briefingNote = findBuiltInTemplate('briefing-note')!;
const noteInformation = findBuiltInTemplate('note-information')!;
const composed = composeBriefing(structuredFixture, briefingNote, { today: '2026-11-28' });
const withMetadata = (briefing: Briefing, change: Partial<Briefing['metadata']>): Briefing => ({ ...briefing, metadata: { ...briefing.metadata, ...change } });
/** Every field's value, by key. */
const values = (context: WordFieldContext) => Object.fromEntries(WORD_TEMPLATE_FIELDS.map((field) => [field.key, field.value(context)]));

describe('Word template fields', () => {
  it('fill each field from the note, the layout’s labels and the meeting', () => {
    const briefing = withMetadata(composed, {
      classification: 'PROTECTED B',
      purpose: 'decision',
      fileNumber: 'BN-117',
      preparedBy: 'J. Tremblay',
      preparedByTitle: 'Policy Officer',
      preparedByPhone: '613-555-0100',
      approvedBy: 'A. Director',
      approvedByTitle: 'Director General',
      to: 'The Minister',
      from: 'Asia-Pacific Branch',
    });
    expect(values({ briefing, template: briefingNote, meeting: structuredFixture.meeting })).toEqual({
      title: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting',
      date: 'November 28, 2026',
      classification: 'PROTECTED B',
      purpose: 'For decision',
      'file-number': 'BN-117',
      'prepared-by': 'J. Tremblay',
      'prepared-by-title': 'Policy Officer',
      'prepared-by-phone': '613-555-0100',
      'approved-by': 'A. Director',
      'approved-by-title': 'Director General',
      to: 'The Minister',
      from: 'Asia-Pacific Branch',
      'document-type': 'Briefing note',
      meeting: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting',
      'meeting-date': 'November 1, 2024',
      location: 'Ottawa',
    });
  });

  it('word the marking, the purpose and the dates in a French layout', () => {
    const briefing = { ...withMetadata(composed, { classification: 'PROTECTED A', purpose: 'information' }), language: 'fr' as const };
    const french = values({ briefing, template: noteInformation, meeting: structuredFixture.meeting });
    expect([french.classification, french.purpose, french.date, french['meeting-date'], french['document-type']]).toEqual([
      'PROTÉGÉ A',
      'Pour information',
      '28 novembre 2026',
      '1er novembre 2024',
      'Note d’information',
    ]);
  });

  it('leave a missing detail empty, and take the officer’s meeting date and place over the statement’s unless blank', () => {
    const bare = withMetadata(composed, { preparedByTitle: undefined, preparedByPhone: undefined, approvedBy: undefined, approvedByTitle: undefined, to: undefined, from: undefined, meetingDate: undefined, meetingPlace: undefined });
    const empty = values({ briefing: bare, template: briefingNote });
    expect([empty['prepared-by-title'], empty['prepared-by-phone'], empty['approved-by'], empty['approved-by-title'], empty.to, empty.from, empty.meeting, empty['meeting-date'], empty.location]).toEqual([
      '', '', '', '', '', '', '', '', '',
    ]);
    const corrected = values({ briefing: withMetadata(composed, { meetingDate: ' 2024-11-02 ', meetingPlace: ' Toronto ' }), template: briefingNote, meeting: structuredFixture.meeting });
    expect([corrected['meeting-date'], corrected.location]).toEqual(['November 2, 2024', 'Toronto']);
    const blank = values({ briefing: withMetadata(composed, { meetingDate: '  ', meetingPlace: '  ' }), template: briefingNote, meeting: structuredFixture.meeting });
    expect([blank['meeting-date'], blank.location]).toEqual(['November 1, 2024', 'Ottawa']);
    const noPlace = values({ briefing: bare, template: briefingNote, meeting: { title: null, date: null, location: null } });
    expect([noPlace.meeting, noPlace['meeting-date'], noPlace.location]).toEqual(['', '', '']);
  });
});

describe('resolvePlaceholder', () => {
  it('reads a section selector however it is cased and spaced, in kebab-case', () => {
    expect(resolvePlaceholder('SECTION : summary')).toEqual({ kind: 'section', selector: 'summary' });
    expect(resolvePlaceholder('section:keyMessages')).toEqual({ kind: 'section', selector: 'key-messages' });
    expect(resolvePlaceholder('section:  Next   Steps ')).toEqual({ kind: 'section', selector: 'next-steps' });
    expect(resolvePlaceholder('section:next_steps')).toEqual({ kind: 'section', selector: 'next-steps' });
    expect(resolvePlaceholder(' Quotes ')).toEqual({ kind: 'section', selector: 'quotes' });
  });

  it('knows only a key that starts with "section:", a field or an extracted list', () => {
    expect(resolvePlaceholder('my section:summary')).toBeNull();
    expect(resolvePlaceholder('section:a/b')).toBeNull();
    expect(resolvePlaceholder('NextSteps')).toBeNull();
  });
});

describe('placeholderProblem', () => {
  it('hints at "section:" for a bare section id of the layout that is no kind', () => {
    const base = { ...briefingNote, sections: [{ ...briefingNote.sections[0]!, id: 'asia' }] };
    expect(placeholderProblem('asia', base)?.message).toBe('unknown placeholder {{asia}}; did you mean {{section:asia}}?');
    expect(placeholderProblem(' europe ', base)?.message).toBe('unknown placeholder {{europe}}; it is left as it is');
    expect(placeholderProblem('section:asia', base)).toBeNull();
    expect(placeholderProblem('title', base)).toBeNull();
  });
});

describe('describeWordTemplatePlaceholders', () => {
  it('lists each field, each extracted list and each of the layout’s sections with what it holds', () => {
    expect(describeWordTemplatePlaceholders(briefingNote)).toEqual([
      '{{title}}  the note’s title',
      '{{date}}  the note’s date, written out',
      '{{classification}}  the security marking (UNCLASSIFIED, PROTECTED A, …)',
      '{{purpose}}  “For information” or “For decision”',
      '{{file-number}}  the file number',
      '{{prepared-by}}  who prepared the note',
      '{{prepared-by-title}}  the title of who prepared it',
      '{{prepared-by-phone}}  their telephone',
      '{{approved-by}}  who approved it',
      '{{approved-by-title}}  the approver’s title',
      '{{to}}  to whom the note goes',
      '{{from}}  from whom',
      '{{document-type}}  the kind of document (“Briefing note”)',
      '{{meeting}}  the meeting’s name',
      '{{meeting-date}}  the meeting’s date, written out',
      '{{location}}  where the meeting took place',
      '{{participants}}  the participants, one paragraph each',
      '{{condemnations}}  the condemnations, one paragraph each',
      '{{initiatives}}  the initiatives, one paragraph each',
      '{{quotes}}  the quotes, one paragraph each',
      '{{section:summary}}  the section “Summary”',
      '{{section:background}}  the section “Background”',
      '{{section:participants}}  the section “Participants”',
      '{{section:condemnations}}  the section “Key issues”',
      '{{section:initiatives}}  the section “Outcomes”',
      '{{section:quotes}}  the section “Quotes”',
      '{{section:next-steps}}  the section “Next steps”',
      '{{section:recommendation}}  the section “Recommendation”',
    ]);
  });
});
