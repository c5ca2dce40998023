import { APP_GUID, registered, rig } from './helpers';

type Obj = Record<string, unknown>;
const result = (m: Obj | undefined): Obj => (m?.result ?? {}) as Obj;

describe('workspace ZAF host: registration', () => {
  it('answers the handshake with app.registered carrying context and metadata', () => {
    const r = rig();
    r.app({ key: 'iframe.handshake', message: { version: '2.0.9' } });
    const reg = r.last('zaf.app.registered');
    expect(reg).toBeDefined();
    const message = reg?.message as Obj;
    expect(message.context).toMatchObject({ location: 'ticket_sidebar', ticketId: 7001, instanceGuid: APP_GUID, host: 'zendesk', product: 'support' });
    expect(message.metadata).toMatchObject({ installationId: 1, version: '0.1.0', settings: { tag_prefix: 'boundary_', auto_tag: false } });
    expect(r.host.registered).toBe(true);
  });

  it('ignores messages of another app and unparsable data', () => {
    const r = rig();
    r.host.receive(JSON.stringify({ key: 'iframe.handshake', appGuid: 'someone-else' }));
    r.host.receive('{not json');
    r.host.receive(42);
    expect(r.sent).toHaveLength(0);
  });

  it('never answers the handshake under the no_handshake fault', () => {
    const r = rig({ faults: ['no_handshake'] });
    r.app({ key: 'iframe.handshake' });
    expect(r.sent).toHaveLength(0);
    expect(r.host.registered).toBe(false);
  });
});

describe('workspace ZAF host: get', () => {
  it('returns the ticket in the camelCase ZAF shape', () => {
    const r = registered(rig());
    r.app({ id: 1, request: 'get', params: ['ticket'] });
    const t = result(r.last(1)).ticket as Obj;
    expect(t).toMatchObject({ id: 7001, subject: 'Router keeps dropping', tags: ['internet', 'outage'], createdAt: '2026-09-01T10:00:00Z', status: 'open' });
    expect(t.requester).toMatchObject({ id: 501, name: 'Dana Smith', email: 'dana@example.com' });
    expect(t.via).toMatchObject({ channel: 'email' });
    expect(result(r.last(1)).errors).toEqual({});
  });

  it('gives ticket.comment.type from the agent switch (public reply or internal note)', () => {
    const r = registered(rig());
    r.app({ id: 1, request: 'get', params: ['ticket.comment.type'] });
    expect(result(r.last(1))['ticket.comment.type']).toBe('publicReply');
    r.host.setCommentType('internalNote');
    r.app({ id: 2, request: 'get', params: ['ticket.comment.type', 'comment.type'] });
    expect(result(r.last(2))['ticket.comment.type']).toBe('internalNote');
    expect(result(r.last(2))['comment.type']).toBe('internalNote');
  });

  it('answers bulk and nested paths, with an error per unknown path', () => {
    const r = registered(rig());
    r.app({ id: 2, request: 'get', params: ['ticket.subject', 'ticket.requester.name', 'currentUser.locale', 'colorScheme', 'ticket.nope'] });
    const res = result(r.last(2));
    expect(res['ticket.subject']).toBe('Router keeps dropping');
    expect(res['ticket.requester.name']).toBe('Dana Smith');
    expect(res['currentUser.locale']).toBe('en-US');
    expect(res.colorScheme).toBe('light');
    expect(res['ticket.nope']).toBeUndefined();
    expect((res.errors as Obj)['ticket.nope']).toMatchObject({ path: 'ticket.nope' });
  });

  it('lists ticket.comments with authors and public flags', () => {
    const r = registered(rig());
    r.app({ id: 3, request: 'get', params: ['ticket.comments'] });
    const list = result(r.last(3))['ticket.comments'] as Obj[];
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ id: 1, author: { id: 501, name: 'Dana Smith' }, isPublic: true });
    expect(list[2]).toMatchObject({ isPublic: false });
    expect(String(list[2]?.value)).toContain('&lt;b&gt;');
  });

  it('gives a null requester under no_requester and errors for ticket paths under ticket_unavailable', () => {
    const a = registered(rig({ faults: ['no_requester'] }));
    a.app({ id: 4, request: 'get', params: ['ticket.requester', 'ticket.requester.name'] });
    expect(result(a.last(4))['ticket.requester']).toBeNull();
    expect(result(a.last(4))['ticket.requester.name']).toBeNull();
    const b = registered(rig({ faults: ['ticket_unavailable'] }));
    b.app({ id: 5, request: 'get', params: ['ticket', 'currentUser.locale'] });
    expect((result(b.last(5)).errors as Obj).ticket).toBeDefined();
    expect(result(b.last(5))['currentUser.locale']).toBe('en-US');
  });

  it('exposes the instance context under instances', () => {
    const r = registered(rig());
    r.app({ id: 6, request: 'get', params: ['instances'] });
    expect((result(r.last(6)).instances as Obj)[APP_GUID]).toMatchObject({ location: 'ticket_sidebar', ticketId: 7001 });
  });
});

describe('workspace ZAF host: set, invoke, events', () => {
  it('sets the reply box and fires comment.text.changed to subscribers only', () => {
    const r = registered(rig());
    r.app({ id: 1, request: 'set', params: { 'ticket.comment.text': 'Hello' } });
    expect(r.host.draft).toBe('Hello');
    expect(result(r.last(1))['ticket.comment.text']).toBe('Hello');
    expect(r.last('zaf.comment.text.changed')).toBeUndefined();
    r.app({ key: 'iframe.on:comment.text.changed', message: { subscriberCount: 1 } });
    r.host.setDraft('Hello there');
    expect(r.last('zaf.comment.text.changed')?.message).toBe('Hello there');
    r.app({ id: 2, request: 'get', params: ['ticket.comment.text'] });
    expect(result(r.last(2))['ticket.comment.text']).toBe('Hello there');
  });

  it('stops delivering an event once the app has no subscriber left', () => {
    const r = registered(rig(), ['colorScheme.changed']);
    r.host.setColorScheme('dark');
    expect(r.last('zaf.colorScheme.changed')?.message).toBe('dark');
    r.app({ key: 'iframe.off:colorScheme.changed', message: { subscriberCount: 0 } });
    const before = r.sent.length;
    r.host.setColorScheme('light');
    expect(r.sent).toHaveLength(before);
  });

  it('adds and removes tags (array or string), normalised, firing ticket.tags.changed', () => {
    const r = registered(rig(), ['ticket.tags.changed']);
    r.app({ id: 1, request: 'invoke', params: { 'ticket.tags.add': [['Boundary_Insult', 'outage']] } });
    expect(r.host.tags).toEqual(['internet', 'outage', 'boundary_insult']);
    expect(r.last('zaf.ticket.tags.changed')?.message).toEqual(['internet', 'outage', 'boundary_insult']);
    r.app({ id: 2, request: 'invoke', params: { 'ticket.tags.remove': ['internet'] } });
    expect(r.host.tags).toEqual(['outage', 'boundary_insult']);
    expect(result(r.last(2)).errors).toEqual({});
  });

  it('refuses tag writes under tags_fail and changes nothing', () => {
    const r = registered(rig({ faults: ['tags_fail'] }), ['ticket.tags.changed']);
    r.app({ id: 1, request: 'invoke', params: { 'ticket.tags.add': [['x']] } });
    expect((result(r.last(1)).errors as Obj)['ticket.tags.add']).toBeDefined();
    expect(r.host.tags).toEqual(['internet', 'outage']);
    expect(r.last('zaf.ticket.tags.changed')).toBeUndefined();
  });

  it('resizes, appends text, and rejects unknown actions and paths it cannot set', () => {
    const r = registered(rig());
    r.app({ id: 1, request: 'invoke', params: { resize: [{ width: '100%', height: 300 }] } });
    expect(r.host.size).toEqual({ width: '100%', height: '300px' });
    r.app({ id: 2, request: 'invoke', params: { 'comment.appendText': ['abc'], 'ticket.explode': [] } });
    expect(r.host.draft).toBe('abc');
    expect(Object.keys(result(r.last(2)).errors as Obj)).toEqual(['ticket.explode']);
    r.app({ id: 3, request: 'set', params: { 'ticket.status': 'solved' } });
    expect((result(r.last(3)).errors as Obj)['ticket.status']).toBeDefined();
  });
});

describe('workspace ZAF host: ticket.save hook', () => {
  it('saves without asking when the app does not listen to ticket.save', async () => {
    const r = registered(rig());
    r.host.setDraft('Thanks for waiting.');
    await expect(r.host.save()).resolves.toEqual({ ok: true });
    expect(r.host.draft).toBe('');
    expect(r.host.session.world.comments(7001).at(-1)).toMatchObject({ body: 'Thanks for waiting.', author_id: 9001, public: true });
  });

  it('saves an internal note as a private comment', async () => {
    const r = registered(rig());
    r.host.setCommentType('internalNote');
    r.host.setDraft('Checked with billing.');
    await expect(r.host.save()).resolves.toEqual({ ok: true });
    expect(r.host.session.world.comments(7001).at(-1)).toMatchObject({ body: 'Checked with billing.', public: false });
  });

  it('lets the app veto with a message, then accept', async () => {
    const r = registered(rig(), ['ticket.save', 'ticket.submit.done']);
    r.host.setDraft('Calm down.');
    const vetoed = r.host.save();
    expect(r.last('zaf.ticket.save')).toMatchObject({ needsReply: true });
    // The SDK replies with an object (not a JSON string) and error.msg when a handler rejects.
    r.host.receive({ appGuid: APP_GUID, key: 'iframe.reply:ticket.save', error: { msg: 'Risky phrase in the draft' } });
    await expect(vetoed).resolves.toEqual({ ok: false, reason: 'Risky phrase in the draft' });
    expect(r.host.draft).toBe('Calm down.');
    const ok = r.host.save();
    r.host.receive({ appGuid: APP_GUID, key: 'iframe.reply:ticket.save' });
    await expect(ok).resolves.toEqual({ ok: true });
    expect(r.last('zaf.ticket.submit.done')).toBeDefined();
  });

  it('fails the save when the app does not answer in time', async () => {
    const r = registered(rig({ session: { hookTimeoutMs: 1000 } }), ['ticket.save']);
    const p = r.host.save();
    r.advance(1000);
    await expect(p).resolves.toMatchObject({ ok: false });
  });
});
