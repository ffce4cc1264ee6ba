// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../host/host';
import { actions, openSampleStatement } from '../state/store';
import { createMemoryTemplates, createMemoryWordTemplates } from '../testing/memory-templates';
import { PreviewPane } from './preview-pane';
import { withUi } from '../testing/render-ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
const check = vi.fn<NonNullable<Host['unsupportedCharacters']>>();
const host: Host = {
  kind: 'electron',
  exportNote: vi.fn(),
  saveDraft: vi.fn(),
  autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
  templates: createMemoryTemplates(),
  wordTemplates: createMemoryWordTemplates(),
  exportWordNote: vi.fn(),
  unsupportedCharacters: check,
};
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const warning = () => container.querySelector('.preview__font-warning');

beforeEach(async () => {
  check.mockReset();
  check.mockImplementation(async (doc) => (JSON.stringify(doc.blocks).includes('สมชาย') ? ['ส', 'ม', 'ช', 'า', 'ย'] : []));
  openSampleStatement();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(withUi(<PreviewPane host={host} />)));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the preview’s font warning', () => {
  it('never asks the host about a Latin-script note', async () => {
    await wait(500);
    expect(check).not.toHaveBeenCalled();
    expect(warning()).toBeNull();
  });

  it('names characters no bundled font has before export, and clears when they are gone', async () => {
    await act(async () => actions().setMetadata({ title: 'Meeting with Minister สมชาย' }));
    await wait(500);
    expect(check).toHaveBeenCalled();
    expect(warning()!.textContent).toBe(
      'No bundled font has ส (U+0E2A), ม (U+0E21), ช (U+0E0A), า (U+0E32), ย (U+0E22): they print as blank boxes. Check the spelling or replace them before exporting.',
    );
    await act(async () => openSampleStatement());
    await wait(500);
    expect(warning()).toBeNull();
  });
});
