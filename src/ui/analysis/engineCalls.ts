/**
 * Everything the sidebar asks of the engine, in one place: the analysis worker runs
 * these (analyze.worker.ts), and so does the main-thread fallback (a lazy chunk). The
 * engine, its lexicons and the advice texts therefore stay out of the initial bundle.
 */
import { adviceTexts, type AdviceTexts } from '../../engine/advice';
import { analyze } from '../../engine/analyze';
import { checkDraft, type DraftOptions } from '../../engine/draft';
import type { Analysis, DraftFinding, EngineOptions, Lang, PhrasePair } from '../../engine/types';

export type EngineCall =
  | { fn: 'analyze'; input: unknown; options: EngineOptions }
  | { fn: 'draft'; text: string; options: DraftOptions }
  | { fn: 'advice'; lang: Lang }
  | { fn: 'warm' }
  | { fn: 'ping' };

export interface EngineResults { analyze: Analysis; draft: DraftFinding[]; advice: AdviceTexts; warm: true; ping: true }

/**
 * checkDraft caches the compiled admin pairs by array identity; messages arrive as
 * fresh copies, so equal lists are mapped back to the first copy seen.
 */
let lastCustom: { key: string; pairs: readonly PhrasePair[] } | null = null;
function stableCustom(pairs: readonly PhrasePair[] | undefined): readonly PhrasePair[] | undefined {
  if (!pairs || pairs.length === 0) return pairs;
  const key = JSON.stringify(pairs);
  if (lastCustom?.key !== key) lastCustom = { key, pairs };
  return lastCustom.pairs;
}

/** A short requester message per language: enough to build every rule set once. */
const WARM_TEXTS: Record<Lang, string> = {
  fr: 'Bonjour, je suis client depuis des années et ma commande est encore en retard. Merci de me répondre.',
  en: 'Hello, I have been a customer for years and my order is late again. Please answer me.',
};

/** An earlier ticket's subject per language: real tickets mostly come with history, read with its own tables. */
const WARM_SUBJECTS: Record<Lang, string> = { fr: 'Commande en retard', en: 'Late order' };

/** A throwaway ticket that goes through every part of the engine a real one uses (requester, history). */
export function warmBundle(lang: Lang): unknown {
  return {
    ticket: { id: 0, requester_id: 1, subject: WARM_SUBJECTS[lang], created_at: '2026-01-02T00:00:00Z', tags: [] },
    comments: [{ id: 1, author_id: 1, public: true, created_at: '2026-01-02T00:00:00Z', body: WARM_TEXTS[lang] }],
    requester: { id: 1, name: null, email: null, created_at: '2020-01-01T00:00:00Z', locale: lang, tags: [] },
    history: [{ id: 2, subject: WARM_SUBJECTS[lang], created_at: '2025-01-01T00:00:00Z', status: 'solved', satisfaction_rating: { score: 'bad' }, tags: ['boundary_insult'] }],
  };
}

function warmAnalysis(lang: Lang): void {
  analyze(warmBundle(lang));
}

/**
 * Steps that build the engine's lazy tables (complaint pattern sets, the lexicon trie's
 * common words, draft rules) on throwaway inputs, so the first real ticket pays only for
 * its own text: the analysis of the likelier language first (the agent's), the draft
 * coach last. The worker runs them one per task, so the first analysis can come in
 * between (see steps.ts); the main-thread fallback runs them all at once.
 */
export function warmSteps(first: Lang = 'en'): Array<() => void> {
  const order: Lang[] = first === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  return [
    ...order.map((l) => () => warmAnalysis(l)),
    ...order.map((l) => () => { checkDraft(WARM_TEXTS[l], { lang: l }); }),
  ];
}

function warm(): true {
  for (const step of warmSteps()) step();
  return true;
}

export function runCall(call: EngineCall): EngineResults[EngineCall['fn']] {
  switch (call.fn) {
    case 'analyze':
      return analyze(call.input, call.options);
    case 'draft': {
      const custom = stableCustom(call.options.custom);
      return checkDraft(call.text, custom ? { ...call.options, custom } : call.options);
    }
    case 'advice':
      return adviceTexts(call.lang);
    case 'warm':
      return warm();
    case 'ping':
      return true;
  }
}
