// Parts of compose that mutation testing (issue 18) found unpinned: the warning sentence about
// placeholders, the participant line's options, and the metadata a new draft starts with.
import { describe, expect, it } from 'vitest';
import type { StructuredStatement } from '../model/structured-statement';
import type { Template } from '../model/template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { composeBriefing, participantLine } from './compose-briefing';
import { describeDraftPlaceholders, type DraftPlaceholder } from './draft-placeholders';

const english = findBuiltInTemplate('briefing-note')!;
const french = findBuiltInTemplate('note-information')!;
const placeholder = (text: string, sectionHeading = 'Background'): DraftPlaceholder => ({ sectionId: 'background', sectionHeading, itemId: 'background-0', text });

describe('describeDraftPlaceholders', () => {
  it('one placeholder is "a placeholder"', () => {
    expect(describeDraftPlaceholders([placeholder('[Add context.]')])).toBe('the note still holds a placeholder the template drafted for you to complete: "[Add context.]" (Background)');
  });

  it('names the first three, shortens a long one to 57 characters and counts the rest', () => {
    const long = `[Add ${'x'.repeat(60)}]`;
    const sentence = describeDraftPlaceholders([placeholder(long), placeholder('[Add b.]', 'Next steps'), placeholder('[Add c.]'), placeholder('[Add d.]'), placeholder('[Add e.]')]);
    expect(sentence).toBe(`the note still holds 5 placeholders the template drafted for you to complete: "${long.slice(0, 57)}…]" (Background), "[Add b.]" (Next steps), "[Add c.]" (Background) and 2 more`);
  });

  it('a placeholder of exactly 60 characters is shown whole, and three are named without "more"', () => {
    const sixty = `[Add ${'y'.repeat(54)}]`;
    expect(sixty).toHaveLength(60);
    expect(describeDraftPlaceholders([placeholder(sixty), placeholder('[Add b.]'), placeholder('[Add c.]')])).toBe(
      `the note still holds 3 placeholders the template drafted for you to complete: "${sixty}" (Background), "[Add b.]" (Background), "[Add c.]" (Background)`,
    );
  });
});

describe('participantLine options', () => {
  const joly = { name: 'Mélanie Joly', title: 'Minister of Foreign Affairs', country: 'Canada', source: { start: 0, end: 1 }, confidence: 1 };
  it('hides the country, the title or both as the template section asks; a participant without either is the name alone', () => {
    expect(participantLine(joly, { showCountries: false })).toBe('Mélanie Joly, Minister of Foreign Affairs');
    expect(participantLine(joly, { showTitles: false, showCountries: false })).toBe('Mélanie Joly');
    expect(participantLine({ ...joly, title: '', country: '' }, undefined)).toBe('Mélanie Joly');
    expect(participantLine({ ...joly, title: '' }, undefined, 'fr')).toBe('Mélanie Joly (Canada)');
  });
});

describe('a new draft', () => {
  it('starts from the template defaults and the meeting, the place in the note language', () => {
    const briefing = composeBriefing({ ...structuredFixture, language: 'fr', meeting: { ...structuredFixture.meeting, location: 'Mexico City' } }, french, { today: '2026-12-02' });
    expect(briefing.templateId).toBe('note-information');
    expect(briefing.language).toBe('fr');
    expect(briefing.metadata).toEqual({
      title: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting',
      date: '2026-12-02',
      meetingDate: '2024-11-01',
      meetingPlace: 'Mexico',
      classification: 'UNCLASSIFIED',
      purpose: 'information',
      fileNumber: '',
      preparedBy: '',
      sourceComments: false,
    });
  });

  it('a statement without title, date or place: the document type, and blank meeting fields', () => {
    const bare: StructuredStatement = { ...structuredFixture, meeting: { title: null, date: null, location: null } };
    const template: Template = { ...english, defaults: { classification: 'PROTECTED A', purpose: 'decision', preparedBy: 'Policy Unit' }, output: { sourceComments: true, pdfA: false } };
    expect(composeBriefing(bare, template, { today: '2026-12-02' }).metadata).toEqual({
      title: 'Briefing note',
      date: '2026-12-02',
      meetingDate: '',
      meetingPlace: '',
      classification: 'PROTECTED A',
      purpose: 'decision',
      fileNumber: '',
      preparedBy: 'Policy Unit',
      sourceComments: true,
    });
  });

  it('dates the note today (UTC) when no date is given', () => {
    const before = new Date().toISOString().slice(0, 10);
    const date = composeBriefing(structuredFixture, english).metadata.date;
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(date);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
