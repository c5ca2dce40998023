/** Evidence spans grouped by comment: one quote per comment, every trigger marked. */
import type { Span } from '../../engine/types';
import { Quote } from './Quote';

export interface EvidenceSpan extends Span { commentId: number | null }

export function EvidenceQuotes({ evidence, bodies, testId }: { evidence: readonly EvidenceSpan[]; bodies: ReadonlyMap<number, string>; testId?: string }) {
  const groups = new Map<string, EvidenceSpan[]>();
  for (const e of evidence) {
    const k = e.commentId === null ? `text:${e.text}:${e.start}` : `c:${e.commentId}`;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  return (
    <div data-testid={testId}>
      {[...groups.values()].map((spans, i) => {
        const id = spans[0]?.commentId ?? null;
        return <Quote key={i} body={id === null ? null : bodies.get(id) ?? null} spans={spans} />;
      })}
    </div>
  );
}
