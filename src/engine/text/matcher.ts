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

export class PhraseMatcher {
  private readonly root = newNode();
  private readonly rootByLen = new Map<number, string[]>();
  readonly entries: CompiledEntry[] = [];

  constructor(sets: readonly LexiconSet[]) {
    for (const set of sets) for (const e of set.entries) this.add(set, e);
    for (const key of this.root.next.keys()) {
      const l = this.rootByLen.get(key.length);
      if (l) l.push(key); else this.rootByLen.set(key.length, [key]);
    }
  }

  /** Word sets of notNext/notPrev lists, by list: terms() gives many entries the same list. */
  private readonly wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

  private wordSet(words: readonly string[] | undefined): ReadonlySet<string> | null {
    if (!words) return null;
    let s = this.wordSets.get(words);
    if (!s) { s = new Set(words.flatMap(phraseKeys)); this.wordSets.set(words, s); }
    return s;
  }

  private add(set: LexiconSet, e: LexEntry): void {
    const list = typeof e.t === 'string' ? [e.t] : e.t;
    const notNext = this.wordSet(e.notNext);
    const notPrev = this.wordSet(e.notPrev);
    for (const raw of list) {
      for (const term of expandTerm(raw)) {
        const keys = phraseKeys(term);
        if (keys.length === 0 || keys.length > MAX_DEPTH) throw new Error(`bad lexicon term "${term}" in ${set.lang}/${set.name}`);
        const ce: CompiledEntry = {
          id: this.entries.length, term, keys, kind: e.k, sev: e.s ?? 2, lang: set.lang, strict: e.strict === true,
          notNext,
          notPrev,
          cap: e.cap === true,
          list: set.name,
        };
        this.entries.push(ce);
        let node = this.root;
        for (const k of keys) {
          let child = node.next.get(k);
          if (!child) {
            child = newNode();
            node.next.set(k, child);
            const s = squeeze(k);
            if (!node.sq.has(s)) node.sq.set(s, child);
          }
          node = child;
        }
        node.out.push(ce);
      }
    }
  }

  /**
   * All matches over the tokens, in start order. `lang` gates strict (homograph) entries;
   * with lang null they never fire. Entries of `skipKinds` are not reported.
   */
  match(tokens: readonly Token[], lang: Lang | null, skipKinds?: ReadonlySet<string>): Hit[] {
    const hits: Hit[] = [];
    const budget = { left: WILDCARD_BUDGET };
    for (let i = 0; i < tokens.length; i++) {
      let node: Node | undefined = this.root;
      for (let j = i; j < tokens.length && j - i < MAX_DEPTH; j++) {
        const t = tokens[j] as Token;
        if (j > i && t.brk === 2) break;
        node = this.step(node, t, node === this.root, budget);
        if (!node) break;
        for (const e of node.out) {
          if (e.strict && e.lang !== lang) continue;
          if (skipKinds?.has(e.kind)) continue;
          if (e.cap && !(tokens[i] as Token).cap) continue;
          if (e.notNext && j + 1 < tokens.length && e.notNext.has((tokens[j + 1] as Token).norm)) continue;
          if (e.notPrev && i > 0 && e.notPrev.has((tokens[i - 1] as Token).norm)) continue;
          hits.push({ e, i, j: j + 1 });
        }
      }
    }
    return hits;
  }

  private step(node: Node, t: Token, isRoot: boolean, budget: { left: number }): Node | undefined {
    const exact = node.next.get(t.norm);
    if (exact) return exact;
    if (t.sq !== null) {
      const loose = node.sq.get(t.sq);
      if (loose) return loose;
    }
    if (t.star && budget.left > 0) {
      const candidates = isRoot ? this.rootByLen.get(t.norm.length) ?? [] : [...node.next.keys()];
      for (const key of candidates) {
        if (--budget.left <= 0) break;
        if (wildEquals(t.norm, key)) return node.next.get(key);
      }
    }
    return undefined;
  }
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
