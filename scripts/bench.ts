/**
 * npm run bench [-- --json] [-- --only <words in a section name>] [-- --no-build]
 * Sections live in scripts/bench/*.ts (each a BenchSection); add one by appending it
 * to SECTIONS. Figures are medians after warm-up runs.
 */
import { bundleSizes } from './bench/bundle';
import { draftRecheck } from './bench/draft';
import { engineThroughput } from './bench/engine';
import { firstAnalysis } from './bench/first-analysis';
import { scaling } from './bench/scaling';
import type { BenchSection, Figure } from './bench/timing';

export const SECTIONS: BenchSection[] = [engineThroughput(), scaling(), draftRecheck(), bundleSizes(), firstAnalysis()];

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const at = argv.indexOf('--only');
  const only = at >= 0 ? (argv[at + 1] ?? '').toLowerCase() : '';
  const results: { section: string; figures: Figure[] }[] = [];
  for (const s of SECTIONS) {
    if (only && !s.name.toLowerCase().includes(only)) continue;
    const figures = await s.run();
    results.push({ section: s.name, figures });
    if (!json) {
      process.stdout.write(`== ${s.name}\n`);
      for (const f of figures) process.stdout.write(`  ${f.name.padEnd(34)} ${f.value.toFixed(2).padStart(10)} ${f.unit}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
  return 0;
}

main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e: unknown) => { process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 1; });
