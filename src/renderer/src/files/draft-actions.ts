/**
 * Save, Save As and the autosave, through the host. Save reuses the path of the last save (desktop);
 * the autosave is written every few seconds while there are unsaved changes and cleared by a save,
 * so one found at start-up means work was not saved — after a crash or a closed window.
 */
import type { Host } from '../host/host';
import { useBriefwrightStore } from '../state/store';
import { serializeDraft } from '../../../core/draft/draft-file';
import { suggestedFileName } from '../state/export-slice';
import { uiI18n } from '../i18n/ui-i18n';

let lastSavedPath: string | null = null;

export async function saveDraft(host: Host, saveAs: boolean): Promise<void> {
  const draft = currentDraftText();
  if (!draft) return;
  const { showNotice } = useBriefwrightStore.getState();
  const result = await host.saveDraft(draft.content, draft.suggestedName, saveAs ? null : lastSavedPath);
  if (result.status === 'saved') {
    lastSavedPath = host.kind === 'electron' ? result.path : null;
    useBriefwrightStore.setState({ dirty: false });
    await host.autosave.clear();
    showNotice({ kind: 'info', text: uiI18n.t(host.kind === 'browser' ? 'files.draftDownloaded' : 'files.draftSaved', { path: result.path }) });
  } else if (result.status === 'error') {
    showNotice({ kind: 'error', text: result.message });
  }
}

/** Forget the last path when another statement or draft is opened. */
export function forgetSavedPath(): void {
  lastSavedPath = null;
}

export const AUTOSAVE_INTERVAL_MS = 3_000;

/** Starts the autosave timer; returns the function that stops it. */
export function startAutosave(host: Host): () => void {
  let lastWritten: unknown = null;
  const timer = setInterval(() => {
    const { dirty, briefing } = useBriefwrightStore.getState();
    // Only when something changed since the last autosave: the draft is immutable, so identity says it.
    if (!dirty || briefing === lastWritten) return;
    const draft = currentDraftText();
    if (!draft) return;
    lastWritten = briefing;
    void host.autosave.write(draft.content);
  }, AUTOSAVE_INTERVAL_MS);
  return () => clearInterval(timer);
}

/** The current work as a draft file's text, or null when nothing is open. */
export function currentDraftText(): { content: string; suggestedName: string } | null {
  const { briefing, statement, template, wordTemplate, sourceName } = useBriefwrightStore.getState();
  if (!briefing || !statement) return null;
  const content = serializeDraft({
    savedAt: new Date().toISOString(),
    sourceName,
    statementText: statement.text,
    template: { id: template.id, schemaVersion: template.schemaVersion },
    ...(wordTemplate ? { wordTemplate: { id: wordTemplate.id, name: wordTemplate.name } } : {}),
    briefing,
  });
  return { content, suggestedName: `${suggestedFileName(briefing)}.briefwright.json` };
}
