import { Alert } from '@zendeskgarden/react-notifications';
import type { SettingsProblem } from '../../lib/settings';
import { useI18n } from '../hooks/useI18n';

/** Admin-facing: which installation parameter is invalid; its default is in use. */
export function SettingsNotice({ problems }: { problems: readonly SettingsProblem[] }) {
  const { t, has } = useI18n();
  if (problems.length === 0) return null;
  return (
    <Alert type="warning" data-testid="state-settings">
      <Alert.Title>{t('ui.state.settings.title')}</Alert.Title>
      <Alert.Paragraph>{t('ui.state.settings.intro')}</Alert.Paragraph>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {problems.map((p, i) => {
          const codeKey = `ui.state.settings.codes.${p.code}`;
          const problem = has(codeKey) ? t(codeKey) : t('ui.state.settings.codes.unknown');
          const vars = { parameter: p.parameter, problem, line: p.line ?? 0 };
          return <li key={i}>{t(p.line ? 'ui.state.settings.item_line' : 'ui.state.settings.item', vars)}</li>;
        })}
      </ul>
    </Alert>
  );
}
