/**
 * CLI robustness (the contract tests live in spec/cli): main() with fake streams never
 * throws on random arguments and random input, keeps its exit code contract, writes
 * only JSON lines on stdout and "tact: ..." lines on stderr; JSONL is streamed (a
 * broken first line does not make it buffer the whole file) and every bad line is
 * reported at its own file:line.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { readRecords, type InputRecord } from '../../src/cli/records';
import { run } from '../cli/helpers';
import { bundleArb, hostileString, SEED } from './arbitraries';

const RUNS = 200;

async function records(text: string | Readable, name = 'in.jsonl'): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of readRecords(typeof text === 'string' ? Readable.from([text]) : text, name)) out.push(r);
  return out;
}

const FLAGS = ['--tag-prefix', '--type-tag-prefix', '--languages', '--categories', '--max-comment-chars', '--lang', '--jsonl', '--phrases', '--help', '--', '-x', '--bogus'];
const VALUES = ['x_', 'Bad Prefix', 'fr,en', 'de', 'insult,threat', 'nope', '0', '-1', '99999999999', '', 'f.jsonl', '-'];
const argvArb = fc.tuple(
  fc.constantFrom('analyze', 'draft', 'help', 'bogus', '--help', ''),
  fc.array(fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })), { maxLength: 6 }),
).map(([cmd, rest]) => (cmd === '' ? rest : [cmd, ...rest]));

const lineArb = fc.oneof(
  bundleArb.map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  hostileString,
  fc.constantFrom('', '{', '[', '}', '{"ticket": {"id": 2', '\uFEFF{}', 'null'),
);
const stdinArb = fc.array(lineArb, { maxLength: 8 }).map((lines) => lines.join('\n'));

describe(`CLI main() never throws (fast-check, ${RUNS} runs each, seed ${SEED})`, () => {
  it('random argv and stdin: exit code 0, 1 or 2; stdout only JSON lines; stderr only "tact:" messages', async () => {
    await fc.assert(fc.asyncProperty(argvArb, stdinArb, async (argv, stdin) => {
      const { code, out, err } = await run(argv, stdin, { 'f.jsonl': stdin });
      expect([0, 1, 2]).toContain(code);
      const isHelp = out[0]?.startsWith('Usage:') === true;
      if (!isHelp) for (const l of out) expect(() => JSON.parse(l) as unknown).not.toThrow();
      if (code === 0) expect(err).toBe('');
      if (err) expect(err.startsWith('tact: ')).toBe(true);
    }), { numRuns: RUNS, seed: SEED, timeout: 5_000 });
  }, 60_000);

  it('every bad JSONL line is reported at its own file:line and the good ones are all analysed, in order', async () => {
    const item = fc.oneof(bundleArb.map((b) => ({ ok: true, text: JSON.stringify(b) })), fc.constantFrom('{bad', '[1,', 'nul', '"str', '{"a":}').map((t) => ({ ok: false, text: t })));
    await fc.assert(fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 10 }), async (items) => {
      // A JSONL file starts with a good line or with a bad line followed by a good one.
      fc.pre(items.length >= 2 ? (items[0]?.ok || items[1]?.ok) === true : items[0]?.ok === true);
      const r = await run(['analyze', 'f.jsonl'], '', { 'f.jsonl': items.map((i) => i.text).join('\n') });
      const bad = items.flatMap((i, k) => (i.ok ? [] : [k + 1]));
      expect(r.code).toBe(bad.length ? 1 : 0);
      expect(r.out).toHaveLength(items.length - bad.length);
      const reported = [...r.err.matchAll(/f\.jsonl:(\d+): invalid JSON/g)].map((m) => Number(m[1]));
      expect(reported).toEqual(bad);
    }), { numRuns: RUNS, seed: SEED });
  }, 60_000);
});

describe('stdin named twice', () => {
  it('reads stdin once instead of waiting forever on the ended stream', async () => {
    const r = await run(['analyze', '-', '-'], '{"ticket": {"id": 3}}');
    expect(r.code).toBe(0);
    expect(r.out.map((l) => (JSON.parse(l) as { ticketId: number }).ticketId)).toEqual([3]);
    const d = await run(['draft', '-', '-'], 'calm down');
    expect(d.out).toHaveLength(1);
  });
});

describe('JSONL streaming', () => {
  it('a broken first line is reported as file:1 and the rest is streamed as JSONL', async () => {
    const text = ['{"ticket": {"id": 1, "subject": "cut', '{"ticket": {"id": 2}}', '', '{"ticket": {"id": 3}}'].join('\n');
    const r = await records(text);
    expect(r.map((x) => [x.where, x.error === undefined ? 'ok' : 'error'])).toEqual([['in.jsonl:1', 'error'], ['in.jsonl:2', 'ok'], ['in.jsonl:4', 'ok']]);
  });

  it('still reads a pretty-printed object and a pretty array whole', async () => {
    const obj = JSON.stringify({ ticket: { id: 5, subject: 'x' }, comments: [] }, null, 2);
    expect((await records(obj)).map((x) => x.value)).toEqual([{ ticket: { id: 5, subject: 'x' }, comments: [] }]);
    const firstLineKey = '{"ticket": {\n  "id": 6\n}}';
    expect((await records(firstLineKey)).map((x) => x.value)).toEqual([{ ticket: { id: 6 } }]);
    const arr = JSON.stringify([{ a: 1 }, { b: 2 }], null, 2);
    expect((await records(arr)).map((x) => x.where)).toEqual(['in.jsonl:[0]', 'in.jsonl:[1]']);
  });

  it.each([['a valid first line', false], ['a broken first line', true]])('yields records before the input ends, with %s (constant memory)', async (_label, broken) => {
    const total = 50_000;
    let produced = 0;
    function* lines(): Generator<string> {
      if (broken) { produced++; yield '{"ticket": {"id": 0, "subj\n'; }
      for (let i = 1; i <= total; i++) { produced++; yield `{"ticket":{"id":${i}},"comments":[{"id":1,"author_id":1,"body":"hello number ${i}"}]}\n`; }
    }
    const stream = Readable.from(lines());
    let seen = 0;
    let producedAtFirst = -1;
    for await (const r of readRecords(stream, 'big.jsonl')) {
      if (r.error === undefined && producedAtFirst < 0) producedAtFirst = produced;
      seen++;
    }
    expect(seen).toBe(total + (broken ? 1 : 0));
    // The first record comes out while almost all of the input is still unread.
    expect(producedAtFirst).toBeGreaterThan(0);
    expect(producedAtFirst).toBeLessThan(total / 10);
  });
});
