import { createMemoryHost } from '../../src/host/memory';
import type { HostErrorCode } from '../../src/host/port';
import { createZendeskHost } from '../../src/host/zendesk';
import { runHostContract, type FaultOp, type Harness, type HarnessData } from './contract';
import { FakeStorage, FakeZafClient, type HttpFault } from './fakeZafClient';
import { VirtualClock } from './virtualClock';

function memoryHarness(data: HarnessData): Harness {
  const host = createMemoryHost({ ...data, internalNote: data.draftType === 'internal' });
  return {
    host,
    currentDraft: () => host.currentDraft,
    currentTags: () => host.currentTags,
    typeDraft: (t) => host.typeDraft(t),
    setTagsExternally: (t) => host.setTagsExternally(t),
    setScheme: (s) => host.setScheme(s),
    triggerSave: () => host.triggerSave(),
    fail: (op, code) => host.fail(op, code, Infinity),
    failHistoryPage: (p) => host.failHistoryPage(p),
    breakStorage: () => host.breakStorage(true),
    resizes: () => host.resizes,
  };
}

const HTTP: Partial<Record<HostErrorCode, HttpFault>> = {
  server_error: { status: 503 },
  rate_limited: { status: 429, headers: { 'Retry-After': '2' } },
  forbidden: { status: 403 },
  not_found: { status: 404 },
};

function zendeskHarness(data: HarnessData): Harness {
  const commentType = { public: 'publicReply', internal: 'internalNote', unknown: undefined }[data.draftType ?? 'public'];
  const client = new FakeZafClient({ ...data, pageSize: data.historyPageSize, commentType });
  const storage = new FakeStorage();
  // 'timeout' is a request that never answers: the adapter must time it out by itself.
  const host = createZendeskHost(client, { installationId: 42, storage, clock: new VirtualClock() });
  const endpoint: Record<Exclude<FaultOp, 'ticket'>, string> = { comments: '/comments.json', requester: `/users/${data.ticket.requester_id}.json` };
  return {
    host,
    currentDraft: () => client.draft,
    currentTags: () => client.tags,
    typeDraft: (t) => client.typeDraft(t),
    setTagsExternally: (t) => client.setTagsExternally(t),
    setScheme: (s) => client.setScheme(s),
    triggerSave: () => client.triggerSave(),
    fail(op, code) {
      if (op === 'ticket') {
        client.failGet('ticket', code === 'timeout' ? 'hang' : new Error(code));
        return;
      }
      const fault = code === 'timeout' ? 'hang' : HTTP[code];
      if (!fault) throw new Error(`no HTTP fault for ${code}`);
      client.failRequest(endpoint[op], fault);
    },
    failHistoryPage: (p) => client.failRequest(`page=${p}`, { status: 500 }),
    breakStorage: () => { storage.broken = true; },
    resizes: () => client.invokes.filter(([n]) => n === 'resize').map(([, args]) => parseInt(String((args[0] as { height: string }).height), 10)),
  };
}

runHostContract('memory', memoryHarness);
runHostContract('zendesk (fake ZAF client)', zendeskHarness);
