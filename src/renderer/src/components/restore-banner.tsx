/**
 * Offered at start-up when an autosaved draft exists: the last session ended with unsaved changes
 * (a crash, or a window closed without saving). Restore opens it; Discard deletes it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDraft, type DraftFile } from '../../../core/draft/draft-file';
import { describe } from '../../../core/i18n/describe';
import type { Host } from '../host/host';
import { actions, useBriefwrightStore, useTemplatesLoaded } from '../state/store';

export function RestoreBanner({ host }: { host: Host }) {
  const [draft, setDraft] = useState<DraftFile | null>(null);
  // A draft may use one of the officer's templates: offer it once they are known.
  const templatesLoaded = useTemplatesLoaded();
  const { t, i18n } = useTranslation('ui');
  const autosaveLabel = t('restore.autosaveLabel');

  useEffect(() => {
    let cancelled = false;
    void host.autosave.read().then((text) => {
      if (cancelled || text === null) return;
      try {
        setDraft(parseDraft(text, autosaveLabel));
      } catch {
        void host.autosave.clear();
      }
    });
    return () => {
      cancelled = true;
    };
  }, [host, autosaveLabel]);

  if (!draft || !templatesLoaded) return null;
  const when = new Date(draft.savedAt);
  return (
    <div className="notice notice--restore" role="alertdialog" aria-labelledby="restore-text">
      <span id="restore-text">
        {Number.isNaN(when.getTime())
          ? t('restore.textNoDate', { title: draft.briefing.metadata.title })
          : t('restore.text', { when: when.toLocaleString(i18n.language === 'fr' ? 'fr-CA' : 'en-CA'), title: draft.briefing.metadata.title })}
      </span>
      <button
        type="button"
        className="button button--primary"
        onClick={async () => {
          let warning: string | null;
          try {
            warning = await actions().openDraftFile(draft);
          } catch (error) {
            // Kept in the autosave: the officer can restore it once the template is back.
            actions().showNotice({ kind: 'error', text: t('restore.failed', { reason: describe(error, t) }) });
            return;
          }
          actions().showNotice(warning ? { kind: 'error', text: t('restore.restoredWithWarning', { warning }) } : { kind: 'info', text: t('restore.restored') });
          // Still unsaved: it stays in the autosave until the officer saves.
          useBriefwrightStore.setState({ dirty: true });
          setDraft(null);
        }}
      >
        {t('restore.restore')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          void host.autosave.clear();
          setDraft(null);
        }}
      >
        {t('restore.discard')}
      </button>
    </div>
  );
}

