import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../hooks/useI18n';

/** Warning codes the sidebar explains (engine and bundle loading); others are not shown. */
export const NOTICE_CODES = ['history_partial', 'history_unavailable', 'text_truncated', 'no_requester', 'requester_unavailable', 'requester_unknown', 'comments_dropped'] as const;

/**
 * Notices about what the reading could not use: partial history, truncated text...
 * `skipped` is the number of characters left out of the analysis, when known.
 */
export function Notices({ warnings, skipped }: { warnings: readonly string[]; skipped?: number }) {
  const { t } = useI18n();
  const shown = NOTICE_CODES.filter((c) => warnings.includes(c));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((code) => (
        <Alert key={code} type="info" data-testid={`notice-${code}`}>
          <Alert.Paragraph>
            {code === 'text_truncated' && skipped ? t('ui.notice.text_truncated_count', { count: skipped.toLocaleString() }) : t(`ui.notice.${code}`)}
          </Alert.Paragraph>
        </Alert>
      ))}
    </>
  );
}
