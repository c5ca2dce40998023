/**
 * harassment: behaviour that repeats. Three routes (taxonomy §2):
 * 1. incidents in two or more separate requester comments of the ticket;
 * 2. earlier tickets (or the requester's own tags) already carry a boundary tag (the
 *    admin prefix or the default "boundary_") and the requester commits a new incident;
 * 3. obsessive contact stated in the text ("I'll ring every hour", "je vais vous appeler
 *    tous les jours jusqu'à...").
 * This file holds route 3 (a per-comment rule) and the ticket-level combination.
 */
import type { Hit } from '../../text/matcher';
import type { Stage } from '../../types';
import { cancelled, inSentence, ofKind, span, type Doc, type Finding, type IncidentRule } from './context';

export const harassment: IncidentRule = {
  meta: { id: 'incident/harassment', category: 'harassment', languages: ['fr', 'en'], description: 'Stated obsessive contact' },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (hs: Hit[]) => out.push({ ruleId: `${this.meta.id}/obsessive-contact`, category: 'harassment', sev: 2, spans: hs.map((h) => span(doc, h)) });
    for (const h of ofKind(doc, 'harass.phrase')) if (!cancelled(doc, h)) add([h]);
    for (const f of ofKind(doc, 'harass.future')) {
      if (cancelled(doc, f)) continue;
      const contact = inSentence(doc, f, 'harass.contact').filter((c) => c.i >= f.j);
      const freq = inSentence(doc, f, 'harass.freq');
      if (contact.length > 0 && freq.length > 0) add([f, contact[0] as Hit, freq[0] as Hit]);
    }
    return out;
  },
};

/** Tags on earlier tickets or on the requester that record a boundary incident. */
export function priorBoundaryTags(history: ReadonlyArray<{ tags: readonly string[] }>, requesterTags: readonly string[], prefixes: readonly string[]): string[] {
  const out: string[] = [];
  const isBoundary = (t: string) => prefixes.some((p) => p.length > 0 && t.startsWith(p) && t.length > p.length);
  for (const h of history) for (const t of h.tags) if (isBoundary(t)) out.push(t);
  for (const t of requesterTags) if (isBoundary(t)) out.push(t);
  return out;
}

/**
 * Harassment stage: 2 for one route (recognise it, set a frame), 3 when two routes meet
 * (repeated in the ticket AND stated obsessive contact, or repeated with a history), 4 when
 * the history already has two or more boundary tags and it goes on (the playbook's
 * "lawyer or the authorities" step).
 */
export function harassmentStage(routes: number, priorCount: number): Stage {
  const s = 1 + routes + (priorCount >= 2 ? 1 : 0);
  return Math.max(2, Math.min(4, s)) as Stage;
}
