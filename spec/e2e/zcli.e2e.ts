/**
 * The built app directory (dist/) served by Zendesk's own tool, offline:
 * `zcli apps:server <dir> --port <free>` on a temp copy that gets a generated
 * zcli.apps.config.json (a value for every manifest parameter, so zcli never prompts).
 * The config file is never written into dist/ nor committed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ZCLI = path.join(ROOT, 'node_modules', '.bin', 'zcli');

interface Param { name: string; type: string; default?: unknown }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/** Values for every parameter (zcli asks for each one otherwise). */
export function zcliConfig(params: Param[]): { parameters: Record<string, string> } {
  const parameters: Record<string, string> = {};
  for (const p of params) parameters[p.name] = p.default === undefined || p.default === null ? (p.type === 'checkbox' ? 'false' : 'x') : String(p.default);
  return { parameters };
}

describe('zcli apps:server on the built app', () => {
  let child: ChildProcess | null = null;
  let tmp = '';
  let port = 0;
  let output = '';
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as { name: string; parameters: Param[] };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tact-zcli-'));
    const appDir = path.join(tmp, 'tact');
    fs.cpSync(DIST, appDir, { recursive: true });
    fs.writeFileSync(path.join(appDir, 'zcli.apps.config.json'), JSON.stringify(zcliConfig(manifest.parameters), null, 2));
    port = await freePort();
    child = spawn(ZCLI, ['apps:server', appDir, '--port', String(port), '--bind', '127.0.0.1'], {
      cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' },
    });
    child.stdout?.on('data', (c: Buffer) => { output += c.toString(); });
    child.stderr?.on('data', (c: Buffer) => { output += c.toString(); });
    const started = Date.now();
    while (!output.includes('Apps server is running')) {
      if (child.exitCode !== null) throw new Error(`zcli exited early:\n${output}`);
      if (Date.now() - started > 45_000) throw new Error(`zcli did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const done = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([done, new Promise((r) => { timer = setTimeout(r, 5000); })]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('serves app.json with the manifest and every parameter as an installation setting', async () => {
    const res = await get(`http://127.0.0.1:${port}/app.json`);
    expect(res.status).toBe(200);
    const appJson = JSON.parse(res.body) as { apps: { name: string; asset_url_prefix: string; locations: unknown }[]; installations: { settings: Record<string, string>[] }[] };
    expect(appJson.apps[0]?.name).toBe(manifest.name);
    expect(appJson.apps[0]?.locations).toEqual({ support: { ticket_sidebar: { url: 'assets/index.html', flexible: true } } });
    const names = (appJson.installations[0]?.settings ?? []).flatMap((s) => Object.keys(s));
    for (const p of manifest.parameters) expect(names).toContain(p.name);
  });

  it('serves the sidebar page and its bundle from the app assets', async () => {
    const page = await get(`http://127.0.0.1:${port}/0/assets/index.html`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Content-Security-Policy');
    // boot.<hash>.js (starts the analysis worker) then app.<hash>.js: both served.
    const srcs = [...page.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs.some((src) => /app\.[0-9a-f]+\.js$/.test(src))).toBe(true);
    for (const src of srcs) {
      const bundle = await get(new URL(src, `http://127.0.0.1:${port}/0/assets/index.html`).toString());
      expect(bundle.status).toBe(200);
      expect(bundle.body.length).toBeGreaterThan(1000);
    }
  });

  it('leaves no zcli config in dist/', () => {
    expect(fs.existsSync(path.join(DIST, 'zcli.apps.config.json'))).toBe(false);
  });
});
