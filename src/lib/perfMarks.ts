/**
 * User Timing marks of the sidebar's startup, read by the first-analysis bench
 * (scripts/bench/first-analysis.ts) from the app frame. Local only: nothing is sent.
 */
export const MARKS = {
  /** The host has registered the app (ZAF app.registered: client.metadata() resolved). */
  registered: 'tact:registered',
  /** Settings, locale and color scheme are read: the sidebar renders its location. */
  hostReady: 'tact:host-ready',
  /** Ticket, comments, requester and history are loaded. */
  bundleLoaded: 'tact:bundle-loaded',
  /** The analysis worker's code is loaded and running. */
  workerLoaded: 'tact:worker-loaded',
  /** The analysis worker has built the engine's tables. */
  workerReady: 'tact:worker-ready',
  /** The engine returned the first analysis. */
  engineDone: 'tact:engine-done',
  /** The first reading (complaint type, incidents) is on screen. */
  analysisShown: 'tact:analysis-shown',
} as const;

/** Set a mark once per page; nothing where the API is missing. */
export function markOnce(name: string): void {
  const perf = (globalThis as { performance?: Performance }).performance;
  if (typeof perf?.mark !== 'function' || typeof perf.getEntriesByName !== 'function') return;
  if (perf.getEntriesByName(name, 'mark').length === 0) perf.mark(name);
}
