/**
 * Loads templates: parses and validates a template file's text, and lists the built-ins, which
 * ship as JSON in /templates and are bundled into every build (CLI, renderer, tests).
 */
import { templateSchema, type Template } from '../model/template';
import briefingNote from '../../../templates/briefing-note.json';

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Validate untrusted template data; the message names the first offending field. */
export function parseTemplate(data: unknown, origin = 'template'): Template {
  const result = templateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
    throw new TemplateError(`${origin} is not a valid Briefwright template${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
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

export const builtInTemplates: readonly Template[] = [parseTemplate(briefingNote, 'built-in template briefing-note')];

export const DEFAULT_TEMPLATE_ID = 'briefing-note';

export function findBuiltInTemplate(id: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
