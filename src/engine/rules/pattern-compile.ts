/**
 * Pattern syntax -> slots (see rules/phrase.ts for the syntax). Compiled once per
 * lexicon; matching lives in pattern-match.ts.
 */
import { fold } from '../text/phrase-tokens';
import { compileNfa, unionOfTests, type Nfa } from './pattern-nfa';
import { requiredIds } from './pattern-prefilter';
import { WordBits } from './pattern-words';

/**
 * What one token slot accepts: one of `words` (also as the bitset `ids` of their word
 * ids), a word starting with one of `prefixes`, a number (`num`), a year (`year`) or
 * anything (`any`).
 */
export interface TokenTest { words: ReadonlySet<string>; ids: WordBits; prefixes: readonly string[]; num: boolean; year: boolean; any: boolean }

/**
 * `req`: word ids of which a text must hold one for the slot to match (when it is
 * required), null when there is no such list; read by the pattern set's prefilter
 * (pattern-prefilter.ts), computed once per compiled item.
 */
export type Slot =
  | { kind: 'tok'; test: TokenTest; optional: boolean; req: readonly number[] | null }
  | { kind: 'group'; alts: Slot[][]; optional: boolean; req: readonly number[] | null }
  | { kind: 'gap'; max: number };
export type TokSlot = Extract<Slot, { kind: 'tok' }>;

/** `nfa`: the same pattern as an automaton (faster), null when only the slots can express it. */
export interface CompiledPattern { readonly source: string; readonly slots: Slot[]; readonly anchored: boolean; readonly nfa: Nfa | null }

/**
 * The automaton is built when the pattern is first tried: a set holds hundreds of
 * patterns and a text tries a few dozen, so building them all up front made the first
 * analysis pay for automata it never runs.
 */
class Pattern implements CompiledPattern {
  private automaton: Nfa | null | undefined = undefined;

  constructor(readonly source: string, readonly slots: Slot[], readonly anchored: boolean) {}

  get nfa(): Nfa | null {
    if (this.automaton === undefined) this.automaton = compileNfa(this.slots);
    return this.automaton;
  }
}

function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  const sepCode = sep.charCodeAt(0);
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (c === sepCode && depth === 0) { parts.push(s.slice(from, i)); from = i + 1; }
  }
  parts.push(s.slice(from));
  return parts;
}

/** Split a pattern into its top-level items (words, groups with their `?`). */
function items(s: string): string[] {
  if (!s.includes('(') && !s.includes(')')) return s.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const t = s.trim();
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if (c === 40) depth++;
    else if (c === 41) depth--;
    else if (depth === 0 && ((c >= 9 && c <= 13) || c === 32 || (c > 127 && /\s/.test(t.charAt(i))))) {
      if (i > from) out.push(t.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) throw new Error(`unbalanced pattern: ${s}`);
  return out;
}

function compileSeq(s: string): Slot[] {
  return items(s).map(cachedItem);
}

/**
 * Compiled items by their text: lexicons repeat the same long alternations (company
 * names, numbers in words) in many patterns. Slots are never modified once compiled, so
 * patterns can share them.
 */
const ITEMS = new Map<string, Slot>();
function cachedItem(item: string): Slot {
  let slot = ITEMS.get(item);
  if (!slot) { slot = compileItem(item); ITEMS.set(item, slot); }
  return slot;
}

/** Lower-case ASCII words (and prefixes): fold() would return them unchanged. */
const FOLDED = /^[a-z0-9*]+$/;

function tokSlot(test: Partial<Omit<TokenTest, 'ids'>>, optional: boolean): TokSlot {
  const words = test.words ?? new Set<string>();
  const full: TokenTest = { words, ids: new WordBits(words), prefixes: test.prefixes ?? [], num: test.num ?? false, year: test.year ?? false, any: test.any ?? false };
  const req = full.any || full.num || full.year || full.prefixes.length > 0 || words.size === 0 ? null : full.ids.list();
  return { kind: 'tok', test: full, optional, req };
}

function compileItem(item: string): Slot {
  const optional = item.endsWith('?');
  const body = optional ? item.slice(0, -1) : item;
  if (/^~\d$/.test(body)) return { kind: 'gap', max: Number(body.slice(1)) };
  if (body === '_') return tokSlot({ any: true }, optional);
  if (body === '#num' || body === '#year') return tokSlot(body === '#year' ? { year: true } : { num: true }, optional);
  if (body.startsWith('(') && body.endsWith(')')) {
    const inner = body.slice(1, -1);
    const simple = singleTokenAlternatives(inner);
    if (simple) return tokSlot(simple, optional);
    const alts = splitTop(inner, '|').map((a) => compileSeq(a));
    // Alternatives of one required token each read as a single slot (same matches, one test).
    if (alts.every((a) => a.length === 1 && a[0]?.kind === 'tok' && !a[0].optional)) {
      return mergeTests(alts.map((a) => (a[0] as TokSlot).test), optional);
    }
    return { kind: 'group', alts, optional, req: groupRequirement(alts) };
  }
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const w of body.split('|')) {
    if (!w) throw new Error(`empty alternative in pattern item: ${item}`);
    const f = FOLDED.test(w) ? w : fold(w);
    if (f.endsWith('*')) prefixes.push(f.slice(0, -1)); else words.add(f);
  }
  return tokSlot({ words, prefixes }, optional);
}

/**
 * The test of a group whose alternatives are each one required token (word, prefix,
 * `#num`, `#year`, `_`; no space, bracket, `?` or gap), read in one pass: what merging
 * their one-slot sequences gives (mergeTests), without compiling each alternative. Null
 * for any other group. Most lexicon groups are such word lists.
 */
function singleTokenAlternatives(inner: string): Partial<Omit<TokenTest, 'ids'>> | null {
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c === 40 || c === 41 || c === 63 || c === 126 || c <= 32 || (c > 127 && /\s/.test(inner.charAt(i)))) return null;
  }
  const words = new Set<string>();
  const prefixes: string[] = [];
  let num = false;
  let year = false;
  let any = false;
  for (const alt of inner.split('|')) {
    if (!alt) return null;
    if (alt === '_') any = true;
    else if (alt === '#num') num = true;
    else if (alt === '#year') year = true;
    else {
      const f = FOLDED.test(alt) ? alt : fold(alt);
      if (f.endsWith('*')) prefixes.push(f.slice(0, -1)); else words.add(f);
    }
  }
  return { words, prefixes, num, year, any };
}

/** A group requires a word of the union of its alternatives' shortest lists, when each has one. */
function groupRequirement(alts: readonly Slot[][]): readonly number[] | null {
  const union = new Set<number>();
  for (const alt of alts) {
    const best = requiredIds(alt)[0];
    if (!best) return null;
    for (const w of best) union.add(w);
  }
  return [...union];
}

function mergeTests(tests: readonly TokenTest[], optional: boolean): TokSlot {
  return tokSlot(unionOfTests(tests), optional);
}

export function compilePattern(source: string): CompiledPattern {
  const trimmed = source.trim();
  const anchored = trimmed.startsWith('^ ');
  const slots = compileSeq(anchored ? trimmed.slice(2) : trimmed);
  if (slots.length === 0) throw new Error(`empty pattern: ${source}`);
  return new Pattern(source, slots, anchored);
}
