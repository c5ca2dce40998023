/** "people like you" / "les gens comme vous": the customer lumped into a group. */
import type { DraftRule } from './types';
import { before, after, hasAnyPhrase, sentenceWords } from './context';

const PRAISE_BEFORE = new Set(['to', 'for', 'thanks', 'thank', 'grace', 'merci', 'remercions', 'remercie']);
const PRAISE_AFTER = new Set(['make', 'makes', 'deserve', 'deserves', 'keep', 'keeps', 'inspire', 'help', 'font', 'meritent', 'meritez', 'nous', 'sont']);
const PRAISE_LATER = new Set(['aident', 'aidez', 'precieux', 'precieuses', 'precieuse', 'appreciable', 'appreciables', 'help', 'helps', 'valuable', 'appreciate', 'appreciated', 'inspire', 'inspires', 'rares']);
/** After "your kind / your sort / your type", these words mean "kind" is the adjective or a category of thing. */
const PEOPLE = new Set(['customer', 'customers', 'people', 'person', 'persons', 'client', 'clients', 'clientele', 'folk', 'folks', 'guy', 'guys', 'individual', 'individuals', 'gens', 'personne', 'personnes', 'clientes', 'individus', 'custom']);
const KIND_NOUN_USE = new Set(['of', 'de', 'words', 'word', 'message', 'messages', 'reply', 'note', 'feedback', 'review', 'email', 'comments', 'patience', 'help', 'understanding', 'support', 'offer', 'wishes', 'account', 'plan', 'card', 'subscription', 'code', 'codes', 'number', 'order', 'size', 'request', 'question', 'booking', 'product', 'model', 'device', 'contract']);

export const yourKind: DraftRule = {
  id: 'draft.your_kind',
  accept(ctx) {
    const last = ctx.tokens[ctx.to - 1]?.norm ?? '';
    const next = after(ctx);
    if (['kind', 'sort', 'type', 'lot', 'genre'].includes(last)) {
      // "your kind of customer" is about people; "your type of account", "votre type de contrat" is not.
      if (next === 'of' || next === 'de' || next === 'd') return PEOPLE.has(after(ctx, 2));
      if (KIND_NOUN_USE.has(next)) return false;
    }
    if (PRAISE_BEFORE.has(before(ctx))) return false;
    if (PRAISE_AFTER.has(after(ctx))) return false;
    const words = sentenceWords(ctx);
    // "Des clientes comme vous, qui nous signalent les erreurs, nous aident beaucoup": praise later in the sentence.
    if (words.after.some((w) => PRAISE_LATER.has(w))) return false;
    return !hasAnyPhrase(words.before, ['thanks to', 'thank you', 'grace a', 'merci a']);
  },
};
