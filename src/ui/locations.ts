/**
 * Zendesk location name -> the component rendered there. Each location is its own
 * chunk: the shell (host gate, theme, states) paints first, and a location's code is
 * fetched at startup, while the host handshake runs (preloadLocation in main.tsx).
 * Adding a location is one loader here.
 */
import { lazy, type ComponentType } from 'react';

const LOADERS = {
  ticket_sidebar: () => import(/* webpackChunkName: "ticket-sidebar" */ './TicketSidebar').then((m) => ({ default: m.TicketSidebar })),
} satisfies Record<string, () => Promise<{ default: ComponentType }>>;

export type LocationName = keyof typeof LOADERS;

export const LOCATIONS: Readonly<Record<LocationName, ComponentType>> = {
  ticket_sidebar: lazy(LOADERS.ticket_sidebar),
};

/** Start fetching a location's code now (webpack caches the chunk for the lazy component). */
export function preloadLocation(name: LocationName): void {
  LOADERS[name]().catch(() => undefined); // a failure shows up (and is retried) when it renders
}
