/**
 * Behaviour the StrykerJS run over src/core/write/ showed no test pinned (its surviving and
 * not-covered mutants): each test here fails with one or more of those mutants applied. Mutants
 * that cannot change the DOCX, the PDF definition, a file name or an error (equivalent or
 * unreachable ones) have no test here.
 */
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import pdfmake from 'pdfmake';
import { Document, FootnoteReferenceRun, Header, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { loadFontFiles } from '../../node/font-files';
import { composeBriefing } from '../compose/compose-briefing';
import { applyTemplate } from '../layout/apply-template';
import type { Briefing } from '../model/briefing';
import type { Block, DocModel } from '../model/doc-model';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { makeWordTemplate } from '../testing/word-template-fixture';
import { docTexts } from './doc-text';
import { fillWordTemplate } from './docx-patch';
import { writeDocx } from './docx-writer';
import { cutAtWordBoundary, fileNameSafeText } from './file-name';
import { findUnsupportedCharacters, segmentByFont } from './font-coverage';
import { paginationSegments, pdfDefinition, writePdf } from './pdf-writer';

const template = findBuiltInTemplate('briefing-note')!;
const composed = composeBriefing(structuredFixture, template, { today: '2026-11-28' });
const base = applyTemplate(composed, template);
const fontsPromise = loadFontFiles(path.resolve(import.meta.dirname, '../../../resources'));
const meeting = structuredFixture.meeting;

/** Styles with round numbers, so spacings and sizes can be asserted exactly. */
const styles: DocModel['styles'] = {
  ...base.styles,
  baseSize: 11,
  titleSize: 16,
  headingSize: 12,
  smallSize: 9,
  paragraphAfter: 7,
  headingBefore: 13,
  headingAfter: 5,
  listItemAfter: 3,
};
const withBlocks = (blocks: Block[], extra: Partial<DocModel> = {}): DocModel => ({ ...base, styles, blocks, ...extra });
const bogus = { kind: 'image' } as unknown as Block;

async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('string');
  return out;
}

/** The body's paragraphs, each as its <w:pPr> and its text. */
function docxParagraphs(xml: string): { pPr: string; text: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => ({
    pPr: /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(match[1]!)?.[0] ?? '',
    text: [...match[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  }));
}

/** Every node of a pdfmake definition that satisfies `test`, depth first. */
function findNodes(node: unknown, test: (value: Record<string, unknown>) => boolean, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const child of node) findNodes(child, test, found);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (test(record)) found.push(record);
    for (const value of Object.values(record)) findNodes(value, test, found);
  }
  return found;
}

describe('PDF writer: pdfmake set-up', () => {
  it('refuses every URL and every local file pdfmake might be asked to read', () => {
    const engine = pdfmake as unknown as { urlAccessPolicy: (url: string) => unknown; localAccessPolicy: (path: string) => unknown };
    expect(engine.urlAccessPolicy('https://example.com/logo.png')).toBe(false);
    expect(engine.localAccessPolicy('/etc/passwd')).toBe(false);
  });

  it('loads with a pdfmake build that has no access-policy setters', async () => {
    vi.resetModules();
    vi.doMock('pdfmake', () => ({ default: { virtualfs: { writeFileSync() {}, existsSync: () => false }, setFonts() {}, createPdf() {} } }));
    try {
      const module = await import('./pdf-writer');
      expect(typeof module.pdfDefinition).toBe('function');
    } finally {
      vi.doUnmock('pdfmake');
      vi.resetModules();
    }
  });

  it('skips a font family given without faces', async () => {
    const fonts = await fontsPromise;
    const bytes = await writePdf(base, { ...fonts, 'Nanum Gothic': undefined });
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('embeds the bytes it is given for a family, even after other bytes were registered under that family', async () => {
    const fonts = await fontsPromise;
    const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
    expect(latin1(await writePdf(base, fonts))).toMatch(/\/BaseFont \/[A-Z]{6}\+BriefwrightSans-Regular/);
    // Other bytes for the sans family (the serif faces, copied): they are written over the sans files.
    const serif = fonts['Liberation Serif']!;
    const copies = { normal: serif.normal.slice(), bold: serif.bold.slice(), italics: serif.italics.slice(), bolditalics: serif.bolditalics.slice() };
    const swapped = latin1(await writePdf(base, { ...fonts, 'Liberation Sans': copies }));
    expect(swapped).toMatch(/\/BaseFont \/[A-Z]{6}\+BriefwrightSerif-Regular/);
    expect(swapped).not.toMatch(/\/BaseFont \/[A-Z]{6}\+BriefwrightSans-Regular/);
  });
});

describe('PDF writer: text handed to the fallback font', () => {
  it('gives plain text as a string, and text with Hangul as segments naming the fallback font', async () => {
    const fonts = await fontsPromise;
    const definition = pdfDefinition(
      withBlocks([
        { kind: 'heading', level: 1, text: 'Plain heading' },
        { kind: 'heading', level: 1, text: '조태열' },
        { kind: 'heading', level: 1, text: 'Cho 조태열' },
        { kind: 'paragraph', runs: [{ text: 'End.' }] },
      ]),
      fonts,
    );
    const textOf = (outline: string) => findNodes(definition.content, (node) => node.outlineText === outline)[0]!.text;
    expect(textOf('Plain heading')).toBe('Plain heading');
    expect(textOf('조태열')).toEqual([{ text: '조태열', font: 'Nanum Gothic' }]);
    expect(textOf('Cho 조태열')).toEqual(['Cho ', { text: '조태열', font: 'Nanum Gothic' }]);
  });
});

describe('PDF writer: pagination segments', () => {
  const list = (n: number, comments?: (string | null)[]): Block => ({
    kind: 'list',
    ordered: true,
    items: Array.from({ length: n }, (_, i) => [{ text: `Item ${i + 1}` }]),
    ...(comments ? { comments } : {}),
  });
  const para: Block = { kind: 'paragraph', runs: [{ text: 'A paragraph.' }] };

  it('keeps a list that nothing keeps with as one segment, whether first or after a paragraph', () => {
    expect(paginationSegments([list(3)], styles)).toEqual([[{ block: { ...list(3), start: 1 }, keepWithNext: false, before: 0, after: 3 }]]);
    const groups = paginationSegments([para, list(3)], styles);
    expect(groups).toHaveLength(2);
    expect(groups[1]).toEqual([{ block: { ...list(3), start: 1 }, keepWithNext: false, before: 0, after: 3 }]);
  });

  it('gives the first item of a list after a heading a segment of its own, with its own comment', () => {
    const heading: Block = { kind: 'heading', level: 1, text: 'Outcomes' };
    const groups = paginationSegments([heading, list(3, ['first', null, 'third'])], styles);
    expect(groups).toEqual([
      [
        { block: heading, keepWithNext: true, before: 13, after: 5 },
        { block: { ...list(3), items: [[{ text: 'Item 1' }]], comments: ['first'], start: 1 }, keepWithNext: false, before: 0, after: 3 },
      ],
      [{ block: { ...list(3), items: [[{ text: 'Item 2' }], [{ text: 'Item 3' }]], comments: [null, 'third'], start: 2 }, keepWithNext: false, before: 0, after: 3 }],
    ]);
  });

  it('spaces a level-2 heading twice its space after above it', () => {
    const heading: Block = { kind: 'heading', level: 2, text: 'Sub-heading' };
    expect(paginationSegments([heading, para], styles)[0]![0]).toEqual({ block: heading, keepWithNext: true, before: 10, after: 5 });
    const definition = pdfDefinition(withBlocks([para, heading, para]));
    const nodes = findNodes(definition.content, (node) => Array.isArray(node.margin) && Array.isArray(node.stack) && node.stack.length === 1);
    expect(nodes.map((node) => node.margin)).toEqual([
      [0, 0, 0, 0],
      [0, 10, 0, 0],
      [0, 5, 0, 0],
    ]);
  });

  it('refuses a block of an unknown kind with its own error', () => {
    expect(() => pdfDefinition(withBlocks([bogus]))).toThrow('Unexpected value: {"kind":"image"}');
  });

  it('does not keep a list item whole when its estimate fills exactly 85 % of the page', () => {
    // Letter, 8 pt text at single spacing: an item of two characters is estimated at exactly
    // 85 % of a text height of 792 − 733.637312913331 points (checked in floating point).
    const exact = withBlocks([{ kind: 'list', ordered: false, items: [[{ text: 'ab' }]] }], {
      styles: { ...styles, font: 'Liberation Sans', baseSize: 8, lineSpacing: 1 },
      page: { ...base.page, size: 'LETTER', orientation: 'portrait', margins: { top: 0, right: 72, bottom: 733.637312913331, left: 72 } },
    });
    const items = findNodes(pdfDefinition(exact).content, (node) => 'unbreakable' in node && Array.isArray(node.stack));
    expect(items.map((item) => item.unbreakable)).toEqual([false]);
    const roomier = { ...exact, page: { ...exact.page, margins: { ...exact.page.margins, bottom: 733 } } };
    expect(findNodes(pdfDefinition(roomier).content, (node) => 'unbreakable' in node && Array.isArray(node.stack)).map((item) => item.unbreakable)).toEqual([true]);
  });
});

describe('PDF writer: page furniture without a marking or page numbers', () => {
  it('draws an empty header and no footer', () => {
    const definition = pdfDefinition(withBlocks([{ kind: 'paragraph', runs: [{ text: 'Body.' }] }], { furniture: { marking: null, markingPlacement: 'first-page-top-right', pageNumberFormat: null } }));
    const header = definition.header as (page: number) => { stack: unknown[] };
    const footer = definition.footer as (page: number, pages: number) => { stack: unknown[] };
    expect(header(1).stack).toEqual([{ text: '' }]);
    expect(header(2).stack).toEqual([{ text: '' }]);
    expect(footer(1, 2).stack).toEqual([]);
    const everyPage = pdfDefinition(withBlocks([{ kind: 'paragraph', runs: [{ text: 'Body.' }] }], { furniture: { marking: null, markingPlacement: 'every-page', pageNumberFormat: null } }));
    expect((everyPage.header as (page: number) => { stack: unknown[] })(2).stack).toEqual([{ text: '' }]);
    expect((everyPage.footer as (page: number, pages: number) => { stack: unknown[] })(2, 2).stack).toEqual([{ text: '' }]);
  });
});

describe('DOCX writer: styles and keep-with-next', () => {
  it('gives each paragraph role its Word style and a level-2 heading Heading2', async () => {
    const body = (
      await docxParts(
        await writeDocx(
          withBlocks([
            { kind: 'heading', level: 2, text: 'Sub-heading' },
            { kind: 'paragraph', runs: [{ text: 'MEMORANDUM TO THE MINISTER' }], role: 'memo-addressee' },
            { kind: 'paragraph', runs: [{ text: 'FOR DECISION' }], role: 'memo-purpose' },
            { kind: 'paragraph', runs: [{ text: 'Body text.' }], role: 'body' },
            { kind: 'paragraph', runs: [{ text: 'Prepared by: J. Tremblay' }], role: 'closing' },
          ]),
        ),
      )
    )['word/document.xml']!;
    const styleOf = (text: string) => /<w:pStyle w:val="([^"]*)"\/>/.exec(docxParagraphs(body).find((p) => p.text === text)!.pPr)?.[1] ?? null;
    expect(styleOf('Sub-heading')).toBe('Heading2');
    expect(styleOf('MEMORANDUM TO THE MINISTER')).toBe('MemoAddressee');
    expect(styleOf('FOR DECISION')).toBe('MemoPurpose');
    expect(styleOf('Body text.')).toBeNull();
    expect(styleOf('Prepared by: J. Tremblay')).toBe('Closing');
  });

  it('keeps a quotation’s paragraphs together but not its last one when nothing follows, and comments only its first', async () => {
    const xml = await docxParts(
      await writeDocx(withBlocks([{ kind: 'paragraph', runs: [{ text: 'Before.' }] }, { kind: 'quote', text: 'First paragraph.\n\nSecond paragraph.', attribution: '', comment: 'The source sentence.' }])),
    );
    const quotes = docxParagraphs(xml['word/document.xml']!).filter((p) => p.pPr.includes('<w:pStyle w:val="Quote"/>'));
    expect(quotes.map((p) => [p.text, p.pPr.includes('<w:keepNext/>')])).toEqual([
      ['First paragraph.', true],
      ['Second paragraph.', false],
    ]);
    expect(xml['word/document.xml']!.match(/<w:commentRangeStart /g)).toHaveLength(1);
    expect(xml['word/comments.xml']!.match(/<w:comment /g)).toHaveLength(1);
  });

  it('writes sizes in half points and no comments part when nothing is commented', async () => {
    const xml = await docxParts(await writeDocx(withBlocks([{ kind: 'paragraph', runs: [{ text: 'Body.' }] }])));
    expect(xml['word/styles.xml']!.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0]).toContain('<w:sz w:val="22"/>');
    expect(xml['word/footer1.xml']).toContain('<w:sz w:val="18"/>');
    expect(Object.keys(xml)).not.toContain('word/comments.xml');
  });

  it('writes an empty header and footer when there is no marking and no page number', async () => {
    const xml = await docxParts(
      await writeDocx(withBlocks([{ kind: 'paragraph', runs: [{ text: 'Body.' }] }], { furniture: { marking: null, markingPlacement: 'every-page', pageNumberFormat: null } })),
    );
    const furniture = Object.entries(xml).filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name));
    expect(furniture.map(([name]) => name).sort()).toEqual(['word/footer1.xml', 'word/header1.xml']);
    for (const [, part] of furniture) {
      expect(part).not.toContain('<w:p');
      expect(part).not.toContain('Stryker');
    }
  });

  it('refuses a block of an unknown kind with its own error', async () => {
    await expect(writeDocx(withBlocks([bogus]))).rejects.toThrow('Unexpected value: "image"');
  });
});

describe('docTexts', () => {
  it('refuses a block of an unknown kind', () => {
    expect(() => docTexts(withBlocks([bogus]))).toThrow('Unexpected value: {"kind":"image"}');
  });
});

describe('fillWordTemplate: sections, typography and properties', () => {
  const xmlOf = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);

  it('fills {{section:id}} with the section of that id when its id is not its kind', async () => {
    const renamed: Briefing = { ...composed, sections: composed.sections.map((s) => (s.id === 'summary' ? { ...s, id: 'overview' } : s)) };
    const layout = { ...template, sections: template.sections.map((s) => (s.id === 'summary' ? { ...s, id: 'overview' } : s)) };
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['{{section:overview}}']], furniture: false }), { briefing: renamed, template: layout, meeting });
    const summary = composed.sections.find((s) => s.id === 'summary')!.items[0]!.text;
    expect(docxParagraphs(xmlOf(bytes, 'word/document.xml')).map((p) => p.text)).toEqual(['Global Affairs Canada — Asia-Pacific Branch', summary]);
  });

  it('leaves English text without French spacing', async () => {
    const titled: Briefing = { ...composed, metadata: { ...composed.metadata, title: 'Talks: what next ?' } };
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['{{title}}']], furniture: false }), { briefing: titled, template, meeting });
    expect(docxParagraphs(xmlOf(bytes, 'word/document.xml'))[1]!.text).toBe('Talks: what next ?');
  });

  it('gives a quotation without attribution no quotation marks and no dash', async () => {
    const unattributed: Briefing = {
      ...composed,
      sections: composed.sections.map((s) => (s.kind === 'quotes' ? { ...s, items: s.items.map((item) => ({ ...item, text: 'Words nobody signed.', attribution: '' })) } : s)),
    };
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['{{quotes}}']], furniture: false }), { briefing: unattributed, template, meeting });
    expect(docxParagraphs(xmlOf(bytes, 'word/document.xml')).map((p) => p.text)).toEqual(['Global Affairs Canada — Asia-Pacific Branch', '•\u00a0 Words nobody signed.']);
  });

  it('fills a section placeholder standing alone in the header as lines of one paragraph', async () => {
    const document = new Document({
      sections: [{ headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('{{participants}}')] })] }) }, children: [new Paragraph('{{title}}')] }],
    });
    const { bytes } = await fillWordTemplate(new Uint8Array(await Packer.toArrayBuffer(document)), { briefing: composed, template, meeting });
    const header = xmlOf(bytes, 'word/header1.xml');
    expect(docxParagraphs(header).map((p) => p.text)).toEqual([structuredFixture.participants.map((p) => `•\u00a0 ${p.name}, ${p.title} (${p.country})`).join('')]);
    expect(header.match(/<w:br\/>/g)).toHaveLength(structuredFixture.participants.length - 1);
  });

  it('fills a section placeholder found only in a footnote (where no use is recorded) as lines of one paragraph', async () => {
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('{{participants}}')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('{{title}}'), new FootnoteReferenceRun(1)] })] }],
    });
    const { bytes, scan } = await fillWordTemplate(new Uint8Array(await Packer.toArrayBuffer(document)), { briefing: composed, template, meeting });
    expect(scan.placeholders.find((placeholder) => placeholder.key === 'participants')!.uses).toEqual([]);
    const footnote = /<w:footnote w:id="1">[\s\S]*?<\/w:footnote>/.exec(xmlOf(bytes, 'word/footnotes.xml'))![0];
    expect(docxParagraphs(footnote).map((p) => p.text)).toEqual([structuredFixture.participants.map((p) => `•\u00a0 ${p.name}, ${p.title} (${p.country})`).join('')]);
  });

  it('fills a section that stands alone in one body paragraph but shares another as lines in both', async () => {
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['{{participants}}'], ['See: {{participants}}']], furniture: false }), { briefing: composed, template, meeting });
    const lines = structuredFixture.participants.map((p) => `•\u00a0 ${p.name}, ${p.title} (${p.country})`).join('');
    expect(docxParagraphs(xmlOf(bytes, 'word/document.xml')).map((p) => p.text)).toEqual(['Global Affairs Canada — Asia-Pacific Branch', lines, `See: ${lines}`]);
  });

  it('names Briefwright as the creator when "prepared by" is only spaces', async () => {
    const blank: Briefing = { ...composed, metadata: { ...composed.metadata, preparedBy: '   ' } };
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['{{title}}']], furniture: false }), { briefing: blank, template, meeting });
    expect(xmlOf(bytes, 'docProps/core.xml')).toContain('<dc:creator>Briefwright</dc:creator>');
  });
});

describe('font coverage: characters that need no glyph', () => {
  it('keeps a no-break space inside the fallback run it sits in', async () => {
    const fonts = await fontsPromise;
    expect(segmentByFont('조\u00a0태', 'Liberation Sans', fonts)).toEqual([{ text: '조\u00a0태', fallback: 'Nanum Gothic' }]);
  });

  it('reports no control character or line or paragraph separator as missing', async () => {
    const fonts = await fontsPromise;
    const doc = withBlocks([{ kind: 'paragraph', runs: [{ text: '조 \u007f \u0085 \u00a0 \u2028 \u2029' }] }]);
    expect(findUnsupportedCharacters(doc, fonts)).toEqual([]);
  });

  it('leaves a character no bundled font has in the document font, with or without the fallback font', async () => {
    const fonts = await fontsPromise;
    expect(segmentByFont('\u0e01', 'Liberation Sans', fonts)).toEqual([{ text: '\u0e01', fallback: null }]);
    expect(segmentByFont('조', 'Liberation Sans', { 'Liberation Sans': fonts['Liberation Sans'] })).toEqual([{ text: '조', fallback: null }]);
  });
});

describe('file names: edges', () => {
  it('trims the spaces a title starts and ends with', () => {
    expect(fileNameSafeText('  Budget: 2025 \n')).toBe('Budget – 2025');
  });

  it('drops a comma a cut inside one long word leaves at the end', () => {
    expect(cutAtWordBoundary('aaaa,bbbb', 5)).toBe('aaaa');
  });
});
