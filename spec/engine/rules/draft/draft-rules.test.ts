import { checkDraft } from '../../../../src/engine/draft';
import { FR, EN, type RuleTable } from './table';

function run(table: RuleTable): void {
  describe(`${table.lang} valid drafts`, () => {
    it.each(table.valid.map((v) => [v]))('%s', (code) => {
      expect(checkDraft(code, { lang: table.lang }).map((f) => f.text)).toEqual([]);
    });
  });
  describe(`${table.lang} invalid drafts`, () => {
    it.each(table.invalid.map((c) => [c.code, c] as const))('%s', (_code, c) => {
      const found = checkDraft(c.code, { lang: table.lang });
      expect(found.map((f) => [f.text, f.ruleId])).toEqual(c.spans);
      for (const f of found) {
        expect(c.code.slice(f.start, f.end)).toBe(f.text);
        expect(f.suggestion.trim()).not.toBe('');
        expect(f.reason.trim()).not.toBe('');
        expect(f.lang).toBe(table.lang);
      }
    });
  });
}

run(FR);
run(EN);
