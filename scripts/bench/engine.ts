/**
 * Engine throughput on a few MB of tickets, against obscenity's English matcher on the
 * same text. The engine is timed as it ships (engine-bundle.ts); the same code run from
 * source under tsx is printed too, for reference only (its module getters dominate).
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { analyze as analyzeFromSource } from '../../src/engine/analyze';
import { bodyBytes, buildCorpus, loadSamples } from './corpus';
import { shippedEngine } from './engine-bundle';
import { time, type BenchSection } from './timing';

export function engineThroughput(mb = 3): BenchSection {
  return {
    name: `engine throughput (${mb} MB corpus)`,
    async run() {
      const { analyze } = await shippedEngine();
      const corpus = buildCorpus(loadSamples(), mb * 1024 * 1024);
      const bytes = corpus.reduce((n, b) => n + bodyBytes(b), 0);
      const megabytes = bytes / (1024 * 1024);
      const texts = corpus.flatMap((b) => (b.comments ?? []).map((c) => (typeof c.body === 'string' ? c.body : '')));
      sameResults(corpus, analyze);
      const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
      // Best of three interleaved rounds (each the median of 3 runs after a warm-up), so that a
      // burst of load on the machine hits both sides alike.
      const engineRuns: number[] = [];
      const obscenityRuns: number[] = [];
      for (let round = 0; round < 3; round++) {
        engineRuns.push(time(() => { for (const b of corpus) analyze(b); }, { warmup: 1, runs: 3 }));
        obscenityRuns.push(time(() => { for (const t of texts) matcher.getAllMatches(t); }, { warmup: 1, runs: 3 }));
      }
      const engine = megabytes / (Math.min(...engineRuns) / 1000);
      const obscenity = megabytes / (Math.min(...obscenityRuns) / 1000);
      const sourceMs = time(() => { for (const b of corpus) analyzeFromSource(b); }, { warmup: 1, runs: 3 });
      return [
        { name: 'corpus', value: megabytes, unit: `MB (${corpus.length} tickets)` },
        { name: 'tact engine (full analysis)', value: engine, unit: 'MB/s (production bundle)' },
        { name: 'obscenity English matcher', value: obscenity, unit: 'MB/s' },
        { name: 'engine / obscenity', value: engine / obscenity, unit: 'x (target >= 1)' },
        { name: 'same engine from source (tsx)', value: megabytes / (sourceMs / 1000), unit: 'MB/s (reference only)' },
      ];
    },
  };
}

/** The bundle must compute what the source computes, or its speed means nothing. */
function sameResults(corpus: ReturnType<typeof buildCorpus>, analyze: typeof analyzeFromSource): void {
  const step = Math.max(1, Math.floor(corpus.length / 300));
  for (let i = 0; i < corpus.length; i += step) {
    const a = JSON.stringify(analyze(corpus[i]));
    const b = JSON.stringify(analyzeFromSource(corpus[i]));
    if (a !== b) throw new Error(`engine bundle and source disagree on corpus ticket ${i}:\n${a}\n${b}`);
  }
}
