import { Well } from '@zendeskgarden/react-notifications';
import { useI18n } from '../hooks/useI18n';

/** The requester has not written anything we can read yet (new ticket, agent-created...). */
export function NoRequesterWords() {
  const { t } = useI18n();
  return (
    <Well isRecessed data-testid="state-no-words">
      <Well.Title>{t('ui.state.no_words.title')}</Well.Title>
      <Well.Paragraph>{t('ui.state.no_words.body')}</Well.Paragraph>
    </Well>
  );
}
