/** @jest-environment jsdom */
/**
 * The real, unmodified SDK (lib/client.js) against the workspace host, wired through
 * window message events: proves the host speaks the protocol the SDK expects.
 */
import { ZafHost } from '../../src/workspace/host';
import { World } from '../../src/workspace/world';
import { APP_GUID, sampleCase } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Client = require('zendesk_app_framework_sdk/lib/client') as new (o: Record<string, unknown>) => import('zendesk_app_framework_sdk').ZAFClient;

const ORIGIN = 'http://127.0.0.1:4580';

function connect(faults: string[] = []): { client: import('zendesk_app_framework_sdk').ZAFClient; host: ZafHost } {
  const parent = { postMessage: (data: unknown) => setTimeout(() => host.receive(data), 0) };
  const host: ZafHost = new ZafHost(
    {
      world: new World([sampleCase()]), ticketId: 7001, appGuid: APP_GUID, locale: 'fr', scheme: 'dark',
      faults: new Set(faults as never[]), settings: { tag_prefix: 'boundary_' }, appName: 'Tact', appVersion: '1.2.3',
      retryAfter: 0, maxPageSize: 100, hookTimeoutMs: 2000,
    },
    {
      post: (data) => {
        const ev = new MessageEvent('message', { data, origin: ORIGIN });
        Object.defineProperty(ev, 'source', { value: parent });
        setTimeout(() => window.dispatchEvent(ev), 0);
      },
      schedule: (fn, ms) => setTimeout(fn, ms),
      cancel: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
      now: () => new Date(),
    },
  );
  const client = new Client({ origin: ORIGIN, appGuid: APP_GUID, source: parent });
  return { client, host };
}

describe('zendesk_app_framework_sdk against the workspace host', () => {
  it('registers, reads the ticket, and follows events', async () => {
    const { client, host } = connect();
    const meta = await client.metadata();
    expect(meta).toMatchObject({ version: '1.2.3', settings: { tag_prefix: 'boundary_' } });
    await expect(client.context()).resolves.toMatchObject({ location: 'ticket_sidebar', ticketId: 7001 });
    const data = await client.get(['ticket.subject', 'ticket.requester.name', 'currentUser.locale', 'colorScheme']);
    expect(data).toMatchObject({ 'ticket.subject': 'Router keeps dropping', 'ticket.requester.name': 'Dana Smith', 'currentUser.locale': 'fr', colorScheme: 'dark' });
    const got: unknown[] = [];
    client.on('comment.text.changed', (t: unknown) => got.push(t));
    client.on('colorScheme.changed', (s: unknown) => got.push(s));
    await new Promise((r) => setTimeout(r, 20));
    host.setDraft('Bonjour');
    host.setColorScheme('light');
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual(['Bonjour', 'light']);
  });

  it('rejects a single failing path with the SDK error, and edits tags', async () => {
    const { client, host } = connect();
    await expect(client.get('ticket.nope')).rejects.toThrow('"ticket.nope"');
    await client.invoke('ticket.tags.add', ['boundary_insult']);
    expect(host.tags).toContain('boundary_insult');
    await client.invoke('ticket.tags.remove', 'boundary_insult');
    expect(host.tags).not.toContain('boundary_insult');
  });

  it('resolves and rejects client.request like ZAF', async () => {
    const { client } = connect(['history_page2']);
    const body = await client.request<{ comments: unknown[] }>('/api/v2/tickets/7001/comments.json');
    expect(body.comments).toHaveLength(3);
    await expect(client.request('/api/v2/users/501/tickets/requested.json?page=2')).rejects.toMatchObject({ status: 500 });
  });

  it('lets a ticket.save handler veto the save with a message', async () => {
    const { client, host } = connect();
    client.on('ticket.save', () => Promise.reject('Check the draft first'));
    await new Promise((r) => setTimeout(r, 20));
    await expect(host.save()).resolves.toEqual({ ok: false, reason: 'Check the draft first' });
  });
});
