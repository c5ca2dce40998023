/** Timing helpers for the bench: warm-up runs, then the median of measured runs. */
import { performance } from 'node:perf_hooks';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median wall time of fn in milliseconds. */
export function time(fn: () => void, opts: { warmup?: number; runs?: number } = {}): number {
  const { warmup = 2, runs = 7 } = opts;
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export interface Figure { name: string; value: number; unit: string }

export interface BenchSection {
  name: string;
  run(): Figure[] | Promise<Figure[]>;
}
