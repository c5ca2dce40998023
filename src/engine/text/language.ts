/**
 * French / English detection by stopword scoring over folded tokens. Works without
 * accents and on SMS French ("jai", "cest", "ya", "pk", "stp"). Returns null when the
 * text is too short or the two scores are too close to call.
 */
import type { Token } from './tokens';
import type { Lang } from '../types';
import { memoString } from './memo';
import { symbolOf, WordTrie } from './word-trie';

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

/** Stopword -> FR_BIT | EN_BIT, so a token is looked up once. */
const STOP_BITS = new Map<string, number>();
for (const w of FR_STOPWORDS) STOP_BITS.set(w, 1);
for (const w of EN_STOPWORDS) STOP_BITS.set(w, (STOP_BITS.get(w) ?? 0) | 2);

export function scoreTokens(tokens: readonly Token[]): LangScore {
  let fr = 0;
  let en = 0;
  // The first few hundred words decide; a long comment does not need more.
  const n = Math.min(tokens.length, 600);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const bits = STOP_BITS.get(t.norm);
    if (bits !== undefined) {
      if (bits & 1) fr++;
      if (bits & 2) en++;
    }
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

const FR_BIT = 1;
const EN_BIT = 2;
const STOPWORDS = new WordTrie();
for (const w of FR_STOPWORDS) STOPWORDS.add(w, FR_BIT);
for (const w of EN_STOPWORDS) STOPWORDS.add(w, EN_BIT);

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

/** Stopword counts, fed one symbol at a time (-1: a separator). */
class StopwordCounter {
  fr = 0;
  en = 0;
  private node = 0;
  private inWord = false;

  feed(s: number): void {
    if (s < 0) {
      if (this.inWord && this.node !== 0) {
        const bits = STOPWORDS.dataOf(this.node);
        if (bits & FR_BIT) this.fr++;
        if (bits & EN_BIT) this.en++;
      }
      this.inWord = false;
      return;
    }
    // Node 0 (the root) is nobody's child: once a word leaves the trie it stays at 0.
    if (!this.inWord) { this.inWord = true; this.node = STOPWORDS.step(0, s); } else if (this.node !== 0) this.node = STOPWORDS.step(this.node, s);
  }

  /** Feed text[start, end) as lower-cased, mark-free symbols. */
  feedRange(text: string, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) { this.feed(symbolOf(c >= 65 && c <= 90 ? c + 32 : c)); continue; }
      let f: string;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
        f = folded(text.slice(i, i + 2));
        i++;
      } else {
        f = FOLDED_BMP[c] ??= folded(String.fromCharCode(c));
      }
      for (let k = 0; k < f.length; k++) this.feed(symbolOf(f.charCodeAt(k)));
    }
  }
}

/**
 * Stopword counts of a raw text (no offset map needed): lowercase, strip accents, then
 * every run of [a-z0-9] is a word, walked through the stopword trie as it is read.
 */
export function scoreText(text: string): LangScore {
  return scoreRanges(text, [{ start: 0, end: text.length }]);
}

/** scoreText of the ranges of `text` joined by new lines, without joining them. */
export function scoreRanges(text: string, ranges: readonly { start: number; end: number }[]): LangScore {
  const c = new StopwordCounter();
  for (let r = 0; r < ranges.length; r++) {
    if (r > 0) c.feed(-1);
    const range = ranges[r] as { start: number; end: number };
    c.feedRange(text, range.start, range.end);
  }
  c.feed(-1);
  return { fr: c.fr, en: c.en };
}

export function detectLanguage(text: string): Lang | null {
  return decide(scoreText(text));
}
