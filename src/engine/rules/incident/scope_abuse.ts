/**
 * scope_abuse: bad-faith pressure beyond the contract. Needs a demand for free work or a
 * refusal to pay more (not inside a question: "est-ce inclus ?" is a question) AND either
 * pressure to bend the terms (withholding payment, "tant que vous y êtes", "any proper
 * agency would throw this in") or the contract named with an admission that it is outside
 * it / loyalty leverage. Asking whether something is included, or for a quote, is clean.
 */
import type { Hit } from '../../text/matcher';
import { cancelled, isQuestion, ofKind, span, type Doc, type Finding, type IncidentRule } from './context';

export const scopeAbuse: IncidentRule = {
  meta: { id: 'incident/scope_abuse', category: 'scope_abuse', languages: ['fr', 'en'], description: 'Demanding unpaid extra work under pressure' },
  check(doc: Doc): Finding[] {
    const live = (h: Hit) => cancelled(doc, h) !== 'quoted' && cancelled(doc, h) !== 'reported';
    const free = ofKind(doc, 'scope.free').filter((h) => live(h) && !isQuestion(doc, h));
    if (free.length === 0) return [];
    const press = ofKind(doc, 'scope.press').filter(live);
    const scope = ofKind(doc, 'scope.scope');
    const soft = [...ofKind(doc, 'scope.ack'), ...ofKind(doc, 'scope.pressweak')];
    let support: Hit[] = [];
    if (press.length > 0) support = press;
    else if (scope.length > 0 && soft.length > 0) support = [scope[0] as Hit, soft[0] as Hit];
    if (support.length === 0) return [];
    const hs = [...free, ...support].sort((a, b) => a.i - b.i);
    return [{ ruleId: `${this.meta.id}/unpaid-extra`, category: 'scope_abuse', sev: press.length > 1 ? 3 : 2, spans: hs.map((h) => span(doc, h)) }];
  },
};
