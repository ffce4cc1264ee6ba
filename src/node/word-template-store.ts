/**
 * The officer's Word-authored templates on disk, beside the JSON ones in the templates folder:
 *
 *   <id>.briefwright-word-template.json   what it is: id, name, base layout, placeholders, its .docx
 *   <id>.<sha256:12>.docx                 the department's document, byte for byte as imported
 *
 * The .docx name carries a hash of its bytes, so importing over a template (--replace) writes the
 * new document beside the old one and only then switches the JSON file to it: a failure at any step
 * leaves the existing template whole. The JSON file has its own suffix, so JSON-template readers
 * (this CLI's and the app's) never mistake it for a broken template.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { WORD_TEMPLATE_ID_PATTERN } from '../core/templates/word-template-info';
import { MAX_WORD_TEMPLATE_BYTES } from '../core/templates/word-template-limits';
import { writeFileAtomic } from './atomic-write';
import { MessageError } from '../core/i18n/describe';
import { userMessage } from '../core/i18n/user-message';
import { TEMPLATE_FILE_SUFFIX, templatesFolder } from './data-folder';

export const WORD_TEMPLATE_FILE_SUFFIX = '.briefwright-word-template.json';

export const wordTemplateRecordSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('word'),
  id: z.string().regex(WORD_TEMPLATE_ID_PATTERN),
  name: z.string().min(1).max(80),
  /** The built-in layout the note is composed with, and the PDF drawn with. */
  base: z.string().regex(WORD_TEMPLATE_ID_PATTERN),
  /** The .docx beside this file: `<id>.<hash>.docx`, never a path. */
  docx: z.string().regex(/^[a-z0-9-]+\.[0-9a-f]{12}\.docx$/),
  importedFrom: z.string(),
  placeholders: z.array(z.string()),
});
export type WordTemplateRecord = z.infer<typeof wordTemplateRecordSchema>;

export interface StoredWordTemplate {
  readonly record: WordTemplateRecord;
  readonly docxFile: string;
}

export class WordTemplateStoreError extends MessageError {
  override name = 'WordTemplateStoreError';
}

/** A file inside the templates folder, or an error: nothing is ever read or written outside it. */
function fileInFolder(name: string): string {
  const folder = path.resolve(templatesFolder());
  const file = path.resolve(folder, name);
  if (path.dirname(file) !== folder) throw new WordTemplateStoreError(userMessage('store.outsideFolder', { name }));
  return file;
}

export function isTemplateId(id: string): boolean {
  return WORD_TEMPLATE_ID_PATTERN.test(id);
}

async function readRecord(file: string): Promise<StoredWordTemplate> {
  const bytes = await readFile(file);
  if (bytes.length > 1024 * 1024) throw new WordTemplateStoreError(userMessage('store.recordTooLarge', { file }));
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new WordTemplateStoreError(userMessage('store.recordNotJson', { file, detail: (error as Error).message }));
  }
  const parsed = wordTemplateRecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WordTemplateStoreError(
      issue && issue.path.length > 0
        ? userMessage('store.recordInvalidAt', { file, path: issue.path.join('.'), detail: issue.message })
        : userMessage('store.recordInvalid', { file, detail: issue?.message ?? 'invalid' }),
    );
  }
  if (`${parsed.data.id}${WORD_TEMPLATE_FILE_SUFFIX}` !== path.basename(file)) throw new WordTemplateStoreError(userMessage('store.recordWrongId', { file, id: parsed.data.id }));
  return { record: parsed.data, docxFile: fileInFolder(parsed.data.docx) };
}

export async function findStoredWordTemplate(id: string): Promise<StoredWordTemplate | undefined> {
  if (!isTemplateId(id)) return undefined;
  try {
    return await readRecord(fileInFolder(`${id}${WORD_TEMPLATE_FILE_SUFFIX}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function listStoredWordTemplates(): Promise<{ templates: StoredWordTemplate[]; problems: string[] }> {
  const names = await readdir(templatesFolder()).catch(() => [] as string[]);
  const templates: StoredWordTemplate[] = [];
  const problems: string[] = [];
  for (const name of names.filter((entry) => entry.endsWith(WORD_TEMPLATE_FILE_SUFFIX)).sort()) {
    try {
      templates.push(await readRecord(fileInFolder(name)));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { templates, problems };
}

/** The stored .docx's bytes; a missing or oversized file is an error that names it. */
export async function readStoredWordTemplate(stored: StoredWordTemplate): Promise<Uint8Array> {
  const bytes = await readFile(stored.docxFile).catch((error: NodeJS.ErrnoException) => {
    throw new WordTemplateStoreError(
      error.code === 'ENOENT'
        ? userMessage('store.wordLostDocument', { id: stored.record.id, file: stored.docxFile })
        : userMessage('store.cannotReadFile', { file: stored.docxFile, reason: error.message }),
    );
  });
  if (bytes.length > MAX_WORD_TEMPLATE_BYTES) throw new WordTemplateStoreError(userMessage('store.wordTooLarge', { file: stored.docxFile, megabytes: MAX_WORD_TEMPLATE_BYTES / 1024 / 1024 }));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export interface NewWordTemplate {
  readonly id: string;
  readonly name: string;
  readonly base: string;
  readonly bytes: Uint8Array;
  readonly importedFrom: string;
  readonly placeholders: readonly string[];
}

/**
 * Stores a checked Word template. Refuses an id that a built-in or a JSON template has, and one a
 * Word template has unless `replace`. Returns the record file written.
 */
export async function saveWordTemplate(template: NewWordTemplate, options: { replace?: boolean } = {}): Promise<string> {
  const { id } = template;
  if (!isTemplateId(id)) throw new WordTemplateStoreError(userMessage('store.wordNotAnId', { id }));
  if (findBuiltInTemplate(id)) throw new WordTemplateStoreError(userMessage('store.wordBuiltInId', { id }));
  const recordFile = fileInFolder(`${id}${WORD_TEMPLATE_FILE_SUFFIX}`);
  const jsonTemplateFile = fileInFolder(`${id}${TEMPLATE_FILE_SUFFIX}`);
  if (await readFile(jsonTemplateFile).then(() => true, () => false)) {
    throw new WordTemplateStoreError(userMessage('store.jsonHasId', { id, file: jsonTemplateFile }));
  }
  const previous = await findStoredWordTemplate(id).catch(() => undefined);
  const exists = previous !== undefined || (await readFile(recordFile).then(() => true, () => false));
  if (exists && !options.replace) throw new WordTemplateStoreError(userMessage('store.exists', { id, file: recordFile }));

  const hash = createHash('sha256').update(template.bytes).digest('hex').slice(0, 12);
  const record: WordTemplateRecord = {
    schemaVersion: 1,
    kind: 'word',
    id,
    name: template.name,
    base: template.base,
    docx: `${id}.${hash}.docx`,
    importedFrom: template.importedFrom,
    placeholders: [...template.placeholders],
  };
  wordTemplateRecordSchema.parse(record);
  const docxFile = fileInFolder(record.docx);
  const sameDocument = previous?.docxFile === docxFile;
  await mkdir(path.dirname(recordFile), { recursive: true });
  await writeFileAtomic(docxFile, template.bytes);
  try {
    await writeFileAtomic(recordFile, `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    if (!sameDocument) await rm(docxFile, { force: true });
    throw error;
  }
  if (previous && !sameDocument) await rm(previous.docxFile, { force: true });
  return recordFile;
}

/** Renames a Word template: its record is rewritten (atomically); its id and document stay. */
export async function renameStoredWordTemplate(id: string, name: string): Promise<void> {
  const stored = await findStoredWordTemplate(id);
  if (!stored) throw new WordTemplateStoreError(userMessage('store.wordGone', { id }));
  const record = wordTemplateRecordSchema.parse({ ...stored.record, name });
  await writeFileAtomic(fileInFolder(`${id}${WORD_TEMPLATE_FILE_SUFFIX}`), `${JSON.stringify(record, null, 2)}\n`);
}

/** Deletes a Word template: its record first (so it is gone from every list), then its document. */
export async function deleteStoredWordTemplate(id: string): Promise<void> {
  if (!isTemplateId(id)) throw new WordTemplateStoreError(userMessage('store.wordNotAnId', { id }));
  const stored = await findStoredWordTemplate(id).catch(() => undefined);
  await rm(fileInFolder(`${id}${WORD_TEMPLATE_FILE_SUFFIX}`), { force: true });
  if (stored) await rm(stored.docxFile, { force: true });
}

/** Whether a Word template record is stored under this id, readable or not. */
export async function storedWordTemplateExists(id: string): Promise<boolean> {
  if (!isTemplateId(id)) return false;
  return readFile(fileInFolder(`${id}${WORD_TEMPLATE_FILE_SUFFIX}`)).then(
    () => true,
    () => false,
  );
}
