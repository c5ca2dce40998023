/**
 * The ticket bundle: the engine's only input. Shapes and field names follow the
 * Zendesk REST API (see shared/formats.md). Real data is messy, so parsing is
 * lenient: unknown fields are ignored, wrong or missing fields become null and are
 * reported as warnings instead of failing the whole ticket.
 */
import { z } from 'zod';

const id = z.union([z.number(), z.string()]).nullish().catch(null);
const text = z.string().nullish().catch(null);
const tags = z.array(z.unknown()).nullish().catch(null)
  .transform((t) => (t ?? []).filter((x): x is string => typeof x === 'string'));

export const commentSchema = z.object({
  id: id,
  author_id: id,
  public: z.boolean().nullish().catch(null),
  created_at: text,
  body: text,
});

export const historyTicketSchema = z.object({
  id: id,
  subject: text,
  created_at: text,
  status: text,
  satisfaction_rating: z.object({ score: text }).passthrough().nullish().catch(null),
  tags: tags,
});

export const bundleSchema = z.object({
  ticket: z.object({
    id: id,
    subject: text,
    created_at: text,
    requester_id: id,
    tags: tags,
    via: z.object({ channel: text }).passthrough().nullish().catch(null),
  }).passthrough().nullish().catch(null),
  comments: z.array(z.unknown()).nullish().catch(null),
  requester: z.object({
    id: id,
    name: text,
    email: text,
    created_at: text,
    locale: text,
    tags: tags,
  }).passthrough().nullish().catch(null),
  history: z.array(z.unknown()).nullish().catch(null),
}).passthrough();

export type Comment = z.infer<typeof commentSchema>;
export type HistoryTicket = z.infer<typeof historyTicketSchema>;

/** A bundle after lenient parsing: every list present, every item well-formed. */
export interface TicketBundle {
  ticket: { id: number | null; subject: string | null; created_at: string | null; requester_id: number | null; tags: string[]; channel: string | null };
  comments: NormalComment[];
  requester: { id: number | null; name: string | null; email: string | null; created_at: string | null; locale: string | null; tags: string[] } | null;
  history: NormalHistoryTicket[];
}
export interface NormalComment { id: number | null; author_id: number | null; public: boolean; created_at: string | null; body: string }
export interface NormalHistoryTicket { id: number | null; subject: string | null; created_at: string | null; status: string | null; score: 'good' | 'bad' | 'offered' | 'unoffered' | null; tags: string[] }

export interface ParseResult { bundle: TicketBundle; warnings: string[] }

function toId(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
  return null;
}

const SCORES = new Set(['good', 'bad', 'offered', 'unoffered']);

/**
 * Parse anything into a TicketBundle. Throws only when the input is not an object at
 * all (the caller reports "not a bundle"); everything else degrades to warnings.
 * Warning strings are stable codes (e.g. "no_requester"), translated by the UI.
 */
export function parseBundle(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError('not a ticket bundle: expected a JSON object');
  }
  const raw = bundleSchema.parse(input);
  const warnings: string[] = [];
  const t = raw.ticket;
  if (!t) warnings.push('no_ticket');
  const comments: NormalComment[] = [];
  let dropped = 0;
  for (const c of raw.comments ?? []) {
    const r = commentSchema.safeParse(c);
    if (!r.success || typeof r.data.body !== 'string') { dropped++; continue; }
    comments.push({ id: toId(r.data.id), author_id: toId(r.data.author_id), public: r.data.public !== false, created_at: r.data.created_at ?? null, body: r.data.body });
  }
  if (dropped) warnings.push('comments_dropped');
  if (!raw.comments || raw.comments.length === 0) warnings.push('no_comments');
  const history: NormalHistoryTicket[] = [];
  for (const h of raw.history ?? []) {
    const r = historyTicketSchema.safeParse(h);
    if (!r.success) continue;
    const s = r.data.satisfaction_rating?.score;
    history.push({ id: toId(r.data.id), subject: r.data.subject ?? null, created_at: r.data.created_at ?? null, status: r.data.status ?? null, score: s && SCORES.has(s) ? (s as NormalHistoryTicket['score']) : null, tags: r.data.tags });
  }
  const rq = raw.requester;
  const requester = rq ? { id: toId(rq.id), name: rq.name ?? null, email: rq.email ?? null, created_at: rq.created_at ?? null, locale: rq.locale ?? null, tags: rq.tags } : null;
  const requesterId = toId(t?.requester_id) ?? requester?.id ?? null;
  if (!requester) warnings.push('no_requester');
  if (requesterId === null) warnings.push('requester_unknown');
  return {
    bundle: {
      ticket: { id: toId(t?.id), subject: t?.subject ?? null, created_at: t?.created_at ?? null, requester_id: requesterId, tags: t?.tags ?? [], channel: t?.via?.channel ?? null },
      comments,
      requester,
      history,
    },
    warnings,
  };
}
