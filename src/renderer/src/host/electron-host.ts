/**
 * The host inside Electron: every call goes through window.briefwright (the preload's API) to main,
 * which renders with the bundled fonts and saves where the officer chooses.
 */
import type { BriefwrightApi } from '../../../shared/ipc-contract';
import type { Host } from './host';

export function createElectronHost(api: BriefwrightApi): Host {
  return {
    kind: 'electron',
    exportNote: (format, doc, suggestedName) => api.exportNote({ format, doc, suggestedName }),
    saveDraft: (content, suggestedName, path) => api.saveDraft({ content, suggestedName, path }),
    autosave: { write: (content) => api.writeAutosave(content), read: () => api.readAutosave(), clear: () => api.clearAutosave() },
    templates: {
      list: () => api.listTemplates(),
      save: (template, { replace }) => api.saveTemplate({ template, replace }),
      delete: (id) => api.deleteTemplate(id),
      export: (id) => api.exportTemplate(id),
    },
    wordTemplates: {
      list: () => api.listWordTemplates(),
      import: (template, { replace }) => api.importWordTemplate({ ...template, replace }),
      rename: (id, name) => api.renameWordTemplate({ id, name }),
      delete: (id) => api.deleteWordTemplate(id),
      export: (id) => api.exportWordTemplate(id),
    },
    exportWordNote: (request) => api.exportWordNote(request),
    showInFolder: (path) => api.showInFolder(path),
    unsupportedCharacters: (doc) => api.unsupportedCharacters(doc),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    reportUnsavedChanges: (unsaved) => void api.reportUnsavedChanges(unsaved),
    onCloseRequested: (listener) => api.onCloseRequested(listener),
    closeWindow: () => void api.closeWindow(),
  };
}
