/**
 * Word ids of the phrase patterns. Every word a pattern names gets a small integer id
 * when the pattern is compiled; a text's tokens are looked up once per scan (-1: a word
 * no pattern names), so matching compares integers and reads bitsets instead of hashing
 * strings again and again.
 */

const IDS = new Map<string, number>();

/** The id of a pattern word, assigned on first sight. */
export function wordId(word: string): number {
  let id = IDS.get(word);
  if (id === undefined) { id = IDS.size; IDS.set(word, id); }
  return id;
}

/** The id of a text word, or -1 when no pattern names it. */
export function lookupWord(word: string): number {
  return IDS.get(word) ?? -1;
}

/** A fixed set of word ids, as a bitset. */
export class WordBits {
  private readonly bits: Uint32Array;

  constructor(words: Iterable<string>) {
    const ids = [...words].map(wordId);
    this.bits = new Uint32Array((Math.max(-1, ...ids) >> 5) + 1);
    for (const id of ids) this.bits[id >> 5] = (this.bits[id >> 5] as number) | (1 << (id & 31));
  }

  has(id: number): boolean {
    if (id < 0) return false;
    const w = id >> 5;
    return w < this.bits.length && ((this.bits[w] as number) & (1 << (id & 31))) !== 0;
  }
}
