import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  directionOf,
  fillPlaceholders,
  initialLocale,
  type Locale,
  type Translate,
} from './catalogue.ts';
import { CATALOGUES } from './catalogues.ts';
import { formattersFor, type Formatters } from './formatters.ts';

export interface I18n extends Formatters {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly t: Translate;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);

export function translatorFor(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, ...args) => fillPlaceholders(catalogue[key], args[0]);
}

/** Holds the UI language; starts from the browser's languages until the user's saved one is known. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => initialLocale(null, navigator.languages));
  const value = useMemo<I18n>(
    () => ({
      locale,
      dir: directionOf(locale),
      t: translatorFor(locale),
      setLocale,
      ...formattersFor(locale),
    }),
    [locale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n is used outside <I18nProvider>');
  return i18n;
}
