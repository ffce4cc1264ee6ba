import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { composeBriefing } from '../core/compose/compose-briefing';
import { applyTemplate } from '../core/layout/apply-template';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { structuredFixture } from '../core/testing/structured-fixture';
import { IPC_CHANNELS, type ExportResult } from '../shared/ipc-contract';
import { fakeElectron, appEntryUrl, eventFrom, invoke } from './testing/fake-electron';

// Electron has no binary here (and unit tests should not need one): a fake of the parts main uses.
vi.mock('electron', () => import('./testing/fake-electron'));

const { registerExport, safeFileName } = await import('./register-export');
const { isAppUrl } = await import('./app-location');

const resourcesDir = path.resolve(import.meta.dirname, '..', '..', 'resources');
const template = findBuiltInTemplate('briefing-note')!;
const doc = applyTemplate(composeBriefing(structuredFixture, template, { today: '2026-11-28' }), template);

let tmp: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'briefwright-export-'));
  fakeElectron.reset();
  registerExport({ resourcesDir, appEntryUrl });
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('note:export', () => {
  it('renders the note and writes it where the officer chose', async () => {
    const target = path.join(tmp, 'note.docx');
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    const result = (await invoke(IPC_CHANNELS.exportNote, eventFrom(appEntryUrl), { format: 'docx', doc, suggestedName: '2024-11-01 Meeting' })) as ExportResult;

    expect(result).toEqual({ status: 'saved', path: target, unsupportedCharacters: [] });
    const [options] = fakeElectron.showSaveDialog.mock.calls[0]!;
    expect(options.defaultPath).toBe(path.join(fakeElectron.documentsDir, '2024-11-01 Meeting.docx'));
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(target) });
    expect(text).toContain('Inaugural Canada-ROK Foreign and Defence Ministerial Meeting');
    expect(text).toContain('Mélanie Joly');
  });

  it('writes a PDF with the bundled fonts and adds the extension the officer left out', async () => {
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(tmp, 'note') });
    const result = (await invoke(IPC_CHANNELS.exportNote, eventFrom(`${appEntryUrl}#/`), { format: 'pdf', doc, suggestedName: 'note' })) as ExportResult;
    expect(result).toEqual({ status: 'saved', path: path.join(tmp, 'note.pdf'), unsupportedCharacters: [] });
    const bytes = await readFile(path.join(tmp, 'note.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    // A path alongside the cancel (as some platforms' dialogs return the last one typed): still nothing is written there.
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: path.join(tmp, 'note.docx') });
    const result = await invoke(IPC_CHANNELS.exportNote, eventFrom(appEntryUrl), { format: 'docx', doc, suggestedName: 'note' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(await readdir(tmp)).toEqual([]);
  });

  it('rejects a bad payload without showing a dialog', async () => {
    const badPayloads = [
      null,
      { format: 'exe', doc, suggestedName: 'note' },
      { format: 'docx', doc: { ...doc, blocks: [{ kind: 'script', text: 'x' }] }, suggestedName: 'note' },
      { format: 'docx', doc, suggestedName: '' },
      { format: 'docx', doc: { ...doc, styles: { ...doc.styles, headingColor: 'red' } }, suggestedName: 'note' },
    ];
    for (const payload of badPayloads) {
      const result = (await invoke(IPC_CHANNELS.exportNote, eventFrom(appEntryUrl), payload)) as ExportResult;
      expect(result.status).toBe('error');
    }
    expect(fakeElectron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender: another page, another file, a subframe', async () => {
    const payload = { format: 'docx', doc, suggestedName: 'note' };
    const foreign = [
      eventFrom('https://example.com/index.html'),
      eventFrom(pathToFileURL('/tmp/evil/index.html').href),
      eventFrom(appEntryUrl, { parent: {} }),
      { sender: {}, senderFrame: null } as unknown as IpcMainInvokeEvent,
    ];
    for (const event of foreign) {
      await expect(invoke(IPC_CHANNELS.exportNote, event, payload)).rejects.toThrow(/untrusted sender/);
    }
    expect(fakeElectron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a write failure as an error result', async () => {
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(tmp, 'missing-folder', 'note.docx') });
    const result = (await invoke(IPC_CHANNELS.exportNote, eventFrom(appEntryUrl), { format: 'docx', doc, suggestedName: 'note' })) as ExportResult;
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toContain('missing-folder');
  });
});

describe('note:show-in-folder', () => {
  it('reveals only files exported in this session, and only for the app', async () => {
    const target = path.join(tmp, 'note.docx');
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await invoke(IPC_CHANNELS.exportNote, eventFrom(appEntryUrl), { format: 'docx', doc, suggestedName: 'note' });

    await invoke(IPC_CHANNELS.showInFolder, eventFrom(appEntryUrl), target);
    expect(fakeElectron.showItemInFolder).toHaveBeenCalledWith(target);

    await expect(invoke(IPC_CHANNELS.showInFolder, eventFrom(appEntryUrl), '/etc/passwd')).rejects.toThrow(/exported in this session/);
    await expect(invoke(IPC_CHANNELS.showInFolder, eventFrom('https://example.com/'), target)).rejects.toThrow(/untrusted sender/);
    expect(fakeElectron.showItemInFolder).toHaveBeenCalledTimes(1);
  });
});

describe('safeFileName', () => {
  it('keeps the name inside the chosen folder and adds the extension once', () => {
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('etc-passwd.pdf');
    expect(safeFileName('Note: "draft"?', 'docx')).toBe('Note – “draft”.docx');
    expect(safeFileName('note.DOCX', 'docx')).toBe('note.DOCX');
    expect(safeFileName('...', 'pdf')).toBe('briefing-note.pdf');
  });
});

describe('isAppUrl', () => {
  it('accepts only the dev server origin or the app’s own app://briefwright origin', () => {
    expect(isAppUrl('http://localhost:5173/#/note', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('app://briefwright/index.html?x=1', appEntryUrl)).toBe(true);
    expect(isAppUrl('app://elsewhere/index.html', appEntryUrl)).toBe(false);
    // Node gives every custom-scheme URL the origin "null": the check must not compare origins.
    expect(isAppUrl('evil://x/index.html', appEntryUrl)).toBe(false);
    expect(isAppUrl('file:///opt/briefwright/out/renderer/index.html', appEntryUrl)).toBe(false);
    // A file: entry trusts nothing: every file on the disk would share its "origin".
    expect(isAppUrl('file:///opt/briefwright/out/renderer/index.html', 'file:///opt/briefwright/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url', appEntryUrl)).toBe(false);
  });
});

describe('unsupported characters before export', () => {
  it('names the characters no bundled font has, and none in a note the fonts cover (Hangul falls back)', async () => {
    const app = eventFrom(appEntryUrl);
    const withText = (text: string) => ({ ...doc, blocks: [...doc.blocks, { kind: 'paragraph' as const, runs: [{ text }] }] });
    expect(await invoke(IPC_CHANNELS.unsupportedCharacters, app, withText('Mélanie Joly met 조태열 in Ottawa.'))).toEqual([]);
    expect(await invoke(IPC_CHANNELS.unsupportedCharacters, app, withText('Minister สมชาย met them.'))).toEqual(expect.arrayContaining(['ส', 'ม', 'ช', 'า', 'ย']));
    await expect(invoke(IPC_CHANNELS.unsupportedCharacters, app, { blocks: 'nope' })).rejects.toThrow(/"page"\s*\],\s*"message": "Invalid input: expected object, received undefined"/);
    await expect(invoke(IPC_CHANNELS.unsupportedCharacters, eventFrom('https://example.com/'), doc)).rejects.toThrow(/untrusted sender/);
  });
});
