/**
 * The browser host's Word templates: what is known about each (`word-templates`, validated when
 * read, as the desktop's record files are) and its .docx bytes (`word-template-files`), both keyed by
 * the template's id and written in one transaction, so an import lands whole or not at all. Ids are
 * shared with the JSON templates (`templates`): an id that names one cannot name the other.
 */
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import { wordTemplateBase, wordTemplateInfoSchema, type WordTemplateInfo } from '../../../core/templates/word-template-info';
import { MAX_WORD_TEMPLATE_BYTES } from '../../../core/templates/word-template-limits';
import type { WordTemplateStore } from './host';
import { runInStore, runTransaction } from './indexeddb-autosave';
import { uiI18n } from '../i18n/ui-i18n';

const INFO = 'word-templates';
const FILES = 'word-template-files';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const unavailable = () => uiI18n.t('host.noStorage');

/** The stored .docx of a Word template, or an error that says it is gone. */
export async function readWordTemplateBytes(id: string): Promise<{ info: WordTemplateInfo; bytes: Uint8Array }> {
  if (typeof indexedDB === 'undefined') throw new Error(unavailable());
  const [record, bytes] = await Promise.all([
    runInStore(INFO, 'readonly', (store) => store.get(id) as IDBRequest<unknown>),
    runInStore(FILES, 'readonly', (store) => store.get(id) as IDBRequest<unknown>),
  ]);
  if (record === undefined) throw new Error(`the Word template "${id}" is no longer in your templates; choose another template or import it again`);
  const info = wordTemplateInfoSchema.parse(record);
  if (!(bytes instanceof Uint8Array)) throw new Error(`the Word template “${info.name}” has lost its document; import it again`);
  return { info, bytes };
}

export function createIndexedDbWordTemplates(download: (bytes: Uint8Array, mimeType: string, fileName: string) => void): WordTemplateStore {
  const available = typeof indexedDB !== 'undefined';
  return {
    async list() {
      if (!available) return { templates: [], problems: [] };
      try {
        const [keys, records] = await Promise.all([
          runInStore(INFO, 'readonly', (store) => store.getAllKeys()),
          runInStore(INFO, 'readonly', (store) => store.getAll() as IDBRequest<unknown[]>),
        ]);
        const templates: WordTemplateInfo[] = [];
        const problems: string[] = [];
        records.forEach((record, index) => {
          const parsed = wordTemplateInfoSchema.safeParse(record);
          if (parsed.success) templates.push(parsed.data);
          else problems.push(uiI18n.t('host.wordDamaged', { id: String(keys[index]), detail: `${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''}` }));
        });
        return { templates, problems };
      } catch (error) {
        return { templates: [], problems: [uiI18n.t('host.wordUnreadable', { reason: reason(error) })] };
      }
    },
    async import({ info, bytes }, { replace }) {
      if (!available) return { status: 'error', message: `${uiI18n.t('host.wordNotImported', { reason: unavailable() })}.` };
      try {
        const checked = wordTemplateInfoSchema.parse(info);
        wordTemplateBase(checked);
        if (findBuiltInTemplate(checked.id)) return { status: 'error', message: `${uiI18n.t('host.wordNotImported', { reason: uiI18n.t('host.builtInId', { id: checked.id }) })}.` };
        if (bytes.length > MAX_WORD_TEMPLATE_BYTES) return { status: 'error', message: `${uiI18n.t('host.wordNotImported', { reason: uiI18n.t('host.wordTooLarge', { limit: MAX_WORD_TEMPLATE_BYTES / 1024 / 1024 }) })}.` };
        if ((await runInStore('templates', 'readonly', (store) => store.count(checked.id))) > 0) {
          return { status: 'error', message: `${uiI18n.t('host.wordNotImported', { reason: uiI18n.t('host.templateHasId', { id: checked.id }) })}.` };
        }
        if (!replace && (await runInStore(INFO, 'readonly', (store) => store.count(checked.id))) > 0) return { status: 'exists' };
        // A copy: the caller's buffer may be transferred to the export worker later.
        const copy = new Uint8Array(bytes);
        await runTransaction([INFO, FILES], 'readwrite', ([infoStore, files]) => {
          files!.put(copy, checked.id);
          infoStore!.put(checked, checked.id);
        });
        return { status: 'saved' };
      } catch (error) {
        return { status: 'error', message: uiI18n.t('host.wordNotImported', { reason: reason(error) }) };
      }
    },
    async rename(id, name) {
      if (!available) return { status: 'error', message: `${uiI18n.t('host.wordNotRenamed', { reason: unavailable() })}.` };
      try {
        const record = await runInStore(INFO, 'readonly', (store) => store.get(id) as IDBRequest<unknown>);
        if (record === undefined) return { status: 'error', message: uiI18n.t('host.wordGone', { id }) };
        const renamed = wordTemplateInfoSchema.parse({ ...(record as object), name: name.trim() });
        await runInStore(INFO, 'readwrite', (store) => store.put(renamed, id));
        return { status: 'saved' };
      } catch (error) {
        return { status: 'error', message: uiI18n.t('host.wordNotRenamed', { reason: reason(error) }) };
      }
    },
    async delete(id) {
      if (available) {
        await runTransaction([INFO, FILES], 'readwrite', ([infoStore, files]) => {
          infoStore!.delete(id);
          files!.delete(id);
        });
      }
    },
    async export(id) {
      try {
        const { info, bytes } = await readWordTemplateBytes(id);
        const fileName = /\.docx$/i.test(info.importedFrom) ? info.importedFrom : `${info.id}.docx`;
        download(bytes, DOCX_TYPE, fileName);
        return { status: 'saved', path: fileName };
      } catch (error) {
        return { status: 'error', message: uiI18n.t('host.wordNotExported', { reason: reason(error) }) };
      }
    },
  };
}
