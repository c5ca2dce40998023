/**
 * Phrase patterns over word tokens: the small matching language shared by the
 * complaint signals and the draft checker. Lexicons stay data (strings); this file
 * compiles them once and matches them in time linear in the text (each pattern is
 * bounded, every start position is tried once).
 *
 * Pattern syntax (tokens are accent- and case-folded words, apostrophes split words):
 *   `je ne sais pas`          literal words
 *   `sais|sait`               one token, alternatives
 *   `(ne|n)?`                 optional slot
 *   `(do not|don t|dont)`     multi-word alternatives
 *   `decu*`                   prefix: any token starting with "decu"
 *   `#num` `#year`            a number, a 4-digit year (1950-2099)
 *   `_`                       any one token (a guard usually checks it)
 *   `~2`                      a gap of 0 to 2 arbitrary tokens
 *   `^ avant`                 (first item only) the match starts a sentence or clause
 * A match never crosses a sentence or clause boundary (. ! ? ; : or a new line).
 */

export interface Token {
  /** Folded form: lower case, no accents, ligatures expanded. */
  norm: string;
  start: number;
  end: number;
  /** Punctuation between the previous token and this one: 0 none, 1 comma, 2 clause (;:), 3 sentence (.!?, new line) or text start. */
  gap: 0 | 1 | 2 | 3;
  /** The original text of the token was all upper case (2+ letters). */
  caps: boolean;
}

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** Lower case, strip diacritics, expand ligatures. Length may change: use on tokens only. */
export function fold(s: string): string {
  // ASCII fast path: nothing to strip.
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += LIGATURES[ch] ?? ch;
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

const SENTENCE_PUNCT = new Set(['.', '!', '?', '\n', '…']);
const CLAUSE_PUNCT = new Set([';', ':', '—', '–']);

/**
 * Split a text into word tokens. Apostrophes and hyphens separate words
 * ("n'y" -> n, y; "calmez-vous" -> calmez, vous); a dot between digits stays inside a
 * number ("3.2.1").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let gap: Token['gap'] = 3;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (!isWordChar(c)) {
      if (SENTENCE_PUNCT.has(c)) gap = 3;
      else if (CLAUSE_PUNCT.has(c) && gap < 2) gap = 2;
      else if (c === ',' && gap < 1) gap = 1;
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const ch = text[i] as string;
      if (isWordChar(ch)) { i++; continue; }
      // keep decimal / version separators inside numbers: 3.2.1, 54,99
      if ((ch === '.' || ch === ',') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) { i++; continue; }
      break;
    }
    const raw = text.slice(start, i);
    const letters = raw.replace(/\P{L}/gu, '');
    tokens.push({ norm: fold(raw), start, end: i, gap, caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() });
    gap = 0;
  }
  return tokens;
}

/**
 * What one token slot accepts: one of `words`, a word starting with one of `prefixes`,
 * a number (`num`), a year (`year`) or anything (`any`).
 */
interface TokenTest { words: ReadonlySet<string>; prefixes: readonly string[]; num: boolean; year: boolean; any: boolean }

type Slot =
  | { kind: 'tok'; test: TokenTest; optional: boolean }
  | { kind: 'group'; alts: Slot[][]; optional: boolean }
  | { kind: 'gap'; max: number };
type TokSlot = Extract<Slot, { kind: 'tok' }>;

export interface CompiledPattern { source: string; slots: Slot[]; anchored: boolean }

function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) { parts.push(cur); cur = ''; continue; }
    cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Split a pattern into its top-level items (words, groups with their `?`). */
function items(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) { if (cur) out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  if (depth !== 0) throw new Error(`unbalanced pattern: ${s}`);
  if (cur) out.push(cur);
  return out;
}

function compileSeq(s: string): Slot[] {
  return items(s).map(compileItem);
}

const tokSlot = (test: Partial<TokenTest>, optional: boolean): TokSlot => ({
  kind: 'tok', test: { words: new Set(), prefixes: [], num: false, year: false, any: false, ...test }, optional,
});

function compileItem(item: string): Slot {
  const optional = item.endsWith('?');
  const body = optional ? item.slice(0, -1) : item;
  if (/^~\d$/.test(body)) return { kind: 'gap', max: Number(body.slice(1)) };
  if (body === '_') return tokSlot({ any: true }, optional);
  if (body === '#num' || body === '#year') return tokSlot(body === '#year' ? { year: true } : { num: true }, optional);
  if (body.startsWith('(') && body.endsWith(')')) {
    const inner = body.slice(1, -1);
    const alts = splitTop(inner, '|').map((a) => compileSeq(a));
    // Alternatives of one required token each read as a single slot (same matches, one test).
    if (alts.every((a) => a.length === 1 && a[0]?.kind === 'tok' && !a[0].optional)) {
      return mergeTests(alts.map((a) => (a[0] as TokSlot).test), optional);
    }
    return { kind: 'group', alts, optional };
  }
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const w of body.split('|')) {
    if (!w) throw new Error(`empty alternative in pattern item: ${item}`);
    const f = fold(w);
    if (f.endsWith('*')) prefixes.push(f.slice(0, -1)); else words.add(f);
  }
  return tokSlot({ words, prefixes }, optional);
}

function mergeTests(tests: readonly TokenTest[], optional: boolean): TokSlot {
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
  return tokSlot({ words, prefixes, num, year, any }, optional);
}

export function compilePattern(source: string): CompiledPattern {
  const trimmed = source.trim();
  const anchored = trimmed.startsWith('^ ');
  const slots = compileSeq(anchored ? trimmed.slice(2) : trimmed);
  if (slots.length === 0) throw new Error(`empty pattern: ${source}`);
  return { source, slots, anchored };
}

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A 4-digit year between 1950 and 2099. */
function isYear(s: string): boolean {
  if (s.length !== 4) return false;
  for (let i = 0; i < 4; i++) if (!startsWithDigit(s.charAt(i))) return false;
  const y = Number(s);
  return y >= 1950 && y <= 2099;
}

function tokenFits(test: TokenTest, t: Token): boolean {
  if (test.any) return true;
  const n = t.norm;
  if (test.words.has(n)) return true;
  for (const p of test.prefixes) if (n.startsWith(p)) return true;
  if (test.num && startsWithDigit(n)) return true;
  return test.year && isYear(n);
}

/** Token idx can be consumed: it exists and, unless nothing was consumed yet, no clause break precedes it. */
function canTake(tokens: readonly Token[], idx: number, first: boolean): boolean {
  return idx < tokens.length && (first || (tokens[idx] as Token).gap < 2);
}

/**
 * Try to match `slots` starting at token index `i`; returns the end index (exclusive)
 * of the longest match, or -1. `first` is true while nothing has been consumed yet.
 */
function matchSlots(slots: readonly Slot[], k: number, tokens: readonly Token[], i: number, first: boolean): number {
  if (k === slots.length) return i;
  const slot = slots[k] as Slot;
  let best = -1;
  switch (slot.kind) {
    case 'tok': {
      if (canTake(tokens, i, first) && tokenFits(slot.test, tokens[i] as Token)) best = matchSlots(slots, k + 1, tokens, i + 1, false);
      if (slot.optional) best = Math.max(best, matchSlots(slots, k + 1, tokens, i, first));
      return best;
    }
    case 'group': {
      for (const alt of slot.alts) {
        const mid = matchSlots(alt, 0, tokens, i, first);
        if (mid > i) best = Math.max(best, matchSlots(slots, k + 1, tokens, mid, false));
      }
      if (slot.optional) best = Math.max(best, matchSlots(slots, k + 1, tokens, i, first));
      return best;
    }
    case 'gap': {
      let j = i;
      for (let g = 0; g <= slot.max; g++) {
        best = Math.max(best, matchSlots(slots, k + 1, tokens, j, first && g === 0));
        if (!canTake(tokens, j, first && g === 0)) break;
        j++;
      }
      return best;
    }
  }
}

/** Token range [from, to) of a pattern match. */
export interface TokenMatch { from: number; to: number }

/** Longest match of the pattern at token index `i`, or null. */
export function matchAt(p: CompiledPattern, tokens: readonly Token[], i: number): TokenMatch | null {
  if (p.anchored && i > 0 && (tokens[i] as Token).gap < 2) return null;
  const end = matchSlots(p.slots, 0, tokens, i, true);
  return end > i ? { from: i, to: end } : null;
}

/** What can start a match of a pattern: some words, or (wild) prefixes, numbers, anything. */
interface FirstSet { words: Set<string>; prefixes: string[]; num: boolean; any: boolean }

/** Tokens that can start a match of slots[k..]: lets a set skip patterns quickly. */
function firstSet(slots: readonly Slot[], k: number, acc: FirstSet = { words: new Set(), prefixes: [], num: false, any: false }): FirstSet {
  for (let j = k; j < slots.length; j++) {
    const slot = slots[j] as Slot;
    if (slot.kind === 'gap') { acc.any = true; return acc; }
    if (slot.kind === 'tok') {
      const t = slot.test;
      t.words.forEach((w) => acc.words.add(w));
      acc.prefixes.push(...t.prefixes);
      acc.num ||= t.num || t.year;
      acc.any ||= t.any;
    } else {
      for (const alt of slot.alts) firstSet(alt, 0, acc);
    }
    if (!slot.optional) return acc;
  }
  acc.any = true; // everything optional: can start anywhere
  return acc;
}

function isWild(f: FirstSet): boolean {
  return f.any || f.num || f.prefixes.length > 0;
}

/** Can token t start a match? (exact: a pattern never matches where this is false) */
function mayStart(f: FirstSet, t: Token): boolean {
  if (f.any || f.words.has(t.norm)) return true;
  if (f.num && startsWithDigit(t.norm)) return true;
  for (const p of f.prefixes) if (t.norm.startsWith(p)) return true;
  return false;
}

export interface PatternMatch<T> extends TokenMatch { pattern: CompiledPattern; data: T }

const NO_MATCHES: readonly never[] = [];
const NO_ITEMS: readonly never[] = [];
function longestFirst(a: TokenMatch, b: TokenMatch): number { return b.to - a.to; }

/** A compiled set of patterns, each with a payload, indexed by the words that can start them. */
export class PatternSet<T> {
  private readonly byWord = new Map<string, { p: CompiledPattern; data: T }[]>();
  /** Patterns that can start on a prefix, a number or any token, in entry order, tried after byWord. */
  private readonly wild: { p: CompiledPattern; data: T; first: FirstSet }[] = [];
  readonly size: number;

  constructor(entries: readonly { source: string; data: T }[]) {
    for (const e of entries) {
      const item = { p: compilePattern(e.source), data: e.data };
      const f = firstSet(item.p.slots, 0);
      if (isWild(f)) { this.wild.push({ ...item, first: f }); continue; }
      f.words.forEach((w) => {
        const list = this.byWord.get(w);
        if (list) list.push(item); else this.byWord.set(w, [item]);
      });
    }
    this.size = entries.length;
  }

  /** Every pattern matching at token i, longest first. */
  allAt(tokens: readonly Token[], i: number): PatternMatch<T>[] {
    const t = tokens[i];
    if (!t) return [];
    let out: PatternMatch<T>[] | null = null;
    for (const item of this.byWord.get(t.norm) ?? NO_ITEMS) {
      const m = matchAt(item.p, tokens, i);
      if (m) (out ??= []).push({ from: m.from, to: m.to, pattern: item.p, data: item.data });
    }
    for (const item of this.wild) {
      if (!mayStart(item.first, t)) continue;
      const m = matchAt(item.p, tokens, i);
      if (m) (out ??= []).push({ from: m.from, to: m.to, pattern: item.p, data: item.data });
    }
    if (!out) return NO_MATCHES as unknown as PatternMatch<T>[];
    return out.length > 1 ? out.sort(longestFirst) : out;
  }

  /**
   * One pass over the tokens for every pattern: the matches at each position, grouped
   * by a key of the payload (e.g. a signal family). `replay` then gives the same result
   * as findAll restricted to one group, without another pass over the text.
   */
  candidates<K>(tokens: readonly Token[], keyOf: (data: T) => K): Map<K, Candidate<T>[]> {
    const out = new Map<K, Candidate<T>[]>();
    for (let i = 0; i < tokens.length; i++) {
      const all = this.allAt(tokens, i);
      for (const m of all) {
        const k = keyOf(m.data);
        let list = out.get(k);
        if (!list) { list = []; out.set(k, list); }
        const last = list[list.length - 1];
        if (last && last.at === i) last.matches.push(m); else list.push({ at: i, matches: [m] });
      }
    }
    return out;
  }

  /**
   * Non-overlapping matches, leftmost-longest; `accept` can veto a match (context
   * guards), in which case shorter matches at the same place are tried.
   */
  findAll(tokens: readonly Token[], accept: (m: PatternMatch<T>) => boolean = () => true): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const m = this.allAt(tokens, i).find(accept);
      if (m) { out.push(m); i = m.to; } else i++;
    }
    return out;
  }
}

/** The matches found at one token position, longest first. */
export interface Candidate<T> { at: number; matches: PatternMatch<T>[] }

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

/** Character span of a token range. */
export function spanOf(text: string, tokens: readonly Token[], m: TokenMatch): { text: string; start: number; end: number } {
  const start = (tokens[m.from] as Token).start;
  const end = (tokens[m.to - 1] as Token).end;
  return { text: text.slice(start, end), start, end };
}

/** Index range of the sentence around token i: [first token, last token + 1). */
export function sentenceOf(tokens: readonly Token[], i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && (tokens[from] as Token).gap < 3) from--;
  let to = i + 1;
  while (to < tokens.length && (tokens[to] as Token).gap < 3) to++;
  return { from, to };
}
