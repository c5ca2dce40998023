/**
 * The app root: the host gate (connect, settings, locale, theme) around the component
 * of the location Zendesk opened us in. Adding a location is one line in locations.ts.
 */
import { Suspense } from 'react';
import type { HostPort } from '../host/port';
import { HostProvider } from './host/HostProvider';
import { LOCATIONS, type LocationName } from './locations';
import { Loading } from './states/Loading';

export interface AppProps {
  connect: () => Promise<HostPort>;
  location?: LocationName;
  onMissingKey?: (key: string, locale: string) => void;
}

export function App({ connect, location = 'ticket_sidebar', onMissingKey }: AppProps) {
  const Location = LOCATIONS[location];
  return (
    <HostProvider connect={connect} onMissingKey={onMissingKey}>
      <Suspense fallback={<Loading />}>
        <Location />
      </Suspense>
    </HostProvider>
  );
}
