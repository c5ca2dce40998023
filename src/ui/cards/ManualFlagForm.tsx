/** "Flag an incident" for what the engine missed: a category and the words. */
import { useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Select, Textarea } from '@zendeskgarden/react-forms';
import type { IncidentCategory } from '../../engine/types';
import { useI18n } from '../hooks/useI18n';
import { Row, Sub } from './Card';

export interface ManualFlagProps {
  categories: readonly IncidentCategory[];
  categoryName(c: IncidentCategory): string;
  busy: boolean;
  onFlag(category: IncidentCategory, quote: string): Promise<boolean> | boolean;
}

export function ManualFlag({ categories, categoryName, busy, onFlag }: ManualFlagProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState<IncidentCategory | null>(categories[0] ?? null);
  const [quote, setQuote] = useState('');
  const [invalid, setInvalid] = useState(false);

  if (!open || category === null) {
    return (
      <Row>
        <Button size="small" onClick={() => setOpen(true)} disabled={categories.length === 0} data-testid="manual-open">
          {t('ui.manual.open')}
        </Button>
      </Row>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const words = quote.trim();
    if (!words) { setInvalid(true); return; }
    if (await onFlag(category, words)) {
      setQuote('');
      setInvalid(false);
      setOpen(false);
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
        <Button size="small" isBasic onClick={() => { setOpen(false); setInvalid(false); }}>{t('ui.manual.cancel')}</Button>
      </Row>
    </form>
  );
}
