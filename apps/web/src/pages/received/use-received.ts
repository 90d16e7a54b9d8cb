import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { BANKS_KEY } from '../banks/use-banks.ts';
import { FEDERATION_KEY } from '../peers/use-peers.ts';
import type { BankOffer, Subscription } from '../../api/federation-types.ts';
import { syncStanding } from './sync-standing.ts';

/** Banks peers offer this node. */
export function useOffers() {
  return useQuery({ queryKey: [...FEDERATION_KEY, 'offers'], queryFn: () => concord.offers() });
}

/** How often the list is read again while a sync is under way, so its progress moves. */
export const SYNC_PROGRESS_REFRESH_MS = 2000;

/**
 * This node's subscriptions to peers' banks, with their sync progress. While
 * one is behind its peer or not yet synced, and not failing (a sync is
 * running or about to, by "Sync now" or the node's own schedule), the list is
 * read again every two seconds.
 */
export function useSubscriptions() {
  return useQuery({
    queryKey: [...FEDERATION_KEY, 'subscriptions'],
    queryFn: () => concord.subscriptions.list(),
    refetchInterval: (query) =>
      query.state.data?.some(
        (s) => s.lastError === null && ['never', 'behind'].includes(syncStanding(s).kind),
      )
        ? SYNC_PROGRESS_REFRESH_MS
        : false,
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
