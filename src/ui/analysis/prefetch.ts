/**
 * The ticket's data, requested as soon as the host is connected (in parallel with the
 * settings, locale and theme, and with the sidebar's code), then handed once to the
 * first reading. Later readings (new comment, retry) read afresh.
 *
 * When the engine runs in a worker, the first analysis also starts as soon as the data
 * and the settings are in, without waiting for the sidebar to mount: the worker then
 * works while the main thread renders. The reading takes that result when it asks with
 * the same options (otherwise it runs its own).
 */
import type { Analysis, EngineOptions } from '../../engine/types';
import { loadBundle, type LoadedBundle } from '../../host/loadBundle';
import type { HostPort } from '../../host/port';
import { engineInWorker, runAnalysis } from './runAnalysis';

const early = new WeakMap<HostPort, Promise<LoadedBundle>>();

interface Started { key: string; result: Promise<Analysis> }
const started = new WeakMap<LoadedBundle, Promise<Started | null>>();

const keyOf = (o: EngineOptions): string => JSON.stringify(o);

/**
 * Start reading the ticket; with `options` (the settings' engine options, when known)
 * and a worker, start its analysis too.
 */
export function prefetchBundle(host: HostPort, options?: () => Promise<EngineOptions>): void {
  if (early.has(host)) return;
  const p = loadBundle(host);
  p.catch(() => undefined); // reported by the reading that takes it
  early.set(host, p);
  if (!options || !engineInWorker()) return;
  const run = Promise.all([p, options()]).then(([loaded, o]): Started => {
    const result = runAnalysis(loaded.bundle, o);
    result.catch(() => undefined); // a failure is reported by the reading that takes it
    return { key: keyOf(o), result };
  }, () => null);
  // Filed before the reading can take the data (this callback was attached first).
  p.then((loaded) => { started.set(loaded, run); }, () => undefined);
}

/** The prefetched load (once), else a new one. */
export function takeBundle(host: HostPort): Promise<LoadedBundle> {
  const p = early.get(host);
  if (!p) return loadBundle(host);
  early.delete(host);
  return p;
}

/** The analysis of a load: the one started early when its options are these, else a new run. */
export function analyse(loaded: LoadedBundle, options: EngineOptions): Promise<Analysis> {
  const s = started.get(loaded);
  if (!s) return runAnalysis(loaded.bundle, options);
  started.delete(loaded);
  return s.then((e) => (e && e.key === keyOf(options) ? e.result : runAnalysis(loaded.bundle, options)));
}
