/**
 * The store of the officer's own JSON templates in the data folder (BRIEFWRIGHT_DATA_DIR), read and
 * written directly: what each function refuses and the message it gives, which files a listing
 * reads, and that nothing is written outside the templates folder. Mutation testing over src/node
 * found these branches held only through src/main's handlers, or not at all (issue 18).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describe as describeMessage } from '../core/i18n/describe';
import { createTranslator } from '../core/i18n/translator';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { TEMPLATE_FILE_SUFFIX } from './data-folder';
import {
  deleteStoredTemplate,
  findStoredTemplate,
  listStoredTemplates,
  MAX_TEMPLATE_BYTES,
  readTemplateFile,
  saveTemplate,
  storedTemplateExists,
  storedTemplateFile,
} from './template-store';

const builtIn = findBuiltInTemplate('briefing-note')!;
const mine = { ...builtIn, id: 'asia-desk', name: 'Asia desk note' };
let folder: string;

beforeEach(() => {
  const data = mkdtempSync(path.join(os.tmpdir(), 'briefwright-store-'));
  vi.stubEnv('BRIEFWRIGHT_DATA_DIR', data);
  folder = path.join(data, 'templates');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('template store', () => {
  it('saves a template as <id>.briefwright-template.json, reads it back, lists it and deletes it', async () => {
    const file = await saveTemplate(mine);
    expect(file).toBe(path.join(folder, `asia-desk${TEMPLATE_FILE_SUFFIX}`));
    expect(readdirSync(folder)).toEqual([`asia-desk${TEMPLATE_FILE_SUFFIX}`]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(mine);
    expect(await findStoredTemplate('asia-desk')).toEqual(mine);
    expect(await storedTemplateExists('asia-desk')).toBe(true);
    expect(await listStoredTemplates()).toEqual({ templates: [mine], problems: [] });
    await deleteStoredTemplate('asia-desk');
    expect(readdirSync(folder)).toEqual([]);
    expect(await storedTemplateExists('asia-desk')).toBe(false);
    // Deleting what is not there is not an error.
    await expect(deleteStoredTemplate('asia-desk')).resolves.toBeUndefined();
  });

  it('refuses to overwrite unasked, and replaces when asked', async () => {
    await saveTemplate(mine);
    await expect(saveTemplate({ ...mine, name: 'Second' })).rejects.toThrow(
      `a template with the id "asia-desk" already exists (${path.join(folder, `asia-desk${TEMPLATE_FILE_SUFFIX}`)}); use --replace to overwrite it`,
    );
    expect((await findStoredTemplate('asia-desk'))?.name).toBe('Asia desk note');
    await saveTemplate({ ...mine, name: 'Second' }, { replace: true });
    expect((await findStoredTemplate('asia-desk'))?.name).toBe('Second');
  });

  it('refuses a built-in id, and an id a Word template holds, writing nothing', async () => {
    await expect(saveTemplate(builtIn)).rejects.toThrow('"briefing-note" is a built-in template; give the imported template another id');
    await expect(deleteStoredTemplate('briefing-note')).rejects.toThrow('"briefing-note" is a built-in template and cannot be deleted');
    // Said in the officer's language where it reaches the interface (a coded message, not English text).
    const refusal = await deleteStoredTemplate('briefing-note').catch((error: unknown) => error);
    expect(describeMessage(refusal, createTranslator('fr'))).toBe('«\u00a0briefing-note\u00a0» est un modèle intégré et ne peut pas être supprimé');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'asia-desk.briefwright-word-template.json'), '{}');
    await expect(saveTemplate(mine)).rejects.toThrow('one of your Word templates has the id "asia-desk"; give this template another id');
    expect(readdirSync(folder)).toEqual(['asia-desk.briefwright-word-template.json']);
  });

  it('refuses ids that are not a-z, digits and hyphens, and finds nothing under them', async () => {
    for (const id of ['../autosave', 'Asia', 'asia desk', 'asia/desk', '', 'asia-desk\n']) {
      expect(() => storedTemplateFile(id), JSON.stringify(id)).toThrow(`"${id}" is not a template id (lower-case letters, digits and hyphens only)`);
      expect(await findStoredTemplate(id), JSON.stringify(id)).toBeUndefined();
    }
    expect(storedTemplateFile('a-1')).toBe(path.join(folder, `a-1${TEMPLATE_FILE_SUFFIX}`));
  });

  it('finds nothing outside the templates folder, even where a valid template file lies', async () => {
    // data/escape.briefwright-template.json, one folder up: "../escape" would name it.
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '..', `escape${TEMPLATE_FILE_SUFFIX}`), JSON.stringify({ ...mine, id: 'escape' }));
    writeFileSync(path.join(folder, `x${TEMPLATE_FILE_SUFFIX}`), JSON.stringify({ ...mine, id: 'x' }));
    for (const id of ['../escape', 'x/../../escape', '../x']) expect(await findStoredTemplate(id), id).toBeUndefined();
    expect((await findStoredTemplate('x'))?.id).toBe('x');
  });

  it('finds nothing under an id with no file, and reports a damaged file instead of hiding it', async () => {
    expect(await findStoredTemplate('nobody')).toBeUndefined();
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `broken${TEMPLATE_FILE_SUFFIX}`), '{"schemaVersion": 1}');
    await expect(findStoredTemplate('broken')).rejects.toThrow(/broken\.briefwright-template\.json/);
    expect(await storedTemplateExists('broken')).toBe(true);
  });

  it('reads a file: no such file, a folder in its place, and a file over 1 MB each say so', async () => {
    mkdirSync(folder, { recursive: true });
    const missing = path.join(folder, 'missing.json');
    await expect(readTemplateFile(missing)).rejects.toThrow(`cannot read template ${missing}: no such file`);
    await expect(readTemplateFile(folder)).rejects.toThrow(`cannot read template ${folder}: EISDIR: illegal operation on a directory, read`);
    const large = path.join(folder, 'large.json');
    writeFileSync(large, ' '.repeat(MAX_TEMPLATE_BYTES + 1));
    await expect(readTemplateFile(large)).rejects.toThrow(`template ${large} is larger than 1 MB`);
    // Exactly 1 MB is read (and then refused as a template, not for its size).
    writeFileSync(large, ' '.repeat(MAX_TEMPLATE_BYTES));
    await expect(readTemplateFile(large)).rejects.not.toThrow(/larger than 1 MB/);
  });

  it('lists only template files, in name order, with each broken one as a problem', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `zeta${TEMPLATE_FILE_SUFFIX}`), JSON.stringify({ ...mine, id: 'zeta', name: 'Zeta' }));
    writeFileSync(path.join(folder, `alpha${TEMPLATE_FILE_SUFFIX}`), JSON.stringify({ ...mine, id: 'alpha', name: 'Alpha' }));
    writeFileSync(path.join(folder, `broken${TEMPLATE_FILE_SUFFIX}`), 'not json');
    writeFileSync(path.join(folder, 'notes.txt'), 'not a template');
    const { templates, problems } = await listStoredTemplates();
    expect(templates.map((t) => t.id)).toEqual(['alpha', 'zeta']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`broken${TEMPLATE_FILE_SUFFIX}`);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listStoredTemplates()).toEqual({ templates: [], problems: [] });
  });
});
