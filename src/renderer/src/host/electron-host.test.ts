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
});
