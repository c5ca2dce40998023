import { Well } from '@zendeskgarden/react-notifications';
import { useI18n } from '../hooks/useI18n';

/** The page was opened on its own (no ZAF origin/app_guid): explain, do not crash. */
export function NotInHost() {
  const { t } = useI18n();
  return (
    <Well data-testid="state-not-in-host" role="region" aria-label={t('ui.state.not_in_host.title')}>
      <Well.Title>{t('ui.state.not_in_host.title')}</Well.Title>
      <Well.Paragraph>{t('ui.state.not_in_host.body')}</Well.Paragraph>
    </Well>
  );
}
