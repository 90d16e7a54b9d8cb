import type { v1 } from '@concord/client';
import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useCan } from '../../session/active-session.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { AddPeerDialog } from './add-peer-dialog.tsx';
import { PeerActionDialog } from './peer-action-dialog.tsx';
import { PeersTable } from './peers-table.tsx';
import { useAddPeer } from './use-add-peer.ts';
import { usePeerActions, type PeerActionRequest } from './use-peer-actions.ts';
import { usePeers } from './use-peers.ts';

/** The nodes this node federates with; administrators add, suspend, resume and remove them. */
export function PeersPage() {
  const { t, isolate } = useI18n();
  const canAdmin = useCan('federation:admin');
  const peers = usePeers();
  const actions = usePeerActions();
  const [adding, addDialog] = useDisclosure(false);
  const [added, setAdded] = useState<v1.Peer | null>(null);
  const form = useAddPeer((peer) => {
    setAdded(peer);
    addDialog.close();
    form.reset();
  });
  const closeAdd = () => {
    addDialog.close();
    form.reset();
  };
  return (
    <>
      <PageHeader
        title={t('peers.title')}
        intro={t('peers.intro')}
        actions={
          canAdmin && (
            <Button
              onClick={() => {
                setAdded(null);
                addDialog.open();
              }}
              data-testid="add-peer"
            >
              {t('peers.add')}
            </Button>
          )
        }
      />
      <Stack>
        {added && <Outcome text={t('peers.added', { name: isolate(added.name) })} />}
        {actions.done && <ActionOutcome done={actions.done} />}
        {peers.isPending && <LoadingState />}
        {peers.isError && <ErrorAlert error={peers.error} onRetry={() => void peers.refetch()} />}
        {peers.data && peers.data.length === 0 && (
          <EmptyState>{canAdmin ? t('peers.emptyCanAdd') : t('peers.empty')}</EmptyState>
        )}
        {peers.data && peers.data.length > 0 && (
          <PeersTable peers={peers.data} actions={canAdmin ? actions : null} />
        )}
      </Stack>
      <AddPeerDialog opened={adding} onClose={closeAdd} form={form} />
      <PeerActionDialog actions={actions} />
    </>
  );
}

function Outcome({ text }: { readonly text: string }) {
  return <StatusMessage>{text}</StatusMessage>;
}

function ActionOutcome({ done }: { readonly done: PeerActionRequest }) {
  const { t, isolate } = useI18n();
  const name = isolate(done.peer.name);
  switch (done.action) {
    case 'suspend':
      return <Outcome text={t('peers.suspended', { name })} />;
    case 'resume':
      return <Outcome text={t('peers.resumed', { name })} />;
    case 'remove':
      return <Outcome text={t('peers.removed', { name })} />;
  }
}
