/**
 * The importer registry: one entry per input format, keyed by format name. `importStatement` picks
 * the entry by content first and by file extension second, and never knows about a format itself,
 * so adding a format is one importer file plus one line in `importers` (the Pandoc readers table,
 * in small).
 *
 * Why content first: files arrive renamed, without extensions (standard input) or saved with the
 * wrong one ("statement.txt" that is really a web page). Binary signatures (PK for DOCX, %PDF) are
 * decisive; the text formats are told apart by extension when there is one, and by their first
 * character ('<' HTML, '{' JSON) when there is none.
 */
import type { Statement } from '../model/statement';
import type { StructuredStatement } from '../model/structured-statement';
import { docxImporter } from './docx-importer';
import { htmlImporter } from './html-importer';
import type { ImporterOutput, StatementImporter } from './importer-types';
import { jsonImporter } from './json-importer';
import { pdfImporter } from './pdf-importer';
import { MAX_IMPORT_BYTES, MAX_STATEMENT_CHARS, sizeOverLimitMessage } from '../limits';
import { nameOrTheFile, userMessage, type UserMessage } from '../i18n/user-message';
import { ImportError, importText, importTextBytes } from './text-importer';

export { ImportError } from './text-importer';
export type { StatementImporter } from './importer-types';

const textImporter: StatementImporter = {
  extensions: ['.txt', '.text', '.md', ''],
  sniff: () => false, // text is what is left when no signature matches
  importBytes: (bytes, fileName) => importTextBytes(bytes, fileName),
};

/** In sniffing order: binary signatures before the text formats. */
export const importers = {
  docx: docxImporter,
  pdf: pdfImporter,
  html: htmlImporter,
  json: jsonImporter,
  text: textImporter,
} as const satisfies Record<string, StatementImporter>;

export type ImportFormat = keyof typeof importers;

const BINARY_FORMATS: ReadonlySet<ImportFormat> = new Set(['docx', 'pdf']);

export interface ImportedStatement {
  readonly format: ImportFormat;
  readonly statement: Statement;
  /** Present when the file already is a structured statement (Briefwright JSON): nothing to extract. */
  readonly structured?: StructuredStatement;
  /** What the user should know about the import (characters that could not be decoded). */
  readonly warnings: readonly string[];
  /** The same warnings as messages, to show in the reader's language (describe). */
  readonly notices: readonly UserMessage[];
}

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

const entries = Object.entries(importers) as Array<[ImportFormat, StatementImporter]>;

/** The format that handles `fileName` by its extension, or null. Without a file name the input is taken as text. */
export function formatForFileName(fileName?: string): ImportFormat | null {
  const extension = fileName === undefined ? '' : extensionOf(fileName);
  return entries.find(([, importer]) => importer.extensions.includes(extension))?.[0] ?? null;
}

/** The format whose signature the bytes carry, or null. */
export function formatForContent(bytes: Uint8Array): ImportFormat | null {
  return entries.find(([, importer]) => importer.sniff(bytes))?.[0] ?? null;
}

/**
 * Content decides for binary signatures; then a known extension; then the text signatures ('<', '{')
 * for files with no extension or an unknown one. A .docx or .pdf without its signature is refused
 * (the importer says what it found) rather than read as text.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): ImportFormat {
  const byContent = formatForContent(bytes);
  if (byContent !== null && BINARY_FORMATS.has(byContent)) return byContent;
  const byName = formatForFileName(fileName);
  const extension = fileName === undefined ? '' : extensionOf(fileName);
  if (byName !== null && extension !== '') return byName;
  if (byContent !== null) return byContent;
  if (byName !== null) return byName;
  const supported = entries.flatMap(([, importer]) => importer.extensions.filter((e) => e !== '')).join(', ');
  throw new ImportError(userMessage('import.unsupportedFormat', { name: nameOrTheFile(fileName), supported }));
}

function checkOutput(output: ImporterOutput, format: ImportFormat, fileName?: string): ImportedStatement {
  if (output.statement.text.trim() === '') throw new ImportError(userMessage('import.noText', { name: nameOrTheFile(fileName) }));
  if (output.statement.text.length > MAX_STATEMENT_CHARS) {
    throw new ImportError(userMessage('import.tooMuchText', { name: nameOrTheFile(fileName), count: output.statement.text.length, limit: MAX_STATEMENT_CHARS }));
  }
  const warnings = output.warnings ?? [];
  const notices = output.notices ?? [];
  return output.structured ? { format, statement: output.statement, structured: output.structured, warnings, notices } : { format, statement: output.statement, warnings, notices };
}

/** Bytes of a statement file in any registered format → the imported statement. Throws ImportError. */
export async function importStatement(bytes: Uint8Array, fileName?: string): Promise<ImportedStatement> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(userMessage('import.tooLarge', { name: nameOrTheFile(fileName), size: sizeOverLimitMessage(bytes.length, MAX_IMPORT_BYTES) }));
  }
  if (bytes.length === 0) throw new ImportError(userMessage('import.empty', { name: nameOrTheFile(fileName) }));
  const format = detectFormat(bytes, fileName);
  return checkOutput(await importers[format].importBytes(bytes, fileName), format, fileName);
}

/**
 * Text the officer pasted: no encoding or format to detect, but the same checks as a file (some text,
 * not over the statement limit). `name` stands for it in messages.
 */
export function importPastedText(text: string, name?: string): ImportedStatement {
  return checkOutput({ statement: importText(text) }, 'text', name);
}

/**
 * The synchronous path, for callers that hold plain text or HTML bytes (the eval script). DOCX and PDF
 * parsing, and a structured-statement JSON file (its schema loads on first use), are asynchronous: use
 * importStatement for those.
 */
export function importStatementBytes(bytes: Uint8Array, fileName?: string): Statement {
  const format = detectFormat(bytes, fileName);
  const output = importers[format].importBytes(bytes, fileName);
  if (output instanceof Promise) {
    output.catch(() => undefined); // the caller gets the error below, not an unhandled rejection
    throw new ImportError(userMessage('import.needsAsync', { name: nameOrTheFile(fileName), format: format.toUpperCase() }));
  }
  return checkOutput(output, format, fileName).statement;
}
