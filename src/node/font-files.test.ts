/**
 * The bundled fonts as bytes: each face of each family read from its own file, only the families
 * asked for, cached per folder (the same bytes, not read again), and a folder without the files
 * refused and not cached, so a later call with the files there succeeds (issue 18: mutation testing
 * found these held only through the writers' output).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILE_NAMES } from '../core/write/writer';
import { loadFontFiles } from './font-files';

const resources = path.resolve(import.meta.dirname, '../../resources');
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(resources, 'fonts', file)));

describe('loadFontFiles', () => {
  it('reads each face of a family from its own file, and only the families asked for', async () => {
    const fonts = await loadFontFiles(resources, ['Liberation Serif']);
    expect(Object.keys(fonts)).toEqual(['Liberation Serif']);
    const serif = fonts['Liberation Serif']!;
    const names = FONT_FILE_NAMES['Liberation Serif'];
    for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
      expect(serif[face], face).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(serif[face]).equals(bytesOf(names[face])), face).toBe(true);
    }
  });

  it('loads every bundled family when none is named', async () => {
    expect(Object.keys(await loadFontFiles(resources)).sort()).toEqual(Object.keys(FONT_FILE_NAMES).sort());
  });

  it('reads a folder once: a second call gives the same bytes, not a new read', async () => {
    // A folder no other test has read, so the first read (and its caching) happens in this test:
    // mutation testing runs a mutant only against the tests that reached its line (issue 18).
    const folder = mkdtempSync(path.join(os.tmpdir(), 'briefwright-fonts-'));
    cpSync(path.join(resources, 'fonts', 'pdf'), path.join(folder, 'fonts', 'pdf'), { recursive: true });
    const first = await loadFontFiles(folder, ['Liberation Sans']);
    const second = await loadFontFiles(folder, ['Liberation Sans']);
    expect(Buffer.from(first['Liberation Sans']!.normal).equals(bytesOf(FONT_FILE_NAMES['Liberation Sans'].normal))).toBe(true);
    for (const face of ['normal', 'bold', 'italics', 'bolditalics'] as const) expect(second['Liberation Sans']![face], face).toBe(first['Liberation Sans']![face]);
  });

  it('refuses a folder without the files, and reads it once they are there (a failure is not cached)', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'briefwright-fonts-'));
    await expect(loadFontFiles(folder, ['Liberation Serif'])).rejects.toMatchObject({ code: 'ENOENT' });
    cpSync(path.join(resources, 'fonts', 'pdf'), path.join(folder, 'fonts', 'pdf'), { recursive: true });
    const fonts = await loadFontFiles(folder, ['Liberation Serif']);
    expect(Buffer.from(fonts['Liberation Serif']!.bold).equals(bytesOf(FONT_FILE_NAMES['Liberation Serif'].bold))).toBe(true);
  });
});
