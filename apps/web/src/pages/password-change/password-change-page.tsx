import type { v1 } from '@concord/client';
import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { showSession } from '../../session/session-view.ts';
import { useSignOut } from '../../session/use-sign-out.ts';
import { GateLayout } from '../../shell/gate-layout.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { PasswordChangeForm } from './password-change-form.tsx';
import { usePasswordChange } from './use-password-change.ts';

/** First sign-in with a one-time password: a new password before anything else. */
export function PasswordChangePage({ session }: { readonly session: v1.Session }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const form = usePasswordChange(session.user.username, async () => {
    showSession(queryClient, await concord.session.get());
  });
  return (
    <GateLayout title={t('passwordChange.title')} intro={t('passwordChange.intro')}>
      <PasswordChangeForm
        form={form}
        currentHint={t('passwordChange.currentOneTimeHint')}
        autoFocus
      />
      {signOut.isError && <ErrorAlert error={signOut.error} />}
      <Button variant="subtle" onClick={() => signOut.mutate()} loading={signOut.isPending}>
        {t('header.signOut')}
      </Button>
    </GateLayout>
  );
}
