/**
 * The plain definition of ownRanges (before lines were folded only when they can hold a
 * marker): every line lower-cased and accent-folded, then the same tests. The engine's
 * ownRanges must give exactly this on any body.
 */
import { foldLine } from '../../../src/engine/text/requester';

interface Range { start: number; end: number }
interface Line { start: number; end: number; text: string; trimmed: string }

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body.charCodeAt(i) === 10) {
      const text = foldLine(body.slice(s, i));
      lines.push({ start: s, end: i, text, trimmed: text.trim() });
      s = i + 1;
    }
  }
  return lines;
}
const CUT_PREFIXES = [
  '-----original message', '----- original message', '-----message d\'origine', '----- message d\'origine',
  'begin forwarded message', 'debut du message reexpedie', 'debut du message transfere',
  'envoye de mon', 'envoye depuis mon', 'envoye a partir de', 'sent from my', 'sent from outlook', 'get outlook for',
  'telecharger outlook', 'sent via', 'envoye avec',
];
const DISCLAIMER = [
  'ce message et ses pieces jointes', 'ce courriel et ses pieces jointes', 'ce message est confidentiel', 'ce courriel est confidentiel',
  'ce message et toutes les pieces', 'this e-mail and any attachments', 'this email and any attachments', 'this message and any attachments',
  'confidentiality notice', 'this email is confidential', 'this e-mail is confidential', 'this message is confidential',
  'avis de confidentialite', 'intended solely for', 'intended only for the', 'if you are not the intended recipient',
  'si vous n\'etes pas le destinataire', 'si vous avez recu ce message par erreur',
];

/** `l`, `nextTrimmed`: the line and the next one, trimmed. */
function isQuoteHeader(l: string, nextTrimmed: string | undefined): 'line' | 'prev' | null {
  if (l.length === 0) return null;
  // "Le 20/02/2026 à 10:02, Service Client a écrit :" / "On 1 Mar 2026, Billing Team wrote:"
  if ((l.endsWith('a ecrit :') || l.endsWith('a ecrit:')) && l.length < 300) return 'line';
  if (l.endsWith('wrote:') && l.length < 300 && (l.startsWith('on ') || l.includes('@') || l.includes(','))) return 'line';
  // Wrapped header: "On Mon, 4 May ..., Sophie <x@y>" then "wrote:" alone.
  if (l === 'wrote:' || l === 'a ecrit :' || l === 'ecrit :' || l === 'a ecrit:') return 'prev';
  // Outlook block: "De : X" / "From: X" followed by "Envoyé :" / "Sent:" / "Date :".
  if ((l.startsWith('de :') || l.startsWith('de:') || l.startsWith('from:') || l.startsWith('from :')) && nextTrimmed !== undefined) {
    const n = nextTrimmed;
    if (n.startsWith('envoye') || n.startsWith('sent:') || n.startsWith('sent :') || n.startsWith('date') || n.startsWith('a :') || n.startsWith('to:')) return 'line';
  }
  // Dashed separators: "-------- Message transféré --------", "---------- Forwarded message ---------".
  if (l.startsWith('---') && (l.includes('message') || l.includes('forwarded') || l.includes('transfere'))) return 'line';
  return null;
}

/** Own ranges of one body: everything before the first cut, minus quoted ">" lines. */
export function ownRangesByFolding(body: string): Range[] {
  const lines = splitLines(body);
  let cut = body.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const l = line.trimmed;
    const h = isQuoteHeader(l, lines[i + 1]?.trimmed);
    if (h === 'line') { cut = line.start; break; }
    if (h === 'prev') { cut = i > 0 ? (lines[i - 1] as Line).start : line.start; break; }
    if (line.text === '-- ' || l === '--' || l === '__' || l === '—') { cut = line.start; break; }
    if (l.length < 200 && CUT_PREFIXES.some((p) => l.startsWith(p))) { cut = line.start; break; }
    if (i > 0 && line.start > body.length / 3 && l.length > 20 && DISCLAIMER.some((p) => l.includes(p))) { cut = line.start; break; }
  }
  const ranges: Range[] = [];
  let open = -1;
  for (const line of lines) {
    if (line.start >= cut) break;
    const quoted = line.trimmed.startsWith('>');
    if (quoted) {
      if (open >= 0) { ranges.push({ start: open, end: line.start }); open = -1; }
    } else if (open < 0) {
      open = line.start;
    }
  }
  if (open >= 0) ranges.push({ start: open, end: cut });
  return ranges.map((r) => trimRange(body, r)).filter((r) => r.end > r.start);
}

function trimRange(body: string, r: Range): Range {
  let { start, end } = r;
  while (end > start && /\s/.test(body.charAt(end - 1))) end--;
  while (start < end && /\s/.test(body.charAt(start))) start++;
  return { start, end };
}
