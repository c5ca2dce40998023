/** Test doubles for the workspace host: a tiny world, a recording env, a manual clock. */
import { readCase, type FxCase } from '../../src/workspace/fixtures';
import { ZafHost, type HostEnv, type HostSession } from '../../src/workspace/host';
import type { FaultName } from '../../src/workspace/faults';
import { World } from '../../src/workspace/world';

export const APP_GUID = 'aaaaaaaa-1111-2222-3333-444444444444';

export function sampleCase(): FxCase {
  const c = readCase({
    id: 'en-1', lang: 'en',
    ticket: { id: 7001, subject: 'Router keeps dropping', created_at: '2026-09-01T10:00:00Z', requester_id: 501, tags: ['internet', 'outage'], via: { channel: 'email' } },
    comments: [
      { id: 1, author_id: 501, public: true, created_at: '2026-09-01T10:00:00Z', body: 'It dropped again.\n\nThird time.' },
      { id: 2, author_id: 931, public: true, created_at: '2026-09-01T11:00:00Z', body: 'Looking into it.' },
      { id: 3, author_id: 931, public: false, created_at: '2026-09-01T11:05:00Z', body: 'internal <b>note</b>' },
    ],
    requester: { id: 501, name: 'Dana Smith', email: 'dana@example.com', created_at: '2019-03-01T08:00:00Z', locale: 'en', tags: [] },
    history: [
      { id: 11, subject: 'Old one', created_at: '2025-01-01T00:00:00Z', status: 'solved', satisfaction_rating: { score: 'bad' }, tags: [] },
      { id: 12, subject: 'Older', created_at: '2024-01-01T00:00:00Z', status: 'closed', satisfaction_rating: { score: 'good' }, tags: [] },
      { id: 13, subject: 'Newer', created_at: '2026-01-01T00:00:00Z', status: 'solved', satisfaction_rating: null, tags: ['x'] },
    ],
  }, 0);
  if (!c) throw new Error('bad sample');
  return c;
}

export interface Rig {
  host: ZafHost;
  sent: Record<string, unknown>[];
  changes: string[];
  /** Run every scheduled timer due within `ms` (in order). */
  advance(ms: number): void;
  /** The last message sent with this key (or id). */
  last(keyOrId: string | number): Record<string, unknown> | undefined;
  /** Simulate the SDK: post a JSON string like lib/client.js does. */
  app(msg: Record<string, unknown>): void;
}

export function rig(opts: { faults?: FaultName[]; session?: Partial<HostSession>; world?: World } = {}): Rig {
  const world = opts.world ?? new World([sampleCase()]);
  const sent: Record<string, unknown>[] = [];
  const changes: string[] = [];
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const env: HostEnv = {
    post: (m) => sent.push(JSON.parse(JSON.stringify(m)) as Record<string, unknown>),
    schedule: (fn, ms) => { const id = nextId++; timers.push({ at: now + ms, fn, id }); return id; },
    cancel: (id) => { timers = timers.filter((t) => t.id !== id); },
    now: () => new Date(Date.UTC(2026, 10, 23, 12, 0, 0) + now),
    changed: (what) => changes.push(what),
  };
  const host = new ZafHost({
    world, ticketId: 7001, appGuid: APP_GUID, locale: 'en-US', scheme: 'light', faults: new Set(opts.faults ?? []),
    settings: { tag_prefix: 'boundary_', auto_tag: false }, appName: 'Tact', appVersion: '0.1.0',
    retryAfter: 2, maxPageSize: 100, hookTimeoutMs: 30_000, ...opts.session,
  }, env);
  return {
    host, sent, changes,
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
      }
      now = end;
    },
    last(k) {
      return [...sent].reverse().find((m) => (typeof k === 'number' ? m.id === k : m.key === k));
    },
    app(msg) { host.receive(JSON.stringify({ appGuid: APP_GUID, instanceGuid: APP_GUID, ...msg })); },
  };
}

/** Handshake + subscriptions, as the SDK does on start. */
export function registered(r: Rig, events: string[] = []): Rig {
  r.app({ key: 'iframe.handshake', message: { version: '2.0.9' } });
  for (const e of events) r.app({ key: `iframe.on:${e}`, message: { subscriberCount: 1 } });
  return r;
}
