import { HostError } from '../../src/host/port';
import { backoffDelay, codeForStatus, DEFAULT_RETRY, parseRetryAfter, withRetry, withTimeout } from '../../src/host/retry';
import { VirtualClock } from './virtualClock';

/** fn failing with the given errors in turn, then answering 'ok'. */
function flaky(...errors: HostError[]): { fn: () => Promise<string>; calls: () => number } {
  let n = 0;
  return {
    fn: () => { const e = errors[n++]; return e ? Promise.reject(e) : Promise.resolve('ok'); },
    calls: () => n,
  };
}

const rateLimited = (retryAfterMs: number | null) => ({ error: new HostError('rate_limited', '429', 429), retryAfterMs });

describe('withRetry', () => {
  it('honours Retry-After on 429, then succeeds', async () => {
    const clock = new VirtualClock();
    const f = flaky(new HostError('rate_limited', '429', 429));
    const r = await withRetry(f.fn, { clock, classify: () => rateLimited(3000) });
    expect(r).toBe('ok');
    expect(f.calls()).toBe(2);
    expect(clock.sleeps).toEqual([3000]);
  });

  it('caps a long Retry-After and bounds 429 attempts', async () => {
    const clock = new VirtualClock();
    const e = new HostError('rate_limited', '429', 429);
    const f = flaky(e, e, e, e, e, e);
    const err = await withRetry(f.fn, { clock, classify: () => rateLimited(120_000) }).catch((x: unknown) => x);
    expect(err).toMatchObject({ code: 'rate_limited' });
    expect(f.calls()).toBe(DEFAULT_RETRY.rateLimitAttempts);
    expect(clock.sleeps).toEqual(Array(DEFAULT_RETRY.rateLimitAttempts - 1).fill(DEFAULT_RETRY.maxRetryAfterMs));
  });

  it('backs off exponentially on 5xx, then gives up with server_error', async () => {
    const clock = new VirtualClock();
    clock.rand = 1; // jitter at its top: delays are exactly base * 2^n
    const e = new HostError('server_error', '503', 503);
    const f = flaky(e, e, e, e);
    const err = await withRetry(f.fn, { clock, policy: { attempts: 3, baseDelayMs: 100 } }).catch((x: unknown) => x);
    expect((err as HostError).code).toBe('server_error');
    expect(f.calls()).toBe(3);
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('adds jitter to the backoff', () => {
    expect(backoffDelay(1, { ...DEFAULT_RETRY, baseDelayMs: 1000 }, 0)).toBe(500);
    expect(backoffDelay(1, { ...DEFAULT_RETRY, baseDelayMs: 1000 }, 0.5)).toBe(750);
    expect(backoffDelay(10, { ...DEFAULT_RETRY, baseDelayMs: 1000, maxDelayMs: 4000 }, 1)).toBe(4000);
  });

  it('does not retry errors that will not heal', async () => {
    const clock = new VirtualClock();
    const f = flaky(new HostError('forbidden', '403', 403));
    await expect(withRetry(f.fn, { clock })).rejects.toMatchObject({ code: 'forbidden' });
    expect(f.calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('times out a call that never answers, retries, then reports timeout', async () => {
    const clock = new VirtualClock();
    let calls = 0;
    const never = () => { calls++; return new Promise<string>(() => undefined); };
    const err = await withRetry(never, { clock, policy: { attempts: 2, timeoutMs: 10_000 } }).catch((x: unknown) => x);
    expect((err as HostError).code).toBe('timeout');
    expect(calls).toBe(2);
    expect(clock.now()).toBeGreaterThanOrEqual(20_000);
  });

  it('recovers when a retry answers', async () => {
    const clock = new VirtualClock();
    const f = flaky(new HostError('timeout', 't'), new HostError('network', 'n'));
    await expect(withRetry(f.fn, { clock })).resolves.toBe('ok');
    expect(f.calls()).toBe(3);
  });

  it('turns unknown throws into HostError unknown', async () => {
    await expect(withRetry(() => Promise.reject(new Error('boom')), { clock: new VirtualClock() })).rejects.toMatchObject({ code: 'unknown', message: 'boom' });
  });
});

describe('withTimeout', () => {
  it('passes a fast answer through and cancels its timer', async () => {
    const clock = new VirtualClock();
    await expect(withTimeout(Promise.resolve(1), 50, clock)).resolves.toBe(1);
    expect(clock.now()).toBe(0);
  });
});

describe('helpers', () => {
  it('maps HTTP statuses to stable codes', () => {
    expect([0, 401, 403, 404, 410, 429, 500, 503, 400, 422].map(codeForStatus)).toEqual(
      ['network', 'forbidden', 'forbidden', 'not_found', 'not_found', 'rate_limited', 'server_error', 'server_error', 'unknown', 'unknown']);
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter(2, 0)).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(undefined, 0)).toBeNull();
  });
});
