/**
 * Supply chain: dependencies pinned (exact versions, lock file in step with package.json
 * and node_modules), LICENSE and THIRD_PARTY_NOTICES.md present and up to date, and the
 * npm audit wrapper (scripts/audit.ts) reading both a real report and an endpoint error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe as describeVerdict, interpretAudit } from '../../scripts/audit';
import { productionPackages, renderNotices } from './notices';

const ROOT = path.join(__dirname, '..', '..');
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('dependencies are pinned', () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies };

  it('package.json names exact versions only', () => {
    expect(Object.entries(all).filter(([, v]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(v))).toEqual([]);
  });

  it('the lock file matches package.json and what is installed', () => {
    const lock = JSON.parse(read('package-lock.json')) as { lockfileVersion: number; packages: Record<string, { version?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }> };
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages['']?.devDependencies).toEqual(pkg.devDependencies);
    const drift = Object.entries(all).filter(([name, version]) => {
      const installed = JSON.parse(read(`node_modules/${name}/package.json`)) as { version: string };
      return lock.packages[`node_modules/${name}`]?.version !== version || installed.version !== version;
    });
    expect(drift).toEqual([]);
  });

  it('the ZAF SDK is pinned to 2.0.11', () => {
    expect(pkg.dependencies.zendesk_app_framework_sdk).toBe('2.0.11');
  });
});

describe('licences', () => {
  it('LICENSE is MIT, by the Tact authors, like package.json says', () => {
    const text = read('LICENSE');
    expect(text).toMatch(/^MIT License/);
    expect(text).toMatch(/Copyright \(c\) \d{4} Tact authors/);
    expect(pkg.license).toBe('MIT');
  });

  it('THIRD_PARTY_NOTICES.md is up to date (regenerate: npx tsx spec/reliability/notices.ts > THIRD_PARTY_NOTICES.md)', () => {
    expect(read('THIRD_PARTY_NOTICES.md')).toBe(renderNotices());
  });

  it('lists every bundled package with a known licence, and the origin of the lexicons', () => {
    const pkgs = productionPackages();
    for (const name of ['react', 'react-dom', 'scheduler', 'styled-components', 'zod', 'zendesk_app_framework_sdk', '@zendeskgarden/react-theming']) {
      expect(pkgs.map((p) => p.name)).toContain(name);
    }
    expect(pkgs.filter((p) => p.license === 'UNKNOWN' || !p.licenseFile).map((p) => p.name)).toEqual([]);
    // Only permissive licences ship in the app.
    expect(pkgs.filter((p) => !['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC', '0BSD'].includes(p.license)).map((p) => `${p.name}: ${p.license}`)).toEqual([]);
    expect(read('THIRD_PARTY_NOTICES.md')).toMatch(/lexicons[\s\S]*written by the Tact authors/);
  });
});

describe('scripts/audit.ts', () => {
  const report = (counts: Record<string, number>, vulns: Record<string, { severity: string }>): string =>
    JSON.stringify({ auditReportVersion: 2, vulnerabilities: vulns, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: 0 } } });

  it('reports "unavailable" when the audit endpoint errors (as this registry does: 405)', () => {
    const npmError = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } });
    const v = interpretAudit(npmError);
    expect(v).toEqual({ status: 'unavailable', reason: expect.stringContaining('405') });
    expect(describeVerdict(v)).toMatch(/^npm audit: unavailable/);
    expect(interpretAudit('').status).toBe('unavailable');
    expect(interpretAudit('npm ERR! network').status).toBe('unavailable');
  });

  it('passes a clean report and one with only low or moderate advisories', () => {
    expect(interpretAudit(report({}, {})).status).toBe('ok');
    expect(interpretAudit(report({ moderate: 2, low: 1 }, { a: { severity: 'moderate' }, b: { severity: 'low' } })).status).toBe('ok');
  });

  it('fails on high or critical advisories, naming the packages', () => {
    const v = interpretAudit(report({ high: 1, critical: 1 }, { lodash: { severity: 'high' }, zod: { severity: 'critical' }, x: { severity: 'low' } }));
    expect(v).toMatchObject({ status: 'fail', blocking: ['lodash (high)', 'zod (critical)'] });
    expect(describeVerdict(v)).toMatch(/FAILED: 1 critical, 1 high/);
    // Counts without details still fail.
    expect(interpretAudit(report({ critical: 1 }, {})).status).toBe('fail');
  });
});
