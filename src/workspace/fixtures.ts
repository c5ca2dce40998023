/**
 * Sample data of the workspace: the eval cases (spec/fixtures/tickets.jsonl, one ticket
 * bundle a line, see formats.md). The workspace plays Zendesk over them; anything beyond
 * the bundle fields (labels, notes) is ignored.
 */

export interface FxTicket {
  id: number;
  subject: string | null;
  created_at: string | null;
  requester_id: number | null;
  tags: string[];
  via: { channel: string | null };
  status: string;
}

export interface FxComment { id: number; author_id: number | null; public: boolean; created_at: string | null; body: string }

export interface FxUser { id: number; name: string; email: string | null; created_at: string | null; locale: string | null; tags: string[]; role: 'end-user' | 'agent' | 'admin' }

export interface FxHistoryTicket {
  id: number; subject: string | null; created_at: string | null; status: string | null;
  satisfaction_rating: { score: string | null } | null; tags: string[];
}

export interface FxCase { key: string; lang: string | null; ticket: FxTicket; comments: FxComment[]; requester: FxUser | null; history: FxHistoryTicket[] }

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function readUser(v: unknown, role: FxUser['role']): FxUser | null {
  const u = obj(v);
  const id = num(u.id);
  if (id === null) return null;
  return { id, name: str(u.name) ?? `User ${id}`, email: str(u.email), created_at: str(u.created_at), locale: str(u.locale), tags: strs(u.tags), role };
}

/** One case; null when it has no usable ticket id. */
export function readCase(line: unknown, index: number): FxCase | null {
  const c = obj(line);
  const t = obj(c.ticket);
  const id = num(t.id);
  if (id === null) return null;
  const requester = readUser(c.requester, 'end-user');
  const comments: FxComment[] = (Array.isArray(c.comments) ? c.comments : []).map((raw, i) => {
    const m = obj(raw);
    return {
      id: num(m.id) ?? i + 1,
      author_id: num(m.author_id),
      public: m.public !== false,
      created_at: str(m.created_at),
      body: str(m.body) ?? '',
    };
  });
  const history: FxHistoryTicket[] = (Array.isArray(c.history) ? c.history : []).flatMap((raw) => {
    const h = obj(raw);
    const hid = num(h.id);
    if (hid === null) return [];
    const sr = h.satisfaction_rating === null ? null : obj(h.satisfaction_rating);
    return [{
      id: hid, subject: str(h.subject), created_at: str(h.created_at), status: str(h.status),
      satisfaction_rating: sr ? { score: str(sr.score) } : null, tags: strs(h.tags),
    }];
  });
  return {
    key: str(c.id) ?? `case-${index + 1}`,
    lang: str(c.lang),
    ticket: {
      id,
      subject: str(t.subject),
      created_at: str(t.created_at),
      requester_id: num(t.requester_id) ?? requester?.id ?? null,
      tags: strs(t.tags),
      via: { channel: str(obj(t.via).channel) },
      status: str(t.status) ?? 'open',
    },
    comments,
    requester,
    history,
  };
}

/** Parse JSONL text; bad lines are skipped and counted. */
export function parseCases(text: string): { cases: FxCase[]; skipped: number } {
  const cases: FxCase[] = [];
  let skipped = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const c = readCase(JSON.parse(line), i);
      if (c) cases.push(c);
      else skipped++;
    } catch {
      skipped++;
    }
  });
  return { cases, skipped };
}
