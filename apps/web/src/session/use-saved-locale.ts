import { useEffect } from 'react';
import { isLocale } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import type { SessionView } from './session-view.ts';

/** Once the user is known, their saved language wins over the browser's. */
export function useSavedLocale(view: SessionView | undefined): void {
  const { setLocale } = useI18n();
  const saved = view?.kind === 'signed_in' ? view.session.user.locale : null;
  const userId = view?.kind === 'signed_in' ? view.session.user.id : null;
  useEffect(() => {
    if (saved && isLocale(saved)) setLocale(saved);
  }, [userId, saved, setLocale]);
}
