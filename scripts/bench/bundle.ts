/**
 * Bundle size against a baseline: an empty React 18 app that renders one component of
 * each Garden package the sidebar imports (inside Garden's ThemeProvider, plus one
 * styled-components element), built with the same webpack settings as the app.
 * Both are built (production) into temp dirs; sizes are gzip -9 of the emitted files.
 *   initial   = the scripts index.html loads;
 *   at-open   = lazy chunks the sidebar requests at startup without any action (host
 *               adapter, settings parser, the ticket_sidebar location);
 *   worker    = the analysis worker's chunks (engine, lexicons, advice texts);
 *   on-demand = the rest (manual flag form; the engine on the main thread without a worker);
 *   total     = every .js file the build emits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import webpack, { type Configuration, type StatsCompilation } from 'webpack';
import configs from '../../webpack.config';
import type { BenchSection, Figure } from './timing';

const ROOT = path.join(__dirname, '..', '..');

/** One representative component per Garden package (the app's imports pick which packages). */
export const GARDEN_SAMPLES: Readonly<Record<string, { name: string; jsx: string }>> = {
  '@zendeskgarden/react-theming': { name: 'ThemeProvider', jsx: '' },
  '@zendeskgarden/react-buttons': { name: 'Button', jsx: '<Button>Button</Button>' },
  '@zendeskgarden/react-forms': { name: 'Input', jsx: '<Input aria-label="input" />' },
  '@zendeskgarden/react-notifications': { name: 'Alert', jsx: '<Alert type="info">Alert</Alert>' },
  '@zendeskgarden/react-tags': { name: 'Tag', jsx: '<Tag>Tag</Tag>' },
  '@zendeskgarden/react-loaders': { name: 'Skeleton', jsx: '<Skeleton />' },
  '@zendeskgarden/react-typography': { name: 'Paragraph', jsx: '<Paragraph>Text</Paragraph>' },
  '@zendeskgarden/react-tooltips': { name: 'Tooltip', jsx: '<Tooltip content="tip"><span>tip</span></Tooltip>' },
  '@zendeskgarden/react-accordions': { name: 'Accordion', jsx: '<Accordion level={2} />' },
  '@zendeskgarden/react-dropdowns': { name: 'Combobox', jsx: '<Combobox />' },
};

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Garden packages imported by the sidebar's source (src/ui, src/main.tsx), sorted. */
export function gardenPackagesOfApp(root = ROOT): string[] {
  const files = [...walk(path.join(root, 'src', 'ui')), path.join(root, 'src', 'main.tsx')];
  const found = new Set<string>();
  for (const f of files) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/from '(@zendeskgarden\/react-[a-z-]+)'/g)) if (m[1]) found.add(m[1]);
  }
  return [...found].sort();
}

/** The baseline entry's source: ThemeProvider + one component per package + a styled element. */
export function baselineSource(packages: readonly string[]): string {
  const imports: string[] = [
    "import { createRoot } from 'react-dom/client';",
    "import styled from 'styled-components';",
    "import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';",
  ];
  const body: string[] = [];
  for (const p of packages) {
    const s = GARDEN_SAMPLES[p];
    if (!s) throw new Error(`no baseline sample for ${p}: add one to GARDEN_SAMPLES`);
    if (p === '@zendeskgarden/react-theming') continue;
    imports.push(`import { ${s.name} } from '${p}';`);
    body.push(`      ${s.jsx}`);
  }
  return `${imports.join('\n')}
const Box = styled.div\`padding: 8px;\`;
const el = document.getElementById('root');
if (el) {
  createRoot(el).render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <Box>
${body.join('\n')}
      </Box>
    </ThemeProvider>,
  );
}
`;
}

function run(cfg: Configuration): Promise<StatsCompilation> {
  return new Promise((resolve, reject) => {
    webpack(cfg, (err, stats) => {
      if (err || !stats) return reject(err ?? new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(stats.toJson({ all: false, assets: true, chunks: true, chunkGroups: true, ids: true }));
    });
  });
}

const gz = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

export function appConfig(): Configuration {
  const app = configs({}, { mode: 'production' }).find((c) => c.name === 'app');
  if (!app) throw new Error('webpack.config.ts has no "app" config');
  return app;
}

/** webpack config of the baseline app (entry source written into `out`). */
export function baselineConfig(out: string): Configuration {
  const app = appConfig();
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'baseline.tsx');
  fs.writeFileSync(entry, baselineSource(gardenPackagesOfApp()));
  return {
    name: 'baseline',
    mode: 'production',
    target: 'web',
    context: ROOT,
    entry: { baseline: entry },
    output: { path: path.join(out, 'dist'), filename: 'baseline.[contenthash:8].js', clean: true },
    devtool: false,
    resolve: { ...app.resolve, modules: [path.join(ROOT, 'node_modules'), 'node_modules'] },
    module: app.module,
    optimization: app.optimization,
    plugins: [new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify('production') })],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

/** Builds the baseline into `out`; returns the gz size of every .js file it emits. */
export async function buildBaseline(out: string): Promise<number> {
  await run(baselineConfig(out));
  return jsFiles(path.join(out, 'dist')).reduce((n, f) => n + gz(f), 0);
}

function jsFiles(dir: string): string[] {
  return fs.existsSync(dir) ? walkAll(dir).filter((f) => f.endsWith('.js')) : [];
}
function walkAll(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkAll(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Lazy chunk groups the sidebar requests at startup, with no action from the agent. */
export const AT_OPEN_GROUPS = ['host-zendesk', 'settings', 'ticket-sidebar'] as const;
/** The analysis worker's chunk group (webpackChunkName in src/ui/analysis/createWorker.ts). */
export const WORKER_GROUP = 'analysis';

export type FileKind = 'initial' | 'at-open' | 'worker' | 'on-demand';
export interface AppSizes { initial: number; atOpen: number; worker: number; onDemand: number; total: number; files: { file: string; gz: number; kind: FileKind }[] }

/** Builds the app into `out` (never touches dist/) and measures its files. */
export async function buildApp(out: string): Promise<AppSizes> {
  const app = appConfig();
  const dist = path.join(out, 'dist');
  const stats = await run({ ...app, output: { ...app.output, path: dist } });
  const html = fs.readFileSync(path.join(dist, 'assets', 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => path.join(dist, 'assets', m[1] ?? '')));
  const filesOf = (group: string): Set<string> => {
    const g = stats.namedChunkGroups?.[group];
    if (!g) throw new Error(`no "${group}" chunk group in the build (webpackChunkName renamed?)`);
    const ids = new Set(g.chunks ?? []);
    return new Set((stats.chunks ?? []).filter((c) => c.id !== undefined && ids.has(c.id)).flatMap((c) => c.files ?? []).map((f) => path.join(dist, f)));
  };
  const atOpen = new Set(AT_OPEN_GROUPS.flatMap((g) => [...filesOf(g)]));
  const worker = filesOf(WORKER_GROUP);
  const kindOf = (f: string): FileKind => (initial.has(f) ? 'initial' : atOpen.has(f) ? 'at-open' : worker.has(f) ? 'worker' : 'on-demand');
  const files = jsFiles(dist).map((f) => ({ file: path.relative(dist, f), gz: gz(f), kind: kindOf(f) }));
  const sum = (kind?: FileKind) => files.filter((f) => !kind || f.kind === kind).reduce((n, f) => n + f.gz, 0);
  if (sum('initial') === 0) throw new Error('index.html loads no script');
  return { initial: sum('initial'), atOpen: sum('at-open'), worker: sum('worker'), onDemand: sum('on-demand'), total: sum(), files };
}

const KB = (b: number) => b / 1024;

export function bundleSizes(): BenchSection {
  return {
    name: 'bundle size (gzip -9, production build)',
    async run(): Promise<Figure[]> {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tact-bundle-'));
      try {
        const baseline = await buildBaseline(path.join(tmp, 'baseline'));
        const app = await buildApp(path.join(tmp, 'app'));
        const mainThread = app.initial + app.atOpen;
        return [
          { name: 'baseline (React 18 + same Garden)', value: KB(baseline), unit: `KB gz (${gardenPackagesOfApp().map((p) => p.replace('@zendeskgarden/react-', '')).join(', ')})` },
          { name: 'app initial (index.html scripts)', value: KB(app.initial), unit: 'KB gz' },
          { name: 'app chunks fetched at startup', value: KB(app.atOpen), unit: `KB gz (${AT_OPEN_GROUPS.join(', ')})` },
          { name: 'app analysis worker', value: KB(app.worker), unit: 'KB gz (engine, lexicons, advice)' },
          { name: 'app on-demand chunks', value: KB(app.onDemand), unit: 'KB gz (manual flag form; engine on the main thread if no worker)' },
          { name: 'app total (all .js)', value: KB(app.total), unit: 'KB gz' },
          { name: 'initial / baseline', value: app.initial / baseline, unit: `x (target <= 1.25: ${app.initial / baseline <= 1.25 ? 'met' : 'NOT met'})` },
          { name: 'main thread at open / baseline', value: mainThread / baseline, unit: 'x (initial + startup chunks)' },
          { name: 'total / baseline', value: app.total / baseline, unit: 'x' },
        ];
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}
