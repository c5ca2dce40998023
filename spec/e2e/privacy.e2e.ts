/**
 * Privacy and supply chain, on what `npm run build` ships (dist/):
 *  - the bundle names no host: no absolute URL but XML namespace names, no network API
 *    (beacon, WebSocket, EventSource, XHR, fetch), no source maps;
 *  - index.html: no inline script, and a Content-Security-Policy that allows only what
 *    the app needs (its own scripts, runtime styles, own images; no host, no eval);
 *  - in the browser, the app only ever loads its own assets: every request it makes is
 *    to /app/ on the local server (ticket data goes through the ZAF postMessage bridge).
 */
import fs from 'node:fs';
import path from 'node:path';
import { appFrame, openWorkspace, startHarness, type Harness } from './harness';

const DIST = path.join(__dirname, '..', '..', 'dist');
const ASSETS = path.join(DIST, 'assets');
const bundles = (): string[] => fs.readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
const read = (f: string): string => fs.readFileSync(path.join(ASSETS, f), 'utf8');

/** URL-looking strings: scheme://..., and protocol-relative //host.tld in quotes. */
export function absoluteUrls(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'`)<>\\]*/gi)) out.push(m[0]);
  for (const m of src.matchAll(/["'`]\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi)) out.push(m[0].slice(1));
  return out;
}

/** What may appear: XML namespace identifiers (names, never fetched), and zod's IPv6 check `http://[${addr}]` (no host). */
const ALLOWED = [
  /^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1999\/xlink|XML\/1998\/namespace|1998\/Math\/MathML|2000\/xmlns\/?)$/,
  /^http:\/\/\[\$\{[A-Za-z_$][\w$]*\}\]$/,
];

describe('built bundle', () => {
  it('has been built', () => {
    expect(fs.existsSync(path.join(ASSETS, 'index.html'))).toBe(true);
    expect(bundles().length).toBeGreaterThan(0);
  });

  it('the URL scan catches what it must (self-check)', () => {
    expect(absoluteUrls('a="https://telemetry.example.com/v1?x=1";b=\'//cdn.example.net/x.js\';c="wss://h.example"')).toEqual([
      'https://telemetry.example.com/v1?x=1', 'wss://h.example', '//cdn.example.net',
    ]);
    expect(absoluteUrls('"http://www.w3.org/2000/svg"').every((u) => ALLOWED.some((r) => r.test(u)))).toBe(true);
  });

  it('contains no absolute URL but XML namespace names', () => {
    const found = bundles().flatMap((f) => absoluteUrls(read(f)).filter((u) => !ALLOWED.some((r) => r.test(u))).map((u) => `${f}: ${u}`));
    expect(found).toEqual([]);
  });

  // (webpack's worker runtime uses importScripts for its own relative chunks: governed by script-src 'self'.)
  it('uses no network API: no beacon, WebSocket, EventSource, XHR or fetch', () => {
    const apis = /\b(?:sendBeacon|WebSocket|EventSource|XMLHttpRequest|RTCPeerConnection)\b|\bfetch\s*\(/g;
    const found = bundles().flatMap((f) => [...read(f).matchAll(apis)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('ships no source maps and no sourceMappingURL', () => {
    expect(fs.readdirSync(ASSETS).filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(bundles().filter((f) => read(f).includes('sourceMappingURL'))).toEqual([]);
  });
});

describe('index.html', () => {
  const html = (): string => fs.readFileSync(path.join(ASSETS, 'index.html'), 'utf8');

  function csp(): Map<string, string[]> {
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html());
    if (!m || m[1] === undefined) throw new Error('no CSP meta in dist/assets/index.html');
    const map = new Map<string, string[]>();
    for (const part of m[1].split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name) map.set(name, values);
    }
    return map;
  }

  it('has no inline script; every script is a relative file of the app', () => {
    const scripts = [...html().matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body?.trim()).toBe('');
      const src = /\bsrc="([^"]+)"/.exec(attrs ?? '')?.[1] ?? '';
      expect(src).toMatch(/^(?:\.\.\/assets\/|\.\/|assets\/)?[\w.-]+\.js$/);
      expect(fs.existsSync(path.join(ASSETS, path.basename(src)))).toBe(true);
    }
    expect(html()).not.toMatch(/\son[a-z]+=/i); // no inline event handler
  });

  it('CSP allows only what the app needs', () => {
    const p = csp();
    expect(p.get('default-src')).toEqual(["'none'"]);
    expect(p.get('script-src')).toEqual(["'self'"]);
    // Runtime styles (styled-components) need inline styles; nothing else is inline.
    expect(p.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p.get('img-src')).toEqual(["'self'", 'data:']);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    for (const d of ['object-src', 'base-uri', 'form-action']) expect(p.get(d)).toEqual(["'none'"]);
    const all = [...p.values()].flat();
    expect(all.filter((v) => /^(?:https?:|wss?:|\*|blob:|'unsafe-eval'|'wasm-unsafe-eval'|'strict-dynamic')/.test(v) || v.includes('.'))).toEqual([]);
    // Every directive is known (a typo would silently allow nothing, or fall back).
    const known = new Set(['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src', 'child-src', 'base-uri', 'form-action', 'object-src', 'frame-src', 'media-src', 'manifest-src']);
    expect([...p.keys()].filter((k) => !known.has(k))).toEqual([]);
  });

  it('sends no referrer', () => {
    expect(html()).toMatch(/<meta name="referrer" content="no-referrer"/);
  });
});

describe('in the browser', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('the app requests nothing but its own files, while reading a ticket, logging a tag and checking a draft', async () => {
    const { page, context, errors } = await openWorkspace(h, { ticket: 5104, locale: 'en' });
    const fromApp: string[] = [];
    context.on('request', (r) => {
      let origin = '';
      try { origin = r.frame().url(); } catch { origin = '/app/ (worker)'; } // worker requests have no frame
      if (origin.includes('/app/')) fromApp.push(r.url());
    });
    await page.click('#ws-reload'); // restart the app with the listener in place
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid="card-incidents"]', { timeout: 20_000 });
    await frame.click('[data-testid="incident"] button:has-text("Log it")');
    await page.fill('#ws-reply', 'Hello, calm down, I do not know what happened.');
    await frame.waitForSelector('[data-testid="draft-finding"]');
    expect(fromApp.length).toBeGreaterThan(0);
    const prefix = `${h.server.url}/app/`;
    expect(fromApp.filter((u) => !u.startsWith(prefix))).toEqual([]);
    expect(fromApp.filter((u) => !/\/app\/(?:assets\/[\w.-]+|translations\/[\w.-]+|manifest\.json)(?:\?.*)?$/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never contacts a host other than the local server', () => {
    expect(h.external).toEqual([]);
  });
});
