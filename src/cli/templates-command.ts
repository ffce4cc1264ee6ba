/**
 * `briefwright templates list [--json] | show ID | export ID FILE | import FILE [--replace]`:
 * the built-in templates and the officer's own, stored in the data folder the desktop app uses.
 */
import path from 'node:path';
import type { Template } from '../core/model/template';
import { listBuiltInTemplates, findBuiltInTemplate } from '../core/templates/template-loader';
import { writeFileAtomic } from '../node/atomic-write';
import { templatesFolder } from '../node/data-folder';
import { findStoredTemplate, listStoredTemplates, readTemplateFile, saveTemplate } from '../node/template-store';
import { CliError } from './cli-error';
import { cliText } from './cli-language';
import { userMessage, userMessageOf } from '../core/i18n/user-message';
import { checkWritableFolder } from './render-command';
import { runWordTemplateAction, wordTemplateRows, type WordTemplateOptions } from './word-template-command';

async function templateById(id: string | undefined): Promise<Template> {
  if (!id) throw new CliError(userMessage('cli:templates.nameAnId'), 2);
  const found = findBuiltInTemplate(id) ?? (await findStoredTemplate(id).catch((error: Error) => { throw new CliError(userMessageOf(error) ?? error.message); }));
  if (!found) throw new CliError(userMessage('cli:templates.unknown', { id }));
  return found;
}

export async function runTemplates(args: readonly string[], options: WordTemplateOptions & { json: boolean }): Promise<string> {
  const [action, ...rest] = args;
  const word = await runWordTemplateAction(action, rest, options);
  if (word !== undefined) return word;
  switch (action) {
    case undefined:
    case 'list': {
      const stored = await listStoredTemplates();
      stored.problems.forEach((problem) => options.warn(cliText('cli:main.warning', { message: problem })));
      const rows = [
        ...listBuiltInTemplates().map((t) => ({ id: t.id, name: t.name, language: t.language, builtIn: true, kind: 'json', description: t.description })),
        ...stored.templates.map((t) => ({ id: t.id, name: t.name, language: t.language, builtIn: false, kind: 'json', description: t.description })),
        ...(await wordTemplateRows(options.warn)).map((row) => ({ ...row, builtIn: false })),
      ];
      if (options.json) return JSON.stringify(rows, null, 2);
      const width = Math.max(...rows.map((row) => row.id.length));
      const [builtIn, yours] = [cliText('cli:templates.builtIn'), cliText('cli:templates.yours')];
      const whose = Math.max(builtIn.length, yours.length);
      return [
        ...rows.map((row) => `${row.id.padEnd(width)}  ${row.language}  ${(row.builtIn ? builtIn : yours).padEnd(whose)}  ${row.kind === 'word' ? cliText('cli:templates.word') : ''}${row.name}`),
        '',
        cliText('cli:templates.storedIn', { folder: templatesFolder() }),
      ].join('\n');
    }
    case 'show':
      return JSON.stringify(await templateById(rest[0]), null, 2);
    case 'export': {
      const template = await templateById(rest[0]);
      const file = rest[1];
      if (!file) throw new CliError(userMessage('cli:templates.exportNeedsFile'), 2);
      await checkWritableFolder(file);
      await writeFileAtomic(file, `${JSON.stringify(template, null, 2)}\n`);
      return path.resolve(file);
    }
    case 'import': {
      const file = rest[0];
      if (!file) throw new CliError(userMessage('cli:templates.importNeedsFile'), 2);
      try {
        const template = await readTemplateFile(file);
        const saved = await saveTemplate(template, { replace: options.replace });
        return `${template.id}\t${saved}`;
      } catch (error) {
        throw new CliError(userMessageOf(error) ?? (error as Error).message);
      }
    }
    default:
      throw new CliError(userMessage('cli:templates.unknownAction', { action }), 2);
  }
}
