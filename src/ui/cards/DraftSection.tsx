/** Wires the draft coach and the send guard to the host and the engine's draft check (run in the analysis worker). */
import { useCallback } from 'react';
import type { DraftFinding } from '../../engine/types';
import { runDraftCheck } from '../analysis/runAnalysis';
import { useHost } from '../host/HostProvider';
import { useDraftCoach } from '../hooks/useDraftCoach';
import { useI18n } from '../hooks/useI18n';
import { useSendGuard } from '../hooks/useSendGuard';
import { DraftCoach } from './DraftCoach';

export function DraftSection() {
  const { host, settings } = useHost();
  const { t } = useI18n();
  const only = settings.languages.length === 1 ? settings.languages[0] : undefined;
  const custom = settings.customPhrases;
  const check = useCallback(
    (text: string): Promise<DraftFinding[]> => runDraftCheck(text, only ? { lang: only, custom } : { custom }),
    [only, custom],
  );
  const confirm = useCallback((count: number) => t('ui.draft.confirm_send', { count }), [t]);
  useSendGuard(host, settings.warnBeforeSend, check, confirm);
  return <DraftCoach coach={useDraftCoach(host, check)} />;
}
