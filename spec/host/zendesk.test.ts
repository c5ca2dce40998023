import type { HostEvent } from '../../src/host/port';
import { connectZendesk, createZendeskHost } from '../../src/host/zendesk';
import { classifyZafError, toApiPath } from '../../src/host/zendesk/http';
import { contractData } from './contract';
import { FakeStorage, FakeZafClient, type FakeZafData } from './fakeZafClient';
import { VirtualClock } from './virtualClock';

function setup(over: Partial<FakeZafData> = {}) {
  const data = contractData();
  const client = new FakeZafClient({ ...data, ...over });
  const clock = new VirtualClock();
  const storage = new FakeStorage();
  const host = createZendeskHost(client, { installationId: 42, storage, clock });
  return { client, clock, storage, host };
}

const tick = (): Promise<void> => new Promise((r) => { setImmediate(r); });

describe('Zendesk adapter: REST reliability', () => {
  it('waits for Retry-After on 429 and then reads the comments', async () => {
    const { client, clock, host } = setup();
    client.failRequest('/comments.json', { status: 429, headers: { 'retry-after': '3' } }, 1);
    await expect(host.comments(1001)).resolves.toHaveLength(3);
    expect(clock.sleeps).toEqual([3000]);
    expect(client.requests.filter((u) => u.includes('/comments.json'))).toHaveLength(2);
  });

  it('retries a 5xx history page and gives a complete history', async () => {
    const { client, host } = setup();
    client.failRequest('page=2', { status: 502 }, 2);
    const h = await host.history(501);
    expect(h).toMatchObject({ partial: false });
    expect(h.tickets).toHaveLength(250);
  });

  it('follows absolute next_page URLs as API paths only', async () => {
    const { client, host } = setup();
    await host.history(501);
    expect(client.requests).toHaveLength(3);
    for (const u of client.requests) expect(u.startsWith('/api/v2/users/501/tickets/requested.json?')).toBe(true);
    expect(client.requests[1]).toContain('page=2');
  });

  it('never follows a next page on another site', async () => {
    const { client, host } = setup();
    client.reply('/comments.json', () => ({ comments: [{ id: 1, body: 'hi', public: true }], next_page: 'https://elsewhere.example/steal' }));
    client.reply('/requested.json', () => ({ tickets: [{ id: 5 }], next_page: 'https://elsewhere.example/steal' }));
    await expect(host.comments(1001)).resolves.toHaveLength(1);
    await expect(host.history(501)).resolves.toMatchObject({ partial: true, tickets: [{ id: 5 }] });
    expect(client.requests.every((u) => u.startsWith('/api/v2/'))).toBe(true);
  });

  it('asks for 100 items a page and caps comment pages', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: i + 1, author_id: 501, public: true, created_at: null, body: `c${i}` }));
    const { client } = setup({ comments: many, pageSize: 10 });
    const host = createZendeskHost(client, { storage: null, clock: new VirtualClock(), maxCommentPages: 2 });
    await expect(host.comments(1001)).resolves.toHaveLength(20);
    expect(client.requests[0]).toContain('per_page=100');
  });

  it('accepts plain bodies as well as complete responses', async () => {
    const { host } = setup({ plainResponses: true });
    await expect(host.requester(501)).resolves.toMatchObject({ id: 501, created_at: '2019-03-01T08:00:00Z' });
    const { client, host: h2 } = setup();
    client.reply('/users/501.json', () => JSON.stringify({ user: { id: '501', name: 'C' } }));
    await expect(h2.requester(501)).resolves.toMatchObject({ id: 501, name: 'C', created_at: null, tags: [] });
  });
});

describe('Zendesk adapter: lenient parsing', () => {
  it('maps unusable payloads to invalid_response', async () => {
    const { client, host } = setup();
    client.reply('/comments.json', () => ({ oops: true }));
    client.reply('/users/501.json', () => ({ user: 'deleted?' }));
    await expect(host.comments(1001)).rejects.toMatchObject({ code: 'invalid_response' });
    await expect(host.requester(501)).rejects.toMatchObject({ code: 'invalid_response' });
    client.reply('/users/501.json', () => 'not json');
    await expect(host.requester(501)).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('treats a bad history page as partial, not fatal', async () => {
    const { client, host } = setup();
    client.reply('/requested.json', () => ({ nope: 1 }));
    await expect(host.history(501)).resolves.toEqual({ tickets: [], partial: true });
  });

  it('reads comments with string ids, plain_body only, and skips empty ones', async () => {
    const { client, host } = setup();
    client.reply('/comments.json', () => ({ comments: [
      { id: '7', author_id: '501', public: null, plain_body: 'plain', created_at: 3 },
      { id: 8, author_id: 501, public: false },
      { author_id: 501, body: 'no id' },
      'garbage',
    ] }));
    await expect(host.comments(1001)).resolves.toEqual([
      { id: 7, author_id: 501, public: true, created_at: null, body: 'plain' },
      { id: -2, author_id: 501, public: true, created_at: null, body: 'no id' },
    ]);
  });

  it('rejects a ZAF ticket without id, and reads snake_case variants', async () => {
    const { client, host } = setup();
    jest.spyOn(client, 'get').mockResolvedValueOnce({ errors: {}, ticket: { subject: 'x' } });
    await expect(host.ticket()).rejects.toMatchObject({ code: 'invalid_response' });
    jest.spyOn(client, 'get').mockResolvedValueOnce({ errors: {}, ticket: { id: '12', created_at: 'd', requester_id: 9, tags: ['a', 3] } });
    await expect(host.ticket()).resolves.toEqual({ id: 12, subject: null, created_at: 'd', requester_id: 9, tags: ['a'], via: null });
  });

  it('falls back to sane defaults for locale and scheme', async () => {
    const { client, host } = setup();
    client.failGet('currentUser.locale', new Error('nope'));
    client.failGet('colorScheme', new Error('"colorScheme" Could not find path'));
    await expect(host.locale()).resolves.toBe('en');
    await expect(host.colorScheme()).resolves.toBe('light');
  });

  it('reads ticket.comment.type: only internalNote is not public; a failed read counts as public', async () => {
    await expect(setup({ commentType: 'internalNote' }).host.draftIsPublic?.()).resolves.toBe(false);
    await expect(setup({ commentType: 'publicReply' }).host.draftIsPublic?.()).resolves.toBe(true);
    await expect(setup({ commentType: 'somethingNew' }).host.draftIsPublic?.()).resolves.toBe(true);
    const { client, host } = setup({ commentType: 'internalNote' });
    client.failGet('ticket.comment.type', new Error('"ticket.comment.type" Could not find path'));
    await expect(host.draftIsPublic?.()).resolves.toBe(true);
  });
});

describe('Zendesk adapter: ZAF calls', () => {
  it('uses documented paths for draft and tags', async () => {
    const { client, host } = setup();
    await host.setDraft('Hello');
    await host.addTags(['boundary_insult']);
    await host.removeTags(['boundary_insult']);
    await host.addTags([]);
    expect(client.sets).toEqual([['ticket.comment.text', 'Hello']]);
    expect(client.invokes).toEqual([['ticket.tags.add', [['boundary_insult']]], ['ticket.tags.remove', [['boundary_insult']]]]);
  });

  it('times out a tag write the host never answers', async () => {
    const { client, host } = setup();
    client.failInvoke('ticket.tags.add', 'hang');
    await expect(host.addTags(['boundary_x'])).rejects.toMatchObject({ code: 'timeout' });
  });

  it('fetches the value when a change event carries none, and unbinds on last unsubscribe', async () => {
    const { client, host } = setup();
    const seen: HostEvent[] = [];
    const off = host.on((e) => seen.push(e));
    client.draft = 'typed';
    client.fire('comment.text.changed', { weird: true });
    client.fire('colorScheme.changed', { colorScheme: 'dark' });
    client.fire('ticket.comments.changed');
    await tick();
    await tick();
    expect(seen).toEqual([{ type: 'colorScheme.changed', scheme: 'dark' }, { type: 'ticket.changed' }, { type: 'draft.changed', text: 'typed' }]);
    expect(client.handlerCount('comment.text.changed')).toBe(1);
    off();
    expect(client.handlerCount('comment.text.changed')).toBe(0);
    host.on(() => undefined);
    expect(client.handlerCount('comment.text.changed')).toBe(1);
  });

  it('registers the save hook once and gives Zendesk a message to show', async () => {
    const { client, host } = setup();
    host.onBeforeSave(async () => 'Check your reply');
    host.onBeforeSave(async () => '');
    expect(client.handlerCount('ticket.save')).toBe(1);
    await expect(client.triggerSave()).resolves.toEqual({ ok: false, message: 'Tact' });
  });

  it('resizes with a pixel height, once per height', async () => {
    const { client, host } = setup();
    host.resize(419.2);
    host.resize(420);
    await tick();
    expect(client.invokes).toEqual([['resize', [{ width: '100%', height: '420px' }]]]);
  });

  it('namespaces saved state by installation', () => {
    const storage = new FakeStorage();
    const client = new FakeZafClient(contractData());
    const a = createZendeskHost(client, { installationId: 1, storage });
    const b = createZendeskHost(client, { installationId: 2, storage });
    a.saveState('k', 'A');
    expect(b.loadState('k')).toBeNull();
    expect(storage.map.get('tact:1:k')).toBe('A');
  });
});

describe('classifyZafError', () => {
  const clock = { now: () => 0 };
  it('reads Retry-After through getResponseHeader or headers', () => {
    const viaFn = classifyZafError({ status: 429, getResponseHeader: (n: string) => (n === 'Retry-After' ? '4' : null) }, clock);
    expect(viaFn).toMatchObject({ error: { code: 'rate_limited', status: 429 }, retryAfterMs: 4000 });
    expect(classifyZafError({ status: 429, headers: { 'RETRY-AFTER': '1' } }, clock).retryAfterMs).toBe(1000);
  });
  it('maps statuses, timeouts and SDK errors', () => {
    expect(classifyZafError({ status: 0, statusText: 'timeout' }, clock).error.code).toBe('timeout');
    expect(classifyZafError({ status: 0, statusText: 'error' }, clock).error.code).toBe('network');
    expect(classifyZafError({ status: 404 }, clock).error.code).toBe('not_found');
    const t = new Error('Timeout when invoking "get"');
    t.name = 'TimeoutError';
    expect(classifyZafError(t, clock).error.code).toBe('timeout');
    expect(classifyZafError('weird', clock).error.code).toBe('unknown');
  });
  it('keeps requests on the account API', () => {
    expect(toApiPath('/api/v2/users/1.json')).toBe('/api/v2/users/1.json');
    expect(toApiPath('https://x.zendesk.com/api/v2/users/1/tickets/requested.json?page=2')).toBe('/api/v2/users/1/tickets/requested.json?page=2');
    expect(toApiPath('https://elsewhere.example/collect')).toBeNull();
    expect(toApiPath('javascript:alert(1)')).toBeNull();
  });
});

describe('connectZendesk', () => {
  it('gives null outside Zendesk', async () => {
    await expect(connectZendesk({ init: () => false })).resolves.toBeNull();
  });

  it('waits for registration and namespaces state by installation id', async () => {
    const client = new FakeZafClient({ ...contractData(), installationId: 77 });
    const storage = new FakeStorage();
    const host = await connectZendesk({ init: () => client, storage });
    expect(host?.name).toBe('zendesk');
    host?.saveState('k', 'v');
    expect(storage.map.get('tact:77:k')).toBe('v');
    await expect(host?.settings()).resolves.toEqual({ tag_prefix: 'boundary_', auto_tag: false });
  });

  it('times out when the host never registers the app', async () => {
    const client = new FakeZafClient(contractData());
    jest.spyOn(client, 'metadata').mockReturnValue(new Promise(() => undefined));
    await expect(connectZendesk({ init: () => client, clock: new VirtualClock(), registerTimeoutMs: 5000 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('refuses something that is not a ZAF client', async () => {
    await expect(connectZendesk({ init: () => ({ get: 1 }) })).rejects.toMatchObject({ code: 'not_in_host' });
  });
});
