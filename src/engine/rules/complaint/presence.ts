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

/**
 * A problem word said absent: "pas de souci", "aucun problème", "sans souci", "no problem",
 * "no worries", "without issue" (a polite "fine by me", not a reported problem).
 */
const ABSENT_ONE = new Set(['aucun', 'aucune', 'sans', 'no', 'without', 'zero']);
const ABSENT_TWO = new Set(['pas de', 'pas d', 'not a', 'not an', 'never a', 'jamais de', 'jamais d']);
export function absentProblem(unit: TextUnit, m: { from: number }): boolean {
  const t1 = unit.tokens[m.from - 1];
  const inner = unit.tokens[m.from] as Token;
  if (!t1 || inner.gap >= 1) return false;
  if (ABSENT_ONE.has(t1.norm)) return true;
  const t2 = unit.tokens[m.from - 2];
  return !!t2 && t1.gap === 0 && ABSENT_TWO.has(`${t2.norm} ${t1.norm}`);
}

/**
 * A swear word that intensifies praise ("bloody brilliant", "damn good", "vachement
 * bien"): the token right after it starts a warmth match, so it is enthusiasm, not irritation.
 */
export function praiseIntensifier(unit: TextUnit, m: { to: number }, warmStarts: ReadonlySet<number>): boolean {
  return warmStarts.has(m.to) && (unit.tokens[m.to] as Token).gap === 0;
}

export function presenceSignals(input: ComplaintInput): PresenceSignals {
  const warmStarts = new Map<TextUnit, Set<number>>();
  for (const f of matchFamily(input.units, input.lex, 'warmth', 'complaint.warmth')) {
    const set = warmStarts.get(f.unit) ?? new Set<number>();
    set.add(f.m.from);
    warmStarts.set(f.unit, set);
  }
  const none: ReadonlySet<number> = new Set();
  return {
    problem: matchFamily(input.units, input.lex, 'problem', 'complaint.problem', (u: TextUnit, m: PatternMatch<SignalFamily>) => !compoundTail(u, m) && !absentProblem(u, m)),
    irritation: matchFamily(input.units, input.lex, 'irritation', 'complaint.irritation', (u: TextUnit, m: PatternMatch<SignalFamily>) => !praiseIntensifier(u, m, warmStarts.get(u) ?? none)),
  };
}
