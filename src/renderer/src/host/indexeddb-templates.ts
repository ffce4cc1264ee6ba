/**
 * The browser host's template store: one IndexedDB record per template, keyed by its id, in the
 * same database as the autosave. Records are validated when read, as files are on the desktop, so a
 * damaged record is reported rather than used. Export downloads the template as a file.
 */
import { findBuiltInTemplate, parseTemplate } from '../../../core/templates/template-loader';
import { TEMPLATE_FILE_SUFFIX, TEMPLATE_ID_PATTERN } from '../../../core/templates/template-library';
import type { Template } from '../../../core/model/template';
import type { TemplateStore } from './host';
import { runInStore } from './indexeddb-autosave';
import { uiI18n } from '../i18n/ui-i18n';

const STORE = 'templates';

const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => runInStore(STORE, mode, action);

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createIndexedDbTemplates(download: (bytes: Uint8Array, mimeType: string, fileName: string) => void): TemplateStore {
  const available = typeof indexedDB !== 'undefined';
  const unavailable = () => uiI18n.t('host.noStorage');

  async function find(id: string): Promise<Template | undefined> {
    const record = await run('readonly', (store) => store.get(id) as IDBRequest<unknown>);
    return record === undefined ? undefined : parseTemplate(record, `The stored template "${id}"`);
  }

  return {
    async list() {
      if (!available) return { templates: [], problems: [] };
      try {
        const [keys, records] = await Promise.all([
          run('readonly', (store) => store.getAllKeys()),
          run('readonly', (store) => store.getAll() as IDBRequest<unknown[]>),
        ]);
        const templates: Template[] = [];
        const problems: string[] = [];
        records.forEach((record, index) => {
          try {
            templates.push(parseTemplate(record, `The stored template "${String(keys[index])}"`));
          } catch (error) {
            problems.push(reason(error));
          }
        });
        return { templates: templates.sort((a, b) => a.id.localeCompare(b.id)), problems };
      } catch (error) {
        return { templates: [], problems: [uiI18n.t('host.templatesUnreadable', { reason: reason(error) })] };
      }
    },
    async save(template, { replace }) {
      if (!available) return { status: 'error', message: `${uiI18n.t('host.templateNotSaved', { reason: unavailable() })}.` };
      try {
        const checked = parseTemplate(template, 'The template');
        if (!TEMPLATE_ID_PATTERN.test(checked.id) || findBuiltInTemplate(checked.id)) {
          return { status: 'error', message: `${uiI18n.t('host.templateNotSaved', { reason: uiI18n.t('host.builtInId', { id: checked.id }) })}.` };
        }
        if ((await runInStore('word-templates', 'readonly', (store) => store.count(checked.id))) > 0) {
          return { status: 'error', message: `${uiI18n.t('host.templateNotSaved', { reason: uiI18n.t('host.wordTemplateHasId', { id: checked.id }) })}.` };
        }
        if (!replace && (await run('readonly', (store) => store.count(checked.id))) > 0) return { status: 'exists' };
        await run('readwrite', (store) => store.put(checked, checked.id));
        return { status: 'saved' };
      } catch (error) {
        return { status: 'error', message: uiI18n.t('host.templateNotSaved', { reason: reason(error) }) };
      }
    },
    async delete(id) {
      if (findBuiltInTemplate(id)) throw new Error(`"${id}" is a built-in template and cannot be deleted`);
      if (available) await run('readwrite', (store) => store.delete(id));
    },
    async export(id) {
      try {
        const template = findBuiltInTemplate(id) ?? (available ? await find(id) : undefined);
        if (!template) return { status: 'error', message: uiI18n.t('host.templateGone', { id }) };
        const fileName = `${template.id}${TEMPLATE_FILE_SUFFIX}`;
        download(new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`), 'application/json', fileName);
        return { status: 'saved', path: fileName };
      } catch (error) {
        return { status: 'error', message: uiI18n.t('host.templateNotExported', { reason: reason(error) }) };
      }
    },
  };
}
