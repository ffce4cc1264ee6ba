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
import { MessageError } from '../i18n/describe';
import { userMessage, userMessageOf, type MessageParam } from '../i18n/user-message';

export class TemplateError extends MessageError {
  override name = 'TemplateError';
}

/** Validate untrusted template data; the message names the first offending field. */
export function parseTemplate(data: unknown, origin: MessageParam = userMessage('template.origin')): Template {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > TEMPLATE_SCHEMA_VERSION) {
    throw new TemplateError(userMessage('template.newer', { origin, version, supported: TEMPLATE_SCHEMA_VERSION }));
  }
  const result = templateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const detail = issue?.message ?? 'invalid';
    throw new TemplateError(
      issue && issue.path.length > 0 ? userMessage('template.invalidAt', { origin, path: issue.path.join('.'), detail }) : userMessage('template.invalid', { origin, detail }),
    );
  }
  const template = result.data;
  for (const section of template.sections) {
    if (!section.draft) continue;
    // liquidjs parses these, but a snippet has no files to include: refused here, not at render time.
    const fileTag = /\{%-?\s*(include|render|layout)\b/.exec(section.draft);
    if (fileTag) throw new TemplateError(userMessage('template.fileTag', { origin, section: section.id, tag: fileTag[1]! }));
    try {
      parseSnippet(section.draft, template.language, userMessage('snippet.section', { id: section.id }));
    } catch (error) {
      throw new TemplateError(userMessage('template.inSection', { origin, reason: userMessageOf(error) ?? (error as Error).message }));
    }
  }
  return template;
}

export function parseTemplateText(text: string, origin: MessageParam = userMessage('template.origin')): Template {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TemplateError(userMessage('template.notJson', { origin, detail: (error as Error).message }));
  }
  return parseTemplate(data, origin);
}

/** The built-ins' files, each in English and in French, in the order the editor lists them. */
const BUILT_IN_DATA: readonly unknown[] = [briefingNote, noteInformation, meetingReadout, compteRendu, mediaLines, lignesMedias, onePageSummary, resumeUnePage];
const parsedBuiltIns = new Map<string, Template>();

/**
 * One built-in, parsed and checked the first time it is asked for. Parsing all eight (zod and every
 * drafted snippet through liquidjs) at module load was a tenth of every CLI start, `extract` included,
 * which never uses a template (issue 16); a built-in is still parsed once per process at most.
 */
function builtIn(data: unknown): Template {
  const id = (data as { id: string }).id;
  let template = parsedBuiltIns.get(id);
  if (!template) {
    template = parseTemplate(data, userMessage('template.originBuiltIn', { id }));
    parsedBuiltIns.set(id, template);
  }
  return template;
}

/**
 * A built-in as the app's build parsed it from the same file (scripts/sample-statement-data.ts), taken as
 * this process's parse of that built-in, so the renderer's start validates no template (issue 16). Later
 * lookups return this same object, as after a run-time parse; a built-in already parsed keeps its parse.
 */
export function adoptParsedBuiltIn(template: Template): Template {
  if (!BUILT_IN_DATA.some((data) => (data as { id: string }).id === template.id)) throw new Error(`"${template.id}" is not a built-in template.`);
  const parsed = parsedBuiltIns.get(template.id);
  if (parsed) return parsed;
  parsedBuiltIns.set(template.id, template);
  return template;
}

/** The built-ins, each in English and in French, in the order the editor lists them. */
export function listBuiltInTemplates(): readonly Template[] {
  return BUILT_IN_DATA.map(builtIn);
}

/** A built-in as a list shows it: its id, name and language. */
export interface BuiltInTemplateEntry {
  readonly id: string;
  readonly name: string;
  readonly language: Template['language'];
}

/**
 * The built-ins' ids, names and languages, read from their files without parsing them: the template
 * picker lists all eight on the app's first render, and parsing each (zod and every snippet through
 * liquidjs) there was ~47 ms of the app's start (issue 16). A test holds this list to the parsed one.
 */
export function listBuiltInTemplateEntries(): readonly BuiltInTemplateEntry[] {
  return BUILT_IN_DATA.map((data) => {
    const { id, name, language } = data as BuiltInTemplateEntry;
    return { id, name, language };
  });
}

export { DEFAULT_TEMPLATE_ID } from './built-in-template-ids';

export function findBuiltInTemplate(id: string): Template | undefined {
  const data = BUILT_IN_DATA.find((candidate) => (candidate as { id: string }).id === id);
  return data === undefined ? undefined : builtIn(data);
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
