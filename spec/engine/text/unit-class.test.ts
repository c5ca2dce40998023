/**
 * The tokenizer's unit tables (unit-class.ts) against their definitions: class bits by
 * regex and case mapping, and the unit-by-unit fold of a word against the fold of the
 * whole word (NFD, marks stripped, lower case).
 */
import fc from 'fast-check';
import { DIGIT, FOLD, FOLD_SPAN, GAP, HAS_LOWER, LETTER, NOT_UPPER, SECOND, WORD, classOf, foldWord, gapOf, unitClass } from '../../../src/engine/text/unit-class';

const SEED = 20261123;

describe('unit classes', () => {
  it('unitClass reads classOf, and classOf follows the definitions (every BMP unit)', () => {
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const k = unitClass(c);
      expect(k).toBe(classOf(c));
      const word = /[\p{L}\p{N}]/u.test(ch);
      expect((k & WORD) !== 0).toBe(word);
      if (!word) { expect(k).toBe(gapOf(c)); continue; }
      const letter = /\p{L}/u.test(ch);
      expect([c, (k & LETTER) !== 0, (k & NOT_UPPER) !== 0, (k & HAS_LOWER) !== 0, (k & DIGIT) !== 0, k & GAP])
        .toEqual([c, letter, letter && ch.toUpperCase() !== ch, letter && ch.toLowerCase() !== ch, c >= 48 && c <= 57, 0]);
    }
  });
});

describe('unit folds', () => {
  const foldable: string[] = [];
  for (let c = 0; c < FOLD_SPAN; c++) if (FOLD[c] !== 0 && c !== 46 && c !== 44) foldable.push(String.fromCharCode(c));
  const unitFold = (c: number): string => String.fromCharCode(FOLD[c] as number) + (SECOND[c] ? String.fromCharCode(SECOND[c] as number) : '');

  it('gives each unit its own fold, in one or two units', () => {
    expect(foldable.length).toBeGreaterThan(300);
    for (const ch of foldable) expect([ch, unitFold(ch.charCodeAt(0))]).toEqual([ch, foldWord(ch)]);
    expect(unitFold('é'.charCodeAt(0))).toBe('e');
    expect(unitFold('Œ'.charCodeAt(0))).toBe('oe');
    expect(unitFold('ß'.charCodeAt(0))).toBe('ss');
  });

  it('folds a word of such units as the whole word folds (fast-check, seeded)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...foldable), { minLength: 1, maxLength: 8 }), (units) => {
      const w = units.join('');
      expect(units.map((u) => unitFold(u.charCodeAt(0))).join('')).toBe(foldWord(w));
    }), { numRuns: 20_000, seed: SEED });
  });
});
