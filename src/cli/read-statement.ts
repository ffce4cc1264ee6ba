/**
 * Reads the statement the user named: a file, standard input (`-`), or the bundled sample when no
 * file is given. Every failure becomes one clear CliError line.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importStatement, type ImportedStatement } from '../core/import/importers';
import { MAX_IMPORT_BYTES, sizeOverLimit } from '../core/limits';
import { CliError } from './cli-error';
import { sampleStatementPath } from './resources';

export const MAX_INPUT_BYTES = MAX_IMPORT_BYTES;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) throw new CliError(`standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; Briefwright reads statements up to that size`);
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
    throw new CliError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${(error as Error).message}`);
  }
  if (info.isDirectory()) throw new CliError(`cannot read ${file}: it is a folder, not a statement file`);
  if (info.size > MAX_INPUT_BYTES) throw new CliError(`${file} is too large to read (${sizeOverLimit(info.size, MAX_INPUT_BYTES)}): Briefwright reads statements up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/**
 * The statement in any importable format (text, HTML, DOCX, PDF, Briefwright JSON). `structured`
 * is set when the file already was a structured statement, so a caller can use it instead of
 * extracting again.
 */
export async function readImportedStatement(input: string | undefined): Promise<ImportedStatement> {
  const name = input === undefined ? sampleStatementPath : input === '-' ? 'standard input' : input;
  const bytes = input === '-' ? await readStdin() : await readInputFile(input ?? sampleStatementPath);
  try {
    return await importStatement(bytes, input === '-' ? undefined : path.basename(name));
  } catch (error) {
    const message = (error as Error).message;
    // The core says "The file …" when it has no name; standard input is no file.
    if (input === '-' && message.startsWith('The file ')) throw new CliError(`standard input ${message.slice('The file '.length)}`);
    throw new CliError(`${name}: ${message}`);
  }
}
