/**
 * Word ids of the phrase patterns. Every word a pattern names gets a small integer id
 * when the pattern is compiled; a text's tokens get theirs when the text is read (-1: a
 * word with no id), so matching compares integers and reads bitsets instead of hashing
 * strings again and again.
 */
import { lookupWord, wordId } from '../text/vocabulary';

/** Ids live in the vocabulary the tokenizer reads (text/vocabulary.ts). */
export { lookupWord, wordId };

/**
 * A fixed set of word ids, as a bitset (bytes: every read stays a small integer). Ids are
 * given at construction (so every pattern word has one before any text is looked up);
 * the bitset itself is made on the first read, as many sets are never read.
 */
export class WordBits {
  private readonly ids: number[];
  private bits: Uint8Array | null = null;

  constructor(words: Iterable<string>) {
    this.ids = [];
    for (const w of words) this.ids.push(wordId(w));
  }

  /** The ids, in the order of the words given (never modified: shared). */
  list(): readonly number[] {
    return this.ids;
  }

  has(id: number): boolean {
    if (id < 0) return false;
    const bits = this.bits ?? this.build();
    const b = id >> 3;
    return b < bits.length && ((bits[b] as number) & (1 << (id & 7))) !== 0;
  }

  private build(): Uint8Array {
    let max = -1;
    for (const id of this.ids) if (id > max) max = id;
    const bits = new Uint8Array((max >> 3) + 1);
    for (const id of this.ids) bits[id >> 3] = (bits[id >> 3] as number) | (1 << (id & 7));
    this.bits = bits;
    return bits;
  }
}
