import { analyze, distinct, resolveOptions } from '../../src/engine/analyze';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/types';
import fc from 'fast-check';

const bundle = (body: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ticket: { id: 42, requester_id: 7, created_at: '2026-05-01T10:00:00Z', tags: [] },
  requester: { id: 7, created_at: '2012-01-01T00:00:00Z', locale: 'fr', tags: [] },
  comments: [{ id: 1, author_id: 7, public: true, body }],
  history: [{ id: 1, satisfaction_rating: { score: 'good' } }, { id: 2, satisfaction_rating: { score: 'good' } }, { id: 3, satisfaction_rating: { score: 'good' } }],
  ...extra,
});

const LAPSED_INSULT = "Client depuis 2012, ce n'était pas comme ça avant. Votre conseiller est un abruti. Je vais résilier.";

describe('analyze', () => {
  it('runs the whole pipeline: language, type, incidents, tags', () => {
    const a = analyze(bundle(LAPSED_INSULT));
    expect(a.ticketId).toBe(42);
    expect(a.language).toBe('fr');
    expect(a.complaintType.type).toBe('lapsed_loyal');
    expect(a.complaintType.strategy).toBe('lapsed_loyal');
    expect(a.incidents.map((i) => i.category)).toContain('insult');
    expect(a.tags).toContain('boundary_insult');
    expect(a.tags.some((t) => t.startsWith('tact_type_'))).toBe(false);
  });

  it('adds the type tag only when a type tag prefix is set and the type is not none', () => {
    expect(analyze(bundle(LAPSED_INSULT), { typeTagPrefix: 'tact_type_' }).tags).toContain('tact_type_lapsed_loyal');
    expect(analyze(bundle('Bonjour, quel est le délai de livraison ?'), { typeTagPrefix: 'tact_type_' }).tags).toEqual([]);
  });

  it('uses the tag prefix and drops disabled categories', () => {
    expect(analyze(bundle(LAPSED_INSULT), { tagPrefix: 'x_' }).tags).toContain('x_insult');
    expect(analyze(bundle(LAPSED_INSULT), { categories: ['racism'] }).incidents).toEqual([]);
  });

  it('never reads agent comments or internal notes as the requester', () => {
    const b = bundle('Bonjour, où en est ma commande ?', {
      comments: [
        { id: 1, author_id: 7, public: true, body: 'Bonjour, où en est ma commande ?' },
        { id: 2, author_id: 900, public: false, body: "Quel abruti ce client, la pire boîte d'escrocs" },
      ],
    });
    const a = analyze(b);
    expect(a.incidents).toEqual([]);
    expect(a.complaintType.type).toBe('none');
  });

  it('cuts a comment longer than maxCommentChars and says so', () => {
    const long = `${'Bonjour, question sur ma facture. '.repeat(50)}Vous êtes des abrutis.`;
    const a = analyze(bundle(long), { maxCommentChars: 500 });
    expect(a.warnings).toContain('text_truncated');
    expect(a.incidents).toEqual([]); // the insult is past the cut
    expect(analyze(bundle(long)).incidents.map((i) => i.category)).toContain('insult');
  });

  it('falls back to the locale, then to the first enabled language', () => {
    expect(analyze(bundle('ok')).language).toBe('fr');
    expect(analyze(bundle('Hello, where is my parcel please?'), { languages: ['fr'] }).language).toBe('fr');
  });

  it('reports what it could not use', () => {
    expect(analyze({}).warnings).toEqual(expect.arrayContaining(['no_ticket', 'no_comments', 'no_requester']));
    expect(analyze(null).warnings).toEqual(['not_a_bundle']);
    expect(analyze([1, 2]).warnings).toEqual(['not_a_bundle']);
  });

  it('resolves partial options over the defaults', () => {
    expect(resolveOptions({})).toEqual(DEFAULT_ENGINE_OPTIONS);
    expect(resolveOptions({ maxCommentChars: -3, languages: [] }).maxCommentChars).toBe(DEFAULT_ENGINE_OPTIONS.maxCommentChars);
  });

  it('never throws for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => { analyze(v); }), { numRuns: 300 });
    fc.assert(fc.property(fc.record({ ticket: fc.anything(), comments: fc.anything(), requester: fc.anything(), history: fc.anything() }, { requiredKeys: [] }), (v) => { analyze(v); }), { numRuns: 300 });
  });
});

describe('distinct', () => {
  it('is [...new Set(list)], a fresh array (fast-check, seeded)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 5 }), (list) => {
      const out = distinct(list);
      expect(out).toEqual([...new Set(list)]);
      expect(out).not.toBe(list);
    }), { numRuns: 300, seed: 20261124 });
  });
});

