/**
 * Limits on Word-authored templates, in a module of their own so the Node store and the CLI can
 * check a file's size before loading docx and the zip reader, which only a fill or an import needs.
 * The values are defined with every other limit in core/limits.ts.
 */
export { MAX_WORD_TEMPLATE_BYTES, MAX_WORD_TEMPLATE_UNPACKED_BYTES, MAX_WORD_TEMPLATE_XML_BYTES } from '../limits';
