import { acceptedSigningKeys, peekClaims, verifyReceipt } from '@concord/federation';
import { v1 } from '@concord/protocol';
import type { OutboxEntry, PeerRecord } from '@concord/storage';
import { SYSTEM_ACTOR, record } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { sha256Hex } from './messaging.ts';
import type { PeerDirectory } from './peer-directory.ts';
import type { Transport } from './transport.ts';

/** Waits between attempts: 1 s doubling to at most 5 min, so a returning peer hears from us within minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts), 5 * 60_000);
}

type Attempt =
  | { readonly delivered: true; readonly receipt: string }
  | { readonly delivered: false; readonly error: string; readonly expired?: true };

/** When a queued envelope stops being acceptable to anyone (null if it cannot be read). */
function expiresAt(entry: OutboxEntry): number | null {
  const claims = peekClaims(entry.envelope);
  return claims.ok ? Date.parse(claims.value.expires) : null;
}

/**
 * Gives up on a message nobody can accept any more (its peer was away longer
 * than its lifetime, or the peer says it expired): it leaves the queue with
 * the reason, the peer's status names it, and the audit trail records it, so
 * the messages behind it can go.
 */
async function giveUp(ctx: NodeContext, peer: PeerRecord, entry: OutboxEntry, why: string) {
  const at = ctx.clock.now().toISOString();
  const reason = `message ${entry.messageId} (${entry.type}) expired undelivered: ${why}`;
  await ctx.storage.outbox.markExpired(entry.seq, at, reason);
  await ctx.storage.peers.recordContact(peer.nodeId, at, {
    message: reason,
    messageId: entry.messageId,
  });
  await record(ctx.storage, ctx.clock, SYSTEM_ACTOR, {
    action: 'message.expired',
    outcome: 'failure',
    objectType: 'message',
    objectId: entry.messageId,
    details: { type: entry.type, peer: peer.nodeId, attempts: entry.attempts, why },
  });
}

async function attempt(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  peer: PeerRecord,
  entry: OutboxEntry,
): Promise<Attempt> {
  const now = ctx.clock.now();
  const card = await directory.card(peer, now);
  if (!card)
    return { delivered: false, error: `${peer.name}'s card no longer verifies: ask for a new one` };
  const answer = await transport.post(
    { endpoint: card.endpoint, tlsCertificateSha256: card.tlsCertificateSha256 },
    '/federation/v1/inbox',
    { envelope: entry.envelope },
  );
  if (answer.kind === 'unreachable')
    return { delivered: false, error: `cannot reach ${card.endpoint}: ${answer.message}` };
  if (answer.status !== 200) {
    const body = v1.ErrorBody.safeParse(answer.body);
    return {
      delivered: false,
      error: body.success
        ? `refused with ${body.data.error.code}: ${body.data.error.message}`
        : `answered HTTP ${answer.status}`,
      ...(body.success && body.data.error.code === 'expired' ? { expired: true as const } : {}),
    };
  }
  const transfer = v1.ReceiptTransfer.safeParse(answer.body);
  if (!transfer.success) return { delivered: false, error: 'answered without a receipt' };
  const expected = {
    messageId: entry.messageId,
    envelopeDigest: sha256Hex(entry.envelope),
    receiver: peer.nodeId,
  };
  for (const key of acceptedSigningKeys(card, now)) {
    if ((await verifyReceipt(transfer.data.receipt, expected, key.publicKey)).ok)
      return { delivered: true, receipt: transfer.data.receipt };
  }
  return { delivered: false, error: 'the receipt does not verify against the peer’s card' };
}

/**
 * Sends what is due, peer by peer and strictly in order: a peer's next
 * message waits until the one before it has a verified, stored receipt. A
 * failure is kept on the message and the peer (naming the message) and
 * retried with backoff; a suspended peer's messages wait.
 */
export async function deliverDue(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
): Promise<number> {
  let delivered = 0;
  for (const peerNodeId of await ctx.storage.outbox.duePeers(ctx.clock.now().toISOString())) {
    const peer = await directory.peer(peerNodeId);
    if (!peer || peer.status === 'suspended') continue;
    // The peer's last contact is written once after a run of deliveries, not per message.
    let lastDelivery: string | null = null;
    for (;;) {
      const entry = await ctx.storage.outbox.head(peerNodeId);
      if (!entry || entry.nextAttemptAt > ctx.clock.now().toISOString()) break;
      const expires = expiresAt(entry);
      if (expires !== null && expires <= ctx.clock.now().getTime()) {
        await giveUp(ctx, peer, entry, `its lifetime ended at ${new Date(expires).toISOString()}`);
        continue;
      }
      const result = await attempt(ctx, directory, transport, peer, entry);
      const now = ctx.clock.now();
      if (!result.delivered && result.expired) {
        await giveUp(ctx, peer, entry, result.error);
        continue;
      }
      if (result.delivered) {
        await ctx.storage.outbox.markDelivered(entry.seq, now.toISOString(), result.receipt);
        lastDelivery = now.toISOString();
        delivered += 1;
        continue;
      }
      if (lastDelivery !== null)
        await ctx.storage.peers.recordContact(peerNodeId, lastDelivery, null);
      lastDelivery = null;
      await ctx.storage.outbox.markFailed(
        entry.seq,
        result.error,
        new Date(now.getTime() + backoffMs(entry.attempts)).toISOString(),
      );
      await ctx.storage.peers.recordContact(peerNodeId, now.toISOString(), {
        message: result.error,
        messageId: entry.messageId,
      });
      break;
    }
    if (lastDelivery !== null)
      await ctx.storage.peers.recordContact(peerNodeId, lastDelivery, null);
  }
  return delivered;
}
