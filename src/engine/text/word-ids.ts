/**
 * Numbers for the phrase matcher's key words, so a token is read once into an integer
 * and each trie step is an integer probe instead of a string-keyed Map lookup (a fresh
 * token string costs a hash and a string compare per Map).
 *
 * The tokeniser hashes each word while it scans its units (hashUnit) and looks the hash
 * up here (idOfHash): one probe in a small open-addressing table, then a compare of the
 * units with the stored word's units. No token string is read, and the table (a few
 * hundred KB for the lexicons' words) stays in cache where a character trie did not.
 * Every matcher files its keys in the one shared table (KEY_WORDS), so a token's id means
 * the same word to any matcher.
 *
 * Words are added as the matcher files its keys, which it does lazily, so a word can be
 * absent when first looked up and present later. An absent word answers -size (size: the
 * number of words, plus one); such an answer stays true while the size is unchanged
 * (`current`), and must be asked again once it is not.
 */
import { typedString } from './typed-string';

/** FNV-1a over UTF-16 units: the hash of the empty word, then one unit more. */
export const HASH_START = 0x811c9dc5 | 0;
export function hashUnit(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

export class WordIds {
  /** The units of every word, one after the other. */
  private units = new Uint16Array(4096);
  private used = 0;
  private readonly words: string[] = [''];
  /**
   * Open addressing, linear probing, at most half full: per slot, 4 ints (one cache line
   * holds a probe's reads): the word's id (0: an empty slot), hash, first unit, length.
   */
  private slots = new Int32Array(1024 * 4);

  /** The id of `word` (not empty), added when absent: a positive integer. */
  add(word: string): number {
    if (word.length === 0) throw new Error('word-ids: empty word');
    const w = typedString(word);
    let h = HASH_START;
    for (let i = 0; i < w.length; i++) h = hashUnit(h, w.charCodeAt(i));
    const found = this.findString(h, w);
    if (found > 0) return found;
    const id = this.words.length;
    if (this.used + w.length > this.units.length) {
      const bigger = new Uint16Array(Math.max(this.units.length * 2, this.used + w.length));
      bigger.set(this.units);
      this.units = bigger;
    }
    for (let i = 0; i < w.length; i++) this.units[this.used + i] = w.charCodeAt(i);
    this.words.push(word);
    if (this.words.length * 2 * 4 > this.slots.length) this.rehash();
    this.place(id, h, this.used, w.length);
    this.used += w.length;
    return id;
  }

  /** The id of `word` when it was added, else -size. */
  id(word: string): number {
    const w = typedString(word);
    let h = HASH_START;
    for (let i = 0; i < w.length; i++) h = hashUnit(h, w.charCodeAt(i));
    const found = this.findString(h, w);
    return found > 0 ? found : -this.words.length;
  }

  /**
   * id() of the word in units [a, b) of `codes`, whose hash (hashUnit over them from
   * HASH_START) the caller already has.
   */
  idOfHash(h: number, codes: Uint16Array, a: number, b: number): number {
    const slots = this.slots;
    const mask = slots.length - 4;
    const n = b - a;
    for (let s = (slotOf(h) << 2) & mask; ; s = (s + 4) & mask) {
      const id = slots[s] as number;
      if (id === 0) return -this.words.length;
      if (slots[s + 1] === h && slots[s + 3] === n) {
        const units = this.units;
        const off = (slots[s + 2] as number) - a;
        let k = a;
        while (k < b && units[off + k] === codes[k]) k++;
        if (k === b) return id;
      }
    }
  }

  /**
   * id() of the squeezed form of units [a, b) of `codes` (every unit equal to the one
   * before it skipped), whose hash the caller already has (hashUnit over the kept units)
   * and its length `n`.
   */
  idOfSqueezed(h: number, n: number, codes: Uint16Array, a: number, b: number): number {
    const slots = this.slots;
    const mask = slots.length - 4;
    for (let s = (slotOf(h) << 2) & mask; ; s = (s + 4) & mask) {
      const id = slots[s] as number;
      if (id === 0) return -this.words.length;
      if (slots[s + 1] === h && slots[s + 3] === n && this.sameSqueezed(slots[s + 2] as number, codes, a, b)) return id;
    }
  }

  /**
   * The word added with id `id` (positive). The tokeniser takes it as a key word's text
   * instead of slicing a copy: no allocation, and the stored string already carries its
   * hash for the Maps and Sets that later look the word up.
   */
  wordOf(id: number): string {
    return this.words[id] as string;
  }

  /** Whether an answer of id() is still true (an absence is only as recent as the last addition). */
  current(id: number): boolean {
    return id > 0 || id === -this.words.length;
  }

  /** Number of words plus one: changes whenever a word is added that was not there. */
  get size(): number {
    return this.words.length;
  }

  private findString(h: number, w: string): number {
    const slots = this.slots;
    const mask = slots.length - 4;
    for (let s = (slotOf(h) << 2) & mask; ; s = (s + 4) & mask) {
      const id = slots[s] as number;
      if (id === 0) return 0;
      if (slots[s + 1] === h && this.words[id] === w) return id;
    }
  }

  private sameSqueezed(first: number, codes: Uint16Array, a: number, b: number): boolean {
    const units = this.units;
    let p = first;
    for (let k = a; k < b; k++) {
      const c = codes[k] as number;
      if (k > a && c === codes[k - 1]) continue;
      if (units[p++] !== c) return false;
    }
    return true;
  }

  private place(id: number, h: number, first: number, length: number): void {
    const slots = this.slots;
    const mask = slots.length - 4;
    let s = (slotOf(h) << 2) & mask;
    while (slots[s] !== 0) s = (s + 4) & mask;
    slots[s] = id;
    slots[s + 1] = h;
    slots[s + 2] = first;
    slots[s + 3] = length;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 4) {
      if (old[s] !== 0) this.place(old[s] as number, old[s + 1] as number, old[s + 2] as number, old[s + 3] as number);
    }
  }
}

/** Slot of a hash: its high bits mixed in (the low bits of FNV alone cluster). */
function slotOf(h: number): number {
  return h ^ (h >>> 15);
}

/** The key words of every phrase matcher, so token ids are read once for all of them. */
export const KEY_WORDS = new WordIds();
