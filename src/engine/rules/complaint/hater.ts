/** active_hater signals: sweeping hostility at the company, remedies rejected in advance. */
import type { ComplaintInput } from './types';
import { matchFamily, negatedBefore, inQuestion, type FamilyMatch } from './signals';

export interface HaterSignals { hostility: FamilyMatch[]; rejection: FamilyMatch[] }

export function haterSignals(input: ComplaintInput): HaterSignals {
  return {
    // "is this text a scam?" asks; it does not accuse.
    hostility: matchFamily(input.units, input.lex, 'hostility', 'complaint.hostility',
      (u, m) => !inQuestion(u, m.from) && !negatedBefore(u.tokens, m.from)),
    rejection: matchFamily(input.units, input.lex, 'rejection', 'complaint.rejects_remedy'),
  };
}
