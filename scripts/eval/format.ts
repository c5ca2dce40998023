/** Human-readable eval report (the --json flag prints the raw report instead). */
import type { EvalReport, LangReport } from '../../src/engine/eval/evaluate';
import type { FloorCheck } from '../../src/engine/eval/floors';
import { COMPLAINT_TYPES, INCIDENT_CATEGORIES, LANGS } from '../../src/engine/types';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const n3 = (x: number): string => x.toFixed(3);
const pad = (s: string, w: number): string => (s.length >= w ? s : s + ' '.repeat(w - s.length));
const lpad = (s: string, w: number): string => (s.length >= w ? s : ' '.repeat(w - s.length) + s);
const SHORT: Record<string, string> = { active_hater: 'hater', extreme_critic: 'critic', lapsed_loyal: 'lapsed', passionate: 'passion', none: 'none' };

function complaintSection(r: LangReport): string[] {
  const c = r.complaint;
  const lines = [`Complaint type: ${c.n} tickets, accuracy ${pct(c.accuracy)}, macro-F1 ${n3(c.macroF1)}`];
  lines.push(`  ${pad('type', 16)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('n', 5)}`);
  for (const t of COMPLAINT_TYPES) {
    const s = c.perClass[t];
    if (!s) continue;
    lines.push(`  ${pad(t, 16)}${lpad(n3(s.precision), 7)}${lpad(n3(s.recall), 7)}${lpad(n3(s.f1), 7)}${lpad(String(s.support), 5)}`);
  }
  lines.push(`  confusion (rows expected, columns predicted):`);
  lines.push(`  ${pad('', 10)}${COMPLAINT_TYPES.map((t) => lpad(SHORT[t] ?? t, 8)).join('')}`);
  for (const e of COMPLAINT_TYPES) lines.push(`  ${pad(SHORT[e] ?? e, 10)}${COMPLAINT_TYPES.map((p) => lpad(String(c.confusion[e]?.[p] ?? 0), 8)).join('')}`);
  for (const x of r.typeErrors) lines.push(`  wrong type: ${x.id} expected ${x.expected}, got ${x.predicted}`);
  return lines;
}

function incidentSection(r: LangReport): string[] {
  const i = r.incidents;
  const lines = [`Incidents: micro P ${n3(i.micro.precision)} R ${n3(i.micro.recall)} (tp ${i.micro.tp}, fp ${i.micro.fp}, fn ${i.micro.fn}); clean tickets with a false incident ${pct(i.falseIncidentShare)} of ${i.clean}`];
  for (const cat of INCIDENT_CATEGORIES) {
    const s = i.perCategory[cat];
    if (!s || s.tp + s.fp + s.fn === 0) continue;
    lines.push(`  ${pad(cat, 16)} P ${n3(s.precision)} R ${n3(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  for (const x of r.incidentErrors) lines.push(`  wrong incidents: ${x.id} expected [${x.expected.join(', ')}], got [${x.predicted.join(', ')}]`);
  return lines;
}

function draftSection(r: LangReport): string[] {
  const d = r.drafts;
  const lines = [`Drafts: span recall ${d.covered}/${d.spans} (${pct(d.spanRecall)}); clean drafts with a finding ${d.cleanWithFinding}/${d.cleanDrafts}`];
  for (const m of d.missed) lines.push(`  missed: ${m.id} "${m.span}"`);
  for (const f of d.flaggedClean) lines.push(`  flagged clean draft: ${f.id} ${f.spans.map((s) => `"${s}"`).join(', ')}`);
  return lines;
}

export function formatReport(report: EvalReport, checks: readonly FloorCheck[]): string {
  const out: string[] = [];
  for (const lang of LANGS) {
    const r = report[lang];
    out.push(`== ${lang} ==`);
    if (r.complaint.n > 0) out.push(...complaintSection(r), ...incidentSection(r));
    if (r.drafts.drafts > 0) out.push(...draftSection(r));
    out.push('');
  }
  out.push('Floors (spec/eval-floors.json):');
  for (const c of checks) out.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.lang} ${pad(c.metric, 24)} ${n3(c.value)} ${c.kind === 'min' ? '>=' : '<='} ${c.floor}`);
  return out.join('\n');
}
