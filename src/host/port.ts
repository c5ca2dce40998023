/**
 * The host port: everything the sidebar needs from the help desk, and nothing more.
 * One adapter per host (src/host/zendesk/, later src/host/freshdesk/); every adapter
 * passes the shared contract suite in spec/host/contract.ts.
 *
 * Data comes back in the engine's bundle shapes (Zendesk REST field names), so the
 * engine never knows which host it runs in.
 */
import type { Lang } from '../engine/types';

export type ColorScheme = 'light' | 'dark';

export const HOST_ERROR_CODES = ['not_in_host', 'rate_limited', 'server_error', 'timeout', 'not_found', 'forbidden', 'network', 'invalid_response', 'unknown'] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/** Codes worth a "retry" button: the same call may work a moment later. */
const TRANSIENT: ReadonlySet<HostErrorCode> = new Set(['rate_limited', 'server_error', 'timeout', 'network']);

/** A failure the UI can explain. `code` is stable and translated by the UI. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HostError';
  }

  /** True when retrying later may succeed (rate limit, 5xx, timeout, network). */
  get retryable(): boolean {
    return TRANSIENT.has(this.code);
  }
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}

export interface HostTicket {
  id: number;
  subject: string | null;
  created_at: string | null;
  requester_id: number | null;
  tags: string[];
  via: { channel: string | null } | null;
}

export interface HostComment { id: number; author_id: number | null; public: boolean; created_at: string | null; body: string }

export interface HostUser { id: number; name: string | null; email: string | null; created_at: string | null; locale: string | null; tags: string[] }

export interface HostHistoryTicket {
  id: number; subject: string | null; created_at: string | null; status: string | null;
  satisfaction_rating: { score: string | null } | null; tags: string[];
}

export interface HistoryPage { tickets: HostHistoryTicket[]; /** true when a page failed or the cap was hit */ partial: boolean }

export type HostEvent =
  | { type: 'draft.changed'; text: string }
  | { type: 'colorScheme.changed'; scheme: ColorScheme }
  | { type: 'tags.changed'; tags: string[] }
  | { type: 'ticket.changed' };

/** Called before the ticket is saved; return false (or a message) to veto. */
export type SaveHook = () => Promise<true | string>;

export interface HostPort {
  readonly name: 'zendesk' | 'freshdesk' | string;
  /** Raw installation settings (to be parsed by lib/settings.parseSettings). */
  settings(): Promise<Record<string, unknown>>;
  /** The agent's locale, e.g. "fr-CA". */
  locale(): Promise<string>;
  colorScheme(): Promise<ColorScheme>;
  ticket(): Promise<HostTicket>;
  comments(ticketId: number): Promise<HostComment[]>;
  /** null when the requester is missing or deleted. */
  requester(userId: number): Promise<HostUser | null>;
  /** Requester's earlier tickets, pagination capped at maxPages. */
  history(userId: number, opts?: { maxPages?: number }): Promise<HistoryPage>;
  draft(): Promise<string>;
  setDraft(text: string): Promise<void>;
  /**
   * True when the reply box holds a public reply, false for an internal note. Optional:
   * a host without the notion (or that cannot tell) treats every draft as public.
   */
  draftIsPublic?(): Promise<boolean>;
  tags(): Promise<string[]>;
  /** Adds only these tags (a delta: others' concurrent changes are kept). */
  addTags(tags: string[]): Promise<void>;
  /** Removes only these tags. Callers must only pass tags Tact added. */
  removeTags(tags: string[]): Promise<void>;
  /** Subscribe; returns an unsubscribe function. */
  on(listener: (e: HostEvent) => void): () => void;
  onBeforeSave(hook: SaveHook | null): void;
  resize(height: number): void;
  /** Small per-installation key/value store (dismissals); survives reloads. */
  loadState(key: string): string | null;
  saveState(key: string, value: string): void;
}

export type { Lang };
