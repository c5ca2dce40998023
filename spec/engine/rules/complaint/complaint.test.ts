import { parseBundle } from '../../../../src/engine/bundle';
import { requesterTexts } from '../../../../src/engine/text/requester';
import { classifyComplaint } from '../../../../src/engine/complaint';
import { CASES, type ComplaintCase } from './cases';

const TICKET_AT = Date.parse('2026-06-01T10:00:00Z');

export function bundleFor(c: ComplaintCase): unknown {
  const texts = Array.isArray(c.text) ? c.text : [c.text];
  const h = c.hist ?? {};
  const history = [
    ...Array.from({ length: h.good ?? 0 }, (_, i) => ({ id: 100 + i, subject: 'Question', satisfaction_rating: { score: 'good' }, tags: [] })),
    ...Array.from({ length: h.bad ?? 0 }, (_, i) => ({ id: 200 + i, subject: h.subjects?.[i] ?? 'Suivi', satisfaction_rating: { score: 'bad' }, tags: h.boundary ? ['boundary_insult'] : [] })),
  ];
  return {
    ticket: { id: 1, requester_id: 7, created_at: new Date(TICKET_AT).toISOString() },
    requester: { id: 7, created_at: new Date(TICKET_AT - (h.years ?? 0.1) * 365.25 * 86400000).toISOString(), locale: c.lang },
    comments: texts.map((body, i) => ({ id: i + 1, author_id: 7, public: true, body })),
    history,
  };
}

describe('classifyComplaint on written cases', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { bundle } = parseBundle(bundleFor(c));
    const r = classifyComplaint(bundle, requesterTexts(bundle), c.lang);
    expect(r.type).toBe(c.expect);
    expect(r.strategy).toBe(r.type);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    if (r.type !== 'none') expect(r.evidence.length).toBeGreaterThan(0);
  });
});
