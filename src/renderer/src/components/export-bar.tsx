/**
 * Export buttons, and the draft's Source comments toggle (which the top bar places, in its More menu
 * when the window is narrow). What an export did is told in the notification area (export-status.tsx).
 */
import { useTranslation } from 'react-i18next';
import type { ExportStatus } from '../state/export-slice';
import { actions, useBriefing } from '../state/store';
import type { OutputFormat } from '../host/host';

const FORMAT_LABELS: Record<OutputFormat, string> = { docx: 'DOCX', pdf: 'PDF' };

interface Props {
  readonly status: ExportStatus;
  readonly disabled: boolean;
  readonly onExport: (format: OutputFormat) => void;
}

/** The draft's source-comments flag: starts as the template's `output.sourceComments`, then the officer's. */
export function SourceCommentsToggle() {
  const briefing = useBriefing();
  const { t } = useTranslation('ui');
  if (!briefing) return null;
  return (
    <label className="export-bar__toggle" title={t('export.sourceCommentsTitle')}>
      <input type="checkbox" checked={briefing.metadata.sourceComments} onChange={(event) => actions().setMetadata({ sourceComments: event.target.checked })} />
      {t('export.sourceComments')}
    </label>
  );
}

export function ExportBar({ status, disabled, onExport }: Props) {
  const busy = status.state === 'exporting';
  const { t } = useTranslation('ui');
  return (
    <div className="export-bar">
      <div className="export-bar__buttons" role="group" aria-label={t('export.group')}>
        {(Object.keys(FORMAT_LABELS) as OutputFormat[]).map((format, index) => (
          <button
            key={format}
            type="button"
            className={index === 0 ? 'button button--primary' : 'button'}
            disabled={disabled || busy}
            aria-busy={busy && status.format === format}
            onClick={() => onExport(format)}
          >
            {t('export.button', { format: FORMAT_LABELS[format] })}
          </button>
        ))}
      </div>
    </div>
  );
}
