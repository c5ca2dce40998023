/**
 * Connects to the Zendesk host: ZAFClient.init() (false outside Zendesk -> null), then
 * waits for `app.registered` (client.metadata() resolves once it has arrived) to get
 * the installation id and settings. The adapter (with its zod parsers) is a separate
 * chunk, fetched while the host registers the app: the sidebar's first script stays small.
 */
import { MARKS, markOnce } from '../../lib/perfMarks';
import { HostError, type HostPort } from '../port';
import { systemClock, withTimeout, type Clock } from '../retry';
import type { ZendeskHostOptions } from './adapter';
import type { ZafClientLike } from './client';

export interface ConnectOptions extends ZendeskHostOptions {
  /** Injected in tests; defaults to the SDK's ZAFClient.init. */
  init?: () => unknown;
  /** How long to wait for app.registered (default 10 s). */
  registerTimeoutMs?: number;
}

function looksLikeClient(c: unknown): c is ZafClientLike {
  if (!c || typeof c !== 'object') return false;
  const o = c as Record<string, unknown>;
  return ['get', 'set', 'invoke', 'request', 'on', 'metadata', 'context'].every((k) => typeof o[k] === 'function');
}

async function sdkInit(): Promise<unknown> {
  const sdk = await import(/* webpackMode: "eager" */ 'zendesk_app_framework_sdk');
  const init = (sdk as { init?: () => unknown }).init ?? (sdk as { default?: { init?: () => unknown } }).default?.init;
  return init ? init() : false;
}

/** null when the page is not inside a Zendesk-like host; rejects with HostError('timeout') when the host never registers the app. */
export async function connectZendesk(opts: ConnectOptions = {}): Promise<HostPort | null> {
  const adapter = import(/* webpackChunkName: "host-zendesk" */ './adapter');
  adapter.catch(() => undefined); // awaited below; a failed fetch rejects there
  const client = opts.init ? opts.init() : await sdkInit();
  if (!client) return null;
  if (!looksLikeClient(client)) throw new HostError('not_in_host', 'the ZAF client is not usable');
  const clock: Clock = opts.clock ?? systemClock;
  const meta = await withTimeout(client.metadata(), opts.registerTimeoutMs ?? 10_000, clock, 'app.registered');
  markOnce(MARKS.registered);
  const installationId = opts.installationId ?? readInstallationId(meta);
  const { createZendeskHost } = await adapter;
  return createZendeskHost(client, { ...opts, installationId });
}

function readInstallationId(meta: unknown): string | number | null {
  if (!meta || typeof meta !== 'object') return null;
  const id = (meta as Record<string, unknown>).installationId;
  return typeof id === 'number' || typeof id === 'string' ? id : null;
}
