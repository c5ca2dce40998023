/**
 * scope_abuse: bad-faith pressure beyond the contract. Needs a demand for free work or a
 * refusal to pay more (not inside a question: "est-ce inclus ?" is a question) AND either
 * pressure to bend the terms (withholding payment, "tant que vous y êtes", "any proper
 * agency would throw this in") or the contract named with an admission that it is outside
 * it / loyalty leverage / a demand for more work ("you'll also do my wife's return", "vous
 * referez aussi la salle de bain"). The contract may be named as a SOW, engagement
 * letter, plan, devis signé, bon de commande, forfait, abonnement... Asking whether
 * something is included, or for a quote, is clean; refusing a price rise or a wrong
 * charge demands no extra work and is clean too.
 */
import type { Hit } from '../../text/matcher';
import { cancelled, isQuestion, ofKind, sentenceHas, span, type Doc, type Finding, type IncidentRule } from './context';

export const scopeAbuse: IncidentRule = {
  meta: { id: 'incident/scope_abuse', category: 'scope_abuse', languages: ['fr', 'en'], description: 'Demanding unpaid extra work under pressure', triggers: ['scope.free'] },
  check(doc: Doc): Finding[] {
    const live = (h: Hit) => cancelled(doc, h) !== 'quoted' && cancelled(doc, h) !== 'reported';
    const free = ofKind(doc, 'scope.free').filter((h) => live(h) && !isQuestion(doc, h));
    if (free.length === 0) return [];
    const press = ofKind(doc, 'scope.press').filter(live);
    const scope = ofKind(doc, 'scope.scope');
    // "add the blog too, I'm not paying more": the extra work sits next to the refusal or the contract, and is no question.
    const extraWork = (h: Hit) => !isQuestion(doc, h) && (sentenceHas(doc, h, 'scope.free') || sentenceHas(doc, h, 'scope.scope'));
    // Softer support: knowing it is outside, loyalty leverage, or asking for more work than the contract ("you'll also do...", "ajoutez aussi").
    const soft = [...ofKind(doc, 'scope.ack'), ...ofKind(doc, 'scope.pressweak'), ...ofKind(doc, 'scope.extra').filter(extraWork)];
    let support: Hit[] = [];
    if (press.length > 0) support = press;
    else if (scope.length > 0 && soft.length > 0) support = [scope[0] as Hit, soft[0] as Hit];
    if (support.length === 0) return [];
    const hs = [...free, ...support].sort((a, b) => a.i - b.i);
    return [{ ruleId: `${this.meta.id}/unpaid-extra`, category: 'scope_abuse', sev: press.length > 1 ? 3 : 2, spans: hs.map((h) => span(doc, h)) }];
  },
};
