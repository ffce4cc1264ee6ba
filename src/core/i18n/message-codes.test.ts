/**
 * Every message code the core and the CLI use has its text in both languages: the codes are
 * collected from the source (userMessage('…') and new …Error(userMessage('…'))), not from a list
 * someone must remember to update.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { catalogues } from './catalogues';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)));
}

/** The keys a code may resolve to: itself, or its plural forms. */
function hasCode(language: 'en' | 'fr', code: string): boolean {
  const [namespace, key] = code.includes(':') ? code.split(':') : ['messages', code];
  const all = new Set(keys((catalogues[language] as Record<string, object>)[namespace!] ?? {}));
  if (all.has(key!)) return true;
  const forms = language === 'fr' ? ['one', 'many', 'other'] : ['one', 'other'];
  return forms.every((form) => all.has(`${key}_${form}`));
}

it('has every code used in src/core and src/cli in both catalogues, with every plural form the language needs', () => {
  const codes = new Set<string>();
  for (const file of [...sourceFiles(path.join(root, 'core')), ...sourceFiles(path.join(root, 'cli')), ...sourceFiles(path.join(root, 'renderer'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:userMessage|cliText)\(\s*'([a-zA-Z][\w.:]*)'/g)) codes.add(match[1]!);
  }
  expect(codes.size).toBeGreaterThan(100);
  const missing = [...codes].flatMap((code) => (['en', 'fr'] as const).filter((language) => !hasCode(language, code)).map((language) => `${language}: ${code}`));
  expect(missing).toEqual([]);
});
