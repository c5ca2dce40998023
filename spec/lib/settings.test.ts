import { INCIDENT_CATEGORIES } from '../../src/engine/types';
import { PARAMETERS, TAG_PREFIX_RE, parsePhrasePairs, parseSettings, type SettingsProblem } from '../../src/lib/settings';
import { growth, RATIO_BOUND } from '../reliability/growth';

const DEFAULTS = {
  tagPrefix: 'boundary_',
  categories: [...INCIDENT_CATEGORIES],
  autoTag: false,
  tagComplaintType: false,
  typeTagPrefix: 'tact_type_',
  warnBeforeSend: true,
  customPhrases: [],
  languages: ['fr', 'en'],
};

/** The manifest defaults, as Zendesk would pass them to a fresh installation. */
const manifestDefaults = Object.fromEntries(PARAMETERS.map((p) => [p.name, p.default]));

describe('parseSettings: defaults', () => {
  it.each([[undefined], [null], [{}], [[]], ['settings'], [42]])('uses every default for %p, without problems', (input) => {
    expect(parseSettings(input)).toEqual({ settings: DEFAULTS, problems: [] });
  });

  it('reads the manifest defaults back to the same settings', () => {
    expect(parseSettings(manifestDefaults)).toEqual({ settings: DEFAULTS, problems: [] });
  });

  it('treats empty strings and nulls (unset parameters) as defaults', () => {
    const unset = Object.fromEntries(PARAMETERS.map((p, i) => [p.name, i % 2 ? '' : null]));
    expect(parseSettings(unset)).toEqual({ settings: DEFAULTS, problems: [] });
  });
});

describe('parseSettings: booleans', () => {
  it.each([
    [true, true], ['true', true], ['1', true],
    [false, false], ['false', false], ['0', false],
  ])('auto_tag %p -> %p', (value, expected) => {
    const r = parseSettings({ auto_tag: value });
    expect(r.settings.autoTag).toBe(expected);
    expect(r.problems).toEqual([]);
  });

  it.each([['yes'], [2], [{}], [['true']]])('rejects %p, keeps the default and names the parameter', (value) => {
    const r = parseSettings({ warn_before_send: value });
    expect(r.settings.warnBeforeSend).toBe(true);
    expect(r.problems).toEqual([{ parameter: 'warn_before_send', code: 'invalid_boolean' }]);
  });

  it('turns categories off one by one', () => {
    const r = parseSettings({ category_flirting: false, category_trolling: 'false' });
    expect(r.settings.categories).toEqual(INCIDENT_CATEGORIES.filter((c) => c !== 'flirting' && c !== 'trolling'));
    expect(r.problems).toEqual([]);
  });

  it('reports a bad category value and keeps that category on', () => {
    const r = parseSettings({ category_racism: 'maybe' });
    expect(r.settings.categories).toContain('racism');
    expect(r.problems).toEqual([{ parameter: 'category_racism', code: 'invalid_boolean' }]);
  });
});

describe('parseSettings: tag prefixes', () => {
  it.each([['tact_'], ['abuse-'], ['zd:'], ['x'], ['  ok_  '], ['a'.repeat(40)]])('accepts %p', (prefix) => {
    const r = parseSettings({ tag_prefix: prefix, type_tag_prefix: prefix });
    expect(r.settings.tagPrefix).toBe(prefix.trim());
    expect(r.settings.typeTagPrefix).toBe(prefix.trim());
    expect(r.problems).toEqual([]);
  });

  it.each([['Boundary_'], ['has space'], ['_lead'], ['tag,other'], ['é_'], ['a'.repeat(41)], [12], [true]])(
    'rejects %p: default used, problem names the parameter',
    (prefix) => {
      const r = parseSettings({ tag_prefix: prefix, type_tag_prefix: prefix });
      expect(r.settings.tagPrefix).toBe('boundary_');
      expect(r.settings.typeTagPrefix).toBe('tact_type_');
      expect(r.problems).toEqual(
        expect.arrayContaining<SettingsProblem>([
          { parameter: 'tag_prefix', code: 'invalid_tag_prefix' },
          { parameter: 'type_tag_prefix', code: 'invalid_tag_prefix' },
        ]),
      );
      expect(r.problems).toHaveLength(2);
    },
  );

  it('keeps the default prefixes valid', () => {
    for (const name of ['tag_prefix', 'type_tag_prefix']) {
      expect(TAG_PREFIX_RE.test(String(PARAMETERS.find((p) => p.name === name)?.default))).toBe(true);
    }
  });
});

describe('parseSettings: languages', () => {
  it.each([
    ['fr', ['fr']], ['en', ['en']], ['en,fr', ['en', 'fr']], [' FR , en ', ['fr', 'en']], ['fr;en', ['fr', 'en']], ['fr en', ['fr', 'en']], ['fr,fr', ['fr']],
  ])('%p -> %p', (value, expected) => {
    const r = parseSettings({ languages: value });
    expect(r.settings.languages).toEqual(expected);
    expect(r.problems).toEqual([]);
  });

  it('keeps the known languages of a partly wrong list and reports it', () => {
    const r = parseSettings({ languages: 'fr,de' });
    expect(r.settings.languages).toEqual(['fr']);
    expect(r.problems).toEqual([{ parameter: 'languages', code: 'invalid_languages' }]);
  });

  it.each([['de'], ['french'], [','], [42], [['fr']]])('falls back to both languages for %p and reports it', (value) => {
    const r = parseSettings({ languages: value });
    expect(r.settings.languages).toEqual(['fr', 'en']);
    expect(r.problems).toEqual([{ parameter: 'languages', code: 'invalid_languages' }]);
  });
});

describe('parsePhrasePairs', () => {
  it('reads pairs with optional language prefixes, skipping blanks and comments', () => {
    const problems: SettingsProblem[] = [];
    const text = ['# our house style', 'no problem => with pleasure', '', 'fr: pas de souci => avec plaisir', 'EN : ASAP => as soon as we can', '  en:  gotcha=>understood  '].join('\n');
    expect(parsePhrasePairs(text, problems)).toEqual([
      { avoid: 'no problem', instead: 'with pleasure', lang: null },
      { avoid: 'pas de souci', instead: 'avec plaisir', lang: 'fr' },
      { avoid: 'ASAP', instead: 'as soon as we can', lang: 'en' },
      { avoid: 'gotcha', instead: 'understood', lang: 'en' },
    ]);
    expect(problems).toEqual([]);
  });

  it('accepts Windows line endings', () => {
    expect(parsePhrasePairs('a => b\r\nc => d\r\n')).toEqual([
      { avoid: 'a', instead: 'b', lang: null },
      { avoid: 'c', instead: 'd', lang: null },
    ]);
  });

  it('splits on the first arrow only', () => {
    expect(parsePhrasePairs('x => y => z')).toEqual([{ avoid: 'x', instead: 'y => z', lang: null }]);
  });

  it('reports each malformed line by its 1-based number and keeps the good ones', () => {
    const problems: SettingsProblem[] = [];
    const text = ['ok => fine', 'no arrow here', '=> nothing to avoid', 'nothing instead =>', 'fr:', `${'x'.repeat(201)} => y`, `y => ${'x'.repeat(501)}`, 'de: hallo => hi', 'good => better'].join('\n');
    const pairs = parsePhrasePairs(text, problems);
    expect(pairs.map((p) => p.avoid)).toEqual(['ok', 'de: hallo', 'good']);
    expect(problems).toEqual([2, 3, 4, 5, 6, 7].map((line) => ({ parameter: 'custom_phrases', code: 'invalid_phrase_line', line })));
  });

  it('reports problems under the given parameter name', () => {
    const problems: SettingsProblem[] = [];
    parsePhrasePairs('broken', problems, 'other_phrases');
    expect(problems).toEqual([{ parameter: 'other_phrases', code: 'invalid_phrase_line', line: 1 }]);
  });

  it('is wired into parseSettings', () => {
    const r = parseSettings({ custom_phrases: 'fr: bref => en résumé\noops' });
    expect(r.settings.customPhrases).toEqual([{ avoid: 'bref', instead: 'en résumé', lang: 'fr' }]);
    expect(r.problems).toEqual([{ parameter: 'custom_phrases', code: 'invalid_phrase_line', line: 2 }]);
  });

  it('reports a non-text custom_phrases value', () => {
    const r = parseSettings({ custom_phrases: 42 });
    expect(r.settings.customPhrases).toEqual([]);
    expect(r.problems).toEqual([{ parameter: 'custom_phrases', code: 'invalid_phrase_line', line: 1 }]);
  });

  it('handles a large settings text in linear time', () => {
    const make = (lines: number) => Array.from({ length: lines }, (_, i) => (i % 2 ? `fr: phrase ${i} => autre ${i}` : `=`.repeat(150))).join('\n');
    const problems: SettingsProblem[] = [];
    const pairs = parsePhrasePairs(make(20_000), problems);
    expect(pairs).toHaveLength(10_000);
    expect(problems).toHaveLength(10_000);
    expect(growth((text: string) => parsePhrasePairs(text, []), make, 2_000)).toBeLessThan(RATIO_BOUND);
  });
});
