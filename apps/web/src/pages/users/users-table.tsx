import type { v1 } from '@concord/client';
import { Badge, Group, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { UserActions } from './use-user-actions.ts';
import { UserActionsMenu } from './user-actions-menu.tsx';
import { userConditions, type UserCondition } from './user-status.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';

export function UsersTable({
  users,
  selfId,
  actions,
  canWrite,
}: {
  readonly users: readonly v1.User[];
  readonly selfId: string;
  readonly actions: UserActions;
  readonly canWrite: boolean;
}) {
  const { t, date } = useI18n();
  return (
    <TableScroll label={t('users.title')} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Caption className="visually-hidden">{t('users.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.username')}</Table.Th>
            <Table.Th scope="col">{t('users.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.role')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('users.created')}</Table.Th>
            {canWrite && <Table.Th scope="col">{t('users.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid={`user-row-${user.username}`}>
              <Table.Th scope="row" fw={600}>
                <bdi dir="ltr">{user.username}</bdi>
                {user.id === selfId && (
                  <Text component="span" size="sm" ms={6}>
                    ({t('users.you')})
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <bdi>{user.displayName}</bdi>
              </Table.Td>
              <Table.Td>{t(`role.${user.role}`)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {userConditions(user, new Date()).map((condition) => (
                    <ConditionBadge key={condition.kind} condition={condition} />
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{date(user.createdAt)}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <UserActionsMenu user={user} isSelf={user.id === selfId} actions={actions} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

const CONDITION_COLORS = {
  active: 'green',
  disabled: 'red',
  locked: 'orange',
  must_change_password: 'yellow',
  totp_on: 'blue',
  totp_required: 'grape',
} as const;

function ConditionBadge({ condition }: { readonly condition: UserCondition }) {
  const { t, dateTime } = useI18n();
  const label = (() => {
    switch (condition.kind) {
      case 'active':
        return t('users.statusActive');
      case 'disabled':
        return t('users.statusDisabled');
      case 'locked':
        return t('users.statusLocked', { time: dateTime(condition.until) });
      case 'must_change_password':
        return t('users.statusMustChange');
      case 'totp_on':
        return t('users.statusTotpOn');
      case 'totp_required':
        return t('users.statusTotpRequired');
    }
  })();
  return (
    <Badge variant="dot" color={CONDITION_COLORS[condition.kind]} tt="none">
      {label}
    </Badge>
  );
}
