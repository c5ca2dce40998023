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

/** A fixed set of word ids, as a bitset (bytes: every read stays a small integer). */
export class WordBits {
  private readonly bits: Uint8Array;

  constructor(words: Iterable<string>) {
    const ids = [...words].map(wordId);
    this.bits = new Uint8Array((Math.max(-1, ...ids) >> 3) + 1);
    for (const id of ids) this.bits[id >> 3] = (this.bits[id >> 3] as number) | (1 << (id & 7));
  }

  has(id: number): boolean {
    if (id < 0) return false;
    const b = id >> 3;
    return b < this.bits.length && ((this.bits[b] as number) & (1 << (id & 7))) !== 0;
  }
}
