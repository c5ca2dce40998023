import { PatternSet, compilePattern, matchAt, tokenize, fold, sentenceOf } from '../../../src/engine/rules/phrase';

const words = (s: string): string[] => tokenize(s).map((t) => t.norm);

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

  it('runs in linear time on long inputs', () => {
    const set = new PatternSet([{ source: '(a|b)? (a|b)? (a|b)? c', data: 1 }]);
    const toks = tokenize('a '.repeat(100_000));
    const t0 = Date.now();
    expect(set.findAll(toks)).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
