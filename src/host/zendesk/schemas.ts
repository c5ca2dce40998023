/**
 * Lenient parsers for what Zendesk hands us: the ZAF `ticket` object (camelCase) and
 * the REST payloads (snake_case). Unknown fields are ignored, wrong fields become
 * null; only a payload we cannot use at all is an error (HostError 'invalid_response').
 * Both spellings are accepted where hosts are known to differ.
 * zod/mini (functional API, tree-shaken): this module runs in the browser.
 */
import '../../lib/zodConfig';
import { z } from 'zod/mini';
import type { HostComment, HostHistoryTicket, HostTicket, HostUser } from '../port';

/** Any wrong value becomes null (the field is optional to us). */
const orNull = <T extends z.core.SomeType>(s: T) => z.catch(z.nullish(s), null);

const idLike = orNull(z.union([z.number(), z.string()]));
const text = orNull(z.string());
const tagList = z.pipe(
  orNull(z.array(z.unknown())),
  z.transform((t) => (t ?? []).filter((x): x is string => typeof x === 'string')),
);

export function toId(v: unknown): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
  return null;
}

const zafTicket = z.looseObject({
  id: idLike,
  subject: text,
  createdAt: text,
  created_at: text,
  requester: orNull(z.looseObject({ id: idLike })),
  requester_id: idLike,
  tags: tagList,
  via: orNull(z.looseObject({ channel: text })),
});

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

const restComment = z.looseObject({
  id: idLike,
  author_id: idLike,
  public: orNull(z.boolean()),
  created_at: text,
  body: text,
  plain_body: text,
});

const page = z.looseObject({
  next_page: text,
  meta: orNull(z.looseObject({ has_more: orNull(z.boolean()) })),
  links: orNull(z.looseObject({ next: text })),
});

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

const restUser = z.looseObject({
  id: idLike, name: text, email: text, created_at: text, locale: text, tags: tagList,
});

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

const restHistoryTicket = z.looseObject({
  id: idLike, subject: text, created_at: text, status: text,
  satisfaction_rating: orNull(z.looseObject({ score: text })),
  tags: tagList,
});

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
