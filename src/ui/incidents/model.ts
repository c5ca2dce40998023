import type { IncidentCategory, Span, Stage } from '../../engine/types';

/** One incident as the sidebar shows it: found by the engine or flagged by the agent. */
export interface IncidentView {
  /** Stable across reloads: used for dismissals. */
  key: string;
  category: IncidentCategory;
  stage: Stage;
  commentId: number | null;
  evidence: Span[];
  /** Action id "<category>.<stage>" (texts from the advice). */
  action: string;
  tag: string;
  manual: boolean;
  /** The tag is on the ticket. */
  logged: boolean;
  dismissed: boolean;
}
