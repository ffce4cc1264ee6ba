/**
 * Preload: the only bridge between the sandboxed page and main. It exposes one named function per
 * IPC call as window.briefwright and never ipcRenderer itself, so the page can ask for exactly these
 * things and nothing else. Payloads are checked again in main; this side only forwards them.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, MENU_COMMANDS, type BriefwrightApi, type MenuCommand } from '../shared/ipc-contract';
import { isUiLanguage } from '../core/i18n/languages';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const api: BriefwrightApi = {
  exportNote: (request) => ipcRenderer.invoke(IPC_CHANNELS.exportNote, request),
  showInFolder: (path) => ipcRenderer.invoke(IPC_CHANNELS.showInFolder, path),
  unsupportedCharacters: (doc) => ipcRenderer.invoke(IPC_CHANNELS.unsupportedCharacters, doc),
  saveDraft: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveDraft, request),
  writeAutosave: (content) => ipcRenderer.invoke(IPC_CHANNELS.writeAutosave, content),
  readAutosave: () => ipcRenderer.invoke(IPC_CHANNELS.readAutosave),
  clearAutosave: () => ipcRenderer.invoke(IPC_CHANNELS.clearAutosave),
  listTemplates: () => ipcRenderer.invoke(IPC_CHANNELS.listTemplates),
  saveTemplate: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveTemplate, request),
  deleteTemplate: (id) => ipcRenderer.invoke(IPC_CHANNELS.deleteTemplate, id),
  exportTemplate: (id) => ipcRenderer.invoke(IPC_CHANNELS.exportTemplate, id),
  listWordTemplates: () => ipcRenderer.invoke(IPC_CHANNELS.listWordTemplates),
  importWordTemplate: (request) => ipcRenderer.invoke(IPC_CHANNELS.importWordTemplate, request),
  renameWordTemplate: (request) => ipcRenderer.invoke(IPC_CHANNELS.renameWordTemplate, request),
  deleteWordTemplate: (id) => ipcRenderer.invoke(IPC_CHANNELS.deleteWordTemplate, id),
  exportWordTemplate: (id) => ipcRenderer.invoke(IPC_CHANNELS.exportWordTemplate, id),
  exportWordNote: (request) => ipcRenderer.invoke(IPC_CHANNELS.exportWordNote, request),
  onMenuCommand: (listener) => {
    // The page's listener never sees the IPC event (it carries the sender and ports).
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, forward);
    };
  },
  setUiLanguage: (language) => ipcRenderer.invoke(IPC_CHANNELS.setUiLanguage, language),
  onUiLanguageChosen: (listener) => {
    const forward = (_event: IpcRendererEvent, language: unknown) => {
      if (isUiLanguage(language)) listener(language);
    };
    ipcRenderer.on(IPC_CHANNELS.uiLanguageChosen, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.uiLanguageChosen, forward);
    };
  },
  reportUnsavedChanges: (unsaved) => ipcRenderer.invoke(IPC_CHANNELS.reportUnsavedChanges, unsaved),
  onCloseRequested: (listener) => {
    const forward = () => listener();
    ipcRenderer.on(IPC_CHANNELS.closeRequested, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.closeRequested, forward);
    };
  },
  closeWindow: () => ipcRenderer.invoke(IPC_CHANNELS.closeWindow),
};

contextBridge.exposeInMainWorld('briefwright', api);
