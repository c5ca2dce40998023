import { run } from './helpers';

const ticket = (id: number, body: string): Record<string, unknown> => ({
  id: `t-${id}`,
  ticket: { id, requester_id: 7, created_at: '2026-05-01T10:00:00Z' },
  requester: { id: 7, created_at: '2025-01-01T00:00:00Z', locale: 'en' },
  comments: [{ id: 1, author_id: 7, public: true, body }],
  history: [],
});

const KEYS = ['id', 'ticketId', 'language', 'complaintType', 'incidents', 'tags', 'warnings'];

describe('tact analyze', () => {
  it('writes one JSON line per JSONL ticket, in input order, with the exact keys', async () => {
    const input = [ticket(1, 'Where is my parcel?'), ticket(2, 'You absolute morons.'), ticket(3, 'Thanks!')].map((t) => JSON.stringify(t)).join('\n');
    const r = await run(['analyze'], input);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['t-1', 't-2', 't-3']);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(KEYS);
      expect(Object.keys(l.complaintType)).toEqual(['type', 'confidence', 'evidence', 'strategy']);
    }
    const inc = lines[1].incidents[0];
    expect(Object.keys(inc)).toEqual(['category', 'stage', 'commentId', 'evidence', 'action', 'tag']);
    expect(Object.keys(inc.evidence[0])).toEqual(['text', 'start', 'end']);
    expect(inc.tag).toBe('boundary_insult');
  });

  it('accepts one JSON object (pretty-printed) and a JSON array', async () => {
    const one = await run(['analyze', 'one.json'], '', { 'one.json': JSON.stringify(ticket(5, 'Hello'), null, 2) });
    expect(one.code).toBe(0);
    expect(one.out.map((l) => JSON.parse(l).ticketId)).toEqual([5]);
    const arr = await run(['analyze', 'arr.json'], '', { 'arr.json': JSON.stringify([ticket(6, 'a'), ticket(7, 'b')], null, 2) });
    expect(arr.out.map((l) => JSON.parse(l).ticketId)).toEqual([6, 7]);
  });

  it('reports a bad line with file:line, still processes the others, exits 1', async () => {
    const text = [JSON.stringify(ticket(1, 'a')), '{not json', '42', JSON.stringify(ticket(4, 'b'))].join('\n');
    const r = await run(['analyze', 'in.jsonl'], '', { 'in.jsonl': text });
    expect(r.code).toBe(1);
    expect(r.out.map((l) => JSON.parse(l).ticketId)).toEqual([1, 4]);
    expect(r.err).toMatch(/in\.jsonl:2: invalid JSON/);
    expect(r.err).toMatch(/in\.jsonl:3: not a ticket bundle/);
  });

  it('reports a missing file and goes on with the next one', async () => {
    const r = await run(['analyze', 'missing.jsonl', 'ok.jsonl'], '', { 'ok.jsonl': JSON.stringify(ticket(9, 'x')) });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.jsonl: ENOENT/);
    expect(r.out).toHaveLength(1);
  });

  it('passes engine options through', async () => {
    const r = await run(['analyze', '--tag-prefix', 'flag_', '--categories', 'insult,threat'], JSON.stringify(ticket(2, 'You absolute morons.')));
    expect(JSON.parse(r.out[0] as string).tags).toEqual(['flag_insult']);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['analyze', '--nope'])).code).toBe(2);
    expect((await run(['analyze', '--tag-prefix', 'BAD PREFIX'])).code).toBe(2);
    expect((await run(['analyze', '--max-comment-chars', 'abc'])).code).toBe(2);
    const r = await run(['draft', '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang/);
  });

  it('prints help on --help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/tact analyze/);
    expect((await run(['analyze', '--help'])).code).toBe(0);
  });
});
