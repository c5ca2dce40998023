/**
 * The host contract: what every HostPort adapter must do, whatever the help desk.
 * `runHostContract(name, makeHarness)` registers the suite; a harness wraps one adapter
 * plus the controls to play the host's side (the agent typing, other people's tag
 * changes, a save, faults).
 */
import { HostError, type ColorScheme, type HostComment, type HostEvent, type HostErrorCode, type HostHistoryTicket, type HostPort, type HostTicket, type HostUser } from '../../src/host/port';

export interface HarnessData {
  ticket: HostTicket;
  comments: HostComment[];
  users: HostUser[];
  history: Record<number, HostHistoryTicket[]>;
  historyPageSize: number;
  draft: string;
  /** The editor's mode; 'unknown': the host cannot tell. */
  draftType?: 'public' | 'internal' | 'unknown';
  locale: string;
  colorScheme: ColorScheme;
  settings: Record<string, unknown>;
}

export type FaultOp = 'ticket' | 'comments' | 'requester';

export interface Harness {
  host: HostPort;
  currentDraft(): string;
  currentTags(): string[];
  typeDraft(text: string): void;
  setTagsExternally(tags: string[]): void;
  setScheme(s: ColorScheme): void;
  triggerSave(): Promise<{ ok: boolean; message?: string }>;
  /** Every call of `op` fails with `code` ('timeout': never answers). */
  fail(op: FaultOp, code: HostErrorCode): void;
  failHistoryPage(page: number): void;
  breakStorage(): void;
  resizes(): number[];
}

export function contractData(overrides: Partial<HarnessData> = {}): HarnessData {
  const history: HostHistoryTicket[] = Array.from({ length: 250 }, (_, i) => ({
    id: 2000 + i, subject: `Earlier ${i}`, created_at: '2025-01-01T00:00:00Z', status: 'solved',
    satisfaction_rating: { score: i % 2 ? 'good' : 'bad' }, tags: [],
  }));
  return {
    ticket: { id: 1001, subject: 'Facture en double', created_at: '2026-10-02T09:12:00Z', requester_id: 501, tags: ['billing', 'vip'], via: { channel: 'email' } },
    comments: [
      { id: 1, author_id: 501, public: true, created_at: '2026-10-02T09:12:00Z', body: "Bonjour, j'ai été débité deux fois." },
      { id: 2, author_id: 900, public: false, created_at: '2026-10-02T09:30:00Z', body: 'Internal: check Stripe.' },
      { id: 3, author_id: 900, public: true, created_at: '2026-10-02T10:00:00Z', body: 'Je regarde cela tout de suite.' },
    ],
    users: [{ id: 501, name: 'Claire Martin', email: 'claire@example.fr', created_at: '2019-03-01T08:00:00Z', locale: 'fr', tags: ['loyal'] }],
    history: { 501: history },
    historyPageSize: 100,
    draft: 'Bonjour Claire,',
    locale: 'fr-CA',
    colorScheme: 'dark',
    settings: { tag_prefix: 'boundary_', auto_tag: false },
    ...overrides,
  };
}

async function expectHostError(p: Promise<unknown>, code: HostErrorCode): Promise<void> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(HostError);
  expect((e as HostError).code).toBe(code);
}

const tick = (): Promise<void> => new Promise((r) => { setImmediate(r); });

export function runHostContract(name: string, makeHarness: (data: HarnessData) => Harness): void {
  describe(`HostPort contract: ${name}`, () => {
    describe('reads', () => {
      it('gives the ticket in REST shape', async () => {
        const { host } = makeHarness(contractData());
        await expect(host.ticket()).resolves.toEqual({
          id: 1001, subject: 'Facture en double', created_at: '2026-10-02T09:12:00Z', requester_id: 501, tags: ['billing', 'vip'], via: { channel: 'email' },
        });
      });

      it('gives comments oldest first, with internal notes flagged', async () => {
        const { host } = makeHarness(contractData());
        const comments = await host.comments(1001);
        expect(comments.map((c) => c.id)).toEqual([1, 2, 3]);
        expect(comments[0]).toEqual({ id: 1, author_id: 501, public: true, created_at: '2026-10-02T09:12:00Z', body: "Bonjour, j'ai été débité deux fois." });
        expect(comments[1]?.public).toBe(false);
      });

      it('follows comment pages', async () => {
        const many = Array.from({ length: 230 }, (_, i) => ({ id: i + 1, author_id: 501, public: true, created_at: null, body: `c${i + 1}` }));
        const { host } = makeHarness(contractData({ comments: many }));
        const comments = await host.comments(1001);
        expect(comments).toHaveLength(230);
        expect(comments[229]?.body).toBe('c230');
      });

      it('gives the requester with account age and tags', async () => {
        const { host } = makeHarness(contractData());
        await expect(host.requester(501)).resolves.toEqual({ id: 501, name: 'Claire Martin', email: 'claire@example.fr', created_at: '2019-03-01T08:00:00Z', locale: 'fr', tags: ['loyal'] });
      });

      it('gives null for a missing or deleted requester', async () => {
        const { host } = makeHarness(contractData());
        await expect(host.requester(999)).resolves.toBeNull();
      });

      it('gives locale, color scheme and settings', async () => {
        const { host } = makeHarness(contractData());
        await expect(host.locale()).resolves.toBe('fr-CA');
        await expect(host.colorScheme()).resolves.toBe('dark');
        await expect(host.settings()).resolves.toEqual({ tag_prefix: 'boundary_', auto_tag: false });
      });
    });

    describe('history', () => {
      it('reads every page within the cap', async () => {
        const { host } = makeHarness(contractData());
        const h = await host.history(501, { maxPages: 3 });
        expect(h.tickets).toHaveLength(250);
        expect(h.partial).toBe(false);
        expect(h.tickets[0]).toEqual({ id: 2000, subject: 'Earlier 0', created_at: '2025-01-01T00:00:00Z', status: 'solved', satisfaction_rating: { score: 'bad' }, tags: [] });
      });

      it('stops at the page cap and says the history is partial', async () => {
        const { host } = makeHarness(contractData());
        const h = await host.history(501, { maxPages: 2 });
        expect(h.tickets).toHaveLength(200);
        expect(h.partial).toBe(true);
      });

      it('keeps the pages it got when a later page fails', async () => {
        const harness = makeHarness(contractData());
        harness.failHistoryPage(2);
        const h = await harness.host.history(501, { maxPages: 3 });
        expect(h.tickets).toHaveLength(100);
        expect(h.partial).toBe(true);
      });

      it('gives an empty, complete history for a requester without tickets', async () => {
        const { host } = makeHarness(contractData({ history: {} }));
        await expect(host.history(501)).resolves.toEqual({ tickets: [], partial: false });
      });
    });

    describe('draft', () => {
      it('tells a public reply from an internal note; unknown counts as public', async () => {
        for (const [draftType, expected] of [['public', true], ['internal', false], ['unknown', true]] as const) {
          const { host } = makeHarness(contractData({ draftType }));
          // Optional in the port; an adapter without it means "always public".
          await expect(host.draftIsPublic ? host.draftIsPublic() : Promise.resolve(true)).resolves.toBe(expected);
        }
      });

      it('reads and replaces the draft', async () => {
        const harness = makeHarness(contractData());
        await expect(harness.host.draft()).resolves.toBe('Bonjour Claire,');
        await harness.host.setDraft('Bonjour Claire, merci.');
        expect(harness.currentDraft()).toBe('Bonjour Claire, merci.');
        await expect(harness.host.draft()).resolves.toBe('Bonjour Claire, merci.');
      });
    });

    describe('tags', () => {
      it('adds only the given tags and keeps the others', async () => {
        const harness = makeHarness(contractData());
        await harness.host.addTags(['boundary_insult']);
        expect(harness.currentTags().sort()).toEqual(['billing', 'boundary_insult', 'vip']);
        await expect(harness.host.tags()).resolves.toEqual(expect.arrayContaining(['billing', 'vip', 'boundary_insult']));
      });

      it('never duplicates a tag', async () => {
        const harness = makeHarness(contractData());
        await harness.host.addTags(['vip', 'boundary_insult']);
        await harness.host.addTags(['boundary_insult']);
        expect(harness.currentTags().filter((t) => t === 'boundary_insult')).toHaveLength(1);
        expect(harness.currentTags().filter((t) => t === 'vip')).toHaveLength(1);
      });

      it("keeps tags someone else added meanwhile", async () => {
        const harness = makeHarness(contractData());
        harness.setTagsExternally(['billing', 'vip', 'escalated']);
        await harness.host.addTags(['boundary_threat']);
        expect(harness.currentTags().sort()).toEqual(['billing', 'boundary_threat', 'escalated', 'vip']);
      });

      it('removes only the given tags', async () => {
        const harness = makeHarness(contractData());
        await harness.host.addTags(['boundary_insult']);
        harness.setTagsExternally([...harness.currentTags(), 'escalated']);
        await harness.host.removeTags(['boundary_insult']);
        expect(harness.currentTags().sort()).toEqual(['billing', 'escalated', 'vip']);
      });
    });

    describe('events', () => {
      it('delivers draft, tag and theme changes, and stops after unsubscribe', async () => {
        const harness = makeHarness(contractData());
        const seen: HostEvent[] = [];
        const off = harness.host.on((e) => seen.push(e));
        harness.typeDraft('Calm down');
        harness.setTagsExternally(['billing']);
        harness.setScheme('light');
        await tick();
        expect(seen).toEqual([
          { type: 'draft.changed', text: 'Calm down' },
          { type: 'tags.changed', tags: ['billing'] },
          { type: 'colorScheme.changed', scheme: 'light' },
        ]);
        off();
        harness.typeDraft('again');
        await tick();
        expect(seen).toHaveLength(3);
      });

      it('keeps other listeners when one unsubscribes', async () => {
        const harness = makeHarness(contractData());
        const a: HostEvent[] = [];
        const b: HostEvent[] = [];
        const offA = harness.host.on((e) => a.push(e));
        harness.host.on((e) => b.push(e));
        offA();
        harness.typeDraft('x');
        await tick();
        expect(a).toHaveLength(0);
        expect(b).toEqual([{ type: 'draft.changed', text: 'x' }]);
      });
    });

    describe('save hook', () => {
      it('lets the save through without a hook, or when the hook agrees', async () => {
        const harness = makeHarness(contractData());
        await expect(harness.triggerSave()).resolves.toEqual({ ok: true });
        harness.host.onBeforeSave(async () => true);
        await expect(harness.triggerSave()).resolves.toEqual({ ok: true });
      });

      it('vetoes the save with the hook message', async () => {
        const harness = makeHarness(contractData());
        harness.host.onBeforeSave(async () => 'Your reply contains "calm down".');
        await expect(harness.triggerSave()).resolves.toEqual({ ok: false, message: 'Your reply contains "calm down".' });
      });

      it('never blocks the save when the hook itself crashes, and can be removed', async () => {
        const harness = makeHarness(contractData());
        harness.host.onBeforeSave(() => Promise.reject(new Error('bug')));
        await expect(harness.triggerSave()).resolves.toEqual({ ok: true });
        harness.host.onBeforeSave(async () => 'no');
        harness.host.onBeforeSave(null);
        await expect(harness.triggerSave()).resolves.toEqual({ ok: true });
      });
    });

    describe('errors', () => {
      const cases: Array<[FaultOp, HostErrorCode]> = [
        ['comments', 'server_error'], ['comments', 'rate_limited'], ['comments', 'forbidden'], ['comments', 'timeout'],
        ['requester', 'server_error'], ['ticket', 'timeout'],
      ];
      it.each(cases)('%s failing with %s gives that HostError code', async (op, code) => {
        const harness = makeHarness(contractData());
        harness.fail(op, code);
        const call = op === 'comments' ? harness.host.comments(1001) : op === 'requester' ? harness.host.requester(501) : harness.host.ticket();
        await expectHostError(call, code);
      });

      it('marks transient errors as retryable', async () => {
        const harness = makeHarness(contractData());
        harness.fail('comments', 'server_error');
        const e = await harness.host.comments(1001).catch((x: unknown) => x);
        expect((e as HostError).retryable).toBe(true);
      });
    });

    describe('state and layout', () => {
      it('keeps state per key', () => {
        const { host } = makeHarness(contractData());
        expect(host.loadState('k')).toBeNull();
        host.saveState('k', 'v1');
        host.saveState('other', 'v2');
        expect(host.loadState('k')).toBe('v1');
      });

      it('survives broken storage', () => {
        const harness = makeHarness(contractData());
        harness.host.saveState('k', 'v1');
        harness.breakStorage();
        expect(() => harness.host.saveState('k', 'v2')).not.toThrow();
        expect(harness.host.loadState('k')).toBeNull();
      });

      it('asks the host to resize', async () => {
        const harness = makeHarness(contractData());
        harness.host.resize(420);
        await tick();
        expect(harness.resizes()).toContain(420);
      });
    });
  });
}
