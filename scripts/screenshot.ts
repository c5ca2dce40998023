/**
 * Regenerates the README screenshots from the workspace, in light and dark:
 *   docs/screenshot-<scheme>.png  the workspace with the app in its sidebar
 *   docs/sidebar-<scheme>.png     the sidebar alone, full height
 * on a sample ticket with an incident, with a risky reply typed so the draft coach shows
 * its findings. Builds first unless --no-build.
 *   npx tsx scripts/screenshot.ts [--no-build] [--ticket 5104] [--locale en]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { appFrame, appText, openWorkspace, startHarness } from '../spec/e2e/harness';

const ROOT = path.join(__dirname, '..');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : def;
}

const DRAFTS: Record<string, string> = {
  en: "Hello Sam, calm down please. I don't know what happened with the fitters, you should have read the terms. We will look into it.",
  fr: "Bonjour, calmez-vous s'il vous plaît. Je ne sais pas ce qui s'est passé, vous auriez dû lire les conditions. Nous regardons.",
};

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], { stdio: 'inherit', cwd: ROOT });
    if (built.status !== 0) throw new Error('build failed');
  }
  const ensured = spawnSync('bash', [path.join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  if (ensured.status !== 0) throw new Error('chromium is not available');
  const ticket = Number(arg('ticket', '5104'));
  const locale = arg('locale', 'en');
  const h = await startHarness();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await openWorkspace(h, { ticket, locale, scheme, viewport: { width: 1440, height: 900 } });
      const frame = await appFrame(page);
      await appText(frame, 'ticket-subject');
      await frame.waitForSelector('[data-testid="card-complaint"]', { timeout: 15_000 });
      await frame.waitForSelector('[data-testid="incident"]', { timeout: 15_000 });
      await page.fill('#ws-reply', DRAFTS[locale.slice(0, 2)] ?? DRAFTS.en ?? '');
      await frame.waitForSelector('[data-testid="draft-finding"]', { timeout: 15_000 });
      // Let the frame resize to its content, then make the window tall enough to show all of it.
      await page.waitForTimeout(1000);
      const box = await page.evaluate(() => {
        const r = (document.getElementById('tact-app') as HTMLElement).getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      await page.setViewportSize({ width: 1440, height: Math.ceil(box.y + box.height + 40) });
      await page.waitForTimeout(500);
      const full = path.join(ROOT, 'docs', `screenshot-${scheme}.png`);
      await page.screenshot({ path: full });
      const sidebar = path.join(ROOT, 'docs', `sidebar-${scheme}.png`);
      const clip = await page.evaluate(() => {
        const r = (document.getElementById('tact-app') as HTMLElement).getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      await page.screenshot({ path: sidebar, clip });
      console.log(`wrote ${path.relative(ROOT, full)}, ${path.relative(ROOT, sidebar)}`);
      await context.close();
    }
    if (h.external.length) throw new Error(`unexpected external requests: ${h.external.join(', ')}`);
  } finally {
    await h.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
