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
import { MAX_IMPORT_BYTES, MAX_STATEMENT_CHARS, sizeOverLimit } from '../limits';
import { ImportError, importTextBytes } from './text-importer';

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
  throw new ImportError(`${fileName} is not in a supported format (supported: ${supported})`);
}

function checkOutput(output: ImporterOutput, format: ImportFormat, fileName?: string): ImportedStatement {
  if (output.statement.text.trim() === '') throw new ImportError(`${fileName ?? 'The file'} contains no statement text`);
  if (output.statement.text.length > MAX_STATEMENT_CHARS) {
    throw new ImportError(`${fileName ?? 'The file'} holds more text than a statement can (${output.statement.text.length.toLocaleString('en')} characters; the limit is ${MAX_STATEMENT_CHARS.toLocaleString('en')})`);
  }
  const warnings = output.warnings ?? [];
  return output.structured ? { format, statement: output.statement, structured: output.structured, warnings } : { format, statement: output.statement, warnings };
}

/** Bytes of a statement file in any registered format → the imported statement. Throws ImportError. */
export async function importStatement(bytes: Uint8Array, fileName?: string): Promise<ImportedStatement> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(`${fileName ?? 'The file'} is too large to import (${sizeOverLimit(bytes.length, MAX_IMPORT_BYTES)})`);
  }
  if (bytes.length === 0) throw new ImportError(`${fileName ?? 'The file'} is empty`);
  const format = detectFormat(bytes, fileName);
  return checkOutput(await importers[format].importBytes(bytes, fileName), format, fileName);
}

/**
 * The synchronous path, for callers that hold plain text, HTML or JSON bytes (the eval script, the
 * renderer's paste box). DOCX and PDF parsing is asynchronous: use importStatement for those.
 */
export function importStatementBytes(bytes: Uint8Array, fileName?: string): Statement {
  const format = detectFormat(bytes, fileName);
  const output = importers[format].importBytes(bytes, fileName);
  if (output instanceof Promise) {
    output.catch(() => undefined); // the caller gets the error below, not an unhandled rejection
    throw new ImportError(`${fileName ?? 'The file'} is a ${format.toUpperCase()} file: it must be imported with importStatement`);
  }
  return checkOutput(output, format, fileName).statement;
}
