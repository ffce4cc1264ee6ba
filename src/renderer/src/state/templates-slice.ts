/**
 * Templates slice: the officer's own templates (loaded from the host's store), which one the
 * template editor has open, and the template the preview shows while it is being edited. Not
 * tracked by Undo; the store's host calls live in templates/template-actions.ts.
 */
import type { StateCreator } from 'zustand';
import { adoptTemplate } from '../../../core/compose/adopt-template';
import type { Template } from '../../../core/model/template';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { WordTemplateInfo } from '../../../core/templates/word-template-info';
import type { BriefwrightState, StoreMutators } from './store-types';

export interface TemplatesSlice {
  readonly userTemplates: readonly Template[];
  /** True once the host's stores have been read (successfully or not): drafts may name their templates. */
  readonly templatesLoaded: boolean;
  /** The officer's Word-authored templates (their .docx stays in the host's store). */
  readonly wordTemplates: readonly WordTemplateInfo[];
  /** Stored templates that could not be read, with why. */
  readonly templateProblems: readonly string[];
  /** The id of the template open in the editor, or null when the editor is closed. */
  readonly editingTemplateId: string | null;
  /** The editor's latest valid version: the preview shows the statement through it. */
  readonly editingTemplate: Template | null;
  setUserTemplates(templates: readonly Template[], problems?: readonly string[]): void;
  /** Puts a saved template in the list (replacing one with its id); the note follows if it uses it. */
  putUserTemplate(template: Template): void;
  removeUserTemplate(id: string): void;
  setWordTemplates(templates: readonly WordTemplateInfo[]): void;
  /** Puts an imported Word template in the list (replacing one with its id); the note follows if it uses it. */
  putWordTemplate(template: WordTemplateInfo): void;
  /** Takes a Word template off the list; a note using it goes back to exporting with its layout. */
  removeWordTemplate(id: string): void;
  openTemplateEditor(id: string): void;
  setEditingTemplate(template: Template): void;
  closeTemplateEditor(): void;
  /** A built-in or one of the officer's templates. */
  findTemplate(id: string): Template | undefined;
}

export const createTemplatesSlice: StateCreator<BriefwrightState, StoreMutators, [], TemplatesSlice> = (set, get) => {
  /** If the note uses this template, it takes the new version, keeping the officer's items. */
  const adoptInNote = (template: Template) => {
    const { template: current, briefing, structured } = get();
    if (current.id !== template.id || current === template) return;
    const sameSections = JSON.stringify(current.sections) === JSON.stringify(template.sections);
    if (sameSections || !briefing || !structured) set({ template });
    else set({ template, briefing: adoptTemplate(briefing, structured, template), dirty: true });
  };
  return {
    userTemplates: [],
    templatesLoaded: false,
    wordTemplates: [],
    templateProblems: [],
    editingTemplateId: null,
    editingTemplate: null,
    setUserTemplates: (templates, problems = []) => set({ userTemplates: [...templates].sort((a, b) => a.name.localeCompare(b.name)), templateProblems: problems }),
    putUserTemplate(template) {
      const others = get().userTemplates.filter((candidate) => candidate.id !== template.id);
      set({ userTemplates: [...others, template].sort((a, b) => a.name.localeCompare(b.name)) });
      // While the editor has it open, the note waits: it takes the template when the editor closes.
      if (get().editingTemplateId !== template.id) adoptInNote(template);
    },
    removeUserTemplate(id) {
      set({ userTemplates: get().userTemplates.filter((candidate) => candidate.id !== id) });
      if (get().editingTemplateId === id) set({ editingTemplateId: null, editingTemplate: null });
    },
    setWordTemplates: (templates) => set({ wordTemplates: [...templates].sort((a, b) => a.name.localeCompare(b.name)) }),
    putWordTemplate(template) {
      const others = get().wordTemplates.filter((candidate) => candidate.id !== template.id);
      set({ wordTemplates: [...others, template].sort((a, b) => a.name.localeCompare(b.name)) });
      if (get().wordTemplate?.id === template.id) get().chooseWordTemplate(template.id);
    },
    removeWordTemplate(id) {
      set({ wordTemplates: get().wordTemplates.filter((candidate) => candidate.id !== id) });
      if (get().wordTemplate?.id === id) set({ wordTemplate: null, dirty: get().briefing !== null });
    },
    openTemplateEditor(id) {
      const template = get().userTemplates.find((candidate) => candidate.id === id);
      if (template) set({ editingTemplateId: id, editingTemplate: template });
    },
    setEditingTemplate: (template) => set({ editingTemplate: template }),
    closeTemplateEditor() {
      const id = get().editingTemplateId;
      set({ editingTemplateId: null, editingTemplate: null });
      const saved = get().userTemplates.find((candidate) => candidate.id === id);
      if (saved) adoptInNote(saved);
    },
    findTemplate: (id) => findBuiltInTemplate(id) ?? get().userTemplates.find((candidate) => candidate.id === id),
  };
};
