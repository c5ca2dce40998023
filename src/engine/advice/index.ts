/**
 * adviceFor(id, lang): the text behind an id of the engine's output.
 *   - a complaint type / strategy id ("lapsed_loyal"): its name and strategy lines;
 *   - an action id "<category>.<stage>" ("insult.2"): the category, the stage and what to do now.
 * Unknown ids give null (the UI shows nothing rather than a wrong text).
 */
import { COMPLAINT_TYPES, INCIDENT_CATEGORIES, type ComplaintType, type IncidentCategory, type Lang, type Stage } from '../types';
import type { AdviceTexts } from './types';
import { ADVICE_EN } from './en';
import { ADVICE_FR } from './fr';

export type { AdviceTexts } from './types';

const TEXTS: Readonly<Record<Lang, AdviceTexts>> = { en: ADVICE_EN, fr: ADVICE_FR };

export interface Advice {
  /** Plain-language name (type name, or "Category: stage name"). */
  title: string;
  /** One line for a portrait / the stage, empty when none. */
  summary: string;
  /** What to do: strategy lines or the stage's action. */
  lines: readonly string[];
}

export function adviceTexts(lang: Lang): AdviceTexts {
  return TEXTS[lang] ?? ADVICE_EN;
}

function isType(id: string): id is ComplaintType {
  return (COMPLAINT_TYPES as readonly string[]).includes(id);
}
function isCategory(id: string): id is IncidentCategory {
  return (INCIDENT_CATEGORIES as readonly string[]).includes(id);
}

export function adviceFor(id: string, lang: Lang): Advice | null {
  const t = adviceTexts(lang);
  if (isType(id)) return { title: t.typeNames[id], summary: t.typeSummaries[id], lines: t.strategies[id] };
  const dot = id.lastIndexOf('.');
  if (dot < 0) return null;
  const cat = id.slice(0, dot);
  const stage = Number(id.slice(dot + 1));
  if (!isCategory(cat) || ![1, 2, 3, 4].includes(stage)) return null;
  const s = stage as Stage;
  return { title: `${t.categoryNames[cat]} · ${t.stageNames[s]}`, summary: t.stageNames[s], lines: [t.actions[cat][s]] };
}

export function typeName(type: ComplaintType, lang: Lang): string {
  return adviceTexts(lang).typeNames[type];
}

export function categoryName(category: IncidentCategory, lang: Lang): string {
  return adviceTexts(lang).categoryNames[category];
}

export function factsFor(lang: Lang): readonly string[] {
  return adviceTexts(lang).facts;
}
