/**
 * The phrase matcher files terms under their first key only and builds the trie one
 * level at a time, on first use: hits must be those of a trie built whole up front.
 */
import fc from 'fast-check';
import { expandTerm, PhraseMatcher, plainFirstWord, type CompiledEntry } from '../../../src/engine/text/matcher';
import { ALL_LEXICONS } from '../../../src/engine/lexicons';
import { squeeze } from '../../../src/engine/text/normalize';
import { phraseKeys, tokenize, type Token } from '../../../src/engine/text/tokens';
import { SEED } from '../../reliability/arbitraries';

const terms = ALL_LEXICONS.flatMap((set) => set.entries.flatMap((e) => (typeof e.t === 'string' ? [e.t] : e.t).flatMap(expandTerm)));

/** The reference: the whole trie built up front, root included, every entry in lexicon order. */
interface RefNode { next: Map<string, RefNode>; sq: Map<string, RefNode>; out: CompiledEntry[] }
const refNode = (): RefNode => ({ next: new Map(), sq: new Map(), out: [] });

function referenceTrie(entries: readonly CompiledEntry[]): RefNode {
  const root = refNode();
  for (const e of entries) {
    let node = root;
    for (const k of e.keys) {
      let next = node.next.get(k);
      if (!next) {
        next = refNode();
        node.next.set(k, next);
        if (!node.sq.has(squeeze(k))) node.sq.set(squeeze(k), next);
      }
      node = next;
    }
    node.out.push(e);
  }
  return root;
}

function refStep(node: RefNode, t: Token): RefNode | undefined {
  return refSteps(node, t, false)[0];
}

/** The children t reaches: the exact word, else its squeezed form, else the wildcard matches (all of them at the root). */
function refSteps(node: RefNode, t: Token, all: boolean): RefNode[] {
  const exact = node.next.get(t.norm);
  if (exact) return [exact];
  const loose = t.sq !== null ? node.sq.get(t.sq) : undefined;
  if (loose) return [loose];
  if (!t.star) return [];
  const out: RefNode[] = [];
  for (const [key, child] of node.next) {
    if (key.length !== t.norm.length) continue;
    let real = 0;
    let same = true;
    for (let i = 0; i < key.length; i++) {
      if (t.norm[i] === '*') continue;
      if (t.norm[i] !== key[i]) { same = false; break; }
      real++;
    }
    if (same && real >= 2) {
      out.push(child);
      if (!all) break;
    }
  }
  return out;
}

function referenceMatch(root: RefNode, tokens: readonly Token[], lang: 'fr' | 'en' | null): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < tokens.length; i++) for (const first of refSteps(root, tokens[i] as Token, true)) {
    let node: RefNode | undefined = first;
    for (let j = i; node && j < tokens.length && j - i < 12; j++) {
      if (j > i) {
        if ((tokens[j] as Token).brk === 2) break;
        node = refStep(node, tokens[j] as Token);
        if (!node) break;
      }
      for (const e of node.out) {
        if (e.strict && e.lang !== lang) continue;
        if (e.cap && !(tokens[i] as Token).cap) continue;
        if (e.notNext && j + 1 < tokens.length && e.notNext.has((tokens[j + 1] as Token).norm)) continue;
        if (e.notPrev && i > 0 && e.notPrev.has((tokens[i - 1] as Token).norm)) continue;
        out.push([e.term, e.kind, i, j + 1]);
      }
    }
  }
  return out;
}

describe('plainFirstWord (first key without the tokeniser)', () => {
  it('is the first key the tokeniser gives, for every lexicon term it answers', () => {
    let answered = 0;
    for (const t of terms) {
      const w = plainFirstWord(t);
      if (w === null) continue;
      answered++;
      expect([t, w]).toEqual([t, phraseKeys(t)[0]]);
    }
    expect(answered).toBeGreaterThan(terms.length * 0.8);
  });

  it('is the first key the tokeniser gives, on random strings (fast-check, seeded)', () => {
    const piece = fc.constantFrom('a', 'b', 'e', 'z', 'aa', 'aaa', 'ab', ' ', '  ', '-', "'", '*', '.', '0', 'é', 'É', 'B', 'f u c k', 'œ', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (s) => {
      const w = plainFirstWord(s);
      if (w !== null) expect(w).toBe(phraseKeys(s)[0]);
    }), { numRuns: 20000, seed: SEED });
  });
});

describe('PhraseMatcher built level by level', () => {
  it('gives the hits of a trie built whole first, on texts of lexicon words (fast-check, seeded)', () => {
    const lazy = new PhraseMatcher(ALL_LEXICONS);
    const root = referenceTrie(new PhraseMatcher(ALL_LEXICONS).entries);
    const words = [...new Set(terms.flatMap((t) => t.split(' ')))].filter((w) => w.length > 0);
    const variant = (w: string, k: number): string => (k === 1 ? w.replace(/([a-z])/, '$1$1$1') : k === 2 && w.length > 3 ? `${w[0]}*${w.slice(2)}` : w);
    const word = fc.tuple(fc.constantFrom(...words), fc.nat(5)).map(([w, k]) => variant(w, k));
    const text = fc.array(fc.oneof(word, fc.constantFrom('.', ',', 'de', 'the')), { maxLength: 14 }).map((p) => p.join(' '));
    let hits = 0;
    fc.assert(fc.property(text, fc.constantFrom<'fr' | 'en' | null>('fr', 'en', null), (s, lang) => {
      const toks = tokenize(s);
      const a = lazy.match(toks, lang).map((h) => [h.e.term, h.e.kind, h.i, h.j]);
      hits += a.length;
      expect(a).toEqual(referenceMatch(root, toks, lang));
    }), { numRuns: 3000, seed: SEED });
    expect(hits).toBeGreaterThan(1000);
  });
});

describe('PhraseMatcher.wordsOfKind', () => {
  it('lists the one-word terms of the kind, as the compiled entries give them', () => {
    const m = new PhraseMatcher(ALL_LEXICONS);
    const all = m.entries;
    for (const kind of ['ins.mod', 'ins.intens', 'flirt.mod', 'ins.strong', 'ctx.neg']) {
      const expected = new Set(all.filter((e) => e.kind === kind && e.keys.length === 1).map((e) => e.keys[0]));
      expect(expected.size).toBeGreaterThan(0);
      expect([...new PhraseMatcher(ALL_LEXICONS).wordsOfKind(kind)]).toEqual([...expected]);
    }
  });
});
