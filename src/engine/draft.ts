/**
 * The draft check: risky phrases in the agent's reply, each with the exact span, why
 * it hurts and a replacement for exactly that span, in the draft's language. Admin
 * pairs from the settings are matched too (accent- and case-insensitive, whole words).
 */
import type { DraftFinding, Lang, PhrasePair } from './types';
import { PatternSet, tokenize, type Token, type PatternMatch } from './rules/phrase';
import { DRAFT_RULES, DRAFT_RULE_IDS, CUSTOM_RULE_ID, type DraftLexicon, type DraftRuleId } from './rules/draft';
import { DRAFT_FR } from './lexicons/fr/draft';
import { DRAFT_EN } from './lexicons/en/draft';
import { detectLanguage } from './text/language';
import { quotedRanges } from './text/quotes';

export interface DraftOptions {
  /** The draft's language; guessed from the text when absent. */
  lang?: Lang;
  /** Admin pairs: `lang: null` applies to both languages. */
  custom?: readonly PhrasePair[];
}

const LEXICONS: Record<Lang, DraftLexicon> = { fr: DRAFT_FR, en: DRAFT_EN };

interface BuiltinData { ruleId: DraftRuleId; suggestion: string }

const compiled = new Map<Lang, PatternSet<BuiltinData>>();

function builtinSet(lang: Lang): PatternSet<BuiltinData> {
  let set = compiled.get(lang);
  if (!set) {
    const lex = LEXICONS[lang];
    const entries: { source: string; data: BuiltinData }[] = [];
    for (const ruleId of DRAFT_RULE_IDS) {
      const fam = lex[ruleId];
      for (const p of fam.patterns) {
        const [source, suggestion] = typeof p === 'string' ? [p, fam.suggestion] : p;
        entries.push({ source, data: { ruleId, suggestion } });
      }
    }
    set = new PatternSet(entries);
    compiled.set(lang, set);
  }
  return set;
}

const CUSTOM_REASON: Record<Lang, string> = {
  fr: 'Votre équipe a signalé cette formule comme à éviter.',
  en: 'Your team listed this phrase as one to avoid.',
};

/** Custom pairs compiled per (pairs, lang): pairs change rarely, drafts change on every key. */
let customCache: { pairs: readonly PhrasePair[]; lang: Lang; set: PatternSet<PhrasePair> } | null = null;

function customSet(pairs: readonly PhrasePair[], lang: Lang): PatternSet<PhrasePair> {
  if (customCache && customCache.pairs === pairs && customCache.lang === lang) return customCache.set;
  const entries: { source: string; data: PhrasePair }[] = [];
  for (const pair of pairs) {
    if (pair.lang && pair.lang !== lang) continue;
    const words = tokenize(pair.avoid).map((t) => t.norm);
    if (words.length === 0) continue;
    entries.push({ source: words.join(' '), data: pair });
  }
  const set = new PatternSet(entries);
  customCache = { pairs, lang, set };
  return set;
}

/** Fit the suggestion's first letter to the replaced span (sentence start or not). */
export function fitCase(suggestion: string, span: string): string {
  const first = span.charAt(0);
  if (!suggestion) return suggestion;
  const head = suggestion.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return head.toUpperCase() + suggestion.slice(1);
  if (first && first === first.toLowerCase() && first !== first.toUpperCase() && !/^I\b/.test(suggestion)) return head.toLowerCase() + suggestion.slice(1);
  return suggestion;
}

function toFinding(text: string, tokens: readonly Token[], m: { from: number; to: number }, ruleId: string, reason: string, suggestion: string, lang: Lang): DraftFinding {
  const start = (tokens[m.from] as Token).start;
  const end = (tokens[m.to - 1] as Token).end;
  const spanText = text.slice(start, end);
  // "{tail2}": the span's own words from its third token on ("il fallait lire" -> "lire").
  const filled = suggestion.replace(/\{tail(\d)\}/, (_, k: string) => {
    const t = tokens[Math.min(m.from + Number(k), m.to - 1)] as Token;
    return text.slice(t.start, end);
  });
  return { text: spanText, start, end, ruleId, reason, suggestion: fitCase(filled, spanText), lang };
}

/** Check a draft. Findings are sorted by position and never overlap. */
export function checkDraft(text: string, opts: DraftOptions = {}): DraftFinding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const lang: Lang = opts.lang ?? detectLanguage(text.slice(0, 20_000)) ?? 'en';
  const tokens = tokenize(text);
  const lex = LEXICONS[lang];

  const custom: DraftFinding[] = [];
  if (opts.custom && opts.custom.length) {
    for (const m of customSet(opts.custom, lang).findAll(tokens)) {
      custom.push(toFinding(text, tokens, m, CUSTOM_RULE_ID, CUSTOM_REASON[lang], m.data.instead, lang));
    }
  }
  const accept = (m: PatternMatch<BuiltinData>): boolean => {
    const rule = DRAFT_RULES[m.data.ruleId];
    return rule.accept ? rule.accept({ tokens, from: m.from, to: m.to, lang }) : true;
  };
  const builtin = builtinSet(lang).findAll(tokens, accept).map((m) =>
    toFinding(text, tokens, m, m.data.ruleId, lex[m.data.ruleId].reason, m.data.suggestion, lang));

  // The admin's own pair wins where both match.
  const kept = builtin.filter((b) => !custom.some((c) => c.start < b.end && b.start < c.end));
  const all = [...custom, ...kept];
  if (all.length === 0) return all;
  // Words the agent quotes (the customer's own, a form label, a title) are not said to the customer.
  const quoted = quotedRanges(text);
  return all.filter((f) => !quoted.covers(f.start, f.end)).sort((a, b) => a.start - b.start);
}

/** Apply one finding's suggestion to the draft (what "apply" does in the sidebar). */
export function applyFinding(text: string, f: Pick<DraftFinding, 'start' | 'end' | 'text' | 'suggestion'>): string | null {
  if (text.slice(f.start, f.end) !== f.text) return null; // the draft changed since the check
  return text.slice(0, f.start) + f.suggestion + text.slice(f.end);
}

