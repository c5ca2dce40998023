/**
 * A character trie over [a-z0-9] words with a small bit of data per word (e.g. which
 * stopword lists hold it): a text is scanned char by char, words are never sliced out
 * nor hashed.
 */

const SYMBOLS = 36;

/** Symbol of an [a-z0-9] char code, -1 for any other (a word separator). */
export function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 22;
  return -1;
}

export class WordTrie {
  /** next[node * SYMBOLS + symbol]: child node, 0 = none (the root, node 0, is nobody's child). */
  private next = new Int32Array(SYMBOLS * 64);
  private data = new Uint8Array(64);
  private nodes = 1;

  /** Add `bits` to the data of `word` (lower-case [a-z0-9] only). */
  add(word: string, bits: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const s = symbolOf(word.charCodeAt(i));
      if (s < 0) throw new Error(`word-trie: "${word}" is not [a-z0-9]`);
      let child = this.next[node * SYMBOLS + s] as number;
      if (child === 0) { child = this.newNode(); this.next[node * SYMBOLS + s] = child; }
      node = child;
    }
    this.data[node] = (this.data[node] as number) | bits;
  }

  private newNode(): number {
    if (this.nodes === this.data.length) {
      const next = new Int32Array(this.next.length * 2); next.set(this.next); this.next = next;
      const data = new Uint8Array(this.data.length * 2); data.set(this.data); this.data = data;
    }
    return this.nodes++;
  }

  /** Child of `node` by `symbol`, 0 when none. */
  step(node: number, symbol: number): number {
    return this.next[node * SYMBOLS + symbol] as number;
  }

  /** Data of the word ending at `node` (0: not a word). */
  dataOf(node: number): number {
    return this.data[node] as number;
  }
}
