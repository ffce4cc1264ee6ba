/**
 * Document slice: the statement being worked on and what the pipeline made of it — the structured
 * statement and the draft briefing — plus the template in use. Opening a statement runs the whole
 * front of the pipeline; if it fails, the previous document stays and the error is shown.
 */
import type { StateCreator } from 'zustand';
import { composeBriefing } from '../../../core/compose/compose-briefing';
import { extractStatement } from '../../../core/extract/extract-statement';
import { importText } from '../../../core/import/text-importer';
import type { Briefing } from '../../../core/model/briefing';
import type { Statement } from '../../../core/model/statement';
import type { StructuredStatement } from '../../../core/model/structured-statement';
import type { Template } from '../../../core/model/template';
import { DEFAULT_TEMPLATE_ID, findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { BriefwrightState } from './store';

export interface OpenDocument {
  readonly sourceName: string;
  readonly statement: Statement;
  readonly structured: StructuredStatement;
  readonly briefing: Briefing;
}

export interface DocumentSlice {
  readonly template: Template;
  readonly document: OpenDocument | null;
  /** Why the last statement could not be opened, or null. */
  readonly openError: string | null;
  openStatementText(text: string, sourceName: string): void;
}

function defaultTemplate(): Template {
  const template = findBuiltInTemplate(DEFAULT_TEMPLATE_ID);
  if (!template) throw new Error(`The built-in template "${DEFAULT_TEMPLATE_ID}" is missing from this build.`);
  return template;
}

/** Statement → StructuredStatement → Briefing, all pure core calls. */
export function openDocument(text: string, sourceName: string, template: Template): OpenDocument {
  const statement = importText(text);
  const structured = extractStatement(statement);
  const briefing = composeBriefing(structured, template);
  return { sourceName, statement, structured, briefing };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createDocumentSlice(initial: { text: string; sourceName: string }): StateCreator<BriefwrightState, [], [], DocumentSlice> {
  return (set, get) => {
    const template = defaultTemplate();
    let document: OpenDocument | null = null;
    let openError: string | null = null;
    try {
      document = openDocument(initial.text, initial.sourceName, template);
    } catch (error) {
      openError = `${initial.sourceName} could not be opened: ${describe(error)}`;
    }
    return {
      template,
      document,
      openError,
      openStatementText(text, sourceName) {
        try {
          set({ document: openDocument(text, sourceName, get().template), openError: null, exportStatus: { state: 'idle' } });
        } catch (error) {
          set({ openError: `${sourceName} could not be opened: ${describe(error)}` });
        }
      },
    };
  };
}
