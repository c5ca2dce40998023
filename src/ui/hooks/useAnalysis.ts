/**
 * Loads the ticket through the host (src/host/loadBundle) and runs the engine off the
 * main thread (or after the first paint), so a huge ticket never blocks the sidebar:
 * the header and a skeleton show first. The advice texts (type names, strategies,
 * actions) come from the engine too, in the UI language. Reloads (keeping the current reading on
 * screen) when a comment lands.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdviceTexts } from '../../engine/advice/types';
import type { Analysis, Lang } from '../../engine/types';
import type { LoadedBundle } from '../../host/loadBundle';
import type { HostError, HostPort } from '../../host/port';
import { MARKS, markOnce } from '../../lib/perfMarks';
import type { TactSettings } from '../../lib/settings';
import { toHostError } from '../host/hostError';
import { analyse, takeBundle } from '../analysis/prefetch';
import { engineOptions } from '../analysis/options';
import { loadAdviceTexts } from '../analysis/runAnalysis';

export type Reading =
  | { status: 'loading' }
  | { status: 'error'; error: HostError }
  | { status: 'analysing'; loaded: LoadedBundle }
  | { status: 'ready'; loaded: LoadedBundle; analysis: Analysis; texts: AdviceTexts; warnings: string[]; skipped: number };

/** Characters of the requester's comments left out by the per-comment cap. */
export function skippedChars(loaded: LoadedBundle, maxCommentChars: number): number {
  const rid = loaded.bundle.ticket.requester_id;
  return loaded.bundle.comments
    .filter((c) => c.author_id === rid)
    .reduce((n, c) => n + Math.max(0, c.body.length - maxCommentChars), 0);
}

export function useAnalysis(host: HostPort, settings: TactSettings, lang: Lang): { reading: Reading; retry(): void } {
  const [reading, setReading] = useState<Reading>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const shown = useRef(false);

  useEffect(() => {
    let live = true;
    if (!shown.current) setReading({ status: 'loading' });
    const texts = loadAdviceTexts(lang);
    texts.catch(() => undefined); // reported below, with the analysis
    takeBundle(host).then(
      async (loaded) => {
        markOnce(MARKS.bundleLoaded);
        if (!live) return;
        if (!shown.current) setReading({ status: 'analysing', loaded });
        const options = engineOptions(settings);
        try {
          const [analysis, adviceTexts] = await Promise.all([analyse(loaded, options), texts]);
          markOnce(MARKS.engineDone);
          if (!live) return;
          const warnings = [...new Set<string>([...loaded.warnings, ...analysis.warnings])];
          const skipped = warnings.includes('text_truncated') ? skippedChars(loaded, options.maxCommentChars) : 0;
          shown.current = true;
          setReading({ status: 'ready', loaded, analysis, texts: adviceTexts, warnings, skipped });
        } catch (e) {
          if (live) setReading({ status: 'error', error: toHostError(e) });
        }
      },
      (e: unknown) => {
        if (!live) return;
        shown.current = false;
        setReading({ status: 'error', error: toHostError(e) });
      },
    );
    return () => { live = false; };
  }, [host, settings, lang, generation]);

  // A new comment on the ticket: read again (debounced), keeping the current reading visible.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = host.on((e) => {
      if (e.type !== 'ticket.changed') return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setGeneration((g) => g + 1), 500);
    });
    return () => { off(); if (timer) clearTimeout(timer); };
  }, [host]);

  const retry = useCallback(() => { shown.current = false; setGeneration((g) => g + 1); }, []);
  return { reading, retry };
}
