/**
 * The sidebar entry: mounts the React app on the Zendesk host. Outside Zendesk
 * (no origin/app_guid in the URL) connectZendesk() gives null and the app explains
 * that it must be opened inside Zendesk.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HostError, type HostPort } from './host/port';
import { connectZendesk } from './host/zendesk/connect';
import { App } from './ui/App';
import { warmEngine } from './ui/analysis/runAnalysis';
import { preloadLocation } from './ui/locations';

let connected: Promise<HostPort> | null = null;

/** One ZAF client per page: a successful connection is reused, a failed one can be retried. */
function connect(): Promise<HostPort> {
  if (!connected) {
    connected = connectZendesk().then((host) => {
      if (!host) throw new HostError('not_in_host', 'opened outside a Zendesk host');
      return host;
    });
    connected.catch(() => { connected = null; });
  }
  return connected;
}

// The analysis worker and the sidebar's code load while the host handshake runs.
warmEngine();
preloadLocation('ticket_sidebar');

const el = document.getElementById('root');
if (el) {
  createRoot(el).render(
    <StrictMode>
      <App connect={connect} />
    </StrictMode>,
  );
}
