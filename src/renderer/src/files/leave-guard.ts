/**
 * Leaving the app with unsaved changes. In the browser, a beforeunload handler while the draft is
 * dirty (the browser asks in its own words; a page may not show its own dialog there). On the
 * desktop, main holds the window's close while the page reports unsaved changes and asks the page to
 * run the same Save / Don't save / Cancel question (unsaved-changes.ts), closing when it may.
 */
import type { Host } from '../host/host';
import { useBriefwrightStore } from '../state/store';
import { hasUnsavedChanges, mayReplaceWork } from './unsaved-changes';

/** Starts guarding; returns the function that stops. */
export function guardLeaving(host: Host, page?: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  if (host.kind === 'browser') {
    const target = page ?? window;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = '';
    };
    target.addEventListener('beforeunload', onBeforeUnload as EventListener);
    return () => target.removeEventListener('beforeunload', onBeforeUnload as EventListener);
  }
  const { reportUnsavedChanges, onCloseRequested, closeWindow } = host;
  if (!reportUnsavedChanges || !onCloseRequested || !closeWindow) return () => undefined;
  let reported = hasUnsavedChanges();
  reportUnsavedChanges(reported);
  const unsubscribe = useBriefwrightStore.subscribe((state) => {
    const now = hasUnsavedChanges(state);
    if (now === reported) return;
    reported = now;
    reportUnsavedChanges(now);
  });
  const stopListening = onCloseRequested(() => {
    void mayReplaceWork().then((may) => {
      if (may) closeWindow();
    });
  });
  return () => {
    unsubscribe();
    stopListening();
  };
}
