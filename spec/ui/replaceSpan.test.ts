import { replaceSpan } from '../../src/ui/draft/replaceSpan';

const span = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('replaceSpan', () => {
  it('replaces exactly the span when it still holds the same text', () => {
    const r = replaceSpan('Hi, calm down please.', span('calm down', 4), 'I hear you');
    expect(r).toEqual({ kind: 'applied', text: 'Hi, I hear you please.', start: 4, end: 14, relocated: false });
  });

  it('re-locates the phrase when the draft moved, choosing the nearest occurrence', () => {
    const draft = 'calm down. Well, hello! Please calm down.';
    const r = replaceSpan(draft, span('calm down', 20), 'X');
    expect(r).toMatchObject({ kind: 'applied', relocated: true, text: 'calm down. Well, hello! Please X.' });
  });

  it('refuses when the phrase is gone', () => {
    expect(replaceSpan('Hello there', span('calm down', 0), 'X')).toEqual({ kind: 'stale' });
  });

  it('does not accept a span whose text differs only in case', () => {
    expect(replaceSpan('CALM DOWN', span('calm down', 0), 'X')).toEqual({ kind: 'stale' });
  });
});
