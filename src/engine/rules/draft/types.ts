/**
 * Draft-check rule contract. A rule is one family of risky phrasing: its words live
 * in the lexicons (lexicons/<lang>/draft.ts, data only), its context guard here.
 */
import type { Lang } from '../../types';
import type { Token } from '../phrase';

export const DRAFT_RULE_IDS = [
  'draft.dont_know', 'draft.dont_care', 'draft.no_time', 'draft.your_kind', 'draft.know_nothing',
  'draft.dont_come_back', 'draft.you_are_wrong', 'draft.hurry_up', 'draft.wait', 'draft.calm_down',
  'draft.policy', 'draft.blame', 'draft.not_my_problem', 'draft.already_told',
] as const;
export type DraftRuleId = (typeof DRAFT_RULE_IDS)[number];
export const CUSTOM_RULE_ID = 'draft.custom';

/** A pattern, or a pattern with the suggestion that fits it better than the family's default. */
export type DraftPattern = string | readonly [pattern: string, suggestion: string];

export interface DraftFamily {
  /** Why it hurts, in the lexicon's language, our own words. */
  reason: string;
  /** Default replacement for the matched span. */
  suggestion: string;
  patterns: readonly DraftPattern[];
}

export type DraftLexicon = Readonly<Record<DraftRuleId, DraftFamily>>;

/** What a guard sees: the draft's tokens and the token range of the match. */
export interface MatchContext { tokens: readonly Token[]; from: number; to: number; lang: Lang }

export interface DraftRule {
  id: DraftRuleId;
  /** Return false to drop a match in this context (near misses). Absent: always keep. */
  accept?: (ctx: MatchContext) => boolean;
}
