/**
 * threat: threats of violence or harm to staff, or intimidation. The customer's legal
 * rights are never threats: lawyers, complaints, regulators, reviews, chargebacks,
 * cancelling ("je vais porter plainte", "see you in the small claims court"); a "you'll
 * regret this" next to one of them is a legal warning, not intimidation. Hyperbole about
 * objects ("launch this phone out the window", "killing my battery") has no target.
 * Harm as a consequence for a third person ("he'll be limping home", "il repartira avec
 * des dents en moins", "someone will get hurt") counts unless the sentence is about a
 * hazard ("that loose railing, someone will get hurt"). Knowledge of an employee's
 * private life or movements ("I know what car she drives", "j'ai vu vos enfants") is
 * intimidation. Waiting for someone ("je vous attendrai à l'accueil") is weak: it counts
 * only next to another threat cue. An open-ended "you'll regret" (threat.regretweak) needs such
 * a weak cue in its sentence: "you'll regret losing me" alone regrets lost business.
 * Ladder: violence starts at stage 4 (end the contact), intimidation at 3.
 */
import type { Hit } from '../../text/matcher';
import type { Token } from '../../text/tokens';
import type { Severity } from '../../lexicons/types';
import { cancelled, inSentence, isQuestion, ofKind, sentenceHas, span, type Doc, type Finding, type IncidentRule } from './context';

/** People a private-life detail is about ("I know what car SHE drives", "je sais quelle voiture IL a"). */
const PERSON = new Set(['you', 'your', 'he', 'his', 'him', 'she', 'her', 'they', 'their', 'vous', 'votre', 'vos', 'il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'leurs', 'ton', 'ta', 'tes', 'tu', 'lui']);

/**
 * A private-life word within 3 tokens after a broad "I know what/how", in the same
 * clause, with a person named around it ("I know what car she drives"; not "I know what
 * you mean, the car park...").
 */
function privateDetail(doc: Doc, h: Hit): Hit | null {
  for (const p of inSentence(doc, h, 'threat.private')) {
    if (p.i < h.j || p.i - h.j > 3) continue;
    let person = false;
    let broken = false;
    for (let k = h.j; k < Math.min(doc.tokens.length, p.j + 3); k++) {
      if (k > h.j && (doc.tokens[k]?.brk ?? 2) >= 1) { broken = k <= p.i; break; }
      if (PERSON.has(doc.tokens[k]?.norm ?? '')) person = true;
    }
    if (person && !broken) return p;
  }
  return null;
}

const DEMONSTRATIVE = new Set(['ce', 'cet', 'cette', 'ces', 'this', 'that', 'these', 'those']);
/** Objects a customer threatens in jest: "je vais le tuer ce bug", "I'll kill it, this printer". */
const OBJECTS = new Set([
  'bug', 'bugs', 'logiciel', 'appli', 'application', 'app', 'ordinateur', 'ordi', 'pc', 'site', 'programme', 'jeu', 'niveau', 'boss', 'truc', 'machin', 'imprimante',
  'box', 'telephone', 'portable', 'compteur', 'moteur', 'virus', 'printer', 'thing', 'computer', 'laptop', 'game', 'level', 'router', 'modem', 'phone', 'machine',
  'frigo', 'fridge', 'voiture', 'car', 'tondeuse', 'aspirateur', 'robot', 'clavier', 'keyboard', 'souris', 'mouse', 'ecran', 'screen', 'lave', 'mise', 'update',
]);
/** "Mon fils a renversé son jus dessus (je vais le tuer 😅)": hyperbole about the writer's own family or pet. */
const OWN = new Set(['mon', 'ma', 'my']);
const KIN = new Set(['fils', 'fille', 'mari', 'femme', 'frere', 'soeur', 'chat', 'chien', 'gamin', 'gamine', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'cat', 'dog', 'kid', 'kids', 'enfants', 'boy', 'girl', 'chiot', 'puppy', 'copain', 'boyfriend', 'girlfriend']);
const THIRD = new Set(['le', 'la', 'him', 'her', 'les', 'them']);
function aboutOwnKin(doc: Doc, h: Hit, lastKin: () => Int32Array): boolean {
  let third = false;
  for (let k = h.i; k < h.j; k++) if (THIRD.has((doc.tokens[k] as Token).norm)) third = true;
  if (!third) return false;
  const k = lastKin()[h.i] as number;
  return k >= 0 && doc.sent[k] === doc.sent[h.i];
}

/** Per token i: the last k < i where "mon fils" / "my son" ends (kin word at k, own word at k - 1), or -1. One pass. */
function lastKinBefore(doc: Doc): Int32Array {
  const tokens = doc.tokens;
  const out = new Int32Array(tokens.length);
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    out[i] = last;
    if (i >= 1 && KIN.has((tokens[i] as Token).norm) && OWN.has((tokens[i - 1] as Token).norm)) last = i;
  }
  return out;
}

/** The pronoun of the threat stands for an object named right after it (a right dislocation: "je vais le tuer, ce bug"). */
function aboutAnObject(doc: Doc, h: Hit): boolean {
  const a = doc.tokens[h.j];
  const b = doc.tokens[h.j + 1];
  return a !== undefined && b !== undefined && a.brk <= 1 && b.brk === 0 && DEMONSTRATIVE.has(a.norm) && OBJECTS.has(b.norm);
}

export const threat: IncidentRule = {
  meta: { id: 'incident/threat', category: 'threat', languages: ['fr', 'en'], description: 'Threats of violence and intimidation', triggers: ['threat.violence', 'threat.intim', 'threat.regret', 'threat.regretweak', 'threat.know', 'threat.knowweak', 'threat.harm'] },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: Severity, hs: Hit[], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'threat', sev, spans: hs.map((h) => span(doc, h)) });
    const live = (h: Hit) => {
      const c = cancelled(doc, h);
      return c === null || c === 'self';
    };
    let kin: Int32Array | null = null;
    const lastKin = (): Int32Array => (kin ??= lastKinBefore(doc));
    for (const h of ofKind(doc, 'threat.violence')) if (live(h) && !aboutAnObject(doc, h) && !aboutOwnKin(doc, h, lastKin)) add(4, [h], 'violence');
    for (const h of ofKind(doc, 'threat.intim')) if (live(h)) add(3, [h], 'intimidation');
    for (const h of ofKind(doc, 'threat.regret')) if (live(h) && !sentenceHas(doc, h, 'ctx.legal')) add(3, [h], 'intimidation');
    // "you'll regret ever taking my money" is intimidation with a weak cue in its sentence ("I'll come down ... myself").
    for (const h of ofKind(doc, 'threat.regretweak')) {
      if (!live(h) || sentenceHas(doc, h, 'ctx.legal') || ofKind(doc, 'threat.regret').some((r) => r.i === h.i)) continue;
      const cue = inSentence(doc, h, 'threat.weak').find(live);
      if (cue) add(3, [cue, h], 'intimidation');
    }
    for (const h of ofKind(doc, 'threat.know')) {
      const place = inSentence(doc, h, 'threat.place').filter((p) => p.i >= h.j);
      // An errand at that place ("I'll drop the signed forms in at reception") explains why they know it.
      if (place.length > 0 && live(h) && !sentenceHas(doc, h, 'ctx.legal') && !sentenceHas(doc, h, 'ctx.errand')) add(3, [h, place[0] as Hit], 'knows-where');
    }
    for (const h of ofKind(doc, 'threat.knowweak')) {
      const p = privateDetail(doc, h);
      if (p && live(h) && !sentenceHas(doc, h, 'ctx.legal')) add(3, [h, p], 'knows-private-life');
    }
    // "someone will get hurt", "il va lui arriver quelque chose": harm as a consequence, unless about a hazard or asked.
    for (const h of ofKind(doc, 'threat.harm')) {
      if (!live(h) || sentenceHas(doc, h, 'ctx.hazard') || isQuestion(doc, h)) continue;
      add(4, [h], 'harm-to-someone');
    }
    if (out.length > 0) for (const h of ofKind(doc, 'threat.weak')) if (live(h)) add(2, [h], 'intimidation');
    return out;
  },
};
