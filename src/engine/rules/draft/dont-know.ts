/** "I don't know" / "je ne sais pas": helplessness without an offer to find out. */
import type { DraftRule } from './types';
import { before, after, sentenceWords, hasAnyPhrase } from './context';

/** A first-person promise to find out later in the same sentence redeems the phrase. */
const RESCUE = {
  fr: ['je vais verifier', 'je verifie', 'je me renseigne', 'je vais me renseigner', 'je vais chercher', 'je cherche', 'je vais demander', 'je reviens vers vous', 'je vous tiens au courant', 'je regarde'],
  en: ['i ll find out', 'i will find out', 'let me find out', 'i ll check', 'i will check', 'let me check', 'i m checking', 'i ll look into', 'let me look into', 'i ll ask', 'i ll get back to you', 'i will get back to you', 'i ll let you know'],
};

export const dontKnow: DraftRule = {
  id: 'draft.dont_know',
  accept(ctx) {
    const prev = before(ctx);
    // "I had no idea this happened" is sympathy, not helplessness.
    if (ctx.lang === 'en' && (prev === 'had' || prev === 'd')) return false;
    // "I don't know how to thank you"
    if (after(ctx) === 'how' && after(ctx, 2) === 'to' && after(ctx, 3) === 'thank') return false;
    if (ctx.lang === 'fr' && (after(ctx) === 'comment' && (after(ctx, 2) === 'vous' && after(ctx, 3) === 'remercier'))) return false;
    return !hasAnyPhrase(sentenceWords(ctx).after, RESCUE[ctx.lang]);
  },
};
