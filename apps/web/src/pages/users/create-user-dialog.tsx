import { Button, Group, Modal, NativeSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { ROLES, type Role } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { OneTimeSecret } from '../../ui/one-time-secret.tsx';
import type { useCreateUser } from './use-create-user.ts';

/** The create-user form, then (once) the new user's one-time password. */
export function CreateUserDialog({
  opened,
  onClose,
  form,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly form: ReturnType<typeof useCreateUser>;
}) {
  const { t, isolate } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('users.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {form.created ? (
        <Stack>
          <Text size="sm">
            {t('users.createdIntro', { name: isolate(form.created.user.displayName) })}
          </Text>
          <OneTimeSecret
            label={t('oneTime.label')}
            value={form.created.oneTimePassword}
            warning={t('oneTime.warning')}
            testId="one-time-password"
          />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            form.submit();
          }}
        >
          <Stack>
            <TextInput
              label={t('users.username')}
              description={t('users.usernameHint')}
              name="username"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              dir="ltr"
              value={form.values.username}
              onChange={(event) => form.set('username', event.currentTarget.value)}
              error={form.problems.username ? t(form.problems.username) : undefined}
              data-autofocus
            />
            <TextInput
              label={t('users.displayName')}
              name="display-name"
              autoComplete="off"
              required
              value={form.values.displayName}
              onChange={(event) => form.set('displayName', event.currentTarget.value)}
              error={form.problems.displayName ? t(form.problems.displayName) : undefined}
            />
            <NativeSelect
              label={t('users.role')}
              name="role"
              value={form.values.role}
              onChange={(event) => {
                const role = ROLES.find((r) => r === event.currentTarget.value);
                if (role) form.set('role', role);
              }}
              data={ROLES.map((role: Role) => ({ value: role, label: t(`role.${role}`) }))}
            />
            <Switch
              label={t('users.requireTotp')}
              description={t('users.requireTotpHint')}
              checked={form.values.totpRequired}
              onChange={(event) => form.set('totpRequired', event.currentTarget.checked)}
            />
            {form.error ? <ErrorAlert error={form.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.pending}>
                {t('users.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
