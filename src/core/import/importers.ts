/**
 * The importer registry: one entry per input format, keyed by format name. `importStatementBytes`
 * picks the entry by file extension and never knows about a format itself, so adding HTML, DOCX or
 * PDF later is one importer file plus one line in `importers` (the Pandoc readers table, in small).
 */
import type { Statement } from '../model/statement';
import { ImportError, importTextBytes } from './text-importer';

export { ImportError } from './text-importer';

export interface StatementImporter {
  /** Lower-case extensions with the dot; '' stands for a file name without an extension. */
  readonly extensions: readonly string[];
  readonly importBytes: (bytes: Uint8Array, fileName?: string) => Statement;
}

export const importers = {
  text: { extensions: ['.txt', '.text', '.md', ''], importBytes: importTextBytes },
} as const satisfies Record<string, StatementImporter>;

export type ImportFormat = keyof typeof importers;

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The format that handles `fileName`, or null. Without a file name the input is taken as text. */
export function formatForFileName(fileName?: string): ImportFormat | null {
  const extension = fileName === undefined ? '' : extensionOf(fileName);
  for (const [format, importer] of Object.entries(importers) as Array<[ImportFormat, StatementImporter]>) {
    if (importer.extensions.includes(extension)) return format;
  }
  return null;
}

/** Bytes of a statement file → Statement, through the importer registered for its extension. */
export function importStatementBytes(bytes: Uint8Array, fileName?: string): Statement {
  const format = formatForFileName(fileName);
  if (format === null) {
    const supported = Object.values(importers)
      .flatMap((importer) => importer.extensions.filter((extension) => extension !== ''))
      .join(', ');
    throw new ImportError(`${fileName} is not in a supported format (supported: ${supported})`);
  }
  return importers[format].importBytes(bytes, fileName);
}
