/** The renderer's initial JavaScript (what index.html loads) and its lazy chunks, gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  readonly initialGzipKb: number;
  readonly lazy: { readonly file: string; readonly gzipKb: number }[];
}

export function measureBundle(rendererDir: string): BundleSize {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!));
  const assets = readdirSync(path.join(rendererDir, 'assets')).filter((file) => file.endsWith('.js'));
  const gzipKb = (file: string) => gzipSync(readFileSync(path.join(rendererDir, file))).length / 1024;
  return {
    initialGzipKb: [...initial].reduce((sum, file) => sum + gzipKb(file), 0),
    lazy: assets.filter((file) => !initial.has(`assets/${file}`)).map((file) => ({ file, gzipKb: gzipKb(`assets/${file}`) })),
  };
}
