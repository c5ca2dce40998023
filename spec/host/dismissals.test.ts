import { Dismissals, incidentKey } from '../../src/host/dismissals';
import { createMemoryHost, sampleMemoryData } from '../../src/host/memory';

describe('Dismissals', () => {
  const incident = { category: 'insult' as const, commentId: 1, evidence: [{ text: 'idiot', start: 10, end: 15 }] };

  it('builds stable keys from category, comment and span', () => {
    expect(incidentKey(incident)).toBe('insult|1|10-15');
    expect(incidentKey({ ...incident, commentId: null, evidence: [] })).toBe('insult|-|-');
  });

  it('persists dismissals per ticket, and restores them', () => {
    const host = createMemoryHost(sampleMemoryData());
    const d = Dismissals.open(host, 1001);
    d.dismiss(incidentKey(incident));
    expect(Dismissals.open(host, 1001).has('insult|1|10-15')).toBe(true);
    expect(Dismissals.open(host, 1002).has('insult|1|10-15')).toBe(false);
    d.restore('insult|1|10-15');
    expect(Dismissals.open(host, 1001).list()).toEqual([]);
  });

  it('copes with corrupt or unavailable storage', () => {
    const host = createMemoryHost({ ...sampleMemoryData(), state: { 'dismissed:1001': '{"oops"' } });
    expect(Dismissals.open(host, 1001).list()).toEqual([]);
    host.breakStorage(true);
    const d = Dismissals.open(host, 1001);
    expect(() => d.dismiss('x')).not.toThrow();
    expect(d.has('x')).toBe(true);
  });

  it('keeps at most 500 keys, dropping the oldest', () => {
    const host = createMemoryHost(sampleMemoryData());
    const d = Dismissals.open(host, 1001);
    for (let i = 0; i < 505; i++) d.dismiss(`k${i}`);
    const again = Dismissals.open(host, 1001);
    expect(again.list()).toHaveLength(500);
    expect(again.has('k0')).toBe(false);
    expect(again.has('k504')).toBe(true);
  });
});
