/**
 * Linear time: a 1 MB ticket should take about 10x a 100 KB one (engine as shipped,
 * engine-bundle.ts). Both sizes are warmed up first, then timed in interleaved rounds and
 * each size keeps its fastest run: a single run of the 1 MB ticket may or may not include
 * a major garbage collection, which moves its median by a third from one bench to the next.
 */
import { performance } from 'node:perf_hooks';
import { bigTicket, loadSamples } from './corpus';
import { shippedEngine } from './engine-bundle';
import type { BenchSection } from './timing';

export function scaling(): BenchSection {
  return {
    name: 'ticket size scaling',
    async run() {
      const { analyze } = await shippedEngine();
      const samples = loadSamples();
      const small = bigTicket(samples, 100 * 1024);
      const large = bigTicket(samples, 1024 * 1024);
      const options = { maxCommentChars: 2_000_000 };
      const once = (t: typeof small): number => {
        const t0 = performance.now();
        analyze(t, options);
        return performance.now() - t0;
      };
      for (let i = 0; i < 3; i++) { once(small); once(large); }
      let smallMs = Infinity;
      let largeMs = Infinity;
      for (let round = 0; round < 4; round++) {
        for (let i = 0; i < 5; i++) smallMs = Math.min(smallMs, once(small));
        for (let i = 0; i < 2; i++) largeMs = Math.min(largeMs, once(large));
      }
      return [
        { name: '100 KB ticket', value: smallMs, unit: 'ms (fastest run)' },
        { name: '1 MB ticket', value: largeMs, unit: 'ms (fastest run)' },
        { name: '1 MB / 100 KB', value: largeMs / smallMs, unit: 'x (linear = ~10, target <= 12)' },
      ];
    },
  };
}
