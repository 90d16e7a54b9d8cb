import type { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { useDialogSubject } from '../../ui/use-dialog-subject.ts';
import { FEDERATION_KEY } from './use-peers.ts';

/** What an administrator can do to a peer; each is confirmed first. */
export type PeerAction = 'suspend' | 'resume' | 'remove';

export interface PeerActionRequest {
  readonly action: PeerAction;
  readonly peer: v1.Peer;
}

function run({ action, peer }: PeerActionRequest): Promise<null> {
  switch (action) {
    case 'suspend':
      return concord.peers.suspend(peer.nodeId);
    case 'resume':
      return concord.peers.resume(peer.nodeId);
    case 'remove':
      return concord.peers.remove(peer.nodeId);
  }
}

/** The peer action being confirmed, the call in flight, and the last one done. */
export function usePeerActions() {
  const queryClient = useQueryClient();
  const dialog = useDialogSubject<PeerActionRequest>();
  const { asking } = dialog;
  const change = useMutation({
    mutationFn: async (request: PeerActionRequest) => {
      await run(request);
      return request;
    },
    onSuccess: async () => {
      dialog.close();
      await queryClient.invalidateQueries({ queryKey: FEDERATION_KEY });
    },
  });
  return {
    asking,
    /** The request the dialog shows, kept while it closes. */
    subject: dialog.subject,
    opened: dialog.opened,
    pending: change.isPending,
    error: change.error,
    done: asking ? null : (change.data ?? null),
    ask(request: PeerActionRequest) {
      change.reset();
      dialog.open(request);
    },
    close() {
      dialog.close();
      change.reset();
    },
    confirm() {
      if (asking) change.mutate(asking);
    },
  };
}

export type PeerActions = ReturnType<typeof usePeerActions>;
