import type { v1 } from '@concord/client';
import { Badge, Button, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { HandlingSummary } from '../../ui/handling-labels.tsx';
import { Moment } from '../../ui/moment.tsx';
import { PeerName } from '../../ui/peer-name.tsx';
import { ListPaging } from '../../ui/list-paging.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePagedRows } from '../../ui/use-paged-rows.ts';
import type { Subscribe } from './use-received.ts';
import type { BankOffer } from '../../api/federation-types.ts';

/** Banks peers offer, with what each holds and its handling code; administrators subscribe. */
export function OffersTable({
  offers,
  peers,
  subscribe,
}: {
  readonly offers: readonly BankOffer[];
  readonly peers: ReadonlyMap<string, v1.Peer>;
  /** Null for those who may only read. */
  readonly subscribe: Subscribe | null;
}) {
  const { t, number, isolate } = useI18n();
  const paged = usePagedRows(offers, 25);
  return (
    <>
      <TableScroll label={t('received.offersTitle')} minWidth={900}>
        <Table
          striped
          verticalSpacing="sm"
          fz="sm"
          className="signals-table"
          data-testid="offers-table"
        >
          <Table.Caption className="visually-hidden">{t('received.offersTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('received.bank')}</Table.Th>
              <Table.Th scope="col">{t('received.peer')}</Table.Th>
              <Table.Th scope="col">{t('banks.description')}</Table.Th>
              <Table.Th scope="col">{t('banks.handling')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('banks.signalCount')}
              </Table.Th>
              <Table.Th scope="col">{t('received.offeredAt')}</Table.Th>
              <Table.Th scope="col">{t('received.subscription')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((offer) => (
              <Table.Tr
                key={`${offer.peerNodeId}/${offer.remoteBankId}`}
                data-testid={`offer-row-${offer.name}`}
              >
                <Table.Th scope="row" fw={600} className="nowrap">
                  <bdi dir="ltr">{offer.name}</bdi>
                </Table.Th>
                <Table.Td>
                  <PeerName nodeId={offer.peerNodeId} peers={peers} fallbackName={offer.peerName} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" maw={320}>
                    <bdi>{offer.description}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <HandlingSummary handling={offer.handling} withRestrictions />
                </Table.Td>
                <Table.Td ta="end">{number(offer.signalCount)}</Table.Td>
                <Table.Td miw={150}>
                  <Moment at={offer.offeredAt} none="" />
                </Table.Td>
                <Table.Td>
                  {offer.subscribed ? (
                    <Badge variant="dot" color="green" tt="none">
                      {t('received.subscribed')}
                    </Badge>
                  ) : subscribe ? (
                    <Button
                      size="xs"
                      onClick={() => subscribe.mutate(offer)}
                      data-testid="subscribe"
                      loading={subscribe.isPending && subscribe.variables === offer}
                      aria-label={t('received.subscribeLabel', {
                        bank: isolate(offer.name),
                        peer: isolate(offer.peerName),
                      })}
                    >
                      {t('received.subscribe')}
                    </Button>
                  ) : (
                    t('received.notSubscribed')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListPaging rows={paged} label={t('received.offersTitle')} />
    </>
  );
}
