/** @jest-environment jsdom */
/**
 * When the off-page warm-up of the reading's cards runs: while the worker analyses the
 * first ticket (the main thread idles then), not while the ticket loads (the main
 * thread then also runs the host's answers), and once per page.
 */
import { act, screen, waitFor } from '@testing-library/react';
import type { HostPort } from '../../src/host/port';
import { renderWithHost } from './render';
import { makeAnalysis, ticketData } from './fixtures';

jest.mock('../../src/engine/analyze', () => ({ analyze: jest.fn() }));
jest.mock('../../src/ui/prewarm', () => ({ prewarmReading: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const analyzeMock = (require('../../src/engine/analyze') as { analyze: jest.Mock }).analyze;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const prewarm = (require('../../src/ui/prewarm') as { prewarmReading: jest.Mock }).prewarmReading;

const tick = (ms: number) => act(() => new Promise<void>((r) => { setTimeout(r, ms); }));

it('warms up once the first ticket is loaded, not while it loads, and only once', async () => {
  analyzeMock.mockImplementation(() => makeAnalysis());
  let release = (): void => undefined;
  const gate = new Promise<void>((r) => { release = r; });
  // The ticket read waits for the gate.
  const r = renderWithHost(ticketData(), (host) => () => Promise.resolve(new Proxy(host, {
    get(target, key, receiver) {
      if (key === 'ticket') return async () => { await gate; return target.ticket(); };
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as HostPort));
  await screen.findByTestId('state-loading');
  await tick(30);
  expect(prewarm).not.toHaveBeenCalled();
  release();
  await screen.findByTestId('card-complaint');
  await waitFor(() => expect(prewarm).toHaveBeenCalledTimes(1));
  expect(prewarm).toHaveBeenCalledWith('light', expect.any(String), expect.any(Function));
  // The reading is on screen: the warm-up is told to stop.
  expect((prewarm.mock.calls[0] as [string, string, () => boolean])[2]()).toBe(true);
  // A new comment: the reading goes through "analysing" again, without a second warm-up.
  r.host.addComment({ id: 99, author_id: 501, public: true, created_at: null, body: 'Another word.' });
  await waitFor(() => expect(analyzeMock).toHaveBeenCalledTimes(2), { timeout: 5000 });
  await tick(30);
  expect(prewarm).toHaveBeenCalledTimes(1);
});
