import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeWordTemplate } from '../testing/word-template-fixture';
import { makeDeepDocx, makeDocxBomb } from '../testing/zip-bomb-fixture';
import { findBuiltInTemplate } from './template-loader';
import { detectWordTemplatePlaceholders, findParagraphStyleId, MAX_WORD_TEMPLATE_BYTES, readParagraphs, readWordTemplateParts, WordTemplateError, xmlDepth } from './word-template';
import { describeWordTemplatePlaceholders, resolvePlaceholder, WORD_TEMPLATE_FIELDS } from './word-template-fields';

const base = findBuiltInTemplate('briefing-note')!;

describe('Word template placeholders', () => {
  it('finds placeholders in the body, header and footer, split across runs and with a colon', async () => {
    const scan = await detectWordTemplatePlaceholders(await makeWordTemplate(), base);
    const keys = scan.placeholders.map((placeholder) => placeholder.key);
    expect(keys.sort()).toEqual(['classification', 'condemnations', 'date', 'file-number', 'initiatives', 'participants', 'quotes', 'section:summary', 'title'].sort());
    expect(scan.warnings).toEqual([]);
    const uses = (key: string) => scan.placeholders.find((placeholder) => placeholder.key === key)!.uses;
    expect(uses('title')).toEqual([{ part: 'body', alone: true, styleId: 'BodyCopy' }]);
    expect(uses('date')).toEqual([{ part: 'body', alone: false, styleId: 'BodyCopy' }]);
    expect(uses('classification').map((use) => use.part).sort()).toEqual(['footer', 'header']);
  });

  it('warns about unknown placeholders, with a hint for a section written without "section:"', async () => {
    const bytes = await makeWordTemplate({ body: [['{{title}}'], ['{{summary}}'], ['{{director-remarks}}'], ['{{section:key-messages}}'], ['{{section:nope}}']] });
    const scan = await detectWordTemplatePlaceholders(bytes, base);
    expect(scan.placeholders.filter((placeholder) => placeholder.unknown).map((placeholder) => placeholder.key).sort()).toEqual(['director-remarks', 'section:nope', 'summary']);
    expect(scan.warnings).toContain('unknown placeholder {{summary}}; did you mean {{section:summary}}?');
    expect(scan.warnings).toContain('unknown placeholder {{director-remarks}}; it is left as it is');
    expect(scan.warnings).toContain('{{section:key-messages}}: the layout "briefing-note" has no key-messages section, so it is left empty');
    expect(scan.warnings.find((warning) => warning.includes('section:nope'))).toMatch(/has no section "nope" \(its sections: summary, background/);
  });

  it('warns when a document has no placeholder of ours', async () => {
    const scan = await detectWordTemplatePlaceholders(await makeWordTemplate({ body: [['Plain letter {{foo}}']], furniture: false }), base, 'letter.docx');
    expect(scan.warnings).toEqual([
      'unknown placeholder {{foo}}; it is left as it is',
      'letter.docx has no Briefwright placeholder such as {{title}} or {{participants}}: a note made with it holds none of the statement',
    ]);
    const withMarking = await detectWordTemplatePlaceholders(await makeWordTemplate({ body: [['Plain letter']] }), base);
    expect(withMarking.warnings).toEqual([]);
  });

  it('matches keys leniently: case, spaces, hyphens and underscores', () => {
    for (const key of ['File Number', 'file_number', 'fileNumber', ' file-number ']) {
      const target = resolvePlaceholder(key);
      expect(target?.kind === 'field' && target.field.key, key).toBe('file-number');
    }
    expect(resolvePlaceholder('Participants')).toEqual({ kind: 'section', selector: 'participants' });
    expect(resolvePlaceholder('section: Next Steps')).toEqual({ kind: 'section', selector: 'next-steps' });
    expect(resolvePlaceholder('summary')).toBeNull();
    expect(resolvePlaceholder('section:../x')).toBeNull();
  });

  it('describes every placeholder once', () => {
    const lines = describeWordTemplatePlaceholders(base);
    expect(lines.filter((line) => line.startsWith('{{title}}'))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('{{section:next-steps}}'))).toBe(true);
    expect(new Set(WORD_TEMPLATE_FIELDS.map((field) => field.key)).size).toBe(WORD_TEMPLATE_FIELDS.length);
  });
});

describe('Word template package', () => {
  it('refuses bytes that are not a zip, a zip without word/document.xml, and an oversized file', () => {
    expect(() => readWordTemplateParts(strToU8('{"not": "a docx"}'), 'x.docx')).toThrow(/x\.docx is not a Word document \(\.docx\): it is not a zip file/);
    expect(() => readWordTemplateParts(zipSync({ 'word/other.xml': strToU8('<x/>') }), 'x.docx')).toThrow(/zip file but not a Word document: it has no word\/document\.xml/);
    expect(() => readWordTemplateParts(new Uint8Array(MAX_WORD_TEMPLATE_BYTES + 1), 'x.docx')).toThrow(WordTemplateError);
    expect(() => readWordTemplateParts(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'x.docx')).toThrow(/the zip cannot be read/);
  });

  it('reads paragraphs across runs, links and text boxes, and finds a style by its name', () => {
    const xml =
      '<w:document><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{{ti</w:t></w:r><w:hyperlink><w:r><w:t>tle}}</w:t></w:r></w:hyperlink></w:p>' +
      '<w:p><w:r><w:t>a &amp; b</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p></w:body></w:document>';
    expect(readParagraphs(xml)).toEqual([
      { text: '{{title}}', styleId: 'Title' },
      { text: 'inner', styleId: null },
      { text: 'a & b', styleId: null },
    ]);
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Puce"><w:name w:val="List Bullet"/></w:style><w:style w:type="character" w:styleId="X"><w:name w:val="List Number"/></w:style></w:styles>';
    expect(findParagraphStyleId(styles, 'List Bullet')).toBe('Puce');
    expect(findParagraphStyleId(styles, 'List Number')).toBeNull();
    expect(findParagraphStyleId(null, 'List Bullet')).toBeNull();
  });
});

describe('Word template package, each limit and part', () => {
  it('refuses more than 10 MB by its size, and reads exactly 10 MB (finding it is no zip)', () => {
    expect(() => readWordTemplateParts(new Uint8Array(MAX_WORD_TEMPLATE_BYTES + 1), 'big.docx')).toThrow(/^big\.docx is larger than 10 MB \(10\.0 MB\)$/);
    expect(() => readWordTemplateParts(new Uint8Array(MAX_WORD_TEMPLATE_BYTES), 'big.docx')).toThrow(/^big\.docx is not a Word document \(\.docx\): it is not a zip file$/);
  });

  it('takes only bytes starting "PK" and at least 4 long for a zip', () => {
    const notZip = /^x\.docx is not a Word document \(\.docx\): it is not a zip file$/;
    expect(() => readWordTemplateParts(new Uint8Array([0x50, 0x4b, 3]), 'x.docx')).toThrow(notZip);
    expect(() => readWordTemplateParts(new Uint8Array([0x50, 0x00, 3, 4]), 'x.docx')).toThrow(notZip);
    expect(() => readWordTemplateParts(new Uint8Array([0x00, 0x4b, 3, 4]), 'x.docx')).toThrow(notZip);
    expect(() => readWordTemplateParts(new Uint8Array([0x50, 0x4b, 3, 4]), 'x.docx')).toThrow(/^x\.docx is not a Word document \(\.docx\): the zip cannot be read \(/);
  });

  it('refuses XML that unpacks past the limit, and elements nested more than 200 deep (200 pass)', () => {
    expect(() => readWordTemplateParts(makeDocxBomb(30, { fill: 'paragraphs' }), 'huge.docx')).toThrow(
      /^huge\.docx is refused: it holds XML that unpacks to more than 1 MB \(30 MB declared\), far more than a letterhead holds/,
    );
    // The document and its body, then two elements a level: 2 + 2 × 99 = 200.
    expect(xmlDepth(unzipSync(makeDeepDocx(99))['word/document.xml']!)).toBe(200);
    expect(readWordTemplateParts(makeDeepDocx(99), 'deep.docx').document).toContain('{{title}}');
    expect(() => readWordTemplateParts(makeDeepDocx(100), 'deep.docx')).toThrow(/^deep\.docx is refused: its word\/document\.xml nests elements more than 200 deep, which no letterhead does$/);
  });

  it('reads every header and footer, numbered or not, in name order, and no styles when there are none', () => {
    const parts = readWordTemplateParts(
      zipSync({
        'word/document.xml': strToU8('<w:document/>'),
        'word/header2.xml': strToU8('<h2/>'),
        'word/header.xml': strToU8('<h/>'),
        'word/footer12.xml': strToU8('<f/>'),
        'word/footnotes.xml': strToU8('<n/>'),
        'word/headerx.xml': strToU8('<hx/>'),
      }),
      'p.docx',
    );
    expect(parts.document).toBe('<w:document/>');
    expect(parts.styles).toBeNull();
    expect([...parts.headersAndFooters]).toEqual([
      ['word/footer12.xml', '<f/>'],
      ['word/header.xml', '<h/>'],
      ['word/header2.xml', '<h2/>'],
    ]);
  });

  it('says so when the document is a zip whose XML docx cannot read', async () => {
    const bad = zipSync({ '[Content_Types].xml': strToU8('<x'), 'word/document.xml': strToU8('<w:document><w:body>') });
    await expect(detectWordTemplatePlaceholders(bad, base, 'bad.docx')).rejects.toThrow(/^bad\.docx cannot be read as a Word document: Invalid XML: <w:body> isn't closed$/);
  });
});

describe('xmlDepth', () => {
  it('counts how deep elements nest, not "<?", "<!", closing or self-closing tags, and stops at a tag left open', () => {
    const depth = (xml: string) => xmlDepth(strToU8(xml));
    expect(depth('<?xml version="1.0"?><!DOCTYPE a><a><b/><c><d>x</d></c></a>')).toBe(3);
    expect(depth('<a><b></b><c/></a>')).toBe(2);
    expect(depth('<a></a><b></b>')).toBe(1);
    expect(depth('<a><b')).toBe(1);
    expect(depth('<a/>')).toBe(0);
    expect(depth('no tags')).toBe(0);
  });
});

describe('readParagraphs, what counts as text', () => {
  it('turns tabs and breaks between text into \\t and \\n, leaves out field codes, and ignores runs and styles outside a paragraph', () => {
    const xml =
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:instrText>PAGE</w:instrText></w:r></w:p>' +
      '<w:r><w:t>loose</w:t></w:r><w:pStyle w:val="X"/><w:tab/></w:p>' +
      '<w:p><w:pPr><w:pStyle/></w:pPr></w:p>';
    expect(readParagraphs(xml)).toEqual([
      { text: 'a\tb\nc', styleId: null },
      { text: '', styleId: null },
    ]);
  });

  it('finds a paragraph style by its name in any case', () => {
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Num"><w:name w:val="list number"/></w:style></w:styles>';
    expect(findParagraphStyleId(styles, 'List Number')).toBe('Num');
  });
});

describe('detectWordTemplatePlaceholders, keys and styles', () => {
  it('takes a key once however it is spaced, finds the "List Number" style, and warns about a document with no placeholder', async () => {
    const bytes = await makeWordTemplate({ body: [['{{ title }}'], ['{{title}}']], furniture: false });
    const files = unzipSync(bytes);
    files['word/styles.xml'] = strToU8(
      strFromU8(files['word/styles.xml']!).replace('</w:styles>', '<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="List Number"/></w:style></w:styles>'),
    );
    const scan = await detectWordTemplatePlaceholders(zipSync(files), base);
    expect(scan.placeholders.map((placeholder) => [placeholder.key, placeholder.unknown, placeholder.uses.length])).toEqual([['title', false, 2]]);
    expect([scan.listBulletStyleId, scan.listNumberStyleId]).toEqual([null, 'Numbered']);
    const none = await detectWordTemplatePlaceholders(await makeWordTemplate({ body: [['Plain letter']], furniture: false }), base, 'plain.docx');
    expect(none.placeholders).toEqual([]);
    expect(none.warnings).toEqual(['plain.docx has no Briefwright placeholder such as {{title}} or {{participants}}: a note made with it holds none of the statement']);
  });
});
