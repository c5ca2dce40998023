/**
 * Supply-chain check of what ships: `npm audit --omit=dev --json`.
 *
 *   npx tsx scripts/audit.ts            (npm run audit)
 *
 * - The advisory endpoint answers: exit 1 when a high or critical advisory touches a
 *   production package (unless listed in EXCEPTIONS below, with the reason), else 0.
 * - The endpoint cannot be reached or refuses the request (offline mirror, proxy, 405):
 *   prints "npm audit: unavailable (<reason>)" and exits 0; the check is then owed
 *   wherever the registry answers audits (AUDIT_STRICT=1 makes this case fail instead).
 */
import { spawnSync } from 'node:child_process';

/** Accepted advisories: package name -> why it does not apply. Keep empty unless justified. */
export const EXCEPTIONS: Readonly<Record<string, string>> = {};

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const SEVERITIES: readonly Severity[] = ['info', 'low', 'moderate', 'high', 'critical'];

export type AuditVerdict =
  | { status: 'unavailable'; reason: string }
  | { status: 'ok' | 'fail'; counts: Record<Severity, number>; blocking: string[]; excepted: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Read `npm audit --json` output (npm 7+ report format, or the error object npm prints when the endpoint fails). */
export function interpretAudit(stdout: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: 'unavailable', reason: stdout.trim() ? 'npm audit did not print JSON' : 'npm audit printed nothing' };
  }
  if (!isObj(report)) return { status: 'unavailable', reason: 'unexpected npm audit output' };
  const meta = isObj(report.metadata) ? report.metadata : null;
  const vulnCounts = meta && isObj(meta.vulnerabilities) ? meta.vulnerabilities : null;
  if (!vulnCounts) {
    const status = typeof report.statusCode === 'number' ? ` ${report.statusCode}` : '';
    const message = typeof report.message === 'string' ? report.message : isObj(report.error) && typeof report.error.summary === 'string' ? report.error.summary : 'no report';
    return { status: 'unavailable', reason: `audit endpoint error${status}: ${message}`.trim() };
  }
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, typeof vulnCounts[s] === 'number' ? vulnCounts[s] : 0])) as Record<Severity, number>;
  const vulns = isObj(report.vulnerabilities) ? report.vulnerabilities : {};
  const blocking: string[] = [];
  const excepted: string[] = [];
  for (const [name, v] of Object.entries(vulns)) {
    const severity = isObj(v) && typeof v.severity === 'string' ? v.severity : '';
    if (severity !== 'high' && severity !== 'critical') continue;
    if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, name)) excepted.push(`${name} (${severity}): ${EXCEPTIONS[name]}`);
    else blocking.push(`${name} (${severity})`);
  }
  // A report whose per-package list is missing still counts: never pass high/critical silently.
  if (blocking.length === 0 && excepted.length === 0 && counts.high + counts.critical > 0) blocking.push(`${counts.high} high, ${counts.critical} critical (no package details)`);
  return { status: blocking.length ? 'fail' : 'ok', counts, blocking, excepted };
}

export function describe(v: AuditVerdict): string {
  if (v.status === 'unavailable') return `npm audit: unavailable (${v.reason})`;
  const c = v.counts;
  const lines = [`npm audit --omit=dev: ${v.status === 'ok' ? 'ok' : 'FAILED'}: ${c.critical} critical, ${c.high} high, ${c.moderate} moderate, ${c.low} low`];
  for (const b of v.blocking) lines.push(`  blocking: ${b}`);
  for (const e of v.excepted) lines.push(`  accepted: ${e}`);
  return lines.join('\n');
}

function main(): void {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32' });
  const verdict = r.error ? { status: 'unavailable' as const, reason: r.error.message } : interpretAudit(r.stdout ?? '');
  console.log(describe(verdict));
  if (verdict.status === 'fail') process.exitCode = 1;
  else if (verdict.status === 'unavailable' && process.env.AUDIT_STRICT === '1') process.exitCode = 1;
}

if (require.main === module) main();
