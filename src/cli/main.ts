/**
 * The briefwright command line. Thin: parses arguments (node:util parseArgs), calls the pure core
 * through the command modules, prints results on stdout and every failure as one line on stderr.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CLASSIFICATIONS, isClassification, isPurpose } from '../core/model/markings';
import type { BriefingMetadata } from '../core/model/briefing';
import { argumentError } from './argument-errors';
import { CliError } from './cli-error';
import { runExtract } from './extract-command';
import { progressBar, runBatch } from './batch-command';
import { runRender } from './render-command';
import { runTemplates } from './templates-command';
import { commandUsage, isCommand, usage } from './usage';
import { cliText, resolveCliLanguage, setCliLanguage, show } from './cli-language';
import { userMessage } from '../core/i18n/user-message';

declare const __BRIEFWRIGHT_VERSION__: string | undefined;
const VERSION = typeof __BRIEFWRIGHT_VERSION__ === 'string' ? __BRIEFWRIGHT_VERSION__ : 'dev';

function metadataFrom(values: Record<string, string | boolean | undefined>): Partial<BriefingMetadata> {
  const metadata: { -readonly [K in keyof BriefingMetadata]?: BriefingMetadata[K] } = {};
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const date = text('date');
  if (date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new CliError(userMessage('cli:args.date', { value: date }), 2);
    metadata.date = date;
  }
  const classification = text('classification');
  if (classification !== undefined) {
    const upper = classification.toUpperCase();
    if (!isClassification(upper)) throw new CliError(userMessage('cli:args.classification', { value: classification, known: CLASSIFICATIONS.join(', ') }), 2);
    metadata.classification = upper;
  }
  const purpose = text('purpose');
  if (purpose !== undefined) {
    if (!isPurpose(purpose)) throw new CliError(userMessage('cli:args.purpose', { value: purpose }), 2);
    metadata.purpose = purpose;
  }
  if (text('prepared-by') !== undefined) metadata.preparedBy = text('prepared-by');
  // GC memo furniture (issue 13 item 5): the addressee, the sender, the officer's title and telephone, who approved.
  for (const [option, field] of MEMO_OPTIONS) if (text(option) !== undefined) metadata[field] = text(option);
  if (text('file-number') !== undefined) metadata.fileNumber = text('file-number');
  if (text('title') !== undefined) metadata.title = text('title');
  if (values['source-comments'] === true) metadata.sourceComments = true;
  return metadata;
}

const MEMO_OPTIONS = [
  ['to', 'to'],
  ['from', 'from'],
  ['prepared-by-title', 'preparedByTitle'],
  ['prepared-by-phone', 'preparedByPhone'],
  ['approved-by', 'approvedBy'],
  ['approved-by-title', 'approvedByTitle'],
] as const;

const OPTIONS = {
  json: { type: 'boolean' },
  template: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  date: { type: 'string' },
  classification: { type: 'string' },
  purpose: { type: 'string' },
  'prepared-by': { type: 'string' },
  'prepared-by-title': { type: 'string' },
  'prepared-by-phone': { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  'approved-by': { type: 'string' },
  'approved-by-title': { type: 'string' },
  'file-number': { type: 'string' },
  title: { type: 'string' },
  'source-comments': { type: 'boolean' },
  pdfa: { type: 'boolean' },
  batch: { type: 'string' },
  replace: { type: 'boolean' },
  base: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} satisfies NonNullable<ParseArgsConfig['options']>;

export async function run(argv: readonly string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw argumentError(argv, OPTIONS, error);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) return VERSION;
  if (command === 'help') return isCommand(rest[0]) ? commandUsage(rest[0]) : usage();
  if (values.help || command === undefined) return isCommand(command) ? commandUsage(command) : usage();
  if (command === 'templates') {
    return runTemplates(rest, {
      json: values.json === true,
      replace: values.replace === true,
      base: values.base,
      id: values.id,
      name: values.name,
      warn: (message) => process.stderr.write(`${cliText('cli:main.line', { message })}\n`),
    });
  }
  if (rest.length > 1) throw new CliError(userMessage('cli:args.oneFile', { command, count: rest.length }), 2);
  switch (command) {
    case 'extract':
      return runExtract(rest[0], values.json === true);
    case 'render':
      if (values.batch !== undefined) {
        if (rest.length > 0) throw new CliError(userMessage('cli:batch.takesFolder'), 2);
        const tty = process.stderr.isTTY === true;
        const summary = await runBatch({
          inputDir: values.batch,
          outDir: values.out,
          template: values.template,
          format: values.format,
          metadata: metadataFrom(values),
          pdfA: values.pdfa === true,
          warn: (message) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}${cliText('cli:main.line', { message })}\n`),
          progress: tty ? (done, total, failed) => process.stderr.write(`\r${progressBar(done, total, failed)}`) : undefined,
        });
        if (tty) process.stderr.write('\n');
        const rendered = summary.notes - summary.failures.length;
        // A rate under 0.1 a second printed as "0.0 notes/s": say the time a note took instead.
        const rate =
          rendered === 0
            ? ''
            : rendered / summary.seconds >= 0.1
              ? cliText('cli:batch.rate', { rate: Number((rendered / summary.seconds).toFixed(1)) })
              : cliText('cli:batch.perNote', { seconds: Number((summary.seconds / rendered).toFixed(1)) });
        const seconds = Number(summary.seconds.toFixed(1));
        process.stderr.write(`${cliText('cli:main.line', { message: cliText('cli:batch.summary', { count: rendered, total: summary.notes, seconds, rate }) })}\n`);
        if (summary.failures.length > 0) {
          summary.failures.forEach((failure) => process.stderr.write(`${cliText('cli:main.line', { message: cliText('cli:batch.failedLine', { failure }) })}\n`));
          process.stdout.write(summary.written.map((file) => `${file}\n`).join(''));
          throw new CliError(userMessage('cli:batch.failedCount', { count: summary.failures.length, total: summary.notes }));
        }
        return summary.written.join('\n');
      }
      return runRender({
        input: rest[0],
        template: values.template,
        format: values.format,
        out: values.out,
        metadata: metadataFrom(values),
        pdfA: values.pdfa === true,
        warn: (message) => process.stderr.write(`${cliText('cli:main.line', { message })}\n`),
      });
    default:
      throw new CliError(userMessage('cli:args.unknownCommand', { command }), 2);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const { language, invalid } = resolveCliLanguage(argv);
  setCliLanguage(language);
  try {
    if (invalid !== undefined) throw new CliError(userMessage('cli:args.badLang', { value: invalid }), 2);
    const output = await run(argv);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof CliError ? show(error) : cliText('cli:main.unexpected', { message: show(error) });
    process.stderr.write(`${cliText('cli:main.line', { message })}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
