/**
 * harassment: behaviour that repeats. Three routes (taxonomy §2):
 * 1. incidents in two or more separate requester comments of the ticket;
 * 2. earlier tickets (or the requester's own tags) already carry a boundary tag (the
 *    admin prefix or the default "boundary_") and the requester commits a new incident;
 * 3. obsessive contact stated in the text ("I'll ring every hour", "je vais vous appeler
 *    tous les jours jusqu'à...", "I'll reopen this every day", "je passerai à l'agence tous
 *    les jours"): a first-person future, a contact verb and a frequency; open-ended
 *    persistence ("until you answer") counts for messages, not for visits; a troll who
 *    announces coming back ("je rouvre un ticket demain, et après-demain") counts too.
 * This file holds route 3 (a per-comment rule) and the ticket-level combination.
 */
import type { Hit } from '../../text/matcher';
import type { Stage } from '../../types';
import { cancelled, inSentence, ofKind, span, type Doc, type Finding, type IncidentRule } from './context';
import { trolling } from './trolling';

export const harassment: IncidentRule = {
  meta: { id: 'incident/harassment', category: 'harassment', languages: ['fr', 'en'], description: 'Stated obsessive contact', triggers: ['harass.phrase', 'harass.future', 'harass.return'] },
  check(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const add = (hs: Hit[]) => out.push({ ruleId: `${this.meta.id}/obsessive-contact`, category: 'harassment', sev: 2, spans: hs.map((h) => span(doc, h)) });
    for (const h of ofKind(doc, 'harass.phrase')) if (!cancelled(doc, h)) add([h]);
    for (const f of ofKind(doc, 'harass.future')) {
      if (cancelled(doc, f)) continue;
      // The contact verb follows the future ("je vais vous relancer") or is part of it ("je rouvrirai").
      const after = (k: string) => inSentence(doc, f, k).filter((c) => c.i >= f.i && c.j > f.i);
      const contact = after('harass.contact');
      const visit = after('harass.visit');
      const freq = inSentence(doc, f, 'harass.freq');
      const until = inSentence(doc, f, 'harass.until');
      // Messages: every hour / until you answer. Visits: only every day ("je passerai tous les jours"), not "jusqu'à ce que le dossier soit prêt".
      if (contact.length > 0 && freq.length + until.length > 0) add([f, contact[0] as Hit, (freq[0] ?? until[0]) as Hit]);
      else if (visit.length > 0 && freq.length > 0) add([f, visit[0] as Hit, freq[0] as Hit]);
    }
    // Baiting that announces more of it ("je rouvre un ticket demain, et après-demain", "I'll be back tomorrow with more"):
    // repetition stated by the troll.
    const back = ofKind(doc, 'harass.return').filter((h) => !cancelled(doc, h));
    if (out.length === 0 && back.length > 0 && trolling.check(doc).length > 0) add([back[0] as Hit]);
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
