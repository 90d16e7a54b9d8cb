import type { Subscription } from '../../api/federation-types.ts';

/** Where a subscription's sync stands, as the peer's pages report it. */
export type SyncStanding =
  | { readonly kind: 'never' }
  | { readonly kind: 'unknown'; readonly cursor: number }
  | { readonly kind: 'current'; readonly cursor: number }
  | { readonly kind: 'behind'; readonly cursor: number; readonly head: number };

export function syncStanding(
  s: Pick<Subscription, 'cursor' | 'remoteHead' | 'lastSyncAt'>,
): SyncStanding {
  if (s.lastSyncAt === null && s.cursor === 0) return { kind: 'never' };
  if (s.remoteHead === null) return { kind: 'unknown', cursor: s.cursor };
  if (s.cursor >= s.remoteHead) return { kind: 'current', cursor: s.cursor };
  return { kind: 'behind', cursor: s.cursor, head: s.remoteHead };
}
