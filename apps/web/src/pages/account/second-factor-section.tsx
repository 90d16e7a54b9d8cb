import { Button, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { TotpEnrolment } from '../second-factor/totp-enrolment.tsx';
import { AccountSection } from './account-section.tsx';
import { useSecondFactor } from './use-second-factor.ts';
import { PasswordField } from '../../ui/password-field.tsx';

export function SecondFactorSection() {
  const { t } = useI18n();
  const { user, enrolment, disabling } = useSecondFactor();
  return (
    <AccountSection id="second-factor" title={t('account.secondFactorTitle')}>
      {disabling.done && <StatusMessage>{t('account.totpDisabled')}</StatusMessage>}
      {enrolment.done && <StatusMessage>{t('totp.done')}</StatusMessage>}
      {user.totpEnabled ? (
        <>
          <Text size="sm">{t('account.totpOn')}</Text>
          {user.totpRequired ? (
            <Text size="sm">{t('account.totpRequiredByAdmin')}</Text>
          ) : (
            <Button variant="outline" color="red.9" onClick={disabling.open} w="fit-content">
              {t('account.totpDisable')}
            </Button>
          )}
        </>
      ) : (
        <>
          <Text size="sm">{t('account.totpOff')}</Text>
          <TotpEnrolment enrolment={enrolment} />
        </>
      )}
      <ConfirmDialog
        opened={disabling.opened}
        onClose={disabling.close}
        onConfirm={disabling.submit}
        title={t('account.totpDisableTitle')}
        message={t('account.totpDisableBody')}
        confirmLabel={t('account.totpDisableSubmit')}
        pending={disabling.pending}
        error={disabling.error}
      >
        <PasswordField
          label={t('account.password')}
          autoComplete="current-password"
          required
          value={disabling.password}
          onChange={(event) => disabling.setPassword(event.currentTarget.value)}
          error={disabling.problem ? t(disabling.problem) : undefined}
          data-autofocus
        />
      </ConfirmDialog>
    </AccountSection>
  );
}
