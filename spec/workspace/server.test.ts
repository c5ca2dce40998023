import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { resolveInside, startServer } from '../../scripts/workspace-server';

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    }).on('error', reject);
  });
}

describe('workspace static server', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tact-ws-'));
  const dirs = { app: path.join(tmp, 'dist'), fixtures: path.join(tmp, 'fx'), workspace: path.join(tmp, 'ws') };
  beforeAll(() => {
    for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
    fs.mkdirSync(path.join(dirs.app, 'assets'));
    fs.writeFileSync(path.join(dirs.app, 'assets', 'index.html'), '<p>app</p>');
    fs.writeFileSync(path.join(dirs.fixtures, 'tickets.jsonl'), '{}\n');
    fs.writeFileSync(path.join(dirs.workspace, 'index.html'), '<p>ws</p>');
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'no');
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('serves app, fixtures and workspace on 127.0.0.1 and nothing outside them', async () => {
    const s = await startServer({ port: 0, dirs });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await get(`${s.url}/`)).toMatchObject({ status: 200, body: '<p>ws</p>', type: expect.stringContaining('text/html') });
      expect(await get(`${s.url}/app/assets/index.html`)).toMatchObject({ status: 200, body: '<p>app</p>' });
      expect(await get(`${s.url}/fixtures/tickets.jsonl`)).toMatchObject({ status: 200, body: '{}\n' });
      expect((await get(`${s.url}/app/%2e%2e/secret.txt`)).status).toBe(404);
      expect((await get(`${s.url}/app/..%2f..%2fsecret.txt`)).status).toBe(404);
      expect((await get(`${s.url}/missing.js`)).status).toBe(404);
    } finally {
      await s.close();
    }
  });

  it('falls back to a free port when the wanted one is busy', async () => {
    const a = await startServer({ port: 0, dirs });
    try {
      await expect(startServer({ port: a.port, dirs })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      const b = await startServer({ port: a.port, dirs, fallbackToFreePort: true });
      expect(b.port).not.toBe(a.port);
      await b.close();
    } finally {
      await a.close();
    }
  });

  it('keeps resolved paths inside their base', () => {
    expect(resolveInside('/srv/x', '/a/b.js')).toBe('/srv/x/a/b.js');
    expect(resolveInside('/srv/x', '/../../etc/passwd')).toBe('/srv/x/etc/passwd');
    expect(resolveInside('/srv/x', '/%E0%A4%A')).toBeNull();
  });
});
