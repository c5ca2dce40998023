import fc from 'fast-check';
import { ranked } from '../../../../src/engine/rules/complaint/score';
import type { ComplaintType } from '../../../../src/engine/types';
import { isPrecise } from '../../../../src/engine/rules/complaint/critic';
import { TOKEN_CODE, TOKEN_DIGIT, shapeOf } from '../../../../src/engine/text/phrase-tokens';
import { matchFamily } from '../../../../src/engine/rules/complaint/signals';
import type { SignalFamily, TextUnit } from '../../../../src/engine/rules/complaint/types';
import { tokenize, type Token } from '../../../../src/engine/rules/phrase';
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

describe('token shape bits (code shape and digits without a regex)', () => {
  it('shapeOf: TOKEN_CODE is 4 chars at most of /^[a-z]?\\d*[a-z]?$/, TOKEN_DIGIT a digit (fast-check, seeded)', () => {
    const s = fc.array(fc.constantFrom('a', 'b', 'z', '0', '5', '9', 'A', '.', '-', 'é'), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(fc.property(s, (x) => {
      expect((shapeOf(x) & TOKEN_CODE) !== 0).toBe(x.length <= 4 && /^[a-z]?\d*[a-z]?$/.test(x));
      expect((shapeOf(x) & TOKEN_DIGIT) !== 0).toBe(/\d/.test(x));
    }), { numRuns: 5000, seed: 20261123 });
  });
});

/** isPrecise as it read before the shape bits: the word's characters checked on every token. */
const REFERENCE_WORDS = new Set(['rev', 'revision', 'version', 'v', 'sheet', 'page', 'p', 'clause', 'section', 'indice', 'planche', 'ligne', 'floor']);
function referencePrecise(unit: TextUnit, i: number): boolean | null {
  const t = unit.tokens[i] as Token;
  const n = t.norm;
  const prev = unit.tokens[i - 1];
  if (prev && t.gap === 0 && n.length <= 4 && /^[a-z]?\d*[a-z]?$/.test(n) && n !== 'a' && n !== 'i' && REFERENCE_WORDS.has(prev.norm)) return true;
  if (!/\d/.test(n)) return false;
  return null; // a digit: decided by the checks past the shape test, the same code in both
}

describe('isPrecise with the shape bits', () => {
  it('rules out what the character checks rule out, and keeps the reference codes (fast-check, seeded)', () => {
    const word = fc.constantFrom('rev', 'Rev', 'sheet', 'page', 'ligne', 'floor', 'B', 'b2', 'c8', 'a', 'i', 'je', 'the', '3', '2014', '3.2', '54,99', 'v3', 'T38', 'déjà', 'é', 'E2', 'mm', '14th', 'x1', '½');
    const sep = fc.constantFrom(' ', ' ', ', ', '. ', '-', '/', ':', ' €');
    let hits = 0;
    fc.assert(fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 12 }), (parts) => {
      const s = parts.map(([w, p]) => w + p).join('');
      const unit: TextUnit = { commentId: null, body: s, start: 0, end: s.length, tokens: tokenize(s), scanned: null };
      for (let i = 0; i < unit.tokens.length; i++) {
        const want = referencePrecise(unit, i);
        if (want === null) continue;
        expect([s, i, isPrecise(unit, i)]).toEqual([s, i, want]);
        if (want) hits++;
      }
    }), { numRuns: 3000, seed: 20261123 });
    expect(hits).toBeGreaterThan(100);
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
