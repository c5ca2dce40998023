/**
 * Workspace options from the URL query (so e2e tests can drive it) and the installation
 * settings built from manifest.json parameters.
 *   ?ticket=5001&locale=fr&scheme=dark&fault=history_page2,tags_fail
 *   &retry_after=1&history_page_size=2&hook_timeout=30000&setting.tag_prefix=x_
 *   &fixtures=xss/tickets.jsonl   (another sample file under spec/fixtures/)
 */
import { parseFaults, type FaultName } from './faults';
import type { Scheme } from './host';

export interface ManifestParameter { name: string; type: string; default?: unknown; required?: boolean; secure?: boolean }

export interface WorkspaceOptions {
  ticket: number | null;
  locale: string;
  scheme: Scheme;
  faults: Set<FaultName>;
  unknownFaults: string[];
  retryAfter: number;
  historyPageSize: number;
  hookTimeoutMs: number;
  /** Sample tickets file, relative to /fixtures/ (spec/fixtures/). */
  fixtures: string;
  /** Raw setting overrides (strings from the URL or the settings panel). */
  settings: Record<string, string>;
}

const intIn = (v: string | null, min: number, max: number, def: number): number => {
  const n = Number(v);
  return v !== null && v.trim() !== '' && Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : def;
};

export const DEFAULT_FIXTURES = 'tickets.jsonl';

/** A .jsonl path inside /fixtures/: plain names and sub-folders only (no "..", no host). */
export function fixturesPath(v: string | null): string {
  return v !== null && /^[\w-]+(?:\/[\w-]+)*\.jsonl$/.test(v) ? v : DEFAULT_FIXTURES;
}

export function readOptions(search: string): WorkspaceOptions {
  const q = new URLSearchParams(search);
  const { faults, unknown } = parseFaults(q.getAll('fault').join(','));
  const settings: Record<string, string> = {};
  for (const [k, v] of q) if (k.startsWith('setting.')) settings[k.slice('setting.'.length)] = v;
  const ticket = q.get('ticket');
  return {
    ticket: ticket && /^\d+$/.test(ticket) ? Number(ticket) : null,
    locale: (q.get('locale') ?? 'en').trim() || 'en',
    scheme: q.get('scheme') === 'dark' ? 'dark' : 'light',
    faults,
    unknownFaults: unknown,
    retryAfter: intIn(q.get('retry_after'), 0, 120, 1),
    historyPageSize: intIn(q.get('history_page_size'), 1, 100, 100),
    hookTimeoutMs: intIn(q.get('hook_timeout'), 100, 120_000, 30_000),
    fixtures: fixturesPath(q.get('fixtures')),
    settings,
  };
}

export function writeOptions(o: WorkspaceOptions): string {
  const q = new URLSearchParams();
  if (o.ticket !== null) q.set('ticket', String(o.ticket));
  q.set('locale', o.locale);
  q.set('scheme', o.scheme);
  if (o.faults.size) q.set('fault', [...o.faults].join(','));
  if (o.retryAfter !== 1) q.set('retry_after', String(o.retryAfter));
  if (o.historyPageSize !== 100) q.set('history_page_size', String(o.historyPageSize));
  if (o.hookTimeoutMs !== 30_000) q.set('hook_timeout', String(o.hookTimeoutMs));
  if (o.fixtures !== DEFAULT_FIXTURES) q.set('fixtures', o.fixtures);
  for (const [k, v] of Object.entries(o.settings)) q.set(`setting.${k}`, v);
  return `?${q.toString()}`;
}

/** Manifest parameters with their usable fields (bad entries dropped). */
export function readParameters(manifest: unknown): ManifestParameter[] {
  const params = manifest && typeof manifest === 'object' ? (manifest as Record<string, unknown>).parameters : undefined;
  if (!Array.isArray(params)) return [];
  return params.flatMap((p): ManifestParameter[] => {
    if (!p || typeof p !== 'object') return [];
    const o = p as Record<string, unknown>;
    if (typeof o.name !== 'string') return [];
    return [{ name: o.name, type: typeof o.type === 'string' ? o.type : 'text', default: o.default, required: o.required === true, secure: o.secure === true }];
  });
}

/**
 * metadata.settings as Zendesk gives them: every non-secure parameter, with the admin's
 * value or the default; checkboxes as booleans, numbers as numbers, the rest as strings.
 */
export function buildSettings(params: ManifestParameter[], overrides: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of params) {
    if (p.secure) continue;
    const raw = Object.prototype.hasOwnProperty.call(overrides, p.name) ? overrides[p.name] : undefined;
    if (raw === undefined) {
      out[p.name] = p.default ?? (p.type === 'checkbox' ? false : null);
    } else if (p.type === 'checkbox') {
      out[p.name] = raw === 'true' || raw === '1' || raw === 'on';
    } else if (p.type === 'number') {
      out[p.name] = raw.trim() === '' ? null : Number(raw);
    } else {
      out[p.name] = raw;
    }
  }
  return out;
}
