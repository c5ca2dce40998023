import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../hooks/useI18n';

/** Warning code (bundle loading or engine) -> the notice that explains it; other codes are not shown. */
const NOTICE_FOR: Readonly<Record<string, string>> = {
  history_partial: 'history_partial',
  history_unavailable: 'history_unavailable',
  text_truncated: 'text_truncated',
  no_requester: 'no_requester',
  requester_unavailable: 'requester_unavailable',
  requester_unknown: 'requester_unknown',
  comments_dropped: 'comments_dropped',
  text_failed: 'analysis_partial',
  incidents_failed: 'analysis_partial',
  complaint_failed: 'analysis_partial',
};

export const NOTICE_CODES = Object.keys(NOTICE_FOR);

/**
 * Notices about what the reading could not use: partial history, truncated text...
 * `skipped` is the number of characters left out of the analysis, when known.
 */
export function Notices({ warnings, skipped }: { warnings: readonly string[]; skipped?: number }) {
  const { t } = useI18n();
  const shown = [...new Set(warnings.map((w) => NOTICE_FOR[w]).filter((n): n is string => n !== undefined))];
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((notice) => (
        <Alert key={notice} type="info" data-testid={`notice-${notice}`}>
          <Alert.Paragraph>
            {notice === 'text_truncated' && skipped ? t('ui.notice.text_truncated_count', { count: skipped.toLocaleString() }) : t(`ui.notice.${notice}`)}
          </Alert.Paragraph>
        </Alert>
      ))}
    </>
  );
}
