import { useHost } from './host/HostProvider';
import { SettingsNotice } from './states/SettingsNotice';

export function TicketSidebar() {
  const { problems } = useHost();
  return <SettingsNotice problems={problems} />;
}
