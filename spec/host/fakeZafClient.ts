/**
 * A fake ZAF client that behaves like zendesk_app_framework_sdk 2.0.11 talking to a
 * Zendesk-like host: get/set/invoke resolve `{ errors: {}, "<path>": value }` and reject
 * a failed single path; request() answers the three REST endpoints with offset
 * pagination (absolute next_page URLs) and rejects like ZAF (an xhr-like object with
 * status, responseText and headers); on/off register handlers; hooks such as
 * ticket.save are run with the SDK's rules (false, a string, an Error or a rejected
 * promise veto the save). Faults are configurable per path/endpoint.
 */
import type { ZafClientLike, ZafHandler, ZafRequestOptions } from '../../src/host/zendesk/client';
import type { HostComment, HostHistoryTicket, HostTicket, HostUser } from '../../src/host/port';

export interface FakeZafData {
  ticket: HostTicket;
  comments?: HostComment[];
  users?: HostUser[];
  history?: Record<number, HostHistoryTicket[]>;
  /** Largest page the fake serves (default 100). */
  pageSize?: number;
  draft?: string;
  /** ticket.comment.type: 'publicReply' | 'internalNote' (undefined: the path gives nothing). */
  commentType?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  settings?: Record<string, unknown>;
  installationId?: number;
  /** Answer REST calls with the plain body instead of a complete response. */
  plainResponses?: boolean;
}

export interface HttpFault { status: number; headers?: Record<string, string>; responseText?: string }
type Fault<T> = { what: T | 'hang'; times: number };

export const ORIGIN = 'https://example.zendesk.com';

export class FakeZafClient implements ZafClientLike {
  readonly handlers = new Map<string, ZafHandler[]>();
  readonly requests: string[] = [];
  readonly invokes: Array<[string, unknown[]]> = [];
  readonly sets: Array<[string, unknown]> = [];
  private readonly requestFaults: Array<{ match: string; fault: Fault<HttpFault> }> = [];
  private readonly getFaults = new Map<string, Fault<Error>>();
  private readonly invokeFaults = new Map<string, Fault<Error>>();
  private readonly replies = new Map<string, (url: string) => unknown>();
  tags: string[];
  draft: string;
  scheme: 'light' | 'dark';

  constructor(readonly data: FakeZafData) {
    this.tags = [...data.ticket.tags];
    this.draft = data.draft ?? '';
    this.scheme = data.colorScheme ?? 'light';
  }

  // ---------- faults and overrides
  /** Requests whose URL contains `match` fail with `fault` (or never answer) `times` times. */
  failRequest(match: string, fault: HttpFault | 'hang', times = Infinity): void {
    this.requestFaults.push({ match, fault: { what: fault, times } });
  }
  failGet(path: string, fault: Error | 'hang', times = Infinity): void { this.getFaults.set(path, { what: fault, times }); }
  failInvoke(name: string, fault: Error | 'hang', times = Infinity): void { this.invokeFaults.set(name, { what: fault, times }); }
  /** Replace the body served for URLs containing `match`. */
  reply(match: string, body: (url: string) => unknown): void { this.replies.set(match, body); }
  clearFaults(): void { this.requestFaults.length = 0; this.getFaults.clear(); this.invokeFaults.clear(); }

  // ---------- what the agent / others do
  fire(event: string, data?: unknown): void {
    for (const h of [...(this.handlers.get(event) ?? [])]) h(data);
  }
  typeDraft(text: string): void { this.draft = text; this.fire('comment.text.changed', text); }
  setTagsExternally(tags: string[]): void { this.tags = [...tags]; this.fire('ticket.tags.changed', [...this.tags]); }
  setScheme(s: 'light' | 'dark'): void { this.scheme = s; this.fire('colorScheme.changed', s); }
  handlerCount(event: string): number { return this.handlers.get(event)?.length ?? 0; }

  /** Runs ticket.save handlers with the SDK's rules (utils.when). */
  async triggerSave(): Promise<{ ok: boolean; message?: string }> {
    const hs = this.handlers.get('ticket.save') ?? [];
    try {
      await Promise.all(hs.map((h) => {
        let res: unknown;
        try { res = h(); } catch (e) { return Promise.reject(e); }
        if (res && typeof (res as Promise<unknown>).then === 'function') return res as Promise<unknown>;
        if (res === false || res instanceof Error || typeof res === 'string') return Promise.reject(res);
        return Promise.resolve(res);
      }));
      return { ok: true };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : typeof e === 'string' ? e : '' };
    }
  }

  // ---------- ZafClientLike
  private take<T>(f: Fault<T> | undefined): T | 'hang' | null {
    if (!f || f.times <= 0) return null;
    f.times -= 1;
    return f.what;
  }

  private value(path: string): unknown {
    const t = this.data.ticket;
    const users = this.data.users ?? [];
    const requester = users.find((u) => u.id === t.requester_id);
    switch (path) {
      case 'ticket': return {
        id: t.id, subject: t.subject, createdAt: t.created_at, tags: [...this.tags],
        requester: t.requester_id === null ? undefined : { id: t.requester_id, name: requester?.name, email: requester?.email },
        via: t.via ? { channel: t.via.channel, source: {} } : undefined, status: 'open',
      };
      case 'ticket.tags': return [...this.tags];
      case 'ticket.comment.text': return this.draft;
      case 'ticket.comment.type': return this.data.commentType;
      case 'currentUser.locale': return this.data.locale ?? 'en';
      case 'colorScheme': return this.scheme;
      default: return undefined;
    }
  }

  async get(path: string | string[]): Promise<Record<string, unknown>> {
    await Promise.resolve();
    const paths = Array.isArray(path) ? path : [path];
    const result: Record<string, unknown> = { errors: {} };
    for (const p of paths) {
      const f = this.take(this.getFaults.get(p));
      if (f === 'hang') return new Promise(() => undefined);
      if (f) throw f;
      const v = this.value(p);
      if (v === undefined) throw new Error(`"${p}" Could not find path`);
      result[p] = v;
    }
    return result;
  }

  async set(path: string, value: unknown): Promise<unknown> {
    await Promise.resolve();
    this.sets.push([path, value]);
    if (path !== 'ticket.comment.text') throw new Error(`"${path}" is not settable`);
    this.draft = String(value);
    this.fire('comment.text.changed', this.draft);
    return { errors: {}, [path]: value };
  }

  async invoke(name: string, ...args: unknown[]): Promise<unknown> {
    await Promise.resolve();
    this.invokes.push([name, args]);
    const f = this.take(this.invokeFaults.get(name));
    if (f === 'hang') return new Promise(() => undefined);
    if (f) throw f;
    const arg = args[0];
    const list = (Array.isArray(arg) ? arg : [arg]).filter((x): x is string => typeof x === 'string');
    if (name === 'ticket.tags.add') {
      const missing = list.filter((x) => !this.tags.includes(x));
      if (missing.length) { this.tags = [...this.tags, ...missing]; this.fire('ticket.tags.changed', [...this.tags]); }
    } else if (name === 'ticket.tags.remove') {
      const next = this.tags.filter((x) => !list.includes(x));
      if (next.length !== this.tags.length) { this.tags = next; this.fire('ticket.tags.changed', [...this.tags]); }
    } else if (name !== 'resize') {
      throw new Error(`"${name}" is not an action`);
    }
    return { errors: {} };
  }

  async request(options: ZafRequestOptions): Promise<unknown> {
    await Promise.resolve();
    const url = options.url;
    this.requests.push(url);
    for (const rf of this.requestFaults) {
      if (!url.includes(rf.match)) continue;
      const f = this.take(rf.fault);
      if (f === 'hang') return new Promise(() => undefined);
      if (f) throw { status: f.status, statusText: 'error', responseText: f.responseText ?? '{"error":"fake"}', headers: f.headers ?? {} };
    }
    let body: unknown;
    const override = [...this.replies.entries()].find(([m]) => url.includes(m));
    if (override) body = override[1](url);
    else {
      body = this.route(url);
      if (body === null) throw { status: 404, statusText: 'Not Found', responseText: '{"error":"RecordNotFound"}', headers: {} };
    }
    if (this.data.plainResponses || !options.httpCompleteResponse) return body;
    return { status: 200, responseJSON: body, responseText: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  }

  private route(url: string): unknown {
    const u = new URL(url, ORIGIN);
    const perPage = Math.min(Number(u.searchParams.get('per_page') ?? 100), this.data.pageSize ?? 100);
    const page = Number(u.searchParams.get('page') ?? 1);
    const paged = (key: string, items: unknown[]): unknown => {
      const slice = items.slice((page - 1) * perPage, page * perPage);
      let next: string | null = null;
      if (page * perPage < items.length) {
        const n = new URL(u.toString());
        n.searchParams.set('page', String(page + 1));
        next = n.toString(); // absolute, like Zendesk
      }
      return { [key]: slice, next_page: next, previous_page: null, count: items.length };
    };
    let m = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(u.pathname);
    if (m) {
      if (Number(m[1]) !== this.data.ticket.id) return null;
      return paged('comments', (this.data.comments ?? []).map((c) => ({ ...c, type: 'Comment', html_body: `<p>${c.body}</p>`, plain_body: c.body })));
    }
    m = /^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/.exec(u.pathname);
    if (m) return paged('tickets', this.data.history?.[Number(m[1])] ?? []);
    m = /^\/api\/v2\/users\/(\d+)\.json$/.exec(u.pathname);
    if (m) {
      const user = (this.data.users ?? []).find((x) => x.id === Number(m?.[1]));
      return user ? { user: { ...user, role: 'end-user', active: true } } : null;
    }
    return null;
  }

  on(name: string, handler: ZafHandler): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler);
    this.handlers.set(name, list);
  }

  off(name: string, handler: ZafHandler): unknown {
    const list = this.handlers.get(name) ?? [];
    const i = list.indexOf(handler);
    if (i >= 0) list.splice(i, 1);
    return handler;
  }

  async metadata(): Promise<unknown> {
    await Promise.resolve();
    return { appId: 1, installationId: this.data.installationId ?? 7, name: 'Tact', version: '0.1.0', settings: { ...(this.data.settings ?? {}) } };
  }

  async context(): Promise<unknown> {
    await Promise.resolve();
    return { location: 'ticket_sidebar', ticketId: this.data.ticket.id, product: 'support', account: { subdomain: 'example' } };
  }
}

/** localStorage stand-in that can be made to throw. */
export class FakeStorage {
  readonly map = new Map<string, string>();
  broken = false;
  getItem(k: string): string | null {
    if (this.broken) throw new Error('SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.broken) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
}
