import { SYSTEM_ACTOR, record } from '../audit/audit-trail.ts';
import type { NodeContext } from './node-context.ts';
import { refreshNodeKeys } from './node-keys-load.ts';

const EVERY_MS = 10 * 60_000;
const KEEP_ATTEMPTS_MS = 24 * 3_600_000;

/**
 * One round of upkeep: expired sessions and old sign-in attempts go, and
 * received signals past the retention date their originator set are purged,
 * each purge written to the audit trail.
 */
export async function housekeepOnce(
  ctx: Pick<NodeContext, 'storage' | 'clock' | 'identity'>,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.storage.sessions.deleteExpired(now.toISOString());
  await ctx.storage.signInAttempts.prune(new Date(now.getTime() - KEEP_ATTEMPTS_MS).toISOString());
  for (const { bankId, signalIds } of await ctx.storage.signals.purgeExpired(
    ctx.identity.nodeId,
    now.toISOString(),
  )) {
    await record(ctx.storage, ctx.clock, SYSTEM_ACTOR, {
      action: 'signal.purge',
      outcome: 'success',
      objectType: 'bank',
      objectId: bankId,
      details: { purged: signalIds.length, reason: 'retention_expired' },
    });
  }
}

/**
 * Runs upkeep now and every ten minutes (and takes up keys another process
 * rotated, so every server of a node signs with the same keys within ten
 * minutes); returns a stop function.
 */
export function startHousekeeping(ctx: NodeContext, onError: (error: unknown) => void): () => void {
  const round = async () => {
    await refreshNodeKeys(ctx);
    await housekeepOnce(ctx);
  };
  round().catch(onError);
  const timer = setInterval(() => round().catch(onError), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
