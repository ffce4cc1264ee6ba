/**
 * Loads the bundled fonts (resources/fonts) as bytes for the writers. Node-only: shared by the CLI
 * and the Electron main process. Cached per folder, because parsing the same files on every render
 * is wasted work.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FontFaces, FontFiles } from '../core/write/writers';
import { FONT_FILE_NAMES } from '../core/write/writer';

const cache = new Map<string, Promise<FontFiles>>();

async function loadFamily(fontsDir: string, names: Record<keyof FontFaces, string>): Promise<FontFaces> {
  const read = (name: string) => readFile(path.join(fontsDir, name)).then((buffer) => new Uint8Array(buffer));
  const [normal, bold, italics, bolditalics] = await Promise.all([read(names.normal), read(names.bold), read(names.italics), read(names.bolditalics)]);
  return { normal, bold, italics, bolditalics };
}

export function loadFontFiles(resourcesDir: string): Promise<FontFiles> {
  const fontsDir = path.join(resourcesDir, 'fonts');
  let pending = cache.get(fontsDir);
  if (!pending) {
    pending = (async () => {
      const entries = await Promise.all(
        Object.entries(FONT_FILE_NAMES).map(async ([family, names]) => [family, await loadFamily(fontsDir, names)] as const),
      );
      return Object.fromEntries(entries) as FontFiles;
    })();
    pending.catch(() => cache.delete(fontsDir));
    cache.set(fontsDir, pending);
  }
  return pending;
}
