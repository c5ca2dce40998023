/**
 * One requester comment prepared for the incident rules: its tokens, its lexicon hits
 * (in start order) and the hits by kind. The indexes by sentence and by end token are
 * built on first use, as plain arrays of small integers: most comments run no rule or only
 * some of them, and a Map of arrays per index cost more than the lookups they served.
 * (Not typed arrays: allocating one of more than a few elements is a costly runtime call.)
 */
import type { Lang } from '../../types';
import type { Hit } from '../../text/matcher';
import type { Token } from '../../text/tokens';

export class Doc {
  private sentIndex: number[] | null = null;
  /** Hits by end token: those ending at k are endHits[endFirst[k] .. endFirst[k + 1]), in hit order. */
  private endFirst: number[] | null = null;
  private endHits: Hit[] | null = null;
  /** Hits by sentence: those of sentence s are hits[sentFirst[s] .. sentFirst[s + 1]) (hits are in start order). */
  private sentFirst: number[] | null = null;

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
    const out: Hit[] = [];
    const first = this.sentFirst ?? this.indexSentences();
    if (s < 0 || s + 1 >= first.length) return out;
    const hits = this.hits;
    for (let p = first[s] as number; p < (first[s + 1] as number); p++) {
      const h = hits[p] as Hit;
      if (h.e.kind === kind) out.push(h);
    }
    return out;
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

  /** Where each sentence's hits start (one more entry: the end). */
  private indexSentences(): number[] {
    const sent = this.sent;
    const hits = this.hits;
    const count = sent.length > 0 ? (sent[sent.length - 1] as number) + 1 : 0;
    const first = new Array<number>(count + 1).fill(0);
    for (const h of hits) {
      const s = (sent[h.i] as number) + 1;
      first[s] = (first[s] as number) + 1;
    }
    for (let s = 1; s < first.length; s++) first[s] = (first[s] as number) + (first[s - 1] as number);
    this.sentFirst = first;
    return first;
  }
}
