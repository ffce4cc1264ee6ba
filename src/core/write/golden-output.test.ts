/**
 * The writers' exact output, held by golden files (issue 18): every part of the DOCX that Word reads
 * (styles, numbering, body, headers, footers, settings, comments) and the PDF's document definition
 * (pdfmake's input: page, margins, furniture on pages 1 and 2 of 3, every block's text, spacing,
 * keep-together groups and styles), for each built-in template, a decision note in each language with
 * its approval block, every section layout, a note long enough to break lists, tables and a quotation
 * across pages, a landscape page, a PDF/A note and a note with source comments. Mutation testing found half the
 * writers' decisions (a style's spacing, a row's can't-split, a footer's field) changeable with every
 * other test still passing; any change to what the writers produce now shows as a diff of these files.
 * A deliberate change to the output is reviewed in the diff and recorded with `vitest -u`.
 * The times of writing (docProps/core.xml, comment dates) are masked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { extractStatement } from '../extract/extract-statement';
import { importText } from '../import/text-importer';
import { applyTemplate } from '../layout/apply-template';
import type { BriefingItem, BriefingMetadata, BriefingSection } from '../model/briefing';
import type { SectionLayout } from '../model/template';
import type { Block, DocModel } from '../model/doc-model';
import { listBuiltInTemplates, findBuiltInTemplate } from '../templates/template-loader';
import { memoOfficerFixture } from '../testing/memo-officer-fixture';
import { structuredFixture } from '../testing/structured-fixture';
import { writeDocx } from './docx-writer';
import { pdfDefinition } from './pdf-writer';

function note(templateId: string, metadata: Partial<BriefingMetadata> = {}): DocModel {
  const template = findBuiltInTemplate(templateId)!;
  const structured = template.language === 'fr' ? { ...structuredFixture, language: 'fr' as const } : structuredFixture;
  const briefing = composeBriefing(structured, template, { today: '2026-12-02' });
  return applyTemplate({ ...briefing, metadata: { ...briefing.metadata, ...metadata } }, template);
}

/** The sample statement's note with each item's source sentence as a Word comment. */
function withSourceComments(): DocModel {
  const template = findBuiltInTemplate('briefing-note')!;
  const statement = importText(readFileSync(path.resolve(import.meta.dirname, '../../../resources/samples/canada-rok-fdmm-2024.txt'), 'utf8'));
  const briefing = composeBriefing(extractStatement(statement), template, { today: '2026-12-02' });
  return applyTemplate({ ...briefing, metadata: { ...briefing.metadata, sourceComments: true } }, template, statement);
}

function pdfA(): DocModel {
  const template = findBuiltInTemplate('compte-rendu')!;
  const briefing = composeBriefing({ ...structuredFixture, language: 'fr' }, template, { today: '2026-12-02' });
  return applyTemplate(briefing, { ...template, output: { ...template.output, pdfA: true } });
}

/** Every section layout: tables (numbered and quotes), a numbered list, paragraphs of participants. */
function layouts(): DocModel {
  const base = findBuiltInTemplate('briefing-note')!;
  const layout: Record<string, SectionLayout> = { participants: 'paragraphs', condemnations: 'numbered', initiatives: 'table', quotes: 'table' };
  const template = { ...base, sections: base.sections.map((section) => ({ ...section, layout: layout[section.id] ?? section.layout })) };
  return applyTemplate(composeBriefing(structuredFixture, template, { today: '2026-12-02' }), template);
}

/**
 * A note that runs over pages: a quotation too long to keep whole on one page, and numbered lists and
 * tables long enough to break between their items (each after a heading that keeps with its first).
 */
function long(): DocModel {
  const base = findBuiltInTemplate('meeting-readout')!;
  const layout: Record<string, SectionLayout> = { initiatives: 'numbered', condemnations: 'table' };
  const template = { ...base, sections: base.sections.map((section) => ({ ...section, layout: layout[section.id] ?? section.layout })) };
  const briefing = composeBriefing(structuredFixture, template, { today: '2026-12-02' });
  const many = (section: BriefingSection, count: number): BriefingItem[] =>
    Array.from({ length: count }, (_, index) => ({ ...section.items[0]!, id: `${section.id}-${index}`, text: `${section.items[0]!.text} (${index + 1})` }));
  const sections = briefing.sections.map((section): BriefingSection => {
    if (section.items.length === 0) return section;
    if (section.kind === 'quotes') return { ...section, items: [{ ...section.items[0]!, text: 'We stand together. '.repeat(260).trim() }] };
    if (section.kind === 'initiatives' || section.kind === 'condemnations') return { ...section, items: many(section, 30) };
    return section;
  });
  return applyTemplate({ ...briefing, sections }, template);
}

/** Blocks no built-in template makes today but the model allows: a table with a header row, a quotation of two paragraphs without attribution, a paragraph broken over lines; and the marking at the top right of page 1 only. */
function extraBlocks(): DocModel {
  const doc = note('one-page-summary');
  const blocks: Block[] = [
    ...doc.blocks,
    { kind: 'table', columnWidths: [0.3, 0.7], header: ['Country', 'Commitment'], rows: [['Canada', '$30 million'], ['Korea', 'A dialogue']] },
    { kind: 'quote', text: 'First paragraph.\nSecond paragraph.', attribution: '' },
    { kind: 'paragraph', runs: [{ text: 'Line one\n\nline two', bold: true }, { text: ' and more', italic: true }] },
  ];
  return { ...doc, blocks, furniture: { ...doc.furniture, markingPlacement: 'first-page-top-right' } };
}

const landscape = (doc: DocModel): DocModel => ({ ...doc, page: { ...doc.page, orientation: 'landscape' } });

const CASES: ReadonlyArray<readonly [string, () => DocModel]> = [
  ...listBuiltInTemplates().map((template) => [template.id, () => note(template.id)] as const),
  ['decision-en', () => note('briefing-note', { purpose: 'decision', ...memoOfficerFixture })],
  ['decision-fr', () => note('note-information', { purpose: 'decision', to: 'la ministre des Affaires étrangères', from: 'Sous-ministre adjoint, Asie-Pacifique', preparedBy: 'Jeanne Roy', preparedByTitle: 'Analyste principale', preparedByPhone: '613-555-0101' })],
  ['landscape', () => landscape(note('meeting-readout'))],
  ['layouts', layouts],
  ['extra-blocks', extraBlocks],
  ['long', long],
  ['source-comments', withSourceComments],
  ['pdf-a', pdfA],
];

/** Every XML part, in name order, with the times of writing and the comments' dates masked. */
async function docxParts(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => /\.(?:xml|rels)$/.test(name))
    .sort();
  const parts: string[] = [];
  for (const name of names) {
    const xml = (await zip.file(name)!.async('string'))
      .replace(/w:date="[^"]*"/g, 'w:date="(date)"')
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1(time)');
    parts.push(`===== ${name}\n${xml.replace(/></g, '>\n<')}`);
  }
  return `${parts.join('\n')}\n`;
}

/** The definition as JSON, with the header and footer functions shown by what they give on pages 1 and 2 of 3. */
function pdfJson(doc: DocModel): string {
  const definition = pdfDefinition(doc);
  const call = (fn: unknown) => (typeof fn === 'function' ? { page1of3: (fn as (a: number, b: number) => unknown)(1, 3), page2of3: (fn as (a: number, b: number) => unknown)(2, 3) } : fn);
  return `${JSON.stringify({ ...definition, header: call(definition.header), footer: call(definition.footer) }, null, 1)}\n`;
}

describe('the writers’ exact output (golden files in __golden__/)', () => {
  it.each(CASES)('%s: the DOCX parts', async (name, make) => {
    await expect(await docxParts(await writeDocx(make()))).toMatchFileSnapshot(`__golden__/${name}.docx.txt`);
  });

  it.each(CASES)('%s: the PDF definition', async (name, make) => {
    await expect(pdfJson(make())).toMatchFileSnapshot(`__golden__/${name}.pdf.json`);
  });
});

describe('when the PDF keeps a heading and what follows on one page', () => {
  /** The longest quotation (in characters) a heading keeps with it as one unbreakable group, found by bisection. */
  function longestKeptWhole(templateId: string): number {
    const base = note(templateId);
    const unbreakable = (length: number): boolean => {
      const doc: DocModel = { ...base, blocks: [{ kind: 'heading', level: 1, text: 'Quotes' }, { kind: 'quote', text: 'a'.repeat(length), attribution: 'A. Speaker' }] };
      const content = pdfDefinition(doc).content as Array<{ unbreakable?: boolean }>;
      return content[0]!.unbreakable === true;
    };
    let fits = 1;
    let over = 100_000;
    while (over - fits > 1) {
      const middle = Math.floor((fits + over) / 2);
      if (unbreakable(middle)) fits = middle;
      else over = middle;
    }
    return fits;
  }

  it('keeps a group whole while its text would fill 85 % of a page’s text height by the estimate, and no longer', () => {
    // Exact values of the estimate (characters 0.6 em wide, Word's line height), so any change to it shows here.
    expect([longestKeptWhole('briefing-note'), longestKeptWhole('note-information'), longestKeptWhole('one-page-summary')]).toMatchInlineSnapshot(`
      [
        1985,
        1985,
        3535,
      ]
    `);
  });
});
