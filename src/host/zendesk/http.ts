/**
 * REST through the ZAF client: `client.request` with retries and timeouts, and the
 * translation of what it rejects with (a jqXHR-like object: status, responseText,
 * headers or getResponseHeader) into HostError codes.
 */
import { HostError } from '../port';
import { codeForStatus, DEFAULT_RETRY, parseRetryAfter, withRetry, type Clock, type Failure, type RetryOptions } from '../retry';
import type { ZafClientLike } from './client';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object';

function header(resp: Obj, name: string): unknown {
  const get = resp.getResponseHeader;
  if (typeof get === 'function') {
    try {
      const v: unknown = get.call(resp, name);
      if (v !== null && v !== undefined) return v;
    } catch { /* fall through to the headers object */ }
  }
  const headers = resp.headers;
  if (!isObj(headers)) return undefined;
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** Anything `client.request` (or get/set/invoke) rejects with -> Failure. */
export function classifyZafError(e: unknown, clock: Pick<Clock, 'now'>): Failure {
  if (e instanceof HostError) return { error: e };
  if (isObj(e) && typeof e.status === 'number') {
    const status = e.status;
    const timedOut = status === 0 && (e.statusText === 'timeout' || e.textStatus === 'timeout');
    const code = timedOut ? 'timeout' : codeForStatus(status);
    const msg = `HTTP ${status}${typeof e.statusText === 'string' && e.statusText ? ` ${e.statusText}` : ''}`;
    return { error: new HostError(code, msg, status), retryAfterMs: parseRetryAfter(header(e, 'Retry-After'), clock.now()) };
  }
  if (e instanceof Error && e.name === 'TimeoutError') return { error: new HostError('timeout', e.message) };
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : 'host call failed';
  return { error: new HostError('unknown', message) };
}

/** A successful answer: the body, whether the host sent a complete response or just the data. */
function unwrap(resp: unknown): unknown {
  if (isObj(resp) && ('responseJSON' in resp || ('responseText' in resp && 'status' in resp))) {
    if (typeof resp.status === 'number' && resp.status >= 400) throw resp;
    const json = resp.responseJSON;
    if (json !== undefined && json !== null) return typeof json === 'string' ? parseJsonText(json) : json;
    return parseJsonText(resp.responseText);
  }
  return typeof resp === 'string' ? parseJsonText(resp) : resp;
}

function parseJsonText(t: unknown): unknown {
  if (typeof t !== 'string') throw new HostError('invalid_response', 'response has no body');
  try {
    return JSON.parse(t) as unknown;
  } catch {
    throw new HostError('invalid_response', 'response is not JSON');
  }
}

/**
 * Only Zendesk API paths on the current account are ever requested: an absolute
 * next-page URL is reduced to its path, anything else is refused (null).
 */
export function toApiPath(url: string): string | null {
  if (url.startsWith('/api/v2/')) return url;
  try {
    const u = new URL(url);
    return u.pathname.startsWith('/api/v2/') ? `${u.pathname}${u.search}` : null;
  } catch {
    return null;
  }
}

export interface Http {
  getJson(path: string): Promise<unknown>;
}

export function createHttp(client: ZafClientLike, clock: Clock, retry: RetryOptions['policy']): Http {
  const timeoutMs = retry?.timeoutMs ?? DEFAULT_RETRY.timeoutMs;
  return {
    getJson(path) {
      const url = toApiPath(path);
      if (!url) return Promise.reject(new HostError('invalid_response', `refusing to request ${path}`));
      return withRetry(
        () => client.request({ url, type: 'GET', dataType: 'json', httpCompleteResponse: true, autoRetry: false, timeout: timeoutMs }).then(unwrap),
        { clock, policy: retry, what: `GET ${url}`, classify: (e) => classifyZafError(e, clock) },
      );
    },
  };
}
