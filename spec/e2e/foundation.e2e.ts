/**
 * Foundation: the built app inside the workspace host, through the real SDK handshake.
 */
import { appFrame, appText, backgroundLuminance, fixtureCase, openWorkspace, startHarness, waitFor, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe('app inside the workspace', () => {
  it('shows the opened ticket subject and requester through the SDK handshake', async () => {
    const { page, context, errors } = await openWorkspace(h, { ticket: 5001 });
    const frame = await appFrame(page);
    const want = fixtureCase(5001);
    expect(await appText(frame, 'ticket-subject')).toBe(want.subject);
    expect(await appText(frame, 'requester-name')).toBe(want.requester);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows when the agent picks another ticket in the list', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5001 });
    await appFrame(page);
    await page.click('[data-ticket-id="5101"]');
    const frame = await appFrame(page);
    const want = fixtureCase(5101);
    await frame.waitForFunction((s) => document.querySelector('[data-testid="ticket-subject"]')?.textContent?.trim() === s, want.subject, { timeout: 15_000 });
    expect(await appText(frame, 'requester-name')).toBe(want.requester);
    expect(await page.textContent('[data-testid="ws-subject"]')).toBe(want.subject);
    await context.close();
  });

  it('follows the agent locale (fr) and the dark scheme from the start, then a live scheme switch', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5101, locale: 'fr', scheme: 'dark' });
    const frame = await appFrame(page);
    await appText(frame, 'ticket-subject');
    expect(await frame.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    expect(await backgroundLuminance(frame, '[data-testid="ticket-subject"]')).toBeLessThan(0.2);
    await page.click('[data-testid="ws-scheme"]'); // back to light, without reloading the app
    await waitFor(async () => (await backgroundLuminance(frame, '[data-testid="ticket-subject"]')) > 0.5);
    expect(await backgroundLuminance(frame, '[data-testid="ticket-subject"]')).toBeGreaterThan(0.5);
    await context.close();
  });

  it('re-registers the app with the new locale when the agent switches language', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5001, locale: 'en' });
    let frame = await appFrame(page);
    await appText(frame, 'ticket-subject');
    expect(await frame.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await page.selectOption('[data-testid="ws-locale"]', 'fr');
    frame = await appFrame(page);
    await frame.waitForFunction(() => document.documentElement.lang.startsWith('fr') && !!document.querySelector('[data-testid="ticket-subject"]'), undefined, { timeout: 15_000 });
    expect(page.url()).toContain('locale=fr');
    await context.close();
  });

  it('shows the ticket tags in the workspace', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5001 });
    const want = fixtureCase(5001);
    expect(await page.getAttribute('[data-testid="ws-tags"]', 'data-tags')).toBe(want.tags.join(' '));
    for (const t of want.tags) expect(await page.isVisible(`[data-testid="ws-tags"] [data-tag="${t}"]`)).toBe(true);
    await context.close();
  });

  it('delivers reply-box typing to the app as comment.text.changed', async () => {
    const { page, context } = await openWorkspace(h, { ticket: 5101 });
    const frame = await appFrame(page);
    await appText(frame, 'ticket-subject');
    // Spy on what reaches the app window (the SDK's own listener is untouched).
    await frame.evaluate(() => {
      const w = window as unknown as { __zaf: unknown[] };
      w.__zaf = [];
      window.addEventListener('message', (e) => w.__zaf.push(typeof e.data === 'string' ? JSON.parse(e.data) : e.data));
    });
    // Whatever the app does with it, it must have asked Zendesk for the draft events.
    await page.waitForFunction(() => document.querySelector('[data-testid="ws-status"]')?.textContent?.includes('comment.text.changed'), undefined, { timeout: 15_000 });
    await page.fill('[data-testid="ws-reply"]', 'Hello, thanks for your patience.');
    await frame.waitForFunction(
      () => (window as unknown as { __zaf: { key?: string; message?: unknown }[] }).__zaf
        .some((m) => m.key === 'zaf.comment.text.changed' && m.message === 'Hello, thanks for your patience.'),
      undefined, { timeout: 10_000 },
    );
    await context.close();
  });

  it('never contacts a host other than the local server', () => {
    expect(h.external).toEqual([]);
  });
});
