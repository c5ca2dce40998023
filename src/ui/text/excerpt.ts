/**
 * Cut a readable excerpt around one or more spans of a text, keeping the span
 * offsets relative to the excerpt so the quote can highlight them. Pure, linear.
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

/** Move a cut point to the nearest whitespace within `slack` chars so words stay whole. */
function snap(text: string, at: number, dir: -1 | 1, slack = 15): number {
  for (let i = 0; i < slack; i++) {
    const p = at + dir * i;
    if (p <= 0 || p >= text.length) return Math.max(0, Math.min(p, text.length));
    if (/\s/.test(text.charAt(p))) return dir < 0 ? p + 1 : p;
  }
  return at;
}

export function excerpt(body: string, spans: readonly Mark[], context = 60, maxLength = 320): Excerpt {
  const marks = normaliseMarks(spans, body.length);
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (!first || !last) {
    const end = Math.min(body.length, maxLength);
    return { text: body.slice(0, end), marks: [], cutStart: false, cutEnd: end < body.length };
  }
  let from = first.start - context > 0 ? snap(body, first.start - context, -1) : 0;
  let to = last.end + context < body.length ? snap(body, last.end + context, 1) : body.length;
  if (to - from > maxLength) {
    // Too many spans far apart: keep the first one with its context.
    from = first.start - context > 0 ? snap(body, first.start - context, -1) : 0;
    to = Math.min(body.length, Math.max(first.end, from + maxLength));
  }
  const kept = marks
    .filter((m) => m.start < to && m.end > from)
    .map((m) => ({ start: Math.max(m.start, from) - from, end: Math.min(m.end, to) - from }));
  return { text: body.slice(from, to), marks: kept, cutStart: from > 0, cutEnd: to < body.length };
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
