/**
 * racism: remarks on race, ethnicity, origin, nationality or religion. Neutral mentions
 * ("je suis belge", "do you have French support?", "vous êtes à Dakar ?") never count:
 * a group word needs a derogatory predicate in the same sentence, a vague group
 * ("ces gens-là") needs a strong predicate ("c'est génétique") or an origin mentioned in
 * the comment, a demand for staff by origin needs a demand verb. Slurs and stereotype
 * "jokes" count alone; clichés (ramadan, curry) only with a laugh in the sentence.
 *
 * Staff by origin, in any case ("someone British", "un conseiller marocain", "not another
 * indian call centre"): a nationality word inside a person phrase (a head before it:
 * "someone", "quelqu'un de"; a staff noun next to it: "agent", "call centre",
 * "conseiller"; or a capitalised French noun after an article: "un Marocain") counts
 * - with a rejection right before it ("not another", "pas encore un"), for any origin;
 * - with a demand verb in the sentence, for the in-group origins only ("British", "white",
 *   "français"), and never when the sentence is about a language ("English-speaking",
 *   "qui parle français").
 * A people's "nature" ("it's in their blood", "c'est dans leur nature") counts once an
 * origin is named in the comment; mocking the agent's name or origin ("what kind of name
 * is that", "vous venez d'où vraiment") counts with a laugh or an origin in the comment.
 */
import type { Token } from '../../text/tokens';
import type { Hit } from '../../text/matcher';
import type { Severity } from '../../lexicons/types';
import { cancelled, endsAt, inSentence, kindSet, ofKind, reportedAt, sentenceHas, span, type Doc, type Finding, type IncidentRule } from './context';

const ORIGIN = ['race.origin', 'race.group', 'race.demand'];
const NATIONALITY = ['race.nat', 'race.natin'];
const HEAD = kindSet('race.head');
const REJECT = kindSet('race.reject');
const STAFF = 'race.staff';
const ARTICLES = new Set(['un', 'une', 'des', 'les', 'ces', 'ce', 'cet', 'cette', 'le', 'la', 'l']);
/**
 * English nationality words that are also adjectives in the same form ("the Chinese
 * version", "Chinese food"): as a group they must be followed by a verb or a function word.
 */
const INVARIANT = new Set(['chinese', 'japanese', 'vietnamese', 'portuguese', 'lebanese', 'swiss']);
const AFTER_GROUP = new Set([
  'are', 'were', 'can', 'cannot', 'could', 'couldn', 'don', 'do', 'does', 'never', 'always', 'all', 'just', 'only', 'who', 'that', 'should', 'shouldn',
  'will', 'won', 'would', 'wouldn', 'have', 'has', 'had', 'keep', 'get', 'steal', 'stole', 'take', 'took', 'ruin', 'ruined', 'run', 'own', 'again', 'and', 'or', 'lol',
]);

function tokenAt(doc: Doc, i: number): Token | undefined {
  return doc.tokens[i];
}

/** A staff noun starting at token k (same clause). */
function staffAt(doc: Doc, k: number): Hit | null {
  const t = tokenAt(doc, k);
  if (!t || t.brk >= 1) return null;
  for (const s of doc.inSentence(doc.sent[k] ?? 0, STAFF)) if (s.i === k) return s;
  return null;
}

/**
 * The person phrase around nationality hit h: its hits (head/staff + h) and the token
 * where it starts, or null when the word describes a thing ("a British plug", "le manuel chinois").
 */
function personPhrase(doc: Doc, h: Hit): { hs: Hit[]; from: number; noun: boolean } | null {
  const head = endsAt(doc, h.i, HEAD);
  if (head && (tokenAt(doc, h.i) as Token).brk === 0) return { hs: [head, h], from: head.i, noun: true };
  const after = staffAt(doc, h.j);
  if (after) {
    // "an Indian call centre", "a British agent": the article (if any) starts the phrase.
    const prev = tokenAt(doc, h.i - 1);
    const from = prev && (tokenAt(doc, h.i) as Token).brk === 0 && ['a', 'an', 'some', 'another', 'one', 'the', 'un', 'une'].includes(prev.norm) ? h.i - 1 : h.i;
    return { hs: [h, after], from, noun: true };
  }
  if (doc.lang === 'fr') {
    // "un conseiller marocain": the staff noun comes first.
    const staff = doc.endingAt(h.i).find((x) => x.e.kind === STAFF);
    if (staff && (tokenAt(doc, h.i) as Token).brk === 0) {
      const prev = tokenAt(doc, staff.i - 1);
      // An adjective after a job ("un conseiller français") may be about a language or a country's rules: rejection only.
      return { hs: [staff, h], from: prev && ARTICLES.has(prev.norm) ? staff.i - 1 : staff.i, noun: false };
    }
    // "un Marocain", "des Roumains": a capitalised noun after an article.
    const prev = tokenAt(doc, h.i - 1);
    if (prev && ARTICLES.has(prev.norm) && (tokenAt(doc, h.i) as Token).cap && (tokenAt(doc, h.i) as Token).brk === 0) return { hs: [h], from: h.i - 1, noun: true };
    return null;
  }
  // "not another Indian": the nationality word used as a noun, at the end of its clause.
  const next = tokenAt(doc, h.j);
  if (!next || next.brk >= 1 || next.norm === 'again' || next.norm === 'please') return { hs: [h], from: h.i, noun: true };
  return null;
}

/**
 * A rejection ending where the person phrase starts ("not another" + "Indian call
 * centre"), or swallowing its article ("pas encore un" + "conseiller marocain").
 */
function rejected(doc: Doc, from: number, h: Hit): Hit | null {
  for (let k = from; k <= h.i; k++) {
    if (k > from && (tokenAt(doc, k) as Token).brk >= 1) break;
    const r = endsAt(doc, k, REJECT);
    if (r) return r;
    if (k > from + 1) break;
  }
  return null;
}

const YOU = new Set(['you', 'your', 'u', 'ur', 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 't']);
/** The sentence of h speaks to the agent ("do YOU eat...", "chez VOUS"). */
function addressed(doc: Doc, h: Hit): boolean {
  // The agent eats it: "do you eat curry", "bet you had dog for dinner", "tu manges du couscous", not
  // "j'ai parié un kebab avec mon cousin que vous..." (the second person a clause away).
  const s = doc.sent[h.i];
  for (let k = h.i - 1; k >= 0 && k >= h.i - 4 && doc.sent[k] === s; k--) {
    if (YOU.has((doc.tokens[k] as Token).norm)) return true;
    if ((doc.tokens[k + 1] as Token).brk >= 1) break;
  }
  return false;
}

/** A laugh in the sentence of h, or opening the next one ("...chez vous ? mdr"). */
function laughNear(doc: Doc, h: Hit): Hit | null {
  const same = inSentence(doc, h, 'ctx.laugh');
  if (same.length > 0) return same[0] as Hit;
  const s = doc.sent[h.i] ?? 0;
  let k = h.j;
  while (k < doc.tokens.length && doc.sent[k] === s) k++;
  return doc.inSentence(s + 1, 'ctx.laugh').find((l) => l.i === k) ?? null;
}

function groupReadsAsAdjective(doc: Doc, h: Hit): boolean {
  if (!INVARIANT.has(h.e.keys[h.e.keys.length - 1] as string)) return false;
  const next = tokenAt(doc, h.j);
  return next !== undefined && next.brk === 0 && next.kind === 'word' && !AFTER_GROUP.has(next.norm);
}

export const racism: IncidentRule = {
  meta: { id: 'incident/racism', category: 'racism', languages: ['fr', 'en'], description: 'Racist slurs, stereotypes and demands by origin', triggers: ['race.slur', 'race.joke', 'race.jokecand', 'race.jokefood', 'race.group', 'race.groupvague', 'race.demand', 'race.natin', 'race.nat', 'race.nature', 'race.mock', 'race.attire'] },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: Severity, hs: Hit[], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'racism', sev, spans: hs.map((h) => span(doc, h)) });
    for (const h of ofKind(doc, 'race.slur')) if (!cancelled(doc, h)) add(3, [h], 'slur');
    for (const h of ofKind(doc, 'race.joke')) {
      const c = cancelled(doc, h);
      // Mockery the requester quotes and laughs at ("say 'flied lice' 😂") is theirs; a reported quote is not.
      const ownQuote = c === 'quoted' && laughNear(doc, h) !== null && !reportedAt(doc, h.i);
      if (!c || c === 'self' || ownQuote) add(2, [h], 'joke');
    }
    for (const h of ofKind(doc, 'race.jokecand')) {
      const laugh = laughNear(doc, h);
      if (laugh && !cancelled(doc, h)) add(1, [h, laugh], 'cliche-joke');
    }
    for (const h of ofKind(doc, 'race.jokefood')) {
      const laugh = laughNear(doc, h);
      if (laugh && addressed(doc, h) && !cancelled(doc, h)) add(1, [h, laugh], 'cliche-joke');
    }
    for (const h of ofKind(doc, 'race.group')) {
      if (cancelled(doc, h) || groupReadsAsAdjective(doc, h)) continue;
      const strong = inSentence(doc, h, 'race.predstrong');
      const pred = inSentence(doc, h, 'race.pred').filter((p) => p.i >= h.j || p.j <= h.i);
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
    // "Please don't send the man in the turban again": religious dress with a rejecting demand in the sentence.
    for (const h of ofKind(doc, 'race.attire')) {
      const c = cancelled(doc, h);
      if (c === 'quoted' || c === 'reported') continue;
      const demand = inSentence(doc, h, 'ctx.demand');
      if (demand.length > 0 && sentenceHas(doc, h, 'ctx.neg')) add(2, [demand[0] as Hit, h], 'rejected-by-religion');
    }
    for (const h of ofKind(doc, 'race.demand')) {
      if (cancelled(doc, h)) continue;
      const demand = inSentence(doc, h, 'ctx.demand');
      if (demand.length > 0 || sentenceHas(doc, h, 'race.groupvague')) add(3, [h], 'demand-by-origin');
    }
    for (const kind of ['race.natin', 'race.nat']) {
      for (const h of ofKind(doc, kind)) {
        const p = personPhrase(doc, h);
        if (!p || cancelled(doc, p.hs[0] as Hit) === 'quoted' || cancelled(doc, p.hs[0] as Hit) === 'reported') continue;
        const rej = rejected(doc, p.from, h);
        if (rej) { add(3, [rej, ...p.hs], 'rejection-by-origin'); continue; }
        if (kind !== 'race.natin' || !p.noun || sentenceHas(doc, h, 'ctx.langneed')) continue;
        const demand = inSentence(doc, h, 'ctx.demand');
        if (demand.length > 0 && !cancelled(doc, p.hs[0] as Hit)) add(3, [demand[0] as Hit, ...p.hs], 'demand-by-origin');
      }
    }
    const originOrNat = originInComment || NATIONALITY.some((k) => ofKind(doc, k).length > 0);
    if (originOrNat || ofKind(doc, 'race.mock').length > 0) {
      // "honesty isn't in their culture": the negation is part of the stereotype; only quotes and reports cancel it.
      for (const h of ofKind(doc, 'race.nature')) {
        const c = cancelled(doc, h);
        if (c !== 'quoted' && c !== 'reported') add(2, [h], 'stereotype');
      }
    }
    const mocks = ofKind(doc, 'race.mock').filter((h) => cancelled(doc, h) !== 'quoted' && cancelled(doc, h) !== 'reported');
    if (mocks.length > 0) {
      const laugh = ofKind(doc, 'ctx.laugh');
      const backing = originOrNat || mocks.length >= 2 || ofKind(doc, 'race.jokecand').length > 0 || ofKind(doc, 'race.nature').length > 0;
      if (backing || laugh.length > 0) add(backing ? 2 : 1, laugh.length > 0 ? [...mocks, laugh[0] as Hit] : mocks, 'origin-mockery');
    }
    return out;
  },
};
