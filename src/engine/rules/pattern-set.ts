/**
 * A compiled set of phrase patterns, each with a payload, matched over a token list.
 * Patterns are indexed by the words that can start them; a scan first notes the words
 * present in the text, so a pattern needing a word the text lacks is never tried. Both
 * filters are exact: results are those of trying every pattern at every position.
 */
import type { Token } from '../text/phrase-tokens';
import { compilePattern, type CompiledPattern } from './pattern-compile';
import { matchAt, wordIds, type TokenMatch } from './pattern-match';
import { firstSet, isWild, mayStart, requiredIds, type FirstSet } from './pattern-prefilter';
import { closeScan, holdsAll, openScan, type Scan } from './pattern-scan';
import { wordId } from './pattern-words';

export interface PatternMatch<T> extends TokenMatch { pattern: CompiledPattern; data: T }

/** The matches found at one token position, longest first. */
export interface Candidate<T> { at: number; matches: PatternMatch<T>[] }

interface Item<T> {
  p: CompiledPattern;
  data: T;
  required: number[][];
  first: FirstSet;
  /** Whether the pattern can match in the text of scan `viableIn` (a cache, see Scan). */
  viableIn: number;
  viable: boolean;
}


const NO_MATCHES: readonly never[] = [];
const NO_ITEMS: readonly never[] = [];
function longestFirst(a: TokenMatch, b: TokenMatch): number { return b.to - a.to; }

export class PatternSet<T> {
  /** Patterns by the word id of a token that can start them. */
  private readonly byWord: (Item<T>[] | undefined)[] = [];
  /** Patterns that can start on a prefix, a number or any token, in entry order, tried after byWord. */
  private readonly wild: Item<T>[] = [];
  readonly size: number;

  constructor(entries: readonly { source: string; data: T }[]) {
    for (const e of entries) {
      const p = compilePattern(e.source);
      const item: Item<T> = { p, data: e.data, required: requiredIds(p.slots), first: firstSet(p.slots, 0), viableIn: -1, viable: false };
      if (isWild(item.first)) { this.wild.push(item); continue; }
      item.first.words.forEach((w) => {
        const id = wordId(w);
        const list = this.byWord[id];
        if (list) list.push(item); else this.byWord[id] = [item];
      });
    }
    this.size = entries.length;
  }

  /** `scan` null: no presence filter (allAt). Items cache their viability per scan stamp. */
  private tryItem(item: Item<T>, tokens: readonly Token[], ids: readonly number[], i: number, scan: Scan | null, out: PatternMatch<T>[] | null): PatternMatch<T>[] | null {
    if (scan) {
      if (item.viableIn !== scan.stamp) { item.viable = holdsAll(scan, item.required); item.viableIn = scan.stamp; }
      if (!item.viable) return out;
    }
    const m = matchAt(item.p, tokens, i, ids);
    if (!m) return out;
    const found = { from: m.from, to: m.to, pattern: item.p, data: item.data };
    if (out) out.push(found); else out = [found];
    return out;
  }

  private matchesAt(tokens: readonly Token[], ids: readonly number[], i: number, scan: Scan | null): PatternMatch<T>[] {
    const t = tokens[i];
    if (!t) return [];
    let out: PatternMatch<T>[] | null = null;
    const id = ids[i] as number;
    for (const item of (id >= 0 ? this.byWord[id] : undefined) ?? NO_ITEMS) out = this.tryItem(item, tokens, ids, i, scan, out);
    for (const item of this.wild) if (mayStart(item.first, t)) out = this.tryItem(item, tokens, ids, i, scan, out);
    if (!out) return NO_MATCHES as unknown as PatternMatch<T>[];
    return out.length > 1 ? out.sort(longestFirst) : out;
  }

  /** Every pattern matching at token i, longest first. */
  allAt(tokens: readonly Token[], i: number): PatternMatch<T>[] {
    return this.matchesAt(tokens, wordIds(tokens), i, null);
  }

  /**
   * One pass over the tokens for every pattern: the matches at each position, grouped
   * by a key of the payload (e.g. a signal family). `replay` then gives the same result
   * as findAll restricted to one group, without another pass over the text.
   */
  candidates<K>(tokens: readonly Token[], keyOf: (data: T) => K): Map<K, Candidate<T>[]> {
    const out = new Map<K, Candidate<T>[]>();
    const scan = openScan(tokens);
    try {
      for (let i = 0; i < tokens.length; i++) {
        for (const m of this.matchesAt(tokens, scan.ids, i, scan)) {
          const k = keyOf(m.data);
          let list = out.get(k);
          if (!list) { list = []; out.set(k, list); }
          const last = list[list.length - 1];
          if (last && last.at === i) last.matches.push(m); else list.push({ at: i, matches: [m] });
        }
      }
    } finally {
      closeScan();
    }
    return out;
  }

  /**
   * Non-overlapping matches, leftmost-longest; `accept` can veto a match (context
   * guards), in which case shorter matches at the same place are tried.
   */
  findAll(tokens: readonly Token[], accept: (m: PatternMatch<T>) => boolean = () => true): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    const scan = openScan(tokens);
    try {
      let i = 0;
      while (i < tokens.length) {
        const m = this.matchesAt(tokens, scan.ids, i, scan).find(accept);
        if (m) { out.push(m); i = m.to; } else i++;
      }
    } finally {
      closeScan();
    }
    return out;
  }
}

/** Leftmost-longest, non-overlapping selection from candidates (what findAll does). */
export function replay<T>(candidates: readonly Candidate<T>[] | undefined, accept: (m: PatternMatch<T>) => boolean = () => true): PatternMatch<T>[] {
  const out: PatternMatch<T>[] = [];
  let next = 0;
  for (const c of candidates ?? []) {
    if (c.at < next) continue;
    const m = c.matches.find(accept);
    if (m) { out.push(m); next = m.to; }
  }
  return out;
}
