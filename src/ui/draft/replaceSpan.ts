/**
 * Apply a draft suggestion safely: the draft may have changed since the finding was
 * computed, so the span is checked against the text we re-read from the host and,
 * if it moved, looked up again. Pure functions; the hook does the host calls.
 */
import type { Span } from '../../engine/types';

export type Replacement =
  | { kind: 'applied'; text: string; start: number; end: number; relocated: boolean }
  | { kind: 'stale' };

/** Start offsets of every occurrence of `needle` in `hay` (non-overlapping, linear). */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let at = hay.indexOf(needle);
  while (at >= 0) {
    out.push(at);
    at = hay.indexOf(needle, at + needle.length);
  }
  return out;
}

/**
 * Replace exactly the finding's span of `current` by `replacement`. When the span no
 * longer holds the same text, the nearest occurrence of that text is used instead;
 * when the text is gone, nothing is replaced ("stale").
 */
export function replaceSpan(current: string, span: Span, replacement: string): Replacement {
  let start = span.start;
  let relocated = false;
  if (current.slice(span.start, span.end) !== span.text || span.end - span.start !== span.text.length) {
    const found = occurrences(current, span.text);
    if (found.length === 0) return { kind: 'stale' };
    start = found.reduce((best, s) => (Math.abs(s - span.start) < Math.abs(best - span.start) ? s : best));
    relocated = true;
  }
  const end = start + span.text.length;
  return {
    kind: 'applied',
    text: current.slice(0, start) + replacement + current.slice(end),
    start,
    end: start + replacement.length,
    relocated,
  };
}
