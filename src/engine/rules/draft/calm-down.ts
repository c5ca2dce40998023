/** "calm down" / "calmez-vous": denying the customer's feeling. */
import type { DraftRule } from './types';
import { before, imperative } from './context';

const SOFTENERS = new Set(['please', 'so', 'just', 'and', 'now', 'ok', 'okay', 'first']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'll', 'things', 'it', 'everything']);
/** "things have calmed down", "once it calms down": a description, not an order. */
const DESCRIPTIVE = new Set(['has', 'have', 'had', 'will', 'to', 'it', 'things', 'situation', 'once', 'when', 'until', 'after', 's', 've', 'll', 'd', 'everything', 'market', 'weather', 'storm', 'rush']);

export const calmDown: DraftRule = {
  id: 'draft.calm_down',
  accept(ctx) {
    if (ctx.lang === 'fr') return true;
    const first = ctx.tokens[ctx.from]?.norm ?? '';
    if (DESCRIPTIVE.has(before(ctx))) return false;
    if (first === 'relax' || first === 'chill' || first === 'cool' || first === 'keep' || first === 'stay' || first === 'take') {
      return imperative(ctx, SOFTENERS, FIRST_PERSON);
    }
    return true;
  },
};
