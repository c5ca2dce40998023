/** "hurry up" / "dépêchez-vous": rushing the customer. */
import type { DraftRule } from './types';
import { before, imperative } from './context';

const SOFTENERS = new Set(['please', 'so', 'just', 'and', 'now', 'then', 'ok', 'okay']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'll']);

export const hurryUp: DraftRule = {
  id: 'draft.hurry_up',
  accept(ctx) {
    if (ctx.lang === 'fr') return true;
    // "no hurry", "there's no need to hurry", "don't hurry", "in a hurry"
    if (['no', 'to', 't', 'not', 'a', 'the', 'any', 'dont'].includes(before(ctx))) return false;
    return imperative(ctx, SOFTENERS, FIRST_PERSON);
  },
};
