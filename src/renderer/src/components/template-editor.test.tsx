// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '../../../core/model/template';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import { App } from '../app';
import type { Host } from '../host/host';
import { actions, openSampleStatement, useBriefwrightStore } from '../state/store';
import { createMemoryTemplates, createMemoryWordTemplates, type MemoryTemplates } from '../testing/memory-templates';
import { withUi } from '../testing/render-ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const briefingNote = findBuiltInTemplate('briefing-note')!;
const desk: Template = { ...briefingNote, id: 'desk', name: 'Desk note', output: { sourceComments: true, pdfA: false } };

let container: HTMLDivElement;
let root: Root;
let templates: MemoryTemplates;
let host: Host & { exportNote: ReturnType<typeof vi.fn<Host['exportNote']>> };

function button(name: string, within: ParentNode = container): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((element) => element.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.dispatchEvent(new MouseEvent('click', { bubbles: true })));
}

/** Types into a controlled field the way React notices: the native setter, then an input event. */
async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
  await act(async () => element.dispatchEvent(new Event('input', { bubbles: true })));
}

const field = <T extends HTMLElement = HTMLInputElement>(id: string) => container.querySelector<T>(`#${id}`)!;
const previewText = () => container.querySelector('.preview__pages')!.textContent!;
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

beforeEach(async () => {
  actions().closeTemplateEditor();
  actions().setUserTemplates([]);
  useBriefwrightStore.setState({ template: briefingNote });
  openSampleStatement();
  templates = createMemoryTemplates([desk]);
  host = {
    kind: 'browser',
    exportNote: vi.fn<Host['exportNote']>(async () => ({ status: 'saved', path: 'note.docx' })),
    saveDraft: vi.fn(),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates,
    wordTemplates: createMemoryWordTemplates(),
    exportWordNote: vi.fn(),
  };
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(withUi(<App host={host} />)));
  await wait(0);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the template picker and library', () => {
  it('groups the officer’s templates and the built-ins, and offers no edit, rename or delete for built-ins', async () => {
    const groups = [...field<HTMLSelectElement>('meta-template').querySelectorAll('optgroup')].map((group) => [group.label, group.querySelectorAll('option').length]);
    expect(groups).toEqual([
      ['Your templates', 1],
      ['Built-in', 8],
    ]);
    await click(button('Templates…'));
    const rows = [...container.querySelectorAll('.library-row')];
    const actionsOf = (row: Element) => [...row.querySelectorAll('button')].map((element) => element.textContent!.trim());
    expect(actionsOf(rows[0]!)).toEqual(['Use', 'Edit', 'Duplicate', 'Rename', 'Export', 'Delete']);
    for (const row of rows.slice(1)) expect(actionsOf(row)).toEqual(['Use', 'Duplicate to edit', 'Export']);

    // Use lays the note out with the template and goes back to the note.
    await click(button('Use', rows[0]!));
    expect(useBriefwrightStore.getState().template.id).toBe('desk');
    await click(button('Templates…'));

    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    // The library's rows exist only while it is open: these are new ones (issue 16).
    await click(button('Delete', container.querySelector('.library-row')!));
    expect(confirm).toHaveBeenCalledWith('Delete the template “Desk note”? This cannot be undone.');
    expect(templates.records.size).toBe(0);
    expect(container.querySelectorAll('.library-row')).toHaveLength(8);
  });
});

describe('the template editor', () => {
  beforeEach(async () => {
    await act(async () => actions().openTemplateEditor('desk'));
  });

  it('replaces source and compose with the form, beside the preview', () => {
    expect(container.querySelector('.pane--editor')).not.toBeNull();
    expect(container.querySelector('.pane--compose')).toBeNull();
    expect(container.querySelector('.pane--preview')).not.toBeNull();
    expect(field('tpl-name').value).toBe('Desk note');
    // Every input, select and textarea has a label.
    for (const control of container.querySelectorAll('.pane--editor input, .pane--editor select, .pane--editor textarea')) {
      expect(container.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
  });

  it('shows a changed heading in the preview and saves the template shortly after', async () => {
    await type(field('tpl-section-condemnations-heading'), 'Concerns raised');
    expect(previewText()).toContain('Concerns raised');
    expect(templates.records.get('desk')!.sections[3]!.heading).toBe('Key issues');
    await wait(650);
    expect(templates.records.get('desk')!.sections[3]!.heading).toBe('Concerns raised');
    expect(container.querySelector('.pane--editor [role="status"]')!.textContent).toBe('All changes saved');
  });

  it('shows a Liquid error at the snippet and saves nothing while it is there', async () => {
    await type(field<HTMLTextAreaElement>('tpl-section-summary-draft'), 'Ministers met. {% if %}');
    const error = field('tpl-section-summary-draft-error');
    expect(error.textContent).toMatch(/section "Summary": the text snippet is not valid Liquid/);
    expect(field('tpl-section-summary-draft').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.pane--editor [role="status"]')!.textContent).toBe('Not saved: one field needs attention');
    await wait(650);
    expect(templates.records.get('desk')).toBe(desk);

    await type(field<HTMLTextAreaElement>('tpl-section-summary-draft'), 'Ministers met in {{ meeting.location }}.');
    expect(previewText()).toContain('Ministers met in Ottawa.');
  });

  it('keeps "Not saved" when a save of the previous version finishes after an invalid edit', async () => {
    // The host takes a while to write: the edit below lands while the earlier version is being saved.
    let finishSave: () => void = () => undefined;
    const save = templates.save.bind(templates);
    templates.save = (template, options) =>
      new Promise((resolve) => {
        finishSave = () => void save(template, options).then(resolve);
      });
    await type(field('tpl-section-condemnations-heading'), 'Concerns raised');
    await wait(650);
    expect(container.querySelector('.pane--editor [role="status"]')!.textContent).toBe('Saving…');
    await type(field<HTMLTextAreaElement>('tpl-section-summary-draft'), 'Ministers met. {% if %}');
    await act(async () => finishSave());
    await wait(0);
    expect(templates.records.get('desk')!.sections[3]!.heading).toBe('Concerns raised');
    expect(container.querySelector('.pane--editor [role="status"]')!.textContent).toBe('Not saved: one field needs attention');
  });

  it('refuses out-of-range sizes and a name with a path separator, at the field', async () => {
    await type(field('tpl-base-size'), '40');
    expect(field('tpl-base-size-error').textContent).toMatch(/16/);
    await type(field('tpl-base-size'), '11');
    await type(field('tpl-name'), 'Desk/Asia');
    expect(field('tpl-name-error').textContent).toMatch(/cannot contain “\/”/);
  });

  it('leaves Ctrl+Z in its fields to the field, not the note’s history', async () => {
    actions().setMetadata({ title: 'Changed in the note' });
    const name = field('tpl-name');
    const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    await act(async () => name.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(false);
    expect(useBriefwrightStore.getState().briefing!.metadata.title).toBe('Changed in the note');
  });

  it('reorders sections by button and by Alt+arrow', async () => {
    const order = () => [...container.querySelectorAll('.editor-section')].map((section) => section.getAttribute('data-section-id'));
    const before = order();
    await click(container.querySelector<HTMLButtonElement>('[aria-label="Move Quotes up"]')!);
    const quotesAt = before.indexOf('quotes');
    expect(order()[quotesAt - 1]).toBe('quotes');
    const summaryHeading = field('tpl-section-summary-heading');
    await act(async () => summaryHeading.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true })));
    expect(order().slice(0, 2)).toEqual(['background', 'summary']);
  });

  it('the note takes the edited template when Done is pressed, if it uses it', async () => {
    await act(async () => actions().closeTemplateEditor());
    await act(async () => actions().chooseTemplate('desk'));
    await act(async () => actions().openTemplateEditor('desk'));
    await type(field('tpl-section-quotes-heading'), 'What they said');
    await click(button('Done'));
    expect(container.querySelector('.pane--compose')!.textContent).toContain('What they said');
    expect(templates.records.get('desk')!.sections.find((section) => section.id === 'quotes')!.heading).toBe('What they said');
  });
});

describe('source comments (DOCX)', () => {
  it('starts from the template’s output.sourceComments and reaches the exported note', async () => {
    const toggle = () => [...container.querySelectorAll('label')].find((label) => label.textContent === 'Source comments (DOCX)')!.querySelector('input')!;
    expect(toggle().checked).toBe(false);
    await act(async () => actions().chooseTemplate('desk'));
    expect(toggle().checked).toBe(true);
    await click(button('Export DOCX'));
    // The sample's note keeps the template's drafted placeholders: the app asks first.
    await click(button('Export anyway'));
    const doc = host.exportNote.mock.calls[0]![1];
    expect(JSON.stringify(doc.blocks)).toMatch(/"comments?":\[?"[^"]*Ottawa/);

    await click(toggle());
    expect(useBriefwrightStore.getState().briefing!.metadata.sourceComments).toBe(false);
    await click(button('Export DOCX'));
    await click(button('Export anyway'));
    const plain = host.exportNote.mock.calls[1]![1];
    expect(plain.blocks.every((block) => !('comment' in block && block.comment) && !('comments' in block && block.comments?.some(Boolean)))).toBe(true);
  });
});
