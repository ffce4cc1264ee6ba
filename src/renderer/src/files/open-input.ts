/**
 * What the officer hands the app — a file (picked or dropped), or pasted text — becomes a statement
 * or a restored draft. Anything that cannot be opened leaves the current work as it is and says why
 * in the notice line.
 */
import { composeBriefingWithCuts } from '../../../core/compose/compose-briefing';
import { isDraftFileName, parseDraft } from '../../../core/draft/draft-file';
import { MAX_IMPORT_BYTES } from '../../../core/import/text-importer';
import { forgetSavedPath } from './draft-actions';
import { mayReplaceWork } from './unsaved-changes';
import { rememberRecentFile } from './recent-files';
import { useBriefwrightStore } from '../state/store';
import { uiI18n } from '../i18n/ui-i18n';
import { megabytes } from '../i18n/megabytes';
import { describe } from '../../../core/i18n/describe';
import { OpeningCancelledError, openStatementOffThread, type StatementInput } from './statement-job';

/** Drafts carry the statement too, so they may be larger than a statement file. */
const MAX_DRAFT_BYTES = 4 * MAX_IMPORT_BYTES;

function fail(text: string): false {
  useBriefwrightStore.getState().showNotice({ kind: 'error', text });
  return false;
}

/** Something new is open: Save must ask where again. */
function succeed(text: string): true {
  forgetSavedPath();
  useBriefwrightStore.getState().showNotice({ kind: 'info', text });
  return true;
}

/** An error or a core message in the interface's language (describe: the core's errors by their codes). */
function reason(error: unknown): string {
  const message = describe(error, uiI18n);
  return message.endsWith('.') ? message : `${message}.`;
}

/**
 * Opens a draft from its text; false (and a notice) when it cannot be read. With unsaved changes the
 * officer is asked first (Save / Don't save / Cancel), once the draft is known to open: a refused
 * file never asks.
 */
export async function openDraftText(text: string, fileName: string): Promise<boolean> {
  let draft: ReturnType<typeof parseDraft>;
  try {
    draft = parseDraft(text, fileName);
  } catch (error) {
    return fail(uiI18n.t('files.draftFailed', { reason: reason(error) }));
  }
  if (!(await mayReplaceWork())) return false;
  let warning: string | null;
  try {
    warning = await useBriefwrightStore.getState().openDraftFile(draft);
  } catch (error) {
    return fail(uiI18n.t('files.draftFailed', { reason: reason(error) }));
  }
  if (warning) {
    useBriefwrightStore.getState().showNotice({ kind: 'error', text: uiI18n.t('files.openedDraftWarning', { file: fileName, warning }) });
    return true;
  }
  return succeed(uiI18n.t('files.openedDraft', { file: fileName }));
}

export async function openFile(file: File): Promise<boolean> {
  const isDraft = isDraftFileName(file.name);
  const limit = isDraft ? MAX_DRAFT_BYTES : MAX_IMPORT_BYTES;
  // Checked before reading, so a 50 MB file is refused without loading it into memory.
  if (file.size > limit) {
    return fail(uiI18n.t('files.tooLarge', { file: file.name, size: megabytes(file.size), limit: megabytes(limit) }));
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return fail(uiI18n.t('files.unreadable', { file: file.name, reason: reason(error) }));
  }
  const opened = isDraft
    ? await openDraftText(new TextDecoder().decode(bytes), file.name)
    : await openStatementInput({ bytes }, file.name, 'files.cannotOpen', uiI18n.t('files.opened', { file: file.name }));
  if (opened) {
    await rememberRecentFile(file.name, bytes);
    window.dispatchEvent(new Event(RECENT_FILES_CHANGED));
  }
  return opened;
}

/** Fired on window after a file is opened, so the Recent list can refresh. */
export const RECENT_FILES_CHANGED = 'briefwright:recent-files-changed';

/**
 * A statement file's bytes, or pasted text, read and extracted in a worker (the importers load there,
 * on the first open): the page stays responsive, and the officer can cancel, or open something else,
 * while it runs. `opened` is what the notice says when all went well.
 */
async function openStatementInput(input: StatementInput, name: string, failedKey: 'files.cannotOpen' | 'files.pasteFailed', opened: string): Promise<boolean> {
  try {
    const imported = await openStatementOffThread(input, name);
    // Unsaved changes: asked once the statement is known to open (a refused file never asks).
    if (!(await mayReplaceWork())) return false;
    useBriefwrightStore.getState().openStatement(imported.statement, name, imported.structured);
    const { structured, template } = useBriefwrightStore.getState();
    const cuts = structured ? composeBriefingWithCuts(structured, template).cutNotices.map((cut) => describe(cut, uiI18n)) : [];
    if (imported.notices.length > 0 || cuts.length > 0) {
      forgetSavedPath();
      useBriefwrightStore.getState().showNotice({ kind: 'error', text: uiI18n.t('files.openedWithWarnings', { file: name, warnings: [...imported.notices.map((notice) => reason(notice)), ...cuts].join(' ') }) });
      return true;
    }
  } catch (error) {
    if (error instanceof OpeningCancelledError) {
      // A newer open says what it opened; a cancel by the officer says that nothing changed.
      if (error.by === 'officer') useBriefwrightStore.getState().showNotice({ kind: 'info', text: uiI18n.t('session:work.cancelled', { file: name }) });
      return false;
    }
    return fail(uiI18n.t(failedKey, { file: name, reason: reason(error) }));
  }
  return succeed(opened);
}

/** Pasted text, read and extracted off the page's thread as a file is (a 300 KB paste froze the page for ~0.4 s). */
export async function openPastedText(text: string): Promise<boolean> {
  if (text.trim() === '') return fail(uiI18n.t('files.pasteEmpty'));
  return openStatementInput({ text }, uiI18n.t('files.pastedName'), 'files.pasteFailed', uiI18n.t('files.openedPasted'));
}
