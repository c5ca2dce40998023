/**
 * The complaint type shown: the engine's reading or the agent's correction (kept in
 * saved state per ticket). With settings.tagComplaintType the type tag follows the
 * choice: Tact's old type tag is removed (never someone else's) and the new one added.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { COMPLAINT_TYPES, type Analysis, type ComplaintType } from '../../engine/types';
import type { HostPort } from '../../host/port';
import type { TactSettings } from '../../lib/settings';
import type { Tagging } from './useTagging';

export interface ComplaintTypeState {
  type: ComplaintType;
  corrected: boolean;
  /** The tag for the shown type (null when type tags are off or the type is none). */
  typeTag: string | null;
  tagged: boolean;
  correct(type: ComplaintType): Promise<void>;
  addTag(): Promise<void>;
}

const stateKey = (ticketId: number) => `type:${ticketId}`;

function readCorrection(host: HostPort, ticketId: number): ComplaintType | null {
  const v = host.loadState(stateKey(ticketId));
  return v && (COMPLAINT_TYPES as readonly string[]).includes(v) ? (v as ComplaintType) : null;
}

export function useComplaintType(host: HostPort, ticketId: number, analysis: Analysis, settings: TactSettings, tagging: Tagging): ComplaintTypeState {
  const [correction, setCorrection] = useState<ComplaintType | null>(() => readCorrection(host, ticketId));
  const type = correction ?? analysis.complaintType.type;
  const tagFor = useCallback((t: ComplaintType) => (settings.tagComplaintType && t !== 'none' ? `${settings.typeTagPrefix}${t}` : null), [settings]);
  const typeTag = tagFor(type);

  // Auto-tag mode: write the type tag once per reading.
  const autoDone = useRef<Analysis | null>(null);
  useEffect(() => {
    if (!settings.autoTag || !typeTag || autoDone.current === analysis) return;
    autoDone.current = analysis;
    if (!tagging.tags.includes(typeTag)) void tagging.add([typeTag]);
  }, [settings.autoTag, typeTag, analysis, tagging]);

  const correct = useCallback(async (next: ComplaintType) => {
    if (next === type) return;
    const engineType = analysis.complaintType.type;
    setCorrection(next === engineType ? null : next);
    try { host.saveState(stateKey(ticketId), next === engineType ? '' : next); } catch { /* storage is best effort */ }
    if (!settings.tagComplaintType) return;
    // Remove Tact's own type tags for other types (removeOwn leaves foreign tags alone).
    for (const t of COMPLAINT_TYPES) {
      const old = tagFor(t);
      if (old && t !== next && tagging.tags.includes(old) && tagging.owns(old)) await tagging.removeOwn(old);
    }
    const tag = tagFor(next);
    if (tag) await tagging.add([tag]);
  }, [type, analysis, host, ticketId, settings.tagComplaintType, tagFor, tagging]);

  const addTag = useCallback(async () => { if (typeTag) await tagging.add([typeTag]); }, [typeTag, tagging]);

  return { type, corrected: correction !== null, typeTag, tagged: typeTag !== null && tagging.tags.includes(typeTag), correct, addTag };
}
