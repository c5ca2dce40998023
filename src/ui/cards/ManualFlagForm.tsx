/**
 * The "flag an incident" form (category + the words). Loaded on demand by ManualFlag:
 * Garden's Textarea and form messages stay out of the bundle until an agent opens it.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Select, Textarea } from '@zendeskgarden/react-forms';
import type { IncidentCategory } from '../../engine/types';
import { useI18n } from '../hooks/useI18n';
import { Row, Sub } from './Card';
import type { ManualFlagProps } from './ManualFlag';

export interface ManualFlagFormProps extends ManualFlagProps {
  onClose(): void;
}

export default function ManualFlagForm({ categories, categoryName, busy, onFlag, onClose }: ManualFlagFormProps) {
  const { t } = useI18n();
  const [category, setCategory] = useState<IncidentCategory>(categories[0] ?? 'insult');
  const [quote, setQuote] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const words = quote.trim();
    if (!words) { setInvalid(true); return; }
    if (await onFlag(category, words)) {
      setQuote('');
      setInvalid(false);
      onClose();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="manual-form" aria-label={t('ui.manual.title')}>
      <Sub>{t('ui.manual.title')}</Sub>
      <Field>
        <Label>{t('ui.manual.category')}</Label>
        <Select isCompact value={category} onChange={(e) => setCategory(e.target.value as IncidentCategory)}>
          {categories.map((c) => <option key={c} value={c}>{categoryName(c)}</option>)}
        </Select>
      </Field>
      <Field style={{ marginTop: 8 }}>
        <Label>{t('ui.manual.quote')}</Label>
        <Hint>{t('ui.manual.quote_hint')}</Hint>
        <Textarea isCompact minRows={2} maxRows={6} value={quote} maxLength={1000} validation={invalid ? 'error' : undefined}
          onChange={(e) => { setQuote(e.target.value); if (invalid) setInvalid(false); }} />
        {invalid ? <Message validation="error">{t('ui.manual.quote_required')}</Message> : null}
      </Field>
      <Row>
        <Button size="small" isPrimary type="submit" disabled={busy}>{t('ui.manual.submit')}</Button>
        <Button size="small" isBasic onClick={onClose}>{t('ui.manual.cancel')}</Button>
      </Row>
    </form>
  );
}
