/**
 * `briefwright render [FILE|-] [--template ID|PATH] --format docx|pdf|both --out PATH`: renders
 * the note in memory, then writes each file atomically. If any write fails, files this run already
 * wrote are removed, so the user never finds half a result.
 */
import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingMetadata } from '../core/model/briefing';
import { writers, type OutputFormat } from '../core/write/writers';
import { loadFontFiles } from '../node/font-files';
import { writeNoteFiles } from './write-note-files';
import { CliError } from './cli-error';
import { cliText } from './cli-language';
import { userMessage } from '../core/i18n/user-message';
import { readImportedStatement } from './read-statement';
import { resolveTemplate } from './resolve-template';
import { templateForLanguage } from '../core/templates/template-loader';
import { resourcesDir } from './resources';
import { renderWithWordTemplate, resolveWordTemplate } from './word-template-command';

export interface RenderOptions {
  readonly input: string | undefined;
  readonly template: string | undefined;
  readonly format: string | undefined;
  readonly out: string | undefined;
  readonly metadata: Partial<BriefingMetadata>;
  /** Write PDF/A-2b whatever the template says. */
  readonly pdfA: boolean;
  /** Where warnings go (characters no bundled font can draw); stderr in the CLI. */
  readonly warn: (message: string) => void;
}

export function formatsFor(format: string | undefined): OutputFormat[] {
  if (format === undefined) throw new CliError(userMessage('cli:render.needsFormat'), 2);
  if (format === 'both') return ['docx', 'pdf'];
  if (format === 'docx' || format === 'pdf') return [format];
  throw new CliError(userMessage('cli:render.unknownFormat', { format }), 2);
}

/** PATH with the format's extension: kept if already there, otherwise added (a .docx/.pdf suffix is swapped). */
export function outputPath(out: string, format: OutputFormat): string {
  // "dir/" would become the hidden file "dir/.docx": the user named a folder, not a note.
  if (/[\\/]$/.test(out) || out === '.' || out === '..') throw new CliError(userMessage('cli:render.outIsFolder', { out, example: path.join(out, 'note') }), 2);
  const extension = writers[format].extension;
  if (out.toLowerCase().endsWith(extension)) return out;
  const withoutOther = out.replace(/\.(docx|pdf)$/i, '');
  return `${withoutOther}${extension}`;
}

export async function checkWritableFolder(filePath: string): Promise<void> {
  const folder = path.dirname(path.resolve(filePath));
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new CliError(userMessage('cli:files.notAFolder', { file: filePath, folder }));
    await access(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(userMessage(code === 'ENOENT' ? 'cli:files.noFolder' : 'cli:files.notWritable', { file: filePath, folder }));
  }
  try {
    if ((await stat(filePath)).isDirectory()) throw new CliError(userMessage('cli:files.targetIsFolder', { file: filePath }));
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
}

export async function runRender(options: RenderOptions): Promise<string> {
  const word = await resolveWordTemplate(options.template);
  if (word) return renderWithWordTemplate(options, word);
  const formats = formatsFor(options.format);
  if (!options.out) throw new CliError(userMessage('cli:render.needsOut'), 2);
  const targets = formats.map((format) => ({ format, file: outputPath(options.out!, format) }));
  for (const target of targets) await checkWritableFolder(target.file);

  const [imported, resolved] = await Promise.all([readImportedStatement(options.input), resolveTemplate(options.template)]);
  // With no --template, a French statement opens the French note of the same kind (and English the English).
  const chosen = options.template ? resolved : templateForLanguage(resolved, imported.statement.language);
  const template = options.pdfA ? { ...chosen, output: { ...chosen.output, pdfA: true } } : chosen;
  const { written, warnings } = await writeNoteFiles(imported, template, targets, options.metadata, (families) => loadFontFiles(resourcesDir, families));
  [...imported.notices, ...warnings].forEach((warning) => options.warn(cliText('cli:main.warning', { message: warning })));
  return written.join('\n');
}
