/**
 * The ticket's tags as the sidebar sees them (kept current by tags.changed events) and
 * the TagLedger that writes Tact's own tags. Removal goes only through the ledger,
 * which refuses tags Tact did not add.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HostPort } from '../../host/port';
import { NotOurTagError, TagLedger, TagWriteError } from '../../host/tagLedger';
import type { TactSettings } from '../../lib/settings';
import { toHostError } from '../host/hostError';

export interface Tagging {
  tags: string[];
  /** Adds tags Tact may write; returns false (and sets `error`) on failure. */
  add(tags: string[]): Promise<boolean>;
  /** Removes a tag only when Tact added it; a foreign tag is left alone (returns false). */
  removeOwn(tag: string): Promise<boolean>;
  owns(tag: string): boolean;
  busy: boolean;
  /** Host error code of the last failed write, or null. */
  error: string | null;
}

export function useTagging(host: HostPort, ticketId: number, initialTags: readonly string[], settings: TactSettings): Tagging {
  const ledger = useMemo(
    () => TagLedger.open(host, ticketId, { prefixes: [settings.tagPrefix, settings.typeTagPrefix] }),
    [host, ticketId, settings.tagPrefix, settings.typeTagPrefix],
  );
  const [tags, setTags] = useState<string[]>(() => [...initialTags]);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setTags([...initialTags]);
  }, [initialTags]);

  useEffect(() => host.on((e) => {
    if (e.type !== 'tags.changed') return;
    setTags(e.tags);
    ledger.reconcile(e.tags);
  }), [host, ledger]);

  const refresh = useCallback(async () => {
    try { setTags(await host.tags()); } catch { /* keep what we have; events will catch up */ }
  }, [host]);

  const run = useCallback(async (fn: () => Promise<unknown>): Promise<boolean> => {
    setPending((n) => n + 1);
    setError(null);
    try {
      await fn();
      return true;
    } catch (e) {
      if (e instanceof NotOurTagError) return false;
      setError(e instanceof TagWriteError ? e.code : toHostError(e).code);
      return false;
    } finally {
      setPending((n) => n - 1);
      await refresh();
    }
  }, [refresh]);

  const add = useCallback((list: string[]) => run(() => ledger.add(list)), [ledger, run]);
  const removeOwn = useCallback((tag: string) => (ledger.owns(tag) ? run(() => ledger.remove(tag)) : Promise.resolve(false)), [ledger, run]);
  const owns = useCallback((tag: string) => ledger.owns(tag), [ledger]);

  return { tags, add, removeOwn, owns, busy: pending > 0, error };
}
