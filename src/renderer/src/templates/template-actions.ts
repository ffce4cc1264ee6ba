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
import { copyName, duplicateTemplate as copyTemplate, parseImportedTemplate, templateFromBriefing, templateIdFromName, MAX_TEMPLATE_BYTES } from '../../../core/templates/template-library';
import type { Host, TemplateSaveResult } from '../host/host';
import { useBriefwrightStore } from '../state/store';
import { uiI18n } from '../i18n/ui-i18n';
import { megabytes } from '../i18n/megabytes';
import { templateNameRefusal } from './template-name-refusal';
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
    fail(uiI18n.t('templates.layoutFailed', { reason: reason(error) }));
  }
}

export async function loadTemplates(host: Host): Promise<void> {
  try {
    const [listing, word] = await Promise.all([host.templates.list(), host.wordTemplates.list()]);
    const problems = [...listing.problems, ...word.problems];
    state().setUserTemplates(listing.templates, problems);
    state().setWordTemplates(word.templates);
    if (problems.length > 0) fail(uiI18n.t('templates.someUnreadable', { problems: problems.join(' ') }));
  } catch (error) {
    fail(uiI18n.t('templates.unreadable', { reason: reason(error) }));
  } finally {
    useBriefwrightStore.setState({ templatesLoaded: true });
  }
}

/** Saves, asking before it replaces a template with the same id; null when nothing was saved. */
async function store(host: Host, template: Template, confirm: Confirm, replace = false): Promise<Template | null> {
  let result: TemplateSaveResult = await host.templates.save(template, { replace });
  if (result.status === 'exists') {
    const existing = state().userTemplates.find((candidate) => candidate.id === template.id);
    const question = existing ? uiI18n.t('templates.replaceQuestionNamed', { id: template.id, name: existing.name }) : uiI18n.t('templates.replaceQuestion', { id: template.id });
    if (!(await confirm(question))) {
      info(uiI18n.t('templates.nothingSaved', { name: existing?.name ?? template.id }));
      return null;
    }
    result = await host.templates.save(template, { replace: true });
  }
  if (result.status === 'error') return fail(result.message);
  if (result.status === 'exists') return fail(uiI18n.t('templates.notSaved', { name: template.name }));
  state().putUserTemplate(template);
  return template;
}

/** "Save as template…": the note as arranged now, under a new name; the note then uses it. */
export async function saveCurrentAsTemplate(host: Host, name: string, confirm: Confirm): Promise<Template | null> {
  const problem = templateNameRefusal(name);
  if (problem) return fail(problem);
  const { briefing, template: base } = state();
  if (!briefing) return fail(uiI18n.t('templates.openFirst'));
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
  info(uiI18n.t('templates.savedAs', { name: saved.name }));
  return saved;
}

export async function duplicateTemplate(host: Host, id: string, confirm: Confirm): Promise<Template | null> {
  const source = state().findTemplate(id);
  if (!source) return fail(uiI18n.t('templates.gone', { id }));
  const name = copyName(source.name, [...state().userTemplates.map((t) => t.name)]);
  const saved = await store(host, copyTemplate(source, name, templateIdFromName(name, takenIds())), confirm);
  if (saved) info(uiI18n.t('templates.duplicated', { name: saved.name }));
  return saved;
}

/** Renames: the id (and so the file) stays, so drafts made with the template still find it. */
export async function renameTemplate(host: Host, id: string, name: string): Promise<Template | null> {
  const problem = templateNameRefusal(name);
  if (problem) return fail(problem);
  const template = state().userTemplates.find((candidate) => candidate.id === id);
  if (!template) return fail(uiI18n.t('templates.builtInRename'));
  const saved = await store(host, { ...template, name: name.trim() }, () => true, true);
  if (saved) info(uiI18n.t('templates.renamed', { name: saved.name }));
  return saved;
}

export async function deleteTemplate(host: Host, id: string, confirm: Confirm): Promise<boolean> {
  const template = state().userTemplates.find((candidate) => candidate.id === id);
  if (!template) return fail(uiI18n.t('templates.builtInDelete')) ?? false;
  if (!(await confirm(uiI18n.t('templates.deleteQuestion', { name: template.name })))) return false;
  try {
    await host.templates.delete(id);
  } catch (error) {
    return fail(uiI18n.t('templates.deleteFailed', { name: template.name, reason: reason(error) })) ?? false;
  }
  state().removeUserTemplate(id);
  info(uiI18n.t(state().template.id === id ? 'templates.deletedInUse' : 'templates.deleted', { name: template.name }));
  return true;
}

export async function importTemplateFile(host: Host, file: File, confirm: Confirm): Promise<Template | null> {
  const unchanged = uiI18n.t('templates.unchanged');
  if (file.size > MAX_TEMPLATE_BYTES) {
    return fail(`${uiI18n.t('templates.tooLarge', { file: file.name, size: megabytes(file.size) })} ${unchanged}`);
  }
  let template: Template;
  try {
    template = parseImportedTemplate(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (error) {
    const message = reason(error);
    return fail(`${message}${message.endsWith('.') ? '' : '.'} ${unchanged}`);
  }
  const saved = await store(host, template, confirm);
  if (saved) info(uiI18n.t('templates.imported', { name: saved.name }));
  return saved;
}

export async function exportTemplate(host: Host, id: string): Promise<void> {
  const result = await host.templates.export(id);
  if (result.status === 'saved') info(uiI18n.t(host.kind === 'browser' ? 'templates.downloaded' : 'templates.savedTo', { path: result.path }));
  else if (result.status === 'error') fail(result.message);
}

/** The editor's autosave: a valid version of the template, replacing the stored one. */
export async function saveEditedTemplate(host: Host, template: Template): Promise<boolean> {
  const result = await host.templates.save(template, { replace: true });
  if (result.status !== 'saved') {
    fail(result.status === 'error' ? result.message : uiI18n.t('templates.notSaved', { name: template.name }));
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
  const unchanged = uiI18n.t('templates.unchanged');
  if (file.size > MAX_WORD_TEMPLATE_BYTES) {
    const size = megabytes(file.size);
    return fail(`${uiI18n.t('templates.wordTooLarge', { file: file.name, size, limit: MAX_WORD_TEMPLATE_BYTES / 1024 / 1024 })} ${unchanged}`);
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
  const problem = templateNameRefusal(name);
  if (problem) return fail(problem);
  if (!findBuiltInTemplate(baseId)) return fail(uiI18n.t('templates.notBuiltInLayout', { id: baseId }));
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
    if (!(await confirm(uiI18n.t('templates.wordReplaceQuestion', { name: record.name, file: pending.fileName })))) {
      info(uiI18n.t('templates.wordNothingImported', { name: record.name }));
      return null;
    }
    result = await host.wordTemplates.import({ info: record, bytes: pending.bytes }, { replace: true });
  }
  if (result.status !== 'saved') return fail(result.status === 'error' ? result.message : uiI18n.t('templates.wordNotImported', { name: record.name }));
  state().putWordTemplate(record);
  const count = record.placeholders.length;
  const inUse = state().wordTemplate?.id === record.id;
  info(`${uiI18n.t('templates.wordImported', { name: record.name, count })}${uiI18n.t(inUse ? 'templates.wordInUse' : 'templates.wordChooseUse')}`);
  return record;
}

/** The note's DOCX goes through the Word template; the preview and PDF show its base layout. */
export function chooseWordTemplateForNote(id: string): void {
  try {
    state().chooseWordTemplate(id);
    const chosen = state().wordTemplate;
    if (chosen?.id === id) info(uiI18n.t('templates.wordChosen', { name: chosen.name, layout: state().template.name }));
  } catch (error) {
    fail(uiI18n.t('templates.wordLayoutFailed', { reason: reason(error) }));
  }
}

/** Renames a Word template: the id (and so its files and the drafts made with it) stays. */
export async function renameWordTemplate(host: Host, id: string, name: string): Promise<WordTemplateInfo | null> {
  const problem = templateNameRefusal(name);
  if (problem) return fail(problem);
  const template = state().wordTemplates.find((candidate) => candidate.id === id);
  if (!template) return fail(uiI18n.t('templates.wordGone', { id }));
  const result = await host.wordTemplates.rename(id, name.trim());
  if (result.status !== 'saved') return fail(result.status === 'error' ? result.message : uiI18n.t('templates.wordNotRenamed', { name: template.name }));
  const renamed = { ...template, name: name.trim() };
  state().putWordTemplate(renamed);
  info(uiI18n.t('templates.renamed', { name: renamed.name }));
  return renamed;
}

export async function deleteWordTemplate(host: Host, id: string, confirm: Confirm): Promise<boolean> {
  const template = state().wordTemplates.find((candidate) => candidate.id === id);
  if (!template) return false;
  if (!(await confirm(uiI18n.t('templates.wordDeleteQuestion', { name: template.name })))) return false;
  const inUse = state().wordTemplate?.id === id;
  try {
    await host.wordTemplates.delete(id);
  } catch (error) {
    return fail(uiI18n.t('templates.wordDeleteFailed', { name: template.name, reason: reason(error) })) ?? false;
  }
  state().removeWordTemplate(id);
  info(inUse ? uiI18n.t('templates.wordDeletedInUse', { name: template.name, layout: state().template.name }) : uiI18n.t('templates.wordDeleted', { name: template.name }));
  return true;
}

export async function exportWordTemplate(host: Host, id: string): Promise<void> {
  const result = await host.wordTemplates.export(id);
  if (result.status === 'saved') info(uiI18n.t(host.kind === 'browser' ? 'templates.wordDownloaded' : 'templates.wordSavedTo', { path: result.path }));
  else if (result.status === 'error') fail(result.message);
}
