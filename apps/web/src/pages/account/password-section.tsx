import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useActiveSession } from '../../session/active-session.tsx';
import { PasswordChangeForm } from '../password-change/password-change-form.tsx';
import { usePasswordChange } from '../password-change/use-password-change.ts';
import { AccountSection } from './account-section.tsx';

export function PasswordSection() {
  const { t } = useI18n();
  const { user } = useActiveSession();
  const form = usePasswordChange(user.username, () => undefined);
  return (
    <AccountSection id="password" title={t('account.passwordTitle')}>
      <PasswordChangeForm form={form} />
    </AccountSection>
  );
}
