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
import { isPlainPhrase, phraseKeys, type Token } from './tokens';
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

interface Node {
  next: Map<string, Node>;
  sq: Map<string, Node>;
  out: CompiledEntry[];
}

const newNode = (): Node => ({ next: new Map(), sq: new Map(), out: [] });

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
interface Pending { term: string; set: LexiconSet; e: LexEntry; keys: string[] | null }

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

  constructor(sets: readonly LexiconSet[]) {
    for (const set of sets) for (const e of set.entries) this.file(set, e);
  }

  /** Every entry, compiled (builds the whole trie: tests and tools, not the hot path). */
  get entries(): CompiledEntry[] {
    if (!this.compiled) {
      for (const key of this.pending.keys()) this.child(key);
      this.compiled = this.all.map((p) => this.compiledOf(p));
    }
    return this.compiled;
  }

  /** Single-word terms of one kind, folded (word classes read next to hits). */
  wordsOfKind(kind: string): Set<string> {
    const out = new Set<string>();
    for (const p of this.all) {
      if (p.e.k !== kind) continue;
      const keys = this.keysOf(p);
      if (keys.length === 1) out.add(keys[0] as string);
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

  private file(set: LexiconSet, e: LexEntry): void {
    const list = typeof e.t === 'string' ? [e.t] : e.t;
    for (const raw of list) {
      for (const term of expandTerm(raw)) {
        const plain = plainWords(term);
        const keys = plain < 0 ? phraseKeys(term) : null;
        const count = keys ? keys.length : plain;
        if (count === 0 || count > MAX_DEPTH) throw new Error(`bad lexicon term "${term}" in ${set.lang}/${set.name}`);
        const first = keys ? (keys[0] as string) : firstWord(term);
        const p: Pending = { term, set, e, keys };
        this.all.push(p);
        const bucket = this.pending.get(first) as Pending[] | undefined; // still all buckets while filing
        if (bucket) bucket.push(p); else this.pending.set(first, [p]);
      }
    }
  }

  private keysOf(p: Pending): string[] {
    p.keys ??= phraseKeys(p.term);
    return p.keys;
  }

  private readonly byPending = new WeakMap<Pending, CompiledEntry>();

  private compiledOf(p: Pending): CompiledEntry {
    let ce = this.byPending.get(p);
    if (!ce) {
      const { e, set } = p;
      ce = {
        id: this.nextId++, term: p.term, keys: this.keysOf(p), kind: e.k, sev: e.s ?? 2, lang: set.lang, strict: e.strict === true,
        notNext: this.wordSet(e.notNext), notPrev: this.wordSet(e.notPrev), cap: e.cap === true, list: set.name,
      };
      this.byPending.set(p, ce);
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
    const top = newNode();
    this.pending.set(key, top);
    for (const p of bucket) {
      const ce = this.compiledOf(p);
      let node = top;
      for (let d = 1; d < ce.keys.length; d++) {
        const k = ce.keys[d] as string;
        let next = node.next.get(k);
        if (!next) {
          next = newNode();
          node.next.set(k, next);
          const s = squeeze(k);
          if (!node.sq.has(s)) node.sq.set(s, next);
        }
        node = next;
      }
      node.out.push(ce);
    }
    return top;
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
    const exact = node.next.get(t.norm);
    if (exact) return exact;
    if (t.sq !== null) {
      const loose = node.sq.get(t.sq);
      if (loose) return loose;
    }
    if (t.star && budget.left > 0) {
      for (const key of [...node.next.keys()]) {
        if (--budget.left <= 0) break;
        if (wildEquals(t.norm, key)) return node.next.get(key);
      }
    }
    return undefined;
  }
}

/** Words of a plain term (see plainKeys), or -1 when the term needs the full tokeniser. */
function plainWords(term: string): number {
  if (!isPlainPhrase(term)) return -1;
  let n = 1;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) === 32) n++;
  return n;
}

function firstWord(plain: string): string {
  const sp = plain.indexOf(' ');
  return sp < 0 ? plain : plain.slice(0, sp);
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
