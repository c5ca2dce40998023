/**
 * Warm-up of the first reading's rendering. While the ticket loads and the worker
 * analyses it, the main thread mostly waits; the reading's cards are rendered once
 * then, with sample data, into a root that is never attached to the page.
 * styled-components generates and injects their CSS, and the browser compiles their
 * code, so the real first render of the reading (on the critical path) does less.
 * Nothing is shown, nothing reaches the host; the root is unmounted right after.
 */
import { Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ColorScheme } from '../host/port';
import type { ComplaintResult } from '../engine/types';
import { ComplaintCard } from './cards/ComplaintCard';
import { IncidentsCard } from './cards/IncidentsCard';
import { ManualFlag } from './cards/ManualFlag';
import { I18nProvider } from './hooks/useI18n';
import type { IncidentView } from './incidents/model';
import { Themed } from './theme';

const BODY = 'Sample words for the warm-up render.';
const BODIES: ReadonlyMap<number, string> = new Map([[1, BODY]]);
const SPAN = { text: 'Sample words', start: 0, end: 12 };
const RESULT: ComplaintResult = {
  type: 'extreme_critic', confidence: 0.7, strategy: 'extreme_critic',
  evidence: [{ ...SPAN, commentId: 1, ruleId: 'warmup' }],
  facts: [{ kind: 'tickets', value: 3, supports: 'extreme_critic' }],
};
const ITEM: IncidentView = {
  key: 'warmup', category: 'insult', stage: 2, commentId: 1, evidence: [SPAN], action: 'insult.2', tag: 'warmup',
  manual: false, logged: false, dismissed: false,
};
const nothing = (): void => undefined;

/** The reading's cards with sample data (the same components and variants as a real reading), one part per task. */
const PARTS: ReadonlyArray<() => JSX.Element> = [
  () => (
    <ComplaintCard result={RESULT} type="extreme_critic" corrected onCorrect={nothing} typeName={String} strategy={['-', '-']}
      bodies={BODIES} typeTag="warmup" customerSince={2020} tagged={false} onAddTag={nothing} />
  ),
  () => (
    <IncidentsCard items={[ITEM, { ...ITEM, key: 'warmup-2', stage: 4, logged: true }, { ...ITEM, key: 'warmup-3', dismissed: true }]}
      categoryName={String} actionText={() => '-'} bodies={BODIES} busy={false} error="-" onLog={nothing} onDismiss={nothing} onUndoDismiss={nothing}>
      <ManualFlag categories={['insult']} categoryName={String} busy={false} onFlag={() => false} />
    </IncidentsCard>
  ),
];

export function WarmupReading() {
  return <>{PARTS.map((part, i) => <Fragment key={i}>{part()}</Fragment>)}</>;
}

let done = false;

/**
 * Render the sample reading once per page, detached, in the agent's scheme and locale:
 * one card per task, so the ticket's responses are handled in between. `stopped` is read
 * before each card: once the real reading is on its way to the screen, warming up would
 * only delay it.
 */
export function prewarmReading(scheme: ColorScheme, locale: string, stopped: () => boolean = () => false): void {
  if (done || typeof document === 'undefined') return;
  done = true;
  let root: ReturnType<typeof createRoot> | null = null;
  const next = (i: number): void => {
    const part = PARTS[i];
    if (!part || stopped()) { root?.unmount(); return; }
    root ??= createRoot(document.createElement('div'));
    const r = root;
    flushSync(() => r.render(
      <Themed scheme={scheme}>
        <I18nProvider locale={locale}>{part()}</I18nProvider>
      </Themed>,
    ));
    setTimeout(() => next(i + 1), 0);
  };
  next(0);
}
