/**
 * Loads the bundled fonts (resources/fonts) as bytes for the writers. Node-only: shared by the CLI
 * and the Electron main process. Cached per folder, because parsing the same files on every render
 * is wasted work.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FontFaces, FontFiles } from '../core/write/writers';
import { FONT_FILE_NAMES } from '../core/write/writer';

const cache = new Map<string, Promise<FontFaces>>();

async function loadFamily(fontsDir: string, names: Record<keyof FontFaces, string>): Promise<FontFaces> {
  const read = (name: string) => readFile(path.join(fontsDir, name)).then((buffer) => new Uint8Array(buffer));
  const [normal, bold, italics, bolditalics] = await Promise.all([read(names.normal), read(names.bold), read(names.italics), read(names.bolditalics)]);
  return { normal, bold, italics, bolditalics };
}

type Family = keyof typeof FONT_FILE_NAMES;

function loadCachedFamily(fontsDir: string, family: Family): Promise<FontFaces> {
  const key = `${fontsDir}\0${family}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = loadFamily(fontsDir, FONT_FILE_NAMES[family]);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/**
 * The bundled fonts as bytes: the families named, or all of them. A note in Latin script needs only
 * its template's family; the Hangul fallback alone is 9 MB, so callers that know the note pass the
 * families it needs.
 */
export async function loadFontFiles(resourcesDir: string, families?: readonly Family[]): Promise<FontFiles> {
  const fontsDir = path.join(resourcesDir, 'fonts');
  const wanted = families ?? (Object.keys(FONT_FILE_NAMES) as Family[]);
  const entries = await Promise.all(wanted.map(async (family) => [family, await loadCachedFamily(fontsDir, family)] as const));
  return Object.fromEntries(entries) as FontFiles;
}
