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

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
const markFree = memoString((s: string) => s.normalize('NFD').replace(MARKS, ''));

/**
 * t.normalize('NFD') without its combining marks, one character (code point) at a time:
 * canonical reordering only ever moves marks, which are all dropped, so this is the
 * same string at a fraction of the cost (per-character results are cached).
 */
function stripMarks(t: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 128) continue;
    let end = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && end < t.length) {
      const d = t.charCodeAt(end);
      if (d >= 0xdc00 && d <= 0xdfff) end++;
    }
    out += t.slice(from, i) + markFree(t.slice(i, end));
    from = end;
    i = end - 1;
  }
  return from === 0 ? t : out + t.slice(from);
}

/**
 * Stopword counts of a raw text (no offset map needed): lowercase, strip accents, then
 * every run of [a-z0-9] is a word, walked through the stopword trie as it is read.
 */
export function scoreText(text: string): LangScore {
  let t = text.toLowerCase();
  if (NON_ASCII.test(t)) t = stripMarks(t);
  let fr = 0;
  let en = 0;
  let node = 0;
  let inWord = false;
  for (let i = 0; i <= t.length; i++) {
    const s = i < t.length ? symbolOf(t.charCodeAt(i)) : -1;
    if (s < 0) {
      if (inWord && node !== 0) {
        const bits = STOPWORDS.dataOf(node);
        if (bits & FR_BIT) fr++;
        if (bits & EN_BIT) en++;
      }
      inWord = false;
      continue;
    }
    // Node 0 (the root) is nobody's child: once a word leaves the trie it stays at 0.
    if (!inWord) { inWord = true; node = STOPWORDS.step(0, s); } else if (node !== 0) node = STOPWORDS.step(node, s);
  }
  return { fr, en };
}

export function detectLanguage(text: string): Lang | null {
  return decide(scoreText(text));
}
