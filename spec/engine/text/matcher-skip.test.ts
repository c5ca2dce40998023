import fc from 'fast-check';
import { PhraseMatcher } from '../../../src/engine/text/matcher';
import { ALL_LEXICONS } from '../../../src/engine/lexicons';
import { tokenize } from '../../../src/engine/text/tokens';
import { PIECES, SEED } from '../../reliability/arbitraries';

describe('PhraseMatcher skip kinds (answers cached per entry)', () => {
  it('reports the hits of a plain match minus the skipped kinds, whichever sets alternate (fast-check, seeded)', () => {
    const m = new PhraseMatcher(ALL_LEXICONS);
    const kinds = [...new Set(m.entries.map((e) => e.kind))];
    const skipA = new Set(['ins.mod', 'ins.intens', 'flirt.mod']);
    const skipB = new Set(kinds.filter((_, k) => k % 3 === 0));
    const words = ['de', 'the', 'you', 'vous', 'idiot', 'connard', 'ma', 'chérie', 'espèce', 'sale', 'calm', 'down', 'vraiment', 'really', '.', ','];
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...words)), { maxLength: 20 }).map((p) => p.join(' '));
    let hits = 0;
    fc.assert(fc.property(text, fc.constantFrom<'fr' | 'en' | null>('fr', 'en', null), fc.boolean(), (s, lang, useA) => {
      const toks = tokenize(s);
      const skip = useA ? skipA : skipB;
      const plain = m.match(toks, lang).filter((h) => !skip.has(h.e.kind));
      hits += plain.length;
      expect(m.match(toks, lang, skip)).toEqual(plain);
    }), { numRuns: 1500, seed: SEED });
    expect(hits).toBeGreaterThan(100);
  });
});
