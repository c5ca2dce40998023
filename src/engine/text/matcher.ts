/**
 * Generic phrase matcher: a trie over folded tokens. Each start position walks at most
 * the depth of the longest phrase, so matching is linear in the number of tokens.
 *
 * A token meets a trie key when:
 * - it is the same folded word ("c0nnard" folds to "connard"), or
 * - its fully squeezed form equals the key's squeezed form and the token had a double
 *   letter ("fuuuuck" -> "fuuck" -> "fuck"; "idiooot" -> "idioot" -> "idiot"), or
 * - it carries "*" wildcards standing for one character each ("f*ck", "p*te").
 * Matches never cross a sentence break.
 */
import type { Lang } from '../types';
import type { LexEntry, LexiconSet, Severity } from '../lexicons/types';
import { phraseKeys, type Token } from './tokens';
import { squeeze } from './normalize';

export interface CompiledEntry {
  id: number;
  /** The term as written in the lexicon (after optional-part expansion). */
  term: string;
  keys: string[];
  kind: string;
  sev: Severity;
  lang: Lang;
  strict: boolean;
  notNext: ReadonlySet<string> | null;
  notPrev: ReadonlySet<string> | null;
  cap: boolean;
  list: string;
}

export interface Hit {
  e: CompiledEntry;
  /** Token range [i, j). */
  i: number;
  j: number;
}

/**
 * A trie node. Its children are filed on the first step from it (expand): a common first
 * word ("je", "you") leads to hundreds of terms, of which a text walks a few branches.
 */
interface Node {
  /** Children by key, null until expanded (then EMPTY when there are none). */
  next: Map<string, Node> | null;
  /** Children by squeezed key (the first child of each squeezed form), with next. */
  sq: Map<string, Node> | null;
  /** Terms ending here, in lexicon order. */
  out: CompiledEntry[];
  /** Terms going deeper, in lexicon order, until expanded (compiled when they end at a node). */
  rest: Pending[] | null;
  /** Number of keys on the path to this node (the index of the key a child reads). */
  depth: number;
}

/** The children of a leaf: shared, never written. */
const EMPTY: Map<string, Node> = new Map();

const newNode = (depth: number): Node => ({ next: null, sq: null, out: [], rest: null, depth });

/** Expand "(x)" optional parts: "enculé(e)(s)" -> enculé, enculée, enculés, enculées. */
export function expandTerm(term: string): string[] {
  const open = term.indexOf('(');
  if (open < 0) return [term];
  const close = term.indexOf(')', open);
  if (close < 0) return [term];
  const head = term.slice(0, open);
  const opt = term.slice(open + 1, close);
  const rest = expandTerm(term.slice(close + 1));
  const out: string[] = [];
  for (const r of rest) out.push(head + r, head + opt + r);
  return out;
}

/** Longest phrase we accept, in tokens: keeps the walk bounded. */
const MAX_DEPTH = 12;
/** Budget of wildcard comparisons per call, so a text full of "*" stays linear. */
const WILDCARD_BUDGET = 100_000;

/** A lexicon term waiting in its first word's bucket; `keys` known when it needed the full tokeniser. */
/** `ce`: the term compiled, once its first word was met. */
interface Pending { term: string; set: LexiconSet; e: LexEntry; keys: string[] | null; ce: CompiledEntry | null }

/**
 * The trie is built lazily, one first word at a time: construction only files every
 * term under its first word (cheap), and the subtree of a first word is built when a
 * text first holds a token that reaches it. A ticket meets a few dozen first words of
 * the lexicons' thousands, so the sidebar's first analysis does not pay for the rest.
 * Terms are inserted in lexicon order, so hits come out exactly as with an eager trie.
 */
export class PhraseMatcher {
  /**
   * By first word, in first-seen order: its terms in lexicon order, replaced by the
   * word's built subtree on first use (so a token's first step is one lookup).
   */
  private readonly pending = new Map<string, Pending[] | Node>();
  private rootByLen: Map<number, string[]> | null = null;
  private rootSq: Map<string, string> | null = null;
  private readonly all: Pending[] = [];
  private compiled: CompiledEntry[] | null = null;
  private nextId = 0;

  constructor(private readonly sets: readonly LexiconSet[]) {
    for (const set of sets) {
      for (const e of set.entries) {
        const t = e.t;
        if (typeof t === 'string') this.file(set, e, t);
        else for (const raw of t) this.file(set, e, raw);
      }
    }
  }

  /** Every entry, compiled (builds the whole trie: tests and tools, not the hot path). */
  get entries(): CompiledEntry[] {
    if (!this.compiled) {
      for (const key of this.pending.keys()) this.expandAll(this.child(key));
      this.compiled = this.all.map((p) => this.compiledOf(p));
    }
    return this.compiled;
  }

  private expandAll(node: Node | undefined): void {
    if (!node) return;
    for (const child of this.expand(node).values()) this.expandAll(child);
  }

  /** Single-word terms of one kind, folded (word classes read next to hits). */
  wordsOfKind(kind: string): Set<string> {
    const out = new Set<string>();
    // By entry (an entry lists many terms of its kind), not by term: most entries are of other kinds.
    for (const set of this.sets) {
      for (const e of set.entries) {
        if (e.k !== kind) continue;
        for (const raw of typeof e.t === 'string' ? [e.t] : e.t) {
          for (const term of expandTerm(raw)) {
            const keys = phraseKeys(term);
            if (keys.length === 1) out.add(keys[0] as string);
          }
        }
      }
    }
    return out;
  }

  /** Word sets of notNext/notPrev lists, by list: terms() gives many entries the same list. */
  private readonly wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

  private wordSet(words: readonly string[] | undefined): ReadonlySet<string> | null {
    if (!words) return null;
    let s = this.wordSets.get(words);
    if (!s) { s = new Set(words.flatMap(phraseKeys)); this.wordSets.set(words, s); }
    return s;
  }

  /** File a lexicon term (optional parts expanded) under its first key; the rest is read when the key is first met. */
  private file(set: LexiconSet, e: LexEntry, raw: string): void {
    if (raw.indexOf('(') < 0) { this.fileTerm(set, e, raw); return; }
    for (const term of expandTerm(raw)) this.fileTerm(set, e, term);
  }

  private fileTerm(set: LexiconSet, e: LexEntry, term: string): void {
    const plain = plainFirstWord(term);
    const keys = plain === null ? phraseKeys(term) : null;
    const first = plain ?? keys?.[0];
    if (first === undefined) throw new Error(`bad lexicon term "${term}" in ${set.lang}/${set.name}`);
    const p: Pending = { term, set, e, keys, ce: null };
    this.all.push(p);
    const bucket = this.pending.get(first) as Pending[] | undefined; // still all buckets while filing
    if (bucket) bucket.push(p); else this.pending.set(first, [p]);
  }

  private keysOf(p: Pending): string[] {
    p.keys ??= phraseKeys(p.term);
    return p.keys;
  }

  private compiledOf(p: Pending): CompiledEntry {
    let ce = p.ce;
    if (!ce) {
      const { e, set } = p;
      const keys = this.keysOf(p);
      if (keys.length === 0 || keys.length > MAX_DEPTH) throw new Error(`bad lexicon term "${p.term}" in ${set.lang}/${set.name}`);
      ce = {
        id: this.nextId++, term: p.term, keys, kind: e.k, sev: e.s ?? 2, lang: set.lang, strict: e.strict === true,
        notNext: this.wordSet(e.notNext), notPrev: this.wordSet(e.notPrev), cap: e.cap === true, list: set.name,
      };
      p.ce = ce;
    }
    return ce;
  }

  /** The root's child for first word `key`, its subtree built on first use; undefined when no term starts so. */
  private child(key: string): Node | undefined {
    const v = this.pending.get(key); // most tokens start no term: one lookup
    if (v === undefined) return undefined;
    return Array.isArray(v) ? this.build(key, v) : v;
  }

  private build(key: string, bucket: readonly Pending[]): Node {
    const top = newNode(1);
    this.pending.set(key, top);
    for (const p of bucket) {
      if (this.keysOf(p).length === 1) top.out.push(this.compiledOf(p));
      else (top.rest ??= []).push(p);
    }
    return top;
  }

  /** The children of a node, filed from its deeper terms on first use (in lexicon order, as an eager build would). */
  private expand(node: Node): Map<string, Node> {
    if (node.next) return node.next;
    const rest = node.rest;
    if (!rest) {
      node.next = EMPTY;
      node.sq = EMPTY;
      return EMPTY;
    }
    const next = new Map<string, Node>();
    const sq = new Map<string, Node>();
    const d = node.depth;
    for (const p of rest) {
      const keys = this.keysOf(p);
      const k = keys[d] as string;
      let child = next.get(k);
      if (!child) {
        child = newNode(d + 1);
        next.set(k, child);
        const s = squeeze(k);
        if (!sq.has(s)) sq.set(s, child);
      }
      if (keys.length === d + 1) child.out.push(this.compiledOf(p));
      else (child.rest ??= []).push(p);
    }
    node.next = next;
    node.sq = sq;
    node.rest = null;
    return next;
  }

  /**
   * All matches over the tokens, in start order. `lang` gates strict (homograph) entries;
   * with lang null they never fire. Entries of `skipKinds` are not reported (the set is
   * read as fixed: its answer per entry is cached while the same set is passed).
   */
  match(tokens: readonly Token[], lang: Lang | null, skipKinds?: ReadonlySet<string>): Hit[] {
    const hits: Hit[] = [];
    const skip = skipKinds ? this.skipFlags(skipKinds) : null;
    const budget = { left: WILDCARD_BUDGET };
    for (let i = 0; i < tokens.length; i++) {
      let node: Node | undefined = this.stepRoot(tokens[i] as Token, budget);
      for (let j = i; node && j < tokens.length && j - i < MAX_DEPTH; j++) {
        if (j > i) {
          const t = tokens[j] as Token;
          if (t.brk === 2) break;
          node = this.step(node, t, budget);
          if (!node) break;
        }
        for (const e of node.out) {
          if (e.strict && e.lang !== lang) continue;
          if (skip && this.skipped(skip, skipKinds as ReadonlySet<string>, e)) continue;
          if (e.cap && !(tokens[i] as Token).cap) continue;
          if (e.notNext && j + 1 < tokens.length && e.notNext.has((tokens[j + 1] as Token).norm)) continue;
          if (e.notPrev && i > 0 && e.notPrev.has((tokens[i - 1] as Token).norm)) continue;
          hits.push({ e, i, j: j + 1 });
        }
      }
    }
    return hits;
  }

  /** Per entry id, whether its kind is in the skip set: 0 not known yet, 1 skipped, 2 kept. */
  private skipCache: { kinds: ReadonlySet<string>; size: number; flags: Uint8Array } | null = null;

  /** The flags of a skip set (kept while the same set, of the same size, is passed). */
  private skipFlags(kinds: ReadonlySet<string>): Uint8Array {
    const c = this.skipCache;
    if (c && c.kinds === kinds && c.size === kinds.size) return c.flags;
    const flags = new Uint8Array(Math.max(this.all.length, 16));
    this.skipCache = { kinds, size: kinds.size, flags };
    return flags;
  }

  private skipped(flags: Uint8Array, kinds: ReadonlySet<string>, e: CompiledEntry): boolean {
    if (e.id >= flags.length) return kinds.has(e.kind);
    let f = flags[e.id] as number;
    if (f === 0) { f = kinds.has(e.kind) ? 1 : 2; flags[e.id] = f; }
    return f === 1;
  }

  /** First step, from the root: the same tests as step(), over the first words of all terms. */
  private stepRoot(t: Token, budget: { left: number }): Node | undefined {
    const exact = this.child(t.norm);
    if (exact) return exact;
    if (t.sq !== null) {
      const key = this.rootLoose().get(t.sq);
      if (key !== undefined) return this.child(key);
    }
    if (t.star && budget.left > 0) {
      for (const key of this.rootKeysOfLength(t.norm.length)) {
        if (--budget.left <= 0) break;
        if (wildEquals(t.norm, key)) return this.child(key);
      }
    }
    return undefined;
  }

  /** Squeezed first word -> the first first-word (lexicon order) with that squeezed form. */
  private rootLoose(): Map<string, string> {
    if (!this.rootSq) {
      this.rootSq = new Map();
      for (const key of this.pending.keys()) {
        const s = squeeze(key);
        if (!this.rootSq.has(s)) this.rootSq.set(s, key);
      }
    }
    return this.rootSq;
  }

  private rootKeysOfLength(n: number): readonly string[] {
    if (!this.rootByLen) {
      this.rootByLen = new Map();
      for (const key of this.pending.keys()) {
        const l = this.rootByLen.get(key.length);
        if (l) l.push(key); else this.rootByLen.set(key.length, [key]);
      }
    }
    return this.rootByLen.get(n) ?? [];
  }

  private step(node: Node, t: Token, budget: { left: number }): Node | undefined {
    const next = node.next ?? this.expand(node);
    const exact = next.get(t.norm);
    if (exact) return exact;
    if (t.sq !== null) {
      const loose = (node.sq as Map<string, Node>).get(t.sq);
      if (loose) return loose;
    }
    if (t.star && budget.left > 0) {
      for (const key of [...next.keys()]) {
        if (--budget.left <= 0) break;
        if (wildEquals(t.norm, key)) return next.get(key);
      }
    }
    return undefined;
  }
}

/**
 * The first word of a term when the tokeniser reads it as is: two or more [a-z] letters,
 * no triple letter, up to a space or the end. A single letter could be glued to the next
 * ones ("f u c k"), other characters need the tokeniser: null then.
 */
export function plainFirstWord(term: string): string | null {
  let i = 0;
  for (; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c === 32) break;
    if (c < 97 || c > 122) return null;
    if (i >= 2 && c === term.charCodeAt(i - 1) && c === term.charCodeAt(i - 2)) return null;
  }
  if (i < 2) return null;
  return i === term.length ? term : term.slice(0, i);
}

/** "f*ck" == "fuck": each "*" is one character; at least two real letters must agree. */
function wildEquals(pattern: string, key: string): boolean {
  if (pattern.length !== key.length) return false;
  let real = 0;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charCodeAt(i);
    if (p === 42) continue;
    if (p !== key.charCodeAt(i)) return false;
    real++;
  }
  return real >= 2;
}
