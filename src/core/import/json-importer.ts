/**
 * JSON importer: a structured statement as Briefwright exports it (`*.structured.json`) → the
 * Statement it was extracted from plus the StructuredStatement itself, so an already-structured
 * statement (perhaps corrected by an officer) is loaded as is instead of being extracted again.
 *
 * The file's schema and its checks (structured-statement-file.ts, with the schema library) load only
 * when a JSON file is read: every other import, and every start of the CLI's `extract`, goes without
 * them (issue 16).
 */
import type { StatementImporter } from './importer-types';
import { decodeTextReporting, decodingNotices, decodingWarnings, importText } from './text-importer';

export const jsonImporter: StatementImporter = {
  extensions: ['.json'],
  sniff: (bytes) => /^\s*\{/.test(new TextDecoder('utf-8').decode(bytes.subarray(bytes[0] === 0xef ? 3 : 0, 64))),
  importBytes: async (bytes, fileName) => {
    const decoded = decodeTextReporting(bytes, fileName);
    const { parseStructuredStatement } = await import('./structured-statement-file');
    const file = parseStructuredStatement(decoded.text, fileName);
    return { statement: importText(file.statementText), structured: file.structured, warnings: decodingWarnings(decoded, fileName), notices: decodingNotices(decoded, fileName) };
  },
};
