/**
 * The tokeniser reads each word's key-word id from its units while it scans (and takes a
 * key word's stored string as its text), and glues spelled-out letters only when it saw
 * a run of them: tokens must be those of the plain definitions.
 */
import fc from 'fast-check';
import { PhraseMatcher } from '../../../src/engine/text/matcher';
import { ALL_LEXICONS } from '../../../src/engine/lexicons';
import { KEY_WORDS } from '../../../src/engine/text/word-ids';
import { tokenize, type Token } from '../../../src/engine/text/tokens';
import { hostileString, SEED } from '../../reliability/arbitraries';

// Key words filed: the first words of every term, and more as texts walk the trie.
const matcher = new PhraseMatcher(ALL_LEXICONS);
const keyWords = [...new Set(matcher.entries.flatMap((e) => e.keys))];

const piece = fc.oneof(
  fc.constantFrom(...keyWords),
  fc.constantFrom('fuuuck', 'connnard', 'idiooot', 'f*ck', 'c o n n a r d', 's.a.l.o.p.e', 'a b c', 'Été', 'ÉNORME', 'c0nnard', '😘', '🤡', 'ж', '日本'),
  fc.string({ maxLength: 5 }),
);
const text = fc.oneof({ weight: 4, arbitrary: fc.array(fc.tuple(piece, fc.constantFrom(' ', ', ', '. ', '-', '.', '_', '\n', '')), { maxLength: 20 }).map((ps) => ps.map(([p, s]) => p + s).join('')) }, { weight: 1, arbitrary: hostileString });

describe('token ids', () => {
  it('are the ids of the token text and of its squeezed form (fast-check, seeded)', () => {
    let known = 0;
    fc.assert(fc.property(text, (s) => {
      for (const t of tokenize(s)) {
        expect(KEY_WORDS.current(t.id)).toBe(true);
        expect(t.id).toBe(KEY_WORDS.id(t.norm));
        expect(t.sqId).toBe(t.sq === null ? 0 : KEY_WORDS.id(t.sq));
        if (t.id > 0) known++;
      }
    }), { numRuns: 400, seed: SEED });
    expect(known).toBeGreaterThan(1000);
  });

  it('still match when keys are filed after the tokens were read, by any matcher', () => {
    const toks = tokenize('Quelle zorblatte, espèce de grumphouille ! zorblatte grumphouille');
    const fresh = new PhraseMatcher([{ lang: 'fr', name: 't', entries: [{ t: 'zorblatte', k: 'x' }, { t: 'espece de grumphouille', k: 'y' }] }]);
    const hits = (m: PhraseMatcher, ts: Token[]) => m.match(ts, 'fr').map((h) => `${h.e.term}@${h.i}`);
    expect(hits(fresh, toks)).toEqual(['zorblatte@1', 'espece de grumphouille@2', 'zorblatte@5']);
    // Read again (now current) and by the big matcher too: the same answers.
    expect(hits(fresh, toks)).toEqual(['zorblatte@1', 'espece de grumphouille@2', 'zorblatte@5']);
    expect(hits(matcher, toks)).toEqual(hits(matcher, tokenize('Quelle zorblatte, espèce de grumphouille ! zorblatte grumphouille')));
  });
});

describe('spelled-out words', () => {
  /** A run left as one-letter words that the glue rule takes: 3+ joined by the same one of . _ - (4+ by a space). */
  function ungluedRun(s: string, toks: Token[]): boolean {
    const single = (t: Token) => t.kind === 'word' && t.end - t.start === 1 && /\p{L}/u.test(t.norm);
    for (let i = 0; i < toks.length; i++) {
      const first = toks[i] as Token;
      if (!single(first)) continue;
      const sep = s.charAt(first.end);
      if (!' ._-'.includes(sep) || sep === '') continue;
      let j = i + 1;
      while (j < toks.length && single(toks[j] as Token) && (toks[j] as Token).start === (toks[j - 1] as Token).end + 1 && s.charAt((toks[j - 1] as Token).end) === sep) j++;
      if (j - i >= (sep === ' ' ? 4 : 3)) return true;
    }
    return false;
  }

  it('are glued whenever a run of them is there (fast-check, seeded)', () => {
    const letters = fc.array(fc.constantFrom('a', 'b', 'c', 'E', 'é', '1', 'ab', '*'), { minLength: 1, maxLength: 8 });
    const run = fc.tuple(letters, fc.constantFrom(' ', '.', '_', '-', ', ')).map(([ls, sep]) => ls.join(sep));
    let glued = 0;
    fc.assert(fc.property(fc.array(run, { maxLength: 4 }).map((r) => r.join(' x ')), (s) => {
      const toks = tokenize(s);
      if (toks.some((t) => t.kind === 'word' && t.norm.length >= 3 && t.end - t.start > t.norm.length)) glued++;
      expect(ungluedRun(s, toks)).toBe(false);
    }), { numRuns: 2000, seed: SEED });
    expect(glued).toBeGreaterThan(100);
  });
});
