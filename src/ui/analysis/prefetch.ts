/**
 * The ticket's data, requested as soon as the host is connected (in parallel with the
 * settings, locale and theme, and with the sidebar's code), then handed once to the
 * first reading. Later readings (new comment, retry) read afresh.
 */
import { loadBundle, type LoadedBundle } from '../../host/loadBundle';
import type { HostPort } from '../../host/port';

const early = new WeakMap<HostPort, Promise<LoadedBundle>>();

export function prefetchBundle(host: HostPort): void {
  if (early.has(host)) return;
  const p = loadBundle(host);
  p.catch(() => undefined); // reported by the reading that takes it
  early.set(host, p);
}

/** The prefetched load (once), else a new one. */
export function takeBundle(host: HostPort): Promise<LoadedBundle> {
  const p = early.get(host);
  if (!p) return loadBundle(host);
  early.delete(host);
  return p;
}
