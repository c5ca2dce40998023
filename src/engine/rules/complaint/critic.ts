/**
 * extreme_critic signals: enumerated, precise defects. A list item (dash, bullet,
 * "1." / "2)") counts when it states a defect ("instead of", "missing", "says X, we
 * get Y") or carries two precise facts (amounts, versions, codes, units); outside
 * lists, a defect word next to a precise fact in the same sentence counts too.
 */
import type { Evidence } from '../../types';
import { sentenceOf, type Token } from '../phrase';
import { TOKEN_CODE, TOKEN_DIGIT } from '../../text/phrase-tokens';
import type { ComplaintInput, TextUnit } from './types';
import { matchFamily, type FamilyMatch } from './signals';
import { typedString } from '../../text/typed-string';

export interface CriticSignals {
  /** List items that state a precise defect (evidence: the item). */
  defectItems: Evidence[];
  /** Defect words next to a precise fact in ordinary sentences. */
  proseDefects: Evidence[];
  /** Defect words in a message that states precise facts elsewhere. */
  looseDefects: Evidence[];
  /** List items in all (defects or not). */
  listItems: number;
  /** Precise facts in the requester's words. */
  precise: number;
}

const UNITS = new Set(['px', 'pt', 'pts', 'cm', 'mm', 'm', 'km', 'kg', 'g', 'kwh', 'wh', 'w', 'kw', 'go', 'gb', 'mo', 'mb', 'ko', 'kb', 'min', 'mn', 'h', 's', 'ms', 'x', 'ht', 'ttc', 'eur', 'euro', 'euros', 'gbp', 'usd', 'pounds', 'cents', 'centimes', 'dpi', 'fps', 'ghz', 'mhz', 'mbps', 'mbit', 'v', 'a', 'mah', 'l', 'ml', 'cl',
  'inch', 'inches', 'ft', 'feet', 'lb', 'lbs', 'oz', 'mph', 'psi', 'db', 'sec', 'secs', 'seconds', 'mins', 'minutes', 'secondes', 'pouces', 'degres', 'litres',
  'metres', 'meters', 'kilos', 'grammes', 'pages', 'pixels', 'mois', 'jours', 'days', 'hours', 'heures']);
/** A short code after one of these is a reference to check: "rev B", "sheet 3", "clause 4", "indice C", "planche 2". */
const REFERENCE = new Set(['rev', 'revision', 'version', 'v', 'sheet', 'page', 'p', 'pp', 'fig', 'figure', 'drawing', 'dwg', 'clause', 'section', 'item', 'line', 'step',
  'slide', 'chapter', 'para', 'paragraph', 'table', 'annex', 'appendix', 'indice', 'planche', 'feuille', 'article', 'ligne', 'diapo', 'etape', 'chapitre', 'annexe',
  'lot', 'ref', 'issue', 'track', 'episode', 'scene', 'shot', 'room', 'unit', 'plot', 'bay', 'row', 'seat', 'gate', 'platform', 'level', 'floor']);
const MONTHS = new Set(['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']);
const CURRENCY_AFTER = /^\s?[€£$%°]/;
const CURRENCY_BEFORE = /[£$€#]$/;
const ORDINAL = /^\d+(?:e|eme|er|ere|nd|rd|th|st|ieme)$/;
const LIST_MARK = /^\s*(?:[-–•*·▪►]\s+|\d{1,2}[.)]\s+|[a-h][.)]\s+|\(\d{1,2}\)\s+|\([a-h]\)\s+|\(?(?:i|ii|iii|iv|v|vi)[.)]\s+)/;

/**
 * A number or code precise enough to be checked: amounts, versions, refs, measures.
 * Only a token with a digit or of code shape can be one (the token's shape bits).
 */
export function isPrecise(unit: TextUnit, i: number): boolean {
  const t = unit.tokens[i] as Token;
  if ((t.shape & (TOKEN_CODE | TOKEN_DIGIT)) === 0) return false;
  const n = typedString(t.norm); // see typedString
  const prev = unit.tokens[i - 1];
  if (prev && t.gap === 0 && (t.shape & TOKEN_CODE) !== 0 && n !== 'a' && n !== 'i' && REFERENCE.has(prev.norm)) return true;
  if ((t.shape & TOKEN_DIGIT) === 0 || ORDINAL.test(n)) return false;
  // a number after a reference word is a place to check: "page 12", "p. 31", "section 4", "clause 7"
  if (prev && REFERENCE.has(prev.norm) && /^\d{1,3}$/.test(n) && /^\.? ?$/.test(unit.body.slice(prev.end, t.start))) return true;
  if (/[a-z]/.test(n)) return true; // v3, T38, s36, c8102e, 1x
  const after = unit.body.charAt(t.end);
  if (after === ':' && /\d/.test(unit.body.charAt(t.end + 1))) return true; // 00:42, 14:30
  if (unit.body.charAt(t.start - 1) === ':' && /\d/.test(unit.body.charAt(t.start - 2))) return true;
  if (n.includes('.') || n.includes(',')) return true; // 3.2.1, 54,99
  if (CURRENCY_AFTER.test(unit.body.slice(t.end, t.end + 2)) || CURRENCY_BEFORE.test(unit.body.slice(Math.max(0, t.start - 1), t.start))) return true;
  const next = unit.tokens[i + 1];
  if (next && next.gap === 0 && next.start - t.end <= 1 && UNITS.has(next.norm)) return true;
  if (next && next.gap === 0 && MONTHS.has(next.norm)) return true; // 14 March, 3 février
  // refs and codes: 3+ digits that are not a plausible year, or joined by "-" / "/" to more digits (FA-2026-0871, 30/09)
  if (n.length >= 3 && !(n.length === 4 && /^(?:19|20)\d\d$/.test(n))) return true;
  const joinBefore = unit.body.charAt(t.start - 1);
  const joinAfter = unit.body.charAt(t.end);
  return (joinAfter === '/' || joinAfter === '-' || joinBefore === '/' || joinBefore === '-') && /[\dA-Z]/.test(unit.body.charAt(t.end + 1) + unit.body.charAt(t.start - 2));
}

/**
 * A paragraph opened by a numbered ordinal word ("First, ...", "Secondly:", "Deuxièmement, ...",
 * "Primo, ..."): a point of an enumeration written out in words, when two or more such
 * paragraphs are in the message; "Finally," / "Enfin," then closes the same enumeration.
 */
const ORDINAL_LEAD = /^\s*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|premi[eè]rement|deuxi[eè]mement|secondement|troisi[eè]mement|quatri[eè]mement|cinqui[eè]mement|primo|secundo|tertio|quarto)\s*[,:.–—-]/i;
const FINAL_LEAD = /^\s*(?:finally|lastly|and finally|et enfin|enfin|pour finir)\s*[,:.–—-]/i;

interface Line { start: number; end: number; item: boolean }

function linesOf(unit: TextUnit): Line[] {
  const bounds: number[] = [];
  let ordinals = 0;
  let s = unit.start;
  while (s <= unit.end) {
    const nl = unit.body.indexOf('\n', s);
    const i = nl < 0 || nl > unit.end ? unit.end : nl;
    bounds.push(s, i);
    if (ORDINAL_LEAD.test(unit.body.slice(s, Math.min(i, s + 40)))) ordinals++;
    s = i + 1;
  }
  const out: Line[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const a = bounds[k] as number;
    const b = bounds[k + 1] as number;
    const text = unit.body.slice(a, b);
    if (LIST_MARK.test(text) || (ordinals >= 2 && (ORDINAL_LEAD.test(text) || FINAL_LEAD.test(text)))) out.push({ start: a, end: b, item: true });
    else out.push(...inlineItems(unit.body, a, b));
  }
  return out;
}

/** Marker sequences of an inline enumeration: "(a) ... (b) ...", "1) ... 2) ...", "i) ... ii) ...". */
const SEQUENCES: readonly (readonly string[])[] = [
  ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'],
];

/** Marker "x)" or "(x)" ending at body[p] === ')': its label, when it starts a word run after a space or clause mark. */
function markerAt(body: string, p: number, from: number): { label: string; start: number } | null {
  let a = p - 1;
  while (a >= from && a > p - 5 && /[a-z0-9]/i.test(body.charAt(a))) a--;
  if (a === p - 1) return null;
  const label = body.slice(a + 1, p).toLowerCase();
  let start = a + 1;
  if (a >= from && body.charAt(a) === '(') { start = a; a--; }
  if (a >= from && !/[\s:;,.]/.test(body.charAt(a))) return null;
  const next = body.charAt(p + 1);
  if (next !== ' ' && next !== '\t') return null;
  return { label, start };
}

/**
 * One line holding an enumeration ("(a) rev B; (b) 40 mm; (c) ...") becomes one item per
 * point, when two or more markers follow each other in order; otherwise the line stays
 * one plain line. One pass over the line.
 */
function inlineItems(body: string, from: number, to: number): Line[] {
  const marks: number[] = [];
  let seq: readonly string[] | null = null;
  for (let p = body.indexOf(')', from); p >= 0 && p < to; p = body.indexOf(')', p + 1)) {
    const m = markerAt(body, p, from);
    if (!m) continue;
    if (seq === null) {
      const s = SEQUENCES.find((q) => q[0] === m.label);
      if (s) { seq = s; marks.push(m.start); }
    } else if (seq[marks.length] === m.label) {
      marks.push(m.start);
    }
  }
  if (marks.length < 2) return [{ start: from, end: to, item: false }];
  const out: Line[] = [{ start: from, end: marks[0] as number, item: false }];
  marks.forEach((m, k) => out.push({ start: m, end: k + 1 < marks.length ? (marks[k + 1] as number) : to, item: true }));
  return out;
}

function trimmedEvidence(unit: TextUnit, start: number, end: number, ruleId: string): Evidence {
  let a = start;
  let b = end;
  while (a < b && /[\s\-–•*·▪►]/.test(unit.body.charAt(a))) a++;
  while (b > a && /[\s;,]/.test(unit.body.charAt(b - 1))) b--;
  while (b > a && /\s/.test(unit.body.charAt(b - 1))) b--;
  if (b - a > 160) { b = a + 160; while (b > a && !/\s/.test(unit.body.charAt(b))) b--; }
  return { text: unit.body.slice(a, b), start: a, end: b, commentId: unit.commentId, ruleId };
}

export function criticSignals(input: ComplaintInput): CriticSignals {
  const defects = matchFamily(input.units, input.lex, 'defect', 'complaint.defect');
  const byUnit = new Map<TextUnit, FamilyMatch[]>();
  for (const d of defects) {
    const list = byUnit.get(d.unit);
    if (list) list.push(d); else byUnit.set(d.unit, [d]);
  }
  const defectItems: Evidence[] = [];
  const proseDefects: Evidence[] = [];
  const looseDefects: Evidence[] = [];
  let listItems = 0;
  let precise = 0;
  for (const unit of input.units) {
    const preciseIdx: number[] = [];
    const tokens = unit.tokens;
    // Most tokens are plain words: their shape bits rule them out before the call.
    for (let i = 0; i < tokens.length; i++) if (((tokens[i] as Token).shape & (TOKEN_CODE | TOKEN_DIGIT)) !== 0 && isPrecise(unit, i)) preciseIdx.push(i);
    precise += preciseIdx.length;
    const unitDefects = byUnit.get(unit) ?? [];
    const inItem = new Set<FamilyMatch>();
    const lines = linesOf(unit);
    const itemCount = lines.filter((l) => l.item).length;
    for (const line of lines) {
      if (!line.item) continue;
      listItems++;
      const lineDefects = unitDefects.filter((d) => d.evidence.start >= line.start && d.evidence.end <= line.end);
      lineDefects.forEach((d) => inItem.add(d));
      const linePrecise = preciseIdx.filter((i) => (unit.tokens[i] as Token).start >= line.start && (unit.tokens[i] as Token).end <= line.end).length;
      // An enumeration of 3+ points with precise facts reads as a defect list even without a defect word.
      if (lineDefects.length > 0 || linePrecise >= 2 || (linePrecise >= 1 && itemCount >= 3)) defectItems.push(trimmedEvidence(unit, line.start, line.end, 'complaint.defect_list'));
    }
    for (const d of unitDefects) {
      if (inItem.has(d)) continue;
      const s = sentenceOf(unit.tokens, d.m.from);
      if (preciseIdx.some((i) => i >= s.from && i < s.to)) proseDefects.push(d.evidence);
      else if (preciseIdx.length > 0) looseDefects.push(d.evidence);
    }
  }
  return { defectItems, proseDefects, looseDefects, listItems, precise };
}
