import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyCase, evaluate, type DraftCase, type TicketCase } from '../../src/engine/eval/evaluate';
import { checkFloors, floorsSchema } from '../../src/engine/eval/floors';

const floors = floorsSchema.parse(JSON.parse(readFileSync(resolve(__dirname, '../eval-floors.json'), 'utf8')));

const ticket = (id: string, lang: 'fr' | 'en', body: string, type: string, incidents: string[]): unknown => ({
  id, lang,
  ticket: { id: 1, requester_id: 7, created_at: '2026-05-01T10:00:00Z' },
  requester: { id: 7, created_at: '2025-01-01T00:00:00Z' },
  comments: [{ id: 1, author_id: 7, public: true, body }],
  history: [],
  expect: { complaint_type: type, incidents },
});

function load(raw: unknown[]): { tickets: TicketCase[]; drafts: DraftCase[] } {
  const tickets: TicketCase[] = [];
  const drafts: DraftCase[] = [];
  for (const r of raw) {
    const c = classifyCase(r);
    if (c.kind === 'ticket') tickets.push(c.c);
    if (c.kind === 'draft') drafts.push(c.c);
  }
  return { tickets, drafts };
}

describe('evaluate + floors', () => {
  it('sorts cases and rejects malformed ones', () => {
    expect(classifyCase({ id: 'd', lang: 'en', draft: 'x', expect: { spans: [] } }).kind).toBe('draft');
    expect(classifyCase(ticket('t', 'en', 'hi', 'none', [])).kind).toBe('ticket');
    expect(classifyCase({ id: 't', expect: { complaint_type: 'angry', incidents: [] } }).kind).toBe('invalid');
  });

  it('passes the floors on good predictions and fails honestly on bad ones', () => {
    const good = load([
      ticket('e1', 'en', 'Where is my parcel?', 'none', []),
      ticket('e2', 'en', 'You absolute morons.', 'none', ['insult']),
      { id: 'd1', lang: 'en', draft: 'Calm down.', expect: { spans: ['Calm down'] } },
      { id: 'd2', lang: 'en', draft: 'Thanks, all done.', expect: { spans: [] } },
    ]);
    const ok = checkFloors(evaluate(good.tickets, good.drafts), floors);
    expect(ok.filter((c) => c.lang === 'en').every((c) => c.ok)).toBe(true);
    expect(ok.some((c) => c.lang === 'fr')).toBe(false); // no French cases: nothing checked

    const bad = load([
      ticket('e1', 'en', 'Where is my parcel?', 'passionate', ['threat']),
      { id: 'd1', lang: 'en', draft: 'All good here.', expect: { spans: ['All good'] } },
    ]);
    const failed = checkFloors(evaluate(bad.tickets, bad.drafts), floors).filter((c) => !c.ok).map((c) => c.metric);
    expect(failed).toEqual(expect.arrayContaining(['complaintMacroF1', 'incidentMicroRecall', 'draftSpanRecall']));
  });
});
