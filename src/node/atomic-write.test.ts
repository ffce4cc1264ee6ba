/**
 * The atomic writer under injected short writes: `write(2)` may write fewer bytes than asked (a
 * disk filling up, a signal, a network file system), and only a later call reports ENOSPC. A
 * writer that trusts one call leaves a truncated file and reports success.
 */
import fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

const originalWrite = fs.write;
type WriteCallback = (error: NodeJS.ErrnoException | null, written: number, buffer: unknown) => void;

/** Every fs.write writes at most `chunk` bytes; after `budget` bytes in all it fails with ENOSPC. */
function injectShortWrites(chunk: number, budget = Number.POSITIVE_INFINITY): void {
  let total = 0;
  (fs as { write: unknown }).write = (fd: number, buffer: Uint8Array | string, ...rest: unknown[]) => {
    const callback = rest.pop() as WriteCallback;
    // fs.write(fd, string, position, encoding, cb) or fs.write(fd, buffer, offset, length, position, cb)
    let offset = 0;
    let length: number;
    let position: number | null;
    if (typeof buffer === 'string') {
      buffer = Buffer.from(buffer, (rest[1] as BufferEncoding | undefined) ?? 'utf8');
      length = buffer.length;
      position = (rest[0] as number | null | undefined) ?? null;
    } else {
      offset = (rest[0] as number | undefined) ?? 0;
      length = (rest[1] as number | undefined) ?? buffer.length - offset;
      position = (rest[2] as number | null | undefined) ?? null;
    }
    if (total >= budget) {
      const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      process.nextTick(() => callback(error, 0, buffer));
      return;
    }
    const allowed = Math.min(length, chunk, budget - total);
    total += allowed;
    originalWrite(fd, buffer, offset, allowed, position, callback);
  };
}

afterEach(() => {
  fs.write = originalWrite;
});

describe('writeFileAtomic', () => {
  it('writes every byte when the system writes only part of each request', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atomic-short-'));
    const file = path.join(folder, 'note.pdf');
    const bytes = new Uint8Array(40 * 1024).map((_, i) => i % 251);
    injectShortWrites(16 * 1024);
    await writeFileAtomic(file, bytes);
    fs.write = originalWrite;
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
    expect(readdirSync(folder)).toEqual(['note.pdf']);
  });

  it('writes every byte of a string too', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atomic-short-'));
    const file = path.join(folder, 'draft.briefwright.json');
    const text = `{"text":"${'é—'.repeat(10_000)}"}`;
    injectShortWrites(1000);
    await writeFileAtomic(file, text);
    fs.write = originalWrite;
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('on a short write then ENOSPC, rejects, keeps the old file and leaves no temporary file', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atomic-full-'));
    const file = path.join(folder, 'autosave.briefwright.json');
    writeFileSync(file, 'the good autosave');
    injectShortWrites(16 * 1024, 16 * 1024);
    await expect(writeFileAtomic(file, 'x'.repeat(40 * 1024))).rejects.toThrow(/ENOSPC/);
    fs.write = originalWrite;
    expect(readFileSync(file, 'utf8')).toBe('the good autosave');
    expect(readdirSync(folder)).toEqual(['autosave.briefwright.json']);
  });

  it('keeps the mode of the file it replaces', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atomic-mode-'));
    const file = path.join(folder, 'template.json');
    writeFileSync(file, 'old', { mode: 0o600 });
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
