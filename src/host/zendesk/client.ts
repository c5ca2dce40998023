/**
 * The part of the ZAF client (zendesk_app_framework_sdk 2.0.x) the adapter uses. The
 * SDK's Client object satisfies it; tests pass a fake (spec/host/fakeZafClient.ts).
 */
export type ZafHandler = (data?: unknown) => unknown;

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  dataType?: 'json';
  contentType?: string;
  data?: string;
  /** ZAF option: resolve/reject with { status, headers, responseText, responseJSON }. */
  httpCompleteResponse?: boolean;
  /** ZAF option: false lets the app, not the framework, handle 429 (our retry.ts caps the waits). */
  autoRetry?: boolean;
  /** Milliseconds before the host gives up (status 0, "timeout"); we also time out on our side. */
  timeout?: number;
}

export interface ZafClientLike {
  /** Resolves { errors: {}, "<path>": value }; rejects when a single path fails. */
  get(path: string | string[]): Promise<Record<string, unknown>>;
  set(path: string, value: unknown): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: ZafRequestOptions): Promise<unknown>;
  on(name: string, handler: ZafHandler): void;
  off?(name: string, handler: ZafHandler): unknown;
  /** { appId, installationId, name, version, settings }, once the app is registered. */
  metadata(): Promise<unknown>;
  context(): Promise<unknown>;
}
