/**
 * Growth ratio of a function's cost: time(fn(4n)) / time(fn(n)). A linear function gives
 * about 4, a quadratic one about 16, whatever the machine's speed, so tests bound the
 * ratio (RATIO_BOUND) instead of a wall-clock time. Speed targets live in `npm run bench`.
 *
 * Each pair is measured back to back (in alternating order) so a load spike from another
 * process hits both sides. Fast calls are batched (k calls per sample, k chosen so a small
 * sample lasts ~20 ms) so timer resolution and JIT noise do not dominate. A ratio above
 * the bound is measured again (with more samples) before it is reported: noise from other
 * processes comes and goes, a quadratic path stays at ~16x.
 */
import { performance } from 'node:perf_hooks';

export const RATIO_BOUND = 8;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** fn's cost on make(4n) over its cost on make(n). */
export function growth<T>(fn: (input: T) => void, make: (size: number) => T, n: number, samples = 3, retries = 2): number {
  const small = make(n);
  const large = make(4 * n);
  const once = time(() => fn(small)); // also the warm-up
  const k = Math.max(1, Math.min(50, Math.ceil(20 / Math.max(0.01, once))));
  const batch = (s: T) => () => { for (let i = 0; i < k; i++) fn(s); };
  const measure = (runs: number): number => {
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) { const a = time(batch(small)); ratios.push(time(batch(large)) / a); } else { const b = time(batch(large)); ratios.push(b / time(batch(small))); }
    }
    return median(ratios);
  };
  let r = measure(samples);
  for (let again = 1; again <= retries && r >= RATIO_BOUND; again++) r = Math.min(r, measure(samples + 2 * again));
  return r;
}

/** `unit` repeated to exactly `size` characters (never ending inside a surrogate pair). */
export function fill(unit: string, size: number): string {
  let s = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
  return s;
}
