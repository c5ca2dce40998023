/**
 * French / English detection by stopword scoring over folded tokens. Works without
 * accents and on SMS French ("jai", "cest", "ya", "pk", "stp"). Returns null when the
 * text is too short or the two scores are too close to call.
 */
import type { Token } from './tokens';
import type { Lang } from '../types';

const FR = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'je', 'j', 'vous', 'tu', 'il', 'elle', 'nous', 'ils', 'elles',
  'pas', 'que', 'qui', 'pour', 'dans', 'sur', 'avec', 'ce', 'cette', 'ces', 'mais', 'au', 'aux', 'mon', 'ma', 'mes', 'votre',
  'vos', 'ne', 'sont', 'suis', 'c', 'd', 'l', 'qu', 'n', 'ca', 'merci', 'bonjour', 'bonsoir', 'svp', 'stp', 'jai', 'cest', 'ya',
  'pk', 'pourquoi', 'comment', 'quand', 'depuis', 'toujours', 'jamais', 'rien', 'tout', 'tous', 'fait', 'faire', 'avez',
  'etes', 'ai', 'avoir', 'etre', 'sa', 'son', 'ses', 'leur', 'cordialement', 'slt', 'bjr', 'aussi', 'encore', 'tres', 'bien',
  'mais', 'donc', 'car', 'sans', 'plus', 'moins', 'quoi', 'ou', 'chez', 'parce', 'alors', 'deja', 'peut', 'veux', 'vais',
]);
const EN = new Set([
  'the', 'and', 'is', 'are', 'i', 'you', 'he', 'she', 'we', 'they', 'not', 'that', 'which', 'for', 'in', 'with', 'this', 'but',
  'my', 'your', 'it', 'of', 'to', 'be', 'was', 'were', 'have', 'has', 'do', 'does', 'did', 'don', 'can', 'will', 'would',
  'thanks', 'thank', 'hello', 'hi', 'please', 'what', 'why', 'how', 'when', 'from', 'just', 'still', 'never', 'always',
  'again', 'been', 'there', 'their', 'our', 'me', 'at', 'by', 'if', 'so', 'no', 'yes', 'all', 'any', 'get', 'got', 'im',
  'dont', 'its', 'cheers', 'regards', 'about', 'because', 'should', 'could', 'out', 'up', 'an', 'or', 'who', 'him', 'her',
]);

export interface LangScore { fr: number; en: number }

export function scoreTokens(tokens: readonly Token[]): LangScore {
  let fr = 0;
  let en = 0;
  // The first few hundred words decide; a long comment does not need more.
  const n = Math.min(tokens.length, 600);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (FR.has(t.norm)) fr++;
    if (EN.has(t.norm)) en++;
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

/** Longest stopword: longer runs of letters are never looked up. */
const MAX_WORD = Math.max(...[...FR, ...EN].map((w) => w.length));

/**
 * Stopword counts of a raw text (no offset map needed): lowercase, strip accents, then
 * every run of [a-z0-9] is a word. One scan, no word array.
 */
export function scoreText(text: string): LangScore {
  let t = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(t)) t = t.normalize('NFD').replace(/\p{M}/gu, '');
  let fr = 0;
  let en = 0;
  let i = 0;
  const n = t.length;
  while (i < n) {
    let c = t.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) { i++; continue; }
    const from = i;
    do { i++; c = t.charCodeAt(i); } while (i < n && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)));
    if (i - from > MAX_WORD) continue;
    const w = t.slice(from, i);
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return { fr, en };
}

export function detectLanguage(text: string): Lang | null {
  return decide(scoreText(text));
}
