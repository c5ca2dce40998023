/** Evaluation metrics: pure functions over expected / predicted labels. */

export interface ClassScore { precision: number; recall: number; f1: number; support: number; predicted: number }

export interface ClassificationReport {
  n: number;
  accuracy: number;
  perClass: Record<string, ClassScore>;
  /** Mean F1 over the classes seen in the expectations or the predictions. */
  macroF1: number;
  /** confusion[expected][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function classification(pairs: readonly { expected: string; predicted: string }[], labels: readonly string[]): ClassificationReport {
  const confusion: Record<string, Record<string, number>> = {};
  for (const e of labels) confusion[e] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  for (const { expected, predicted } of pairs) {
    const row = (confusion[expected] ??= Object.fromEntries(labels.map((p) => [p, 0])));
    row[predicted] = (row[predicted] ?? 0) + 1;
    if (expected === predicted) correct++;
  }
  const perClass: Record<string, ClassScore> = {};
  const seen: string[] = [];
  for (const label of labels) {
    const tp = pairs.filter((x) => x.expected === label && x.predicted === label).length;
    const support = pairs.filter((x) => x.expected === label).length;
    const predicted = pairs.filter((x) => x.predicted === label).length;
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perClass[label] = { precision, recall, f1: f1(precision, recall), support, predicted };
    if (support > 0 || predicted > 0) seen.push(label);
  }
  const macroF1 = seen.length === 0 ? 0 : seen.reduce((a, l) => a + (perClass[l] as ClassScore).f1, 0) / seen.length;
  return { n: pairs.length, accuracy: ratio(correct, pairs.length), perClass, macroF1, confusion };
}

export interface SetScore { tp: number; fp: number; fn: number; precision: number; recall: number }

export interface MultiLabelReport {
  n: number;
  perCategory: Record<string, SetScore>;
  micro: SetScore;
  /** Tickets expected to have no incident. */
  clean: number;
  /** Share of those that got at least one predicted incident. */
  falseIncidentShare: number;
}

function setScore(tp: number, fp: number, fn: number): SetScore {
  // No prediction and nothing to find is perfect precision; nothing to find is perfect recall.
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

export function multiLabel(cases: readonly { expected: readonly string[]; predicted: readonly string[] }[], labels: readonly string[]): MultiLabelReport {
  const counts = Object.fromEntries(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<string, { tp: number; fp: number; fn: number }>;
  let clean = 0;
  let falseOnClean = 0;
  for (const c of cases) {
    const exp = new Set(c.expected);
    const pred = new Set(c.predicted);
    if (exp.size === 0) { clean++; if (pred.size > 0) falseOnClean++; }
    for (const l of new Set([...exp, ...pred])) {
      const k = (counts[l] ??= { tp: 0, fp: 0, fn: 0 });
      if (exp.has(l) && pred.has(l)) k.tp++;
      else if (pred.has(l)) k.fp++;
      else k.fn++;
    }
  }
  const perCategory: Record<string, SetScore> = {};
  let tp = 0; let fp = 0; let fn = 0;
  for (const [l, k] of Object.entries(counts)) {
    perCategory[l] = setScore(k.tp, k.fp, k.fn);
    tp += k.tp; fp += k.fp; fn += k.fn;
  }
  return { n: cases.length, perCategory, micro: setScore(tp, fp, fn), clean, falseIncidentShare: ratio(falseOnClean, clean) };
}

export interface SpanFinding { start: number; end: number; suggestion: string }

export interface DraftReport {
  drafts: number;
  spans: number;
  covered: number;
  spanRecall: number;
  cleanDrafts: number;
  /** Clean drafts (no expected span) that got at least one finding. */
  cleanWithFinding: number;
  missed: { id: string; span: string }[];
  flaggedClean: { id: string; spans: string[] }[];
}

/** Every occurrence of `needle` in `text`, case-insensitive. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) out.push(i);
  return out;
}

/** An expected span is covered when one of its occurrences lies inside a finding that has a suggestion. */
export function covers(text: string, span: string, findings: readonly SpanFinding[]): boolean {
  return occurrences(text, span).some((at) => findings.some((f) => f.suggestion.trim() !== '' && f.start <= at && f.end >= at + span.length));
}

export function draftScore(cases: readonly { id: string; draft: string; expected: readonly string[]; findings: readonly (SpanFinding & { text: string })[] }[]): DraftReport {
  let spans = 0; let covered = 0; let cleanDrafts = 0; let cleanWithFinding = 0;
  const missed: DraftReport['missed'] = [];
  const flaggedClean: DraftReport['flaggedClean'] = [];
  for (const c of cases) {
    if (c.expected.length === 0) {
      cleanDrafts++;
      if (c.findings.length > 0) { cleanWithFinding++; flaggedClean.push({ id: c.id, spans: c.findings.map((f) => f.text) }); }
      continue;
    }
    for (const s of c.expected) {
      spans++;
      if (covers(c.draft, s, c.findings)) covered++; else missed.push({ id: c.id, span: s });
    }
  }
  return { drafts: cases.length, spans, covered, spanRecall: spans === 0 ? 1 : covered / spans, cleanDrafts, cleanWithFinding, missed, flaggedClean };
}
