/**
 * Admin settings: the manifest parameters, validated with zod (zod/mini: this module runs
 * in the sidebar). An invalid value never
 * stops the app: the default is used and the problem is reported (by parameter name)
 * so the sidebar can tell an admin what to fix.
 */
import './zodConfig';
import { z } from 'zod/mini';
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

function defaultOf(name: string): string | boolean {
  const spec = PARAMETERS.find((p) => p.name === name);
  if (!spec) throw new Error(`unknown parameter ${name}`);
  return spec.default;
}
const boolDefault = (name: string): boolean => defaultOf(name) === true;
const textDefault = (name: string): string => String(defaultOf(name));

/** Zendesk tag rules: lowercase, no spaces; we also keep prefixes to a safe charset. */
export const TAG_PREFIX_RE = /^[a-z0-9][a-z0-9_\-:]{0,39}$/;

const boolLike = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', '']), z.null(), z.undefined()]);

function readBool(raw: Record<string, unknown>, name: string, problems: SettingsProblem[]): boolean {
  const def = boolDefault(name);
  const r = boolLike.safeParse(raw[name]);
  if (!r.success) { problems.push({ parameter: name, code: 'invalid_boolean' }); return def; }
  const v = r.data;
  if (v === null || v === undefined || v === '') return def;
  return v === true || v === 'true' || v === '1';
}

function readPrefix(raw: Record<string, unknown>, name: string, problems: SettingsProblem[]): string {
  const def = textDefault(name);
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

/** Split a language list ("fr,en", "en; fr", "FR en") into known languages, in order. */
function splitLanguages(text: string): { langs: Lang[]; unknown: boolean } {
  const parts = text.split(/[\s,;]+/).map((s) => s.toLowerCase()).filter(Boolean);
  const langs = parts.filter((p): p is Lang => (LANGS as readonly string[]).includes(p));
  return { langs: [...new Set(langs)], unknown: langs.length !== parts.length };
}

function readLanguages(raw: Record<string, unknown>, problems: SettingsProblem[]): Lang[] {
  const def = splitLanguages(textDefault('languages')).langs;
  const v = raw.languages;
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return def;
  const { langs, unknown } = typeof v === 'string' ? splitLanguages(v) : { langs: [], unknown: true };
  if (unknown || langs.length === 0) problems.push({ parameter: 'languages', code: 'invalid_languages' });
  return langs.length > 0 ? langs : def;
}

export function parseSettings(input: unknown): SettingsResult {
  const raw: Record<string, unknown> = input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const problems: SettingsProblem[] = [];
  const categories = INCIDENT_CATEGORIES.filter((c) => readBool(raw, `${CATEGORY_PARAM_PREFIX}${c}`, problems));
  const languages = readLanguages(raw, problems);
  const phrasesRaw = raw.custom_phrases;
  const customPhrases = typeof phrasesRaw === 'string' ? parsePhrasePairs(phrasesRaw, problems) : [];
  if (phrasesRaw !== undefined && phrasesRaw !== null && typeof phrasesRaw !== 'string') problems.push({ parameter: 'custom_phrases', code: 'invalid_phrase_line', line: 1 });
  return {
    settings: {
      tagPrefix: readPrefix(raw, 'tag_prefix', problems),
      categories,
      autoTag: readBool(raw, 'auto_tag', problems),
      tagComplaintType: readBool(raw, 'tag_complaint_type', problems),
      typeTagPrefix: readPrefix(raw, 'type_tag_prefix', problems),
      warnBeforeSend: readBool(raw, 'warn_before_send', problems),
      customPhrases,
      languages,
    },
    problems,
  };
}
