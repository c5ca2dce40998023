/**
 * Types for the pinned ZAF SDK (zendesk_app_framework_sdk 2.0.11 ships no typings).
 * They describe lib/client.js as published; keep them in step with that file.
 */
declare module 'zendesk_app_framework_sdk' {
  export interface ZAFPathError { name?: string; message: string; path?: string }

  /** get/set/invoke results: one key per path plus `errors` keyed by path. */
  export type ZAFResult = { errors?: Record<string, ZAFPathError> } & Record<string, unknown>;

  export interface ZAFContext {
    host?: string;
    product?: string;
    location: string;
    instanceGuid?: string;
    account?: { subdomain?: string };
    ticketId?: number;
    [key: string]: unknown;
  }

  export interface ZAFMetadata<S = Record<string, unknown>> {
    appId: number;
    installationId: number;
    name?: string;
    version?: string;
    plan?: { name?: string };
    settings: S;
  }

  export interface ZAFRequestOptions {
    url: string;
    type?: string;
    data?: unknown;
    contentType?: string;
    dataType?: string;
    headers?: Record<string, string>;
    /** Resolve with {responseJSON, responseText, status, headers} instead of the body. */
    httpCompleteResponse?: boolean;
    /** Default true: the host retries Zendesk API 429 answers after Retry-After. */
    autoRetry?: boolean;
    timeout?: number;
    cors?: boolean;
    secure?: boolean;
  }

  export interface ZAFClient {
    readonly ready: boolean;
    get(path: string | string[]): Promise<ZAFResult>;
    set(path: string, value: unknown): Promise<ZAFResult>;
    set(values: Record<string, unknown>): Promise<ZAFResult>;
    invoke(name: string, ...args: unknown[]): Promise<ZAFResult>;
    invoke(calls: Record<string, string[]>): Promise<ZAFResult>;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    on(name: string, handler: (data: any) => unknown, context?: unknown): void;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    off(name: string, handler: (data: any) => unknown): unknown;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    has(name: string, handler: (data: any) => unknown): boolean;
    trigger(name: string, data?: unknown): void;
    postMessage(name: string, data?: unknown): void;
    request<T = unknown>(options: string | ZAFRequestOptions): Promise<T>;
    metadata<S = Record<string, unknown>>(): Promise<ZAFMetadata<S>>;
    context(): Promise<ZAFContext>;
    instance(instanceGuid: string): ZAFClient;
  }

  const ZAFClientFactory: {
    /** Returns false when the page was not opened by a Zendesk host (no origin/app_guid). */
    init(callback?: (this: ZAFClient, context: ZAFContext) => void): ZAFClient | false;
  };
  export default ZAFClientFactory;
}
