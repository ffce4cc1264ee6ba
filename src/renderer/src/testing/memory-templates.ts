/**
 * A template store in memory, of the same shape as the hosts' (for component and store tests): it
 * validates and refuses as they do, and records what was exported.
 */
import type { Template } from '../../../core/model/template';
import { findBuiltInTemplate, parseTemplate } from '../../../core/templates/template-loader';
import { wordTemplateInfoSchema, type WordTemplateInfo } from '../../../core/templates/word-template-info';
import type { TemplateStore, WordTemplateStore } from '../host/host';

export interface MemoryTemplates extends TemplateStore {
  readonly records: Map<string, Template>;
  readonly exported: string[];
}

export function createMemoryTemplates(initial: readonly Template[] = []): MemoryTemplates {
  const records = new Map(initial.map((template) => [template.id, template]));
  const exported: string[] = [];
  return {
    records,
    exported,
    async list() {
      return { templates: [...records.values()].sort((a, b) => a.id.localeCompare(b.id)), problems: [] };
    },
    async save(template, { replace }) {
      try {
        const checked = parseTemplate(template, 'The template');
        if (findBuiltInTemplate(checked.id)) return { status: 'error', message: 'built-in id' };
        if (!replace && records.has(checked.id)) return { status: 'exists' };
        records.set(checked.id, checked);
        return { status: 'saved' };
      } catch (error) {
        return { status: 'error', message: (error as Error).message };
      }
    },
    async delete(id) {
      records.delete(id);
    },
    async export(id) {
      exported.push(id);
      return { status: 'saved', path: `${id}.briefwright-template.json` };
    },
  };
}

export interface MemoryWordTemplates extends WordTemplateStore {
  readonly records: Map<string, { info: WordTemplateInfo; bytes: Uint8Array }>;
}

/** Word templates in memory, checked and refused as the hosts do (the bytes are kept, not read). */
export function createMemoryWordTemplates(): MemoryWordTemplates {
  const records = new Map<string, { info: WordTemplateInfo; bytes: Uint8Array }>();
  return {
    records,
    async list() {
      return { templates: [...records.values()].map((record) => record.info), problems: [] };
    },
    async import({ info, bytes }, { replace }) {
      const parsed = wordTemplateInfoSchema.safeParse(info);
      if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'invalid' };
      if (!replace && records.has(parsed.data.id)) return { status: 'exists' };
      records.set(parsed.data.id, { info: parsed.data, bytes });
      return { status: 'saved' };
    },
    async rename(id, name) {
      const record = records.get(id);
      if (!record) return { status: 'error', message: 'gone' };
      records.set(id, { ...record, info: { ...record.info, name } });
      return { status: 'saved' };
    },
    async delete(id) {
      records.delete(id);
    },
    async export(id) {
      return { status: 'saved', path: `${id}.docx` };
    },
  };
}
