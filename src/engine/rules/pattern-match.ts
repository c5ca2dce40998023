/**
 * Matching one compiled pattern at one token position: longest match, never across a
 * clause break. The automaton (pattern-nfa.ts) when the pattern has one, else the
 * recursive walk over its slots (the reference semantics). Each pattern is bounded (slots, gaps of at most 9), so the work per
 * position is bounded too. `ids` are the tokens' pattern word ids (wordIds).
 */
import { TOKEN_NUM, TOKEN_YEAR, tokenWordId, type Token } from '../text/phrase-tokens';
import type { CompiledPattern, Slot, TokenTest } from './pattern-compile';
import { statesOf, type Nfa } from './pattern-nfa';
import { typedString } from '../text/typed-string';

export function startsWithDigit(s: string): boolean {
  const c = typedString(s).charCodeAt(0); // see typedString
  return c >= 48 && c <= 57;
}

/** Does token t (word id `id`) pass the test? Numbers and years by the token's shape bits; only a prefix reads the word. */
function tokenFits(test: TokenTest, t: Token, id: number): boolean {
  if (test.any || test.ids.has(id)) return true;
  if (test.num && (t.shape & TOKEN_NUM) !== 0) return true;
  if (test.year && (t.shape & TOKEN_YEAR) !== 0) return true;
  const prefixes = test.prefixes;
  if (prefixes.length === 0) return false;
  const n = typedString(t.norm); // see typedString
  for (const p of prefixes) if (n.startsWith(p)) return true;
  return false;
}

/** Token idx can be consumed: it exists and, unless nothing was consumed yet, no clause break precedes it. */
function canTake(tokens: readonly Token[], idx: number, first: boolean): boolean {
  return idx < tokens.length && (first || (tokens[idx] as Token).gap < 2);
}

/**
 * Try to match `slots` starting at token index `i`; returns the end index (exclusive)
 * of the longest match, or -1. `first` is true while nothing has been consumed yet.
 */
function matchSlots(slots: readonly Slot[], k: number, tokens: readonly Token[], ids: readonly number[], i: number, first: boolean): number {
  if (k === slots.length) return i;
  const slot = slots[k] as Slot;
  let best = -1;
  switch (slot.kind) {
    case 'tok': {
      if (canTake(tokens, i, first) && tokenFits(slot.test, tokens[i] as Token, ids[i] as number)) best = matchSlots(slots, k + 1, tokens, ids, i + 1, false);
      if (slot.optional) best = Math.max(best, matchSlots(slots, k + 1, tokens, ids, i, first));
      return best;
    }
    case 'group': {
      for (const alt of slot.alts) {
        const mid = matchSlots(alt, 0, tokens, ids, i, first);
        if (mid > i) best = Math.max(best, matchSlots(slots, k + 1, tokens, ids, mid, false));
      }
      if (slot.optional) best = Math.max(best, matchSlots(slots, k + 1, tokens, ids, i, first));
      return best;
    }
    case 'gap': {
      let j = i;
      for (let g = 0; g <= slot.max; g++) {
        best = Math.max(best, matchSlots(slots, k + 1, tokens, ids, j, first && g === 0));
        if (!canTake(tokens, j, first && g === 0)) break;
        j++;
      }
      return best;
    }
  }
}

/** Token range [from, to) of a pattern match. */
export interface TokenMatch { from: number; to: number }

/** The word id of each token (-1: a word with no id), as the tokenizer found it (tokenWordId). */
export function wordIds(tokens: readonly Token[]): number[] {
  const ids = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = tokenWordId(tokens[i] as Token);
  return ids;
}

/** States of `nfa` among `live` that take token t (word id `id`). */
function takers(nfa: Nfa, live: number, t: Token, id: number): number {
  let took = live & (nfa.anyStates | (id >= 0 ? statesOf(nfa, id) : 0));
  for (let m = live & nfa.otherStates & ~took; m !== 0; m &= m - 1) {
    const s = 31 - Math.clz32(m & -m);
    if (tokenFits(nfa.tests[s] as TokenTest, t, id)) took |= 1 << s;
  }
  return took;
}

/** Longest match end from token i with the automaton, or -1: one pass, live states as a bitmask. */
function runNfa(nfa: Nfa, tokens: readonly Token[], ids: readonly number[], i: number): number {
  let live = nfa.first;
  let best = -1;
  for (let pos = i; pos < tokens.length && live !== 0; pos++) {
    const t = tokens[pos] as Token;
    if (pos > i && t.gap >= 2) break;
    const took = takers(nfa, live, t, ids[pos] as number);
    if (took & nfa.last) best = pos + 1;
    live = 0;
    for (let m = took; m !== 0; m &= m - 1) live |= nfa.follow[31 - Math.clz32(m & -m)] as number;
  }
  return best;
}

/** Longest match with the recursive walk over the slots (the reference for runNfa), or null. */
export function matchAtBySlots(p: CompiledPattern, tokens: readonly Token[], i: number, ids: readonly number[] = wordIds(tokens)): TokenMatch | null {
  if (p.anchored && i > 0 && (tokens[i] as Token).gap < 2) return null;
  const end = matchSlots(p.slots, 0, tokens, ids, i, true);
  return end > i ? { from: i, to: end } : null;
}

/** End (exclusive) of the longest match of the pattern at token index `i`, or -1 (matchAt without the object). */
export function matchEnd(p: CompiledPattern, tokens: readonly Token[], i: number, ids: readonly number[]): number {
  if (p.anchored && i > 0 && (tokens[i] as Token).gap < 2) return -1;
  const end = p.nfa ? runNfa(p.nfa, tokens, ids, i) : matchSlots(p.slots, 0, tokens, ids, i, true);
  return end > i ? end : -1;
}

/** Longest match of the pattern at token index `i`, or null. `ids`: wordIds(tokens), computed when absent. */
export function matchAt(p: CompiledPattern, tokens: readonly Token[], i: number, ids: readonly number[] = wordIds(tokens)): TokenMatch | null {
  const end = matchEnd(p, tokens, i, ids);
  return end > i ? { from: i, to: end } : null;
}
