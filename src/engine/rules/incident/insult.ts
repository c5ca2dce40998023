/**
 * insult: name-calling, contempt or vulgar abuse aimed at people.
 * - ins.strong words count unless cancelled (quoted, reported, negated, about oneself) or
 *   used as an impersonal adjective ("c'est idiot", "that's idiotic").
 * - ins.addr abuse ("ta gueule", "fuck off") counts unless quoted/reported/negated.
 * - ins.weak words count only when aimed: an address frame ("vous êtes", "t'es", "bande de",
 *   "you"), a third-person frame ("c'est un con"), an intensifier ("un vrai con", "sale con"),
 *   or "X of a <person>" ("weasel of a manager"), or a pair in such a frame ("vous êtes des
 *   escrocs et des minables").
 * - ins.weakobj words (also objects/animals: gourde, porc, cow) need an address frame or an
 *   intensifier, never a third-person frame ("c'est une gourde isotherme").
 * Swearing at the product ("ce putain de logiciel", "this damn app") has no insult word;
 * an insult used as the product's adjective ("the son of a b!tch app") names a thing.
 */
import type { Token } from '../../text/tokens';
import type { Hit } from '../../text/matcher';
import { COPULA, cancelled, endsAt, framed, kindSet, ofKind, selfAfter, span, type Doc, type Finding, type IncidentRule } from './context';

const FRAMES = kindSet('ins.frame');
const FRAMES_ALL = kindSet('ins.frame', 'ins.frame3');
const SKIP = kindSet('ins.mod');
const INTENS = kindSet('ins.intens');
const IMPERS = kindSet('ctx.impers');

function ofAPerson(doc: Doc, j: number): boolean {
  const a = doc.tokens[j];
  const b = doc.tokens[j + 1];
  return a !== undefined && b !== undefined && a.brk === 0 && b.brk === 0 && a.norm === 'of' && (b.norm === 'a' || b.norm === 'an');
}

/** English adjectives that precede a noun ("a dumb question", "this stupid app") describe that thing. */
const ADJECTIVES = new Set(['stupid', 'dumb', 'thick', 'dense', 'pathetic', 'idiotic', 'moronic', 'retarded', 'brainless']);
const AFTER_ADJ_OK = new Set(['or', 'and', 'but', 'as', 'if', 'to', 'that', 'enough', 'people', 'lot', 'bunch', 'guys', 'for', 'when', 'because', 'lol', 'lmao', 'haha', 'honestly', 'mate']);
function describesAThing(doc: Doc, h: Hit): boolean {
  if (!ADJECTIVES.has(h.e.keys[h.e.keys.length - 1] as string)) return false;
  const next = doc.tokens[h.j];
  if (!next || next.brk >= 1 || next.kind !== 'word' || AFTER_ADJ_OK.has(next.norm)) return false;
  const insultNext = doc.endingAt(h.j + 1).some((x) => x.i === h.j && x.e.kind.startsWith('ins.'));
  return !insultNext && !INTENS_WORDS.has(next.norm);
}
const INTENS_WORDS = new Set(['old', 'little', 'useless', 'lazy', 'fat', 'ugly', 'bloody', 'fucking']);

/** Things a customer swears at: "the son of a b!tch app crashed", "this piece of shit printer". */
const THINGS = new Set([
  'app', 'apps', 'thing', 'things', 'software', 'program', 'programme', 'website', 'site', 'phone', 'printer', 'router', 'modem', 'machine', 'system',
  'update', 'device', 'box', 'car', 'computer', 'laptop', 'product', 'portal', 'form', 'tablet', 'console', 'game', 'tv', 'boiler', 'meter', 'card',
]);
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'your', 'my', 'a', 'an']);
/**
 * A name-calling phrase said of a thing: as its adjective right after it ("the son of a
 * b!tch app"), or as what a thing is ("your app is a piece of sh!t"): swearing at the product.
 */
function namesAThing(doc: Doc, h: Hit): boolean {
  const before = doc.tokens[h.i - 1];
  const next = doc.tokens[h.j];
  if (before !== undefined && next !== undefined && next.brk === 0 && (doc.tokens[h.i] as Token).brk === 0 && DETERMINERS.has(before.norm) && THINGS.has(next.norm)) return true;
  let k = h.i - 1;
  while (k > 0 && k >= h.i - 3 && (doc.tokens[k + 1] as Token).brk === 0 && THING_IS_A_SKIP.has((doc.tokens[k] as Token).norm)) k--;
  const verb = doc.tokens[k];
  const subject = doc.tokens[k - 1];
  return verb !== undefined && subject !== undefined && verb.brk === 0 && (doc.tokens[k + 1] as Token).brk === 0 && THING_VERB.has(verb.norm) && THINGS.has(subject.norm);
}
/** "40 bâtards commandés": a counted word is goods, not a name for a person. */
function counted(doc: Doc, h: Hit): boolean {
  const before = doc.tokens[h.i - 1];
  return before !== undefined && (doc.tokens[h.i] as Token).brk === 0 && /^\d+$/.test(before.norm);
}
const THING_IS_A_SKIP = new Set(['a', 'an', 'total', 'complete', 'absolute', 'utter', 'real', 'right', 'such', 'just', 'un', 'une', 'vrai', 'vraie', 'too']);
const THING_VERB = new Set(['is', 's', 'was', 'est', 'etait']);
/** "to Twatt, Orkney", "near Crapstone": a capitalised word after a preposition of place is a place name. */
const PLACE_PREP = new Set(['to', 'in', 'from', 'at', 'near', 'via', 'outside', 'pres', 'vers']);
function placeName(doc: Doc, h: Hit): boolean {
  const first = doc.tokens[h.i] as Token;
  const before = doc.tokens[h.i - 1];
  if (!first.cap || first.brk !== 0) return false;
  if (before !== undefined && PLACE_PREP.has(before.norm)) return true;
  // A title in capitals ("Bitch Planet", "President Bitch"): a capitalised word right before or after, inside the clause.
  const next = doc.tokens[h.j];
  const prevTitled = before !== undefined && before.cap && before.brk <= 1 && h.i >= 2 && !YOU_WORDS.has(before.norm);
  return (next !== undefined && next.cap && next.brk === 0 && next.kind === 'word') || prevTitled;
}
const YOU_WORDS = new Set(['you', 'u', 'ya', 'your', 'vous', 'toi', 'espece', 'sale', 'gros', 'grosse', 'pauvre', 'bande', 'stupid', 'fucking', 'dumb', 'little', 'old', 'silly']);

const WHOEVER = new Set(['whoever', 'whoeva']);
/** "Whoever signed this off is clueless", "whoever is handling my order is stupid": the subject is a person. */
function whoeverIs(doc: Doc, i: number): boolean {
  const cop = doc.tokens[i - 1];
  if (!cop || (doc.tokens[i] as Token).brk !== 0 || !COPULA.has(cop.norm)) return false;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
    const t = doc.tokens[k] as Token;
    if (WHOEVER.has(t.norm)) return true;
    if (t.brk !== 0) return false;
  }
  return false;
}

const CONJ = new Set(['et', 'and', 'ou', 'or']);
const ARTICLE = new Set(['des', 'de', 'd', 'les', 'un', 'une', 'a', 'an', 'the']);
/**
 * The second noun of a pair aimed as a whole: "vous êtes des escrocs et des minables",
 * "you're liars and clowns". The word before the conjunction must itself stand in the
 * frame (one noun, one level: no walk through a list).
 */
function coordinated(doc: Doc, i: number, frames: ReadonlySet<string>): boolean {
  let k = i;
  if (k > 0 && ARTICLE.has((doc.tokens[k - 1] as Token).norm) && (doc.tokens[k] as Token).brk === 0) k--;
  const conj = doc.tokens[k - 1];
  if (k < 2 || !conj || (doc.tokens[k] as Token).brk !== 0 || conj.brk !== 0 || !CONJ.has(conj.norm)) return false;
  const f = framed(doc, k - 2, frames, SKIP, INTENS);
  return f !== null && f !== 'intens';
}

export const insult: IncidentRule = {
  meta: { id: 'incident/insult', category: 'insult', languages: ['fr', 'en'], description: 'Insults and name-calling aimed at people', triggers: ['ins.strong', 'ins.addr', 'ins.weak', 'ins.weakobj'] },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: 1 | 2 | 3 | 4, h: Parameters<typeof span>[1], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'insult', sev, spans: [span(doc, h)] });
    for (const h of ofKind(doc, 'ins.strong')) {
      if (cancelled(doc, h) || namesAThing(doc, h) || placeName(doc, h) || counted(doc, h) || selfAfter(doc, h.j)) continue;
      if (endsAt(doc, h.i, IMPERS) && (doc.tokens[h.i] as Token).brk === 0) continue;
      add(h.e.sev, h, 'name-calling');
    }
    for (const h of ofKind(doc, 'ins.addr')) {
      const c = cancelled(doc, h);
      if (c && c !== 'self') continue;
      add(3, h, 'abuse');
    }
    for (const h of ofKind(doc, 'ins.weak')) {
      if (cancelled(doc, h) || describesAThing(doc, h) || selfAfter(doc, h.j)) continue;
      if (endsAt(doc, h.i, IMPERS) && (doc.tokens[h.i] as Token).brk === 0) continue;
      if (framed(doc, h.i, FRAMES_ALL, SKIP, INTENS) || ofAPerson(doc, h.j) || coordinated(doc, h.i, FRAMES_ALL) || whoeverIs(doc, h.i)) add(h.e.sev, h, 'aimed');
    }
    for (const h of ofKind(doc, 'ins.weakobj')) {
      if (cancelled(doc, h) || selfAfter(doc, h.j)) continue;
      if (framed(doc, h.i, FRAMES, SKIP, INTENS) || ofAPerson(doc, h.j)) add(h.e.sev, h, 'aimed');
    }
    return out;
  },
};
