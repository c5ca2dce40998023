import fc from 'fast-check';
import { normalize, toOriginal, squeeze } from '../../../src/engine/text/normalize';
import { fill, growth, RATIO_BOUND } from '../../reliability/growth';

describe('normalize', () => {
  it.each([
    ['c0nnard', 'connard'], ['connnnnard', 'connard'], ['CoNnArD', 'connard'], ['ENCULÉ', 'encule'], ['sh!t', 'shit'],
    ['b1tch', 'bitch'], ['ｆｕｃｋ', 'fuck'], ['fück', 'fuck'], ['a$$hole', 'asshole'], ['id10ts', 'idiots'], ['1d10ts', 'idiots'], ['1d1ot', 'idiot'], ['a$$', 'ass'], ['b0lo$$', 'boloss'], ['@ssh0le', 'asshole'],
    ['Œuvre', 'oeuvre'], ['l’équipe', "l'equipe"], ['con\u200Bnard', 'connard'], ['fuuuuuck', 'fuuck'], ['idiooot', 'idioot'],
  ])('folds %s to %s', (input, folded) => {
    expect(normalize(input).text).toBe(folded);
  });

  it.each(['48h', '50$', '3e fois', '1er mai', '2nd', '10x12', '4x4', 'idiot!', '2014', 'version 5.3', '119,96 €'])('leaves numbers and trailing punctuation alone: %s', (s) => {
    expect(normalize(s).text).toBe(s.toLowerCase());
  });

  it('keeps double letters (connard, appeler)', () => {
    expect(normalize('connard rappeler').text).toBe('connard rappeler');
  });

  it('maps every folded range back to the original', () => {
    const s = 'Ｈé, ÉNORME c0nnnnnard 😘 fin';
    const n = normalize(s);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(s.length);
    const a = n.text.indexOf('connard');
    const r = toOriginal(n, a, a + 'connard'.length, s);
    expect(s.slice(r.start, r.end)).toBe('c0nnnnnard');
    const e = n.text.indexOf('😘');
    const re = toOriginal(n, e, e + 2, s);
    expect(s.slice(re.start, re.end)).toBe('😘');
  });

  it('squeezes double letters for loose lookups', () => {
    expect(squeeze('fuuck')).toBe('fuck');
    expect(squeeze('connard')).toBe('conard');
  });

  it('is linear on long input', () => {
    const unit = 'Bonjour, ceci est un texte ordinaire avec des accents éèà et 123. ';
    expect(normalize(unit.repeat(20000)).text.length).toBeGreaterThan(1_000_000);
    expect(growth(normalize, (size) => fill(unit, size), 250_000)).toBeLessThan(RATIO_BOUND);
  });
});

describe('squeeze', () => {
  /** The definition: drop every code point equal to the one before it. */
  const reference = (word: string): string => {
    let out = '';
    let prev = '';
    for (const c of word) {
      if (c !== prev) out += c;
      prev = c;
    }
    return out;
  };

  it('equals the definition, with or without doubles, astral and lone surrogates (fast-check, seeded)', () => {
    const unit = fc.constantFrom('a', 'b', 'n', 'é', '😀', '𝐀', '\ud83d', '\ude00', '*', ' ', '1');
    fc.assert(fc.property(fc.array(unit, { maxLength: 10 }).map((p) => p.join('')), (w) => {
      expect(squeeze(w)).toBe(reference(w));
    }), { numRuns: 20000, seed: 20261123 });
  });
});
