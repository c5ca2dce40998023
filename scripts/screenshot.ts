/**
 * Regenerates docs/screenshot-light.png and docs/screenshot-dark.png: the workspace
 * with the app in its sidebar, on a sample ticket. Builds first unless --no-build.
 *   npx tsx scripts/screenshot.ts [--no-build] [--ticket 5001] [--locale fr]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { appFrame, appText, openWorkspace, startHarness } from '../spec/e2e/harness';

const ROOT = path.join(__dirname, '..');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : def;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], { stdio: 'inherit', cwd: ROOT });
    if (built.status !== 0) throw new Error('build failed');
  }
  const ensured = spawnSync('bash', [path.join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  if (ensured.status !== 0) throw new Error('chromium is not available');
  const ticket = Number(arg('ticket', '5001'));
  const locale = arg('locale', 'fr');
  const h = await startHarness();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context } = await openWorkspace(h, { ticket, locale, scheme, viewport: { width: 1440, height: 900 } });
      const frame = await appFrame(page);
      await appText(frame, 'ticket-subject');
      // Let the analysis render and any transition settle.
      await page.waitForTimeout(1500);
      const file = path.join(ROOT, 'docs', `screenshot-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(ROOT, file)}`);
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
