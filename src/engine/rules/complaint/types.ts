/**
 * Complaint-type signals. The words are data (lexicons/<lang>/complaint.ts); each rule
 * file here turns one family of evidence into scored hits for one complaint type.
 */
import type { ComplaintType, Evidence, HistoryFact, Lang } from '../../types';
import type { Candidate, PatternSet, Token } from '../phrase';

/** The signal families a complaint lexicon provides, one list of patterns each. */
export interface ComplaintLexicon {
  /** Sweeping hostility at the company as a whole (always / never / worst / scam). */
  hostility: readonly string[];
  /** Rejecting any remedy in advance ("don't offer me a credit"). */
  rejection: readonly string[];
  /** Words that turn a precise fact into a defect ("instead of", "missing", "twice"). */
  defect: readonly string[];
  /** Claimed tenure ("client depuis 2014", "for nine years"). */
  tenure: readonly string[];
  /** Then/now contrast ("it used to be", "ce n'était pas comme ça avant"). */
  thenNow: readonly string[];
  /** Past satisfaction stated ("never had cause to complain", "je vous ai toujours recommandé"). */
  praisePast: readonly string[];
  /** Threat to leave ("I'll cancel", "je vais voir ailleurs", "won't renew"). */
  churn: readonly string[];
  /** Disappointment ("déçu", "let down"). */
  disappointment: readonly string[];
  /** Affection for the product or brand ("I love", "fan depuis le début"). */
  affection: readonly string[];
  /** Weaker warmth ("génial", "bravo", "perfect", "thanks so much"). */
  warmth: readonly string[];
  /** Constructive suggestions ("ce serait top de", "could you stock"). */
  suggestion: readonly string[];
  /** A problem is being reported at all ("broken", "souci", "not working"). */
  problem: readonly string[];
  /** Irritation without a profile of its own ("again", "ras le bol", "same old"). */
  irritation: readonly string[];
  /** Words before a signal that cancel it ("if I cancel", "si je résilie"?), checked by rules. */
  hypothetical: readonly string[];
}

export type SignalFamily = Exclude<keyof ComplaintLexicon, 'hypothetical'>;

/** One stretch of the requester's own words, tokenised, with offsets into the comment body. */
export interface TextUnit {
  commentId: number | null;
  body: string;
  start: number;
  end: number;
  tokens: Token[];
  /** The unit's pattern candidates for one lexicon, once scanned (rules/complaint/signals.ts). */
  scanned?: UnitScan | null;
}

/** Pattern candidates of a unit for one pattern set (a lexicon's families), by signal family. */
export interface UnitScan { set: PatternSet<SignalFamily>; byFamily: Map<SignalFamily, Candidate<SignalFamily>[]> }

export interface SignalHit {
  family: SignalFamily | 'structure' | 'precision';
  evidence: Evidence;
}

/** What the rules read. */
export interface ComplaintInput {
  units: readonly TextUnit[];
  lang: Lang;
  lex: ComplaintLexicon;
  /** Years between account creation and this ticket, null when unknown. */
  accountYears: number | null;
  history: {
    total: number;
    good: number;
    bad: number;
    boundaryTags: number;
    /** Earlier ticket subjects that read as hostile / as precise defect reports. */
    hostileSubjects: number;
    preciseSubjects: number;
  };
}

/** A rule's contribution: points per type, the evidence behind them, and history facts. */
export interface RuleScore {
  ruleId: string;
  points: Partial<Record<ComplaintType, number>>;
  evidence: Evidence[];
  facts?: HistoryFact[];
}
