/**
 * Text folding with an offset map back to the original string.
 *
 * Folding: NFKD + accent stripping (so fullwidth "ｆｕｃｋ" and "fück" fold to ascii),
 * lowercase, ligatures (œ, æ, ß), typographic apostrophes/quotes/dashes unified, zero-width
 * characters and variation selectors dropped, leetspeak in word context ("c0nnard",
 * "a$$hole", "sh!t", "id10ts") and letters repeated 3+ times collapsed to two
 * ("connnnard" -> "connard", "fuuuuck" -> "fuuck"; the matcher also compares the fully
 * squeezed form, so "fuuck" still meets "fuck" while real double letters survive).
 *
 * map[i] is the offset in the original of folded char i, and map[text.length] is the
 * original length: a folded range [a, b) maps back to [map[a], map[b - 1] + 1).
 * Everything is one left-to-right pass (plus one for leet/collapse): linear time.
 */
import { codesToString, identityMap } from './code-buffer';

export interface Normalized {
  text: string;
  map: Int32Array;
  /**
   * The UTF-16 units of text, for scans (reading a typed array is cheaper than charCodeAt).
   * A view of normalize's reused buffer: valid until the next normalize() call.
   */
  codes: Uint16Array;
}

const SPECIAL: Record<string, string> = {
  'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ı': 'i',
  '\u2019': "'", '\u2018': "'", '\u201B': "'", '\u02BC': "'", '\u00B4': "'", '`': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u202F': ' ', '\u2007': ' ', '\u2009': ' ', '\u3000': ' ',
  '\u2026': '...',
};
/** Characters removed outright (invisible obfuscation, emoji variation selectors). */
const DROP = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\uFE0F', '\uFE0E']);

export const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '€': 'e', '|': 'l',
};
/** Leet characters that may also open a word ("@sshole", "$hit"); "!" and "|" only inside one. */
export const LEET_START = new Set(['0', '1', '3', '4', '5', '7', '@', '$', '€']);

const foldCache = new Map<string, string>();
const MARK = /\p{M}/gu;
const LETTER = /\p{L}/u;

/** The fold of one char (or one astral pair's NFKD form): specials, drops, NFKD without marks, lower case. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  const sp = SPECIAL[ch];
  if (sp !== undefined) out = sp;
  else if (DROP.has(ch)) out = '';
  else {
    out = ch.normalize('NFKD').replace(MARK, '').toLowerCase();
    // NFKD may itself produce specials (e.g. fullwidth apostrophe) : fold them once more.
    let again = '';
    for (const c of out) again += SPECIAL[c] ?? (DROP.has(c) ? '' : c);
    out = again;
  }
  if (foldCache.size < 5000) foldCache.set(ch, out);
  return out;
}

/** True for a folded letter (ascii fast path, then any Unicode letter). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return LETTER.test(ch);
}

const BUF = { codes: new Uint16Array(1024), src: new Int32Array(1024) };
/** BMP lookup tables: leet replacement code (0 = none) and letter class (0 unknown, 1 letter, 2 not). */
const LEET_TABLE = new Uint16Array(65536);
for (const [k, v] of Object.entries(LEET)) LEET_TABLE[k.charCodeAt(0)] = v.charCodeAt(0);
const LEET_START_CODE = new Set([...LEET_START].map((c) => c.charCodeAt(0)));
const LETTER_CLASS = new Uint8Array(65536);
/**
 * The fold of a BMP unit that folds to one unit (not a surrogate): filled on first
 * sight, so an accented letter is one table read instead of a one-char string and a
 * Map lookup; 0: not known yet, or folds otherwise (foldChar then).
 */
const FOLD_ONE = new Uint16Array(65536);

/** isLetter on one UTF-16 unit (lone surrogates are not letters), with a lookup table. */
export function isLetterCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let k = LETTER_CLASS[c] as number;
  if (k === 0) k = letterClass(c);
  // A comparison, so callers' loops see a plain boolean (a call's result would need a generic truth test).
  return k === 1;
}

/** LETTER_CLASS of c, computed and stored on first sight. */
function letterClass(c: number): number {
  const k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  LETTER_CLASS[c] = k;
  return k;
}

/** Enlarge the reused buffers to hold at least `size` units, keeping their content. */
function grow(size: number): typeof BUF {
  const bigger = Math.max(BUF.codes.length * 2, size);
  const codes = new Uint16Array(bigger); codes.set(BUF.codes);
  const src = new Int32Array(bigger); src.set(BUF.src);
  BUF.codes = codes;
  BUF.src = src;
  return BUF;
}

/** Write folded char(s) f of original offset i at codes[n...]; true when one is a surrogate (e.g. a lone one kept as is). */
function writeFolded(f: string, i: number, codes: Uint16Array, src: Int32Array, n: number): boolean {
  let surrogate = false;
  for (let k = 0; k < f.length; k++) {
    const u = f.charCodeAt(k);
    if (u >= 0xd800 && u <= 0xdfff) surrogate = true;
    codes[n + k] = u;
    src[n + k] = i;
  }
  return surrogate;
}

function inWordRun(c: number): boolean {
  return LEET_TABLE[c] !== 0 || isLetterCode(c);
}

/**
 * Leet in the run of [letter | leet] starting at k: digits and symbols inside a word
 * ("c0nnard", "sh!t") or opening one ("@sshole", "$hit") become letters. Returns the
 * run's end, negated (-end) when a unit changed.
 */
function leetRun(codes: Uint16Array, k: number, n: number): number {
  let e = k;
  let first = -1;
  let last = -1;
  let letters = 0;
  let digitsOnly = true;
  let leetInWord = -1;
  while (e < n) {
    const d = codes[e] as number;
    if (isLetterCode(d)) { if (first < 0) first = e; last = e; letters++; e++; continue; }
    if (LEET_TABLE[d] !== 0) {
      if (first < 0) { if (d < 48 || d > 57) digitsOnly = false; } else if (leetInWord < 0) leetInWord = e;
      e++;
      continue;
    }
    break;
  }
  // Digits opening a word that also holds leet between its letters are leet too ("1d10t").
  if (leetInWord >= 0 && leetInWord < last) digitsOnly = false;
  let changed = false;
  if (first >= 0 && (letters < n)) {
    for (let p = k; p < e; p++) {
      const d = codes[p] as number;
      const to = LEET_TABLE[d] as number;
      if (to === 0) continue;
      const inner = p > first && p < last;
      // A word opened by digits only is a number with a unit ("1er", "48h"), not leet,
      // unless leet stands between its letters too.
      const opening = p < first && letters >= 2 && LEET_START_CODE.has(d) && !digitsOnly;
      // "$" closing a word is an s ("a$$", "b0lo$$"); "!" or a digit there is punctuation or a number.
      const closingS = p > last && d === 36;
      if (inner || opening || closingS) { codes[p] = to; changed = true; }
    }
  }
  return changed ? -e : e;
}

/** Index of the first letter that is the third of three equal units in a row, or -1. */
function firstTriple(codes: Uint16Array, n: number): number {
  for (let p = 2; p < n; p++) {
    const c = codes[p] as number;
    if (c === codes[p - 1] && c === codes[p - 2] && isLetterCode(c)) return p;
  }
  return -1;
}

/**
 * What pass 1 noted, so the later passes only visit what they may change (most texts
 * hold no leet and no triple letter, and those passes were two more reads of every
 * unit): leet units (positions in leetAt), the first triple letter. Also the loop state
 * the slow path (one char that is not a known one-unit fold) reads and updates. One
 * object for all calls: normalize is not re-entered.
 */
const FOLD = { i: 0, n: 0, ascii: true, moved: false, lone: false, tripleAt: -1, leets: 0, p1: -1, p2: -1 };
let leetAt = new Int32Array(64);

function noteLeet(n: number, count: number): void {
  if (count === leetAt.length) { const bigger = new Int32Array(count * 2); bigger.set(leetAt); leetAt = bigger; }
  leetAt[count] = n;
}

/**
 * Pass 1: per code point folding into BUF.codes (and BUF.src once a unit moved; before,
 * unit n is at offset n), noting leet units and the first triple letter: runs of ascii
 * chars and known one-unit folds (foldRun), each other char on its own (foldSlow).
 */
function foldPass(text: string): void {
  const len = text.length;
  if (BUF.codes.length < len + 16) { BUF.codes = new Uint16Array(len * 2 + 16); BUF.src = new Int32Array(len * 2 + 16); }
  FOLD.i = 0; FOLD.n = 0; FOLD.ascii = true; FOLD.moved = false; FOLD.lone = false;
  FOLD.tripleAt = -1; FOLD.leets = 0; FOLD.p1 = -1; FOLD.p2 = -1;
  while (FOLD.i < len) {
    foldRun(text);
    if (FOLD.i < len) foldSlow(text);
  }
}

/**
 * The run of pass 1 from FOLD.i of ascii chars and known one-unit folds, up to the end
 * or another char. Small, with its state in locals, so the loop stays in registers.
 */
function foldRun(text: string): void {
  const len = text.length;
  const codes = BUF.codes;
  const src = BUF.src;
  let i = FOLD.i;
  let n = FOLD.n;
  const moved = FOLD.moved === true;
  let ascii = FOLD.ascii === true;
  let tripleAt = FOLD.tripleAt;
  let leets = FOLD.leets;
  let p1 = FOLD.p1;
  let p2 = FOLD.p2;
  for (; i < len; i++, n++) {
    const c = text.charCodeAt(i);
    let l = c;
    if (c < 128) { if (c >= 65 && c <= 90) l = c + 32; }
    else {
      l = FOLD_ONE[c] as number;
      if (l === 0) break;
      ascii = false;
    }
    codes[n] = l;
    if (moved) src[n] = i;
    if (l === p1) { if (l === p2 && tripleAt < 0 && isLetterCode(l)) tripleAt = n; }
    else if ((l < 97 || l > 123) && LEET_TABLE[l] !== 0) noteLeet(n, leets++);
    p2 = p1;
    p1 = l;
  }
  FOLD.i = i; FOLD.n = n; FOLD.ascii = ascii; FOLD.tripleAt = tripleAt; FOLD.leets = leets; FOLD.p1 = p1; FOLD.p2 = p2;
}

/** One char of pass 1 at FOLD.i that is not ascii nor a known one-unit fold (astral, several units, dropped, first sight). */
function foldSlow(text: string): void {
  const len = text.length;
  const i = FOLD.i;
  const from = FOLD.n;
  const c = text.charCodeAt(i);
  let n = from;
  FOLD.ascii = false;
  let codes = BUF.codes;
  let src = BUF.src;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
    // Astral char (emoji, math alphanumerics): fold letters, keep emoji as two units.
    const pair = text.slice(i, i + 2);
    const nf = pair.normalize('NFKD');
    if (nf !== pair && nf.length === 1) {
      const f = foldChar(nf);
      if (!FOLD.moved) { fillIdentity(src, n); FOLD.moved = true; }
      if (n + f.length + len - i > codes.length) ({ codes, src } = grow(n + f.length + len - i)); // room for the rest at one unit a char
      if (writeFolded(f, i, codes, src, n)) FOLD.lone = true;
      n += f.length;
    } else {
      if (n + 2 > codes.length) ({ codes, src } = grow(n + 2));
      const low = text.charCodeAt(i + 1);
      codes[n] = c; src[n] = i; n++;
      codes[n] = low; src[n] = i + 1; n++;
      if (low < 0xdc00 || low > 0xdfff) FOLD.lone = true;
    }
    FOLD.i = i + 2;
  } else {
    const f = foldChar(text.charAt(i));
    if (f.length === 1 && (c < 0xd800 || c > 0xdfff)) FOLD_ONE[c] = f.charCodeAt(0);
    if (f.length !== 1 && !FOLD.moved) { fillIdentity(src, n); FOLD.moved = true; }
    if (n + f.length + len - i > codes.length) ({ codes, src } = grow(n + f.length + len - i)); // room for the rest at one unit a char
    if (writeFolded(f, i, codes, src, n)) FOLD.lone = true;
    n += f.length;
    FOLD.i = i + 1;
  }
  for (let k = from; k < n; k++) {
    const u = codes[k] as number;
    if (LEET_TABLE[u] !== 0) noteLeet(k, FOLD.leets++);
    if (FOLD.tripleAt < 0 && u === FOLD.p1 && u === FOLD.p2 && isLetterCode(u)) FOLD.tripleAt = k;
    FOLD.p2 = FOLD.p1;
    FOLD.p1 = u;
  }
  FOLD.n = n;
}

/** Pass 2: leet in word context, over the runs of [letter | leet] that hold a noted leet unit; true when a unit changed. */
function leetPass(codes: Uint16Array, n: number, leets: number): boolean {
  let leet = false;
  let done = 0; // units before it belong to runs already read
  for (let q = 0; q < leets; q++) {
    const p = leetAt[q] as number;
    if (p < done) continue;
    let k = p;
    while (k > 0 && inWordRun(codes[k - 1] as number)) k--;
    const end = leetRun(codes, k, n);
    if (end < 0) { leet = true; done = -end; } else done = end;
  }
  return leet;
}

export function normalize(text: string): Normalized {
  const len = text.length;
  foldPass(text);
  const { n, moved, ascii, tripleAt, leets } = FOLD;
  const codes = BUF.codes;
  const src = BUF.src;
  const leet = leets > 0 && leetPass(codes, n, leets);
  // Pass 3: collapse a letter repeated 3+ times to two (offsets compacted in place in src),
  // from the first such letter on (before it every unit stays in place). Leet letters may
  // have made new triples: then they are looked for again.
  const t3 = leet ? firstTriple(codes, n) : tripleAt;
  let m = n;
  if (t3 >= 0) {
    if (!moved) fillIdentity(src, n);
    m = t3;
    for (let p = m; p < n; p++) {
      const c = codes[p] as number;
      if (p >= 2 && c === codes[p - 1] && c === codes[p - 2] && isLetterCode(c)) continue;
      codes[m] = c;
      src[m++] = src[p] as number;
    }
  }
  // The decoder reads pairs right and only replaces lone surrogates (collapse and leet never touch surrogates).
  const str = ascii && !leet && m === n ? text.toLowerCase() : codesToString(codes, m, FOLD.lone);
  const folded = codes.subarray(0, m);
  if (!moved && m === n) return { text: str, map: identityMap(len), codes: folded };
  const map = new Int32Array(m + 1);
  map.set(src.subarray(0, m));
  map[m] = len;
  return { text: str, map, codes: folded };
}

/** src[0, n) = 0 .. n - 1: the offsets of units written while nothing moved (src was not written then). */
function fillIdentity(src: Int32Array, n: number): void {
  src.set(identityMap(n).subarray(0, n));
}

/** Map a folded range [a, b) back to the original [start, end). */
export function toOriginal(n: Normalized, a: number, b: number, original?: string): { start: number; end: number } {
  const start = n.map[a] ?? 0;
  const last = n.map[b - 1];
  let end = b > a && last !== undefined ? last + 1 : start;
  // An astral char (emoji) is two UTF-16 units in the original: never cut it in half.
  if (original !== undefined && end > start) {
    const c = original.charCodeAt(end - 1);
    const next = original.charCodeAt(end); // NaN past the end: a lone high surrogate stays alone
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end++;
  }
  return { start, end };
}

/** Remove every double letter ("connard" -> "conard"): the loose key for lexicon lookups. */
export function squeeze(word: string): string {
  // Most words have no double: returned as is, without building a copy. Surrogates (an
  // astral double is two pairs, no equal neighbour units) take the general path.
  let plain = true;
  for (let i = 0; i < word.length && plain; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || (i > 0 && c === word.charCodeAt(i - 1))) plain = false;
  }
  if (plain) return word;
  let out = '';
  let prev = '';
  for (const c of word) {
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

/** Fold a lexicon term the same way as text. */
export function fold(text: string): string {
  return normalize(text).text;
}
