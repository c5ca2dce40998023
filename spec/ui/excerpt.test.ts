import fc from 'fast-check';
import { collapseBlankLines, excerpt, pieces } from '../../src/ui/text/excerpt';

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

describe('excerpt', () => {
  it('drops leading blank lines and trailing blanks', () => {
    const body = '\n\n  \nYou are an idiot.\n\n';
    const at = body.indexOf('idiot');
    const e = excerpt(body, [{ start: at, end: at + 5 }]);
    expect(e.text).toBe('You are an idiot.');
    expect(e.text.slice(e.marks[0]?.start, e.marks[0]?.end)).toBe('idiot');
    expect(e.cutStart).toBe(false);
    expect(e.cutEnd).toBe(false);
  });

  it('cuts long quotes between words, never inside one', () => {
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango';
    const body = `${words} TRIGGER ${words}`;
    const at = body.indexOf('TRIGGER');
    const e = excerpt(body, [{ start: at, end: at + 7 }], 30, 320);
    expect(e.cutStart && e.cutEnd).toBe(true);
    const start = body.indexOf(e.text);
    expect(isSpace(body[start - 1])).toBe(true);
    expect(isSpace(body[start + e.text.length])).toBe(true);
    expect(e.text.split(' ').every((w) => words.split(' ').includes(w) || w === 'TRIGGER')).toBe(true);
  });

  it('keeps whole words when spans are far apart (the first one with its context)', () => {
    const filler = 'word '.repeat(200);
    const body = `Start you moron ${filler}and then a last insult`;
    const a = body.indexOf('moron');
    const b = body.indexOf('insult');
    const e = excerpt(body, [{ start: a, end: a + 5 }, { start: b, end: b + 6 }]);
    expect(e.text.length).toBeLessThanOrEqual(320 + 24);
    expect(e.text.endsWith('word')).toBe(true);
    expect(e.cutEnd).toBe(true);
    expect(pieces(e.text, e.marks).filter((p) => p.marked).map((p) => p.text)).toEqual(['moron']);
  });

  it('without marks: the start of the text, cut after a word', () => {
    const body = `\n\n${'lorem ipsum '.repeat(60)}`;
    const e = excerpt(body, []);
    expect(e.text.startsWith('lorem')).toBe(true);
    expect(e.text.endsWith('lorem') || e.text.endsWith('ipsum')).toBe(true);
    expect(e.cutEnd).toBe(true);
  });

  it('property: marks stay on the same words, cuts fall on word boundaries, no blank edges', () => {
    const word = fc.stringMatching(/^[a-zé]{1,12}$/);
    const sep = fc.constantFrom(' ', '  ', '\n', '\n\n', ', ');
    fc.assert(fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 150 }), fc.nat(), fc.nat(), (parts, i, j) => {
      const body = `\n ${parts.map(([w, s]) => w + s).join('')}`;
      const starts: number[] = [];
      let at = 2;
      for (const [w, s] of parts) { starts.push(at); at += w.length + s.length; }
      const k = i % parts.length;
      const l = j % parts.length;
      const spans = [...new Set([k, l])].map((n) => ({ start: starts[n] as number, end: (starts[n] as number) + (parts[n]?.[0].length ?? 0) }));
      const e = excerpt(body, spans, 40, 120);
      const from = body.indexOf(e.text, 0);
      for (const m of e.marks) expect(isSpace(e.text[m.start - 1]) || m.start === 0 || (e.text[m.start - 1] ?? '') === ',').toBe(true);
      expect(e.text.length === 0 || !isSpace(e.text[0])).toBe(true);
      expect(e.text.length === 0 || !isSpace(e.text[e.text.length - 1])).toBe(true);
      // A cut never splits a word: the characters around the excerpt are not letters.
      expect(/[a-zé]/.test(body[from - 1] ?? ' ') && /[a-zé]/.test(e.text[0] ?? ' ')).toBe(false);
      const after = body[from + e.text.length] ?? ' ';
      expect(/[a-zé]/.test(after) && /[a-zé]/.test(e.text[e.text.length - 1] ?? ' ')).toBe(false);
      // The first span is always shown, whole.
      const first = spans.reduce((a, b) => (a.start <= b.start ? a : b));
      expect(e.marks.some((m) => e.text.slice(m.start, m.end) === body.slice(first.start, first.end))).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('collapseBlankLines', () => {
  it('turns runs of line breaks (and the blanks between) into one break, keeps the words', () => {
    expect(collapseBlankLines('a con.\n\n \n  the spineless')).toBe('a con.\nthe spineless');
    expect(collapseBlankLines('one\ntwo')).toBe('one\ntwo');
    expect(collapseBlankLines('x  y\r\n\r\nz ')).toBe('x  y\nz ');
    expect(collapseBlankLines('\n\nstart')).toBe('\nstart');
  });
});
