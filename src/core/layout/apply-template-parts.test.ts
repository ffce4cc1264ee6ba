// The parts of applyTemplate that mutation testing (issue 18) found unpinned: each layout a section can
// take, the details table row by row, the sign-off, the page furniture and metadata, French typography
// in every kind of block, and the source sentence a reviewer's comment quotes. Exact values throughout.
import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingItem, BriefingMetadata, BriefingSection } from '../model/briefing';
import type { Block, DocModel } from '../model/doc-model';
import type { Statement } from '../model/statement';
import type { Template } from '../model/template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { applyTemplate, docStyles, sourceSentence } from './apply-template';

const NBSP = '\u00a0';
const english = findBuiltInTemplate('briefing-note')!;
const french = findBuiltInTemplate('note-information')!;
/** No memo furniture: a heading paragraph, the title and the details table, then the sections. */
const plain: Template = { ...english, furniture: { ...english.furniture, memo: false } };
const plainFrench: Template = { ...french, furniture: { ...french.furniture, memo: false } };

const entry = (id: string, text: string, extra: Partial<BriefingItem> = {}): BriefingItem => ({
  id,
  text,
  originalText: text,
  attribution: '',
  included: true,
  source: null,
  ...extra,
});
const section = (kind: BriefingSection['kind'], layout: BriefingSection['layout'], items: BriefingItem[], extra: Partial<BriefingSection> = {}): BriefingSection => ({
  id: kind,
  kind,
  heading: `Heading ${kind}`,
  layout,
  included: true,
  items,
  ...extra,
});
function briefingOf(sections: BriefingSection[], metadata: Partial<BriefingMetadata> = {}, language: Briefing['language'] = 'en'): Briefing {
  return {
    templateId: 'briefing-note',
    language,
    metadata: { title: 'Talks', date: '2026-12-02', classification: 'UNCLASSIFIED', purpose: 'information', fileNumber: '', preparedBy: '', sourceComments: false, ...metadata },
    sections,
  };
}
/** A plain note's blocks between the details table and the prepared-by block: what the sections laid out. */
const sectionBlocks = (doc: DocModel): readonly Block[] => doc.blocks.slice(3, -1);
const texts = (block: Block | undefined) => (block?.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : undefined);

describe('docStyles', () => {
  it('derives every size and spacing from the template typography', () => {
    expect(docStyles(english)).toEqual({
      font: 'Liberation Sans',
      baseSize: 11,
      titleSize: 16,
      headingSize: 12,
      smallSize: 9,
      lineSpacing: 1.15,
      paragraphAfter: 7,
      headingBefore: 13,
      headingAfter: 5,
      headingColor: '1F3864',
      markingColor: '000000',
      mutedColor: '595959',
      quoteIndent: 24,
      listIndent: 18,
      listMarkerOffset: 6,
      listItemAfter: 3,
    });
  });

  it('never sets small text below 7 pt', () => {
    const small = docStyles({ ...english, typography: { ...english.typography, baseSize: 8, headingSize: 9 } });
    expect([small.smallSize, small.paragraphAfter, small.listItemAfter, small.headingBefore, small.headingAfter]).toEqual([7, 5, 2, 10, 4]);
  });
});

describe('section layouts', () => {
  it('bullets: a quote with a speaker is quoted and attributed in italics, one without stays plain text', () => {
    const items = [entry('q0', 'We agree.', { attribution: 'A. Speaker' }), entry('q1', 'Unattributed.')];
    const doc = applyTemplate(briefingOf([section('quotes', 'bullets', items)]), plain);
    expect(sectionBlocks(doc)).toEqual([
      { kind: 'heading', level: 1, text: 'Heading quotes' },
      { kind: 'list', ordered: false, items: [[{ text: '“We agree.”' }, { text: ' — A. Speaker', italic: true }], [{ text: 'Unattributed.' }]], comments: [null, null] },
    ]);
  });

  it('numbered: an ordered list; an attribution outside a quotes section is not printed', () => {
    const doc = applyTemplate(briefingOf([section('next-steps', 'numbered', [entry('n0', 'Meet again.', { attribution: 'Someone' }), entry('n1', 'Report back.')])]), plain);
    expect(sectionBlocks(doc)).toEqual([
      { kind: 'heading', level: 1, text: 'Heading next-steps' },
      { kind: 'list', ordered: true, items: [[{ text: 'Meet again.' }], [{ text: 'Report back.' }]], comments: [null, null] },
    ]);
  });

  it('paragraphs: one paragraph per item, or one block quote per quote', () => {
    const doc = applyTemplate(
      briefingOf([section('background', 'paragraphs', [entry('b0', 'First.'), entry('b1', 'Second.')]), section('quotes', 'paragraphs', [entry('q0', 'Yes.', { attribution: 'B. Speaker' })])]),
      plain,
    );
    expect(sectionBlocks(doc)).toEqual([
      { kind: 'heading', level: 1, text: 'Heading background' },
      { kind: 'paragraph', runs: [{ text: 'First.' }], comment: null },
      { kind: 'paragraph', runs: [{ text: 'Second.' }], comment: null },
      { kind: 'heading', level: 1, text: 'Heading quotes' },
      { kind: 'quote', text: '“Yes.”', attribution: 'B. Speaker', comment: null },
    ]);
  });

  it('table: numbered rows for items, speaker and words for quotes', () => {
    const doc = applyTemplate(
      briefingOf([
        section('initiatives', 'table', [entry('i0', 'A dialogue.'), entry('i1', 'A fund.')]),
        section('quotes', 'table', [entry('q0', 'Together.', { attribution: 'C. Speaker' })]),
      ]),
      plain,
    );
    expect(sectionBlocks(doc)).toEqual([
      { kind: 'heading', level: 1, text: 'Heading initiatives' },
      { kind: 'table', columnWidths: [0.08, 0.92], header: null, rows: [['1.', 'A dialogue.'], ['2.', 'A fund.']] },
      { kind: 'heading', level: 1, text: 'Heading quotes' },
      { kind: 'table', columnWidths: [0.28, 0.72], header: null, rows: [['C. Speaker', 'Together.']] },
    ]);
  });

  it('leaves out unticked and blank items, and a section with nothing left prints no heading', () => {
    const doc = applyTemplate(
      briefingOf([
        section('background', 'bullets', [entry('b0', '   '), entry('b1', 'Kept.'), entry('b2', 'Unticked.', { included: false })]),
        section('condemnations', 'bullets', [entry('c0', ' \n ')]),
        section('initiatives', 'bullets', [entry('i0', 'Unticked section.')], { included: false }),
      ]),
      plain,
    );
    expect(sectionBlocks(doc)).toEqual([
      { kind: 'heading', level: 1, text: 'Heading background' },
      { kind: 'list', ordered: false, items: [[{ text: 'Kept.' }]], comments: [null] },
    ]);
  });
});

describe('the heading block and the sign-off', () => {
  it('a plain note lists every detail that is filled in, trimmed, with the meeting date written out', () => {
    const doc = applyTemplate(
      briefingOf([], { to: ' the Minister ', from: ' ADM Asia ', meetingDate: ' 2024-11-01 ', meetingPlace: ' Ottawa ', fileNumber: ' F-12 ' }),
      plain,
    );
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: 'BRIEFING NOTE', bold: true }, { text: ' — For information' }] });
    expect(doc.blocks[1]).toEqual({ kind: 'title', text: 'Talks' });
    expect(doc.blocks[2]).toEqual({
      kind: 'table',
      columnWidths: [0.25, 0.75],
      header: null,
      rows: [
        ['To', 'the Minister'],
        ['From', 'ADM Asia'],
        ['Date', 'December 2, 2026'],
        ['Meeting date', 'November 1, 2024'],
        ['Location', 'Ottawa'],
        ['File number', 'F-12'],
      ],
    });
  });

  it('a blank detail is no row at all', () => {
    const doc = applyTemplate(briefingOf([], { to: '  ', from: ' ', meetingDate: '  ', meetingPlace: ' ', fileNumber: '  ' }), plain);
    expect(doc.blocks[2]).toMatchObject({ rows: [['Date', 'December 2, 2026']] });
  });

  it('a memo lists FROM, the dates and the file number in capitals, never a TO row (the addressee heads the memo)', () => {
    const doc = applyTemplate(briefingOf([], { to: 'the Clerk', from: 'ADM', fileNumber: 'F-1' }), english);
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', role: 'memo-addressee', runs: [{ text: 'MEMORANDUM TO THE CLERK', bold: true }] });
    expect(doc.blocks[2]).toEqual({
      kind: 'table',
      role: 'memo',
      columnWidths: [0.32, 0.68],
      header: null,
      rows: [
        ['FROM:', 'ADM'],
        ['DATE:', 'December 2, 2026'],
        ['FILE NUMBER:', 'F-1'],
      ],
    });
  });

  it('a French note outside a memo dates without « le » and sets its labels as written', () => {
    const doc = applyTemplate(briefingOf([], { meetingDate: '2024-11-01' }, 'fr'), plainFrench);
    expect(doc.blocks[1]).toEqual({ kind: 'title', text: 'Talks' });
    expect(doc.blocks[2]).toMatchObject({
      rows: [
        ['Date', '2 décembre 2026'],
        ['Date de la réunion', '1er novembre 2024'],
      ],
    });
  });

  it('a decision memo without an addressee signs for "Signature"; with one, for the addressee, capitalised', () => {
    const rows = (doc: DocModel) => doc.blocks.find((block) => block.kind === 'table' && block.role === 'approval') as Extract<Block, { kind: 'table' }>;
    const anonymous = applyTemplate(briefingOf([], { purpose: 'decision' }), english);
    expect(anonymous.blocks[0]).toEqual({ kind: 'paragraph', role: 'memo-purpose', runs: [{ text: 'FOR DECISION', bold: true }] });
    expect(rows(anonymous).rows.at(-1)).toEqual(['Signature', 'Date']);
    expect(rows(applyTemplate(briefingOf([], { purpose: 'decision', to: '  the deputy minister ' }), english)).rows.at(-1)).toEqual(['The deputy minister', 'Date']);
  });

  it('signs off with the filled-in parts only, trimmed; no Approved by line when nobody approved', () => {
    const doc = applyTemplate(briefingOf([], { preparedBy: ' Jane Doe ', preparedByTitle: '  ', preparedByPhone: ' 613-555-0100 ', approvedBy: ' ' }), plain);
    expect(doc.blocks.at(-1)).toEqual({ kind: 'paragraph', role: 'closing', runs: [{ text: 'Prepared by: ', bold: true }, { text: 'Jane Doe, 613-555-0100' }] });
    const approved = applyTemplate(briefingOf([], { preparedBy: 'Jane Doe', approvedBy: ' John Smith ' }), plain);
    expect(approved.blocks.at(-2)).toMatchObject({ role: 'closing', runs: [expect.anything(), { text: 'Jane Doe' }] });
    expect(approved.blocks.at(-1)).toEqual({ kind: 'paragraph', runs: [{ text: 'Approved by: ', bold: true }, { text: 'John Smith' }] });
  });

  it('a blank preparer leaves a line to sign on and names Briefwright as the author', () => {
    const doc = applyTemplate(briefingOf([], { preparedBy: '   ' }), plain);
    expect(texts(doc.blocks.at(-1))).toBe('Prepared by: ____________________');
    expect(doc.metadata.author).toBe('Briefwright');
    expect(applyTemplate(briefingOf([], { preparedBy: ' Jane Doe ' }), plain).metadata.author).toBe('Jane Doe');
  });
});

describe('page furniture and document metadata', () => {
  it('passes the page, PDF/A and page-number format through, and prints the marking in the template language', () => {
    const doc = applyTemplate(briefingOf([], {}, 'fr'), { ...french, output: { sourceComments: false, pdfA: true } });
    expect(doc.page).toEqual(french.page);
    expect(doc.output).toEqual({ pdfA: true });
    expect(doc.furniture).toEqual({ marking: 'NON CLASSIFIÉ', markingPlacement: 'every-page', pageNumberFormat: 'Page {page} de {pages}' });
    expect(doc.metadata).toEqual({ title: 'Talks', subject: 'Note d’information — Pour information', author: 'Briefwright', keywords: ['NON CLASSIFIÉ'], language: 'fr' });
  });

  it('no marking and no page numbers when the template turns them off', () => {
    const doc = applyTemplate(briefingOf([], { classification: 'PROTECTED B' }), { ...english, furniture: { ...english.furniture, marking: 'none', pageNumbers: false } });
    expect(doc.furniture).toEqual({ marking: null, markingPlacement: 'every-page', pageNumberFormat: null });
    // The keywords still name the level (an English template has no words of its own for it).
    expect(doc.metadata.keywords).toEqual(['PROTECTED B']);
  });

  it('names the included participants in the keywords, each by the name before the first comma', () => {
    const participants = section('participants', 'bullets', [
      entry('p0', ' Mélanie Joly , Minister of Foreign Affairs (Canada)'),
      entry('p1', 'Bill Blair, Minister of National Defence, Canada', { included: false }),
      entry('p2', 'Cho Tae-yul'),
    ]);
    const doc = applyTemplate(briefingOf([participants, section('quotes', 'bullets', [entry('q0', 'Not a participant, no.')])]), plain);
    expect(doc.metadata.keywords).toEqual(['UNCLASSIFIED', 'Mélanie Joly', 'Cho Tae-yul']);
    const unticked = applyTemplate(briefingOf([{ ...participants, included: false }]), plain);
    expect(unticked.metadata.keywords).toEqual(['UNCLASSIFIED']);
  });
});

describe('French typography in every kind of block', () => {
  it('sets the no-break spaces in headings, paragraphs, list items, quotes, attributions and table cells; a plain title has no label', () => {
    const doc = applyTemplate(
      briefingOf(
        [
          section('background', 'paragraphs', [entry('b0', 'Contexte : la visite.')], { heading: 'Contexte : suite' }),
          section('quotes', 'bullets', [entry('q0', 'Oui : toujours.', { attribution: 'Joly : ministre' })]),
          section('quotes', 'paragraphs', [entry('q1', 'Non : jamais.', { attribution: 'Blair : ministre' })]),
          section('initiatives', 'table', [entry('i0', 'Un fonds : 10 M$.')]),
        ],
        {},
        'fr',
      ),
      plainFrench,
    );
    expect(doc.blocks[1]).toEqual({ kind: 'title', text: 'Talks' });
    expect(sectionBlocks(doc)).toEqual([
      { kind: 'heading', level: 1, text: `Contexte${NBSP}: suite` },
      { kind: 'paragraph', runs: [{ text: `Contexte${NBSP}: la visite.` }], comment: null },
      { kind: 'heading', level: 1, text: 'Heading quotes' },
      { kind: 'list', ordered: false, items: [[{ text: `«${NBSP}Oui${NBSP}: toujours.${NBSP}»` }, { text: ` — Joly${NBSP}: ministre`, italic: true }]], comments: [null] },
      { kind: 'heading', level: 1, text: 'Heading quotes' },
      { kind: 'quote', text: `«${NBSP}Non${NBSP}: jamais.${NBSP}»`, attribution: `Blair${NBSP}: ministre`, comment: null },
      { kind: 'heading', level: 1, text: 'Heading initiatives' },
      { kind: 'table', columnWidths: [0.08, 0.92], header: null, rows: [['1.', `Un fonds${NBSP}: 10 M$.`]] },
    ]);
  });
});

describe('sourceSentence', () => {
  // Two sentences, then a tail no sentence covers (a signature line the splitter left out).
  const text = 'Ministers met. They agreed  to\nact. Signed';
  const first = { start: 0, end: 14, paragraphIndex: 0 };
  const second = { start: 15, end: 35, paragraphIndex: 0 };
  const statement: Statement = { text, title: null, language: 'en', paragraphs: [{ index: 0, start: 0, end: text.length }], sentences: [first, second] };

  it('quotes the whole sentence a span falls in, its spaces and line breaks made single spaces', () => {
    expect(sourceSentence(statement, { start: 20, end: 26 })).toBe('They agreed to act.');
  });

  it('an empty span at a sentence start quotes that sentence', () => {
    expect(sourceSentence(statement, { start: 15, end: 15 })).toBe('They agreed to act.');
  });

  it('a span that ends where the next sentence starts quotes only its own sentence', () => {
    expect(sourceSentence(statement, { start: 3, end: 15 })).toBe('Ministers met.');
    expect(sourceSentence(statement, { start: 3, end: 16 })).toBe('Ministers met. They agreed to act.');
  });

  it('a span running past the last sentence keeps its own end; a span outside every sentence is quoted as it is', () => {
    expect(sourceSentence(statement, { start: 20, end: text.length })).toBe('They agreed to act. Signed');
    expect(sourceSentence(statement, { start: 36, end: text.length })).toBe('Signed');
    expect(sourceSentence(statement, { start: 14, end: 15 })).toBe('');
  });
});
