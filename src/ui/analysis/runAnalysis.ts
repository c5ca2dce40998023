/**
 * Run the engine without blocking the sidebar: in a Web Worker when the browser
 * allows one, otherwise on the main thread after the next paint (the engine is then
 * loaded as a lazy chunk). A worker that fails is dropped and the main thread takes over.
 */
import type { AdviceTexts } from '../../engine/advice/types';
import type { DraftOptions } from '../../engine/draft';
import type { Analysis, DraftFinding, EngineOptions, Lang } from '../../engine/types';
import { MARKS, markOnce } from '../../lib/perfMarks';
import { createWorker } from './createWorker';
import type { EngineCall, EngineResults } from './engineCalls';

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(a: unknown): void; reject(e: Error): void }>();

function failAll(e: Error): void {
  for (const p of pending.values()) p.reject(e);
  pending.clear();
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = createWorker();
  if (worker) {
    worker.onmessage = (e: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.error === undefined && e.data.result !== undefined) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error ?? 'engine call failed'));
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

/** Does the engine run in a worker (so starting work early never blocks the main thread)? */
export function engineInWorker(): boolean {
  return getWorker() !== null;
}

/** Run `fn` once the browser had a chance to paint (rAF then a macrotask). */
export function afterPaint<T>(fn: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const later = () => setTimeout(() => { Promise.resolve().then(fn).then(resolve, reject); }, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  });
}

function onMainThread<C extends EngineCall>(call: C): Promise<EngineResults[C['fn']]> {
  return afterPaint(async () => (await import('./engineCalls')).runCall(call) as EngineResults[C['fn']]);
}

function call<C extends EngineCall>(c: C): Promise<EngineResults[C['fn']]> {
  const w = getWorker();
  if (!w) return onMainThread(c);
  const id = nextId++;
  return new Promise<EngineResults[C['fn']]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (a: unknown) => void, reject });
    try {
      w.postMessage({ id, call: c });
    } catch (e) {
      pending.delete(id);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  }).catch((e: unknown) => (e instanceof WorkerUnavailable ? onMainThread(c) : Promise.reject(e)));
}

/**
 * Start the worker early, while the host handshake runs: it loads the engine's chunks
 * and builds its tables (a main-thread engine is left cold: it loads on first use).
 */
let warmed = false;
export function warmEngine(): void {
  if (warmed || typeof window === 'undefined' || !getWorker()) return;
  warmed = true;
  call({ fn: 'ping' }).then(() => markOnce(MARKS.workerLoaded), () => undefined);
  call({ fn: 'warm' }).then(() => markOnce(MARKS.workerReady), () => undefined);
}

export function runAnalysis(input: unknown, options: EngineOptions): Promise<Analysis> {
  return call({ fn: 'analyze', input, options });
}

export function runDraftCheck(text: string, options: DraftOptions): Promise<DraftFinding[]> {
  return call({ fn: 'draft', text, options });
}

const advice = new Map<Lang, Promise<AdviceTexts>>();

/** The advice texts of one language (type names, strategies, actions), fetched once. */
export function loadAdviceTexts(lang: Lang): Promise<AdviceTexts> {
  let p = advice.get(lang);
  if (!p) {
    p = call({ fn: 'advice', lang });
    advice.set(lang, p);
    p.catch(() => advice.delete(lang));
  }
  return p;
}
