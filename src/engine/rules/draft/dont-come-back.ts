/** "don't come back" / "allez voir ailleurs": showing the customer the door. */
import type { DraftRule } from './types';
import { before } from './context';

/** "you might go elsewhere", "je comprends que vous vouliez aller voir ailleurs": describing, not telling. */
const DESCRIBING = new Set(['might', 'may', 'would', 'd', 'll', 'will', 'could', 'want', 'wanting', 'decide', 'decided', 'chose', 'choose', 'considering', 'consider', 'rather', 'not', 'never',
  'vouliez', 'voulez', 'vouloir', 'envisagez', 'envisagiez', 'souhaitez', 'souhaitiez', 'decidez', 'pensiez', 'comprends', 'comprenons', 'pas', 'jamais', 'de', 'd']);

export const dontComeBack: DraftRule = {
  id: 'draft.dont_come_back',
  accept(ctx) {
    const first = ctx.tokens[ctx.from]?.norm ?? '';
    if (first === 'go' || first === 'shop' || first === 'look' || first === 'aller' || first === 'find') {
      if (DESCRIBING.has(before(ctx))) return false;
      // "to go elsewhere" after anything but "free": an infinitive someone else chose
      if (before(ctx) === 'to') return false;
    }
    return true;
  },
};
