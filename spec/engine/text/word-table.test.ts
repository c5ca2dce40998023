/** WordTable answers what a Map of the same words answers, through growth and overwrites. */
import fc from 'fast-check';
import { FNV_OFFSET, WordTable, hashEnd, hashOf, hashStep } from '../../../src/engine/text/word-table';

describe('WordTable', () => {
  it('gets what a Map gets (fast-check, seeded)', () => {
    const word = fc.string({ minLength: 0, maxLength: 8 });
    fc.assert(fc.property(fc.array(fc.tuple(word, fc.nat(1000)), { maxLength: 400 }), fc.array(word, { maxLength: 50 }), (sets, probes) => {
      const table = new WordTable(4);
      const map = new Map<string, number>();
      for (const [w, v] of sets) { table.set(w, v); map.set(w, v); }
      expect(table.size).toBe(map.size);
      for (const w of [...map.keys(), ...probes]) expect(table.get(w)).toBe(map.get(w) ?? -1);
    }), { numRuns: 200, seed: 20261123 });
  });

  it('finds words built from slices (equal content, other string objects)', () => {
    const table = new WordTable();
    table.set('connard', 3);
    const text = 'un vrai connard.';
    expect(table.get(text.slice(8, 15))).toBe(3);
    expect(table.get('connar')).toBe(-1);
  });

  it('findCodes finds by char codes and hash what get finds by string (fast-check, seeded)', () => {
    const word = fc.oneof(fc.string({ minLength: 0, maxLength: 8 }), fc.string({ unit: 'binary', minLength: 0, maxLength: 6 }));
    fc.assert(fc.property(fc.array(fc.tuple(word, fc.nat(1000)), { maxLength: 300 }), fc.array(word, { maxLength: 50 }), (sets, probes) => {
      const table = new WordTable(4);
      for (const [w, v] of sets) table.set(w, v);
      for (const w of [...sets.map(([x]) => x), ...probes]) {
        const codes = Uint16Array.from({ length: w.length }, (_, k) => w.charCodeAt(k));
        let h = FNV_OFFSET;
        for (const c of codes) h = hashStep(h, c);
        expect(hashEnd(h)).toBe(hashOf(w));
        const slot = table.findCodes(codes, codes.length, hashEnd(h));
        const want = table.get(w);
        expect(slot >= 0 ? [table.keyAt(slot), table.valueAt(slot)] : -1).toEqual(want >= 0 ? [w, want] : -1);
      }
    }), { numRuns: 200, seed: 20261123 });
  });
});
