/**
 * A Doc builds its indexes (by sentence, by end token) on first use, as arrays, and
 * buildDoc keeps a one-range comment's tokens as they are: the answers must be those of
 * the plain definitions over the hits and tokens.
 */
import fc from 'fast-check';
import { ALL_LEXICONS } from '../../../../src/engine/lexicons';
import { buildDoc, endsAt, inSentence, ownTokens, type SpanRef } from '../../../../src/engine/rules/incident/context';
import { expandTerm, type Hit } from '../../../../src/engine/text/matcher';
import { tokenize, type Token } from '../../../../src/engine/text/tokens';
import { SEED } from '../../../reliability/arbitraries';

const terms = ALL_LEXICONS.flatMap((set) => set.entries.flatMap((e) => (typeof e.t === 'string' ? [e.t] : e.t).map((t) => expandTerm(t)[0] as string)));
const kinds = [...new Set(ALL_LEXICONS.flatMap((set) => set.entries.map((e) => e.k)))];
const body = fc.array(fc.tuple(fc.constantFrom(...terms), fc.constantFrom(' ', ' ', ', ', '. ', ' ? ', '\n', ' vous ')), { minLength: 1, maxLength: 12 })
  .map((ps) => ps.map(([t, s]) => t + s).join(''));

/** The plain definitions. */
const sentOf = (tokens: Token[]): number[] => {
  let s = 0;
  return tokens.map((t, i) => (i > 0 && t.brk === 2 ? ++s : s));
};

describe('Doc indexes', () => {
  it('answer what scans of the hits answer (fast-check, seeded)', () => {
    let seen = 0;
    fc.assert(fc.property(body, fc.constantFrom<'fr' | 'en'>('fr', 'en'), fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 4 }), (text, lang, some) => {
      const doc = buildDoc({ commentId: 1, body: text, own: [{ start: 0, end: text.length }] }, lang);
      const sent = sentOf(doc.tokens);
      expect([...doc.sent]).toEqual(sent);
      const set = new Set(some);
      for (let k = -1; k <= doc.tokens.length + 1; k++) {
        const ending = doc.hits.filter((h) => h.j === k);
        expect(doc.endingAt(k)).toEqual(ending);
        expect(endsAt(doc, k, set)).toBe(ending.find((h) => set.has(h.e.kind)) ?? null);
      }
      for (const h of doc.hits) {
        for (const kind of [...some, h.e.kind]) {
          expect(inSentence(doc, h, kind)).toEqual(doc.hits.filter((x: Hit) => sent[x.i] === sent[h.i] && x.e.kind === kind));
          seen++;
        }
        const next = (sent[h.i] as number) + 1;
        expect(doc.inSentence(next, h.e.kind)).toEqual(doc.hits.filter((x: Hit) => sent[x.i] === next && x.e.kind === h.e.kind));
      }
    }), { numRuns: 400, seed: SEED });
    expect(seen).toBeGreaterThan(2000);
  });
});

describe('ownTokens', () => {
  /** The definition: tokens inside a range; the first of each range after the first opens a sentence. */
  function reference(all: Token[], own: readonly SpanRef[]): Token[] {
    const out: Token[] = [];
    let last = -1;
    for (const t of all) {
      const r = own.findIndex((x) => t.start >= x.start && t.end <= x.end);
      if (r < 0) continue;
      if (r !== last && out.length > 0) t.brk = 2;
      out.push(t);
      last = r;
    }
    return out;
  }

  it('keeps what the ranges hold, one range or several (fast-check, seeded)', () => {
    const text = fc.array(fc.constantFrom('idiot', 'vous', '> quoted', '\n', ' ', '. ', 'Jean', '😘', '--'), { maxLength: 20 }).map((p) => p.join(''));
    const cuts = fc.array(fc.nat(), { maxLength: 6 });
    fc.assert(fc.property(text, cuts, fc.boolean(), (s, cs, whole) => {
      const points = [...new Set(cs.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
      const own: SpanRef[] = whole ? [{ start: 0, end: s.length }] : [];
      if (!whole) for (let k = 0; k + 1 < points.length; k += 2) own.push({ start: points[k] as number, end: points[k + 1] as number });
      const expected = reference(tokenize(s), own).map((t) => [t.start, t.end, t.brk]);
      expect(ownTokens(tokenize(s), own).map((t) => [t.start, t.end, t.brk])).toEqual(expected);
    }), { numRuns: 2000, seed: SEED });
  });
});
