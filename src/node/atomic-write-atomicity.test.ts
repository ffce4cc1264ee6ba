/**
 * What makes writeFileAtomic atomic, each checked by what a reader of the folder sees (issue 18:
 * replacing it with a plain writeFile passed the whole suite once): the old file stays whole until
 * the new one is complete and flushed, a failure at any step leaves the old file byte for byte and no
 * temporary file, a symbolic link keeps pointing at the replaced file, and a refused folder is named.
 * Failures are injected through the `fs` functions the writer looks up at call time.
 */
import fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

const original = { write: fs.write, fsync: fs.fsync, close: fs.close, rename: fs.promises.rename };

afterEach(() => {
  fs.write = original.write;
  fs.fsync = original.fsync;
  fs.close = original.close;
  fs.promises.rename = original.rename;
});

/** Every byte value, so "byte for byte" covers what a text comparison would not. */
const OLD_BYTES = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
const NEW_BYTES = new Uint8Array(64 * 1024).map((_, i) => (i * 13 + 5) % 256);

function folderWithOldFile(name: string): { folder: string; file: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
  const file = path.join(folder, name);
  writeFileSync(file, OLD_BYTES);
  return { folder, file };
}

const isOld = (bytes: Uint8Array) => Buffer.from(bytes).equals(OLD_BYTES);
const isNew = (bytes: Uint8Array) => Buffer.from(bytes).equals(NEW_BYTES);

const eio = (call: string) => Object.assign(new Error(`EIO: i/o error, ${call}`), { code: 'EIO' });

describe('writeFileAtomic: what a reader of the folder sees', () => {
  it('the target holds the old bytes while the new ones are written and flushed, and the new ones only after', async () => {
    const { folder, file } = folderWithOldFile('note.docx');
    // What the target holds at each write and flush before the rename (the folder's flush comes after).
    const seen: string[] = [];
    let renamed = false;
    const look = (step: string) => {
      if (!renamed) seen.push(`${step}: ${isOld(readFileSync(file)) ? 'old' : 'other'}`);
    };
    (fs as { write: unknown }).write = (...args: Parameters<typeof fs.write>) => {
      look('write');
      return (original.write as (...a: unknown[]) => void)(...args);
    };
    (fs as { fsync: unknown }).fsync = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
      look('fsync');
      original.fsync(fd, callback);
    };
    fs.promises.rename = (from, to) => {
      renamed = true;
      return original.rename(from, to);
    };
    await writeFileAtomic(file, NEW_BYTES);
    expect(seen).toEqual(['write: old', 'fsync: old']);
    expect(isNew(readFileSync(file))).toBe(true);
    expect(readdirSync(folder)).toEqual(['note.docx']);
  });

  it('a write that fails midway (EIO on the second chunk) rejects with it, keeps the old file byte for byte and leaves no temporary file', async () => {
    const { folder, file } = folderWithOldFile('note.pdf');
    let calls = 0;
    (fs as { write: unknown }).write = (fd: number, buffer: Uint8Array, offset: number, length: number, position: number, callback: (e: unknown, n: number) => void) => {
      calls += 1;
      if (calls === 1) return original.write(fd, buffer, offset, Math.min(length, 1024), position, callback);
      process.nextTick(() => callback(eio('write'), 0));
    };
    await expect(writeFileAtomic(file, NEW_BYTES)).rejects.toThrow('EIO: i/o error, write');
    expect(calls).toBe(2);
    expect(isOld(readFileSync(file))).toBe(true);
    expect(readdirSync(folder)).toEqual(['note.pdf']);
  });

  it('a flush that fails rejects with it, keeps the old file byte for byte and leaves no temporary file', async () => {
    const { folder, file } = folderWithOldFile('autosave.briefwright.json');
    (fs as { fsync: unknown }).fsync = (_fd: number, callback: (error: unknown) => void) => process.nextTick(() => callback(eio('fsync')));
    await expect(writeFileAtomic(file, NEW_BYTES)).rejects.toThrow('EIO: i/o error, fsync');
    expect(isOld(readFileSync(file))).toBe(true);
    expect(readdirSync(folder)).toEqual(['autosave.briefwright.json']);
  });

  it('a rename that fails says which file could not be replaced, keeps the old file and leaves no temporary file', async () => {
    const { folder, file } = folderWithOldFile('template.json');
    fs.promises.rename = () => Promise.reject(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }));
    const failure = writeFileAtomic(file, NEW_BYTES);
    await expect(failure).rejects.toThrow(`${file} could not be replaced (EXDEV)`);
    await expect(failure).rejects.toMatchObject({ code: 'EXDEV' });
    expect(isOld(readFileSync(file))).toBe(true);
    expect(readdirSync(folder)).toEqual(['template.json']);
  });

  it('a new file appears whole, alone in its folder', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atomic-new-'));
    const file = path.join(folder, 'new.docx');
    await writeFileAtomic(file, NEW_BYTES);
    expect(isNew(readFileSync(file))).toBe(true);
    expect(readdirSync(folder)).toEqual(['new.docx']);
  });

  it.skipIf(process.platform === 'win32')('replaces the file a symbolic link points to and keeps the link', async () => {
    const { folder, file } = folderWithOldFile('real.json');
    const link = path.join(folder, 'link.json');
    symlinkSync(file, link);
    await writeFileAtomic(link, 'new');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(folder).sort()).toEqual(['link.json', 'real.json']);
  });

  it('names a folder that does not exist, with the code', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'atomic-missing-')), 'gone');
    const failure = writeFileAtomic(path.join(folder, 'note.docx'), 'x');
    await expect(failure).rejects.toThrow(`the folder ${folder} does not accept new files (ENOENT)`);
    await expect(failure).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('names a path through a file, which is not a folder, with Node’s own reason', async () => {
    const { file } = folderWithOldFile('plain.txt');
    const failure = writeFileAtomic(path.join(file, 'note.docx'), 'x');
    await expect(failure).rejects.toThrow(`cannot create a file in ${file} (ENOTDIR: not a directory)`);
  });

  it('a write that makes no progress (0 bytes) is a full disk, not an endless loop: ENOSPC, old file kept, descriptor closed', async () => {
    const { folder, file } = folderWithOldFile('note.docx');
    (fs as { write: unknown }).write = (_fd: number, _b: unknown, _o: number, _l: number, _p: number, callback: (e: unknown, n: number) => void) => process.nextTick(() => callback(null, 0));
    let closes = 0;
    (fs as { close: unknown }).close = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
      closes += 1;
      original.close(fd, callback);
    };
    const failure = writeFileAtomic(file, NEW_BYTES);
    await expect(failure).rejects.toThrow('ENOSPC: no space left on device, write (the disk accepted no more bytes)');
    await expect(failure).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(closes).toBe(1);
    expect(isOld(readFileSync(file))).toBe(true);
    expect(readdirSync(folder)).toEqual(['note.docx']);
  });

  it.skipIf(process.platform === 'win32')('flushes the file, then the folder after the rename; a folder that cannot be flushed (EINVAL) is no error, a failing one is', async () => {
    const { file } = folderWithOldFile('draft.briefwright.json');
    const flushed: string[] = [];
    let folderError: string | null = null;
    (fs as { fsync: unknown }).fsync = (fd: number, callback: (error: unknown) => void) => {
      const isFolder = fs.fstatSync(fd).isDirectory();
      flushed.push(isFolder ? 'folder' : 'file');
      if (isFolder && folderError) return process.nextTick(() => callback(Object.assign(new Error(`${folderError}: fsync`), { code: folderError })));
      original.fsync(fd, callback as (error: NodeJS.ErrnoException | null) => void);
    };
    await writeFileAtomic(file, 'first');
    expect(flushed).toEqual(['file', 'folder']);
    for (const code of ['EINVAL', 'ENOTSUP', 'EPERM']) {
      folderError = code;
      await expect(writeFileAtomic(file, code), code).resolves.toBeUndefined();
      expect(readFileSync(file, 'utf8')).toBe(code);
    }
    folderError = 'EIO';
    await expect(writeFileAtomic(file, 'after EIO')).rejects.toThrow('EIO: fsync');
    // The rename was done before the folder's flush: the new content is in place.
    expect(readFileSync(file, 'utf8')).toBe('after EIO');
  });

  it.skipIf(process.platform === 'win32')('keeps a mode wider than the umask allows a new file (0666 stays 0666)', async () => {
    const { file } = folderWithOldFile('shared.json');
    fs.chmodSync(file, 0o666);
    await writeFileAtomic(file, 'new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o666);
  });
});

describe('writeFileAtomic: its errors and its descriptors', () => {
  it('a refused folder is a new error that carries the operating system’s own error as its cause', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'atomic-missing-')), 'gone');
    const failure = await writeFileAtomic(path.join(folder, 'note.docx'), 'x').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const cause = (failure as Error).cause as NodeJS.ErrnoException;
    expect(cause).toBeInstanceOf(Error);
    expect(cause).not.toBe(failure);
    expect(cause.code).toBe('ENOENT');
    expect(cause.syscall).toBe('open');
    expect(cause.message).toMatch(/^ENOENT: no such file or directory, open '.+\.tmp'$/);
  });

  it('a rename that fails is a new error naming the file that carries the rename’s error as its cause', async () => {
    const { file } = folderWithOldFile('template.json');
    const exdev = Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    fs.promises.rename = () => Promise.reject(exdev);
    const failure = await writeFileAtomic(file, NEW_BYTES).catch((error: unknown) => error);
    expect((failure as Error).message).toBe(`${file} could not be replaced (EXDEV)`);
    expect((failure as Error).cause).toBe(exdev);
  });

  /** Counts fs.close calls (the writer looks it up at call time), passing each to the real one. */
  function countCloses(): { readonly count: () => number } {
    let closes = 0;
    (fs as { close: unknown }).close = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
      closes += 1;
      original.close(fd, callback);
    };
    return { count: () => closes };
  }

  it.skipIf(process.platform === 'win32')('closes each descriptor it opened exactly once: the file’s and the folder’s, also when the folder’s flush fails', async () => {
    const { file } = folderWithOldFile('note.docx');
    const closes = countCloses();
    await writeFileAtomic(file, NEW_BYTES);
    expect(closes.count()).toBe(2);
    (fs as { fsync: unknown }).fsync = (fd: number, callback: (error: unknown) => void) =>
      fs.fstatSync(fd).isDirectory() ? process.nextTick(() => callback(eio('fsync'))) : original.fsync(fd, callback as (error: NodeJS.ErrnoException | null) => void);
    await expect(writeFileAtomic(file, 'again')).rejects.toThrow('EIO: i/o error, fsync');
    expect(closes.count()).toBe(4);
  });

  it('a rename that fails after the file was closed does not close it a second time', async () => {
    const { file } = folderWithOldFile('note.docx');
    const closes = countCloses();
    fs.promises.rename = () => Promise.reject(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }));
    await expect(writeFileAtomic(file, NEW_BYTES)).rejects.toThrow(`${file} could not be replaced (EXDEV)`);
    expect(closes.count()).toBe(1);
  });

  it('on Windows, where a folder cannot be opened, the folder is not flushed (only the file is)', async () => {
    const { file } = folderWithOldFile('note.docx');
    const flushed: string[] = [];
    (fs as { fsync: unknown }).fsync = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
      flushed.push(fs.fstatSync(fd).isDirectory() ? 'folder' : 'file');
      original.fsync(fd, callback);
    };
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    try {
      await writeFileAtomic(file, NEW_BYTES);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    expect(flushed).toEqual(['file']);
    expect(isNew(readFileSync(file))).toBe(true);
  });
});
