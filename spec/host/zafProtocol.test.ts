/** @jest-environment jsdom */
/**
 * The Zendesk adapter over the REAL zendesk_app_framework_sdk 2.0.11, talking to a
 * minimal host over postMessage. This pins down what a Zendesk-like host (our
 * workspace included) must answer for Tact to work.
 */
import { connectZendesk } from '../../src/host/zendesk';
import type { HostEvent, HostPort } from '../../src/host/port';

const ORIGIN = 'https://host.example';
type Msg = { key?: string; message?: unknown; id?: number; request?: string; params?: unknown; error?: { msg: string } };

class MiniHost {
  readonly got: Msg[] = [];
  tags = ['billing'];
  draft = 'Hi';
  requestReplies: Array<(opts: { url: string }) => { ok: boolean; args: unknown[] }> = [];

  send(data: unknown): void {
    window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data), origin: ORIGIN, source: window }));
  }

  receive(raw: unknown): void {
    // The SDK sends JSON strings, except hook replies (iframe.reply:*), which are plain objects.
    const m = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Msg;
    this.got.push(m);
    setTimeout(() => this.answer(m), 0);
  }

  private answer(m: Msg): void {
    if (m.key === 'iframe.handshake') {
      this.send({ key: 'zaf.app.registered', message: { context: { location: 'ticket_sidebar', ticketId: 5 }, metadata: { installationId: 9, settings: { tag_prefix: 'x_' } } } });
    } else if (m.request === 'get') {
      const result: Record<string, unknown> = { errors: {} };
      for (const p of m.params as string[]) {
        if (p === 'ticket') result[p] = { id: 5, subject: 'S', createdAt: '2026-01-01T00:00:00Z', requester: { id: 7 }, tags: this.tags, via: { channel: 'web' } };
        else if (p === 'ticket.tags') result[p] = this.tags;
        else if (p === 'ticket.comment.text') result[p] = this.draft;
        else result.errors = { [p]: { message: 'Could not find path', path: p, name: 'Error' } };
      }
      this.send({ id: m.id, result });
    } else if (m.request === 'invoke') {
      const params = m.params as Record<string, unknown[]>;
      const add = params['ticket.tags.add'];
      if (add) this.tags = [...new Set([...this.tags, ...(add[0] as string[])])];
      this.send({ id: m.id, result: { errors: {} } });
    } else if (m.key?.startsWith('request:')) {
      const reply = this.requestReplies.shift();
      const r = reply ? reply(m.message as { url: string }) : { ok: false, args: [{ status: 404, responseText: '{}' }] };
      this.send({ key: `zaf.${m.key}.${r.ok ? 'done' : 'fail'}`, message: { responseArgs: r.args } });
    }
  }
}

describe('adapter over the real ZAF SDK', () => {
  let host: HostPort;
  const mini = new MiniHost();

  beforeAll(async () => {
    window.history.replaceState({}, '', `/?origin=${encodeURIComponent(ORIGIN)}&app_guid=abc`);
    jest.spyOn(window, 'postMessage').mockImplementation((msg: unknown) => mini.receive(msg));
    const h = await connectZendesk({ storage: null });
    if (!h) throw new Error('not connected');
    host = h;
  });

  it('registers and reads settings from app.registered metadata', async () => {
    expect(mini.got[0]?.key).toBe('iframe.handshake');
    await expect(host.settings()).resolves.toEqual({ tag_prefix: 'x_' });
  });

  it('reads the ticket with get("ticket")', async () => {
    await expect(host.ticket()).resolves.toEqual({ id: 5, subject: 'S', created_at: '2026-01-01T00:00:00Z', requester_id: 7, tags: ['billing'], via: { channel: 'web' } });
  });

  it('falls back when the host does not know a path', async () => {
    await expect(host.colorScheme()).resolves.toBe('light');
  });

  it('reads REST through request:N, retrying a 429 that carries Retry-After', async () => {
    mini.requestReplies.push(
      () => ({ ok: false, args: [{ status: 429, responseText: '', headers: { 'Retry-After': '0' } }] }),
      (o) => ({ ok: true, args: [{ status: 200, responseJSON: { comments: [{ id: 1, author_id: 7, public: true, body: o.url }] }, headers: {} }] }),
    );
    const comments = await host.comments(5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe('/api/v2/tickets/5/comments.json?per_page=100');
    const req = mini.got.filter((m) => m.key?.startsWith('request:'));
    expect(req).toHaveLength(2);
    expect(req[0]?.message).toMatchObject({ url: '/api/v2/tickets/5/comments.json?per_page=100', type: 'GET', httpCompleteResponse: true, autoRetry: false });
  });

  it('maps a 404 user to a missing requester', async () => {
    await expect(host.requester(7)).resolves.toBeNull();
  });

  it('adds tags with invoke("ticket.tags.add", [tags])', async () => {
    await host.addTags(['x_insult']);
    expect(mini.tags).toEqual(['billing', 'x_insult']);
  });

  it('subscribes with iframe.on:<event> and delivers zaf.<event>', async () => {
    const seen: HostEvent[] = [];
    const off = host.on((e) => seen.push(e));
    expect(mini.got.some((m) => m.key === 'iframe.on:comment.text.changed')).toBe(true);
    mini.send({ key: 'zaf.comment.text.changed', message: 'Calm down' });
    expect(seen).toEqual([{ type: 'draft.changed', text: 'Calm down' }]);
    off();
    expect(mini.got.some((m) => m.key === 'iframe.off:comment.text.changed')).toBe(true);
  });

  it('answers the ticket.save hook with iframe.reply, carrying the veto message', async () => {
    host.onBeforeSave(async () => 'Reply contains a risky phrase');
    mini.send({ key: 'zaf.ticket.save', needsReply: true });
    await new Promise((r) => { setTimeout(r, 10); });
    const reply = mini.got.find((m) => m.key === 'iframe.reply:ticket.save');
    expect(reply?.error).toEqual({ msg: 'Reply contains a risky phrase' });
  });
});
