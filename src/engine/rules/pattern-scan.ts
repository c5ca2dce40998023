/**
 * One scan of a token list by a PatternSet: the tokens' pattern word ids, and which ids
 * occur in the list (to rule out patterns needing a word the text lacks). Presence is a
 * table of scan stamps shared by all scans, so no set is built per text; a scan opened
 * while another is still open (a guard running a set itself) gets a set of its own.
 */
import type { Token } from '../text/phrase-tokens';
import { wordIds } from './pattern-match';

export interface Scan {
  /** Unique per scan. */
  stamp: number;
  ids: number[];
  /** Word ids present, for a nested scan; null: read the shared stamp table. */
  own: Set<number> | null;
}

let seen = new Float64Array(4096);
let stamps = 0;
let open = 0;

/** Start a scan (close it with closeScan when the set is done with the tokens). */
export function openScan(tokens: readonly Token[]): Scan {
  const ids = wordIds(tokens);
  const stamp = ++stamps;
  const own = open > 0 ? new Set<number>() : null;
  open++;
  for (const id of ids) {
    if (id < 0) continue;
    if (own) { own.add(id); continue; }
    if (id >= seen.length) { const bigger = new Float64Array(Math.max(id + 1, seen.length * 2)); bigger.set(seen); seen = bigger; }
    seen[id] = stamp;
  }
  return { stamp, ids, own };
}

export function closeScan(): void {
  open--;
}

/** Does the scanned text hold a word of every list? */
export function holdsAll(scan: Scan, required: readonly (readonly number[])[]): boolean {
  for (const list of required) {
    let found = false;
    for (const id of list) {
      if (scan.own ? scan.own.has(id) : seen[id] === scan.stamp) { found = true; break; }
    }
    if (!found) return false;
  }
  return true;
}
