/** Engine throughput on a few MB of tickets, against obscenity's English matcher on the same text. */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { analyze } from '../../src/engine/analyze';
import { bodyBytes, buildCorpus, loadSamples } from './corpus';
import { time, type BenchSection } from './timing';

export function engineThroughput(mb = 3): BenchSection {
  return {
    name: `engine throughput (${mb} MB corpus)`,
    run() {
      const corpus = buildCorpus(loadSamples(), mb * 1024 * 1024);
      const bytes = corpus.reduce((n, b) => n + bodyBytes(b), 0);
      const megabytes = bytes / (1024 * 1024);
      const texts = corpus.flatMap((b) => (b.comments ?? []).map((c) => (typeof c.body === 'string' ? c.body : '')));
      const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
      const engineMs = time(() => { for (const b of corpus) analyze(b); }, { warmup: 1, runs: 5 });
      const obscenityMs = time(() => { for (const t of texts) matcher.getAllMatches(t); }, { warmup: 1, runs: 5 });
      const engine = megabytes / (engineMs / 1000);
      const obscenity = megabytes / (obscenityMs / 1000);
      return [
        { name: 'corpus', value: megabytes, unit: `MB (${corpus.length} tickets)` },
        { name: 'tact engine (full analysis)', value: engine, unit: 'MB/s' },
        { name: 'obscenity English matcher', value: obscenity, unit: 'MB/s' },
        { name: 'engine / obscenity', value: engine / obscenity, unit: 'x' },
      ];
    },
  };
}
