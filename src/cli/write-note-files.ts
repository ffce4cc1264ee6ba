/**
 * Renders one statement to its output files and writes them atomically: shared by `render` and
 * by each `render --batch` worker. If any write fails, files this call already wrote are removed,
 * so the user never finds half a result.
 */
import { rm } from 'node:fs/promises';
import type { BriefingMetadata } from '../core/model/briefing';
import type { ImportedStatement } from '../core/import/importers';
import type { Template } from '../core/model/template';
import { findDraftPlaceholders, type DraftPlaceholder } from '../core/compose/draft-placeholders';
import { userMessage, userMessageOf, type UserMessage } from '../core/i18n/user-message';
import { buildNote, type Note } from '../core/pipeline';
import { needsFallbackFonts } from '../core/write/doc-text';
import { FALLBACK_FAMILIES, type FallbackFamily } from '../core/write/writer';
import { writers, type FontFiles, type OutputFormat } from '../core/write/writers';
import type { FontFamily } from '../core/model/template';

export type FontLoader = (families: readonly (FontFamily | FallbackFamily)[]) => Promise<FontFiles>;
import { writeFileAtomic } from '../node/atomic-write';
import { CliError } from './cli-error';

export interface OutputTarget {
  readonly format: OutputFormat;
  readonly file: string;
}

export interface WrittenNote {
  readonly written: readonly string[];
  /** Messages, printed in the CLI's language (by the main thread for a batch worker's). */
  readonly warnings: readonly UserMessage[];
}

/** The placeholders a drafted note still holds, as describeDraftPlaceholders says them, in any language. */
function placeholdersMessage(placeholders: readonly DraftPlaceholder[]): UserMessage {
  const shown = placeholders
    .slice(0, 3)
    .map((placeholder) => userMessage('cli:render.placeholder', { text: placeholder.text.length > 60 ? `${placeholder.text.slice(0, 57)}…]` : placeholder.text, section: placeholder.sectionHeading }));
  return placeholders.length > 3
    ? userMessage('cli:render.placeholdersMore', { count: placeholders.length, more: placeholders.length - 3, shown })
    : userMessage('cli:render.placeholders', { count: placeholders.length, shown });
}

export async function writeNoteFiles(
  /** The statement, with its structure when the file held one (which is then used, not re-extracted). */
  input: Pick<ImportedStatement, 'statement' | 'structured'>,
  template: Template,
  targets: readonly OutputTarget[],
  metadata: Partial<BriefingMetadata>,
  loadFonts: FontLoader,
  /** Writes the DOCX another way than from the DocModel: a Word-authored template, filled. */
  renderDocx?: (note: Note) => Promise<Uint8Array>,
): Promise<WrittenNote> {
  const note = buildNote(input.statement, template, { metadata, ...(input.structured ? { structured: input.structured } : {}) });
  const { doc } = note;
  const warnings: UserMessage[] = [...note.cutNotices];
  let fonts: FontFiles = {};
  if (targets.some((target) => target.format === 'pdf')) {
    // Only the families this note draws with: the 9 MB Hangul fallback only for non-Latin text.
    fonts = await loadFonts([doc.styles.font, ...(needsFallbackFonts(doc) ? FALLBACK_FAMILIES : [])]);
    // Loaded only for PDF: glyph coverage needs fontkit, which a DOCX never does.
    const { findUnsupportedCharacters } = await import('../core/write/font-coverage');
    const missing = findUnsupportedCharacters(doc, fonts);
    if (missing.length > 0) {
      const characters = missing.slice(0, 12).join(' ');
      warnings.push(missing.length > 12 ? userMessage('cli:render.fontMissingMore', { characters, more: missing.length - 12 }) : userMessage('cli:render.fontMissing', { characters }));
    }
  }
  // Written all the same (a script may want the draft), but never without a word.
  const placeholders = findDraftPlaceholders(note.briefing);
  if (placeholders.length > 0) warnings.push(placeholdersMessage(placeholders));
  const rendered = await Promise.all(targets.map(async (target) => ({ ...target, bytes: target.format === 'docx' && renderDocx ? await renderDocx(note) : await writers[target.format].write(doc, { fonts }) })));
  const written: string[] = [];
  try {
    for (const target of rendered) {
      await writeFileAtomic(target.file, target.bytes);
      written.push(target.file);
    }
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })));
    throw new CliError(userMessage('cli:files.cannotWrite', { file: rendered[written.length]?.file ?? targets[0]?.file ?? '', reason: userMessageOf(error) ?? (error as Error).message }));
  }
  return { written, warnings };
}
