/**
 * Render assets/logo.svg to the PNGs Zendesk requires, with the system chromium:
 *   assets/logo.png        320x320, full-bleed tile (Zendesk rounds the corners itself)
 *   assets/logo-small.png  128x128, the mark alone on a transparent background
 * Usage: npx tsx scripts/render-logos.ts   (no network: the SVG is inlined in the page)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Target { file: string; size: number; transparent: boolean; viewBox?: string }

const TARGETS: Target[] = [
  { file: 'assets/logo.png', size: 320, transparent: false },
  // Without the tile the mark alone fills the icon; crop close to the bubble.
  { file: 'assets/logo-small.png', size: 128, transparent: true, viewBox: '44 44 232 232' },
];

function page(svg: string, t: Target): string {
  let markup = svg.replace(/\swidth="\d+"\s+height="\d+"/, ` width="${t.size}" height="${t.size}"`);
  if (t.viewBox) markup = markup.replace(/viewBox="[^"]*"/, `viewBox="${t.viewBox}"`);
  const hideTile = t.transparent ? '#bg{display:none}' : '';
  return `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block}${hideTile}</style></head><body>${markup}</body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(join(ROOT, 'assets/logo.svg'), 'utf8').trim();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    for (const t of TARGETS) {
      const tab = await browser.newPage({ viewport: { width: t.size, height: t.size }, deviceScaleFactor: 1 });
      // Block every request: the page is self-contained.
      await tab.route('**/*', (route) => route.abort());
      await tab.setContent(page(svg, t));
      const png = await tab.screenshot({ omitBackground: t.transparent, clip: { x: 0, y: 0, width: t.size, height: t.size } });
      writeFileSync(join(ROOT, t.file), png);
      await tab.close();
      process.stdout.write(`${t.file}: ${t.size}x${t.size}, ${png.length} bytes\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`render-logos failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
