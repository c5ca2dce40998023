/** "I don't know" / "je ne sais pas": helplessness without an offer to find out. */
import type { DraftRule } from './types';
import { before, after } from './context';

const YOU = new Set(['you', 'u', 'vous', 'tu']);
const NOTICED = new Set(['ve', 'have', 'already', 'saw', 'noticed', 'heard', 'seen', 'avez', 'aviez', 'as', 'connaissez', 'connaissiez', 'know', 'knew', 're', 'are']);

export const dontKnow: DraftRule = {
  id: 'draft.dont_know',
  accept(ctx) {
    const prev = before(ctx);
    // "I had no idea this happened" is sympathy, not helplessness.
    if (ctx.lang === 'en' && (prev === 'had' || prev === 'd')) return false;
    // "You have no idea how grateful we are": about the customer, not our knowledge ("you obviously have no idea" is know_nothing).
    if (ctx.lang === 'en' && (prev === 'have' || prev === 've') && before(ctx, 2) === 'you') return false;
    // "I don't know how to thank you"
    if (after(ctx) === 'how' && after(ctx, 2) === 'to' && after(ctx, 3) === 'thank') return false;
    if (ctx.lang === 'fr' && (after(ctx) === 'comment' && (after(ctx, 2) === 'vous' && after(ctx, 3) === 'remercier'))) return false;
    // "I don't know if you've seen our new app": an opener, not helplessness.
    if ((after(ctx) === 'if' || after(ctx) === 'whether' || after(ctx) === 'si') && YOU.has(after(ctx, 2)) && NOTICED.has(after(ctx, 3))) return false;
    // Still flagged when a promise follows ("no idea, I'll ask"): the opening words are what hurt.
    return true;
  },
};
