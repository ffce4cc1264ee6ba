/** Messages between `render --batch` and its worker threads (structured-clone plain data). */
import type { BriefingMetadata } from '../core/model/briefing';
import type { Template } from '../core/model/template';
import type { OutputTarget } from './write-note-files';
import type { UserMessage } from '../core/i18n/user-message';

export interface BatchJob {
  readonly id: number;
  readonly input: string;
  readonly targets: readonly OutputTarget[];
  readonly template: Template;
  /** With no --template: the note of the same kind in each language, chosen by the statement's. */
  readonly templateByLanguage?: Readonly<Record<Template['language'], Template>>;
  readonly metadata: Partial<BriefingMetadata>;
}

/** Given to each worker once (workerData): the Word template every note's DOCX fills, if any. */
export interface BatchWorkerData {
  readonly wordTemplate?: { readonly bytes: Uint8Array; readonly label: string };
}

export type BatchResult =
  // Messages, not text: the main thread prints them in the CLI's language.
  | { readonly id: number; readonly ok: true; readonly written: readonly string[]; readonly warnings: readonly UserMessage[] }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly userMessage?: UserMessage };
