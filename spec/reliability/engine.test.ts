/**
 * Engine properties over random and malformed input (fast-check, seeded; FC_SEED=<n>
 * replays a failure). For any bundle and options, analyze() never throws and returns a
 * well-formed Analysis whose every evidence span is exact (body.slice(start, end) ===
 * text) for incidents and complaint evidence alike; checkDraft() never throws and its
 * findings are exact, sorted, non-overlapping and applicable; the normalisation offset
 * map stays inside the original text and is monotonic; tokens and the requester's own
 * ranges stay inside their text.
 */
import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';
import { parseBundle } from '../../src/engine/bundle';
import { applyFinding, checkDraft } from '../../src/engine/draft';
import { normalize, toOriginal } from '../../src/engine/text/normalize';
import { ownRanges } from '../../src/engine/text/requester';
import { tokenize } from '../../src/engine/text/tokens';
import { COMPLAINT_TYPES, INCIDENT_CATEGORIES, type Analysis, type EngineOptions, type Span } from '../../src/engine/types';
import { CUSTOM_RULE_ID } from '../../src/engine/rules/draft';
import { bundleArb, hostileString, PIECES, SEED } from './arbitraries';

const ANALYZE_RUNS = 400;
const DRAFT_RUNS = 400;
const TEXT_RUNS = 500;

/** How much the properties actually checked (a property over empty results would prove nothing). */
const seen = { analyses: 0, incidentSpans: 0, complaintSpans: 0, drafts: 0, findings: 0, customFindings: 0, foldedChars: 0 };

const wrongValue = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 6 }), fc.constant([]), fc.constant({}), fc.constant(NaN));

const optionsArb: fc.Arbitrary<Partial<EngineOptions>> = fc.record({
  tagPrefix: fc.oneof(fc.constantFrom('boundary_', 'x_', ''), hostileString, wrongValue),
  categories: fc.oneof(fc.subarray([...INCIDENT_CATEGORIES]), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), wrongValue),
  typeTagPrefix: fc.oneof(fc.constantFrom('tact_type_', null), hostileString, wrongValue),
  languages: fc.oneof(fc.subarray(['fr', 'en'] as const), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), wrongValue),
  maxCommentChars: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constant(200_000), fc.double(), wrongValue),
}, { requiredKeys: [] }) as fc.Arbitrary<Partial<EngineOptions>>;

function expectSpan(s: Span, bodies: readonly string[], what: string): void {
  expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
  expect(s.start).toBeLessThan(s.end);
  expect(s.text.length).toBeGreaterThan(0);
  // The comment id may be shared by several malformed comments: one of them holds the span.
  const exact = bodies.some((b) => b.slice(s.start, s.end) === s.text);
  if (!exact) throw new Error(`${what} span ${JSON.stringify(s)} is not exact in its comment`);
}

function checkAnalysis(input: unknown, a: Analysis): void {
  seen.analyses++;
  expect(['fr', 'en']).toContain(a.language);
  expect(COMPLAINT_TYPES).toContain(a.complaintType.type);
  expect(Number.isFinite(a.complaintType.confidence)).toBe(true);
  expect(a.complaintType.confidence).toBeGreaterThanOrEqual(0);
  expect(a.complaintType.confidence).toBeLessThanOrEqual(1);
  expect(a.warnings.every((w) => typeof w === 'string')).toBe(true);
  expect(() => JSON.stringify(a)).not.toThrow();
  let comments: { id: number | null; body: string }[] = [];
  try { comments = parseBundle(input).bundle.comments; } catch { /* not an object: no spans expected */ }
  const bodiesOf = (id: number | null): string[] => comments.filter((c) => c.id === id).map((c) => c.body);
  for (const i of a.incidents) {
    expect(INCIDENT_CATEGORIES).toContain(i.category);
    expect([1, 2, 3, 4]).toContain(i.stage);
    expect(i.action).toBe(`${i.category}.${i.stage}`);
    expect(i.evidence.length).toBeGreaterThan(0);
    for (const e of i.evidence) {
      expectSpan(e, bodiesOf((e as Span & { commentId?: number | null }).commentId ?? i.commentId), `incident ${i.category}`);
      seen.incidentSpans++;
    }
  }
  for (const e of a.complaintType.evidence) {
    expectSpan(e, bodiesOf(e.commentId), 'complaint');
    seen.complaintSpans++;
  }
}

describe(`analyze() on random and malformed bundles (fast-check, seed ${SEED})`, () => {
  it(`never throws and every incident and complaint evidence span is exact (${ANALYZE_RUNS} runs)`, () => {
    // Options too may be anything (they cross the worker boundary): null, a number, a string...
    fc.assert(fc.property(bundleArb, fc.oneof({ weight: 5, arbitrary: optionsArb }, { weight: 1, arbitrary: wrongValue }), (input, options) => {
      checkAnalysis(input, analyze(input, options as Partial<EngineOptions>));
    }), { numRuns: ANALYZE_RUNS, seed: SEED });
  });

  it(`never throws on any value at all, object or not (${ANALYZE_RUNS} runs)`, () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (input) => {
      checkAnalysis(input, analyze(input));
    }), { numRuns: ANALYZE_RUNS, seed: SEED });
  });

  it('keeps spans exact on bodies full of the pieces the rules look for', () => {
    // Deterministic companion: every piece, in one comment and then alone, from the requester.
    const body = PIECES.join(' ');
    const many = { ticket: { id: 1, requester_id: 7 }, requester: { id: 7, locale: 'fr' }, comments: [{ id: 1, author_id: 7, public: true, body }, ...PIECES.map((p, k) => ({ id: k + 2, author_id: 7, public: true, body: `${p} ${p}` }))] };
    checkAnalysis(many, analyze(many));
  });
});

describe(`checkDraft() on random drafts and admin pairs (fast-check, seed ${SEED})`, () => {
  const pairArb = fc.record({ avoid: fc.oneof(fc.constantFrom(...PIECES), hostileString), instead: hostileString, lang: fc.constantFrom('fr', 'en', null) });
  it(`never throws; findings are exact, sorted, non-overlapping and apply to exactly their span (${DRAFT_RUNS} runs)`, () => {
    // Half the drafts contain one of the admin's phrases, so custom pairs are exercised too.
    const draftArb = fc.tuple(hostileString, fc.array(pairArb, { maxLength: 4 }), fc.nat(), hostileString)
      .map(([head, custom, k, tail]) => ({ draft: custom.length && k % 2 ? `${head} ${(custom[k % custom.length] as { avoid: string }).avoid} ${tail}` : head, custom }));
    fc.assert(fc.property(draftArb, fc.constantFrom('fr', 'en', undefined), ({ draft, custom }, lang) => {
      seen.drafts++;
      const findings = checkDraft(draft, lang ? { lang, custom } : { custom });
      let last = 0;
      for (const f of findings) {
        expect(draft.slice(f.start, f.end)).toBe(f.text);
        expect(f.start).toBeLessThan(f.end);
        expect(f.start).toBeGreaterThanOrEqual(last);
        last = f.end;
        expect(['fr', 'en']).toContain(f.lang);
        expect(applyFinding(draft, f)).toBe(draft.slice(0, f.start) + f.suggestion + draft.slice(f.end));
        seen.findings++;
        if (f.ruleId === CUSTOM_RULE_ID) seen.customFindings++;
      }
    }), { numRuns: DRAFT_RUNS, seed: SEED });
  });

  it('never throws on non-string drafts', () => {
    fc.assert(fc.property(fc.anything(), (v) => { expect(checkDraft(v as string)).toEqual([]); }), { numRuns: 100, seed: SEED });
  });
});

describe(`text layer offsets (fast-check, ${TEXT_RUNS} runs each, seed ${SEED})`, () => {
  it('normalize: the offset map is monotonic, inside the original, and ends at its length', () => {
    fc.assert(fc.property(hostileString, (s) => {
      const n = normalize(s);
      expect(n.map.length).toBe(n.text.length + 1);
      expect(n.map[n.text.length]).toBe(s.length);
      let bad = -1;
      for (let i = 0; i < n.text.length && bad < 0; i++) {
        const m = n.map[i] as number;
        if (!(m >= 0 && m < s.length) || (i > 0 && m < (n.map[i - 1] as number))) bad = i;
      }
      expect(bad).toBe(-1);
      seen.foldedChars += n.text.length;
    }), { numRuns: TEXT_RUNS, seed: SEED });
  });

  it('toOriginal: any folded range maps to an ordered range inside the original', () => {
    fc.assert(fc.property(hostileString, fc.nat(), fc.nat(), (s, x, y) => {
      const n = normalize(s);
      const len = n.text.length;
      const a = len ? x % (len + 1) : 0;
      const b = a + (len - a ? y % (len - a + 1) : 0);
      const r = toOriginal(n, a, b, s);
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.start).toBeLessThanOrEqual(r.end);
      expect(r.end).toBeLessThanOrEqual(s.length);
    }), { numRuns: TEXT_RUNS, seed: SEED });
  });

  it('tokens and own ranges stay inside their text, in order', () => {
    fc.assert(fc.property(hostileString, (s) => {
      // Plain loops (one expect per string): strings run to 30 000 characters.
      let prev = 0;
      const badToken = tokenize(s).find((t) => {
        const bad = t.start < prev || t.start >= t.end || t.end > s.length;
        prev = t.start;
        return bad;
      });
      expect(badToken).toBeUndefined();
      let end = 0;
      const badRange = ownRanges(s).find((r) => {
        const bad = r.start < end || r.start >= r.end || r.end > s.length;
        end = r.end;
        return bad;
      });
      expect(badRange).toBeUndefined();
    }), { numRuns: TEXT_RUNS, seed: SEED });
  });
});

describe('the properties above were not vacuous', () => {
  it('checked many incident, complaint and draft spans', () => {
    // Printed for the reliability note: `npx jest spec/reliability --verbose`.
    process.stdout.write(`[reliability] fuzz coverage: ${JSON.stringify(seen)}\n`);
    expect(seen.analyses).toBeGreaterThanOrEqual(2 * ANALYZE_RUNS);
    expect(seen.incidentSpans).toBeGreaterThan(50);
    expect(seen.complaintSpans).toBeGreaterThan(5);
    expect(seen.findings).toBeGreaterThan(30);
    expect(seen.customFindings).toBeGreaterThan(5);
  });
});
