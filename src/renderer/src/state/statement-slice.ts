/**
 * Statement slice: the statement being worked on, what the extractors found in it, and the template.
 * Opening a statement (or a draft) replaces all of it together with the draft, and starts a fresh
 * undo history; if opening fails, nothing here changes and the notice says why.
 */
import type { StateCreator } from 'zustand';
import { composeBriefing } from '../../../core/compose/compose-briefing';
import { rememberedOfficer } from './officer-details';
import type { DraftFile } from '../../../core/draft/draft-file';
import { importText } from '../../../core/import/text-importer';
import type { Statement } from '../../../core/model/statement';
import type { StructuredStatement } from '../../../core/model/structured-statement';
import type { Template } from '../../../core/model/template';
import { listBuiltInTemplates, DEFAULT_TEMPLATE_ID, findBuiltInTemplate, templateForLanguage } from '../../../core/templates/template-loader';
import type { WordTemplateInfo } from '../../../core/templates/word-template-info';
import type { BriefwrightState, StoreMutators } from './store-types';
import { uiI18n } from '../i18n/ui-i18n';

export interface StatementSlice {
  readonly template: Template;
  /**
   * The Word template the note's DOCX is filled into, or null. The note is composed with its base
   * layout (`template`), which the preview and the PDF show.
   */
  readonly wordTemplate: WordTemplateInfo | null;
  readonly sourceName: string;
  readonly statement: Statement | null;
  readonly structured: StructuredStatement | null;
  /**
   * Replaces the statement and starts a new draft from it, with what the extractors (in the statement
   * worker) or a structured statement file (Briefwright JSON) made of it.
   */
  openStatement(statement: Statement, sourceName: string, structured: StructuredStatement): void;
  /**
   * Restores a saved draft exactly: its statement, its draft, its template. Resolves to what the officer
   * should know (its template or Word template is gone: a built-in layout stands in), or null. The
   * extractors load here on the first draft opened, not with the page: nothing else in the page runs
   * them (statements are extracted in the statement worker), and they are a third of the start-up script.
   */
  openDraftFile(draft: DraftFile): Promise<string | null>;
  /** Re-composes the draft from the statement with another template, built in or the officer's (a fresh undo history). */
  chooseTemplate(templateId: string): void;
  /** Lays the note out with a Word template's base layout and sends its DOCX through the template. */
  chooseWordTemplate(id: string): void;
}

export function defaultTemplate(): Template {
  const template = findBuiltInTemplate(DEFAULT_TEMPLATE_ID);
  if (!template) throw new Error(`The built-in template "${DEFAULT_TEMPLATE_ID}" is missing from this build.`);
  return template;
}

export { listBuiltInTemplates };

export const createStatementSlice =
  (initial: { statement: Statement; structured: StructuredStatement; sourceName: string }): StateCreator<BriefwrightState, StoreMutators, [], StatementSlice> =>
  (set, get) => {
    const { statement, structured } = initial;
    const template = templateForLanguage(defaultTemplate(), structured.language);
    return {
      template,
      wordTemplate: null,
      sourceName: initial.sourceName,
      statement,
      structured,
      openStatement(statement, sourceName, structured) {
        // A French statement opens the French note of the same kind, an English one the English (built-ins only).
        const template = templateForLanguage(get().template, structured.language);
        const wordTemplate = template === get().template ? get().wordTemplate : null;
        const briefing = composeBriefing(structured, template, { officer: rememberedOfficer() });
        set({ template, wordTemplate, statement, structured, sourceName, briefing, selectedItemId: null, exportStatus: { state: 'idle' }, dirty: false });
        get().resetHistory();
      },
      async openDraftFile(draft) {
        const { extractStatement } = await import('../../../core/extract/extract-statement');
        const warnings: string[] = [];
        let template = get().findTemplate(draft.template.id);
        if (!template) {
          // The note's sections and text are all in the draft; only page, typography and furniture come
          // from the template, so a built-in of the same language shows it faithfully enough to go on.
          template = (draft.briefing.language === 'fr' ? findBuiltInTemplate('note-information') : undefined) ?? defaultTemplate();
          warnings.push(uiI18n.t('drafts.missingTemplate', { id: draft.template.id, layout: template.name }));
        }
        const statement = importText(draft.statementText);
        const structured = extractStatement(statement);
        const wordTemplate = draft.wordTemplate ? (get().wordTemplates.find((candidate) => candidate.id === draft.wordTemplate!.id) ?? null) : null;
        set({ template, wordTemplate, statement, structured, sourceName: draft.sourceName, briefing: draft.briefing, selectedItemId: null, exportStatus: { state: 'idle' }, dirty: false });
        get().resetHistory();
        if (draft.wordTemplate && !wordTemplate) {
          warnings.push(uiI18n.t('drafts.missingWordTemplate', { name: draft.wordTemplate.name, layout: template.name }));
        }
        return warnings.length > 0 ? warnings.join(' ') : null;
      },
      chooseTemplate(templateId) {
        const template = get().findTemplate(templateId);
        const { structured } = get();
        if (!template || !structured) return;
        if (template === get().template) {
          if (get().wordTemplate) set({ wordTemplate: null, dirty: true });
          return;
        }
        set({ template, wordTemplate: null, briefing: composeBriefing(structured, template, { officer: rememberedOfficer() }), dirty: true });
        // The template is not in the undo history, so a draft from before it must not come back.
        get().resetHistory();
      },
      chooseWordTemplate(id) {
        const wordTemplate = get().wordTemplates.find((candidate) => candidate.id === id);
        const base = wordTemplate ? findBuiltInTemplate(wordTemplate.base) : undefined;
        if (!wordTemplate || !base) return;
        const { structured, template } = get();
        if (base !== template && structured) {
          set({ template: base, wordTemplate, briefing: composeBriefing(structured, base, { officer: rememberedOfficer() }), dirty: true });
          get().resetHistory();
        } else {
          set({ template: base, wordTemplate, dirty: get().wordTemplate?.id !== id || get().dirty });
        }
      },
    };
  };
