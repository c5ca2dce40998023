/** "as I already told you" / "comme je vous l'ai déjà dit": a reproach in disguise. */
import type { DraftRule } from './types';

export const alreadyTold: DraftRule = { id: 'draft.already_told' };
