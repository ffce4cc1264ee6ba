// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';
import type { ExportResult, Host, MenuCommand } from './host/host';
import { openSampleStatement, useBriefwrightStore } from './state/store';
import { createMemoryTemplates, createMemoryWordTemplates } from './testing/memory-templates';
import { withUi } from './testing/render-ui';
import type { UiLanguage } from '../../core/i18n/languages';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A host of the same shape as the real ones, recording what the app asks of it. */
function mockHost(result: ExportResult = { status: 'saved', path: '/home/officer/Documents/note.docx' }) {
  let menuListener: ((command: MenuCommand) => void) | undefined;
  const host = {
    kind: 'electron',
    exportNote: vi.fn<Host['exportNote']>(async () => result),
    showInFolder: vi.fn<NonNullable<Host['showInFolder']>>(async () => undefined),
    saveDraft: vi.fn<Host['saveDraft']>(async (_content, name) => ({ status: 'saved', path: `/home/officer/${name}` })),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates: createMemoryTemplates(),
    wordTemplates: createMemoryWordTemplates(),
    exportWordNote: vi.fn(),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menuListener = listener;
      return () => (menuListener = undefined);
    },
  } satisfies Host;
  return { host, sendMenuCommand: (command: MenuCommand) => menuListener?.(command) };
}

let container: HTMLDivElement;
let root: Root;

async function render(host: Host, language: UiLanguage = 'en'): Promise<void> {
  await act(async () => root.render(withUi(<App host={host} />, language)));
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
  it('opens on the sample statement in three panes: source highlights, compose sections, preview pages', async () => {
    await render(mockHost().host);
    const compose = container.querySelector('.pane--compose')!;
    for (const name of ['Mélanie Joly', 'Bill Blair', 'Cho Tae-yul', 'Kim Yong-hyun']) expect(compose.innerHTML).toContain(name);
    expect(container.querySelectorAll('.pane--source button.mark--condemnations').length).toBeGreaterThan(0);
    const page = container.querySelector('.preview__page')!;
    expect(page.textContent).toContain('UNCLASSIFIED');
    expect(page.textContent).toContain('Page 1 of');
    expect((container.querySelector('#meta-classification') as HTMLSelectElement).value).toBe('UNCLASSIFIED');
  });

  it('speaks French when the interface is French, while the English note and its pages keep the note\'s words', async () => {
    await render(mockHost().host, 'fr');
    expect(button('Ouvrir…')).toBeTruthy();
    expect(button('Exporter en DOCX')).toBeTruthy();
    expect(container.querySelector('#compose-heading')!.textContent).toBe('Rédaction');
    const classification = container.querySelector('#meta-classification') as HTMLSelectElement;
    expect(classification.selectedOptions[0]!.textContent).toBe('Non classifié');
    expect(container.querySelector('label[for="meta-purpose"]')!.textContent).toBe('But');
    expect([...container.querySelectorAll('#meta-purpose option')].map((option) => option.textContent)).toEqual(['Pour information', 'Pour décision']);
    // The page is the note's (English here): its name is what its footer shows, in the note's language.
    const page = container.querySelector('.preview__page')!;
    expect(page.getAttribute('lang')).toBe('en');
    expect(page.getAttribute('aria-label')).toMatch(/^Page 1 of \d+$/);
    expect(page.textContent).toContain(page.getAttribute('aria-label')!);
    expect(container.querySelector('.pane__body--preview')!.getAttribute('aria-label')).toBe('Pages de l\'aperçu');
  });

  it('links a highlight in the source to its item in compose', async () => {
    await render(mockHost().host);
    const mark = container.querySelector<HTMLButtonElement>('.pane--source button.mark--quotes')!;
    await click(mark);
    const itemId = mark.getAttribute('data-item-id')!;
    const item = [...container.querySelectorAll('.compose-item')].find((element) => element.getAttribute('data-item-id') === itemId)!;
    expect(item.className).toContain('compose-item--selected');
    expect(mark.getAttribute('aria-pressed')).toBe('true');
  });

  it('unticking an item takes it out of the preview, and Undo puts it back', async () => {
    await render(mockHost().host);
    const first = useBriefwrightStore.getState().briefing!.sections.find((section) => section.kind === 'condemnations')!.items[0]!;
    const count = () => container.querySelector('.preview__pages')!.textContent!.split(first.text).length - 1;
    const before = count();
    expect(before).toBeGreaterThan(0);
    await click(container.querySelector<HTMLInputElement>(`.compose-item[data-item-id="${first.id}"] input[type="checkbox"]`)!);
    expect(count()).toBe(before - 1);
    await click(button('Undo'));
    expect(count()).toBe(before);
  });

  it('saves the draft through the host and clears the autosave', async () => {
    const { host } = mockHost();
    await render(host);
    await click(button('Save draft'));
    const [content, name] = host.saveDraft.mock.calls[0]!;
    expect(name).toMatch(/\.briefwright\.json$/);
    expect(JSON.parse(content).format).toBe('briefwright-draft');
    expect(host.autosave.clear).toHaveBeenCalled();
  });

  it('exports the laid-out note as DOCX through the host and reports where it went', async () => {
    const { host } = mockHost();
    await render(host);
    await click(button('Export DOCX'));
    // The sample's note keeps the template's placeholders: the app asks first.
    expect(host.exportNote).not.toHaveBeenCalled();
    await click(button('Export anyway'));

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

  it('warns about characters no bundled font has', async () => {
    const { host } = mockHost({ status: 'saved', path: '/tmp/note.pdf', unsupportedCharacters: ['ก', 'ข'] });
    await render(host);
    await click(button('Export PDF'));
    await click(button('Export anyway'));
    expect(container.querySelector('[role="status"]')!.textContent).toContain('no bundled font has ก ข');
  });

  it('shows the reason when an export fails', async () => {
    const { host } = mockHost({ status: 'error', message: 'The disk is full.' });
    await render(host);
    await click(button('Export PDF'));
    await click(button('Export anyway'));
    expect(host.exportNote.mock.calls[0]![0]).toBe('pdf');
    expect(container.querySelector('[role="status"]')!.textContent).toContain('The disk is full.');
  });

  it('runs File ▸ Export PDF from the application menu', async () => {
    const { host, sendMenuCommand } = mockHost();
    await render(host);
    await act(async () => sendMenuCommand('export-pdf'));
    await click(button('Export anyway'));
    expect(host.exportNote.mock.calls[0]![0]).toBe('pdf');
  });

  it('asks before exporting a note with drafted placeholders: Go to the first one selects it in Compose, and a note without any exports at once', async () => {
    const { host } = mockHost();
    await render(host);
    await click(button('Export DOCX'));
    const dialog = [...container.querySelectorAll('dialog')].find((element) => element.textContent?.includes('placeholders still in the note'))!;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Background: [Add context');
    await click(button('Go to the first one'));
    await act(async () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    expect(dialog.open).toBe(false);
    expect(host.exportNote).not.toHaveBeenCalled();
    const field = document.activeElement as HTMLTextAreaElement;
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toMatch(/^\[Add context: .*\]$/);

    // With every placeholder deleted, Export DOCX exports straight away.
    const { briefing } = useBriefwrightStore.getState();
    await act(async () =>
      useBriefwrightStore.setState({
        briefing: { ...briefing!, sections: briefing!.sections.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item, text: item.text.replace(/\[[^\]]*\]/g, '') })) })) },
      }),
    );
    await click(button('Export DOCX'));
    expect(host.exportNote).toHaveBeenCalledTimes(1);
  });

  it('opens the template library and Save as template from the application menu', async () => {
    const { host, sendMenuCommand } = mockHost();
    await render(host);
    const library = container.querySelector<HTMLDialogElement>('dialog.library')!;
    expect(library.open).toBe(false);
    await act(async () => sendMenuCommand('open-templates'));
    expect(library.open).toBe(true);
    const saveAs = [...container.querySelectorAll('dialog')].find((dialog) => dialog.textContent?.includes('Template name'))!;
    expect(saveAs.open).toBe(false);
    await act(async () => sendMenuCommand('save-as-template'));
    expect(saveAs.open).toBe(true);
  });

  it('shows a clear message instead of a blank window when the view cannot render', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A malformed state such as a bad draft loaded from disk could produce.
    useBriefwrightStore.setState({ briefing: { ...useBriefwrightStore.getState().briefing!, sections: null as never } });
    await render(mockHost().host);
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('Something went wrong');
    await click(button('Reopen the sample statement'));
    expect(container.textContent).toContain('Mélanie Joly');
    spy.mockRestore();
  });
});
