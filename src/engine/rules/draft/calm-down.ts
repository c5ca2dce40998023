/** "calm down" / "calmez-vous": denying the customer's feeling. */
import type { DraftRule } from './types';
import { before, imperative, sentenceWords } from './context';

const SOFTENERS = new Set(['please', 'so', 'just', 'and', 'now', 'ok', 'okay', 'first']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'll', 'things', 'it', 'everything']);
/** "things have calmed down", "once it calms down": a description, not an order. */
const MODALS = new Set(['should', 'would', 'could', 'might', 'may', 'must', 'shall', 'usually', 'normally', 'soon', 'eventually', 'gradually', 'finally']);
const NEED = new Set(['need', 'needs', 'ought', 'got', 'gotta']);
const DESCRIPTIVE = new Set(['has', 'have', 'had', 'will', 'to', 'it', 'things', 'situation', 'once', 'when', 'until', 'after', 's', 've', 'll', 'd', 'everything', 'market', 'weather', 'storm', 'rush']);

/** "Relax and enjoy your trip", "détendez-vous et profitez de votre séjour": a wish for leisure, not a dismissal. */
const LEISURE = new Set([
  'enjoy', 'holiday', 'holidays', 'trip', 'stay', 'weekend', 'flight', 'journey', 'vacation', 'spa', 'bath', 'massage', 'cruise', 'hotel', 'sun', 'beach', 'pool',
  'film', 'movie', 'meal', 'celebration', 'honeymoon',
  'profitez', 'profiter', 'sejour', 'voyage', 'vacances', 'croisiere', 'soiree', 'plage', 'piscine', 'repas', 'spectacle', 'lune',
]);
function leisure(ctx: Parameters<NonNullable<DraftRule['accept']>>[0]): boolean {
  const { before: b, after: a } = sentenceWords(ctx);
  return b.some((w) => LEISURE.has(w)) || a.some((w) => LEISURE.has(w));
}

export const calmDown: DraftRule = {
  id: 'draft.calm_down',
  accept(ctx) {
    const first = ctx.tokens[ctx.from]?.norm ?? '';
    if ((first === 'relax' || first === 'chill' || first === 'detendez' || first === 'detends') && leisure(ctx)) return false;
    if (ctx.lang === 'fr') return true;
    // "you'll need to calm down", "you have to calm down": an order after all.
    const ordered = before(ctx) === 'to' && (NEED.has(before(ctx, 2)) || (before(ctx, 2) === 'have' && before(ctx, 3) === 'you'));
    if (DESCRIPTIVE.has(before(ctx)) && !ordered) return false;
    // "Things at our depot should calm down": a modal about something else ("you should calm down" is an order).
    if (MODALS.has(before(ctx)) && before(ctx, 2) !== 'you' && before(ctx, 2) !== 'u') return false;
    if (first === 'relax' || first === 'chill' || first === 'cool' || first === 'keep' || first === 'stay' || first === 'take') {
      return imperative(ctx, SOFTENERS, FIRST_PERSON);
    }
    return true;
  },
};
