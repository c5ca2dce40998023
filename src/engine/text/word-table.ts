/**
 * A string -> small integer table for words looked up once per token. Token strings are
 * fresh slices of the text: V8's Map computes a fresh string's hash on its first lookup
 * (a runtime call), which costs more than the whole lookup here, where the hash is a
 * short loop over the word's char codes and a hit is one string comparison.
 */
import { typedString } from './typed-string';

/** FNV-1a over the UTF-16 units of s. */
function hashOf(word: string): number {
  const s = typedString(word);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}

export class WordTable {
  /** Open addressing, linear probing; null: an empty slot. Twice as many slots as words at least. */
  private keys: (string | null)[];
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 256) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Array<string | null>(size).fill(null);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of `word`, or -1 when absent. */
  get(word: string): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let k = hashOf(word) & mask; ; k = (k + 1) & mask) {
      const key = keys[k];
      if (key === null) return -1;
      if (key === word) return this.values[k] as number;
    }
  }

  /** Set the value (a non-negative integer) of `word`. */
  set(word: string, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.mask;
    let k = hashOf(word) & mask;
    for (;;) {
      const key = this.keys[k];
      if (key === null) { this.keys[k] = word; this.count++; break; }
      if (key === word) break;
      k = (k + 1) & mask;
    }
    this.values[k] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const size = keys.length * 2;
    this.keys = new Array<string | null>(size).fill(null);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key !== null && key !== undefined) this.set(key, values[k] as number);
    }
  }
}
