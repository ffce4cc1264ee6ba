/**
 * GC memo furniture in both writers (issue 13 item 5): the DOCX read back as XML (its Word styles
 * and the approval block's table) and the PDF read back as text, for a decision note in English and
 * in French.
 */
import path from 'node:path';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { loadFontFiles } from '../../node/font-files';
import { composeBriefing } from '../compose/compose-briefing';
import { applyTemplate } from '../layout/apply-template';
import type { BriefingMetadata } from '../model/briefing';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { writeDocx } from './docx-writer';
import { writePdf } from './pdf-writer';
import { memoOfficerFixture } from '../testing/memo-officer-fixture';

const fontsPromise = loadFontFiles(path.resolve(import.meta.dirname, '../../../resources'));

function decisionNote(templateId: 'briefing-note' | 'note-information', change: Partial<BriefingMetadata>) {
  const template = findBuiltInTemplate(templateId)!;
  const structured = template.language === 'fr' ? { ...structuredFixture, language: 'fr' as const } : structuredFixture;
  const briefing = composeBriefing(structured, template, { today: '2026-12-02' });
  return applyTemplate({ ...briefing, metadata: { ...briefing.metadata, purpose: 'decision', ...change } }, template);
}

const english = decisionNote('briefing-note', {
  ...memoOfficerFixture,
});
const french = decisionNote('note-information', {
  to: 'la ministre des Affaires étrangères',
  from: 'Sous-ministre adjoint, Asie-Pacifique',
  preparedBy: 'Jeanne Roy',
  preparedByTitle: 'Analyste principale',
  preparedByPhone: '613-555-0101',
});

/** The visible text of each w:p of a part, in order. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

async function docxParts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string') };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
  return (text as string).replace(/[\s\u00a0]+/g, ' ');
}

describe('memo furniture in the DOCX', () => {
  it('gives each new part a Word style of its own, defined in styles.xml, and lays the approval block out as a table', async () => {
    const { document, styles } = await docxParts(await writeDocx(english));
    for (const [id, name] of [
      ['MemoAddressee', 'Memo Addressee'],
      ['MemoPurpose', 'Memo Purpose'],
      ['MemoField', 'Memo Field'],
      ['ApprovalBlock', 'Approval Block'],
    ]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>\\s*<w:name w:val="${name}"/>`));
    }
    // The heading lines are centred by their style, not by direct formatting.
    expect(styles).toMatch(/w:styleId="MemoAddressee"[\s\S]*?<w:jc w:val="center"\/>[\s\S]*?<\/w:style>/);
    const body = paragraphs(document);
    expect(body[0]).toEqual({ style: 'MemoAddressee', text: 'MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS' });
    expect(body[1]).toEqual({ style: 'MemoPurpose', text: 'FOR DECISION' });
    expect(body.filter((p) => p.style === 'MemoField').map((p) => p.text).slice(0, 4)).toEqual(['FROM:', 'Assistant Deputy Minister, Asia Pacific', 'DATE:', 'December 2, 2026']);
    expect(body.find((p) => p.style === 'Title')?.text).toBe('SUBJECT: Inaugural Canada-ROK Foreign and Defence Ministerial Meeting');
    expect(body.filter((p) => p.style === 'Heading1').map((p) => p.text).at(-1)).toBe('Recommendation');
    const approval = body.filter((p) => p.style === 'ApprovalBlock').map((p) => p.text);
    expect(approval).toEqual(['\u25a1 Approved', '\u25a1 Not approved', '\u00a0', '\u00a0', expect.stringMatching(/^_+$/), expect.stringMatching(/^_+$/), 'The Minister of Foreign Affairs', 'Date']);
    // One table of two columns holds it, every row kept with the next (one unit, as in the PDF): all 8
    // cells' paragraphs, the last row's too since the approval block keeps with the Prepared by block.
    const table = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?ApprovalBlock[\s\S]*?<\/w:tbl>/.exec(document)![0];
    expect(table.match(/<w:gridCol /g)).toHaveLength(2);
    expect(table.match(/<w:tr>/g)).toHaveLength(4);
    expect(table.match(/<w:keepNext\/>/g)).toHaveLength(8);
    const closing = body.filter((p) => p.style === 'Closing').map((p) => p.text);
    expect(closing).toEqual(['Prepared by: Jane Doe, Senior Policy Analyst, 613-555-0100']);
    expect(body.at(-1)!.text).toBe('Approved by: John Smith, Director General');
  });

  it('writes the French decision note with NOTE À, POUR DÉCISION, DE, OBJET, RECOMMANDATION and Approuvé / Non approuvé', async () => {
    const body = paragraphs((await docxParts(await writeDocx(french))).document);
    expect(body[0]).toEqual({ style: 'MemoAddressee', text: 'NOTE À LA MINISTRE DES AFFAIRES ÉTRANGÈRES' });
    expect(body[1]).toEqual({ style: 'MemoPurpose', text: 'POUR DÉCISION' });
    expect(body.filter((p) => p.style === 'MemoField').map((p) => p.text).slice(0, 4)).toEqual(['DE\u00a0:', 'Sous-ministre adjoint, Asie-Pacifique', 'DATE\u00a0:', 'le 2 décembre 2026']);
    expect(body.find((p) => p.style === 'Title')?.text).toMatch(/^OBJET\u00a0: /);
    expect(body.filter((p) => p.style === 'Heading1').map((p) => p.text).at(-1)).toBe('Recommandation');
    expect(body.filter((p) => p.style === 'ApprovalBlock').map((p) => p.text).slice(0, 2)).toEqual(['\u25a1 Approuvé', '\u25a1 Non approuvé']);
    expect(body.find((p) => p.style === 'Closing')?.text).toBe('Préparée par\u00a0: Jeanne Roy, Analyste principale, 613-555-0101');
  });
});

describe('memo furniture in the PDF', () => {
  it('prints the same parts in the same order, in English and in French', async () => {
    const fonts = await fontsPromise;
    const en = await pdfText(await writePdf(english, fonts));
    const order = ['MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS', 'FOR DECISION', 'FROM: Assistant Deputy Minister, Asia Pacific', 'DATE: December 2, 2026', 'SUBJECT: Inaugural', 'Recommendation', '□ Approved □ Not approved', 'The Minister of Foreign Affairs Date', 'Prepared by: Jane Doe, Senior Policy Analyst, 613-555-0100', 'Approved by: John Smith, Director General'];
    const positions = order.map((text) => en.indexOf(text));
    expect(positions.every((at) => at >= 0), `${JSON.stringify(order.filter((_, i) => positions[i]! < 0))} missing from: ${en}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const fr = await pdfText(await writePdf(french, fonts));
    for (const text of ['NOTE À LA MINISTRE DES AFFAIRES ÉTRANGÈRES', 'POUR DÉCISION', 'DE : Sous-ministre adjoint', 'DATE : le 2 décembre 2026', 'OBJET :', 'Recommandation', '□ Approuvé □ Non approuvé', 'Préparée par : Jeanne Roy, Analyste principale, 613-555-0101']) {
      expect(fr).toContain(text);
    }
  });
});
