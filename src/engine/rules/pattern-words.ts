/**
 * Word ids of the phrase patterns. Every word a pattern names gets a small integer id
 * when the pattern is compiled; a text's tokens are looked up once per scan (-1: a word
 * no pattern names), so matching compares integers and reads bitsets instead of hashing
 * strings again and again.
 */
import { WordTable } from '../text/word-table';

/** Every token of every scan is looked up here: a WordTable, not a Map (see word-table.ts). */
const IDS = new WordTable(4096);

/**
 * The same ids in a Map, for wordId: compiling the lexicons asks for pattern words many
 * thousand times while the engine starts, mostly the lexicons' own string literals, whose
 * hash V8 already holds; the table's hash is a loop run in the interpreter then.
 */
const BY_WORD = new Map<string, number>();

/** The id of a pattern word, assigned on first sight. */
export function wordId(word: string): number {
  let id = BY_WORD.get(word);
  if (id === undefined) {
    id = BY_WORD.size;
    BY_WORD.set(word, id);
    IDS.set(word, id);
  }
  return id;
}

/** The id of a text word, or -1 when no pattern names it. */
export function lookupWord(word: string): number {
  return IDS.get(word);
}

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
