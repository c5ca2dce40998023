/** The ticket's subject and requester, shown as soon as the ticket is read. */
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useI18n } from '../hooks/useI18n';

const List = styled.dl`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 2px ${(p) => p.theme.space.xs};
  margin: 0 0 ${(p) => p.theme.space.xs};
  & > dt { color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })}; }
  & > dd { margin: 0; overflow-wrap: anywhere; }
`;

export function TicketHeader({ subject, requester }: { subject: string | null; requester: string | null }) {
  const { t } = useI18n();
  return (
    <List>
      <dt>{t('ui.header.subject')}</dt>
      <dd data-testid="ticket-subject">{subject ?? t('ui.header.unknown')}</dd>
      <dt>{t('ui.header.requester')}</dt>
      <dd data-testid="requester-name">{requester ?? t('ui.header.unknown')}</dd>
    </List>
  );
}
