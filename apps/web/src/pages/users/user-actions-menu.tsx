import type { v1 } from '@concord/client';
import { Button, Menu } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { UserActions } from './use-user-actions.ts';
import { isLocked } from './user-status.ts';

/** The actions an administrator may take on one account (never on their own role or status). */
export function UserActionsMenu({
  user,
  isSelf,
  actions,
}: {
  readonly user: v1.User;
  readonly isSelf: boolean;
  readonly actions: UserActions;
}) {
  const { t } = useI18n();
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          aria-label={t('users.actionsFor', { name: user.username })}
          data-testid={`user-actions-${user.username}`}
        >
          {t('users.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {!isSelf && (
          <Menu.Item onClick={() => actions.ask({ kind: 'role', user })}>
            {t('users.changeRole')}
          </Menu.Item>
        )}
        {user.totpRequired ? (
          <Menu.Item onClick={() => actions.ask({ kind: 'stop_require_totp', user })}>
            {t('users.stopRequireTotp')}
          </Menu.Item>
        ) : (
          <Menu.Item onClick={() => actions.requireTotp(user)}>
            {t('users.requireTotpAction')}
          </Menu.Item>
        )}
        {isLocked(user, new Date()) && (
          <Menu.Item onClick={() => actions.unlock(user)}>{t('users.unlock')}</Menu.Item>
        )}
        <Menu.Item onClick={() => actions.ask({ kind: 'reset_password', user })}>
          {t('users.resetPassword')}
        </Menu.Item>
        {!isSelf &&
          (user.disabled ? (
            <Menu.Item onClick={() => actions.enable(user)}>{t('users.enable')}</Menu.Item>
          ) : (
            <Menu.Item onClick={() => actions.ask({ kind: 'disable', user })}>
              {t('users.disable')}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
