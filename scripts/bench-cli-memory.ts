/**
 * CLI memory bench: `tact analyze` must stream JSONL in constant memory.
 *
 *   npm run build && npx tsx scripts/bench-cli-memory.ts [--sizes 20,200] [--broken-first-line]
 *
 * Generates JSONL files of the given sizes (MB) in a temp dir from the sample tickets
 * (spec/fixtures/tickets.jsonl, each record with its own ids), runs the BUILT CLI
 * (build/cli/tact.js) on each as a child process, and prints the peak RSS
 * (process.resourceUsage().maxRSS, read by a preloaded hook at exit), the time and the
 * ratio of peak RSS between the largest and the smallest file: it must stay near 1.
 * --broken-first-line makes line 1 invalid JSON (reported as file:1, then streamed on).
 * Temp files are removed at the end.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'build', 'cli', 'tact.js');
const MB = 1024 * 1024;

interface Result { sizeMb: number; records: number; seconds: number; peakRssMb: number; outLines: number; errLines: number; code: number | null }

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Write a JSONL file of about `bytes`, cycling the sample tickets with fresh ids. Returns the record count. */
export function writeCorpus(file: string, bytes: number, brokenFirstLine: boolean): number {
  const samples = fs.readFileSync(path.join(ROOT, 'spec', 'fixtures', 'tickets.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const parsed = samples.map((l) => JSON.parse(l) as { id?: string; ticket: { id: number } });
  const fd = fs.openSync(file, 'w');
  let size = 0;
  let n = 0;
  let chunk: string[] = [];
  let chunkSize = 0;
  if (brokenFirstLine) { const bad = '{"ticket": {"id": 1, "subject": "cut in the middle\n'; chunk.push(bad); chunkSize += bad.length; size += bad.length; }
  while (size < bytes) {
    const c = parsed[n % parsed.length] as { id?: string; ticket: { id: number } };
    const line = `${JSON.stringify({ ...c, id: `bench-${n}`, ticket: { ...c.ticket, id: 1_000_000 + n } })}\n`;
    chunk.push(line);
    chunkSize += Buffer.byteLength(line);
    size += Buffer.byteLength(line);
    n++;
    if (chunkSize > 4 * MB) { fs.writeSync(fd, chunk.join('')); chunk = []; chunkSize = 0; }
  }
  fs.writeSync(fd, chunk.join(''));
  fs.closeSync(fd);
  return n;
}

function runCli(file: string, dir: string): Promise<Omit<Result, 'sizeMb' | 'records'>> {
  const rssFile = path.join(dir, `rss-${path.basename(file)}.txt`);
  const hook = path.join(dir, 'rss-hook.js');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', hook, BIN, 'analyze', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let outLines = 0;
    let errLines = 0;
    child.stdout.on('data', (b: Buffer) => { for (const c of b) if (c === 10) outLines++; });
    child.stderr.on('data', (b: Buffer) => { for (const c of b) if (c === 10) errLines++; });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const kb = Number(fs.readFileSync(rssFile, 'utf8'));
      resolve({ seconds, peakRssMb: kb / 1024, outLines, errLines, code });
    });
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(BIN)) {
    console.error(`${BIN} is missing: run \`npm run build\` first.`);
    process.exitCode = 2;
    return;
  }
  const sizes = (argValue('--sizes') ?? '20,200').split(',').map(Number).filter((n) => n > 0);
  const broken = process.argv.includes('--broken-first-line');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tact-bench-mem-'));
  const results: Result[] = [];
  try {
    for (const sizeMb of sizes) {
      const file = path.join(dir, `corpus-${sizeMb}mb.jsonl`);
      const records = writeCorpus(file, sizeMb * MB, broken);
      const r = await runCli(file, dir);
      fs.rmSync(file);
      results.push({ sizeMb, records, ...r });
      console.log(`${String(sizeMb).padStart(5)} MB  ${String(records).padStart(7)} tickets  ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB  (out ${r.outLines} lines, err ${r.errLines} lines, exit ${r.code})`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const first = results[0];
  const last = results[results.length - 1];
  if (first && last && first !== last) {
    const ratio = last.peakRssMb / first.peakRssMb;
    console.log(`peak RSS ${last.sizeMb} MB vs ${first.sizeMb} MB: ${ratio.toFixed(2)}x for ${(last.sizeMb / first.sizeMb).toFixed(0)}x the input${broken ? ' (first line broken)' : ''}`);
    if (ratio > 1.5) { console.error('memory grows with the input: not streaming'); process.exitCode = 1; }
  }
  for (const r of results) {
    if (r.outLines !== r.records) { console.error(`${r.sizeMb} MB: ${r.outLines} output lines for ${r.records} tickets`); process.exitCode = 1; }
  }
}

if (require.main === module) void main();
