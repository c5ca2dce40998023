/**
 * Port -> engine input. Reads the ticket, its comments, the requester and their
 * history in parallel and returns a bundle in the REST shapes of shared/formats.md
 * (feed it to parseBundle/analyze), plus warning codes. Only the ticket and its
 * comments are essential: a missing requester or a failed history becomes a warning
 * and the analysis still runs.
 */
import { HostError, type HostComment, type HostHistoryTicket, type HostPort, type HostTicket, type HostUser } from './port';

export interface BundleInput {
  ticket: HostTicket;
  comments: HostComment[];
  requester: HostUser | null;
  history: HostHistoryTicket[];
}

/** Stable codes, translated by the UI (they join the engine's own warnings). */
export type LoadWarning = 'no_requester' | 'requester_unavailable' | 'history_partial' | 'history_unavailable';

export interface LoadedBundle {
  bundle: BundleInput;
  warnings: LoadWarning[];
  /** Why an optional part is missing, for a "retry" affordance. */
  errors: { requester?: HostError; history?: HostError };
}

export interface LoadOptions {
  /** History pages to read (100 tickets each). Default 3. */
  maxHistoryPages?: number;
  /** Skip the history (e.g. a quick first paint). */
  history?: boolean;
}

function asHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  return new HostError('unknown', e instanceof Error ? e.message : String(e));
}

/** Rejects with HostError only when the ticket or its comments cannot be read. */
export async function loadBundle(port: HostPort, opts: LoadOptions = {}): Promise<LoadedBundle> {
  let ticket: HostTicket;
  try {
    ticket = await port.ticket();
  } catch (e) {
    throw asHostError(e);
  }
  const warnings: LoadWarning[] = [];
  const errors: LoadedBundle['errors'] = {};
  const requesterId = ticket.requester_id;

  const commentsP = port.comments(ticket.id);
  const requesterP = requesterId === null ? Promise.resolve(null) : port.requester(requesterId);
  const historyP = requesterId === null || opts.history === false
    ? Promise.resolve({ tickets: [], partial: false })
    : port.history(requesterId, { maxPages: opts.maxHistoryPages ?? 3 });
  const [comments, requester, history] = await Promise.allSettled([commentsP, requesterP, historyP]);

  if (comments.status === 'rejected') throw asHostError(comments.reason);

  let user: HostUser | null = null;
  if (requester.status === 'fulfilled') {
    user = requester.value;
    if (!user) warnings.push('no_requester');
  } else {
    errors.requester = asHostError(requester.reason);
    warnings.push('requester_unavailable');
  }

  let earlier: HostHistoryTicket[] = [];
  if (history.status === 'fulfilled') {
    earlier = history.value.tickets.filter((h) => h.id !== ticket.id);
    if (history.value.partial) warnings.push('history_partial');
  } else {
    errors.history = asHostError(history.reason);
    warnings.push('history_unavailable');
  }

  return { bundle: { ticket, comments: comments.value, requester: user, history: earlier }, warnings, errors };
}
