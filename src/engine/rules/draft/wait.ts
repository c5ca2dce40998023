/** "wait" / "attendez" as a bare order. */
import type { DraftRule } from './types';
import { after, before, imperative } from './context';

const SOFTENERS_EN = new Set(['please', 'so', 'and', 'now', 'then', 'ok', 'okay', 'must', 'will', 'll']);
const FIRST_PERSON_EN = new Set(['i', 'we', 'me', 'us']);
/** A subject or object pronoun before "attendez" means it is not the imperative. */
const FR_NOT_IMPERATIVE = new Set(['vous', 'nous', 'je', 'j', 'on', 'ne', 'n', 'si', 'que', 'qu', 'il', 'elle', 'ils', 'elles', 'tu', 't', 'me', 'm', 'te', 'l', 'le', 'la', 'les', 'en', 'y', 'ce', 'c', 'quoi']);

export const wait: DraftRule = {
  id: 'draft.wait',
  accept(ctx) {
    const first = ctx.tokens[ctx.from]?.norm ?? '';
    if (ctx.lang === 'fr') {
      if (FR_NOT_IMPERATIVE.has(before(ctx))) return false;
      // "attendez-vous à une surprise" means "expect".
      if (after(ctx) === 'vous' || after(ctx) === 'toi') return false;
      return true;
    }
    // "Wait times are longer than usual": a noun, not an order.
    if (['time', 'times', 'list', 'lists', 'period', 'queue', 'queues'].includes(after(ctx))) return false;
    if (first === 'hang' || first === 'hold') {
      if (after(ctx) === 'to' || after(ctx) === 'tight') return false;
    }
    // "you'll have to wait" or "you must wait" after "you": an order in disguise.
    if (before(ctx) === 'll' || before(ctx) === 'will' || before(ctx) === 'must') {
      return before(ctx, 2) === 'you' || (before(ctx) === 'll' && before(ctx, 2) === 'you');
    }
    return imperative(ctx, SOFTENERS_EN, FIRST_PERSON_EN);
  },
};
