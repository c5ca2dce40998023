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
import { KEY_WORDS } from './word-ids';

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
  /** Non-zero when a hit needs a check (strict, cap, notNext or notPrev): most do not. */
  checks: number;
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
  /** Children, null until expanded (then NO_KIDS when there are none). */
  kids: Kids | null;
  /** Terms ending here, in lexicon order. */
  out: CompiledEntry[];
  /** Terms going deeper, in lexicon order, until expanded (compiled when they end at a node); a first word's node: all its terms until built. */
  rest: Pending[] | null;
  /** Number of keys on the path to this node (the index of the key a child reads). */
  depth: number;
  /** False for a first word's node until its terms are sorted into out and rest (build). */
  built: boolean;
}

/**
 * The children of a node, by key id (open addressing, linear probing; slot id 0 is empty,
 * at most half the slots are used), by the id of the key's squeezed form (the first child
 * of each form, in filing order) and, in filing order, by key string (wildcards).
 */
interface Kids {
  ids: Int32Array;
  nodes: Node[];
  sqIds: Int32Array;
  sqNodes: Node[];
  keys: string[];
  list: Node[];
}

/** The children of a leaf: shared, never written. */
const NO_KIDS: Kids = { ids: new Int32Array(1), nodes: [], sqIds: new Int32Array(1), sqNodes: [], keys: [], list: [] };

const newNode = (depth: number, rest: Pending[] | null, built: boolean): Node => ({ kids: null, out: [], rest, depth, built });

/** A table of at least twice as many slots as ids. */
function idTable(ids: readonly number[], nodes: readonly Node[]): { ids: Int32Array; nodes: Node[] } {
  let size = 2;
  while (size < ids.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const at: Node[] = new Array<Node>(size);
  const mask = size - 1;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    let s = slotOf(id) & mask;
    while (slots[s] !== 0 && slots[s] !== id) s = (s + 1) & mask;
    if (slots[s] === 0) { slots[s] = id; at[s] = nodes[k] as Node; }
  }
  return { ids: slots, nodes: at };
}

function slotOf(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 20;
}

/** The node of `id` (positive) in a table of idTable, undefined when absent. */
function find(ids: Int32Array, nodes: readonly Node[], id: number): Node | undefined {
  const mask = ids.length - 1;
  for (let s = slotOf(id) & mask; ; s = (s + 1) & mask) {
    const k = ids[s] as number;
    if (k === id) return nodes[s];
    if (k === 0) return undefined;
  }
}

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
 *
 * Keys are read by word id (KEY_WORDS, word-ids.ts): the tokeniser gives each token the
 * id of its word, and every step is an integer probe. Keys get their ids when filed, so a
 * token read as absent is read again once more keys were filed (idOf).
 */
export class PhraseMatcher {
  private readonly words = KEY_WORDS;
  /** First word id -> its node (terms unsorted until built); undefined for other ids. */
  private readonly roots: (Node | undefined)[] = [];
  /** First words, in first-seen order, and their ids. */
  private readonly firsts: string[] = [];
  private readonly firstIds: number[] = [];
  private rootByLen: Map<number, string[]> | null = null;
  /** Id of a squeezed first word -> the node of the first first-word (first-seen order) with that squeezed form. */
  private rootSq: Map<number, Node> | null = null;
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
      for (const id of this.firstIds) this.expandAll(this.built(this.roots[id] as Node));
      this.compiled = this.all.map((p) => this.compiledOf(p));
    }
    return this.compiled;
  }

  private expandAll(node: Node): void {
    for (const child of this.expand(node).list) this.expandAll(child);
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
    const id = this.words.add(first);
    const roots = this.roots;
    while (roots.length <= id) roots.push(undefined); // dense: ids are small
    const node = roots[id];
    if (node) (node.rest as Pending[]).push(p); // still all unbuilt while filing
    else {
      roots[id] = newNode(1, [p], false);
      this.firsts.push(first);
      this.firstIds.push(id);
    }
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
      const strict = e.strict === true;
      const cap = e.cap === true;
      const notNext = this.wordSet(e.notNext);
      const notPrev = this.wordSet(e.notPrev);
      ce = {
        id: this.nextId++, term: p.term, keys, kind: e.k, sev: e.s ?? 2, lang: set.lang, strict, notNext, notPrev, cap, list: set.name,
        checks: strict || cap || notNext !== null || notPrev !== null ? 1 : 0,
      };
      p.ce = ce;
    }
    return ce;
  }

  /** A first word's node with its terms sorted: one-key terms end here, the others go deeper. */
  private built(top: Node): Node {
    if (top.built === true) return top;
    const bucket = top.rest as Pending[];
    top.rest = null;
    top.built = true;
    for (const p of bucket) {
      if (this.keysOf(p).length === 1) top.out.push(this.compiledOf(p));
      else (top.rest ??= []).push(p);
    }
    return top;
  }

  /** The children of a node, filed from its deeper terms on first use (in lexicon order, as an eager build would). */
  private expand(node: Node): Kids {
    if (node.kids) return node.kids;
    const rest = node.rest;
    if (!rest) {
      node.kids = NO_KIDS;
      return NO_KIDS;
    }
    const byKey = new Map<string, Node>();
    const keys: string[] = [];
    const list: Node[] = [];
    const sqFirst = new Map<string, Node>();
    const d = node.depth;
    for (const p of rest) {
      const pk = this.keysOf(p);
      const k = pk[d] as string;
      let child = byKey.get(k);
      if (!child) {
        child = newNode(d + 1, null, true);
        byKey.set(k, child);
        keys.push(k);
        list.push(child);
        const s = squeeze(k);
        if (!sqFirst.has(s)) sqFirst.set(s, child);
      }
      if (pk.length === d + 1) child.out.push(this.compiledOf(p));
      else (child.rest ??= []).push(p);
    }
    const exact = idTable(keys.map((k) => this.words.add(k)), list);
    const loose = idTable([...sqFirst.keys()].map((s) => this.words.add(s)), [...sqFirst.values()]);
    const kids: Kids = { ids: exact.ids, nodes: exact.nodes, sqIds: loose.ids, sqNodes: loose.nodes, keys, list };
    node.kids = kids;
    node.rest = null;
    return kids;
  }

  /** The id of a token's word (t.id unless keys were filed since it was read). */
  private idOf(t: Token): number {
    const id = t.id;
    if (id > 0 || this.words.current(id)) return id;
    t.id = this.words.id(t.norm);
    return t.id;
  }

  /** The id of a token's squeezed word (t.sq not null), as idOf. */
  private sqIdOf(t: Token): number {
    const id = t.sqId;
    if (id > 0 || this.words.current(id)) return id;
    t.sqId = this.words.id(t.sq as string);
    return t.sqId;
  }

  /**
   * All matches over the tokens, in start order. `lang` gates strict (homograph) entries;
   * with lang null they never fire. Entries of `skipKinds` are not reported (the set is
   * read as fixed: its answer per entry is cached while the same set is passed).
   */
  match(tokens: readonly Token[], lang: Lang | null, skipKinds?: ReadonlySet<string>): Hit[] {
    const hits: Hit[] = [];
    const skip = skipKinds !== undefined ? this.skipFlags(skipKinds) : null;
    const budget = { left: WILDCARD_BUDGET };
    const roots = this.roots;
    const n = tokens.length;
    // Conditions compare (=== / !==) rather than test truthiness: a truth test of a value
    // the optimiser cannot type (a call's result, a field read) is a generic check each time.
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      const id = this.idOf(t);
      let node: Node | undefined = id > 0 && id < roots.length ? roots[id] : undefined;
      if (node !== undefined) node = this.built(node);
      else {
        if (t.sqId === 0 && t.star !== true) continue;
        node = this.stepRootSq(t);
        // A wildcard word may stand for several first words ("c*nt": cant, cent, cunt): walk each.
        if (node === undefined && t.star === true) {
          for (const cand of this.rootWildcards(t, budget)) this.walkFrom(tokens, i, cand, budget, lang, skip, skipKinds, hits);
          continue;
        }
      }
      this.walkFrom(tokens, i, node, budget, lang, skip, skipKinds, hits);
    }
    return hits;
  }

  /** The matches starting at token i, from the trie node of its first word. */
  private walkFrom(tokens: readonly Token[], i: number, start: Node | undefined, budget: { left: number }, lang: Lang | null, skip: Uint8Array | null, skipKinds: ReadonlySet<string> | undefined, hits: Hit[]): void {
    const n = tokens.length;
    let node = start;
    for (let j = i; node !== undefined && j < n && j - i < MAX_DEPTH; j++) {
      if (j > i) {
        const tj = tokens[j] as Token;
        if (tj.brk === 2) break;
        node = this.step(node, tj, budget);
        if (node === undefined) break;
      }
      const out = node.out;
      for (let k = 0; k < out.length; k++) {
        const e = out[k] as CompiledEntry;
        if (e.checks !== 0 && !this.holds(e, tokens, i, j, lang)) continue;
        if (skip !== null && this.skipped(skip, skipKinds as ReadonlySet<string>, e)) continue;
        hits.push({ e, i, j: j + 1 });
      }
    }
  }

  /** The conditions of entry e on hit [i, j]: language of a strict entry, capital, the words around. */
  private holds(e: CompiledEntry, tokens: readonly Token[], i: number, j: number, lang: Lang | null): boolean {
    if (e.strict && e.lang !== lang) return false;
    if (e.cap && !(tokens[i] as Token).cap) return false;
    if (e.notNext !== null && j + 1 < tokens.length && e.notNext.has((tokens[j + 1] as Token).norm)) return false;
    if (e.notPrev !== null && i > 0 && e.notPrev.has((tokens[i - 1] as Token).norm)) return false;
    return true;
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

  /** First step when the token is no first word: its squeezed form (the same test as step()). */
  private stepRootSq(t: Token): Node | undefined {
    if (t.sqId === 0) return undefined;
    const sid = this.sqIdOf(t);
    const node = sid > 0 ? this.rootLoose().get(sid) : undefined;
    return node ? this.built(node) : undefined;
  }

  /** The first-word nodes a wildcard token stands for, within the wildcard budget. */
  private rootWildcards(t: Token, budget: { left: number }): Node[] {
    const out: Node[] = [];
    for (const key of this.rootKeysOfLength(t.norm.length)) {
      if (--budget.left <= 0) break;
      if (wildEquals(t.norm, key)) out.push(this.built(this.roots[this.words.id(key)] as Node));
    }
    return out;
  }

  /** Squeezed first word id -> the node of the first first-word (first-seen order) with that squeezed form. */
  private rootLoose(): Map<number, Node> {
    if (!this.rootSq) {
      const m = new Map<number, Node>();
      for (let k = 0; k < this.firsts.length; k++) {
        const s = this.words.add(squeeze(this.firsts[k] as string));
        if (!m.has(s)) m.set(s, this.roots[this.firstIds[k] as number] as Node);
      }
      this.rootSq = m;
    }
    return this.rootSq;
  }

  private rootKeysOfLength(n: number): readonly string[] {
    if (!this.rootByLen) {
      this.rootByLen = new Map();
      for (const key of this.firsts) {
        const l = this.rootByLen.get(key.length);
        if (l) l.push(key); else this.rootByLen.set(key.length, [key]);
      }
    }
    return this.rootByLen.get(n) ?? [];
  }

  /** The child of `node` that token t reaches, undefined when none. */
  private step(node: Node, t: Token, budget: { left: number }): Node | undefined {
    const kids = node.kids ?? this.expand(node); // may file keys: ids are read after it
    if (kids.list.length === 0) return undefined;
    const id = this.idOf(t);
    if (id > 0) {
      const exact = find(kids.ids, kids.nodes, id);
      if (exact !== undefined) return exact;
    }
    if (t.sqId !== 0) {
      const sid = this.sqIdOf(t);
      const loose = sid > 0 ? find(kids.sqIds, kids.sqNodes, sid) : undefined;
      if (loose !== undefined) return loose;
    }
    if (t.star === true && budget.left > 0) {
      const keys = kids.keys;
      for (let k = 0; k < keys.length; k++) {
        if (--budget.left <= 0) break;
        if (wildEquals(t.norm, keys[k] as string)) return kids.list[k];
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
