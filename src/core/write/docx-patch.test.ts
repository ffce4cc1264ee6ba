import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import type { Briefing } from '../model/briefing';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { makeWordTemplate } from '../testing/word-template-fixture';
import { fillWordTemplate } from './docx-patch';

const template = findBuiltInTemplate('briefing-note')!;
const composed = composeBriefing(structuredFixture, template, { today: '2026-11-28' });
const briefing: Briefing = { ...composed, metadata: { ...composed.metadata, classification: 'PROTECTED B', fileNumber: 'BN-117', preparedBy: 'J. Tremblay' } };
const meeting = structuredFixture.meeting;

function xmlParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, strFromU8(data)]));
}

/** The body's paragraphs as [style, text]. */
function paragraphs(documentXml: string): [string | null, string][] {
  return [...documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => [
    /<w:pStyle w:val="([^"]*)"/.exec(match[1]!)?.[1] ?? null,
    [...match[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  ]);
}

describe('fillWordTemplate', () => {
  it('fills the body, header and footer and keeps the letterhead and its style', async () => {
    const { bytes, scan } = await fillWordTemplate(await makeWordTemplate({ listBulletStyle: true }), { briefing, template, meeting });
    expect(scan.warnings).toEqual([]);
    const xml = xmlParts(bytes);
    const body = xml['word/document.xml']!;
    const header = Object.entries(xml).find(([name]) => name.startsWith('word/header'))![1];
    const footer = Object.entries(xml).find(([name]) => name.startsWith('word/footer'))![1];
    expect(paragraphs(header).map(([, text]) => text)).toEqual(['PROTECTED B']);
    expect(paragraphs(footer).map(([, text]) => text)).toEqual(['PROTECTED B — File BN-117']);
    for (const part of [body, header, footer]) expect(part).not.toContain('{{');
    const rows = paragraphs(body);
    expect(rows[0]).toEqual(['Letterhead', 'Global Affairs Canada — Asia-Pacific Branch']);
    expect(xml['word/styles.xml']).toMatch(/w:styleId="Letterhead"[\s\S]*?<w:color w:val="8B1A1A"\/>/);
    // {{ti + bold tl + e}}: one title, in the first run's formatting.
    expect(rows[1]).toEqual(['BodyCopy', 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting']);
    // {{date}} is the note's date (the day it was drafted), not the meeting's.
    expect(rows[2]).toEqual(['BodyCopy', 'Date: November 28, 2026']);
    const summary = composed.sections.find((section) => section.id === 'summary')!.items[0]!.text;
    expect(rows[3]).toEqual(['BodyCopy', summary]);
    expect(rows.slice(4, 7)).toEqual(structuredFixture.participants.map((p) => ['ListBullet', `${p.name}, ${p.title} (${p.country})`]));
    expect(rows[7]).toEqual(['ListBullet', '“Canada and South Korea share a common vision for the Indo-Pacific region.” — Mélanie Joly']);
    expect(body).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve"> — Mélanie Joly<\/w:t>/);
    expect(rows.slice(8, 10).map(([, text]) => text)).toEqual(structuredFixture.condemnations.map((c) => c.text));
    expect(rows[10]).toEqual(['ListBullet', structuredFixture.initiatives[0]!.text]);
    expect(rows).toHaveLength(11);
  });

  it('fills placeholders Word split across runs with spelling marks, bookmarks and rendered page breaks between them', async () => {
    const files = unzipSync(await makeWordTemplate({ body: [['{{ti', 'tl', 'e}}'], ['{{participants}}']] }));
    const xml = strFromU8(files['word/document.xml']!)
      .replace('{{ti</w:t></w:r>', '{{ti</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="7" w:name="_Hlk1"/>')
      .replace('e}}</w:t></w:r>', 'e}}</w:t></w:r><w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="7"/>')
      .replace('<w:t xml:space="preserve">{{participants}}</w:t>', '<w:lastRenderedPageBreak/><w:t xml:space="preserve">{{partic</w:t></w:r><w:proofErr w:type="gramStart"/><w:r w:rsidR="00AB12CD"><w:t>ipants}}</w:t>');
    expect(xml).toContain('{{partic</w:t>');
    files['word/document.xml'] = strToU8(xml);
    const { bytes, scan } = await fillWordTemplate(zipSync(files), { briefing, template, meeting });
    expect(scan.placeholders.map((placeholder) => placeholder.key).slice(0, 2)).toEqual(['title', 'participants']);
    const body = xmlParts(bytes)['word/document.xml']!;
    expect(body).not.toContain('{{');
    const rows = paragraphs(body);
    expect(rows[1]![1]).toBe('Inaugural Canada-ROK Foreign and Defence Ministerial Meeting');
    expect(rows.slice(2).map(([, text]) => text)).toEqual(structuredFixture.participants.map((p) => `•\u00a0 ${p.name}, ${p.title} (${p.country})`));
  });

  it('without a "List Bullet" style, lists are plain paragraphs behind a bullet in the placeholder’s style', async () => {
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['{{participants}}']] }), { briefing, template, meeting });
    const rows = paragraphs(xmlParts(bytes)['word/document.xml']!);
    expect(rows.slice(1)).toEqual(structuredFixture.participants.map((p) => ['BodyCopy', `•\u00a0 ${p.name}, ${p.title} (${p.country})`]));
  });

  it('a section sharing its paragraph with text becomes lines in it, keeping the text; unknown placeholders stay', async () => {
    const bytes = await makeWordTemplate({ body: [['Outcomes: {{initiatives}} (end)'], ['Remarks: {{director-remarks}}'], ['{{ Title }} / {{section:Next Steps}}']] });
    const { bytes: filled, scan } = await fillWordTemplate(bytes, { briefing, template, meeting });
    expect(scan.warnings).toEqual(['unknown placeholder {{director-remarks}}; it is left as it is']);
    const rows = paragraphs(xmlParts(filled)['word/document.xml']!);
    expect(rows[1]![1]).toBe(`Outcomes: •\u00a0 ${structuredFixture.initiatives[0]!.text} (end)`);
    expect(rows[2]![1]).toBe('Remarks: {{director-remarks}}');
    // Next steps' drafted paragraphs, one line each (a break between them), after the title.
    const nextSteps = composed.sections.find((section) => section.kind === 'next-steps')!.items.map((entry) => entry.text);
    expect(nextSteps.length).toBe(2);
    expect(rows[3]![1]).toBe(`Inaugural Canada-ROK Foreign and Defence Ministerial Meeting / ${nextSteps.join('')}`);
    expect(xmlParts(filled)['word/document.xml']!.match(/<w:br\/>/g)).toHaveLength(nextSteps.length - 1);
  });

  it('an empty or excluded section removes its paragraph', async () => {
    const without: Briefing = { ...briefing, sections: briefing.sections.map((section) => (section.kind === 'quotes' ? { ...section, included: false } : section)) };
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['before'], ['{{quotes}}'], ['after']] }), { briefing: without, template, meeting });
    expect(paragraphs(xmlParts(bytes)['word/document.xml']!).map(([, text]) => text)).toEqual(['Global Affairs Canada — Asia-Pacific Branch', 'before', 'after']);
  });

  it('French notes get French quotation marks and dates', async () => {
    const french = findBuiltInTemplate('note-information')!;
    const frBriefing = composeBriefing({ ...structuredFixture, language: 'fr' }, french, { today: '2026-11-28' });
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ body: [['{{quotes}}'], ['{{date}} {{purpose}}']] }), { briefing: frBriefing, template: french, meeting });
    const rows = paragraphs(xmlParts(bytes)['word/document.xml']!).map(([, text]) => text);
    // French typography as in the PDF: no-break spaces inside « ».
    expect(rows[1]).toContain('«\u00a0Canada and South Korea share a common vision for the Indo-Pacific region.\u00a0»');
    expect(rows[2]).toBe(`28 novembre 2026 ${french.labels.forInformation}`);
  });
});
