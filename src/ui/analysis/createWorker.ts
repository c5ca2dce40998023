/**
 * The analysis worker, bundled by webpack as its own same-origin file (allowed by the
 * app's CSP: script-src 'self'). Isolated here so tests can replace it.
 */
export function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // The chunk name lets the bench (scripts/bench/bundle.ts) find the worker's files.
    return new Worker(/* webpackChunkName: "analysis" */ new URL('./analyze.worker.ts', import.meta.url));
  } catch {
    return null;
  }
}
