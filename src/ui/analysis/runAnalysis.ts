/**
 * Run the engine without blocking the sidebar: in a Web Worker when the browser
 * allows one, otherwise on the main thread after the next paint. A worker that fails
 * is dropped and the main thread takes over.
 */
import type { Analysis, EngineOptions } from '../../engine/types';
import { createWorker } from './createWorker';

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(a: Analysis): void; reject(e: Error): void }>();

function failAll(e: Error): void {
  for (const p of pending.values()) p.reject(e);
  pending.clear();
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = createWorker();
  if (worker) {
    worker.onmessage = (e: MessageEvent<{ id: number; analysis?: Analysis; error?: string }>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.analysis) p.resolve(e.data.analysis);
      else p.reject(new Error(e.data.error ?? 'analysis failed'));
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      worker?.terminate();
      worker = null; // from now on, the main thread
      failAll(new WorkerUnavailable());
    };
  }
  return worker;
}

class WorkerUnavailable extends Error {}

/** Run `fn` once the browser had a chance to paint (rAF then a macrotask). */
export function afterPaint<T>(fn: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const later = () => setTimeout(() => { Promise.resolve().then(fn).then(resolve, reject); }, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  });
}

function onMainThread(input: unknown, options: EngineOptions): Promise<Analysis> {
  return afterPaint(async () => (await import('../../engine/analyze')).analyze(input, options));
}

export function runAnalysis(input: unknown, options: EngineOptions): Promise<Analysis> {
  const w = getWorker();
  if (!w) return onMainThread(input, options);
  const id = nextId++;
  return new Promise<Analysis>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      w.postMessage({ id, input, options });
    } catch (e) {
      pending.delete(id);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  }).catch((e: unknown) => (e instanceof WorkerUnavailable ? onMainThread(input, options) : Promise.reject(e)));
}
