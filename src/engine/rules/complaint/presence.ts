/** Is there a complaint at all? Problem reports and irritation, with no profile of their own. */
import type { ComplaintInput } from './types';
import { matchFamily, type FamilyMatch } from './signals';

export interface PresenceSignals { problem: FamilyMatch[]; irritation: FamilyMatch[] }

export function presenceSignals(input: ComplaintInput): PresenceSignals {
  return {
    problem: matchFamily(input.units, input.lex, 'problem', 'complaint.problem'),
    irritation: matchFamily(input.units, input.lex, 'irritation', 'complaint.irritation'),
  };
}
