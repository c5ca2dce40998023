/**
 * Reliability for host calls: time out calls that never answer, retry what may work a
 * moment later (429 honouring Retry-After, 5xx, timeouts, network) with bounded
 * attempts and exponential backoff with jitter, then fail with a stable HostError
 * code the UI can translate (and offer a retry button for).
 *
 * Time is injected (Clock) so tests never really wait.
 */
import { HostError, type HostErrorCode } from './port';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Calls fn after ms; returns a function that cancels it. */
  timer(ms: number, fn: () => void): () => void;
  /** In [0, 1). */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => { setTimeout(resolve, ms); }),
  timer: (ms, fn) => { const id = setTimeout(fn, ms); return () => clearTimeout(id); },
  random: () => Math.random(),
};

export interface RetryPolicy {
  /** Total attempts for 5xx, timeouts and network errors. */
  attempts: number;
  /** Total attempts when rate limited (429). */
  rateLimitAttempts: number;
  /** First backoff delay; doubles each retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut down to it. */
  maxRetryAfterMs: number;
  /** A call that has not answered after this long is abandoned (HostError 'timeout'). */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  rateLimitAttempts: 4,
  baseDelayMs: 400,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 10_000,
  timeoutMs: 10_000,
};

/** What a failed attempt means: the error to report, and how long the host asked us to wait. */
export interface Failure { error: HostError; retryAfterMs?: number | null }

/** HTTP status -> stable code. 0 means the request never reached the server. */
export function codeForStatus(status: number): HostErrorCode {
  if (status === 0) return 'network';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500 && status <= 599) return 'server_error';
  return 'unknown';
}

/** Retry-After is either delay-seconds or an HTTP date. Returns ms, or null when absent/invalid. */
export function parseRetryAfter(value: unknown, nowMs: number): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value * 1000;
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (/^\d{1,9}(?:\.\d{1,3})?$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}

/** Exponential backoff with jitter: base * 2^(retry-1), scaled into [50%, 100%], capped. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: number): number {
  const exp = policy.baseDelayMs * 2 ** Math.max(0, retry - 1);
  return Math.round(Math.min(policy.maxDelayMs, exp) * (0.5 + random / 2));
}

function defaultClassify(e: unknown): Failure {
  if (e instanceof HostError) return { error: e };
  return { error: new HostError('unknown', e instanceof Error ? e.message : String(e)) };
}

/** Rejects with HostError('timeout') when `p` has not settled after ms. */
export function withTimeout<T>(p: Promise<T>, ms: number, clock: Clock, what = 'host call'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = clock.timer(ms, () => reject(new HostError('timeout', `${what} did not answer within ${ms} ms`)));
    p.then((v) => { cancel(); resolve(v); }, (e: unknown) => { cancel(); reject(e); });
  });
}

export interface RetryOptions {
  policy?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Turns a thrown value into a Failure (default: HostError kept, anything else 'unknown'). */
  classify?: (e: unknown) => Failure;
  /** Used in timeout messages. */
  what?: string;
  /** Called before each wait, for logs and tests. */
  onRetry?: (info: { attempt: number; delayMs: number; error: HostError }) => void;
}

/**
 * Runs `fn` (each attempt timed out) until it succeeds, fails for good, or the attempt
 * budget is spent. Throws the last HostError.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const policy = { ...DEFAULT_RETRY, ...opts.policy };
  const clock = opts.clock ?? systemClock;
  const classify = opts.classify ?? defaultClassify;
  let failures = 0;
  let rateLimited = 0;
  for (let attempt = 1; ; attempt++) {
    let failure: Failure;
    try {
      return await withTimeout(Promise.resolve().then(() => fn(attempt)), policy.timeoutMs, clock, opts.what);
    } catch (e) {
      failure = e instanceof HostError && e.code === 'timeout' ? { error: e } : classify(e);
    }
    const { error } = failure;
    let delay: number;
    if (error.code === 'rate_limited') {
      rateLimited++;
      if (rateLimited >= policy.rateLimitAttempts) throw error;
      const asked = failure.retryAfterMs;
      delay = asked !== null && asked !== undefined
        ? Math.min(asked, policy.maxRetryAfterMs)
        : backoffDelay(rateLimited, policy, clock.random());
    } else if (error.retryable) {
      failures++;
      if (failures >= policy.attempts) throw error;
      delay = backoffDelay(failures, policy, clock.random());
    } else {
      throw error;
    }
    opts.onRetry?.({ attempt, delayMs: delay, error });
    await clock.sleep(delay);
  }
}
