/**
 * Limits on Word-authored templates, in a module of their own so the Node store and the CLI can
 * check a file's size before loading docx and the zip reader, which only a fill or an import needs.
 */

/** The largest .docx accepted as a template: letterheads with logos are well under it. */
export const MAX_WORD_TEMPLATE_BYTES = 10 * 1024 * 1024;
