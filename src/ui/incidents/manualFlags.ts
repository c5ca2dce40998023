/**
 * Incidents the agent flagged by hand, kept in the host's saved state per ticket.
 * The stored value is parsed with zod: anything malformed is dropped, never trusted.
 */
import '../../lib/zodConfig';
import { z } from 'zod/mini';
import { INCIDENT_CATEGORIES, type IncidentCategory } from '../../engine/types';
import type { HostPort } from '../../host/port';

export interface ManualFlag { category: IncidentCategory; quote: string; at: number }

const stored = z.array(z.object({ category: z.enum(INCIDENT_CATEGORIES), quote: z.string().check(z.minLength(1), z.maxLength(1000)), at: z.number() }));

const key = (ticketId: number) => `manual:${ticketId}`;

export function loadManualFlags(host: Pick<HostPort, 'loadState'>, ticketId: number): ManualFlag[] {
  const raw = host.loadState(key(ticketId));
  if (!raw) return [];
  try {
    const r = stored.safeParse(JSON.parse(raw));
    return r.success ? r.data.slice(-50) : [];
  } catch {
    return [];
  }
}

export function saveManualFlags(host: Pick<HostPort, 'saveState'>, ticketId: number, flags: readonly ManualFlag[]): void {
  host.saveState(key(ticketId), JSON.stringify(flags.slice(-50)));
}

/** Stable key of a manual flag (for dismissals and React lists). */
export function manualKey(f: ManualFlag): string {
  return `manual|${f.category}|${f.at}`;
}
