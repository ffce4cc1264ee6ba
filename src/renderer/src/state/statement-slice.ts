/**
 * Statement slice: the statement being worked on, what the extractors found in it, and the template.
 * Opening a statement (or a draft) replaces all of it together with the draft, and starts a fresh
 * undo history; if opening fails, nothing here changes and the notice says why.
 */
import type { StateCreator } from 'zustand';
import { composeBriefing } from '../../../core/compose/compose-briefing';
import type { DraftFile } from '../../../core/draft/draft-file';
import { extractStatement } from '../../../core/extract/extract-statement';
import { importText } from '../../../core/import/text-importer';
import type { Statement } from '../../../core/model/statement';
import type { StructuredStatement } from '../../../core/model/structured-statement';
import type { Template } from '../../../core/model/template';
import { builtInTemplates, DEFAULT_TEMPLATE_ID, findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { BriefwrightState, StoreMutators } from './store-types';

export interface StatementSlice {
  readonly template: Template;
  readonly sourceName: string;
  readonly statement: Statement | null;
  readonly structured: StructuredStatement | null;
  /**
   * Replaces the statement and starts a new draft from it. `structured` is given when the file
   * already was a structured statement (Briefwright JSON); otherwise the extractors run.
   */
  openStatement(statement: Statement, sourceName: string, structured?: StructuredStatement): void;
  /** Restores a saved draft exactly: its statement, its draft, its template. */
  openDraftFile(draft: DraftFile): void;
  /** Re-composes the draft from the statement with another template, built in or the officer's (a fresh undo history). */
  chooseTemplate(templateId: string): void;
}

export function defaultTemplate(): Template {
  const template = findBuiltInTemplate(DEFAULT_TEMPLATE_ID);
  if (!template) throw new Error(`The built-in template "${DEFAULT_TEMPLATE_ID}" is missing from this build.`);
  return template;
}

export { builtInTemplates };

export const createStatementSlice =
  (initial: { text: string; sourceName: string }): StateCreator<BriefwrightState, StoreMutators, [], StatementSlice> =>
  (set, get) => {
    const template = defaultTemplate();
    const statement = importText(initial.text);
    const structured = extractStatement(statement);
    return {
      template,
      sourceName: initial.sourceName,
      statement,
      structured,
      openStatement(statement, sourceName, given) {
        const structured = given ?? extractStatement(statement);
        const briefing = composeBriefing(structured, get().template);
        set({ statement, structured, sourceName, briefing, selectedItemId: null, exportStatus: { state: 'idle' }, dirty: false });
        get().resetHistory();
      },
      openDraftFile(draft) {
        const template = get().findTemplate(draft.template.id);
        if (!template) throw new Error(`the draft uses the template "${draft.template.id}", which is neither built in nor among your templates`);
        const statement = importText(draft.statementText);
        const structured = extractStatement(statement);
        set({ template, statement, structured, sourceName: draft.sourceName, briefing: draft.briefing, selectedItemId: null, exportStatus: { state: 'idle' }, dirty: false });
        get().resetHistory();
      },
      chooseTemplate(templateId) {
        const template = get().findTemplate(templateId);
        const { structured } = get();
        if (!template || !structured || template === get().template) return;
        set({ template, briefing: composeBriefing(structured, template), dirty: true });
        // The template is not in the undo history, so a draft from before it must not come back.
        get().resetHistory();
      },
    };
  };
