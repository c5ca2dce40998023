/**
 * The test browser itself: it must not run Chromium's own UI pages (omnibox popups are
 * WebUI pages in headless mode) beside the app, which would skew every timing and slow
 * the suite on a 2-core machine.
 */
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

it('opens a page with no browser UI page running beside it', async () => {
  const context = await h.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(500); // the popups are created just after the window
    const cdp = await h.browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    expect(targetInfos.filter((t) => t.type !== 'page').map((t) => t.url)).toEqual([]);
  } finally {
    await context.close();
  }
});
