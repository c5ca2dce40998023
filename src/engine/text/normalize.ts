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
export interface Normalized {
  text: string;
  map: Int32Array;
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
const LEET_START = new Set(['0', '1', '3', '4', '5', '7', '@', '$', '€']);

const foldCache = new Map<string, string>();
const MARK = /\p{M}/gu;
const LETTER = /\p{L}/u;

function foldChar(ch: string): string {
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

export function normalize(text: string): Normalized {
  // Pass 1: per code point folding.
  const chars: string[] = [];
  const src: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const ch = len === 2 ? text.slice(i, i + 2) : text.charAt(i);
    const f = len === 2 ? ch : foldChar(ch);
    if (len === 2) {
      // Astral chars (emoji, math alphanumerics): fold letters, keep emoji as one unit.
      const n = ch.normalize('NFKD');
      if (n !== ch && n.length === 1) {
        chars.push(foldChar(n)); src.push(i);
      } else {
        chars.push(ch.charAt(0), ch.charAt(1)); src.push(i, i + 1);
      }
    } else {
      for (const c of f) { chars.push(c); src.push(i); }
    }
    i += len;
  }
  // Pass 2: leet in word context. Runs of [letter | leet] are examined once each.
  const n = chars.length;
  let k = 0;
  while (k < n) {
    const c = chars[k] as string;
    if (!isLetter(c) && LEET[c] === undefined) { k++; continue; }
    let e = k;
    let first = -1;
    let last = -1;
    let letters = 0;
    while (e < n) {
      const d = chars[e] as string;
      if (isLetter(d)) { if (first < 0) first = e; last = e; letters++; e++; continue; }
      if (LEET[d] !== undefined) { e++; continue; }
      break;
    }
    if (first >= 0) {
      for (let p = k; p < e; p++) {
        const d = chars[p] as string;
        const to = LEET[d];
        if (to === undefined || isLetter(d)) continue;
        const inner = p > first && p < last;
        const opening = p < first && letters >= 2 && LEET_START.has(d) && !allDigits(chars, k, first);
        if (inner || opening) chars[p] = to;
      }
    }
    k = e;
  }
  // Pass 3: collapse a letter repeated 3+ times to two.
  let out = '';
  const map = new Int32Array(n + 1);
  let m = 0;
  for (let p = 0; p < n; p++) {
    const c = chars[p] as string;
    if (p >= 2 && c === chars[p - 1] && c === chars[p - 2] && isLetter(c)) continue;
    out += c;
    map[m++] = src[p] as number;
  }
  map[m] = text.length;
  return { text: out, map: m === n ? map : map.slice(0, m + 1) };
}

/** "1er", "3eme", "48h": a word opened by digits only is a number with a unit, not leet. */
function allDigits(chars: string[], from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = chars[p] as string;
    if (c < '0' || c > '9') return false;
  }
  return true;
}

/** Map a folded range [a, b) back to the original [start, end). */
export function toOriginal(n: Normalized, a: number, b: number, original?: string): { start: number; end: number } {
  const start = n.map[a] ?? 0;
  const last = n.map[b - 1];
  let end = b > a && last !== undefined ? last + 1 : start;
  // An astral char (emoji) is two UTF-16 units in the original: never cut it in half.
  if (original !== undefined && end > start) {
    const c = original.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end++;
  }
  return { start, end };
}

/** Remove every double letter ("connard" -> "conard"): the loose key for lexicon lookups. */
export function squeeze(word: string): string {
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
