/**
 * The engine's one entry: a ticket bundle in, an Analysis out.
 *   parseBundle -> cut over-long comments -> requester's own words -> language
 *   -> boundary incidents + complaint type -> tags -> warnings.
 * Never throws for an object input: a part that fails degrades to a warning.
 */
import { parseBundle, type TicketBundle } from './bundle';
import { classifyComplaint } from './complaint';
import { detectIncidents } from './incidents';
import { decide, detectLanguage, type LangScore } from './text/language';
import { requesterTexts, type RequesterText } from './text/requester';
import { DEFAULT_ENGINE_OPTIONS, LANGS, type Analysis, type ComplaintResult, type EngineOptions, type Incident, type Lang } from './types';

const NONE: ComplaintResult = { type: 'none', confidence: 0, evidence: [], facts: [], strategy: 'none' };

function emptyAnalysis(warnings: string[]): Analysis {
  return { ticketId: null, language: 'en', complaintType: { ...NONE }, incidents: [], tags: [], warnings };
}

/** Merge partial options over the defaults, ignoring values of the wrong type. */
export function resolveOptions(input: Partial<EngineOptions> | null = {}): EngineOptions {
  // Options can arrive from outside TypeScript (worker messages, embedders): null or a non-object means none.
  const options: Partial<EngineOptions> = input !== null && typeof input === 'object' ? input : {};
  const o = { ...DEFAULT_ENGINE_OPTIONS };
  if (typeof options.tagPrefix === 'string') o.tagPrefix = options.tagPrefix;
  if (Array.isArray(options.categories)) o.categories = options.categories;
  if (options.typeTagPrefix === null || typeof options.typeTagPrefix === 'string') o.typeTagPrefix = options.typeTagPrefix || null;
  if (Array.isArray(options.languages)) {
    const langs = options.languages.filter((l): l is Lang => (LANGS as readonly string[]).includes(l));
    if (langs.length) o.languages = langs;
  }
  if (typeof options.maxCommentChars === 'number' && options.maxCommentChars > 0) o.maxCommentChars = Math.floor(options.maxCommentChars);
  return o;
}

/** Cut every comment to `max` characters (never inside a surrogate pair). Returns whether anything was cut. */
export function truncateComments(bundle: TicketBundle, max: number): boolean {
  let cut = false;
  bundle.comments = bundle.comments.map((c) => {
    if (c.body.length <= max) return c;
    cut = true;
    let end = max;
    const code = c.body.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    return { ...c, body: c.body.slice(0, end) };
  });
  return cut;
}

function localeLang(locale: string | null | undefined): Lang | null {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('fr')) return 'fr';
  if (l.startsWith('en')) return 'en';
  return null;
}

/** Most of the requester's words read to tell the ticket's language. */
const LANG_SAMPLE = 50_000;

/**
 * Language of all the requester's own words (their first LANG_SAMPLE characters). Stopword
 * counts add up over texts joined by newlines, so the per-comment scores are reused
 * whenever the joined text fits in the sample.
 */
function wordsLanguage(texts: readonly RequesterText[]): Lang | null {
  // The joined text is only built when it is too long.
  let length = -1;
  for (const t of texts) length += t.textLength + 1;
  if (length > LANG_SAMPLE) return detectLanguage(texts.map((t) => t.text).join('\n').slice(0, LANG_SAMPLE));
  const sum: LangScore = { fr: 0, en: 0 };
  for (const t of texts) { sum.fr += t.score.fr; sum.en += t.score.en; }
  return decide(sum);
}

/** Language of the requester's own words, then their locale, then English; limited to the enabled languages. */
export function ticketLanguage(bundle: TicketBundle, texts: readonly RequesterText[], enabled: readonly Lang[]): Lang {
  const lang = wordsLanguage(texts) ?? localeLang(bundle.requester?.locale) ?? 'en';
  return enabled.includes(lang) ? lang : (enabled[0] ?? 'en');
}

export function analyze(input: unknown, options: Partial<EngineOptions> = {}): Analysis {
  const opts = resolveOptions(options);
  let parsed: ReturnType<typeof parseBundle>;
  try {
    parsed = parseBundle(input);
  } catch {
    return emptyAnalysis(['not_a_bundle']);
  }
  const { bundle } = parsed;
  const warnings = [...parsed.warnings];
  if (truncateComments(bundle, opts.maxCommentChars)) warnings.push('text_truncated');

  // The requester's own words are cut out once and shared by every part below.
  let texts: RequesterText[] = [];
  let textsOk = true;
  try {
    texts = requesterTexts(bundle);
  } catch {
    textsOk = false;
    warnings.push('text_failed');
  }
  const language = ticketLanguage(bundle, texts, opts.languages);

  let incidents: Incident[] = [];
  try {
    incidents = detectIncidents(bundle, opts, textsOk ? texts : undefined);
    if (incidents.length > 0) incidents = incidents.filter((i) => opts.categories.includes(i.category));
  } catch {
    warnings.push('incidents_failed');
  }
  let complaintType: ComplaintResult = { ...NONE };
  try {
    complaintType = classifyComplaint(bundle, texts, language, { tagPrefix: opts.tagPrefix });
  } catch {
    warnings.push('complaint_failed');
  }

  const tags = distinct(incidents.map((i) => i.tag));
  if (opts.typeTagPrefix && complaintType.type !== 'none') tags.push(`${opts.typeTagPrefix}${complaintType.type}`);
  return { ticketId: bundle.ticket.id, language, complaintType, incidents, tags, warnings: distinct(warnings) };
}

/** [...new Set(list)], without the Set for the usual zero or one item. */
export function distinct(list: readonly string[]): string[] {
  return list.length < 2 ? list.slice() : [...new Set(list)];
}
