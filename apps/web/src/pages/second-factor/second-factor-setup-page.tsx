import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { showSession } from '../../session/session-view.ts';
import { useSignOut } from '../../session/use-sign-out.ts';
import { GateLayout } from '../../shell/gate-layout.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { TotpEnrolment } from './totp-enrolment.tsx';
import { useTotpEnrolment } from './use-totp-enrolment.ts';

/** Sign-in when an administrator requires a second factor that is not set up yet. */
export function SecondFactorSetupPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const enrolment = useTotpEnrolment(async () => {
    showSession(queryClient, await concord.session.get());
  });
  return (
    <GateLayout title={t('secondFactorSetup.title')} intro={t('secondFactorSetup.intro')}>
      <TotpEnrolment enrolment={enrolment} />
      {signOut.isError && <ErrorAlert error={signOut.error} />}
      <Button variant="subtle" onClick={() => signOut.mutate()} loading={signOut.isPending}>
        {t('header.signOut')}
      </Button>
    </GateLayout>
  );
}
