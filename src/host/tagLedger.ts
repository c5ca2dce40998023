/**
 * The tags Tact wrote on a ticket, remembered through the host's saved state, so Tact
 * can undo its own tags and never touches anyone else's.
 *
 * - add(tags) writes only the tags the ticket lacks, as a delta (concurrent changes by
 *   others are kept), is idempotent, and records only what Tact itself wrote: a tag
 *   that was already there is never claimed.
 * - remove(tag) refuses a tag Tact did not add.
 * - Tags are validated (lowercase, no spaces, safe charset, an allowed prefix).
 * - Failed writes are retried, then reported with the tags that were not written.
 * Calls are serialised, so a double click cannot write twice.
 */
import { TAG_PREFIX_RE } from '../lib/settings';
import { HostError, type HostErrorCode, type HostPort } from './port';
import { withRetry, type Clock, type RetryPolicy } from './retry';

/** Lowercase letters, digits, `_`, `-`, `:`; no spaces; at most 80 characters. */
export const TAG_RE = /^[a-z0-9][a-z0-9_\-:]{0,79}$/;

export type TagRejectReason = 'invalid_tag' | 'prefix_not_allowed';

export interface TagAddResult {
  /** Written by this call (now owned by Tact). */
  written: string[];
  /** Already on the ticket: left alone and not claimed. */
  alreadyPresent: string[];
  rejected: Array<{ tag: string; reason: TagRejectReason }>;
}

/** A tag write that failed after retries. `tags` were NOT written (or removed). */
export class TagWriteError extends Error {
  constructor(readonly code: HostErrorCode, readonly tags: string[], readonly hostError: HostError) {
    super(`could not write tags ${tags.join(', ')}: ${hostError.message}`);
    this.name = 'TagWriteError';
  }
}

/** remove() of a tag Tact did not add. */
export class NotOurTagError extends Error {
  readonly code = 'not_added_by_tact';
  constructor(readonly tag: string) {
    super(`tag ${tag} was not added by Tact`);
    this.name = 'NotOurTagError';
  }
}

export interface TagLedgerOptions {
  /** Allowed prefixes (admin settings: tag prefix, type tag prefix). Invalid prefixes are ignored. */
  prefixes: readonly string[];
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
}

type Port = Pick<HostPort, 'tags' | 'addTags' | 'removeTags' | 'loadState' | 'saveState'>;

export class TagLedger {
  private readonly ours: Set<string>;
  private readonly prefixes: string[];
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly port: Port, private readonly stateKey: string, private readonly opts: TagLedgerOptions) {
    this.ours = new Set(readState(port.loadState(stateKey)));
    this.prefixes = opts.prefixes.filter((p) => TAG_PREFIX_RE.test(p));
  }

  static open(port: Port, ticketId: number, opts: TagLedgerOptions): TagLedger {
    return new TagLedger(port, `tags:${ticketId}`, opts);
  }

  /** Tags Tact added on this ticket (that it may remove). */
  added(): string[] { return [...this.ours].sort(); }
  owns(tag: string): boolean { return this.ours.has(tag); }

  /** Why a tag cannot be written, or null when it can. */
  check(tag: string): TagRejectReason | null {
    if (!TAG_RE.test(tag)) return 'invalid_tag';
    return this.prefixes.some((p) => tag.startsWith(p) && tag.length > p.length) ? null : 'prefix_not_allowed';
  }

  add(tags: readonly string[]): Promise<TagAddResult> {
    return this.serial(() => this.doAdd(tags));
  }

  remove(tag: string): Promise<void> {
    return this.serial(() => this.doRemove(tag));
  }

  /** Forget tags that are no longer on the ticket (someone removed them): they are not ours any more. */
  reconcile(currentTags: readonly string[]): void {
    const present = new Set(currentTags);
    let changed = false;
    for (const t of [...this.ours]) if (!present.has(t)) { this.ours.delete(t); changed = true; }
    if (changed) this.save();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private retrying<T>(fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, { clock: this.opts.clock, policy: this.opts.retry, what: 'tag write' });
  }

  private async doAdd(tags: readonly string[]): Promise<TagAddResult> {
    const rejected: TagAddResult['rejected'] = [];
    const valid: string[] = [];
    for (const tag of new Set(tags)) {
      const reason = this.check(tag);
      if (reason) rejected.push({ tag, reason }); else valid.push(tag);
    }
    if (valid.length === 0) return { written: [], alreadyPresent: [], rejected };
    const before = new Set(await this.readTags(valid));
    const missing = valid.filter((t) => !before.has(t));
    const alreadyPresent = valid.filter((t) => before.has(t));
    if (missing.length === 0) return { written: [], alreadyPresent, rejected };
    try {
      await this.retrying(() => this.port.addTags(missing));
    } catch (e) {
      // The write may have landed before failing (e.g. a timeout): keep what is there now.
      const cause = toHostError(e);
      const now = new Set(await this.port.tags().catch(() => [] as string[]));
      const landed = missing.filter((t) => now.has(t));
      this.claim(landed);
      throw new TagWriteError(cause.code, missing.filter((t) => !now.has(t)), cause);
    }
    this.claim(missing);
    return { written: missing, alreadyPresent, rejected };
  }

  private async doRemove(tag: string): Promise<void> {
    if (!this.ours.has(tag)) throw new NotOurTagError(tag);
    const current = await this.readTags([tag]);
    if (current.includes(tag)) {
      try {
        await this.retrying(() => this.port.removeTags([tag]));
      } catch (e) {
        const cause = toHostError(e);
        throw new TagWriteError(cause.code, [tag], cause);
      }
    }
    this.ours.delete(tag);
    this.save();
  }

  private async readTags(forTags: string[]): Promise<string[]> {
    try {
      return await this.retrying(() => this.port.tags());
    } catch (e) {
      const cause = toHostError(e);
      throw new TagWriteError(cause.code, forTags, cause);
    }
  }

  private claim(tags: string[]): void {
    if (tags.length === 0) return;
    for (const t of tags) this.ours.add(t);
    this.save();
  }

  private save(): void {
    this.port.saveState(this.stateKey, JSON.stringify({ v: 1, added: this.added() }));
  }
}

function toHostError(e: unknown): HostError {
  return e instanceof HostError ? e : new HostError('unknown', e instanceof Error ? e.message : String(e));
}

function readState(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const v = JSON.parse(raw) as { added?: unknown };
    return Array.isArray(v.added) ? v.added.filter((t): t is string => typeof t === 'string' && TAG_RE.test(t)) : [];
  } catch {
    return [];
  }
}
