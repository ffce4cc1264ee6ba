/**
 * The shape every importer has, kept apart from the registry so importer files and importers.ts do
 * not import each other (the registry imports the importers, never the reverse).
 */
import type { Statement } from '../model/statement';
import type { StructuredStatement } from '../model/structured-statement';
import type { UserMessage } from '../i18n/user-message';

export interface ImporterOutput {
  readonly statement: Statement;
  /** Present when the file already is a structured statement (Briefwright JSON): nothing to extract. */
  readonly structured?: StructuredStatement;
  /** What the user should know about the import (characters that could not be decoded). */
  readonly warnings?: readonly string[];
  /** The same warnings as messages, to show in the reader's language (describe). */
  readonly notices?: readonly UserMessage[];
}

export interface StatementImporter {
  /** Lower-case extensions with the dot; '' stands for a file name without an extension. */
  readonly extensions: readonly string[];
  /** True when the first bytes carry this format's signature (PK, %PDF, an HTML tag, a JSON object). */
  readonly sniff: (bytes: Uint8Array) => boolean;
  /** Throws ImportError with a one-line message the officer can act on. */
  readonly importBytes: (bytes: Uint8Array, fileName?: string) => ImporterOutput | Promise<ImporterOutput>;
}
