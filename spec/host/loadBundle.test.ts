import { parseBundle } from '../../src/engine/bundle';
import { loadBundle } from '../../src/host/loadBundle';
import { createMemoryHost, sampleMemoryData } from '../../src/host/memory';
import { HostError } from '../../src/host/port';

describe('loadBundle', () => {
  it('builds an engine bundle in REST shapes without warnings', async () => {
    const host = createMemoryHost(sampleMemoryData());
    const r = await loadBundle(host);
    expect(r.warnings).toEqual([]);
    expect(r.bundle.ticket.id).toBe(1001);
    expect(r.bundle.comments).toHaveLength(2);
    expect(r.bundle.requester?.created_at).toBe('2019-03-01T08:00:00Z');
    expect(r.bundle.history.map((h) => h.id)).toEqual([880]);
    const parsed = parseBundle(r.bundle);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.bundle.history[0]?.score).toBe('good');
    expect(parsed.bundle.ticket.channel).toBe('email');
  });

  it('leaves the current ticket out of the history', async () => {
    const data = sampleMemoryData();
    const current = { id: 1001, subject: 'Double charge', created_at: null, status: 'open', satisfaction_rating: null, tags: [] };
    const host = createMemoryHost({ ...data, history: { 501: [current, ...(data.history?.[501] ?? [])] } });
    expect((await loadBundle(host)).bundle.history.map((h) => h.id)).toEqual([880]);
  });

  it('keeps going with a partial history', async () => {
    const data = sampleMemoryData();
    const many = Array.from({ length: 5 }, (_, i) => ({ id: 3000 + i, subject: null, created_at: null, status: 'solved', satisfaction_rating: null, tags: [] }));
    const host = createMemoryHost({ ...data, history: { 501: many }, historyPageSize: 2 });
    host.failHistoryPage(2);
    const r = await loadBundle(host);
    expect(r.warnings).toEqual(['history_partial']);
    expect(r.bundle.history).toHaveLength(2);
    expect(r.bundle.comments).toHaveLength(2);
  });

  it('keeps going when the history fails entirely', async () => {
    const host = createMemoryHost(sampleMemoryData());
    host.fail('history', 'server_error');
    const r = await loadBundle(host);
    expect(r.warnings).toEqual(['history_unavailable']);
    expect(r.errors.history?.code).toBe('server_error');
    expect(r.bundle.history).toEqual([]);
  });

  it('reports a deleted requester and one that could not be read', async () => {
    const deleted = createMemoryHost(sampleMemoryData({ users: [] }));
    const r1 = await loadBundle(deleted);
    expect(r1.warnings).toContain('no_requester');
    expect(r1.bundle.requester).toBeNull();
    const failing = createMemoryHost(sampleMemoryData());
    failing.fail('requester', 'rate_limited');
    const r2 = await loadBundle(failing);
    expect(r2.warnings).toEqual(['requester_unavailable']);
    expect(r2.errors.requester?.code).toBe('rate_limited');
  });

  it('skips requester and history for a ticket without requester', async () => {
    const data = sampleMemoryData();
    const host = createMemoryHost({ ...data, ticket: { ...data.ticket, requester_id: null } });
    const r = await loadBundle(host);
    expect(r.warnings).toEqual(['no_requester']);
    expect(host.calls.some((c) => c.startsWith('requester') || c.startsWith('history'))).toBe(false);
  });

  it('can skip the history', async () => {
    const host = createMemoryHost(sampleMemoryData());
    const r = await loadBundle(host, { history: false });
    expect(r.bundle.history).toEqual([]);
    expect(host.calls.some((c) => c.startsWith('history'))).toBe(false);
  });

  it('fails with a HostError when the comments cannot be read', async () => {
    const host = createMemoryHost(sampleMemoryData());
    host.fail('comments', 'server_error');
    await expect(loadBundle(host)).rejects.toMatchObject({ code: 'server_error' });
    const broken = createMemoryHost(sampleMemoryData());
    broken.fail('ticket', 'forbidden');
    await expect(loadBundle(broken)).rejects.toBeInstanceOf(HostError);
  });
});
