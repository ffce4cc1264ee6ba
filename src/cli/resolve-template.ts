/**
 * `--template ID|PATH`: a built-in template id, one of the officer's, or the path of a template JSON
 * file. Word templates are resolved first, by `resolveWordTemplate`.
 */
import { readFile } from 'node:fs/promises';
import type { Template } from '../core/model/template';
import { builtInTemplates, DEFAULT_TEMPLATE_ID, findBuiltInTemplate, parseTemplateText } from '../core/templates/template-loader';
import { findStoredTemplate } from '../node/template-store';
import { CliError } from './cli-error';

const MAX_TEMPLATE_BYTES = 1024 * 1024;

export async function resolveTemplate(reference: string | undefined): Promise<Template> {
  const id = reference ?? DEFAULT_TEMPLATE_ID;
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) return builtIn;
  const looksLikePath = /[\\/]|\.json$/i.test(id);
  if (!looksLikePath) {
    const stored = await findStoredTemplate(id).catch((error: Error) => {
      throw new CliError(error.message);
    });
    if (stored) return stored;
    throw new CliError(`unknown template "${id}"; built-in templates: ${builtInTemplates.map((t) => t.id).join(', ')} (or give the path of a template .json file)`);
  }
  let text: string;
  try {
    const bytes = await readFile(id);
    if (bytes.length > MAX_TEMPLATE_BYTES) throw new CliError(`template ${id} is larger than 1 MB`);
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `cannot read template ${id}: no such file` : `cannot read template ${id}: ${(error as Error).message}`);
  }
  try {
    return parseTemplateText(text, `template ${id}`);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}
