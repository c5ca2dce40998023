/** Advice texts: what the sidebar says, per complaint type and per incident stage. Data only. */
import type { ComplaintType, IncidentCategory, Stage } from '../types';

export interface AdviceTexts {
  /** Plain-language name of each complaint type. */
  typeNames: Readonly<Record<ComplaintType, string>>;
  /** One-line portrait of each type: who this requester is. */
  typeSummaries: Readonly<Record<ComplaintType, string>>;
  /** 2-4 short actionable lines per type. */
  strategies: Readonly<Record<ComplaintType, readonly string[]>>;
  /** Plain-language name of each incident category. */
  categoryNames: Readonly<Record<IncidentCategory, string>>;
  /** Names of the escalation stages 1-4. */
  stageNames: Readonly<Record<Stage, string>>;
  /** What to say or do now, per category and stage. */
  actions: Readonly<Record<IncidentCategory, Readonly<Record<Stage, string>>>>;
  /** A few facts worth showing to an agent facing a complaint. */
  facts: readonly string[];
}
