/**
 * Follows the agent's reply box: reads the draft once, then every draft.changed event
 * (debounced), and checks it (the check may be asynchronous: it runs in the analysis
 * worker; the findings shown always belong to the text they were found in, and a
 * result that arrives after a newer draft is dropped). Apply re-reads the draft,
 * verifies or re-locates the span, writes through the host, and keeps what is needed
 * for a safe Undo.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftFinding } from '../../engine/types';
import type { HostPort } from '../../host/port';
import { replaceSpan } from '../draft/replaceSpan';
import { toHostError } from '../host/hostError';

export const DRAFT_DEBOUNCE_MS = 250;

export type CoachMessage =
  | { kind: 'applied' | 'relocated' | 'stale'; phrase: string }
  | { kind: 'undone' | 'undo_stale' }
  | { kind: 'error'; code: string };

/** Risky phrases of a draft, now or later. */
export type DraftCheck = (text: string) => DraftFinding[] | Promise<DraftFinding[]>;

export interface DraftCoach {
  /** The draft the findings belong to (null until the first read and check). */
  draft: string | null;
  findings: DraftFinding[];
  message: CoachMessage | null;
  canUndo: boolean;
  busy: boolean;
  apply(f: DraftFinding): Promise<void>;
  undo(): Promise<void>;
}

export function useDraftCoach(host: HostPort, check: DraftCheck): DraftCoach {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<CoachMessage | null>(null);
  const [undoEntry, setUndoEntry] = useState<{ before: string; after: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    host.draft().then((text) => live && setDraft((d) => d ?? text), () => live && setDraft((d) => d ?? ''));
    const off = host.on((e) => {
      if (e.type !== 'draft.changed') return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => { timer.current = null; if (live) setDraft(e.text); }, DRAFT_DEBOUNCE_MS);
    });
    return () => {
      live = false;
      off();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [host]);

  const [checked, setChecked] = useState<{ text: string; findings: DraftFinding[] } | null>(null);
  useEffect(() => {
    if (draft === null) return undefined;
    if (!draft.trim()) { setChecked({ text: draft, findings: [] }); return undefined; }
    let live = true;
    Promise.resolve()
      .then(() => check(draft))
      .then((findings) => live && setChecked({ text: draft, findings }), () => live && setChecked({ text: draft, findings: [] }));
    return () => { live = false; };
  }, [draft, check]);

  const apply = useCallback(async (f: DraftFinding) => {
    setBusy(true);
    try {
      const current = await host.draft();
      const r = replaceSpan(current, f, f.suggestion);
      if (r.kind === 'stale') {
        setDraft(current);
        setMessage({ kind: 'stale', phrase: f.text });
        return;
      }
      await host.setDraft(r.text);
      if (timer.current) { clearTimeout(timer.current); timer.current = null; }
      setDraft(r.text);
      setUndoEntry({ before: current, after: r.text });
      setMessage({ kind: r.relocated ? 'relocated' : 'applied', phrase: f.text });
    } catch (e) {
      setMessage({ kind: 'error', code: toHostError(e).code });
    } finally {
      setBusy(false);
    }
  }, [host]);

  const undo = useCallback(async () => {
    if (!undoEntry) return;
    setBusy(true);
    try {
      const current = await host.draft();
      setUndoEntry(null);
      if (current !== undoEntry.after) {
        setDraft(current);
        setMessage({ kind: 'undo_stale' });
        return;
      }
      await host.setDraft(undoEntry.before);
      if (timer.current) { clearTimeout(timer.current); timer.current = null; }
      setDraft(undoEntry.before);
      setMessage({ kind: 'undone' });
    } catch (e) {
      setMessage({ kind: 'error', code: toHostError(e).code });
    } finally {
      setBusy(false);
    }
  }, [host, undoEntry]);

  return { draft: checked?.text ?? null, findings: checked?.findings ?? [], message, canUndo: undoEntry !== null, busy, apply, undo };
}
