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
import type { EngineOptions } from './engine/types';
import { engineOptions } from './ui/analysis/options';
import { prefetchBundle } from './ui/analysis/prefetch';
import { warmEngine } from './ui/analysis/runAnalysis';
import { preloadSettings } from './ui/host/HostProvider';
import { preloadLocation } from './ui/locations';

let connected: Promise<HostPort> | null = null;

/** The engine options of the installation's settings (the settings parser is a lazy chunk, fetched early). */
async function settingsOptions(host: HostPort): Promise<EngineOptions> {
  const [raw, { parseSettings }] = await Promise.all([host.settings(), import(/* webpackChunkName: "settings" */ './lib/settings')]);
  return engineOptions(parseSettings(raw).settings);
}

/** One ZAF client per page: a successful connection is reused, a failed one can be retried. */
function connect(): Promise<HostPort> {
  if (!connected) {
    connected = connectZendesk().then((host) => {
      if (!host) throw new HostError('not_in_host', 'opened outside a Zendesk host');
      // The ticket sidebar reads the ticket first and analyses it: start both now.
      prefetchBundle(host, () => settingsOptions(host));
      return host;
    });
    connected.catch(() => { connected = null; });
  }
  return connected;
}

// The worker normally started in boot.ts (no-op then); the location's code and the handshake
// start now, not after React's first render (the app reuses this connection).
warmEngine();
preloadLocation('ticket_sidebar');
preloadSettings();
connect().catch(() => undefined);

const el = document.getElementById('root');
if (el) {
  createRoot(el).render(
    <StrictMode>
      <App connect={connect} />
    </StrictMode>,
  );
}
