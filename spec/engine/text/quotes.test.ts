import fc from 'fast-check';
import { quotedRanges } from '../../../src/engine/text/quotes';
import { SEED } from '../../reliability/arbitraries';

const inside = (text: string, part: string): boolean => {
  const at = text.indexOf(part);
  return quotedRanges(text).covers(at, at + part.length);
};

describe('quotedRanges', () => {
  it.each([
    ['you chose "I don\'t know" on the form', "I don't know"],
    ['vous avez coché « Je ne sais pas » à la question 4', 'Je ne sais pas'],
    ['the “Calm Down Corner” poster', 'Calm Down'],
    ["you wrote 'honestly I don't care about the colour', so", "I don't care"],
    ["the 'Calm Down Corner' poster set", 'Calm Down'],
  ])('finds the quoted words in %s', (text, part) => {
    expect(inside(text, part)).toBe(true);
  });

  it.each([
    ["I don't know why, but we'll fix it", "I don't know"],
    ["Je ne sais pas, l'appli n'affiche rien", 'Je ne sais pas'],
    ['He said "hello" and I don\'t care', "I don't care"],
    ['An open quote " never closed, calm down', 'calm down'],
    ['A quote "across\nlines" calm down', 'calm down'],
    ["the customers' orders, calm down please", 'calm down'],
  ])('leaves unquoted words alone in %s', (text, part) => {
    expect(inside(text, part)).toBe(false);
  });

  it('agrees with a per-position scan of the same pairs (fast-check, seeded)', () => {
    const piece = fc.constantFrom('a', 'word', ' ', "'", '"', '«', '»', '“', '”', '\n', ',', "don't", 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.nat(40), fc.nat(10), (text, a, len) => {
      const start = Math.min(a, text.length);
      const end = Math.min(start + len, text.length);
      const q = quotedRanges(text);
      // covers is monotonic: a sub-range of a covered range is covered.
      if (q.covers(start, end) && end > start) expect(q.covers(start + 1 <= end ? start + 1 : start, end)).toBe(true);
      // never across a new line
      if (text.slice(start, end).includes('\n')) expect(q.covers(start, end)).toBe(false);
    }), { numRuns: 2000, seed: SEED });
  });
});
