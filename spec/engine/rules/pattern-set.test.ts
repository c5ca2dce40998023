/**
 * PatternSet's filters (start-word index, requirement groups marked per scan, wild items
 * tested on word ids) are exact: a set finds what trying every pattern at every position
 * with the recursive walk finds, in the same order.
 */
import fc from 'fast-check';
import { PatternSet, compilePattern, matchAt, replay, tokenize, type Token } from '../../../src/engine/rules/phrase';
import { startsOf } from '../../../src/engine/rules/pattern-set';
import { listFor } from '../../../src/engine/rules/pattern-starts';
import { matchAtBySlots, wordIds } from '../../../src/engine/rules/pattern-match';
import { firstSet, isWild, requiredIds } from '../../../src/engine/rules/pattern-prefilter';
import type { Slot } from '../../../src/engine/rules/pattern-compile';
import { lookupWord } from '../../../src/engine/rules/pattern-words';
import { secondWords, statesOf } from '../../../src/engine/rules/pattern-nfa';
import { COMPLAINT_FR } from '../../../src/engine/lexicons/fr/complaint';
import { COMPLAINT_EN } from '../../../src/engine/lexicons/en/complaint';
import { DRAFT_EN } from '../../../src/engine/lexicons/en/draft';

const SEED = 20261123;

interface Entry { source: string; data: number }

/** The simple way: every pattern at every position; index-started patterns first, then wild ones, longest first (stable). */
function naiveAt(entries: readonly Entry[], tokens: readonly Token[], i: number): { from: number; to: number; data: number; source: string }[] {
  const compiled = entries.map((e) => ({ e, p: compilePattern(e.source) }));
  const ordered = [...compiled.filter((c) => !isWild(firstSet(c.p.slots, 0))), ...compiled.filter((c) => isWild(firstSet(c.p.slots, 0)))];
  const out: { from: number; to: number; data: number; source: string }[] = [];
  const ids = wordIds(tokens);
  for (const { e, p } of ordered) {
    const m = matchAtBySlots(p, tokens, i, ids);
    if (m) out.push({ from: m.from, to: m.to, data: e.data, source: e.source });
  }
  return out.sort((a, b) => b.to - a.to);
}

const lexiconEntries = (lexicons: readonly object[]): Entry[] => {
  const out: Entry[] = [];
  for (const lex of lexicons) for (const [k, list] of Object.entries(lex) as [string, readonly string[]][]) if (k !== 'hypothetical') for (const s of list) out.push({ source: s, data: out.length % 7 });
  return out;
};

const draftSources = (): string[] => Object.values(DRAFT_EN).flatMap((fam) => fam.patterns.map((p) => (typeof p === 'string' ? p : p[0])));

describe('PatternSet', () => {
  const entries = [...lexiconEntries([COMPLAINT_FR, COMPLAINT_EN]), ...draftSources().map((source, k) => ({ source, data: k % 7 })),
    { source: '(a|b)? (a|b c)? ~2 (c|d)', data: 1 }, { source: '^ (un|une)? ~1 fois', data: 2 }, { source: 'depasse* (de)? #num', data: 3 }];
  const set = new PatternSet(entries);
  const vocabulary = [...new Set(entries.flatMap((e) => e.source.replace(/[()|?~^#*_]/g, ' ').split(/\s+/)).filter((w) => /^[a-z]+$/.test(w)))];
  // Naive reference compiled once per entry (compilePattern is pure).
  const compiledNaive = (tokens: readonly Token[], i: number): ReturnType<typeof naiveAt> => naiveAt(entries, tokens, i);
  const text = fc.array(fc.tuple(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...vocabulary) }, { weight: 1, arbitrary: fc.constantFrom('2014', '12', 'truc', 'depassement') }),
    fc.constantFrom(' ', ' ', ' ', ', ', '. ', ' ; ', '\n')), { minLength: 1, maxLength: 30 }).map((ws) => ws.map(([w, s]) => w + s).join(''));

  it('candidates and findAll give what every pattern at every position gives (fast-check, seeded)', () => {
    let found = 0;
    fc.assert(fc.property(text, (s) => {
      const toks = tokenize(s);
      const expected = toks.map((_, i) => compiledNaive(toks, i));
      const byKey = set.candidates(toks, (d) => d);
      for (const [key, list] of byKey) {
        for (const c of list) {
          const want = (expected[c.at] ?? []).filter((m) => m.data === key);
          expect(c.matches.map((m) => [m.from, m.to, m.data, m.pattern.source])).toEqual(want.map((m) => [m.from, m.to, m.data, m.source]));
        }
      }
      for (let i = 0; i < toks.length; i++) {
        for (let key = 0; key < 7; key++) {
          const want = (expected[i] ?? []).filter((m) => m.data === key);
          const got = byKey.get(key)?.find((c) => c.at === i)?.matches ?? [];
          expect(got.length).toBe(want.length);
          found += got.length;
        }
        expect(set.allAt(toks, i).map((m) => [m.to, m.data, m.pattern.source])).toEqual((expected[i] ?? []).map((m) => [m.to, m.data, m.source]));
      }
      // findAll = leftmost-longest over the naive matches.
      const naiveAll: [number, number][] = [];
      for (let i = 0; i < toks.length;) {
        const m = (expected[i] ?? [])[0];
        if (m) { naiveAll.push([m.from, m.to]); i = m.to; } else i++;
      }
      expect(set.findAll(toks).map((m) => [m.from, m.to])).toEqual(naiveAll);
      // replay of one key's candidates = findAll of that key's patterns alone.
      for (const [key, list] of byKey) {
        const only = new PatternSet(entries.filter((e) => e.data === key));
        expect(replay(list).map((m) => [m.from, m.to])).toEqual(only.findAll(toks).map((m) => [m.from, m.to]));
      }
    }), { numRuns: 300, seed: SEED });
    expect(found).toBeGreaterThan(200); // not vacuous: the random texts hit many patterns (about 300 with the lexicons of Nov 2026)
  });

  it('keeps a scan opened inside another scan of the same set apart (nested guards)', () => {
    const toks = tokenize('votre service est une honte. I will never buy from you again');
    const other = tokenize('this company is a joke');
    const plain = set.findAll(toks).map((m) => [m.from, m.to, m.data]);
    const nested = set.findAll(toks, () => set.findAll(other).length > 0).map((m) => [m.from, m.to, m.data]);
    expect(nested).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });
});

describe('start lists by the next word (startsOf)', () => {
  // Every lexicon pattern that starts on plain words, by its first word, in entry order.
  const byFirst = new Map<string, { p: ReturnType<typeof compilePattern>; k: number }[]>();
  [...lexiconEntries([COMPLAINT_FR, COMPLAINT_EN]).map((e) => e.source), ...draftSources()].forEach((source, k) => {
    const p = compilePattern(source);
    const first = firstSet(p.slots, 0);
    if (isWild(first)) return;
    for (const w of first.words) { const list = byFirst.get(w); if (list) list.push({ p, k }); else byFirst.set(w, [{ p, k }]); }
  });
  const firstWords = [...byFirst.keys()];
  const words = [...new Set([...byFirst.values()].flatMap((l) => l.flatMap((x) => x.p.source.replace(/[()|?~^#*_]/g, ' ').split(/\s+/))).filter((w) => /^[a-z]+$/.test(w)))];

  it('the list read for a first and a next word holds every pattern matching there, in entry order (fast-check, seeded)', () => {
    let matched = 0;
    // The second word mostly one the first word's own patterns name (so the lists for known next words are read).
    const wordsOf = (first: string): string[] => [...new Set((byFirst.get(first) ?? []).flatMap((x) => x.p.source.replace(/[()|?~^#*_]/g, ' ').split(/\s+/)).filter((w) => /^[a-z]+$/.test(w)))];
    const start = fc.constantFrom(...firstWords).chain((first) => fc.tuple(fc.constant(first), fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...wordsOf(first)) }, { weight: 1, arbitrary: fc.constantFrom(...words) })));
    fc.assert(fc.property(start, fc.array(fc.constantFrom(...words, 'truc', '2014'), { maxLength: 6 }), fc.constantFrom(' ', ' ', ', ', '. '), ([first, second], rest, sep) => {
      const toks = tokenize([first, second, ...rest].join(' ').replace(' ', sep));
      const items = byFirst.get(first) ?? [];
      const starts = startsOf(items);
      const next = toks.length > 1 && (toks[1] as Token).gap < 2 ? lookupWord((toks[1] as Token).norm) : -1;
      const list = starts.bySecond.get(next) ?? starts.open;
      // Entry order, no item twice: a subsequence of the word's items.
      expect(list.map((x) => x.k)).toEqual(items.filter((x) => list.includes(x)).map((x) => x.k));
      for (const x of items) {
        if (!matchAtBySlots(x.p, toks, 0)) continue;
        matched++;
        expect([x.p.source, list.includes(x)]).toEqual([x.p.source, true]);
      }
    }), { numRuns: 2000, seed: SEED });
    expect(matched).toBeGreaterThan(200);
  });

  it('listFor reads what bySecond holds, open otherwise, for every word id (every lexicon first word)', () => {
    let checked = 0;
    for (const items of byFirst.values()) {
      const starts = startsOf(items);
      const ids = [-1, ...starts.bySecond.keys(), ...Array.from({ length: 300 }, (_, k) => k * 7)];
      for (const id of ids) { expect(listFor(starts, id)).toBe(starts.bySecond.get(id) ?? starts.open); checked++; }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('drops the items whose second word the next token is not ("je suis decu" is not tried on "je vais")', () => {
    const items = ['je (suis|reste) decu', 'je vais (partir|resilier)', 'je'].map((source) => ({ p: compilePattern(source) }));
    const starts = startsOf(items);
    const ids = (w: string): number => lookupWord(w);
    expect(starts.bySecond.get(ids('vais'))).toEqual([items[1], items[2]]);
    expect(starts.bySecond.get(ids('suis'))).toEqual([items[0], items[2]]);
    expect(starts.open).toEqual([items[2]]);
  });
});

describe('pattern automaton word table', () => {
  it('statesOf reads what byWord holds, for every word id (every lexicon pattern)', () => {
    const sources = [...lexiconEntries([COMPLAINT_FR, COMPLAINT_EN]).map((e) => e.source), ...draftSources()];
    let checked = 0;
    for (const source of sources) {
      const nfa = compilePattern(source).nfa;
      if (!nfa) continue;
      const ids = new Set([...nfa.byWord.keys(), 0, 1, 2, 100, 1000, 5000]);
      for (const id of ids) { expect(statesOf(nfa, id)).toBe(nfa.byWord.get(id) ?? 0); checked++; }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

/** The requirement lists read afresh from the slots' words (no per-slot memo, no ids). */
function referenceRequired(slots: readonly Slot[]): string[][] {
  const out: string[][] = [];
  for (const slot of slots) {
    if (slot.kind === 'gap' || slot.optional) continue;
    if (slot.kind === 'tok') {
      const t = slot.test;
      if (!(t.any || t.num || t.year || t.prefixes.length > 0 || t.words.size === 0)) out.push([...t.words]);
      continue;
    }
    const union = new Set<string>();
    let all = true;
    for (const alt of slot.alts) {
      const best = referenceRequired(alt)[0];
      if (!best) { all = false; break; }
      best.forEach((w) => union.add(w));
    }
    if (all) out.push([...union]);
  }
  return out.sort((a, b) => a.length - b.length).slice(0, 3);
}

describe('pattern requirements', () => {
  it('requiredIds (each slot\'s req, set at compile) reads what the slots require, for every lexicon pattern, twice', () => {
    const sources = [...lexiconEntries([COMPLAINT_FR, COMPLAINT_EN]).map((e) => e.source), ...draftSources()];
    for (const round of [0, 1]) {
      for (const source of sources) {
        const slots = compilePattern(source).slots;
        expect([round, source, requiredIds(slots)]).toEqual([round, source, referenceRequired(slots).map((l) => l.map(lookupWord))]);
      }
    }
  });
});

describe('secondWords pre-check', () => {
  it('holds the second token of every match of two tokens or more (every lexicon pattern, random texts)', () => {
    const sources = [...lexiconEntries([COMPLAINT_FR, COMPLAINT_EN]).map((e) => e.source), ...draftSources()];
    const compiled = sources.map((s) => compilePattern(s)).filter((p) => p.nfa);
    // Texts made of pattern fragments (first alternatives, sample number/prefix/any tokens), so the patterns match often.
    const fragment = (src: string): string => src.replace(/\^/g, ' ').replace(/~\d/g, ' ').replace(/#num/g, '12').replace(/#year/g, '2014').replace(/(^|\s)_(?=\s|$)/g, ' truc ')
      .replace(/\*/g, 'e').replace(/\(([^()|]*)(\|[^()]*)?\)\??/g, ' $1 ').replace(/\|[^\s()]*/g, '').replace(/[()?]/g, ' ');
    const text = fc.array(fc.tuple(fc.constantFrom(...sources.map(fragment)), fc.constantFrom(' ', ' ', ', ', '. ')), { minLength: 1, maxLength: 4 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    let checked = 0;
    let filtered = 0;
    fc.assert(fc.property(text, (s) => {
      const toks = tokenize(s);
      const ids = wordIds(toks);
      for (const p of compiled) {
        const second = secondWords(p.nfa as NonNullable<typeof p.nfa>);
        if (second === null) continue;
        filtered++;
        for (let i = 0; i < toks.length; i++) {
          const m = matchAtBySlots(p, toks, i, ids);
          if (!m) continue;
          expect(m.to - m.from).toBeGreaterThanOrEqual(2);
          expect(second.has(ids[i + 1] as number)).toBe(true);
          checked++;
        }
      }
    }), { numRuns: 60, seed: SEED });
    expect(checked).toBeGreaterThan(50);
    expect(filtered).toBeGreaterThan(1000);
  });

  it('is null when a pattern can end after its first token or a wildcard follows it', () => {
    const nfa = (s: string) => compilePattern(s).nfa as NonNullable<ReturnType<typeof compilePattern>['nfa']>;
    expect(secondWords(nfa('cancel (my)?'))).toBeNull();
    expect(secondWords(nfa('cancel ~2 account'))).toBeNull();
    expect(secondWords(nfa('depuis #num'))).toBeNull();
    const s = secondWords(nfa('je (suis|reste) decu'));
    expect(s).not.toBeNull();
    expect(wordIds(tokenize('suis reste decu je')).map((id) => (s as NonNullable<typeof s>).has(id))).toEqual([true, true, false, false]);
  });
});

describe('token tests on shape bits (#num, #year) and prefixes', () => {
  it('match what the definitions on the word say (fast-check, seeded)', () => {
    const p = (src: string) => compilePattern(src);
    const [num, year, prefix, numAfter, yearAfter] = [p('#num'), p('#year'), p('decu*'), p('le (#num|x)'), p('en (#year|x)')];
    const word = fc.constantFrom('2014', '1949', '1950', '2099', '2100', '12', '0', '3.2', '54,99', '12e', 'v3', 'e12', 'decu', 'déçue', 'decevant', 'DECU', 'de', '１２', '٣', '½');
    fc.assert(fc.property(word, (w) => {
      const toks = tokenize(`le ${w} en ${w}`);
      const t = toks[1] as Token;
      const n = t.norm;
      const isNum = /^\d/.test(n);
      const isYear = /^\d{4}$/.test(n) && Number(n) >= 1950 && Number(n) <= 2099;
      expect([w, matchAt(num, toks, 1) !== null, matchAt(year, toks, 1) !== null, matchAt(prefix, toks, 1) !== null]).toEqual([w, isNum, isYear, n.startsWith('decu')]);
      expect([w, matchAt(numAfter, toks, 0)?.to === 2, matchAt(yearAfter, toks, 2)?.to === 4]).toEqual([w, isNum, isYear]);
      expect([w, matchAtBySlots(numAfter, toks, 0)?.to === 2, matchAtBySlots(yearAfter, toks, 2)?.to === 4]).toEqual([w, isNum, isYear]);
    }), { numRuns: 500, seed: SEED });
  });
});

describe('wild items union pre-check', () => {
  it('keeps every match of wild items that start on prefixes, numbers or listed words (no any-start item)', () => {
    const entries: Entry[] = [
      { source: 'depasse* (de)? #num', data: 1 }, { source: '#num (euros|eur)', data: 2 }, { source: 'rembours* ~1 jamais', data: 3 },
      { source: '(enfin|bref) #year', data: 4 }, { source: '#year (est|was) (fini|over)', data: 5 }, { source: 'encore une fois', data: 6 },
    ];
    const set = new PatternSet(entries);
    const words = fc.oneof(fc.constantFrom('depassement de 12', '12 euros', 'remboursez moi jamais', 'enfin 2014', '2014 est fini', 'encore une fois'),
      fc.constantFrom('depassement', 'depasse', 'de', '12', '2014', 'euros', 'eur', 'remboursez', 'rembourse', 'moi', 'jamais', 'enfin', 'bref', 'est', 'was', 'fini', 'over', 'encore', 'une', 'fois', 'truc'));
    const text = fc.array(fc.tuple(words, fc.constantFrom(' ', ' ', ', ', '. ')), { minLength: 1, maxLength: 14 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    let found = 0;
    fc.assert(fc.property(text, (s) => {
      const toks = tokenize(s);
      for (let i = 0; i < toks.length; i++) {
        const want = naiveAt(entries, toks, i).map((m) => [m.to, m.data]);
        expect(set.allAt(toks, i).map((m) => [m.to, m.data])).toEqual(want);
        const cand = set.candidates(toks, (d) => d);
        const got = [...cand.values()].flatMap((l) => l.filter((c) => c.at === i).flatMap((c) => c.matches.map((m) => [m.to, m.data])));
        expect(got.sort()).toEqual([...want].sort());
        found += want.length;
      }
    }), { numRuns: 200, seed: SEED });
    expect(found).toBeGreaterThan(100);
  });
});
