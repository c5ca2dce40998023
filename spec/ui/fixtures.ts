/** Controlled engine output for component tests: the UI is tested apart from the rules. */
import type { Analysis, Incident } from '../../src/engine/types';
import type { MemoryHostData } from '../../src/host/memory';

export const INSULT_BODY = 'I have been a customer since 2019 and you are a bunch of morons, cancel everything.';
export const INSULT_START = INSULT_BODY.indexOf('bunch of morons');

export function insult(overrides: Partial<Incident> = {}): Incident {
  return {
    category: 'insult', stage: 2, commentId: 1,
    evidence: [{ text: 'bunch of morons', start: INSULT_START, end: INSULT_START + 15 }],
    action: 'insult.2', tag: 'boundary_insult', ruleIds: ['insult.name_calling'], ...overrides,
  };
}

export function makeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    ticketId: 1001,
    language: 'en',
    complaintType: {
      type: 'lapsed_loyal', confidence: 0.72, strategy: 'lapsed_loyal',
      evidence: [{ text: 'cancel everything', start: INSULT_BODY.indexOf('cancel everything'), end: INSULT_BODY.indexOf('cancel everything') + 17, commentId: 1, ruleId: 'churn' }],
      facts: [{ kind: 'customer_since', value: 7, supports: 'lapsed_loyal' }, { kind: 'tickets', value: 12, supports: 'lapsed_loyal' }, { kind: 'rated_bad', value: 2, supports: 'active_hater' }],
    },
    incidents: [insult()],
    tags: ['boundary_insult'],
    warnings: [],
    ...overrides,
  };
}

export function ticketData(overrides: Partial<MemoryHostData> = {}): Partial<MemoryHostData> {
  return {
    ticket: { id: 1001, subject: 'Cancel my account', created_at: '2026-10-02T09:12:00Z', requester_id: 501, tags: ['billing', 'vip'], via: { channel: 'email' } },
    comments: [
      { id: 1, author_id: 501, public: true, created_at: '2026-10-02T09:12:00Z', body: INSULT_BODY },
      { id: 2, author_id: 900, public: true, created_at: '2026-10-02T10:00:00Z', body: 'Hello, I am looking into it.' },
    ],
    ...overrides,
  };
}
