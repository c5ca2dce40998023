/**
 * The items one word can start, by the word after it. Most items of two tokens or more
 * need one of a few words second (secondWords: "je suis|reste ..."), so a position reads
 * the list for its next word and tries only those, instead of testing every item of the
 * first word ("je" starts 30). Lists keep entry order, so matches come out in the same
 * order.
 */
import type { CompiledPattern } from './pattern-compile';
import { secondWords } from './pattern-nfa';

export interface Starts<I> {
  /** Items with no second-word condition: what a position whose next word no item names tries. */
  open: I[];
  /** By the next token's word id: open plus the items whose second words hold it, in entry order. */
  bySecond: Map<number, I[]>;
  /** bySecond as an open-addressing table (word ids are small integers; -1: empty), read by listFor. */
  keys: Int32Array;
  lists: I[][];
}

/** The Starts of one word's items (in entry order): exact, as secondWords is a pre-check of the automaton. */
export function startsOf<I extends { p: CompiledPattern }>(items: readonly I[]): Starts<I> {
  const seconds = items.map((item) => (item.p.nfa ? secondWords(item.p.nfa) : null));
  const open = items.filter((_, k) => seconds[k] === null);
  const ids = new Set<number>();
  for (const second of seconds) if (second) for (const id of second.list()) ids.add(id);
  const bySecond = new Map<number, I[]>();
  for (const id of ids) bySecond.set(id, items.filter((_, k) => { const second = seconds[k] ?? null; return second === null || second.has(id); }));
  let size = 2;
  while (size < bySecond.size * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const lists = new Array<I[]>(size).fill(open);
  for (const [id, list] of bySecond) {
    let k = id & (size - 1);
    while (keys[k] !== -1) k = (k + 1) & (size - 1);
    keys[k] = id;
    lists[k] = list;
  }
  return { open, bySecond, keys, lists };
}

/** The items to try when the next token's word id is `next` (-1: none): bySecond.get(next) ?? open. */
export function listFor<I>(s: Starts<I>, next: number): I[] {
  if (next < 0) return s.open;
  const keys = s.keys;
  const mask = keys.length - 1;
  for (let k = next & mask; ; k = (k + 1) & mask) {
    const key = keys[k] as number;
    if (key === next) return s.lists[k] as I[];
    if (key === -1) return s.open;
  }
}
