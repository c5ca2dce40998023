/**
 * Browser-test harness: the workspace server on a free port, Debian's chromium driven by
 * playwright-core, and helpers to open the workspace on a ticket and reach the app frame.
 * Builds nothing: `npm run test:e2e` builds first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/workspace-server';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
  // Headless Chromium builds each window's omnibox popups as WebUI pages (a renderer busy for
  // hundreds of ms per new context), competing with the app under test for the same cores.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export interface Harness {
  server: RunningServer;
  browser: Browser;
  /** Requests to anything but the local server (must stay empty: no third-party hosts). */
  external: string[];
  close(): Promise<void>;
}

export function assertBuilt(): void {
  const root = path.join(__dirname, '..', '..');
  for (const f of ['dist/assets/index.html', 'dist/manifest.json', 'build/workspace/index.html']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  }
}

export async function startHarness(): Promise<Harness> {
  assertBuilt();
  const server = await startServer({ port: 0 });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  } catch (err) {
    await server.close();
    throw err;
  }
  const external: string[] = [];
  return {
    server, browser, external,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenOptions {
  ticket?: number;
  locale?: string;
  scheme?: 'light' | 'dark';
  fault?: string | string[];
  settings?: Record<string, string>;
  /** Any other workspace query parameter (retry_after, history_page_size, hook_timeout). */
  query?: Record<string, string>;
  viewport?: { width: number; height: number };
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, of the workspace and the app. */
  errors: string[];
}

export function workspaceUrl(h: Harness, o: OpenOptions = {}): string {
  const q = new URLSearchParams();
  if (o.ticket !== undefined) q.set('ticket', String(o.ticket));
  if (o.locale) q.set('locale', o.locale);
  if (o.scheme) q.set('scheme', o.scheme);
  if (o.fault) q.set('fault', Array.isArray(o.fault) ? o.fault.join(',') : o.fault);
  for (const [k, v] of Object.entries(o.settings ?? {})) q.set(`setting.${k}`, v);
  for (const [k, v] of Object.entries(o.query ?? {})) q.set(k, v);
  return `${h.server.url}/?${q.toString()}`;
}

/** Open the workspace (fresh browser context) and wait until it has rendered. */
export async function openWorkspace(h: Harness, o: OpenOptions = {}): Promise<Opened> {
  const context = await h.browser.newContext({ viewport: o.viewport ?? { width: 1400, height: 900 } });
  const errors: string[] = [];
  // No request may leave the machine: record and block anything not served locally.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(h.server.url) || url.startsWith('about:') || url.startsWith('data:')) return route.continue();
    h.external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(workspaceUrl(h, o));
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page, errors };
}

/** The app iframe, once the app has completed the handshake. */
export async function appFrame(page: Page, timeout = 15_000): Promise<Frame> {
  await page.waitForSelector('[data-testid="ws-app"][data-registered="true"]', { timeout });
  const handle = await page.waitForSelector('#tact-app', { timeout });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('app iframe has no frame');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/** Text of an element of the app, waiting for it to exist. */
export async function appText(frame: Frame, testId: string, timeout = 15_000): Promise<string> {
  const el = await frame.waitForSelector(`[data-testid="${testId}"]`, { timeout });
  return (await el.textContent())?.trim() ?? '';
}

/** Relative luminance (0 dark .. 1 light) of the first opaque background behind a selector, inside a frame. */
export async function backgroundLuminance(frame: Frame, selector: string): Promise<number> {
  return frame.$eval(selector, (start) => {
    const parse = (c: string): number[] | null => {
      const m = /rgba?\(([^)]*)\)/.exec(c);
      if (!m || m[1] === undefined) return null;
      const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      if (parts.length >= 4 && parts[3] === 0) return null;
      return parts.slice(0, 3);
    };
    let el: Element | null = start;
    let rgb: number[] | null = null;
    while (el && !rgb) {
      rgb = parse(getComputedStyle(el).backgroundColor);
      el = el.parentElement;
    }
    const [r, g, b] = (rgb ?? [255, 255, 255]).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

/** Sample tickets, as the fixtures file holds them (to assert against the source data). */
export function fixtureCase(ticketId: number): { subject: string; requester: string; tags: string[] } {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tickets.jsonl'), 'utf8');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as { ticket: { id: number; subject: string; tags: string[] }; requester: { name: string } };
    if (c.ticket.id === ticketId) return { subject: c.ticket.subject, requester: c.requester.name, tags: c.ticket.tags };
  }
  throw new Error(`ticket ${ticketId} not in fixtures`);
}

/** Poll an async condition until it holds (or fail after `timeout` ms). */
export async function waitFor(cond: () => Promise<boolean>, timeout = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
