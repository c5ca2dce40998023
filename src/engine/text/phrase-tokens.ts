/**
 * Word tokens for the phrase patterns (complaint signals, draft check): accent- and
 * case-folded words with original offsets and the punctuation before each. Simpler than
 * text/tokens.ts (no leetspeak, no emoji tokens): the patterns are about ordinary prose.
 *
 * One left-to-right pass over char codes; a lookup table caches the Unicode class of
 * non-ASCII units, so no regex runs per character or per ASCII token.
 */
import { memoString } from './memo';
import { typedString } from './typed-string';

export interface Token {
  /** Folded form: lower case, no accents, ligatures expanded. */
  norm: string;
  start: number;
  end: number;
  /** Punctuation between the previous token and this one: 0 none, 1 comma, 2 clause (;:), 3 sentence (.!?, new line) or text start. */
  gap: 0 | 1 | 2 | 3;
  /** The original text of the token was all upper case (2+ letters). */
  caps: boolean;
  /** What norm looks like (TOKEN_DIGIT, TOKEN_CODE bits; shapeOf), set once here so readers test a bit, not the characters. */
  shape: number;
}

/** Shape bit: norm holds a digit 0-9. */
export const TOKEN_DIGIT = 1;
/** Shape bit: norm is a short code, at most 4 characters of the form [a-z]?[0-9]*[a-z]? ("b", "v3", "12", "c8", "je"). */
export const TOKEN_CODE = 2;

const isLowerCode = (c: number): boolean => c >= 97 && c <= 122;

/** At most 4 characters, /^[a-z]?\d*[a-z]?$/ (no regex). */
function codeShape(s: string, length: number): boolean {
  if (length > 4) return false;
  let k = 0;
  if (k < length && isLowerCode(s.charCodeAt(k))) k++;
  while (k < length && isDigitCode(s.charCodeAt(k))) k++;
  if (k < length && isLowerCode(s.charCodeAt(k))) k++;
  return k === length;
}

/** The shape bits of a folded word (the definition; the ASCII path of tokenizeRange gets the digit bit from its scan). */
export function shapeOf(norm: string): number {
  const s = typedString(norm); // see typedString
  let shape = codeShape(s, s.length) ? TOKEN_CODE : 0;
  for (let k = 0; k < s.length; k++) if (isDigitCode(s.charCodeAt(k))) { shape |= TOKEN_DIGIT; break; }
  return shape;
}

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

function isAscii(text: string): boolean {
  const s = typedString(text); // see typedString
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

const COMBINING = /[\u0300-\u036f]/g;

const foldUnicode = memoString((s: string): string => {
  let out = '';
  for (const ch of s) out += LIGATURES[ch] ?? ch;
  return out.normalize('NFD').replace(COMBINING, '').toLowerCase();
});

/** Lower case, strip diacritics, expand ligatures. Length may change: use on tokens only. */
export function fold(s: string): string {
  return isAscii(s) ? s.toLowerCase() : foldUnicode(s);
}

/** Word class of each UTF-16 unit above ASCII: 0 not computed yet, 1 letter or number, 2 other. */
const WORD_CLASS = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}]/u;

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let k = WORD_CLASS[code] as number;
  if (k === 0) { k = WORD_RE.test(String.fromCharCode(code)) ? 1 : 2; WORD_CLASS[code] = k; }
  return k === 1;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Gap strength of a non-word character: 3 sentence (. ! ? new line …), 2 clause (; : — –), 1 comma, 0 other. */
function gapOf(code: number): 0 | 1 | 2 | 3 {
  switch (code) {
    case 46: case 33: case 63: case 10: case 0x2026: return 3;
    case 59: case 58: case 0x2014: case 0x2013: return 2;
    case 44: return 1;
    default: return 0;
  }
}

const NOT_LETTER = /\P{L}/gu;

const allCapsUnicode = memoString((raw: string): boolean => {
  const letters = raw.replace(NOT_LETTER, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
});

/** All upper case with 2+ letters ("TOUJOURS"); the general rule for non-ASCII words. */
function allCaps(text: string): boolean {
  const raw = typedString(text); // see typedString
  if (isAscii(raw)) {
    let letters = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
    }
    return letters >= 2;
  }
  return allCapsUnicode(raw);
}

/**
 * Split text[start, end) into word tokens, offsets into `text`; characters outside the
 * range are never looked at (the same tokens as tokenize(text.slice(start, end)),
 * shifted by start). Apostrophes and hyphens separate words ("n'y" -> n, y;
 * "calmez-vous" -> calmez, vous); a dot or comma between digits stays inside a number
 * ("3.2.1", "54,99").
 */
export function tokenizeRange(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  let gap: Token['gap'] = 3;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      const g = gapOf(c);
      if (g === 3) gap = 3;
      else if (g > gap) gap = g;
      i++;
      continue;
    }
    const from = i;
    // Facts for the ASCII fast path, gathered on the way: upper/lower case letters, non-ASCII units.
    let upper = 0;
    let lower = false;
    let ascii = true;
    let digit = 0;
    while (i < end) {
      const ch = text.charCodeAt(i);
      if (isWordCode(ch)) {
        if (ch >= 65 && ch <= 90) upper++;
        else if (ch >= 97) { if (ch <= 122) lower = true; else ascii = false; }
        else if (ch <= 57) digit = TOKEN_DIGIT;
        i++;
        continue;
      }
      if ((ch === 46 || ch === 44) && i > start && i + 1 < end && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) { i++; continue; }
      break;
    }
    const raw = text.slice(from, i);
    // ASCII: fold is toLowerCase (nothing to do without capitals), allCaps is "no lower case, 2+ capitals".
    if (ascii) {
      const norm = upper > 0 ? raw.toLowerCase() : raw;
      // A "." or "," kept inside a number is no digit: the digit bit is the scan's, only the code shape reads the word.
      tokens.push({ norm, start: from, end: i, gap, caps: !lower && upper >= 2, shape: codeShape(norm, i - from) ? digit | TOKEN_CODE : digit });
    } else {
      const norm = fold(raw);
      // An ASCII lower-case letter is never all caps (no upper-case mapping gives one back).
      tokens.push({ norm, start: from, end: i, gap, caps: !lower && allCaps(raw), shape: shapeOf(norm) });
    }
    gap = 0;
  }
  return tokens;
}

/** Split a whole text into word tokens (see tokenizeRange). */
export function tokenize(text: string): Token[] {
  return tokenizeRange(text, 0, text.length);
}
