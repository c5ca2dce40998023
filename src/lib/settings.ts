/**
 * Admin settings: the manifest parameters, validated with zod. An invalid value never
 * stops the app: the default is used and the problem is reported (by parameter name)
 * so the sidebar can tell an admin what to fix.
 */
import { z } from 'zod';
import { INCIDENT_CATEGORIES, LANGS, type IncidentCategory, type Lang, type PhrasePair } from '../engine/types';

/** One manifest parameter. The manifest test checks manifest.json against this list. */
export interface ParameterSpec { name: string; type: 'text' | 'checkbox' | 'multiline'; default: string | boolean }

export const CATEGORY_PARAM_PREFIX = 'category_';

export const PARAMETERS: readonly ParameterSpec[] = [
  { name: 'tag_prefix', type: 'text', default: 'boundary_' },
  ...INCIDENT_CATEGORIES.map((c): ParameterSpec => ({ name: `${CATEGORY_PARAM_PREFIX}${c}`, type: 'checkbox', default: true })),
  { name: 'auto_tag', type: 'checkbox', default: false },
  { name: 'tag_complaint_type', type: 'checkbox', default: false },
  { name: 'type_tag_prefix', type: 'text', default: 'tact_type_' },
  { name: 'warn_before_send', type: 'checkbox', default: true },
  { name: 'custom_phrases', type: 'multiline', default: '' },
  { name: 'languages', type: 'text', default: 'fr,en' },
];

export interface TactSettings {
  tagPrefix: string;
  categories: IncidentCategory[];
  autoTag: boolean;
  tagComplaintType: boolean;
  typeTagPrefix: string;
  warnBeforeSend: boolean;
  customPhrases: PhrasePair[];
  languages: Lang[];
}

export interface SettingsProblem {
  /** The manifest parameter name. */
  parameter: string;
  /** Stable code, translated by the UI: "invalid_tag_prefix", "invalid_boolean", "invalid_phrase_line", "invalid_languages". */
  code: string;
  /** For line-based parameters: the 1-based line that is wrong. */
  line?: number;
}

export interface SettingsResult { settings: TactSettings; problems: SettingsProblem[] }

/** Zendesk tag rules: lowercase, no spaces; we also keep prefixes to a safe charset. */
export const TAG_PREFIX_RE = /^[a-z0-9][a-z0-9_\-:]{0,39}$/;

const boolLike = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', '']), z.null(), z.undefined()]);

function readBool(raw: Record<string, unknown>, name: string, def: boolean, problems: SettingsProblem[]): boolean {
  const r = boolLike.safeParse(raw[name]);
  if (!r.success) { problems.push({ parameter: name, code: 'invalid_boolean' }); return def; }
  const v = r.data;
  if (v === null || v === undefined || v === '') return def;
  return v === true || v === 'true' || v === '1';
}

function readPrefix(raw: Record<string, unknown>, name: string, def: string, problems: SettingsProblem[]): string {
  const v = raw[name];
  if (v === undefined || v === null || v === '') return def;
  if (typeof v === 'string' && TAG_PREFIX_RE.test(v.trim())) return v.trim();
  problems.push({ parameter: name, code: 'invalid_tag_prefix' });
  return def;
}

/**
 * Custom phrase pairs, one per line: `avoid => instead`, optionally prefixed by a
 * language: `fr: avoid => instead`. Blank lines and lines starting with # are ignored.
 */
export function parsePhrasePairs(text: string, problems: SettingsProblem[] = [], parameter = 'custom_phrases'): PhrasePair[] {
  const pairs: PhrasePair[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    let l = line.trim();
    if (!l || l.startsWith('#')) return;
    let lang: Lang | null = null;
    const m = /^(fr|en)\s*:/i.exec(l);
    if (m && m[1]) { lang = m[1].toLowerCase() as Lang; l = l.slice(m[0].length).trim(); }
    const at = l.indexOf('=>');
    const avoid = at >= 0 ? l.slice(0, at).trim() : '';
    const instead = at >= 0 ? l.slice(at + 2).trim() : '';
    if (!avoid || !instead || avoid.length > 200 || instead.length > 500) {
      problems.push({ parameter, code: 'invalid_phrase_line', line: i + 1 });
      return;
    }
    pairs.push({ avoid, instead, lang });
  });
  return pairs;
}

export function parseSettings(input: unknown): SettingsResult {
  const raw: Record<string, unknown> = input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const problems: SettingsProblem[] = [];
  const categories = INCIDENT_CATEGORIES.filter((c) => readBool(raw, `${CATEGORY_PARAM_PREFIX}${c}`, true, problems));
  let languages: Lang[] = [...LANGS];
  const langRaw = raw.languages;
  if (typeof langRaw === 'string' && langRaw.trim() !== '') {
    const parts = langRaw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const ok = parts.filter((p): p is Lang => (LANGS as readonly string[]).includes(p));
    if (ok.length === 0 || ok.length !== parts.length) problems.push({ parameter: 'languages', code: 'invalid_languages' });
    if (ok.length > 0) languages = [...new Set(ok)];
  } else if (langRaw !== undefined && langRaw !== null && langRaw !== '') {
    problems.push({ parameter: 'languages', code: 'invalid_languages' });
  }
  const phrasesRaw = raw.custom_phrases;
  const customPhrases = typeof phrasesRaw === 'string' ? parsePhrasePairs(phrasesRaw, problems) : [];
  if (phrasesRaw !== undefined && phrasesRaw !== null && typeof phrasesRaw !== 'string') problems.push({ parameter: 'custom_phrases', code: 'invalid_phrase_line', line: 1 });
  return {
    settings: {
      tagPrefix: readPrefix(raw, 'tag_prefix', 'boundary_', problems),
      categories,
      autoTag: readBool(raw, 'auto_tag', false, problems),
      tagComplaintType: readBool(raw, 'tag_complaint_type', false, problems),
      typeTagPrefix: readPrefix(raw, 'type_tag_prefix', 'tact_type_', problems),
      warnBeforeSend: readBool(raw, 'warn_before_send', true, problems),
      customPhrases,
      languages,
    },
    problems,
  };
}
