import { classification, covers, draftScore, multiLabel, occurrences } from '../../src/engine/eval/metrics';

describe('classification', () => {
  it('computes accuracy, per-class P/R/F1, macro-F1 over seen classes, and the confusion matrix', () => {
    const r = classification([
      { expected: 'a', predicted: 'a' },
      { expected: 'a', predicted: 'b' },
      { expected: 'b', predicted: 'b' },
      { expected: 'b', predicted: 'b' },
    ], ['a', 'b', 'c']);
    expect(r.accuracy).toBe(0.75);
    expect(r.perClass.a).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(r.perClass.b?.precision).toBeCloseTo(2 / 3);
    expect(r.perClass.b?.recall).toBe(1);
    expect(r.macroF1).toBeCloseTo(((2 / 3) + 0.8) / 2); // c never seen: not averaged
    expect(r.confusion.a).toEqual({ a: 1, b: 1, c: 0 });
  });
});

describe('multiLabel', () => {
  it('counts per-category and micro P/R and the false-incident share on clean tickets', () => {
    const r = multiLabel([
      { expected: ['insult'], predicted: ['insult', 'threat'] },
      { expected: [], predicted: [] },
      { expected: [], predicted: ['racism'] },
      { expected: ['threat'], predicted: [] },
    ], ['insult', 'threat', 'racism']);
    expect(r.perCategory.insult).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.perCategory.threat).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.micro).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(r.micro.precision).toBeCloseTo(1 / 3);
    expect(r.micro.recall).toBe(0.5);
    expect(r.clean).toBe(2);
    expect(r.falseIncidentShare).toBe(0.5);
  });

  it('treats no predictions on nothing to find as perfect', () => {
    expect(multiLabel([{ expected: [], predicted: [] }], ['insult']).micro).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('draft scoring', () => {
  it('finds every case-insensitive occurrence', () => {
    expect(occurrences('Wait. wait!', 'wait')).toEqual([0, 6]);
  });

  it('covers a span only with a finding that contains it and has a suggestion', () => {
    const text = 'Calm down and wait.';
    expect(covers(text, 'calm down', [{ start: 0, end: 9, suggestion: 'x' }])).toBe(true);
    expect(covers(text, 'calm down', [{ start: 0, end: 4, suggestion: 'x' }])).toBe(false);
    expect(covers(text, 'calm down', [{ start: 0, end: 9, suggestion: ' ' }])).toBe(false);
  });

  it('reports span recall and clean drafts with a finding', () => {
    const r = draftScore([
      { id: 'a', draft: 'Calm down.', expected: ['Calm down'], findings: [{ start: 0, end: 9, suggestion: 's', text: 'Calm down' }] },
      { id: 'b', draft: 'Wait.', expected: ['Wait'], findings: [] },
      { id: 'c', draft: 'All good.', expected: [], findings: [{ start: 0, end: 3, suggestion: 's', text: 'All' }] },
      { id: 'd', draft: 'Fine.', expected: [], findings: [] },
    ]);
    expect(r).toMatchObject({ spans: 2, covered: 1, spanRecall: 0.5, cleanDrafts: 2, cleanWithFinding: 1 });
    expect(r.missed).toEqual([{ id: 'b', span: 'Wait' }]);
    expect(r.flaggedClean).toEqual([{ id: 'c', spans: ['All'] }]);
  });
});
