/** Boundary incidents: open ones with their actions, dismissed ones with Undo, manual flag. */
import type { ReactNode } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { IncidentCategory } from '../../engine/types';
import { useI18n } from '../hooks/useI18n';
import type { IncidentView } from '../incidents/model';
import { Card, Lines, Muted, Row, Sub } from './Card';
import { IncidentItem } from './IncidentItem';

export interface IncidentsCardProps {
  items: readonly IncidentView[];
  categoryName(c: IncidentCategory): string;
  actionText(item: IncidentView): string;
  bodies: ReadonlyMap<number, string>;
  busy: boolean;
  error: string | null;
  onLog(item: IncidentView): void;
  onDismiss(item: IncidentView): void;
  onUndoDismiss(item: IncidentView): void;
  /** The manual flag form (rendered at the bottom). */
  children?: ReactNode;
}

export function IncidentsCard({ items, categoryName, actionText, bodies, busy, error, onLog, onDismiss, onUndoDismiss, children }: IncidentsCardProps) {
  const { t } = useI18n();
  const open = items.filter((i) => !i.dismissed);
  const dismissed = items.filter((i) => i.dismissed);
  return (
    <Card title={t('ui.incidents.title')} testId="card-incidents">
      {open.length === 0 ? <Muted data-testid="incidents-none">{t('ui.incidents.none')}</Muted> : (
        <Lines style={{ paddingInlineStart: 0 }}>
          {open.map((item) => (
            <IncidentItem key={item.key} item={item} name={categoryName(item.category)} actionText={actionText(item)} bodies={bodies} busy={busy} onLog={onLog} onDismiss={onDismiss} />
          ))}
        </Lines>
      )}
      {dismissed.length > 0 ? (
        <>
          <Sub>{t('ui.incidents.dismissed_title')}</Sub>
          <Lines style={{ paddingInlineStart: 0, listStyle: 'none' }}>
            {dismissed.map((item) => (
              <li key={item.key} data-testid="incident-dismissed" data-category={item.category}>
                <Row style={{ marginTop: 0 }}>
                  <span>{t('ui.incidents.dismissed', { category: categoryName(item.category) })}</span>
                  <Button size="small" isBasic disabled={busy} onClick={() => onUndoDismiss(item)} aria-label={t('ui.incidents.undo_label', { category: categoryName(item.category) })}>
                    {t('ui.incidents.undo')}
                  </Button>
                </Row>
              </li>
            ))}
          </Lines>
        </>
      ) : null}
      <div role="status" aria-live="polite">{error ? <Muted data-testid="incidents-error">{error}</Muted> : null}</div>
      {children}
    </Card>
  );
}
