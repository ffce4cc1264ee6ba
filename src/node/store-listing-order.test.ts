/**
 * Both template stores list in name order whatever order the file system gives its entries: here
 * (ext4 and most others) readdir happens to return names sorted, so a listing that forgot to sort
 * passed every other test (a survivor of the src/node mutation run, issue 18). readdir is replaced
 * by one that returns the real entries in reverse.
 */
import { mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { TEMPLATE_FILE_SUFFIX, templatesFolder } from './data-folder';
import { listStoredTemplates, saveTemplate } from './template-store';
import { listStoredWordTemplates, saveWordTemplate } from './word-template-store';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  // The stores call readdir(folder): names only.
  const readdir = async (folder: string) => (await actual.readdir(folder)).reverse();
  return { ...actual, default: { ...actual, readdir }, readdir };
});

const builtIn = findBuiltInTemplate('briefing-note')!;
const IDS = ['alpha', 'beta', 'kappa', 'mu', 'zeta'];

beforeEach(() => {
  vi.stubEnv('BRIEFWRIGHT_DATA_DIR', mkdtempSync(path.join(os.tmpdir(), 'briefwright-order-')));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('template stores list in name order, not the file system’s', () => {
  it('JSON templates', async () => {
    for (const id of IDS) await saveTemplate({ ...builtIn, id, name: id });
    // What the stores are given: the entries in reverse.
    expect(await readdir(templatesFolder())).toEqual(IDS.map((id) => `${id}${TEMPLATE_FILE_SUFFIX}`).reverse());
    expect((await listStoredTemplates()).templates.map((template) => template.id)).toEqual(IDS);
  });

  it('Word templates', async () => {
    for (const id of IDS) await saveWordTemplate({ id, name: id, base: 'briefing-note', bytes: new Uint8Array([80, 75, 3, 4]), importedFrom: `${id}.docx`, placeholders: [] });
    expect((await listStoredWordTemplates()).templates.map((stored) => stored.record.id)).toEqual(IDS);
  });
});
