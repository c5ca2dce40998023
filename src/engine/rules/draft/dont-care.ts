/** "I don't care" / "je m'en fiche": the request does not matter to us. */
import type { DraftRule } from './types';
import { before } from './context';

export const dontCare: DraftRule = {
  id: 'draft.dont_care',
  // "we do care" never matches; "if you don't care for ..." is about the customer's taste.
  accept: (ctx) => !(ctx.lang === 'en' && before(ctx) === 'you'),
};
