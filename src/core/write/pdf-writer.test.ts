import path from 'node:path';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { loadFontFiles } from '../../node/font-files';
import { composeBriefing } from '../compose/compose-briefing';
import { applyTemplate } from '../layout/apply-template';
import type { Briefing } from '../model/briefing';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { findUnsupportedCharacters } from './font-coverage';
import { writePdf } from './pdf-writer';

const template = findBuiltInTemplate('briefing-note')!;
const briefing = composeBriefing(structuredFixture, template, { today: '2026-11-28' });
const fontsPromise = loadFontFiles(path.resolve(import.meta.dirname, '../../../resources'));

async function readBack(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes.slice());
  const { text, totalPages } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  const outline = ((await pdf.getOutline()) ?? []).map((entry) => entry.title);
  return { pages: text as string[], totalPages, info: info as Record<string, unknown>, outline };
}

describe('PDF writer', () => {
  it('embeds the note text, the marking and page X of Y on every page, and the metadata', async () => {
    const bytes = await writePdf(applyTemplate(briefing, template), await fontsPromise);
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const { pages, totalPages, info, outline } = await readBack(bytes);
    expect(outline).toEqual(['Inaugural Canada-ROK Foreign and Defence Ministerial Meeting', 'Summary', 'Background', 'Participants', 'Key issues', 'Outcomes', 'Quotes', 'Next steps']);
    expect(totalPages).toBe(2);
    const text = pages.join('\n');
    for (const expected of ['UNCLASSIFIED', 'Page 1 of 2', 'Page 2 of 2', 'Summary', 'Participants', 'Mélanie Joly', 'Cho Tae-yul', 'Key issues', 'Outcomes', 'Quotes', 'Prepared by']) {
      expect(text).toContain(expected);
    }
    expect(info.Title).toBe('Inaugural Canada-ROK Foreign and Defence Ministerial Meeting');
    expect(info.Author).toBe('Briefwright');
    expect(String(info.Keywords)).toContain('UNCLASSIFIED');
  });

  it('puts the marking and the page count on every page of a long note', async () => {
    const long: Briefing = {
      ...briefing,
      metadata: { ...briefing.metadata, classification: 'PROTECTED A' },
      sections: briefing.sections.map((s) =>
        s.kind === 'initiatives'
          ? { ...s, items: Array.from({ length: 60 }, (_, i) => ({ ...s.items[0]!, id: `i${i}`, text: `Initiative number ${i + 1}: the ministers agreed to continue joint work on a long list of shared priorities.` })) }
          : s,
      ),
    };
    const { pages, totalPages } = await readBack(await writePdf(applyTemplate(long, template), await fontsPromise));
    // 60 one-line initiatives on top of the sample note: four pages with the bundled fonts.
    expect(totalPages).toBe(4);
    pages.forEach((page, index) => {
      expect(page.match(/PROTECTED A/g)?.length, `page ${index + 1}`).toBe(2);
      expect(page).toContain(`Page ${index + 1} of ${totalPages}`);
    });
  });

  it('draws Hangul with the bundled fallback font and reports characters no bundled font has', async () => {
    const fonts = await fontsPromise;
    const korean: Briefing = {
      ...briefing,
      sections: briefing.sections.map((s) => (s.kind === 'participants' ? { ...s, items: [{ ...s.items[0]!, text: '조태열 (Cho Tae-yul), Minister of Foreign Affairs' }] } : s)),
    };
    const doc = applyTemplate(korean, template);
    const bytes = await writePdf(doc, fonts);
    const { pages } = await readBack(bytes);
    expect(pages.join('\n')).toContain('조태열');
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/BaseFont \/[A-Z]{6}\+NanumGothic/);
    expect(findUnsupportedCharacters(doc, fonts)).toEqual([]);
    const withoutFallback = { ...fonts, 'Nanum Gothic': undefined };
    expect(findUnsupportedCharacters(doc, withoutFallback)).toEqual(['조', '태', '열']);
  });

  it('writes PDF/A-2b when the template asks for it', async () => {
    const doc = applyTemplate(briefing, { ...template, output: { ...template.output, pdfA: true } });
    const text = new TextDecoder('latin1').decode(await writePdf(doc, await fontsPromise));
    expect(text).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(text).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(text).toContain('/OutputIntents');
  });

  it('prints every word of a quotation longer than a page (kept together only when it fits, as Word does)', async () => {
    const sentence = 'This quotation goes on for the purpose of the test and never stops. ';
    const long: Briefing = {
      ...briefing,
      sections: briefing.sections.map((s) => (s.kind === 'quotes' ? { ...s, items: [{ ...s.items[0]!, text: `${sentence.repeat(60)}last-of-one\n\n${sentence.repeat(60)}last-of-two` }] } : s)),
    };
    const { pages, totalPages } = await readBack(await writePdf(applyTemplate(long, template), await fontsPromise));
    expect(totalPages).toBeGreaterThan(3);
    const text = pages.join(' ');
    expect(text.split('never stops').length - 1).toBe(120);
    expect(text).toContain('last-of-two');
  });

  it('refuses a font that is not bundled instead of printing blank text', async () => {
    await expect(writePdf(applyTemplate(briefing, template), {})).rejects.toThrow(/not bundled/);
  });
});

describe('PDF marking at the top right of the first page', () => {
  it('prints the marking once, on page 1, and page numbers on every page', async () => {
    const firstPage = { ...template, furniture: { ...template.furniture, marking: 'first-page-top-right' as const } };
    const { pages } = await readBack(await writePdf(applyTemplate(briefing, firstPage), await fontsPromise));
    expect(pages).toHaveLength(2);
    expect(pages[0]!.match(/UNCLASSIFIED/g)).toHaveLength(1);
    expect(pages[1]).not.toContain('UNCLASSIFIED');
    expect(pages[1]).toContain('Page 2 of 2');
  });
});

describe('PDF writer fonts', () => {
  // The font a PDF names in its font dictionaries (pdfkit writes them uncompressed: /BaseFont /ABCDEF+Name-Regular).
  const embedded = (bytes: Uint8Array) => [...new TextDecoder('latin1').decode(bytes).matchAll(/\/BaseFont \/[A-Z]{6}\+([A-Za-z]+)/g)].map((m) => m[1]);

  it('embeds the faces it is given for a family, also after other bytes were given for it in the same process', async () => {
    const fonts = await fontsPromise;
    const sans = { ...applyTemplate(briefing, template), styles: { ...applyTemplate(briefing, template).styles, font: 'Liberation Sans' as const } };
    const serifFaces = fonts['Liberation Serif']!;
    const copy = { normal: serifFaces.normal.slice(), bold: serifFaces.bold.slice(), italics: serifFaces.italics.slice(), bolditalics: serifFaces.bolditalics.slice() };
    expect(new Set(embedded(await writePdf(sans, fonts)))).toEqual(new Set(['BriefwrightSans']));
    // A caller that hands other faces under the same family name (a font cache replaced) gets them.
    expect(new Set(embedded(await writePdf(sans, { ...fonts, 'Liberation Sans': copy })))).toEqual(new Set(['BriefwrightSerif']));
    // And the first faces again: the virtual file system must not keep the last bytes written under that file name.
    expect(new Set(embedded(await writePdf(sans, fonts)))).toEqual(new Set(['BriefwrightSans']));
  });
});
