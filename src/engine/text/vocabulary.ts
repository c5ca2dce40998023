/**
 * The words the phrase patterns name (and a few word lists rules test tokens against),
 * each with a small integer id given on first sight. The tokenizer looks every word up
 * here as it reads it (text/phrase-tokens.ts), so a token carries its id and, for a
 * known word, the table's own string as its norm: matching then compares integers, and
 * Set lookups on such a norm find its hash already computed.
 */
import { WordTable } from './word-table';

/** Every token is looked up here: a WordTable, not a Map (see word-table.ts). */
export const VOCABULARY = new WordTable(4096);

/**
 * The same ids in a Map, for wordId: compiling the lexicons asks for pattern words many
 * thousand times while the engine starts, mostly the lexicons' own string literals, whose
 * hash V8 already holds; the table's hash is a loop run in the interpreter then.
 */
const BY_WORD = new Map<string, number>();

/** The id of a word, assigned on first sight. */
export function wordId(word: string): number {
  let id = BY_WORD.get(word);
  if (id === undefined) {
    id = BY_WORD.size;
    BY_WORD.set(word, id);
    VOCABULARY.set(word, id);
  }
  return id;
}

/** The id of a word, or -1 when it has none. */
export function lookupWord(word: string): number {
  return VOCABULARY.get(word);
}

/**
 * What a token stores for a word without an id: -1 - (the number of ids then). Ids only
 * grow, so the miss still holds while no id was added since (knownMiss); a set built
 * after the text was read (new pattern words) looks the word up again.
 */
export function missMark(): number {
  return -1 - BY_WORD.size;
}

/** The id of a token's word from what the tokenizer stored (its id or its miss mark), -1 when none. */
export function storedWordId(stored: number, norm: string): number {
  if (stored >= 0) return stored;
  return stored === -1 - BY_WORD.size ? -1 : VOCABULARY.get(norm);
}
