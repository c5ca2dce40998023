/**
 * discrimination: attacks on sexual orientation, disability, age, health or gender
 * identity. The requester describing their own situation ("je suis malvoyante", "I'm
 * profoundly deaf") is never an incident: group words framed by a first person are
 * dropped. A group needs a derogatory predicate in the sentence; an identity-based
 * demand ("un conseiller hétéro", "a normal man or woman") needs a demand verb; an
 * orientation named as the person wanted needs it before ("I don't want a gay man handling").
 *
 * Aimed at a person:
 * - a disability word used as a name ("are you deaf?", "t'es autiste ou quoi", "you
 *   retard"): aimed by a second-person frame, or a third-person one with "or what";
 * - an orientation word as a label ("obviously gay", "c'est un homo") next to a
 *   belittling context in the comment ("no wonder", "people like that", "pas étonnant");
 * - age: "you're too old for this job", "il est trop vieux pour ce boulot", or an
 *   ageing vocative ("Listen grandad,").
 */
import type { Token } from '../../text/tokens';
import type { Hit } from '../../text/matcher';
import type { Severity } from '../../lexicons/types';
import { racism } from './racism';
import { cancelled, endsAt, framed, inSentence, kindSet, lookBack, ofKind, span, vocative, type Doc, type Finding, type IncidentRule } from './context';

const SELF = kindSet('ctx.self');
/** Identity-free "normal person" demands: racism when the comment is racist, discrimination otherwise. */
const NORMAL = new Set(['someone normal', 'a normal person', 'quelqu un de normal', 'un conseiller normal', 'une conseillere normale']);
const NEGSPEECH = kindSet('ctx.negspeech');
const MINE = new Set(['mon', 'ma', 'mes', 'my', 'our', 'notre', 'nos']);
const ADDRESS = kindSet('ins.frame');
const THIRD = kindSet('ins.frame3');
const MODS = kindSet('ins.mod');
/** "...deaf or what?", "sourd ou quoi": a rhetorical taunt. */
const TAUNT_AFTER = new Set(['or', 'ou']);
const TAUNT_NEXT = new Set(['what', 'something', 'just', 'stupid', 'quoi', 'bien', 'juste', 'con', 'debile']);
/** An orientation word is a label when it follows a labeller ("obviously gay") or addresses the agent ("t'es homo"); "he's gay" alone may be a victim's story. */
const ORIENT_FRAMES = kindSet('ins.frame', 'disc.labeler');

/** The two tokens right after hit h, in the same clause, are a word of `first` then a word of `second`. */
function followedBy(doc: Doc, h: Hit, first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  const a = doc.tokens[h.j];
  const b = doc.tokens[h.j + 1];
  return a !== undefined && b !== undefined && a.brk === 0 && b.brk === 0 && first.has(a.norm) && second.has(b.norm);
}

/** "a retard like you", "un autiste comme toi": the word as a noun (article before) compared to the agent right after. */
const ARTICLE_BEFORE = new Set(['a', 'an', 'un', 'une']);
const LIKE = new Set(['like', 'comme']);
const YOU = new Set(['you', 'vous', 'toi']);
function likeYou(doc: Doc, h: Hit): boolean {
  const before = doc.tokens[h.i - 1];
  return before !== undefined && (doc.tokens[h.i] as Token).brk === 0 && ARTICLE_BEFORE.has(before.norm) && followedBy(doc, h, LIKE, YOU);
}

function tauntAfter(doc: Doc, h: Hit): boolean {
  return followedBy(doc, h, TAUNT_AFTER, TAUNT_NEXT);
}

/** "depressed, people with...": a phrase hit that straddles a comma is two phrases. */
function crossesClause(doc: Doc, h: Hit): boolean {
  for (let k = h.i + 1; k < h.j; k++) if ((doc.tokens[k] as Token).brk >= 1) return true;
  return false;
}

export const discrimination: IncidentRule = {
  meta: { id: 'incident/discrimination', category: 'discrimination', languages: ['fr', 'en'], description: 'Attacks on orientation, disability, age, health, gender identity', triggers: ['disc.slur', 'disc.strong', 'disc.reject', 'disc.group', 'disc.term', 'disc.termafter', 'disc.person', 'disc.gender', 'disc.disab', 'disc.orient', 'disc.tooold2', 'disc.tooold3', 'disc.agestrong', 'disc.voc'] },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (sev: Severity, hs: Hit[], why: string) => out.push({ ruleId: `${this.meta.id}/${why}`, category: 'discrimination', sev, spans: hs.map((h) => span(doc, h)) });
    for (const h of ofKind(doc, 'disc.slur')) if (!cancelled(doc, h)) add(3, [h], 'slur');
    for (const h of ofKind(doc, 'disc.strong')) if (!cancelled(doc, h)) add(2, [h], 'rejection');
    for (const h of ofKind(doc, 'disc.reject')) {
      const c = cancelled(doc, h);
      if (c !== 'quoted' && c !== 'reported' && !lookBack(doc, h.i, NEGSPEECH, 12, 2)) add(2, [h], 'rejection');
    }
    for (const h of [...ofKind(doc, 'disc.group'), ...ofKind(doc, 'disc.person')]) {
      if (cancelled(doc, h) || lookBack(doc, h.i, SELF, 3, 1) || crossesClause(doc, h)) continue;
      if (h.i > 0 && MINE.has(doc.tokens[h.i - 1]?.norm ?? '')) continue;
      const pred = inSentence(doc, h, 'disc.pred').filter((p) => p.j <= h.i || p.i >= h.j);
      if (pred.length > 0) add(2, [h, pred[0] as Hit], 'group-attack');
    }
    let racistComment: boolean | null = null;
    const racist = (): boolean => (racistComment ??= racism.check(doc).length > 0);
    for (const h of ofKind(doc, 'disc.term')) {
      if (cancelled(doc, h)) continue;
      const demand = inSentence(doc, h, 'ctx.demand');
      // "Someone normal" next to racist words in the comment is part of the racism ("get me someone normal, not some p@ki").
      if (demand.length > 0 && !(NORMAL.has(h.e.keys.join(' ')) && racist())) add(2, [demand[0] as Hit, h], 'demand-by-identity');
    }
    for (const h of [...ofKind(doc, 'disc.termafter'), ...ofKind(doc, 'disc.person')]) {
      const demand = inSentence(doc, h, 'ctx.demand').filter((d) => d.j <= h.i);
      const last = demand[demand.length - 1];
      if (!last || h.i - last.j > 2) continue;
      // "I don't want a gay man": the negation is the demand's own ("I'm not saying I don't want..." still denies).
      const c = cancelled(doc, h);
      if (c && (c !== 'negated' || lookBack(doc, h.i, NEGSPEECH, 12, 2))) continue;
      add(2, [last, h], 'demand-by-identity');
    }
    const gpred = ofKind(doc, 'disc.genderpred');
    if (gpred.length > 0) for (const h of ofKind(doc, 'disc.gender')) add(2, [h, gpred[0] as Hit], 'gender-identity');

    for (const h of ofKind(doc, 'disc.disab')) {
      if (cancelled(doc, h)) continue;
      const f = framed(doc, h.i, ADDRESS, MODS, null, 3);
      const third = f === null && tauntAfter(doc, h) ? framed(doc, h.i, THIRD, MODS, null, 3) : null;
      const frame = f ?? third;
      if (frame && frame !== 'intens') add(2, [frame, h], 'disability-as-insult');
      else if (likeYou(doc, h)) add(2, [h], 'disability-as-insult');
    }
    const belittled = ofKind(doc, 'disc.neg').length + ofKind(doc, 'disc.pred').length > 0;
    for (const h of ofKind(doc, 'disc.orient')) {
      if (cancelled(doc, h)) continue;
      // "t'es homo ou quoi ?" taunts by itself; otherwise the comment must belittle.
      const f = tauntAfter(doc, h) ? framed(doc, h.i, ADDRESS, MODS, null, 3) : belittled ? framed(doc, h.i, ORIENT_FRAMES, MODS, null, 3) : null;
      if (f && f !== 'intens') add(2, [f, h], 'orientation-label');
    }
    for (const kind of ['disc.tooold2', 'disc.tooold3']) {
      for (const h of ofKind(doc, kind)) {
        if (cancelled(doc, h)) continue;
        const after = (k: string) => inSentence(doc, h, k).filter((j) => j.i >= h.j);
        const job = kind === 'disc.tooold2' ? [...after('disc.jobstrong'), ...after('disc.jobweak')] : after('disc.jobstrong');
        if (job.length > 0) add(2, [h, job[0] as Hit], 'age');
      }
    }
    for (const h of ofKind(doc, 'disc.agestrong')) if (!cancelled(doc, h)) add(2, [h], 'age');
    for (const h of ofKind(doc, 'disc.voc')) {
      if ((doc.tokens[h.i] as Token).quoted || !vocative(doc, h)) continue;
      if (endsAt(doc, h.i, kindSet('disc.voc'))) continue;
      add(1, [h], 'age-name');
    }
    return out;
  },
};
