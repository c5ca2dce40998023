/** "you know nothing" / "vous n'y connaissez rien": humiliating the customer. */
import type { DraftRule } from './types';
import { before } from './context';

export const knowNothing: DraftRule = {
  id: 'draft.know_nothing',
  accept(ctx) {
    // "if you don't understand anything in the steps" is an offer of help.
    if (['if', 'si', 's', 'whether'].includes(before(ctx))) return false;
    // "just so you know, nothing extra will be charged": two clauses, not one phrase.
    for (let k = ctx.from + 1; k < ctx.to; k++) if ((ctx.tokens[k]?.gap ?? 0) >= 1) return false;
    return true;
  },
};
