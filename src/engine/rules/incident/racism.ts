/**
 * racism: remarks on race, ethnicity, origin, nationality or religion. Neutral mentions
 * ("je suis belge", "do you have French support?", "vous êtes à Dakar ?") never count:
 * a group word needs a derogatory predicate in the same sentence, a vague group
 * ("ces gens-là") needs a strong predicate ("c'est génétique") or an origin mentioned in
 * the comment, a demand for staff by origin needs a demand verb. Slurs and stereotype
 * "jokes" count alone; clichés (ramadan, curry) only with a laugh in the sentence.
 */
import { cancelled, inSentence, ofKind, sentenceHas, span, type Doc, type Finding, type IncidentRule } from './context';
import type { Hit } from '../../text/matcher';
import type { Severity } from '../../lexicons/types';

const ORIGIN = ['race.origin', 'race.group', 'race.demand'];

export const racism: IncidentRule = {
  meta: { id: 'incident/racism', category: 'racism', languages: ['fr', 'en'], description: 'Racist slurs, stereotypes and demands by origin' },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: Severity, hs: Hit[], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'racism', sev, spans: hs.map((h) => span(doc, h)) });
    for (const h of ofKind(doc, 'race.slur')) if (!cancelled(doc, h)) add(3, [h], 'slur');
    for (const h of ofKind(doc, 'race.joke')) {
      const c = cancelled(doc, h);
      if (!c || c === 'self') add(2, [h], 'joke');
    }
    for (const h of ofKind(doc, 'race.jokecand')) {
      const laugh = inSentence(doc, h, 'ctx.laugh');
      if (laugh.length > 0 && !cancelled(doc, h)) add(1, [h, laugh[0] as Hit], 'cliche-joke');
    }
    for (const h of ofKind(doc, 'race.group')) {
      if (cancelled(doc, h)) continue;
      const strong = inSentence(doc, h, 'race.predstrong');
      const pred = inSentence(doc, h, 'race.pred');
      if (strong.length > 0) add(3, [h, strong[0] as Hit], 'group-stereotype');
      else if (pred.length > 0) add(2, [h, pred[0] as Hit], 'group-stereotype');
    }
    const originInComment = ORIGIN.some((k) => ofKind(doc, k).length > 0);
    for (const h of ofKind(doc, 'race.groupvague')) {
      if (cancelled(doc, h)) continue;
      const strong = inSentence(doc, h, 'race.predstrong');
      const pred = inSentence(doc, h, 'race.pred');
      if (strong.length > 0) add(3, [h, strong[0] as Hit], 'group-stereotype');
      else if (pred.length > 0 && originInComment) add(2, [h, pred[0] as Hit], 'group-rejection');
    }
    for (const h of ofKind(doc, 'race.demand')) {
      if (cancelled(doc, h)) continue;
      const demand = inSentence(doc, h, 'ctx.demand');
      if (demand.length > 0 || sentenceHas(doc, h, 'race.groupvague')) add(3, [h], 'demand-by-origin');
    }
    return out;
  },
};
