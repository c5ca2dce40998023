/** Linear time: a 1 MB ticket should take about 10x a 100 KB one. */
import { analyze } from '../../src/engine/analyze';
import { bigTicket, loadSamples } from './corpus';
import { time, type BenchSection } from './timing';

export function scaling(): BenchSection {
  return {
    name: 'ticket size scaling',
    run() {
      const samples = loadSamples();
      const small = bigTicket(samples, 100 * 1024);
      const large = bigTicket(samples, 1024 * 1024);
      const options = { maxCommentChars: 2_000_000 };
      const smallMs = time(() => analyze(small, options), { warmup: 2, runs: 7 });
      const largeMs = time(() => analyze(large, options), { warmup: 1, runs: 5 });
      return [
        { name: '100 KB ticket', value: smallMs, unit: 'ms' },
        { name: '1 MB ticket', value: largeMs, unit: 'ms' },
        { name: '1 MB / 100 KB', value: largeMs / smallMs, unit: 'x (linear = ~10)' },
      ];
    },
  };
}
