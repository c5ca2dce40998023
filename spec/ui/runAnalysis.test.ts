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
  postMessage(m: { id: number; call: { fn: string } }): void {
    this.posted.push(m);
    setTimeout(() => {
      if (this.mode === 'crash') this.onerror?.({});
      else if (m.call.fn === 'fail') this.onmessage?.({ data: { id: m.id, error: 'boom' } });
      else this.onmessage?.({ data: { id: m.id, result: { fromWorker: true, fn: m.call.fn } } });
    }, 0);
  }
  terminate(): void { this.terminated = true; }
}

let fake: FakeWorker | null = null;
jest.mock('../../src/ui/analysis/createWorker', () => ({ createWorker: () => fake }));
jest.mock('../../src/engine/analyze', () => ({ analyze: jest.fn(() => ({ fromMainThread: true })) }));

async function loadModule(mode: 'ok' | 'crash' | 'none') {
  jest.resetModules();
  fake = mode === 'none' ? null : new FakeWorker(mode);
  return import('../../src/ui/analysis/runAnalysis');
}
async function load(mode: 'ok' | 'crash' | 'none') {
  return (await loadModule(mode)).runAnalysis;
}

describe('runAnalysis', () => {
  it('runs in the worker when there is one', async () => {
    const run = await load('ok');
    expect(await run({ ticket: {} }, DEFAULT_ENGINE_OPTIONS)).toEqual({ fromWorker: true, fn: 'analyze' } as unknown as Analysis);
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

describe('draft check and advice texts', () => {
  it('checks drafts in the worker', async () => {
    const m = await loadModule('ok');
    expect(await m.runDraftCheck('calm down', { lang: 'en' })).toEqual({ fromWorker: true, fn: 'draft' });
    expect(fake?.posted[0]).toMatchObject({ call: { fn: 'draft', text: 'calm down', options: { lang: 'en' } } });
  });

  it('without a worker, runs the real draft check and advice on the main thread', async () => {
    const m = await loadModule('none');
    const findings = await m.runDraftCheck('Please calm down, sir.', { lang: 'en' });
    expect(findings.map((f) => f.text.toLowerCase())).toContain('calm down');
    const texts = await m.loadAdviceTexts('fr');
    expect(texts.typeNames.none.length).toBeGreaterThan(0);
    expect(texts.actions.insult[1].length).toBeGreaterThan(0);
  });

  it('asks the engine for the advice texts of a language once', async () => {
    const m = await loadModule('ok');
    await Promise.all([m.loadAdviceTexts('en'), m.loadAdviceTexts('en')]);
    await m.loadAdviceTexts('en');
    expect(fake?.posted.filter((p) => (p as { call: { fn: string } }).call.fn === 'advice')).toHaveLength(1);
  });

  it('passes worker errors on as rejections', async () => {
    const m = await loadModule('ok');
    const run = m.runAnalysis as unknown as (i: unknown, o: unknown) => Promise<unknown>;
    // An engine error (not a crash) rejects that call only; the worker stays.
    (fake as FakeWorker).postMessage = function (this: FakeWorker, msg: { id: number; call: { fn: string } }) {
      FakeWorker.prototype.postMessage.call(this, { ...msg, call: { fn: 'fail' } });
    };
    await expect(run({}, DEFAULT_ENGINE_OPTIONS)).rejects.toThrow('boom');
    expect(fake?.terminated).toBe(false);
  });
});
