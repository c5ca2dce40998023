/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { initialsOf } from '../../src/ui/cards/TicketHeader';
import { renderWithHost } from './render';
import { ticketData } from './fixtures';

describe('ticket header', () => {
  it('leads with the requester, then the subject, both named for screen readers', async () => {
    const r = renderWithHost(ticketData());
    const header = await screen.findByTestId('ticket-header');
    expect(within(header).getByTestId('requester-name')).toHaveTextContent(/^Claire Martin$/);
    expect(within(header).getByTestId('ticket-subject')).toHaveTextContent(/^Cancel my account$/);
    expect(header).toHaveTextContent('Requester: Claire Martin');
    expect(header).toHaveTextContent('Subject: Cancel my account');
    expect(header.textContent?.indexOf('Claire Martin')).toBeLessThan(header.textContent?.indexOf('Cancel my account') ?? 0);
    expect(header.querySelector('dl, dt, table')).toBeNull();
    expect(r.missing).toEqual([]);
  });

  it('initials: first and last word, letters only, "?" when there is no name', () => {
    expect(initialsOf('Claire Martin')).toBe('CM');
    expect(initialsOf('élodie')).toBe('É');
    expect(initialsOf('Jean-Pierre de la Tour')).toBe('JT');
    expect(initialsOf('  ')).toBe('?');
    expect(initialsOf(null)).toBe('?');
    expect(initialsOf('(Dana) Smith')).toBe('DS');
  });
});
