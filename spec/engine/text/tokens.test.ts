import fc from 'fast-check';
import { tokenize, phraseKeys, phraseKeysFull, plainKeys } from '../../../src/engine/text/tokens';
import { squeeze } from '../../../src/engine/text/normalize';
import { ALL_LEXICONS } from '../../../src/engine/lexicons';
import { expandTerm } from '../../../src/engine/text/matcher';
import { SEED } from '../../reliability/arbitraries';

const words = (s: string) => tokenize(s).filter((t) => t.kind === 'word').map((t) => t.norm);

describe('tokenize', () => {
  it('splits on word boundaries, apostrophes and hyphens', () => {
    expect(words("T'es vraiment un casse-pieds, l'équipe!")).toEqual(['t', 'es', 'vraiment', 'un', 'casse', 'pieds', 'l', 'equipe']);
  });

  it('never yields substrings', () => {
    expect(words('connaissance conseil Scunthorpe assistant Cassandra')).toEqual(['connaissance', 'conseil', 'scunthorpe', 'assistant', 'cassandra']);
  });

  it.each([
    ['c.o.n.n.a.r.d', 'connard'], ['s.a.l.o.p.e', 'salope'], ['i.d.i.o.t', 'idiot'], ['c o n n a r d', 'connard'], ['f u c k', 'fuck'],
    ['f*ck', 'f*ck'], ['p*te', 'p*te'], ['c*nnard', 'c*nnard'],
  ])('joins obfuscated %s', (input, token) => {
    expect(words(input)).toEqual([token]);
  });

  it('keeps short spaced runs apart (il y a à)', () => {
    expect(words('il y a à faire')).toEqual(['il', 'y', 'a', 'a', 'faire']);
  });

  it('gives original offsets', () => {
    const s = 'Vous êtes des C0NNARDS !';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end).toLowerCase().length).toBe(t.end - t.start);
    const last = tokenize(s).at(-1);
    expect(last && s.slice(last.start, last.end)).toBe('C0NNARDS');
  });

  it('records breaks, quotes and emoji', () => {
    const toks = tokenize('Merci. Il a dit "bonjour, toi" 😘');
    expect(toks.map((t) => t.brk)).toEqual([2, 2, 0, 0, 0, 1, 0]);
    expect(toks.map((t) => t.quoted)).toEqual([false, false, false, false, true, true, false]);
    expect(toks.at(-1)?.kind).toBe('emoji');
  });

  it('computes the squeezed key only when it differs', () => {
    const [a, b] = tokenize('fuuuuck idiot');
    expect(a?.sq).toBe('fuck');
    expect(b?.sq).toBeNull();
  });

  it('tokenises phrases like text', () => {
    expect(phraseKeys("t'es un")).toEqual(['t', 'es', 'un']);
  });
});

describe('phraseKeys plain-phrase shortcut', () => {
  const allTerms = (): string[] => {
    const out: string[] = [];
    for (const set of ALL_LEXICONS) {
      for (const e of set.entries) {
        for (const raw of typeof e.t === 'string' ? [e.t] : e.t) out.push(...expandTerm(raw));
        out.push(...(e.notNext ?? []), ...(e.notPrev ?? []));
      }
    }
    return out;
  };

  it('takes the shortcut for most lexicon terms and agrees with the full path on every one', () => {
    const terms = allTerms();
    let plain = 0;
    const differ: string[] = [];
    for (const t of terms) {
      const keys = plainKeys(t);
      if (!keys) continue;
      plain++;
      if (keys.join('|') !== phraseKeysFull(t).join('|')) differ.push(t);
    }
    expect(differ).toEqual([]);
    expect(plain / terms.length).toBeGreaterThan(0.8);
  });

  it('leaves to the full path what folding or gluing would change', () => {
    expect(plainKeys('c o n')).toBeNull(); // three spaced letters: the full path decides
    expect(plainKeys('fuuuck')).toBeNull(); // triple letter: squeezed by normalise
    expect(plainKeys("t'es")).toBeNull();
    expect(plainKeys('Idiot')).toBeNull();
    expect(plainKeys('a  b')).toBeNull();
    expect(plainKeys('a y a')).toBeNull();
    expect(plainKeys('va y')).toEqual(['va', 'y']);
  });

  it(`agrees with the full path on random phrases (fast-check, seed ${SEED})`, () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'o', 'l', 'n', ' ', ' ', 'é', '1', "'"), maxLength: 14 });
    fc.assert(fc.property(word, (p) => {
      expect(phraseKeys(p)).toEqual(phraseKeysFull(p));
    }), { seed: SEED, numRuns: 2000 });
  });
});

describe('tokenize: star and double letters noted by the scan', () => {
  it('gives star = holds "*" and sq = squeezed form when a letter doubles (fast-check, seeded)', () => {
    const unit = fc.constantFrom('a', 'b', 'o', 'oo', 'ooo', '*', '**', ' ', '.', '-', "'", 'é', 'ee', '1', '11', 'ff', 'x');
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
      for (const t of tokenize(parts.join(''))) {
        if (t.kind !== 'word') continue;
        const star = t.norm.includes('*');
        expect(t.star).toBe(star);
        let double = false;
        for (let i = 1; i < t.norm.length; i++) if (t.norm[i] === t.norm[i - 1]) double = true;
        expect(t.sq).toBe(!star && double ? squeeze(t.norm) : null);
      }
    }), { numRuns: 3000, seed: SEED });
  });
});
