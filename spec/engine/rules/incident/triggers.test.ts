import fc from 'fast-check';
import { ALL_LEXICONS } from '../../../../src/engine/lexicons';
import { INCIDENT_RULES } from '../../../../src/engine/rules/incident';
import { buildDoc, mayFire } from '../../../../src/engine/rules/incident/context';
import { expandTerm } from '../../../../src/engine/text/matcher';
import { SEED } from '../../../reliability/arbitraries';

/** Terms of every kind, by kind (first expansion of each lexicon term). */
const TERMS = new Map<string, string[]>();
for (const set of ALL_LEXICONS) {
  for (const e of set.entries) {
    const list = TERMS.get(e.k) ?? [];
    for (const raw of typeof e.t === 'string' ? [e.t] : e.t) list.push(expandTerm(raw)[0] as string);
    TERMS.set(e.k, list);
  }
}
const AREA: Record<string, string> = {
  insult: 'ins.', harassment: 'harass.', threat: 'threat.', trolling: 'troll.', flirting: 'flirt.',
  racism: 'race.', sexism: 'sex.', discrimination: 'disc.', scope_abuse: 'scope.',
};
const FILLERS = ['vous', 'you', 'êtes', 'are', 'un', 'a', 'tu', 'es', 'le', 'the', 'et', 'and', 'Les', 'Indian', 'mdr', 'lol', '😂', '"'];
const SEPS = [' ', ' ', ' ', ', ', '. ', ' ! ', ' ? ', '\n'];

describe('incident rule triggers (detectIncidents skips a rule when none is in the comment)', () => {
  it.each(Object.entries(INCIDENT_RULES))('%s finds nothing without a trigger hit (fast-check, seeded, terms of its area and context)', (name, rule) => {
    const kinds = [...TERMS.keys()].filter((k) => k.startsWith(AREA[name] as string) || k.startsWith('ctx.'));
    const pool = kinds.flatMap((k) => TERMS.get(k) as string[]);
    const piece = fc.oneof(fc.constantFrom(...pool), fc.constantFrom(...pool), fc.constantFrom(...FILLERS));
    const text = fc.array(fc.tuple(piece, fc.constantFrom(...SEPS)), { minLength: 1, maxLength: 8 }).map((ps) => ps.map(([p, s]) => p + s).join(''));
    let fired = 0;
    let gated = 0;
    fc.assert(fc.property(text, fc.constantFrom<'fr' | 'en'>('fr', 'en'), (body, lang) => {
      const doc = buildDoc({ commentId: 1, body, own: [{ start: 0, end: body.length }] }, lang);
      const found = rule.check(doc);
      if (found.length > 0) fired++;
      if (!mayFire(rule, doc)) { gated++; expect(found).toEqual([]); }
    }), { numRuns: 1500, seed: SEED });
    // The texts exercise both sides: findings (so a missing trigger would show) and skipped comments.
    expect(fired).toBeGreaterThan(20);
    expect(gated).toBeGreaterThan(20);
  });

  it('names only kinds the lexicons hold', () => {
    for (const rule of Object.values(INCIDENT_RULES)) for (const k of rule.meta.triggers) expect(TERMS.has(k)).toBe(true);
  });
});
