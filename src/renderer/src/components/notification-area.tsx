/**
 * The notification area: what just happened (a draft saved, a note exported, a file refused) in a
 * corner above the panes, never inside the top bar, so no message can change the bar's height.
 * One polite live region holds every notification, so a screen reader hears each one once without
 * being interrupted. Information fades after a few seconds (paused while pointed at or focused);
 * an error, or an export that carries a warning or a note, stays until its close button is pressed.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../host/host';
import type { ExportStatus } from '../state/export-slice';
import { actions, useExportStatus, useNotice } from '../state/store';
import { ExportStatusMessage, exportStatusKind } from './export-status';

export type NotificationKind = 'info' | 'error' | 'busy';

interface ToastProps {
  readonly kind: NotificationKind;
  /** True for what the officer must read before it goes (errors, warnings). */
  readonly sticky: boolean;
  readonly testId: string;
  readonly onDismiss: () => void;
  readonly children: ReactNode;
}

/**
 * One notification. Its fading is a CSS animation (notification-fade in styles.css), paused by
 * :hover and :focus-within, so the timing lives in one place and holds still while the officer reads
 * or reaches for Show in folder; when it ends, the notification is dismissed.
 */
function Notification({ kind, sticky, testId, onDismiss, children }: ToastProps) {
  const { t } = useTranslation('session');
  return (
    <div
      className={`notification notification--${kind}${sticky ? ' notification--sticky' : ' notification--fading'}`}
      data-testid={testId}
      onAnimationEnd={(event) => {
        if (!sticky && event.animationName === 'notification-fade') onDismiss();
      }}
    >
      <div className="notification__text">{children}</div>
      {kind !== 'busy' && (
        <button type="button" className="notification__close" aria-label={t('notifications.close')} title={t('notifications.close')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}

/** Numbers each notice or export result once, so a new one starts its own fade from the start. */
const serials = new WeakMap<object, number>();
let nextSerial = 1;
function serialOf(value: object): number {
  let serial = serials.get(value);
  if (serial === undefined) {
    serial = nextSerial++;
    serials.set(value, serial);
  }
  return serial;
}

interface Props {
  readonly host: Host;
  /** False while a modal (the template library) shows the notice itself. */
  readonly showNotice: boolean;
}

export function NotificationArea({ host, showNotice }: Props) {
  const { t } = useTranslation('session');
  const notice = useNotice();
  const exportStatus = useExportStatus();
  // The export's outcome lives in the export slice (it drives the buttons); closing it only hides it here.
  const [closedExport, setClosedExport] = useState<ExportStatus | null>(null);
  const closeExport = useCallback(() => setClosedExport(exportStatus), [exportStatus]);
  const closeNotice = useCallback(() => {
    // Only the notice that faded: a newer one may have replaced it meanwhile.
    if (actions().notice === notice) actions().showNotice(null);
  }, [notice]);

  const exportKind = exportStatusKind(exportStatus);
  return (
    <section className="notifications" aria-label={t('notifications.region')}>
      <div className="notifications__list" role="status" aria-live="polite">
        {exportKind && exportStatus !== closedExport && (
          <Notification key={`export-${serialOf(exportStatus)}`} kind={exportKind.kind} sticky={exportKind.sticky} testId="export-notification" onDismiss={closeExport}>
            <ExportStatusMessage host={host} status={exportStatus} />
          </Notification>
        )}
        {showNotice && notice && (
          <Notification key={`notice-${serialOf(notice)}`} kind={notice.kind} sticky={notice.kind === 'error'} testId="notice-notification" onDismiss={closeNotice}>
            {notice.text}
          </Notification>
        )}
      </div>
    </section>
  );
}
