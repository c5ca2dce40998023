/**
 * A quote of the requester's (or the agent's) words with the trigger words marked.
 * Rendered as text nodes only: never innerHTML.
 */
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { collapseBlankLines, excerpt, pieces, type Mark } from './excerpt';

const Block = styled.blockquote`
  margin: ${(p) => p.theme.space.xxs} 0;
  padding: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.xs};
  border-inline-start: 3px solid ${(p) => getColor({ theme: p.theme, variable: 'border.emphasis' })};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-style: italic;
`;

const Hit = styled.mark`
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.warning' })};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  font-style: normal;
  font-weight: 600;
  border-radius: 2px;
  padding: 0 1px;
`;

export interface QuoteProps {
  /** The full text the marks point into (a comment body); null when unknown. */
  body: string | null;
  /** Spans to mark; each carries its own text as a fallback when `body` does not hold it. */
  spans: readonly (Mark & { text: string })[];
  'data-testid'?: string;
}

export function Quote({ body, spans, ...rest }: QuoteProps) {
  const usable = body !== null && spans.length > 0 && spans.every((s) => body.slice(s.start, s.end) === s.text);
  let shown: { text: string; marks: Mark[]; cutStart: boolean; cutEnd: boolean };
  if (usable) {
    shown = excerpt(body, spans);
  } else {
    const text = spans.map((s) => s.text).join(' … ');
    let at = 0;
    const marks = spans.map((s) => {
      const m = { start: at, end: at + s.text.length };
      at = m.end + 3;
      return m;
    });
    shown = { text, marks, cutStart: false, cutEnd: false };
  }
  return (
    <Block data-testid={rest['data-testid']}>
      {shown.cutStart ? '… ' : null}
      {pieces(shown.text, shown.marks).map((p, i) => (p.marked ? <Hit key={i}>{p.text}</Hit> : <span key={i}>{collapseBlankLines(p.text)}</span>))}
      {shown.cutEnd ? ' …' : null}
    </Block>
  );
}
