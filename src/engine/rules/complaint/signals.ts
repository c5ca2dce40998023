/**
 * Lexicon matching for the complaint signals: runs one family's patterns over the
 * requester's own words and returns evidence, with the guards every family shares
 * (negation before warm words, hypotheticals before churn, questions, old years).
 */
import type { Evidence } from '../../types';
import { PatternSet, compilePattern, replay, sentenceOf, type Candidate, type CompiledPattern, type Token, type PatternMatch } from '../phrase';
import type { ComplaintLexicon, SignalFamily, TextUnit } from './types';

export const FAMILIES: readonly SignalFamily[] = ['hostility', 'rejection', 'defect', 'tenure', 'thenNow', 'praisePast', 'churn', 'disappointment', 'affection', 'warmth', 'suggestion', 'problem', 'irritation'];

/**
 * The given families of a lexicon in one set (by default all, so each text is scanned
 * once). A family's candidates are the same in any set holding it: a set tries its
 * patterns in entry order, and leaving other families out keeps that order.
 */
/** A lexicon's patterns compiled once for all its sets (the history subjects' set repeats three families). */
const compiledBy = new WeakMap<ComplaintLexicon, (source: string) => CompiledPattern>();
function compilerOf(lex: ComplaintLexicon): (source: string) => CompiledPattern {
  let compile = compiledBy.get(lex);
  if (!compile) {
    const memo = new Map<string, CompiledPattern>();
    compile = (source) => {
      let p = memo.get(source);
      if (!p) { p = compilePattern(source); memo.set(source, p); }
      return p;
    };
    compiledBy.set(lex, compile);
  }
  return compile;
}

const sets = new WeakMap<ComplaintLexicon, Map<readonly SignalFamily[], PatternSet<SignalFamily>>>();
function lexiconSet(lex: ComplaintLexicon, families: readonly SignalFamily[]): PatternSet<SignalFamily> {
  let byFamilies = sets.get(lex);
  if (!byFamilies) { byFamilies = new Map(); sets.set(lex, byFamilies); }
  let set = byFamilies.get(families);
  if (!set) {
    set = new PatternSet(families.flatMap((family) => lex[family].map((source) => ({ source, data: family }))), compilerOf(lex));
    byFamilies.set(families, set);
  }
  return set;
}

/**
 * Candidates per unit and lexicon, computed on first use: the first lexicon's on the unit
 * itself (the usual case: one lexicon per unit), any other in a side table.
 */
const scanned = new WeakMap<TextUnit, Map<PatternSet<SignalFamily>, Map<SignalFamily, Candidate<SignalFamily>[]>>>();
const byFamily = (f: SignalFamily): SignalFamily => f;
function candidates(unit: TextUnit, lex: ComplaintLexicon, families: readonly SignalFamily[]): Map<SignalFamily, Candidate<SignalFamily>[]> {
  const set = lexiconSet(lex, families);
  const own = unit.scanned;
  if (own && own.set === set) return own.byFamily;
  if (!own) {
    const c = set.candidates(unit.tokens, byFamily);
    unit.scanned = { set, byFamily: c };
    return c;
  }
  let bySet = scanned.get(unit);
  if (!bySet) { bySet = new Map(); scanned.set(unit, bySet); }
  let c = bySet.get(set);
  if (!c) { c = set.candidates(unit.tokens, byFamily); bySet.set(set, c); }
  return c;
}

const NEGATORS = new Set(['ne', 'n', 'pas', 'plus', 'jamais', 'not', 't', 'never', 'no', 'nor', 'don', 'didn', 'doesn', 'isn', 'wasn', 'dont', 'didnt']);

/** "de plus", "en plus" (moreover, "une fois de plus"): "plus" there negates nothing. */
const PLUS_NOT_NEGATING = new Set(['de', 'en']);

/** A negator in the two tokens before the match (same clause). */
export function negatedBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = 1; k <= 2; k++) {
    const t = tokens[from - k];
    const inner = tokens[from - k + 1] as Token;
    if (!t || inner.gap >= 1) return false;
    if (NEGATORS.has(t.norm)) {
      const before = tokens[from - k - 1];
      if (t.norm === 'plus' && before && t.gap === 0 && PLUS_NOT_NEGATING.has(before.norm)) continue;
      return true;
    }
  }
  return false;
}

/** The sentence holding token i ends with a question mark. */
export function inQuestion(unit: TextUnit, i: number): boolean {
  const s = sentenceOf(unit.tokens, i);
  const last = unit.tokens[s.to - 1] as Token;
  const next = unit.tokens[s.to];
  const stop = next ? next.start : unit.end;
  const tail = unit.body.slice(last.end, stop);
  return tail.includes('?');
}

/** A hypothetical word ("if", "si") in the three tokens before the match, same clause. */
export function hypotheticalBefore(unit: TextUnit, from: number, words: readonly string[]): boolean {
  const set = new Set(words.filter((w) => !w.includes(' ')));
  for (let k = 1; k <= 3; k++) {
    const t = unit.tokens[from - k];
    const inner = unit.tokens[from - k + 1] as Token;
    if (!t || inner.gap >= 1) return false;
    if (set.has(t.norm)) return true;
  }
  return false;
}

export interface FamilyMatch { unit: TextUnit; m: PatternMatch<SignalFamily>; evidence: Evidence }

export type Guard = (unit: TextUnit, m: PatternMatch<SignalFamily>) => boolean;

/** Every match of one family in the units, as evidence with the given rule id. */
/**
 * `families`: the set scanned for the candidates (it must hold `family`); units read for
 * a few families only (history subjects) scan a smaller set with the same results.
 */
export function matchFamily(units: readonly TextUnit[], lex: ComplaintLexicon, family: SignalFamily, ruleId: string, guard?: Guard, families: readonly SignalFamily[] = FAMILIES): FamilyMatch[] {
  const out: FamilyMatch[] = [];
  for (const unit of units) {
    const accept = guard ? (mm: PatternMatch<SignalFamily>): boolean => guard(unit, mm) : undefined;
    for (const m of replay(candidates(unit, lex, families).get(family), accept)) {
      const start = (unit.tokens[m.from] as Token).start;
      const end = (unit.tokens[m.to - 1] as Token).end;
      out.push({ unit, m, evidence: { text: unit.body.slice(start, end), start, end, commentId: unit.commentId, ruleId } });
    }
  }
  return out;
}

/** Latest 4-digit year (1950-2099) among the matched tokens, or null. */
export function yearIn(unit: TextUnit, m: { from: number; to: number }): number | null {
  let y: number | null = null;
  for (let i = m.from; i < m.to; i++) {
    const n = (unit.tokens[i] as Token).norm;
    if (/^\d{4}$/.test(n)) { const v = Number(n); if (v >= 1950 && v <= 2099) y = v; }
  }
  return y;
}
