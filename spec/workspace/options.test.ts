import { parseFaults } from '../../src/workspace/faults';
import { buildSettings, readOptions, readParameters, writeOptions } from '../../src/workspace/options';
import { parseCases } from '../../src/workspace/fixtures';
import { normaliseTags } from '../../src/workspace/world';
import fs from 'node:fs';
import path from 'node:path';

describe('workspace options and data', () => {
  it('reads the URL query the e2e tests use, and writes it back', () => {
    const o = readOptions('?ticket=5001&locale=fr&scheme=dark&fault=history_page2,tags_fail,bogus&retry_after=3&setting.tag_prefix=x_');
    expect(o).toMatchObject({ ticket: 5001, locale: 'fr', scheme: 'dark', retryAfter: 3, historyPageSize: 100, settings: { tag_prefix: 'x_' } });
    expect([...o.faults]).toEqual(['history_page2', 'tags_fail']);
    expect(o.unknownFaults).toEqual(['bogus']);
    expect(readOptions(writeOptions(o))).toMatchObject({ ticket: 5001, locale: 'fr', scheme: 'dark', retryAfter: 3, settings: { tag_prefix: 'x_' } });
    expect(readOptions('')).toMatchObject({ ticket: null, locale: 'en', scheme: 'light', hookTimeoutMs: 30_000 });
  });

  it('parses faults case-insensitively and ignores blanks', () => {
    expect([...parseFaults(' Rate_Limit , ,slow').faults]).toEqual(['rate_limit', 'slow']);
  });

  it('builds metadata.settings from every manifest parameter, typed like Zendesk', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../manifest.json'), 'utf8')) as unknown;
    const params = readParameters(manifest);
    expect(params.length).toBeGreaterThan(0);
    const s = buildSettings(params, { auto_tag: 'true', tag_prefix: 'zz_' });
    for (const p of params) expect(s).toHaveProperty(p.name);
    expect(s.auto_tag).toBe(true);
    expect(s.tag_prefix).toBe('zz_');
    expect(buildSettings([{ name: 'n', type: 'number', default: 3 }, { name: 'k', type: 'text', secure: true }], { n: '7' })).toEqual({ n: 7 });
  });

  it('loads every sample ticket of spec/fixtures/tickets.jsonl', () => {
    const text = fs.readFileSync(path.join(__dirname, '../fixtures/tickets.jsonl'), 'utf8');
    const { cases, skipped } = parseCases(`${text}\nnot json\n{"ticket":{}}\n`);
    expect(skipped).toBe(2);
    expect(cases.length).toBe(text.trim().split('\n').length);
    expect(cases.every((c) => c.requester && c.ticket.subject)).toBe(true);
  });

  it('normalises tags like Zendesk (lowercase, one word each, no duplicates)', () => {
    expect(normaliseTags(['Foo Bar', 'foo', 3, ''])).toEqual(['foo', 'bar']);
    expect(normaliseTags('One')).toEqual(['one']);
  });
});
