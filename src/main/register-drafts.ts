/**
 * Feature module: draft files and the autosave. Save As asks where to save; Save writes again only
 * to a path this session's own dialog returned, so the page cannot name a file to overwrite. The
 * autosave lives in one file in the app's data folder. Every write is atomic.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type SaveDialogOptions } from 'electron';
import { fileNameWithExtension } from '../core/write/file-name';
import { writeFileAtomic } from '../node/atomic-write';
import { IPC_CHANNELS, ipcSchemas, type ExportResult } from '../shared/ipc-contract';
import { describeForOfficer, desktopText, invalidRequest } from './desktop-language';
import { assertTrustedSender } from './trusted-sender';

export const DRAFT_EXTENSION = '.briefwright.json';
export const AUTOSAVE_FILE_NAME = 'autosave.briefwright.json';

export interface DraftOptions {
  readonly appEntryUrl: string;
  /** Folder for the autosave; app.getPath('userData') in the app. */
  readonly dataDir: string;
}

/** "note" → "note.briefwright.json"; folders and reserved characters removed (core/write/file-name.ts). */
export function draftFileName(suggestedName: string): string {
  return fileNameWithExtension(suggestedName, DRAFT_EXTENSION, 'briefing-note');
}

export function registerDrafts(options: DraftOptions): void {
  const savedPaths = new Set<string>();
  const autosavePath = path.join(options.dataDir, AUTOSAVE_FILE_NAME);

  ipcMain.handle(IPC_CHANNELS.saveDraft, async (event, payload: unknown): Promise<ExportResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.saveDraft);
    const parsed = ipcSchemas().saveDraftRequest.safeParse(payload);
    if (!parsed.success) return { status: 'error', message: desktopText('draftNotSaved', { reason: invalidRequest(parsed.error.issues) }) };
    const { content, suggestedName } = parsed.data;
    let filePath = parsed.data.path !== null && savedPaths.has(parsed.data.path) ? parsed.data.path : null;
    if (filePath === null) {
      const dialogOptions: SaveDialogOptions = {
        title: desktopText('saveDraftTitle'),
        defaultPath: path.join(app.getPath('documents'), draftFileName(suggestedName)),
        filters: [{ name: desktopText('draftFilter'), extensions: ['briefwright.json'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = BrowserWindow.fromWebContents(event.sender);
      const choice = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      filePath = choice.filePath.toLowerCase().endsWith('.json') ? choice.filePath : `${choice.filePath}${DRAFT_EXTENSION}`;
    }
    try {
      await writeFileAtomic(filePath, content);
    } catch (error) {
      return { status: 'error', message: desktopText('draftNotSavedTo', { path: filePath, reason: describeForOfficer(error) }) };
    }
    savedPaths.add(filePath);
    return { status: 'saved', path: filePath };
  });

  ipcMain.handle(IPC_CHANNELS.writeAutosave, async (event, payload: unknown): Promise<void> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.writeAutosave);
    const content = ipcSchemas().autosaveContent.parse(payload);
    await writeFileAtomic(autosavePath, content);
  });

  ipcMain.handle(IPC_CHANNELS.readAutosave, async (event): Promise<string | null> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.readAutosave);
    try {
      return await readFile(autosavePath, 'utf8');
    } catch {
      return null;
    }
  });

  ipcMain.handle(IPC_CHANNELS.clearAutosave, async (event): Promise<void> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.clearAutosave);
    await rm(autosavePath, { force: true });
  });
}
