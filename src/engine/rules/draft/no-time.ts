/** "I can't be bothered" / "je n'ai pas le temps": the customer comes second. */
import type { DraftRule } from './types';

export const noTime: DraftRule = { id: 'draft.no_time' };
