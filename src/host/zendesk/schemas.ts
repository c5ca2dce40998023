/**
 * Lenient parsers for what Zendesk hands us: the ZAF `ticket` object (camelCase) and
 * the REST payloads (snake_case). Unknown fields are ignored, wrong fields become
 * null; only a payload we cannot use at all is an error (HostError 'invalid_response').
 * Both spellings are accepted where hosts are known to differ.
 */
import { z } from 'zod';
import type { HostComment, HostHistoryTicket, HostTicket, HostUser } from '../port';

const idLike = z.union([z.number(), z.string()]).nullish().catch(null);
const text = z.string().nullish().catch(null);
const tagList = z.array(z.unknown()).nullish().catch(null)
  .transform((t) => (t ?? []).filter((x): x is string => typeof x === 'string'));

export function toId(v: unknown): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
  return null;
}

const zafTicket = z.object({
  id: idLike,
  subject: text,
  createdAt: text,
  created_at: text,
  requester: z.object({ id: idLike }).passthrough().nullish().catch(null),
  requester_id: idLike,
  tags: tagList,
  via: z.object({ channel: text }).passthrough().nullish().catch(null),
}).passthrough();

/** ZAF `ticket` object -> HostTicket; null when it has no usable id. */
export function parseZafTicket(raw: unknown): HostTicket | null {
  const r = zafTicket.safeParse(raw);
  if (!r.success) return null;
  const t = r.data;
  const id = toId(t.id);
  if (id === null) return null;
  return {
    id,
    subject: t.subject ?? null,
    created_at: t.createdAt ?? t.created_at ?? null,
    requester_id: toId(t.requester?.id) ?? toId(t.requester_id),
    tags: t.tags,
    via: t.via ? { channel: t.via.channel ?? null } : null,
  };
}

const restComment = z.object({
  id: idLike,
  author_id: idLike,
  public: z.boolean().nullish().catch(null),
  created_at: text,
  body: text,
  plain_body: text,
}).passthrough();

const page = z.object({
  next_page: text,
  meta: z.object({ has_more: z.boolean().nullish().catch(null) }).passthrough().nullish().catch(null),
  links: z.object({ next: text }).passthrough().nullish().catch(null),
}).passthrough();

/** The next page's URL, from offset (next_page) or cursor (meta.has_more + links.next) pagination. */
export function nextPageOf(body: unknown): string | null {
  const r = page.safeParse(body);
  if (!r.success) return null;
  if (r.data.next_page) return r.data.next_page;
  if (r.data.meta?.has_more && r.data.links?.next) return r.data.links.next;
  return null;
}

/** Items of a list payload `{ <key>: [...] }`; null when the list is missing (not a valid page). */
export function listOf(body: unknown, key: string): unknown[] | null {
  if (!body || typeof body !== 'object') return null;
  const list = (body as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : null;
}

/** REST comment -> HostComment; null when it has no text at all. */
export function parseComment(raw: unknown, index: number): HostComment | null {
  const r = restComment.safeParse(raw);
  if (!r.success) return null;
  const c = r.data;
  const body = typeof c.body === 'string' ? c.body : c.plain_body;
  if (typeof body !== 'string') return null;
  return {
    id: toId(c.id) ?? -(index + 1),
    author_id: toId(c.author_id),
    public: c.public !== false,
    created_at: c.created_at ?? null,
    body,
  };
}

const restUser = z.object({
  id: idLike, name: text, email: text, created_at: text, locale: text, tags: tagList,
}).passthrough();

/** `{ user: {...} }` -> HostUser; null when unusable. */
export function parseUser(body: unknown): HostUser | null {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).user : undefined;
  const r = restUser.safeParse(raw);
  if (!r.success) return null;
  const id = toId(r.data.id);
  if (id === null) return null;
  const u = r.data;
  return { id, name: u.name ?? null, email: u.email ?? null, created_at: u.created_at ?? null, locale: u.locale ?? null, tags: u.tags };
}

const restHistoryTicket = z.object({
  id: idLike, subject: text, created_at: text, status: text,
  satisfaction_rating: z.object({ score: text }).passthrough().nullish().catch(null),
  tags: tagList,
}).passthrough();

export function parseHistoryTicket(raw: unknown): HostHistoryTicket | null {
  const r = restHistoryTicket.safeParse(raw);
  if (!r.success) return null;
  const id = toId(r.data.id);
  if (id === null) return null;
  const h = r.data;
  return {
    id, subject: h.subject ?? null, created_at: h.created_at ?? null, status: h.status ?? null,
    satisfaction_rating: h.satisfaction_rating ? { score: h.satisfaction_rating.score ?? null } : null,
    tags: h.tags,
  };
}

export function parseScheme(v: unknown): 'light' | 'dark' | null {
  const s = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, unknown>).colorScheme ?? (v as Record<string, unknown>).scheme : null;
  return s === 'dark' || s === 'light' ? s : null;
}
