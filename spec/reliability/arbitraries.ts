/**
 * fast-check arbitraries for the reliability property tests: hostile strings (unicode
 * edge cases, obfuscated insults, quote headers, huge and empty) and malformed ticket
 * bundles (missing fields, nulls, wrong types). Seeded: FC_SEED overrides the seed to
 * replay a failure.
 */
import fc from 'fast-check';

export const SEED = Number(process.env.FC_SEED ?? 20261123);

/** Pieces chosen to hit the text layer's edge cases; joined at random by hostileString. */
export const PIECES: readonly string[] = [
  // Words the rules look for, plain and obfuscated (FR/EN).
  'idiot', 'You are all idiots', 'bande de connards', 'c0nnard', 'c o n n a r d', 's.a.l.o.p.e', 'f*ck', 'fuuuuuck', 'ｆｕｃｋ', '𝐟𝐮𝐜𝐤',
  'je vais vous retrouver', "I'll find you", 'calm down', 'je ne sais pas', 'you should have', 'ma chérie', 'sweetheart 😘',
  'client depuis 2012', 'customer for 10 years', 'je vais résilier', 'never again', "ce n'était pas comme ça avant",
  // Mail structure: quotes, headers, signatures, disclaimers.
  '\n> quoted idiot\n', '\nLe 2 mai 2026 à 10:02, Service Client a écrit :\n', '\nOn Mon, 4 May 2026, Support <s@x.example> wrote:\n',
  '\nwrote:\n', '\n-- \nJean\n', '\nDe : X\nEnvoyé : lundi\n', '\n-----Original Message-----\n', '\nSent from my iPhone\n',
  '\nCe message et ses pièces jointes sont confidentiels\n', '"quoted idiot"', '« connard »',
  // Unicode: combining marks, RTL and bidi controls, zero-width, emoji and ZWJ sequences, case mappings that change length.
  'e\u0301', 'e\u0301\u0301\u0301\u0301', '\u0301', 'שלום עולם', 'مرحبا', '\u202eevil\u202c', '\u200f', '\u200b', '\u200c\u200d', '\u2060', '\uFEFF',
  '😡', '🤡🤡🤡', '👩‍👩‍👧', '🏳️‍🌈', '\uFE0F', 'İstanbul', 'ß', 'ẞ', 'ΣΑΣ', 'ﬁ', 'œuvre', 'Ǆ', '\u00A0', '\u2028', '\r\n', '\t',
  // Lone surrogates.
  '\uD800', '\uDC00', '\uDBFF', 'a\uD83D', '\uDE00b',
  // Punctuation runs and leet-ish noise.
  '***', '!!!', '...', '$$$', '@@@', '1337', '0x1f', '>>>>', '----', '____', '=>', '{{constructor}}', '<script>',
  ' ', '\n', '', 'a', 'A.', '.a',
];

/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A hostile string: pieces and random code units, sometimes repeated to a large size. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.tuple(
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: codeUnit, maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 25 }),
      fc.constantFrom(' ', '', '\n', '. '),
    ).map(([parts, sep]) => parts.join(sep)),
  },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1_000, max: 30_000 })).map(([p, n]) => (p || 'a').repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n)) },
);

/** Text made of the pieces only (more rule hits than hostileString). */
export const pieceText: fc.Arbitrary<string> = fc.tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '. ', '\n', ', '))
  .map(([parts, sep]) => parts.join(sep));

const REQUESTER = 7;

/** Something of the wrong type for any field. */
const wrong = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.double(), fc.boolean(), fc.string({ maxLength: 5 }), fc.constant([]), fc.constant({}), fc.constant(NaN));

const id = fc.oneof(fc.nat({ max: 50 }), fc.constantFrom('12', '7', 'x', '-1', '1e3', ''), fc.constant(null), fc.double());

const comment = fc.record({
  id: id,
  author_id: fc.oneof({ weight: 4, arbitrary: fc.constant(REQUESTER) }, { weight: 1, arbitrary: fc.constant(String(REQUESTER)) }, { weight: 2, arbitrary: fc.nat({ max: 20 }) }, { weight: 1, arbitrary: wrong }),
  public: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrong }),
  created_at: fc.oneof(fc.constant('2026-05-01T10:00:00Z'), fc.string({ maxLength: 10 }), wrong),
  body: fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 3, arbitrary: pieceText }, { weight: 1, arbitrary: wrong }),
}, { requiredKeys: [] });

const history = fc.record({
  id: id,
  subject: fc.oneof(hostileString, wrong),
  created_at: fc.oneof(fc.constant('2015-01-01T00:00:00Z'), fc.string({ maxLength: 10 }), wrong),
  status: fc.oneof(fc.constantFrom('solved', 'closed', 'open'), wrong),
  satisfaction_rating: fc.oneof(fc.record({ score: fc.oneof(fc.constantFrom('good', 'bad', 'offered', 'unoffered'), wrong) }), wrong),
  tags: fc.oneof(fc.array(fc.oneof(fc.constantFrom('boundary_insult', 'boundary_threat', 'vip'), fc.string({ maxLength: 8 }), wrong), { maxLength: 4 }), wrong),
}, { requiredKeys: [] });

/** A ticket bundle in the REST shapes, with any field missing, null or of the wrong type. */
export const bundleArb: fc.Arbitrary<Record<string, unknown>> = fc.record({
  id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), wrong),
  ticket: fc.oneof(
    { weight: 5, arbitrary: fc.record({
      id: id,
      subject: fc.oneof(hostileString, wrong),
      created_at: fc.oneof(fc.constant('2026-05-01T10:00:00Z'), wrong),
      requester_id: fc.oneof({ weight: 5, arbitrary: fc.constant(REQUESTER) }, { weight: 1, arbitrary: wrong }),
      tags: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), wrong),
      via: fc.oneof(fc.record({ channel: fc.oneof(fc.constantFrom('email', 'web'), wrong) }), wrong),
    }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: wrong },
  ),
  comments: fc.oneof({ weight: 6, arbitrary: fc.array(fc.oneof({ weight: 6, arbitrary: comment }, { weight: 1, arbitrary: wrong }), { maxLength: 5 }) }, { weight: 1, arbitrary: wrong }),
  requester: fc.oneof(
    { weight: 4, arbitrary: fc.record({
      id: fc.oneof({ weight: 4, arbitrary: fc.constant(REQUESTER) }, { weight: 1, arbitrary: wrong }),
      name: fc.oneof(hostileString, wrong),
      email: fc.oneof(fc.constant('a@b.example'), wrong),
      created_at: fc.oneof(fc.constantFrom('2012-03-01T00:00:00Z', '2025-12-01T00:00:00Z', 'not a date'), wrong),
      locale: fc.oneof(fc.constantFrom('fr', 'en', 'fr-CA', 'de'), wrong),
      tags: fc.oneof(fc.array(fc.oneof(fc.constantFrom('boundary_insult', 'vip'), fc.string({ maxLength: 8 })), { maxLength: 3 }), wrong),
    }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: wrong },
  ),
  history: fc.oneof(fc.array(fc.oneof({ weight: 5, arbitrary: history }, { weight: 1, arbitrary: wrong }), { maxLength: 6 }), wrong),
}, { requiredKeys: [] });
