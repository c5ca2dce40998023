/**
 * npm run eval [-- --json] [FILE...]
 * Scores the engine on labelled cases (default: ../shared/eval/dev.jsonl and
 * dev-drafts.jsonl next to the repo, else their copies in spec/fixtures) per language and fails (exit 1) when a metric is
 * below its floor in spec/eval-floors.json. Exit 2 on unreadable input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyCase, evaluate, type DraftCase, type TicketCase } from '../src/engine/eval/evaluate';
import { checkFloors, floorsSchema } from '../src/engine/eval/floors';
import { formatReport } from './eval/format';

const ROOT = resolve(__dirname, '..');
const SHARED_EVAL = resolve(ROOT, '..', 'shared', 'eval');
// The shared dev set when it sits next to the repo; otherwise the in-repo copy
// (spec/fixtures/tickets.jsonl and drafts.jsonl), so a lone clone still evaluates.
const DEFAULT_FILES = existsSync(resolve(SHARED_EVAL, 'dev.jsonl'))
  ? ['dev.jsonl', 'dev-drafts.jsonl'].map((f) => resolve(SHARED_EVAL, f))
  : ['tickets.jsonl', 'drafts.jsonl'].map((f) => resolve(ROOT, 'spec', 'fixtures', f));

function load(files: readonly string[]): { tickets: TicketCase[]; drafts: DraftCase[]; errors: string[] } {
  const tickets: TicketCase[] = [];
  const drafts: DraftCase[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) { errors.push(`${file}: not found`); continue; }
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try { raw = JSON.parse(line); } catch { errors.push(`${file}:${i + 1}: invalid JSON`); return; }
      const c = classifyCase(raw);
      if (c.kind === 'ticket') tickets.push(c.c);
      else if (c.kind === 'draft') drafts.push(c.c);
      else errors.push(`${file}:${i + 1}: ${c.reason}`);
    });
  }
  return { tickets, drafts, errors };
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  const { tickets, drafts, errors } = load(files.length ? files.map((f) => resolve(f)) : DEFAULT_FILES);
  for (const e of errors) process.stderr.write(`eval: ${e}\n`);
  if (tickets.length + drafts.length === 0) { process.stderr.write('eval: no cases\n'); return 2; }
  const floors = floorsSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'spec', 'eval-floors.json'), 'utf8')));
  const report = evaluate(tickets, drafts);
  const checks = checkFloors(report, floors);
  const ok = checks.every((c) => c.ok) && errors.length === 0;
  if (json) process.stdout.write(`${JSON.stringify({ ok, report, checks, errors })}\n`);
  else process.stdout.write(`${formatReport(report, checks)}\n${ok ? 'eval: all floors met' : 'eval: FAILED (below a floor, or input errors)'}\n`);
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
