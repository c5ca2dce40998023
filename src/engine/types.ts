/**
 * The engine's output contract, shared by the CLI (JSON), the sidebar and the
 * evaluation. Ids are exactly those of shared/taxonomy.md.
 */
export const COMPLAINT_TYPES = ['active_hater', 'extreme_critic', 'lapsed_loyal', 'passionate', 'none'] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

export const INCIDENT_CATEGORIES = ['insult', 'racism', 'sexism', 'discrimination', 'flirting', 'threat', 'trolling', 'harassment', 'scope_abuse'] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type Stage = 1 | 2 | 3 | 4;

/** A half-open range [start, end) into one comment body (or the draft); body.slice(start, end) === text. */
export interface Span { text: string; start: number; end: number }

/** A piece of evidence: a span of one requester comment and the rule that found it. */
export interface Evidence extends Span { commentId: number | null; ruleId: string }

/** A fact from the requester's history that weighed in the complaint type. */
export interface HistoryFact {
  /** Stable id, e.g. "customer_since", "tickets", "rated_good", "rated_bad", "boundary_tags". */
  kind: string;
  /** The number behind the fact (years, count...). */
  value: number;
  /** Which type the fact pushes toward. */
  supports: ComplaintType;
}

export interface ComplaintResult {
  type: ComplaintType;
  /** In [0, 1]. */
  confidence: number;
  evidence: Evidence[];
  facts: HistoryFact[];
  /** Strategy id: the type itself ("none" included); texts come from adviceFor(). */
  strategy: string;
}

export interface Incident {
  category: IncidentCategory;
  stage: Stage;
  commentId: number | null;
  evidence: Span[];
  /** Action id "<category>.<stage>"; texts come from adviceFor(). */
  action: string;
  /** The tag to write, with the admin's prefix, e.g. "boundary_insult". */
  tag: string;
  ruleIds: string[];
}

/** A risky phrase in the agent's draft. */
export interface DraftFinding extends Span {
  ruleId: string;
  /** Why it hurts, in the draft's language. */
  reason: string;
  /** What to write instead, in the draft's language (replaces exactly [start, end)). */
  suggestion: string;
  lang: Lang;
}

export interface Analysis {
  ticketId: number | null;
  /** Language of the requester's words (fallback: requester locale, then "en"). */
  language: Lang;
  complaintType: ComplaintResult;
  incidents: Incident[];
  /** Tags the engine advises writing (incident tags, and the type tag when enabled). */
  tags: string[];
  /** Stable warning codes: "no_requester", "no_comments", "history_partial", "text_truncated"... */
  warnings: string[];
}

export interface EngineOptions {
  tagPrefix: string;
  /** Incident categories that are on. */
  categories: readonly IncidentCategory[];
  /** When set, the complaint type is also proposed as a tag "<typeTagPrefix><type>". */
  typeTagPrefix: string | null;
  /** Languages the admin enabled; other languages fall back to the first one. */
  languages: readonly Lang[];
  /** Longest text analysed per comment, in characters; the rest is skipped and reported. */
  maxCommentChars: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  tagPrefix: 'boundary_',
  categories: INCIDENT_CATEGORIES,
  typeTagPrefix: null,
  languages: LANGS,
  maxCommentChars: 200_000,
};

/** A custom risky-phrase pair from the admin settings. */
export interface PhrasePair { avoid: string; instead: string; lang: Lang | null }
