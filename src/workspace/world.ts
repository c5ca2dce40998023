/**
 * The workspace's Zendesk account: tickets, users and comments built from the sample
 * cases, plus what happens during a session (tags changed, replies submitted). Pure data,
 * no DOM: the REST emulator and the ZAF host read it, the page renders it.
 */
import type { FxCase, FxComment, FxUser } from './fixtures';

export const SUBDOMAIN = 'tact-workspace';
export const ACCOUNT_URL = `https://${SUBDOMAIN}.zendesk.com`;

export const CURRENT_USER: FxUser = {
  id: 9001, name: 'Sam Rivera', email: 'sam.rivera@tact-workspace.example', created_at: '2021-01-04T09:00:00Z',
  locale: 'en', tags: [], role: 'admin',
};

const AGENT_NAMES = ['Camille Durand', 'Alex Morgan', 'Inès Haddad', 'Jordan Lee', 'Léa Fontaine', 'Chris Walker'];

/** Zendesk stores tags lowercase, one word each: "Foo Bar" becomes "foo", "bar". */
export function normaliseTags(input: unknown): string[] {
  const list = Array.isArray(input) ? input : [input];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    for (const t of item.toLowerCase().split(/\s+/)) if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export class World {
  private readonly byId = new Map<number, FxCase>();
  private readonly users = new Map<number, FxUser>();
  /** Live tags per ticket (start from the fixture). */
  private readonly tags = new Map<number, string[]>();
  /** Replies submitted in this session, per ticket. */
  private readonly added = new Map<number, FxComment[]>();

  constructor(readonly cases: readonly FxCase[]) {
    this.users.set(CURRENT_USER.id, CURRENT_USER);
    for (const c of cases) {
      this.byId.set(c.ticket.id, c);
      if (c.requester) this.users.set(c.requester.id, c.requester);
      for (const m of c.comments) {
        if (m.author_id === null || this.users.has(m.author_id)) continue;
        const name = AGENT_NAMES[m.author_id % AGENT_NAMES.length] ?? 'Agent';
        this.users.set(m.author_id, {
          id: m.author_id, name, email: `agent${m.author_id}@tact-workspace.example`, created_at: '2020-02-03T08:00:00Z',
          locale: 'fr', tags: [], role: 'agent',
        });
      }
    }
  }

  ticketIds(): number[] { return [...this.byId.keys()]; }

  case(id: number): FxCase | undefined { return this.byId.get(id); }

  user(id: number): FxUser | undefined { return this.users.get(id); }

  tagsOf(id: number): string[] {
    return [...(this.tags.get(id) ?? this.byId.get(id)?.ticket.tags ?? [])];
  }

  setTags(id: number, tags: string[]): void { this.tags.set(id, normaliseTags(tags)); }

  comments(id: number): FxComment[] {
    return [...(this.byId.get(id)?.comments ?? []), ...(this.added.get(id) ?? [])];
  }

  /** Record a reply by the current user; returns the new comment. */
  addReply(id: number, body: string, at: Date, isPublic = true): FxComment {
    const all = this.comments(id);
    const comment: FxComment = {
      id: all.reduce((m, c) => Math.max(m, c.id), 0) + 1,
      author_id: CURRENT_USER.id, public: isPublic, created_at: at.toISOString(), body,
    };
    this.added.set(id, [...(this.added.get(id) ?? []), comment]);
    return comment;
  }
}
