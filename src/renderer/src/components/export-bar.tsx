/**
 * Export buttons and the status line that reports what happened: where the file went (with Show in
 * folder on the desktop), that the officer cancelled, or why it failed.
 */
import type { ExportStatus } from '../state/export-slice';
import { actions, useBriefing } from '../state/store';
import type { Host, OutputFormat } from '../host/host';

const FORMAT_LABELS: Record<OutputFormat, string> = { docx: 'DOCX', pdf: 'PDF' };

interface Props {
  readonly host: Host;
  readonly status: ExportStatus;
  readonly disabled: boolean;
  readonly onExport: (format: OutputFormat) => void;
}

function StatusLine({ host, status }: { host: Host; status: ExportStatus }) {
  if (status.state === 'idle') return null;
  const label = FORMAT_LABELS[status.format];
  if (status.state === 'exporting') return <span>Exporting {label}…</span>;
  const { result } = status;
  switch (result.status) {
    case 'saved':
      return (
        <span className="status--success">
          {host.kind === 'browser' ? 'Downloaded ' : 'Saved to '}
          <span className="path" title={result.path}>
            <bdi>{result.path}</bdi>
          </span>
          {host.showInFolder && (
            <button type="button" className="button button--link" onClick={() => void host.showInFolder?.(result.path)}>
              Show in folder
            </button>
          )}
          {result.note && <span className="status--note"> {result.note}</span>}
          {result.unsupportedCharacters && result.unsupportedCharacters.length > 0 && (
            <span className="status--warning">
              {' '}
              Warning: no bundled font has {result.unsupportedCharacters.slice(0, 8).join(' ')}; these print as blank boxes.
            </span>
          )}
        </span>
      );
    case 'cancelled':
      return <span>Export cancelled; nothing was saved.</span>;
    case 'error':
      return <span className="status--error">{result.message}</span>;
  }
}

/** The draft's source-comments flag: starts as the template's `output.sourceComments`, then the officer's. */
function SourceCommentsToggle() {
  const briefing = useBriefing();
  if (!briefing) return null;
  return (
    <label className="export-bar__toggle" title="DOCX: a Word comment on each extracted item quoting the statement sentence it came from">
      <input type="checkbox" checked={briefing.metadata.sourceComments} onChange={(event) => actions().setMetadata({ sourceComments: event.target.checked })} />
      Source comments (DOCX)
    </label>
  );
}

export function ExportBar({ host, status, disabled, onExport }: Props) {
  const busy = status.state === 'exporting';
  return (
    <div className="export-bar">
      <SourceCommentsToggle />
      <div className="export-bar__buttons" role="group" aria-label="Export the briefing note">
        {(Object.keys(FORMAT_LABELS) as OutputFormat[]).map((format, index) => (
          <button
            key={format}
            type="button"
            className={index === 0 ? 'button button--primary' : 'button'}
            disabled={disabled || busy}
            aria-busy={busy && status.format === format}
            onClick={() => onExport(format)}
          >
            Export {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      <p className="export-bar__status" role="status" aria-live="polite">
        <StatusLine host={host} status={status} />
      </p>
    </div>
  );
}
