/**
 * The structured-statement file (`*.structured.json`): a structured statement as Briefwright exports
 * it, with the Statement text it was extracted from, written by serializeStructuredStatement and read
 * back by parseStructuredStatement (through the JSON importer, json-importer.ts).
 *
 * The file is versioned like the draft file: `format` names it, `formatVersion` lets a later release
 * migrate older files, and a file from a newer release is refused with a message that says so. The
 * content is validated with the model's zod schema, and every source offset must lie inside the
 * statement text, since the editor uses them to link an item to its sentence.
 */
import { z } from 'zod';
import { structuredStatementSchema, type StructuredStatement } from '../model/structured-statement';
import { ImportError } from './text-importer';
import { userMessage, type MessageParam } from '../i18n/user-message';

export const STRUCTURED_STATEMENT_FORMAT = 'briefwright-structured-statement';
export const STRUCTURED_STATEMENT_FORMAT_VERSION = 1;

const structuredStatementFileSchema = z.object({
  format: z.literal(STRUCTURED_STATEMENT_FORMAT),
  formatVersion: z.number().int().positive(),
  sourceName: z.string().max(1_000).nullable().optional(),
  statementText: z.string().max(10_000_000),
  structured: structuredStatementSchema,
});

export interface StructuredStatementFile {
  readonly sourceName?: string | null;
  readonly statementText: string;
  readonly structured: StructuredStatement;
}

/** The JSON text of a structured-statement file (the export the JSON importer reads back). */
export function serializeStructuredStatement(file: StructuredStatementFile): string {
  return `${JSON.stringify({ format: STRUCTURED_STATEMENT_FORMAT, formatVersion: STRUCTURED_STATEMENT_FORMAT_VERSION, ...file }, null, 2)}\n`;
}

function outOfBounds(structured: StructuredStatement, length: number): string | null {
  const groups = { participants: structured.participants, quotes: structured.quotes, condemnations: structured.condemnations, initiatives: structured.initiatives };
  for (const [group, items] of Object.entries(groups)) {
    for (const [index, item] of items.entries()) {
      if (item.source.start > item.source.end || item.source.end > length) return `${group}.${index}.source`;
    }
  }
  return null;
}

export function parseStructuredStatement(json: string, fileName: MessageParam = userMessage('common.theFile')): StructuredStatementFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError(userMessage('import.jsonInvalid', { name: fileName }));
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (record.format !== STRUCTURED_STATEMENT_FORMAT) {
    throw new ImportError(userMessage('import.jsonNotStructured', { name: fileName, format: STRUCTURED_STATEMENT_FORMAT }));
  }
  const version = record.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ImportError(userMessage('import.jsonNoVersion', { name: fileName }));
  if (version > STRUCTURED_STATEMENT_FORMAT_VERSION) {
    throw new ImportError(userMessage('import.jsonNewer', { name: fileName, version, supported: STRUCTURED_STATEMENT_FORMAT_VERSION }));
  }
  // Version 1 is the first: a version 2 adds its migration from 1 here, before validation.
  const parsed = structuredStatementFileSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(
      issue && issue.path.length > 0 ? userMessage('import.jsonNotValidAt', { name: fileName, path: issue.path.join('.') }) : userMessage('import.jsonNotValid', { name: fileName }),
    );
  }
  const file = parsed.data as StructuredStatementFile;
  const bad = outOfBounds(file.structured, file.statementText.length);
  if (bad) throw new ImportError(userMessage('import.jsonOffsets', { name: fileName, path: bad }));
  return file;
}
