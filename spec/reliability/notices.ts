/**
 * THIRD_PARTY_NOTICES.md, generated from package-lock.json and node_modules: every
 * production package (the closure of package.json "dependencies": what webpack may
 * bundle into dist/) with its version, licence and copyright lines, then each licence
 * text once. spec/reliability/supply-chain.test.ts checks the committed file is
 * exactly this output. Regenerate after a dependency change:
 *   npx tsx spec/reliability/notices.ts > THIRD_PARTY_NOTICES.md
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export interface Pkg { name: string; version: string; license: string; dir: string; copyright: string[]; licenseFile: string | null }

interface LockEntry { version?: string; license?: string; dev?: boolean; devOptional?: boolean }

function licenseOf(dir: string, lock: LockEntry): string {
  const pj = JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as { license?: unknown; licenses?: Array<{ type?: string }> };
  if (typeof pj.license === 'string') return pj.license;
  const types = (pj.licenses ?? []).map((l) => l.type).filter((t): t is string => typeof t === 'string');
  return types.join(' OR ') || lock.license || 'UNKNOWN';
}

/** Production packages of the lock file, sorted by name then version (duplicates at other versions kept). */
export function productionPackages(): Pkg[] {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const seen = new Set<string>();
  const out: Pkg[] = [];
  for (const [dir, entry] of Object.entries(lock.packages)) {
    if (!dir || entry.dev || entry.devOptional) continue;
    const name = dir.replace(/^.*node_modules\//, '');
    const version = entry.version ?? '?';
    if (seen.has(`${name}@${version}`)) continue;
    seen.add(`${name}@${version}`);
    const files = fs.readdirSync(path.join(ROOT, dir)).filter((f) => /^(?:licen[cs]e|copying)/i.test(f)).sort();
    const licenseFile = files[0] ? path.join(dir, files[0]) : null;
    const text = licenseFile ? fs.readFileSync(path.join(ROOT, licenseFile), 'utf8') : '';
    const copyright = text.split('\n').map((l) => l.trim())
      // Copyright lines, not the licence clauses that mention copyright ("copyright license to...", "(c) You must...").
      .filter((l) => /^(?:copyright\b|\(c\)|©)/i.test(l) && !/\b(?:licen[cs]e|must|shall|notice|owner|holders?)\b/i.test(l))
      .map((l) => l.replace(/<https?:[^>]*>/g, '').replace(/\s+/g, ' ').trim());
    out.push({ name, version, license: licenseOf(dir, entry), dir, copyright: [...new Set(copyright)], licenseFile });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN
AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE
OR OTHER DEALINGS IN THE SOFTWARE.`;

const fence = (text: string): string => `\`\`\`text\n${text.trim()}\n\`\`\``;

export function renderNotices(pkgs: Pkg[] = productionPackages()): string {
  const lines: string[] = [
    '# Third-party notices',
    '',
    'Tact is released under the MIT licence (see `LICENSE`). This file lists what it ships that others wrote.',
    'It is generated from `package-lock.json` and `node_modules` by `spec/reliability/notices.ts`',
    '(`npx tsx spec/reliability/notices.ts > THIRD_PARTY_NOTICES.md`); a test fails when it is out of date.',
    '',
    '## Word lists, rules and texts',
    '',
    'The FR/EN lexicons (`src/engine/lexicons/`), incident, complaint and draft rules, advice texts and',
    'translations were written by the Tact authors for this project and are covered by Tact\'s own MIT licence.',
    'No third-party word list is bundled or was copied into them. Public lists were evaluated and not used',
    '(see the dependency notes: LDNOOBW is CC-BY-4.0, french-badwords-list comes from Wiktionary, CC BY-SA).',
    '`obscenity` (MIT) is a development dependency used only as a baseline by `npm run bench`; it is not in',
    'the app or the CLI.',
    '',
    '## Bundled packages',
    '',
    'The production dependencies and everything they pull in. webpack may leave out parts that are never',
    'imported; they are listed all the same. Development tools (jest, webpack, eslint, playwright-core,',
    'zcli...) are not shipped.',
    '',
    '| package | version | licence | copyright |',
    '|---|---|---|---|',
    ...pkgs.map((p) => `| ${p.name} | ${p.version} | ${p.license} | ${(p.copyright.join('; ') || '(none stated in the licence file)').replace(/\|/g, '\\|')} |`),
    '',
  ];
  const byLicense = new Map<string, Pkg[]>();
  for (const p of pkgs) byLicense.set(p.license, [...(byLicense.get(p.license) ?? []), p]);
  for (const [license, list] of [...byLicense].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`## ${license}`, '', `Used by: ${list.map((p) => `${p.name}@${p.version}`).join(', ')}.`, '');
    if (license === 'MIT') {
      lines.push('Copyright notices of these packages:', '', ...[...new Set(list.flatMap((p) => p.copyright))].sort().map((c) => `- ${c}`), '', fence(MIT_TEXT), '');
      continue;
    }
    // Other licences: the package's own licence file, once per distinct text.
    const texts = new Map<string, string[]>();
    for (const p of list) {
      const text = p.licenseFile ? fs.readFileSync(path.join(ROOT, p.licenseFile), 'utf8').replace(/\r\n/g, '\n').trim() : '';
      texts.set(text, [...(texts.get(text) ?? []), p.name]);
    }
    for (const [text, names] of texts) {
      if (texts.size > 1) lines.push(`Text of ${names.join(', ')}:`, '');
      lines.push(text ? fence(text) : '(no licence file in the package)', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (require.main === module) process.stdout.write(renderNotices());
