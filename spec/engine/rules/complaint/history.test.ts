import fc from 'fast-check';
import { parseBundle, type TicketBundle } from '../../../../src/engine/bundle';
import { accountYears, historyView, parseIsoUtc, subjectKind, ticketYear } from '../../../../src/engine/rules/complaint/history';
import { matchFamily } from '../../../../src/engine/rules/complaint/signals';
import type { ComplaintLexicon, SignalFamily } from '../../../../src/engine/rules/complaint/types';
import { tokenize } from '../../../../src/engine/rules/phrase';
import { COMPLAINT_FR } from '../../../../src/engine/lexicons/fr/complaint';
import { COMPLAINT_EN } from '../../../../src/engine/lexicons/en/complaint';

/** historyView's subject counts as written before the per-subject memo: every subject scanned every time. */
function subjectCountsByScanning(bundle: TicketBundle, lexicons: readonly ComplaintLexicon[]): { hostileSubjects: number; preciseSubjects: number } {
  const families: readonly SignalFamily[] = ['hostility', 'rejection', 'defect'];
  let hostileSubjects = 0;
  let preciseSubjects = 0;
  for (const h of bundle.history) {
    if (!h.subject) continue;
    const subject = h.subject.slice(0, 300);
    const unit = [{ commentId: null, body: subject, start: 0, end: subject.length, tokens: tokenize(subject), scanned: null }];
    const found = (lex: ComplaintLexicon, f: SignalFamily): boolean => matchFamily(unit, lex, f, 'history', undefined, families).length > 0;
    if (lexicons.some((lex) => found(lex, 'hostility') || found(lex, 'rejection'))) hostileSubjects++;
    else if (lexicons.some((lex) => found(lex, 'defect'))) preciseSubjects++;
  }
  return { hostileSubjects, preciseSubjects };
}

describe('historyView (earlier subjects read once per lexicon, then remembered)', () => {
  const subjects = [
    'Facture incompréhensible', 'Technicien absent', 'Encore une coupure', 'Vous êtes des incapables', 'Bande de voleurs, je résilie',
    'Erreur 500 sur la page de paiement depuis la v2.3', 'App crashes on login since 4.1.2', 'You are useless', 'Cancel my account now, scammers',
    'Refund please', 'Bug: export CSV vide (Chrome 120)', 'x'.repeat(310) + ' idiots', '', 'Thanks!',
  ];
  const history = fc.array(fc.record({ subject: fc.oneof(fc.constantFrom(...subjects), fc.string({ maxLength: 12 })) }), { maxLength: 6 });
  const lexicons = fc.constantFrom<ComplaintLexicon[]>([COMPLAINT_FR], [COMPLAINT_EN], [COMPLAINT_FR, COMPLAINT_EN], [COMPLAINT_EN, COMPLAINT_FR], []);

  it('counts the hostile and precise subjects as scanning them every time does (fast-check, seeded; each case read twice)', () => {
    fc.assert(fc.property(history, lexicons, (h, lexs) => {
      const { bundle } = parseBundle({ ticket: { id: 1 }, history: h });
      const expected = subjectCountsByScanning(bundle, lexs);
      for (let k = 0; k < 2; k++) expect(historyView(bundle, lexs)).toMatchObject({ total: h.length, ...expected });
    }), { numRuns: 400, seed: 20261123 });
  });

  it('reads hostile and precise subjects', () => {
    expect(subjectKind('Vous êtes des incapables', COMPLAINT_FR)).toBe('hostile');
    expect(subjectKind('App crashes on login since 4.1.2', COMPLAINT_EN)).toBe('precise');
    expect(subjectKind('Thanks!', COMPLAINT_EN)).toBeNull();
  });
});

describe('parseIsoUtc (Zendesk dates without the general date parser)', () => {
  it('is Date.parse on strings of the Zendesk form, near it and off it (fast-check, seeded)', () => {
    const d = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
    const iso = fc.tuple(d(4, 9999), d(2, 19), d(2, 39), d(2, 29), d(2, 69), d(2, 69), fc.constantFrom('Z', 'Z', 'Z', '', '+02:00', '.123Z', 'z'), fc.constantFrom('T', 'T', ' ', 't'))
      .map(([y, mo, dd, h, mi, s, z, t]) => `${y}-${mo}-${dd}${t}${h}:${mi}:${s}${z}`);
    const near = fc.tuple(iso, fc.nat(25), fc.constantFrom('0', '9', '-', ':', 'x', '/', ' ')).map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));
    fc.assert(fc.property(fc.oneof(iso, near, fc.string({ maxLength: 22 })), (s) => {
      const fast = parseIsoUtc(s);
      if (!Number.isNaN(fast)) expect(fast).toBe(Date.parse(s));
    }), { numRuns: 20000, seed: 20261123 });
  });

  it('reads every well-formed date of the form and leaves the rest to Date.parse', () => {
    expect(parseIsoUtc('2026-02-30T10:00:00Z')).toBe(Date.parse('2026-03-02T10:00:00Z'));
    expect(parseIsoUtc('2025-05-02T18:11:00Z')).toBe(Date.parse('2025-05-02T18:11:00Z'));
    for (const s of ['2026-01-01T24:00:00Z', '2026-01-01T23:59:60Z', '0099-01-01T00:00:00Z', '2026-01-01T00:00:00.5Z', '2026-01-01']) expect(parseIsoUtc(s)).toBeNaN();
  });
});

describe('accountYears and ticketYear', () => {
  it('read each bundle\'s own dates as Date.parse reads them', () => {
    const dates = ['2026-01-01T00:00:00Z', '2020-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '2024-01-01T24:00:00Z', '2021-03-04T05:06:07.890Z', '2023-07-15', 'not a date', '', '1999-12-31T23:59:59Z'];
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...dates)), { maxLength: 6 }), (pairs) => {
      for (const [created, requesterCreated] of pairs) {
        const { bundle } = parseBundle({ ticket: { id: 1, created_at: created }, requester: { id: 2, created_at: requesterCreated } });
        const t = Date.parse(created);
        const r = Date.parse(requesterCreated);
        expect(ticketYear(bundle)).toBe(created && Number.isFinite(t) ? new Date(t).getUTCFullYear() : null);
        const at = created && Number.isFinite(t) ? t : 5e12;
        const y = (at - r) / (365.25 * 24 * 3600 * 1000);
        expect(accountYears(bundle, 5e12)).toBe(requesterCreated && Number.isFinite(r) && y >= 0 ? y : null);
      }
    }), { numRuns: 500, seed: 20261123 });
  });
});
