/**
 * One limit everywhere (issue 17, item 7): a note the CLI and the browser render from a statement
 * with 3,000 initiatives is exported by the desktop too. The DocModel applyTemplate makes is within
 * the bounds the IPC schema checks, because both read them from core/limits.ts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeBriefing } from '../core/compose/compose-briefing';
import { applyTemplate } from '../core/layout/apply-template';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { structuredFixture } from '../core/testing/structured-fixture';
import { IPC_CHANNELS, ipcSchemas, type ExportResult } from '../shared/ipc-contract';
import { appEntryUrl, eventFrom, fakeElectron, invoke } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron'));
const { registerExport } = await import('./register-export');

const resourcesDir = path.resolve(import.meta.dirname, '..', '..', 'resources');
const template = findBuiltInTemplate('briefing-note')!;
const initiatives = Array.from({ length: 3_000 }, (_, i) => ({ text: `Initiative number ${i + 1} of the ministers.`, source: { start: i, end: i + 1 } }));
const doc = applyTemplate(composeBriefing({ ...structuredFixture, initiatives }, template, { today: '2026-12-01' }), template);

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'briefwright-export-limits-'));
  fakeElectron.reset();
  registerExport({ resourcesDir, appEntryUrl });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('note:export of a note at the item limit', () => {
  it('the laid-out note passes the IPC schema', () => {
    expect(ipcSchemas().exportNoteRequest.safeParse({ format: 'docx', doc, suggestedName: 'note' }).success).toBe(true);
  });

  it('is saved, with the 500 initiatives the note holds', async () => {
    const target = path.join(tmp, 'note.docx');
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = (await invoke(IPC_CHANNELS.exportNote, eventFrom(appEntryUrl), { format: 'docx', doc, suggestedName: 'note' })) as ExportResult;
    expect(result.status).toBe('saved');
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(target) });
    expect(text).toContain('Initiative number 500 of the ministers.');
    expect(text).not.toContain('Initiative number 501 of the ministers.');
  });
});
