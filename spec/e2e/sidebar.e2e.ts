/**
 * The sidebar end to end: the built app inside the workspace host (real SDK, real engine).
 * Log / dismiss an incident and see the ticket's tags change, apply / undo a draft
 * suggestion and see the reply box change only at that span, French + dark mode, the
 * send warning, error and settings states, and an axe-core audit of every state.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { appFrame, appText, backgroundLuminance, fixtureCase, openWorkspace, startHarness, workspaceUrl, type Harness } from './harness';
import { tagsOf, waitForTags } from '../reliability/e2e';

const AXE = fs.readFileSync(path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }

/** Runs axe-core inside the app frame. The app's CSP forbids inline scripts, so the source is evaluated through the devtools protocol. */
async function axe(frame: Frame): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await frame.evaluate(AXE);
  return frame.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe.run;
    const r = await run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** Types into the workspace reply box like an agent (input events reach the app as comment.text.changed). */
async function typeReply(page: Page, text: string): Promise<void> {
  await page.fill('#ws-reply', text);
}

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe('sidebar in the workspace', () => {
  it('FR ticket with an insult: incident with stage and evidence, log it, dismiss it (other tags stay)', async () => {
    const { page, context, errors } = await openWorkspace(h, { ticket: 5004, locale: 'fr' });
    const frame = await appFrame(page);
    const original = fixtureCase(5004).tags;
    expect(await appText(frame, 'ticket-subject')).toBe(fixtureCase(5004).subject);
    const item = await frame.waitForSelector('[data-testid="incident"][data-category="insult"]', { timeout: 15_000 });
    expect(await (await item.$('[data-testid="incident-stage"]'))?.textContent()).toMatch(/^Niveau [1-4]\/4$/);
    const marks = await item.$$eval('[data-testid="incident-evidence"] mark', (els) => els.map((e) => e.textContent ?? ''));
    expect(marks.join(' ')).toMatch(/con/i);
    expect((await (await item.$('[data-testid="incident-action"]'))?.textContent())?.length ?? 0).toBeGreaterThan(10);

    await (await item.$('button:has-text("Consigner")'))?.click();
    const logged = await waitForTags(page, (t) => t.includes('boundary_insult'));
    for (const t of original) expect(logged).toContain(t);
    await frame.waitForSelector('[data-testid="incident"][data-category="insult"] [data-testid="incident-logged"]');

    await frame.click('[data-testid="incident"][data-category="insult"] button:has-text("Pas un incident")');
    const after = await waitForTags(page, (t) => !t.includes('boundary_insult'));
    expect(after.sort()).toEqual([...original].sort());
    await frame.waitForSelector('[data-testid="incident-dismissed"][data-category="insult"]');
    // Undo brings the incident back (untagged: auto-tag is off).
    await frame.click('[data-testid="incident-dismissed"][data-category="insult"] button');
    await frame.waitForSelector('[data-testid="incident"][data-category="insult"]');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never removes a tag the agent added, even when it is the incident tag', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5004, locale: 'fr' });
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid="incident"][data-category="insult"]', { timeout: 15_000 });
    // The agent tags it by hand in the workspace.
    await page.fill('[data-testid="ws-tags"] input[name="tag"]', 'boundary_insult');
    await page.press('[data-testid="ws-tags"] input[name="tag"]', 'Enter');
    await frame.waitForSelector('[data-testid="incident"][data-category="insult"] [data-testid="incident-logged"]');
    await frame.click('[data-testid="incident"][data-category="insult"] button:has-text("Pas un incident")');
    await frame.waitForSelector('[data-testid="incident-dismissed"][data-category="insult"]');
    await page.waitForTimeout(500);
    expect(await tagsOf(page)).toContain('boundary_insult');
    await context.close();
  });

  it('draft coach: risky phrase -> apply changes only that span -> undo restores the reply', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5001, locale: 'fr' });
    const frame = await appFrame(page);
    await appText(frame, 'ticket-subject');
    const draft = 'Bonjour Monsieur, calmez-vous, nous regardons votre box aujourd\'hui.';
    await typeReply(page, draft);
    const finding = await frame.waitForSelector('[data-testid="draft-finding"]', { timeout: 10_000 });
    const phrase = (await finding.$eval('mark', (m) => m.textContent ?? '')).trim();
    const suggestion = (await finding.$eval('[data-testid="draft-suggestion"]', (s) => s.textContent ?? '')).trim();
    expect(draft).toContain(phrase);
    await (await finding.$('button:has-text("Appliquer")'))?.click();
    await page.waitForFunction((d) => (document.getElementById('ws-reply') as HTMLTextAreaElement).value !== d, draft);
    const applied = await page.inputValue('#ws-reply');
    const at = draft.indexOf(phrase);
    expect(applied).toBe(draft.slice(0, at) + suggestion + draft.slice(at + phrase.length));
    await frame.click('button:has-text("Annuler")');
    await page.waitForFunction((d) => (document.getElementById('ws-reply') as HTMLTextAreaElement).value === d, draft);
    await context.close();
  });

  it('warn before send: the first submit with a risky reply is stopped, the second goes through', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5101, locale: 'en' });
    const frame = await appFrame(page);
    await appText(frame, 'ticket-subject');
    await typeReply(page, 'Hi, calm down please, I am on it.');
    await frame.waitForSelector('[data-testid="draft-finding"]');
    await page.click('[data-testid="ws-submit"]');
    await page.waitForSelector('[data-testid="ws-save-status"][data-kind="vetoed"]');
    expect(await page.textContent('[data-testid="ws-save-status"]')).toMatch(/risky phrase/);
    await page.click('[data-testid="ws-submit"]');
    await page.waitForSelector('[data-testid="ws-save-status"][data-kind="ok"]');
    await context.close();
  });

  it('French + dark mode: texts, dark background, no axe violations', async () => {
    const { page, context, errors } = await openWorkspace(h, { ticket: 5004, locale: 'fr', scheme: 'dark' });
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid="card-complaint"]', { timeout: 15_000 });
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await frame.textContent('[data-testid="card-complaint"] h2')).toBe('Qui se plaint');
    expect(await backgroundLuminance(frame, '[data-testid="card-complaint"]')).toBeLessThan(0.2);
    await typeReply(page, 'Bonjour, je ne sais pas, vous auriez dû lire la FAQ.');
    await frame.waitForSelector('[data-testid="draft-finding"]');
    await frame.click('[data-testid="manual-open"]');
    await frame.waitForSelector('[data-testid="manual-form"]'); // its own chunk
    expect(await axe(frame)).toEqual([]);
    await page.screenshot({ path: path.join(__dirname, '..', '..', '.tmp', 'e2e-fr-dark.png'), fullPage: true }).catch(() => undefined);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warn before send: an internal note with the same words is saved at once', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5101, locale: 'en' });
    const frame = await appFrame(page);
    await appText(frame, 'ticket-subject');
    await page.check('[data-testid="ws-internal"]');
    await typeReply(page, 'Hi, calm down please, I am on it.');
    await frame.waitForSelector('[data-testid="draft-finding"]');
    await page.click('[data-testid="ws-submit"]');
    await page.waitForSelector('[data-testid="ws-save-status"][data-kind="ok"]');
    await context.close();
  });

  it('dark from the first paint: the iframe URL scheme is used before the host registers the app', async () => {
    // no_handshake: the host never registers the app, so only the URL can tell the scheme.
    const { page, context } = await openWorkspace(h, { ticket: 5004, locale: 'fr', scheme: 'dark', fault: 'no_handshake' });
    const frame = await (await page.waitForSelector('#tact-app')).contentFrame();
    if (!frame) throw new Error('no app frame');
    expect(frame.url()).toContain('colorScheme=dark');
    await frame.waitForSelector('[data-testid="state-loading"]');
    expect(await frame.getAttribute('[data-testid="tact-root"]', 'data-scheme')).toBe('dark');
    expect(await backgroundLuminance(frame, '[data-testid="tact-root"]')).toBeLessThan(0.2);
    await context.close();
  });

  it('English + light mode with incidents and findings: no axe violations', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5105, locale: 'en', scheme: 'light' });
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid="card-incidents"]', { timeout: 15_000 });
    await typeReply(page, 'Hello, calm down. I don\'t know what happened, you should have read the FAQ.');
    await frame.waitForSelector('[data-testid="draft-finding"]');
    expect(await axe(frame)).toEqual([]);
    await context.close();
  });

  it('API error: the message from the error code and a retry button (axe-clean)', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5001, locale: 'en', fault: 'comments_fail', query: { retry_after: '0' } });
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid="state-error"]', { timeout: 30_000 });
    expect(await frame.textContent('[data-testid="state-error"]')).toMatch(/server error/);
    expect(await frame.isVisible('button:has-text("Try again")')).toBe(true);
    expect(await axe(frame)).toEqual([]);
    await context.close();
  });

  it('partial history is said, and the reading still shows', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5003, locale: 'en', fault: 'history_fail', query: { retry_after: '0' } });
    const frame = await appFrame(page);
    await frame.waitForSelector('[data-testid^="notice-history_"]', { timeout: 30_000 });
    await frame.waitForSelector('[data-testid="card-incidents"]');
    await context.close();
  });

  it('invalid settings: an admin notice naming the parameter, defaults in use', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5004, locale: 'en', settings: { tag_prefix: 'Not Valid!' } });
    const frame = await appFrame(page);
    expect(await appText(frame, 'state-settings')).toMatch(/tag_prefix/);
    await frame.click('[data-testid="incident"][data-category="insult"] button:has-text("Log it")');
    await waitForTags(page, (t) => t.includes('boundary_insult'));
    await context.close();
  });

  it('opened outside Zendesk: a clear message, no crash (axe-clean)', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${h.server.url}/app/assets/index.html`);
    await page.waitForSelector('[data-testid="state-not-in-host"]', { timeout: 15_000 });
    expect(await page.textContent('[data-testid="state-not-in-host"]')).toMatch(/inside Zendesk/);
    expect(await axe(page.mainFrame())).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never contacts a host other than the local server', () => {
    void workspaceUrl;
    expect(h.external).toEqual([]);
  });
});
