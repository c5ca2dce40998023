/**
 * Phrase patterns over word tokens: the small matching language shared by the
 * complaint signals and the draft checker. Lexicons stay data (strings); they are
 * compiled once (pattern-compile.ts) and matched in time linear in the text
 * (pattern-match.ts: each pattern is bounded; pattern-set.ts: every start position is
 * tried once, only with the patterns that can match there). Tokens: text/phrase-tokens.ts.
 *
 * Pattern syntax (tokens are accent- and case-folded words, apostrophes split words):
 *   `je ne sais pas`          literal words
 *   `sais|sait`               one token, alternatives
 *   `(ne|n)?`                 optional slot
 *   `(do not|don t|dont)`     multi-word alternatives
 *   `decu*`                   prefix: any token starting with "decu"
 *   `#num` `#year`            a number, a 4-digit year (1950-2099)
 *   `_`                       any one token (a guard usually checks it)
 *   `~2`                      a gap of 0 to 2 arbitrary tokens
 *   `^ avant`                 (first item only) the match starts a sentence or clause
 * A match never crosses a sentence or clause boundary (. ! ? ; : or a new line).
 */

import type { Token } from '../text/phrase-tokens';
import type { TokenMatch } from './pattern-match';

export { fold, tokenize, tokenizeRange, type Token } from '../text/phrase-tokens';
export { compilePattern, type CompiledPattern } from './pattern-compile';
export { matchAt, type TokenMatch } from './pattern-match';
export { PatternSet, replay, type Candidate, type PatternMatch } from './pattern-set';

/** Character span of a token range. */
export function spanOf(text: string, tokens: readonly Token[], m: TokenMatch): { text: string; start: number; end: number } {
  const start = (tokens[m.from] as Token).start;
  const end = (tokens[m.to - 1] as Token).end;
  return { text: text.slice(start, end), start, end };
}

/** Index range of the sentence around token i: [first token, last token + 1). */
export function sentenceOf(tokens: readonly Token[], i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && (tokens[from] as Token).gap < 3) from--;
  let to = i + 1;
  while (to < tokens.length && (tokens[to] as Token).gap < 3) to++;
  return { from, to };
}
