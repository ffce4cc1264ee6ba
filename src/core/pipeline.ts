/**
 * The whole pipeline in one call for callers that need no editing step (CLI, batch, tests):
 * Statement → StructuredStatement → Briefing → DocModel.
 */
import { composeBriefingWithCuts, type ComposeOptions } from './compose/compose-briefing';
import { extractStatement } from './extract/extract-statement';
import { applyTemplate } from './layout/apply-template';
import type { Briefing, BriefingMetadata } from './model/briefing';
import type { DocModel } from './model/doc-model';
import type { Statement } from './model/statement';
import type { StructuredStatement } from './model/structured-statement';
import type { Template } from './model/template';
import type { UserMessage } from './i18n/user-message';

export interface NoteOptions extends ComposeOptions {
  /** Overrides of the draft's metadata (classification, prepared by, …). */
  readonly metadata?: Partial<BriefingMetadata>;
  /**
   * The statement's structure when the file already held one (a Briefwright JSON statement, perhaps
   * corrected by an officer): used as it is. Extracting again would silently replace the corrections.
   */
  readonly structured?: StructuredStatement;
}

export interface Note {
  readonly structured: StructuredStatement;
  readonly briefing: Briefing;
  readonly doc: DocModel;
  /** What was left out to keep the note within its bounds, one sentence each (core/limits.ts); usually empty. */
  readonly cuts: readonly string[];
  /** The same, as messages to show in the reader's language (describe). */
  readonly cutNotices: readonly UserMessage[];
}

export function buildNote(statement: Statement, template: Template, options: NoteOptions = {}): Note {
  const structured = options.structured ?? extractStatement(statement);
  const { briefing: composed, cuts, cutNotices } = composeBriefingWithCuts(structured, template, options);
  const briefing: Briefing = { ...composed, metadata: { ...composed.metadata, ...options.metadata } };
  return { structured, briefing, doc: applyTemplate(briefing, template, statement), cuts, cutNotices };
}
