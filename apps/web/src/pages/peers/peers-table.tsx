import type { v1 } from '@concord/client';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { shortFingerprint } from '../../api/node-card.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { peerAnchor } from '../../routing/paths.ts';
import { ListPaging } from '../../ui/list-paging.tsx';
import { Moment } from '../../ui/moment.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { usePagedRows, type PagedRows } from '../../ui/use-paged-rows.ts';
import { NodeKindName } from './node-kind-name.tsx';
import type { PeerActions } from './use-peer-actions.ts';

/** Every peer with its state of contact; administrators also suspend, resume and remove. */
export function PeersTable({
  peers,
  actions,
}: {
  readonly peers: readonly v1.Peer[];
  /** Null for those who may only read. */
  readonly actions: PeerActions | null;
}) {
  const { t } = useI18n();
  const paged = usePagedRows(peers, 25);
  useScrollToLinkedPeer(peers, paged);
  const headers = [
    t('peers.peerColumn'),
    t('peers.jurisdiction'),
    t('peers.addressColumn'),
    t('peers.status'),
    t('peers.lastContact'),
    t('peers.queue'),
    t('peers.lastError'),
  ];
  return (
    <>
      <TableScroll label={t('peers.title')} minWidth={980}>
        <Table
          striped
          verticalSpacing="sm"
          fz="sm"
          className="signals-table"
          data-testid="peers-table"
        >
          <Table.Caption className="visually-hidden">{t('peers.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header) => (
                <Table.Th scope="col" key={header}>
                  {header}
                </Table.Th>
              ))}
              {actions && <Table.Th scope="col">{t('peers.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.shown.map((peer) => (
              <PeerRow key={peer.nodeId} peer={peer} actions={actions} />
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ListPaging rows={paged} label={t('peers.title')} />
    </>
  );
}

function PeerRow({
  peer,
  actions,
}: {
  readonly peer: v1.Peer;
  readonly actions: PeerActions | null;
}) {
  const { t, regionName } = useI18n();
  const anchor = peerAnchor(peer.nodeId);
  return (
    <Table.Tr
      id={anchor}
      tabIndex={-1}
      className="peer-row"
      data-testid={`peer-row-${peer.name}`}
      data-status={peer.status}
    >
      <Table.Th scope="row" fw={400}>
        <Stack gap={0}>
          <Text size="sm" fw={700}>
            <bdi>{peer.name}</bdi>
          </Text>
          <Text size="xs">
            <bdi>{peer.organisation}</bdi>
          </Text>
          <Text size="xs" c="gray.7">
            <NodeKindName kind={peer.kind} />
          </Text>
        </Stack>
      </Table.Th>
      <Table.Td>
        {regionName(peer.jurisdiction)} (<bdi dir="ltr">{peer.jurisdiction}</bdi>)
      </Table.Td>
      <Table.Td maw={200}>
        <Stack gap={2}>
          <code className="path-value" dir="ltr">
            {peer.endpoint}
          </code>
          <Text size="xs">
            {t('peers.shortFingerprint')}{' '}
            <span className="fingerprint nowrap" dir="ltr" title={peer.fingerprint}>
              {shortFingerprint(peer.fingerprint)}…
            </span>
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td miw={130}>
        <Stack gap={4} align="flex-start">
          <Badge variant="dot" color={peer.status === 'active' ? 'green' : 'orange'} tt="none">
            {peer.status === 'active' ? t('peers.statusActive') : t('peers.statusSuspended')}
          </Badge>
          <Text size="xs">
            <TrustedVia trustedVia={peer.trustedVia} />
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td miw={105} data-testid="peer-last-contact">
        <Moment at={peer.lastContactAt} none={t('peers.neverContacted')} />
      </Table.Td>
      <Table.Td miw={100} data-testid="peer-queue">
        <Queue queue={peer.queue} />
      </Table.Td>
      <Table.Td miw={150}>
        <LastError peer={peer} />
      </Table.Td>
      {actions && (
        <Table.Td>
          <PeerButtons peer={peer} actions={actions} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function TrustedVia({ trustedVia }: { readonly trustedVia: string }) {
  const { t } = useI18n();
  if (trustedVia === 'fingerprint') return <>{t('peers.trustedFingerprint')}</>;
  if (trustedVia.startsWith('anchor:'))
    return (
      <>
        {t('peers.trustedAnchor')}{' '}
        <bdi dir="ltr" className="path-value">
          {trustedVia.slice('anchor:'.length)}
        </bdi>
      </>
    );
  return <bdi dir="ltr">{trustedVia}</bdi>;
}

function Queue({ queue }: { readonly queue: v1.Peer['queue'] }) {
  const { t, number, relativeTime } = useI18n();
  if (queue.pending === 0) return <>{t('peers.queueEmpty')}</>;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {t('peers.queuePending', { count: number(queue.pending) })}
      </Text>
      {queue.oldest && (
        <Text size="xs" component="time" dateTime={queue.oldest}>
          {t('peers.queueOldest', { when: relativeTime(queue.oldest, new Date()) })}
        </Text>
      )}
    </Stack>
  );
}

function LastError({ peer }: { readonly peer: v1.Peer }) {
  const { t } = useI18n();
  if (peer.lastError === null) return <>{t('peers.noError')}</>;
  return (
    <Stack gap={2} data-testid="peer-last-error">
      <Text size="sm" c="red.9" fw={600}>
        {peer.lastErrorMessageId ? (
          <>
            {t('peers.errorForMessage')}{' '}
            <code className="path-value" dir="ltr">
              {peer.lastErrorMessageId}
            </code>
          </>
        ) : (
          t('peers.errorNoMessage')
        )}
      </Text>
      <Text size="xs">
        {t('peers.errorDetail')} <bdi dir="ltr">{peer.lastError}</bdi>
      </Text>
    </Stack>
  );
}

function PeerButtons({ peer, actions }: { readonly peer: v1.Peer; readonly actions: PeerActions }) {
  const { t, isolate } = useI18n();
  const name = isolate(peer.name);
  const toggle = peer.status === 'active' ? 'suspend' : 'resume';
  return (
    <Stack gap={6} align="flex-start">
      <Button
        size="xs"
        variant="outline"
        onClick={() => actions.ask({ action: toggle, peer })}
        data-testid={`peer-${toggle}`}
        aria-label={
          toggle === 'suspend'
            ? t('peers.suspendLabel', { name })
            : t('peers.resumeLabel', { name })
        }
      >
        {toggle === 'suspend' ? t('peers.suspend') : t('peers.resume')}
      </Button>
      <Button
        size="xs"
        variant="outline"
        color="red.9"
        onClick={() => actions.ask({ action: 'remove', peer })}
        data-testid="peer-remove"
        aria-label={t('peers.removeLabel', { name })}
      >
        {t('peers.remove')}
      </Button>
    </Stack>
  );
}

/**
 * A link to a peer (from a received bank, say) ends at its row: its page is
 * turned to, then the row is scrolled to and focused, once per link. The
 * focus is deferred, so that it comes after the layout focuses the page
 * heading, as it does after every navigation.
 */
function useScrollToLinkedPeer(peers: readonly v1.Peer[], paged: PagedRows<v1.Peer>): void {
  const hash = window.location.hash.slice(1);
  const index = hash ? peers.findIndex((peer) => peerAnchor(peer.nodeId) === hash) : -1;
  const linked = peers[index];
  const onPage = linked !== undefined && paged.shown.includes(linked);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (index < 0 || done.current === hash) return;
    if (!onPage) {
      paged.showRow(index);
      return;
    }
    const timer = window.setTimeout(() => {
      done.current = hash;
      const row = document.getElementById(hash);
      row?.scrollIntoView({ block: 'center' });
      row?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  });
}
