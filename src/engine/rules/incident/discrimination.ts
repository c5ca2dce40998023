/**
 * discrimination: attacks on sexual orientation, disability, age, health or gender
 * identity. The requester describing their own situation ("je suis malvoyante", "I'm
 * profoundly deaf") is never an incident: group words framed by a first person are
 * dropped. A group needs a derogatory predicate in the sentence; an identity-based
 * demand ("un conseiller hétéro", "a normal man or woman") needs a demand verb.
 */
import type { Hit } from '../../text/matcher';
import type { Severity } from '../../lexicons/types';
import { cancelled, inSentence, kindSet, lookBack, ofKind, span, type Doc, type Finding, type IncidentRule } from './context';

const SELF = kindSet('ctx.self');
const MINE = new Set(['mon', 'ma', 'mes', 'my', 'our', 'notre', 'nos']);

export const discrimination: IncidentRule = {
  meta: { id: 'incident/discrimination', category: 'discrimination', languages: ['fr', 'en'], description: 'Attacks on orientation, disability, age, health, gender identity' },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: Severity, hs: Hit[], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'discrimination', sev, spans: hs.map((h) => span(doc, h)) });
    for (const h of ofKind(doc, 'disc.slur')) if (!cancelled(doc, h)) add(3, [h], 'slur');
    for (const h of ofKind(doc, 'disc.strong')) if (!cancelled(doc, h)) add(2, [h], 'rejection');
    for (const h of ofKind(doc, 'disc.group')) {
      if (cancelled(doc, h) || lookBack(doc, h.i, SELF, 3, 1)) continue;
      if (h.i > 0 && MINE.has(doc.tokens[h.i - 1]?.norm ?? '')) continue;
      const pred = inSentence(doc, h, 'disc.pred').filter((p) => p.j <= h.i || p.i >= h.j);
      if (pred.length > 0) add(2, [h, pred[0] as Hit], 'group-attack');
    }
    for (const h of ofKind(doc, 'disc.term')) {
      if (cancelled(doc, h)) continue;
      const demand = inSentence(doc, h, 'ctx.demand');
      if (demand.length > 0) add(2, [demand[0] as Hit, h], 'demand-by-identity');
    }
    const gpred = ofKind(doc, 'disc.genderpred');
    if (gpred.length > 0) for (const h of ofKind(doc, 'disc.gender')) add(2, [h, gpred[0] as Hit], 'gender-identity');
    return out;
  },
};
