import {
  acceptedSigningKeys,
  peekClaims,
  verifyReceipt,
  type NodeCard,
  type ReceiptSignatureCache,
} from '@concord/federation';
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

/**
 * Whether a peer's receipt for an entry verifies against the keys its card
 * accepts now. The receipts of one answer share `signatures`: a signature
 * they share (version 2) is checked once.
 */
async function receiptVerifies(
  card: NodeCard,
  peer: PeerRecord,
  entry: OutboxEntry,
  receipt: string,
  now: Date,
  signatures?: ReceiptSignatureCache,
): Promise<boolean> {
  const expected = {
    messageId: entry.messageId,
    envelopeDigest: sha256Hex(entry.envelope),
    receiver: peer.nodeId,
  };
  for (const key of acceptedSigningKeys(card, now))
    if ((await verifyReceipt(receipt, expected, key.publicKey, signatures)).ok) return true;
  return false;
}

/** A refusal as the peer worded it, marking an expired message so it can be given up. */
function refusal(error: { code: string; message: string }): Attempt {
  return {
    delivered: false,
    error: `refused with ${error.code}: ${error.message}`,
    ...(error.code === 'expired' ? { expired: true as const } : {}),
  };
}

/** A request to a peer's federation endpoint, answered or failed before any answer. */
type Posted =
  | { readonly failed: Attempt }
  | {
      readonly card: NodeCard;
      readonly now: Date;
      readonly status: number;
      readonly body: unknown;
    };

/** Posts to the endpoint a peer's verified card names, pinned as the card says. */
async function postToPeer(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  peer: PeerRecord,
  path: string,
  body: unknown,
): Promise<Posted> {
  const now = ctx.clock.now();
  const card = await directory.card(peer, now);
  if (!card)
    return {
      failed: {
        delivered: false,
        error: `${peer.name}'s card no longer verifies: ask for a new one`,
      },
    };
  const answer = await transport.post(
    { endpoint: card.endpoint, tlsCertificateSha256: card.tlsCertificateSha256 },
    path,
    body,
  );
  if (answer.kind === 'unreachable')
    return {
      failed: { delivered: false, error: `cannot reach ${card.endpoint}: ${answer.message}` },
    };
  return { card, now, status: answer.status, body: answer.body };
}

/** What an answer other than 200 means for the message: the peer's refusal, or its status. */
function answeredWithout(status: number, body: unknown): Attempt {
  const parsed = v1.ErrorBody.safeParse(body);
  return parsed.success
    ? refusal(parsed.data.error)
    : { delivered: false, error: `answered HTTP ${status}` };
}

/** How a peer takes a run of messages: a batch with version 2 receipts, a batch, or one at a time. */
type DeliveryMode = 'batch-v2' | 'batch' | 'single';

/**
 * Sends the next of a peer's messages in one request and checks each
 * receipt. The outcomes follow the entries' order and may be fewer than
 * the entries (the peer stopped early): those are sent again. A mode
 * instead when the peer is an older node: without version 2 receipts (it
 * refuses the request, 400) or without the batch endpoint (404).
 */
async function attemptBatch(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  peer: PeerRecord,
  entries: readonly OutboxEntry[],
  mode: Exclude<DeliveryMode, 'single'>,
): Promise<Attempt[] | { readonly downgrade: DeliveryMode }> {
  const posted = await postToPeer(ctx, directory, transport, peer, '/federation/v1/inbox/batch', {
    envelopes: entries.map((e) => e.envelope),
    ...(mode === 'batch-v2' ? { receiptVersion: 2 } : {}),
  });
  if ('failed' in posted) return [posted.failed];
  if (posted.status === 404) return { downgrade: 'single' };
  if (posted.status === 400 && mode === 'batch-v2') return { downgrade: 'batch' };
  if (posted.status !== 200) return [answeredWithout(posted.status, posted.body)];
  const batch = v1.ReceiptBatchTransfer.safeParse(posted.body);
  if (!batch.success || batch.data.results.length > entries.length)
    return [{ delivered: false, error: 'answered the batch with something other than receipts' }];
  const outcomes: Attempt[] = [];
  const signatures: ReceiptSignatureCache = new Map();
  for (const [i, result] of batch.data.results.entries()) {
    const entry = entries[i];
    if (!entry) break;
    if ('error' in result) {
      outcomes.push(refusal(result.error));
      break;
    }
    if (
      !(await receiptVerifies(posted.card, peer, entry, result.receipt, posted.now, signatures))
    ) {
      outcomes.push({
        delivered: false,
        error: 'the receipt does not verify against the peer’s card',
      });
      break;
    }
    outcomes.push({ delivered: true, receipt: result.receipt });
  }
  if (outcomes.length === 0)
    return [{ delivered: false, error: 'answered the batch without taking any message' }];
  return outcomes;
}

/** One message on its own, for a peer without the batch endpoint. */
async function attempt(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  peer: PeerRecord,
  entry: OutboxEntry,
): Promise<Attempt> {
  const posted = await postToPeer(ctx, directory, transport, peer, '/federation/v1/inbox', {
    envelope: entry.envelope,
  });
  if ('failed' in posted) return posted.failed;
  if (posted.status !== 200) return answeredWithout(posted.status, posted.body);
  const transfer = v1.ReceiptTransfer.safeParse(posted.body);
  if (!transfer.success) return { delivered: false, error: 'answered without a receipt' };
  return (await receiptVerifies(posted.card, peer, entry, transfer.data.receipt, posted.now))
    ? { delivered: true, receipt: transfer.data.receipt }
    : { delivered: false, error: 'the receipt does not verify against the peer’s card' };
}

/** The leading messages that go in one request: in order, within the count and size limits. */
function nextBatch(entries: readonly OutboxEntry[], nowMs: number): OutboxEntry[] {
  const batch: OutboxEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const expires = expiresAt(entry);
    if (expires !== null && expires <= nowMs) break; // given up on its own, in its turn
    bytes += entry.envelope.length;
    if (batch.length > 0 && bytes > v1.MAX_INBOX_BATCH_BYTES) break;
    batch.push(entry);
  }
  return batch;
}

/**
 * Sends what is due, peer by peer and strictly in order, in batches: a
 * peer's later messages go only after every one before them has a verified
 * receipt, stored. A failure is kept on the message and the peer (naming
 * the message) and retried with backoff; a suspended peer's messages wait.
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
    // Learnt again each pass: a peer may have been upgraded meanwhile.
    let mode: DeliveryMode = 'batch-v2';
    for (;;) {
      const entries = await ctx.storage.outbox.pending(
        peerNodeId,
        mode === 'single' ? 1 : v1.MAX_INBOX_BATCH,
      );
      const head = entries[0];
      if (!head || head.nextAttemptAt > ctx.clock.now().toISOString()) break;
      const expires = expiresAt(head);
      if (expires !== null && expires <= ctx.clock.now().getTime()) {
        await giveUp(ctx, peer, head, `its lifetime ended at ${new Date(expires).toISOString()}`);
        continue;
      }
      const batch = nextBatch(entries, ctx.clock.now().getTime());
      const outcomes: Attempt[] | { readonly downgrade: DeliveryMode } =
        mode === 'single'
          ? [await attempt(ctx, directory, transport, peer, head)]
          : await attemptBatch(ctx, directory, transport, peer, batch, mode);
      if ('downgrade' in outcomes) {
        mode = outcomes.downgrade; // an older peer: asked again the way it takes
        continue;
      }
      const now = ctx.clock.now();
      const receipts: { seq: number; receipt: string }[] = [];
      let failure: { entry: OutboxEntry; result: Extract<Attempt, { delivered: false }> } | null =
        null;
      for (const [i, result] of outcomes.entries()) {
        const entry = batch[i];
        if (!entry) break;
        if (result.delivered) receipts.push({ seq: entry.seq, receipt: result.receipt });
        else {
          failure = { entry, result };
          break;
        }
      }
      if (receipts.length > 0) {
        await ctx.storage.outbox.markDeliveredMany(now.toISOString(), receipts);
        lastDelivery = now.toISOString();
        delivered += receipts.length;
      }
      if (!failure) continue;
      if (failure.result.expired) {
        await giveUp(ctx, peer, failure.entry, failure.result.error);
        continue;
      }
      if (lastDelivery !== null)
        await ctx.storage.peers.recordContact(peerNodeId, lastDelivery, null);
      lastDelivery = null;
      await ctx.storage.outbox.markFailed(
        failure.entry.seq,
        failure.result.error,
        new Date(now.getTime() + backoffMs(failure.entry.attempts)).toISOString(),
      );
      await ctx.storage.peers.recordContact(peerNodeId, now.toISOString(), {
        message: failure.result.error,
        messageId: failure.entry.messageId,
      });
      break;
    }
    if (lastDelivery !== null)
      await ctx.storage.peers.recordContact(peerNodeId, lastDelivery, null);
  }
  return delivered;
}
