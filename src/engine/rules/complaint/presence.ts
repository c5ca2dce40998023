/** Is there a complaint at all? Problems reported and irritation, with no profile of their own. */
import type { PatternMatch, Token } from '../phrase';
import type { ComplaintInput, SignalFamily, TextUnit } from './types';
import { matchFamily, type FamilyMatch } from './signals';

export interface PresenceSignals { problem: FamilyMatch[]; irritation: FamilyMatch[] }

/**
 * Particles that are a problem word alone ("the milk is off") but the tail of a noun when
 * hyphenated to the word before: "sign-off", "kick-off", "drop-off", "one-off".
 */
const COMPOUND_TAILS = new Set(['off']);

/** A one-token match on a particle joined by a hyphen to the word before it. */
export function compoundTail(unit: TextUnit, m: { from: number; to: number }): boolean {
  if (m.to - m.from !== 1) return false;
  const t = unit.tokens[m.from] as Token;
  const prev = unit.tokens[m.from - 1];
  return COMPOUND_TAILS.has(t.norm) && !!prev && prev.end === t.start - 1 && unit.body.charCodeAt(t.start - 1) === 45; // '-'
}

export function presenceSignals(input: ComplaintInput): PresenceSignals {
  return {
    problem: matchFamily(input.units, input.lex, 'problem', 'complaint.problem', (u: TextUnit, m: PatternMatch<SignalFamily>) => !compoundTail(u, m)),
    irritation: matchFamily(input.units, input.lex, 'irritation', 'complaint.irritation'),
  };
}
