/**
 * The officer's own templates on disk: one `<id>.briefwright-template.json` per template in the
 * data folder. Files are validated on every read; a broken file is reported, never silently used.
 */
import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Template } from '../core/model/template';
import { findBuiltInTemplate, parseTemplateText, TemplateError } from '../core/templates/template-loader';
import { userMessage } from '../core/i18n/user-message';
import { writeFileAtomic } from './atomic-write';
import { TEMPLATE_FILE_SUFFIX, templatesFolder } from './data-folder';
import { storedWordTemplateExists } from './word-template-store';

export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export interface StoredTemplates {
  readonly templates: readonly Template[];
  /** Files that could not be read as templates, with why. */
  readonly problems: readonly string[];
}

export async function readTemplateFile(file: string): Promise<Template> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new TemplateError(error.code === 'ENOENT' ? userMessage('store.noSuchFile', { file }) : userMessage('store.cannotRead', { file, reason: error.message }));
  });
  if (bytes.length > MAX_TEMPLATE_BYTES) throw new TemplateError(userMessage('store.tooLarge', { file }));
  return parseTemplateText(bytes.toString('utf8'), userMessage('template.originFile', { file }));
}

export async function listStoredTemplates(): Promise<StoredTemplates> {
  const folder = templatesFolder();
  const names = await readdir(folder).catch(() => [] as string[]);
  const templates: Template[] = [];
  const problems: string[] = [];
  for (const name of names.filter((entry) => entry.endsWith(TEMPLATE_FILE_SUFFIX)).sort()) {
    try {
      templates.push(await readTemplateFile(path.join(folder, name)));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { templates, problems };
}

export async function findStoredTemplate(id: string): Promise<Template | undefined> {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  const file = path.join(templatesFolder(), `${id}${TEMPLATE_FILE_SUFFIX}`);
  return readTemplateFile(file).catch((error: Error) => {
    if (/no such file/.test(error.message)) return undefined;
    throw error;
  });
}

/** Saves a validated template under its id; built-in ids are reserved. Returns the file written. */
export async function saveTemplate(template: Template, options: { replace?: boolean } = {}): Promise<string> {
  if (findBuiltInTemplate(template.id)) throw new TemplateError(userMessage('store.builtInId', { id: template.id }));
  const file = storedTemplateFile(template.id);
  if (await storedWordTemplateExists(template.id)) throw new TemplateError(userMessage('store.wordHasId', { id: template.id }));
  await mkdir(path.dirname(file), { recursive: true });
  if (!options.replace && (await storedTemplateExists(template.id))) {
    throw new TemplateError(userMessage('store.exists', { id: template.id, file }));
  }
  await writeFileAtomic(file, `${JSON.stringify(template, null, 2)}\n`);
  return file;
}

/** The file a stored template lives in; refuses any id that could name a path outside the folder. */
export function storedTemplateFile(id: string): string {
  if (!/^[a-z0-9-]+$/.test(id)) throw new TemplateError(userMessage('store.notAnId', { id }));
  const folder = path.resolve(templatesFolder());
  const file = path.resolve(folder, `${id}${TEMPLATE_FILE_SUFFIX}`);
  if (path.dirname(file) !== folder) throw new TemplateError(userMessage('store.outsideFolder', { name: id }));
  return file;
}

/** Whether a file is stored under this id, readable or not (a damaged file is still not overwritten unasked). */
export async function storedTemplateExists(id: string): Promise<boolean> {
  return access(storedTemplateFile(id)).then(
    () => true,
    () => false,
  );
}

/** Deletes one of the officer's templates; built-ins cannot be deleted. A missing file is not an error. */
export async function deleteStoredTemplate(id: string): Promise<void> {
  if (findBuiltInTemplate(id)) throw new TemplateError(userMessage('store.builtInUndeletable', { id }));
  await rm(storedTemplateFile(id), { force: true });
}
