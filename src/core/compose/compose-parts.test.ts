// Parts of compose that mutation testing (issue 18) found unpinned: the warning sentence about
// placeholders, the participant line's options, and the metadata a new draft starts with.
import { describe, expect, it } from 'vitest';
import { MAX_ITEM_CHARS } from '../limits';
import type { StructuredStatement } from '../model/structured-statement';
import type { Template } from '../model/template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { composeBriefing, composeContent, finishBriefing, participantLine } from './compose-briefing';
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
    // English unless the note says otherwise.
    expect(participantLine({ ...joly, country: 'Republic of Korea' }, undefined)).toBe('Mélanie Joly, Minister of Foreign Affairs (Republic of Korea)');
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

describe('the sections a template drafts', () => {
  const mine = (sections: Template['sections']): Template => ({ ...english, id: 'mine', sections });
  const joly = 'On November 1, 2024, Mélanie Joly (Minister of Foreign Affairs, Canada), Bill Blair (Minister of National Defence, Canada) and Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea) met in Ottawa.';

  it('a summary without a snippet of its own takes the built-in note’s, in the note’s language; other drafted sections without one stay empty', () => {
    const sections: Template['sections'] = [
      { id: 's', kind: 'summary', heading: 'S', layout: 'paragraphs' },
      { id: 'b', kind: 'background', heading: 'B', layout: 'paragraphs' },
      { id: 'k', kind: 'key-messages', heading: 'K', layout: 'bullets' },
      { id: 'n', kind: 'next-steps', heading: 'N', layout: 'bullets' },
      { id: 'r', kind: 'recommendation', heading: 'R', layout: 'paragraphs' },
    ];
    const briefing = composeBriefing(structuredFixture, mine(sections), { today: '2026-12-02' });
    expect(briefing.sections.map((section) => section.items)).toEqual([
      [
        {
          id: 's-0',
          text: `${joly} Canada and the Republic of Korea condemned the actions of North Korea and Russia. Canada and the Republic of Korea agreed on one initiative.`,
          originalText: `${joly} Canada and the Republic of Korea condemned the actions of North Korea and Russia. Canada and the Republic of Korea agreed on one initiative.`,
          attribution: '',
          included: true,
          source: null,
          drafted: true,
        },
      ],
      [],
      [],
      [],
      [],
    ]);
    const frenchSummary = composeBriefing(structuredFixture, { ...mine(sections.slice(0, 1)), language: 'fr' }, { today: '2026-12-02' }).sections[0]!.items[0]!.text;
    expect(frenchSummary).toBe(
      'Le 1er novembre 2024, Mélanie Joly (Minister of Foreign Affairs, Canada), Bill Blair (Minister of National Defence, Canada) et Cho Tae-yul (Minister of Foreign Affairs, République de Corée) se sont réunis à Ottawa. Le Canada et la République de Corée ont condamné les agissements de la Corée du Nord et de la Russie. Le Canada et la République de Corée se sont entendus sur une initiative.',
    );
  });

  it('gives a snippet the first heading of each kind, keyed with underscores', () => {
    const sections: Template['sections'] = [
      { id: 'i', kind: 'initiatives', heading: 'Agreed', layout: 'bullets' },
      { id: 'n', kind: 'next-steps', heading: 'Next', layout: 'bullets', draft: '{{ headings.initiatives }}|{{ headings.next_steps }}|{{ headings.key_messages }}' },
      { id: 'i2', kind: 'initiatives', heading: 'Other', layout: 'bullets' },
    ];
    const briefing = composeBriefing(structuredFixture, mine(sections), { today: '2026-12-02' });
    // Strictly: a drafted item has no confidence, not even an undefined one.
    expect(briefing.sections[1]!.items).toStrictEqual([{ id: 'n-0', text: 'Agreed|Next|', originalText: 'Agreed|Next|', attribution: '', included: true, source: null, drafted: true }]);
  });

  it('names the template and the section of a snippet that is not Liquid', () => {
    const broken = mine([{ id: 'n', kind: 'next-steps', heading: 'N', layout: 'bullets', draft: '{% if %}' }]);
    expect(() => composeBriefing(structuredFixture, broken, { today: '2026-12-02' })).toThrow(/^template mine, section n: the text snippet is not valid Liquid: /);
  });

  it('items keep their index, source, confidence and speaker; a background sentence is left out of the outcomes', () => {
    const structured: StructuredStatement = {
      ...structuredFixture,
      participants: [{ ...structuredFixture.participants[2]!, confidence: 0.5 }],
      quotes: [{ ...structuredFixture.quotes[0]!, confidence: 0.75 }],
      condemnations: [{ ...structuredFixture.condemnations[1]!, confidence: 0.25 }],
      initiatives: [
        { text: 'This builds on the 2023 agreement between the two countries.', source: { start: 1900, end: 1960 } },
        { ...structuredFixture.initiatives[0]!, confidence: 0.9 },
      ],
    };
    const sections: Template['sections'] = [
      { id: 'p', kind: 'participants', heading: 'P', layout: 'bullets' },
      { id: 'c', kind: 'condemnations', heading: 'C', layout: 'bullets' },
      { id: 'i', kind: 'initiatives', heading: 'I', layout: 'bullets' },
      { id: 'q', kind: 'quotes', heading: 'Q', layout: 'bullets' },
    ];
    const items = composeBriefing(structured, mine(sections), { today: '2026-12-02' }).sections.map((section) => section.items);
    const extracted = (id: string, text: string, source: { start: number; end: number }, confidence: number, attribution = '') => ({ id, text, originalText: text, attribution, included: true, source, confidence });
    expect(items).toEqual([
      [extracted('p-0', 'Cho Tae-yul, Minister of Foreign Affairs (Republic of Korea)', { start: 200, end: 211 }, 0.5)],
      [extracted('c-0', structuredFixture.condemnations[1]!.text, { start: 1300, end: 1380 }, 0.25)],
      [extracted('i-1', structuredFixture.initiatives[0]!.text, { start: 2000, end: 2090 }, 0.9)],
      [extracted('q-0', structuredFixture.quotes[0]!.text, { start: 3000, end: 3100 }, 0.75, 'Mélanie Joly')],
    ]);
  });

  it('fills a new note with the officer’s remembered details that are not blank', () => {
    const { metadata } = composeBriefing(structuredFixture, english, { today: '2026-12-02', officer: { preparedBy: 'A. Officer', preparedByPhone: '  ', from: '', approvedBy: 'B. Director' } });
    expect(metadata).toMatchObject({ preparedBy: 'A. Officer', approvedBy: 'B. Director' });
    expect(Object.keys(metadata)).not.toContain('preparedByPhone');
    expect(Object.keys(metadata)).not.toContain('from');
    // A remembered detail that is not text (a damaged settings file) is left out rather than breaking the draft.
    const odd = composeBriefing(structuredFixture, english, { today: '2026-12-02', officer: { preparedByTitle: 42 as unknown as string } }).metadata;
    expect(Object.keys(odd)).not.toContain('preparedByTitle');
  });

  it('composeContent then finishBriefing is composeBriefing: same note, same key order, date and officer only in the second step', () => {
    const options = { today: '2026-12-02', officer: { preparedBy: 'A. Officer', preparedByPhone: '  ', approvedBy: 'B. Director' } };
    for (const template of [english, french]) {
      const content = composeContent(structuredFixture, template);
      expect(content.metadata.date).toBe('');
      expect(Object.keys(content.metadata)).not.toContain('approvedBy');
      const finished = finishBriefing(content, options);
      const composed = composeBriefing(structuredFixture, template, options);
      expect(finished.briefing).toStrictEqual(composed);
      // A saved draft is this object as JSON: the two must write the same bytes.
      expect(JSON.stringify(finished.briefing)).toBe(JSON.stringify(composed));
      expect(finished.briefing.metadata).toMatchObject({ date: '2026-12-02', preparedBy: 'A. Officer', approvedBy: 'B. Director' });
    }
  });

  it('finishBriefing keeps a note within its bounds: an officer detail over the limit is shortened, as composeBriefing does', () => {
    const long = 'x'.repeat(MAX_ITEM_CHARS + 1);
    const finished = finishBriefing(composeContent(structuredFixture, english), { today: '2026-12-02', officer: { preparedBy: long } });
    expect(finished.briefing.metadata.preparedBy).toBe(`${'x'.repeat(MAX_ITEM_CHARS - 1)}…`);
    expect(finished.briefing).toStrictEqual(composeBriefing(structuredFixture, english, { today: '2026-12-02', officer: { preparedBy: long } }));
  });
});
