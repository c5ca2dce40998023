/**
 * Word tokenisation over folded text, with original offsets.
 *
 * - A word is a maximal run of letters/digits (after folding); "*" inside or at the edge
 *   of a word is kept as a one-character wildcard ("f*ck", "p*te", "c**").
 * - Apostrophes and hyphens split words: "t'es" -> "t" "es", "casse-toi" -> "casse" "toi".
 *   Lexicon phrases are tokenised the same way, so they still match.
 * - Runs of single letters joined by one separator are glued back into one word:
 *   dotted/underscored/dashed runs of 3+ ("s.a.l.o.p.e", "i.d.i.o.t") and spaced runs
 *   of 4+ ("c o n n a r d", "f u c k"); 3 spaced letters stay apart ("il y a à").
 * - Emoji are tokens of their own (kind "emoji") so rules can read 😘 or 🤡.
 * - Each token records the strength of the break before it (0 none, 1 clause: comma,
 *   colon, brackets, dash; 2 sentence: . ! ? ; newline) and whether it sits inside
 *   double quotes on its line (reported words).
 * Never substrings: "connaissance" is one token and only matches the entry "connaissance".
 */
import { isLetter, isLetterCode, normalize, squeeze, type Normalized } from './normalize';

export type TokenKind = 'word' | 'emoji';

export interface Token {
  /** Folded form ("connard"). */
  norm: string;
  /** Fully squeezed form when it differs from norm ("fuuck" -> "fuck"), else null. */
  sq: string | null;
  /** True when the word carries a "*" wildcard. */
  star: boolean;
  kind: TokenKind;
  /** Original offsets (half-open). */
  start: number;
  end: number;
  /** Break before this token: 0 none, 1 clause, 2 sentence. */
  brk: 0 | 1 | 2;
  /** Inside double quotes on the current line. */
  quoted: boolean;
  /** The original word starts with an upper-case letter. */
  cap: boolean;
}

/** A folded word character: ascii letter or digit, or any Unicode letter. */
function isWordCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return c >= 48 && c <= 57;
  return isLetterCode(c);
}

/** Word character at index i of t (false outside the text). */
function wordAt(t: string, i: number): boolean {
  return i >= 0 && i < t.length && isWordCode(t.charCodeAt(i));
}

const STAR = 42;
const QUOTE = 34;
const NEWLINE = 10;
const HYPHEN = 45;
/** Break strength of a punctuation character: 2 sentence (. ! ? ; new line), 1 clause (, : brackets - / | …), 0 none. */
const BREAK = new Map<number, 1 | 2>([
  ...[',', ':', '(', ')', '[', ']', '-', '/', '|', '…'].map((c) => [c.charCodeAt(0), 1] as [number, 1]),
  ...['.', '!', '?', ';', '\n', '\r'].map((c) => [c.charCodeAt(0), 2] as [number, 2]),
]);

/** BREAK as a table by char code (0: no break). */
const BREAK_TABLE = new Uint8Array(Math.max(...BREAK.keys()) + 1);
for (const [c, s] of BREAK) BREAK_TABLE[c] = s;

function isEmojiUnit(code: number): boolean {
  // High surrogate (astral emoji) or common BMP symbol blocks (☕ ❤ ✨ ☺ ...).
  return (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
}

/**
 * The token of folded range [a, b), with original offsets (and capital) when the original
 * is known. For a word, `star`: it holds a "*"; `double`: two equal units in a row (both
 * noted by the scan that found the word).
 */
function makeToken(n: Normalized, original: string | undefined, a: number, b: number, kind: TokenKind, brk: 0 | 1 | 2, quoted: boolean, star = false, double = false): Token {
  const text = n.text.slice(a, b);
  const start = n.map[a] as number;
  let end = (n.map[b - 1] as number) + 1;
  let cap = false;
  if (original !== undefined) {
    // An astral char (emoji) is two UTF-16 units in the original: never cut it in half.
    const c = original.charCodeAt(end - 1);
    const next = original.charCodeAt(end); // NaN past the end: a lone high surrogate stays alone
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end++;
    const fc = original.charCodeAt(start);
    cap = (fc >= 65 && fc <= 90) || (fc > 127 && original.charAt(start) !== original.charAt(start).toLowerCase());
  }
  const sq = kind === 'word' && !star && double ? squeeze(text) : null;
  return { norm: text, sq, star, kind, start, end, brk, quoted, cap };
}

/** Tokenise folded text. Offsets in the result are into the ORIGINAL string. */
export function tokenizeNormalized(n: Normalized, original?: string): Token[] {
  const t = n.text;
  const len = t.length;
  const out: Token[] = [];
  // Folded [a, b) of each token, for gluing spaced letters.
  const fa: number[] = [];
  const fb: number[] = [];
  let singles = false;
  let brk: 0 | 1 | 2 = 2;
  let quoted = false;
  let i = 0;
  while (i < len) {
    const code = t.charCodeAt(i);
    if (isWordCode(code) || (code === STAR && (wordAt(t, i + 1) || wordAt(t, i - 1)))) {
      let j = i;
      let star = false;
      let double = false;
      let prev = -1;
      while (j < len) {
        const d = t.charCodeAt(j);
        if (isWordCode(d)) { if (d === prev) double = true; prev = d; j++; continue; }
        if (d === STAR && (wordAt(t, j + 1) || wordAt(t, j - 1) || t.charCodeAt(j + 1) === STAR)) { star = true; if (d === prev) double = true; prev = d; j++; continue; }
        break;
      }
      if (j - i === 1) singles = true;
      out.push(makeToken(n, original, i, j, 'word', brk, quoted, star, double));
      fa.push(i); fb.push(j);
      brk = 0;
      i = j;
      continue;
    }
    if (isEmojiUnit(code)) {
      const w = code >= 0xd800 && code <= 0xdbff && i + 1 < len ? 2 : 1; // a lone high surrogate at the end is one unit
      out.push(makeToken(n, original, i, i + w, 'emoji', brk, quoted));
      fa.push(i); fb.push(i + w);
      brk = 0;
      i += w;
      continue;
    }
    if (code === QUOTE) quoted = !quoted;
    if (code === NEWLINE) quoted = false;
    const strength = code < BREAK_TABLE.length ? BREAK_TABLE[code] : 0;
    if (strength === 2) brk = 2;
    // A hyphen joining two words ("belle-mère", "casse-toi") is no clause break; " - " is.
    else if (code === HYPHEN && wordAt(t, i - 1) && wordAt(t, i + 1)) { /* word joiner */ }
    else if (strength === 1 && brk < 1) brk = 1;
    i++;
  }
  return singles ? joinSingles(t, out, fa, fb) : out;
}

function hasDouble(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1)) return true;
  return false;
}

function isSingleLetter(tk: Token, a: number, b: number): boolean {
  return tk.kind === 'word' && b - a === 1 && isLetter(tk.norm);
}

/** Glue "c.o.n.n.a.r.d" / "c o n n a r d" back into one word (linear: each token seen once). */
function joinSingles(t: string, toks: Token[], fa: number[], fb: number[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < toks.length) {
    const first = toks[i] as Token;
    const b0 = fb[i] as number;
    if (!isSingleLetter(first, fa[i] as number, b0)) { out.push(first); i++; continue; }
    const sep = t.charAt(b0);
    if (sep !== ' ' && sep !== '.' && sep !== '_' && sep !== '-') { out.push(first); i++; continue; }
    let j = i + 1;
    while (j < toks.length) {
      const a = fa[j] as number;
      if (!isSingleLetter(toks[j] as Token, a, fb[j] as number)) break;
      const pb = fb[j - 1] as number;
      if (a !== pb + 1 || t.charAt(pb) !== sep) break;
      j++;
    }
    if (j - i >= (sep === ' ' ? 4 : 3)) {
      let text = '';
      for (let k = i; k < j; k++) text += (toks[k] as Token).norm;
      const last = toks[j - 1] as Token;
      out.push({ norm: text, sq: hasDouble(text) ? squeeze(text) : null, star: false, kind: 'word', start: first.start, end: last.end, brk: first.brk, quoted: first.quoted, cap: first.cap });
      i = j;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}

/** Convenience: normalise then tokenise a string. */
export function tokenize(text: string): Token[] {
  return tokenizeNormalized(normalize(text), text);
}

/**
 * Fold and tokenise a lexicon phrase into its token keys. Most terms are plain words
 * ([a-z] separated by single spaces, no triple letter, no run of three one-letter words):
 * for those, folding and tokenising change nothing but the split, so they are split
 * directly (tested against the full path on every lexicon term).
 */
export function phraseKeys(phrase: string): string[] {
  return plainKeys(phrase) ?? phraseKeysFull(phrase);
}

/** phraseKeys by the full normalise + tokenise path (the reference). */
export function phraseKeysFull(phrase: string): string[] {
  return tokenize(phrase).map((tk) => tk.norm);
}

/** The split of a plain phrase, or null when the phrase needs the full path. */
export function plainKeys(phrase: string): string[] | null {
  return isPlainPhrase(phrase) ? phrase.split(' ') : null;
}

/** A plain phrase: [a-z] words, single spaces, no triple letter, no run of three one-letter words. */
export function isPlainPhrase(phrase: string): boolean {
  const n = phrase.length;
  if (n === 0) return false;
  let wordStart = 0;
  let singles = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? phrase.charCodeAt(i) : 32;
    if (c === 32) {
      const len = i - wordStart;
      if (len === 0) return false; // leading, trailing or double space
      singles = len === 1 ? singles + 1 : 0;
      if (singles >= 3) return false;
      wordStart = i + 1;
      continue;
    }
    if (c < 97 || c > 122) return false;
    if (i >= 2 && c === phrase.charCodeAt(i - 1) && c === phrase.charCodeAt(i - 2)) return false;
  }
  return true;
}
