/** "What not to say": risky phrases in the agent's reply, why, what instead, Apply/Undo. */
import { Button } from '@zendeskgarden/react-buttons';
import type { DraftCoach as Coach, CoachMessage } from '../hooks/useDraftCoach';
import { useI18n } from '../hooks/useI18n';
import type { I18n } from '../../lib/i18n';
import { Quote } from '../text/Quote';
import { Card, Lines, Muted, Row } from './Card';

function messageText(m: CoachMessage, t: I18n['t']): string {
  switch (m.kind) {
    case 'applied':
    case 'relocated':
    case 'stale':
      return t(`ui.draft.${m.kind}`, { phrase: m.phrase });
    case 'undone':
    case 'undo_stale':
      return t(`ui.draft.${m.kind}`);
    case 'error':
      return t('ui.draft.error', { reason: t(`ui.state.error.codes.${m.code}`) });
  }
}

export function DraftCoach({ coach }: { coach: Coach }) {
  const { t } = useI18n();
  const { draft, findings, message, canUndo, busy } = coach;
  const empty = !draft || !draft.trim();
  return (
    <Card title={t('ui.draft.title')} testId="card-draft">
      {empty ? <Muted>{t('ui.draft.empty')}</Muted> : findings.length === 0 ? <Muted data-testid="draft-clean">{t('ui.draft.clean')}</Muted> : (
        <>
          <Muted>{findings.length === 1 ? t('ui.draft.count_one') : t('ui.draft.count', { count: findings.length })}</Muted>
          <Lines aria-label={t('ui.draft.title')} style={{ listStyle: 'none', paddingInlineStart: 0 }}>
            {findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}`} data-testid="draft-finding">
                <Quote body={draft} spans={[f]} />
                <div><strong>{t('ui.draft.why')}</strong> {f.reason}</div>
                <div><strong>{t('ui.draft.instead')}</strong> <span data-testid="draft-suggestion">{f.suggestion}</span></div>
                <Row>
                  <Button size="small" disabled={busy} onClick={() => void coach.apply(f)} aria-label={t('ui.draft.apply_label', { phrase: f.text })}>
                    {t('ui.draft.apply')}
                  </Button>
                </Row>
              </li>
            ))}
          </Lines>
        </>
      )}
      <div role="status" aria-live="polite" data-testid="draft-message">
        {message ? <Muted>{messageText(message, t)}</Muted> : null}
      </div>
      {canUndo ? (
        <Row>
          <Button size="small" isBasic disabled={busy} onClick={() => void coach.undo()} aria-label={t('ui.draft.undo_label')}>
            {t('ui.draft.undo')}
          </Button>
        </Row>
      ) : null}
    </Card>
  );
}
