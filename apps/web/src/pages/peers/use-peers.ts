import type { v1 } from '@concord/client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { concord } from '../../api/concord-client.ts';
import { useCan } from '../../session/active-session.tsx';

/** Everything about federation (peers, groups, rules, offers, subscriptions) is cached under this key. */
export const FEDERATION_KEY = ['federation'] as const;
const PEERS_KEY = [...FEDERATION_KEY, 'peers'] as const;

/** This node's peers with their status, last contact, queue and last error. */
export function usePeers() {
  return useQuery({ queryKey: PEERS_KEY, queryFn: () => concord.peers.list() });
}

/**
 * Peers by node id, to name the nodes that banks and signals come from.
 * Empty for users who may not read the peers: they see node ids instead.
 */
export function usePeerDirectory(): ReadonlyMap<string, v1.Peer> {
  const canRead = useCan('federation:read');
  const peers = useQuery({
    queryKey: PEERS_KEY,
    queryFn: () => concord.peers.list(),
    enabled: canRead,
  });
  return useMemo(() => new Map((peers.data ?? []).map((p) => [p.nodeId, p])), [peers.data]);
}
