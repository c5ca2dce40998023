import { PhraseMatcher } from '../../../src/engine/text/matcher';
import { tokenize } from '../../../src/engine/text/tokens';
import { terms as listOf, type LexiconSet } from '../../../src/engine/lexicons/types';
import { ALL_LEXICONS } from '../../../src/engine/lexicons';
import { fill, growth, RATIO_BOUND } from '../../reliability/growth';

const set = (entries: LexiconSet['entries'], lang: 'fr' | 'en' = 'fr'): LexiconSet => ({ lang, name: 't', entries });

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher([
    set([{ t: 'connard(s)', k: 'x' }, { t: 'va te faire foutre', k: 'y' }, { t: 'con', k: 'z', strict: true }, { t: 'raton', k: 'r', notNext: ['laveur'] }]),
    set([{ t: 'fuck', k: 'x' }, { t: 'retard', k: 'x', strict: true, notPrev: ['en'] }, { t: 'Poles', k: 'g', cap: true }], 'en'),
  ]);
  const terms = (text: string, lang: 'fr' | 'en' | null = 'fr') => m.match(tokenize(text), lang).map((h) => h.e.term);

  it('matches whole tokens and phrases', () => {
    expect(terms('Espèce de CONNARDS, va te faire foutre !')).toEqual(['connards', 'va te faire foutre']);
    expect(terms('connaissance conseil')).toEqual([]);
  });
  it('handles repeats, wildcards and squeezed forms', () => {
    expect(terms('fuuuuuck f*ck f**k')).toEqual(['fuck', 'fuck', 'fuck']);
    expect(terms('connnnnard c*nnard')).toEqual(['connard', 'connard']);
  });
  it('gates strict homographs by language and respects notNext/notPrev/cap', () => {
    expect(terms('t es con', 'fr')).toEqual(['con']);
    expect(terms('pros and con', 'en')).toEqual([]);
    expect(terms('en retard', 'en')).toEqual([]);
    expect(terms('un raton laveur')).toEqual([]);
    expect(terms('full of Poles', 'en')).toEqual(['Poles']);
    expect(terms('tent poles', 'en')).toEqual([]);
  });
  it('never crosses a sentence break', () => {
    expect(terms('va te. faire foutre')).toEqual([]);
  });
  it('stays linear on adversarial input', () => {
    const adversarial = (size: number) => tokenize(fill('f*ck ', size) + fill('va te faire ', size));
    expect(growth((toks: ReturnType<typeof tokenize>) => m.match(toks, 'fr'), adversarial, 60_000)).toBeLessThan(RATIO_BOUND);
  });
  it('builds first-word subtrees lazily with the same hits whatever the order of use', () => {
    const texts = [
      'Bande de connards, je vais vous casser les dents. Espèce d\'idiot fini !',
      'You stupid f*cking idiots, I know where you live. Sweetheart 😘',
      'Connnnard, c*nnard, ta gueule, sale race',
    ];
    const hits = (mm: PhraseMatcher, t: string) => mm.match(tokenize(t), 'fr').map((h) => `${h.e.kind}:${h.e.term}@${h.i}-${h.j}`);
    const forward = new PhraseMatcher(ALL_LEXICONS);
    const backward = new PhraseMatcher(ALL_LEXICONS);
    const eager = new PhraseMatcher(ALL_LEXICONS);
    expect(eager.entries.length).toBeGreaterThan(1500); // builds every subtree first
    const a = texts.map((t) => hits(forward, t));
    const b = [...texts].reverse().map((t) => hits(backward, t)).reverse();
    const c = texts.map((t) => hits(eager, t));
    expect(a).toEqual(b);
    expect(a).toEqual(c);
    expect(a.flat().length).toBeGreaterThan(8);
  });
  it('reads each term of a terms() list as an entry of its own, with the shared kind and options', () => {
    const listed = new PhraseMatcher([set(listOf('x', ['ab cd', 'ef(s)'], { s: 3, notNext: ['zz'] }))]);
    expect(listed.entries.map((e) => [e.term, e.kind, e.sev, [...(e.notNext ?? [])]])).toEqual([
      ['ab cd', 'x', 3, ['zz']], ['ef', 'x', 3, ['zz']], ['efs', 'x', 3, ['zz']],
    ]);
    expect(listed.match(tokenize('ab cd efs. ef zz'), 'fr').map((h) => h.e.term)).toEqual(['ab cd', 'efs']);
  });
});
