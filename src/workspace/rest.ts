/**
 * The Zendesk REST API as `client.request` reaches it, answered from the workspace's
 * data (Zendesk shapes: {comments, next_page}, {user}, {tickets, next_page, count}).
 * Pure: request options + world + faults in, an answer out (or "hang" for timeouts).
 */
import type { FaultName } from './faults';
import type { FxComment, FxHistoryTicket, FxUser } from './fixtures';
import { ACCOUNT_URL, CURRENT_USER, World } from './world';

export interface RestAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: unknown;
}

export type RestOutcome = { kind: 'answer'; answer: RestAnswer; delayMs: number } | { kind: 'hang' };

export interface RestContext {
  world: World;
  ticketId: number;
  faults: ReadonlySet<FaultName>;
  /** Retry-After seconds used by the rate-limit faults. */
  retryAfter: number;
  /** Largest page the history endpoint serves (Zendesk: 100), to exercise pagination. */
  maxPageSize: number;
  /** Requests seen per URL (rate_limit_once); mutated. */
  seen: Map<string, number>;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error',
};

function answer(status: number, body: unknown, extra: Record<string, string> = {}): RestAnswer {
  return {
    status,
    statusText: STATUS_TEXT[status] ?? 'Error',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-rate-limit': '700', 'x-rate-limit-remaining': '699', ...extra },
    body,
  };
}

const notFound = (): RestAnswer => answer(404, { error: 'RecordNotFound', description: 'Not found' });
const badEndpoint = (): RestAnswer => answer(404, { error: 'InvalidEndpoint', description: 'Not found' });
const serverError = (): RestAnswer => answer(500, { error: 'InternalError', description: 'Something went wrong (workspace fault)' });

/** Accepts `/api/v2/...`, `api/v2/...` and absolute URLs on the account host. */
export function parseUrl(raw: string): URL | null {
  try {
    const u = new URL(raw, ACCOUNT_URL);
    return u.origin === ACCOUNT_URL ? u : null;
  } catch {
    return null;
  }
}

function paging(u: URL, max: number): { page: number; perPage: number } {
  const page = Math.max(1, Math.floor(Number(u.searchParams.get('page') ?? '1')) || 1);
  const asked = Math.floor(Number(u.searchParams.get('per_page') ?? '100')) || 100;
  return { page, perPage: Math.max(1, Math.min(asked, 100, max)) };
}

function pageOf<T>(u: URL, items: T[], page: number, perPage: number): { items: T[]; next_page: string | null; previous_page: string | null; count: number } {
  const link = (p: number): string => {
    const next = new URL(u.toString());
    next.searchParams.set('page', String(p));
    next.searchParams.set('per_page', String(perPage));
    return next.toString();
  };
  const start = (page - 1) * perPage;
  return {
    items: items.slice(start, start + perPage),
    next_page: start + perPage < items.length ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
    count: items.length,
  };
}

export function restComment(c: FxComment): Record<string, unknown> {
  const html = c.body
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>')}</p>`)
    .join('');
  return {
    id: c.id, type: 'Comment', author_id: c.author_id, body: c.body, html_body: html, plain_body: c.body,
    public: c.public, attachments: [], audit_id: c.id * 10, via: { channel: 'web', source: {} }, created_at: c.created_at, metadata: {},
  };
}

export function restUser(u: FxUser): Record<string, unknown> {
  return {
    id: u.id, url: `${ACCOUNT_URL}/api/v2/users/${u.id}.json`, name: u.name, email: u.email, created_at: u.created_at,
    updated_at: u.created_at, locale: u.locale, role: u.role, tags: u.tags, time_zone: 'Europe/Paris', active: true,
    verified: true, suspended: false, organization_id: null, external_id: null,
  };
}

function restHistoryTicket(t: FxHistoryTicket, requesterId: number): Record<string, unknown> {
  return {
    id: t.id, url: `${ACCOUNT_URL}/api/v2/tickets/${t.id}.json`, subject: t.subject, raw_subject: t.subject, status: t.status,
    created_at: t.created_at, updated_at: t.created_at, requester_id: requesterId, tags: t.tags,
    satisfaction_rating: t.satisfaction_rating, via: { channel: 'email', source: {} },
  };
}

/** Size the huge_comment fault pads the requester's last public comment to (1 MiB). */
export const HUGE_COMMENT_CHARS = 1_048_576;

/** huge_comment: the requester's last public comment, followed by a long pasted modem log, past HUGE_COMMENT_CHARS. */
export function padLastRequesterComment(comments: FxComment[], requesterId: number | null): FxComment[] {
  let at = -1;
  comments.forEach((c, i) => { if (c.public && c.author_id !== null && c.author_id === requesterId) at = i; });
  if (at < 0) return comments;
  const c = comments[at] as FxComment;
  const lines: string[] = [c.body, '', '--- pasted log ---'];
  let size = c.body.length;
  for (let i = 1; size < HUGE_COMMENT_CHARS; i++) {
    // Words of no language, so the requester's own words still decide the comment's language.
    const line = `[${String(i).padStart(6, '0')}] eth0 rx=${i * 7 % 1000} tx=${i * 13 % 1000} err=0x${(i * 7919 % 65536).toString(16)} 12:${String(i % 60).padStart(2, '0')}:05`;
    lines.push(line);
    size += line.length + 1;
  }
  return comments.map((m, i) => (i === at ? { ...m, body: lines.join('\n') } : m));
}

/** The requester's tickets as Zendesk lists them: the open ticket included, oldest first. */
function requestedTickets(ctx: RestContext, userId: number): Record<string, unknown>[] {
  const list: Record<string, unknown>[] = [];
  for (const id of ctx.world.ticketIds()) {
    const c = ctx.world.case(id);
    if (!c || c.ticket.requester_id !== userId) continue;
    for (const h of c.history) list.push(restHistoryTicket(h, userId));
    list.push({
      ...restHistoryTicket({ id, subject: c.ticket.subject, created_at: c.ticket.created_at, status: c.ticket.status, satisfaction_rating: { score: 'unoffered' }, tags: ctx.world.tagsOf(id) }, userId),
      via: { channel: c.ticket.via.channel ?? 'web', source: {} },
    });
  }
  // ISO 8601 timestamps sort as plain strings (localeCompare would build a collator per call).
  const key = (t: Record<string, unknown>): string => String(t.created_at ?? '');
  return list.sort((a, b) => { const x = key(a); const y = key(b); return x < y ? -1 : x > y ? 1 : 0; });
}

function route(ctx: RestContext, method: string, u: URL): RestAnswer {
  const path = u.pathname.replace(/\.json$/, '');
  const noRequester = ctx.faults.has('no_requester');
  if (method !== 'GET') return badEndpoint();
  let m = /^\/api\/v2\/tickets\/(\d+)\/comments$/.exec(path);
  if (m) {
    if (ctx.faults.has('comments_fail')) return serverError();
    const id = Number(m[1]);
    if (!ctx.world.case(id)) return notFound();
    const { page, perPage } = paging(u, 100);
    const all = ctx.faults.has('huge_comment') ? padLastRequesterComment(ctx.world.comments(id), ctx.world.case(id)?.ticket.requester_id ?? null) : ctx.world.comments(id);
    const p = pageOf(u, all.map(restComment), page, perPage);
    return answer(200, { comments: p.items, next_page: p.next_page, previous_page: p.previous_page, count: p.count });
  }
  m = /^\/api\/v2\/users\/(\d+)\/tickets\/requested$/.exec(path);
  if (m) {
    const { page, perPage } = paging(u, ctx.maxPageSize);
    if (ctx.faults.has('history_fail') || (ctx.faults.has('history_page2') && page >= 2)) return serverError();
    const id = Number(m[1]);
    const user = ctx.world.user(id);
    if (!user || (noRequester && id === ctx.world.case(ctx.ticketId)?.ticket.requester_id)) return notFound();
    // Zendesk sorts lists by creation date, oldest first, unless sort_order=desc.
    const all = requestedTickets(ctx, id);
    if (u.searchParams.get('sort_order') === 'desc') all.reverse();
    const p = pageOf(u, all, page, perPage);
    return answer(200, { tickets: p.items, next_page: p.next_page, previous_page: p.previous_page, count: p.count });
  }
  m = /^\/api\/v2\/users\/(\d+|me)$/.exec(path);
  if (m) {
    const id = m[1] === 'me' ? CURRENT_USER.id : Number(m[1]);
    const user = ctx.world.user(id);
    if (!user || (noRequester && id === ctx.world.case(ctx.ticketId)?.ticket.requester_id)) return notFound();
    return answer(200, { user: restUser(user) });
  }
  m = /^\/api\/v2\/tickets\/(\d+)$/.exec(path);
  if (m) {
    const id = Number(m[1]);
    const c = ctx.world.case(id);
    if (!c) return notFound();
    return answer(200, {
      ticket: {
        id, url: `${ACCOUNT_URL}/api/v2/tickets/${id}.json`, subject: c.ticket.subject, raw_subject: c.ticket.subject,
        description: c.comments[0]?.body ?? '', status: c.ticket.status, created_at: c.ticket.created_at, updated_at: c.ticket.created_at,
        requester_id: noRequester && id === ctx.ticketId ? null : c.ticket.requester_id, tags: ctx.world.tagsOf(id),
        via: { channel: c.ticket.via.channel ?? 'web', source: {} }, satisfaction_rating: null,
      },
    });
  }
  return badEndpoint();
}

/** Answer one `client.request` options object. */
export function answerRequest(ctx: RestContext, options: unknown): RestOutcome {
  const o = options && typeof options === 'object' ? (options as Record<string, unknown>) : {};
  const url = typeof options === 'string' ? options : typeof o.url === 'string' ? o.url : '';
  const method = (typeof o.type === 'string' ? o.type : typeof o.method === 'string' ? o.method : 'GET').toUpperCase();
  const u = parseUrl(url);
  // Only the Zendesk API is emulated: other hosts would go through Zendesk's proxy, which the workspace refuses.
  if (!u) return { kind: 'answer', answer: answer(403, { error: 'Forbidden', description: 'The workspace only answers Zendesk API paths' }), delayMs: 0 };
  const key = `${method} ${u.pathname}${u.search}`;
  const count = (ctx.seen.get(key) ?? 0) + 1;
  ctx.seen.set(key, count);
  if (ctx.faults.has('timeout')) return { kind: 'hang' };
  const delayMs = ctx.faults.has('slow') ? 2000 : 5;
  const retry = { 'retry-after': String(ctx.retryAfter) };
  if (ctx.faults.has('rate_limit') || (ctx.faults.has('rate_limit_once') && count === 1)) {
    return { kind: 'answer', answer: answer(429, { error: 'TooManyRequests', description: 'Rate limit exceeded (workspace fault)' }, { ...retry, 'x-rate-limit-remaining': '0' }), delayMs };
  }
  if (ctx.faults.has('server_error')) return { kind: 'answer', answer: serverError(), delayMs };
  return { kind: 'answer', answer: route(ctx, method, u), delayMs };
}
