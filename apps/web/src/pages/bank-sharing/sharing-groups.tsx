import type { v1 } from '@concord/client';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useCan } from '../../session/active-session.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { ListPaging } from '../../ui/list-paging.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePagedRows } from '../../ui/use-paged-rows.ts';
import { useSharingGroups } from './use-sharing.ts';
import { useGroupEditor, type GroupEditor } from './use-sharing-groups.ts';
import type { SharingGroup } from '../../api/federation-types.ts';

/** Sharing groups (named sets of peers that rules of every bank may name), and their editor. */
export function SharingGroups({ peers }: { readonly peers: readonly v1.Peer[] }) {
  const { t, isolate } = useI18n();
  const canAdmin = useCan('federation:admin');
  const groups = useSharingGroups();
  const editor = useGroupEditor();
  return (
    <Stack component="section" aria-labelledby="groups-heading">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={3} size="h4" id="groups-heading">
            {t('sharing.groupsTitle')}
          </Title>
          <Text size="sm">{t('sharing.groupsIntro')}</Text>
        </Stack>
        {canAdmin && (
          <Button
            variant="outline"
            onClick={() => editor.open({ kind: 'create' })}
            data-testid="create-group"
          >
            {t('sharing.createGroup')}
          </Button>
        )}
      </Group>
      {editor.saved && (
        <StatusMessage>{t('sharing.groupSaved', { name: isolate(editor.saved) })}</StatusMessage>
      )}
      {groups.isPending && <LoadingState />}
      {groups.isError && <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />}
      {groups.data && groups.data.length === 0 && <EmptyState>{t('sharing.noGroups')}</EmptyState>}
      {groups.data && groups.data.length > 0 && (
        <GroupsTable groups={groups.data} peers={peers} editor={canAdmin ? editor : null} />
      )}
      <GroupDialog editor={editor} peers={peers} />
    </Stack>
  );
}

function GroupsTable({
  groups,
  peers,
  editor,
}: {
  readonly groups: readonly SharingGroup[];
  readonly peers: readonly v1.Peer[];
  readonly editor: GroupEditor | null;
}) {
  const { t, list, isolate } = useI18n();
  const nameOf = (nodeId: string) => peers.find((p) => p.nodeId === nodeId)?.name ?? nodeId;
  const paged = usePagedRows(groups, 10);
  return (
    <>
      <TableScroll label={t('sharing.groupsTitle')} minWidth={600}>
        <Table striped verticalSpacing="sm" fz="sm" data-testid="groups-table">
          <Table.Caption className="visually-hidden">{t('sharing.groupsTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sharing.groupName')}</Table.Th>
              <Table.Th scope="col">{t('sharing.members')}</Table.Th>
              {editor && <Table.Th scope="col">{t('sharing.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((group) => (
              <Table.Tr key={group.id} data-testid={`group-row-${group.name}`}>
                <Table.Th scope="row" fw={600}>
                  <bdi>{group.name}</bdi>
                </Table.Th>
                <Table.Td>
                  {group.members.length === 0
                    ? t('sharing.noMembers')
                    : list(group.members.map((m) => isolate(nameOf(m))))}
                </Table.Td>
                {editor && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => editor.open({ kind: 'members', group })}
                      data-testid="edit-group-members"
                      aria-label={t('sharing.editMembersLabel', { name: isolate(group.name) })}
                    >
                      {t('sharing.editMembers')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListPaging rows={paged} label={t('sharing.groupsTitle')} />
    </>
  );
}

function GroupDialog({
  editor,
  peers,
}: {
  readonly editor: GroupEditor;
  readonly peers: readonly v1.Peer[];
}) {
  const { t, isolate } = useI18n();
  const dialog = editor.subject;
  if (!dialog) return null;
  return (
    <Modal
      opened={editor.opened}
      onClose={editor.close}
      title={
        dialog.kind === 'create'
          ? t('sharing.createGroupTitle')
          : t('sharing.membersTitle', { name: isolate(dialog.group.name) })
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          editor.submit();
        }}
      >
        <Stack>
          {dialog.kind === 'create' && (
            <TextInput
              label={t('sharing.groupName')}
              name="group-name"
              required
              autoComplete="off"
              value={editor.name}
              onChange={(event) => editor.setName(event.currentTarget.value)}
              error={editor.problem ? t(editor.problem) : undefined}
              data-autofocus
            />
          )}
          {peers.length === 0 ? (
            <Text size="sm">{t('sharing.noPeersForGroup')}</Text>
          ) : (
            <Checkbox.Group
              label={t('sharing.members')}
              description={t('sharing.membersHint')}
              value={[...editor.members]}
              onChange={editor.setMembers}
            >
              <Stack gap="xs" mt="xs">
                {peers.map((peer) => (
                  <Checkbox key={peer.nodeId} value={peer.nodeId} label={peer.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {editor.error ? <ErrorAlert error={editor.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={editor.close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={editor.pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
