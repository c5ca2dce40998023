import { run } from './helpers';

describe('tact draft', () => {
  it('checks plain text from stdin', async () => {
    const r = await run(['draft', '--lang', 'en'], "Calm down, I don't know.");
    expect(r.code).toBe(0);
    const line = JSON.parse(r.out[0] as string);
    expect(Object.keys(line)).toEqual(['id', 'findings']);
    expect(line.id).toBeNull();
    expect(line.findings.map((f: { text: string }) => f.text)).toEqual(['Calm down', "I don't know"]);
    expect(Object.keys(line.findings[0])).toEqual(['text', 'start', 'end', 'ruleId', 'reason', 'suggestion', 'lang']);
  });

  it('checks JSONL drafts in order and reports bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', lang: 'fr', draft: 'Calmez-vous.' }),
      JSON.stringify({ id: 'b', draft: 42 }),
      JSON.stringify({ id: 'c', lang: 'en', draft: 'Thanks, all sorted.' }),
    ].join('\n');
    const r = await run(['draft', '--jsonl'], input);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/<stdin>:2/);
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    expect(lines[0].findings[0].ruleId).toBe('draft.calm_down');
    expect(lines[1].findings).toEqual([]);
  });

  it('applies admin pairs from --phrases', async () => {
    const r = await run(['draft', '--lang', 'en', '--phrases', 'p.txt'], 'No worries at all.', { 'p.txt': 'en: no worries => happy to help\n' });
    expect(JSON.parse(r.out[0] as string).findings[0]).toMatchObject({ text: 'No worries', ruleId: 'draft.custom', suggestion: 'Happy to help' });
  });
});
