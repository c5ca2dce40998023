/** "you're wrong" / "vous avez tort", "I'm right" / "j'ai raison". */
import type { DraftRule } from './types';
import { before, after } from './context';

/** "I'm right here", "I'm right on it": "right" is an adverb of place or time. */
const RIGHT_ADVERB = new Set(['here', 'there', 'on', 'back', 'behind', 'with', 'now', 'away', 'in', 'at', 'by', 'next', 'beside', 'outside', 'there', 'onto', 'to']);
const CONDITIONAL = new Set(['if', 'whether', 'si', 's', 'quand', 'lorsque', 'when', 'unless']);

export const youAreWrong: DraftRule = {
  id: 'draft.you_are_wrong',
  accept(ctx) {
    const last = ctx.tokens[ctx.to - 1]?.norm ?? '';
    // ... but "I'm right on this one" / "about that" claims to be right.
    const second = ctx.tokens[ctx.to + 1]?.norm ?? '';
    if (last === 'right' && RIGHT_ADVERB.has(after(ctx)) && !(after(ctx) === 'on' && (second === 'this' || second === 'that'))) return false;
    // "si vous vous trompez de code", "if you're wrong about the size": instructions.
    if (CONDITIONAL.has(before(ctx))) return false;
    // spoken negation without "ne": "vous vous trompez pas"
    if (['pas', 'point', 'jamais'].includes(after(ctx))) return false;
    return true;
  },
};
