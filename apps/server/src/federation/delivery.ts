import { acceptedSigningKeys, verifyReceipt } from '@concord/federation';
import { v1 } from '@concord/protocol';
import type { OutboxEntry, PeerRecord } from '@concord/storage';
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
  | { readonly delivered: false; readonly error: string };

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
    for (;;) {
      const entry = await ctx.storage.outbox.head(peerNodeId);
      if (!entry || entry.nextAttemptAt > ctx.clock.now().toISOString()) break;
      const result = await attempt(ctx, directory, transport, peer, entry);
      const now = ctx.clock.now();
      if (result.delivered) {
        await ctx.storage.outbox.markDelivered(entry.seq, now.toISOString(), result.receipt);
        await ctx.storage.peers.recordContact(peerNodeId, now.toISOString(), null);
        delivered += 1;
        continue;
      }
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
  }
  return delivered;
}
