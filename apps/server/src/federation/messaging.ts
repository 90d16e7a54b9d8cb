import { createHash, randomBytes } from 'node:crypto';
import { err, ok, uuidv7, type CodedError, type HandlingCode, type Result } from '@concord/core';
import {
  openEnvelope,
  peekClaims,
  sealEnvelope,
  signReceipt,
  type EnvelopeError,
} from '@concord/federation';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { SYSTEM_ACTOR, record } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { MESSAGE_HANDLERS } from './message-handlers.ts';
import { ownDecryptionKey, ownSigningKid } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';

/** How long a message may wait in the outbox for a peer that is away. */
export const MESSAGE_LIFETIME_MS = 7 * 86_400_000;

/** Why a received envelope was refused: the envelope's own codes, or its payload's. */
export type Rejection = CodedError<EnvelopeError['code'] | 'payload_invalid' | 'unknown_type'>;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Seals a message for a peer: signed by this node, readable only with the peer's key. */
export async function sealFor(
  ctx: NodeContext,
  directory: PeerDirectory,
  peerNodeId: string,
  type: string,
  payload: unknown,
  handling: HandlingCode | null,
  lifetimeMs: number = MESSAGE_LIFETIME_MS,
): Promise<Result<{ messageId: string; envelope: string }, ServiceError>> {
  const now = ctx.clock.now();
  const peer = await directory.peer(peerNodeId);
  if (!peer) return fail('not_found', `no peer ${peerNodeId}`);
  if (peer.status === 'suspended')
    return fail('forbidden', `${peer.name} is suspended: nothing is sent to it`);
  const key = await directory.encryptionKey(peer, now);
  if (!key)
    return fail(
      'invalid_card',
      `${peer.name}'s card no longer verifies or has no encryption key valid now: ask for a new card`,
    );
  const messageId = uuidv7(now, (n) => randomBytes(n));
  const envelope = await sealEnvelope(
    {
      id: messageId,
      type,
      schemaVersion: 1,
      sender: ctx.identity.nodeId,
      recipient: peerNodeId,
      created: now.toISOString(),
      expires: new Date(now.getTime() + lifetimeMs).toISOString(),
      handling,
    },
    payload,
    {
      signingKey: ctx.signingKey,
      signingKid: ownSigningKid(ctx),
      recipientEncryptionKey: key.publicKey,
      recipientEncryptionKid: key.kid,
    },
  );
  return ok({ messageId, envelope });
}

/** Queues a message for a peer; the delivery loop sends it in order and keeps its receipt. */
export async function sendMessage(
  ctx: NodeContext,
  directory: PeerDirectory,
  peerNodeId: string,
  type: string,
  payload: unknown,
  handling: HandlingCode | null,
): Promise<Result<{ messageId: string }, ServiceError>> {
  const sealed = await sealFor(ctx, directory, peerNodeId, type, payload, handling);
  if (!sealed.ok) return sealed;
  await ctx.storage.outbox.enqueue({
    peerNodeId,
    messageId: sealed.value.messageId,
    type,
    envelope: sealed.value.envelope,
    createdAt: ctx.clock.now().toISOString(),
  });
  return ok({ messageId: sealed.value.messageId });
}

/**
 * Receives one envelope into the inbox. A retry of an accepted message gets
 * the same receipt again; anything refused is audited with its code. A
 * message and its effects commit together, with the receipt that proves it.
 */
export async function receiveEnvelope(
  ctx: NodeContext,
  directory: PeerDirectory,
  envelope: string,
  clientAddress: string | null,
): Promise<Result<{ receipt: string }, Rejection>> {
  const now = ctx.clock.now();
  const digest = sha256Hex(envelope);
  const peeked = peekClaims(envelope);
  if (peeked.ok) {
    const earlier = await ctx.storage.inbox.find(peeked.value.id);
    if (
      earlier &&
      earlier.envelopeDigest === digest &&
      earlier.senderNodeId === peeked.value.sender
    )
      return ok({ receipt: earlier.receipt });
  }
  const actor = {
    ...SYSTEM_ACTOR,
    name: peeked.ok ? `node:${peeked.value.sender}` : 'node:unknown',
    clientAddress,
  };
  const reject = async (error: Rejection) => {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'message.rejected',
      outcome: 'denied',
      objectType: 'message',
      ...(peeked.ok ? { objectId: peeked.value.id } : {}),
      details: {
        code: error.code,
        type: peeked.ok ? peeked.value.type : null,
        sender: peeked.ok ? peeked.value.sender : null,
      },
    });
    return err(error.code, error.message);
  };

  const opened = await openEnvelope(envelope, {
    myNodeId: ctx.identity.nodeId,
    now,
    resolveSender: (nodeId, kid) => directory.signingKey(nodeId, kid, now),
    decryptionKey: (kid) => ownDecryptionKey(ctx, kid),
    seen: async (id) => (await ctx.storage.inbox.find(id)) !== null,
    supportedVersions: (type) => Object.keys(MESSAGE_HANDLERS[type]?.versions ?? {}).map(Number),
  });
  if (!opened.ok) return reject(opened.error);
  const { claims, payload } = opened.value;
  const handler = MESSAGE_HANDLERS[claims.type];
  const schema = handler?.versions[claims.schemaVersion];
  if (!handler || !schema)
    return reject({
      code: 'unknown_type',
      message: `this node does not accept ${claims.type} messages`,
    });
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject({
      code: 'payload_invalid',
      message:
        `the ${claims.type} payload is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    });
  }
  const sender = await directory.peer(claims.sender);
  if (!sender) return reject({ code: 'unknown_sender', message: 'the sender is not a peer' });

  const receivedAt = now.toISOString();
  const receipt = await signReceipt(
    {
      messageId: claims.id,
      envelopeDigest: digest,
      sender: claims.sender,
      receiver: ctx.identity.nodeId,
      receivedAt,
    },
    ctx.signingKey,
    ownSigningKid(ctx),
  );
  const accepted = await ctx.storage.transaction(async (tx) => {
    if (
      !(await tx.inbox.accept({
        messageId: claims.id,
        senderNodeId: claims.sender,
        type: claims.type,
        receivedAt,
        envelopeDigest: digest,
        receipt,
      }))
    )
      return false;
    const details = await handler.handle({ ctx, tx, sender, claims, payload: parsed.data });
    await record(tx, ctx.clock, actor, {
      action: 'message.received',
      outcome: 'success',
      objectType: 'message',
      objectId: claims.id,
      details: { type: claims.type, sender: claims.sender, ...details },
    });
    return true;
  });
  if (!accepted)
    return reject({ code: 'replayed', message: 'this message id was already accepted' });
  await ctx.storage.peers.recordContact(claims.sender, receivedAt, null);
  return ok({ receipt });
}
