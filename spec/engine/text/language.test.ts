import fc from 'fast-check';
import { detectLanguage, EN_STOPWORDS, FR_STOPWORDS, scoreRanges, scoreText, scoreTokens } from '../../../src/engine/text/language';
import { tokenize, type Token } from '../../../src/engine/text/tokens';

/** The reference for scoreTokens: stopwords of each language among the first 600 word tokens. */
function referenceCounts(toks: readonly Token[]): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  for (const t of toks.slice(0, 600)) {
    if (t.kind !== 'word') continue;
    if (FR_STOPWORDS.has(t.norm)) fr++;
    if (EN_STOPWORDS.has(t.norm)) en++;
  }
  return { fr, en };
}

describe('detectLanguage', () => {
  it.each([
    ['Bonjour, mon colis est en retard depuis lundi, vous pouvez vérifier ?', 'fr'],
    ['slt jai pas recu ma commande cest normal ? merci', 'fr'],
    ['bonjour je n ai toujours rien recu et vous ne repondez pas', 'fr'],
    ['Hi, my parcel is late since Monday, can you check it please?', 'en'],
    ['hey can i move my delivery to thursday this week thx', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null on too little text', () => {
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('12345')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('scoreText', () => {
  // The plain definition: lowercase, NFD without marks, split on anything but [a-z0-9].
  const reference = (text: string): { fr: number; en: number } => {
    let t = text.toLowerCase();
    if (/[\u0080-\uffff]/.test(t)) t = t.normalize('NFD').replace(/\p{M}/gu, '');
    const words = t.split(/[^a-z0-9]+/);
    const score = (w: string): { fr: number; en: number } => scoreText(w);
    return words.reduce((acc, w) => { const s = score(w); return { fr: acc.fr + s.fr, en: acc.en + s.en }; }, { fr: 0, en: 0 });
  };

  it('counts each stopword once, whatever the accents, marks, surrogates or case around it', () => {
    expect(scoreText('Vous êtes DÉJÀ là, je pense.')).toEqual({ fr: 5, en: 0 });
    expect(scoreText('the\u0301 cafe\u0301 and')).toEqual({ fr: 0, en: 2 });
    expect(scoreText('l\u{1D165}e')).toEqual({ fr: 1, en: 0 }); // an astral mark vanishes: "le"
  });

  it('matches the plain definition on random Unicode text (fast-check, seeded)', () => {
    const piece = fc.oneof(
      fc.constantFrom('le', 'de', 'vous', 'the', 'and', ' ', '\n', 'é', 'É', 'Σ', 'İ', '\u0301', '\u0345', 'ǆ', '각', '\u{1D15E}', '\u{1D165}', '\ud800', 'ß', 'œ'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (s) => {
      expect(scoreText(s)).toEqual(reference(s));
    }), { numRuns: 3000, seed: 20261123 });
  });
});

describe('scoreTokens (each norm walks the stopword automaton)', () => {
  it('reads any norm exactly as the two stopword sets do (fast-check, seeded)', () => {
    // Stopwords, their prefixes and extensions, case and accent variants, and odd chars.
    const stop = [...FR_STOPWORDS, ...EN_STOPWORDS];
    const norm = fc.oneof(
      fc.constantFrom(...stop),
      fc.constantFrom(...stop).chain((w) => fc.nat(w.length).map((k) => w.slice(0, k))),
      fc.constantFrom(...stop).chain((w) => fc.constantFrom('s', 'e', '0', 'x', "'", 'é', '*', '\u0301').map((x) => w + x)),
      fc.constantFrom(...stop).map((w) => w.toUpperCase()),
      fc.constantFrom('', 'ça', 'être', 'déjà', 'colis', 'parcel', '😡', '42', 'z', '\u0000', 'ǆ', 'İ'),
      fc.string({ maxLength: 6 }),
    );
    const kind = fc.constantFrom<'word' | 'emoji'>('word', 'word', 'word', 'emoji');
    const token = fc.tuple(norm, kind).map(([n, k]): Token => ({ norm: n, sq: null, id: 0, sqId: 0, star: false, kind: k, start: 0, end: 0, brk: 0, quoted: false, cap: false }));
    fc.assert(fc.property(fc.array(token, { maxLength: 700 }), (toks) => {
      expect(scoreTokens(toks)).toEqual(referenceCounts(toks));
    }), { numRuns: 1000, seed: 20261124 });
  });


  it('counts what the two stopword sets count (fast-check, seeded)', () => {
    const word = fc.oneof(fc.constantFrom(...FR_STOPWORDS, ...EN_STOPWORDS), fc.constantFrom('colis', 'parcel', 'idiot', '😡', '42'));
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }), (ws) => {
      const toks = tokenize(ws.join(' '));
      expect(scoreTokens(toks)).toEqual(referenceCounts(toks));
    }), { numRuns: 2000, seed: 20261123 });
  });
});

describe('scoreRanges (own ranges scored in place)', () => {
  it('equals scoreText of the ranges joined by new lines (fast-check, seeded)', () => {
    const piece = fc.constantFrom('le ', 'de', 'vous', 'the', 'and ', ' ', '\n', 'É', 'Σ', 'İ', '\u0301', '\ud83d', '\ude00', '😀', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), fc.array(fc.nat(60), { maxLength: 8 }), (body, cuts) => {
      const points = [...new Set(cuts.map((c) => Math.min(c, body.length)))].sort((a, b) => a - b);
      const ranges: { start: number; end: number }[] = [];
      for (let k = 0; k + 1 < points.length; k += 2) ranges.push({ start: points[k] as number, end: points[k + 1] as number });
      expect(scoreRanges(body, ranges)).toEqual(scoreText(ranges.map((r) => body.slice(r.start, r.end)).join('\n')));
    }), { numRuns: 3000, seed: 20261123 });
  });
});
