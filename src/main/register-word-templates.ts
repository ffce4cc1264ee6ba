/**
 * Feature module: the officer's Word-authored templates, kept in the data folder's templates/ by
 * src/node/word-template-store.ts (shared with the CLI), and the DOCX export that fills one.
 *
 * Nothing from the renderer is trusted: every payload is checked with zod, an imported .docx is read
 * again here (the placeholder list stored is the one main finds, not the one the page sent), ids are
 * `[a-z0-9-]+` so no request names a file outside the folder, and the note sent for a fill is checked
 * against the core's briefing schema. The base layout comes from the stored record, never the page.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { z } from 'zod';
import { briefingSchema } from '../core/model/briefing';
import { meetingSchema } from '../core/model/structured-statement';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { wordTemplateBase, wordTemplateInfoSchema, type WordTemplateInfo } from '../core/templates/word-template-info';
import { MAX_WORD_TEMPLATE_BYTES } from '../core/templates/word-template-limits';
import { writeFileAtomic } from '../node/atomic-write';
import { storedTemplateExists } from '../node/template-store';
import {
  deleteStoredWordTemplate,
  findStoredWordTemplate,
  listStoredWordTemplates,
  readStoredWordTemplate,
  renameStoredWordTemplate,
  saveWordTemplate,
  storedWordTemplateExists,
  type WordTemplateRecord,
} from '../node/word-template-store';
import { IPC_CHANNELS, type ExportResult, type TemplateSaveResult, type WordTemplateListing } from '../shared/ipc-contract';
import { rememberExportedFile, safeFileName } from './register-export';
import { describeForOfficer, desktopText, invalidRequest } from './desktop-language';
import { assertTrustedSender } from './trusted-sender';
import { wordFillWorkerPath } from './app-location';
import { fillWordTemplateOffThread, scanWordTemplateOffThread, type WordFillWorker } from './word-fill-off-thread';

export interface WordTemplateOptions {
  readonly appEntryUrl: string;
  /** Where Word templates are filled: the built worker thread by default (word-fill-off-thread.ts). */
  readonly wordFillWorker?: WordFillWorker;
}

const templateId = z.string().min(1).max(60).regex(/^[a-z0-9-]+$/);
const docxBytes = z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_WORD_TEMPLATE_BYTES, `larger than ${MAX_WORD_TEMPLATE_BYTES / 1024 / 1024} MB`);
const importRequest = z.object({ info: z.unknown(), bytes: docxBytes, replace: z.boolean() });
const wordNoteRequest = z.object({
  templateId,
  briefing: briefingSchema,
  meeting: meetingSchema.optional(),
  suggestedName: z.string().trim().min(1).max(200),
});

function infoOf(record: WordTemplateRecord): WordTemplateInfo {
  return wordTemplateInfoSchema.parse({ id: record.id, name: record.name, base: record.base, importedFrom: record.importedFrom, placeholders: record.placeholders });
}

async function askWhereToSave(event: IpcMainInvokeEvent, options: SaveDialogOptions): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(event.sender);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  return choice.filePath.toLowerCase().endsWith('.docx') ? choice.filePath : `${choice.filePath}.docx`;
}

export function registerWordTemplates(options: WordTemplateOptions): void {
  ipcMain.handle(IPC_CHANNELS.listWordTemplates, async (event): Promise<WordTemplateListing> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.listWordTemplates);
    const { templates, problems } = await listStoredWordTemplates();
    const infos: WordTemplateInfo[] = [];
    const unreadable = [...problems];
    for (const stored of templates) {
      try {
        infos.push(infoOf(stored.record));
      } catch (error) {
        unreadable.push(desktopText('wordUnusable', { id: stored.record.id, reason: describeForOfficer(error) }));
      }
    }
    return { templates: infos, problems: unreadable };
  });

  ipcMain.handle(IPC_CHANNELS.importWordTemplate, async (event, payload: unknown): Promise<TemplateSaveResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.importWordTemplate);
    const request = importRequest.safeParse(payload);
    if (!request.success) return { status: 'error', message: desktopText('wordNotImported', { reason: invalidRequest(request.error.issues) }) };
    const info = wordTemplateInfoSchema.safeParse(request.data.info);
    if (!info.success) {
      // The schema's own words name what is wrong: a fault of the page, which checks the same schema first.
      const issue = info.error.issues[0];
      const field = issue?.path.join('.') || desktopText('wordDetails');
      return { status: 'error', message: desktopText('wordNotImported', { reason: desktopText('wordDetailsNotValid', { field, detail: issue?.message ?? '?' }) }) };
    }
    const { id } = info.data;
    try {
      if (findBuiltInTemplate(id)) return { status: 'error', message: desktopText('wordNotImported', { reason: desktopText('wordBuiltInId', { id }) }) };
      if (await storedTemplateExists(id)) return { status: 'error', message: desktopText('wordNotImported', { reason: desktopText('wordJsonHasId', { id }) }) };
      if (!request.data.replace && (await storedWordTemplateExists(id))) return { status: 'exists' };
      // Read on a worker thread, like a fill: a hostile letterhead never stalls main's event loop.
      const placeholders = await scanWordTemplateOffThread(request.data.bytes, wordTemplateBase(info.data), info.data.importedFrom || 'the document', options.wordFillWorker ?? { path: wordFillWorkerPath });
      await saveWordTemplate({ ...info.data, bytes: request.data.bytes, placeholders: [...placeholders] }, { replace: true });
      return { status: 'saved' };
    } catch (error) {
      return { status: 'error', message: desktopText('wordNotImported', { reason: describeForOfficer(error) }) };
    }
  });

  ipcMain.handle(IPC_CHANNELS.renameWordTemplate, async (event, payload: unknown): Promise<TemplateSaveResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.renameWordTemplate);
    const request = z.object({ id: templateId, name: wordTemplateInfoSchema.shape.name }).safeParse(payload);
    if (!request.success) return { status: 'error', message: desktopText('wordNotRenamed', { reason: invalidRequest(request.error.issues) }) };
    try {
      await renameStoredWordTemplate(request.data.id, request.data.name.trim());
      return { status: 'saved' };
    } catch (error) {
      return { status: 'error', message: desktopText('wordNotRenamed', { reason: describeForOfficer(error) }) };
    }
  });

  ipcMain.handle(IPC_CHANNELS.deleteWordTemplate, async (event, payload: unknown): Promise<void> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.deleteWordTemplate);
    await deleteStoredWordTemplate(templateId.parse(payload));
  });

  ipcMain.handle(IPC_CHANNELS.exportWordTemplate, async (event, payload: unknown): Promise<ExportResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.exportWordTemplate);
    const id = templateId.safeParse(payload);
    if (!id.success) return { status: 'error', message: desktopText('wordNotExported', { reason: invalidRequest(id.error.issues) }) };
    try {
      const stored = await findStoredWordTemplate(id.data);
      if (!stored) return { status: 'error', message: desktopText('wordGone', { id: id.data }) };
      const bytes = await readStoredWordTemplate(stored);
      const filePath = await askWhereToSave(event, {
        title: desktopText('exportWordTemplateTitle'),
        defaultPath: path.join(app.getPath('documents'), safeFileName(stored.record.importedFrom || stored.record.id, 'docx')),
        filters: [{ name: desktopText('wordFilter'), extensions: ['docx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (!filePath) return { status: 'cancelled' };
      await writeFileAtomic(filePath, bytes);
      return { status: 'saved', path: filePath };
    } catch (error) {
      return { status: 'error', message: desktopText('wordNotExported', { reason: describeForOfficer(error) }) };
    }
  });

  ipcMain.handle(IPC_CHANNELS.exportWordNote, async (event, payload: unknown): Promise<ExportResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.exportWordNote);
    const request = wordNoteRequest.safeParse(payload);
    if (!request.success) return { status: 'error', message: desktopText('noteNotExported', { reason: invalidRequest(request.error.issues) }) };
    const { templateId: id, briefing, meeting, suggestedName } = request.data;
    let filled: Uint8Array;
    try {
      const stored = await findStoredWordTemplate(id);
      if (!stored) return { status: 'error', message: desktopText('wordNoLongerStored', { id }) };
      // On a worker thread, with a timeout: a heavy letterhead never stalls main's event loop.
      const content = { briefing, template: wordTemplateBase(stored.record), ...(meeting ? { meeting } : {}) };
      filled = await fillWordTemplateOffThread(await readStoredWordTemplate(stored), content, options.wordFillWorker ?? { path: wordFillWorkerPath });
    } catch (error) {
      return { status: 'error', message: desktopText('noteNotFilled', { reason: describeForOfficer(error) }) };
    }
    const filePath = await askWhereToSave(event, {
      title: desktopText('exportFormatTitle', { format: 'DOCX' }),
      defaultPath: path.join(app.getPath('documents'), safeFileName(suggestedName, 'docx')),
      filters: [{ name: desktopText('wordFilter'), extensions: ['docx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (!filePath) return { status: 'cancelled' };
    try {
      await writeFileAtomic(filePath, filled);
    } catch (error) {
      return { status: 'error', message: desktopText('noteNotSavedTo', { path: filePath, reason: describeForOfficer(error) }) };
    }
    rememberExportedFile(filePath); // the export bar offers Show in folder for it, as for any export
    return { status: 'saved', path: filePath };
  });
}
