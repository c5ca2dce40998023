/**
 * Static server of the workspace, on 127.0.0.1 only:
 *   /app/...      -> dist/ (the Zendesk app exactly as it ships)
 *   /fixtures/... -> spec/fixtures/ (sample tickets)
 *   /...          -> build/workspace/ (the host page)
 * `startServer({ port: 0 })` picks a free port (tests); `close()` stops it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve(__dirname, '..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.map': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

export interface ServerOptions {
  port?: number;
  /** When the port is taken, use a free one instead of failing. */
  fallbackToFreePort?: boolean;
  /** Override the served directories (tests). */
  dirs?: Partial<Record<'app' | 'fixtures' | 'workspace', string>>;
}

export interface RunningServer { url: string; port: number; close(): Promise<void> }

/** Map a URL path to a file inside `base`, or null if it escapes it. */
export function resolveInside(base: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const file = path.resolve(base, `.${path.posix.normalize(`/${rel}`)}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

function route(dirs: Record<'app' | 'fixtures' | 'workspace', string>, pathname: string): string | null {
  if (pathname === '/app' || pathname.startsWith('/app/')) return resolveInside(dirs.app, pathname.slice(4) || '/');
  if (pathname.startsWith('/fixtures/')) return resolveInside(dirs.fixtures, pathname.slice('/fixtures'.length));
  return resolveInside(dirs.workspace, pathname === '/' ? '/index.html' : pathname);
}

function handler(dirs: Record<'app' | 'fixtures' | 'workspace', string>): http.RequestListener {
  return (req, res) => {
    const send = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    let file = route(dirs, pathname);
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(404, `Not found: ${pathname}`);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file).pipe(res);
  };
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => { server.off('listening', onListening); reject(err); };
    const onListening = (): void => { server.off('error', onError); resolve(); };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dirs = {
    app: path.resolve(options.dirs?.app ?? path.join(ROOT, 'dist')),
    fixtures: path.resolve(options.dirs?.fixtures ?? path.join(ROOT, 'spec', 'fixtures')),
    workspace: path.resolve(options.dirs?.workspace ?? path.join(ROOT, 'build', 'workspace')),
  };
  const server = http.createServer(handler(dirs));
  try {
    await listen(server, options.port ?? 0);
  } catch (err) {
    if (!options.fallbackToFreePort || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    await listen(server, 0);
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
