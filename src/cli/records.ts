/**
 * Input records for the CLI: a JSON object, a JSON array, or JSONL, read line by line
 * so JSONL runs in constant memory. Each record says where it came from
 * ("file:line", or "file:[index]" inside an array) for error messages.
 */
import { createInterface } from 'node:readline';

export type InputRecord = { where: string; value: unknown; error?: undefined } | { where: string; error: string; value?: undefined };

function parse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: `invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

function* fromDocument(name: string, firstLine: number, value: unknown): Generator<InputRecord> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield { where: `${name}:[${i}]`, value: value[i] };
  } else {
    yield { where: `${name}:${firstLine}`, value };
  }
}

/**
 * Records of one stream. JSONL lines are parsed one at a time; a document that starts
 * with "[" or whose first line is not valid JSON on its own (pretty-printed object) is
 * read whole and parsed once; if that fails too, its lines are reported one by one.
 * An invalid first line followed by a line that is valid JSON on its own is a broken
 * JSONL line, not the start of a document: it is reported and the rest is streamed (so a
 * 200 MB JSONL with a bad first line is never held in memory).
 */
export async function* readRecords(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<InputRecord> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let mode: 'start' | 'probe' | 'lines' | 'document' = 'start';
  let firstLine = 0;
  let firstError = '';
  const buffered: string[] = [];
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (mode === 'document') { buffered.push(line); continue; }
    const trimmed = line.trim();
    if (trimmed === '') { if (mode === 'start' || mode === 'probe') buffered.push(line); continue; }
    if (mode === 'start') {
      firstLine = lineNo;
      const p = trimmed.startsWith('[') ? null : parse(trimmed);
      if (p && p.ok) { mode = 'lines'; buffered.length = 0; yield { where: `${name}:${lineNo}`, value: p.value }; continue; }
      mode = p && trimmed !== '{' ? 'probe' : 'document';
      if (p && !p.ok) firstError = p.error;
      buffered.push(line);
      continue;
    }
    if (mode === 'probe') {
      const p = parse(trimmed);
      if (p.ok) {
        mode = 'lines';
        buffered.length = 0;
        yield { where: `${name}:${firstLine}`, error: firstError };
        yield { where: `${name}:${lineNo}`, value: p.value };
        continue;
      }
      mode = 'document';
      buffered.push(line);
      continue;
    }
    const p = parse(trimmed);
    yield p.ok ? { where: `${name}:${lineNo}`, value: p.value } : { where: `${name}:${lineNo}`, error: p.error };
  }
  if (mode !== 'document' && mode !== 'probe') return;
  const whole = parse(buffered.join('\n'));
  if (whole.ok) { yield* fromDocument(name, firstLine, whole.value); return; }
  // Not one document either: report it as JSONL, line by line.
  for (let i = 0; i < buffered.length; i++) {
    const t = (buffered[i] as string).trim();
    if (t === '') continue;
    const p = parse(t);
    const where = `${name}:${i + 1}`; // buffered starts at line 1
    yield p.ok ? { where, value: p.value } : { where, error: p.error };
  }
}
