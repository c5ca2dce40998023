/** The CLI's JSON line contracts (field order is part of the contract). */
import type { Analysis, DraftFinding } from '../engine/types';

export interface AnalyzeLine {
  id: string | number | null;
  ticketId: number | null;
  language: string;
  complaintType: { type: string; confidence: number; evidence: { text: string; start: number; end: number; commentId: number | null; ruleId: string }[]; strategy: string };
  incidents: { category: string; stage: number; commentId: number | null; evidence: { text: string; start: number; end: number }[]; action: string; tag: string }[];
  tags: string[];
  warnings: string[];
}

/** The record's own id ("id" at the top, as in eval cases), else the ticket id. */
export function recordId(input: unknown, a: Analysis): string | number | null {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const id = (input as Record<string, unknown>).id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  }
  return a.ticketId;
}

export function analyzeLine(input: unknown, a: Analysis): AnalyzeLine {
  const c = a.complaintType;
  return {
    id: recordId(input, a),
    ticketId: a.ticketId,
    language: a.language,
    complaintType: {
      type: c.type,
      confidence: c.confidence,
      evidence: c.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end, commentId: e.commentId, ruleId: e.ruleId })),
      strategy: c.strategy,
    },
    incidents: a.incidents.map((i) => ({
      category: i.category,
      stage: i.stage,
      commentId: i.commentId,
      evidence: i.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end })),
      action: i.action,
      tag: i.tag,
    })),
    tags: [...a.tags],
    warnings: [...a.warnings],
  };
}

export interface DraftLine { id: string | number | null; findings: { text: string; start: number; end: number; ruleId: string; reason: string; suggestion: string; lang: string }[] }

export function draftLine(id: string | number | null, findings: readonly DraftFinding[]): DraftLine {
  return {
    id,
    findings: findings.map((f) => ({ text: f.text, start: f.start, end: f.end, ruleId: f.ruleId, reason: f.reason, suggestion: f.suggestion, lang: f.lang })),
  };
}
