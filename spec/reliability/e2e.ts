/**
 * Helpers shared by the reliability browser tests (spec/e2e/faults, xss, privacy):
 * the workspace's live tags, its protocol log, and live fault switching (through the
 * `window.tactWorkspace.page` test handle of src/workspace/main.ts).
 */
import type { Page } from 'playwright-core';

export const tagsOf = async (page: Page): Promise<string[]> =>
  ((await page.getAttribute('[data-testid="ws-tags"]', 'data-tags')) ?? '').split(' ').filter(Boolean);

export async function waitForTags(page: Page, test: (tags: string[]) => boolean, timeout = 10_000): Promise<string[]> {
  const start = Date.now();
  for (;;) {
    const tags = await tagsOf(page);
    if (test(tags)) return tags;
    if (Date.now() - start > timeout) throw new Error(`tags never matched: ${tags.join(' ')}`);
    await page.waitForTimeout(100);
  }
}

/** Replace the active faults of the running host without restarting the app (a fault that heals). */
export async function setLiveFaults(page: Page, faults: string[]): Promise<void> {
  await page.evaluate((list) => {
    const p = (window as unknown as { tactWorkspace: { page: { options: { faults: Set<string> } } } }).tactWorkspace.page;
    p.options.faults.clear();
    for (const f of list) p.options.faults.add(f);
  }, faults);
}

export interface LoggedRequest { key: string; url: string; at: number; outcome: string | null }

/** REST requests the app made (from the workspace protocol log), with their answer status. */
export async function restRequests(page: Page): Promise<LoggedRequest[]> {
  const lines = await page.evaluate(() => (window as unknown as { tactWorkspace: { page: { log: string[] } } }).tactWorkspace.page.log.slice());
  const ms = (line: string): number => {
    const [h, m, s] = line.slice(0, 12).split(':').map(Number) as [number, number, number];
    return ((h * 60 + m) * 60 + s) * 1000;
  };
  const out: LoggedRequest[] = [];
  for (const line of lines) {
    const req = /app → host {2}(request:\d+) (\{.*\})$/.exec(line);
    if (req) {
      const url = (JSON.parse(req[2] as string) as { url?: string }).url ?? '';
      out.push({ key: req[1] as string, url, at: ms(line), outcome: null });
      continue;
    }
    const ans = /host → app {2}zaf\.(request:\d+)\.(done|fail) (\d+)/.exec(line);
    if (ans) {
      const r = [...out].reverse().find((x) => x.key === ans[1]);
      if (r) r.outcome = `${ans[2]} ${ans[3]}`;
    }
  }
  return out;
}

/** Longest main-thread task (ms) seen in a frame since it loaded (needs installLongTaskProbe). */
export const LONG_TASK_PROBE = `(() => {
  window.__tactLongTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tactLongTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__tactLongTasks = null; }
})();`;
