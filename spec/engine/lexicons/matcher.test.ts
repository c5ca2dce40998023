import { PhraseMatcher } from '../../../src/engine/text/matcher';
import { tokenize } from '../../../src/engine/text/tokens';
import type { LexiconSet } from '../../../src/engine/lexicons/types';

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
    const t0 = performance.now();
    m.match(tokenize('f*ck '.repeat(50000) + 'va te faire '.repeat(50000)), 'fr');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
