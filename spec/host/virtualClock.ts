/**
 * A Clock on virtual time for tests: nothing really waits. Timers fire in time order,
 * each one only after pending promise callbacks have run (setImmediate), so a fake
 * host that answers at once always beats a timeout, and a call that never answers
 * times out at once in real time.
 */
import type { Clock } from '../../src/host/retry';

interface Timer { at: number; seq: number; fn: () => void; cancelled: boolean }

export class VirtualClock implements Clock {
  private t = 0;
  private seq = 0;
  private timers: Timer[] = [];
  private scheduled = false;
  /** Every sleep() duration, in order (backoff and Retry-After waits). */
  readonly sleeps: number[] = [];
  rand = 0.5;

  now(): number { return this.t; }
  random(): number { return this.rand; }

  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve) => { this.timer(ms, resolve); });
  }

  timer(ms: number, fn: () => void): () => void {
    const timer: Timer = { at: this.t + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.timers.push(timer);
    this.kick();
    return () => { timer.cancelled = true; };
  }

  private kick(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.step());
  }

  private step(): void {
    this.scheduled = false;
    this.timers = this.timers.filter((x) => !x.cancelled);
    if (this.timers.length === 0) return;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers.shift();
    if (!next) return;
    this.t = Math.max(this.t, next.at);
    next.fn();
    if (this.timers.length) this.kick();
  }
}
