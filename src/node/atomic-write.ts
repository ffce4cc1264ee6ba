/**
 * Atomic file writes for every save (exports, drafts, autosave, templates), shared by the CLI and
 * the Electron main process: the bytes go to a new temporary file in the target's folder, every
 * byte is written, the file is flushed to the disk (fsync), then renamed over the target, and the
 * folder is flushed so the rename itself survives a power cut. On any failure the temporary file
 * is removed and the error is thrown: the file that was there before is left exactly as it was.
 *
 * Why not write-file-atomic (6.0.0, which this replaced): it issues one `write` and ignores how many
 * bytes it wrote. On a disk that fills up, `write(2)` writes what fits and returns a short count
 * (only the next call fails with ENOSPC), so a 40 KB draft became a 16 KB file and the save
 * "succeeded", replacing a good autosave with a broken one. POSIX allows short writes at any time
 * (signals, network file systems), so the loop below is the only correct way to write.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';

// Looked up on the `fs` object at call time (not destructured) so a test can inject short writes.
const call = {
  open: (file: string, flags: string, mode: number) => promisify(fs.open)(file, flags, mode),
  // Not promisify(fs.write): its custom form resolves to { bytesWritten, buffer }, not the count.
  write: (fd: number, bytes: Uint8Array, offset: number, length: number, position: number) =>
    new Promise<number>((resolve, reject) => fs.write(fd, bytes, offset, length, position, (error, written) => (error ? reject(error) : resolve(written)))),
  fsync: (fd: number) => promisify(fs.fsync)(fd),
  close: (fd: number) => promisify(fs.close)(fd),
};

/** Writes all of `bytes` to `fd`, looping on short writes; a write that makes no progress is an error. */
async function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const written = await call.write(fd, bytes, offset, bytes.length - offset, offset);
    if (written <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write (the disk accepted no more bytes)'), { code: 'ENOSPC' });
    offset += written;
  }
}

/** Flushes a folder's entries (the rename). Windows cannot open a folder for this; nothing to do there. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fd = await call.open(folder, 'r', 0);
  try {
    await call.fsync(fd);
  } catch (error) {
    // Some file systems (and some FUSE mounts) do not support fsync on a folder; the rename is done.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EPERM') throw error;
  } finally {
    await call.close(fd);
  }
}

const FOLDER_REFUSALS: Readonly<Record<string, string>> = {
  ENOENT: 'does not accept new files', // /proc, /sys: the folder is there, a new file cannot be
  EACCES: 'is not writable',
  EPERM: 'is not writable',
  EROFS: 'is on a read-only file system',
  ENOSPC: 'is on a full disk',
  EDQUOT: 'is over its disk quota',
};

/**
 * The temporary file is this module's business: an error creating it names the folder and why (Node's
 * own "ENOENT: no such file or directory, open '/proc/.x.docx.123-0-ab.tmp'" named neither). The
 * code stays on the error for callers that branch on it.
 */
function folderRefused(folder: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === undefined ? undefined : FOLDER_REFUSALS[code];
  const message = why ? `the folder ${folder} ${why} (${code})` : `cannot create a file in ${folder} (${(error as Error).message.split(',')[0]})`;
  return Object.assign(new Error(message, { cause: error }), { code });
}

export async function writeFileAtomic(filePath: string, content: Uint8Array | string): Promise<void> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // A symbolic link is followed, so the file it points to is replaced, not the link.
  const target = await fs.promises.realpath(filePath).catch(() => filePath);
  const folder = path.dirname(target);
  const previous = await fs.promises.stat(target).catch(() => null);
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}-${threadId}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null;
  try {
    fd = await call.open(temporary, 'wx', previous ? previous.mode & 0o7777 : 0o666);
  } catch (error) {
    throw folderRefused(folder, error);
  }
  try {
    await writeAll(fd, bytes);
    await call.fsync(fd);
    const open = fd;
    fd = null;
    await call.close(open);
    if (previous) await fs.promises.chmod(temporary, previous.mode & 0o7777).catch(() => undefined); // the umask narrowed it
    await fs.promises.rename(temporary, target).catch((error: NodeJS.ErrnoException) => {
      throw Object.assign(new Error(`${target} could not be replaced (${error.code ?? error.message})`, { cause: error }), { code: error.code });
    });
  } catch (error) {
    if (fd !== null) await call.close(fd).catch(() => undefined);
    await fs.promises.unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}
