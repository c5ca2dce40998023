/**
 * The engine as it ships, for the timing sections of the bench.
 *
 * The sidebar (its worker) and the CLI run the engine from a webpack production build:
 * esbuild-loader transpiles each file and webpack hoists the modules into one scope, so a
 * call from one engine file into another is a plain function call. Run from source under
 * tsx instead, every file becomes a CommonJS module whose imports are getter calls on the
 * exporting module (`unit_class.WORD`, `word_ids.KEY_WORDS`...): in the tokenizer and
 * matcher loops that costs about as much as the work itself, so a figure taken from source
 * measures tsx, not Tact. This file builds src/engine/index.ts the same way as the CLI
 * (webpack, production mode, same loader, not minimised) into .tmp/bench/engine.js and
 * loads it; the build takes a few seconds and runs on each bench.
 */
import path from 'node:path';
import webpack, { type Configuration } from 'webpack';

export type EngineApi = typeof import('../../src/engine/index');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, '.tmp', 'bench');
const OUT_FILE = 'engine.js';

export function engineBundleConfig(): Configuration {
  return {
    name: 'bench-engine',
    mode: 'production',
    target: 'node20',
    entry: path.join(ROOT, 'src', 'engine', 'index.ts'),
    output: { path: OUT_DIR, filename: OUT_FILE, library: { type: 'commonjs2' } },
    devtool: false,
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: 'esbuild-loader',
        options: { target: 'node20', tsconfig: path.join(ROOT, 'tsconfig.json') },
      }],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

function build(): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(engineBundleConfig(), (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(`engine build failed:\n${stats?.toString('errors-only') ?? ''}`));
      resolve(path.join(OUT_DIR, OUT_FILE));
    });
  });
}

let loaded: Promise<EngineApi> | null = null;

/** The engine from its production bundle, built once per bench run. */
export function shippedEngine(): Promise<EngineApi> {
  loaded ??= build().then((file) => {
    delete require.cache[file];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as EngineApi;
  });
  return loaded;
}
