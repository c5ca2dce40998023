/**
 * threat: threats of violence or harm to staff, or intimidation. The customer's legal
 * rights are never threats: lawyers, complaints, regulators, reviews, chargebacks,
 * cancelling ("je vais porter plainte", "see you in the small claims court"); a "you'll
 * regret this" next to one of them is a legal warning, not intimidation. Hyperbole about
 * objects ("launch this phone out the window", "killing my battery") has no target.
 * Ladder: violence starts at stage 4 (end the contact), intimidation at 3.
 */
import type { Hit } from '../../text/matcher';
import type { Severity } from '../../lexicons/types';
import { cancelled, inSentence, ofKind, sentenceHas, span, type Doc, type Finding, type IncidentRule } from './context';

export const threat: IncidentRule = {
  meta: { id: 'incident/threat', category: 'threat', languages: ['fr', 'en'], description: 'Threats of violence and intimidation' },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: Severity, hs: Hit[], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'threat', sev, spans: hs.map((h) => span(doc, h)) });
    const live = (h: Hit) => {
      const c = cancelled(doc, h);
      return c === null || c === 'self';
    };
    for (const h of ofKind(doc, 'threat.violence')) if (live(h)) add(4, [h], 'violence');
    for (const h of ofKind(doc, 'threat.intim')) if (live(h)) add(3, [h], 'intimidation');
    for (const h of ofKind(doc, 'threat.regret')) if (live(h) && !sentenceHas(doc, h, 'ctx.legal')) add(3, [h], 'intimidation');
    for (const h of ofKind(doc, 'threat.know')) {
      const place = inSentence(doc, h, 'threat.place').filter((p) => p.i >= h.j);
      if (place.length > 0 && live(h) && !sentenceHas(doc, h, 'ctx.legal')) add(3, [h, place[0] as Hit], 'knows-where');
    }
    if (out.length > 0) for (const h of ofKind(doc, 'threat.weak')) if (live(h)) add(2, [h], 'intimidation');
    return out;
  },
};
