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
import { memoString } from '../../text/memo';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** The number written by the `n` ASCII digits of `s` at `at`, -1 when one is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Date.parse of the form every Zendesk date has, "YYYY-MM-DDTHH:MM:SSZ" (UTC), without
 * the runtime's general date parser; NaN for any other form or an out-of-range field
 * (Date.parse decides those: hour 24, second 60...). A day past the month's end rolls
 * over in both (February 30th is March 2nd), as the spec checks.
 */
export function parseIsoUtc(s: string): number {
  if (s.length !== 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 90) return NaN;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  // Date.UTC reads years 0-99 as 1900-1999: those stay with Date.parse.
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec);
}

function time(s: string | null | undefined): number | null {
  if (!s) return null;
  let t = parseIsoUtc(s);
  if (Number.isNaN(t)) t = Date.parse(s);
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

type SubjectKind = 'hostile' | 'precise' | null;

/** What an earlier subject (its first 300 chars) reads like to one lexicon. */
export function subjectKind(subject: string, lex: ComplaintLexicon): SubjectKind {
  const unit = [subjectUnit(subject)];
  if (matchFamily(unit, lex, 'hostility', 'history', undefined, SUBJECT_FAMILIES).length + matchFamily(unit, lex, 'rejection', 'history', undefined, SUBJECT_FAMILIES).length > 0) return 'hostile';
  if (matchFamily(unit, lex, 'defect', 'history', undefined, SUBJECT_FAMILIES).length > 0) return 'precise';
  return null;
}

/**
 * subjectKind memoised per lexicon: a requester's earlier tickets come back in every
 * analysis of their tickets (each new comment, each draft check), and their subjects
 * read the same each time. Bounded like every string memo.
 */
const SUBJECT_KINDS = new WeakMap<ComplaintLexicon, (subject: string) => SubjectKind>();

function subjectKindOf(subject: string, lex: ComplaintLexicon): SubjectKind {
  let kind = SUBJECT_KINDS.get(lex);
  if (kind === undefined) {
    kind = memoString((s: string) => subjectKind(s, lex), 5_000);
    SUBJECT_KINDS.set(lex, kind);
  }
  return kind(subject);
}

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
      // Hostile to any lexicon wins over precise to any.
      const subject = h.subject.slice(0, 300);
      let precise = false;
      let hostile = false;
      for (const lex of lexicons) {
        const k = subjectKindOf(subject, lex);
        if (k === 'hostile') { hostile = true; break; }
        if (k === 'precise') precise = true;
      }
      if (hostile) hostileSubjects++;
      else if (precise) preciseSubjects++;
    }
  }
  return { total: bundle.history.length, good, bad, boundaryTags, hostileSubjects, preciseSubjects };
}
