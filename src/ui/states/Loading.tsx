import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../hooks/useI18n';

/** Placeholder lines while the host connects or the ticket loads. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-busy="true" aria-label={label ?? t('ui.state.loading')} data-testid="state-loading">
      <Skeleton width="60%" />
      <Skeleton />
      <Skeleton width="85%" />
      <Skeleton width="40%" />
    </div>
  );
}
