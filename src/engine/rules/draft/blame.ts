/** "you should have..." / "vous auriez dû...": blaming the customer instead of fixing. */
import type { DraftRule } from './types';
import { after, before } from './context';

/** Things that happen to the customer: "you should have received", "vous auriez dû recevoir". */
const NON_AGENTIVE = new Set([
  'received', 'receive', 'got', 'gotten', 'get', 'had', 'heard', 'seen', 'been', 'it', 'them', 'this', 'that', 'one', 'a', 'an', 'the', 'your', 'access', 'any', 'no',
  'recevoir', 'etre', 'avoir', 'obtenir', 'beneficier', 'voir', 'en', 'y', 'deja', 'normalement', 'aussi',
]);
const EN_PARTICIPLE = /(?:ed|en|wn|ne|ught|ead|ent|ade|ld|id|ot|uck|un|ung|ook|ept|ft)$/;
const EN_IRREGULAR = new Set(['read', 'done', 'told', 'sent', 'made', 'paid', 'kept', 'left', 'put', 'set', 'cut', 'let', 'run', 'come', 'become', 'brought', 'bought', 'thought', 'caught', 'taught', 'chosen', 'written', 'taken', 'given', 'known', 'shown', 'asked', 'called']);
const FR_INFINITIVE = /(?:er|ir|re|oir)$/;
const FR_PARTICIPLE = /(?:[eiu]|es|ee|ees|is|it|us|ert|aint|uit)$/;

function enParticiple(w: string): boolean {
  return EN_IRREGULAR.has(w) || (EN_PARTICIPLE.test(w) && !NON_AGENTIVE.has(w));
}

export const blame: DraftRule = {
  id: 'draft.blame',
  accept(ctx) {
    const words = ctx.tokens.slice(ctx.from, ctx.to).map((t) => t.norm);
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    const next = after(ctx);
    // "it's not your fault", "ce n'est pas votre faute": reassurance.
    if (last === 'fault' || last === 'faute' || last === 'responsabilite') return !['not', 'no', 't', 'pas', 'nobody', 'never'].includes(before(ctx)) && !words.includes('not');
    if (ctx.lang === 'fr') {
      if (first === 'si') return FR_PARTICIPLE.test(next) && next !== 'ete' && next !== 'besoin';
      if (first === 'il') return FR_INFINITIVE.test(last) && !NON_AGENTIVE.has(last) && last !== 'compter' && last !== 'prevoir';
      if (words.includes('auriez') || words.includes('aurais')) return next !== '' && !NON_AGENTIVE.has(next);
      return true;
    }
    if (first === 'if') {
      // "if you'd read the terms": the verb is inside the match (the long pattern names what was not read).
      if (words.some((w) => ['read', 'checked', 'looked', 'followed'].includes(w)) && words.length >= 5) return true;
      // "if you had any questions", "if you'd like": not a reproach
      return next !== '' && enParticiple(next) && next !== 'been';
    }
    if (last === 'to' || words.includes('supposed') || last === 'carefully') return true;
    if (next === '' || NON_AGENTIVE.has(next)) return false;
    // "you should have it within 3 days": possession, not a past action
    if (next === 'been') return ['more', 'careful', 'clearer', 'aware'].includes(after(ctx, 2));
    return enParticiple(next) || ['just', 'simply', 'really', 'actually', 'at', 'checked', 'read'].includes(next);
  },
};
