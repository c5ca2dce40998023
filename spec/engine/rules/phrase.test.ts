import fc from 'fast-check';
import { PatternSet, compilePattern, matchAt, tokenize, fold, sentenceOf, type CompiledPattern } from '../../../src/engine/rules/phrase';
import { matchAtBySlots } from '../../../src/engine/rules/pattern-match';
import { shapeOf, tokenWordId, tokenizeRange, type Token } from '../../../src/engine/text/phrase-tokens';
import { lookupWord, wordId } from '../../../src/engine/text/vocabulary';
import { compileNfa } from '../../../src/engine/rules/pattern-nfa';
import { COMPLAINT_FR } from '../../../src/engine/lexicons/fr/complaint';
import { COMPLAINT_EN } from '../../../src/engine/lexicons/en/complaint';
import { DRAFT_FR } from '../../../src/engine/lexicons/fr/draft';
import { DRAFT_EN } from '../../../src/engine/lexicons/en/draft';
import { fill, growth, RATIO_BOUND } from '../../reliability/growth';

const words = (s: string): string[] => tokenize(s).map((t) => t.norm);

const lexiconPatternsOf = (): string[] => {
  const out: string[] = [];
  for (const lex of [COMPLAINT_FR, COMPLAINT_EN]) for (const [k, list] of Object.entries(lex)) if (k !== 'hypothetical') out.push(...list);
  for (const lex of [DRAFT_FR, DRAFT_EN]) for (const fam of Object.values(lex)) for (const p of fam.patterns) out.push(typeof p === 'string' ? p : p[0]);
  return out;
};

describe('tokenize', () => {
  it('folds accents and case, splits apostrophes and hyphens, keeps numbers whole', () => {
    expect(words("J'sais PAS, calmez-vous : version 3.2.1 à 54,99 €")).toEqual(['j', 'sais', 'pas', 'calmez', 'vous', 'version', '3.2.1', 'a', '54,99']);
    expect(fold('Œuvre Déjà')).toBe('oeuvre deja');
  });

  it('records the punctuation before each token', () => {
    const t = tokenize('Hi, there. Yes; no');
    expect(t.map((x) => x.gap)).toEqual([3, 1, 3, 2]);
    expect(sentenceOf(t, 1)).toEqual({ from: 0, to: 2 });
  });

  it('flags all-caps words', () => {
    expect(tokenize('TOUJOURS pareil').map((t) => t.caps)).toEqual([true, false]);
  });
});

describe('patterns', () => {
  const at = (p: string, s: string): string | null => {
    const toks = tokenize(s);
    for (let i = 0; i < toks.length; i++) {
      const m = matchAt(compilePattern(p), toks, i);
      if (m) return s.slice(toks[m.from]?.start, toks[m.to - 1]?.end);
    }
    return null;
  };

  it('supports alternatives, optional slots, groups, prefixes, numbers, gaps and anchors', () => {
    expect(at('(je|j) (ne|n)? sais pas', "j'sais pas")).toBe("j'sais pas");
    expect(at('(do not|don t) care', "I don't care")).toBe("don't care");
    expect(at('decu*', 'très déçue')).toBe('déçue');
    expect(at('depuis #year', 'client depuis 2014')).toBe('depuis 2014');
    expect(at('depuis #year', 'depuis 14')).toBeNull();
    expect(at('vous (n)? y connaissez ~2 rien', "vous n'y connaissez visiblement rien")).toBe("vous n'y connaissez visiblement rien");
    expect(at('^ avant', 'Avant, tout allait bien')).toBe('Avant');
    expect(at('^ avant', 'Je lis avant de signer')).toBeNull();
  });

  it('never matches a substring of a word, nor across a sentence end', () => {
    expect(at('con', 'connaissance')).toBeNull();
    expect(at('calm down', 'Stay calm. Down the road')).toBeNull();
  });

  it('rejects unbalanced patterns', () => {
    expect(() => compilePattern('(a|b')).toThrow();
  });

  it('finds leftmost-longest matches and lets a guard veto one', () => {
    const set = new PatternSet([{ source: 'no idea', data: 'a' }, { source: 'i have no idea', data: 'b' }]);
    const toks = tokenize('I have no idea, no idea at all');
    expect(set.findAll(toks).map((m) => m.data)).toEqual(['b', 'a']);
    expect(set.findAll(toks, (m) => m.data !== 'b').map((m) => [m.data, m.from])).toEqual([['a', 2], ['a', 4]]);
  });

  it('gives the same matches when a guard scans another text with a set meanwhile', () => {
    const set = new PatternSet([{ source: 'no idea', data: 'a' }, { source: 'je ne sais (pas|rien)', data: 'b' }]);
    const toks = tokenize('No idea. Je ne sais pas, no idea');
    const plain = set.findAll(toks);
    const other = tokenize('rien a voir, je ne sais rien');
    const nested = set.findAll(toks, () => set.findAll(other).length === 1);
    expect(nested).toEqual(plain);
    expect(set.findAll(other).map((m) => m.data)).toEqual(['b']);
  });

  it('runs in linear time on long inputs', () => {
    const set = new PatternSet([{ source: '(a|b)? (a|b)? (a|b)? c', data: 1 }]);
    expect(set.findAll(tokenize('a '.repeat(100_000)))).toEqual([]);
    expect(growth((toks: ReturnType<typeof tokenize>) => set.findAll(toks), (size) => tokenize(fill('a ', size)), 50_000)).toBeLessThan(RATIO_BOUND);
  });
});

describe('pattern compile: groups of one-token alternatives read in one pass', () => {
  /** The same group with a space after each alternative: compiled alternative by alternative, then merged. */
  const general = (alts: readonly string[], optional: boolean): string => `(${alts.map((a) => `${a} `).join('|')})${optional ? '?' : ''}`;
  const fast = (alts: readonly string[], optional: boolean): string => `(${alts.join('|')})${optional ? '?' : ''}`;
  const readable = (source: string): unknown => compilePattern(source).slots.map((slot) => (slot.kind === 'tok'
    ? { optional: slot.optional, words: [...slot.test.words], ids: slot.test.ids.list(), prefixes: slot.test.prefixes, num: slot.test.num, year: slot.test.year, any: slot.test.any }
    : slot));

  it('gives the slot the general path gives (fast-check, seeded)', () => {
    const alt = fc.constantFrom('a', 'je', 'été', 'Éte', 'ÉTÉ', 'pre*', 'Ré*', '_', '#num', '#year', 'x1', 'a', '#foo', '^');
    fc.assert(fc.property(fc.array(alt, { minLength: 1, maxLength: 6 }), fc.boolean(), (alts, optional) => {
      expect(readable(`w ${fast(alts, optional)} z`)).toEqual(readable(`w ${general(alts, optional)} z`));
    }), { numRuns: 2000, seed: 20261123 });
  });

  it('gives the slot the general path gives for every lexicon group', () => {
    const groups = new Set(lexiconPatternsOf().join(' ').match(/\([^()\s?~]+\)\??/g) ?? []);
    expect(groups.size).toBeGreaterThan(300);
    for (const g of groups) {
      const optional = g.endsWith('?');
      const alts = g.slice(1, optional ? -2 : -1).split('|');
      expect([g, readable(fast(alts, optional))]).toEqual([g, readable(general(alts, optional))]);
    }
  });
});

describe('pattern automaton', () => {
  const lexiconPatterns = (): string[] => lexiconPatternsOf().concat(['(a|b)? (a|b c)? ~2 (c|d)', '(x (y)?|z) w', '^ (un|une)? ~1 fois', '(#num|deux) (ans|an)? de #year']);
  const patterns = lexiconPatterns().map(compilePattern);
  const vocabulary = [...new Set(lexiconPatterns().flatMap((p) => p.replace(/[()|?~^#*_]/g, ' ').split(/\s+/)).filter((w) => /^[a-z]+$/.test(w)))];

  it('leaves to the recursive walk the groups whose alternatives vary in length', () => {
    // The walk continues after the longest "a b" only: "a b c" does not match.
    const p = compilePattern('(a (b)?) b c');
    expect(p.nfa).toBeNull();
    expect(matchAt(p, tokenize('a b c'), 0)).toBeNull();
    expect(compilePattern('(a b|c d) (e)? f').nfa).not.toBeNull();
  });

  it('builds the automaton on first read, once, as compileNfa does from the slots', () => {
    for (const p of lexiconPatterns().map(compilePattern)) {
      const nfa = p.nfa;
      expect(nfa).toEqual(compileNfa(p.slots));
      expect(p.nfa).toBe(nfa);
    }
  });

  it('holds most lexicon patterns', () => {
    expect(patterns.filter((p) => p.nfa).length).toBeGreaterThan(patterns.length * 0.9);
  });

  /** Random words that a pattern's slots accept (an instance of the pattern, to perturb). */
  const instance = (slots: CompiledPattern['slots'], pick: () => number): string[] => slots.flatMap((slot): string[] => {
    if (slot.kind === 'gap') return Array.from({ length: pick() % (slot.max + 1) }, () => vocabulary[pick() % vocabulary.length] as string);
    if (slot.optional && pick() % 3 === 0) return [];
    if (slot.kind === 'group') return instance(slot.alts[pick() % slot.alts.length] ?? [], pick);
    const t = slot.test;
    const words = [...t.words, ...t.prefixes.map((x) => `${x}x`), ...(t.num ? ['48'] : []), ...(t.year ? ['2014'] : []), ...(t.any ? ['truc'] : [])];
    return [words[pick() % words.length] ?? 'x'];
  });

  it('matches exactly like the recursive walk over the slots (fast-check, seeded)', () => {
    const sep = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '. ', ' ; ', '\n');
    const noise = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('2014', '12', 'foo')), sep), { maxLength: 4 });
    let matched = 0;
    fc.assert(fc.property(fc.nat(patterns.length - 1), fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }), noise, noise, fc.boolean(), (k, rolls, pre, post, twice) => {
      const p = patterns[k] as CompiledPattern;
      let r = 0;
      const pick = (): number => rolls[r++ % rolls.length] as number;
      const body = instance(p.slots, pick);
      const words = [...pre.map(([w, s]) => w + s), body.join(pick() % 5 === 0 ? ', ' : ' '), ...post.map(([w, s]) => w + s)];
      const toks = tokenize((twice ? [...words, ...words] : words).join(' '));
      for (let i = 0; i < toks.length; i++) {
        const m = matchAtBySlots(p, toks, i);
        if (m) matched++;
        expect(matchAt(p, toks, i)).toEqual(m);
      }
    }), { numRuns: 20_000, seed: 20261123 });
    expect(matched).toBeGreaterThan(5000);
  });
});

describe('tokenize fast path (words folded, hashed and checked for capitals in the scan)', () => {
  /** The definitions: NFD without marks, ligatures expanded, lower case; all caps on the letters; the vocabulary id of norm. */
  const check = (s: string, from: number, to: number): Token[] => {
    const toks = tokenizeRange(s, from, to);
    for (const t of toks) {
      expect(t.start).toBeGreaterThanOrEqual(from);
      expect(t.end).toBeLessThanOrEqual(to);
      const raw = s.slice(t.start, t.end);
      expect([raw, t.norm]).toEqual([raw, raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').replace(/ß/g, 'ss').toLowerCase()]);
      const letters = raw.replace(/\P{L}/gu, '');
      expect([raw, t.caps]).toEqual([raw, letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()]);
      expect([raw, t.shape]).toEqual([raw, shapeOf(t.norm)]);
      expect([raw, tokenWordId(t)]).toEqual([raw, lookupWord(t.norm)]);
    }
    // The same tokens as tokenize of the range alone, shifted.
    expect(toks.map((t) => [t.norm, t.start - from, t.end - from, t.gap, t.caps])).toEqual(tokenize(s.slice(from, to)).map((t) => [t.norm, t.start, t.end, t.gap, t.caps]));
    return toks;
  };

  it('gives the general definitions of norm, caps, shape and word id on every token (fast-check, seeded)', () => {
    const known = ['pas', 'jamais', 'decu', 'toujours', 'never', 'again', 'depuis', 'encore'];
    const unit = fc.constantFrom(...'aAbZzé É.,;:!?\'-\n09Œœß'.split(''), 'Déçu', 'TOUJOURS', 'OK', 'iPhone', 'A', '3.2', 'x', 'ÉTÉ', 'Éa', 'v3', 'b2é',
      '½', 'ĀŁŐ', 'ǅ', 'İ', 'ΣΑΣ', 'Дом', '中文', 'ĳ', 'Æ', 'ÿ', '²', '2014', '1949', '12,5', 'JAMAIS', 'DéÇu', ...known, ...known.map((w) => w.toUpperCase()));
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const s = parts.join('');
      check(s, 0, s.length);
      const from = s.length ? a % s.length : 0;
      check(s, from, from + (s.length - from ? b % (s.length - from + 1) : 0));
    }), { numRuns: 3000, seed: 20261123 });
  });

  it('reads a word again when the vocabulary grew since the text was read (a set built later)', () => {
    const word = 'zorglubien';
    const toks = tokenize(`le ${word} arrive`);
    expect(tokenWordId(toks[1] as Token)).toBe(-1);
    const id = wordId(word);
    expect(tokenWordId(toks[1] as Token)).toBe(id);
    expect(tokenWordId(tokenize(word.toUpperCase())[0] as Token)).toBe(id);
  });

  it('looks up words longer than the scan buffer by their string', () => {
    const long = 'x'.repeat(70);
    const id = wordId(long);
    expect(tokenWordId(tokenize(`a ${long.toUpperCase()} b`)[1] as Token)).toBe(id);
    expect(tokenWordId(tokenize(`a ${long}y b`)[1] as Token)).toBe(-1);
  });
});
