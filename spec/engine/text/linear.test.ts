import { parseBundle } from '../../../src/engine/bundle';
import { detectIncidents } from '../../../src/engine/incidents';
import { DEFAULT_ENGINE_OPTIONS } from '../../../src/engine/types';
import { growth, RATIO_BOUND } from '../../reliability/growth';

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

function run(body: string): void {
  const { bundle } = parseBundle({ ticket: { id: 1, requester_id: 1 }, comments: [{ id: 1, author_id: 1, body }] });
  detectIncidents(bundle, { ...DEFAULT_ENGINE_OPTIONS, maxCommentChars: 2_000_000 });
}

describe('incident engine cost', () => {
  // The 1 MB vs 100 KB target itself is measured by `npm run bench` (scaling section).
  it(`grows linearly: 4x the text costs less than ${RATIO_BOUND}x`, () => {
    expect(growth(run, text, 100_000)).toBeLessThan(RATIO_BOUND);
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
