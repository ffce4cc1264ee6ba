import { describe, expect, it, vi } from 'vitest';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { BriefwrightApi } from '../../../shared/ipc-contract';
import { createElectronHost } from './electron-host';

describe('the Electron host’s template store', () => {
  it('forwards each call to its one preload function, replace flag included', async () => {
    const template = { ...findBuiltInTemplate('briefing-note')!, id: 'mine' };
    const api = {
      listTemplates: vi.fn(async () => ({ templates: [template], problems: [] })),
      saveTemplate: vi.fn(async () => ({ status: 'exists' as const })),
      deleteTemplate: vi.fn(async () => undefined),
      exportTemplate: vi.fn(async () => ({ status: 'cancelled' as const })),
    } as unknown as BriefwrightApi;
    const { templates } = createElectronHost(api);
    expect(await templates.list()).toEqual({ templates: [template], problems: [] });
    expect(await templates.save(template, { replace: false })).toEqual({ status: 'exists' });
    expect(api.saveTemplate).toHaveBeenCalledWith({ template, replace: false });
    await templates.delete('mine');
    expect(api.deleteTemplate).toHaveBeenCalledWith('mine');
    expect(await templates.export('mine')).toEqual({ status: 'cancelled' });
    expect(api.exportTemplate).toHaveBeenCalledWith('mine');
  });

  it('forwards the Word template calls and the Word note export, bytes and flags included', async () => {
    const info = { id: 'letterhead', name: 'Letterhead', base: 'briefing-note', importedFrom: 'letterhead.docx', placeholders: ['title'] };
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const api = {
      listWordTemplates: vi.fn(async () => ({ templates: [info], problems: [] })),
      importWordTemplate: vi.fn(async () => ({ status: 'saved' as const })),
      renameWordTemplate: vi.fn(async () => ({ status: 'saved' as const })),
      deleteWordTemplate: vi.fn(async () => undefined),
      exportWordTemplate: vi.fn(async () => ({ status: 'cancelled' as const })),
      exportWordNote: vi.fn(async () => ({ status: 'saved' as const, path: '/tmp/note.docx' })),
    } as unknown as BriefwrightApi;
    const host = createElectronHost(api);
    expect(await host.wordTemplates.list()).toEqual({ templates: [info], problems: [] });
    expect(await host.wordTemplates.import({ info, bytes }, { replace: true })).toEqual({ status: 'saved' });
    expect(api.importWordTemplate).toHaveBeenCalledWith({ info, bytes, replace: true });
    await host.wordTemplates.rename('letterhead', 'GAC');
    expect(api.renameWordTemplate).toHaveBeenCalledWith({ id: 'letterhead', name: 'GAC' });
    await host.wordTemplates.delete('letterhead');
    expect(api.deleteWordTemplate).toHaveBeenCalledWith('letterhead');
    expect(await host.wordTemplates.export('letterhead')).toEqual({ status: 'cancelled' });
    const request = { templateId: 'letterhead', briefing: {} as never, suggestedName: 'note' };
    expect(await host.exportWordNote(request)).toEqual({ status: 'saved', path: '/tmp/note.docx' });
    expect(api.exportWordNote).toHaveBeenCalledWith(request);
  });
});
