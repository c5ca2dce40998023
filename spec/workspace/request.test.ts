import { registered, rig } from './helpers';

type Obj = Record<string, unknown>;
const args = (m: Obj | undefined): unknown[] => ((m?.message as Obj | undefined)?.responseArgs ?? []) as unknown[];

function ask(r: ReturnType<typeof rig>, n: number, options: Obj): void {
  r.app({ key: `request:${n}`, message: options });
}

describe('workspace REST through client.request', () => {
  it('answers ticket comments in the Zendesk REST shape', () => {
    const r = registered(rig());
    ask(r, 1, { url: '/api/v2/tickets/7001/comments.json' });
    r.advance(50);
    const [body, status, xhr] = args(r.last('zaf.request:1.done'));
    expect(status).toBe('success');
    expect(body).toMatchObject({ next_page: null, count: 3 });
    const first = (body as { comments: Obj[] }).comments[0];
    expect(first).toMatchObject({ id: 1, author_id: 501, public: true, created_at: '2026-09-01T10:00:00Z', plain_body: 'It dropped again.\n\nThird time.' });
    expect(String(first?.html_body)).toBe('<p>It dropped again.</p><p>Third time.</p>');
    expect(xhr).toMatchObject({ status: 200 });
  });

  it('resolves with {status, headers, responseJSON} when httpCompleteResponse is set', () => {
    const r = registered(rig());
    ask(r, 2, { url: '/api/v2/users/501.json', httpCompleteResponse: true });
    r.advance(50);
    const [first] = args(r.last('zaf.request:2.done'));
    expect(first).toMatchObject({ status: 200, responseJSON: { user: { id: 501, name: 'Dana Smith', created_at: '2019-03-01T08:00:00Z' } } });
    expect((first as Obj).headers).toMatchObject({ 'content-type': expect.stringContaining('json') });
  });

  it('paginates the requester history with page/per_page and absolute next_page links', () => {
    const r = registered(rig({ session: { maxPageSize: 2 } }));
    ask(r, 3, { url: '/api/v2/users/501/tickets/requested.json?per_page=100' });
    r.advance(50);
    const [page1] = args(r.last('zaf.request:3.done')) as [Obj];
    expect((page1.tickets as Obj[]).map((t) => t.id)).toEqual([12, 11]);
    expect(page1.count).toBe(4); // three earlier tickets + the open one
    expect(page1.next_page).toBe('https://tact-workspace.zendesk.com/api/v2/users/501/tickets/requested.json?per_page=2&page=2');
    ask(r, 4, { url: String(page1.next_page) });
    r.advance(50);
    const [page2] = args(r.last('zaf.request:4.done')) as [Obj];
    expect((page2.tickets as Obj[]).map((t) => [t.id, (t.satisfaction_rating as Obj | null)?.score ?? null])).toEqual([[13, null], [7001, 'unoffered']]);
    expect(page2.next_page).toBeNull();
  });

  it('sorts the history newest first with sort_order=desc', () => {
    const r = registered(rig());
    ask(r, 1, { url: '/api/v2/users/501/tickets/requested.json?sort_by=created_at&sort_order=desc' });
    r.advance(50);
    const [body] = args(r.last('zaf.request:1.done')) as [Obj];
    expect((body.tickets as Obj[]).map((t) => t.id)).toEqual([7001, 13, 11, 12]);
  });

  it('fails page 2 of the history under history_page2, like a 500', () => {
    const r = registered(rig({ faults: ['history_page2'], session: { maxPageSize: 2 } }));
    ask(r, 1, { url: '/api/v2/users/501/tickets/requested.json' });
    ask(r, 2, { url: '/api/v2/users/501/tickets/requested.json?page=2' });
    r.advance(50);
    expect(r.last('zaf.request:1.done')).toBeDefined();
    const [xhr, textStatus, thrown] = args(r.last('zaf.request:2.fail'));
    expect(xhr).toMatchObject({ status: 500, responseJSON: { error: 'InternalError' } });
    expect(textStatus).toBe('error');
    expect(thrown).toBe('Internal Server Error');
  });

  it('answers 404 for a missing requester and for unknown endpoints', () => {
    const r = registered(rig({ faults: ['no_requester'] }));
    ask(r, 1, { url: '/api/v2/users/501.json' });
    ask(r, 2, { url: '/api/v2/nothing.json' });
    ask(r, 3, { url: 'https://elsewhere.example.com/api/v2/users/501.json' });
    r.advance(50);
    expect(args(r.last('zaf.request:1.fail'))[0]).toMatchObject({ status: 404, responseJSON: { error: 'RecordNotFound' } });
    expect(args(r.last('zaf.request:2.fail'))[0]).toMatchObject({ status: 404 });
    expect(args(r.last('zaf.request:3.fail'))[0]).toMatchObject({ status: 403 });
  });

  it('fails 429 with Retry-After when the app turns autoRetry off', () => {
    const r = registered(rig({ faults: ['rate_limit'] }));
    ask(r, 1, { url: '/api/v2/tickets/7001/comments.json', autoRetry: false });
    r.advance(50);
    const [xhr] = args(r.last('zaf.request:1.fail'));
    expect(xhr).toMatchObject({ status: 429, headers: { 'retry-after': '2' } });
  });

  it('retries a 429 itself after Retry-After by default (ZAF autoRetry)', () => {
    const r = registered(rig({ faults: ['rate_limit_once'] }));
    ask(r, 1, { url: '/api/v2/tickets/7001/comments.json' });
    r.advance(1000);
    expect(r.last('zaf.request:1.done')).toBeUndefined();
    r.advance(1100);
    expect(r.last('zaf.request:1.done')).toBeDefined();
    expect(r.last('zaf.request:1.fail')).toBeUndefined();
  });

  it('gives up after a few automatic retries when every answer is 429', () => {
    const r = registered(rig({ faults: ['rate_limit'] }));
    ask(r, 1, { url: '/api/v2/tickets/7001/comments.json' });
    r.advance(60_000);
    expect(args(r.last('zaf.request:1.fail'))[0]).toMatchObject({ status: 429 });
  });

  it('answers 500 under server_error and comments_fail', () => {
    const r = registered(rig({ faults: ['comments_fail'] }));
    ask(r, 1, { url: '/api/v2/tickets/7001/comments.json' });
    ask(r, 2, { url: '/api/v2/users/501.json' });
    r.advance(50);
    expect(args(r.last('zaf.request:1.fail'))[0]).toMatchObject({ status: 500 });
    expect(r.last('zaf.request:2.done')).toBeDefined();
  });

  it('never answers under timeout, unless the request sets its own timeout', () => {
    const r = registered(rig({ faults: ['timeout'] }));
    ask(r, 1, { url: '/api/v2/users/501.json' });
    ask(r, 2, { url: '/api/v2/users/501.json', timeout: 3000 });
    r.advance(10_000);
    expect(r.sent.filter((m) => String(m.key).startsWith('zaf.request:1'))).toHaveLength(0);
    const fail = args(r.last('zaf.request:2.fail'));
    expect(fail[0]).toMatchObject({ status: 0, statusText: 'timeout' });
    expect(fail[1]).toBe('timeout');
  });

  it('delays answers under slow', () => {
    const r = registered(rig({ faults: ['slow'] }));
    ask(r, 1, { url: '/api/v2/users/501.json' });
    r.advance(1500);
    expect(r.last('zaf.request:1.done')).toBeUndefined();
    r.advance(600);
    expect(r.last('zaf.request:1.done')).toBeDefined();
  });
});
