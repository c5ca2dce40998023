/**
 * A string -> small integer table for words looked up once per token. Token strings are
 * fresh slices of the text: V8's Map computes a fresh string's hash on its first lookup
 * (a runtime call), which costs more than the whole lookup here, where the hash is a
 * short loop over the word's char codes and a hit is one string comparison.
 *
 * Each slot keeps its word's full hash, so a probe passes over other words without
 * comparing strings, and its char codes in a pool: `findCodes` looks up a word given as
 * char codes (a tokenizer's buffer, filled as it reads the text, with the hash computed
 * on the way), comparing typed-array entries; a tokenizer then neither slices nor
 * lower-cases the words the table holds, nor reads their characters twice (a charCodeAt
 * on a string costs several times a typed-array read).
 */
import { typedString } from './typed-string';

/** FNV-1a over UTF-16 units, in steps: start from FNV_OFFSET, mix each unit with hashStep, end with hashEnd. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}
export function hashEnd(h: number): number {
  return h ^ (h >>> 16);
}

/** hashEnd of the steps over every unit of s. */
export function hashOf(word: string): number {
  const s = typedString(word); // see typedString
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return hashEnd(h);
}

export class WordTable {
  /** Open addressing, linear probing; null: an empty slot. Twice as many slots as words at least. */
  private keys: (string | null)[];
  private hashes: Int32Array;
  private values: Int32Array;
  /** Where each slot's word sits in `pool`, and its length. */
  private offsets: Int32Array;
  private lengths: Int32Array;
  /** The words' char codes, back to back (a word set twice keeps its first copy). */
  private pool = new Uint16Array(1024);
  private poolEnd = 0;
  private mask: number;
  private count = 0;

  constructor(capacity = 256) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Array<string | null>(size).fill(null);
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size);
    this.offsets = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of `word`, or -1 when absent. */
  get(word: string): number {
    const keys = this.keys;
    const mask = this.mask;
    const h = hashOf(word);
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const key = keys[k];
      if (key === null) return -1;
      if (this.hashes[k] === h && key === word) return this.values[k] as number;
    }
  }

  /**
   * The slot of the word whose char codes are codes[0, length), -1 when absent. `hash`:
   * hashEnd of the steps over those codes.
   */
  findCodes(codes: Uint16Array, length: number, hash: number): number {
    const keys = this.keys;
    const hashes = this.hashes;
    const pool = this.pool;
    const mask = this.mask;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      if (keys[k] === null) return -1;
      if (hashes[k] !== hash || this.lengths[k] !== length) continue;
      const at = this.offsets[k] as number;
      let j = 0;
      while (j < length && codes[j] === pool[at + j]) j++;
      if (j === length) return k;
    }
  }

  /** The word in a slot findCodes gave. */
  keyAt(slot: number): string {
    return this.keys[slot] as string;
  }

  /** The value in a slot findCodes gave. */
  valueAt(slot: number): number {
    return this.values[slot] as number;
  }

  /** Set the value (a non-negative integer) of `word`. */
  set(word: string, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.mask;
    const h = hashOf(word);
    let k = h & mask;
    for (;;) {
      const key = this.keys[k];
      if (key === null) { this.keys[k] = word; this.hashes[k] = h; this.place(k, word); this.count++; break; }
      if (this.hashes[k] === h && key === word) break;
      k = (k + 1) & mask;
    }
    this.values[k] = value;
  }

  /** Copy the word's char codes into the pool for slot k. */
  private place(k: number, word: string): void {
    const s = typedString(word); // see typedString
    if (this.poolEnd + s.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolEnd + s.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let j = 0; j < s.length; j++) this.pool[this.poolEnd + j] = s.charCodeAt(j);
    this.offsets[k] = this.poolEnd;
    this.lengths[k] = s.length;
    this.poolEnd += s.length;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const size = keys.length * 2;
    this.keys = new Array<string | null>(size).fill(null);
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size);
    this.offsets = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.pool = new Uint16Array(this.pool.length);
    this.poolEnd = 0;
    this.mask = size - 1;
    this.count = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key !== null && key !== undefined) this.set(key, values[k] as number);
    }
  }
}
