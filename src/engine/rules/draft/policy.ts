/** "it's our policy" / "c'est notre politique" with no reason given. */
import type { DraftRule } from './types';
import { after, hasAnyPhrase, sentenceWords } from './context';

const REASON = {
  fr: ['parce que', 'parce qu', 'car', 'puisque', 'afin de', 'afin que', 'pour que', 'pour garantir', 'pour proteger', 'pour eviter', 'pour assurer', 'en raison', 'pour des raisons', 'dans le but'],
  en: ['because', 'since', 'so that', 'in order', 'to protect', 'to ensure', 'to keep', 'to make sure', 'to avoid', 'to prevent', 'for safety', 'for security', 'due to', 'the reason'],
};
/** A policy that grants something is not a refusal on principle. */
const FAVOURABLE = new Set(['refund', 'replace', 'offer', 'reply', 'respond', 'help', 'compensate', 'reimburse', 'cover', 'repair', 'rembourser', 'remplacer', 'offrir', 'repondre', 'aider', 'dedommager', 'reparer', 'prendre']);

export const policy: DraftRule = {
  id: 'draft.policy',
  accept(ctx) {
    const next = after(ctx);
    if ((next === 'to' || next === 'de' || next === 'd') && FAVOURABLE.has(after(ctx, 2))) return false;
    // "this is the procedure to follow / for returns": instructions, not a refusal.
    if (ctx.lang === 'en' && (next === 'to' || next === 'for') && ctx.tokens[ctx.from]?.norm === 'this') return false;
    if (ctx.lang === 'fr' && (next === 'a' || next === 'pour') && ctx.tokens[ctx.to - 1]?.norm === 'procedure') return false;
    const s = sentenceWords(ctx);
    return !hasAnyPhrase(s.after, REASON[ctx.lang]) && !hasAnyPhrase(s.before, REASON[ctx.lang]);
  },
};
