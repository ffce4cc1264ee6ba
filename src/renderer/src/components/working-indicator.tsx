/**
 * Says the app is working when reading a statement takes longer than a moment (~300 ms), with a
 * Cancel button that stops it and leaves the officer's work as it was. Quick opens show nothing.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelOpening, openingState, subscribeOpening } from '../files/statement-job';

/** How long an open may run before the indicator appears: below it, a flash would only distract. */
export const WORKING_INDICATOR_DELAY_MS = 300;

export function WorkingIndicator() {
  const { t } = useTranslation('session');
  const opening = useSyncExternalStore(subscribeOpening, openingState);
  const [shown, setShown] = useState<typeof opening>(null);
  useEffect(() => {
    if (!opening) {
      setShown(null);
      return undefined;
    }
    const timer = setTimeout(() => setShown(opening), Math.max(0, WORKING_INDICATOR_DELAY_MS - (Date.now() - opening.startedAt)));
    return () => clearTimeout(timer);
  }, [opening]);
  if (!shown || shown !== opening) return null;
  return (
    <div className="working-indicator" role="status" aria-live="polite">
      <span className="working-indicator__spinner" aria-hidden="true" />
      <span className="working-indicator__text">{t('work.opening', { file: shown.fileName })}</span>
      <button type="button" className="working-indicator__cancel" title={t('work.cancelTitle')} onClick={() => cancelOpening()}>
        {t('work.cancel')}
      </button>
    </div>
  );
}
