/**
 * Saving onto a disk that fills up mid-write, for real: a 32 KB tmpfs is mounted (root only) and
 * the CLI renders a note bigger than it, and the atomic writer shared by the CLI and the desktop app
 * (exports, drafts, autosave, templates) writes a 40 KB draft into it. Each must fail with the
 * disk's error, leave the file that was there before untouched and leave no temporary file behind.
 * Without root (no mount) the suite is skipped and says why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/node/atomic-write';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'briefwright.js');

function tryMountSmallDisk(folder: string): string | null {
  if (process.platform !== 'linux') return `needs Linux tmpfs (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'needs root to mount a 32 KB tmpfs';
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=32k', 'tmpfs', folder], { encoding: 'utf8' });
  return result.status === 0 ? null : `mount failed: ${result.stderr.trim() || result.error?.message}`;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'briefwright-full-disk-'));
const disk = path.join(work, 'disk');
mkdirSync(disk);
const skipReason = tryMountSmallDisk(disk);
if (skipReason) console.log(`full-disk tests skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('a save onto a disk that fills up', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root });
  }, 120_000);
  beforeEach(() => {
    for (const name of readdirSync(disk)) rmSync(path.join(disk, name), { force: true });
  });
  afterAll(() => {
    spawnSync('umount', [disk]);
    rmSync(work, { recursive: true, force: true });
  });

  it('render --format pdf fails, says the disk is full and keeps the note that was there', () => {
    const previous = Buffer.from('%PDF-1.7 the note saved yesterday\n');
    writeFileSync(path.join(disk, 'note.pdf'), previous);
    const result = spawnSync(process.execPath, [bin, 'render', '--format', 'pdf', '--out', path.join(disk, 'note')], { encoding: 'utf8', cwd: root });
    expect(result.status, result.stdout).not.toBe(0);
    expect(result.stderr).toMatch(/cannot write .*note\.pdf.*(ENOSPC|no space)/i);
    expect(readFileSync(path.join(disk, 'note.pdf'))).toEqual(previous);
    expect(readdirSync(disk)).toEqual(['note.pdf']);
  });

  it('a 40 KB draft is refused with ENOSPC, the good autosave kept, no temporary file left', async () => {
    const good = '{"format":"briefwright-draft","a good autosave":true}\n';
    const file = path.join(disk, 'autosave.briefwright.json');
    writeFileSync(file, good);
    await expect(writeFileAtomic(file, 'x'.repeat(40 * 1024))).rejects.toThrow(/ENOSPC|no space/i);
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(readdirSync(disk)).toEqual(['autosave.briefwright.json']);
  });

  it('a write that fits is whole', async () => {
    const file = path.join(disk, 'small.json');
    const content = 'y'.repeat(8 * 1024);
    await writeFileAtomic(file, content);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
