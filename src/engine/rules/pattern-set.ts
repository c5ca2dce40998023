/**
 * A compiled set of phrase patterns, each with a payload, matched over a token list.
 * Patterns are indexed by the words that can start them, and then by the word after
 * (startsOf: most patterns need one of a few second words); a scan first notes the words
 * the text holds, and a pattern is tried only when the text holds a word of each of its
 * required word lists (each list checked once per scan, when first needed). Both
 * filters are exact: results are those of trying every pattern at every position.
 */
import { TOKEN_NUM, type Token } from '../text/phrase-tokens';
import { compilePattern, type CompiledPattern } from './pattern-compile';
import { matchEnd, wordIds, type TokenMatch } from './pattern-match';
import { firstSet, isWild, requiredIds, type FirstSet } from './pattern-prefilter';
import { WordBits, wordId } from './pattern-words';
import { listFor, startsOf, type Starts } from './pattern-starts';
import { typedString } from '../text/typed-string';

export { startsOf, type Starts } from './pattern-starts';

export interface PatternMatch<T> extends TokenMatch { pattern: CompiledPattern; data: T }

/** The matches found at one token position, longest first. */
export interface Candidate<T> { at: number; matches: PatternMatch<T>[] }

interface Item<T> {
  p: CompiledPattern;
  data: T;
  /** Requirement groups (indexes into the set's groups): the text must hold a word of each. */
  groups: number[];
  /** Cache of viable(): its answer for the scan of stamp `viableAt`. */
  viableAt: number;
  viable: boolean;
}

/** An item that can start on a prefix, a number or any token: its first words as ids. */
interface WildItem<T> extends Item<T> { first: FirstSet; firstIds: WordBits }

/**
 * Presence marks of one scan (stamp: unique per scan): words[id] === stamp when the text
 * holds word id; checked[g] === stamp once group g was checked, held[g] its answer.
 * `found`: the matches at the position being read (collect), reused from one position to
 * the next, as most positions have none; a nested scan has marks, and so a buffer, of its own.
 */
interface Marks<T> { words: Float64Array; checked: Float64Array; held: Uint8Array; stamp: number; found: PatternMatch<T>[] }

/** The same entries in an array with no holes (undefined where `sparse` has none). */
function dense<V>(sparse: readonly (V | undefined)[]): (V | undefined)[] {
  const out = new Array<V | undefined>(sparse.length).fill(undefined);
  sparse.forEach((v, k) => { out[k] = v; });
  return out;
}

/** Groups of at most this many words are checked word by word; longer ones are marked from the text's words. */
const SHORT_GROUP = 4;

/** What `starts` holds for a word that starts no item (so the next position of that word reads it directly). */
const NO_STARTS: Starts<never> = startsOf([]);

/** Stable sort of found[0, count) by end, longest first: what sort() with (a, b) => b.to - a.to gives, without the call. */
function longestFirst(found: TokenMatch[], count: number): void {
  for (let k = 1; k < count; k++) {
    const m = found[k] as TokenMatch;
    let j = k;
    while (j > 0 && (found[j - 1] as TokenMatch).to < m.to) { found[j] = found[j - 1] as TokenMatch; j--; }
    found[j] = m;
  }
}

/**
 * Can token t (word id `id`) start a pattern of first set f (its words as ids)? Same as
 * pattern-prefilter's mayStart, on the id and the token's shape bits. Asked of one wild
 * item, or of the union of all of them.
 */
function firstSetStarts(f: FirstSet, ids: WordBits, t: Token, id: number): boolean {
  if (f.any || ids.has(id)) return true;
  if (f.num && (t.shape & TOKEN_NUM) !== 0) return true;
  if (f.prefixes.length === 0) return false;
  const norm = typedString(t.norm); // see typedString
  for (const p of f.prefixes) if (norm.startsWith(p)) return true;
  return false;
}

export class PatternSet<T> {
  /** Patterns by the word id of a token that can start them. */
  private byWord: (Item<T>[] | undefined)[] = [];
  /** byWord's lists split by the next word (startsOf), by word id, built on first use (NO_STARTS: the word starts none). */
  private starts: (Starts<Item<T>> | undefined)[] = [];
  /** Patterns that can start on a prefix, a number or any token, in entry order, tried after byWord. */
  private readonly wild: WildItem<T>[] = [];
  /** Requirement groups: word id lists, the text must hold one word of the list. */
  private readonly groups: number[][] = [];
  /**
   * By word id: the long groups (more than SHORT_GROUP words) holding it. Those are marked
   * from the words when a scan opens; short ones are checked word by word when needed.
   */
  private longGroupsOf: (number[] | undefined)[] = [];
  /** One more than the largest word id in a group (words past it need no mark). */
  private readonly wordSpan: number;
  private shared: Marks<T>;
  /** Last scan stamp given (stamps are unique across this set's marks, so items can cache per stamp). */
  private stamps = 0;
  /** A scan of this set is open (a nested one gets marks of its own). */
  private busy = false;
  readonly size: number;

  /**
   * `compile`: compilePattern, or a memo of it when several sets share patterns (a
   * lexicon's full set and a smaller one of a few of its families).
   */
  constructor(entries: readonly { source: string; data: T }[], compile: (source: string) => CompiledPattern = compilePattern) {
    // Requirement lists are shared by the patterns naming the same item: interned by identity first, then by content.
    const byList = new Map<readonly number[], number>();
    const byKey = new Map<string | number, number>();
    const intern = (list: readonly number[]): number => {
      let g = byList.get(list);
      if (g !== undefined) return g;
      // A one-word list by its id, longer ones by their sorted ids (a typed array sorts numbers without a comparator call).
      const key = list.length === 1 ? list[0] as number : Int32Array.from(list).sort().join(',');
      g = byKey.get(key);
      if (g === undefined) {
        g = this.groups.length;
        byKey.set(key, g);
        this.groups.push([...list]);
        if (list.length > SHORT_GROUP) {
          for (const id of new Set(list)) {
            const gs = this.longGroupsOf[id];
            if (gs) gs.push(g); else this.longGroupsOf[id] = [g];
          }
        }
      }
      byList.set(list, g);
      return g;
    };
    for (const e of entries) {
      const p = compile(e.source);
      const groups = requiredIds(p.slots).map(intern);
      const first = firstSet(p.slots, 0);
      if (isWild(first)) { this.wild.push({ p, data: e.data, groups, viableAt: 0, viable: false, first, firstIds: new WordBits(first.words) }); continue; }
      const item: Item<T> = { p, data: e.data, groups, viableAt: 0, viable: false };
      first.words.forEach((w) => {
        const id = wordId(w);
        const list = this.byWord[id];
        if (list) list.push(item); else this.byWord[id] = [item];
      });
    }
    // Filled by word id, so sparse: copied dense (a sparse array reads as a slow dictionary).
    this.byWord = dense(this.byWord);
    this.starts = new Array<Starts<Item<T>> | undefined>(this.byWord.length).fill(undefined);
    this.longGroupsOf = dense(this.longGroupsOf);
    let span = 0;
    for (const list of this.groups) for (const id of list) span = Math.max(span, id + 1);
    this.wordSpan = span;
    this.shared = this.newMarks();
    this.size = entries.length;
  }

  private newMarks(): Marks<T> {
    const n = this.groups.length;
    return { words: new Float64Array(this.wordSpan), checked: new Float64Array(n), held: new Uint8Array(n), stamp: 0, found: [] };
  }

  /** Note the words (ids) the tokens hold. */
  private mark(ids: readonly number[], m: Marks<T>): void {
    const stamp = ++this.stamps;
    m.stamp = stamp;
    const words = m.words;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (id < 0 || id >= words.length || words[id] === stamp) continue;
      words[id] = stamp;
      const gs = this.longGroupsOf[id];
      if (gs) for (let k = 0; k < gs.length; k++) { const g = gs[k] as number; m.checked[g] = stamp; m.held[g] = 1; }
    }
  }

  /** Does the scanned text hold a word of each of the item's requirement groups? */
  private viable(item: Item<T>, m: Marks<T>): boolean {
    if (item.viableAt !== m.stamp) { item.viableAt = m.stamp; item.viable = this.holds(item, m); }
    return item.viable;
  }

  private holds(item: Item<T>, m: Marks<T>): boolean {
    const gs = item.groups;
    for (let k = 0; k < gs.length; k++) {
      const g = gs[k] as number;
      if (m.checked[g] !== m.stamp) {
        // Not marked: a long group is then not held; a short one is checked now.
        m.checked[g] = m.stamp;
        m.held[g] = 0;
        const list = this.groups[g] as number[];
        if (list.length <= SHORT_GROUP) for (let w = 0; w < list.length; w++) if (m.words[list[w] as number] === m.stamp) { m.held[g] = 1; break; }
      }
      if (m.held[g] === 0) return false;
    }
    return true;
  }

  /** The Starts of word id (NO_STARTS when it starts no item), kept for the next positions. */
  private startsAt(id: number): Starts<Item<T>> {
    const list = this.byWord[id];
    const starts = list ? startsOf(list) : NO_STARTS;
    this.starts[id] = starts;
    return starts;
  }

  /** The union of the wild items' first sets, built on first use (most tokens start none: one test instead of one per item). */
  private wildUnion: FirstSet & { ids: WordBits } | null = null;

  /** Can token t (word id `id`) start some wild item? (exact: false only when it can start none) */
  private mayStartWild(t: Token, id: number): boolean {
    const u = this.wildUnion ?? this.unionOfWild();
    return firstSetStarts(u, u.ids, t, id);
  }

  private unionOfWild(): FirstSet & { ids: WordBits } {
    const words = new Set<string>();
    const prefixes = new Set<string>();
    let num = false;
    let any = false;
    for (const w of this.wild) {
      w.first.words.forEach((x) => words.add(x));
      w.first.prefixes.forEach((x) => prefixes.add(x));
      num ||= w.first.num;
      any ||= w.first.any;
    }
    this.wildUnion = { words, prefixes: [...prefixes], num, any, ids: new WordBits(words) };
    return this.wildUnion;
  }

  /**
   * The matches at token i, longest first, into m.found[0, count); returns count. Only
   * the items the token's word starts, for its next word (listFor), and the wild items
   * when the token can start one; `presence` false: no presence filter (allAt).
   */
  private collect(tokens: readonly Token[], ids: readonly number[], i: number, m: Marks<T>, presence: boolean): number {
    const t = tokens[i];
    if (!t) return 0;
    const found = m.found;
    let count = 0;
    const id = ids[i] as number;
    if (id >= 0 && id < this.starts.length) {
      const starts = this.starts[id] ?? this.startsAt(id);
      if (starts !== NO_STARTS) {
        // The next token's id (-1: no next token in the clause): only the items it can continue.
        const next = i + 1 < tokens.length && (tokens[i + 1] as Token).gap < 2 ? (ids[i + 1] as number) : -1;
        const list = listFor(starts, next);
        for (let k = 0; k < list.length; k++) {
          const item = list[k] as Item<T>;
          if (presence && !this.viable(item, m)) continue;
          const end = matchEnd(item.p, tokens, i, ids);
          if (end >= 0) found[count++] = { from: i, to: end, pattern: item.p, data: item.data };
        }
      }
    }
    if (this.wild.length > 0 && this.mayStartWild(t, id)) for (let k = 0; k < this.wild.length; k++) {
      const item = this.wild[k] as WildItem<T>;
      if (!firstSetStarts(item.first, item.firstIds, t, id) || (presence && !this.viable(item, m))) continue;
      const end = matchEnd(item.p, tokens, i, ids);
      if (end >= 0) found[count++] = { from: i, to: end, pattern: item.p, data: item.data };
    }
    if (count > 1) longestFirst(found, count);
    return count;
  }

  /** Every match at token i, longest first (a new array). */
  private matchesAt(tokens: readonly Token[], ids: readonly number[], i: number, m: Marks<T>, presence: boolean): PatternMatch<T>[] {
    const count = this.collect(tokens, ids, i, m, presence);
    return count === 0 ? [] : m.found.slice(0, count);
  }

  /** Run `fn` with the tokens' word ids and the presence marks of a scan (own marks when nested). */
  private scan<R>(tokens: readonly Token[], fn: (ids: readonly number[], m: Marks<T>) => R): R {
    const ids = wordIds(tokens);
    if (this.busy) {
      const own = this.newMarks();
      this.mark(ids, own);
      return fn(ids, own);
    }
    this.busy = true;
    try {
      this.mark(ids, this.shared);
      return fn(ids, this.shared);
    } finally {
      this.busy = false;
    }
  }

  /** Every pattern matching at token i, longest first. */
  allAt(tokens: readonly Token[], i: number): PatternMatch<T>[] {
    // No presence filter: the marks are only a match buffer.
    const bare: Marks<T> = { words: new Float64Array(0), checked: new Float64Array(0), held: new Uint8Array(0), stamp: 0, found: [] };
    return this.matchesAt(tokens, wordIds(tokens), i, bare, false);
  }

  /**
   * One pass over the tokens for every pattern: the matches at each position, grouped
   * by a key of the payload (e.g. a signal family). `replay` then gives the same result
   * as findAll restricted to one group, without another pass over the text.
   */
  candidates<K>(tokens: readonly Token[], keyOf: (data: T) => K): Map<K, Candidate<T>[]> {
    return this.scan(tokens, (ids, marks) => {
      const out = new Map<K, Candidate<T>[]>();
      const found = marks.found;
      for (let i = 0; i < tokens.length; i++) {
        const count = this.collect(tokens, ids, i, marks, true);
        for (let c = 0; c < count; c++) {
          const m = found[c] as PatternMatch<T>;
          const k = keyOf(m.data);
          let list = out.get(k);
          if (!list) { list = []; out.set(k, list); }
          const last = list[list.length - 1];
          if (last && last.at === i) last.matches.push(m); else list.push({ at: i, matches: [m] });
        }
      }
      return out;
    });
  }

  /**
   * Non-overlapping matches, leftmost-longest; `accept` can veto a match (context
   * guards), in which case shorter matches at the same place are tried.
   */
  findAll(tokens: readonly Token[], accept: (m: PatternMatch<T>) => boolean = () => true): PatternMatch<T>[] {
    return this.scan(tokens, (ids, marks) => {
      const out: PatternMatch<T>[] = [];
      let i = 0;
      while (i < tokens.length) {
        const m = this.matchesAt(tokens, ids, i, marks, true).find(accept);
        if (m) { out.push(m); i = m.to; } else i++;
      }
      return out;
    });
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
