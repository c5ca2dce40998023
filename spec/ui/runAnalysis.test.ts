/** @jest-environment jsdom */
import type { Analysis } from '../../src/engine/types';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/types';

type Listener = ((e: { data: unknown }) => void) | null;

/** A fake Worker: answers like analyze.worker.ts, or breaks. */
class FakeWorker {
  onmessage: Listener = null;
  onerror: ((e: { preventDefault?: () => void }) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(private readonly mode: 'ok' | 'crash') {}
  postMessage(m: { id: number }): void {
    this.posted.push(m);
    setTimeout(() => {
      if (this.mode === 'crash') this.onerror?.({});
      else this.onmessage?.({ data: { id: m.id, analysis: { fromWorker: true } } });
    }, 0);
  }
  terminate(): void { this.terminated = true; }
}

let fake: FakeWorker | null = null;
jest.mock('../../src/ui/analysis/createWorker', () => ({ createWorker: () => fake }));
jest.mock('../../src/engine/analyze', () => ({ analyze: jest.fn(() => ({ fromMainThread: true })) }));

async function load(mode: 'ok' | 'crash' | 'none') {
  jest.resetModules();
  fake = mode === 'none' ? null : new FakeWorker(mode);
  return (await import('../../src/ui/analysis/runAnalysis')).runAnalysis;
}

describe('runAnalysis', () => {
  it('runs in the worker when there is one', async () => {
    const run = await load('ok');
    expect(await run({ ticket: {} }, DEFAULT_ENGINE_OPTIONS)).toEqual({ fromWorker: true } as unknown as Analysis);
    expect(fake?.posted).toHaveLength(1);
  });

  it('falls back to the main thread when the worker crashes, and stays there', async () => {
    const run = await load('crash');
    const w = fake;
    expect(await run({}, DEFAULT_ENGINE_OPTIONS)).toEqual({ fromMainThread: true });
    expect(w?.terminated).toBe(true);
    expect(await run({}, DEFAULT_ENGINE_OPTIONS)).toEqual({ fromMainThread: true });
    expect(w?.posted).toHaveLength(1);
  });

  it('without Worker support, runs on the main thread after a paint', async () => {
    const run = await load('none');
    expect(await run({}, DEFAULT_ENGINE_OPTIONS)).toEqual({ fromMainThread: true });
  });
});
