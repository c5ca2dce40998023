/**
 * The plain incident assembly (as it was before the fast paths in incidents.ts: every rule
 * tested per comment, string-keyed span dedupe, sorted copies, harassment lists always
 * built). The oracle incidents.test.ts compares detectIncidents() with.
 */
import type { TicketBundle } from '../../src/engine/bundle';
import type { EngineOptions, Evidence, Incident, IncidentCategory, Stage } from '../../src/engine/types';
import { requesterTexts, type RequesterText } from '../../src/engine/text/requester';
import { buildDoc, indexDoc, mayFire, type Doc, type Finding } from '../../src/engine/rules/incident/context';
import { INCIDENT_RULES } from '../../src/engine/rules/incident';
import { harassmentStage, priorBoundaryTags } from '../../src/engine/rules/incident/harassment';
import { ticketLanguage } from '../../src/engine/incidents';

const DEFAULT_PREFIX = 'boundary_';
const RULE_LIST = Object.values(INCIDENT_RULES);

interface Located extends Finding { commentId: number | null; order: number; doc: Doc }

/** `texts`: the requester's own words when the caller already has them (else cut here). */
export function detectIncidentsReference(bundle: TicketBundle, options: EngineOptions, texts?: readonly RequesterText[]): Incident[] {
  const rts = texts ?? requesterTexts(bundle);
  // Each comment is scored on its own tokens; a comment too short to tell takes the locale.
  const locale = ticketLanguage([], bundle.requester?.locale);
  const built = rts.map((rt) => buildDoc(rt, locale, options.maxCommentChars));
  const lang = ticketLanguage(built.map((d) => d.lang), bundle.requester?.locale);
  const docs = built.map((d) => (d.lang === null && lang !== null ? indexDoc(d.commentId, d.body, lang, d.tokens) : d));

  // Every non-harassment rule runs (harassment counts any incident), results are filtered at the end.
  const found = new Map<IncidentCategory, Located[]>();
  docs.forEach((doc, order) => {
    for (const rule of RULE_LIST) {
      if (doc.lang !== null && !rule.meta.languages.includes(doc.lang)) continue;
      if (!mayFire(rule, doc)) continue;
      const cat = rule.meta.category;
      for (const f of rule.check(doc)) {
        const list = found.get(cat) ?? [];
        list.push({ ruleId: f.ruleId, category: f.category, sev: f.sev, spans: f.spans, commentId: doc.commentId, order, doc });
        found.set(cat, list);
      }
    }
  });

  // No finding in any comment: no category incident, and harassment needs one (every route counts findings).
  if (found.size === 0) return [];
  const enabled = new Set<IncidentCategory>(options.categories);
  const prefixes = [options.tagPrefix, DEFAULT_PREFIX];
  const prior = priorBoundaryTags(bundle.history, bundle.requester?.tags ?? [], prefixes);
  const incidents: Incident[] = [];
  const others = [...found.entries()].filter(([c]) => c !== 'harassment');
  for (const [cat, list] of others) {
    if (!enabled.has(cat)) continue;
    const priorSame = prior.some((t) => prefixes.some((p) => t === p + cat));
    incidents.push(assemble(cat, list, ladder(list, priorSame), options.tagPrefix));
  }

  if (enabled.has('harassment')) {
    const h = harassmentIncident(others.flatMap(([, l]) => l), found.get('harassment') ?? [], prior.length, options.tagPrefix);
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
  for (const f of list) if (f.sev > top.sev || (f.sev === top.sev && f.order >= top.order)) top = f;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const ruleIds: string[] = [];
  for (const f of [...list].sort((a, b) => a.order - b.order)) {
    if (!ruleIds.includes(f.ruleId)) ruleIds.push(f.ruleId);
    for (const s of f.spans) {
      const key = `${f.order}:${s.start}:${s.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push({ text: f.doc.body.slice(s.start, s.end), start: s.start, end: s.end, commentId: f.commentId, ruleId: f.ruleId });
    }
  }
  const order = new Map<number | null, number>();
  for (const f of list) if (!order.has(f.commentId)) order.set(f.commentId, f.order);
  evidence.sort((a, b) => (order.get(a.commentId) ?? 0) - (order.get(b.commentId) ?? 0) || a.start - b.start || b.end - a.end);
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
