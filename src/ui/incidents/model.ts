import type { Incident } from '../../engine/types';

/** One incident as the sidebar shows it: found by the engine or flagged by the agent. */
export interface IncidentView extends Omit<Incident, 'ruleIds'> {
  /** Stable across reloads: used for dismissals. */
  key: string;
  manual: boolean;
  /** The tag is on the ticket. */
  logged: boolean;
  dismissed: boolean;
}
