/** A titled section of the sidebar (a landmark with its heading as accessible name). */
import { useId, type ReactNode } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

const Section = styled.section`
  border: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm};
  margin-bottom: ${(p) => p.theme.space.xs};
`;

const Heading = styled.h2`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

export const Sub = styled.h3`
  margin: ${(p) => p.theme.space.xs} 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xxs};
  margin-top: ${(p) => p.theme.space.xxs};
`;

export const Lines = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.sm};
  & > li { margin: 2px 0; }
`;

export const Muted = styled.p`
  margin: ${(p) => p.theme.space.xxs} 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

export function Card({ title, extra, children, testId }: { title: string; extra?: ReactNode; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <Section aria-labelledby={id} data-testid={testId}>
      <Row style={{ justifyContent: 'space-between', marginTop: 0 }}>
        <Heading id={id}>{title}</Heading>
        {extra}
      </Row>
      {children}
    </Section>
  );
}
