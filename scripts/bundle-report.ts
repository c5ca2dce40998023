/**
 * What is in the sidebar bundle, next to the baseline of the bundle bench (an empty
 * React 18 app with the same Garden packages): both are built (production, module
 * concatenation off so every module is counted) into a temp dir, and the script lists
 * per chunk its gz size, then per package / source folder the module sizes (before
 * minification) of the app's initial chunk against the baseline, largest gap first.
 *   npx tsx scripts/bundle-report.ts [--top 30] [--detail <package or folder>]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import webpack, { type Configuration, type StatsCompilation } from 'webpack';
import { appConfig, baselineConfig } from './bench/bundle';

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 30;
const detail = process.argv.includes('--detail') ? process.argv[process.argv.indexOf('--detail') + 1] : undefined;

/** node_modules package name, or the first folders of a source path. */
function owner(name: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  return m?.[1] ?? name.replace(/^\.\//, '').split('/').slice(0, 3).join('/');
}

function build(cfg: Configuration, out: string): Promise<StatsCompilation> {
  const c: Configuration = {
    ...cfg,
    output: { ...cfg.output, path: out },
    optimization: { ...cfg.optimization, concatenateModules: false },
  };
  return new Promise((resolve, reject) => webpack(c, (err, stats) => {
    if (err || !stats) return reject(err ?? new Error('no stats'));
    if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
    resolve(stats.toJson({
      all: false, chunks: true, modules: true, ids: true, modulesSpace: Infinity,
      groupModulesByPath: false, groupModulesByType: false, groupModulesByExtension: false,
      groupModulesByLayer: false, groupModulesByAttributes: false, groupModulesByCacheStatus: false,
    }));
  }));
}

/** Module bytes per owner, for the initial chunks (or one chunk id). */
function tally(j: StatsCompilation, chunkIds: Set<string | number>): Map<string, number> {
  const t = new Map<string, number>();
  for (const m of j.modules ?? []) {
    if (!(m.chunks ?? []).some((c) => chunkIds.has(c))) continue;
    const name = String(m.name ?? '?');
    // --detail: one row per module of that package / folder instead of one per owner.
    const k = detail && owner(name).startsWith(detail) ? name : owner(name);
    t.set(k, (t.get(k) ?? 0) + (m.size ?? 0));
  }
  return t;
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tact-report-'));
  try {
    const app = await build(appConfig(), path.join(tmp, 'app'));
    const base = await build(baselineConfig(path.join(tmp, 'baseline')), path.join(tmp, 'baseline', 'dist'));
    for (const c of app.chunks ?? []) {
      const file = c.files?.find((f) => f.endsWith('.js'));
      const gz = file ? zlib.gzipSync(fs.readFileSync(path.join(tmp, 'app', file)), { level: 9 }).length : 0;
      console.log(`${file} ${c.initial ? '(initial)' : '(lazy)'} names=${(c.names ?? []).join(',')}: ${(gz / 1024).toFixed(1)} KB gz`);
      const t = [...tally(app, new Set([c.id ?? ''])).entries()].sort((a, b) => b[1] - a[1]);
      for (const [k, v] of t.slice(0, 8)) console.log(`  ${(v / 1024).toFixed(1).padStart(8)} KB  ${k}`);
    }
    const initialIds = new Set((app.chunks ?? []).filter((c) => c.initial).map((c) => c.id ?? ''));
    const a = tally(app, initialIds);
    const b = tally(base, new Set((base.chunks ?? []).map((c) => c.id ?? '')));
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => ((a.get(y) ?? 0) - (b.get(y) ?? 0)) - ((a.get(x) ?? 0) - (b.get(x) ?? 0)));
    console.log('\ninitial chunk vs baseline (module KB before minification)\n       app  baseline      gap');
    for (const k of keys.slice(0, top)) {
      const x = (a.get(k) ?? 0) / 1024;
      const y = (b.get(k) ?? 0) / 1024;
      console.log(`${x.toFixed(1).padStart(10)}${y.toFixed(1).padStart(10)}${(x - y).toFixed(1).padStart(9)}  ${k}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => { console.error(e); process.exitCode = 1; });
