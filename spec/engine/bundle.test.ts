/**
 * parseBundle reads bundles without zod (bundle.ts); the zod schemas (bundle-schema.ts) are the
 * contract. The property: on any input, clean or malformed, parseBundle gives exactly
 * what the schemas alone give.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseBundle } from '../../src/engine/bundle';
import { parseBundleWithSchemas } from '../../src/engine/bundle-schema';
import { bundleArb, SEED } from '../reliability/arbitraries';

const clean = {
  ticket: { id: 5, subject: 'Hi', created_at: '2026-05-01T10:00:00Z', requester_id: 7, tags: ['a', 3], via: { channel: 'email' } },
  comments: [{ id: 1, author_id: 7, public: true, created_at: null, body: 'hello' }, { id: '2', author_id: 7, body: 'x' }],
  requester: { id: 7, name: 'Ann', email: null, created_at: '2019-01-01T00:00:00Z', locale: 'fr', tags: ['vip'] },
  history: [{ id: 3, subject: 's', status: 'solved', satisfaction_rating: { score: 'bad' }, tags: ['boundary_insult'] }],
};

describe('parseBundle', () => {
  it('reads a clean bundle field by field', () => {
    const { bundle, warnings } = parseBundle(clean);
    expect(warnings).toEqual([]);
    expect(bundle.ticket).toEqual({ id: 5, subject: 'Hi', created_at: '2026-05-01T10:00:00Z', requester_id: 7, tags: ['a'], channel: 'email' });
    expect(bundle.comments.map((c) => [c.id, c.public, c.body])).toEqual([[1, true, 'hello'], [2, true, 'x']]);
    expect(bundle.history[0]?.score).toBe('bad');
    expect(bundle.requester?.tags).toEqual(['vip']);
  });

  it('degrades wrong fields to null and warnings, like the schemas', () => {
    const messy = { ...clean, ticket: { ...clean.ticket, subject: 42, via: 'web' }, comments: [{ body: 5 }, 'x', { id: NaN, public: 'no', body: 'ok' }] };
    const r = parseBundle(messy);
    expect(r).toEqual(parseBundleWithSchemas(messy));
    expect(r.bundle.ticket.subject).toBeNull();
    expect(r.bundle.comments).toHaveLength(1);
    expect(r.warnings).toContain('comments_dropped');
  });

  it(`gives what the zod schemas give on any bundle (fast-check, seed ${SEED})`, () => {
    fc.assert(fc.property(bundleArb, (b) => {
      expect(parseBundle(b)).toEqual(parseBundleWithSchemas(b));
    }), { seed: SEED, numRuns: 600 });
  });

  it('keeps zod out of the analysis engine (only the schema module and the eval tool import it)', () => {
    const root = path.join(__dirname, '..', '..', 'src', 'engine');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) { if (f.name !== 'eval') walk(p); continue; }
        if (!f.name.endsWith('.ts') || f.name === 'bundle-schema.ts') continue;
        if (/from '(?:zod|zod\/mini)'|lib\/zodConfig/.test(fs.readFileSync(p, 'utf8'))) offenders.push(path.relative(root, p));
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
    expect(fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'ui', 'analysis', 'analyze.worker.ts'), 'utf8')).not.toMatch(/^import .*zod/m);
  });
});
