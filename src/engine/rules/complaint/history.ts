/**
 * The requester's history as evidence: account age, earlier tickets and their
 * satisfaction ratings, earlier boundary tags, and what earlier subjects read like
 * (hostile, or precise defect reports). History weighs in only when the text itself
 * carries a complaint; it can then decide a case the words leave open.
 */
import type { TicketBundle } from '../../bundle';
import type { ComplaintLexicon, ComplaintInput, SignalFamily, TextUnit } from './types';
import { tokenize } from '../phrase';
import { matchFamily } from './signals';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

function time(s: string | null | undefined): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
}

/** Years between the requester's account creation and this ticket (or now). */
export function accountYears(bundle: TicketBundle, now: number = Date.now()): number | null {
  const created = time(bundle.requester?.created_at);
  if (created === null) return null;
  const at = time(bundle.ticket.created_at) ?? now;
  const y = (at - created) / YEAR_MS;
  return y >= 0 ? y : null;
}

export function ticketYear(bundle: TicketBundle): number | null {
  const t = time(bundle.ticket.created_at);
  return t === null ? null : new Date(t).getUTCFullYear();
}

function subjectUnit(subject: string): TextUnit {
  return { commentId: null, body: subject, start: 0, end: subject.length, tokens: tokenize(subject), scanned: null };
}

/** The families read in earlier subjects: their own, smaller pattern set. */
const SUBJECT_FAMILIES: readonly SignalFamily[] = ['hostility', 'rejection', 'defect'];

export function historyView(bundle: TicketBundle, lexicons: readonly ComplaintLexicon[], tagPrefix = 'boundary_'): ComplaintInput['history'] {
  let good = 0;
  let bad = 0;
  let boundaryTags = 0;
  let hostileSubjects = 0;
  let preciseSubjects = 0;
  for (const h of bundle.history) {
    if (h.score === 'good') good++;
    if (h.score === 'bad') bad++;
    if (h.tags.some((t) => t.startsWith(tagPrefix) || t.startsWith('boundary_'))) boundaryTags++;
    if (h.subject) {
      const unit = [subjectUnit(h.subject.slice(0, 300))];
      if (lexicons.some((lex) => matchFamily(unit, lex, 'hostility', 'history', undefined, SUBJECT_FAMILIES).length + matchFamily(unit, lex, 'rejection', 'history', undefined, SUBJECT_FAMILIES).length > 0)) hostileSubjects++;
      else if (lexicons.some((lex) => matchFamily(unit, lex, 'defect', 'history', undefined, SUBJECT_FAMILIES).length > 0)) preciseSubjects++;
    }
  }
  return { total: bundle.history.length, good, bad, boundaryTags, hostileSubjects, preciseSubjects };
}
