/**
 * Run a list of steps one per macrotask, so that messages arriving meanwhile (the first
 * analysis, the advice texts) are handled between two steps instead of after all of
 * them. Resolves when every step has run; rejects with the first step's error.
 */
export type Schedule = (fn: () => void) => void;

export const nextTask: Schedule = (fn) => { setTimeout(fn, 0); };

export function runSteps(steps: ReadonlyArray<() => void>, schedule: Schedule = nextTask): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let i = 0;
    const next = (): void => {
      const step = steps[i++];
      if (!step) { resolve(); return; }
      try {
        step();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      schedule(next);
    };
    schedule(next);
  });
}
