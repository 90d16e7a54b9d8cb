import type { v1 } from '@concord/client';
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { linkProps } from '../../routing/link-props.ts';
import { paths } from '../../routing/paths.ts';
import { Moment } from '../../ui/moment.tsx';
import { PeerName } from '../../ui/peer-name.tsx';
import { ListPaging } from '../../ui/list-paging.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePagedRows } from '../../ui/use-paged-rows.ts';
import { SyncProgress } from './sync-progress.tsx';
import type { SyncNow } from './use-received.ts';
import type { Subscription } from '../../api/federation-types.ts';

/**
 * Subscriptions with their progress: how far the sync has come (change X of
 * the peer's Y), the signals held, the last sync and its error.
 */
export function SubscriptionsTable({
  subscriptions,
  peers,
  sync,
}: {
  readonly subscriptions: readonly Subscription[];
  readonly peers: ReadonlyMap<string, v1.Peer>;
  /** Null for those who may only read. */
  readonly sync: SyncNow | null;
}) {
  const { t, number, isolate } = useI18n();
  const paged = usePagedRows(subscriptions, 25);
  return (
    <>
      <TableScroll label={t('received.subscriptionsTitle')} minWidth={900}>
        <Table
          striped
          verticalSpacing="sm"
          fz="sm"
          className="signals-table"
          data-testid="subscriptions-table"
        >
          <Table.Caption className="visually-hidden">
            {t('received.subscriptionsTitle')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('received.localBank')}</Table.Th>
              <Table.Th scope="col">{t('received.peer')}</Table.Th>
              <Table.Th scope="col">{t('received.status')}</Table.Th>
              <Table.Th scope="col">{t('received.progress')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('banks.signalCount')}
              </Table.Th>
              <Table.Th scope="col">{t('received.lastSync')}</Table.Th>
              <Table.Th scope="col">{t('received.lastError')}</Table.Th>
              {sync && <Table.Th scope="col">{t('received.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((s) => (
              <Table.Tr key={s.id} data-testid={`subscription-row-${s.localBankName}`}>
                <Table.Th scope="row">
                  <Anchor
                    {...linkProps(paths.bank(s.localBankName))}
                    fw={600}
                    size="sm"
                    className="nowrap"
                  >
                    <bdi dir="ltr">{s.localBankName}</bdi>
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <PeerName nodeId={s.peerNodeId} peers={peers} fallbackName={s.peerName} />
                </Table.Td>
                <Table.Td miw={110}>
                  <Badge variant="dot" color={s.status === 'active' ? 'green' : 'gray'} tt="none">
                    {s.status === 'active' ? t('received.statusActive') : s.status}
                  </Badge>
                </Table.Td>
                <Table.Td miw={200}>
                  <SyncProgress subscription={s} />
                </Table.Td>
                <Table.Td ta="end">{number(s.signalCount)}</Table.Td>
                <Table.Td miw={150}>
                  <Moment at={s.lastSyncAt} none={t('received.neverSynced')} />
                </Table.Td>
                <Table.Td miw={200}>
                  {s.lastError === null ? (
                    t('peers.noError')
                  ) : (
                    <Stack gap={2}>
                      <Text size="sm" c="red.9" fw={600}>
                        {t('received.syncFailed')}
                      </Text>
                      <Text size="xs">
                        {t('peers.errorDetail')} <bdi dir="ltr">{s.lastError}</bdi>
                      </Text>
                    </Stack>
                  )}
                </Table.Td>
                {sync && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => sync.mutate(s)}
                      data-testid="sync-now"
                      loading={sync.isPending && sync.variables?.id === s.id}
                      aria-label={t('received.syncLabel', { bank: isolate(s.localBankName) })}
                    >
                      {t('received.sync')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListPaging rows={paged} label={t('received.subscriptionsTitle')} />
    </>
  );
}
