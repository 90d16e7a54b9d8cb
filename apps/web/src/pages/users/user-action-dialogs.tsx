import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { ROLES } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { OneTimeSecret } from '../../ui/one-time-secret.tsx';
import type { UserActions } from './use-user-actions.ts';

/** The confirmation (or result) dialog of the action in progress, if any. */
export function UserActionDialogs({ actions }: { readonly actions: UserActions }) {
  const { t, isolate } = useI18n();
  const { dialog, result } = actions;
  if (!dialog) return null;
  const name = isolate(dialog.user.displayName);
  const common = {
    opened: true,
    onClose: actions.close,
    onConfirm: actions.confirm,
    pending: actions.pending,
    error: actions.error,
  };
  switch (dialog.kind) {
    case 'role':
      return (
        <ConfirmDialog
          {...common}
          title={t('users.roleTitle', { name })}
          message={t('users.roleBody')}
          confirmLabel={t('users.changeRole')}
        >
          <NativeSelect
            label={t('users.newRole')}
            value={actions.role}
            onChange={(event) => {
              const role = ROLES.find((r) => r === event.currentTarget.value);
              if (role) actions.setRole(role);
            }}
            data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            data-autofocus
          />
        </ConfirmDialog>
      );
    case 'disable':
      return (
        <ConfirmDialog
          {...common}
          title={t('users.disableTitle', { name })}
          message={t('users.disableBody', { name })}
          confirmLabel={t('users.disable')}
        />
      );
    case 'stop_require_totp':
      return (
        <ConfirmDialog
          {...common}
          title={t('users.stopRequireTitle', { name })}
          message={t('users.stopRequireBody')}
          confirmLabel={t('users.stopRequireTotp')}
        />
      );
    case 'reset_password':
      if (result?.kind === 'password_reset') {
        return (
          <Modal
            opened
            onClose={actions.close}
            title={t('users.resetDoneTitle', { name })}
            closeButtonProps={{ 'aria-label': t('common.close') }}
            size="lg"
          >
            <Stack>
              <Text size="sm">{t('users.resetDoneIntro', { name })}</Text>
              <OneTimeSecret
                label={t('oneTime.label')}
                value={result.oneTimePassword}
                warning={t('oneTime.warning')}
                testId="one-time-password"
              />
              <Group justify="flex-end">
                <Button onClick={actions.close}>{t('common.done')}</Button>
              </Group>
            </Stack>
          </Modal>
        );
      }
      return (
        <ConfirmDialog
          {...common}
          title={t('users.resetTitle', { name })}
          message={t('users.resetBody')}
          confirmLabel={t('users.resetPassword')}
        />
      );
  }
}
