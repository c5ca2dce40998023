/** passionate signals: affection for the product or brand, warmth, constructive suggestions. */
import type { ComplaintInput } from './types';
import { matchFamily, negatedBefore, type FamilyMatch } from './signals';

export interface PassionateSignals { affection: FamilyMatch[]; warmth: FamilyMatch[]; suggestion: FamilyMatch[]; warmEmoji: number }

/** Emoji that read as warmth (hearts, smiles, thanks), not as mockery (clown, eye-roll). */
const WARM_EMOJI = /[\u2764\u2665\u263a\u{1F60A}\u{1F60D}\u{1F970}\u{1F64F}\u{1F604}\u{1F603}\u{1F44C}\u{1F44D}\u{1F49A}\u{1F499}\u{1F49B}\u{1F49C}\u{1F9E1}\u{1F496}\u{1F497}\u{1F31F}\u2728\u{1F389}\u{1F917}\u{1F305}\u{1F33F}\u{1F6B2}\u2615\u{1F60C}\u{1F605}\u{1F642}]/gu;

export function passionateSignals(input: ComplaintInput): PassionateSignals {
  const { units, lex } = input;
  const notNegated = (u: (typeof units)[number], m: { from: number }): boolean => !negatedBefore(u.tokens, m.from);
  let warmEmoji = 0;
  for (const u of units) warmEmoji += (u.body.slice(u.start, u.end).match(WARM_EMOJI) ?? []).length;
  return {
    affection: matchFamily(units, lex, 'affection', 'complaint.affection', notNegated),
    warmth: matchFamily(units, lex, 'warmth', 'complaint.warmth', notNegated),
    suggestion: matchFamily(units, lex, 'suggestion', 'complaint.suggestion'),
    warmEmoji,
  };
}
