/**
 * Shared machinery of the incident rules: one requester comment prepared once (tokens of
 * its own words only, lexicon hits indexed by position, sentence and kind) and the
 * context tests every rule uses (negation, reported speech, self reference, frames).
 * All helpers look at bounded windows or at precomputed per-sentence indexes, so the
 * total work stays linear in the text.
 */
import type { IncidentCategory, Lang } from '../../types';
import type { Severity } from '../../lexicons/types';
import { ALL_LEXICONS } from '../../lexicons';
import { PhraseMatcher, type Hit } from '../../text/matcher';
import { normalize } from '../../text/normalize';
import { tokenizeNormalized, type Token } from '../../text/tokens';
import type { RequesterText } from '../../text/requester';
import { decide, scoreTokens } from '../../text/language';
import { Doc } from './doc';

export { Doc };

export interface SpanRef { start: number; end: number }

export interface Finding {
  ruleId: string;
  category: IncidentCategory;
  sev: Severity;
  spans: SpanRef[];
}

export interface RuleMeta {
  id: string;
  category: IncidentCategory;
  languages: readonly Lang[];
  description: string;
  /**
   * Kinds the rule starts from: without a hit of one of them, check() finds nothing (every
   * finding grows from a hit of these; the other kinds it reads are context next to one).
   * Lets a comment skip the rule outright; spec/engine/rules/incident/triggers.test.ts
   * checks the claim against the rule itself.
   */
  triggers: readonly string[];
}

export interface IncidentRule {
  meta: RuleMeta;
  check(doc: Doc): Finding[];
}

let matcher: PhraseMatcher | null = null;
export function getMatcher(): PhraseMatcher {
  matcher ??= new PhraseMatcher(ALL_LEXICONS);
  return matcher;
}

/** Prepare one requester comment: own words only (quoted history, signatures cut). */
export function buildDoc(rt: Pick<RequesterText, 'commentId' | 'body' | 'own'>, fallbackLang: Lang | null, maxChars = Infinity): Doc {
  const body = rt.body.length > maxChars ? rt.body.slice(0, maxChars) : rt.body;
  const all = tokenizeNormalized(normalize(body), body);
  const tokens = ownTokens(all, rt.own);
  const lang = decide(scoreTokens(tokens)) ?? fallbackLang;
  return indexDoc(rt.commentId, body, lang, tokens);
}

/** The tokens inside the own ranges; the first of each range after the first opens a sentence. */
export function ownTokens(all: Token[], own: readonly SpanRef[]): Token[] {
  // Most comments are one range holding every token (no quote, no signature): all of them, as they are.
  const first = all[0];
  const last = all[all.length - 1];
  const only = own[0];
  if (own.length === 1 && only && (!first || !last || (first.start >= only.start && last.end <= only.end))) return all;
  const tokens: Token[] = [];
  let r = 0;
  let lastRange = -1;
  for (const t of all) {
    while (r < own.length && (own[r] as SpanRef).end <= t.start) r++;
    const range = own[r];
    if (!range || t.start < range.start || t.end > range.end) continue;
    if (r !== lastRange && tokens.length > 0) t.brk = 2;
    tokens.push(t);
    lastRange = r;
  }
  return tokens;
}

export function indexDoc(commentId: number | null, body: string, lang: Lang | null, tokens: Token[]): Doc {
  const hits = getMatcher().match(tokens, lang, WORD_CLASSES);
  const kinds = new Map<string, Hit[]>();
  for (const h of hits) {
    const k = h.e.kind;
    const l = kinds.get(k);
    if (l) l.push(h); else kinds.set(k, [h]);
  }
  return new Doc(commentId, body, lang, tokens, hits, kinds);
}

/** Whether `rule` can find anything in `doc`: a hit of one of its trigger kinds. */
export function mayFire(rule: IncidentRule, doc: Doc): boolean {
  const kinds = doc.kinds;
  for (const k of rule.meta.triggers) if (kinds.has(k)) return true;
  return false;
}

export function ofKind(doc: Doc, kind: string): Hit[] {
  return doc.kinds.get(kind) ?? [];
}

export function inSentence(doc: Doc, h: Hit, kind: string): Hit[] {
  return doc.inSentence(doc.sent[h.i] ?? 0, kind);
}

export function sentenceHas(doc: Doc, h: Hit, kind: string): boolean {
  return inSentence(doc, h, kind).length > 0;
}

export function span(doc: Doc, h: Hit): SpanRef {
  return { start: (doc.tokens[h.i] as Token).start, end: (doc.tokens[h.j - 1] as Token).end };
}

/** The sentence containing h ends with "?" (a question, not a demand). */
export function isQuestion(doc: Doc, h: Hit): boolean {
  const sent = doc.sent;
  const s = sent[h.i];
  let k = h.j;
  while (k < doc.tokens.length && sent[k] === s) k++;
  const last = doc.tokens[k - 1] as Token;
  for (let p = last.end; p < doc.body.length && p < last.end + 4; p++) {
    const c = doc.body.charAt(p);
    if (c === '?') return true;
    if (c !== ' ' && c !== '!' && c !== '\u00A0') break;
  }
  return false;
}

/** Does a hit of one of `kinds` end at token k (exclusive end k)? */
export function endsAt(doc: Doc, k: number, kinds: ReadonlySet<string>): Hit | null {
  return doc.firstEndingAt(k, kinds);
}

/**
 * Word classes (modifiers, intensifiers) are read as sets of single words from the
 * lexicons instead of being matched: they are very frequent ("de", "the") and only ever
 * looked up next to a hit.
 */
const WORD_CLASSES: ReadonlySet<string> = new Set(['ins.mod', 'ins.intens', 'flirt.mod']);
let classWords: Map<string, Set<string>> | null = null;
function wordClass(kind: string): ReadonlySet<string> {
  classWords ??= new Map();
  let set = classWords.get(kind);
  if (!set) {
    set = WORD_CLASSES.has(kind) ? getMatcher().wordsOfKind(kind) : new Set();
    classWords.set(kind, set);
  }
  return set;
}

/**
 * Walk back from token i over words of the word classes `skip` (modifiers) inside the
 * clause and report the hit of `frames` ending where the walk stops, or 'intens' when one
 * of the skipped words was of class `intens` ("un vrai con", "you absolute morons").
 */
export function framed(doc: Doc, i: number, frames: ReadonlySet<string>, skip: ReadonlySet<string>, intens: ReadonlySet<string> | null, maxSkip = 5): Hit | 'intens' | null {
  let k = i;
  let intensSeen = false;
  for (let steps = 0; steps <= maxSkip; steps++) {
    if (k === 0 || (doc.tokens[k] as Token).brk >= 1) break;
    const f = endsAt(doc, k, frames);
    if (f) return f;
    const w = (doc.tokens[k - 1] as Token).norm;
    let isIntens = false;
    if (intens) for (const c of intens) if (wordClass(c).has(w)) isIntens = true;
    let isSkip = isIntens;
    for (const c of skip) if (wordClass(c).has(w)) isSkip = true;
    if (isIntens) intensSeen = true;
    if (!isSkip) break;
    k--;
  }
  return intensSeen ? 'intens' : null;
}

const NEG = new Set(['ctx.neg']);
const NEGSPEECH = new Set(['ctx.negspeech']);
const REPORT = new Set(['ctx.report']);
const SELF = new Set(['ctx.self']);
const SELF_SKIP = new Set(['ins.mod']);
const INSULT_INTENS = new Set(['ins.intens']);

/** Scan back up to `window` tokens in the same clause (brk < minBreak) for a hit ending before i. */
export function lookBack(doc: Doc, i: number, kinds: ReadonlySet<string>, window: number, minBreak: 1 | 2): Hit | null {
  let k = i;
  for (let steps = 0; steps <= window && k > 0; steps++) {
    if ((doc.tokens[k] as Token).brk >= minBreak) return null;
    const h = endsAt(doc, k, kinds);
    if (h) return h;
    k--;
  }
  return null;
}

/**
 * Context that cancels an accusation at hit h: quoted words, reported speech
 * ("m'a traité de", "called me"), negation ("vous n'êtes pas des idiots", "not calling
 * you"), the requester about themself ("je suis nul", "I feel like an idiot").
 */
export function cancelled(doc: Doc, h: Hit): string | null {
  const first = doc.tokens[h.i] as Token;
  if (first.quoted) return 'quoted';
  const report = lookBack(doc, h.i, REPORT, 12, 2);
  // "Whoever wrote this manual is an idiot", "la conseillère qui m'a répondu est une incapable":
  // the one who spoke is the target, nobody is quoted.
  if (report && !(report.i > 0 && (doc.tokens[report.i - 1] as Token).norm === 'whoever') && !speakerIsTarget(doc, report, h.i)) return 'reported';
  if (lookBack(doc, h.i, NEGSPEECH, 12, 2)) return 'negated';
  const neg = lookBack(doc, h.i, NEG, 3, 1);
  if (neg) {
    // "vous n'êtes qu'un idiot": ne ... que is a restriction, not a negation. A clause opening
    // on "Not another p*ki" / "Pas encore un abruti" rejects one more of them ("I'm not another
    // idiot customer" still denies). "Not one of you idiots" counts them (notOneOfYou).
    const opens = neg.i === 0 || (doc.tokens[neg.i] as Token).brk >= 1;
    let restr = notOneOfYou(doc, neg.j, h.i) || interjection(doc, neg);
    for (let k = neg.j; k < h.i; k++) {
      const w = (doc.tokens[k] as Token).norm;
      if (w === 'qu' || w === 'que' || (opens && (w === 'another' || w === 'encore'))) restr = true;
    }
    if (!restr) return 'negated';
  }
  const self = framed(doc, h.i, SELF, SELF_SKIP, INSULT_INTENS, 4);
  if (self !== null && self !== 'intens') return 'self';
  return null;
}

const NO_WORDS = new Set(['no', 'non', 'nan', 'nope']);
const NO_THEN = new Set(['but', 'mais', 'seriously', 'serieux', 'serieusement', 'franchement', 'honestly']);
/** "Non mais vous êtes des abrutis", "no but seriously you idiots": an interjection, not a negation. */
function interjection(doc: Doc, neg: Hit): boolean {
  const next = doc.tokens[neg.j];
  return neg.j === neg.i + 1 && NO_WORDS.has((doc.tokens[neg.i] as Token).norm) && next !== undefined && NO_THEN.has(next.norm);
}

const ONE = new Set(['one', 'single', 'un', 'une', 'seul', 'seule']);
const OF = new Set(['of', 'de', 'd']);
const YOU = new Set(['you', 'your', 'vous', 'vos', 'votre', 'toi', 'tes']);

/**
 * "not one of you idiots", "pas un seul de vous, abrutis": the negation counts the people
 * addressed, it does not deny the word right after them (tokens k .. end follow the negation).
 */
function notOneOfYou(doc: Doc, k: number, end: number): boolean {
  let p = k;
  if ((doc.tokens[p] as Token | undefined)?.norm === 'a') p++;
  if (p >= end || !ONE.has((doc.tokens[p] as Token).norm)) return false;
  p++;
  if (p < end && ONE.has((doc.tokens[p] as Token).norm)) p++;
  // The word must name them right there: "not one of you is an idiot" still denies.
  return p + 2 === end && OF.has((doc.tokens[p] as Token).norm) && YOU.has((doc.tokens[p + 1] as Token).norm);
}

/** "What a muppet I am", "quel idiot je fais", "quelle gourde je suis": the writer names themself right after the word. */
const SELF_AFTER: readonly (readonly string[])[] = [['i', 'am'], ['i', 'm'], ['im'], ['je', 'suis'], ['je', 'fais'], ['que', 'je', 'suis'], ['i', 'was'], ['j', 'ai', 'ete'], ['j', 'etais']];
export function selfAfter(doc: Doc, j: number): boolean {
  return SELF_AFTER.some((seq) => seq.every((w, k) => {
    const t = doc.tokens[j + k];
    return t !== undefined && t.brk === 0 && t.norm === w;
  }));
}

const RELATIVE = new Set(['qui', 'who', 'that']);
const APPOSITION = new Set(['un', 'une', 'a', 'an', 'ce', 'cette', 'this', 'that', 'some', 'le', 'la', 'the']);
const ANSWERING = new Set(['replied', 'answered', 'repondu', 'wrote', 'ecrit']);
/** Third-person forms of "to be", read by the speaker check here and by insult's "whoever ... is". */
export const COPULA: ReadonlySet<string> = new Set(['est', 'etait', 'is', 'was', 'are', 'were', 'sont', 'etaient']);
const FIRST_PERSON = new Set(['i', 'je', 'j', 'me', 'm', 'we', 'nous']);
/**
 * "The agent who replied to me is an idiot": the report verb sits in a relative clause about
 * the subject, and a third-person copula follows before the word (not "who told me I was").
 */
function speakerIsTarget(doc: Doc, report: Hit, i: number): boolean {
  const relBefore = [doc.tokens[report.i - 1], doc.tokens[report.i - 2]].some((t) => t !== undefined && RELATIVE.has(t.norm));
  // Only verbs of answering: "who told me the driver is an idiot" still reports what was said.
  let answering = false;
  for (let k = report.i; k < report.j; k++) if (ANSWERING.has((doc.tokens[k] as Token).norm)) answering = true;
  if (!relBefore || !answering) return false;
  // "La fille qui m'a répondu, une pauvre cruche qui lisait son script": an apposition to the one who answered.
  if ((doc.tokens[i] as Token).brk === 1) return true;
  for (let k = i - 1; k >= Math.max(report.j, i - 3); k--) {
    const t = doc.tokens[k] as Token;
    if (t.brk === 1) return APPOSITION.has(t.norm);
    if (t.brk > 1) break;
  }
  for (let k = report.j; k < i; k++) {
    const t = doc.tokens[k] as Token;
    if (COPULA.has(t.norm)) return !FIRST_PERSON.has((doc.tokens[k - 1] as Token).norm);
  }
  return false;
}

/** Is the word at i inside words the requester reports from someone else ("le livreur m'a dit ...")? */
export function reportedAt(doc: Doc, i: number): boolean {
  return lookBack(doc, i, REPORT, 12, 2) !== null;
}

export function kindSet(...k: string[]): ReadonlySet<string> {
  return new Set(k);
}

const GREET = new Set(['ctx.greet']);
const VOC_NEXT_OK = new Set([
  'pour', 'de', 'd', 'je', 'j', 'vous', 'tu', 't', 'on', 'il', 'mais', 'et', 'si', 'ce', 'c', 'ca', 'svp', 'stp', 'merci', 'laissez', 'passez',
  'soyez', 'allez', 'faites', 'regardez', 'ecoutez', 'for', 'and', 'but', 'i', 'you', 'can', 'could', 'please', 'thanks', 'thank', 'let', 'just',
  'we', 'this', 'that', 'pass', 'give', 'now', 'listen', 'look', 'be', 'do', 'don', 'get', 'put', 'stop', 'calm', 'try', 'ok', 'okay',
]);

/**
 * Vocative position (a name the requester calls the agent): opens the clause or follows
 * a greeting, and closes it or precedes a function word ("Merci ma jolie", "Listen
 * grandad, ..."), never "ma jolie maison" or "my grandad uses the app".
 */
export function vocative(doc: Doc, h: Hit): boolean {
  const first = doc.tokens[h.i] as Token;
  const open = h.i === 0 || first.brk >= 1 || endsAt(doc, h.i, GREET) !== null;
  const next = doc.tokens[h.j];
  const close = next === undefined || next.brk >= 1 || next.kind === 'emoji' || VOC_NEXT_OK.has(next.norm);
  return open && close;
}
