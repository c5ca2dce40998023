/**
 * Three builds, one `npm run build`:
 *  - app:       src/main.tsx        -> dist/ (the Zendesk app directory: manifest, translations,
 *                                       assets/index.html + hashed bundle + logos)
 *  - workspace: src/workspace/main.ts -> build/workspace/ (local Zendesk-like host, dev tool only)
 *  - cli:       src/cli/tact.ts     -> build/cli/tact.js (node, executable, `tact` bin)
 * Loaded through ts-node (see the "ts-node" section of tsconfig.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import webpack, { type Configuration } from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import { EsbuildPlugin } from 'esbuild-loader';

const root = __dirname;
const r = (...p: string[]): string => path.join(root, ...p);

/**
 * Content-Security-Policy of the sidebar page. Only what the app needs: its own script,
 * styles injected at runtime by styled-components ('unsafe-inline' for styles only: a
 * nonce cannot work in a static page that Zendesk serves as is), no network but its own
 * origin (the app talks to Zendesk through postMessage, not fetch), no third-party host.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Host page of the workspace: it embeds the app (same origin) and serves fixtures. */
const WORKSPACE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const tsRule = {
  test: /\.[cm]?tsx?$/,
  exclude: /node_modules/,
  loader: 'esbuild-loader',
  options: { target: 'es2020', tsconfig: r('tsconfig.json') },
};

const jsonExt = ['.tsx', '.ts', '.mjs', '.js', '.json'];

/**
 * Third-party libraries embed documentation links in their error messages (React's
 * production error decoder, for example). They are never fetched, but the bundle must
 * not contain external URLs at all, so they are rewritten to `about:blank`.
 */
class StripExternalUrlsPlugin {
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.thisCompilation.tap('StripExternalUrls', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'StripExternalUrls', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.js')) continue;
            const src = assets[name]?.source().toString() ?? '';
            const out = src.replace(/https?:\/\/([\w.-]+)(?:\/[\w./?=&%#~+:-]*)?/g, (url, host: string) =>
              // XML namespace identifiers (SVG, MathML, XHTML) are names, not links: keep them.
              host === 'www.w3.org' ? url : 'about:blank');
            if (out !== src) compilation.updateAsset(name, new webpack.sources.RawSource(out));
          }
        },
      );
    });
  }
}

function appConfig(mode: Configuration['mode']): Configuration {
  const prod = mode !== 'development';
  return {
    name: 'app',
    mode,
    target: 'web',
    // boot: a few KB that index.html runs first, while app.js still downloads: it starts the
    // analysis worker (engine code and tables) as early as the page allows. app shares its
    // modules (dependOn), so both use the same worker.
    entry: { boot: r('src/ui/boot.ts'), app: { import: r('src/main.tsx'), dependOn: 'boot' } },
    output: {
      path: r('dist'),
      filename: prod ? 'assets/[name].[contenthash:12].js' : 'assets/[name].js',
      chunkFilename: prod ? 'assets/[id].[contenthash:12].js' : 'assets/[id].js',
      publicPath: 'auto',
      clean: true,
    },
    // Source maps would ship the sources to every Zendesk account: none in production.
    devtool: prod ? false : 'inline-source-map',
    resolve: { extensions: jsonExt },
    module: {
      rules: [
        tsRule,
        // The engine on the main thread (fallback when no worker can start) is its own module
        // layer: its modules (zod classic included) never share code with the sidebar's
        // chunks, so what the sidebar loads at startup holds only what the sidebar uses.
        { test: r('src/ui/analysis/engineCalls.ts'), issuer: r('src/ui/analysis/runAnalysis.ts'), layer: 'engine' },
      ],
    },
    experiments: { layers: true },
    optimization: {
      minimize: prod,
      minimizer: [new EsbuildPlugin({ target: 'es2020', legalComments: 'none' })],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(prod ? 'production' : 'development') }),
      new HtmlWebpackPlugin({
        template: r('src/index.html'),
        filename: 'assets/index.html',
        inject: 'body',
        scriptLoading: 'defer',
        templateParameters: { csp: APP_CSP },
        minify: prod ? { collapseWhitespace: true, removeComments: true } : false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: r('manifest.json'), to: 'manifest.json' },
          { from: r('translations'), to: 'translations', noErrorOnMissing: true },
          { from: 'logo*.{png,svg}', context: r('assets'), to: 'assets/[name][ext]', noErrorOnMissing: true },
        ],
      }),
      ...(prod ? [new StripExternalUrlsPlugin()] : []),
    ],
    stats: 'errors-warnings',
  };
}

function workspaceConfig(mode: Configuration['mode']): Configuration {
  const entry = ['main.ts', 'main.tsx'].map((f) => r('src/workspace', f)).find((f) => fs.existsSync(f));
  return {
    name: 'workspace',
    mode,
    target: 'web',
    entry: { workspace: entry ?? r('src/workspace/main.ts') },
    output: { path: r('build/workspace'), filename: 'workspace.[contenthash:8].js', publicPath: '/', clean: true },
    devtool: 'source-map',
    resolve: { extensions: jsonExt },
    module: { rules: [tsRule] },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: r('src/workspace/index.html'),
        filename: 'index.html',
        inject: 'body',
        scriptLoading: 'defer',
        templateParameters: { csp: WORKSPACE_CSP, css: fs.readFileSync(r('src/workspace/workspace.css'), 'utf8') },
      }),
    ],
    stats: 'errors-warnings',
  };
}

const CLI_ENTRY = r('src/cli/tact.ts');

/** Marks the CLI output executable once it is written. */
class ChmodPlugin {
  constructor(private readonly file: string) {}
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.afterEmit.tap('Chmod', () => {
      if (fs.existsSync(this.file)) fs.chmodSync(this.file, 0o755);
    });
  }
}

function cliConfig(mode: Configuration['mode']): Configuration {
  return {
    name: 'cli',
    mode,
    target: 'node20',
    entry: { tact: CLI_ENTRY },
    output: { path: r('build/cli'), filename: 'tact.js', clean: true },
    devtool: false,
    resolve: { extensions: jsonExt },
    module: { rules: [{ ...tsRule, options: { ...tsRule.options, target: 'node20' } }] },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
      new ChmodPlugin(r('build/cli/tact.js')),
    ],
    stats: 'errors-warnings',
  };
}

export default (_env: unknown, argv: { mode?: Configuration['mode'] } = {}): Configuration[] => {
  const mode = argv.mode ?? 'production';
  const configs = [appConfig(mode), workspaceConfig(mode)];
  // The CLI is written separately; build it as soon as its entry exists.
  if (fs.existsSync(CLI_ENTRY)) configs.push(cliConfig(mode));
  else console.warn('[webpack] src/cli/tact.ts not found: skipping the CLI build');
  return configs;
};
