/**
 * What the app knows about one of the officer's Word-authored templates without opening its .docx:
 * its id and name, the built-in layout it is composed with (and the PDF drawn with), the file it was
 * imported from and the placeholders found in it. Both hosts store this beside the document's bytes
 * (IndexedDB in the browser, `<id>.briefwright-word-template.json` in the data folder on the desktop),
 * and the library lists it. Pure and light: no docx, no zip reader.
 */
import { z } from 'zod';
import type { Template } from '../model/template';
import { findBuiltInTemplate } from './template-loader';
import { MAX_TEMPLATE_NAME_LENGTH, templateNameProblem } from './template-library';
import { englishText } from '../i18n/describe';
import { userMessage, type UserMessage } from '../i18n/user-message';
import { fieldDescription, placeholderProblem, resolvePlaceholder } from './word-template-fields';

/** Ids become file names: a-z, digits and hyphens, at most 60, no hyphen at either end. */
export const WORD_TEMPLATE_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

export const wordTemplateInfoSchema = z.object({
  id: z.string().regex(WORD_TEMPLATE_ID_PATTERN),
  name: z
    .string()
    .min(1)
    .max(MAX_TEMPLATE_NAME_LENGTH)
    .refine((name) => templateNameProblem(name) === null, 'not an acceptable template name'),
  /** A built-in template's id: the note is composed with it and the PDF drawn with it. */
  base: z.string().refine((id) => findBuiltInTemplate(id) !== undefined, 'not a built-in layout'),
  /** The file name it was imported from, for the officer's reference ("Letterhead 2024.docx"). */
  importedFrom: z.string().max(260),
  /** The keys between the braces, as found: `title`, `section:summary`, `Signature` (unknown). */
  placeholders: z.array(z.string().max(200)).max(500),
});

export type WordTemplateInfo = z.infer<typeof wordTemplateInfoSchema>;

/** The built-in a Word template is composed with; a record naming another is refused when read. */
export function wordTemplateBase(info: Pick<WordTemplateInfo, 'base' | 'id'>): Template {
  const base = findBuiltInTemplate(info.base);
  if (!base) throw new Error(`the Word template "${info.id}" names the layout "${info.base}", which is not built in`);
  return base;
}

/** "Letterhead — Asia (2024).docx" → "Letterhead — Asia (2024)", made acceptable as a template name. */
export function wordTemplateNameFromFile(fileName: string): string {
  const name = fileName
    .replace(/\.docx$/i, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEMPLATE_NAME_LENGTH)
    .trim();
  return /^\.*$/.test(name) ? 'Word template' : name;
}

/** What a placeholder will hold in a note laid out with `base`, or why it holds nothing, for the reader's language. */
export function placeholderMessage(key: string, base: Template): { readonly filled: boolean; readonly message: UserMessage } {
  const problem = placeholderProblem(key, base);
  if (problem) return { filled: false, message: problem.unknown ? userMessage('placeholder.unknown') : userMessage('placeholder.noSection', { template: base.name }) };
  const target = resolvePlaceholder(key)!;
  if (target.kind === 'field') return { filled: true, message: fieldDescription(target.field) };
  const sections = base.sections.filter((section) => section.id === target.selector || section.kind === target.selector);
  return { filled: true, message: userMessage('placeholder.section', { headings: sections.map((section) => section.heading) }) };
}

/** placeholderMessage in English. */
export function describePlaceholder(key: string, base: Template): { readonly filled: boolean; readonly text: string } {
  const { filled, message } = placeholderMessage(key, base);
  return { filled, text: englishText(message) };
}

/** Whether a section of the note reaches the Word template's DOCX: a placeholder names its id or kind. */
export function wordTemplateFillsSection(placeholders: readonly string[], section: { readonly id: string; readonly kind: string }): boolean {
  return placeholders.some((key) => {
    const target = resolvePlaceholder(key);
    return target?.kind === 'section' && (target.selector === section.id || target.selector === section.kind);
  });
}
