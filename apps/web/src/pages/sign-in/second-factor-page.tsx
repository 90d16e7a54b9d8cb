import { Button, Stack, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { GateLayout } from '../../shell/gate-layout.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { useSecondFactorForm } from './use-second-factor-form.ts';

/** Sign-in, second step: the code from the authenticator app. */
export function SecondFactorPage() {
  const { t } = useI18n();
  const form = useSecondFactorForm();
  return (
    <GateLayout title={t('signIn.codeTitle')} intro={t('signIn.codeIntro')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('signIn.code')}
            description={t('signIn.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            dir="ltr"
            value={form.code}
            onChange={(event) => form.setCode(event.currentTarget.value)}
            error={form.problem ? t(form.problem) : undefined}
            autoFocus
          />
          {form.error ? <ErrorAlert error={form.error} /> : null}
          <Button type="submit" loading={form.pending}>
            {t('signIn.verify')}
          </Button>
          <Button variant="subtle" onClick={form.cancel} loading={form.cancelling}>
            {t('signIn.otherAccount')}
          </Button>
        </Stack>
      </form>
    </GateLayout>
  );
}
