/**
 * trolling: no genuine request, provocation to waste time or create discomfort. Scored per
 * comment: outright baiting / time-wasting statements 2 points, absurd format requests or
 * a clown emoji 1 point, laughs 0.5 (at most 1 in all). Two points, not from laughs only,
 * make trolling. A confused customer or a joke around a real request scores below that.
 * Testing whether anyone reads, bets and dares, "tell me a joke" are baiting (2 points);
 * absurd mock complaints ("complain that your app is too good", "the moon") and
 * self-declared jokes outside a question are 1 point each.
 */
import type { Hit } from '../../text/matcher';
import { cancelled, isQuestion, ofKind, span, type Doc, type Finding, type IncidentRule } from './context';

/** FR and EN lists share emoji and a few words: one cue per token position, however many entries matched it. */
function byPosition(hs: Hit[]): Hit[] {
  const seen = new Set<number>();
  return hs.filter((h) => (seen.has(h.i) ? false : (seen.add(h.i), true)));
}

export const trolling: IncidentRule = {
  meta: { id: 'incident/trolling', category: 'trolling', languages: ['fr', 'en'], description: 'Baiting and time-wasting with no real request', triggers: ['troll.strong', 'troll.self', 'troll.med'] },
  check(doc: Doc): Finding[] {
    // "Don't waste your time replying" is no bait: negated cues do not count.
    const strong = byPosition(ofKind(doc, 'troll.strong').filter((h) => { const c = cancelled(doc, h); return c !== 'quoted' && c !== 'negated'; }));
    // "just kidding" declares a joke (one point however often it is said); "is this a joke?" is a complaint.
    const self = ofKind(doc, 'troll.self').filter((h) => cancelled(doc, h) === null && !isQuestion(doc, h));
    const med = byPosition([...ofKind(doc, 'troll.med').filter((h) => cancelled(doc, h) !== 'quoted'), ...self.slice(0, 1)]);
    const laughs = byPosition(ofKind(doc, 'ctx.laugh')).length;
    const score = 2 * strong.length + Math.min(med.length, 3) + Math.min(0.5 * laughs, 1);
    if (score < 2 || (strong.length === 0 && med.length < 2)) return [];
    const hs: Hit[] = [...strong, ...med].sort((a, b) => a.i - b.i);
    return [{ ruleId: `${this.meta.id}/${strong.length > 0 ? 'baiting' : 'absurd'}`, category: 'trolling', sev: score >= 5 ? 2 : 1, spans: hs.map((h) => span(doc, h)) }];
  },
};
