import fc from 'fast-check';
import { ranked } from '../../../../src/engine/rules/complaint/score';
import type { ComplaintType } from '../../../../src/engine/types';
import { refShape } from '../../../../src/engine/rules/complaint/critic';
import { matchFamily } from '../../../../src/engine/rules/complaint/signals';
import type { SignalFamily, TextUnit } from '../../../../src/engine/rules/complaint/types';
import { tokenize } from '../../../../src/engine/rules/phrase';
import { COMPLAINT_FR } from '../../../../src/engine/lexicons/fr/complaint';
import { COMPLAINT_EN } from '../../../../src/engine/lexicons/en/complaint';

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

describe('a smaller set for a few families (history subjects)', () => {
  it('finds the same matches of those families as the full set (fast-check, seeded)', () => {
    const families: readonly SignalFamily[] = ['hostility', 'rejection', 'defect'];
    for (const lex of [COMPLAINT_FR, COMPLAINT_EN]) {
      const vocabulary = [...new Set(families.flatMap((f) => lex[f]).flatMap((p) => p.replace(/[()|?~^#*_]/g, ' ').split(/\s+/)).filter((w) => /^[a-z]+$/.test(w)))];
      const text = fc.array(fc.constantFrom(...vocabulary, 'the', 'de', '2014', '.', ','), { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));
      fc.assert(fc.property(text, (s) => {
        const unit = (): TextUnit => ({ commentId: null, body: s, start: 0, end: s.length, tokens: tokenize(s), scanned: null });
        const full = unit();
        const small = unit();
        for (const f of families) {
          const a = matchFamily([full], lex, f, 'r').map((m) => [m.evidence.start, m.evidence.end, m.m.pattern.source]);
          const b = matchFamily([small], lex, f, 'r', undefined, families).map((m) => [m.evidence.start, m.evidence.end, m.m.pattern.source]);
          expect(b).toEqual(a);
        }
      }), { numRuns: 300, seed: 20261123 });
    }
  });

  it('shares the compiled patterns of the full set', () => {
    const s = 'worst service ever, a scam. le pire service, des escrocs';
    const unit = (): TextUnit => ({ commentId: null, body: s, start: 0, end: s.length, tokens: tokenize(s), scanned: null });
    for (const lex of [COMPLAINT_FR, COMPLAINT_EN]) {
      const full = matchFamily([unit()], lex, 'hostility', 'r');
      const small = matchFamily([unit()], lex, 'hostility', 'r', undefined, ['hostility', 'rejection', 'defect']);
      expect(full.length).toBeGreaterThan(0);
      expect(small.map((m) => m.m.pattern)).toEqual(full.map((m) => m.m.pattern));
      small.forEach((m, k) => expect(m.m.pattern).toBe(full[k]?.m.pattern));
    }
  });
});
