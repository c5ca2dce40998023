import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import type { HostError } from '../../host/port';
import { useI18n } from '../hooks/useI18n';

/** A host/API failure explained by its stable code, with a retry button. */
export function ApiError({ error, onRetry }: { error: HostError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert type="error" data-testid="state-error" data-code={error.code}>
      <Alert.Title>{t('ui.state.error.title')}</Alert.Title>
      <Alert.Paragraph>{t(`ui.state.error.codes.${error.code}`)}</Alert.Paragraph>
      {onRetry && error.code !== 'not_in_host' ? (
        <Button size="small" onClick={onRetry} style={{ marginTop: 8 }}>
          {t('ui.state.error.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
