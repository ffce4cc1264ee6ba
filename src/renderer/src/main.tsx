/** Renderer entry: picks the host (Electron or browser) and mounts the app. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { selectHost } from './host/select-host';
import './styles.css';

/** Chooses the host while rendering, so a failure lands in the error boundary, not a blank window. */
function Root() {
  const [host] = useState(selectHost);
  return <App host={host} />;
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <Root />
    </ErrorBoundary>
  </StrictMode>,
);
