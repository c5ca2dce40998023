/** Quality floors (spec/eval-floors.json): the eval fails when a language is below one. */
import { z } from 'zod';
import { LANGS, type Lang } from '../types';
import type { EvalReport } from './evaluate';

const langFloors = z.object({
  complaintMacroF1: z.number().min(0).max(1),
  incidentMicroPrecision: z.number().min(0).max(1),
  incidentMicroRecall: z.number().min(0).max(1),
  falseIncidentShareMax: z.number().min(0).max(1),
  draftSpanRecall: z.number().min(0).max(1),
  cleanDraftFindingsMax: z.number().int().min(0),
}).strict();

export const floorsSchema = z.object({ fr: langFloors, en: langFloors }).strict();
export type Floors = z.infer<typeof floorsSchema>;

export interface FloorCheck { lang: Lang; metric: string; value: number; floor: number; ok: boolean; kind: 'min' | 'max' }

/** Every floor with its measured value; a language with no cases of a kind is not checked for it. */
export function checkFloors(report: EvalReport, floors: Floors): FloorCheck[] {
  const out: FloorCheck[] = [];
  for (const lang of LANGS) {
    const r = report[lang];
    const f = floors[lang];
    const min = (metric: string, value: number, floor: number): void => { out.push({ lang, metric, value, floor, ok: value >= floor - 1e-9, kind: 'min' }); };
    const max = (metric: string, value: number, floor: number): void => { out.push({ lang, metric, value, floor, ok: value <= floor + 1e-9, kind: 'max' }); };
    if (r.complaint.n > 0) {
      min('complaintMacroF1', r.complaint.macroF1, f.complaintMacroF1);
      min('incidentMicroPrecision', r.incidents.micro.precision, f.incidentMicroPrecision);
      min('incidentMicroRecall', r.incidents.micro.recall, f.incidentMicroRecall);
      max('falseIncidentShare', r.incidents.falseIncidentShare, f.falseIncidentShareMax);
    }
    if (r.drafts.drafts > 0) {
      min('draftSpanRecall', r.drafts.spanRecall, f.draftSpanRecall);
      max('cleanDraftFindings', r.drafts.cleanWithFinding, f.cleanDraftFindingsMax);
    }
  }
  return out;
}
