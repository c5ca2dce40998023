/**
 * The built `tact` bin (build/cli/tact.js, what `npm run build` ships) run as a real
 * process: it must actually run (a bundled entry-point check once made it a silent
 * no-op), stream JSONL, report bad lines as file:line and skip them, and keep the exit
 * code contract (0 ok, 1 some input could not be processed, 2 usage error).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'build', 'cli', 'tact.js');

function tact(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ticket = (id: number, body: string): string => JSON.stringify({
  ticket: { id, requester_id: 7 }, requester: { id: 7, locale: 'en' }, comments: [{ id: 1, author_id: 7, public: true, body }],
});

let dir = '';
beforeAll(() => {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tact-cli-'));
});
afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

describe('built tact bin', () => {
  it('is executable with a node shebang and prints the usage', () => {
    expect(fs.readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
    const r = tact(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage:/);
    expect(r.out).toMatch(/Exit codes: 0 ok, 1 .*, 2 usage error/);
  });

  it('analyses JSONL from stdin, one output line per ticket, in order', () => {
    const r = tact(['analyze'], `${ticket(1, 'Hello, where is my parcel?')}\n${ticket(2, 'You are a bunch of idiots.')}\n`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { ticketId: number; incidents: { category: string }[] });
    expect(lines.map((l) => l.ticketId)).toEqual([1, 2]);
    expect(lines[1]?.incidents.map((i) => i.category)).toContain('insult');
  });

  it('reports invalid lines as file:line, skips them, goes on, and exits 1', () => {
    const file = path.join(dir, 'mixed.jsonl');
    fs.writeFileSync(file, [ticket(1, 'Hello'), '{"ticket": {"id": 2', '[1, 2]', '"just a string"', ticket(5, 'Bye'), ''].join('\n'));
    const r = tact(['analyze', file]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { ticketId: number }).ticketId)).toEqual([1, 5]);
    expect(r.err).toContain(`${file}:2: invalid JSON`);
    expect(r.err).toContain(`${file}:3: not a ticket bundle`);
    expect(r.err).toContain(`${file}:4: not a ticket bundle`);
  });

  it('exits 2 on a usage error and 1 on a missing file, with a message', () => {
    const usage = tact(['analyze', '--tag-prefix', 'Bad Prefix']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/invalid value for --tag-prefix/);
    const missing = tact(['analyze', path.join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.jsonl: .*ENOENT/);
  });

  it('checks a draft from stdin', () => {
    const r = tact(['draft', '--lang', 'en'], 'Please calm down, I am looking into it.');
    expect(r.code).toBe(0);
    const line = JSON.parse(r.out) as { findings: { text: string; start: number; end: number }[] };
    expect(line.findings.length).toBeGreaterThan(0);
    for (const f of line.findings) expect('Please calm down, I am looking into it.'.slice(f.start, f.end)).toBe(f.text);
  });
});
