/**
 * "wait" / "attendez" as a bare order: the curt imperative that rushes or dismisses the
 * customer ("Wait for the refund like everyone else", "Attendez la fin de la synchro").
 * A polite request ("Please wait for the confirmation email", "attendez, s'il vous plaît,
 * ...") is the phrasing the taxonomy recommends, not a risk.
 */
import type { DraftRule } from './types';
import { after, before, imperative } from './context';

const SOFTENERS_EN = new Set(['so', 'and', 'now', 'then', 'ok', 'okay', 'must', 'will', 'll']);
/** "please wait", "kindly wait": polite. */
const POLITE_EN = new Set(['please', 'kindly']);
/** "Attendez, s'il vous plaît, ...", "attendez svp": polite. */
const POLITE_FR_AFTER = new Set(['s', 'svp', 'stp']);
const FIRST_PERSON_EN = new Set(['i', 'we', 'me', 'us']);
/** A subject or object pronoun before "attendez" means it is not the imperative. */
const FR_NOT_IMPERATIVE = new Set(['vous', 'nous', 'je', 'j', 'on', 'ne', 'n', 'si', 'que', 'qu', 'il', 'elle', 'ils', 'elles', 'tu', 't', 'me', 'm', 'te', 'l', 'le', 'la', 'les', 'en', 'y', 'ce', 'c', 'quoi']);

export const wait: DraftRule = {
  id: 'draft.wait',
  accept(ctx) {
    const first = ctx.tokens[ctx.from]?.norm ?? '';
    if (ctx.lang === 'fr') {
      if (FR_NOT_IMPERATIVE.has(before(ctx))) return false;
      if (POLITE_FR_AFTER.has(after(ctx)) || before(ctx) === 'plait') return false;
      // "attendez-vous à une surprise" means "expect".
      if (after(ctx) === 'vous' || after(ctx) === 'toi') return false;
      return true;
    }
    if (POLITE_EN.has(before(ctx))) return false;
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
