/**
 * Tiny i18n in the spirit of Zendesk's app scaffold: nested dictionaries addressed by
 * dotted keys, a locale fallback chain (fr-CA -> fr -> en), and `{{var}}` placeholders
 * filled with plain strings (no HTML: React escapes what it renders). A missing key
 * returns the key itself and is reported through `onMissing`, so tests can catch it.
 */
import { LANGS, type Lang } from '../engine/types';
import en from '../../translations/en.json';
import fr from '../../translations/fr.json';

export type Dictionary = { readonly [key: string]: unknown };
export type Vars = Readonly<Record<string, string | number>>;

export const DEFAULT_LOCALE: Lang = 'en';

/**
 * The app's shipped translations (translations/*.json), keyed by language: the `ui`
 * section only. The `app` section (name, settings labels) is read by Zendesk from the
 * files themselves; leaving it out keeps it out of the sidebar's bundle.
 */
export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en: { ui: en.ui }, fr: { ui: fr.ui } };

export interface I18n {
  /** The language actually used first (after resolving the requested locale). */
  readonly lang: Lang;
  /** Translate a dotted key; a missing key returns the key itself. */
  t(key: string, vars?: Vars): string;
  /** True when the key resolves to a string in the fallback chain. */
  has(key: string): boolean;
}

export interface I18nOptions {
  /** Called once per lookup of a key found in no dictionary of the chain. */
  onMissing?: (key: string, locale: string) => void;
}

function normaliseTag(locale: string): string {
  return locale.trim().toLowerCase().replace(/_/g, '-');
}

/** Map any locale tag (`fr-CA`, `FR_fr`, `en-GB`, `de`, '') to a supported language. */
export function resolveLocale(locale: string | null | undefined): Lang {
  const primary = normaliseTag(locale ?? '').split('-')[0] ?? '';
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : DEFAULT_LOCALE;
}

/** The dictionary names to try, most specific first: fr-ca, fr, en (deduplicated). */
export function fallbackChain(locale: string): string[] {
  const tag = normaliseTag(locale);
  const parts = tag.split('-').filter(Boolean);
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  chain.push(DEFAULT_LOCALE);
  return [...new Set(chain)];
}

function lookup(dict: Dictionary | undefined, key: string): string | undefined {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Scan `{{ name }}` placeholders in one linear pass. Returns the literal pieces and the
 * placeholder names in order: pieces.length === names.length + 1.
 */
function splitPlaceholders(text: string): { pieces: string[]; names: string[] } {
  const pieces: string[] = [];
  const names: string[] = [];
  let from = 0;
  let cursor = 0;
  while (cursor < text.length) {
    const first = text.indexOf('{{', cursor);
    if (first < 0) break;
    const close = text.indexOf('}}', first + 2);
    if (close < 0) break;
    // Names hold no braces, so only the last "{{" before this "}}" can open a placeholder;
    // every position up to `close` is then settled and the scan never goes back.
    const open = text.lastIndexOf('{{', close - 2);
    const name = text.slice(open + 2, close).trim();
    if (/^[a-z_][\w.]*$/i.test(name)) {
      pieces.push(text.slice(from, open));
      names.push(name);
      from = close + 2;
    }
    cursor = close + 2;
  }
  pieces.push(text.slice(from));
  return { pieces, names };
}

/** Placeholder names used in a string, sorted and deduplicated. */
export function placeholders(text: string): string[] {
  return [...new Set(splitPlaceholders(text).names)].sort();
}

/** Fill `{{var}}` placeholders; an unknown variable keeps its placeholder visible. */
export function interpolate(text: string, vars: Vars = {}): string {
  const { pieces, names } = splitPlaceholders(text);
  let out = pieces[0] ?? '';
  names.forEach((name, i) => {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    out += (value === undefined ? `{{${name}}}` : String(value)) + (pieces[i + 1] ?? '');
  });
  return out;
}

/** Every dotted key of string leaves in a nested dictionary, sorted. */
export function flattenKeys(dict: unknown, prefix = ''): string[] {
  if (dict === null || typeof dict !== 'object' || Array.isArray(dict)) return prefix ? [prefix] : [];
  const keys: string[] = [];
  for (const [k, v] of Object.entries(dict as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) keys.push(...flattenKeys(v, path));
    else keys.push(path);
  }
  return keys.sort();
}

export function createI18n(
  locale: string | null | undefined,
  dictionaries: Readonly<Record<string, Dictionary>> = DICTIONARIES,
  options: I18nOptions = {},
): I18n {
  const requested = locale ?? '';
  const byName = new Map<string, Dictionary>();
  for (const [name, dict] of Object.entries(dictionaries)) byName.set(normaliseTag(name), dict);
  const chain = fallbackChain(requested).map((name) => byName.get(name)).filter((d): d is Dictionary => d !== undefined);
  const find = (key: string): string | undefined => {
    for (const dict of chain) {
      const hit = lookup(dict, key);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  return {
    lang: resolveLocale(requested),
    has: (key) => find(key) !== undefined,
    t(key, vars) {
      const text = find(key);
      if (text === undefined) {
        options.onMissing?.(key, requested);
        return key;
      }
      return interpolate(text, vars);
    },
  };
}
