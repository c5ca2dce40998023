/**
 * The early first analysis (src/ui/analysis/prefetch.ts): started in the worker as soon as
 * the ticket and the settings are in, taken by the first reading when its options are the
 * same, never started without a worker, and replaced by a fresh run when the options differ
 * or could not be read.
 */
import type { Analysis, EngineOptions } from '../../src/engine/types';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/types';
import { createMemoryHost, sampleMemoryData } from '../../src/host/memory';

let inWorker = true;
const runAnalysis = jest.fn((_input: unknown, o: EngineOptions) => Promise.resolve({ ticketId: 1, tagPrefix: o.tagPrefix } as unknown as Analysis));
jest.mock('../../src/ui/analysis/runAnalysis', () => ({
  engineInWorker: () => inWorker,
  runAnalysis: (input: unknown, o: EngineOptions) => runAnalysis(input, o),
}));

const OPTIONS: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, tagPrefix: 'early_' };
const flush = () => new Promise((r) => setTimeout(r, 0));

async function load() {
  jest.resetModules();
  runAnalysis.mockClear();
  return import('../../src/ui/analysis/prefetch');
}

describe('early first analysis', () => {
  beforeEach(() => { inWorker = true; });

  it('starts once the ticket and the options are in, before the reading asks; the reading gets that result', async () => {
    const { prefetchBundle, takeBundle, analyse } = await load();
    const host = createMemoryHost(sampleMemoryData());
    prefetchBundle(host, () => Promise.resolve(OPTIONS));
    await flush();
    expect(runAnalysis).toHaveBeenCalledTimes(1);
    const loaded = await takeBundle(host);
    expect(runAnalysis.mock.calls[0]?.[0]).toBe(loaded.bundle);
    const a = await analyse(loaded, { ...OPTIONS });
    expect((a as unknown as { tagPrefix: string }).tagPrefix).toBe('early_');
    expect(runAnalysis).toHaveBeenCalledTimes(1);
    // Taken once: a later reading of the same load runs anew.
    await analyse(loaded, OPTIONS);
    expect(runAnalysis).toHaveBeenCalledTimes(2);
  });

  it('runs again with the reading\u2019s options when they differ', async () => {
    const { prefetchBundle, takeBundle, analyse } = await load();
    const host = createMemoryHost(sampleMemoryData());
    prefetchBundle(host, () => Promise.resolve(OPTIONS));
    const loaded = await takeBundle(host);
    const a = await analyse(loaded, { ...OPTIONS, tagPrefix: 'other_' });
    expect((a as unknown as { tagPrefix: string }).tagPrefix).toBe('other_');
    expect(runAnalysis).toHaveBeenCalledTimes(2);
  });

  it('runs when the reading asks if the options could not be read', async () => {
    const { prefetchBundle, takeBundle, analyse } = await load();
    const host = createMemoryHost(sampleMemoryData());
    prefetchBundle(host, () => Promise.reject(new Error('metadata timeout')));
    const loaded = await takeBundle(host);
    await flush();
    expect(runAnalysis).not.toHaveBeenCalled();
    await analyse(loaded, OPTIONS);
    expect(runAnalysis).toHaveBeenCalledTimes(1);
  });

  it('starts nothing early without a worker (the main thread would block before the first paint)', async () => {
    inWorker = false;
    const { prefetchBundle, takeBundle, analyse } = await load();
    const host = createMemoryHost(sampleMemoryData());
    prefetchBundle(host, () => Promise.resolve(OPTIONS));
    const loaded = await takeBundle(host);
    await flush();
    expect(runAnalysis).not.toHaveBeenCalled();
    await analyse(loaded, OPTIONS);
    expect(runAnalysis).toHaveBeenCalledTimes(1);
  });
});
