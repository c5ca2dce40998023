/**
 * Cut a readable excerpt around one or more spans of a text, keeping the span
 * offsets relative to the excerpt so the quote can highlight them. Cuts fall between
 * words, never inside one. Pure, linear.
 */
export interface Mark { start: number; end: number }
export interface Excerpt { text: string; marks: Mark[]; cutStart: boolean; cutEnd: boolean }

/** Sorted, clipped, merged marks; empty or out-of-range spans are dropped. */
export function normaliseMarks(marks: readonly Mark[], length: number): Mark[] {
  const sorted = marks
    .map((m) => ({ start: Math.max(0, Math.min(m.start, length)), end: Math.max(0, Math.min(m.end, length)) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const out: Mark[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';

/** How far a cut point may move to reach a word boundary before giving up (a very long "word", e.g. a URL). */
const SLACK = 24;

/**
 * A start cut at a word boundary: `at` itself when it is one, else the start of the
 * word `at` falls in (within SLACK), else the start of the next word (never past `max`).
 */
function cutStart(text: string, at: number, max: number): number {
  if (at <= 0) return 0;
  if (isSpace(text.charAt(at - 1)) || isSpace(text.charAt(at))) return at;
  for (let i = at - 1; i >= Math.max(0, at - SLACK); i--) if (isSpace(text.charAt(i))) return i + 1;
  if (at - SLACK <= 0) return 0;
  for (let i = at; i < Math.min(max, at + SLACK); i++) if (isSpace(text.charAt(i))) return i + 1;
  return at;
}

/**
 * An end cut at a word boundary: `at` itself when it is one, else the end of the word
 * `at` falls in (within SLACK), else the end of the previous word (never before `min`).
 */
function cutEnd(text: string, at: number, min: number): number {
  if (at >= text.length) return text.length;
  if (isSpace(text.charAt(at)) || isSpace(text.charAt(at - 1))) return at;
  for (let i = at; i < Math.min(text.length, at + SLACK); i++) if (isSpace(text.charAt(i))) return i;
  if (at + SLACK >= text.length) return text.length;
  for (let i = at - 1; i >= Math.max(min, at - SLACK); i--) if (isSpace(text.charAt(i))) return i;
  return at;
}

/** Drop blank space (leading blank lines, trailing spaces) at both ends, never inside [keepFrom, keepTo). */
function trimRange(text: string, from: number, to: number, keepFrom: number, keepTo: number): [number, number] {
  let a = from;
  let b = to;
  while (a < Math.min(keepFrom, b) && isSpace(text.charAt(a))) a++;
  while (b > Math.max(keepTo, a) && isSpace(text.charAt(b - 1))) b--;
  return [a, b];
}

/** True when something other than blank space was left out of text[0, at). */
function cutBefore(text: string, at: number): boolean {
  for (let i = 0; i < at; i++) if (!isSpace(text.charAt(i))) return true;
  return false;
}
function cutAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!isSpace(text.charAt(i))) return true;
  return false;
}

/**
 * A readable excerpt of `body` around the spans: some context on each side, cut at word
 * boundaries, without leading blank lines; `cutStart` / `cutEnd` say whether words were
 * left out (the quote shows an ellipsis there).
 */
export function excerpt(body: string, spans: readonly Mark[], context = 60, maxLength = 320): Excerpt {
  const marks = normaliseMarks(spans, body.length);
  const first = marks[0];
  const last = marks[marks.length - 1];
  let from: number;
  let to: number;
  if (!first || !last) {
    [from, to] = trimRange(body, 0, body.length, body.length, 0);
    to = from + maxLength < to ? cutEnd(body, from + maxLength, from + 1) : to;
  } else {
    from = cutStart(body, Math.max(0, first.start - context), first.start);
    to = cutEnd(body, Math.min(body.length, last.end + context), last.end);
    if (to - from > maxLength) {
      // Too many spans far apart: keep the first one with its context.
      to = cutEnd(body, Math.min(body.length, Math.max(first.end, from + maxLength)), first.end);
    }
    const keptEnd = marks.filter((m) => m.start < to).reduce((e, m) => Math.max(e, Math.min(m.end, to)), first.end);
    [from, to] = trimRange(body, from, to, first.start, keptEnd);
  }
  const kept = marks
    .filter((m) => m.start < to && m.end > from)
    .map((m) => ({ start: Math.max(m.start, from) - from, end: Math.min(m.end, to) - from }));
  return { text: body.slice(from, to), marks: kept, cutStart: cutBefore(body, from), cutEnd: cutAfter(body, to) };
}

/** For display: runs of blank lines become one line break (a quote stays compact). Linear. */
export function collapseBlankLines(text: string): string {
  let out = '';
  let pendingBreak = false;
  let spaces = '';
  for (const ch of text) {
    if (ch === '\n' || ch === '\r') { pendingBreak = true; spaces = ''; continue; }
    if (pendingBreak && (ch === ' ' || ch === '\t')) continue; // indentation after a break
    if (ch === ' ' || ch === '\t') { spaces += ch; continue; }
    out += (pendingBreak ? '\n' : spaces) + ch;
    pendingBreak = false;
    spaces = '';
  }
  return out + (pendingBreak ? '\n' : spaces);
}

/** Split a text into plain and marked pieces, in order (for rendering as text nodes). */
export function pieces(text: string, marks: readonly Mark[]): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of normaliseMarks(marks, text.length)) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), marked: false });
    out.push({ text: text.slice(m.start, m.end), marked: true });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
