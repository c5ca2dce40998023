/**
 * Run the engine over labelled cases (shared/formats.md) and score it per language:
 * complaint type (accuracy, per-class and macro F1, confusion), incidents (per-category
 * and micro P/R, false incidents on clean tickets), drafts (span recall, clean drafts flagged).
 */
import { z } from 'zod';
import { analyze } from '../analyze';
import { checkDraft } from '../draft';
import { COMPLAINT_TYPES, INCIDENT_CATEGORIES, LANGS, type Lang } from '../types';
import { classification, draftScore, multiLabel, type ClassificationReport, type DraftReport, type MultiLabelReport } from './metrics';

export const ticketCaseSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  lang: z.enum(LANGS).optional(),
  expect: z.object({ complaint_type: z.enum(COMPLAINT_TYPES), incidents: z.array(z.enum(INCIDENT_CATEGORIES)) }),
}).passthrough();

export const draftCaseSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  lang: z.enum(LANGS).optional(),
  draft: z.string(),
  expect: z.object({ spans: z.array(z.string()) }),
});

export type TicketCase = z.infer<typeof ticketCaseSchema>;
export type DraftCase = z.infer<typeof draftCaseSchema>;

export interface LangReport {
  complaint: ClassificationReport;
  incidents: MultiLabelReport;
  drafts: DraftReport;
  /** Ticket cases whose type was wrong: id, expected, predicted. */
  typeErrors: { id: string; expected: string; predicted: string }[];
  /** Ticket cases with a wrong incident set. */
  incidentErrors: { id: string; expected: string[]; predicted: string[] }[];
}

export type EvalReport = Record<Lang, LangReport>;

/** Sort a raw case into tickets or drafts; null with a reason when it is neither. */
export function classifyCase(raw: unknown): { kind: 'ticket'; c: TicketCase } | { kind: 'draft'; c: DraftCase } | { kind: 'invalid'; reason: string } {
  if (raw && typeof raw === 'object' && 'draft' in raw) {
    const r = draftCaseSchema.safeParse(raw);
    return r.success ? { kind: 'draft', c: r.data } : { kind: 'invalid', reason: r.error.issues[0]?.message ?? 'invalid draft case' };
  }
  const r = ticketCaseSchema.safeParse(raw);
  return r.success ? { kind: 'ticket', c: r.data } : { kind: 'invalid', reason: `${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? 'invalid ticket case'}` };
}

export function evaluate(tickets: readonly TicketCase[], drafts: readonly DraftCase[]): EvalReport {
  const runs = tickets.map((c) => {
    const a = analyze(c);
    return { c, a, lang: c.lang ?? a.language };
  });
  const draftRuns = drafts.map((d) => {
    const findings = checkDraft(d.draft, d.lang ? { lang: d.lang } : {});
    return { d, findings, lang: d.lang ?? findings[0]?.lang ?? 'en' };
  });
  const out = {} as EvalReport;
  for (const lang of LANGS) {
    const mine = runs.filter((r) => r.lang === lang);
    const pairs = mine.map((r) => ({ expected: r.c.expect.complaint_type, predicted: r.a.complaintType.type }));
    const sets = mine.map((r) => ({ expected: r.c.expect.incidents, predicted: [...new Set(r.a.incidents.map((i) => i.category))] }));
    const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
    out[lang] = {
      complaint: classification(pairs, COMPLAINT_TYPES),
      incidents: multiLabel(sets, INCIDENT_CATEGORIES),
      drafts: draftScore(draftRuns.filter((r) => r.lang === lang).map((r) => ({ id: r.d.id, draft: r.d.draft, expected: r.d.expect.spans, findings: r.findings }))),
      typeErrors: mine.filter((r) => r.c.expect.complaint_type !== r.a.complaintType.type).map((r) => ({ id: r.c.id, expected: r.c.expect.complaint_type, predicted: r.a.complaintType.type })),
      incidentErrors: mine.map((r, i) => ({ id: r.c.id, ...(sets[i] as { expected: string[]; predicted: string[] }) })).filter((x) => !sameSet([...x.expected], x.predicted)).map((x) => ({ id: x.id, expected: [...x.expected], predicted: x.predicted })),
    };
  }
  return out;
}
