/**
 * normalize() notes leet units and the first triple letter while it folds, writes offsets
 * only once a unit moved, caches one-unit folds and decodes through TextDecoder when no
 * lone surrogate was written: it must give the text and offset map of the plain passes
 * (fold every unit, then leet over the whole text, then collapse from the start).
 */
import fc from 'fast-check';
import { foldChar, isLetterCode, LEET, LEET_START, normalize } from '../../../src/engine/text/normalize';
import { hostileString, SEED } from '../../reliability/arbitraries';

const LEET_CODE = new Map(Object.entries(LEET).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const START_CODE = new Set([...LEET_START].map((c) => c.charCodeAt(0)));
const isLeet = (c: number): boolean => LEET_CODE.has(c);

/** The plain passes, as the definition reads. */
function reference(text: string): { text: string; map: number[] } {
  const codes: number[] = [];
  const src: number[] = [];
  const put = (f: string, i: number): void => {
    for (let k = 0; k < f.length; k++) { codes.push(f.charCodeAt(k)); src.push(i); }
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const pair = text.slice(i, i + 2);
      const nf = pair.normalize('NFKD');
      if (nf !== pair && nf.length === 1) put(foldChar(nf), i);
      else { codes.push(c, text.charCodeAt(i + 1)); src.push(i, i + 1); }
      i += 2;
    } else {
      put(foldChar(text.charAt(i)), i);
      i++;
    }
  }
  // Leet: in each run of [letter | leet] units, inner leet units and (after two letters, not digits only unless
  // there is inner leet) opening ones.
  const n = codes.length;
  for (let p = 0; p < n; p++) {
    if (!isLeet(codes[p] as number)) continue;
    let k = p;
    while (k > 0 && (isLeet(codes[k - 1] as number) || isLetterCode(codes[k - 1] as number))) k--;
    let e = k;
    let first = -1;
    let last = -1;
    let letters = 0;
    let digitsOnly = true;
    for (; e < n; e++) {
      const d = codes[e] as number;
      if (isLetterCode(d)) { if (first < 0) first = e; last = e; letters++; continue; }
      if (isLeet(d)) { if (first < 0 && (d < 48 || d > 57)) digitsOnly = false; continue; }
      break;
    }
    for (let q = first + 1; first >= 0 && q < last; q++) if (isLeet(codes[q] as number)) digitsOnly = false;
    if (first >= 0 && letters < n) {
      for (let q = k; q < e; q++) {
        const d = codes[q] as number;
        if (!isLeet(d)) continue;
        const inner = q > first && q < last;
        const opening = q < first && letters >= 2 && START_CODE.has(d) && !digitsOnly;
        const closingS = q > last && d === 36;
        if (inner || opening || closingS) codes[q] = LEET_CODE.get(d) as number;
      }
    }
    p = e - 1;
  }
  // Collapse: a letter equal to the two units before it (as the compacting loop reads them) is dropped.
  let m = 0;
  for (let p = 0; p < n; p++) {
    const c = codes[p] as number;
    if (p >= 2 && c === codes[p - 1] && c === codes[p - 2] && isLetterCode(c)) continue;
    codes[m] = c;
    src[m++] = src[p] as number;
  }
  let out = '';
  for (let k = 0; k < m; k++) out += String.fromCharCode(codes[k] as number);
  return { text: out, map: [...src.slice(0, m), text.length] };
}

describe('normalize passes', () => {
  const piece = fc.constantFrom(
    'a', 'B', 'ooo', 'AAA', 'é', 'É', 'Œ', 'ß', '…', 'ﬁ', '\u200b', '\uFE0F', '0', '1', '3', '@', '$', '!', '|', '€', '48h', 'c0nnard', '1d10t',
    'sh!t', '@ss', 'id10t', '0oo', 'l00l', ' ', '.', '\n', '😀', '𝐟', '\ud83d', '\ude00', 'ｆ', 'İ', 'ǅ', 'ﷺ', 'ᴬ',
  );
  const text = fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), hostileString);

  it('gives the text and offsets of the plain passes (fast-check, seeded)', () => {
    fc.assert(fc.property(text, (s) => {
      const n = normalize(s);
      const r = reference(s);
      expect(n.text).toBe(r.text);
      expect([...n.map]).toEqual(r.map);
      expect(String.fromCharCode(...n.codes)).toBe(n.text);
    }), { numRuns: 800, seed: SEED });
  });

  it('gives the same answer the second time a char is met (one-unit folds are cached)', () => {
    const s = 'Ça va très bien, MERCI à vous — ÉNORME 𝐟𝐮𝐜𝐤 ñ';
    expect(normalize(s)).toEqual(normalize(s));
    expect(normalize(s).text).toBe(reference(s).text);
  });
});
