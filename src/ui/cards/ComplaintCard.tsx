/**
 * "Who is complaining": the type in plain words, how sure, the requester's words that
 * led there, the history behind it, how to answer, and a select to correct the type.
 */
import { useId } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Label, Select } from '@zendeskgarden/react-forms';
import { Progress } from '@zendeskgarden/react-loaders';
import { Tag } from '@zendeskgarden/react-tags';
import { COMPLAINT_TYPES, type ComplaintResult, type ComplaintType, type HistoryFact } from '../../engine/types';
import type { I18n } from '../../lib/i18n';
import { useI18n } from '../hooks/useI18n';
import { EvidenceQuotes } from '../text/EvidenceQuotes';
import { Card, Lines, Muted, Row, Sub } from './Card';

export interface ComplaintCardProps {
  result: ComplaintResult;
  /** The type shown: the engine's, or the agent's correction. */
  type: ComplaintType;
  corrected: boolean;
  onCorrect(type: ComplaintType): void;
  /** Plain name of a type, in the UI language. */
  typeName(type: ComplaintType): string;
  /** Strategy lines for the shown type, in the UI language. */
  strategy: readonly string[];
  bodies: ReadonlyMap<number, string>;
  /** The type tag on the ticket, when settings.tagComplaintType is on. */
  typeTag: string | null;
  /** Year the requester's account was created, when known. */
  customerSince: number | null;
  /** The type tag is on the ticket. */
  tagged: boolean;
  onAddTag(): void;
  busy?: boolean;
}

/** One history fact in words; "customer since <year>" when the account date is known. */
export function factText(f: HistoryFact, i18n: Pick<I18n, 't' | 'has' | 'lang'>, since: number | null): string {
  const { t, has, lang } = i18n;
  if (f.kind === 'customer_since') {
    if (since !== null) return t('ui.facts.customer_since', { year: since });
    const years = Math.round(f.value);
    return years <= 1 ? t('ui.facts.customer_years_one') : t('ui.facts.customer_years', { value: years });
  }
  const key = `ui.facts.${f.kind}`;
  if (!has(key)) return t('ui.facts.other', { kind: f.kind, value: f.value });
  const one = lang === 'fr' ? f.value < 2 : f.value === 1;
  return one && has(`${key}_one`) ? t(`${key}_one`, { value: f.value }) : t(key, { value: f.value });
}

export function ComplaintCard({ result, type, corrected, onCorrect, typeName, strategy, bodies, typeTag, customerSince, tagged, onAddTag, busy }: ComplaintCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const confId = useId();
  const percent = Math.round(Math.max(0, Math.min(1, result.confidence)) * 100);
  return (
    <Card title={t('ui.complaint.title')} testId="card-complaint">
      <Row style={{ marginTop: 0 }}>
        <strong data-testid="complaint-type" data-type={type} style={{ fontSize: '1.1em' }}>{typeName(type)}</strong>
        {corrected ? <Tag size="small" hue="blue"><span>{t('ui.complaint.corrected')}</span></Tag> : null}
      </Row>
      {!corrected ? (
        <Row>
          <span id={confId}>{t('ui.complaint.confidence')}</span>
          <Progress value={percent} size="small" aria-labelledby={confId} style={{ flex: '1 1 80px', margin: 0 }} color="border.primaryEmphasis" />
          <span data-testid="complaint-confidence">{t('ui.complaint.confidence_value', { percent })}</span>
        </Row>
      ) : null}
      {type === 'none' ? <Muted>{t('ui.complaint.none_body')}</Muted> : null}
      {!corrected && result.evidence.length > 0 ? (
        <>
          <Sub>{t('ui.complaint.evidence')}</Sub>
          <EvidenceQuotes evidence={result.evidence} bodies={bodies} testId="complaint-evidence" />
        </>
      ) : null}
      {result.facts.length > 0 ? (
        <>
          <Sub>{t('ui.complaint.history')}</Sub>
          <p data-testid="complaint-facts" style={{ margin: 0 }}>{result.facts.map((f) => factText(f, i18n, customerSince)).join(' · ')}</p>
        </>
      ) : null}
      {strategy.length > 0 ? (
        <>
          <Sub>{t('ui.complaint.strategy')}</Sub>
          <Lines data-testid="complaint-strategy">{strategy.map((line, i) => <li key={i}>{line}</li>)}</Lines>
        </>
      ) : null}
      <Field style={{ marginTop: 8 }}>
        <Label isRegular>{t('ui.complaint.correct_label')}</Label>
        <Select isCompact value={type} disabled={busy} onChange={(e) => onCorrect(e.target.value as ComplaintType)} data-testid="complaint-select">
          {COMPLAINT_TYPES.map((c) => <option key={c} value={c}>{typeName(c)}</option>)}
        </Select>
      </Field>
      {typeTag && tagged ? <Muted data-testid="complaint-type-tag">{t('ui.complaint.type_tag', { tag: typeTag })}</Muted> : null}
      {typeTag && !tagged ? (
        <Row>
          <Button size="small" disabled={busy} onClick={onAddTag} data-testid="complaint-add-tag">{t('ui.complaint.add_tag', { tag: typeTag })}</Button>
        </Row>
      ) : null}
    </Card>
  );
}
