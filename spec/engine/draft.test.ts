import { applyFinding, checkDraft, fitCase } from '../../src/engine/draft';
import type { PhrasePair } from '../../src/engine/types';

describe('checkDraft', () => {
  it('guesses the language when none is given', () => {
    const f = checkDraft('Bonjour, je ne sais pas quand le colis arrivera.');
    expect(f.map((x) => [x.text, x.lang])).toEqual([['je ne sais pas', 'fr']]);
    expect(checkDraft("Hi, I don't know when it ships.")[0]?.lang).toBe('en');
  });

  it('returns nothing for empty or blank drafts', () => {
    expect(checkDraft('')).toEqual([]);
    expect(checkDraft('   \n')).toEqual([]);
  });

  it('merges admin pairs, accent- and case-insensitively, on whole words only', () => {
    const custom: PhrasePair[] = [
      { avoid: 'malheureusement', instead: 'pour l’instant', lang: 'fr' },
      { avoid: 'no worries', instead: 'happy to help', lang: null },
      { avoid: 'ASAP', instead: 'by tomorrow', lang: 'en' },
    ];
    const fr = checkDraft('MALHEUREUSEMENT, le stock est vide. Malheureusementx non.', { lang: 'fr', custom });
    expect(fr.map((f) => [f.text, f.ruleId, f.suggestion])).toEqual([['MALHEUREUSEMENT', 'draft.custom', 'Pour l’instant']]);
    const en = checkDraft('No Worries, we will ship asap.', { lang: 'en', custom });
    expect(en.map((f) => f.text)).toEqual(['No Worries', 'asap']);
    // a French-only pair is not applied to an English draft
    expect(checkDraft('malheureusement', { lang: 'en', custom })).toEqual([]);
  });

  it('lets an admin pair win over a built-in finding on the same words', () => {
    const f = checkDraft('Calm down please.', { lang: 'en', custom: [{ avoid: 'calm down', instead: 'I hear you', lang: 'en' }] });
    expect(f.map((x) => [x.ruleId, x.suggestion])).toEqual([['draft.custom', 'I hear you']]);
  });

  it('gives findings in order that never overlap and whose spans are exact', () => {
    const text = "Je ne sais pas. Calmez-vous. Comme je vous l'ai déjà dit, c'est notre politique.";
    const f = checkDraft(text, { lang: 'fr' });
    expect(f.map((x) => x.ruleId)).toEqual(['draft.dont_know', 'draft.calm_down', 'draft.already_told', 'draft.policy']);
    for (let i = 1; i < f.length; i++) expect((f[i - 1]?.end ?? 0) <= (f[i]?.start ?? 0)).toBe(true);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('fills the verb into "il fallait ..." so the suggestion reads well', () => {
    const [f] = checkDraft('Il fallait lire les conditions.', { lang: 'fr' });
    expect(f?.text).toBe('Il fallait lire');
    expect(f?.suggestion).toBe('Pensez à lire');
  });
});

describe('applyFinding', () => {
  it('replaces exactly the span, and refuses when the draft changed', () => {
    const text = 'Hi, calm down and wait.';
    const [f] = checkDraft(text, { lang: 'en' });
    expect(f).toBeDefined();
    if (!f) return;
    expect(applyFinding(text, f)).toBe('Hi, I understand this is frustrating and wait.');
    expect(applyFinding('Hi, relax and wait.', f)).toBeNull();
  });
});

describe('fitCase', () => {
  it('follows the case of the replaced span, keeping English "I"', () => {
    expect(fitCase('je vérifie', 'Je ne sais pas')).toBe('Je vérifie');
    expect(fitCase('Pour rappel', 'comme je vous l’ai dit')).toBe('pour rappel');
    expect(fitCase("I'll find out", "i don't know")).toBe("I'll find out");
  });
});
