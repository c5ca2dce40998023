/**
 * The ticket bundle: the engine's only input. Shapes and field names follow the
 * Zendesk REST API (see shared/formats.md). Real data is messy, so parsing is
 * lenient: unknown fields are ignored, wrong or missing fields become null and are
 * reported as warnings instead of failing the whole ticket.
 *
 * The zod schemas below are the contract. A bundle that is already clean (every known
 * field absent, null or of its type: what loadBundle and well-formed files give) is
 * read directly by `cleanParse`, which returns exactly what the schemas would (a
 * property test holds the two together); anything else goes through zod. zod/mini:
 * this module runs in the analysis worker.
 */
import { z } from 'zod/mini';

/** Any wrong value becomes null (the field is optional to us). */
const orNull = <T extends z.core.SomeType>(s: T) => z.catch(z.nullish(s), null);

const id = orNull(z.union([z.number(), z.string()]));
const text = orNull(z.string());
const tags = z.pipe(orNull(z.array(z.unknown())), z.transform((t) => (t ?? []).filter((x): x is string => typeof x === 'string')));

export const commentSchema = z.object({
  id: id,
  author_id: id,
  public: orNull(z.boolean()),
  created_at: text,
  body: text,
});

export const historyTicketSchema = z.object({
  id: id,
  subject: text,
  created_at: text,
  status: text,
  satisfaction_rating: orNull(z.looseObject({ score: text })),
  tags: tags,
});

export const bundleSchema = z.looseObject({
  ticket: orNull(z.looseObject({
    id: id,
    subject: text,
    created_at: text,
    requester_id: id,
    tags: tags,
    via: orNull(z.looseObject({ channel: text })),
  })),
  comments: orNull(z.array(z.unknown())),
  requester: orNull(z.looseObject({
    id: id,
    name: text,
    email: text,
    created_at: text,
    locale: text,
    tags: tags,
  })),
  history: orNull(z.array(z.unknown())),
});

export type Comment = z.infer<typeof commentSchema>;
export type HistoryTicket = z.infer<typeof historyTicketSchema>;
type RawBundle = z.infer<typeof bundleSchema>;
type RawId = string | number | null | undefined;

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

// ---- the clean path: checks that zod would keep every known field as it is

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): v is null | undefined => v === null || v === undefined;
const okText = (v: unknown): boolean => absent(v) || typeof v === 'string';
const okId = (v: unknown): boolean => absent(v) || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const okTags = (v: unknown): boolean => absent(v) || Array.isArray(v);
const okList = okTags;
const cleanTags = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const orNullText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function okTicket(t: unknown): boolean {
  if (absent(t)) return true;
  if (!isObj(t)) return false;
  const via = t.via;
  return okId(t.id) && okText(t.subject) && okText(t.created_at) && okId(t.requester_id) && okTags(t.tags)
    && (absent(via) || (isObj(via) && okText(via.channel)));
}

function okRequester(r: unknown): boolean {
  if (absent(r)) return true;
  return isObj(r) && okId(r.id) && okText(r.name) && okText(r.email) && okText(r.created_at) && okText(r.locale) && okTags(r.tags);
}

/** The schema's output for a clean bundle (the fields parseBundle reads); null when zod must decide. */
function cleanRaw(input: Obj): RawBundle | null {
  const { ticket: t, requester: r, comments, history } = input;
  if (!okTicket(t) || !okRequester(r) || !okList(comments) || !okList(history)) return null;
  const ticket = isObj(t)
    ? { id: t.id as RawId, subject: orNullText(t.subject), created_at: orNullText(t.created_at), requester_id: t.requester_id as RawId, tags: cleanTags(t.tags), via: isObj(t.via) ? { channel: orNullText(t.via.channel) } : null }
    : null;
  const requester = isObj(r)
    ? { id: r.id as RawId, name: orNullText(r.name), email: orNullText(r.email), created_at: orNullText(r.created_at), locale: orNullText(r.locale), tags: cleanTags(r.tags) }
    : null;
  return { ticket, requester, comments: (comments as unknown[] | null | undefined) ?? null, history: (history as unknown[] | null | undefined) ?? null };
}

/** A comment as commentSchema would read it, or undefined when zod must decide. */
function cleanComment(c: unknown): Comment | null | undefined {
  if (!isObj(c)) return null; // not an object: the schema rejects it
  const pub = c.public;
  if (!okId(c.id) || !okId(c.author_id) || !okText(c.created_at) || !okText(c.body) || !(absent(pub) || typeof pub === 'boolean')) return undefined;
  return { id: c.id as Comment['id'], author_id: c.author_id as Comment['author_id'], public: pub as boolean | null | undefined, created_at: orNullText(c.created_at), body: orNullText(c.body) };
}

function readComment(c: unknown, fast: boolean): Comment | null {
  const clean = fast ? cleanComment(c) : undefined;
  if (clean !== undefined) return clean;
  const r = commentSchema.safeParse(c);
  return r.success ? r.data : null;
}

function readHistory(h: unknown, fast: boolean): HistoryTicket | null {
  const sr = isObj(h) ? h.satisfaction_rating : undefined;
  if (fast && isObj(h) && okId(h.id) && okText(h.subject) && okText(h.created_at) && okText(h.status) && okTags(h.tags) && (absent(sr) || (isObj(sr) && okText(sr.score)))) {
    return {
      id: h.id as HistoryTicket['id'], subject: orNullText(h.subject), created_at: orNullText(h.created_at), status: orNullText(h.status),
      satisfaction_rating: isObj(sr) ? { score: orNullText(sr.score) } : null, tags: cleanTags(h.tags),
    };
  }
  const r = historyTicketSchema.safeParse(h);
  return r.success ? r.data : null;
}

/**
 * Parse anything into a TicketBundle. Throws only when the input is not an object at
 * all (the caller reports "not a bundle"); everything else degrades to warnings.
 * Warning strings are stable codes (e.g. "no_requester"), translated by the UI.
 */
export function parseBundle(input: unknown): ParseResult {
  return parse(input, true);
}

/** parseBundle through the zod schemas alone: the reference the clean path is tested against. */
export function parseBundleWithSchemas(input: unknown): ParseResult {
  return parse(input, false);
}

function parse(input: unknown, fast: boolean): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError('not a ticket bundle: expected a JSON object');
  }
  const raw = (fast ? cleanRaw(input as Obj) : null) ?? bundleSchema.parse(input);
  const warnings: string[] = [];
  const t = raw.ticket;
  if (!t) warnings.push('no_ticket');
  const comments: NormalComment[] = [];
  let dropped = 0;
  for (const c of raw.comments ?? []) {
    const r = readComment(c, fast);
    if (!r || typeof r.body !== 'string') { dropped++; continue; }
    comments.push({ id: toId(r.id), author_id: toId(r.author_id), public: r.public !== false, created_at: r.created_at ?? null, body: r.body });
  }
  if (dropped) warnings.push('comments_dropped');
  if (!raw.comments || raw.comments.length === 0) warnings.push('no_comments');
  const history: NormalHistoryTicket[] = [];
  for (const h of raw.history ?? []) {
    const r = readHistory(h, fast);
    if (!r) continue;
    const s = r.satisfaction_rating?.score;
    history.push({ id: toId(r.id), subject: r.subject ?? null, created_at: r.created_at ?? null, status: r.status ?? null, score: s && SCORES.has(s) ? (s as NormalHistoryTicket['score']) : null, tags: r.tags });
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
