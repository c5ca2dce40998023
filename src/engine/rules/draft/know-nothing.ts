/** "you know nothing" / "vous n'y connaissez rien": humiliating the customer. */
import type { DraftRule } from './types';
import { before } from './context';

export const knowNothing: DraftRule = {
  id: 'draft.know_nothing',
  // "if you don't understand anything in the steps" is an offer of help.
  accept: (ctx) => !['if', 'si', 's', 'whether'].includes(before(ctx)),
};
