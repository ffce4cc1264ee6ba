/**
 * Groups a run of keystrokes into one undo step. Each draft change carries a group key ("text of
 * item X", "title"); a change with the same key as the one just before, within GROUP_WINDOW_MS, does
 * not record a new past state, so Undo takes the whole run back at once. A change without a key
 * (a tick, a move) always records one, and ends the run.
 */
const GROUP_WINDOW_MS = 1_000;

let pendingKey: string | null = null;
let lastKey: string | null = null;
let lastTime = 0;

/** Call just before the store's set() for a change that may join the previous step. */
export function markUndoGroup(key: string | null): void {
  pendingKey = key;
}

/** Ends the current run (after undo, redo, open). */
export function breakUndoGroup(): void {
  lastKey = null;
}

/** Whether the change about to be recorded starts a new undo step. */
export function startsNewUndoStep(now = Date.now()): boolean {
  const key = pendingKey;
  pendingKey = null;
  const joins = key !== null && key === lastKey && now - lastTime < GROUP_WINDOW_MS;
  lastKey = key;
  lastTime = now;
  return !joins;
}
