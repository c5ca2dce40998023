import type { ComponentType } from 'react';
import { TicketSidebar } from './TicketSidebar';

/** Zendesk location name -> the component rendered there. */
export const LOCATIONS = {
  ticket_sidebar: TicketSidebar,
} satisfies Record<string, ComponentType>;

export type LocationName = keyof typeof LOCATIONS;
