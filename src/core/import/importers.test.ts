import { describe, expect, it } from 'vitest';
import { extractStatement } from '../extract/extract-statement';
import { htmlToStatementText } from './html-text';
import { detectFormat, importStatement, ImportError } from './importers';
import { parseStructuredStatement, serializeStructuredStatement } from './structured-statement-file';
import { paragraphsFromLines } from './pdf-importer';
import { importText } from './text-importer';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('format detection', () => {
  it('trusts binary signatures over names, names over text signatures, and text signatures without a name', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'note.txt')).toBe('docx');
    expect(detectFormat(bytes('%PDF-1.7'), 'statement')).toBe('pdf');
    expect(detectFormat(bytes('<p>Hello</p>'), 'statement.txt')).toBe('text');
    expect(detectFormat(bytes('<!DOCTYPE html><html>'), undefined)).toBe('html');
    expect(detectFormat(bytes('  {"format": 1}'), undefined)).toBe('json');
    expect(detectFormat(bytes('\ufeff<html lang="fr">'), 'page.unknown')).toBe('html');
    expect(detectFormat(bytes('Plain words.'), 'page.HTM')).toBe('html');
    expect(() => detectFormat(bytes('Plain words.'), 'deck.pptx')).toThrow(/deck\.pptx is not in a supported format/);
  });

  it('refuses oversized and empty files before parsing', async () => {
    await expect(importStatement(new Uint8Array(5 * 1024 * 1024 + 1), 'big.pdf')).rejects.toThrow(/big\.pdf is too large/);
    await expect(importStatement(new Uint8Array(), 'empty.docx')).rejects.toThrow(new ImportError('empty.docx is empty'));
    await expect(importStatement(bytes('<html><body><nav>Menu</nav></body></html>'), 'blank.html')).rejects.toThrow(/blank\.html contains no statement text/);
  });
});

describe('HTML → statement text', () => {
  it('keeps the main content: title, dateline, paragraphs and lists, entities decoded', () => {
    const html = `<html><head><title>Ignored when there is an h1</title><style>p{}</style><script>let a = "<p>x</p>";</script></head>
      <body><header>Banner</header><nav><a>Home</a></nav>
      <main><h1>Canada &amp; Chile sign an MOU</h1><p>March&nbsp;12, 2025 &ndash; Halifax</p>
      <p>The ministers   agreed
        to:</p><ul><li>launch a <b>working group</b>;</li><li>meet again in 2026.</li></ul>
      <ol start="3"><li>Third</li></ol><p>« Bonjour&#8239;» &laquo;x&raquo;<br>next line</p></main>
      <aside>Related</aside><footer>Terms</footer></body></html>`;
    const { text, title } = htmlToStatementText(html);
    expect(title).toBe('Canada & Chile sign an MOU');
    expect(text).toBe(
      'Canada & Chile sign an MOU\n\nMarch\u00a012, 2025 – Halifax\n\nThe ministers agreed to:\n\n• launch a working group;\n• meet again in 2026.\n3. Third\n\n« Bonjour\u202f» «x»\nnext line',
    );
  });

  it('reads the whole body when the page marks no main content, and uses <title> without the site name', () => {
    const { text } = htmlToStatementText('<title>Joint statement - Example.gov</title><body><nav>Menu</nav><div>First paragraph.</div><div role="navigation">Links</div><p>Second.</p></body>');
    expect(text).toBe('Joint statement\n\nFirst paragraph.\n\nSecond.');
  });

  it('survives broken markup', () => {
    for (const html of ['', '<', '<p', '<p>unclosed <b>bold', '</div></div>text', '<script>never closed', '<nav><p>x']) {
      expect(() => htmlToStatementText(html)).not.toThrow();
    }
    expect(htmlToStatementText('<p>unclosed <b>bold').text).toBe('unclosed bold');
  });
});

describe('PDF lines → paragraphs', () => {
  const line = (text: string, y: number) => ({ text, y, height: 10 });
  it('rejoins the lines of a paragraph and splits at taller gaps, bullets and finished sentences across pages', () => {
    const pages = [
      [line('Title of the', 700), line('release', 688), line('The ministers met in Ottawa and', 660), line('agreed to co-', 648), line('operate closely.', 636), line('• first bullet', 624), line('A sentence that runs', 596)],
      [line('over a page break.', 700), line('New paragraph.', 672)],
    ];
    expect(paragraphsFromLines(pages)).toEqual(['Title of the release', 'The ministers met in Ottawa and agreed to co-operate closely.', '• first bullet', 'A sentence that runs over a page break.', 'New paragraph.']);
  });
});

describe('Briefwright structured statement (JSON)', () => {
  const statement = importText('Title\n\nThe ministers condemned the attack. They agreed to establish a working group.');
  const structured = extractStatement(statement);
  const json = serializeStructuredStatement({ sourceName: 'x.txt', statementText: statement.text, structured });

  it('round-trips: the statement and its structure come back as they were', async () => {
    const imported = await importStatement(bytes(json), 'x.structured.json');
    expect(imported.format).toBe('json');
    expect(imported.structured).toEqual(structured);
    expect(imported.statement.text).toBe(statement.text);
  });

  it('refuses newer versions, other JSON and offsets outside the text, each with a clear message', () => {
    const data = JSON.parse(json);
    expect(() => parseStructuredStatement(JSON.stringify({ ...data, formatVersion: 2 }), 'n.json')).toThrow(/n\.json was written by a newer version of Briefwright \(structured statement format 2; this version reads up to 1\)/);
    expect(() => parseStructuredStatement('{"participants": []}', 'o.json')).toThrow(/o\.json is JSON but not a Briefwright structured statement/);
    expect(() => parseStructuredStatement('{', 'b.json')).toThrow(/b\.json is not valid JSON/);
    const far = { ...data, structured: { ...data.structured, initiatives: [{ text: 'x', source: { start: 0, end: 10_000 } }] } };
    expect(() => parseStructuredStatement(JSON.stringify(far), 'f.json')).toThrow(/structured\.initiatives\.0\.source/);
    expect(() => parseStructuredStatement(JSON.stringify({ ...data, structured: { ...data.structured, language: 'de' } }), 'l.json')).toThrow(/at "structured\.language"/);
  });
});

describe('a file named .pdf that is not a PDF', () => {
  it('is said to be no PDF, not "damaged or password-protected"', async () => {
    const text = new TextEncoder().encode('Ottawa — The ministers met today. They agreed to meet again.');
    await expect(importStatement(text, 'statement.pdf')).rejects.toThrow(
      'statement.pdf is not a PDF: a PDF file starts with “%PDF”, and this one does not (is it a text file with the wrong extension?)',
    );
  });
});
