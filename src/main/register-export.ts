/**
 * Feature module: exporting the note. The renderer sends the laid-out DocModel; main checks who is
 * asking and what they sent, asks the officer where to save, renders with the core writers and the
 * bundled fonts, and writes the file atomically. Rendering happens here rather than in the renderer
 * so the sandboxed page never needs file access or the font files.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell, type SaveDialogOptions } from 'electron';
import { fileNameWithExtension } from '../core/write/file-name';
import { findUnsupportedCharacters } from '../core/write/font-coverage';
import { writers, type OutputFormat } from '../core/write/writers';
import { loadFontFiles } from '../node/font-files';
import { writeFileAtomic } from '../node/atomic-write';
import { IPC_CHANNELS, ipcSchemas, type ExportResult } from '../shared/ipc-contract';
import { describeForOfficer, desktopText, invalidRequest, type DesktopKey } from './desktop-language';
import { assertTrustedSender } from './trusted-sender';

export interface ExportOptions {
  /** Folder holding fonts/ (see app-location.ts). */
  readonly resourcesDir: string;
  /** The URL of the app's own page; only its top frame may call these handlers. */
  readonly appEntryUrl: string;
}

const FILTER_NAMES: Record<OutputFormat, DesktopKey> = { docx: 'wordFilter', pdf: 'pdfFilter' };

/** A file name every OS accepts (no folders, no reserved characters, cut at a word), with the format's extension. */
export function safeFileName(suggestedName: string, format: OutputFormat): string {
  return fileNameWithExtension(suggestedName, writers[format].extension, 'briefing-note');
}

function withExtension(filePath: string, format: OutputFormat): string {
  const extension = writers[format].extension;
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
}

// Only files this session exported may be revealed; show-in-folder is not a general file browser.
const savedPaths = new Set<string>();

/** Records a file an export saved (a note, a filled Word template), so Show in folder may reveal it. */
export function rememberExportedFile(filePath: string): void {
  savedPaths.add(filePath);
}

export function registerExport(options: ExportOptions): void {
  ipcMain.handle(IPC_CHANNELS.exportNote, async (event, payload: unknown): Promise<ExportResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.exportNote);
    const parsed = ipcSchemas().exportNoteRequest.safeParse(payload);
    if (!parsed.success) return { status: 'error', message: desktopText('noteNotExported', { reason: invalidRequest(parsed.error.issues) }) };
    const { format, doc, suggestedName } = parsed.data;
    const writer = writers[format];

    const dialogOptions: SaveDialogOptions = {
      title: desktopText('exportFormatTitle', { format: format.toUpperCase() }),
      defaultPath: path.join(app.getPath('documents'), safeFileName(suggestedName, format)),
      filters: [{ name: desktopText(FILTER_NAMES[format]), extensions: [writer.extension.slice(1)] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };

    const filePath = withExtension(choice.filePath, format);
    let unsupportedCharacters: string[];
    try {
      const fonts = await loadFontFiles(options.resourcesDir);
      const bytes = await writer.write(doc, { fonts });
      await writeFileAtomic(filePath, bytes);
      unsupportedCharacters = findUnsupportedCharacters(doc, fonts);
    } catch (error) {
      return { status: 'error', message: desktopText('noteNotSavedTo', { path: filePath, reason: describeForOfficer(error) }) };
    }
    savedPaths.add(filePath);
    return { status: 'saved', path: filePath, unsupportedCharacters };
  });

  ipcMain.handle(IPC_CHANNELS.unsupportedCharacters, async (event, payload: unknown): Promise<string[]> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.unsupportedCharacters);
    const doc = ipcSchemas().docModel.parse(payload);
    return findUnsupportedCharacters(doc, await loadFontFiles(options.resourcesDir));
  });

  ipcMain.handle(IPC_CHANNELS.showInFolder, (event, payload: unknown): void => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.showInFolder);
    const parsed = ipcSchemas().showInFolderRequest.safeParse(payload);
    if (!parsed.success || !savedPaths.has(parsed.data)) {
      throw new Error(`${IPC_CHANNELS.showInFolder}: only a file exported in this session can be shown`);
    }
    shell.showItemInFolder(parsed.data);
  });
}
