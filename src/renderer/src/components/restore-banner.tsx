/**
 * Offered at start-up when an autosaved draft exists: the last session ended with unsaved changes
 * (a crash, or a window closed without saving). Restore opens it; Discard deletes it.
 */
import { useEffect, useState } from 'react';
import { parseDraft, type DraftFile } from '../../../core/draft/draft-file';
import type { Host } from '../host/host';
import { actions, useBriefwrightStore, useTemplatesLoaded } from '../state/store';

export function RestoreBanner({ host }: { host: Host }) {
  const [draft, setDraft] = useState<DraftFile | null>(null);
  // A draft may use one of the officer's templates: offer it once they are known.
  const templatesLoaded = useTemplatesLoaded();

  useEffect(() => {
    let cancelled = false;
    void host.autosave.read().then((text) => {
      if (cancelled || text === null) return;
      try {
        setDraft(parseDraft(text, 'The autosaved draft'));
      } catch {
        void host.autosave.clear();
      }
    });
    return () => {
      cancelled = true;
    };
  }, [host]);

  if (!draft || !templatesLoaded) return null;
  const when = new Date(draft.savedAt);
  return (
    <div className="notice notice--restore" role="alertdialog" aria-labelledby="restore-text">
      <span id="restore-text">
        Unsaved work from {Number.isNaN(when.getTime()) ? 'your last session' : when.toLocaleString()} was found ({draft.briefing.metadata.title}). Restore it?
      </span>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          let warning: string | null;
          try {
            warning = actions().openDraftFile(draft);
          } catch (error) {
            // Kept in the autosave: the officer can restore it once the template is back.
            actions().showNotice({ kind: 'error', text: `Your unsaved work could not be restored: ${(error as Error).message}. It is kept; nothing was discarded.` });
            return;
          }
          actions().showNotice(warning ? { kind: 'error', text: `Restored your unsaved work. ${warning}` } : { kind: 'info', text: 'Restored your unsaved work.' });
          // Still unsaved: it stays in the autosave until the officer saves.
          useBriefwrightStore.setState({ dirty: true });
          setDraft(null);
        }}
      >
        Restore
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          void host.autosave.clear();
          setDraft(null);
        }}
      >
        Discard
      </button>
    </div>
  );
}

