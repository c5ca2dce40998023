/**
 * Fault injection for reliability tests. Each fault is named, documented in
 * docs/workspace.md, settable from the FAULTS panel or the URL (`?fault=a,b`).
 */
export const FAULTS = {
  rate_limit: 'Every REST request answers 429 Too Many Requests with Retry-After.',
  rate_limit_once: 'The first request to each URL answers 429 with Retry-After, the retry succeeds.',
  server_error: 'Every REST request answers 500.',
  timeout: 'REST requests never answer (or fail with status 0 after the request\'s own `timeout`).',
  slow: 'REST answers arrive after 2 s.',
  history_page2: 'Requester history: page 2 and later answer 500.',
  history_fail: 'Requester history answers 500 on every page.',
  comments_fail: 'Ticket comments answer 500.',
  no_requester: 'The ticket has no requester (ticket.requester is null, the user answers 404).',
  tags_fail: 'ticket.tags.add / ticket.tags.remove answer an error and change nothing.',
  ticket_unavailable: 'get("ticket") and its sub-paths answer an error.',
  no_handshake: 'The host never answers iframe.handshake (the app is never registered).',
  huge_comment: 'REST comments: the requester\'s last public comment is padded past 1 MB (a pasted log).',
  tags_race: 'Another agent adds a tag (other_agent_N) just before each tag write of the app.',
} as const;

export type FaultName = keyof typeof FAULTS;

export const FAULT_NAMES = Object.keys(FAULTS) as FaultName[];

export function isFault(name: string): name is FaultName {
  return Object.prototype.hasOwnProperty.call(FAULTS, name);
}

/** `"history_page2, tags_fail"` -> the known faults; unknown names are returned apart. */
export function parseFaults(value: string | null | undefined): { faults: Set<FaultName>; unknown: string[] } {
  const faults = new Set<FaultName>();
  const unknown: string[] = [];
  for (const part of (value ?? '').split(',')) {
    const name = part.trim().toLowerCase();
    if (!name) continue;
    if (isFault(name)) faults.add(name);
    else unknown.push(name);
  }
  return { faults, unknown };
}
