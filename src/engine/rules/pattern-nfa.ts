/**
 * A pattern as a position automaton (Glushkov): one state per token test, and for each
 * state the states that may consume the next token. Matching then walks the tokens once,
 * carrying the set of live states as a bitmask, instead of exploring every optional
 * slot and alternative recursively (which re-reads the same tokens many times).
 *
 * Same results as the recursive matcher (pattern-match.ts) by construction, for the
 * patterns it accepts: at most 31 token tests, and every alternative of a group of one
 * length only (the recursive matcher continues after the LONGEST match of an
 * alternative; with one length there is nothing to choose). Others return null and keep
 * the recursive matcher.
 */
import type { Slot, TokenTest } from './pattern-compile';
import { WordBits, wordId } from './pattern-words';

export interface Nfa {
  tests: TokenTest[];
  /** States that can consume the first token. */
  first: number;
  /** States after which the pattern is complete. */
  last: number;
  /** follow[s]: states that can consume the token after the one state s consumed. */
  follow: number[];
  /** By pattern word id: the states whose test lists that word. */
  byWord: Map<number, number>;
  /** byWord as an open-addressing table (word ids are small integers): read by statesOf. */
  wordKeys: Int32Array;
  wordStates: Int32Array;
  /** States that take any token. */
  anyStates: number;
  /** States with a prefix, number or year test (checked on the token itself). */
  otherStates: number;
}

const MAX_STATES = 31;
const ANY: TokenTest = { words: new Set(), ids: new WordBits([]), prefixes: [], num: false, year: false, any: true };

interface Part { first: number; last: number; nullable: boolean }

/** Lengths (in tokens) a slot sequence can match, as the recursive matcher sees them. */
function lengths(slots: readonly Slot[]): Set<number> {
  let acc = new Set([0]);
  for (const s of slots) {
    const opts = new Set<number>(s.kind === 'tok' ? (s.optional ? [0, 1] : [1]) : s.kind === 'gap' ? Array.from({ length: s.max + 1 }, (_, g) => g) : (s.optional ? [0] : []));
    if (s.kind === 'group') for (const alt of s.alts) for (const l of lengths(alt)) if (l > 0) opts.add(l);
    const next = new Set<number>();
    for (const a of acc) for (const o of opts) next.add(a + o);
    acc = next;
  }
  return acc;
}

function oneLength(alt: readonly Slot[]): boolean {
  // Required tokens only (most alternatives: "rip off", "do not"): one length, no need to enumerate.
  if (alt.every((s) => s.kind === 'tok' && !s.optional)) return true;
  return [...lengths(alt)].filter((l) => l > 0).length <= 1;
}

/** An alternative of one required token. */
function isSingle(alt: readonly Slot[]): boolean {
  const s = alt[0];
  return alt.length === 1 && s !== undefined && s.kind === 'tok' && !s.optional;
}

/** What any of `tests` takes, as one test's fields (no word bits: callers build them when needed). */
export function unionOfTests(tests: readonly TokenTest[]): Omit<TokenTest, 'ids'> {
  const words = new Set<string>();
  const prefixes: string[] = [];
  let num = false;
  let year = false;
  let any = false;
  for (const t of tests) {
    t.words.forEach((w) => words.add(w));
    prefixes.push(...t.prefixes);
    num ||= t.num;
    year ||= t.year;
    any ||= t.any;
  }
  return { words, prefixes, num, year, any };
}

/** One test taking what any of `tests` takes. */
function unionOf(tests: readonly TokenTest[]): TokenTest {
  const u = unionOfTests(tests);
  return { ...u, ids: new WordBits(u.words) };
}

class Builder {
  readonly tests: TokenTest[] = [];
  readonly follow: number[] = [];
  ok = true;

  seq(slots: readonly Slot[]): Part {
    let acc: Part = { first: 0, last: 0, nullable: true };
    for (const s of slots) acc = this.concat(acc, this.item(s));
    return acc;
  }

  private concat(a: Part, b: Part): Part {
    for (let s = 0; s < this.follow.length; s++) if (a.last & (1 << s)) this.follow[s] = (this.follow[s] as number) | b.first;
    return { first: a.first | (a.nullable ? b.first : 0), last: b.last | (b.nullable ? a.last : 0), nullable: a.nullable && b.nullable };
  }

  private state(test: TokenTest, optional: boolean): Part {
    if (this.tests.length >= MAX_STATES) { this.ok = false; return { first: 0, last: 0, nullable: true }; }
    const bit = 1 << this.tests.length;
    this.tests.push(test);
    this.follow.push(0);
    return { first: bit, last: bit, nullable: optional };
  }

  private item(s: Slot): Part {
    if (s.kind === 'tok') return this.state(s.test, s.optional);
    if (s.kind === 'gap') {
      let acc: Part = { first: 0, last: 0, nullable: true };
      for (let g = 0; g < s.max; g++) acc = this.concat(acc, this.state(ANY, true));
      return acc;
    }
    // A group: an alternative counts only when it consumes tokens (as in the recursive matcher).
    // Its one-token alternatives ("boite|service|sav" next to "service client") share one
    // state: the same token sequences, and far fewer states (most lexicon groups fit in 31).
    const part: Part = { first: 0, last: 0, nullable: s.optional };
    const singles: TokenTest[] = [];
    for (const alt of s.alts) if (isSingle(alt)) singles.push((alt[0] as Extract<Slot, { kind: 'tok' }>).test);
    const parts = singles.length > 0 ? [this.state(singles.length === 1 ? singles[0] as TokenTest : unionOf(singles), false)] : [];
    for (const alt of s.alts) {
      if (isSingle(alt)) continue;
      if (!oneLength(alt)) this.ok = false;
      parts.push(this.seq(alt));
    }
    for (const p of parts) {
      part.first |= p.first;
      part.last |= p.last;
    }
    return part;
  }
}

/** The automaton of a pattern's slots, or null when the recursive matcher must keep it. */
export function compileNfa(slots: readonly Slot[]): Nfa | null {
  const b = new Builder();
  const whole = b.seq(slots);
  if (!b.ok) return null;
  const byWord = new Map<number, number>();
  let anyStates = 0;
  let otherStates = 0;
  b.tests.forEach((t, s) => {
    for (const w of t.words) { const id = wordId(w); byWord.set(id, (byWord.get(id) ?? 0) | (1 << s)); }
    if (t.any) anyStates |= 1 << s;
    else if (t.prefixes.length > 0 || t.num || t.year) otherStates |= 1 << s;
  });
  const { keys, states } = wordTable(byWord);
  return { tests: b.tests, first: whole.first, last: whole.last, follow: b.follow, byWord, wordKeys: keys, wordStates: states, anyStates, otherStates };
}

/** Linear-probing table of id -> states, size a power of two at least twice the entries; empty slots hold -1. */
function wordTable(byWord: ReadonlyMap<number, number>): { keys: Int32Array; states: Int32Array } {
  let size = 2;
  while (size < byWord.size * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const states = new Int32Array(size);
  const mask = size - 1;
  for (const [id, s] of byWord) {
    let k = id & mask;
    while (keys[k] !== -1) k = (k + 1) & mask;
    keys[k] = id;
    states[k] = s;
  }
  return { keys, states };
}

/** The states of `nfa` whose test lists word `id` (byWord.get(id) ?? 0), for id >= 0. */
export function statesOf(nfa: Nfa, id: number): number {
  const keys = nfa.wordKeys;
  const mask = keys.length - 1;
  for (let k = id & mask; ; k = (k + 1) & mask) {
    const key = keys[k] as number;
    if (key === id) return nfa.wordStates[k] as number;
    if (key === -1) return 0;
  }
}

/**
 * The words one of which the token after a match's first token must be, as a bitset:
 * null when the pattern may end after one token or a state after the first takes more
 * than listed words (any token, a prefix, a number). A pre-check only: a match starting
 * at token i needs token i + 1, after no clause break, to be one of these.
 */
export function secondWords(nfa: Nfa): WordBits | null {
  if ((nfa.first & nfa.last) !== 0) return null;
  let next = 0;
  for (let m = nfa.first; m !== 0; m &= m - 1) next |= nfa.follow[31 - Math.clz32(m & -m)] as number;
  if ((next & (nfa.anyStates | nfa.otherStates)) !== 0) return null;
  const words = new Set<string>();
  for (let m = next; m !== 0; m &= m - 1) for (const w of (nfa.tests[31 - Math.clz32(m & -m)] as TokenTest).words) words.add(w);
  return new WordBits(words);
}
