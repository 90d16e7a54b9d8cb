import { signRotation, type KeyRotation } from '@concord/federation';
import { ok, type Result } from '@concord/core';
import { v1 } from '@concord/protocol';
import type { RetiredKeyRecord } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record, type Actor } from '../audit/audit-trail.ts';
import { generateNodeKeys, rawPublicKey, sealPrivateKey } from '../keys/node-keys.ts';
import type { NodeContext, RetiredKey } from '../node/node-context.ts';
import { sealFor } from './messaging.ts';
import { keyId, ownEncryptionKid, ownSigningKid, signedOwnCard } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';

/** Days peers keep accepting the old keys unless the administrator says otherwise. */
export const DEFAULT_OVERLAP_DAYS = v1.KEY_OVERLAP_DAYS.default;
/**
 * The shortest overlap: a message sealed to the old key just before the
 * rotation may wait a whole message lifetime in a peer's outbox.
 */
export const MIN_OVERLAP_DAYS = v1.KEY_OVERLAP_DAYS.min;
export const MAX_OVERLAP_DAYS = v1.KEY_OVERLAP_DAYS.max;

export interface RotationReport {
  readonly oldSigningKid: string;
  readonly newSigningKid: string;
  readonly oldEncryptionKid: string;
  readonly newEncryptionKid: string;
  /** Until when peers accept the old keys. */
  readonly overlapUntil: string;
  /** Peers the new card was queued for (suspended peers are not sent anything). */
  readonly peersNotified: number;
  /** Peers it could not be sealed for (their own card no longer verifies), by name. */
  readonly peersMissed: readonly string[];
}

/**
 * Replaces the node's signing and encryption keys. The old signing key signs
 * a statement vouching for the new one; both stay in the node's card until
 * the overlap ends, so peers accept either meanwhile and messages already
 * sealed to the old encryption key can still be opened.
 *
 * Order matters: the re-issued card goes into every active peer's outbox,
 * signed with the OLD key, in the same transaction that stores the new keys.
 * Per-peer ordering then guarantees each peer learns the new key before it
 * receives anything signed with it. Only after the commit does the running
 * node switch keys.
 */
export async function rotateNodeKeys(
  ctx: NodeContext,
  directory: PeerDirectory,
  actor: Actor,
  options: { readonly overlapDays?: number } = {},
): Promise<Result<RotationReport, ServiceError>> {
  const overlapDays = options.overlapDays ?? DEFAULT_OVERLAP_DAYS;
  if (
    !Number.isInteger(overlapDays) ||
    overlapDays < MIN_OVERLAP_DAYS ||
    overlapDays > MAX_OVERLAP_DAYS
  ) {
    return fail(
      'invalid_request',
      `the overlap must be a whole number of days from ${MIN_OVERLAP_DAYS} (a queued message's lifetime) to ${MAX_OVERLAP_DAYS}`,
    );
  }
  const now = ctx.clock.now();
  const at = now.toISOString();
  const overlapUntil = new Date(now.getTime() + overlapDays * 86_400_000).toISOString();
  const keys = generateNodeKeys();
  const signingPublicKey = rawPublicKey(keys.signing.publicKey);
  const encryptionPublicKey = rawPublicKey(keys.encryption.publicKey);
  const newEncryptionKid = keyId('e', encryptionPublicKey);
  const old = {
    identity: ctx.identity,
    signingKid: ownSigningKid(ctx),
    encryptionKid: ownEncryptionKid(ctx),
    encryptionKey: ctx.encryptionKey,
  };
  const statement = {
    oldKid: old.signingKid,
    newKid: keyId('s', signingPublicKey),
    newPublicKey: signingPublicKey,
    at,
  };
  const rotation: KeyRotation = {
    ...statement,
    signature: await signRotation(ctx.identity.nodeId, statement, ctx.signingKey),
  };
  const since = old.identity.keysSince ?? old.identity.createdAt;
  const retired: RetiredKeyRecord[] = [
    {
      kid: old.signingKid,
      purpose: 'signing',
      publicKey: old.identity.signingPublicKey,
      privateKeySealed: null,
      validFrom: since,
      validUntil: overlapUntil,
      rotation: JSON.stringify(rotation),
    },
    {
      kid: old.encryptionKid,
      purpose: 'encryption',
      publicKey: old.identity.encryptionPublicKey,
      privateKeySealed: sealPrivateKey(old.encryptionKey, ctx.sealer, 'node:encryption'),
      validFrom: since,
      validUntil: overlapUntil,
      rotation: null,
    },
  ];
  const next = {
    identity: { ...old.identity, signingPublicKey, encryptionPublicKey, keysSince: at },
    retiredKeys: [
      ...ctx.retiredKeys,
      { ...retired[0], privateKey: null },
      { ...retired[1], privateKey: old.encryptionKey },
    ] as RetiredKey[],
  };

  // The card peers will hold: new keys current, old keys listed until the overlap ends,
  // signed by the new key and carrying the old key's statement. The envelope that carries
  // it is sealed now, so it is signed by the old key peers already trust.
  const card = await signedOwnCard({
    ...ctx,
    identity: next.identity,
    retiredKeys: next.retiredKeys,
    signingKey: keys.signing.privateKey,
  });
  const payload = { card: JSON.parse(JSON.stringify(card)) as Record<string, unknown> };
  const peers = (await ctx.storage.peers.list()).filter((p) => p.status === 'active');
  const sealed: { peerNodeId: string; messageId: string; envelope: string }[] = [];
  const missed: string[] = [];
  for (const peer of peers) {
    const s = await sealFor(ctx, directory, peer.nodeId, 'card.update', payload, null);
    if (s.ok) sealed.push({ peerNodeId: peer.nodeId, ...s.value });
    else missed.push(peer.name);
  }

  await ctx.storage.transaction(async (tx) => {
    await tx.identity.rotateKeys(
      {
        signingPublicKey,
        encryptionPublicKey,
        signingPrivateKeySealed: sealPrivateKey(
          keys.signing.privateKey,
          ctx.sealer,
          'node:signing',
        ),
        encryptionPrivateKeySealed: sealPrivateKey(
          keys.encryption.privateKey,
          ctx.sealer,
          'node:encryption',
        ),
        keysSince: at,
      },
      retired,
    );
    for (const s of sealed) {
      await tx.outbox.enqueue({
        peerNodeId: s.peerNodeId,
        messageId: s.messageId,
        type: 'card.update',
        envelope: s.envelope,
        createdAt: at,
      });
    }
    await record(tx, ctx.clock, actor, {
      action: 'node.keys_rotate',
      outcome: 'success',
      objectType: 'node',
      objectId: ctx.identity.nodeId,
      details: {
        oldSigningKid: old.signingKid,
        newSigningKid: statement.newKid,
        oldEncryptionKid: old.encryptionKid,
        newEncryptionKid,
        overlapUntil,
        peersNotified: sealed.length,
        peersMissed: missed.join(', ') || null,
      },
    });
  });

  ctx.identity = next.identity;
  ctx.signingKey = keys.signing.privateKey;
  ctx.encryptionKey = keys.encryption.privateKey;
  ctx.retiredKeys = next.retiredKeys;
  return ok({
    oldSigningKid: old.signingKid,
    newSigningKid: statement.newKid,
    oldEncryptionKid: old.encryptionKid,
    newEncryptionKid,
    overlapUntil,
    peersNotified: sealed.length,
    peersMissed: missed,
  });
}
