/**
 * An in-memory HostPort: a help desk in a box. Used by the UI's component tests, by
 * the contract suite (spec/host/contract.ts) as a second adapter, and anywhere a
 * fake host is handy. It also exposes test controls: simulate what the agent or
 * another party does (type in the editor, add tags, switch theme), trigger a save,
 * and inject faults.
 *
 * Faults count calls, not attempts: `fail('comments', 'server_error', 1)` makes the
 * next comments() call reject with HostError('server_error'), then the host recovers.
 */
import {
  HostError, type ColorScheme, type HistoryPage, type HostComment, type HostErrorCode, type HostEvent,
  type HostHistoryTicket, type HostPort, type HostTicket, type HostUser, type SaveHook,
} from '../port';

export type MemoryOp = 'settings' | 'locale' | 'colorScheme' | 'ticket' | 'comments' | 'requester' | 'history'
  | 'draft' | 'setDraft' | 'draftIsPublic' | 'tags' | 'addTags' | 'removeTags';

export interface MemoryHostData {
  ticket: HostTicket;
  comments?: HostComment[];
  /** Users by id; a requester absent from this list is "deleted" (requester() -> null). */
  users?: HostUser[];
  /** Earlier tickets per requester id. */
  history?: Record<number, HostHistoryTicket[]>;
  /** History page size (default 100), to exercise the page cap. */
  historyPageSize?: number;
  draft?: string;
  /** The reply box holds an internal note (default: a public reply). */
  internalNote?: boolean;
  locale?: string;
  colorScheme?: ColorScheme;
  settings?: Record<string, unknown>;
  /** Initial persisted state (key -> value). */
  state?: Record<string, string>;
}

export interface SaveOutcome { ok: boolean; message?: string }

export interface MemoryHost extends HostPort {
  // ---- inspection
  readonly currentDraft: string;
  readonly currentTags: string[];
  readonly resizes: number[];
  /** Every HostPort call, in order, e.g. "addTags:boundary_insult". */
  readonly calls: string[];
  readonly state: Map<string, string>;
  listenerCount(): number;
  // ---- what others do
  /** The agent types in the editor: changes the draft and emits draft.changed. */
  typeDraft(text: string): void;
  /** The agent switches the editor between public reply and internal note. */
  setInternalNote(internal: boolean): void;
  /** Someone else changes the ticket's tags (full list): emits tags.changed. */
  setTagsExternally(tags: string[]): void;
  setScheme(scheme: ColorScheme): void;
  /** A new comment lands on the ticket: emits ticket.changed. */
  addComment(comment: HostComment): void;
  emit(e: HostEvent): void;
  /** The agent clicks Submit: runs the save hook like Zendesk would. */
  triggerSave(): Promise<SaveOutcome>;
  // ---- faults
  /** The next `times` calls of `op` reject with HostError(code). Infinity = until cleared. */
  fail(op: MemoryOp, code: HostErrorCode, times?: number): void;
  /** History page `page` (1-based) fails; the result is partial. */
  failHistoryPage(page: number): void;
  /** Calls of `op` never settle (a hung host). */
  hang(op: MemoryOp): void;
  clearFaults(): void;
  /** Storage throws (private mode, quota): loadState -> null, saveState is a no-op. */
  breakStorage(broken: boolean): void;
}

const DEFAULT_PAGE = 100;
const DEFAULT_MAX_PAGES = 3;

export function createMemoryHost(data: MemoryHostData): MemoryHost {
  const ticket: HostTicket = { ...data.ticket, tags: [...data.ticket.tags] };
  const comments: HostComment[] = [...(data.comments ?? [])];
  const users = new Map((data.users ?? []).map((u) => [u.id, u] as const));
  const history = data.history ?? {};
  const pageSize = Math.max(1, data.historyPageSize ?? DEFAULT_PAGE);
  let draft = data.draft ?? '';
  let internalNote = data.internalNote ?? false;
  let scheme: ColorScheme = data.colorScheme ?? 'light';
  const listeners = new Set<(e: HostEvent) => void>();
  let saveHook: SaveHook | null = null;
  const faults = new Map<MemoryOp, { code: HostErrorCode; times: number }>();
  const hung = new Set<MemoryOp>();
  const failedPages = new Set<number>();
  const state = new Map(Object.entries(data.state ?? {}));
  let storageBroken = false;
  const calls: string[] = [];
  const resizes: number[] = [];

  const emit = (e: HostEvent): void => { for (const l of [...listeners]) l(e); };

  /** Runs a port operation through fault injection; results are copies. */
  async function op<T>(name: MemoryOp, detail: string, fn: () => T): Promise<T> {
    calls.push(detail ? `${name}:${detail}` : name);
    await Promise.resolve();
    if (hung.has(name)) return new Promise<T>(() => undefined);
    const f = faults.get(name);
    if (f && f.times > 0) {
      f.times -= 1;
      if (f.times <= 0) faults.delete(name);
      throw new HostError(f.code, `memory host: injected ${f.code} on ${name}`, statusFor(f.code));
    }
    return clone(fn());
  }

  const setTags = (next: string[]): void => {
    ticket.tags = [...new Set(next)];
    emit({ type: 'tags.changed', tags: [...ticket.tags] });
  };

  const host: MemoryHost = {
    name: 'memory',
    settings: () => op('settings', '', () => ({ ...(data.settings ?? {}) })),
    locale: () => op('locale', '', () => data.locale ?? 'en'),
    colorScheme: () => op('colorScheme', '', () => scheme),
    ticket: () => op('ticket', '', () => ticket),
    comments: (ticketId) => op('comments', String(ticketId), () => {
      if (ticketId !== ticket.id) throw new HostError('not_found', `ticket ${ticketId} not found`, 404);
      return comments;
    }),
    requester: (userId) => op('requester', String(userId), () => users.get(userId) ?? null),
    history: (userId, opts) => op('history', String(userId), (): HistoryPage => {
      const all = history[userId] ?? [];
      const maxPages = Math.max(1, opts?.maxPages ?? DEFAULT_MAX_PAGES);
      const tickets: HostHistoryTicket[] = [];
      let partial = false;
      const pages = Math.ceil(all.length / pageSize);
      for (let p = 1; p <= pages; p++) {
        if (p > maxPages || failedPages.has(p)) { partial = true; break; }
        tickets.push(...all.slice((p - 1) * pageSize, p * pageSize));
      }
      return { tickets, partial };
    }),
    draft: () => op('draft', '', () => draft),
    setDraft: (text) => op('setDraft', '', () => {
      draft = text;
      emit({ type: 'draft.changed', text });
    }),
    draftIsPublic: () => op('draftIsPublic', '', () => !internalNote),
    tags: () => op('tags', '', () => ticket.tags),
    addTags: (tags) => op('addTags', tags.join(','), () => {
      const missing = tags.filter((t) => !ticket.tags.includes(t));
      if (missing.length) setTags([...ticket.tags, ...missing]);
    }),
    removeTags: (tags) => op('removeTags', tags.join(','), () => {
      const next = ticket.tags.filter((t) => !tags.includes(t));
      if (next.length !== ticket.tags.length) setTags(next);
    }),
    on(listener) {
      const l = (e: HostEvent): void => listener(e);
      listeners.add(l);
      return () => { listeners.delete(l); };
    },
    onBeforeSave(hook) { saveHook = hook; },
    resize(height) { resizes.push(height); },
    loadState(key) {
      if (storageBroken) return null;
      return state.get(key) ?? null;
    },
    saveState(key, value) {
      if (!storageBroken) state.set(key, value);
    },

    get currentDraft() { return draft; },
    get currentTags() { return [...ticket.tags]; },
    resizes,
    calls,
    state,
    listenerCount: () => listeners.size,
    typeDraft(text) { draft = text; emit({ type: 'draft.changed', text }); },
    setInternalNote(internal) { internalNote = internal; },
    setTagsExternally(tags) { setTags(tags); },
    setScheme(s) { scheme = s; emit({ type: 'colorScheme.changed', scheme: s }); },
    addComment(c) { comments.push(c); emit({ type: 'ticket.changed' }); },
    emit,
    async triggerSave() {
      if (!saveHook) return { ok: true };
      try {
        const r = await saveHook();
        return r === true ? { ok: true } : { ok: false, message: r || 'Tact' };
      } catch (e) {
        // Like the Zendesk adapter: a string vetoes, an app bug never blocks the save.
        return typeof e === 'string' ? { ok: false, message: e } : { ok: true };
      }
    },
    fail(name, code, times = 1) { faults.set(name, { code, times }); },
    failHistoryPage(page) { failedPages.add(page); },
    hang(name) { hung.add(name); },
    clearFaults() { faults.clear(); hung.clear(); failedPages.clear(); },
    breakStorage(broken) { storageBroken = broken; },
  };
  return host;
}

/** Copies results so callers never share the host's objects (JSON data only). */
function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function statusFor(code: HostErrorCode): number | undefined {
  switch (code) {
    case 'rate_limited': return 429;
    case 'server_error': return 500;
    case 'not_found': return 404;
    case 'forbidden': return 403;
    default: return undefined;
  }
}

/** A small ready-made ticket for tests and demos. */
export function sampleMemoryData(overrides: Partial<MemoryHostData> = {}): MemoryHostData {
  return {
    ticket: { id: 1001, subject: 'Double charge', created_at: '2026-10-02T09:12:00Z', requester_id: 501, tags: ['billing'], via: { channel: 'email' } },
    comments: [
      { id: 1, author_id: 501, public: true, created_at: '2026-10-02T09:12:00Z', body: 'Hello, I was charged twice for my subscription.' },
      { id: 2, author_id: 900, public: true, created_at: '2026-10-02T10:00:00Z', body: 'Hello, I am looking into it right now.' },
    ],
    users: [{ id: 501, name: 'Claire Martin', email: 'claire@example.com', created_at: '2019-03-01T08:00:00Z', locale: 'en', tags: [] }],
    history: { 501: [{ id: 880, subject: 'Export question', created_at: '2025-06-11T14:00:00Z', status: 'solved', satisfaction_rating: { score: 'good' }, tags: [] }] },
    draft: '',
    locale: 'en',
    colorScheme: 'light',
    settings: {},
    ...overrides,
  };
}
