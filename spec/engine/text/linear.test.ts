import { parseBundle } from '../../../src/engine/bundle';
import { detectIncidents } from '../../../src/engine/incidents';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/engine/types';

const SAMPLE = [
  "Bonjour, mon colis est en retard depuis lundi, vous pouvez vérifier ? Vous êtes vraiment des nazes, je vais porter plainte.\n",
  "Hi, this damn app logged me out again. You're all idiots. I'll see you in the small claims court, I know my rights.\n",
  "> quoted line from an earlier e-mail with bande de connards inside\n",
  "c o n n a r d, f*ck, s.a.l.o.p.e, fuuuuck, je ne vous traite pas d'idiot, le livreur m'a traité de con 😂😘\n",
];

function text(size: number): string {
  let s = '';
  for (let i = 0; s.length < size; i++) s += SAMPLE[i % SAMPLE.length];
  return s.slice(0, size);
}

function run(body: string): number {
  const { bundle } = parseBundle({ ticket: { id: 1, requester_id: 1 }, comments: [{ id: 1, author_id: 1, body }] });
  const t0 = performance.now();
  detectIncidents(bundle, { ...DEFAULT_ENGINE_OPTIONS, maxCommentChars: 2_000_000 });
  return performance.now() - t0;
}

describe('incident engine cost', () => {
  it('grows linearly: 1 MB costs at most 12x 100 KB', () => {
    run(text(50_000));
    const best = (size: number) => Math.min(run(text(size)), run(text(size)), run(text(size)));
    const small = best(100_000);
    const large = best(1_000_000);
    expect(large / small).toBeLessThan(12);
  });

  it('finds incidents in a huge comment and keeps exact spans', () => {
    const body = text(300_000);
    const { bundle } = parseBundle({ ticket: { id: 1, requester_id: 1 }, comments: [{ id: 1, author_id: 1, body }] });
    const inc = detectIncidents(bundle, { ...DEFAULT_ENGINE_OPTIONS, maxCommentChars: 2_000_000 });
    const insult = inc.find((i) => i.category === 'insult');
    expect(insult?.stage).toBe(4);
    for (const e of insult?.evidence ?? []) expect(body.slice(e.start, e.end)).toBe(e.text);
    // "bande de connards" only appears on quoted ">" lines: never evidence.
    expect(insult?.evidence.some((e) => e.text.toLowerCase() === 'connards')).toBe(false);
  });
});
