/**
 * First-analysis latency: from the app's registration by the host (ZAF app.registered,
 * mark `tact:registered`) to the first reading on screen (mark `tact:analysis-shown`),
 * read from the app frame's User Timing entries. The built app (dist/) runs inside the
 * workspace host in Debian's chromium, each run in a fresh browser context (cold cache,
 * new worker). Builds first unless `--no-build` is passed to the bench.
 *
 * The measuring must not load what it measures: host page and app frame share one main
 * thread, and Playwright's first selector or waitForFunction in a frame injects a large
 * script there (about 50 ms of main thread) and then polls. So a run only navigates and
 * waits in Node; the marks are read once the app is past its start (a read that comes
 * too early is counted as "disturbed" and the run is measured anyway). No request
 * routing either: a real agent's browser does not relay every request through a driver.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { startHarness, workspaceUrl, type Harness } from '../../spec/e2e/harness';
import { MARKS } from '../../src/lib/perfMarks';
import { median } from './timing';
import type { BenchSection, Figure } from './timing';

const ROOT = path.join(__dirname, '..', '..');

/** FR and EN samples of the workspace fixtures: insults, long threads, calm tickets. */
export const SAMPLE_TICKETS = [5001, 5004, 5005, 5025, 5101, 5104, 5105, 5128] as const;

/** Startup marks (ms since the frame's navigation start); NaN when absent. */
type Marks = Record<keyof typeof MARKS, number>;

/** Quiet wait after the page's load event before the first read of the marks, then the poll interval. */
const SETTLE_MS = 1500;
const POLL_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A string, not a function: tsx would wrap named helpers in __name(), unknown in the page.
const READ_MARKS = `(() => {
  const names = ${JSON.stringify(MARKS)};
  const out = {};
  for (const k of Object.keys(names)) out[k] = performance.getEntriesByName(names[k], 'mark')[0]?.startTime ?? NaN;
  return out;
})()`;

/** The marks of one cold run, and whether a read happened before the analysis was shown. */
async function measureOnce(h: Harness, browser: Browser, ticket: number, timeout = 15_000): Promise<{ marks: Marks; disturbed: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(workspaceUrl(h, { ticket, locale: 'en' }));
    await sleep(SETTLE_MS);
    const deadline = Date.now() + timeout;
    let disturbed = false;
    for (;;) {
      const frame: Frame | undefined = page.frames().find((f) => f.url().includes('/assets/index.html'));
      if (frame) {
        const marks = await frame.evaluate<Marks>(READ_MARKS);
        if (Number.isFinite(marks.analysisShown)) return { marks, disturbed };
      }
      disturbed = true;
      if (Date.now() > deadline) throw new Error(`ticket ${ticket}: no analysis shown after ${timeout} ms (rebuild the app?)`);
      await sleep(POLL_MS);
    }
  } finally {
    await context.close();
  }
}

function build(): void {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('build failed');
}

export function firstAnalysis(opts: { tickets?: readonly number[]; runs?: number; build?: boolean } = {}): BenchSection {
  const tickets = opts.tickets ?? SAMPLE_TICKETS;
  const runs = opts.runs ?? 2;
  return {
    name: `first analysis after app.registered (workspace + chromium, ${tickets.length} tickets x ${runs} cold runs)`,
    async run(): Promise<Figure[]> {
      if (opts.build ?? !process.argv.includes('--no-build')) build();
      const h = await startHarness();
      const all: Marks[] = [];
      let disturbed = 0;
      try {
        // One unmeasured run first warms the OS file cache and chromium itself.
        const plan = [tickets[0] ?? 5001, ...Array.from({ length: runs }, () => tickets).flat()];
        for (const [i, ticket] of plan.entries()) {
          const run = await measureOnce(h, h.browser, ticket);
          if (!Number.isFinite(run.marks.registered)) throw new Error(`ticket ${ticket}: marks missing (rebuild the app?)`);
          if (i === 0) continue;
          all.push(run.marks);
          if (run.disturbed) disturbed++;
        }
      } finally {
        await h.close();
      }
      const since = (k: keyof Marks) => all.map((m) => m[k] - m.registered).filter(Number.isFinite);
      const latencies = since('analysisShown');
      const max = Math.max(...latencies);
      const step = (k: keyof Marks, label: string): Figure => ({ name: `  ${label}`, value: median(since(k)), unit: 'ms after registered (median)' });
      return [
        { name: 'registered -> analysis shown, median', value: median(latencies), unit: 'ms' },
        { name: 'registered -> analysis shown, max', value: max, unit: `ms (target <= 300: ${max <= 300 ? 'met' : 'NOT met'})` },
        step('hostReady', 'settings, locale, scheme read'),
        step('bundleLoaded', 'ticket, comments, history loaded'),
        step('engineDone', 'engine result back'),
        { name: '  worker code loaded', value: median(since('workerLoaded')), unit: 'ms after registered (median; < 0: before)' },
        { name: '  worker tables built', value: median(since('workerReady')), unit: 'ms after registered (median; < 0: before)' },
        { name: 'frame start -> registered, median', value: median(all.map((m) => m.registered)), unit: 'ms (for context: load + handshake)' },
        { name: 'samples', value: latencies.length, unit: `cold runs (tickets ${tickets.join(', ')}; ${disturbed} read before shown)` },
      ];
    },
  };
}
