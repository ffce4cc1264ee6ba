/**
 * The renderer's Word-template actions and store against an in-memory host (the same shape as the
 * browser and Electron hosts): read and check a .docx, import, choose, export routing, drafts, delete.
 * The Word template is made here with docx, as a department's would be in Word.
 */
import { Document, Packer, Paragraph } from 'docx';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDraft, serializeDraft } from '../../../core/draft/draft-file';
import { findBuiltInTemplate } from '../../../core/templates/template-loader';
import type { Host } from '../host/host';
import { currentDraftText } from '../files/draft-actions';
import { openSampleStatement, useBriefwrightStore } from '../state/store';
import { createMemoryTemplates, createMemoryWordTemplates, type MemoryWordTemplates } from '../testing/memory-templates';
import {
  chooseTemplateForNote,
  chooseWordTemplateForNote,
  deleteWordTemplate,
  importWordTemplate,
  loadTemplates,
  readWordTemplateFile,
  renameWordTemplate,
  saveCurrentAsTemplate,
} from './template-actions';

const state = () => useBriefwrightStore.getState();
const briefingNote = findBuiltInTemplate('briefing-note')!;
const PLACEHOLDERS = ['{{title}}', 'Date: {{date}}', '{{section:summary}}', '{{participants}}', '{{quotes}}', 'Remarks: {{director-remarks}}'];
const letterhead = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: PLACEHOLDERS.map((text) => new Paragraph(text)) }] })));

let words: MemoryWordTemplates;
let host: Host & { exportWordNote: ReturnType<typeof vi.fn>; exportNote: ReturnType<typeof vi.fn> };

beforeEach(async () => {
  useBriefwrightStore.setState({ template: briefingNote, wordTemplate: null, userTemplates: [], wordTemplates: [], notice: null, exportStatus: { state: 'idle' } });
  openSampleStatement();
  words = createMemoryWordTemplates();
  host = {
    kind: 'browser',
    exportNote: vi.fn(async () => ({ status: 'saved' as const, path: 'note.pdf' })),
    exportWordNote: vi.fn(async () => ({ status: 'saved' as const, path: 'note.docx' })),
    saveDraft: vi.fn(),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates: createMemoryTemplates(),
    wordTemplates: words,
  };
});

async function importLetterhead(name = 'Asia letterhead', base = 'briefing-note') {
  const pending = await readWordTemplateFile(new File([letterhead], 'letterhead.docx'));
  expect(pending).not.toBeNull();
  return importWordTemplate(host, pending!, name, base, () => true);
}

describe('Word templates in the app', () => {
  it('reads a .docx, finds its placeholders and suggests a name and the note’s layout', async () => {
    useBriefwrightStore.setState({ template: findBuiltInTemplate('meeting-readout')! });
    const pending = await readWordTemplateFile(new File([letterhead], 'Letterhead: Asia 2024.docx'));
    expect(pending).toMatchObject({ fileName: 'Letterhead: Asia 2024.docx', suggestedName: 'Letterhead Asia 2024', suggestedBase: 'meeting-readout' });
    expect(pending!.placeholders).toEqual(expect.arrayContaining(['title', 'section:summary', 'participants', 'director-remarks']));
    expect(words.records.size).toBe(0);
  });

  it('refuses a file that is not a Word document or is too large, storing nothing', async () => {
    expect(await readWordTemplateFile(new File(['not a zip'], 'notes.docx'))).toBeNull();
    expect(state().notice).toEqual({ kind: 'error', text: 'notes.docx is not a Word document (.docx): it is not a zip file. Your templates are unchanged.' });
    const huge = new File([new Uint8Array(11 * 1024 * 1024)], 'huge.docx');
    expect(await readWordTemplateFile(huge)).toBeNull();
    expect(state().notice?.text).toMatch(/huge\.docx is too large to be a Word template \(11\.0 MB; the limit is 10 MB\)/);
    expect(words.records.size).toBe(0);
  });

  it('imports, asks before replacing one of the same name, and keeps ids apart from the JSON templates', async () => {
    const imported = await importLetterhead();
    expect(imported).toMatchObject({ id: 'asia-letterhead', name: 'Asia letterhead', base: 'briefing-note', importedFrom: 'letterhead.docx' });
    expect(words.records.get('asia-letterhead')!.bytes).toHaveLength(letterhead.length);
    expect(state().wordTemplates.map((template) => template.id)).toEqual(['asia-letterhead']);
    expect(state().notice?.text).toBe('Imported the Word template “Asia letterhead” (6 placeholders). Choose Use to fill it with this note.');

    const pending = await readWordTemplateFile(new File([letterhead], 'letterhead.docx'));
    expect(await importWordTemplate(host, pending!, 'Asia letterhead', 'media-lines', () => false)).toBeNull();
    expect(state().notice?.text).toBe('Nothing was imported; your Word template “Asia letterhead” is unchanged.');
    expect(words.records.get('asia-letterhead')!.info.base).toBe('briefing-note');
    expect(await importWordTemplate(host, pending!, 'Asia letterhead', 'media-lines', () => true)).toMatchObject({ base: 'media-lines' });
    expect(words.records.get('asia-letterhead')!.info.base).toBe('media-lines');

    // A JSON template given the same name gets its own id.
    expect(await saveCurrentAsTemplate(host, 'Asia letterhead', () => true)).toMatchObject({ id: 'asia-letterhead-2' });
    expect(await importWordTemplate(host, pending!, 'a/b', 'briefing-note', () => true)).toBeNull();
    expect(state().notice?.text).toMatch(/cannot contain “\/”/);
  });

  it('lays the note out with the base layout, sends DOCX through the Word template and says the PDF does not', async () => {
    await importLetterhead('Asia letterhead', 'meeting-readout');
    chooseWordTemplateForNote('asia-letterhead');
    expect(state().template.id).toBe('meeting-readout');
    expect(state().briefing!.templateId).toBe('meeting-readout');
    expect(state().wordTemplate?.id).toBe('asia-letterhead');
    expect(state().notice?.text).toBe('This note’s DOCX now fills your Word template “Asia letterhead”; the preview and the PDF use the Meeting readout layout.');

    await state().exportNote(host, 'docx');
    expect(host.exportNote).not.toHaveBeenCalled();
    expect(host.exportWordNote).toHaveBeenCalledWith({
      templateId: 'asia-letterhead',
      briefing: state().briefing,
      meeting: state().structured!.meeting,
      suggestedName: expect.stringContaining('Canada-ROK'),
    });

    await state().exportNote(host, 'pdf');
    expect(host.exportNote).toHaveBeenCalledTimes(1);
    expect(state().exportStatus).toMatchObject({ state: 'finished', result: { status: 'saved', note: 'The PDF uses the built-in Meeting readout layout: the Word template “Asia letterhead” fills the DOCX only.' } });

    // Choosing the base layout itself goes back to Briefwright's own DOCX, keeping the officer's edits.
    const before = state().briefing;
    chooseTemplateForNote('meeting-readout');
    expect(state().wordTemplate).toBeNull();
    expect(state().briefing).toBe(before);
  });

  it('a draft remembers its Word template; without it, the draft still opens and says so', async () => {
    await importLetterhead();
    chooseWordTemplateForNote('asia-letterhead');
    const draft = parseDraft(currentDraftText()!.content);
    expect(draft.wordTemplate).toEqual({ id: 'asia-letterhead', name: 'Asia letterhead' });

    chooseTemplateForNote('media-lines');
    expect(await state().openDraftFile(draft)).toBeNull();
    expect(state().wordTemplate?.id).toBe('asia-letterhead');
    expect(state().template.id).toBe('briefing-note');

    // Deleting it: the note in use falls back to its layout's DOCX.
    expect(await deleteWordTemplate(host, 'asia-letterhead', () => true)).toBe(true);
    expect(state().wordTemplate).toBeNull();
    expect(state().notice?.text).toBe('Deleted the Word template “Asia letterhead”. This note’s DOCX now uses the Briefing note layout.');
    expect(words.records.size).toBe(0);
    expect(await state().openDraftFile(draft)).toMatch(/made with the Word template “Asia letterhead”, which is not among your templates: its DOCX will use the Briefing note layout/);
    expect(state().wordTemplate).toBeNull();
  });

  it('renames in place: same id, the note using it follows, a bad name is refused', async () => {
    await importLetterhead();
    chooseWordTemplateForNote('asia-letterhead');
    expect(await renameWordTemplate(host, 'asia-letterhead', 'a|b')).toBeNull();
    expect(state().notice?.text).toMatch(/cannot contain “\|”/);
    expect(await renameWordTemplate(host, 'asia-letterhead', '  GAC letterhead ')).toMatchObject({ id: 'asia-letterhead', name: 'GAC letterhead' });
    expect(words.records.get('asia-letterhead')!.info.name).toBe('GAC letterhead');
    expect(state().wordTemplate).toMatchObject({ id: 'asia-letterhead', name: 'GAC letterhead' });
    expect(state().notice?.text).toBe('Renamed to “GAC letterhead”.');
  });

  it('a draft whose JSON template was deleted opens with a built-in of its language instead of failing', async () => {
    const draft = parseDraft(
      serializeDraft({ savedAt: '2026-11-28T12:00:00Z', sourceName: 'x.txt', statementText: state().statement!.text, template: { id: 'deleted-desk', schemaVersion: 1 }, briefing: { ...state().briefing!, templateId: 'deleted-desk' } }),
    );
    const warning = await state().openDraftFile(draft);
    expect(warning).toMatch(/made with the template “deleted-desk”, which is no longer among your templates, so it is shown with the built-in Briefing note layout/);
    expect(state().briefing).toEqual(draft.briefing);
    const french = parseDraft(
      serializeDraft({ savedAt: '2026-11-28T12:00:00Z', sourceName: 'x.txt', statementText: state().statement!.text, template: { id: 'gone', schemaVersion: 1 }, briefing: { ...state().briefing!, language: 'fr' } }),
    );
    await state().openDraftFile(french);
    expect(state().template.id).toBe('note-information');
  });

  it('loads both kinds of template and marks the library loaded even when a store fails', async () => {
    await importLetterhead();
    useBriefwrightStore.setState({ wordTemplates: [], templatesLoaded: false });
    await loadTemplates(host);
    expect(state().wordTemplates.map((template) => template.name)).toEqual(['Asia letterhead']);
    expect(state().templatesLoaded).toBe(true);

    useBriefwrightStore.setState({ templatesLoaded: false });
    await loadTemplates({ ...host, wordTemplates: { ...words, list: () => Promise.reject(new Error('disk on fire')) } });
    expect(state().templatesLoaded).toBe(true);
    expect(state().notice).toEqual({ kind: 'error', text: 'Your templates could not be read: disk on fire' });
  });
});
