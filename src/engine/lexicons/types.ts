/**
 * Lexicon data format. A term is plain text, folded and tokenised like ticket text, so
 * accents, case and apostrophes do not matter ("t'es" == "t es" == "T’es"). "(x)" marks an
 * optional part: "connard(s)", "enculé(e)(s)". Multi-word terms match consecutive tokens.
 *
 * kind: what the term is evidence of; rules read kinds, never raw words. Kinds are
 * "<area>.<role>", e.g. "ins.strong" (an insult by itself), "ins.weak" (an insult only
 * when aimed at someone: "bande de nazes"), "ctx.neg" (negation), "race.group"...
 * sev: 1 mild, 2 clear, 3 severe, 4 violent (threats of violence).
 * strict: the term is a homograph in the other language ("retard", "con", "pet"): it only
 * counts in a comment detected as the lexicon's language.
 * notNext / notPrev: tokens that cancel a match when they follow / precede it
 * ("raton" + "laveur", "en" + "retard", "screw you" + "over").
 * cap: the first word must be capitalised in the original (nationality nouns vs adjectives).
 */
import type { Lang } from '../types';

export type Severity = 1 | 2 | 3 | 4;

export interface LexEntry {
  t: string | readonly string[];
  k: string;
  s?: Severity;
  strict?: boolean;
  notNext?: readonly string[];
  notPrev?: readonly string[];
  /** Only when the first word is capitalised in the original ("Poles", "les Chinois": people, not tent poles or "le manuel chinois"). */
  cap?: boolean;
}

export interface LexiconSet {
  lang: Lang;
  /** Short name of the list, e.g. "insult". */
  name: string;
  entries: readonly LexEntry[];
}

/**
 * Shorthand: many terms sharing one kind/severity, as one entry listing them (the
 * matcher reads each term of an entry on its own): one object per list, not per term,
 * keeps the engine's module start cheap.
 */
export function terms(k: string, list: readonly string[], extra: Omit<LexEntry, 't' | 'k'> = {}): LexEntry[] {
  return [{ t: list, k, ...extra }];
}
