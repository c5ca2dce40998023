/**
 * The objects a ZAF client reads in the ticket sidebar (`ticket`, `currentUser`,
 * `ticket.comments`...), in the camelCase shapes of the Apps Support API, and the
 * dotted-path lookup of `client.get`.
 */
import type { FxComment, FxUser } from './fixtures';
import { SUBDOMAIN, World } from './world';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json | undefined };

export function zafUser(u: FxUser, locale?: string): Record<string, Json> {
  return {
    id: u.id, name: u.name, email: u.email, externalId: null, locale: locale ?? u.locale, role: u.role,
    tags: u.tags, timeZone: { ianaName: 'Europe/Paris', name: 'Paris', offset: 60 }, avatarUrl: null,
    organizations: [], groups: [], identities: [], details: '', notes: '', signature: '', alias: '',
  };
}

export function zafComment(c: FxComment, world: World): Record<string, Json> {
  const author = c.author_id === null ? undefined : world.user(c.author_id);
  const esc = c.body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    id: c.id,
    value: `<p>${esc.replace(/\n/g, '<br>')}</p>`,
    author: author ? { id: author.id, name: author.name, email: author.email, role: author.role } : null,
    isPublic: c.public,
    createdAt: c.created_at,
    via: { channel: 'web', source: {} },
    imageAttachments: [],
    nonImageAttachments: [],
  };
}

export type CommentType = 'publicReply' | 'internalNote';

export interface TicketView {
  world: World;
  ticketId: number;
  locale: string;
  scheme: 'light' | 'dark';
  draft: string;
  /** The reply box's mode, as ZAF's ticket.comment.type gives it. */
  commentType: CommentType;
  noRequester: boolean;
  instanceGuid: string;
}

export function zafTicket(v: TicketView): Record<string, Json> | null {
  const c = v.world.case(v.ticketId);
  if (!c) return null;
  const requester = !v.noRequester && c.ticket.requester_id !== null ? v.world.user(c.ticket.requester_id) : undefined;
  return {
    id: c.ticket.id,
    externalId: null,
    subject: c.ticket.subject,
    description: c.comments[0]?.body ?? '',
    status: c.ticket.status,
    statusCategory: c.ticket.status,
    priority: null,
    type: null,
    isNew: false,
    tags: v.world.tagsOf(c.ticket.id),
    createdAt: c.ticket.created_at,
    updatedAt: c.ticket.created_at,
    requester: requester ? zafUser(requester) : null,
    assignee: { user: null, group: null },
    collaborators: [],
    followers: [],
    organization: null,
    brand: { id: 1, name: 'Tact Workspace', url: `https://${SUBDOMAIN}.zendesk.com` },
    form: { id: 1 },
    via: { channel: c.ticket.via.channel ?? 'web', source: { from: {}, to: {}, rel: null } },
  };
}

/** Everything `client.get` can reach, as one tree walked by dotted paths. */
export function zafRoot(v: TicketView): Record<string, Json> {
  const ticket = zafTicket(v);
  const context = { host: 'zendesk', product: 'support', location: 'ticket_sidebar', instanceGuid: v.instanceGuid, account: { subdomain: SUBDOMAIN }, ticketId: v.ticketId };
  return {
    ticket: ticket ? {
      ...ticket,
      comment: { text: v.draft, type: v.commentType, useRichText: false, attachments: [] },
      comments: v.world.comments(v.ticketId).map((c) => zafComment(c, v.world)),
    } : null,
    comment: { text: v.draft, type: v.commentType, useRichText: false, attachments: [] },
    currentUser: zafUser(v.world.user(9001) ?? { id: 9001, name: 'Agent', email: null, created_at: null, locale: v.locale, tags: [], role: 'admin' }, v.locale),
    currentAccount: { subdomain: SUBDOMAIN, planName: 'Enterprise' },
    colorScheme: v.scheme,
    instances: { [v.instanceGuid]: context },
  };
}

/** Walk a dotted path; `{found:false}` when a segment does not exist. A null on the way yields null. */
export function lookup(root: Json, path: string): { found: true; value: Json } | { found: false } {
  // Instance GUIDs contain no dots, so a plain split is enough.
  let cur: Json = root;
  for (const seg of path.split('.')) {
    if (cur === null) return { found: true, value: null };
    if (typeof cur !== 'object' || Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false };
    const next: Json | undefined = (cur as Record<string, Json | undefined>)[seg];
    if (next === undefined) return { found: false };
    cur = next;
  }
  return { found: true, value: cur };
}
