/**
 * npx tsx scripts/engine-snapshot.ts [--update] [--file PATH]
 *
 * Behaviour snapshot of the engine, for refactors that must not change any result
 * (performance work). Runs analyze() / parseBundle() / checkDraft() over:
 *   - every ticket of shared/eval/dev.jsonl (else spec/fixtures/tickets.jsonl), the
 *     holdout and xss fixtures, with several option sets;
 *   - malformed variants of those bundles (string ids, missing parts, wrong types...);
 *   - a 1 MB bench corpus (varied sample tickets) and a 100 KB single ticket;
 *   - every draft file (given and detected language, with admin pairs), and every
 *     ticket comment read as a draft.
 * --update writes the outputs to the golden file (default .tmp/engine-golden.jsonl, git
 * ignored); without it, the outputs are compared with the golden file line by line and
 * the first differences are printed (exit 1 on any difference, 2 when no golden exists).
 * Lexicons and rules change legitimately: regenerate the golden at the commit you start
 * from, then verify after your change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze } from '../src/engine/analyze';
import { parseBundle } from '../src/engine/bundle';
import { checkDraft } from '../src/engine/draft';
import type { EngineOptions, PhrasePair } from '../src/engine/types';
import { bigTicket, buildCorpus, loadSamples } from './bench/corpus';

const ROOT = resolve(__dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared', 'eval');
const fixture = (...p: string[]): string => resolve(ROOT, 'spec', 'fixtures', ...p);
const DEV_TICKETS = existsSync(resolve(SHARED, 'dev.jsonl')) ? resolve(SHARED, 'dev.jsonl') : fixture('tickets.jsonl');
const DEV_DRAFTS = existsSync(resolve(SHARED, 'dev-drafts.jsonl')) ? resolve(SHARED, 'dev-drafts.jsonl') : fixture('drafts.jsonl');
const TICKET_FILES = [DEV_TICKETS, fixture('tickets.jsonl'), fixture('holdout', 'tickets.jsonl'), fixture('xss', 'tickets.jsonl')];
const DRAFT_FILES = [DEV_DRAFTS, fixture('drafts.jsonl'), fixture('holdout', 'drafts.jsonl')];

type Json = Record<string, unknown>;
interface Entry { key: string; out: unknown }

function readJsonl(file: string): Json[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Json);
}

const OPTION_SETS: [string, Partial<EngineOptions>][] = [
  ['default', {}],
  ['prefixed', { tagPrefix: 'lim_', typeTagPrefix: 'type_' }],
  ['insult+threat', { categories: ['insult', 'threat'] }],
  ['fr-only', { languages: ['fr'] }],
  ['en-only', { languages: ['en'] }],
  ['cut-80', { maxCommentChars: 80 }],
];

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Malformed variants of one bundle: what a messy host or export could send. */
function mutants(b: Json): [string, unknown][] {
  const out: [string, unknown][] = [];
  const m = (name: string, f: (c: Json & { ticket?: Json; requester?: Json; comments?: unknown[]; history?: unknown[] }) => unknown): void => {
    const c = clone(b) as Json & { ticket?: Json; requester?: Json; comments?: unknown[]; history?: unknown[] };
    const r = f(c);
    out.push([name, r === undefined ? c : r]);
  };
  m('string-ids', (c) => {
    if (c.ticket) { c.ticket.id = String(c.ticket.id); c.ticket.requester_id = String(c.ticket.requester_id); }
    for (const x of (c.comments ?? []) as Json[]) { x.id = String(x.id); x.author_id = String(x.author_id); }
    if (c.requester) c.requester.id = `${String(c.requester.id)}x`;
  });
  m('no-requester', (c) => { delete c.requester; });
  m('null-requester-no-ticket-rid', (c) => { c.requester = null as unknown as Json; if (c.ticket) delete c.ticket.requester_id; });
  m('rid-from-requester', (c) => { if (c.ticket) c.ticket.requester_id = 'abc'; });
  m('no-ticket', (c) => { delete c.ticket; });
  m('ticket-wrong-types', (c) => { c.ticket = { id: 1.5, subject: 3, created_at: {}, requester_id: (c.ticket ?? {}).requester_id, tags: 'x', via: 'web', extra: [1] }; });
  m('comments-mixed', (c) => {
    const cs = (c.comments ?? []) as unknown[];
    c.comments = [null, 7, 'text', { body: 12 }, ...cs.map((x, i) => (i % 2 && x && typeof x === 'object' ? { ...(x as Json), public: 'yes', created_at: 5 } : x)), { author_id: (c.ticket ?? {}).requester_id, body: 'Vous êtes des nuls 😡\u200bidiots', public: false }];
  });
  m('comments-not-array', (c) => { c.comments = 'hello' as unknown as unknown[]; });
  m('comments-empty', (c) => { c.comments = []; });
  m('history-messy', (c) => {
    const hs = (c.history ?? []) as unknown[];
    c.history = [null, 'x', { id: '12', satisfaction_rating: 'good' }, { satisfaction_rating: { score: 'great' }, tags: ['boundary_insult', 3, null] }, { satisfaction_rating: { score: 'bad', comment: 'no' }, tags: 'boundary_insult', status: 4 }, ...hs];
  });
  m('history-object', (c) => { c.history = { a: 1 } as unknown as unknown[]; });
  m('requester-wrong-types', (c) => { c.requester = { ...(c.requester ?? {}), name: 5, email: null, created_at: 'not a date', locale: 12, tags: ['vip', 1, 'boundary_threat'] }; });
  m('requester-array', (c) => { c.requester = [] as unknown as Json; });
  m('extra-fields', (c) => { c.extra = { deep: [1, 2] }; if (c.ticket) c.ticket.via = { channel: 5, source: {} }; });
  m('array', () => [b]);
  m('null', () => null);
  m('string', () => 'ticket');
  return out;
}

const PAIRS: PhrasePair[] = [
  { avoid: 'pas mon problème', instead: 'je m’en occupe', lang: 'fr' },
  { avoid: 'as I said', instead: 'to recap', lang: 'en' },
  { avoid: 'désolé', instead: 'navré', lang: null },
  { avoid: 'policy', instead: 'rule', lang: null },
];

function ticketEntries(): Entry[] {
  const out: Entry[] = [];
  for (const file of TICKET_FILES) {
    const name = file.replace(`${ROOT}/`, '').replace(`${SHARED}/`, 'shared/');
    readJsonl(file).forEach((c, i) => {
      const key = `${name}#${i}:${String(c.id)}`;
      for (const [o, opts] of OPTION_SETS) out.push({ key: `${key}/analyze/${o}`, out: analyze(clone(c), opts) });
      for (const [mname, input] of mutants(c)) {
        let parsed: unknown;
        try { parsed = parseBundle(input); } catch (e) { parsed = { threw: e instanceof Error ? e.message : String(e) }; }
        out.push({ key: `${key}/mutant/${mname}/parse`, out: parsed });
        out.push({ key: `${key}/mutant/${mname}/analyze`, out: analyze(input) });
      }
      for (const [j, cm] of ((c.comments ?? []) as Json[]).entries()) {
        if (typeof cm.body === 'string') out.push({ key: `${key}/comment-as-draft/${j}`, out: checkDraft(cm.body) });
      }
    });
  }
  return out;
}

function draftEntries(): Entry[] {
  const out: Entry[] = [];
  for (const file of DRAFT_FILES) {
    const name = file.replace(`${ROOT}/`, '').replace(`${SHARED}/`, 'shared/');
    readJsonl(file).forEach((c, i) => {
      const key = `${name}#${i}:${String(c.id)}`;
      const text = String(c.draft);
      const lang = c.lang === 'fr' || c.lang === 'en' ? c.lang : undefined;
      out.push({ key: `${key}/given`, out: checkDraft(text, lang ? { lang } : {}) });
      out.push({ key: `${key}/detected`, out: checkDraft(text) });
      out.push({ key: `${key}/fr`, out: checkDraft(text, { lang: 'fr', custom: PAIRS }) });
      out.push({ key: `${key}/en`, out: checkDraft(text, { lang: 'en', custom: PAIRS }) });
    });
  }
  return out;
}

function corpusEntries(): Entry[] {
  const samples = loadSamples();
  const out: Entry[] = [];
  buildCorpus(samples, 1024 * 1024, 3).forEach((b, i) => {
    out.push({ key: `corpus#${i}/analyze`, out: analyze(b) });
    const first = b.comments?.[0]?.body;
    if (i % 4 === 0 && typeof first === 'string') out.push({ key: `corpus#${i}/draft`, out: checkDraft(first) });
  });
  out.push({ key: 'big-100k/analyze', out: analyze(bigTicket(samples, 100 * 1024), { maxCommentChars: 2_000_000 }) });
  return out;
}

/**
 * Today's date, as the engine reads it (Date.now): pinned, so that outputs depending on it
 * (account age when the ticket has no date) do not drift between the golden and the check.
 */
const FIXED_NOW = Date.UTC(2026, 5, 1);

function collect(): string[] {
  const realNow = Date.now;
  Date.now = () => FIXED_NOW;
  try {
    return [...ticketEntries(), ...draftEntries(), ...corpusEntries()].map((e) => JSON.stringify(e));
  } finally {
    Date.now = realNow;
  }
}

function main(argv: readonly string[]): number {
  const update = argv.includes('--update');
  const fi = argv.indexOf('--file');
  const file = resolve(fi >= 0 && argv[fi + 1] ? (argv[fi + 1] as string) : resolve(ROOT, '.tmp', 'engine-golden.jsonl'));
  const t0 = Date.now();
  const lines = collect();
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
    process.stdout.write(`snapshot: wrote ${lines.length} outputs to ${file} (${secs} s)\n`);
    return 0;
  }
  if (!existsSync(file)) { process.stderr.write(`snapshot: no golden at ${file}; run with --update first\n`); return 2; }
  const golden = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let diffs = 0;
  const n = Math.max(golden.length, lines.length);
  for (let i = 0; i < n; i++) {
    if (golden[i] === lines[i]) continue;
    if (++diffs <= 10) process.stdout.write(`DIFF line ${i + 1}\n  golden: ${(golden[i] ?? '<none>').slice(0, 600)}\n  now:    ${(lines[i] ?? '<none>').slice(0, 600)}\n`);
  }
  process.stdout.write(diffs ? `snapshot: ${diffs} of ${n} outputs differ\n` : `snapshot: all ${n} outputs identical (${secs} s)\n`);
  return diffs ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
