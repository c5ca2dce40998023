import { createMemoryHost, sampleMemoryData, type MemoryHost } from '../../src/host/memory';
import { NotOurTagError, TagLedger, TagWriteError } from '../../src/host/tagLedger';
import { VirtualClock } from './virtualClock';

function setup(tags = ['billing']): { host: MemoryHost; ledger: TagLedger; clock: VirtualClock } {
  const data = sampleMemoryData();
  const host = createMemoryHost({ ...data, ticket: { ...data.ticket, tags } });
  const clock = new VirtualClock();
  return { host, clock, ledger: TagLedger.open(host, data.ticket.id, { prefixes: ['boundary_', 'tact_type_'], clock }) };
}

describe('TagLedger', () => {
  it('writes only missing tags, as a delta, and records them', async () => {
    const { host, ledger } = setup(['billing', 'boundary_insult']);
    const r = await ledger.add(['boundary_insult', 'boundary_threat']);
    expect(r).toEqual({ written: ['boundary_threat'], alreadyPresent: ['boundary_insult'], rejected: [] });
    expect(host.calls.filter((c) => c.startsWith('addTags'))).toEqual(['addTags:boundary_threat']);
    expect(host.currentTags.sort()).toEqual(['billing', 'boundary_insult', 'boundary_threat']);
    expect(ledger.added()).toEqual(['boundary_threat']);
  });

  it('is idempotent: adding twice writes once, no duplicates', async () => {
    const { host, ledger } = setup();
    await Promise.all([ledger.add(['boundary_insult']), ledger.add(['boundary_insult'])]);
    await ledger.add(['boundary_insult', 'boundary_insult']);
    expect(host.calls.filter((c) => c.startsWith('addTags'))).toHaveLength(1);
    expect(host.currentTags.filter((t) => t === 'boundary_insult')).toHaveLength(1);
  });

  it('never claims, and so never removes, a tag someone else added', async () => {
    const { host, ledger } = setup(['billing', 'boundary_insult']);
    await ledger.add(['boundary_insult']);
    expect(ledger.owns('boundary_insult')).toBe(false);
    await expect(ledger.remove('boundary_insult')).rejects.toBeInstanceOf(NotOurTagError);
    await expect(ledger.remove('billing')).rejects.toMatchObject({ code: 'not_added_by_tact' });
    expect(host.currentTags).toEqual(['billing', 'boundary_insult']);
    expect(host.calls.some((c) => c.startsWith('removeTags'))).toBe(false);
  });

  it('keeps tags others add concurrently when adding and removing its own', async () => {
    const { host, ledger } = setup();
    await ledger.add(['boundary_insult']);
    host.setTagsExternally([...host.currentTags, 'escalated']);
    await ledger.remove('boundary_insult');
    expect(host.currentTags.sort()).toEqual(['billing', 'escalated']);
    expect(ledger.added()).toEqual([]);
  });

  it('rejects invalid tags and tags outside the allowed prefixes', async () => {
    const { host, ledger } = setup();
    const r = await ledger.add(['Boundary_Insult', 'boundary insult', 'boundary_', 'vip', 'boundary_ok', 'tact_type_active_hater', 'a,b']);
    expect(r.written).toEqual(['boundary_ok', 'tact_type_active_hater']);
    expect(r.rejected).toEqual([
      { tag: 'Boundary_Insult', reason: 'invalid_tag' },
      { tag: 'boundary insult', reason: 'invalid_tag' },
      { tag: 'boundary_', reason: 'prefix_not_allowed' },
      { tag: 'vip', reason: 'prefix_not_allowed' },
      { tag: 'a,b', reason: 'invalid_tag' },
    ]);
    expect(host.currentTags).not.toContain('vip');
  });

  it('ignores an invalid prefix from the settings', async () => {
    const data = sampleMemoryData();
    const host = createMemoryHost(data);
    const ledger = TagLedger.open(host, data.ticket.id, { prefixes: ['Bad Prefix '], clock: new VirtualClock() });
    expect((await ledger.add(['bad_x'])).rejected).toEqual([{ tag: 'bad_x', reason: 'prefix_not_allowed' }]);
  });

  it('retries a failed write, then succeeds', async () => {
    const { host, ledger, clock } = setup();
    host.fail('addTags', 'server_error', 2);
    await expect(ledger.add(['boundary_insult'])).resolves.toMatchObject({ written: ['boundary_insult'] });
    expect(host.calls.filter((c) => c.startsWith('addTags'))).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('reports a write that keeps failing, with the tags not written', async () => {
    const { host, ledger } = setup();
    host.fail('addTags', 'server_error', Infinity);
    const err = await ledger.add(['boundary_insult']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TagWriteError);
    expect(err).toMatchObject({ code: 'server_error', tags: ['boundary_insult'] });
    expect(ledger.added()).toEqual([]);
    host.clearFaults();
    await expect(ledger.add(['boundary_insult'])).resolves.toMatchObject({ written: ['boundary_insult'] });
  });

  it('does not retry a forbidden write', async () => {
    const { host, ledger } = setup();
    host.fail('addTags', 'forbidden', Infinity);
    await expect(ledger.add(['boundary_insult'])).rejects.toMatchObject({ code: 'forbidden' });
    expect(host.calls.filter((c) => c.startsWith('addTags'))).toHaveLength(1);
  });

  it('reports a failed removal and keeps ownership', async () => {
    const { host, ledger } = setup();
    await ledger.add(['boundary_insult']);
    host.fail('removeTags', 'timeout', Infinity);
    await expect(ledger.remove('boundary_insult')).rejects.toMatchObject({ code: 'timeout', tags: ['boundary_insult'] });
    expect(ledger.owns('boundary_insult')).toBe(true);
    expect(host.currentTags).toContain('boundary_insult');
  });

  it('persists what it added across reloads, per ticket', async () => {
    const { host, ledger } = setup();
    await ledger.add(['boundary_insult']);
    const again = TagLedger.open(host, 1001, { prefixes: ['boundary_'] });
    expect(again.added()).toEqual(['boundary_insult']);
    expect(TagLedger.open(host, 1002, { prefixes: ['boundary_'] }).added()).toEqual([]);
  });

  it('starts empty on corrupt state', () => {
    const data = sampleMemoryData();
    const host = createMemoryHost({ ...data, state: { 'tags:1001': '{not json' } });
    expect(TagLedger.open(host, 1001, { prefixes: ['boundary_'] }).added()).toEqual([]);
  });

  it('forgets tags someone removed (reconcile)', async () => {
    const { host, ledger } = setup();
    await ledger.add(['boundary_insult', 'boundary_threat']);
    host.setTagsExternally(['billing', 'boundary_threat']);
    ledger.reconcile(host.currentTags);
    expect(ledger.added()).toEqual(['boundary_threat']);
  });
});
