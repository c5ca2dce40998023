/**
 * The UI language: one I18n instance (src/lib/i18n) per agent locale, shared by
 * context. fr-CA -> fr -> en fallback comes from createI18n.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { createI18n, DICTIONARIES, type I18n } from '../../lib/i18n';

const I18nContext = createContext<I18n>(createI18n('en'));

export interface I18nProviderProps {
  locale: string | null;
  /** Tests pass a collector here to catch keys missing from translations/*.json. */
  onMissing?: (key: string, locale: string) => void;
  children: ReactNode;
}

export function I18nProvider({ locale, onMissing, children }: I18nProviderProps) {
  const i18n = useMemo(() => createI18n(locale, DICTIONARIES, onMissing ? { onMissing } : {}), [locale, onMissing]);
  // Screen readers pick the voice from the document language.
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = i18n.lang;
  }, [i18n.lang]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
