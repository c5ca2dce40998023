/** The ticket_sidebar location: header, reading (type + incidents), draft coach. */
import { useEffect, useMemo, useRef } from 'react';
import type { ComplaintType, IncidentCategory } from '../engine/types';
import type { LoadedBundle } from '../host/loadBundle';
import { MARKS, markOnce } from '../lib/perfMarks';
import { useHost } from './host/HostProvider';
import { prewarmReading } from './prewarm';
import { useAnalysis, type Reading } from './hooks/useAnalysis';
import { useComplaintType } from './hooks/useComplaintType';
import { useI18n } from './hooks/useI18n';
import { useIncidents } from './hooks/useIncidents';
import { useTagging } from './hooks/useTagging';
import { ComplaintCard } from './cards/ComplaintCard';
import { DraftSection } from './cards/DraftSection';
import { IncidentsCard } from './cards/IncidentsCard';
import { ManualFlag } from './cards/ManualFlag';
import { TicketHeader } from './cards/TicketHeader';
import { ApiError } from './states/ApiError';
import { Loading } from './states/Loading';
import { NoRequesterWords } from './states/NoRequesterWords';
import { Notices } from './states/Notices';
import { SettingsNotice } from './states/SettingsNotice';

/** True when the requester has no public words on the ticket (or the engine says so). */
function hasNoRequesterWords(loaded: LoadedBundle, warnings: readonly string[]): boolean {
  if (warnings.includes('no_requester_words') || warnings.includes('no_comments')) return true;
  const rid = loaded.bundle.ticket.requester_id;
  return !loaded.bundle.comments.some((c) => c.author_id === rid && c.public && c.body.trim() !== '');
}

function yearOf(iso: string | null): number | null {
  const y = iso ? new Date(iso).getUTCFullYear() : NaN;
  return Number.isFinite(y) ? y : null;
}

function ReadingView({ reading }: { reading: Extract<Reading, { status: 'ready' }> }) {
  const { host, settings } = useHost();
  const { t } = useI18n();
  const { loaded, analysis, texts, warnings, skipped } = reading;
  const ticket = loaded.bundle.ticket;
  const tagging = useTagging(host, ticket.id, ticket.tags, settings);
  const complaint = useComplaintType(host, ticket.id, analysis, settings, tagging);
  const incidents = useIncidents(host, ticket.id, analysis, settings, tagging);
  const bodies = useMemo(() => new Map(loaded.bundle.comments.map((c) => [c.id, c.body] as const)), [loaded]);
  useEffect(() => markOnce(MARKS.analysisShown), []);
  const nameOfType = (c: ComplaintType) => texts.typeNames[c];
  const nameOfCategory = (c: IncidentCategory) => texts.categoryNames[c];
  const tagError = tagging.error ? t('ui.incidents.tag_error', { reason: t(`ui.state.error.codes.${tagging.error}`) }) : null;

  return (
    <>
      <Notices warnings={warnings} skipped={skipped} />
      {hasNoRequesterWords(loaded, warnings) ? <NoRequesterWords /> : (
        <ComplaintCard
          result={analysis.complaintType}
          type={complaint.type}
          corrected={complaint.corrected}
          onCorrect={(c) => void complaint.correct(c)}
          typeName={nameOfType}
          strategy={texts.strategies[complaint.type]}
          bodies={bodies}
          typeTag={complaint.typeTag}
          customerSince={yearOf(loaded.bundle.requester?.created_at ?? null)}
          tagged={complaint.tagged}
          onAddTag={() => void complaint.addTag()}
          busy={tagging.busy}
        />
      )}
      <IncidentsCard
        items={incidents.items}
        categoryName={nameOfCategory}
        actionText={(i) => texts.actions[i.category][i.stage]}
        bodies={bodies}
        busy={tagging.busy}
        error={tagError}
        onLog={(i) => void incidents.log(i)}
        onDismiss={(i) => void incidents.dismiss(i)}
        onUndoDismiss={(i) => void incidents.undoDismiss(i)}
      >
        <ManualFlag categories={settings.categories} categoryName={nameOfCategory} busy={tagging.busy} onFlag={incidents.flag} />
      </IncidentsCard>
    </>
  );
}

export function TicketSidebar() {
  const { host, settings, problems, scheme, locale } = useHost();
  const { t, lang } = useI18n();
  const { reading, retry } = useAnalysis(host, settings, lang);
  // While the worker analyses the first ticket, render its cards once off-page (see
  // prewarm.tsx): the main thread idles then, whereas while the ticket loads it also
  // runs the host's answers.
  // It stops (between two cards) once the reading is ready or failed.
  const warmup = useRef<{ stopped: boolean } | null>(null);
  useEffect(() => {
    if (reading.status === 'analysing' && !warmup.current) {
      const w = { stopped: false };
      warmup.current = w;
      setTimeout(() => prewarmReading(scheme, locale, () => w.stopped), 0);
    } else if (reading.status !== 'analysing' && reading.status !== 'loading' && warmup.current) {
      warmup.current.stopped = true;
    }
  }, [reading.status, scheme, locale]);
  const loaded = reading.status === 'analysing' || reading.status === 'ready' ? reading.loaded : null;
  return (
    <>
      <SettingsNotice problems={problems} />
      {loaded ? <TicketHeader subject={loaded.bundle.ticket.subject} requester={loaded.bundle.requester?.name ?? null} /> : null}
      {reading.status === 'loading' ? <Loading label={t('ui.state.analysing')} /> : null}
      {reading.status === 'analysing' ? <Loading label={t('ui.state.analysing')} /> : null}
      {reading.status === 'error' ? <ApiError error={reading.error} onRetry={reading.error.code === 'not_in_host' ? undefined : retry} /> : null}
      {reading.status === 'ready' ? <ReadingView key={reading.loaded.bundle.ticket.id} reading={reading} /> : null}
      <DraftSection />
    </>
  );
}
