/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HostError, type HostPort } from '../../src/host/port';
import { renderWithHost } from './render';
import { schemeFromQuery } from '../../src/ui/host/HostProvider';

describe('host gate', () => {
  it('shows a skeleton until the host is registered', async () => {
    let resolve: (h: HostPort) => void = () => undefined;
    const r = renderWithHost({}, () => () => new Promise<HostPort>((res) => { resolve = res; }));
    expect(screen.getByTestId('state-loading')).toHaveAttribute('aria-busy', 'true');
    await act(async () => resolve(r.host));
    // Then the location's code loads and the ticket is read (more skeleton), then the reading.
    await waitFor(() => expect(screen.queryByTestId('state-loading')).toBeNull(), { timeout: 5000 });
    expect(r.missing).toEqual([]);
  });

  it('explains that the page must be opened inside Zendesk (no crash)', async () => {
    const r = renderWithHost({}, () => () => Promise.reject(new HostError('not_in_host', 'no origin/app_guid')));
    expect(await screen.findByTestId('state-not-in-host')).toHaveTextContent(/inside Zendesk/);
    expect(screen.queryByRole('button')).toBeNull();
    expect(r.missing).toEqual([]);
  });

  it('shows the API error by code with a retry that works', async () => {
    const r = renderWithHost({}, (host) => {
      host.fail('settings', 'rate_limited', 1);
      return () => Promise.resolve(host);
    });
    const alert = await screen.findByTestId('state-error');
    expect(alert).toHaveAttribute('data-code', 'rate_limited');
    expect(alert).toHaveTextContent(/limiting requests/);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByTestId('state-error')).toBeNull());
    expect(r.missing).toEqual([]);
  });

  it('names the invalid parameter for the admin and keeps working on defaults', async () => {
    const r = renderWithHost({ settings: { tag_prefix: 'Bad Prefix!', custom_phrases: 'ok => fine\nbroken line' } });
    const notice = await screen.findByTestId('state-settings');
    expect(notice).toHaveTextContent('tag_prefix');
    expect(notice).toHaveTextContent(/custom_phrases, line 2/);
    expect(r.missing).toEqual([]);
  });

  it('uses the agent locale with fallback (fr-CA -> fr) and follows the color scheme', async () => {
    const r = renderWithHost({ locale: 'fr-CA', colorScheme: 'dark', settings: { languages: 'xx' } });
    expect(await screen.findByTestId('state-settings')).toHaveTextContent(/administrateur/);
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByTestId('tact-root')).toHaveAttribute('data-scheme', 'dark');
    act(() => r.host.setScheme('light'));
    await waitFor(() => expect(screen.getByTestId('tact-root')).toHaveAttribute('data-scheme', 'light'));
    expect(r.missing).toEqual([]);
  });

  it('paints in the scheme of the iframe URL before the host answers (no light flash), then follows the host', async () => {
    window.history.replaceState(null, '', '/?origin=x&app_guid=y&colorScheme=dark');
    try {
      let release: () => void = () => undefined;
      const r = renderWithHost({ colorScheme: 'light' }, (host) => () => new Promise((resolve) => { release = () => resolve(host); }));
      expect(screen.getByTestId('state-loading')).toBeInTheDocument();
      expect(screen.getByTestId('tact-root')).toHaveAttribute('data-scheme', 'dark');
      const css = () => [...document.styleSheets].flatMap((sh) => [...sh.cssRules].map((r) => r.cssText)).join('').replace(/\s+/g, '');
      // Garden's skeleton in dark mode: a light tint over the dark background.
      expect(css()).toContain('background-color:rgba(255,255,255,0.16)');
      act(() => release());
      await waitFor(() => expect(screen.getByTestId('tact-root')).toHaveAttribute('data-scheme', 'light'));
      expect(r.missing).toEqual([]);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('reads only light or dark from the query', () => {
    expect(schemeFromQuery('?colorScheme=dark')).toBe('dark');
    expect(schemeFromQuery('?a=1&colorScheme=light')).toBe('light');
    expect(schemeFromQuery('?colorScheme=purple')).toBeNull();
    expect(schemeFromQuery('')).toBeNull();
  });
});
