/**
 * Reads the statement the user named: a file, standard input (`-`), or the bundled sample when no
 * file is given. Every failure becomes one clear CliError line.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importStatement, type ImportedStatement } from '../core/import/importers';
import { MAX_IMPORT_BYTES, sizeOverLimitMessage } from '../core/limits';
import { userMessage, userMessageOf, type UserMessage } from '../core/i18n/user-message';
import { CliError } from './cli-error';
import { sampleStatementPath } from './resources';

export const MAX_INPUT_BYTES = MAX_IMPORT_BYTES;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) throw new CliError(userMessage('cli:files.stdinTooLarge', { limit: MAX_INPUT_BYTES / 1024 / 1024 }));
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function readInputFile(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? userMessage('cli:files.noSuchFile', { file }) : userMessage('cli:files.cannotRead', { file, reason: (error as Error).message }));
  }
  if (info.isDirectory()) throw new CliError(userMessage('cli:files.isFolderNotStatement', { file }));
  if (info.size > MAX_INPUT_BYTES) throw new CliError(userMessage('cli:files.tooLarge', { file, size: sizeOverLimitMessage(info.size, MAX_INPUT_BYTES), limit: MAX_INPUT_BYTES / 1024 / 1024 }));
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(userMessage('cli:files.cannotRead', { file, reason: (error as Error).message }));
  }
}

/**
 * The statement in any importable format (text, HTML, DOCX, PDF, Briefwright JSON). `structured`
 * is set when the file already was a structured statement, so a caller can use it instead of
 * extracting again.
 */
function asStandardInput(message: UserMessage): UserMessage {
  const theFile = (param: unknown) => userMessageOf(param)?.code === 'common.theFile';
  if (!theFile(message.params?.name)) return userMessage('cli:batch.inFile', { file: userMessage('common.standardInput'), message });
  return { ...message, params: { ...message.params, name: userMessage('common.standardInput') } };
}

export async function readImportedStatement(input: string | undefined): Promise<ImportedStatement> {
  const name = input === undefined ? sampleStatementPath : input === '-' ? 'standard input' : input;
  const bytes = input === '-' ? await readStdin() : await readInputFile(input ?? sampleStatementPath);
  try {
    return await importStatement(bytes, input === '-' ? undefined : path.basename(name));
  } catch (error) {
    const message = userMessageOf(error);
    // The core says "The file …" when it has no name; standard input is no file.
    if (input === '-' && message) throw new CliError(asStandardInput(message));
    throw new CliError(userMessage('cli:batch.inFile', { file: input === '-' ? userMessage('common.standardInput') : name, message: message ?? (error as Error).message }));
  }
}
