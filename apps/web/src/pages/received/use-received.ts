import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { BANKS_KEY } from '../banks/use-banks.ts';
import { FEDERATION_KEY } from '../peers/use-peers.ts';
import type { BankOffer, Subscription } from '../../api/federation-types.ts';

/** Banks peers offer this node. */
export function useOffers() {
  return useQuery({ queryKey: [...FEDERATION_KEY, 'offers'], queryFn: () => concord.offers() });
}

/** This node's subscriptions to peers' banks, with their sync progress. */
export function useSubscriptions() {
  return useQuery({
    queryKey: [...FEDERATION_KEY, 'subscriptions'],
    queryFn: () => concord.subscriptions.list(),
  });
}

/** Subscribing makes a local bank the peer's signals arrive in, so banks are refreshed too. */
async function refresh(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: FEDERATION_KEY }),
    queryClient.invalidateQueries({ queryKey: BANKS_KEY }),
  ]);
}

/** Subscribing to an offer. */
export function useSubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (offer: BankOffer) =>
      concord.subscriptions.create({
        peerNodeId: offer.peerNodeId,
        remoteBankId: offer.remoteBankId,
      }),
    onSuccess: () => refresh(queryClient),
  });
}

/** "Sync now": the pull's result stays with the subscription it was for. */
export function useSyncNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subscription: Subscription) => ({
      subscription,
      result: await concord.subscriptions.sync(subscription.id),
    }),
    // A failed pull leaves its reason on the subscription: refresh to show it.
    onSettled: () => refresh(queryClient),
  });
}

export type SyncNow = ReturnType<typeof useSyncNow>;
export type Subscribe = ReturnType<typeof useSubscribe>;
