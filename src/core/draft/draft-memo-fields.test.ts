/**
 * Drafts and the GC memo fields (issue 13 item 5): the new fields are optional, so a draft saved
 * before them opens as it was (no format version change), and one with them reads back exactly and
 * lays out with them.
 */
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../compose/compose-briefing';
import { extractStatement } from '../extract/extract-statement';
import { importText } from '../import/text-importer';
import { applyTemplate } from '../layout/apply-template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { DRAFT_FORMAT_VERSION, parseDraft, serializeDraft } from './draft-file';
import { memoOfficerFixture } from '../testing/memo-officer-fixture';

const template = findBuiltInTemplate('briefing-note')!;
const text = 'Joint statement\n\nCanada and Korea condemned the missile launches by North Korea. They agreed to meet again.';
const briefing = composeBriefing(extractStatement(importText(text)), template, { today: '2026-12-02' });
const draft = { savedAt: '2026-12-02T03:04:05.000Z', sourceName: 'statement.txt', statementText: text, template: { id: template.id, schemaVersion: template.schemaVersion }, briefing };
const memo = {
  purpose: 'decision' as const,
  ...memoOfficerFixture,
};

describe('draft file with the memo fields', () => {
  it('reads back a draft with every memo field exactly, and the note lays out with them', () => {
    const withMemo = { ...draft, briefing: { ...briefing, metadata: { ...briefing.metadata, ...memo } } };
    const parsed = parseDraft(serializeDraft(withMemo));
    expect(parsed.briefing.metadata).toEqual(withMemo.briefing.metadata);
    const blocks = applyTemplate(parsed.briefing, template).blocks;
    expect(blocks[0]).toMatchObject({ role: 'memo-addressee', runs: [{ text: 'MEMORANDUM TO THE MINISTER OF FOREIGN AFFAIRS' }] });
    expect(blocks.some((block) => block.kind === 'table' && block.role === 'approval')).toBe(true);
  });

  it('opens a draft saved before the memo fields existed, as it was, in the same format version', () => {
    const old = JSON.parse(serializeDraft(draft));
    for (const field of ['to', 'from', 'approvedBy', 'preparedByTitle', 'preparedByPhone', 'approvedByTitle']) delete old.briefing.metadata[field];
    expect(old.formatVersion).toBe(DRAFT_FORMAT_VERSION);
    const parsed = parseDraft(JSON.stringify(old));
    expect(parsed.briefing.metadata).toEqual(old.briefing.metadata);
    expect(parsed.briefing.metadata.preparedByPhone).toBeUndefined();
    const blocks = applyTemplate(parsed.briefing, template).blocks;
    expect(blocks[0]).toMatchObject({ role: 'memo-purpose', runs: [{ text: 'FOR INFORMATION' }] });
    expect(blocks.at(-1)).toMatchObject({ role: 'closing', runs: [expect.anything(), { text: '____________________' }] });
  });

  it('refuses a memo field of the wrong type as damage', () => {
    const damaged = JSON.parse(serializeDraft(draft));
    damaged.briefing.metadata.preparedByPhone = 6135550100;
    expect(() => parseDraft(JSON.stringify(damaged), 'x')).toThrow(/damaged.*briefing\.metadata\.preparedByPhone/);
  });
});
