/**
 * Complaint type of the requester: active_hater | extreme_critic | lapsed_loyal |
 * passionate | none, from the requester's own public words (quoted history, forwards
 * and signatures already cut by text/requester.ts) and their history.
 */
import type { TicketBundle } from './bundle';
import type { ComplaintResult, Lang } from './types';
import type { RequesterText } from './text/requester';
import { tokenizeRange } from './text/phrase-tokens';
import type { ComplaintInput, ComplaintLexicon, TextUnit } from './rules/complaint/types';
import { haterSignals } from './rules/complaint/hater';
import { criticSignals } from './rules/complaint/critic';
import { lapsedSignals } from './rules/complaint/lapsed';
import { passionateSignals } from './rules/complaint/passionate';
import { presenceSignals } from './rules/complaint/presence';
import { accountYears, historyView, ticketYear } from './rules/complaint/history';
import { decide, type Signals } from './rules/complaint/score';
import { COMPLAINT_FR } from './lexicons/fr/complaint';
import { COMPLAINT_EN } from './lexicons/en/complaint';

export const COMPLAINT_LEXICONS: Readonly<Record<Lang, ComplaintLexicon>> = { fr: COMPLAINT_FR, en: COMPLAINT_EN };

export interface ComplaintOptions {
  /** Prefix of the boundary tags in the history (the admin's tag prefix). */
  tagPrefix?: string;
}

/** Tokenised own ranges of the requester's comments. */
export function textUnits(texts: readonly RequesterText[]): (TextUnit & { lang: Lang | null })[] {
  const units: (TextUnit & { lang: Lang | null })[] = [];
  for (const t of texts) {
    for (const r of t.own) {
      const tokens = tokenizeRange(t.body, r.start, r.end);
      units.push({ commentId: t.commentId, body: t.body, start: r.start, end: r.end, tokens, scanned: null, lang: t.lang });
    }
  }
  return units;
}

function concatSignals(parts: Signals[]): Signals {
  const first = parts[0] as Signals;
  if (parts.length === 1) return first;
  const cat = <T>(pick: (s: Signals) => T[]): T[] => parts.flatMap(pick);
  return {
    hater: { hostility: cat((s) => s.hater.hostility), rejection: cat((s) => s.hater.rejection) },
    critic: {
      defectItems: cat((s) => s.critic.defectItems), proseDefects: cat((s) => s.critic.proseDefects), looseDefects: cat((s) => s.critic.looseDefects),
      listItems: parts.reduce((a, s) => a + s.critic.listItems, 0), precise: parts.reduce((a, s) => a + s.critic.precise, 0),
    },
    lapsed: {
      tenure: cat((s) => s.lapsed.tenure), thenNow: cat((s) => s.lapsed.thenNow), praisePast: cat((s) => s.lapsed.praisePast),
      churn: cat((s) => s.lapsed.churn), disappointment: cat((s) => s.lapsed.disappointment),
    },
    passionate: {
      affection: cat((s) => s.passionate.affection), warmth: cat((s) => s.passionate.warmth), suggestion: cat((s) => s.passionate.suggestion),
      warmEmoji: parts.reduce((a, s) => a + s.passionate.warmEmoji, 0),
    },
    presence: { problem: cat((s) => s.presence.problem), irritation: cat((s) => s.presence.irritation) },
  };
}

/**
 * Classify. `lang` is the ticket's language; a comment detected in the other language
 * is read with that language's lexicon (mixed-language tickets).
 */
export function classifyComplaint(bundle: TicketBundle, texts: readonly RequesterText[], lang: Lang, options: ComplaintOptions = {}): ComplaintResult {
  const units = textUnits(texts);
  const years = accountYears(bundle);
  const history = historyView(bundle, [COMPLAINT_LEXICONS[lang]], options.tagPrefix);
  const year = ticketYear(bundle);
  const groups = new Map<Lang, TextUnit[]>();
  for (const u of units) {
    const l = u.lang ?? lang;
    const g = groups.get(l);
    if (g) g.push(u); else groups.set(l, [u]);
  }
  if (groups.size === 0) groups.set(lang, []);
  const parts: Signals[] = [];
  let main: ComplaintInput | null = null;
  for (const [l, us] of groups) {
    const input: ComplaintInput = { units: us, lang: l, lex: COMPLAINT_LEXICONS[l], accountYears: years, history };
    if (l === lang || !main) main = input;
    parts.push({
      hater: haterSignals(input),
      critic: criticSignals(input),
      lapsed: lapsedSignals(input, year),
      passionate: passionateSignals(input),
      presence: presenceSignals(input),
    });
  }
  const d = decide(concatSignals(parts), main as ComplaintInput);
  return { type: d.type, confidence: d.confidence, evidence: d.evidence, facts: d.facts, strategy: d.type };
}
