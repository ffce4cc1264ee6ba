import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import type { Briefing } from '../model/briefing';
import type { Block } from '../model/doc-model';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { applyTemplate } from './apply-template';

const template = findBuiltInTemplate('briefing-note')!;
const headings = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);

describe('applyTemplate', () => {
  const briefing = composeBriefing(structuredFixture, template, { today: '2026-11-28' });

  it('lays out the briefing note: marking, memo heading, subject, date, sections in template order, prepared-by', () => {
    const doc = applyTemplate(briefing, template);
    expect(doc.furniture).toEqual({ marking: 'UNCLASSIFIED', markingPlacement: 'every-page', pageNumberFormat: 'Page {page} of {pages}' });
    const topRight = { ...template, furniture: { ...template.furniture, marking: 'first-page-top-right' as const } };
    expect(applyTemplate(briefing, topRight).furniture).toMatchObject({ marking: 'UNCLASSIFIED', markingPlacement: 'first-page-top-right' });
    // No addressee: the purpose alone heads the memo.
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', role: 'memo-purpose', runs: [{ text: 'FOR INFORMATION', bold: true }] });
    // The note's date is the day it was drafted; the meeting's date and place are rows of their own.
    expect(doc.blocks[1]).toMatchObject({ kind: 'table', role: 'memo', rows: [['DATE:', 'November 28, 2026'], ['MEETING DATE:', 'November 1, 2024'], ['LOCATION:', 'Ottawa']] });
    expect(doc.blocks[2]).toEqual({ kind: 'title', label: 'SUBJECT:', text: 'Inaugural Canada-ROK Foreign and Defence Ministerial Meeting' });
    expect(headings(doc.blocks)).toEqual(['Summary', 'Background', 'Participants', 'Key issues', 'Outcomes', 'Quotes', 'Next steps']);
    const participants = doc.blocks.find((b) => b.kind === 'list');
    expect(participants).toMatchObject({ ordered: false, items: [[{ text: 'Mélanie Joly, Minister of Foreign Affairs (Canada)' }], expect.anything(), expect.anything()] });
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'paragraph', runs: [{ text: 'Prepared by: ' }, expect.anything()] });
    expect(doc.metadata).toMatchObject({ title: briefing.metadata.title, language: 'en', keywords: ['UNCLASSIFIED', 'Mélanie Joly', 'Bill Blair', 'Cho Tae-yul'] });
  });

  it('drafts a summary from the meeting facts', () => {
    const summary = briefing.sections.find((s) => s.kind === 'summary')!.items[0]!.text;
    expect(summary).toContain('On November 1, 2024, Mélanie Joly (Minister of Foreign Affairs, Canada), Bill Blair (Minister of National Defence, Canada) and Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea) met in Ottawa.');
    expect(summary).toContain('Canada and the Republic of Korea condemned the actions of North Korea and Russia.');
    expect(summary).toContain('Canada and the Republic of Korea agreed on one initiative.');
    expect(summary).not.toContain('Inaugural Canada-ROK');
  });

  it('follows the officer: excluded items and sections disappear, order is kept, empty sections are omitted', () => {
    const edited: Briefing = {
      ...briefing,
      metadata: { ...briefing.metadata, classification: 'PROTECTED B', preparedBy: 'A. Officer' },
      sections: [...briefing.sections]
        .reverse()
        .map((s) =>
          s.kind === 'condemnations'
            ? { ...s, items: s.items.map((item, i) => (i === 0 ? { ...item, included: false } : item)) }
            : s.kind === 'initiatives'
              ? { ...s, items: s.items.map((item) => ({ ...item, included: false })) }
              : s.kind === 'summary'
                ? { ...s, included: false }
                : s,
        ),
    };
    const doc = applyTemplate(edited, template);
    expect(doc.furniture.marking).toBe('PROTECTED B');
    expect(headings(doc.blocks)).toEqual(['Next steps', 'Quotes', 'Key issues', 'Participants', 'Background']);
    const keyIssues = doc.blocks[doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Key issues') + 1];
    expect(keyIssues).toMatchObject({ kind: 'list', items: [[{ text: structuredFixture.condemnations[1]!.text }]] });
    expect(doc.blocks.at(-1)).toMatchObject({ runs: [expect.anything(), { text: 'A. Officer' }] });
  });

  it('renders quotes as block quotes with their attribution', () => {
    const doc = applyTemplate(briefing, template);
    expect(doc.blocks).toContainEqual({ kind: 'quote', text: `“${structuredFixture.quotes[0]!.text}”`, attribution: 'Mélanie Joly', comment: null });
  });

  it('attaches the source sentence to each extracted item when source comments are on', () => {
    const text = 'Ottawa – Ministers met. They agreed to launch a dialogue. Mélanie Joly spoke.';
    const statement = {
      text,
      title: null,
      language: 'en' as const,
      paragraphs: [{ index: 0, start: 0, end: text.length }],
      sentences: [
        { start: 0, end: 23, paragraphIndex: 0 },
        { start: 24, end: 57, paragraphIndex: 0 },
        { start: 58, end: text.length, paragraphIndex: 0 },
      ],
    };
    const withSources: Briefing = {
      ...briefing,
      metadata: { ...briefing.metadata, sourceComments: true },
      sections: briefing.sections.map((s) => (s.kind === 'initiatives' ? { ...s, items: [{ ...s.items[0]!, source: { start: 34, end: 40 } }] } : s)),
    };
    const list = (doc: ReturnType<typeof applyTemplate>) =>
      doc.blocks[doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Outcomes') + 1] as Extract<Block, { kind: 'list' }>;
    expect(list(applyTemplate(withSources, template, statement)).comments).toEqual(['They agreed to launch a dialogue.']);
    expect(list(applyTemplate(briefing, template, statement)).comments).toEqual([null]);
  });
});

describe('French typography in layout', () => {
  it('sets no-break spaces inside « » and before colons in every block of a French note, as the preview, DOCX and PDF all show', () => {
    const template = findBuiltInTemplate('note-information')!;
    const briefing = composeBriefing({ ...structuredFixture, language: 'fr', quotes: [{ speaker: 'Mélanie Joly', text: 'Le Canada est là ; toujours !', source: { start: 3000, end: 3100 } }] }, template, { today: '2026-11-28' });
    const doc = applyTemplate(briefing, template);
    const quote = doc.blocks.find((block) => block.kind === 'quote');
    expect(quote).toMatchObject({ text: '«\u00a0Le Canada est là; toujours!\u00a0»' });
    expect(doc.blocks.at(-1)).toMatchObject({ runs: [{ text: 'Préparée par\u00a0: ' }, expect.anything()] });
    expect(doc.blocks[1]).toMatchObject({ rows: [['DATE\u00a0:', 'le 28 novembre 2026'], ['DATE DE LA RÉUNION\u00a0:', 'le 1er novembre 2024'], ['LIEU\u00a0:', 'Ottawa']] });
    expect(doc.blocks[2]).toMatchObject({ kind: 'title', label: 'OBJET\u00a0:' });
  });
});
