/**
 * French / English detection by stopword scoring over folded tokens. Works without
 * accents and on SMS French ("jai", "cest", "ya", "pk", "stp"). Returns null when the
 * text is too short or the two scores are too close to call.
 */
import type { Token } from './tokens';
import type { Lang } from '../types';
import { memoString } from './memo';
import { symbolOf, WordTrie } from './word-trie';
import { typedString } from './typed-string';

export const FR_STOPWORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'je', 'j', 'vous', 'tu', 'il', 'elle', 'nous', 'ils', 'elles',
  'pas', 'que', 'qui', 'pour', 'dans', 'sur', 'avec', 'ce', 'cette', 'ces', 'mais', 'au', 'aux', 'mon', 'ma', 'mes', 'votre',
  'vos', 'ne', 'sont', 'suis', 'c', 'd', 'l', 'qu', 'n', 'ca', 'merci', 'bonjour', 'bonsoir', 'svp', 'stp', 'jai', 'cest', 'ya',
  'pk', 'pourquoi', 'comment', 'quand', 'depuis', 'toujours', 'jamais', 'rien', 'tout', 'tous', 'fait', 'faire', 'avez',
  'etes', 'ai', 'avoir', 'etre', 'sa', 'son', 'ses', 'leur', 'cordialement', 'slt', 'bjr', 'aussi', 'encore', 'tres', 'bien',
  'mais', 'donc', 'car', 'sans', 'plus', 'moins', 'quoi', 'ou', 'chez', 'parce', 'alors', 'deja', 'peut', 'veux', 'vais',
]);
export const EN_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'is', 'are', 'i', 'you', 'he', 'she', 'we', 'they', 'not', 'that', 'which', 'for', 'in', 'with', 'this', 'but',
  'my', 'your', 'it', 'of', 'to', 'be', 'was', 'were', 'have', 'has', 'do', 'does', 'did', 'don', 'can', 'will', 'would',
  'thanks', 'thank', 'hello', 'hi', 'please', 'what', 'why', 'how', 'when', 'from', 'just', 'still', 'never', 'always',
  'again', 'been', 'there', 'their', 'our', 'me', 'at', 'by', 'if', 'so', 'no', 'yes', 'all', 'any', 'get', 'got', 'im',
  'dont', 'its', 'cheers', 'regards', 'about', 'because', 'should', 'could', 'out', 'up', 'an', 'or', 'who', 'him', 'her',
]);

export interface LangScore { fr: number; en: number }

const FR_BIT = 1;
const EN_BIT = 2;

/**
 * The stopwords as one flat automaton over [a-z0-9] (a WordTrie's nodes, unrolled into a
 * table): a state is a row offset, so a step is one array read. OUT (0) is between
 * words (its row holds the root's children), DEAD is a word that left the trie, then the
 * trie nodes. STOP_NEXT[state + col] is the next state for a symbol col (0..35); the
 * separator column is not stored, a separator ends the word. STOP_BITS[state]: FR_BIT |
 * EN_BIT of the word ending there (0 for OUT, DEAD and non-word nodes).
 */
const SEP = 36;
const COLS = 36;
const OUT = 0;
const DEAD = COLS;
/** Column of an ASCII code: its [a-z0-9] symbol, or SEP (upper case too: for folded text). */
const COL = new Int8Array(128).fill(SEP);
/** The same for raw text: upper case reads as its lower case. */
const RAW_COL = new Int8Array(128).fill(SEP);
for (let c = 0; c < 128; c++) {
  const s = symbolOf(c);
  if (s >= 0) COL[c] = s;
  const l = symbolOf(c >= 65 && c <= 90 ? c + 32 : c);
  if (l >= 0) RAW_COL[c] = l;
}
const { STOP_NEXT, STOP_BITS } = (() => {
  const trie = new WordTrie();
  for (const w of FR_STOPWORDS) trie.add(w, FR_BIT);
  for (const w of EN_STOPWORDS) trie.add(w, EN_BIT);
  // Trie node n >= 1 is state (n + 1) * COLS; the root's row is OUT's.
  const nodes: number[] = [0];
  const stateOf = new Map<number, number>([[0, OUT]]);
  for (let k = 0; k < nodes.length; k++) {
    for (let s = 0; s < COLS; s++) {
      const child = trie.step(nodes[k] as number, s);
      if (child !== 0 && !stateOf.has(child)) { stateOf.set(child, (nodes.length + 1) * COLS); nodes.push(child); }
    }
  }
  const next = new Int32Array((nodes.length + 1) * COLS).fill(DEAD);
  const bits = new Uint8Array(next.length);
  for (const n of nodes) {
    const st = stateOf.get(n) as number;
    if (n !== 0) bits[st] = trie.dataOf(n);
    for (let s = 0; s < COLS; s++) {
      const child = trie.step(n, s);
      if (child !== 0) next[st + s] = stateOf.get(child) as number;
    }
  }
  return { STOP_NEXT: next, STOP_BITS: bits };
})();

/**
 * Stopword counts of the first 600 word tokens' norms: each norm walks the automaton and
 * most leave it within a char or two (no string hash, no Map probe). A norm with any
 * char outside [a-z0-9] is no stopword.
 */
export function scoreTokens(tokens: readonly Token[]): LangScore {
  let fr = 0;
  let en = 0;
  // The first few hundred words decide; a long comment does not need more.
  const n = Math.min(tokens.length, 600);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const w = typedString(t.norm);
    let st = OUT;
    for (let k = 0; k < w.length && st !== DEAD; k++) {
      const c = w.charCodeAt(k);
      const col = c < 128 ? (COL[c] as number) : SEP;
      st = col === SEP ? DEAD : (STOP_NEXT[st + col] as number);
    }
    const bits = STOP_BITS[st] as number;
    fr += bits & FR_BIT;
    en += bits >>> 1;
  }
  return { fr, en };
}

export function decide(s: LangScore): Lang | null {
  if (s.fr + s.en === 0) return null;
  // One stopword is enough when the other language has none ("Bande de nazes.").
  if (s.fr + s.en === 1) return s.fr === 1 ? 'fr' : 'en';
  if (s.fr >= s.en * 1.5 && s.fr > s.en) return 'fr';
  if (s.en >= s.fr * 1.5 && s.en > s.fr) return 'en';
  return s.fr === s.en ? null : s.fr > s.en ? 'fr' : 'en';
}

const MARKS = /\p{M}/gu;
const markFree = memoString((s: string) => s.normalize('NFD').replace(MARKS, ''));

/**
 * What one non-ASCII code point reads as: lower-cased, then each code point of that
 * without its combining marks (NFD minus marks, one character at a time: canonical
 * reordering only ever moves marks, which are all dropped). Lower-casing one character
 * alone differs from the whole text's only for the Greek final sigma, which is no
 * [a-z0-9] symbol either way.
 */
const folded = memoString((cp: string): string => {
  let out = '';
  for (const c of cp.toLowerCase()) out += c.charCodeAt(0) < 128 ? c : markFree(c);
  return out;
});
/** folded() of BMP units, by code (undefined: not computed yet). */
const FOLDED_BMP = new Array<string | undefined>(65536).fill(undefined);

/**
 * Stopword counts of a raw text (no offset map needed): lowercase, strip accents, then
 * every run of [a-z0-9] is a word, walked through the stopword trie as it is read.
 */
export function scoreText(text: string): LangScore {
  return scoreRanges(text, [{ start: 0, end: text.length }]);
}

/** scoreText of the ranges of `text` joined by new lines, without joining them. */
export function scoreRanges(text: string, ranges: readonly { start: number; end: number }[]): LangScore {
  const body = typedString(text);
  let fr = 0;
  let en = 0;
  // One automaton step per char; a separator (also between ranges) ends the word.
  let st = OUT;
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r] as { start: number; end: number };
    const end = range.end;
    for (let i = range.start; i < end; i++) {
      const c = body.charCodeAt(i);
      if (c < 128) {
        const col = RAW_COL[c] as number;
        if (col !== SEP) { st = STOP_NEXT[st + col] as number; continue; }
        const bits = STOP_BITS[st] as number;
        fr += bits & FR_BIT;
        en += bits >>> 1;
        st = OUT;
        continue;
      }
      // Not ASCII: its folded units, lower case and mark-free (rare).
      let f: string;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && body.charCodeAt(i + 1) >= 0xdc00 && body.charCodeAt(i + 1) <= 0xdfff) {
        f = folded(body.slice(i, i + 2));
        i++;
      } else {
        f = FOLDED_BMP[c] ??= folded(String.fromCharCode(c));
      }
      for (let k = 0; k < f.length; k++) {
        const u = f.charCodeAt(k);
        const col = u < 128 ? (COL[u] as number) : SEP;
        if (col !== SEP) { st = STOP_NEXT[st + col] as number; continue; }
        const bits = STOP_BITS[st] as number;
        fr += bits & FR_BIT;
        en += bits >>> 1;
        st = OUT;
      }
    }
    const bits = STOP_BITS[st] as number;
    fr += bits & FR_BIT;
    en += bits >>> 1;
    st = OUT;
  }
  return { fr, en };
}

export function detectLanguage(text: string): Lang | null {
  return decide(scoreText(text));
}
