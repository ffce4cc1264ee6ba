import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDraft } from '../../../core/draft/draft-file';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { Host } from '../host/host';
import { openSampleStatement, useBriefwrightStore } from '../state/store';
import { createMemoryTemplates, createMemoryWordTemplates, type MemoryTemplates } from '../testing/memory-templates';
import { uiI18n } from '../i18n/ui-i18n';
import { chooseTemplateForNote, deleteTemplate, duplicateTemplate, exportTemplate, importTemplateFile, loadTemplates, renameTemplate, saveCurrentAsTemplate } from './template-actions';

const state = () => useBriefwrightStore.getState();
const briefingNote = findBuiltInTemplate('briefing-note')!;

let templates: MemoryTemplates;
let host: Host;

function hostWith(store: MemoryTemplates): Host {
  return {
    kind: 'browser',
    exportNote: vi.fn(),
    saveDraft: vi.fn(),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates: store,
    wordTemplates: createMemoryWordTemplates(),
    exportWordNote: vi.fn(),
  };
}

const file = (name: string, content: unknown) => new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

beforeEach(async () => {
  state().setUserTemplates([]);
  state().closeTemplateEditor();
  useBriefwrightStore.setState({ template: briefingNote });
  openSampleStatement();
  templates = createMemoryTemplates();
  host = hostWith(templates);
});

describe('template actions', () => {
  it('saves the note as a template the note then uses, and refuses a name with a path separator', async () => {
    expect(await saveCurrentAsTemplate(host, 'Asia/Pacific', () => true)).toBeNull();
    expect(state().notice).toMatchObject({ kind: 'error', text: expect.stringMatching(/cannot contain “\/”/) });
    expect(templates.records.size).toBe(0);

    state().setSectionIncluded('background', false);
    const saved = await saveCurrentAsTemplate(host, 'Asia desk', () => true);
    expect(saved?.id).toBe('asia-desk');
    expect(templates.records.get('asia-desk')!.sections.map((section) => section.id)).not.toContain('background');
    expect(state().template.id).toBe('asia-desk');
    expect(state().briefing!.templateId).toBe('asia-desk');
    expect(state().userTemplates.map((template) => template.name)).toEqual(['Asia desk']);
  });

  it('asks before replacing a template of the same name, and “no” leaves it as it was', async () => {
    await saveCurrentAsTemplate(host, 'Asia desk', () => true);
    const before = templates.records.get('asia-desk');
    state().setSectionIncluded('quotes', false);
    const confirm = vi.fn(() => false);
    expect(await saveCurrentAsTemplate(host, 'asia desk', confirm)).toBeNull();
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/“asia-desk” \(“Asia desk”\) already exists\. Replace it\?/));
    expect(templates.records.get('asia-desk')).toBe(before);
    expect(state().notice?.text).toMatch(/Nothing was saved/);

    expect(await saveCurrentAsTemplate(host, 'Asia desk', () => true)).not.toBeNull();
    expect(templates.records.get('asia-desk')!.sections.map((section) => section.id)).not.toContain('quotes');
  });

  it('duplicates a built-in, renames keeping the id, deletes after asking', async () => {
    const copy = (await duplicateTemplate(host, 'briefing-note', () => true))!;
    expect(copy).toMatchObject({ id: 'briefing-note-copy', name: 'Briefing note (copy)' });
    expect((await duplicateTemplate(host, 'briefing-note', () => true))!.name).toBe('Briefing note (copy 2)');

    expect(await renameTemplate(host, copy.id, 'Bad: name')).toBeNull();
    expect((await renameTemplate(host, copy.id, 'Desk note'))!.id).toBe('briefing-note-copy');
    expect(templates.records.get('briefing-note-copy')!.name).toBe('Desk note');
    expect(await renameTemplate(host, 'briefing-note', 'Mine')).toBeNull();

    expect(await deleteTemplate(host, copy.id, () => false)).toBe(false);
    expect(templates.records.has(copy.id)).toBe(true);
    expect(await deleteTemplate(host, copy.id, () => true)).toBe(true);
    expect(templates.records.has(copy.id)).toBe(false);
    expect(state().userTemplates.map((template) => template.id)).toEqual(['briefing-note-copy-2']);
    expect(await deleteTemplate(host, 'briefing-note', () => true)).toBe(false);
  });

  it('imports a good file and refuses bad ones, leaving the stored templates untouched', async () => {
    const good = { ...briefingNote, id: 'desk', name: 'Desk' };
    expect(await importTemplateFile(host, file('desk.briefwright-template.json', good), () => true)).toMatchObject({ id: 'desk' });
    const stored = templates.records.get('desk');
    for (const [name, content, message] of [
      ['broken.json', '{ nope', /not valid JSON/],
      ['future.json', { ...good, schemaVersion: 2 }, /newer version/],
      ['odd.json', { ...good, sections: [{ id: 'x', kind: 'weather', heading: 'W', layout: 'bullets' }] }, /unknown kind “weather”/],
      ['huge.json', ' '.repeat(1024 * 1024 + 5), /too large to be a template/],
    ] as const) {
      expect(await importTemplateFile(host, file(name, content), () => true)).toBeNull();
      expect(state().notice?.text).toMatch(message);
      expect(state().notice?.text).toMatch(/Your templates are unchanged\.$/);
    }
    expect([...templates.records.keys()]).toEqual(['desk']);
    expect(templates.records.get('desk')).toBe(stored);
  });

  it('gives a refused file’s size (1.1 MB, 1,1 Mo) and a refused name in the interface language', async () => {
    const huge = file('huge.json', ' '.repeat(Math.round(1.1 * 1024 * 1024)));
    expect(await importTemplateFile(host, huge, () => true)).toBeNull();
    expect(state().notice?.text).toContain('(1.1 MB; the limit is 1 MB)');
    await uiI18n.changeLanguage('fr');
    try {
      expect(await importTemplateFile(host, huge, () => true)).toBeNull();
      expect(state().notice?.text).toContain('(1,1\u00a0Mo\u00a0; la limite est de 1\u00a0Mo)');
      // A refused name too: the core's rule, the catalogue's words.
      expect(await saveCurrentAsTemplate(host, 'Asia/Pacific', () => true)).toBeNull();
      expect(state().notice?.text).toMatch(/^Un nom de modèle ne peut pas contenir «\u00a0\/\u00a0»\u00a0:/);
    } finally {
      await uiI18n.changeLanguage('en');
    }
  });

  it('loads the library, chooses and reopens drafts made with the officer’s templates, and exports', async () => {
    templates.records.set('desk', { ...briefingNote, id: 'desk', name: 'Desk', sections: briefingNote.sections.slice(2, 4) });
    await loadTemplates(host);
    state().chooseTemplate('desk');
    expect(state().briefing!.sections.map((section) => section.id)).toEqual(['participants', 'condemnations']);
    const draft = serializeDraft({ savedAt: '2026-11-28T12:00:00Z', sourceName: 'x.txt', statementText: state().statement!.text, template: { id: 'desk', schemaVersion: 1 }, briefing: state().briefing! });
    state().chooseTemplate('briefing-note');
    const { parseDraft } = await import('../../../core/draft/draft-file');
    await state().openDraftFile(parseDraft(draft));
    expect(state().template.id).toBe('desk');
    await exportTemplate(host, 'desk');
    expect(templates.exported).toEqual(['desk']);
    expect(state().notice?.text).toBe('Template downloaded as desk.briefwright-template.json.');
  });

  it('a template whose snippet runs away on this statement is refused with a notice, the note unchanged', async () => {
    const runaway = { ...briefingNote, id: 'runaway', name: 'Runaway', sections: [{ id: 'summary', kind: 'summary' as const, heading: 'Summary', layout: 'paragraphs' as const, draft: '{% for i in (1..100000000) %}xxxxxxxxxx{% endfor %}' }] };
    templates.records.set('runaway', runaway);
    await loadTemplates(host);
    const before = state().briefing;
    chooseTemplateForNote('runaway');
    expect(state().notice).toMatchObject({ kind: 'error', text: expect.stringMatching(/could not be laid out with that template: .*Your note is unchanged\.$/) });
    expect(state().briefing).toBe(before);
    expect(state().template.id).toBe('briefing-note');
  });

  it('an edited template in use reaches the note when the editor closes, keeping the officer’s edits', async () => {
    const copy = (await duplicateTemplate(host, 'briefing-note', () => true))!;
    state().chooseTemplate(copy.id);
    const item = state().briefing!.sections.find((section) => section.id === 'condemnations')!.items[0]!;
    state().setItemText('condemnations', item.id, 'My own words');
    state().openTemplateEditor(copy.id);
    const edited = { ...copy, sections: copy.sections.map((section) => (section.id === 'condemnations' ? { ...section, heading: 'Concerns raised' } : section)) };
    state().putUserTemplate(edited);
    expect(state().briefing!.sections.find((section) => section.id === 'condemnations')!.heading).toBe('Key issues');
    state().closeTemplateEditor();
    const concerns = state().briefing!.sections.find((section) => section.id === 'condemnations')!;
    expect(concerns.heading).toBe('Concerns raised');
    expect(concerns.items[0]!.text).toBe('My own words');
  });
});
