import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findBuiltInTemplate } from '../core/templates/template-loader';
import { IPC_CHANNELS, type TemplateListing } from '../shared/ipc-contract';
import { fakeElectron, appEntryUrl, appEvent, strangerEvent, invoke } from './testing/fake-electron';

// Electron has no binary here (and unit tests should not need one): a fake of the parts main uses.
vi.mock('electron', () => import('./testing/fake-electron'));

const { registerTemplates } = await import('./register-templates');
const { setDesktopLanguage } = await import('./desktop-language');

const builtIn = findBuiltInTemplate('briefing-note')!;
const mine = { ...builtIn, id: 'asia-desk', name: 'Asia desk note' };

let tmp: string;
let templatesDir: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'briefwright-templates-'));
  templatesDir = path.join(tmp, 'data', 'templates');
  vi.stubEnv('BRIEFWRIGHT_DATA_DIR', path.join(tmp, 'data'));
  fakeElectron.reset();
  registerTemplates({ appEntryUrl });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(tmp, { recursive: true, force: true });
});

describe('registerTemplates', () => {
  it('saves, lists, refuses to overwrite without replace, replaces, and deletes', async () => {
    expect(await invoke(IPC_CHANNELS.listTemplates, appEvent)).toEqual({ templates: [], problems: [] });
    expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: mine, replace: false })).toEqual({ status: 'saved' });
    expect(await readdir(templatesDir)).toEqual(['asia-desk.briefwright-template.json']);

    const renamed = { ...mine, name: 'Asia desk' };
    expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: renamed, replace: false })).toEqual({ status: 'exists' });
    expect(((await invoke(IPC_CHANNELS.listTemplates, appEvent)) as TemplateListing).templates.map((t) => t.name)).toEqual(['Asia desk note']);
    expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: renamed, replace: true })).toEqual({ status: 'saved' });
    expect(((await invoke(IPC_CHANNELS.listTemplates, appEvent)) as TemplateListing).templates.map((t) => t.name)).toEqual(['Asia desk']);

    await invoke(IPC_CHANNELS.deleteTemplate, appEvent, 'asia-desk');
    expect(await readdir(templatesDir)).toEqual([]);
  });

  it('refuses invalid templates, built-in ids and ids that name another path, writing nothing', async () => {
    const invalid = await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: { ...mine, sections: [] }, replace: false });
    expect(invalid).toMatchObject({ status: 'error', message: expect.stringMatching(/at "sections"/) });
    const traversal = await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: { ...mine, id: '../../evil' }, replace: true });
    expect(traversal).toMatchObject({ status: 'error', message: expect.stringMatching(/at "id"/) });
    const reserved = await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: builtIn, replace: true });
    expect(reserved).toMatchObject({ status: 'error', message: expect.stringMatching(/built-in/) });
    const liquid = await invoke(IPC_CHANNELS.saveTemplate, appEvent, {
      template: { ...mine, sections: [{ id: 'summary', kind: 'summary', heading: 'Summary', layout: 'paragraphs', draft: '{% if %}' }] },
      replace: false,
    });
    expect(liquid).toMatchObject({ status: 'error', message: expect.stringMatching(/not valid Liquid/) });
    expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: mine })).toMatchObject({ status: 'error' });
    await expect(invoke(IPC_CHANNELS.deleteTemplate, appEvent, '../autosave')).rejects.toThrow('Invalid string: must match pattern /^[a-z0-9-]+$/');
    await expect(invoke(IPC_CHANNELS.deleteTemplate, appEvent, 'briefing-note')).rejects.toThrow(/built-in/);
    await expect(readdir(tmp)).resolves.toEqual([]);
  });

  it('speaks the interface language: in French, its refusals, a core error (by its code) and the save dialog are French', async () => {
    setDesktopLanguage('fr');
    try {
      expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: builtIn, replace: true })).toEqual({
        status: 'error',
        message: "Le modèle n'a pas pu être enregistré\u00a0: «\u00a0briefing-note\u00a0» est un modèle intégré\u00a0; donnez un autre identifiant au modèle importé.",
      });
      expect(await invoke(IPC_CHANNELS.exportTemplate, appEvent, 'nobody')).toEqual({ status: 'error', message: "Le modèle «\u00a0nobody\u00a0» n'existe plus." });
      expect(await invoke(IPC_CHANNELS.exportTemplate, appEvent, 'Not An Id')).toMatchObject({ status: 'error', message: expect.stringMatching(/^Le modèle n'a pas pu être exporté\u00a0: la demande n'était pas valide\.$/) });
      fakeElectron.showSaveDialog.mockResolvedValue({ canceled: true });
      await invoke(IPC_CHANNELS.exportTemplate, appEvent, 'briefing-note');
      expect(fakeElectron.showSaveDialog.mock.calls.at(-1)!.at(-1)).toMatchObject({ title: 'Exporter le modèle', filters: [{ name: 'Modèle Briefwright' }] });
    } finally {
      setDesktopLanguage('en');
    }
    expect(await invoke(IPC_CHANNELS.exportTemplate, appEvent, 'nobody')).toEqual({ status: 'error', message: 'The template “nobody” no longer exists.' });
  });

  it('reports a broken file in the folder without hiding the good ones', async () => {
    await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: mine, replace: false });
    await writeFile(path.join(templatesDir, 'broken.briefwright-template.json'), '{ nope');
    const listing = (await invoke(IPC_CHANNELS.listTemplates, appEvent)) as TemplateListing;
    expect(listing.templates.map((t) => t.id)).toEqual(['asia-desk']);
    expect(listing.problems).toEqual([expect.stringMatching(/broken\.briefwright-template\.json is not valid JSON/)]);
    // A damaged file is still the officer's: saving over it asks first.
    expect(await invoke(IPC_CHANNELS.saveTemplate, appEvent, { template: { ...mine, id: 'broken' }, replace: false })).toEqual({ status: 'exists' });
    expect(await readFile(path.join(templatesDir, 'broken.briefwright-template.json'), 'utf8')).toBe('{ nope');
  });

  it('exports a built-in or stored template where the officer chooses', async () => {
    const target = path.join(tmp, 'out', 'shared-note');
    await mkdir(path.dirname(target));
    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await invoke(IPC_CHANNELS.exportTemplate, appEvent, 'briefing-note');
    expect(result).toEqual({ status: 'saved', path: `${target}.briefwright-template.json` });
    expect(JSON.parse(await readFile(`${target}.briefwright-template.json`, 'utf8'))).toEqual(builtIn);

    fakeElectron.showSaveDialog.mockResolvedValue({ canceled: true });
    expect(await invoke(IPC_CHANNELS.exportTemplate, appEvent, 'briefing-note')).toEqual({ status: 'cancelled' });
    expect(await invoke(IPC_CHANNELS.exportTemplate, appEvent, 'nobody')).toMatchObject({ status: 'error' });
    expect(await invoke(IPC_CHANNELS.exportTemplate, appEvent, '/etc/passwd')).toMatchObject({ status: 'error' });
  });

  it('answers only the app’s own page', async () => {
    for (const channel of [IPC_CHANNELS.listTemplates, IPC_CHANNELS.saveTemplate, IPC_CHANNELS.deleteTemplate, IPC_CHANNELS.exportTemplate]) {
      await expect(invoke(channel, strangerEvent, { template: mine, replace: true })).rejects.toThrow(/untrusted sender/);
    }
    await expect(readdir(tmp)).resolves.toEqual([]);
  });
});
