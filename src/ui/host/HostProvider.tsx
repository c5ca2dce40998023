/**
 * The gate between the help desk and the sidebar: connects once, reads the settings,
 * the agent's locale and color scheme, and renders only a skeleton until that is done.
 * Components get the host from useHost(), never from a global.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import type { ColorScheme, HostError, HostPort } from '../../host/port';
import { MARKS, markOnce } from '../../lib/perfMarks';
import type { SettingsProblem, TactSettings } from '../../lib/settings';
import { Themed } from '../theme';
import { I18nProvider, useI18n } from '../hooks/useI18n';
import { useAutoResize } from '../hooks/useAutoResize';
import { toHostError } from './hostError';
import { Loading } from '../states/Loading';
import { VisuallyHidden } from '../text/VisuallyHidden';
import { NotInHost } from '../states/NotInHost';
import { ApiError } from '../states/ApiError';

export interface HostContextValue {
  host: HostPort;
  settings: TactSettings;
  problems: SettingsProblem[];
  locale: string;
  scheme: ColorScheme;
}

const HostContext = createContext<HostContextValue | null>(null);

export function useHost(): HostContextValue {
  const v = useContext(HostContext);
  if (!v) throw new Error('useHost() used outside <HostProvider>');
  return v;
}

type Phase = { kind: 'connecting' } | { kind: 'failed'; error: HostError } | { kind: 'ready'; value: HostContextValue };

function browserLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';
}

/** Zendesk passes the agent's scheme in the iframe URL (`?colorScheme=dark`); null when absent or unknown. */
export function schemeFromQuery(search: string): ColorScheme | null {
  const v = new URLSearchParams(search).get('colorScheme');
  return v === 'dark' || v === 'light' ? v : null;
}

/**
 * The scheme before the host answers: the iframe URL's, else the browser's preference.
 * Read at the first render, before ZAF initialises, so a dark Zendesk never flashes light.
 */
export function initialScheme(): ColorScheme {
  if (typeof window === 'undefined') return 'light';
  return schemeFromQuery(window.location.search) ?? (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

/** Settings parsing (zod) is a lazy chunk: fetched while the host connects, not in the first script. */
const loadSettings = () => import(/* webpackChunkName: "settings" */ '../../lib/settings');

/** Start fetching the settings parser now (the entry calls it before React's first render). */
export function preloadSettings(): void {
  loadSettings().catch(() => undefined); // open() awaits its own import and reports a failure
}

async function open(connect: () => Promise<HostPort>): Promise<HostContextValue> {
  const settingsModule = loadSettings();
  settingsModule.catch(() => undefined); // awaited below
  const host = await connect();
  const [raw, locale, scheme] = await Promise.all([host.settings(), host.locale(), host.colorScheme()]);
  const { settings, problems } = (await settingsModule).parseSettings(raw);
  return { host, settings, problems, locale, scheme };
}

/** The page's level-one heading: read by screen readers, not shown. */
function Title() {
  const { t } = useI18n();
  return <VisuallyHidden as="h1">{t('ui.title')}</VisuallyHidden>;
}

const Frame = styled.main`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.xxs};
`;

export interface HostProviderProps {
  connect: () => Promise<HostPort>;
  children: ReactNode;
  /** For tests: collects translation keys that are missing. */
  onMissingKey?: (key: string, locale: string) => void;
}

export function HostProvider({ connect, children, onMissingKey }: HostProviderProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'connecting' });
  const [attempt, setAttempt] = useState(0);
  const [firstScheme] = useState(initialScheme);
  const frameRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    setPhase({ kind: 'connecting' });
    open(connect).then(
      (value) => { markOnce(MARKS.hostReady); if (live) setPhase({ kind: 'ready', value }); },
      (e: unknown) => live && setPhase({ kind: 'failed', error: toHostError(e) }),
    );
    return () => { live = false; };
  }, [connect, attempt]);

  const ready = phase.kind === 'ready' ? phase.value : null;
  const host = ready?.host ?? null;

  // Follow the host's light/dark switch.
  useEffect(() => {
    if (!host) return undefined;
    return host.on((e) => {
      if (e.type === 'colorScheme.changed') {
        setPhase((p) => (p.kind === 'ready' && p.value.scheme !== e.scheme ? { kind: 'ready', value: { ...p.value, scheme: e.scheme } } : p));
      }
    });
  }, [host]);

  const resize = useCallback((h: number) => host?.resize(h), [host]);
  useAutoResize(frameRef, host ? resize : null);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  let body: ReactNode;
  if (phase.kind === 'connecting') body = <Loading />;
  else if (phase.kind === 'failed') body = phase.error.code === 'not_in_host' ? <NotInHost /> : <ApiError error={phase.error} onRetry={retry} />;
  else body = <HostContext.Provider value={phase.value}>{children}</HostContext.Provider>;

  return (
    <Themed scheme={ready?.scheme ?? firstScheme}>
      <I18nProvider locale={ready?.locale ?? browserLocale()} onMissing={onMissingKey}>
        <Frame ref={frameRef} data-testid="tact-root" data-scheme={ready?.scheme ?? firstScheme}>
          <Title />
          {body}
        </Frame>
      </I18nProvider>
    </Themed>
  );
}
