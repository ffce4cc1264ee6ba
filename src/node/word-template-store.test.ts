/**
 * The store of the officer's Word templates in the data folder (BRIEFWRIGHT_DATA_DIR), driven through
 * its public functions with real .docx files: what lands on disk (a record and a document named by
 * its hash), what each function refuses and the exact message, and that a failed or repeated import
 * leaves the template that was there whole. Mutation testing over src/node found this module held
 * only through the CLI and src/main's handlers, most of it not at all (issue 18).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { describe as describeMessage } from '../core/i18n/describe';
import { createTranslator } from '../core/i18n/translator';
import { MAX_WORD_TEMPLATE_BYTES } from '../core/templates/word-template-limits';
import { makeWordTemplate } from '../core/testing/word-template-fixture';
import { TEMPLATE_FILE_SUFFIX } from './data-folder';
import {
  deleteStoredWordTemplate,
  findStoredWordTemplate,
  listStoredWordTemplates,
  readStoredWordTemplate,
  renameStoredWordTemplate,
  saveWordTemplate,
  storedWordTemplateExists,
  WORD_TEMPLATE_FILE_SUFFIX,
  WordTemplateStoreError,
  type NewWordTemplate,
  type StoredWordTemplate,
} from './word-template-store';

/** A .docx LibreOffice made (the CLI tests' template) and one the docx library builds: two real documents. */
const LETTERHEAD = new Uint8Array(readFileSync(path.join(__dirname, '../../tests/fixtures/word-templates/letterhead.docx')));
let BUILT: Uint8Array;

const hash12 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
const recordName = (id: string) => `${id}${WORD_TEMPLATE_FILE_SUFFIX}`;

const desk = (overrides: Partial<NewWordTemplate> = {}): NewWordTemplate => ({
  id: 'asia-desk',
  name: 'Asia desk letterhead',
  base: 'briefing-note',
  bytes: LETTERHEAD,
  importedFrom: '/home/officer/Letterhead.docx',
  placeholders: ['title', 'date', 'classification'],
  ...overrides,
});

let folder: string;
const inFolder = (name: string) => path.join(folder, name);
const listing = () => readdirSync(folder).sort();
const rejection = (promise: Promise<unknown>) => promise.then(
  () => {
    throw new Error('expected a rejection');
  },
  (error: unknown) => error,
);

beforeEach(async () => {
  BUILT ??= await makeWordTemplate();
  const data = mkdtempSync(path.join(os.tmpdir(), 'briefwright-word-store-'));
  vi.stubEnv('BRIEFWRIGHT_DATA_DIR', data);
  folder = path.join(data, 'templates');
});

const originalRename = fs.promises.rename;
afterEach(() => {
  vi.unstubAllEnvs();
  fs.promises.rename = originalRename;
});

describe('saveWordTemplate', () => {
  it('writes the record and the document named by its hash, byte for byte, and finds, lists and reads them back', async () => {
    const file = await saveWordTemplate(desk());
    const docx = `asia-desk.${hash12(LETTERHEAD)}.docx`;
    expect(file).toBe(inFolder(recordName('asia-desk')));
    expect(listing()).toEqual([docx, recordName('asia-desk')].sort());
    expect(Buffer.from(readFileSync(inFolder(docx))).equals(Buffer.from(LETTERHEAD))).toBe(true);
    const record = {
      schemaVersion: 1,
      kind: 'word',
      id: 'asia-desk',
      name: 'Asia desk letterhead',
      base: 'briefing-note',
      docx,
      importedFrom: '/home/officer/Letterhead.docx',
      placeholders: ['title', 'date', 'classification'],
    };
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(record, null, 2)}\n`);
    const stored = await findStoredWordTemplate('asia-desk');
    expect(stored).toEqual({ record, docxFile: inFolder(docx) });
    expect(await listStoredWordTemplates()).toEqual({ templates: [stored], problems: [] });
    expect(Buffer.from(await readStoredWordTemplate(stored!)).equals(Buffer.from(LETTERHEAD))).toBe(true);
    expect(await storedWordTemplateExists('asia-desk')).toBe(true);
  });

  it('refuses an id that is not lower-case letters, digits and hyphens, and a built-in id, writing nothing', async () => {
    for (const id of ['Asia', '../escape', 'asia desk', '-asia', '']) {
      await expect(saveWordTemplate(desk({ id })), JSON.stringify(id)).rejects.toThrow(
        new WordTemplateStoreError(`"${id}" is not a template id (lower-case letters, digits and hyphens, at most 60)`),
      );
    }
    await expect(saveWordTemplate(desk({ id: 'briefing-note' }))).rejects.toThrow(
      new WordTemplateStoreError('"briefing-note" is a built-in template; give the Word template another id with --id'),
    );
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('the refusal is a WordTemplateStoreError carrying a coded message, said in French where the interface is French', async () => {
    const refusal = await rejection(saveWordTemplate(desk({ id: 'briefing-note' })));
    expect(refusal).toBeInstanceOf(WordTemplateStoreError);
    expect((refusal as Error).name).toBe('WordTemplateStoreError');
    expect((refusal as WordTemplateStoreError).userMessage).toEqual({ code: 'store.wordBuiltInId', params: { id: 'briefing-note' } });
    expect(describeMessage(refusal, createTranslator('fr'))).toBe(
      '«\u00a0briefing-note\u00a0» est un modèle intégré\u00a0; donnez un autre identifiant au modèle Word avec --id',
    );
  });

  it('refuses an id a JSON template holds, naming its file, and leaves the folder as it was', async () => {
    mkdirSync(folder, { recursive: true });
    const jsonTemplate = inFolder(`asia-desk${TEMPLATE_FILE_SUFFIX}`);
    writeFileSync(jsonTemplate, '{}');
    await expect(saveWordTemplate(desk())).rejects.toThrow(
      new WordTemplateStoreError(`one of your JSON templates has the id "asia-desk" (${jsonTemplate}); give the Word template another id with --id`),
    );
    expect(listing()).toEqual([`asia-desk${TEMPLATE_FILE_SUFFIX}`]);
  });

  it('refuses to overwrite a Word template unasked, even a damaged one, and leaves it as it was', async () => {
    await saveWordTemplate(desk());
    const before = listing();
    const recordFile = inFolder(recordName('asia-desk'));
    const exists = new WordTemplateStoreError(`a template with the id "asia-desk" already exists (${recordFile}); use --replace to overwrite it`);
    await expect(saveWordTemplate(desk({ name: 'Second', bytes: BUILT }))).rejects.toThrow(exists);
    expect(listing()).toEqual(before);
    expect((await findStoredWordTemplate('asia-desk'))?.record.name).toBe('Asia desk letterhead');
    // A record that cannot be read is still there: it is not silently overwritten either.
    writeFileSync(recordFile, 'damaged');
    await expect(saveWordTemplate(desk({ name: 'Second', bytes: BUILT }))).rejects.toThrow(exists);
    expect(readFileSync(recordFile, 'utf8')).toBe('damaged');
  });

  it('replaces when asked: a new document is written beside the old, then the old one is removed', async () => {
    await saveWordTemplate(desk());
    await saveWordTemplate(desk({ name: 'Second', bytes: BUILT }), { replace: true });
    const docx = `asia-desk.${hash12(BUILT)}.docx`;
    expect(listing()).toEqual([docx, recordName('asia-desk')].sort());
    const stored = (await findStoredWordTemplate('asia-desk'))!;
    expect(stored.record.name).toBe('Second');
    expect(stored.docxFile).toBe(inFolder(docx));
    expect(Buffer.from(await readStoredWordTemplate(stored)).equals(Buffer.from(BUILT))).toBe(true);
  });

  it('replacing with the same document keeps that document (it is not removed as the old one)', async () => {
    await saveWordTemplate(desk());
    await saveWordTemplate(desk({ name: 'Renamed by import' }), { replace: true });
    expect(listing()).toEqual([`asia-desk.${hash12(LETTERHEAD)}.docx`, recordName('asia-desk')].sort());
    const stored = (await findStoredWordTemplate('asia-desk'))!;
    expect(stored.record.name).toBe('Renamed by import');
    expect(Buffer.from(await readStoredWordTemplate(stored)).equals(Buffer.from(LETTERHEAD))).toBe(true);
  });

  it('replacing a template whose document was lost succeeds and stores the new one', async () => {
    await saveWordTemplate(desk());
    rmSync(inFolder(`asia-desk.${hash12(LETTERHEAD)}.docx`));
    await saveWordTemplate(desk({ bytes: BUILT }), { replace: true });
    expect(listing()).toEqual([`asia-desk.${hash12(BUILT)}.docx`, recordName('asia-desk')].sort());
  });

  it('a record that fails its schema (an empty name) is refused before anything is written', async () => {
    const refusal = await rejection(saveWordTemplate(desk({ name: '' })));
    expect(refusal).toBeInstanceOf(ZodError);
    expect((refusal as ZodError).issues.map((issue) => issue.path.join('.'))).toEqual(['name']);
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('when the record cannot be written, the new document is removed and the template that was there stays whole', async () => {
    await saveWordTemplate(desk());
    const before = listing();
    const recordBefore = readFileSync(inFolder(recordName('asia-desk')), 'utf8');
    fs.promises.rename = (from, to) =>
      String(to).endsWith(WORD_TEMPLATE_FILE_SUFFIX) ? Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })) : originalRename(from, to);
    const recordFile = inFolder(recordName('asia-desk'));
    // A new document: written, then removed again.
    await expect(saveWordTemplate(desk({ name: 'Second', bytes: BUILT }), { replace: true })).rejects.toThrow(`${recordFile} could not be replaced (EIO)`);
    expect(listing()).toEqual(before);
    // The same document: the one the template uses is kept.
    await expect(saveWordTemplate(desk({ name: 'Second' }), { replace: true })).rejects.toThrow(`${recordFile} could not be replaced (EIO)`);
    expect(listing()).toEqual(before);
    expect(readFileSync(recordFile, 'utf8')).toBe(recordBefore);
    fs.promises.rename = originalRename;
    const stored = (await findStoredWordTemplate('asia-desk'))!;
    expect(Buffer.from(await readStoredWordTemplate(stored)).equals(Buffer.from(LETTERHEAD))).toBe(true);
  });

  it('a new template whose record cannot be written leaves nothing behind', async () => {
    mkdirSync(folder, { recursive: true });
    fs.promises.rename = (from, to) =>
      String(to).endsWith(WORD_TEMPLATE_FILE_SUFFIX) ? Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })) : originalRename(from, to);
    await expect(saveWordTemplate(desk())).rejects.toThrow(`${inFolder(recordName('asia-desk'))} could not be replaced (EIO)`);
    expect(listing()).toEqual([]);
  });
});

describe('findStoredWordTemplate and storedWordTemplateExists', () => {
  it('find nothing under an id with no record, and nothing outside the templates folder even where a valid record lies', async () => {
    expect(await findStoredWordTemplate('nobody')).toBeUndefined();
    expect(await storedWordTemplateExists('nobody')).toBe(false);
    await saveWordTemplate(desk({ id: 'escape' }));
    // data/escape.briefwright-word-template.json, one folder up: "../escape" would name it.
    writeFileSync(path.join(folder, '..', recordName('escape')), readFileSync(inFolder(recordName('escape'))));
    for (const id of ['../escape', 'x/../../escape', 'Escape', '']) {
      expect(await findStoredWordTemplate(id), JSON.stringify(id)).toBeUndefined();
      expect(await storedWordTemplateExists(id), JSON.stringify(id)).toBe(false);
    }
    expect((await findStoredWordTemplate('escape'))?.record.id).toBe('escape');
  });

  it('report a damaged record with its file and what is wrong, instead of hiding it', async () => {
    mkdirSync(folder, { recursive: true });
    const file = inFolder(recordName('broken'));
    const refusal = async () => {
      expect(await storedWordTemplateExists('broken')).toBe(true);
      return rejection(findStoredWordTemplate('broken'));
    };

    writeFileSync(file, 'not json');
    let detail = '';
    try {
      JSON.parse('not json');
    } catch (error) {
      detail = (error as Error).message;
    }
    expect(await refusal()).toEqual(new WordTemplateStoreError(`${file} is not valid JSON: ${detail}`));

    writeFileSync(file, '[]');
    expect(await refusal()).toEqual(new WordTemplateStoreError(`${file} is not a valid Word template record: Invalid input: expected object, received array`));

    writeFileSync(file, JSON.stringify({ schemaVersion: 2 }));
    expect(await refusal()).toEqual(new WordTemplateStoreError(`${file} is not a valid Word template record at "schemaVersion": Invalid input: expected 1`));

    // A nested field is named by its whole path, dot-separated.
    await saveWordTemplate(desk({ id: 'broken' }), { replace: true });
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...record, placeholders: ['title', 7] }));
    expect(await refusal()).toEqual(
      new WordTemplateStoreError(`${file} is not a valid Word template record at "placeholders.1": Invalid input: expected string, received number`),
    );

    await saveWordTemplate(desk({ id: 'other' }));
    writeFileSync(file, readFileSync(inFolder(recordName('other'))));
    expect(await refusal()).toEqual(new WordTemplateStoreError(`${file} holds the template "other", not the one its name says`));
  });

  it('refuses a record over 1 MB by its size; one of exactly 1 MB is read (and refused as JSON, not for its size)', async () => {
    mkdirSync(folder, { recursive: true });
    const file = inFolder(recordName('large'));
    writeFileSync(file, ' '.repeat(1024 * 1024 + 1));
    expect(await rejection(findStoredWordTemplate('large'))).toEqual(new WordTemplateStoreError(`${file} is larger than 1 MB`));
    writeFileSync(file, ' '.repeat(1024 * 1024));
    expect(String(await rejection(findStoredWordTemplate('large')))).toMatch(`WordTemplateStoreError: ${file} is not valid JSON: `);
  });

  it('storedWordTemplateExists answers false (not undefined) for an id with no record', async () => {
    await expect(storedWordTemplateExists('nobody')).resolves.toBe(false);
    await expect(storedWordTemplateExists('../nobody')).resolves.toBe(false);
  });
});

describe('listStoredWordTemplates', () => {
  it('lists only Word-template records, in name order, with each damaged one as a problem', async () => {
    for (const id of ['zeta', 'mu', 'alpha', 'kappa', 'beta']) await saveWordTemplate(desk({ id, name: id }));
    writeFileSync(inFolder(recordName('broken')), '{}');
    // A JSON template and other files are not Word templates, nor problems.
    writeFileSync(inFolder(`gamma${TEMPLATE_FILE_SUFFIX}`), 'not a Word template');
    writeFileSync(inFolder('notes.txt'), 'not a template');
    const { templates, problems } = await listStoredWordTemplates();
    expect(templates.map((stored) => stored.record.id)).toEqual(['alpha', 'beta', 'kappa', 'mu', 'zeta']);
    expect(problems).toEqual([`${inFolder(recordName('broken'))} is not a valid Word template record at "schemaVersion": Invalid input: expected 1`]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listStoredWordTemplates()).toEqual({ templates: [], problems: [] });
  });
});

describe('readStoredWordTemplate', () => {
  const storedAs = async (bytes: Uint8Array): Promise<StoredWordTemplate> => {
    await saveWordTemplate(desk({ bytes }));
    return (await findStoredWordTemplate('asia-desk'))!;
  };

  it('a lost document asks for the template to be imported again', async () => {
    const stored = await storedAs(LETTERHEAD);
    rmSync(stored.docxFile);
    await expect(readStoredWordTemplate(stored)).rejects.toThrow(
      new WordTemplateStoreError(`the Word template "asia-desk" has lost its document ${stored.docxFile}; import it again`),
    );
  });

  it('a document that cannot be read (a folder in its place) names the file and the reason', async () => {
    const stored = await storedAs(LETTERHEAD);
    rmSync(stored.docxFile);
    mkdirSync(stored.docxFile);
    await expect(readStoredWordTemplate(stored)).rejects.toThrow(
      new WordTemplateStoreError(`cannot read ${stored.docxFile}: EISDIR: illegal operation on a directory, read`),
    );
  });

  it('refuses a document over the size limit by name; one of exactly the limit is read', async () => {
    const stored = await storedAs(LETTERHEAD);
    writeFileSync(stored.docxFile, new Uint8Array(MAX_WORD_TEMPLATE_BYTES + 1));
    await expect(readStoredWordTemplate(stored)).rejects.toThrow(new WordTemplateStoreError(`${stored.docxFile} is larger than 10 MB`));
    writeFileSync(stored.docxFile, new Uint8Array(MAX_WORD_TEMPLATE_BYTES));
    expect((await readStoredWordTemplate(stored)).byteLength).toBe(MAX_WORD_TEMPLATE_BYTES);
  });
});

describe('renameStoredWordTemplate', () => {
  it('rewrites the record with the new name and keeps its id and document', async () => {
    await saveWordTemplate(desk());
    const before = (await findStoredWordTemplate('asia-desk'))!;
    await renameStoredWordTemplate('asia-desk', 'Asia desk (2026)');
    const after = (await findStoredWordTemplate('asia-desk'))!;
    expect(after).toEqual({ record: { ...before.record, name: 'Asia desk (2026)' }, docxFile: before.docxFile });
    expect(listing()).toEqual([path.basename(before.docxFile), recordName('asia-desk')].sort());
  });

  it('refuses a template that is gone, and a name the record does not allow, leaving the record as it was', async () => {
    await expect(renameStoredWordTemplate('nobody', 'x')).rejects.toThrow(new WordTemplateStoreError('the Word template "nobody" no longer exists'));
    await saveWordTemplate(desk());
    const recordBefore = readFileSync(inFolder(recordName('asia-desk')), 'utf8');
    expect(await rejection(renameStoredWordTemplate('asia-desk', 'x'.repeat(81)))).toBeInstanceOf(ZodError);
    expect(readFileSync(inFolder(recordName('asia-desk')), 'utf8')).toBe(recordBefore);
  });
});

describe('deleteStoredWordTemplate', () => {
  it('removes the record and its document, and deleting what is not there is no error', async () => {
    await saveWordTemplate(desk());
    await saveWordTemplate(desk({ id: 'kept', bytes: BUILT }));
    await deleteStoredWordTemplate('asia-desk');
    expect(listing()).toEqual([`kept.${hash12(BUILT)}.docx`, recordName('kept')].sort());
    await expect(deleteStoredWordTemplate('asia-desk')).resolves.toBeUndefined();
    expect(listing()).toEqual([`kept.${hash12(BUILT)}.docx`, recordName('kept')].sort());
  });

  it('removes a template whose document was lost, and a damaged record', async () => {
    await saveWordTemplate(desk());
    rmSync(inFolder(`asia-desk.${hash12(LETTERHEAD)}.docx`));
    await deleteStoredWordTemplate('asia-desk');
    expect(listing()).toEqual([]);
    writeFileSync(inFolder(recordName('broken')), 'damaged');
    await deleteStoredWordTemplate('broken');
    expect(listing()).toEqual([]);
  });

  it('refuses an id that is not one, touching nothing outside the templates folder', async () => {
    await saveWordTemplate(desk({ id: 'escape' }));
    const outside = path.join(folder, '..', recordName('escape'));
    writeFileSync(outside, 'outside');
    for (const id of ['../escape', 'Escape']) {
      await expect(deleteStoredWordTemplate(id), id).rejects.toThrow(
        new WordTemplateStoreError(`"${id}" is not a template id (lower-case letters, digits and hyphens, at most 60)`),
      );
    }
    expect(readFileSync(outside, 'utf8')).toBe('outside');
    expect(listing()).toEqual([`escape.${hash12(LETTERHEAD)}.docx`, recordName('escape')].sort());
  });
});
