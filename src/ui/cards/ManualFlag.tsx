/**
 * "Flag an incident" for what the engine missed: a button that opens the form. The
 * form is its own chunk, fetched when the agent points at or focuses the button.
 */
import { lazy, Suspense, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { IncidentCategory } from '../../engine/types';
import { useI18n } from '../hooks/useI18n';
import { Loading } from '../states/Loading';
import { Row } from './Card';

export interface ManualFlagProps {
  categories: readonly IncidentCategory[];
  categoryName(c: IncidentCategory): string;
  busy: boolean;
  onFlag(category: IncidentCategory, quote: string): Promise<boolean> | boolean;
}

const loadForm = () => import(/* webpackChunkName: "manual-flag" */ './ManualFlagForm');
const ManualFlagForm = lazy(loadForm);

export function ManualFlag(props: ManualFlagProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open || props.categories.length === 0) {
    return (
      <Row>
        <Button size="small" onClick={() => setOpen(true)} onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}
          disabled={props.categories.length === 0} data-testid="manual-open">
          {t('ui.manual.open')}
        </Button>
      </Row>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <ManualFlagForm {...props} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
