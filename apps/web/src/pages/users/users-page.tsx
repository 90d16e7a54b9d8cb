import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useActiveSession, useCan } from '../../session/active-session.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagingControls } from '../../ui/paging-controls.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { CreateUserDialog } from './create-user-dialog.tsx';
import { useCreateUser } from './use-create-user.ts';
import { useUserActions } from './use-user-actions.ts';
import { useUsersList } from './use-users-list.ts';
import { UserActionDialogs } from './user-action-dialogs.tsx';
import { UsersTable } from './users-table.tsx';

export function UsersPage() {
  const { t, isolate } = useI18n();
  const session = useActiveSession();
  const canWrite = useCan('users:write');
  const { paging, query } = useUsersList();
  const createForm = useCreateUser();
  const [creating, createDialog] = useDisclosure(false);
  const actions = useUserActions();
  const closeCreate = () => {
    createDialog.close();
    createForm.reset();
  };
  const outcome = actions.dialog ? null : actions.result;
  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={canWrite && <Button onClick={createDialog.open}>{t('users.create')}</Button>}
      />
      <Stack>
        {!actions.dialog && actions.error ? <ErrorAlert error={actions.error} /> : null}
        {outcome && (
          <StatusMessage>
            {outcome.kind === 'unlocked'
              ? t('users.unlocked', { name: isolate(outcome.user.displayName) })
              : t('users.updated', { name: isolate(outcome.user.displayName) })}
          </StatusMessage>
        )}
        {query.isPending && <LoadingState />}
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && query.data.items.length === 0 && <EmptyState>{t('users.empty')}</EmptyState>}
        {query.data && query.data.items.length > 0 && (
          <UsersTable
            users={query.data.items}
            selfId={session.user.id}
            actions={actions}
            canWrite={canWrite}
          />
        )}
        {query.data && <PagingControls paging={paging} total={query.data.total} />}
      </Stack>
      <CreateUserDialog opened={creating} onClose={closeCreate} form={createForm} />
      <UserActionDialogs actions={actions} />
    </>
  );
}
