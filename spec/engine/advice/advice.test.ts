import { adviceFor, adviceTexts, categoryName, factsFor, typeName } from '../../../src/engine/advice';
import { COMPLAINT_TYPES, INCIDENT_CATEGORIES, LANGS, type Stage } from '../../../src/engine/types';

describe('advice texts', () => {
  it.each(LANGS.map((l) => [l]))('%s: every type has a name, a portrait and 2-4 strategy lines', (lang) => {
    for (const t of COMPLAINT_TYPES) {
      const a = adviceFor(t, lang);
      expect(a?.title).toBe(typeName(t, lang));
      expect(a?.summary.length).toBeGreaterThan(10);
      expect(a?.lines.length).toBeGreaterThanOrEqual(2);
      expect(a?.lines.length).toBeLessThanOrEqual(4);
    }
  });

  it.each(LANGS.map((l) => [l]))('%s: every category and stage has an action', (lang) => {
    for (const c of INCIDENT_CATEGORIES) {
      expect(categoryName(c, lang).length).toBeGreaterThan(2);
      for (const s of [1, 2, 3, 4] as Stage[]) {
        const a = adviceFor(`${c}.${s}`, lang);
        expect(a?.lines).toHaveLength(1);
        expect(a?.title).toContain(categoryName(c, lang));
      }
    }
  });

  it('gives different texts per language and stage', () => {
    expect(adviceFor('insult.1', 'fr')?.lines[0]).not.toBe(adviceFor('insult.1', 'en')?.lines[0]);
    expect(adviceFor('insult.1', 'en')?.lines[0]).not.toBe(adviceFor('insult.4', 'en')?.lines[0]);
    expect(adviceTexts('fr').strategies.lapsed_loyal.join(' ')).toMatch(/fidélité/);
  });

  it('returns null for unknown ids instead of a wrong text', () => {
    expect(adviceFor('insult.5', 'en')).toBeNull();
    expect(adviceFor('nonsense', 'fr')).toBeNull();
    expect(adviceFor('bogus.1', 'fr')).toBeNull();
  });

  it('has a few facts in each language, with no external links', () => {
    for (const l of LANGS) {
      expect(factsFor(l).length).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(adviceTexts(l))).not.toMatch(/https?:/);
    }
  });
});
