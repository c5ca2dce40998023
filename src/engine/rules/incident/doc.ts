/**
 * One requester comment prepared for the incident rules: its tokens, its lexicon hits
 * (in start order) and the hits by kind. The sentence of each token and the index by end
 * token are built on first use, as plain arrays of small integers: most comments run no
 * rule or only some of them, and a Map of arrays per index cost more than the lookups they
 * served. (Not typed arrays: allocating one of more than a few elements is a costly runtime
 * call.) The hits of one kind in one sentence are a run of that kind's list (both are in
 * start order), found by binary search once and kept: a lookup costs the hits it returns,
 * not the sentence's other hits (a long comment without punctuation is one sentence), and
 * the same lookup again costs nothing.
 */
import type { Lang } from '../../types';
import type { Hit } from '../../text/matcher';
import type { Token } from '../../text/tokens';

export class Doc {
  private sentIndex: number[] | null = null;
  /** Hits by end token: those ending at k are endHits[endFirst[k] .. endFirst[k + 1]), in hit order. */
  private endFirst: number[] | null = null;
  private endHits: Hit[] | null = null;
  /** kind -> sentence -> its hits of that kind, as looked up (rules ask the same sentence once per hit). */
  private readonly sentRuns = new Map<string, Map<number, Hit[]>>();

  constructor(
    readonly commentId: number | null,
    readonly body: string,
    readonly lang: Lang | null,
    readonly tokens: Token[],
    readonly hits: Hit[],
    /** Whole comment: kind -> hits. */
    readonly kinds: Map<string, Hit[]>,
  ) {}

  /** Sentence index of each token. */
  get sent(): number[] {
    if (!this.sentIndex) {
      const tokens = this.tokens;
      const sent = new Array<number>(tokens.length);
      let s = 0;
      for (let i = 0; i < tokens.length; i++) {
        if (i > 0 && (tokens[i] as Token).brk === 2) s++;
        sent[i] = s;
      }
      this.sentIndex = sent;
    }
    return this.sentIndex;
  }

  /** The first hit ending at token k (exclusive end) whose kind is in `kinds`, in hit order. */
  firstEndingAt(k: number, kinds: ReadonlySet<string>): Hit | null {
    const first = this.endFirst ?? this.indexEnds();
    if (k < 0 || k + 1 >= first.length) return null;
    const hits = this.endHits as Hit[];
    for (let p = first[k] as number; p < (first[k + 1] as number); p++) {
      const h = hits[p] as Hit;
      if (kinds.has(h.e.kind)) return h;
    }
    return null;
  }

  /** The hits ending at token k, in hit order. */
  endingAt(k: number): Hit[] {
    const first = this.endFirst ?? this.indexEnds();
    if (k < 0 || k + 1 >= first.length) return [];
    return (this.endHits as Hit[]).slice(first[k], first[k + 1]);
  }

  /** The hits of `kind` in sentence s, in hit order. */
  inSentence(s: number, kind: string): Hit[] {
    const list = this.kinds.get(kind);
    if (list === undefined) return [];
    let runs = this.sentRuns.get(kind);
    if (runs === undefined) { runs = new Map(); this.sentRuns.set(kind, runs); }
    let run = runs.get(s);
    if (run === undefined) { run = this.runOf(list, s); runs.set(s, run); }
    return run;
  }

  /** The hits of `list` (one kind, in start order) in sentence s. */
  private runOf(list: Hit[], s: number): Hit[] {
    const sent = this.sent;
    // First hit of the kind whose sentence is >= s.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sent[(list[mid] as Hit).i] as number) < s) lo = mid + 1; else hi = mid;
    }
    let end = lo;
    while (end < list.length && sent[(list[end] as Hit).i] === s) end++;
    return list.slice(lo, end);
  }

  /** Counting sort of the hits by end token, stable. */
  private indexEnds(): number[] {
    const hits = this.hits;
    const first = new Array<number>(this.tokens.length + 2).fill(0);
    for (const h of hits) first[h.j + 1] = (first[h.j + 1] as number) + 1;
    for (let k = 1; k < first.length; k++) first[k] = (first[k] as number) + (first[k - 1] as number);
    const next = first.slice();
    const byEnd = new Array<Hit>(hits.length);
    for (const h of hits) byEnd[(next[h.j] as number)++] = h;
    this.endHits = byEnd;
    this.endFirst = first;
    return first;
  }
}
