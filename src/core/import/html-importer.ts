/**
 * HTML importer: a web page saved from a government site → Statement. The page is reduced to its
 * main content by html-text.ts (title, dateline, paragraphs, lists; no navigation, scripts, styles,
 * headers, footers or asides; entities decoded) and that text goes through importText, so offsets
 * point into the text the officer sees in the source view.
 */
import type { StatementImporter } from './importer-types';
import { htmlToStatementText } from './html-text';
import { decodeTextReporting, decodingNotices, decodingWarnings, importText } from './text-importer';

/** "<!doctype html", "<html", "<head", "<body", "<meta", "<p", "<div" … after optional whitespace or a comment. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|main|article|section|div|p|h[1-6])[\s>]/i;

export const htmlImporter: StatementImporter = {
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: (bytes) => HTML_START.test(new TextDecoder('utf-8').decode(bytes.subarray(bytes[0] === 0xef ? 3 : 0, 1024))),
  importBytes: (bytes, fileName) => {
    const decoded = decodeTextReporting(bytes, fileName);
    return { statement: importText(htmlToStatementText(decoded.text).text), warnings: decodingWarnings(decoded, fileName), notices: decodingNotices(decoded, fileName) };
  },
};
