import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeWordTemplate } from '../testing/word-template-fixture';
import { findBuiltInTemplate } from './template-loader';
import { detectWordTemplatePlaceholders, findParagraphStyleId, MAX_WORD_TEMPLATE_BYTES, readParagraphs, readWordTemplateParts, WordTemplateError } from './word-template';
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
