import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { applyTemplate } from '../layout/apply-template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import type { DocModel } from '../model/doc-model';
import { writeDocx } from './docx-writer';

const template = findBuiltInTemplate('briefing-note')!;
const doc = applyTemplate(composeBriefing(structuredFixture, template, { today: '2026-11-28' }), template);

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('string');
  return out;
}

describe('DOCX writer', () => {
  it('writes Word-native styles, numbering, header/footer marking and page X of Y fields', async () => {
    const xml = await parts(await writeDocx(doc));
    const body = xml['word/document.xml']!;
    for (const style of ['Title', 'Heading1', 'ListBullet', 'Quote']) expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(body).toContain('<w:numPr>');
    expect(xml['word/numbering.xml']).toContain('<w:numFmt w:val="bullet"/>');
    const styles = xml['word/styles.xml']!;
    expect(styles).toContain('w:name w:val="List Bullet"');
    expect(styles).toContain('w:name w:val="Quote"');
    expect(styles).toContain('w:val="en-CA"');
    // The font GC desktops have, metric-compatible with the Liberation Sans the PDF embeds.
    expect(styles).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');
    expect(styles).not.toContain('Liberation');
    // Pair kerning at every size in the document defaults, as the PDF sets its text: lines measure alike in both.
    expect(styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0]).toContain('<w:kern w:val="2"/>');
    // As in the PDF: headings stay with what follows them, and a list item or quote is never split.
    const styleXml = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
    expect(styleXml('Heading1')).toContain('<w:keepNext/>');
    expect(body).toMatch(/<w:pPr><w:pStyle w:val="Quote"\/><w:keepNext\/><w:keepLines\/>/);
    for (const id of ['ListBullet', 'ListNumber']) expect(styleXml(id), id).toContain('<w:keepLines/>');
    const header = Object.entries(xml).find(([name]) => name.startsWith('word/header'))![1];
    const footer = Object.entries(xml).find(([name]) => name.startsWith('word/footer'))![1];
    expect(header).toContain('UNCLASSIFIED');
    expect(footer).toContain('UNCLASSIFIED');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(xml['docProps/core.xml']).toContain('<dc:title>Inaugural Canada-ROK Foreign and Defence Ministerial Meeting</dc:title>');
    expect(xml['docProps/core.xml']).toContain('Mélanie Joly');
  });

  it('adds a Word comment quoting the source sentence of each commented item, and none otherwise', async () => {
    const commented = {
      ...doc,
      blocks: doc.blocks.map((b) => (b.kind === 'list' ? { ...b, comments: b.items.map((_, i) => (i === 0 ? 'The sentence this came from.' : null)) } : b)),
    };
    const xml = await parts(await writeDocx(commented));
    expect(xml['word/comments.xml']).toContain('The sentence this came from.');
    expect(xml['word/document.xml']).toContain('<w:commentRangeStart w:id="0"/>');
    expect(xml['word/document.xml']).toContain('<w:commentReference w:id="0"/>');
    const plain = await parts(await writeDocx(doc));
    expect(plain['word/document.xml']).not.toContain('commentRangeStart');
  });

  it('reads back as the note text in order', async () => {
    const bytes = await writeDocx(doc);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const order = ['FOR INFORMATION', 'Inaugural Canada-ROK', 'Summary', 'Participants', 'Mélanie Joly, Minister of Foreign Affairs (Canada)', 'Key issues', 'call on North Korea and Russia', 'Outcomes', 'Quotes', '“Canada and South Korea share', 'Prepared by'];
    let last = -1;
    for (const text of order) {
      const at = value.indexOf(text, last + 1);
      expect(at, text).toBeGreaterThan(last);
      last = at;
    }
  });
});

describe('DOCX marking at the top right of the first page', () => {
  it('uses a different first-page header with the marking at the right, and repeats it nowhere else', async () => {
    const firstPage = { ...template, furniture: { ...template.furniture, marking: 'first-page-top-right' as const } };
    const xml = await parts(await writeDocx(applyTemplate(composeBriefing(structuredFixture, firstPage, { today: '2026-11-28' }), firstPage)));
    const body = xml['word/document.xml']!;
    expect(body).toContain('<w:titlePg/>');
    expect(body).toMatch(/<w:headerReference w:type="first"/);
    const furniture = Object.entries(xml).filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name));
    const withMarking = furniture.filter(([, content]) => content.includes('UNCLASSIFIED'));
    expect(withMarking.map(([name]) => name)).toHaveLength(1);
    expect(withMarking[0]![0]).toMatch(/^word\/header/);
    expect(withMarking[0]![1]).toContain('<w:jc w:val="right"/>');
  });
});

describe('DOCX pagination rules and multi-paragraph quotes', () => {
  const paragraphs = (body: string) => body.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
  const textOf = (paragraph: string) => [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

  it('gives each paragraph of a quotation its own Quote paragraph, kept with the next, and no literal line break', async () => {
    const quoted: DocModel = {
      ...doc,
      blocks: [{ kind: 'heading', level: 1, text: 'Quotes' }, { kind: 'quote', text: '“First paragraph.\n\nSecond paragraph.\n\nThird paragraph.”', attribution: 'Mélanie Joly' }],
    };
    const body = (await parts(await writeDocx(quoted)))['word/document.xml']!;
    const quotes = paragraphs(body).filter((p) => p.includes('<w:pStyle w:val="Quote"/>'));
    expect(quotes.map(textOf)).toEqual(['“First paragraph.', 'Second paragraph.', 'Third paragraph.”']);
    for (const quote of quotes) expect(quote).toContain('<w:keepNext/>');
    expect(body).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });

  it('keeps the block before "Prepared by" with it, and a list item with a line break as one paragraph with w:br', async () => {
    const body = (await parts(await writeDocx(doc)))['word/document.xml']!;
    const all = paragraphs(body);
    const closing = all.findIndex((p) => p.includes('<w:pStyle w:val="Closing"/>'));
    expect(closing).toBeGreaterThan(0);
    expect(all[closing - 1]).toContain('<w:keepNext/>');
    const listed: DocModel = { ...doc, blocks: [{ kind: 'list', ordered: false, items: [[{ text: '“One.\n\nTwo.”' }]] }] };
    const listBody = (await parts(await writeDocx(listed)))['word/document.xml']!;
    const item = paragraphs(listBody).find((p) => p.includes('ListBullet'))!;
    expect(item).toContain('<w:br/>');
    expect(textOf(item)).toBe('“One.Two.”');
  });
});
