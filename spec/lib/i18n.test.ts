import en from '../../translations/en.json';
import fr from '../../translations/fr.json';
import { createI18n, fallbackChain, flattenKeys, interpolate, placeholders, resolveLocale, DICTIONARIES } from '../../src/lib/i18n';
import { growth, RATIO_BOUND } from '../reliability/growth';

const dicts = {
  en: { greet: 'Hello {{name}}', only_en: 'English only', nested: { deep: { key: 'Deep EN' } }, count: '{{n}} of {{total}}' },
  fr: { greet: 'Bonjour {{name}}', nested: { deep: { key: 'Profond FR' } }, count: '{{n}} sur {{total}}' },
  'fr-CA': { greet: 'Allô {{name}}' },
};

describe('resolveLocale', () => {
  it.each([
    ['fr', 'fr'], ['fr-CA', 'fr'], ['FR_fr', 'fr'], ['fr-ca', 'fr'], ['en', 'en'], ['en-GB', 'en'],
    ['de', 'en'], ['', 'en'], [null, 'en'], [undefined, 'en'], ['  fr  ', 'fr'], ['french', 'en'],
  ])('%p -> %p', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });
});

describe('fallbackChain', () => {
  it('goes from the most specific tag to the default', () => {
    expect(fallbackChain('fr-CA')).toEqual(['fr-ca', 'fr', 'en']);
    expect(fallbackChain('en-US')).toEqual(['en-us', 'en']);
    expect(fallbackChain('en')).toEqual(['en']);
    expect(fallbackChain('')).toEqual(['en']);
  });
});

describe('createI18n', () => {
  it('uses the regional dictionary first, then the language, then English', () => {
    const i18n = createI18n('fr-CA', dicts);
    expect(i18n.t('greet', { name: 'Zoé' })).toBe('Allô Zoé');
    expect(i18n.t('nested.deep.key')).toBe('Profond FR');
    expect(i18n.t('only_en')).toBe('English only');
    expect(i18n.lang).toBe('fr');
  });

  it('falls back to English for unsupported locales', () => {
    const i18n = createI18n('de-DE', dicts);
    expect(i18n.t('greet', { name: 'Max' })).toBe('Hello Max');
    expect(i18n.lang).toBe('en');
    expect(createI18n(undefined, dicts).t('nested.deep.key')).toBe('Deep EN');
  });

  it('returns the key itself for a missing key and reports it', () => {
    const missing: string[] = [];
    const i18n = createI18n('fr', dicts, { onMissing: (key, locale) => missing.push(`${locale}:${key}`) });
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.has('no.such.key')).toBe(false);
    expect(i18n.has('greet')).toBe(true);
    expect(missing).toEqual(['fr:no.such.key']);
  });

  it('treats a key that names a section (not a string) as missing', () => {
    const onMissing = jest.fn();
    const i18n = createI18n('en', dicts, { onMissing });
    expect(i18n.t('nested.deep')).toBe('nested.deep');
    expect(i18n.t('greet.name')).toBe('greet.name');
    expect(onMissing).toHaveBeenCalledTimes(2);
  });

  it('does not resolve inherited object properties', () => {
    const i18n = createI18n('en', dicts);
    expect(i18n.t('toString')).toBe('toString');
    expect(i18n.t('nested.constructor')).toBe('nested.constructor');
  });

  it('fills several placeholders, including numbers', () => {
    expect(createI18n('fr', dicts).t('count', { n: 2, total: 5 })).toBe('2 sur 5');
  });

  it('works with the shipped translations', () => {
    expect(createI18n('fr-CA').t('ui.draft.apply')).toBe(fr.ui.draft.apply);
    expect(createI18n('en').t('ui.draft.apply')).toBe(en.ui.draft.apply);
    // Only the ui section ships in the bundle; Zendesk reads the app section from the files.
    expect(createI18n('en').has('app.name')).toBe(false);
    expect(Object.keys(DICTIONARIES).sort()).toEqual(['en', 'fr']);
  });
});

describe('interpolate', () => {
  it('keeps unknown placeholders visible and inserts values as plain text', () => {
    expect(interpolate('{{a}} and {{b}}', { a: '<b>x</b>' })).toBe('<b>x</b> and {{b}}');
  });
  it('does not re-expand placeholders found inside values', () => {
    expect(interpolate('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
  });
  it('tolerates spaces inside braces and leaves malformed braces alone', () => {
    expect(interpolate('{{ a }}!', { a: 1 })).toBe('1!');
    expect(interpolate('{{ not valid }} {{a', { a: 1 })).toBe('{{ not valid }} {{a');
    expect(interpolate('{{{a}}}', { a: 'x' })).toBe('{x}');
  });
  it('does not read inherited properties of the vars object', () => {
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
  });
  it('is linear on long adversarial input', () => {
    for (const make of [(n: number) => '{{'.repeat(n) + '}'.repeat(3), (n: number) => '{{ '.repeat(n) + '}}', (n: number) => '{{ x y }}'.repeat(n)]) {
      expect(growth((text: string) => interpolate(text, {}), make, 25_000)).toBeLessThan(RATIO_BOUND);
    }
    expect(interpolate('{{ '.repeat(1000) + '{{a}}', { a: 'ok' })).toBe('{{ '.repeat(1000) + 'ok');
  });
});

describe('placeholders / flattenKeys', () => {
  it('lists placeholder names sorted and unique', () => {
    expect(placeholders('{{b}} {{a}} {{b}}')).toEqual(['a', 'b']);
    expect(placeholders('none')).toEqual([]);
  });
  it('lists dotted keys of string leaves', () => {
    expect(flattenKeys({ b: 'x', a: { c: 'y', d: { e: 'z' } } })).toEqual(['a.c', 'a.d.e', 'b']);
  });
});
