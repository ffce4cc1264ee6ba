/**
 * Word-authored templates on the command line:
 *   briefwright templates import letterhead.docx [--base ID] [--id ID] [--name NAME] [--replace]
 *   briefwright templates show|export ID      (for a Word template: its record, its .docx)
 *   briefwright render … --template ID|letterhead.docx
 * The DOCX is the department's document filled by `fillWordTemplate`; the PDF cannot be drawn from
 * a .docx without a word processor, so it uses the built-in layout the template names as its base.
 * docx and the zip reader load only when a Word template is imported or filled: every other run of
 * the CLI starts without them.
 */
import { copyFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Template } from '../core/model/template';
import { templateNameProblem } from '../core/templates/template-library';
import { listBuiltInTemplates, DEFAULT_TEMPLATE_ID, findBuiltInTemplate } from '../core/templates/template-loader';
import { MAX_WORD_TEMPLATE_BYTES } from '../core/templates/word-template-limits';
import { loadFontFiles } from '../node/font-files';
import { findStoredWordTemplate, isTemplateId, listStoredWordTemplates, readStoredWordTemplate, saveWordTemplate, type StoredWordTemplate } from '../node/word-template-store';
import { CliError } from './cli-error';
import { cliText } from './cli-language';
import { userMessage, userMessageOf, type MessageParam } from '../core/i18n/user-message';
import { checkWritableFolder, formatsFor, outputPath, type RenderOptions } from './render-command';
import { readImportedStatement } from './read-statement';
import { resourcesDir } from './resources';
import { writeNoteFiles } from './write-note-files';

export interface WordTemplateOptions {
  readonly base?: string;
  readonly id?: string;
  readonly name?: string;
  readonly replace: boolean;
  readonly warn: (message: string) => void;
}

/** A Word template ready to fill: its bytes and the built-in layout it is composed with. */
export interface ResolvedWordTemplate {
  readonly bytes: Uint8Array;
  readonly base: Template;
  readonly label: string;
}

export const isDocxPath = (reference: string) => /\.docx$/i.test(reference);

function baseTemplate(id: string | undefined): Template {
  const base = findBuiltInTemplate(id ?? DEFAULT_TEMPLATE_ID);
  if (!base) throw new CliError(userMessage('cli:word.unknownBase', { id: id ?? '', known: listBuiltInTemplates().map((t) => t.id).join(', ') }), 2);
  return base;
}

async function readDocxFile(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(userMessage('cli:files.isFolder', { file }));
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? userMessage('cli:files.noSuchFile', { file }) : userMessage('cli:files.cannotRead', { file, reason: (error as Error).message }));
  }
  if (size > MAX_WORD_TEMPLATE_BYTES) throw new CliError(userMessage('cli:word.tooLarge', { file, limit: MAX_WORD_TEMPLATE_BYTES / 1024 / 1024, size: size / 1024 / 1024 }));
  const bytes = await readFile(file);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The same rule as the app's template names: no path separators or reserved characters. */
function checkName(name: string): string {
  const problem = templateNameProblem(name);
  if (problem) throw new CliError(userMessage('cli:word.badName', { name, problem }), 2);
  return name.trim();
}

/** "Letterhead — Asia (2024).docx" → "letterhead-asia-2024". */
function idFromFileName(file: string): string {
  return path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export async function importWordTemplate(file: string, options: WordTemplateOptions): Promise<string> {
  const id = options.id ?? idFromFileName(file);
  if (!isTemplateId(id)) {
    throw new CliError(
      options.id === undefined ? userMessage('cli:word.noId', { file: path.basename(file) }) : userMessage('cli:word.badId', { id }),
      2,
    );
  }
  // Without --name, the file's name, made acceptable rather than refused: the user did not type it.
  // eslint-disable-next-line no-control-regex
  const fileName = path.basename(file, path.extname(file)).replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 80) || id;
  // Replacing a template's document keeps its name and base unless they are given again.
  const previous = options.replace ? (await storedWordTemplate(id))?.record : undefined;
  const base = baseTemplate(options.base ?? previous?.base);
  const name = checkName(options.name ?? previous?.name ?? fileName);
  const bytes = await readDocxFile(file);
  const { detectWordTemplatePlaceholders } = await import('../core/templates/word-template');
  try {
    const scan = await detectWordTemplatePlaceholders(bytes, base, path.basename(file));
    const saved = await saveWordTemplate(
      { id, name, base: base.id, bytes, importedFrom: path.basename(file), placeholders: scan.placeholders.map((placeholder) => placeholder.key) },
      { replace: options.replace },
    );
    scan.notices.forEach((notice) => options.warn(cliText('cli:main.warning', { message: notice })));
    const found = scan.placeholders.map((placeholder) => {
      const shown = `{{${placeholder.key}}}`;
      return placeholder.unknown ? cliText('cli:word.unknownPlaceholder', { placeholder: shown }) : shown;
    });
    return [`${id}\t${saved}`, cliText('cli:word.placeholders', { count: found.length, list: found.join(', ') }), cliText('cli:word.kind', { id: base.id })].join('\n');
  } catch (error) {
    throw new CliError(userMessageOf(error) ?? (error as Error).message);
  }
}

async function storedWordTemplate(id: string): Promise<StoredWordTemplate | undefined> {
  return findStoredWordTemplate(id).catch((error: Error) => {
    throw new CliError(userMessageOf(error) ?? error.message);
  });
}

/** Checked before the statement is read, so a bad template is the one line the user sees. */
async function checkedDocx(bytes: Uint8Array, origin: MessageParam): Promise<Uint8Array> {
  const { readWordTemplateParts } = await import('../core/templates/word-template');
  try {
    readWordTemplateParts(bytes, origin);
  } catch (error) {
    throw new CliError(userMessageOf(error) ?? (error as Error).message);
  }
  return bytes;
}

/** `--template` as a Word template (a .docx path or a stored Word template's id), or undefined. */
export async function resolveWordTemplate(reference: string | undefined): Promise<ResolvedWordTemplate | undefined> {
  if (reference === undefined || findBuiltInTemplate(reference)) return undefined;
  if (isDocxPath(reference)) {
    return { bytes: await checkedDocx(await readDocxFile(reference), path.basename(reference)), base: baseTemplate(undefined), label: reference };
  }
  const stored = await storedWordTemplate(reference);
  if (!stored) return undefined;
  const bytes = await readStoredWordTemplate(stored).catch((error: Error) => {
    throw new CliError(userMessageOf(error) ?? error.message);
  });
  return { bytes: await checkedDocx(bytes, userMessage('cli:word.storedOrigin', { id: stored.record.id })), base: baseTemplate(stored.record.base), label: stored.record.id };
}

export async function renderWithWordTemplate(options: RenderOptions, word: ResolvedWordTemplate): Promise<string> {
  const formats = formatsFor(options.format);
  if (!options.out) throw new CliError(userMessage('cli:render.needsOut'), 2);
  const targets = formats.map((format) => ({ format, file: outputPath(options.out!, format) }));
  for (const target of targets) await checkWritableFolder(target.file);
  const imported = await readImportedStatement(options.input);
  const template = options.pdfA ? { ...word.base, output: { ...word.base.output, pdfA: true } } : word.base;
  const fillWarnings: MessageParam[] = [];
  const { written, warnings } = await writeNoteFiles(
    imported,
    template,
    targets,
    options.metadata,
    (families) => loadFontFiles(resourcesDir, families),
    async (note) => {
      const [{ fillWordTemplate }, { WordTemplateError }] = await Promise.all([import('../core/write/docx-patch'), import('../core/templates/word-template')]);
      try {
        const filled = await fillWordTemplate(word.bytes, { briefing: note.briefing, template, meeting: note.structured.meeting });
        fillWarnings.push(...filled.scan.notices);
        return filled.bytes;
      } catch (error) {
        throw new CliError(error instanceof WordTemplateError ? (error.userMessage ?? error.message) : userMessage('cli:word.cannotFill', { label: word.label, reason: userMessageOf(error) ?? (error as Error).message }));
      }
    },
  );
  if (options.metadata.sourceComments && formats.includes('docx')) fillWarnings.push(userMessage('cli:render.sourceComments'));
  [...imported.notices, ...fillWarnings, ...warnings].forEach((warning) => options.warn(cliText('cli:main.warning', { message: warning })));
  if (formats.includes('pdf')) options.warn(cliText('cli:render.pdfLayout', { id: word.base.id }));
  return written.join('\n');
}

/** Rows for `templates list`. */
export async function wordTemplateRows(warn: (message: string) => void) {
  const stored = await listStoredWordTemplates();
  stored.problems.forEach((problem) => warn(cliText('cli:main.warning', { message: problem })));
  return stored.templates.map(({ record }) => ({
    id: record.id,
    name: record.name,
    language: findBuiltInTemplate(record.base)?.language ?? 'en',
    kind: 'word' as const,
    base: record.base,
    description: `Word template from ${record.importedFrom}; PDF in the "${record.base}" layout`,
  }));
}

/**
 * The `templates` actions that concern Word templates: `import FILE.docx`, and `show`/`export` of a
 * stored Word template. Undefined when the action is for a JSON template.
 */
export async function runWordTemplateAction(action: string | undefined, args: readonly string[], options: WordTemplateOptions): Promise<string | undefined> {
  if (action === 'import') {
    const file = args[0];
    if (!file || !isDocxPath(file)) {
      if (options.base !== undefined || options.id !== undefined || options.name !== undefined) throw new CliError(userMessage('cli:word.optionsOnlyForWord'), 2);
      return undefined;
    }
    return importWordTemplate(file, options);
  }
  if ((action === 'show' || action === 'export') && args[0] && !findBuiltInTemplate(args[0])) {
    const stored = await storedWordTemplate(args[0]);
    if (!stored) return undefined;
    if (action === 'show') return JSON.stringify({ ...stored.record, file: stored.docxFile }, null, 2);
    const target = args[1];
    if (!target) throw new CliError(userMessage('cli:templates.exportNeedsDocx'), 2);
    const file = isDocxPath(target) ? target : `${target}.docx`;
    await checkWritableFolder(file);
    await copyFile(stored.docxFile, file).catch((error: Error) => {
      throw new CliError(userMessage('cli:files.cannotWrite', { file, reason: error.message }));
    });
    return path.resolve(file);
  }
  return undefined;
}
