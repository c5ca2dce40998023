/**
 * Boundary incidents of one ticket: per enabled category, the rule in
 * rules/incident/<category>.ts runs over each requester comment (own public words only,
 * quoted history and signatures cut), then harassment is decided at ticket level.
 *
 * One Incident per category. Its evidence lists every span found, each carrying the
 * commentId of the body it indexes (the objects are Evidence: Span + commentId + ruleId),
 * so body.slice(start, end) === text holds per comment; `commentId` of the incident is the
 * comment with the most severe finding (the latest one on a tie).
 *
 * Stage ladder (taxonomy §3, playbook): every finding has a severity, 1 mild (pet name,
 * cliché joke, kiss emoji), 2 clear (name-calling, stereotype, asking for a man,
 * intimidation-lite), 3 severe (vulgar abuse, slurs, aggressive demands by origin,
 * intimidation), 4 violence. For a category:
 *   stage = max severity
 *         + 1 per extra requester comment with the same kind of incident
 *         + 1 when the ticket holds 3 or more findings of that kind
 *         + 1 when an earlier ticket already carries this category's boundary tag
 * clamped to 1..4. So a single pet name is stage 1 (let it pass), a lone insult stage 2
 * (ask what they mean / set the tone), repeated insults or slurs stage 3 (state the limit,
 * cite the policy), violence stage 4 (end the contact, report). Harassment: see
 * harassmentStage().
 */
import type { TicketBundle } from './bundle';
import type { EngineOptions, Evidence, Incident, IncidentCategory, Lang, Stage } from './types';
import { requesterTexts, type RequesterText } from './text/requester';
import { buildDoc, indexDoc, type Doc, type Finding, type IncidentRule } from './rules/incident/context';
import { INCIDENT_RULES } from './rules/incident';
import { harassmentStage, priorBoundaryTags } from './rules/incident/harassment';

const DEFAULT_PREFIX = 'boundary_';
const RULE_LIST = Object.values(INCIDENT_RULES);

/**
 * RULE_LIST indices as bits: by trigger kind (the rules a hit of that kind can start) and
 * by language (the rules that read it). A comment ORs the masks of its few hit kinds
 * instead of testing every trigger of every rule.
 */
const RULES_BY_TRIGGER = new Map<string, number>();
const RULES_BY_LANG = new Map<Lang, number>();
RULE_LIST.forEach((rule, k) => {
  if (k > 30) throw new Error('incidents: more rules than bits in a mask');
  for (const t of rule.meta.triggers) RULES_BY_TRIGGER.set(t, (RULES_BY_TRIGGER.get(t) ?? 0) | (1 << k));
  for (const l of rule.meta.languages) RULES_BY_LANG.set(l, (RULES_BY_LANG.get(l) ?? 0) | (1 << k));
});

/** Bit k: RULE_LIST[k] (Object.values(INCIDENT_RULES)[k]) reads doc's language (any, when unknown) and mayFire() on it. */
export function rulesToRun(doc: Pick<Doc, 'lang' | 'kinds'>): number {
  let mask = 0;
  for (const kind of doc.kinds.keys()) mask |= RULES_BY_TRIGGER.get(kind) ?? 0;
  return doc.lang === null ? mask : mask & (RULES_BY_LANG.get(doc.lang) ?? 0);
}

interface Located extends Finding { commentId: number | null; order: number; doc: Doc }

/** Language of the requester's words overall: majority of detected comments, else locale. */
export function ticketLanguage(langs: ReadonlyArray<Lang | null>, locale: string | null | undefined): Lang | null {
  let fr = 0;
  let en = 0;
  for (const l of langs) { if (l === 'fr') fr++; else if (l === 'en') en++; }
  if (fr !== en) return fr > en ? 'fr' : 'en';
  const loc = (locale ?? '').toLowerCase();
  if (loc.startsWith('fr')) return 'fr';
  if (loc.startsWith('en')) return 'en';
  return null;
}

/** `texts`: the requester's own words when the caller already has them (else cut here). */
export function detectIncidents(bundle: TicketBundle, options: EngineOptions, texts?: readonly RequesterText[]): Incident[] {
  const rts = texts ?? requesterTexts(bundle);
  // Each comment is scored on its own tokens; a comment too short to tell takes the locale.
  const locale = ticketLanguage([], bundle.requester?.locale);
  const built = rts.map((rt) => buildDoc(rt, locale, options.maxCommentChars));
  const lang = ticketLanguage(built.map((d) => d.lang), bundle.requester?.locale);
  const docs = built.map((d) => (d.lang === null && lang !== null ? indexDoc(d.commentId, d.body, lang, d.tokens) : d));

  // Every non-harassment rule runs (harassment counts any incident), results are filtered at the end.
  const found = new Map<IncidentCategory, Located[]>();
  // Non-harassment findings: how many, and whether they sit in two or more comments.
  let others = 0;
  let firstOrder = -1;
  let repeated = false;
  for (let order = 0; order < docs.length; order++) {
    const doc = docs[order] as Doc;
    for (let mask = rulesToRun(doc); mask !== 0; mask &= mask - 1) {
      const rule = RULE_LIST[31 - Math.clz32(mask & -mask)] as IncidentRule;
      const fs = rule.check(doc);
      if (fs.length === 0) continue;
      const cat = rule.meta.category;
      let list = found.get(cat);
      if (list === undefined) { list = []; found.set(cat, list); }
      for (const f of fs) list.push({ ruleId: f.ruleId, category: f.category, sev: f.sev, spans: f.spans, commentId: doc.commentId, order, doc });
      if (cat === 'harassment') continue;
      others += fs.length;
      if (firstOrder < 0) firstOrder = order; else if (order !== firstOrder) repeated = true;
    }
  }

  // No finding in any comment: no category incident, and harassment needs one (every route counts findings).
  if (found.size === 0) return [];
  const enabled = options.categories;
  const prefixes = [options.tagPrefix, DEFAULT_PREFIX];
  const prior = priorBoundaryTags(bundle.history, bundle.requester?.tags ?? [], prefixes);
  const incidents: Incident[] = [];
  for (const [cat, list] of found) {
    if (cat === 'harassment' || !enabled.includes(cat)) continue;
    const priorSame = prior.length > 0 && prior.some((t) => prefixes.some((p) => t === p + cat));
    incidents.push(assemble(cat, list, ladder(list, priorSame), options.tagPrefix));
  }

  const obsessive = found.get('harassment');
  // The three routes of harassmentIncident(), known without building its lists: most tickets take none.
  if (enabled.includes('harassment') && (repeated || (prior.length > 0 && others > 0) || obsessive !== undefined)) {
    const all: Located[] = [];
    for (const [cat, list] of found) if (cat !== 'harassment') for (const f of list) all.push(f);
    const h = harassmentIncident(all, obsessive ?? [], prior.length, options.tagPrefix);
    if (h) incidents.push(h);
  }
  return incidents;
}

function ladder(list: readonly Located[], priorSame: boolean): Stage {
  let sev = 1;
  const comments = new Set<number>();
  for (const f of list) { sev = Math.max(sev, f.sev); comments.add(f.order); }
  const s = sev + (comments.size - 1) + (list.length >= 3 ? 1 : 0) + (priorSame ? 1 : 0);
  return Math.max(1, Math.min(4, s)) as Stage;
}

function assemble(category: IncidentCategory, list: readonly Located[], stage: Stage, prefix: string): Incident {
  let top = list[0] as Located;
  let sorted = true;
  let oneComment = true;
  for (let k = 0; k < list.length; k++) {
    const f = list[k] as Located;
    if (f.sev > top.sev || (f.sev === top.sev && f.order >= top.order)) top = f;
    if (k > 0 && f.order < (list[k - 1] as Located).order) sorted = false;
    if (f.commentId !== (list[0] as Located).commentId) oneComment = false;
  }
  const evidence: Evidence[] = [];
  const ruleIds: string[] = [];
  // A category's list is built comment by comment, so already in order (what the stable sort would leave).
  for (const f of sorted ? list : [...list].sort((a, b) => a.order - b.order)) {
    if (!ruleIds.includes(f.ruleId)) ruleIds.push(f.ruleId);
    // A span found twice in one comment is dropped by dropNested(): it sorts right after its first copy, which covers it.
    for (const s of f.spans) evidence.push({ text: f.doc.body.slice(s.start, s.end), start: s.start, end: s.end, commentId: f.commentId, ruleId: f.ruleId });
  }
  if (oneComment) {
    evidence.sort((a, b) => a.start - b.start || b.end - a.end);
  } else {
    const order = new Map<number | null, number>();
    for (const f of list) if (!order.has(f.commentId)) order.set(f.commentId, f.order);
    evidence.sort((a, b) => (order.get(a.commentId) ?? 0) - (order.get(b.commentId) ?? 0) || a.start - b.start || b.end - a.end);
  }
  return { category, stage, commentId: top.commentId, evidence: dropNested(evidence), action: `${category}.${stage}`, tag: prefix + category, ruleIds };
}

/**
 * Keep the widest of nested spans of one comment ("sale petit con" over "con"). Input is
 * sorted by comment, start, then longest first: one sweep.
 */
function dropNested(ev: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  let cover: Evidence | null = null;
  for (const e of ev) {
    if (cover && cover.commentId === e.commentId && e.start >= cover.start && e.end <= cover.end) continue;
    out.push(e);
    if (!cover || cover.commentId !== e.commentId || e.end > cover.end) cover = e;
  }
  return out;
}

function harassmentIncident(incidents: readonly Located[], obsessive: readonly Located[], priorCount: number, prefix: string): Incident | null {
  const comments = new Set(incidents.map((f) => f.order));
  const repeated = comments.size >= 2;
  const withHistory = priorCount > 0 && incidents.length > 0;
  const stated = obsessive.length > 0;
  const routes = (repeated ? 1 : 0) + (withHistory ? 1 : 0) + (stated ? 1 : 0);
  if (routes === 0) return null;
  // Evidence: the obsessive-contact words, plus the repeated behaviour (one finding per comment).
  const ev: Located[] = [...obsessive];
  if (repeated || withHistory) {
    const perComment = new Map<number, Located>();
    for (const f of incidents) {
      const cur = perComment.get(f.order);
      if (!cur || f.sev > cur.sev) perComment.set(f.order, f);
    }
    ev.push(...perComment.values());
  }
  const asHarassment = ev.map((f) => ({ ...f, ruleId: f.category === 'harassment' ? f.ruleId : `incident/harassment/${repeated ? 'repeated' : 'after-earlier-incidents'}` }));
  return assemble('harassment', asHarassment, harassmentStage(routes, priorCount), prefix);
}
