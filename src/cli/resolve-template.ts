/**
 * `--template ID|PATH`: a built-in template id, one of the officer's, or the path of a template JSON
 * file. Word templates are resolved first, by `resolveWordTemplate`.
 */
import { readFile } from 'node:fs/promises';
import type { Template } from '../core/model/template';
import { listBuiltInTemplates, DEFAULT_TEMPLATE_ID, findBuiltInTemplate, parseTemplateText } from '../core/templates/template-loader';
import { findStoredTemplate } from '../node/template-store';
import { CliError } from './cli-error';
import { userMessage, userMessageOf } from '../core/i18n/user-message';

const MAX_TEMPLATE_BYTES = 1024 * 1024;

export async function resolveTemplate(reference: string | undefined): Promise<Template> {
  const id = reference ?? DEFAULT_TEMPLATE_ID;
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) return builtIn;
  const looksLikePath = /[\\/]|\.json$/i.test(id);
  if (!looksLikePath) {
    const stored = await findStoredTemplate(id).catch((error: Error) => {
      throw new CliError(userMessageOf(error) ?? error.message);
    });
    if (stored) return stored;
    throw new CliError(userMessage('cli:templates.unknownReference', { id, known: listBuiltInTemplates().map((t) => t.id).join(', ') }));
  }
  let text: string;
  try {
    const bytes = await readFile(id);
    if (bytes.length > MAX_TEMPLATE_BYTES) throw new CliError(userMessage('cli:templates.tooLarge', { file: id }));
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? userMessage('cli:templates.noSuchFile', { file: id }) : userMessage('cli:templates.cannotRead', { file: id, reason: (error as Error).message }));
  }
  try {
    return parseTemplateText(text, userMessage('template.originFile', { file: id }));
  } catch (error) {
    throw new CliError(userMessageOf(error) ?? (error as Error).message);
  }
}
