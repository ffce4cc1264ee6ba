/**
 * A template store in memory, of the same shape as the hosts' (for component and store tests): it
 * validates and refuses as they do, and records what was exported.
 */
import type { Template } from '../../../core/model/template';
import { findBuiltInTemplate, parseTemplate } from '../../../core/templates/template-loader';
import type { TemplateStore } from '../host/host';

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
