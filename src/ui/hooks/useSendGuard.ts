/**
 * warn_before_send: a ticket.save hook that stops the first submit of a public reply
 * that still holds risky phrases, with a message; submitting the same text again goes
 * through (the agent has seen the warning and chose to send). Internal notes always go
 * through: the customer never reads them.
 */
import { useEffect, useRef } from 'react';
import type { HostPort } from '../../host/port';
import type { DraftCheck } from './useDraftCoach';

export function useSendGuard(host: HostPort, enabled: boolean, check: DraftCheck, message: (count: number) => string): void {
  const warnedFor = useRef<string | null>(null);
  const latest = useRef({ check, message });
  latest.current = { check, message };

  useEffect(() => {
    if (!enabled) return undefined;
    host.onBeforeSave(async () => {
      let text: string;
      let count: number;
      try {
        text = await host.draft();
        const isPublic = host.draftIsPublic ? await host.draftIsPublic() : true;
        count = isPublic && text.trim() ? (await latest.current.check(text)).length : 0;
      } catch {
        return true; // never block a save because we could not read or check the draft
      }
      if (count === 0 || warnedFor.current === text) {
        warnedFor.current = null;
        return true;
      }
      warnedFor.current = text;
      return latest.current.message(count);
    });
    return () => host.onBeforeSave(null);
  }, [host, enabled]);
}
