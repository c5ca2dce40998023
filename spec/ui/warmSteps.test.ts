/**
 * The worker's warm-up runs one step per task (steps.ts), so a request that arrives
 * meanwhile is served between two steps; warmSteps puts the agent's language first and
 * the draft coach last.
 */
import { runSteps, type Schedule } from '../../src/ui/analysis/steps';
import { warmBundle, warmSteps } from '../../src/ui/analysis/engineCalls';
import { parseBundle } from '../../src/engine/bundle';
import { analyze } from '../../src/engine/analyze';
import { checkDraft } from '../../src/engine/draft';

jest.mock('../../src/engine/analyze', () => {
  const real = jest.requireActual<typeof import('../../src/engine/analyze')>('../../src/engine/analyze');
  return { ...real, analyze: jest.fn(real.analyze) };
});
jest.mock('../../src/engine/draft', () => {
  const real = jest.requireActual<typeof import('../../src/engine/draft')>('../../src/engine/draft');
  return { ...real, checkDraft: jest.fn(real.checkDraft) };
});

/** A task queue under test control. */
function queue(): { schedule: Schedule; tasks: Array<() => void>; drain(): void } {
  const tasks: Array<() => void> = [];
  return {
    schedule: (fn) => { tasks.push(fn); },
    tasks,
    drain() { while (tasks.length) (tasks.shift() as () => void)(); },
  };
}

describe('runSteps', () => {
  it('runs one step per task, letting other tasks in between', async () => {
    const q = queue();
    const log: string[] = [];
    // A message arriving while step a runs is queued before the next step.
    const a = () => { log.push('a'); q.tasks.push(() => log.push('analysis')); };
    const done = runSteps([a, () => log.push('b'), () => log.push('c')], q.schedule);
    expect(log).toEqual([]); // nothing runs synchronously
    q.drain();
    await done;
    expect(log).toEqual(['a', 'analysis', 'b', 'c']);
  });

  it('stops at the first failing step and rejects with its error', async () => {
    const q = queue();
    const log: string[] = [];
    const done = runSteps([() => log.push('a'), () => { throw new Error('boom'); }, () => log.push('c')], q.schedule);
    q.drain();
    await expect(done).rejects.toThrow('boom');
    expect(log).toEqual(['a']);
  });

  it('resolves at once-ish for no steps', async () => {
    const q = queue();
    const done = runSteps([], q.schedule);
    q.drain();
    await expect(done).resolves.toBeUndefined();
  });
});

describe('warmSteps', () => {
  it('warms the analysis of both languages before the draft coach, the given language first', () => {
    const calls: string[] = [];
    const analyzeMock = jest.mocked(analyze);
    const draftMock = jest.mocked(checkDraft);
    const realAnalyze = analyzeMock.getMockImplementation();
    const realDraft = draftMock.getMockImplementation();
    analyzeMock.mockImplementation((input) => {
      const body = (input as { comments: { body: string }[] }).comments[0]?.body ?? '';
      calls.push(`analyze:${body.startsWith('Bonjour') ? 'fr' : 'en'}`);
      return {} as never;
    });
    draftMock.mockImplementation((_t, o) => { calls.push(`draft:${o?.lang ?? '?'}`); return []; });
    try {
      for (const step of warmSteps('fr')) step();
      expect(calls).toEqual(['analyze:fr', 'analyze:en', 'draft:fr', 'draft:en']);
      calls.length = 0;
      for (const step of warmSteps('en')) step();
      expect(calls).toEqual(['analyze:en', 'analyze:fr', 'draft:en', 'draft:fr']);
    } finally {
      analyzeMock.mockImplementation(realAnalyze);
      draftMock.mockImplementation(realDraft);
    }
  });

  it('warms with a whole ticket: requester and history read, no warning, in the given language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const { bundle, warnings } = parseBundle(warmBundle(lang));
      expect(warnings).toEqual([]);
      expect(bundle.requester?.created_at).toBeTruthy();
      expect(bundle.history.map((h) => [Boolean(h.subject), h.score, h.tags.length > 0])).toEqual([[true, 'bad', true]]);
      expect(jest.requireActual<typeof import('../../src/engine/analyze')>('../../src/engine/analyze').analyze(warmBundle(lang)).language).toBe(lang);
    }
  });

  it('runs on the real engine without error', () => {
    for (const step of warmSteps('fr')) expect(() => step()).not.toThrow();
  });
});
