/**
 * The Zendesk side of the ZAF postMessage protocol, as zendesk_app_framework_sdk 2.0.11
 * speaks it (lib/client.js):
 *  - app -> host: `{key:'iframe.handshake'}`, `{id, request:'get'|'set'|'invoke', params}`,
 *    `{key:'iframe.on:<event>'|'iframe.off:<event>', message:{subscriberCount}}`,
 *    `{key:'request:N', message: options}`, `{key:'iframe.reply:<hook>', error?:{msg}}`.
 *  - host -> app: `{key:'zaf.app.registered', message:{context, metadata}}`,
 *    `{id, result:{errors, <path>: value}}`, `{key:'zaf.<event>', message}`,
 *    `{key:'zaf.<hook>', needsReply:true}`, `{key:'zaf.request:N.done'|'.fail', message:{responseArgs}}`.
 * Pure: messages in, messages out through `env.post`; no DOM, timers injected.
 */
import type { FaultName } from './faults';
import { answerRequest, type RestAnswer, type RestContext } from './rest';
import { lookup, zafRoot, type CommentType, type Json, type TicketView } from './zaf-objects';
import { normaliseTags, World } from './world';

export type Scheme = 'light' | 'dark';

export interface HostSession {
  world: World;
  ticketId: number;
  appGuid: string;
  locale: string;
  scheme: Scheme;
  faults: ReadonlySet<FaultName>;
  /** metadata.settings: the installation's parameter values. */
  settings: Record<string, unknown>;
  appName: string;
  appVersion: string;
  retryAfter: number;
  maxPageSize: number;
  /** How long a save waits for the app's hook reply before failing. */
  hookTimeoutMs: number;
  draft?: string;
}

export interface HostEnv {
  post(message: Record<string, unknown>): void;
  schedule(fn: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
  now(): Date;
  /** Something the page shows changed (tags, draft, registration, size, subscriptions). */
  changed?(what: 'tags' | 'draft' | 'registered' | 'resize' | 'comments' | 'subscriptions'): void;
  log?(direction: 'in' | 'out' | 'note', text: string): void;
}

export type SaveResult = { ok: true } | { ok: false; reason: string };

interface PathError { name: string; message: string; path: string }

const MAX_AUTO_RETRIES = 3;

function parse(data: unknown): Record<string, unknown> | null {
  let v = data;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

export class ZafHost {
  registered = false;
  draft: string;
  /** Public reply or internal note (the agent's switch above the reply box). */
  commentType: CommentType = 'publicReply';
  size: { width?: string; height?: string } = {};
  private readonly subs = new Map<string, number>();
  private readonly seen = new Map<string, number>();
  private pendingHook: { resolve: (r: SaveResult) => void; timer: unknown } | null = null;
  /** Tags added by "another agent" under the tags_race fault. */
  private raced = 0;

  constructor(readonly session: HostSession, private readonly env: HostEnv) {
    this.draft = session.draft ?? '';
  }

  get tags(): string[] { return this.session.world.tagsOf(this.session.ticketId); }

  subscribers(event: string): number { return this.subs.get(event) ?? 0; }

  subscriptions(): Record<string, number> { return Object.fromEntries([...this.subs].filter(([, n]) => n > 0)); }

  /** One message from the app frame (already checked to come from it). */
  receive(data: unknown): void {
    const msg = parse(data);
    if (!msg) return;
    if (msg.appGuid !== undefined && msg.appGuid !== this.session.appGuid) {
      this.env.log?.('note', `ignored message for another app (${String(msg.appGuid)})`);
      return;
    }
    if (typeof msg.id === 'number' && typeof msg.request === 'string') {
      this.env.log?.('in', `${msg.request} ${JSON.stringify(msg.params)}`);
      this.answerCall(msg.id, msg.request, msg.params);
      return;
    }
    const key = typeof msg.key === 'string' ? msg.key : '';
    const message = msg.message;
    this.env.log?.('in', key + (key.startsWith('request:') ? ` ${JSON.stringify(message)}` : ''));
    if (key === 'iframe.handshake') this.handshake();
    else if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) this.subscribe(key, message);
    else if (key.startsWith('iframe.reply:')) this.reply(key.slice('iframe.reply:'.length), msg.error);
    else if (/^request:\d+$/.test(key)) this.request(key, message, 0);
  }

  private send(message: Record<string, unknown>, note: string): void {
    this.env.log?.('out', note);
    this.env.post(message);
  }

  private view(): TicketView {
    const s = this.session;
    return {
      world: s.world, ticketId: s.ticketId, locale: s.locale, scheme: s.scheme, draft: this.draft, commentType: this.commentType,
      noRequester: s.faults.has('no_requester'), instanceGuid: s.appGuid,
    };
  }

  context(): Record<string, unknown> {
    return {
      host: 'zendesk', product: 'support', location: 'ticket_sidebar', instanceGuid: this.session.appGuid,
      account: { subdomain: 'tact-workspace' }, ticketId: this.session.ticketId,
    };
  }

  metadata(): Record<string, unknown> {
    return {
      appId: 0, installationId: 1, name: this.session.appName, version: this.session.appVersion,
      plan: { name: 'workspace' }, settings: { title: this.session.appName, ...this.session.settings },
    };
  }

  private handshake(): void {
    if (this.session.faults.has('no_handshake')) {
      this.env.log?.('note', 'handshake left unanswered (fault no_handshake)');
      return;
    }
    this.subs.clear();
    this.registered = true;
    this.send({ key: 'zaf.app.registered', message: { context: this.context(), metadata: this.metadata() } }, 'zaf.app.registered');
    this.env.changed?.('registered');
  }

  private subscribe(key: string, message: unknown): void {
    const on = key.startsWith('iframe.on:');
    const event = key.slice(on ? 'iframe.on:'.length : 'iframe.off:'.length);
    const count = message && typeof message === 'object' ? (message as Record<string, unknown>).subscriberCount : undefined;
    this.subs.set(event, typeof count === 'number' ? count : on ? this.subscribers(event) + 1 : Math.max(0, this.subscribers(event) - 1));
    if (!event.startsWith('request:')) this.env.changed?.('subscriptions');
  }

  /** A framework event, delivered only when the app listens to it (as Zendesk binds on first subscriber). */
  emit(event: string, message?: unknown): boolean {
    if (!this.registered || this.subscribers(event) === 0) return false;
    this.send({ key: `zaf.${event}`, message }, `zaf.${event}`);
    return true;
  }

  // ---- get / set / invoke ------------------------------------------------------------

  private answerCall(id: number, request: string, params: unknown): void {
    const errors: Record<string, PathError> = {};
    const result: Record<string, unknown> = { errors };
    const fail = (path: string, message: string): void => { errors[path] = { name: 'Error', message, path }; };
    if (request === 'get' && Array.isArray(params)) {
      const root = zafRoot(this.view());
      for (const p of params) {
        if (typeof p !== 'string') continue;
        if (this.session.faults.has('ticket_unavailable') && /^(?:ticket|comment)(?:\.|$)/.test(p)) { fail(p, 'is not available (workspace fault ticket_unavailable)'); continue; }
        const found = lookup(root as Json, p);
        if (found.found) result[p] = found.value;
        else fail(p, 'Could not find handler for this path');
      }
    } else if (request === 'set' && params && typeof params === 'object') {
      for (const [p, v] of Object.entries(params as Record<string, unknown>)) {
        const err = this.setPath(p, v);
        if (err) fail(p, err);
        else {
          const now = lookup(zafRoot(this.view()) as Json, p);
          result[p] = now.found ? now.value : v;
        }
      }
    } else if (request === 'invoke' && params && typeof params === 'object') {
      for (const [name, args] of Object.entries(params as Record<string, unknown>)) {
        const err = this.invoke(name, Array.isArray(args) ? args : [args]);
        if (err) fail(name, err);
        else result[name] = null;
      }
    } else {
      this.send({ id, error: { name: 'Error', message: `Unsupported request "${request}"` } }, `#${id} error`);
      return;
    }
    this.send({ id, result }, `#${id} ${request} -> ${Object.keys(errors).length ? `errors: ${Object.keys(errors).join(', ')}` : 'ok'}`);
  }

  private setPath(path: string, value: unknown): string | null {
    switch (path) {
      case 'ticket.comment.text':
      case 'comment.text':
        if (typeof value !== 'string') return 'expects a string';
        this.setDraft(value);
        return null;
      case 'ticket.tags':
        if (!Array.isArray(value)) return 'expects an array of tags';
        return this.writeTags(() => normaliseTags(value));
      default:
        return 'cannot be set in this location';
    }
  }

  private invoke(name: string, args: unknown[]): string | null {
    switch (name) {
      case 'ticket.tags.add':
        return this.writeTags((cur) => [...cur, ...normaliseTags(args.flat()).filter((t) => !cur.includes(t))]);
      case 'ticket.tags.remove': {
        const drop = normaliseTags(args.flat());
        return this.writeTags((cur) => cur.filter((t) => !drop.includes(t)));
      }
      case 'resize': {
        const o = args[0] && typeof args[0] === 'object' ? (args[0] as Record<string, unknown>) : {};
        const dim = (v: unknown): string | undefined => (typeof v === 'number' ? `${v}px` : typeof v === 'string' ? v : undefined);
        this.size = { width: dim(o.width) ?? this.size.width, height: dim(o.height) ?? this.size.height };
        this.env.changed?.('resize');
        return null;
      }
      case 'comment.appendText':
      case 'ticket.comment.appendText':
        if (typeof args[0] !== 'string') return 'expects a string';
        this.setDraft(this.draft + args[0]);
        return null;
      default:
        return 'Could not find handler for this action';
    }
  }

  private writeTags(next: (current: string[]) => string[]): string | null {
    if (this.session.faults.has('tags_fail')) return 'Tags could not be updated (workspace fault tags_fail)';
    // Another agent's change lands between the app's last read and this write.
    if (this.session.faults.has('tags_race')) this.setTagsByAgent([...this.tags, `other_agent_${++this.raced}`]);
    const before = this.tags;
    const after = normaliseTags(next(before));
    if (after.join(' ') === before.join(' ')) return null;
    this.session.world.setTags(this.session.ticketId, after);
    this.env.changed?.('tags');
    this.emit('ticket.tags.changed', after);
    return null;
  }

  // ---- things the agent does in the workspace -------------------------------------------

  /** The reply box changed (typing, or the app setting it): Zendesk fires comment.text.changed. */
  setDraft(text: string): void {
    if (text === this.draft) return;
    this.draft = text;
    this.env.changed?.('draft');
    this.emit('comment.text.changed', text);
  }

  /** The agent switches the reply box between public reply and internal note. */
  setCommentType(type: CommentType): void {
    this.commentType = type;
  }

  /** The agent edits tags by hand. */
  setTagsByAgent(tags: string[]): void {
    const before = this.tags;
    const after = normaliseTags(tags);
    if (after.join(' ') === before.join(' ')) return;
    this.session.world.setTags(this.session.ticketId, after);
    this.env.changed?.('tags');
    this.emit('ticket.tags.changed', after);
  }

  setColorScheme(scheme: Scheme): void {
    if (scheme === this.session.scheme) return;
    this.session.scheme = scheme;
    this.emit('colorScheme.changed', scheme);
  }

  /** Submit: run the app's ticket.save hook (it may veto), then record the reply. */
  async save(): Promise<SaveResult> {
    if (this.pendingHook) return { ok: false, reason: 'A save is already waiting for the app' };
    if (this.registered && this.subscribers('ticket.save') > 0) {
      const verdict = await new Promise<SaveResult>((resolve) => {
        const timer = this.env.schedule(() => {
          this.pendingHook = null;
          this.env.log?.('note', 'ticket.save hook timed out');
          resolve({ ok: false, reason: 'The app did not answer the save hook in time' });
        }, this.session.hookTimeoutMs);
        this.pendingHook = { resolve, timer };
        this.send({ key: 'zaf.ticket.save', needsReply: true }, 'zaf.ticket.save (needs reply)');
      });
      if (!verdict.ok) {
        this.emit('ticket.submit.fail');
        return verdict;
      }
    }
    this.emit('ticket.submit.start');
    if (this.draft.trim()) {
      this.session.world.addReply(this.session.ticketId, this.draft, this.env.now(), this.commentType === 'publicReply');
      this.env.changed?.('comments');
      this.setDraft('');
    }
    this.emit('ticket.submit.done');
    this.emit('ticket.submit.always');
    this.emit('ticket.saved');
    return { ok: true };
  }

  private reply(hook: string, error: unknown): void {
    if (hook !== 'ticket.save' || !this.pendingHook) return;
    const { resolve, timer } = this.pendingHook;
    this.pendingHook = null;
    this.env.cancel(timer);
    if (error && typeof error === 'object') {
      const m = (error as Record<string, unknown>).msg;
      resolve({ ok: false, reason: typeof m === 'string' && m.trim() ? m : 'The app cancelled the save' });
    } else {
      resolve({ ok: true });
    }
  }

  // ---- client.request ------------------------------------------------------------------

  private restContext(): RestContext {
    const s = this.session;
    return { world: s.world, ticketId: s.ticketId, faults: s.faults, retryAfter: s.retryAfter, maxPageSize: s.maxPageSize, seen: this.seen };
  }

  private request(key: string, options: unknown, attempt: number): void {
    const outcome = answerRequest(this.restContext(), options);
    const o = options && typeof options === 'object' ? (options as Record<string, unknown>) : {};
    if (outcome.kind === 'hang') {
      const timeout = typeof o.timeout === 'number' && o.timeout > 0 ? o.timeout : 0;
      this.env.log?.('note', `${key} left hanging (fault timeout)`);
      if (timeout) {
        this.env.schedule(() => this.fail(key, { status: 0, statusText: 'timeout', headers: {}, body: '' }, 'timeout'), timeout);
      }
      return;
    }
    const { answer, delayMs } = outcome;
    // Like ZAF, retry a 429 from the Zendesk API after Retry-After unless the app opted out.
    if (answer.status === 429 && o.autoRetry !== false && attempt < MAX_AUTO_RETRIES) {
      const wait = Number(answer.headers['retry-after'] ?? '1') * 1000;
      this.env.log?.('note', `${key} 429: host retries in ${wait} ms (autoRetry)`);
      this.env.schedule(() => this.request(key, options, attempt + 1), wait);
      return;
    }
    this.env.schedule(() => {
      if (answer.status >= 200 && answer.status < 300) this.done(key, answer, o.httpCompleteResponse === true);
      else this.fail(key, answer, 'error');
    }, delayMs);
  }

  private xhr(a: RestAnswer): Record<string, unknown> {
    const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    return {
      readyState: 4, status: a.status, statusText: a.statusText, responseText: text,
      ...(typeof a.body === 'string' ? {} : { responseJSON: a.body }), headers: a.headers,
    };
  }

  private done(key: string, a: RestAnswer, complete: boolean): void {
    const xhr = this.xhr(a);
    const first = complete ? { status: a.status, headers: a.headers, responseText: xhr.responseText, responseJSON: a.body } : a.body;
    this.send({ key: `zaf.${key}.done`, message: { responseArgs: [first, 'success', xhr] } }, `zaf.${key}.done ${a.status}`);
  }

  private fail(key: string, a: RestAnswer, textStatus: 'error' | 'timeout'): void {
    this.send({ key: `zaf.${key}.fail`, message: { responseArgs: [this.xhr(a), textStatus, a.statusText] } }, `zaf.${key}.fail ${a.status}`);
  }
}
