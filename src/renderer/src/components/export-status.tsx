/**
 * What an export did, as the notification area shows it: where the file went (with Show in folder
 * on the desktop), that the officer cancelled, or why it failed. Which of these must stay until the
 * officer closes it is decided here, beside the wording.
 */
import { useTranslation } from 'react-i18next';
import type { Host } from '../host/host';
import type { ExportStatus } from '../state/export-slice';
import type { NotificationKind } from './notification-area';

const FORMAT_LABELS = { docx: 'DOCX', pdf: 'PDF' } as const;

/** The notification an export status makes, or null when there is nothing to say. */
export function exportStatusKind(status: ExportStatus): { kind: NotificationKind; sticky: boolean } | null {
  if (status.state === 'idle') return null;
  if (status.state === 'exporting') return { kind: 'busy', sticky: true };
  const { result } = status;
  if (result.status === 'error') return { kind: 'error', sticky: true };
  // A note (items left out, which layout the PDF used) or a font warning is read before it goes.
  const hasWarning = result.status === 'saved' && (Boolean(result.note) || (result.unsupportedCharacters?.length ?? 0) > 0);
  return { kind: 'info', sticky: hasWarning };
}

export function ExportStatusMessage({ host, status }: { host: Host; status: ExportStatus }) {
  const { t } = useTranslation('ui');
  if (status.state === 'idle') return null;
  const label = FORMAT_LABELS[status.format];
  if (status.state === 'exporting') return <span>{t('export.exporting', { format: label })}</span>;
  const { result } = status;
  switch (result.status) {
    case 'saved':
      return (
        <span className="status--success">
          {host.kind === 'browser' ? t('export.downloaded') : t('export.savedTo')}
          <span className="path" title={result.path}>
            <bdi>{result.path}</bdi>
          </span>
          {host.showInFolder && (
            <button type="button" className="button button--link" onClick={() => void host.showInFolder?.(result.path)}>
              {t('export.showInFolder')}
            </button>
          )}
          {result.note && <span className="status--note"> {result.note}</span>}
          {result.unsupportedCharacters && result.unsupportedCharacters.length > 0 && (
            <span className="status--warning"> {t('export.unsupported', { characters: result.unsupportedCharacters.slice(0, 8).join(' ') })}</span>
          )}
        </span>
      );
    case 'cancelled':
      return <span>{t('export.cancelled')}</span>;
    case 'error':
      return <span className="status--error">{result.message}</span>;
  }
}
