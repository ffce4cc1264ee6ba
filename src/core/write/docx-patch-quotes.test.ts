/**
 * A quotation of several paragraphs in a Word template (issue 13 item 7): one Word paragraph per
 * paragraph of the quotation, never one paragraph with the line breaks typed into its text.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import type { Briefing } from '../model/briefing';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { makeWordTemplate } from '../testing/word-template-fixture';
import { fillWordTemplate } from './docx-patch';

const QUOTE = 'First paragraph of the minister’s words.\nSecond paragraph, further on.\n\nThird and last paragraph.';

function withQuote(templateId: 'briefing-note' | 'note-information'): { briefing: Briefing; template: NonNullable<ReturnType<typeof findBuiltInTemplate>> } {
  const template = findBuiltInTemplate(templateId)!;
  const structured = { ...structuredFixture, language: template.language, quotes: [{ ...structuredFixture.quotes[0]!, text: QUOTE }] };
  return { briefing: composeBriefing(structured, template, { today: '2026-12-02' }), template };
}

function bodyParagraphs(bytes: Uint8Array): [string | null, string][] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => [
    /<w:pStyle w:val="([^"]*)"/.exec(match[1]!)?.[1] ?? null,
    [...match[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  ]);
}

describe('fillWordTemplate: quotations of several paragraphs', () => {
  it('writes one paragraph per paragraph of the quotation, the marks around the whole and the attribution on the last', async () => {
    const { briefing, template } = withQuote('briefing-note');
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ listBulletStyle: true }), { briefing, template, meeting: structuredFixture.meeting });
    const rows = bodyParagraphs(bytes);
    const first = rows.findIndex(([, text]) => text.startsWith('“First paragraph'));
    expect(first).toBeGreaterThan(-1);
    expect(rows.slice(first, first + 3)).toEqual([
      ['ListBullet', '“First paragraph of the minister’s words.'],
      ['BodyCopy', 'Second paragraph, further on.'],
      ['BodyCopy', 'Third and last paragraph.” — Mélanie Joly'],
    ]);
    expect(rows.some(([, text]) => text.includes('\n'))).toBe(false);
  });

  it('in French, with « » and their no-break spaces, also without a List Bullet style', async () => {
    const { briefing, template } = withQuote('note-information');
    const { bytes } = await fillWordTemplate(await makeWordTemplate({ listBulletStyle: false }), { briefing, template, meeting: structuredFixture.meeting });
    const rows = bodyParagraphs(bytes);
    const first = rows.findIndex(([, text]) => text.includes('First paragraph'));
    expect(rows[first]![1]).toBe('•\u00a0 «\u00a0First paragraph of the minister’s words.');
    expect(rows[first + 1]![1]).toBe('Second paragraph, further on.');
    expect(rows[first + 2]![1]).toBe('Third and last paragraph.\u00a0» — Mélanie Joly');
  });
});
