/**
 * Linear time on adversarial input. For each input shape the engine (analyze on a
 * requester comment, and checkDraft on an agent draft) runs on n and 4n characters;
 * the ratio of median times must stay near 4 (bound: 8x). Ratios, not wall-clock
 * limits: the machine's speed cancels out, a quadratic path shows up as ~16x.
 * Plus: the regexp lint rules that reject catastrophic backtracking apply to src/ and
 * scripts/ and do fire on a bad pattern.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { checkDraft } from '../../src/engine/draft';
import { fill, growth, RATIO_BOUND } from './growth';

const N = 25_000;

const SHAPES: Array<[string, string]> = [
  ['one letter', 'a'],
  ['spaces', ' '],
  ['punctuation', '!?.,;:'],
  ['dotted letters a.a.a', 'a.'],
  ['spaced letters a a a', 'a '],
  ['stars ***', '*'],
  ['leet digits', '1e3@5$0!'],
  ['quote marks >>>>', '>'],
  ['nested quote lines', '>>>> > >> bande de connards\n'],
  ['quote headers', 'Le 2 mai 2026 à 10:02, Service Client a écrit :\n'],
  ['signature dashes', '-- \n'],
  ['emoji', '😡🤡😘'],
  ['combining marks', 'e\u0301\u0301'],
  ['zero-width', 'c\u200bo\u200bn'],
  ['dense insults', 'connard, idiot, c0nnard, f*ck you. '],
  ['dense risky phrases', 'Calm down, I do not know, you should have read it. '],
  ['one long word', 'connard'],
  ['repeated letters', 'fuuuuuuuuu'],
  // One long sentence full of hits that rules look up per hit (pet names, threats, demands).
  ['pet-name vocatives', 'Honey, thanks. '],
  ['threats without a full stop', 'je vais le tuer '],
  ['identity demands without a full stop', 'I want someone normal '],
];

function bundle(body: string): Record<string, unknown> {
  return { ticket: { id: 1, requester_id: 7 }, requester: { id: 7, locale: 'fr' }, comments: [{ id: 1, author_id: 7, public: true, body }] };
}

const OPTIONS = { maxCommentChars: 5_000_000 };

/** Growth of fn over `unit` repeated to n and 4n characters. */
function ratio(fn: (s: string) => void, unit: string, n: number, samples = 3, retries = 2): number {
  return growth(fn, (size) => fill(unit, size), n, samples, retries);
}

const figures: string[] = [];

describe(`linear time on adversarial input (n = ${N} vs 4n characters, bound ${RATIO_BOUND}x)`, () => {
  it('the measure tells a quadratic function from a linear one (self-check)', () => {
    let sink = 0;
    const linear = (s: string): void => { for (let i = 0; i < s.length; i++) sink += s.charCodeAt(i); };
    const quadratic = (s: string): void => { const m = s.length / 25; for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) sink += i ^ j; };
    expect(ratio(linear, 'ab', 200_000)).toBeLessThan(RATIO_BOUND);
    expect(ratio(quadratic, 'ab', N, 3, 0)).toBeGreaterThan(RATIO_BOUND);
    expect(sink).not.toBe(0.5);
  });

  it.each(SHAPES)('analyze: %s', (_name, unit) => {
    const r = ratio((s) => analyze(bundle(s), OPTIONS), unit, N);
    figures.push(`analyze ${_name}: ${r.toFixed(1)}x`);
    expect(r).toBeLessThan(RATIO_BOUND);
  });

  it.each(SHAPES)('checkDraft: %s', (_name, unit) => {
    const r = ratio((s) => checkDraft(s, { lang: 'en', custom: [{ avoid: 'a a', instead: 'b', lang: null }, { avoid: 'calm down', instead: 'x', lang: null }] }), unit, N);
    figures.push(`draft ${_name}: ${r.toFixed(1)}x`);
    expect(r).toBeLessThan(RATIO_BOUND);
  });

  it('1 MB of emoji vs 256 KB', () => {
    const r = ratio((s) => analyze(bundle(s), OPTIONS), '😡😘🤡👩‍👩‍👧', 256 * 1024, 1);
    figures.push(`analyze 1 MB emoji: ${r.toFixed(1)}x`);
    expect(r).toBeLessThan(RATIO_BOUND);
  });

  afterAll(() => { process.stdout.write(`[reliability] time ratios 4n/n: ${figures.join('; ')}\n`); });
});

describe('regexp lint rules (catastrophic backtracking)', () => {
  it('apply to src/ and scripts/ and fire on a super-linear pattern', () => {
    const root = path.join(__dirname, '..', '..');
    const script = `
      const { ESLint } = require('eslint');
      (async () => {
        const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
        const out = {};
        for (const f of ['src/engine/text/x.ts', 'src/ui/x.tsx', 'src/cli/x.ts', 'scripts/x.ts', 'scripts/bench/x.ts']) {
          const [r] = await eslint.lintText('export const re = /^(a+)+$/;\\nexport const mv = (s: string) => /a*b/.test(s);\\n', { filePath: ${JSON.stringify(root)} + '/' + f });
          out[f] = r.messages.map((m) => m.ruleId);
        }
        process.stdout.write(JSON.stringify(out));
      })().catch((e) => { process.stderr.write(String(e)); process.exit(1); });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout) as Record<string, string[]>;
    for (const [file, rules] of Object.entries(found)) {
      expect({ file, backtracking: rules.includes('regexp/no-super-linear-backtracking'), move: rules.includes('regexp/no-super-linear-move') })
        .toEqual({ file, backtracking: true, move: true });
    }
  }, 60_000);
});
