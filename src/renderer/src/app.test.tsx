// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import type { ExportResult, Host, MenuCommand } from './host/host';
import { openSampleStatement, useBriefwrightStore } from './state/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A host of the same shape as the real ones, recording what the app asks of it. */
function mockHost(result: ExportResult = { status: 'saved', path: '/home/officer/Documents/note.docx' }) {
  let menuListener: ((command: MenuCommand) => void) | undefined;
  const host = {
    kind: 'electron',
    exportNote: vi.fn<Host['exportNote']>(async () => result),
    showInFolder: vi.fn<NonNullable<Host['showInFolder']>>(async () => undefined),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menuListener = listener;
      return () => (menuListener = undefined);
    },
  } satisfies Host;
  return { host, sendMenuCommand: (command: MenuCommand) => menuListener?.(command) };
}

let container: HTMLDivElement;
let root: Root;

async function render(host: Host): Promise<void> {
  await act(async () => root.render(<App host={host} />));
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((element) => element.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}" in: ${container.textContent}`);
  return found;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.dispatchEvent(new MouseEvent('click', { bubbles: true })));
}

beforeEach(() => {
  openSampleStatement();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('App', () => {
  it('opens on the sample statement and shows who took part', async () => {
    await render(mockHost().host);
    const participants = container.querySelector('section.section--participants');
    expect(participants).not.toBeNull();
    for (const name of ['Mélanie Joly', 'Bill Blair', 'Cho Tae-yul', 'Kim Yong-hyun']) expect(participants!.textContent).toContain(name);
    expect(container.querySelector('header')!.textContent).toContain('Briefwright');
    expect(container.querySelector('header')!.textContent).toContain('Briefing note');
    expect(container.querySelector('.classification')!.textContent).toBe('UNCLASSIFIED');
    expect(container.querySelector('section.section--quotes')!.textContent).toContain('Bill Blair');
  });

  it('exports the laid-out note as DOCX through the host and reports where it went', async () => {
    const { host } = mockHost();
    await render(host);
    await click(button('Export DOCX'));

    expect(host.exportNote).toHaveBeenCalledTimes(1);
    const [format, doc, suggestedName] = host.exportNote.mock.calls[0]!;
    expect(format).toBe('docx');
    expect(doc.blocks.some((block) => block.kind === 'title')).toBe(true);
    expect(JSON.stringify(doc.blocks)).toContain('Mélanie Joly');
    expect(suggestedName.length).toBeGreaterThan(0);

    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Saved to /home/officer/Documents/note.docx');
    await click(button('Show in folder'));
    expect(host.showInFolder).toHaveBeenCalledWith('/home/officer/Documents/note.docx');
  });

  it('shows the reason when an export fails', async () => {
    const { host } = mockHost({ status: 'error', message: 'The disk is full.' });
    await render(host);
    await click(button('Export PDF'));
    expect(host.exportNote.mock.calls[0]![0]).toBe('pdf');
    expect(container.querySelector('[role="status"]')!.textContent).toContain('The disk is full.');
  });

  it('runs File ▸ Export PDF from the application menu', async () => {
    const { host, sendMenuCommand } = mockHost();
    await render(host);
    await act(async () => sendMenuCommand('export-pdf'));
    expect(host.exportNote.mock.calls[0]![0]).toBe('pdf');
  });

  it('shows a clear message instead of a blank window when the view cannot render', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A malformed state such as a bad draft loaded from disk could produce.
    useBriefwrightStore.setState({ document: { ...useBriefwrightStore.getState().document!, structured: null as never } });
    await render(mockHost().host);
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('Something went wrong');
    await click(button('Reopen the sample statement'));
    expect(container.textContent).toContain('Mélanie Joly');
    spy.mockRestore();
  });
});
