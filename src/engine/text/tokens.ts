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
import { HASH_START, hashUnit, KEY_WORDS } from './word-ids';
import { typedString } from './typed-string';

export type TokenKind = 'word' | 'emoji';

export interface Token {
  /** Folded form ("connard"). */
  norm: string;
  /** Fully squeezed form when it differs from norm ("fuuck" -> "fuck"), else null. */
  readonly sq: string | null;
  /**
   * Id of norm among the phrase matchers' key words (KEY_WORDS in word-ids.ts), read by
   * the scan: positive, or -size when absent then (WordIds.current tells whether that
   * still holds); 0 when never read. The matcher reads it again when it no longer holds.
   */
  id: number;
  /** The same for sq, 0 when sq is null. */
  sqId: number;
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

/**
 * A token as the tokeniser makes it. The squeezed form is only read on the matcher's slow
 * path (ids read again) and by tests, so it is built when read, from norm: sqId != 0
 * marks the words that have one.
 */
class TextToken implements Token {
  // Declared only: the constructor assigns each once (a field declaration would first define it as undefined).
  declare norm: string;
  declare id: number;
  declare sqId: number;
  declare star: boolean;
  declare kind: TokenKind;
  declare start: number;
  declare end: number;
  declare brk: 0 | 1 | 2;
  declare quoted: boolean;
  declare cap: boolean;

  constructor(norm: string, id: number, sqId: number, star: boolean, kind: TokenKind, start: number, end: number, brk: 0 | 1 | 2, quoted: boolean, cap: boolean) {
    this.norm = norm;
    this.id = id;
    this.sqId = sqId;
    this.star = star;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.brk = brk;
    this.quoted = quoted;
    this.cap = cap;
  }

  get sq(): string | null {
    return this.sqId === 0 ? null : squeeze(this.norm);
  }
}

/** A folded word character: ascii letter or digit, or any Unicode letter. */
function isWordCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return c >= 48 && c <= 57;
  // "=== true": the (rare, so not inlined) call's result is then a plain boolean to the
  // loops that test it, not a value needing a generic truth test on every unit.
  return isLetterCode(c) === true;
}

/** Word character at index i of the units (false outside them). */
function wordAt(c: Uint16Array, i: number): boolean {
  return i >= 0 && i < c.length && isWordCode(c[i] as number);
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

/** The one-unit separators of spelled-out words ("c o n", "c.o.n", "c_o_n", "c-o-n"). */
function isGlueSep(c: number): boolean {
  return c === 32 || c === 46 || c === 95 || c === HYPHEN;
}

function isEmojiUnit(code: number): boolean {
  // High surrogate (astral emoji) or common BMP symbol blocks (☕ ❤ ✨ ☺ ...).
  return (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
}

/** Flags of a scanned word (scanWord). */
const STARRED = 1;
const DOUBLED = 2;

/** The KEY_WORDS hashes of the last word scanWord read and of its squeezed form, and that form's length. */
let scanHash = HASH_START;
let scanSqHash = HASH_START;
let scanSqLength = 0;

/**
 * The word starting at unit i: its end j and flags, as j * 8 + flags (and its hashes in
 * scanHash, scanSqHash). A word is a run of word units; a "*" next to a word unit (or to
 * another "*") belongs to it. Words of [a-z0-9] only are read by a loop without calls
 * (so its state stays in registers); a word with any other unit is read again by
 * scanAnyWord.
 */
function scanWord(c: Uint16Array, i: number): number {
  const len = c.length;
  let j = i;
  let prev = -1;
  let flags = 0;
  let h = HASH_START;
  let sq = HASH_START;
  let sqLength = 0;
  while (j < len) {
    const d = c[j] as number;
    if (d >= 97 ? d > 122 : d < 48 || d > 57) break;
    if (d === prev) flags = DOUBLED; else { sq = hashUnit(sq, d); sqLength++; }
    h = hashUnit(h, d);
    prev = d;
    j++;
  }
  if (j < len) {
    const d = c[j] as number;
    if (d >= 128 || d === STAR) return scanAnyWord(c, i);
  }
  scanHash = h;
  scanSqHash = sq;
  scanSqLength = sqLength;
  return j * 8 + flags;
}

/** scanWord for a word that may hold units outside [a-z0-9] (letters of other scripts, "*"). */
function scanAnyWord(c: Uint16Array, i: number): number {
  const len = c.length;
  let j = i;
  let prev = -1;
  let flags = 0;
  let h = HASH_START;
  let sq = HASH_START;
  let sqLength = 0;
  while (j < len) {
    const d = c[j] as number;
    if (isWordCode(d)) {
      if (d === prev) flags |= DOUBLED; else { sq = hashUnit(sq, d); sqLength++; }
      h = hashUnit(h, d);
      prev = d;
      j++;
      continue;
    }
    if (d === STAR && (wordAt(c, j + 1) || wordAt(c, j - 1) || (j + 1 < len && c[j + 1] === STAR))) { flags |= d === prev ? STARRED | DOUBLED : STARRED; h = hashUnit(h, d); prev = d; j++; continue; }
    break;
  }
  scanHash = h;
  scanSqHash = sq;
  scanSqLength = sqLength;
  return j * 8 + flags;
}

/**
 * The token of folded range [a, b), with original offsets (and capital) when the original
 * is known (`original`: typedString'd, '' when unknown). `flags` of a word as scanWord
 * gives them; `hash`: the KEY_WORDS hash of the range's units.
 */
function makeToken(n: Normalized, original: string, hasOriginal: boolean, a: number, b: number, kind: TokenKind, brk: 0 | 1 | 2, quoted: boolean, flags: number, hash: number): Token {
  const start = n.map[a] as number;
  let end = (n.map[b - 1] as number) + 1;
  let cap = false;
  if (hasOriginal) {
    // An astral char (emoji) is two UTF-16 units in the original: never cut it in half
    // (a lone high surrogate stays alone). Reads stay inside the string.
    const c = original.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff && end < original.length) {
      const next = original.charCodeAt(end);
      if (next >= 0xdc00 && next <= 0xdfff) end++;
    }
    const fc = original.charCodeAt(start);
    cap = (fc >= 65 && fc <= 90) || (fc > 127 && original.charAt(start) !== original.charAt(start).toLowerCase());
  }
  const codes = n.codes;
  const id = KEY_WORDS.idOfHash(hash, codes, a, b);
  // A key word's text is the stored string: no copy.
  const text = id > 0 ? KEY_WORDS.wordOf(id) : n.text.slice(a, b);
  const star = (flags & STARRED) !== 0;
  const sqId = kind === 'word' && !star && (flags & DOUBLED) !== 0 ? KEY_WORDS.idOfSqueezed(scanSqHash, scanSqLength, codes, a, b) : 0;
  return new TextToken(text, id, sqId, star, kind, start, end, brk, quoted, cap);
}

/** The KEY_WORDS hash of units [a, b). */
function hashOf(c: Uint16Array, a: number, b: number): number {
  let h = HASH_START;
  for (let k = a; k < b; k++) h = hashUnit(h, c[k] as number);
  return h;
}

/** Folded [a, b) of each token of the last call, for gluing spaced letters (reused: the tokeniser is not re-entered). */
let foldedA = new Int32Array(1024);
let foldedB = new Int32Array(1024);

function growFolded(size: number): void {
  const a = new Int32Array(size * 2); a.set(foldedA); foldedA = a;
  const b = new Int32Array(size * 2); b.set(foldedB); foldedB = b;
}

/** Tokenise folded text. Offsets in the result are into the ORIGINAL string. */
export function tokenizeNormalized(n: Normalized, original?: string): Token[] {
  const c = n.codes;
  const len = c.length;
  const hasOriginal = original !== undefined;
  const orig = typedString(original ?? '');
  const out: Token[] = [];
  // Spelled-out words: the run of one-letter words each one separator after the last,
  // and whether some run is long enough to be glued (else joinSingles has nothing to do).
  let run = 0;
  let runEnd = -2;
  let glue = false;
  let brk: 0 | 1 | 2 = 2;
  let quoted = false;
  let i = 0;
  while (i < len) {
    const code = c[i] as number;
    if (isWordCode(code) || (code === STAR && (wordAt(c, i + 1) || wordAt(c, i - 1)))) {
      const scan = scanWord(c, i);
      const j = scan >> 3;
      if (j - i === 1 && isLetterCode(code)) {
        run = runEnd === i - 1 && isGlueSep(c[i - 1] as number) ? run + 1 : 1;
        runEnd = j;
        if (run >= 3) glue = true;
      } else run = 0;
      if (out.length >= foldedA.length) growFolded(out.length);
      foldedA[out.length] = i;
      foldedB[out.length] = j;
      out.push(makeToken(n, orig, hasOriginal, i, j, 'word', brk, quoted, scan & 7, scanHash));
      brk = 0;
      i = j;
      continue;
    }
    if (isEmojiUnit(code)) {
      const w = code >= 0xd800 && code <= 0xdbff && i + 1 < len ? 2 : 1; // a lone high surrogate at the end is one unit
      run = 0;
      if (out.length >= foldedA.length) growFolded(out.length);
      foldedA[out.length] = i;
      foldedB[out.length] = i + w;
      out.push(makeToken(n, orig, hasOriginal, i, i + w, 'emoji', brk, quoted, 0, hashOf(c, i, i + w)));
      brk = 0;
      i += w;
      continue;
    }
    if (code === QUOTE) quoted = !quoted;
    else if (code === 0xab || code === 0x201c) quoted = true;
    else if (code === 0xbb || code === 0x201d) quoted = false;
    if (code === NEWLINE) quoted = false;
    const strength = code < BREAK_TABLE.length ? BREAK_TABLE[code] : 0;
    if (strength === 2) brk = 2;
    // A hyphen joining two words ("belle-mère", "casse-toi") is no clause break; " - " is.
    else if (code === HYPHEN && wordAt(c, i - 1) && wordAt(c, i + 1)) { /* word joiner */ }
    else if (strength === 1 && brk < 1) brk = 1;
    i++;
  }
  return glue ? joinSingles(c, out, foldedA, foldedB) : out;
}

function hasDouble(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1)) return true;
  return false;
}

function isSingleLetter(tk: Token, a: number, b: number): boolean {
  return tk.kind === 'word' && b - a === 1 && isLetter(tk.norm);
}

/** Glue "c.o.n.n.a.r.d" / "c o n n a r d" back into one word (linear: each token seen once). */
function joinSingles(c: Uint16Array, toks: Token[], fa: Int32Array, fb: Int32Array): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < toks.length) {
    const first = toks[i] as Token;
    const b0 = fb[i] as number;
    if (!isSingleLetter(first, fa[i] as number, b0)) { out.push(first); i++; continue; }
    const sep = b0 < c.length ? (c[b0] as number) : -1;
    if (!isGlueSep(sep)) { out.push(first); i++; continue; }
    let j = i + 1;
    while (j < toks.length) {
      const a = fa[j] as number;
      if (!isSingleLetter(toks[j] as Token, a, fb[j] as number)) break;
      const pb = fb[j - 1] as number;
      if (a !== pb + 1 || c[pb] !== sep) break;
      j++;
    }
    if (j - i >= (sep === 32 ? 4 : 3)) {
      let text = '';
      for (let k = i; k < j; k++) text += (toks[k] as Token).norm;
      const last = toks[j - 1] as Token;
      const sqId = hasDouble(text) ? KEY_WORDS.id(squeeze(text)) : 0;
      out.push(new TextToken(text, KEY_WORDS.id(text), sqId, false, 'word', first.start, last.end, first.brk, first.quoted, first.cap));
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
