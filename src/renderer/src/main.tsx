/** Renderer entry: picks the host (Electron or browser) and mounts the app. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { WorkingIndicator } from './components/working-indicator';
import { prepareStatementWorker } from './files/statement-job';
import { selectHost } from './host/select-host';
import { startUiLanguage, uiI18n } from './i18n/ui-i18n';
import './styles.css';

/** Chooses the host while rendering, so a failure lands in the error boundary, not a blank window. */
function Root() {
  const [host] = useState(selectHost);
  return <App host={host} />;
}

startUiLanguage();
// The statement worker loads its importers while the officer looks at the sample, not on the first open.
(globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1_000)))(() => prepareStatementWorker());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={uiI18n}>
      <ErrorBoundary>
        <Root />
        <WorkingIndicator />
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
);
