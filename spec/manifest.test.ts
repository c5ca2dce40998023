/**
 * The Zendesk app package: manifest.json against the PARAMETERS list, the two
 * translation files against each other, and the logo sizes Zendesk requires.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import manifest from '../manifest.json';
import en from '../translations/en.json';
import fr from '../translations/fr.json';
import { PARAMETERS } from '../src/lib/settings';
import { flattenKeys, placeholders } from '../src/lib/i18n';

const ROOT = join(__dirname, '..');
const translations = { en, fr } as const;

function leaf(dict: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), dict);
}

/** Width and height from a PNG's IHDR chunk (always the first chunk). */
function pngSize(buf: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error('IHDR is not the first chunk');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.json', () => {
  it('declares a flexible ticket sidebar app on ZAF 2.0', () => {
    expect(manifest.name).toBe('Tact');
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.private).toBe(true);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.location).toEqual({ support: { ticket_sidebar: { url: 'assets/index.html', flexible: true } } });
  });

  it('has an author with name, e-mail and url on a placeholder host only', () => {
    expect(manifest.author.name).toBeTruthy();
    expect(manifest.author.email).toMatch(/^[^@\s]+@([a-z0-9-]+\.)*example\.com$/);
    expect(manifest.author.url).toMatch(/^https:\/\/([a-z0-9-]+\.)*example\.com(\/|$)/);
  });

  it('lists exactly the PARAMETERS, in order, with the same types and defaults', () => {
    expect(manifest.parameters).toEqual(PARAMETERS.map((p) => ({ name: p.name, type: p.type, required: false, default: p.default })));
  });

  it('uses defaults that fit the Zendesk parameter type', () => {
    for (const p of manifest.parameters) {
      if (p.type === 'checkbox') expect(typeof p.default).toBe('boolean');
      else expect(typeof p.default).toBe('string');
    }
    expect(new Set(manifest.parameters.map((p) => p.name)).size).toBe(manifest.parameters.length);
  });
});

describe('translations', () => {
  const langs = Object.keys(translations) as (keyof typeof translations)[];

  it('have the same key set in every language (recursively, every section)', () => {
    expect(flattenKeys(fr)).toEqual(flattenKeys(en));
  });

  it.each(langs)('%s has the app texts Zendesk shows', (lang) => {
    for (const key of ['app.name', 'app.short_description', 'app.long_description', 'app.installation_instructions']) {
      expect(typeof leaf(translations[lang], key)).toBe('string');
    }
  });

  it.each(langs)('%s has a label and help text for every parameter, and no others', (lang) => {
    const params = translations[lang].app.parameters as Record<string, { label?: unknown; helpText?: unknown }>;
    expect(Object.keys(params).sort()).toEqual(PARAMETERS.map((p) => p.name).sort());
    for (const p of PARAMETERS) {
      expect(typeof params[p.name]?.label).toBe('string');
      expect(typeof params[p.name]?.helpText).toBe('string');
    }
  });

  it.each(langs)('%s has only non-empty strings as leaves', (lang) => {
    for (const key of flattenKeys(translations[lang])) {
      const value = leaf(translations[lang], key);
      expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
      expect({ key, empty: (value as string).trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('use the same {{placeholders}} in both languages for every key', () => {
    for (const key of flattenKeys(en)) {
      expect({ key, vars: placeholders(String(leaf(fr, key))) }).toEqual({ key, vars: placeholders(String(leaf(en, key))) });
    }
  });

  it('really translate the parameter texts', () => {
    for (const p of PARAMETERS) {
      for (const field of ['label', 'helpText']) {
        const key = `app.parameters.${p.name}.${field}`;
        expect({ key, same: leaf(en, key) === leaf(fr, key) }).toEqual({ key, same: false });
      }
    }
  });

  it('explain the custom phrase format and the tag prefix rules', () => {
    for (const dict of [en, fr]) {
      expect(dict.app.installation_instructions).toContain('=>');
      expect(dict.app.installation_instructions).toContain('fr:');
      expect(dict.app.installation_instructions).toContain('en:');
      expect(dict.app.parameters.custom_phrases.helpText).toContain('=>');
      expect(dict.app.parameters.tag_prefix.helpText).toContain('40');
    }
  });
});

describe('logos', () => {
  it.each([
    ['assets/logo.png', 320],
    ['assets/logo-small.png', 128],
  ])('%s is %ipx square', (file, size) => {
    expect(pngSize(readFileSync(join(ROOT, file)))).toEqual({ width: size, height: size });
  });

  it('rejects a file that is not a PNG', () => {
    expect(() => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow('not a PNG');
  });

  it('ships the SVG source with the tile the render script hides for the small icon', () => {
    const svg = readFileSync(join(ROOT, 'assets/logo.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 320 320"/);
    expect(svg).toContain('id="bg"');
    // Self-contained: no scripts, no external references.
    expect(svg).not.toMatch(/<script|(href|src)="(https?:)?\/\//);
  });
});
