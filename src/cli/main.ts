/**
 * The briefwright command line. Thin: parses arguments (node:util parseArgs), calls the pure core
 * through the command modules, prints results on stdout and every failure as one line on stderr.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { classificationSchema, purposeSchema } from '../core/model/template';
import type { BriefingMetadata } from '../core/model/briefing';
import { argumentError } from './argument-errors';
import { CliError } from './cli-error';
import { runExtract } from './extract-command';
import { progressBar, runBatch } from './batch-command';
import { runRender } from './render-command';
import { runTemplates } from './templates-command';
import { commandUsage, isCommand, USAGE } from './usage';

declare const __BRIEFWRIGHT_VERSION__: string | undefined;
const VERSION = typeof __BRIEFWRIGHT_VERSION__ === 'string' ? __BRIEFWRIGHT_VERSION__ : 'dev';

function metadataFrom(values: Record<string, string | boolean | undefined>): Partial<BriefingMetadata> {
  const metadata: { -readonly [K in keyof BriefingMetadata]?: BriefingMetadata[K] } = {};
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const date = text('date');
  if (date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new CliError(`--date must be YYYY-MM-DD, not "${date}"`, 2);
    metadata.date = date;
  }
  const classification = text('classification');
  if (classification !== undefined) {
    const parsed = classificationSchema.safeParse(classification.toUpperCase());
    if (!parsed.success) throw new CliError(`unknown classification "${classification}"; use ${classificationSchema.options.join(', ')}`, 2);
    metadata.classification = parsed.data;
  }
  const purpose = text('purpose');
  if (purpose !== undefined) {
    const parsed = purposeSchema.safeParse(purpose);
    if (!parsed.success) throw new CliError(`--purpose must be information or decision, not "${purpose}"`, 2);
    metadata.purpose = parsed.data;
  }
  if (text('prepared-by') !== undefined) metadata.preparedBy = text('prepared-by');
  if (text('file-number') !== undefined) metadata.fileNumber = text('file-number');
  if (text('title') !== undefined) metadata.title = text('title');
  if (values['source-comments'] === true) metadata.sourceComments = true;
  return metadata;
}

const OPTIONS = {
  json: { type: 'boolean' },
  template: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  date: { type: 'string' },
  classification: { type: 'string' },
  purpose: { type: 'string' },
  'prepared-by': { type: 'string' },
  'file-number': { type: 'string' },
  title: { type: 'string' },
  'source-comments': { type: 'boolean' },
  pdfa: { type: 'boolean' },
  batch: { type: 'string' },
  replace: { type: 'boolean' },
  base: { type: 'string' },
  id: { type: 'string' },
  name: { type: 'string' },
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
  if (command === 'help') return isCommand(rest[0]) ? commandUsage(rest[0]) : USAGE;
  if (values.help || command === undefined) return isCommand(command) ? commandUsage(command) : USAGE;
  if (command === 'templates') {
    return runTemplates(rest, {
      json: values.json === true,
      replace: values.replace === true,
      base: values.base,
      id: values.id,
      name: values.name,
      warn: (message) => process.stderr.write(`briefwright: ${message}\n`),
    });
  }
  if (rest.length > 1) throw new CliError(`${command} takes one statement file, got ${rest.length}`, 2);
  switch (command) {
    case 'extract':
      return runExtract(rest[0], values.json === true);
    case 'render':
      if (values.batch !== undefined) {
        if (rest.length > 0) throw new CliError('render --batch takes a folder, not a statement file', 2);
        const tty = process.stderr.isTTY === true;
        const summary = await runBatch({
          inputDir: values.batch,
          outDir: values.out,
          template: values.template,
          format: values.format,
          metadata: metadataFrom(values),
          pdfA: values.pdfa === true,
          warn: (message) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}briefwright: ${message}\n`),
          progress: tty ? (done, total, failed) => process.stderr.write(`\r${progressBar(done, total, failed)}`) : undefined,
        });
        if (tty) process.stderr.write('\n');
        const rendered = summary.notes - summary.failures.length;
        // A rate under 0.1 a second printed as "0.0 notes/s": say the time a note took instead.
        const rate = rendered === 0 ? '' : rendered / summary.seconds >= 0.1 ? ` (${(rendered / summary.seconds).toFixed(1)} notes/s)` : ` (${(summary.seconds / rendered).toFixed(1)} s a note)`;
        process.stderr.write(`briefwright: ${rendered} of ${summary.notes} statements rendered in ${summary.seconds.toFixed(1)} s${rate}\n`);
        if (summary.failures.length > 0) {
          summary.failures.forEach((failure) => process.stderr.write(`briefwright: failed: ${failure}\n`));
          process.stdout.write(summary.written.map((file) => `${file}\n`).join(''));
          throw new CliError(`${summary.failures.length} of ${summary.notes} statements failed`);
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
        warn: (message) => process.stderr.write(`briefwright: ${message}\n`),
      });
    default:
      throw new CliError(`unknown command "${command}" (see briefwright --help)`, 2);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const output = await run(argv);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof CliError ? error.message : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`briefwright: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
