/**
 * Incidents (or any flag) the agent dismissed on a ticket, persisted through the
 * host's per-installation state so a dismissal survives reloads. Keys are opaque
 * strings; incidentKey() builds a stable one for an engine Incident.
 */
import type { Incident } from '../engine/types';
import type { HostPort } from './port';

const MAX_KEYS = 500;

/** Stable across re-analyses of the same ticket: category, comment and first evidence span. */
export function incidentKey(i: Pick<Incident, 'category' | 'commentId' | 'evidence'>): string {
  const first = i.evidence[0];
  return `${i.category}|${i.commentId ?? '-'}|${first ? `${first.start}-${first.end}` : '-'}`;
}

export class Dismissals {
  private readonly keys: Set<string>;

  private constructor(private readonly port: Pick<HostPort, 'loadState' | 'saveState'>, private readonly stateKey: string) {
    this.keys = new Set(read(port.loadState(stateKey)));
  }

  static open(port: Pick<HostPort, 'loadState' | 'saveState'>, ticketId: number): Dismissals {
    return new Dismissals(port, `dismissed:${ticketId}`);
  }

  has(key: string): boolean { return this.keys.has(key); }
  list(): string[] { return [...this.keys]; }

  dismiss(key: string): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    while (this.keys.size > MAX_KEYS) {
      const oldest = this.keys.values().next().value;
      if (oldest === undefined) break;
      this.keys.delete(oldest);
    }
    this.save();
  }

  restore(key: string): void {
    if (this.keys.delete(key)) this.save();
  }

  private save(): void {
    this.port.saveState(this.stateKey, JSON.stringify([...this.keys]));
  }
}

function read(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(-MAX_KEYS) : [];
  } catch {
    return [];
  }
}
