/**
 * Quoted stretches of a text, line by line: "...", « ... », “ ... ” and '...' (a single
 * quote opens at the start of a word and closes at the end of one, so the apostrophes of
 * "don't" or "l'appli" are never quotes). A stretch counts only when it closes on its
 * line. One pass over the text; the answer is a range list read by position.
 */

import { unitClass, WORD } from './unit-class';

function isWordChar(c: string): boolean {
  return c !== '' && (unitClass(c.charCodeAt(0)) & WORD) !== 0;
}

export interface QuotedRanges {
  /** Whether [start, end) lies inside one quoted stretch. */
  covers(start: number, end: number): boolean;
}

export function quotedRanges(text: string): QuotedRanges {
  const ranges: number[] = []; // pairs [open+1, close)
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let open = -1;
    let closer = '';
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charAt(i);
      if (open >= 0) {
        const closes = c === closer && (closer !== "'" || (!isWordChar(text.charAt(i + 1)) && i > open + 1));
        const curlyClose = closer === "'" && c === '\u2019' && !isWordChar(text.charAt(i + 1));
        if (closes || curlyClose) { ranges.push(open + 1, i); open = -1; }
        continue;
      }
      if (c === '"') { open = i; closer = '"'; } else if (c === '\u00ab') { open = i; closer = '\u00bb'; } else if (c === '\u201c') { open = i; closer = '\u201d'; } else if ((c === "'" || c === '\u2018') && !isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1))) { open = i; closer = "'"; }
    }
    lineStart = lineEnd + 1;
  }
  return {
    covers(start: number, end: number): boolean {
      // ranges are in order and disjoint: binary search for the last range starting at or before `start`
      let lo = 0;
      let hi = ranges.length / 2 - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((ranges[mid * 2] as number) <= start) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return found >= 0 && end <= (ranges[found * 2 + 1] as number);
    },
  };
}
