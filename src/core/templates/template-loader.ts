/**
 * Loads templates: parses and validates a template file's text, and lists the built-ins, which
 * ship as JSON in /templates and are bundled into every build (CLI, renderer, tests).
 */
import { TEMPLATE_SCHEMA_VERSION, templateSchema, type Template } from '../model/template';
import { parseSnippet } from './snippet-renderer';
import briefingNote from '../../../templates/briefing-note.json';
import noteInformation from '../../../templates/note-information.json';
import meetingReadout from '../../../templates/meeting-readout.json';
import compteRendu from '../../../templates/compte-rendu.json';
import mediaLines from '../../../templates/media-lines.json';
import lignesMedias from '../../../templates/lignes-medias.json';
import onePageSummary from '../../../templates/one-page-summary.json';
import resumeUnePage from '../../../templates/resume-une-page.json';

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Validate untrusted template data; the message names the first offending field. */
export function parseTemplate(data: unknown, origin = 'template'): Template {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > TEMPLATE_SCHEMA_VERSION) {
    throw new TemplateError(`${origin} was made by a newer version of Briefwright (template schema ${version}; this version reads ${TEMPLATE_SCHEMA_VERSION}). Please update Briefwright to use it`);
  }
  const result = templateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    throw new TemplateError(`${origin} is not a valid Briefwright template${where}: ${issue?.message ?? 'invalid'}`);
  }
  const template = result.data;
  for (const section of template.sections) {
    if (!section.draft) continue;
    // liquidjs parses these, but a snippet has no files to include: refused here, not at render time.
    const fileTag = /\{%-?\s*(include|render|layout)\b/.exec(section.draft);
    if (fileTag) throw new TemplateError(`${origin}: section "${section.id}": the text snippet uses {% ${fileTag[1]} %}, which template snippets cannot (they have no files to read)`);
    try {
      parseSnippet(section.draft, template.language, `section "${section.id}"`);
    } catch (error) {
      throw new TemplateError(`${origin}: ${(error as Error).message}`);
    }
  }
  return template;
}

export function parseTemplateText(text: string, origin = 'template'): Template {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TemplateError(`${origin} is not valid JSON: ${(error as Error).message}`);
  }
  return parseTemplate(data, origin);
}

/** The built-ins, each in English and in French, in the order the editor lists them. */
export const builtInTemplates: readonly Template[] = [
  briefingNote,
  noteInformation,
  meetingReadout,
  compteRendu,
  mediaLines,
  lignesMedias,
  onePageSummary,
  resumeUnePage,
].map((data) => parseTemplate(data, `built-in template ${(data as { id: string }).id}`));

export const DEFAULT_TEMPLATE_ID = 'briefing-note';

export function findBuiltInTemplate(id: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === id);
}

/** Each built-in and the same kind of note in the other language. */
const BUILT_IN_COUNTERPARTS: Readonly<Record<string, string>> = {
  'briefing-note': 'note-information',
  'meeting-readout': 'compte-rendu',
  'media-lines': 'lignes-medias',
  'one-page-summary': 'resume-une-page',
};

/**
 * The template a statement in `language` opens with: a built-in of another language gives way to
 * the same kind of note in the statement's language (a French statement opens the Note
 * d'information, not the Briefing note); the officer's own templates are kept as chosen.
 */
export function templateForLanguage(template: Template, language: Template['language']): Template {
  if (template.language === language || findBuiltInTemplate(template.id) !== template) return template;
  const counterpart = BUILT_IN_COUNTERPARTS[template.id] ?? Object.keys(BUILT_IN_COUNTERPARTS).find((id) => BUILT_IN_COUNTERPARTS[id] === template.id);
  const other = counterpart ? findBuiltInTemplate(counterpart) : undefined;
  return other && other.language === language ? other : template;
}
