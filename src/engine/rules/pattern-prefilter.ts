/**
 * Cheap, exact pre-checks of a pattern, so a PatternSet tries only the patterns that
 * can match: the tokens that can start it (FirstSet), and the words a text must contain
 * somewhere for it to match at all (requiredWords). Both only ever rule out positions
 * or texts where matchAt would fail anyway.
 */
import type { Token } from '../text/phrase-tokens';
import type { Slot } from './pattern-compile';
import { startsWithDigit } from './pattern-match';

/** What can start a match of a pattern: some words, or (wild) prefixes, numbers, anything. */
export interface FirstSet { words: Set<string>; prefixes: string[]; num: boolean; any: boolean }

/** Tokens that can start a match of slots[k..]: lets a set skip patterns quickly. */
export function firstSet(slots: readonly Slot[], k: number, acc: FirstSet = { words: new Set(), prefixes: [], num: false, any: false }): FirstSet {
  for (let j = k; j < slots.length; j++) {
    const slot = slots[j] as Slot;
    if (slot.kind === 'gap') { acc.any = true; return acc; }
    if (slot.kind === 'tok') {
      const t = slot.test;
      t.words.forEach((w) => acc.words.add(w));
      acc.prefixes.push(...t.prefixes);
      acc.num ||= t.num || t.year;
      acc.any ||= t.any;
    } else {
      for (const alt of slot.alts) firstSet(alt, 0, acc);
    }
    if (!slot.optional) return acc;
  }
  acc.any = true; // everything optional: can start anywhere
  return acc;
}

export function isWild(f: FirstSet): boolean {
  return f.any || f.num || f.prefixes.length > 0;
}

/** Can token t start a match? (exact: a pattern never matches where this is false) */
export function mayStart(f: FirstSet, t: Token): boolean {
  if (f.any || f.words.has(t.norm)) return true;
  if (f.num && startsWithDigit(t.norm)) return true;
  for (const p of f.prefixes) if (t.norm.startsWith(p)) return true;
  return false;
}

/**
 * Word id lists (at most 3, shortest first) of which a text must hold at least one word
 * each for the pattern to match anywhere: its required one-token slots, and its required
 * groups whose every alternative has such a list of its own (each slot's `req`).
 */
export function requiredIds(slots: readonly Slot[]): readonly (readonly number[])[] {
  // Stable insertion by length (a pattern has a few lists; no sort call with a comparator).
  const out: (readonly number[])[] = [];
  for (const slot of slots) {
    if (slot.kind === 'gap' || slot.optional || !slot.req) continue;
    const r = slot.req;
    let k = out.length;
    out.push(r);
    while (k > 0 && (out[k - 1] as readonly number[]).length > r.length) { out[k] = out[k - 1] as readonly number[]; k--; }
    out[k] = r;
  }
  return out.length > 3 ? out.slice(0, 3) : out;
}
