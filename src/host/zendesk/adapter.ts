/**
 * HostPort over a ZAF client, using documented paths and events only:
 *   get  ticket, ticket.tags, ticket.comment.text, ticket.comment.type, currentUser.locale, colorScheme
 *   set  ticket.comment.text
 *   invoke ticket.tags.add, ticket.tags.remove, resize
 *   on   comment.text.changed, ticket.tags.changed, colorScheme.changed,
 *        ticket.comments.changed, ticket.requester.id.changed, ticket.save (hook)
 *   REST /api/v2/tickets/{id}/comments.json, /api/v2/users/{id}.json,
 *        /api/v2/users/{id}/tickets/requested.json
 */
import {
  HostError, type ColorScheme, type HistoryPage, type HostComment, type HostEvent, type HostHistoryTicket,
  type HostPort, type HostUser, type SaveHook,
} from '../port';
import { DEFAULT_RETRY, systemClock, withRetry, withTimeout, type Clock, type RetryPolicy } from '../retry';
import type { ZafClientLike, ZafHandler } from './client';
import { classifyZafError, createHttp, toApiPath } from './http';
import { listOf, nextPageOf, parseComment, parseHistoryTicket, parseScheme, parseUser, parseZafTicket } from './schemas';

export interface StorageLike { getItem(key: string): string | null; setItem(key: string, value: string): void }

export interface ZendeskHostOptions {
  /** Namespaces saved state (from metadata.installationId). */
  installationId?: string | number | null;
  /** Defaults to window.localStorage when reachable; null disables persistence. */
  storage?: StorageLike | null;
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
  /** Page caps (100 items a page). */
  maxCommentPages?: number;
  maxHistoryPages?: number;
}

const PER_PAGE = 100;

/** The next page as a Zendesk API path; null at the end or when it points elsewhere. */
function nextApiPath(body: unknown): string | null {
  const next = nextPageOf(body);
  return next ? toApiPath(next) : null;
}

function defaultStorage(): StorageLike | null {
  try {
    const s = (globalThis as { localStorage?: StorageLike }).localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export function createZendeskHost(client: ZafClientLike, opts: ZendeskHostOptions = {}): HostPort {
  const clock = opts.clock ?? systemClock;
  const policy = { ...DEFAULT_RETRY, ...opts.retry };
  const http = createHttp(client, clock, policy);
  const storage = opts.storage === undefined ? defaultStorage() : opts.storage;
  const ns = `tact:${opts.installationId ?? 'default'}:`;
  // The browser opens an origin's localStorage on its first read, synchronously: do that
  // right after the first requests leave, while the ticket loads, not in the first render.
  if (storage) setTimeout(() => { try { storage.getItem(`${ns}open`); } catch { /* blocked: best effort */ } }, 0);
  const classify = (e: unknown) => classifyZafError(e, clock);

  /** One ZAF path, with retries on timeouts. */
  async function get(path: string): Promise<unknown> {
    const res = await withRetry(() => client.get(path), { clock, policy, classify, what: `get ${path}` });
    if (!res || typeof res !== 'object') throw new HostError('invalid_response', `get ${path}: no result`);
    return res[path];
  }

  /** A write: timed out and classified, never retried blindly (the caller decides). */
  async function write(what: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await withTimeout(Promise.resolve().then(run), policy.timeoutMs, clock, what);
    } catch (e) {
      throw classify(e).error;
    }
  }

  const asStrings = (v: unknown, path: string): string[] => {
    if (!Array.isArray(v)) throw new HostError('invalid_response', `${path} is not a list`);
    return v.filter((x): x is string => typeof x === 'string');
  };

  // ---- events: one ZAF subscription per event while someone listens
  const listeners = new Set<(e: HostEvent) => void>();
  let bound: Array<[string, ZafHandler]> = [];
  const emit = (e: HostEvent): void => { for (const l of [...listeners]) l(e); };
  const fromValueOrGet = <T>(value: unknown, parse: (v: unknown) => T | null, path: string, send: (v: T) => void): void => {
    const v = parse(value);
    if (v !== null) { send(v); return; }
    get(path).then((fresh) => { const f = parse(fresh); if (f !== null) send(f); }, () => undefined);
  };
  const handlers: Array<[string, ZafHandler]> = [
    ['comment.text.changed', (d) => fromValueOrGet(d, (v) => (typeof v === 'string' ? v : null), 'ticket.comment.text', (text) => emit({ type: 'draft.changed', text }))],
    ['ticket.tags.changed', (d) => fromValueOrGet(d, (v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null), 'ticket.tags', (tags) => emit({ type: 'tags.changed', tags }))],
    ['colorScheme.changed', (d) => fromValueOrGet(d, parseScheme, 'colorScheme', (scheme) => emit({ type: 'colorScheme.changed', scheme }))],
    ['ticket.comments.changed', () => emit({ type: 'ticket.changed' })],
    ['ticket.requester.id.changed', () => emit({ type: 'ticket.changed' })],
  ];

  // ---- save hook: registered once; fails open on our own errors
  let saveHook: SaveHook | null = null;
  let saveBound = false;
  const onSave: ZafHandler = () => {
    const hook = saveHook;
    if (!hook) return true;
    return hook().then(
      (r) => (r === true ? true : Promise.reject(typeof r === 'string' && r ? r : 'Tact')),
      (e: unknown) => {
        if (typeof e === 'string') return Promise.reject(e);
        return true; // a bug in the app must never block the agent's save
      },
    );
  };

  let lastHeight = -1;

  return {
    name: 'zendesk',
    async settings() {
      const meta = await withTimeout(client.metadata(), policy.timeoutMs, clock, 'metadata');
      const s = meta && typeof meta === 'object' ? (meta as Record<string, unknown>).settings : null;
      return s && typeof s === 'object' && !Array.isArray(s) ? { ...(s as Record<string, unknown>) } : {};
    },
    async locale() {
      try {
        const l = await get('currentUser.locale');
        return typeof l === 'string' && l ? l : 'en';
      } catch {
        return 'en';
      }
    },
    async colorScheme(): Promise<ColorScheme> {
      try {
        return parseScheme(await get('colorScheme')) ?? 'light';
      } catch {
        return 'light';
      }
    },
    async ticket() {
      const t = parseZafTicket(await get('ticket'));
      if (!t) throw new HostError('invalid_response', 'ticket has no id');
      return t;
    },
    async comments(ticketId) {
      const out: HostComment[] = [];
      const maxPages = opts.maxCommentPages ?? 10;
      let url: string | null = `/api/v2/tickets/${ticketId}/comments.json?per_page=${PER_PAGE}`;
      const seen = new Set<string>();
      for (let p = 0; url && p < maxPages && !seen.has(url); p++) {
        seen.add(url);
        const body = await http.getJson(url);
        const list = listOf(body, 'comments');
        if (!list) throw new HostError('invalid_response', 'comments payload has no comments list');
        list.forEach((raw) => { const c = parseComment(raw, out.length); if (c) out.push(c); });
        url = nextApiPath(body);
      }
      return out;
    },
    async requester(userId): Promise<HostUser | null> {
      let body: unknown;
      try {
        body = await http.getJson(`/api/v2/users/${userId}.json`);
      } catch (e) {
        if (e instanceof HostError && e.code === 'not_found') return null;
        throw e;
      }
      const user = parseUser(body);
      if (!user) throw new HostError('invalid_response', 'user payload has no user');
      return user;
    },
    async history(userId, o): Promise<HistoryPage> {
      const tickets: HostHistoryTicket[] = [];
      const maxPages = Math.max(1, o?.maxPages ?? opts.maxHistoryPages ?? 3);
      let url: string | null = `/api/v2/users/${userId}/tickets/requested.json?per_page=${PER_PAGE}&sort_by=created_at&sort_order=desc`;
      const seen = new Set<string>();
      for (let p = 0; url; p++) {
        if (p >= maxPages || seen.has(url)) return { tickets, partial: true };
        seen.add(url);
        let body: unknown;
        try {
          body = await http.getJson(url);
        } catch {
          return { tickets, partial: true };
        }
        const list = listOf(body, 'tickets');
        if (!list) return { tickets, partial: true };
        for (const raw of list) { const h = parseHistoryTicket(raw); if (h) tickets.push(h); }
        const next = nextPageOf(body);
        url = next ? toApiPath(next) : null;
        if (next && !url) return { tickets, partial: true }; // a next page we will not follow
      }
      return { tickets, partial: false };
    },
    async draft() {
      const d = await get('ticket.comment.text');
      if (d === null || d === undefined) return '';
      if (typeof d !== 'string') throw new HostError('invalid_response', 'draft is not text');
      return d;
    },
    setDraft: (text) => write('set ticket.comment.text', () => client.set('ticket.comment.text', text)),
    async draftIsPublic() {
      // 'publicReply' | 'internalNote'; anything else (unknown, missing, error) counts as public.
      try {
        return (await get('ticket.comment.type')) !== 'internalNote';
      } catch {
        return true;
      }
    },
    async tags() { return asStrings(await get('ticket.tags'), 'ticket.tags'); },
    async addTags(tags) {
      if (tags.length) await write('ticket.tags.add', () => client.invoke('ticket.tags.add', [...tags]));
    },
    async removeTags(tags) {
      if (tags.length) await write('ticket.tags.remove', () => client.invoke('ticket.tags.remove', [...tags]));
    },
    on(listener) {
      const l = (e: HostEvent): void => listener(e);
      listeners.add(l);
      if (bound.length === 0) {
        bound = handlers;
        for (const [name, h] of bound) client.on(name, h);
      }
      return () => {
        if (!listeners.delete(l) || listeners.size > 0) return;
        if (client.off) for (const [name, h] of bound) client.off(name, h);
        bound = client.off ? [] : bound; // without off(), handlers stay bound but emit to nobody
      };
    },
    onBeforeSave(hook) {
      saveHook = hook;
      if (hook && !saveBound) { saveBound = true; client.on('ticket.save', onSave); }
    },
    resize(height) {
      const h = Math.max(0, Math.ceil(height));
      if (h === lastHeight) return;
      lastHeight = h;
      try {
        client.invoke('resize', { width: '100%', height: `${h}px` }).catch(() => undefined);
      } catch { /* resizing is cosmetic */ }
    },
    loadState(key) {
      try {
        return storage?.getItem(ns + key) ?? null;
      } catch {
        return null;
      }
    },
    saveState(key, value) {
      try {
        storage?.setItem(ns + key, value);
      } catch { /* storage full or blocked: state is best effort */ }
    },
  };
}
