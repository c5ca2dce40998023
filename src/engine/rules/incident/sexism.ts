/**
 * sexism: gender-based belittling. Condescending pet names count in vocative position only
 * ("Merci ma jolie", "Sweetheart, let me explain"), never "ma jolie maison", "ma fille me
 * conseille" or "Manuka honey" (nor "Honey, honey everywhere" when honey is what the
 * ticket is about); milder ones ("love", "ma grande") only after a
 * condescending opener ("Listen love,") or next to another cue. Asking for a man counts
 * with a demand ("transférez à un technicien homme") or a preference ("plutôt un gars",
 * "a bloke preferably"); asking for a named colleague does not. "Madame/Monsieur" is
 * politeness and is not in any list.
 */
import type { Token } from '../../text/tokens';
import type { Hit } from '../../text/matcher';
import type { Severity } from '../../lexicons/types';
import { cancelled, endsAt, inSentence, kindSet, ofKind, span, vocative, type Doc, type Finding, type IncidentRule } from './context';
import { flirting } from './flirting';

const CONDESC = kindSet('ctx.condesc');
const PET_KINDS = ['sex.voc', 'sex.vocweak'];

/**
 * One-word pet names that are also the subject of the ticket ("the raw honey club ... Honey,
 * honey everywhere"): the word appears in the comment more often than in vocative position.
 * One pass over the hits and one over the tokens, for the whole comment.
 */
function topicWords(doc: Doc): Set<string> {
  const vocatives = new Map<string, number>();
  for (const k of PET_KINDS) {
    for (const x of ofKind(doc, k)) {
      if (x.j !== x.i + 1 || !vocative(doc, x)) continue;
      const w = (doc.tokens[x.i] as Token).norm;
      vocatives.set(w, (vocatives.get(w) ?? 0) + 1);
    }
  }
  const topics = new Set<string>();
  if (vocatives.size === 0) return topics;
  const seen = new Map<string, number>();
  for (const t of doc.tokens) if (vocatives.has(t.norm)) seen.set(t.norm, (seen.get(t.norm) ?? 0) + 1);
  for (const [w, v] of vocatives) if ((seen.get(w) ?? 0) > v) topics.add(w);
  return topics;
}

export const sexism: IncidentRule = {
  meta: { id: 'incident/sexism', category: 'sexism', languages: ['fr', 'en'], description: 'Gender-based belittling, pet names, asking for a man', triggers: ['sex.strong', 'sex.group', 'sex.man', 'sex.manweak', 'sex.voc', 'sex.vocweak'] },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: Severity, hs: Hit[], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'sexism', sev, spans: hs.map((h) => span(doc, h)) });
    for (const h of ofKind(doc, 'sex.strong')) if (!cancelled(doc, h)) add(2, [h], 'belittling');
    for (const h of ofKind(doc, 'sex.group')) {
      if (cancelled(doc, h)) continue;
      const pred = inSentence(doc, h, 'sex.pred').filter((p) => p.i !== h.i);
      if (pred.length > 0) add(2, [h, pred[0] as Hit], 'stereotype');
    }
    for (const h of ofKind(doc, 'sex.man')) {
      if (cancelled(doc, h)) continue;
      const demand = inSentence(doc, h, 'ctx.demand');
      if (demand.length > 0) add(2, [demand[0] as Hit, h], 'man-wanted');
    }
    for (const h of ofKind(doc, 'sex.manweak')) {
      if (cancelled(doc, h)) continue;
      const pref = inSentence(doc, h, 'ctx.pref');
      if (pref.length > 0) add(2, [h, pref[0] as Hit], 'man-preferred');
    }
    let topics: Set<string> | null = null;
    const isTheTopic = (h: Hit): boolean => h.j === h.i + 1 && (topics ??= topicWords(doc)).has((doc.tokens[h.i] as Token).norm);
    for (const h of ofKind(doc, 'sex.voc')) if (!(doc.tokens[h.i] as Token).quoted && vocative(doc, h) && !isTheTopic(h)) add(1, [h], 'pet-name');
    const other = out.length > 0;
    for (const h of ofKind(doc, 'sex.vocweak')) {
      if ((doc.tokens[h.i] as Token).quoted || !vocative(doc, h) || isTheTopic(h)) continue;
      if (other || endsAt(doc, h.i, CONDESC)) add(1, [h], 'pet-name');
    }
    // "coucou ma belle ... on se fait un resto ?": a pet name inside advances is part of the flirting, not a second incident.
    if (out.length > 0 && out.every((f) => f.ruleId.endsWith('/pet-name')) && flirting.check(doc).length > 0) return [];
    return out;
  },
};
