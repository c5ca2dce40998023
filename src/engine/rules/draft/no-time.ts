/** "I can't be bothered" / "je n'ai pas le temps": the customer comes second. */
import type { DraftRule } from './types';
import { after } from './context';

/** "We have no time slots left", "pas le temps de livraison exact": time as a thing, not as the agent's excuse. */
const TIME_NOUNS = new Set(['slot', 'slots', 'window', 'windows', 'frame', 'frames', 'limit', 'limits', 'zone', 'zones', 'stamp', 'stamps', 'estimate', 'estimates']);
const DURATION_OF = new Set(['livraison', 'traitement', 'reponse', 'trajet', 'transport', 'transit', 'attente', 'retour', 'reparation', 'chargement', 'acheminement', 'intervention']);

export const noTime: DraftRule = {
  id: 'draft.no_time',
  accept(ctx) {
    const last = ctx.tokens[ctx.to - 1]?.norm ?? '';
    if (last !== 'time' && last !== 'temps') return true;
    if (TIME_NOUNS.has(after(ctx))) return false;
    return !(after(ctx) === 'de' && DURATION_OF.has(after(ctx, 2)));
  },
};
