import { useMutation, useQueryClient } from '@tanstack/react-query';
import { concord } from '../api/concord-client.ts';
import type { Locale } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { showUser } from '../session/session-view.ts';

/**
 * Switches the UI language at once; when someone is signed in, also saves it
 * to their account (PATCH /me) so it follows them to other devices.
 */
export function useLanguageChoice({ save }: { readonly save: boolean }) {
  const { locale, setLocale } = useI18n();
  const queryClient = useQueryClient();
  const saving = useMutation({
    mutationFn: (next: Locale) => concord.me.update({ locale: next }),
    onSuccess: (user) => showUser(queryClient, user),
  });
  return {
    locale,
    saving,
    choose(next: Locale) {
      setLocale(next);
      if (save) saving.mutate(next);
    },
  };
}
