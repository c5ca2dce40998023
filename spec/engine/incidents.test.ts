import fc from 'fast-check';
import { parseBundle } from '../../src/engine/bundle';
import { ALL_LEXICONS } from '../../src/engine/lexicons';
import { detectIncidents, rulesToRun } from '../../src/engine/incidents';
import { INCIDENT_RULES } from '../../src/engine/rules/incident';
import { buildDoc, mayFire } from '../../src/engine/rules/incident/context';
import { Doc } from '../../src/engine/rules/incident/doc';
import { expandTerm } from '../../src/engine/text/matcher';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions, type IncidentCategory } from '../../src/engine/types';
import { SEED } from '../reliability/arbitraries';
import { detectIncidentsReference } from './incidents-reference';

/** One term of every lexicon entry (all kinds, both languages). */
const TERMS: string[] = [];
for (const set of ALL_LEXICONS) for (const e of set.entries) TERMS.push(expandTerm(typeof e.t === 'string' ? e.t : (e.t[0] as string))[0] as string);
const FILLERS = ['vous êtes un', 'you are a', 'espèce de', 'you', 'vous', 'êtes', 'are', 'le', 'the', 'et', 'and', 'colis', 'parcel', '😂', 'je vais', "I'll", 'tous les jours', 'every day'];
const SEPS = [' ', ' ', ', ', '. ', ' ? ', '\n'];
const piece = fc.oneof(fc.constantFrom(...TERMS), fc.constantFrom(...FILLERS));
const text = (max: number) => fc.array(fc.tuple(piece, fc.constantFrom(...SEPS)), { maxLength: max }).map((ps) => ps.map(([p, s]) => p + s).join(''));

describe('rulesToRun (the rules a comment runs, as a bit mask)', () => {
  it('sets bit k exactly when rule k reads the language and mayFire() (fast-check, seeded)', () => {
    const rules = Object.values(INCIDENT_RULES);
    let some = 0;
    let none = 0;
    fc.assert(fc.property(text(6), fc.constantFrom<'fr' | 'en' | null>('fr', 'en', null), (body, lang) => {
      const doc = buildDoc({ commentId: 1, body, own: [{ start: 0, end: body.length }] }, lang);
      // buildDoc may detect a language of its own; null too must be covered.
      const d = new Doc(doc.commentId, doc.body, doc.lang === null ? null : lang, doc.tokens, doc.hits, doc.kinds);
      const mask = rulesToRun(d);
      if (mask === 0) none++; else some++;
      rules.forEach((rule, k) => {
        const runs = (d.lang === null || rule.meta.languages.includes(d.lang)) && mayFire(rule, d);
        expect(((mask >>> k) & 1) === 1).toBe(runs);
      });
    }), { numRuns: 2000, seed: SEED });
    expect(some).toBeGreaterThan(100);
    expect(none).toBeGreaterThan(20);
  });
});

describe('detectIncidents', () => {
  it('gives what the plain assembly gives on multi-comment tickets (fast-check, seeded)', () => {
    const CATS = Object.keys(INCIDENT_RULES) as IncidentCategory[];
    const comment = fc.record({
      id: fc.constantFrom(1, 2, 3, 4, null),
      author_id: fc.constantFrom(7, 7, 7, 9),
      public: fc.constantFrom(true, true, false),
      // Repeated pieces: the same span found twice, in one comment or in two.
      body: fc.oneof(text(8), text(3).map((t) => `${t} ${t}`)),
    });
    const tag = fc.constantFrom('boundary_insult', 'lim_threat', 'boundary_', 'vip', 'lim_harassment');
    const bundle = fc.record({
      comments: fc.array(comment, { minLength: 1, maxLength: 4 }),
      history: fc.array(fc.record({ id: fc.nat(9), tags: fc.array(tag, { maxLength: 2 }) }), { maxLength: 2 }),
      rtags: fc.array(tag, { maxLength: 2 }),
      locale: fc.constantFrom('fr', 'en-GB', null),
    });
    const options = fc.record({
      categories: fc.oneof(fc.constant(CATS), fc.subarray(CATS)),
      tagPrefix: fc.constantFrom('boundary_', 'lim_', ''),
      maxCommentChars: fc.constantFrom(200_000, 60),
    });
    const seen = { incidents: 0, harassment: 0, multiEvidence: 0 };
    fc.assert(fc.property(bundle, options, (b, o) => {
      const { bundle: tb } = parseBundle({
        ticket: { id: 1, requester_id: 7 },
        requester: { id: 7, locale: b.locale, tags: b.rtags },
        comments: b.comments,
        history: b.history,
      });
      const opts: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, ...o };
      const got = detectIncidents(tb, opts);
      expect(got).toEqual(detectIncidentsReference(tb, opts));
      seen.incidents += got.length;
      seen.harassment += got.filter((i) => i.category === 'harassment').length;
      seen.multiEvidence += got.filter((i) => i.evidence.length > 1).length;
    }), { numRuns: 1500, seed: SEED });
    // The tickets exercise every route: many incidents, harassment, several spans.
    expect(seen.incidents).toBeGreaterThan(350);
    expect(seen.harassment).toBeGreaterThan(100);
    expect(seen.multiEvidence).toBeGreaterThan(100);
  });
});
