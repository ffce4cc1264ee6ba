/**
 * Feature module: the officer's own templates, one file each in the data folder's templates/
 * (src/node/template-store.ts, shared with the CLI). Every payload is checked with zod and every
 * template with the core's template schema before it touches the disk; ids are `[a-z0-9-]+`, so
 * no request can name a file outside that folder. Export asks where to save a copy.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type SaveDialogOptions } from 'electron';
import { findBuiltInTemplate, parseTemplate } from '../core/templates/template-loader';
import { writeFileAtomic } from '../node/atomic-write';
import { TEMPLATE_FILE_SUFFIX } from '../node/data-folder';
import { deleteStoredTemplate, findStoredTemplate, listStoredTemplates, saveTemplate, storedTemplateExists } from '../node/template-store';
import { IPC_CHANNELS, ipcSchemas, type ExportResult, type TemplateListing, type TemplateSaveResult } from '../shared/ipc-contract';
import { describeForOfficer, desktopText, invalidRequest } from './desktop-language';
import { assertTrustedSender } from './trusted-sender';

export interface TemplateOptions {
  readonly appEntryUrl: string;
}

export function registerTemplates(options: TemplateOptions): void {
  ipcMain.handle(IPC_CHANNELS.listTemplates, async (event): Promise<TemplateListing> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.listTemplates);
    return listStoredTemplates();
  });

  ipcMain.handle(IPC_CHANNELS.saveTemplate, async (event, payload: unknown): Promise<TemplateSaveResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.saveTemplate);
    const request = ipcSchemas().saveTemplateRequest.safeParse(payload);
    if (!request.success) return { status: 'error', message: desktopText('templateNotSaved', { reason: invalidRequest(request.error.issues) }) };
    try {
      const template = parseTemplate(request.data.template);
      if (!request.data.replace && (await storedTemplateExists(template.id))) return { status: 'exists' };
      await saveTemplate(template, { replace: true });
      return { status: 'saved' };
    } catch (error) {
      return { status: 'error', message: desktopText('templateNotSaved', { reason: describeForOfficer(error) }) };
    }
  });

  ipcMain.handle(IPC_CHANNELS.deleteTemplate, async (event, payload: unknown): Promise<void> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.deleteTemplate);
    await deleteStoredTemplate(ipcSchemas().templateId.parse(payload));
  });

  ipcMain.handle(IPC_CHANNELS.exportTemplate, async (event, payload: unknown): Promise<ExportResult> => {
    assertTrustedSender(event, options.appEntryUrl, IPC_CHANNELS.exportTemplate);
    const id = ipcSchemas().templateId.safeParse(payload);
    if (!id.success) return { status: 'error', message: desktopText('templateNotExported', { reason: invalidRequest(id.error.issues) }) };
    let template;
    try {
      template = findBuiltInTemplate(id.data) ?? (await findStoredTemplate(id.data));
    } catch (error) {
      return { status: 'error', message: desktopText('templateNotExported', { reason: describeForOfficer(error) }) };
    }
    if (!template) return { status: 'error', message: desktopText('templateGone', { id: id.data }) };
    const dialogOptions: SaveDialogOptions = {
      title: desktopText('exportTemplateTitle'),
      defaultPath: path.join(app.getPath('documents'), `${template.id}${TEMPLATE_FILE_SUFFIX}`),
      filters: [{ name: desktopText('templateFilter'), extensions: ['json'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = BrowserWindow.fromWebContents(event.sender);
    const choice = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    const filePath = choice.filePath.toLowerCase().endsWith('.json') ? choice.filePath : `${choice.filePath}${TEMPLATE_FILE_SUFFIX}`;
    try {
      await writeFileAtomic(filePath, `${JSON.stringify(template, null, 2)}\n`);
    } catch (error) {
      return { status: 'error', message: desktopText('templateNotSavedTo', { path: filePath, reason: describeForOfficer(error) }) };
    }
    return { status: 'saved', path: filePath };
  });
}
