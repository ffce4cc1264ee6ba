/**
 * The app's one screen (spine level): what was found in the statement, and the export buttons.
 * compose happened when the statement was opened; export lays the draft out with the template and
 * hands the DocModel to the host.
 */
import { useCallback, useEffect } from 'react';
import { AppHeader } from './components/app-header';
import { ErrorBoundary } from './components/error-boundary';
import { ExportBar } from './components/export-bar';
import { MeetingSummary } from './components/meeting-summary';
import { CondemnationList, InitiativeList, ParticipantList, QuoteList } from './components/section-list';
import type { Host, OutputFormat } from './host/host';
import { openSampleStatement, useExportNote, useExportStatus, useOpenDocument, useOpenError, useTemplate } from './state/store';

function Workspace({ host }: { host: Host }) {
  const document = useOpenDocument();
  const template = useTemplate();
  const openError = useOpenError();
  const exportStatus = useExportStatus();
  const exportNote = useExportNote();

  const onExport = useCallback((format: OutputFormat) => void exportNote(host, format), [exportNote, host]);

  useEffect(
    () =>
      host.onMenuCommand?.((command) => {
        if (command === 'open-sample') openSampleStatement();
        else onExport(command === 'export-docx' ? 'docx' : 'pdf');
      }),
    [host, onExport],
  );

  return (
    <>
      <AppHeader templateName={template.name} classification={document?.briefing.metadata.classification ?? null} />
      <div className="toolbar">
        <div className="toolbar__source">
          <h1 className="toolbar__title">{document?.briefing.metadata.title || 'No statement open'}</h1>
          {document && <p className="muted">From {document.sourceName}</p>}
        </div>
        <ExportBar host={host} status={exportStatus} disabled={!document} onExport={onExport} />
      </div>
      <main className="content" id="main">
        {openError && (
          <p className="notice notice--error" role="alert">
            {openError}
          </p>
        )}
        {document && (
          <div className="columns">
            <div className="columns__aside">
              <MeetingSummary meeting={document.structured.meeting} language={document.structured.language} />
              <ParticipantList participants={document.structured.participants} />
            </div>
            <div className="columns__main">
              <CondemnationList condemnations={document.structured.condemnations} />
              <InitiativeList initiatives={document.structured.initiatives} />
              <QuoteList quotes={document.structured.quotes} />
            </div>
          </div>
        )}
      </main>
    </>
  );
}

export function App({ host }: { host: Host }) {
  return (
    <ErrorBoundary onReset={openSampleStatement} resetLabel="Reopen the sample statement">
      <Workspace host={host} />
    </ErrorBoundary>
  );
}
