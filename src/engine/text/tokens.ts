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
import { isLetter, normalize, squeeze, toOriginal, type Normalized } from './normalize';

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

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isLetter(c) || isDigit(c));
}

const CLAUSE = new Set([',', ':', '(', ')', '[', ']', '-', '/', '|', '…']);
const SENTENCE = new Set(['.', '!', '?', ';', '\n', '\r']);

function isEmojiUnit(code: number): boolean {
  // High surrogate (astral emoji) or common BMP symbol blocks (☕ ❤ ✨ ☺ ...).
  return (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
}

interface RawTok { a: number; b: number; text: string }

/** Tokenise folded text. Offsets in the result are into the ORIGINAL string. */
export function tokenizeNormalized(n: Normalized, original?: string): Token[] {
  const t = n.text;
  const raw: Array<RawTok & { kind: TokenKind; brk: 0 | 1 | 2; quoted: boolean }> = [];
  let brk: 0 | 1 | 2 = 2;
  let quoted = false;
  let i = 0;
  while (i < t.length) {
    const c = t.charAt(i);
    const code = c.charCodeAt(0);
    if (isWordChar(c) || (c === '*' && (isWordChar(t[i + 1]) || isWordChar(t[i - 1])))) {
      let j = i;
      while (j < t.length) {
        const d = t.charAt(j);
        if (isWordChar(d)) { j++; continue; }
        if (d === '*' && (isWordChar(t[j + 1]) || isWordChar(t[j - 1]) || t[j + 1] === '*')) { j++; continue; }
        break;
      }
      raw.push({ a: i, b: j, text: t.slice(i, j), kind: 'word', brk, quoted });
      brk = 0;
      i = j;
      continue;
    }
    if (isEmojiUnit(code)) {
      const w = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      raw.push({ a: i, b: i + w, text: t.slice(i, i + w), kind: 'emoji', brk, quoted });
      brk = 0;
      i += w;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === '\n') quoted = false;
    if (SENTENCE.has(c)) brk = 2;
    // A hyphen joining two words ("belle-mère", "casse-toi") is no clause break; " - " is.
    else if (c === '-' && isWordChar(t[i - 1]) && isWordChar(t[i + 1])) { /* word joiner */ }
    else if (CLAUSE.has(c) && brk < 1) brk = 1;
    i++;
  }
  const joined = joinSingles(t, raw);
  const out: Token[] = [];
  for (const r of joined) {
    const o = toOriginal(n, r.a, r.b, original);
    const star = r.text.includes('*');
    const sq = star ? null : squeeze(r.text);
    const first = original !== undefined ? original.charAt(o.start) : '';
    const cap = first !== first.toLowerCase();
    out.push({ norm: r.text, sq: sq !== null && sq !== r.text ? sq : null, star, kind: r.kind, start: o.start, end: o.end, brk: r.brk, quoted: r.quoted, cap });
  }
  return out;
}

/** Glue "c.o.n.n.a.r.d" / "c o n n a r d" back into one word (linear: each token seen once). */
function joinSingles<T extends RawTok & { kind: TokenKind; brk: 0 | 1 | 2; quoted: boolean }>(t: string, raw: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  while (i < raw.length) {
    const first = raw[i] as T;
    if (first.kind !== 'word' || first.b - first.a !== 1 || !isLetter(first.text)) { out.push(first); i++; continue; }
    const sep = t.charAt(first.b);
    if (sep !== ' ' && sep !== '.' && sep !== '_' && sep !== '-') { out.push(first); i++; continue; }
    let j = i + 1;
    while (j < raw.length) {
      const prev = raw[j - 1] as T;
      const cur = raw[j] as T;
      if (cur.kind !== 'word' || cur.b - cur.a !== 1 || !isLetter(cur.text)) break;
      if (cur.a !== prev.b + 1 || t.charAt(prev.b) !== sep) break;
      j++;
    }
    const count = j - i;
    if (count >= (sep === ' ' ? 4 : 3)) {
      let text = '';
      for (let k = i; k < j; k++) text += (raw[k] as T).text;
      out.push({ ...first, b: (raw[j - 1] as T).b, text });
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

/** Fold and tokenise a lexicon phrase into its token keys. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((tk) => tk.norm);
}
