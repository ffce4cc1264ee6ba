/**
 * Never lose work (issue 15 item 2): before anything replaces the draft (Open…, Recent…, Paste…, a
 * dropped file, the sample, closing the desktop window) the officer is asked to save it, when it
 * holds changes since it was opened or last saved. The question itself is the app's dialog
 * (unsaved-changes-dialog.tsx), registered here while the app is mounted; the decision is here.
 */
import { useBriefwrightStore } from '../state/store';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface UnsavedQuestion {
  /** Shows the question for the draft titled `title` and resolves with the officer's answer. */
  ask(title: string): Promise<UnsavedChoice>;
  /** Saves as the Save action does (a download in the browser, the last path or a dialog on the desktop). */
  save(): Promise<void>;
}

let question: UnsavedQuestion | null = null;

/** Registers the dialog that asks; returns the function that unregisters it. */
export function setUnsavedQuestion(next: UnsavedQuestion): () => void {
  question = next;
  return () => {
    if (question === next) question = null;
  };
}

/** Whether replacing the draft now would lose changes the officer has not saved. */
export function hasUnsavedChanges(state: { readonly dirty: boolean; readonly briefing: unknown } = useBriefwrightStore.getState()): boolean {
  return state.dirty && state.briefing !== null;
}

/**
 * Resolves true when the draft may be replaced: nothing unsaved, Don't save, or Save that saved.
 * Cancel, Escape, or a save that did not happen (its dialog cancelled, an error) keep the work.
 */
export async function mayReplaceWork(): Promise<boolean> {
  if (!hasUnsavedChanges() || !question) return true;
  const { briefing, sourceName } = useBriefwrightStore.getState();
  const choice = await question.ask(briefing?.metadata.title.trim() || sourceName);
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  await question.save();
  return !hasUnsavedChanges();
}
