import fc from 'fast-check';
import { ranked } from '../../../../src/engine/rules/complaint/score';
import type { ComplaintType } from '../../../../src/engine/types';
import { refShape } from '../../../../src/engine/rules/complaint/critic';

describe('ranked (best type and runner-up without sorting)', () => {
  it('equals a stable sort of the four scores, highest first (fast-check, seeded)', () => {
    const score = fc.oneof(fc.constantFrom(0, 0.5, 1, 1.5, 2, 3), fc.double({ min: 0, max: 20, noNaN: true }));
    fc.assert(fc.property(score, score, score, score, (h, c, l, p) => {
      const entries: [ComplaintType, number][] = [['active_hater', h], ['extreme_critic', c], ['lapsed_loyal', l], ['passionate', p]];
      const sorted = [...entries].sort((a, b) => b[1] - a[1]);
      expect(ranked(h, c, l, p)).toEqual([sorted[0]?.[0], sorted[0]?.[1], sorted[1]?.[1]]);
    }), { numRuns: 5000, seed: 20261123 });
  });

  it('keeps the first type on a tie', () => {
    expect(ranked(2, 2, 1, 0)).toEqual(['active_hater', 2, 2]);
    expect(ranked(0, 3, 3, 3)).toEqual(['extreme_critic', 3, 3]);
  });
});

describe('refShape (reference code shape without a regex)', () => {
  it('equals /^[a-z]?\\d*[a-z]?$/ (fast-check, seeded)', () => {
    const s = fc.array(fc.constantFrom('a', 'b', 'z', '0', '5', '9', 'A', '.', '-', 'é'), { maxLength: 5 }).map((p) => p.join(''));
    fc.assert(fc.property(s, (x) => { expect(refShape(x)).toBe(/^[a-z]?\d*[a-z]?$/.test(x)); }), { numRuns: 5000, seed: 20261123 });
  });
});
