import { Button, Stack, Text, TextInput } from '@mantine/core';
import type { SessionEnding } from '../../api/session-ending.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { GateLayout } from '../../shell/gate-layout.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { useSignInForm } from './use-sign-in-form.ts';
import { PasswordField } from '../../ui/password-field.tsx';

const ENDING_MESSAGES = {
  expired: 'session.expired',
  ended: 'session.ended',
  signed_out: 'session.signedOut',
} as const;

export function SignInPage({ ending }: { readonly ending: SessionEnding | null }) {
  const { t } = useI18n();
  const form = useSignInForm();
  return (
    <GateLayout title={t('signIn.title')} intro={t('signIn.intro')}>
      {ending && (
        <StatusMessage color={ending === 'signed_out' ? 'green' : 'blue'}>
          {t(ENDING_MESSAGES[ending])}
        </StatusMessage>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={form.username}
            onChange={(event) => form.setUsername(event.currentTarget.value)}
            error={form.problems.username ? t(form.problems.username) : undefined}
            data-autofocus
            autoFocus
          />
          <PasswordField
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            value={form.password}
            onChange={(event) => form.setPassword(event.currentTarget.value)}
            error={form.problems.password ? t(form.problems.password) : undefined}
          />
          {form.error ? <ErrorAlert error={form.error} /> : null}
          <Button type="submit" loading={form.pending}>
            {t('signIn.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('signIn.restricted')}
          </Text>
        </Stack>
      </form>
    </GateLayout>
  );
}
