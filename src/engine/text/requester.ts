/**
 * The requester's own words: only public comments written by the requester, with quoted
 * e-mail history, forwarded messages, signatures and disclaimers cut out. Offsets of
 * `own` are into the ORIGINAL comment body.
 */
import type { TicketBundle } from '../bundle';
import type { Lang } from '../types';
import { decide, scoreRanges, type LangScore } from './language';

export interface Range { start: number; end: number }

const ACCENTS: Record<string, string> = {
  'à': 'a', 'â': 'a', 'ä': 'a', 'á': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'î': 'i', 'ï': 'i', 'í': 'i', 'ô': 'o', 'ö': 'o',
  'ó': 'o', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ú': 'u', 'ÿ': 'y', 'ñ': 'n', '\u2019': "'", '\u00a0': ' ',
};

/** Lowercase and strip the common Latin accents: enough for header and signature markers. */
export function foldLine(raw: string): string {
  const low = raw.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < low.length; i++) {
    if (low.charCodeAt(i) < 128) continue;
    const r = ACCENTS[low.charAt(i)];
    if (r === undefined) continue;
    out += low.slice(from, i) + r;
    from = i + 1;
  }
  out = from === 0 ? low : out + low.slice(from);
  return out.endsWith('\r') ? out.slice(0, -1) : out;
}

const CUT_PREFIXES = [
  '-----original message', '----- original message', '-----message d\'origine', '----- message d\'origine',
  'begin forwarded message', 'debut du message reexpedie', 'debut du message transfere',
  'envoye de mon', 'envoye depuis mon', 'envoye a partir de', 'sent from my', 'sent from outlook', 'get outlook for',
  'telecharger outlook', 'sent via', 'envoye avec',
];
export const DISCLAIMER: readonly string[] = [
  'ce message et ses pieces jointes', 'ce courriel et ses pieces jointes', 'ce message est confidentiel', 'ce courriel est confidentiel',
  'ce message et toutes les pieces', 'this e-mail and any attachments', 'this email and any attachments', 'this message and any attachments',
  'confidentiality notice', 'this email is confidential', 'this e-mail is confidential', 'this message is confidential',
  'avis de confidentialite', 'intended solely for', 'intended only for the', 'if you are not the intended recipient',
  'si vous n\'etes pas le destinataire', 'si vous avez recu ce message par erreur',
];

/** `l`: the folded line, trimmed; `nextTrimmed()`: the next one (undefined: none), read only for an Outlook block. */
function isQuoteHeader(l: string, nextTrimmed: () => string | undefined): 'line' | 'prev' | null {
  if (l.length === 0) return null;
  // "Le 20/02/2026 à 10:02, Service Client a écrit :" / "On 1 Mar 2026, Billing Team wrote:"
  if ((l.endsWith('a ecrit :') || l.endsWith('a ecrit:')) && l.length < 300) return 'line';
  if (l.endsWith('wrote:') && l.length < 300 && (l.startsWith('on ') || l.includes('@') || l.includes(','))) return 'line';
  // Wrapped header: "On Mon, 4 May ..., Sophie <x@y>" then "wrote:" alone.
  if (l === 'wrote:' || l === 'a ecrit :' || l === 'ecrit :' || l === 'a ecrit:') return 'prev';
  // Outlook block: "De : X" / "From: X" followed by "Envoyé :" / "Sent:" / "Date :".
  if (l.startsWith('de :') || l.startsWith('de:') || l.startsWith('from:') || l.startsWith('from :')) {
    const n = nextTrimmed();
    if (n !== undefined && (n.startsWith('envoye') || n.startsWith('sent:') || n.startsWith('sent :') || n.startsWith('date') || n.startsWith('a :') || n.startsWith('to:'))) return 'line';
  }
  // Dashed separators: "-------- Message transféré --------", "---------- Forwarded message ---------".
  if (l.startsWith('---') && (l.includes('message') || l.includes('forwarded') || l.includes('transfere'))) return 'line';
  return null;
}

/** A char of String.prototype.trim's (and /\s/'s) white space: WhiteSpace and LineTerminator. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** One of these words is in every DISCLAIMER (the spec checks it). */
export const DISCLAIMER_WORDS: readonly string[] = ['pieces', 'confidenti', 'attachments', 'intended', 'destinataire', 'erreur'];
/** Every non-ASCII lower-case letter that foldLine() turns into an ASCII one (upper cases come with the i flag). */
const FOLDS_TO: Readonly<Record<string, string>> = { a: 'àáâä', c: 'ç', e: 'èéêë', i: 'íîïİ', n: 'ñ', o: 'óôö', u: 'ùúûü' };

/**
 * A DISCLAIMER_WORD in the raw text, each letter read as any char that folds to it: a
 * line without a match cannot hold a disclaimer once folded, so it is never folded for
 * that test. No quantifier: linear.
 */
export const DISCLAIMER_WORD = new RegExp(DISCLAIMER_WORDS.map((w) => [...w].map((ch) => (FOLDS_TO[ch] ? `[${ch}${FOLDS_TO[ch]}]` : ch)).join('')).join('|'), 'gi');

/**
 * Whether the trimmed raw line body[ts, te) (not empty) can fold to something a header
 * or signature test looks at: those tests read the folded line's first two chars (a
 * "--"/"__"/"—" separator, "de :", "from:", a cut prefix), or its last char (":" of
 * "a écrit :" / "wrote:"). Folding maps an ASCII char to its lower case and no other
 * char to ASCII ':' (see the test), so an ASCII start outside those pairs and an end
 * other than ':' decide it without folding.
 */
function mayBeMarker(body: string, ts: number, te: number): boolean {
  if (body.charCodeAt(te - 1) === 58) return true;
  const a = body.charCodeAt(ts);
  if (a >= 128) return true;
  if (te - ts < 2) return false;
  const b = body.charCodeAt(ts + 1);
  if (b >= 128) return true;
  // Lower-cased first two chars: "--", "__", "de", "fr", "be", "en", "se", "te", "ge".
  const a0 = a | 0x20;
  const b0 = b | 0x20;
  if (a === 45) return b === 45;
  if (a === 95) return b === 95;
  // (x | 0x20) is a lower-case letter only for that letter, upper or lower case.
  if (b0 === 101) return a0 === 100 || a0 === 98 || a0 === 115 || a0 === 116 || a0 === 103;
  return (a0 === 101 && b0 === 110) || (a0 === 102 && b0 === 114);
}

/** The line of `body` starting at `s`: its end (at '\n' or the body's end). */
function lineEnd(body: string, s: number): number {
  const e = body.indexOf('\n', s);
  return e < 0 ? body.length : e;
}

/**
 * Own ranges of one body: everything before the first cut (quote header, separator,
 * signature, disclaimer), minus quoted ">" lines. Only lines that can hold a marker are
 * lower-cased and accent-folded (ownRangesByFolding in the spec is the plain version
 * that folds every line).
 */
export function ownRanges(body: string): Range[] {
  const ranges: Range[] = [];
  let cut = body.length;
  let open = -1;
  let prevStart = -1;
  // Where the next disclaimer word starts (body.length: none left), searched lazily.
  let disclaimerAt = -1;
  for (let s = 0, i = 0; s <= body.length; i++) {
    const e = lineEnd(body, s);
    const ts = skipSpace(body, s, e);
    const te = backOverSpace(body, ts, e);
    let fold = ts < te && mayBeMarker(body, ts, te);
    if (!fold && ts < te && i > 0 && s > body.length / 3) {
      if (disclaimerAt < s) {
        DISCLAIMER_WORD.lastIndex = s;
        disclaimerAt = DISCLAIMER_WORD.exec(body)?.index ?? body.length;
      }
      fold = disclaimerAt < e;
    }
    if (fold) {
      const h = lineCut(body, s, e, i);
      if (h === 'line') { cut = s; break; }
      if (h === 'prev') {
        cut = i > 0 ? prevStart : s;
        // The previous line is cut too: a range it opened is dropped.
        if (open === cut) open = -1;
        break;
      }
    }
    // A quoted line: its trimmed text starts with '>' (folding keeps '>' and white space).
    if (ts < te && body.charCodeAt(ts) === 62) {
      if (open >= 0) { ranges.push({ start: open, end: s }); open = -1; }
    } else if (open < 0) {
      open = s;
    }
    prevStart = s;
    s = e + 1;
  }
  if (open >= 0) ranges.push({ start: open, end: cut });
  const out: Range[] = [];
  for (const r of ranges) {
    const t = trimRange(body, r);
    if (t.end > t.start) out.push(t);
  }
  return out;
}

/** The cut tests on line `i` of `body`, [s, e), folded (and the next line when a test needs it). */
function lineCut(body: string, s: number, e: number, i: number): 'line' | 'prev' | null {
  const text = foldLine(body.slice(s, e));
  const l = text.trim();
  const h = isQuoteHeader(l, () => (e < body.length ? foldLine(body.slice(e + 1, lineEnd(body, e + 1))).trim() : undefined));
  if (h !== null) return h;
  if (text === '-- ' || l === '--' || l === '__' || l === '—') return 'line';
  if (l.length < 200 && CUT_PREFIXES.some((p) => l.startsWith(p))) return 'line';
  if (i > 0 && s > body.length / 3 && l.length > 20 && DISCLAIMER.some((p) => l.includes(p))) return 'line';
  return null;
}

/** The first index in [a, b) that is not white space (b: none). */
function skipSpace(body: string, a: number, b: number): number {
  while (a < b && isSpace(body.charCodeAt(a))) a++;
  return a;
}

/** The end of [a, b) once trailing white space is dropped (a: all white space). */
function backOverSpace(body: string, a: number, b: number): number {
  while (b > a && isSpace(body.charCodeAt(b - 1))) b--;
  return b;
}

function trimRange(body: string, r: Range): Range {
  const start = skipSpace(body, r.start, r.end);
  return { start, end: backOverSpace(body, start, r.end) };
}

/** Text of the own ranges joined by newlines (for language detection and rules that read prose). */
export function ownText(rt: Pick<RequesterText, 'body' | 'own'>): string {
  return rt.own.map((r) => rt.body.slice(r.start, r.end)).join('\n');
}

/**
 * One requester comment and its own ranges. What several parts of the engine read
 * (the own text, its stopword score, its language) is computed once, on first read.
 */
export class RequesterText {
  private ownTextCache: string | undefined;
  private scoreCache: LangScore | undefined;
  private langCache: Lang | null | undefined;

  constructor(readonly commentId: number | null, readonly body: string, readonly own: Range[]) {}

  /** The own ranges joined by newlines. */
  get text(): string {
    return (this.ownTextCache ??= ownText(this));
  }

  /** text.length, without building the text. */
  get textLength(): number {
    let n = this.own.length === 0 ? 0 : this.own.length - 1;
    for (const r of this.own) n += r.end - r.start;
    return n;
  }

  /** Stopword counts of the own text. */
  get score(): LangScore {
    return (this.scoreCache ??= scoreRanges(this.body, this.own));
  }

  /** Language of the own text, null when too short or too close to call. */
  get lang(): Lang | null {
    if (this.langCache === undefined) this.langCache = decide(this.score);
    return this.langCache;
  }
}

/**
 * The requester's own public comments, oldest first. When the requester id is unknown
 * nothing is attributed to them (we never guess who wrote what).
 */
export function requesterTexts(bundle: TicketBundle): RequesterText[] {
  const rid = bundle.ticket.requester_id ?? bundle.requester?.id ?? null;
  if (rid === null) return [];
  const out: RequesterText[] = [];
  for (const c of bundle.comments) {
    if (c.author_id !== rid || !c.public || typeof c.body !== 'string') continue;
    out.push(new RequesterText(c.id, c.body, ownRanges(c.body)));
  }
  return out;
}
