/**
 * What the officer does with templates, through the host's template store: load the library, save
 * the current composition as a template, duplicate, rename, delete, import and export. Each action
 * reports its outcome in the notice line; anything refused leaves the stored templates as they were.
 * Questions (overwrite? delete?) go through `confirm`, which the view supplies.
 */
import type { Template } from '../../../core/model/template';
import { DEFAULT_TEMPLATE_ID, findBuiltInTemplate } from '../../../core/templates/template-loader';
import { wordTemplateNameFromFile, type WordTemplateInfo } from '../../../core/templates/word-template-info';
import { MAX_WORD_TEMPLATE_BYTES } from '../../../core/templates/word-template-limits';
import { copyName, duplicateTemplate as copyTemplate, parseImportedTemplate, templateFromBriefing, templateIdFromName, templateNameProblem, MAX_TEMPLATE_BYTES } from '../../../core/templates/template-library';
import type { Host, TemplateSaveResult } from '../host/host';
import { useBriefwrightStore } from '../state/store';
import { uiI18n } from '../i18n/ui-i18n';
import { describe } from '../../../core/i18n/describe';

export type Confirm = (question: string) => boolean | Promise<boolean>;

const state = () => useBriefwrightStore.getState();
/** A core error (template, Word template) in the interface's language, by its code. */
const reason = (error: unknown) => describe(error, uiI18n);
const info = (text: string) => state().showNotice({ kind: 'info', text });
const fail = (text: string): null => {
  state().showNotice({ kind: 'error', text });
  return null;
};

/** Ids of the officer's templates, JSON and Word alike: one id names one template. */
function takenIds(): Set<string> {
  return new Set([...state().userTemplates.map((template) => template.id), ...state().wordTemplates.map((template) => template.id)]);
}

/** Lays the note out with another template; a template whose snippets fail on this statement says why. */
export function chooseTemplateForNote(id: string): void {
  try {
    state().chooseTemplate(id);
  } catch (error) {
    fail(`The note could not be laid out with that template: ${reason(error)} Your note is unchanged.`);
  }
}

export async function loadTemplates(host: Host): Promise<void> {
  try {
    const [listing, word] = await Promise.all([host.templates.list(), host.wordTemplates.list()]);
    const problems = [...listing.problems, ...word.problems];
    state().setUserTemplates(listing.templates, problems);
    state().setWordTemplates(word.templates);
    if (problems.length > 0) fail(`Some of your templates could not be read: ${problems.join(' ')}`);
  } catch (error) {
    fail(`Your templates could not be read: ${reason(error)}`);
  } finally {
    useBriefwrightStore.setState({ templatesLoaded: true });
  }
}

/** Saves, asking before it replaces a template with the same id; null when nothing was saved. */
async function store(host: Host, template: Template, confirm: Confirm, replace = false): Promise<Template | null> {
  let result: TemplateSaveResult = await host.templates.save(template, { replace });
  if (result.status === 'exists') {
    const existing = state().userTemplates.find((candidate) => candidate.id === template.id);
    const question = `A template with the id “${template.id}”${existing ? ` (“${existing.name}”)` : ''} already exists. Replace it?`;
    if (!(await confirm(question))) {
      info(`Nothing was saved; your template “${existing?.name ?? template.id}” is unchanged.`);
      return null;
    }
    result = await host.templates.save(template, { replace: true });
  }
  if (result.status === 'error') return fail(result.message);
  if (result.status === 'exists') return fail(`The template “${template.name}” could not be saved.`);
  state().putUserTemplate(template);
  return template;
}

/** "Save as template…": the note as arranged now, under a new name; the note then uses it. */
export async function saveCurrentAsTemplate(host: Host, name: string, confirm: Confirm): Promise<Template | null> {
  const problem = templateNameProblem(name);
  if (problem) return fail(problem);
  const { briefing, template: base } = state();
  if (!briefing) return fail('Open a statement first: a template is made from the note you are composing.');
  const sameName = state().userTemplates.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase());
  const id = sameName?.id ?? templateIdFromName(name, takenIds());
  let template: Template;
  try {
    template = templateFromBriefing(base, briefing, name, id);
  } catch (error) {
    return fail(reason(error));
  }
  const saved = await store(host, template, confirm);
  if (!saved) return null;
  const current = state().briefing;
  useBriefwrightStore.setState({ template: saved, ...(current ? { briefing: { ...current, templateId: saved.id } } : {}) });
  info(`Saved the template “${saved.name}”. This note now uses it.`);
  return saved;
}

export async function duplicateTemplate(host: Host, id: string, confirm: Confirm): Promise<Template | null> {
  const source = state().findTemplate(id);
  if (!source) return fail(`The template “${id}” no longer exists.`);
  const name = copyName(source.name, [...state().userTemplates.map((t) => t.name)]);
  const saved = await store(host, copyTemplate(source, name, templateIdFromName(name, takenIds())), confirm);
  if (saved) info(`Made “${saved.name}”, which you can edit.`);
  return saved;
}

/** Renames: the id (and so the file) stays, so drafts made with the template still find it. */
export async function renameTemplate(host: Host, id: string, name: string): Promise<Template | null> {
  const problem = templateNameProblem(name);
  if (problem) return fail(problem);
  const template = state().userTemplates.find((candidate) => candidate.id === id);
  if (!template) return fail('Built-in templates cannot be renamed; duplicate one to make your own.');
  const saved = await store(host, { ...template, name: name.trim() }, () => true, true);
  if (saved) info(`Renamed to “${saved.name}”.`);
  return saved;
}

export async function deleteTemplate(host: Host, id: string, confirm: Confirm): Promise<boolean> {
  const template = state().userTemplates.find((candidate) => candidate.id === id);
  if (!template) return fail('Built-in templates cannot be deleted.') ?? false;
  if (!(await confirm(`Delete the template “${template.name}”? This cannot be undone.`))) return false;
  try {
    await host.templates.delete(id);
  } catch (error) {
    return fail(`The template “${template.name}” could not be deleted: ${reason(error)}`) ?? false;
  }
  state().removeUserTemplate(id);
  info(`Deleted the template “${template.name}”.${state().template.id === id ? ' This note keeps its layout.' : ''}`);
  return true;
}

export async function importTemplateFile(host: Host, file: File, confirm: Confirm): Promise<Template | null> {
  const unchanged = 'Your templates are unchanged.';
  if (file.size > MAX_TEMPLATE_BYTES) {
    return fail(`${file.name} is too large to be a template (${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB). ${unchanged}`);
  }
  let template: Template;
  try {
    template = parseImportedTemplate(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (error) {
    const message = reason(error);
    return fail(`${message}${message.endsWith('.') ? '' : '.'} ${unchanged}`);
  }
  const saved = await store(host, template, confirm);
  if (saved) info(`Imported the template “${saved.name}”.`);
  return saved;
}

export async function exportTemplate(host: Host, id: string): Promise<void> {
  const result = await host.templates.export(id);
  if (result.status === 'saved') info(host.kind === 'browser' ? `Template downloaded as ${result.path}.` : `Template saved to ${result.path}.`);
  else if (result.status === 'error') fail(result.message);
}

/** The editor's autosave: a valid version of the template, replacing the stored one. */
export async function saveEditedTemplate(host: Host, template: Template): Promise<boolean> {
  const result = await host.templates.save(template, { replace: true });
  if (result.status !== 'saved') {
    fail(result.status === 'error' ? result.message : `The template “${template.name}” could not be saved.`);
    return false;
  }
  state().putUserTemplate(template);
  return true;
}

/** A .docx read and checked, waiting for the officer to name it and pick its layout. */
export interface PendingWordTemplate {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The keys found between double braces, in document order. */
  readonly placeholders: readonly string[];
  readonly suggestedName: string;
  /** The layout offered first: the note's own when it is built in. */
  readonly suggestedBase: string;
}

/**
 * Reads a .docx the officer picked and finds its placeholders (docx loads only now); null, with the
 * reason in the notice line, if it is not a Word document. Nothing is stored yet.
 */
export async function readWordTemplateFile(file: File): Promise<PendingWordTemplate | null> {
  const unchanged = 'Your templates are unchanged.';
  if (file.size > MAX_WORD_TEMPLATE_BYTES) {
    return fail(`${file.name} is too large to be a Word template (${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_WORD_TEMPLATE_BYTES / 1024 / 1024} MB). ${unchanged}`);
  }
  const suggestedBase = findBuiltInTemplate(state().template.id)?.id ?? DEFAULT_TEMPLATE_ID;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { detectWordTemplatePlaceholders } = await import('../../../core/templates/word-template');
    const scan = await detectWordTemplatePlaceholders(bytes, findBuiltInTemplate(suggestedBase)!, file.name);
    return { fileName: file.name, bytes, placeholders: scan.placeholders.map((placeholder) => placeholder.key), suggestedName: wordTemplateNameFromFile(file.name), suggestedBase };
  } catch (error) {
    const message = reason(error);
    return fail(`${message}${message.endsWith('.') ? '' : '.'} ${unchanged}`);
  }
}

/** Stores a read .docx as a Word template under `name`, asking before it replaces one. */
export async function importWordTemplate(host: Host, pending: PendingWordTemplate, name: string, baseId: string, confirm: Confirm): Promise<WordTemplateInfo | null> {
  const problem = templateNameProblem(name);
  if (problem) return fail(problem);
  if (!findBuiltInTemplate(baseId)) return fail(`“${baseId}” is not a built-in layout.`);
  const sameName = state().wordTemplates.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase());
  const record: WordTemplateInfo = {
    id: sameName?.id ?? templateIdFromName(name, takenIds()),
    name: name.trim(),
    base: baseId,
    importedFrom: pending.fileName.slice(0, 260),
    placeholders: [...pending.placeholders],
  };
  let result = await host.wordTemplates.import({ info: record, bytes: pending.bytes }, { replace: false });
  if (result.status === 'exists') {
    if (!(await confirm(`A Word template named “${record.name}” already exists. Replace its document with ${pending.fileName}?`))) {
      info(`Nothing was imported; your Word template “${record.name}” is unchanged.`);
      return null;
    }
    result = await host.wordTemplates.import({ info: record, bytes: pending.bytes }, { replace: true });
  }
  if (result.status !== 'saved') return fail(result.status === 'error' ? result.message : `The Word template “${record.name}” could not be imported.`);
  state().putWordTemplate(record);
  const count = record.placeholders.length;
  const inUse = state().wordTemplate?.id === record.id;
  info(`Imported the Word template “${record.name}” (${count} placeholder${count === 1 ? '' : 's'}).${inUse ? ' This note’s DOCX goes through it.' : ' Choose Use to fill it with this note.'}`);
  return record;
}

/** The note's DOCX goes through the Word template; the preview and PDF show its base layout. */
export function chooseWordTemplateForNote(id: string): void {
  try {
    state().chooseWordTemplate(id);
    const chosen = state().wordTemplate;
    if (chosen?.id === id) info(`This note’s DOCX now fills your Word template “${chosen.name}”; the preview and the PDF use the ${state().template.name} layout.`);
  } catch (error) {
    fail(`The note could not be laid out for that Word template: ${reason(error)} Your note is unchanged.`);
  }
}

/** Renames a Word template: the id (and so its files and the drafts made with it) stays. */
export async function renameWordTemplate(host: Host, id: string, name: string): Promise<WordTemplateInfo | null> {
  const problem = templateNameProblem(name);
  if (problem) return fail(problem);
  const template = state().wordTemplates.find((candidate) => candidate.id === id);
  if (!template) return fail(`The Word template “${id}” no longer exists.`);
  const result = await host.wordTemplates.rename(id, name.trim());
  if (result.status !== 'saved') return fail(result.status === 'error' ? result.message : `The Word template “${template.name}” could not be renamed.`);
  const renamed = { ...template, name: name.trim() };
  state().putWordTemplate(renamed);
  info(`Renamed to “${renamed.name}”.`);
  return renamed;
}

export async function deleteWordTemplate(host: Host, id: string, confirm: Confirm): Promise<boolean> {
  const template = state().wordTemplates.find((candidate) => candidate.id === id);
  if (!template) return false;
  if (!(await confirm(`Delete the Word template “${template.name}”? Briefwright’s copy of the document is removed; the original file is not touched.`))) return false;
  const inUse = state().wordTemplate?.id === id;
  try {
    await host.wordTemplates.delete(id);
  } catch (error) {
    return fail(`The Word template “${template.name}” could not be deleted: ${reason(error)}`) ?? false;
  }
  state().removeWordTemplate(id);
  info(`Deleted the Word template “${template.name}”.${inUse ? ` This note’s DOCX now uses the ${state().template.name} layout.` : ''}`);
  return true;
}

export async function exportWordTemplate(host: Host, id: string): Promise<void> {
  const result = await host.wordTemplates.export(id);
  if (result.status === 'saved') info(host.kind === 'browser' ? `Word template downloaded as ${result.path}.` : `Word template saved to ${result.path}.`);
  else if (result.status === 'error') fail(result.message);
}
