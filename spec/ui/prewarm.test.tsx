/** @jest-environment jsdom */
/**
 * The first reading's warm-up render: the sample cards render without a host, and the
 * warm-up leaves nothing in the page.
 */
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../src/ui/hooks/useI18n';
import { Themed } from '../../src/ui/theme';
import { prewarmReading, WarmupReading } from '../../src/ui/prewarm';

/** The warm-up renders off-page on purpose, outside any act() scope, as in the browser. */
const flag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let actEnvironment: boolean | undefined;
beforeEach(() => { actEnvironment = flag.IS_REACT_ACT_ENVIRONMENT; });
afterEach(() => { flag.IS_REACT_ACT_ENVIRONMENT = actEnvironment; });

describe('prewarm', () => {
  it('renders off-page once, injects the cards\u2019 styles and leaves the document unchanged', async () => {
    const before = document.body.innerHTML;
    const css = () => [...document.head.querySelectorAll('style')].map((st) => st.textContent ?? '').join('').length;
    const cssBefore = css();
    flag.IS_REACT_ACT_ENVIRONMENT = false;
    prewarmReading('light', 'en');
    prewarmReading('light', 'en'); // once per page (this test runs first: nothing rendered before)
    expect(document.body.innerHTML).toBe(before);
    expect(css()).toBeGreaterThan(cssBefore + 500); // the cards' CSS is in the page's sheet
    await new Promise((r) => setTimeout(r, 5));
    expect(document.body.innerHTML).toBe(before);
  });
  it('renders nothing once stopped (the real reading is coming)', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../src/ui/prewarm') as typeof import('../../src/ui/prewarm');
      const css = () => document.head.innerHTML.length;
      const before = css();
      fresh.prewarmReading('dark', 'fr', () => true);
      expect(css()).toBe(before);
    });
  });

  it('renders the sample reading with the real cards (no host needed)', () => {
    render(<Themed scheme="dark"><I18nProvider locale="fr"><WarmupReading /></I18nProvider></Themed>);
    expect(screen.getByTestId('card-complaint')).toBeTruthy();
    expect(screen.getAllByTestId('incident').length).toBeGreaterThan(0);
  });

});
