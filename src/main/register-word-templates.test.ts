import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeBriefing } from '../core/compose/compose-briefing';
import { extractStatement } from '../core/extract/extract-statement';
import { importText } from '../core/import/text-importer';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { IPC_CHANNELS, type WordTemplateListing } from '../shared/ipc-contract';
import { fakeElectron, appEntryUrl, appEvent, strangerEvent, invoke } from './testing/fake-electron';

// Electron has no binary here (and unit tests should not need one): a fake of the parts main uses.
vi.mock('electron', () => import('./testing/fake-electron'));
// Filling runs on a worker thread compiled from source through tsx: seconds on a loaded machine.
vi.setConfig({ testTimeout: 90_000 });

const { registerWordTemplates } = await import('./register-word-templates');
const { registerTemplates } = await import('./register-templates');
const { setDesktopLanguage } = await import('./desktop-language');

const letterhead = new Uint8Array(await readFile('tests/fixtures/word-templates/letterhead.docx'));
const info = { id: 'asia-letterhead', name: 'Asia letterhead', base: 'briefing-note', importedFrom: 'letterhead.docx', placeholders: ['title'] };
const briefingNote = findBuiltInTemplate('briefing-note')!;
const statement = importText(await readFile('resources/samples/canada-rok-fdmm-2024.txt', 'utf8'));
const structured = extractStatement(statement);
const briefing = composeBriefing(structured, briefingNote);

let tmp: string;
let templatesDir: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'briefwright-word-templates-'));
  templatesDir = path.join(tmp, 'data', 'templates');
  vi.stubEnv('BRIEFWRIGHT_DATA_DIR', path.join(tmp, 'data'));
  fakeElectron.reset();
  // The real worker thread, from its TypeScript source.
  registerWordTemplates({ appEntryUrl, wordFillWorker: { path: new URL('./testing/typescript-worker.mjs', import.meta.url), workerData: { entry: new URL('./word-fill-worker.ts', import.meta.url).href } } });
  registerTemplates({ appEntryUrl });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(tmp, { recursive: true, force: true });
});

const list = async () => (await invoke(IPC_CHANNELS.listWordTemplates, appEvent)) as WordTemplateListing;

describe('registerWordTemplates', () => {
  it('refuses in the interface language: « Le modèle Word n\'a pas pu être importé » in French', async () => {
    setDesktopLanguage('fr');
    try {
      expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, id: 'briefing-note' }, bytes: letterhead, replace: true })).toEqual({
        status: 'error',
        message: "Le modèle Word n'a pas pu être importé\u00a0: «\u00a0briefing-note\u00a0» est l'identifiant d'un modèle intégré.",
      });
      expect(await invoke(IPC_CHANNELS.exportWordTemplate, appEvent, 'gone')).toEqual({ status: 'error', message: "Le modèle Word «\u00a0gone\u00a0» n'existe plus." });
    } finally {
      setDesktopLanguage('en');
    }
  });

  it('imports with the placeholders main finds, lists, asks before replacing, and deletes both files', async () => {
    expect(await list()).toEqual({ templates: [], problems: [] });
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: letterhead, replace: false })).toEqual({ status: 'saved' });
    const files = await readdir(templatesDir);
    expect(files).toHaveLength(2);
    expect(files).toContain('asia-letterhead.briefwright-word-template.json');
    const docx = files.find((name) => /^asia-letterhead\.[0-9a-f]{12}\.docx$/.test(name));
    expect(new Uint8Array(await readFile(path.join(templatesDir, docx!)))).toEqual(letterhead);
    // The page said one placeholder; main read the document itself and stored all thirteen.
    const listed = (await list()).templates;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: 'asia-letterhead', name: 'Asia letterhead', base: 'briefing-note', importedFrom: 'letterhead.docx' });
    expect(listed[0]!.placeholders).toHaveLength(13);
    expect(listed[0]!.placeholders).toContain('director-remarks');

    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, name: 'Renamed' }, bytes: letterhead, replace: false })).toEqual({ status: 'exists' });
    expect((await list()).templates[0]!.name).toBe('Asia letterhead');
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, name: 'Renamed' }, bytes: letterhead, replace: true })).toEqual({ status: 'saved' });
    expect((await list()).templates[0]!.name).toBe('Renamed');

    // Renaming rewrites the record only: same id, same document.
    const documentBefore = (await readdir(templatesDir)).find((name) => name.endsWith('.docx'));
    expect(await invoke(IPC_CHANNELS.renameWordTemplate, appEvent, { id: 'asia-letterhead', name: 'GAC letterhead' })).toEqual({ status: 'saved' });
    expect((await list()).templates.map((t) => [t.id, t.name])).toEqual([['asia-letterhead', 'GAC letterhead']]);
    expect((await readdir(templatesDir)).find((name) => name.endsWith('.docx'))).toBe(documentBefore);
    expect(await invoke(IPC_CHANNELS.renameWordTemplate, appEvent, { id: 'asia-letterhead', name: 'a/b' })).toMatchObject({ status: 'error' });
    expect(await invoke(IPC_CHANNELS.renameWordTemplate, appEvent, { id: 'nobody', name: 'X' })).toMatchObject({ status: 'error', message: expect.stringMatching(/no longer exists/) });
    expect((await list()).templates[0]!.name).toBe('GAC letterhead');

    await invoke(IPC_CHANNELS.deleteWordTemplate, appEvent, 'asia-letterhead');
    expect(await readdir(templatesDir)).toEqual([]);
  });

  it('refuses what is not a Word document, bad names and ids, and an id a JSON template has, changing nothing', async () => {
    await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: letterhead, replace: false });
    const before = (await readdir(templatesDir)).sort();
    const notZip = await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: new TextEncoder().encode('plain text'), replace: true });
    expect(notZip).toMatchObject({ status: 'error', message: expect.stringMatching(/letterhead\.docx is not a Word document \(\.docx\): it is not a zip file/) });
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const notWord = await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: await zip.generateAsync({ type: 'uint8array' }), replace: true });
    expect(notWord).toMatchObject({ status: 'error', message: expect.stringMatching(/no word\/document\.xml/) });
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, id: '../evil' }, bytes: letterhead, replace: true })).toMatchObject({ status: 'error', message: expect.stringMatching(/its id is/) });
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, name: 'a/b' }, bytes: letterhead, replace: true })).toMatchObject({ status: 'error', message: expect.stringMatching(/its name/) });
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, base: 'my-own' }, bytes: letterhead, replace: true })).toMatchObject({ status: 'error', message: expect.stringMatching(/not a built-in layout/) });
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, id: 'briefing-note' }, bytes: letterhead, replace: true })).toMatchObject({ status: 'error', message: expect.stringMatching(/built-in/) });
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: 'not bytes', replace: true })).toMatchObject({ status: 'error' });
    expect(await readdir(templatesDir).then((names) => names.sort())).toEqual(before);

    // One id names one template: a JSON template and a Word template cannot share it.
    const desk = { ...briefingNote, id: 'desk', name: 'Desk' };
    expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: desk, replace: false })).toEqual({ status: 'saved' });
    expect(await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info: { ...info, id: 'desk' }, bytes: letterhead, replace: true })).toMatchObject({ status: 'error', message: expect.stringMatching(/already has the id “desk”/) });
    expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: { ...desk, id: 'asia-letterhead' }, replace: true })).toMatchObject({ status: 'error', message: expect.stringMatching(/Word templates has the id "asia-letterhead"/) });
  });

  it('fills the stored document with the note and saves it where the officer chooses', async () => {
    await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: letterhead, replace: false });
    const target = path.join(tmp, 'out', 'note');
    await mkdir(path.dirname(target));
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const note = { ...briefing, metadata: { ...briefing.metadata, title: 'Readout for the Deputy Minister' } };
    const result = await invoke(IPC_CHANNELS.exportWordNote, appEvent, { templateId: 'asia-letterhead', briefing: note, meeting: structured.meeting, suggestedName: 'note' });
    expect(result).toEqual({ status: 'saved', path: `${target}.docx` });
    const document = await (await JSZip.loadAsync(await readFile(`${target}.docx`))).file('word/document.xml')!.async('string');
    expect(document).toContain('Global Affairs Canada — Asia-Pacific Branch');
    expect(document).toContain('Readout for the Deputy Minister');
    expect(document).toContain('Ottawa');
    expect(document).not.toContain('{{title}}');
    expect(document).toContain('<w:pStyle w:val="ListBullet"/>');

    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: true });
    expect(await invoke(IPC_CHANNELS.exportWordNote, appEvent, { templateId: 'asia-letterhead', briefing: note, suggestedName: 'note' })).toEqual({ status: 'cancelled' });
    expect(await invoke(IPC_CHANNELS.exportWordNote, appEvent, { templateId: 'gone', briefing: note, suggestedName: 'note' })).toMatchObject({ status: 'error', message: expect.stringMatching(/no longer in your templates/) });
    expect(await invoke(IPC_CHANNELS.exportWordNote, appEvent, { templateId: 'asia-letterhead', briefing: { ...note, sections: 'x' }, suggestedName: 'note' })).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/not valid at “briefing.sections”/),
    });
  });

  it('lets Show in folder reveal the note it filled (the path is recorded like any export)', async () => {
    const { registerExport } = await import('./register-export');
    registerExport({ resourcesDir: path.resolve('resources'), appEntryUrl });
    await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: letterhead, replace: false });
    const target = path.join(tmp, 'filled.docx');
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await invoke(IPC_CHANNELS.exportWordNote, appEvent, { templateId: 'asia-letterhead', briefing, suggestedName: 'note' })).toEqual({ status: 'saved', path: target });
    await invoke(IPC_CHANNELS.showInFolder, appEvent, target);
    expect(fakeElectron.showItemInFolder).toHaveBeenCalledWith(target);
  });

  it('exports a copy of the stored document, byte for byte', async () => {
    await invoke(IPC_CHANNELS.importWordTemplate, appEvent, { info, bytes: letterhead, replace: false });
    const target = path.join(tmp, 'copy.docx');
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await invoke(IPC_CHANNELS.exportWordTemplate, appEvent, 'asia-letterhead')).toEqual({ status: 'saved', path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(letterhead);
    expect(await invoke(IPC_CHANNELS.exportWordTemplate, appEvent, '../x')).toMatchObject({ status: 'error' });
  });

  it('answers only the app’s own page', async () => {
    for (const channel of [IPC_CHANNELS.listWordTemplates, IPC_CHANNELS.importWordTemplate, IPC_CHANNELS.renameWordTemplate, IPC_CHANNELS.deleteWordTemplate, IPC_CHANNELS.exportWordTemplate, IPC_CHANNELS.exportWordNote]) {
      await expect(invoke(channel, strangerEvent, { info, bytes: letterhead, replace: true })).rejects.toThrow(/untrusted sender/);
    }
    await expect(readdir(tmp)).resolves.toEqual([]);
  });
});
