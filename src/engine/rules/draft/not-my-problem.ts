/** "not my problem" / "ce n'est pas mon problème": pushing the problem away. */
import type { DraftRule } from './types';
import { before } from './context';

export const notMyProblem: DraftRule = {
  id: 'draft.not_my_problem',
  // "if it's not our problem, we'll still help" is rare; a question "isn't it my job?" is not a refusal.
  accept: (ctx) => !['if', 'si', 'whether'].includes(before(ctx)),
};
