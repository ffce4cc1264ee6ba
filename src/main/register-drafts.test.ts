import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type ExportResult } from '../shared/ipc-contract';
import { fakeElectron, appEntryUrl, appEvent, strangerEvent, invoke } from './testing/fake-electron';

// Electron has no binary here (and unit tests should not need one): a fake of the parts main uses.
vi.mock('electron', () => import('./testing/fake-electron'));

const { registerDrafts, draftFileName, AUTOSAVE_FILE_NAME } = await import('./register-drafts');

let tmp: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'briefwright-drafts-'));
  fakeElectron.reset();
  registerDrafts({ appEntryUrl, dataDir: tmp });
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('registerDrafts', () => {
  it('Save As asks where, writes the draft, and Save then writes to the same file without asking', async () => {
    const target = path.join(tmp, 'note');
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const first = (await invoke(IPC_CHANNELS.saveDraft, appEvent, { content: '{"a":1}', suggestedName: 'note', path: null })) as ExportResult;
    expect(first).toEqual({ status: 'saved', path: `${target}.briefwright.json` });
    expect(await readFile(`${target}.briefwright.json`, 'utf8')).toBe('{"a":1}');

    const second = (await invoke(IPC_CHANNELS.saveDraft, appEvent, { content: '{"a":2}', suggestedName: 'note', path: `${target}.briefwright.json` })) as ExportResult;
    expect(second.status).toBe('saved');
    expect(fakeElectron.showSaveDialog).toHaveBeenCalledTimes(1);
    expect(await readFile(`${target}.briefwright.json`, 'utf8')).toBe('{"a":2}');
  });

  it('asks again rather than write to a path main did not hand out', async () => {
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: true });
    const result = await invoke(IPC_CHANNELS.saveDraft, appEvent, { content: '{}', suggestedName: 'x', path: '/etc/passwd' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(fakeElectron.showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('refuses a malformed request and an untrusted sender', async () => {
    expect(await invoke(IPC_CHANNELS.saveDraft, appEvent, { content: 5 })).toMatchObject({ status: 'error' });
    await expect(invoke(IPC_CHANNELS.saveDraft, strangerEvent, { content: '{}', suggestedName: 'x', path: null })).rejects.toThrow(/untrusted sender/);
    await expect(invoke(IPC_CHANNELS.readAutosave, strangerEvent)).rejects.toThrow(/untrusted sender/);
  });

  it('writes, reads and clears the autosave in the data folder', async () => {
    expect(await invoke(IPC_CHANNELS.readAutosave, appEvent)).toBeNull();
    await invoke(IPC_CHANNELS.writeAutosave, appEvent, '{"draft":true}');
    expect(await readFile(path.join(tmp, AUTOSAVE_FILE_NAME), 'utf8')).toBe('{"draft":true}');
    expect(await invoke(IPC_CHANNELS.readAutosave, appEvent)).toBe('{"draft":true}');
    await invoke(IPC_CHANNELS.clearAutosave, appEvent);
    expect(await invoke(IPC_CHANNELS.readAutosave, appEvent)).toBeNull();
    await writeFile(path.join(tmp, 'unrelated'), '');
    await expect(invoke(IPC_CHANNELS.writeAutosave, appEvent, 42)).rejects.toThrow(/expected string, received number/);
  });

  it('names draft files safely', () => {
    expect(draftFileName('2026-11-28 Meeting: A/B')).toBe('2026-11-28 Meeting – A-B.briefwright.json');
    expect(draftFileName('note.briefwright.json')).toBe('note.briefwright.json');
  });
});
