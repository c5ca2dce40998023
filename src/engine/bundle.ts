/**
 * The ticket bundle: the engine's only input. Shapes and field names follow the
 * Zendesk REST API (see shared/formats.md). Real data is messy, so parsing is
 * lenient: unknown fields are ignored, wrong or missing fields become null and are
 * reported as warnings instead of failing the whole ticket.
 *
 * The contract is written as zod schemas in bundle-schema.ts; this reader gives exactly
 * what they give (a property test holds the two together on any input) without loading
 * zod into the analysis worker: the data reaching the engine was already checked at the
 * app's boundaries (host adapter, CLI), and the worker must start fast.
 */

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

/** Raw id as the contract keeps it: a finite number or a string, else null. */
type RawId = number | string | null | undefined;
/** The bundle as the contract's lenient reading leaves it (before normalisation). */
export interface RawBundle {
  ticket?: { id?: RawId; subject?: string | null; created_at?: string | null; requester_id?: RawId; tags: string[]; via?: { channel?: string | null } | null } | null;
  comments?: unknown[] | null;
  requester?: { id?: RawId; name?: string | null; email?: string | null; created_at?: string | null; locale?: string | null; tags: string[] } | null;
  history?: unknown[] | null;
}
export interface RawComment { id?: RawId; author_id?: RawId; public?: boolean | null; created_at?: string | null; body?: string | null }
export interface RawHistoryTicket { id?: RawId; subject?: string | null; created_at?: string | null; status?: string | null; satisfaction_rating?: { score?: string | null } | null; tags: string[] }

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const id = (v: unknown): RawId => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const tags = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const list = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);

function readRaw(input: Obj): RawBundle {
  const { ticket: t, requester: r } = input;
  return {
    ticket: isObj(t)
      ? { id: id(t.id), subject: text(t.subject), created_at: text(t.created_at), requester_id: id(t.requester_id), tags: tags(t.tags), via: isObj(t.via) ? { channel: text(t.via.channel) } : null }
      : null,
    comments: list(input.comments),
    requester: isObj(r)
      ? { id: id(r.id), name: text(r.name), email: text(r.email), created_at: text(r.created_at), locale: text(r.locale), tags: tags(r.tags) }
      : null,
    history: list(input.history),
  };
}

function readComment(c: unknown): RawComment | null {
  if (!isObj(c)) return null;
  return { id: id(c.id), author_id: id(c.author_id), public: typeof c.public === 'boolean' ? c.public : null, created_at: text(c.created_at), body: text(c.body) };
}

function readHistory(h: unknown): RawHistoryTicket | null {
  if (!isObj(h)) return null;
  const sr = h.satisfaction_rating;
  return { id: id(h.id), subject: text(h.subject), created_at: text(h.created_at), status: text(h.status), satisfaction_rating: isObj(sr) ? { score: text(sr.score) } : null, tags: tags(h.tags) };
}

/**
 * Parse anything into a TicketBundle. Throws only when the input is not an object at
 * all (the caller reports "not a bundle"); everything else degrades to warnings.
 * Warning strings are stable codes (e.g. "no_requester"), translated by the UI.
 */
export function parseBundle(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError('not a ticket bundle: expected a JSON object');
  }
  return normalise(readRaw(input as Obj), readComment, readHistory);
}

function toId(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
  return null;
}

const SCORES = new Set(['good', 'bad', 'offered', 'unoffered']);

/** From the contract's lenient reading to the engine's bundle and its warnings (shared with bundle-schema.ts). */
export function normalise(raw: RawBundle, comment: (c: unknown) => RawComment | null, history: (h: unknown) => RawHistoryTicket | null): ParseResult {
  const warnings: string[] = [];
  const t = raw.ticket;
  if (!t) warnings.push('no_ticket');
  const comments: NormalComment[] = [];
  let dropped = 0;
  for (const c of raw.comments ?? []) {
    const r = comment(c);
    if (!r || typeof r.body !== 'string') { dropped++; continue; }
    comments.push({ id: toId(r.id), author_id: toId(r.author_id), public: r.public !== false, created_at: r.created_at ?? null, body: r.body });
  }
  if (dropped) warnings.push('comments_dropped');
  if (!raw.comments || raw.comments.length === 0) warnings.push('no_comments');
  const earlier: NormalHistoryTicket[] = [];
  for (const h of raw.history ?? []) {
    const r = history(h);
    if (!r) continue;
    const s = r.satisfaction_rating?.score;
    earlier.push({ id: toId(r.id), subject: r.subject ?? null, created_at: r.created_at ?? null, status: r.status ?? null, score: s && SCORES.has(s) ? (s as NormalHistoryTicket['score']) : null, tags: r.tags });
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
      history: earlier,
    },
    warnings,
  };
}
