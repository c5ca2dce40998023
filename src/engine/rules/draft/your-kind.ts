/** "people like you" / "les gens comme vous": the customer lumped into a group. */
import type { DraftRule } from './types';
import { before, after, hasAnyPhrase, sentenceWords } from './context';

const PRAISE_BEFORE = new Set(['to', 'for', 'thanks', 'thank', 'grace', 'merci', 'remercions', 'remercie']);
const PRAISE_AFTER = new Set(['make', 'makes', 'deserve', 'deserves', 'keep', 'keeps', 'inspire', 'help', 'font', 'meritent', 'meritez', 'nous', 'sont']);
/** After "your kind / your sort / your type", these words mean "kind" is the adjective or a category of thing. */
const KIND_NOUN_USE = new Set(['of', 'de', 'words', 'word', 'message', 'messages', 'reply', 'note', 'feedback', 'review', 'email', 'comments', 'patience', 'help', 'understanding', 'support', 'offer', 'wishes', 'account', 'plan', 'card', 'subscription', 'code', 'codes', 'number', 'order', 'size', 'request', 'question', 'booking', 'product', 'model', 'device', 'contract']);

export const yourKind: DraftRule = {
  id: 'draft.your_kind',
  accept(ctx) {
    const last = ctx.tokens[ctx.to - 1]?.norm ?? '';
    if ((last === 'kind' || last === 'sort' || last === 'type' || last === 'lot') && KIND_NOUN_USE.has(after(ctx))) return false;
    if (last === 'type' || last === 'genre') {
      // "votre type de contrat", "your type of account": a category, not a person.
      if (after(ctx) === 'de' || after(ctx) === 'd' || after(ctx) === 'of') return false;
    }
    if (PRAISE_BEFORE.has(before(ctx))) return false;
    if (PRAISE_AFTER.has(after(ctx))) return false;
    return !hasAnyPhrase(sentenceWords(ctx).before, ['thanks to', 'thank you', 'grace a', 'merci a']);
  },
};
