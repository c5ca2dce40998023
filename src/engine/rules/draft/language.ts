/**
 * Fallback language guess for a draft with no language given: French and English
 * function words counted on folded tokens. (Ticket text uses text/language.ts.)
 */
import type { Lang } from '../../types';
import { tokenize } from '../phrase';

const FR = new Set(['je', 'vous', 'nous', 'le', 'la', 'les', 'des', 'est', 'et', 'pas', 'ne', 'un', 'une', 'pour', 'que', 'qui', 'dans', 'sur', 'avec', 'votre', 'bonjour', 'merci', 'c', 'j', 'n', 'd', 'l', 'du', 'au', 'ce', 'cette', 'mais', 'ou', 'sont', 'suis', 'avez']);
const EN = new Set(['i', 'you', 'we', 'the', 'a', 'an', 'is', 'and', 'not', 'to', 'for', 'that', 'this', 'with', 'your', 'it', 'of', 'on', 'in', 'hi', 'hello', 'thanks', 'thank', 'be', 'are', 'have', 'my', 'will', 'can', 'don', 's', 't', 'm', 'll']);

export function guessLanguage(text: string, fallback: Lang = 'en'): Lang {
  let fr = 0;
  let en = 0;
  for (const t of tokenize(text.slice(0, 20_000))) {
    if (FR.has(t.norm)) fr++;
    if (EN.has(t.norm)) en++;
  }
  if (fr === en) return fallback;
  return fr > en ? 'fr' : 'en';
}
