/**
 * The incidents list: the engine's incidents plus the agent's manual flags, with their
 * state on this ticket (tag logged? dismissed?). Log adds the tag through the ledger;
 * dismiss removes only a tag Tact added, and remembers the dismissal; auto-tag mode
 * logs every open incident when the reading arrives.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis, IncidentCategory, Stage } from '../../engine/types';
import { Dismissals, incidentKey } from '../../host/dismissals';
import type { HostPort } from '../../host/port';
import type { TactSettings } from '../../lib/settings';
import { loadManualFlags, manualKey, saveManualFlags, type ManualFlag } from '../incidents/manualFlags';
import type { IncidentView } from '../incidents/model';
import type { Tagging } from './useTagging';

export interface IncidentsState {
  items: IncidentView[];
  log(item: IncidentView): Promise<void>;
  dismiss(item: IncidentView): Promise<void>;
  undoDismiss(item: IncidentView): Promise<void>;
  flag(category: IncidentCategory, quote: string): Promise<boolean>;
}

function nextStage(items: readonly IncidentView[], category: IncidentCategory): Stage {
  const top = items.filter((i) => i.category === category && !i.dismissed).reduce((m, i) => Math.max(m, i.stage), 0);
  return Math.min(4, top + 1) as Stage;
}

export function useIncidents(host: HostPort, ticketId: number, analysis: Analysis, settings: TactSettings, tagging: Tagging): IncidentsState {
  const dismissals = useMemo(() => Dismissals.open(host, ticketId), [host, ticketId]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set(dismissals.list()));
  const [manual, setManual] = useState<ManualFlag[]>(() => loadManualFlags(host, ticketId));
  const { tags } = tagging;

  const items = useMemo(() => {
    const out: IncidentView[] = analysis.incidents.map((i) => {
      const key = incidentKey(i);
      return { key, category: i.category, stage: i.stage, commentId: i.commentId, evidence: i.evidence, action: i.action, tag: i.tag, manual: false, logged: tags.includes(i.tag), dismissed: dismissed.has(key) };
    });
    for (const f of manual) {
      const key = manualKey(f);
      const stage = nextStage(out, f.category);
      const tag = `${settings.tagPrefix}${f.category}`;
      out.push({ key, category: f.category, stage, commentId: null, evidence: [{ text: f.quote, start: 0, end: f.quote.length }], action: `${f.category}.${stage}`, tag, manual: true, logged: tags.includes(tag), dismissed: dismissed.has(key) });
    }
    return out;
  }, [analysis, manual, tags, dismissed, settings.tagPrefix]);

  // Auto-tag: once per reading, log every open incident (dismissed ones stay untagged).
  const autoDone = useRef<Analysis | null>(null);
  useEffect(() => {
    if (!settings.autoTag || autoDone.current === analysis) return;
    autoDone.current = analysis;
    const missing = [...new Set(items.filter((i) => !i.dismissed && !i.manual && !i.logged).map((i) => i.tag))];
    if (missing.length) void tagging.add(missing);
  }, [settings.autoTag, analysis, items, tagging]);

  const log = useCallback(async (item: IncidentView) => { await tagging.add([item.tag]); }, [tagging]);

  const dismiss = useCallback(async (item: IncidentView) => {
    dismissals.dismiss(item.key);
    setDismissed(new Set(dismissals.list()));
    // The tag stays while another open incident still stands behind it.
    const stillUsed = items.some((i) => i.key !== item.key && !i.dismissed && i.tag === item.tag);
    if (!stillUsed && item.logged) await tagging.removeOwn(item.tag);
  }, [dismissals, items, tagging]);

  const undoDismiss = useCallback(async (item: IncidentView) => {
    dismissals.restore(item.key);
    setDismissed(new Set(dismissals.list()));
    if (settings.autoTag || item.manual) await tagging.add([item.tag]);
  }, [dismissals, settings.autoTag, tagging]);

  const flag = useCallback(async (category: IncidentCategory, quote: string) => {
    const f: ManualFlag = { category, quote, at: Date.now() };
    const next = [...manual, f];
    setManual(next);
    saveManualFlags(host, ticketId, next);
    await tagging.add([`${settings.tagPrefix}${category}`]);
    return true;
  }, [host, ticketId, manual, settings.tagPrefix, tagging]);

  return { items, log, dismiss, undoDismiss, flag };
}
