import { AppLayout } from '../shell/app-layout.tsx';
import { GateLayout } from '../shell/gate-layout.tsx';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { LoadingState } from '../ui/loading-state.tsx';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { PasswordChangePage } from '../pages/password-change/password-change-page.tsx';
import { SecondFactorSetupPage } from '../pages/second-factor/second-factor-setup-page.tsx';
import { SecondFactorPage } from '../pages/sign-in/second-factor-page.tsx';
import { SignInPage } from '../pages/sign-in/sign-in-page.tsx';
import { ActiveSessionContext } from '../session/active-session.tsx';
import { useSavedLocale } from '../session/use-saved-locale.ts';
import { useSessionView } from '../session/use-session-view.ts';

/** Chooses what to show from the session: sign-in, a step the user must finish, or the app. */
export function AppView() {
  const { t } = useI18n();
  const query = useSessionView();
  useSavedLocale(query.data);
  if (query.isPending) {
    return (
      <GateLayout title={t('app.loading')}>
        <LoadingState />
      </GateLayout>
    );
  }
  if (query.isError) {
    return (
      <GateLayout title={t('session.checkFailed')}>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </GateLayout>
    );
  }
  const view = query.data;
  if (view.kind === 'signed_out') return <SignInPage ending={view.ending} />;
  const { session } = view;
  switch (session.state) {
    case 'second_factor_pending':
      return <SecondFactorPage />;
    case 'password_change_required':
      return <PasswordChangePage session={session} />;
    case 'second_factor_setup_required':
      return <SecondFactorSetupPage />;
    case 'active':
      return (
        <ActiveSessionContext value={session}>
          <AppLayout />
        </ActiveSessionContext>
      );
  }
}
