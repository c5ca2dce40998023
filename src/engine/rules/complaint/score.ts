/**
 * From signals to a complaint type. Each type gets points from its own signals
 * (diminishing: a family counts up to a cap), history adds points only when the text
 * carries a complaint, and the best type wins if it clears the threshold; otherwise
 * "none". All weights live here, in one table, so tuning never touches the rules.
 */
import type { ComplaintType, Evidence, HistoryFact } from '../../types';
import type { ComplaintInput } from './types';
import type { HaterSignals } from './hater';
import type { CriticSignals } from './critic';
import type { LapsedSignals } from './lapsed';
import type { PassionateSignals } from './passionate';
import type { PresenceSignals } from './presence';
import type { FamilyMatch } from './signals';
import type { Token } from '../phrase';
import { REQUESTS_EN } from '../../lexicons/en/complaint';
import { REQUESTS_FR } from '../../lexicons/fr/complaint';

/** Suggestion patterns that are plain requests: they count only for a clearly warm customer. */
const REQUEST_SOURCES: ReadonlySet<string> = new Set([...REQUESTS_EN, ...REQUESTS_FR]);

export interface Signals {
  hater: HaterSignals;
  critic: CriticSignals;
  lapsed: LapsedSignals;
  passionate: PassionateSignals;
  presence: PresenceSignals;
}

export const WEIGHTS = {
  threshold: 2,
  hater: { hostility: 1.5, hostilityCap: 3, rejection: 1.5, rejectionCap: 2, irritation: 0.4, irritationCap: 3 },
  critic: { item: 1.2, itemCap: 5, prose: 0.8, proseCap: 3, loose: 0.4, looseCap: 3, precise: 0.1, preciseCap: 10, hostilityPenalty: 0.8 },
  lapsed: { churn: 1.8, churnCap: 2, thenNow: 1, thenNowCap: 2, tenure: 0.9, tenureCap: 2, praise: 1, praiseCap: 2, disappointment: 0.6, disappointmentCap: 2, irritation: 0.5, minLoyalty: 0.5 },
  passionate: { problem: 0.6, affection: 1.4, affectionCap: 3, warmth: 0.4, warmthCap: 3, suggestion: 0.9, suggestionCap: 2, emoji: 0.3, emojiCap: 3, churnPenalty: 2, hostilityPenalty: 1.2 },
  history: {
    oldAccountYears: 5, midAccountYears: 3, oldAccount: 1, midAccount: 0.5,
    good3: 1, good2: 0.6, good1: 0.2,
    bad2: 1, badExtra: 0.4, bad1: 0.3, badCap: 2,
    hostileSubject: 0.6, hostileSubjectCap: 1.2, boundaryTag: 0.4, boundaryTagCap: 0.8, youngAccountYears: 2, youngAccount: 0.3,
    preciseSubject: 0.7, preciseSubjectCap: 1.4, goodOffsetsBad: 0.3,
  },
} as const;

const cap = (n: number, c: number): number => Math.min(n, c);

/**
 * Then/now contrasts that only date a change ("since the update", "lately", "depuis la
 * mise à jour"): they show discontent but are no loyalty of their own; "it used to be
 * great", "ce n'était pas comme ça avant" are.
 */
const EVENT_START = new Set(['since', 'depuis', 'lately', 'these', 'nowadays', 'recently', 'until', 'till', 'up', 'jusqu', 'ces', 'dernierement', 'de', 'this', 'last', 'maintenant', 'from', 'for', 'over']);
function eventContrast(f: FamilyMatch): boolean {
  return EVENT_START.has((f.unit.tokens[f.m.from] as Token).norm);
}
/** Affection for something named ("I love your app", "je vous adore"), not a bare "love it". */
const VAGUE_OBJECT = new Set(['it', 'them', 'this', 'that', 'these', 'ca', 'cela']);
function namedAffection(f: FamilyMatch): boolean {
  return f.m.to - f.m.from >= 3 && !VAGUE_OBJECT.has((f.unit.tokens[f.m.to - 1] as Token).norm);
}

/** Churn that asks to leave ("cancel my subscription", "résilier") rather than warning ("my next car won't be through you"). */
const REQUEST_WORDS = ['cancel', 'close', 'clos', 'end', 'ending', 'terminat', 'resili', 'ferm', 'clotur', 'fin'];
function churnRequest(f: FamilyMatch): boolean {
  for (let k = f.m.from; k < f.m.to; k++) {
    const w = (f.unit.tokens[k] as Token).norm;
    if (REQUEST_WORDS.some((r) => w.startsWith(r))) return true;
  }
  return false;
}
const MAX_EVIDENCE = 10;

export interface Decision {
  type: ComplaintType;
  confidence: number;
  scores: Record<ComplaintType, number>;
  evidence: Evidence[];
  facts: HistoryFact[];
}

function loyaltyFromHistory(h: ComplaintInput['history'], years: number | null): number {
  const W = WEIGHTS.history;
  let p = 0;
  if (years !== null) p += years >= W.oldAccountYears ? W.oldAccount : years >= W.midAccountYears ? W.midAccount : 0;
  p += h.good >= 3 ? W.good3 : h.good === 2 ? W.good2 : h.good === 1 ? W.good1 : 0;
  if (h.bad >= h.good) p -= h.bad * W.goodOffsetsBad;
  return Math.max(0, p);
}

function hostilityFromHistory(h: ComplaintInput['history'], years: number | null): number {
  const W = WEIGHTS.history;
  let p = h.bad >= 2 ? cap(W.bad2 + W.badExtra * (h.bad - 2), W.badCap) : h.bad === 1 ? W.bad1 : 0;
  p += cap(h.hostileSubjects * W.hostileSubject, W.hostileSubjectCap);
  p += cap(h.boundaryTags * W.boundaryTag, W.boundaryTagCap);
  if (years !== null && years < W.youngAccountYears && h.bad > 0) p += W.youngAccount;
  p -= h.good * W.goodOffsetsBad;
  return Math.max(0, p);
}

function historyFacts(h: ComplaintInput['history'], years: number | null, type: ComplaintType): HistoryFact[] {
  const facts: HistoryFact[] = [];
  const loyalType: ComplaintType = type === 'passionate' ? 'passionate' : 'lapsed_loyal';
  if (years !== null) facts.push({ kind: 'customer_since', value: Math.floor(years * 10) / 10, supports: years >= WEIGHTS.history.midAccountYears ? loyalType : 'none' });
  facts.push({ kind: 'tickets', value: h.total, supports: 'none' });
  if (h.good) facts.push({ kind: 'rated_good', value: h.good, supports: loyalType });
  if (h.bad) facts.push({ kind: 'rated_bad', value: h.bad, supports: 'active_hater' });
  if (h.boundaryTags) facts.push({ kind: 'boundary_tags', value: h.boundaryTags, supports: 'active_hater' });
  if (h.hostileSubjects) facts.push({ kind: 'hostile_tickets', value: h.hostileSubjects, supports: 'active_hater' });
  if (h.preciseSubjects) facts.push({ kind: 'precise_tickets', value: h.preciseSubjects, supports: 'extreme_critic' });
  return facts;
}

function byPosition(a: Evidence, b: Evidence): number {
  return (a.commentId ?? 0) - (b.commentId ?? 0) || a.start - b.start;
}

const RANK_ORDER: readonly ComplaintType[] = ['active_hater', 'extreme_critic', 'lapsed_loyal', 'passionate'];

/**
 * Best type (the first of RANK_ORDER on a tie), its score and the runner-up's score:
 * what a stable sort of the four scores, highest first, puts in places 0 and 1.
 */
export function ranked(...scores: number[]): [ComplaintType, number, number] {
  let b = 0;
  for (let k = 1; k < scores.length; k++) if ((scores[k] as number) > (scores[b] as number)) b = k;
  let second = -Infinity;
  for (let k = 0; k < scores.length; k++) if (k !== b && (scores[k] as number) > second) second = scores[k] as number;
  return [RANK_ORDER[b] as ComplaintType, scores[b] as number, second];
}

/** Evidence of a type: primary (the signals that define it), then supporting tone. Built for the chosen type only. */
function evidenceOf(s: Signals, type: ComplaintType): [Evidence[], Evidence[]] {
  const ev = (list: { evidence: Evidence }[]): Evidence[] => list.map((x) => x.evidence);
  switch (type) {
    case 'active_hater': return [[...ev(s.hater.hostility), ...ev(s.hater.rejection)], ev(s.presence.irritation)];
    case 'extreme_critic': return [[...s.critic.defectItems, ...s.critic.proseDefects], s.critic.looseDefects];
    case 'lapsed_loyal': return [[...ev(s.lapsed.tenure), ...ev(s.lapsed.praisePast), ...ev(s.lapsed.thenNow), ...ev(s.lapsed.churn)], [...ev(s.lapsed.disappointment), ...ev(s.presence.irritation)]];
    case 'passionate': return [[...ev(s.passionate.affection), ...ev(s.passionate.suggestion)], ev(s.passionate.warmth)];
    case 'none': return [[], []];
  }
}

export function decide(s: Signals, input: ComplaintInput): Decision {
  const W = WEIGHTS;
  const h = input.history;
  const years = input.accountYears;
  const n = {
    H: s.hater.hostility.length, R: s.hater.rejection.length,
    items: s.critic.defectItems.length, prose: s.critic.proseDefects.length, loose: s.critic.looseDefects.length, precise: s.critic.precise,
    C: s.lapsed.churn.length, TN: s.lapsed.thenNow.length, T: s.lapsed.tenure.length, PP: s.lapsed.praisePast.length, DS: s.lapsed.disappointment.length,
    A: s.passionate.affection.length, WA: s.passionate.warmth.length, E: s.passionate.warmEmoji,
    S: s.passionate.suggestion.filter((f) => !REQUEST_SOURCES.has(f.m.pattern.source)).length,
    RQ: s.passionate.suggestion.filter((f) => REQUEST_SOURCES.has(f.m.pattern.source)).length,
    PB: s.presence.problem.length, IR: s.presence.irritation.length,
  };
  const complaint = n.PB + n.IR + n.H + n.R + n.C + n.DS + n.items + n.prose + n.TN > 0;
  // History may tip a case only when the words themselves sound unhappy; hostility or a
  // rejected remedy is unhappy by itself ("vos excuses, je m'en passe" + a run of bad ratings).
  const negTone = n.IR + n.DS + n.H + n.R;
  const unhappy = negTone >= 2 || (negTone >= 1 && n.PB >= 1) || n.H + n.R >= 1;

  const hater = W.hater.hostility * cap(n.H, W.hater.hostilityCap) + W.hater.rejection * cap(n.R, W.hater.rejectionCap)
    + W.hater.irritation * cap(n.IR, W.hater.irritationCap) + (unhappy ? hostilityFromHistory(h, years) : 0);

  const precise = n.items + n.prose > 0 ? W.critic.precise * cap(n.precise, W.critic.preciseCap) : 0;
  const criticHistory = n.items + n.prose > 0 ? cap(h.preciseSubjects * W.history.preciseSubject, W.history.preciseSubjectCap) : 0;
  const critic = Math.max(0, W.critic.item * cap(n.items, W.critic.itemCap) + W.critic.prose * cap(n.prose, W.critic.proseCap) + (n.prose > 0 ? W.critic.loose * cap(n.loose, W.critic.looseCap) : 0) + precise + criticHistory
    - W.critic.hostilityPenalty * cap(n.H, 3));

  const loyalHist = complaint ? loyaltyFromHistory(h, years) : 0;
  const tnEvent = s.lapsed.thenNow.filter(eventContrast).length;
  // A dated change counts as loyalty only next to another loyalty signal (tenure, praise, a real history: not a 3-year-old account alone).
  const tnLoyal = n.TN - tnEvent + (n.T + n.PP > 0 || loyalHist >= 1 ? tnEvent : 0);
  const loyalText = W.lapsed.tenure * cap(n.T, W.lapsed.tenureCap) + W.lapsed.praise * cap(n.PP, W.lapsed.praiseCap) + W.lapsed.thenNow * cap(tnLoyal, W.lapsed.thenNowCap);
  // A churn threat counts when something is wrong; a polite "please cancel, I'm moving" is not a complaint.
  const grievance = n.PB + n.IR + n.DS + n.TN + n.items + n.prose + n.H > 0;
  // A warning to leave from a customer who states their loyalty is discontent by itself ("my next car won't be through you").
  const churnThreat = s.lapsed.churn.some((c) => !churnRequest(c)) && n.T + n.PP > 0;
  // "Since the update it crashes" dates a bug; it is discontent only with irritation, disappointment or a churn threat.
  const tnDiscontent = n.TN - tnEvent > 0 || (tnEvent > 0 && n.IR + n.DS + n.C > 0);
  // Irritation alone ("ce fichu bug", "again") is discontent, except from a customer who states
  // present affection ("j'aime toujours autant votre appli"): that one is a fan, not someone wondering whether to stay.
  const irritated = n.IR >= 2 || (n.IR >= 1 && n.PB >= 1);
  const discontent = (n.C > 0 && grievance) || churnThreat || tnDiscontent || n.DS > 0 || (irritated && n.A === 0);
  const lapsed = loyalText + loyalHist >= W.lapsed.minLoyalty && discontent
    ? loyalText + loyalHist + W.lapsed.churn * cap(n.C, W.lapsed.churnCap) + W.lapsed.disappointment * cap(n.DS, W.lapsed.disappointmentCap) + (n.IR > 0 ? W.lapsed.irritation : 0)
    : 0;

  const P = W.passionate;
  // A plain request counts as a suggestion for a clearly warm customer ("I love your app! Is there a way to export?"), not after a bare "love it".
  const warm = n.A >= 2 || (n.A >= 1 && (n.WA >= 1 || n.E >= 1)) || s.passionate.affection.some(namedAffection);
  if (warm) n.S += n.RQ;
  const fond = n.A > 0 || (n.WA >= 2 && n.S > 0);
  const passionate = fond && (n.PB > 0 || n.S > 0 || n.items + n.prose > 0)
    ? Math.max(0, (n.PB > 0 ? P.problem : 0) + P.affection * cap(n.A, P.affectionCap) + P.warmth * cap(n.WA, P.warmthCap) + P.suggestion * cap(n.S, P.suggestionCap) + P.emoji * cap(n.E, P.emojiCap)
      - P.churnPenalty * cap(n.C, 1) - P.hostilityPenalty * cap(n.H + n.R, 2))
    : 0;

  const scores: Record<ComplaintType, number> = { active_hater: hater, extreme_critic: critic, lapsed_loyal: lapsed, passionate, none: 0 };
  const [bestType, best, second] = ranked(hater, critic, lapsed, passionate);
  const type: ComplaintType = best >= W.threshold ? bestType : 'none';
  const confidence = type === 'none'
    ? Math.min(0.95, Math.max(0.3, 1 - best / W.threshold))
    : Math.min(0.97, Math.max(0.05, 0.5 * Math.min(1, best / 6) + 0.5 * ((best - second) / best)));

  const [primary, secondary] = evidenceOf(s, type);
  const evidence: Evidence[] = [];
  for (const e of [...primary.sort(byPosition), ...secondary.sort(byPosition)]) {
    if (evidence.some((x) => x.commentId === e.commentId && x.start < e.end && e.start < x.end)) continue;
    evidence.push(e);
    if (evidence.length >= MAX_EVIDENCE) break;
  }
  return {
    type,
    confidence: Math.round(confidence * 100) / 100,
    scores,
    evidence,
    facts: historyFacts(h, years, type),
  };
}
