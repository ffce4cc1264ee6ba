/**
 * A Word template filled (docx-patch.ts), held by golden files like the built-in writers
 * (golden-output.test.ts): every XML part of the result, for a template with a List Bullet style and
 * placeholders alone in their paragraphs, one without it (bullets drawn as text), and placeholders
 * inside sentences; with a numbered section, a quotation of two paragraphs, an excluded item, an
 * empty item, an excluded section, French typography and an empty "prepared by". Mutation testing
 * found a quarter of docx-patch.ts's decisions unchecked (issue 18). Times of writing are masked.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import type { Briefing, BriefingSection } from '../model/briefing';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { makeWordTemplate, type WordFixtureOptions } from '../testing/word-template-fixture';
import { fillWordTemplate } from './docx-patch';

function briefingFor(templateId: 'briefing-note' | 'note-information', preparedBy: string): Briefing {
  const template = findBuiltInTemplate(templateId)!;
  const structured = template.language === 'fr' ? { ...structuredFixture, language: 'fr' as const } : structuredFixture;
  const composed = composeBriefing(structured, template, { today: '2026-12-02' });
  const sections = composed.sections.map((section): BriefingSection => {
    const first = section.items[0];
    if (section.kind === 'initiatives' && first) {
      return {
        ...section,
        layout: 'numbered',
        items: [...section.items, { ...first, id: 'excluded', text: 'An item the officer unticked.', included: false }, { ...first, id: 'empty', text: '   ', included: true }],
      };
    }
    if (section.kind === 'quotes' && first) return { ...section, items: [{ ...first, text: 'First paragraph of the quotation.\nSecond paragraph of it.' }, ...section.items.slice(1)] };
    if (section.kind === 'condemnations') return { ...section, included: false };
    return section;
  });
  return { ...composed, sections, metadata: { ...composed.metadata, classification: 'PROTECTED B', fileNumber: 'BN-117', preparedBy } };
}

const INLINE_BODY: WordFixtureOptions['body'] = [
  ['Title: {{title}}'],
  ['Who: ', '{{participants}}', ' (all present).'],
  ['Said: {{quotes}}'],
  ['Summary: {{section:summary}}'],
  ['Next: {{initiatives}}'],
];

const CASES: ReadonlyArray<readonly [string, WordFixtureOptions, 'briefing-note' | 'note-information', string]> = [
  ['list-style-en', { listBulletStyle: true }, 'briefing-note', 'J. Tremblay'],
  ['drawn-bullets-fr', {}, 'note-information', ''],
  ['inline-en', { body: INLINE_BODY, furniture: false }, 'briefing-note', 'J. Tremblay'],
];

function parts(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  return `${Object.keys(files)
    .filter((name) => /\.(?:xml|rels)$/.test(name))
    .sort()
    .map((name) => `===== ${name}\n${strFromU8(files[name]!).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1(time)').replace(/></g, '>\n<')}`)
    .join('\n')}\n`;
}

describe('a Word template filled (golden files in __golden__/)', () => {
  it.each(CASES)('%s', async (name, fixture, templateId, preparedBy) => {
    const template = findBuiltInTemplate(templateId)!;
    const { bytes } = await fillWordTemplate(await makeWordTemplate(fixture), { briefing: briefingFor(templateId, preparedBy), template, meeting: structuredFixture.meeting });
    await expect(parts(bytes)).toMatchFileSnapshot(`__golden__/word-template-${name}.docx.txt`);
  });
});
