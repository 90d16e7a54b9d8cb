import { Button, Stack } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import type { usePasswordChange } from './use-password-change.ts';
import { PasswordField } from '../../ui/password-field.tsx';

/** Current, new and repeated password; used at first sign-in and on the account page. */
export function PasswordChangeForm({
  form,
  currentHint,
  autoFocus = false,
}: {
  readonly form: ReturnType<typeof usePasswordChange>;
  readonly currentHint?: string;
  readonly autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const problem = (field: 'current' | 'next' | 'repeat') => {
    const key = form.problems[field];
    return key ? t(key) : undefined;
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <Stack maw={520}>
        <PasswordField
          label={t('passwordChange.current')}
          description={currentHint}
          name="current-password"
          autoComplete="current-password"
          required
          value={form.values.current}
          onChange={(event) => form.set('current', event.currentTarget.value)}
          error={problem('current')}
          autoFocus={autoFocus}
        />
        <PasswordField
          label={t('passwordChange.new')}
          description={t('passwordChange.newHint')}
          name="new-password"
          autoComplete="new-password"
          required
          value={form.values.next}
          onChange={(event) => form.set('next', event.currentTarget.value)}
          error={problem('next')}
        />
        <PasswordField
          label={t('passwordChange.repeat')}
          name="repeat-password"
          autoComplete="new-password"
          required
          value={form.values.repeat}
          onChange={(event) => form.set('repeat', event.currentTarget.value)}
          error={problem('repeat')}
        />
        {form.error ? <ErrorAlert error={form.error} /> : null}
        {form.done && <StatusMessage>{t('passwordChange.done')}</StatusMessage>}
        <Button type="submit" loading={form.pending} w="fit-content">
          {t('passwordChange.submit')}
        </Button>
      </Stack>
    </form>
  );
}
