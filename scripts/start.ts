/**
 * `npm start`: build (unless --no-build), then serve the workspace on 127.0.0.1
 * (PORT or 4580; a free port if that one is busy) and print its URL.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startServer } from './workspace-server';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) {
    const webpack = path.join(__dirname, '..', 'node_modules', '.bin', 'webpack');
    const built = spawnSync(webpack, ['--mode', 'production'], { stdio: 'inherit', cwd: path.join(__dirname, '..') });
    if (built.status !== 0) {
      console.error('Build failed: not starting the workspace.');
      process.exit(built.status ?? 1);
    }
  }
  const wanted = Number(process.env.PORT ?? 4580);
  const server = await startServer({ port: Number.isInteger(wanted) && wanted >= 0 ? wanted : 4580, fallbackToFreePort: true });
  if (server.port !== wanted) console.log(`Port ${wanted} is busy: using ${server.port}.`);
  console.log(`Tact workspace: ${server.url}/`);
  console.log(`  e.g. ${server.url}/?ticket=5001&locale=fr&scheme=dark  (see docs/workspace.md)`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
