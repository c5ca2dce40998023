/** One boundary incident: category, stage, the words, what to do, Log it / Not an incident. */
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useI18n } from '../hooks/useI18n';
import type { IncidentView } from '../incidents/model';
import { EvidenceQuotes } from '../text/EvidenceQuotes';
import { Row, Sub } from './Card';

/**
 * Stage colours grow with the escalation (grey, yellow, orange, red); the badge always
 * says "Stage n/4" too, so the colour is never the only signal.
 */
export const STAGE_HUE = { 1: 'grey', 2: 'yellow', 3: 'orange', 4: 'red' } as const;

const Item = styled.li`
  list-style: none;
  padding: ${(p) => p.theme.space.xs} 0;
  border-top: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  &:first-child { border-top: none; }
`;

const Name = styled.h3`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export interface IncidentItemProps {
  item: IncidentView;
  name: string;
  actionText: string;
  bodies: ReadonlyMap<number, string>;
  busy: boolean;
  onLog(item: IncidentView): void;
  onDismiss(item: IncidentView): void;
}

export function IncidentItem({ item, name, actionText, bodies, busy, onLog, onDismiss }: IncidentItemProps) {
  const { t } = useI18n();
  const evidence = item.evidence.map((s) => ({ ...s, commentId: item.manual ? null : item.commentId }));
  return (
    <Item data-testid="incident" data-category={item.category} data-stage={item.stage} data-logged={String(item.logged)}>
      <Row style={{ marginTop: 0 }}>
        <Name>{name}</Name>
        <Tag size="small" hue={STAGE_HUE[item.stage]} aria-label={t('ui.incidents.stage_label', { stage: item.stage })} data-testid="incident-stage" data-hue={STAGE_HUE[item.stage]}>
          <span>{t('ui.incidents.stage', { stage: item.stage })}</span>
        </Tag>
        {item.manual ? <Tag size="small" hue="blue"><span>{t('ui.incidents.manual')}</span></Tag> : null}
      </Row>
      <EvidenceQuotes evidence={evidence} bodies={bodies} testId="incident-evidence" />
      <Sub>{t('ui.incidents.action')}</Sub>
      <p style={{ margin: 0 }} data-testid="incident-action">{actionText}</p>
      <Row>
        {item.logged ? (
          <Tag size="small" hue="green" data-testid="incident-logged"><span>{t('ui.incidents.logged', { tag: item.tag })}</span></Tag>
        ) : (
          <Button size="small" isPrimary disabled={busy} onClick={() => onLog(item)} aria-label={t('ui.incidents.log_label', { category: name, tag: item.tag })}>
            {t('ui.incidents.log')}
          </Button>
        )}
        <Button size="small" isBasic disabled={busy} onClick={() => onDismiss(item)} aria-label={t('ui.incidents.dismiss_label', { category: name })}>
          {t('ui.incidents.dismiss')}
        </Button>
      </Row>
    </Item>
  );
}
