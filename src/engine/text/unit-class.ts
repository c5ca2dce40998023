/**
 * What the phrase tokenizer (phrase-tokens.ts) needs to know about each UTF-16 unit, as
 * table reads instead of per-character tests: its class bits (word, letter, case, digit,
 * or the punctuation gap of a non-word unit), and its accent- and case-folded form when
 * that is one or two units of its own (ASCII, Latin-1, Latin Extended-A/B). A word made
 * of such units folds unit by unit, so the tokenizer folds it while reading it.
 */

/** Non-word unit: its gap strength (0-3, see gapOf). */
export const GAP = 3;
/** Letter or number (\p{L} or \p{N}). */
export const WORD = 4;
/** Letter (\p{L}). */
export const LETTER = 8;
/** Letter that toUpperCase changes (so a word holding it is not all caps). */
export const NOT_UPPER = 16;
/** Letter that toLowerCase changes. */
export const HAS_LOWER = 32;
/** Digit 0-9. */
export const DIGIT = 64;
const KNOWN = 128;

/** Gap strength of a non-word character: 3 sentence (. ! ? new line …), 2 clause (; : — –), 1 comma, 0 other. */
export function gapOf(code: number): 0 | 1 | 2 | 3 {
  switch (code) {
    case 46: case 33: case 63: case 10: case 0x2026: return 3;
    case 59: case 58: case 0x2014: case 0x2013: return 2;
    case 44: return 1;
    default: return 0;
  }
}

const WORD_RE = /[\p{L}\p{N}]/u;
const LETTER_RE = /\p{L}/u;

/** The class bits of a unit, from their definitions (cached by unitClass). */
export function classOf(code: number): number {
  const ch = String.fromCharCode(code);
  if (!WORD_RE.test(ch)) return gapOf(code);
  let k = WORD;
  if (LETTER_RE.test(ch)) {
    k |= LETTER;
    if (ch.toUpperCase() !== ch) k |= NOT_UPPER;
    if (ch.toLowerCase() !== ch) k |= HAS_LOWER;
  }
  if (code >= 48 && code <= 57) k |= DIGIT;
  return k;
}

/** classOf of each unit | KNOWN, filled on first sight (0: not computed yet). */
const CLASSES = new Uint8Array(65536);

/** The class bits of a unit (classOf), read from the table. */
export function unitClass(code: number): number {
  const k = CLASSES[code] as number;
  return k !== 0 ? k & ~KNOWN : learn(code);
}

function learn(code: number): number {
  const k = classOf(code);
  CLASSES[code] = k | KNOWN;
  return k;
}

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };
const COMBINING = /[\u0300-\u036f]/g;

/** The fold of one word (the definition): ligatures expanded, diacritics stripped, lower case. */
export function foldWord(s: string): string {
  let out = '';
  for (const ch of s) out += LIGATURES[ch] ?? ch;
  return out.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

/** Units below this may have a unit fold (FOLD); above, a word is folded whole (foldWord). */
export const FOLD_SPAN = 0x250;

/**
 * FOLD[c]: the first unit of foldWord(c) for a word unit c (or "." and "," kept inside a
 * number), 0 when c has no fold of one or two units; SECOND[c]: the second unit, 0 if none.
 */
export const FOLD = new Uint16Array(FOLD_SPAN);
export const SECOND = new Uint16Array(FOLD_SPAN);
for (let c = 0; c < FOLD_SPAN; c++) {
  if ((classOf(c) & WORD) === 0) continue;
  const f = foldWord(String.fromCharCode(c));
  if (f.length === 0 || f.length > 2) continue;
  FOLD[c] = f.charCodeAt(0);
  if (f.length === 2) SECOND[c] = f.charCodeAt(1);
}
FOLD[46] = 46;
FOLD[44] = 44;
