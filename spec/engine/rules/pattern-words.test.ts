/** wordId keeps its ids in a Map and in the WordTable lookupWord reads: both must agree. */
import fc from 'fast-check';
import { lookupWord, wordId } from '../../../src/engine/rules/pattern-words';

describe('pattern word ids', () => {
  it('gives each word one id, the one lookupWord then finds, new words the next free ids (fast-check, seeded)', () => {
    const word = fc.string({ minLength: 1, maxLength: 6 }).map((w) => `pw-${w}`);
    const seen = new Map<string, number>();
    fc.assert(fc.property(fc.array(word, { maxLength: 60 }), (words) => {
      for (const w of words) {
        const known = seen.get(w);
        const before = lookupWord(w);
        const id = wordId(w);
        if (known !== undefined) expect([before, id]).toEqual([known, known]);
        else {
          expect(before).toBe(-1);
          expect(id).toBeGreaterThan(Math.max(-1, ...seen.values()));
          seen.set(w, id);
        }
        expect(lookupWord(w.slice(0))).toBe(id);
        expect(lookupWord(`${w}`.split('').join(''))).toBe(id);
      }
    }), { numRuns: 200, seed: 20261123 });
  });
});
