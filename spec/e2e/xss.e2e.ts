/**
 * XSS and injection end to end: tickets whose subject, requester name, comments and
 * history carry payloads (spec/fixtures/xss/tickets.jsonl, served with `?fixtures=`),
 * admin settings with payloads (custom phrase pairs, tag prefixes, languages), and a
 * reply with payloads. Everything must render as text: no payload runs (the flag each
 * payload would set stays unset, no dialog opens), no element a payload describes
 * appears, the page stays visible, and the CSP never has to block anything (a blocked
 * inline handler would mean markup got injected).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { appFrame, openWorkspace, startHarness, type Harness } from './harness';
import { waitForTags } from '../reliability/e2e';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'xss', 'tickets.jsonl');

interface Case { ticket: { id: number; subject: string }; requester: { name: string }; comments: { body: string }[] }
const CASES = fs.readFileSync(FIXTURE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case);
const byId = (id: number): Case => {
  const c = CASES.find((x) => x.ticket.id === id);
  if (!c) throw new Error(`no xss case ${id}`);
  return c;
};

const PAYLOAD_IMG = '<img src=x onerror="window.__xss=\'phrase\';alert(3)">';
const PAYLOAD_CSS = '</style><style>body{display:none !important}</style>';
const SETTINGS = {
  custom_phrases: [
    `kindly wait => ${PAYLOAD_IMG}`,
    `en: as I said => {{constructor.constructor('window.__xss=1')()}} ${PAYLOAD_CSS}`,
    `<script>window.__xss='avoid'</script> => <a href="javascript:window.__xss='instead'">ok</a>`,
  ].join('\n'),
  tag_prefix: 'x"><img src=x onerror=window.__xss=\'prefix\'>',
  type_tag_prefix: '<script>window.__xss=\'type\'</script>',
  languages: 'en,<svg onload=window.__xss=\'lang\'>',
  tag_complaint_type: 'true',
};

/** Runs in every frame before its scripts: the flag payloads would set, and CSP violation reports. */
const PROBE = `(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
  });
})();`;

interface Report { xss: unknown; csp: string[]; injected: string[]; bodyHidden: boolean }

/** What a frame shows of an injection: payload flag, CSP reports, elements payloads describe, hidden body. */
function inspect(frame: Frame): Promise<Report> {
  return frame.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
    const injected: string[] = [];
    const flag = (sel: string): void => { for (const el of document.querySelectorAll(sel)) injected.push(el.outerHTML.slice(0, 120)); };
    flag('img[src="x"]');
    flag('[onerror], [onload], [onclick], [onmouseover]');
    flag('a[href^="javascript:" i], iframe[src^="javascript:" i]');
    flag('svg[onload]');
    for (const s of document.querySelectorAll('script')) {
      const src = s.getAttribute('src');
      if (!src || s.textContent?.trim()) injected.push(`script ${s.outerHTML.slice(0, 120)}`);
    }
    for (const s of document.querySelectorAll('style')) if (/display\s*:\s*none\s*!important/.test(s.textContent ?? '')) injected.push('style body{display:none}');
    return {
      xss: w.__xss,
      csp: w.__cspViolations ?? ['probe missing'],
      injected,
      bodyHidden: getComputedStyle(document.body).display === 'none' || getComputedStyle(document.body).visibility === 'hidden',
    };
  });
}

async function expectClean(page: Page, frame: Frame, dialogs: string[]): Promise<void> {
  for (const [name, f] of [['workspace', page.mainFrame()], ['app', frame]] as const) {
    const r = await inspect(f);
    expect({ frame: name, ...r }).toEqual({ frame: name, xss: undefined, csp: [], injected: [], bodyHidden: false });
  }
  expect(dialogs).toEqual([]);
}

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

async function open(ticket: number, locale: string): Promise<{ page: Page; context: BrowserContext; frame: Frame; errors: string[]; dialogs: string[] }> {
  const { page, context, errors } = await openWorkspace(h, { ticket, locale, settings: SETTINGS, query: { fixtures: 'xss/tickets.jsonl' } });
  const dialogs: string[] = [];
  context.on('page', (p) => { void p.close(); });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await context.addInitScript(PROBE);
  await page.click('#ws-reload'); // restart the app with the probe installed in its frame
  await page.evaluate(PROBE);
  const frame = await appFrame(page);
  return { page, context, frame, errors, dialogs };
}

describe('hostile text and settings render as text only', () => {
  it('the fixture really carries the payloads', () => {
    const all = JSON.stringify(CASES);
    for (const p of ['<img src=x onerror', '<script>', 'javascript:', '</style><style>', '{{constructor', '<svg onload', '"><img', '\u202e', '\u200b']) {
      expect(all).toContain(JSON.stringify(p).slice(1, -1));
    }
  });

  it('EN ticket: subject, requester, evidence, admin phrase pairs, settings notice and applied suggestion stay text', async () => {
    const { page, context, frame, errors, dialogs } = await open(9901, 'en');
    const c = byId(9901);
    expect(await frame.textContent('[data-testid="ticket-subject"]')).toBe(c.ticket.subject);
    expect(await frame.textContent('[data-testid="requester-name"]')).toBe(c.requester.name);
    // Invalid prefixes and languages are named for the admin, and the defaults are used.
    const notice = (await frame.textContent('[data-testid="state-settings"]')) ?? '';
    for (const p of ['tag_prefix', 'type_tag_prefix', 'languages']) expect(notice).toContain(p);
    expect(notice).not.toContain('<img');
    // Evidence quotes show the payload-laden comment as text.
    const quote = await frame.waitForSelector('[data-testid="incident"][data-category="insult"] [data-testid="incident-evidence"]', { timeout: 20_000 });
    expect((await quote.textContent()) ?? '').toMatch(/idiots/);
    expect(await quote.$$('img, script, svg, iframe, a, style')).toEqual([]);

    // The reply carries payloads too; the admin's pair suggests a payload as the replacement.
    const draft = `Hello, kindly wait. ${PAYLOAD_IMG} As I said, <script>window.__xss='avoid'</script> it is fine.`;
    await page.fill('#ws-reply', draft);
    const finding = await frame.waitForSelector('[data-testid="draft-finding"]:has([data-testid="draft-suggestion"]:has-text("onerror"))', { timeout: 10_000 });
    expect((await finding.$eval('[data-testid="draft-suggestion"]', (s) => s.textContent ?? '')).trim()).toBe(PAYLOAD_IMG);
    const suggestions = await frame.$$eval('[data-testid="draft-suggestion"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(suggestions.join('\n')).toContain("{{constructor.constructor('window.__xss=1')()}}");
    await (await finding.$('button:has-text("Apply")'))?.click();
    await page.waitForFunction((d) => (document.getElementById('ws-reply') as HTMLTextAreaElement).value !== d, draft);
    expect(await page.inputValue('#ws-reply')).toBe(draft.replace('kindly wait', PAYLOAD_IMG));

    // A tag write with the invalid prefix falls back to the default prefix.
    await frame.click('[data-testid="incident"][data-category="insult"] button:has-text("Log it")');
    const tags = await waitForTags(page, (t) => t.includes('boundary_insult'));
    expect(tags.every((t) => /^[a-z0-9_\-:]+$/.test(t))).toBe(true);

    await page.waitForTimeout(300); // give any stray handler (img error, svg load) time to fire
    await expectClean(page, frame, dialogs);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('FR ticket with bidi overrides, zero-width and combining characters, payload requester name', async () => {
    const { page, context, frame, errors, dialogs } = await open(9902, 'fr');
    const c = byId(9902);
    expect(await frame.textContent('[data-testid="ticket-subject"]')).toBe(c.ticket.subject);
    expect(await frame.textContent('[data-testid="requester-name"]')).toBe(c.requester.name);
    const quote = await frame.waitForSelector('[data-testid="incident"][data-category="insult"] [data-testid="incident-evidence"]', { timeout: 20_000 });
    expect(await quote.$$('img, script, svg, iframe, a, style')).toEqual([]);
    await page.waitForTimeout(300);
    await expectClean(page, frame, dialogs);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never contacts a host other than the local server', () => {
    expect(h.external).toEqual([]);
  });
});
