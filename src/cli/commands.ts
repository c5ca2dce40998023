/** `tact analyze` and `tact draft`: records in, one JSON line per record out, errors on stderr. */
import { z } from 'zod';
import { analyze } from '../engine/analyze';
import { checkDraft } from '../engine/draft';
import type { EngineOptions, Lang, PhrasePair } from '../engine/types';
import { parsePhrasePairs, type SettingsProblem } from '../lib/settings';
import type { AnalyzeArgs, DraftArgs } from './args';
import { defaultOpen, writeLine, type CliIO } from './io';
import { analyzeLine, draftLine } from './output';
import { readRecords, type InputRecord } from './records';

interface Source { name: string; stream: NodeJS.ReadableStream }

async function* sources(files: readonly string[], io: CliIO, report: (msg: string) => Promise<void>): AsyncGenerator<Source> {
  if (files.length === 0 || (files.length === 1 && files[0] === '-')) { yield { name: '<stdin>', stream: io.stdin }; return; }
  const open = io.openFile ?? defaultOpen;
  let stdinRead = false;
  for (const f of files) {
    if (f === '-') {
      // stdin can be read once: a second "-" would wait forever on an ended stream.
      if (!stdinRead) yield { name: '<stdin>', stream: io.stdin };
      stdinRead = true;
      continue;
    }
    const stream = open(f);
    // Surface open errors (ENOENT...) as a message, not a crash.
    const ok = await new Promise<boolean>((resolve) => {
      const onErr = (e: Error): void => { void report(`${f}: ${e.message}`); resolve(false); };
      stream.once('error', onErr);
      stream.once('readable', () => { stream.removeListener('error', onErr); resolve(true); });
      stream.once('end', () => resolve(true));
    });
    if (ok) yield { name: f, stream };
  }
}

async function* records(files: readonly string[], io: CliIO, report: (msg: string) => Promise<void>): AsyncGenerator<InputRecord> {
  for await (const src of sources(files, io, report)) {
    try {
      yield* readRecords(src.stream, src.name);
    } catch (e) {
      await report(`${src.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

function engineOptions(a: AnalyzeArgs): Partial<EngineOptions> {
  const o: Partial<EngineOptions> = {};
  if (a['tag-prefix']) o.tagPrefix = a['tag-prefix'];
  if (a['type-tag-prefix']) o.typeTagPrefix = a['type-tag-prefix'];
  if (a.languages) o.languages = a.languages;
  if (a.categories) o.categories = a.categories;
  if (a['max-comment-chars']) o.maxCommentChars = a['max-comment-chars'];
  return o;
}

const ticketObject = z.record(z.string(), z.unknown());

export async function runAnalyze(args: AnalyzeArgs, files: readonly string[], io: CliIO): Promise<number> {
  let failed = false;
  const report = async (msg: string): Promise<void> => { failed = true; await writeLine(io.stderr, `tact: ${msg}`); };
  const options = engineOptions(args);
  for await (const r of records(files, io, report)) {
    if (r.error !== undefined) { await report(`${r.where}: ${r.error}`); continue; }
    if (!ticketObject.safeParse(r.value).success) { await report(`${r.where}: not a ticket bundle (expected a JSON object)`); continue; }
    await writeLine(io.stdout, JSON.stringify(analyzeLine(r.value, analyze(r.value, options))));
  }
  return failed ? 1 : 0;
}

const draftRecord = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  lang: z.enum(['fr', 'en']).nullish(),
  draft: z.string(),
}).passthrough();

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function loadPhrases(path: string | undefined, io: CliIO, report: (msg: string) => Promise<void>): Promise<PhrasePair[] | null> {
  if (!path) return [];
  try {
    const text = await readAll((io.openFile ?? defaultOpen)(path));
    const problems: SettingsProblem[] = [];
    const pairs = parsePhrasePairs(text, problems);
    for (const p of problems) await report(`${path}:${p.line ?? 1}: expected "avoid => instead"`);
    return pairs;
  } catch (e) {
    await report(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

export async function runDraft(args: DraftArgs, files: readonly string[], io: CliIO): Promise<number> {
  let failed = false;
  const report = async (msg: string): Promise<void> => { failed = true; await writeLine(io.stderr, `tact: ${msg}`); };
  const custom = await loadPhrases(args.phrases, io, report);
  if (custom === null) return 1;
  const check = (text: string, lang: Lang | null | undefined): ReturnType<typeof checkDraft> => {
    const l = lang ?? args.lang;
    return checkDraft(text, l ? { lang: l, custom } : { custom });
  };
  if (!args.jsonl) {
    for await (const src of sources(files, io, report)) {
      const text = await readAll(src.stream);
      await writeLine(io.stdout, JSON.stringify(draftLine(files.length > 1 ? src.name : null, check(text, null))));
    }
    return failed ? 1 : 0;
  }
  for await (const r of records(files, io, report)) {
    if (r.error !== undefined) { await report(`${r.where}: ${r.error}`); continue; }
    const d = draftRecord.safeParse(r.value);
    if (!d.success) { await report(`${r.where}: expected {"id", "lang", "draft"} with a string draft`); continue; }
    await writeLine(io.stdout, JSON.stringify(draftLine(d.data.id ?? null, check(d.data.draft, d.data.lang))));
  }
  return failed ? 1 : 0;
}
