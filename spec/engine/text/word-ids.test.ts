/**
 * WordIds answers what a Map from word to first-added order answers, whether asked by
 * string, by units with their hash, or by squeezed units; an absence holds until a word
 * is added.
 */
import fc from 'fast-check';
import { HASH_START, hashUnit, WordIds } from '../../../src/engine/text/word-ids';
import { squeeze } from '../../../src/engine/text/normalize';
import { SEED } from '../../reliability/arbitraries';

const units = (w: string): Uint16Array => Uint16Array.from({ length: w.length }, (_, k) => w.charCodeAt(k));
const hashOf = (u: Uint16Array, a: number, b: number): number => {
  let h = HASH_START;
  for (let k = a; k < b; k++) h = hashUnit(h, u[k] as number);
  return h;
};
/** Hash and length of the squeezed form of u[a, b), as the tokeniser computes them. */
const squeezedHash = (u: Uint16Array, a: number, b: number): [number, number] => {
  let h = HASH_START;
  let n = 0;
  for (let k = a; k < b; k++) {
    if (k > a && u[k] === u[k - 1]) continue;
    h = hashUnit(h, u[k] as number);
    n++;
  }
  return [h, n];
};

describe('WordIds', () => {
  // Short words over a small alphabet (doubles, shared prefixes, one non-ascii letter, emoji halves).
  const word = fc.array(fc.constantFrom('a', 'b', 'o', 'oo', 'é', '*', '1', '\ud83d', '\ude00'), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

  it('gives each added word one positive id, the same by string, by units and by squeezed units (fast-check, seeded)', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 300 }), fc.array(word, { maxLength: 40 }), (added, probes) => {
      const ids = new WordIds();
      const ref = new Map<string, number>();
      for (const w of added) {
        const id = ids.add(w);
        if (!ref.has(w)) ref.set(w, id);
        expect(id).toBe(ref.get(w));
      }
      expect(new Set(ref.values()).size).toBe(ref.size);
      for (const w of [...ref.keys(), ...probes]) {
        const known = ref.get(w);
        const absent = -ids.size;
        expect(ids.id(w)).toBe(known ?? absent);
        // Inside a longer run of units, as the tokeniser asks.
        const u = units(`x${w}y`);
        expect(ids.idOfHash(hashOf(u, 1, u.length - 1), u, 1, u.length - 1)).toBe(known ?? absent);
        // Squeezed by units, as the tokeniser does for words (which hold no surrogates).
        if (!/[\ud800-\udfff]/.test(w)) {
          const [h, n] = squeezedHash(u, 1, u.length - 1);
          expect(ids.idOfSqueezed(h, n, u, 1, u.length - 1)).toBe(ref.get(squeeze(w)) ?? absent);
        }
        if (known !== undefined) expect(ids.wordOf(known)).toBe(w);
      }
    }), { numRuns: 300, seed: SEED });
  });

  it('keeps an absence current until a new word is added', () => {
    const ids = new WordIds();
    ids.add('con');
    const absent = ids.id('connard');
    expect(absent).toBeLessThan(0);
    expect(ids.current(absent)).toBe(true);
    ids.add('con'); // already there: nothing changes
    expect(ids.current(absent)).toBe(true);
    ids.add('connard');
    expect(ids.current(absent)).toBe(false);
    expect(ids.current(ids.id('connard'))).toBe(true);
    expect(ids.id('connard')).toBeGreaterThan(0);
  });

  it('grows past its first table and unit buffer', () => {
    const ids = new WordIds();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}${'x'.repeat(k % 7)}`);
    const got = words.map((w) => ids.add(w));
    words.forEach((w, k) => expect(ids.id(w)).toBe(got[k]));
  });
});
