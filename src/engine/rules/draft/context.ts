/** Small context helpers shared by the draft rules' guards. */
import type { Token } from '../phrase';
import { sentenceOf } from '../phrase';
import type { MatchContext } from './types';

/** Folded word k tokens before the match (1 = just before), or '' at a sentence start. */
export function before(ctx: MatchContext, k = 1): string {
  for (let j = 0; j < k; j++) {
    const t = ctx.tokens[ctx.from - j];
    if (!t || t.gap >= 2) return '';
  }
  return ctx.tokens[ctx.from - k]?.norm ?? '';
}

/** Folded word k tokens after the match (1 = just after), or '' past a clause end. */
export function after(ctx: MatchContext, k = 1): string {
  for (let j = 0; j < k; j++) {
    const t = ctx.tokens[ctx.to + j];
    if (!t || t.gap >= 2) return '';
  }
  return ctx.tokens[ctx.to + k - 1]?.norm ?? '';
}

/** The match starts a sentence or clause, or follows a comma. */
export function atClauseStart(ctx: MatchContext): boolean {
  const t = ctx.tokens[ctx.from] as Token;
  return ctx.from === 0 || t.gap >= 1;
}

/** Folded words of the sentence around the match: before it and after it. */
export function sentenceWords(ctx: MatchContext): { before: string[]; after: string[] } {
  const s = sentenceOf(ctx.tokens, ctx.from);
  return {
    before: ctx.tokens.slice(s.from, ctx.from).map((t) => t.norm),
    after: ctx.tokens.slice(ctx.to, Math.max(ctx.to, sentenceOf(ctx.tokens, Math.max(ctx.from, ctx.to - 1)).to)).map((t) => t.norm),
  };
}

/** Does the folded word list contain this folded phrase (space-separated)? */
export function hasPhrase(words: readonly string[], phrase: string): boolean {
  const p = phrase.split(' ');
  outer: for (let i = 0; i + p.length <= words.length; i++) {
    for (let j = 0; j < p.length; j++) if (words[i + j] !== p[j]) continue outer;
    return true;
  }
  return false;
}

export function hasAnyPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  return phrases.some((p) => hasPhrase(words, p));
}

/**
 * Imperative use of a verb: at a clause start, or right after a softener ("please
 * wait", "just wait", "and wait") with no first-person subject earlier in the sentence.
 */
export function imperative(ctx: MatchContext, softeners: ReadonlySet<string>, firstPerson: ReadonlySet<string>): boolean {
  if (atClauseStart(ctx)) return true;
  const prev = before(ctx);
  if (!softeners.has(prev)) return false;
  const { before: words } = sentenceWords(ctx);
  return !words.some((w) => firstPerson.has(w));
}
