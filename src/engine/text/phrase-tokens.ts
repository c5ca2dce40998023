/**
 * Word tokens for the phrase patterns (complaint signals, draft check): accent- and
 * case-folded words with original offsets and the punctuation before each. Simpler than
 * text/tokens.ts (no leetspeak, no emoji tokens): the patterns are about ordinary prose.
 *
 * One left-to-right pass over char codes; tables give each unit's class and fold
 * (unit-class.ts), so no regex runs per character, and a vocabulary lookup as the word is
 * read gives known words their id and string (vocabulary.ts).
 */
import { memoString } from './memo';
import { typedString } from './typed-string';
import { DIGIT, FOLD, FOLD_SPAN, GAP, HAS_LOWER, LETTER, NOT_UPPER, SECOND, WORD, foldWord, unitClass } from './unit-class';
import { FNV_OFFSET, hashEnd, hashStep } from './word-table';
import { VOCABULARY, missMark, storedWordId } from './vocabulary';

export interface Token {
  /** Folded form: lower case, no accents, ligatures expanded. */
  norm: string;
  start: number;
  end: number;
  /** Punctuation between the previous token and this one: 0 none, 1 comma, 2 clause (;:), 3 sentence (.!?, new line) or text start. */
  gap: 0 | 1 | 2 | 3;
  /** The original text of the token was all upper case (2+ letters). */
  caps: boolean;
  /**
   * What norm looks like (TOKEN_* bits; shapeOf), set once here so readers test a bit,
   * not the characters: a norm may be any of several string kinds (sliced, internalized,
   * two-byte...), and a method read on it in a hot loop goes megamorphic.
   */
  shape: number;
  /** The vocabulary id of norm as the text was read, or a miss mark: read it with tokenWordId. */
  id: number;
}

/** The vocabulary id of the token's word (text/vocabulary.ts), -1 when it has none. */
export function tokenWordId(t: Token): number {
  return storedWordId(t.id, t.norm);
}

/** Shape bit: norm holds a digit 0-9. */
export const TOKEN_DIGIT = 1;
/** Shape bit: norm is a short code, at most 4 characters of the form [a-z]?[0-9]*[a-z]? ("b", "v3", "12", "c8", "je"). */
export const TOKEN_CODE = 2;
/** Shape bit: norm starts with a digit 0-9 (a pattern's #num). */
export const TOKEN_NUM = 4;
/** Shape bit: norm is a year, 4 digits from 1950 to 2099 (a pattern's #year). */
export const TOKEN_YEAR = 8;

const isLowerCode = (c: number): boolean => c >= 97 && c <= 122;

/** /^[a-z]?\d*[a-z]?$/ over codes[0, length) (no regex). */
function codeShape(codes: ArrayLike<number>, length: number): boolean {
  let k = 0;
  if (k < length && isLowerCode(codes[k] as number)) k++;
  while (k < length && isDigitCode(codes[k] as number)) k++;
  if (k < length && isLowerCode(codes[k] as number)) k++;
  return k === length;
}

/** TOKEN_NUM and TOKEN_YEAR of the word codes[0, length). */
function numberShape(codes: ArrayLike<number>, length: number): number {
  if (length === 0 || !isDigitCode(codes[0] as number)) return 0;
  if (length !== 4) return TOKEN_NUM;
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const c = codes[k] as number;
    if (!isDigitCode(c)) return TOKEN_NUM;
    y = y * 10 + c - 48;
  }
  return y >= 1950 && y <= 2099 ? TOKEN_NUM | TOKEN_YEAR : TOKEN_NUM;
}

/** The shape bits of a folded word (the definition; tokenizeRange reads them from the folded units of its scan). */
export function shapeOf(norm: string): number {
  const s = typedString(norm); // see typedString
  let digit = 0;
  for (let k = 0; k < s.length; k++) if (isDigitCode(s.charCodeAt(k))) { digit = TOKEN_DIGIT; break; }
  if (s.length > 4) return isDigitCode(s.charCodeAt(0)) ? digit | TOKEN_NUM : digit;
  for (let k = 0; k < s.length; k++) SHORT[k] = s.charCodeAt(k);
  return (codeShape(SHORT, s.length) ? digit | TOKEN_CODE : digit) | numberShape(SHORT, s.length);
}
const SHORT = new Uint16Array(4);

/** The word being read, folded (tokenizeRange): longer words keep their first units only, and are looked up by string. */
const WORD_CODES = new Uint16Array(64);

function isAscii(text: string): boolean {
  const s = typedString(text); // see typedString
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

const foldUnicode = memoString(foldWord);

/** Lower case, strip diacritics, expand ligatures. Length may change: use on tokens only. */
export function fold(s: string): string {
  return isAscii(s) ? s.toLowerCase() : foldUnicode(s);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Split text[start, end) into word tokens, offsets into `text`; characters outside the
 * range are never looked at (the same tokens as tokenize(text.slice(start, end)),
 * shifted by start). Apostrophes and hyphens separate words ("n'y" -> n, y;
 * "calmez-vous" -> calmez, vous); a dot or comma between digits stays inside a number
 * ("3.2.1", "54,99").
 *
 * Each unit is read once, and its class and fold read from tables (unit-class.ts): a
 * word is folded, hashed, checked for capitals and digits as it is read. A word the
 * vocabulary holds takes the vocabulary's string as its norm (no slice, no case or accent
 * folding); only other words are sliced, and folded by string.
 */
export function tokenizeRange(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const word = WORD_CODES;
  let gap: Token['gap'] = 3;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    let k = unitClass(c);
    if ((k & WORD) === 0) {
      const g = (k & GAP) as Token['gap'];
      if (g === 3) gap = 3;
      else if (g > gap) gap = g;
      i++;
      continue;
    }
    const from = i;
    // Gathered on the way: class bits seen, letters, units above ASCII (any), units with
    // no unit fold (whole: folded by string), the folded units and their hash.
    let seen = 0;
    let letters = 0;
    let any = 0;
    let whole = false;
    let h = FNV_OFFSET;
    let n = 0;
    for (;;) {
      // c: a unit of the word, class k (0: a "." or "," inside a number).
      seen |= k;
      if ((k & LETTER) !== 0) letters++;
      any |= c;
      const f = c < FOLD_SPAN ? (FOLD[c] as number) : 0;
      if (f === 0) whole = true;
      else {
        h = hashStep(h, f);
        if (n < word.length) word[n] = f;
        n++;
        if (c >= 128) {
          const f2 = SECOND[c] as number;
          if (f2 !== 0) { h = hashStep(h, f2); if (n < word.length) word[n] = f2; n++; }
        }
      }
      const last = c;
      i++;
      if (i >= end) break;
      c = text.charCodeAt(i);
      k = unitClass(c);
      if ((k & WORD) !== 0) continue;
      if ((c === 46 || c === 44) && isDigitCode(last) && i + 1 < end && isDigitCode(text.charCodeAt(i + 1))) { k = 0; continue; }
      break;
    }
    // All caps: 2+ letters, none that upper case changes, one at least that lower case changes.
    const caps = letters >= 2 && (seen & NOT_UPPER) === 0 && (seen & HAS_LOWER) !== 0;
    let norm: string;
    let id = -1;
    let shape: number;
    if (!whole) {
      // word[0, n) is the fold of the word (when n fits).
      const slot = n <= word.length ? VOCABULARY.findCodes(word, n, hashEnd(h)) : -1;
      if (slot >= 0) { norm = VOCABULARY.keyAt(slot); id = VOCABULARY.valueAt(slot); } else {
        const raw = text.slice(from, i);
        norm = any < 128 ? ((seen & HAS_LOWER) !== 0 ? raw.toLowerCase() : raw) : foldUnicode(raw);
        if (n > word.length) id = VOCABULARY.get(norm);
      }
      shape = (seen & DIGIT) !== 0 ? TOKEN_DIGIT : 0;
      if (n <= 4 && codeShape(word, n)) shape |= TOKEN_CODE;
      if (shape & TOKEN_DIGIT) shape |= numberShape(word, n);
    } else {
      norm = foldUnicode(text.slice(from, i));
      id = VOCABULARY.get(norm);
      shape = shapeOf(norm);
    }
    // An indexed store, not push: push was left a builtin call here (about 200 instructions a token).
    tokens[tokens.length] = { norm, start: from, end: i, gap, caps, shape, id: id >= 0 ? id : missMark() };
    // The unit that ended the word (if any) is no word unit: its gap is the next token's.
    gap = 0;
    if (i < end) {
      gap = (k & GAP) as Token['gap'];
      i++;
    }
  }
  return tokens;
}

/** Split a whole text into word tokens (see tokenizeRange). */
export function tokenize(text: string): Token[] {
  return tokenizeRange(text, 0, text.length);
}
