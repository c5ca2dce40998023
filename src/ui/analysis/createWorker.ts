/**
 * The analysis worker, bundled by webpack as its own same-origin file (allowed by the
 * app's CSP: script-src 'self'). Isolated here so tests can replace it.
 */
export function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./analyze.worker.ts', import.meta.url));
  } catch {
    return null;
  }
}
