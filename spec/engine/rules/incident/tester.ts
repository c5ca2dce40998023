/** RuleTester-style helper: one requester comment per case, checks the categories found. */
import { parseBundle } from '../../../../src/engine/bundle';
import { detectIncidents } from '../../../../src/engine/incidents';
import { DEFAULT_ENGINE_OPTIONS, type Incident, type IncidentCategory } from '../../../../src/engine/types';

export function analyse(comments: string | string[], extra: Record<string, unknown> = {}): Incident[] {
  const list = Array.isArray(comments) ? comments : [comments];
  const { bundle } = parseBundle({
    ticket: { id: 1, requester_id: 7 },
    requester: { id: 7, tags: [] },
    comments: list.map((body, i) => ({ id: i + 1, author_id: 7, public: true, body })),
    history: [],
    ...extra,
  });
  return detectIncidents(bundle, DEFAULT_ENGINE_OPTIONS);
}

export function categories(comments: string | string[], extra?: Record<string, unknown>): IncidentCategory[] {
  return analyse(comments, extra).map((i) => i.category).sort();
}

export function ruleTester(category: IncidentCategory, cases: { valid: string[]; invalid: string[] }): void {
  describe(`${category} rule`, () => {
    it.each(cases.valid)(`clean: %s`, (text) => {
      expect(categories(text)).not.toContain(category);
    });
    it.each(cases.invalid)(`flags: %s`, (text) => {
      const inc = analyse(text).find((i) => i.category === category);
      expect(inc).toBeDefined();
      for (const e of inc?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  });
}
