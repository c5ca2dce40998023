/**
 * The ticket bundle's contract as zod schemas (zod/mini): what every field may be and
 * what a wrong value becomes (null; lists filtered; a non-object item dropped). The
 * engine reads bundles with the equivalent zod-free reader in bundle.ts (kept out of
 * the analysis worker's start-up); parseBundleWithSchemas is the reference it is tested
 * against, and what embedders can use to validate a bundle the same way.
 */
import { z } from 'zod/mini';
import { normalise, type ParseResult } from './bundle';

/** Any wrong value becomes null (the field is optional to us). */
const orNull = <T extends z.core.SomeType>(s: T) => z.catch(z.nullish(s), null);

const id = orNull(z.union([z.number(), z.string()]));
const text = orNull(z.string());
const tags = z.pipe(orNull(z.array(z.unknown())), z.transform((t) => (t ?? []).filter((x): x is string => typeof x === 'string')));

export const commentSchema = z.object({
  id: id,
  author_id: id,
  public: orNull(z.boolean()),
  created_at: text,
  body: text,
});

export const historyTicketSchema = z.object({
  id: id,
  subject: text,
  created_at: text,
  status: text,
  satisfaction_rating: orNull(z.looseObject({ score: text })),
  tags: tags,
});

export const bundleSchema = z.looseObject({
  ticket: orNull(z.looseObject({
    id: id,
    subject: text,
    created_at: text,
    requester_id: id,
    tags: tags,
    via: orNull(z.looseObject({ channel: text })),
  })),
  comments: orNull(z.array(z.unknown())),
  requester: orNull(z.looseObject({
    id: id,
    name: text,
    email: text,
    created_at: text,
    locale: text,
    tags: tags,
  })),
  history: orNull(z.array(z.unknown())),
});

/** parseBundle by the schemas: same result as bundle.ts's parseBundle on any input. */
export function parseBundleWithSchemas(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError('not a ticket bundle: expected a JSON object');
  }
  return normalise(
    bundleSchema.parse(input),
    (c) => { const r = commentSchema.safeParse(c); return r.success ? r.data : null; },
    (h) => { const r = historyTicketSchema.safeParse(h); return r.success ? r.data : null; },
  );
}
