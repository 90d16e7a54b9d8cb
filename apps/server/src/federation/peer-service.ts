import { ok, type Result } from '@concord/core';
import {
  acceptedSigningKeys,
  cardFingerprint,
  parseSignedCard,
  verifyCard,
  verifyEndorsement,
  type NodeCard,
  type SignedCard,
} from '@concord/federation';
import type { PeerRecord, PeerStatus } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { record, type Actor } from '../audit/audit-trail.ts';
import type { BankDeps } from '../banks/bank-service.ts';
import { continuesCard } from './card-continuity.ts';

/** How a person establishes trust in a card: by comparing its fingerprint, or through a trust anchor's endorsement. */
export type TrustBy =
  { readonly kind: 'fingerprint'; readonly fingerprint: string } | { readonly kind: 'anchor' };

/** Peering needs the database, the time, and which node this is (not its keys). */
type Deps = BankDeps;

function digits(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

/**
 * The fingerprint a person compares: the card's newest signing key valid now
 * (during a rotation's overlap, the new key, as the node itself shows it).
 */
export function fingerprintOf(card: NodeCard, now: Date): string | null {
  const key = acceptedSigningKeys(card, now).at(-1);
  return key ? cardFingerprint(key.publicKey) : null;
}

/** Reads and verifies a signed card from untrusted JSON. */
export async function readCard(
  json: unknown,
  now: Date,
): Promise<Result<{ signed: SignedCard; card: NodeCard }, ServiceError>> {
  const parsed = parseSignedCard(json);
  if (!parsed.ok) return fail('invalid_card', `not a Concord node card: ${parsed.error.message}`);
  const verified = await verifyCard(parsed.value, now);
  if (!verified.ok)
    return fail(
      'invalid_card',
      `the card does not verify: ${verified.error.message} [${verified.error.code}]`,
    );
  return ok({ signed: parsed.value, card: verified.value });
}

/** Whether a known peer's new card comes from a key rotation its trusted key signed. */
async function rotatedFrom(existing: PeerRecord, next: SignedCard, now: Date): Promise<boolean> {
  const known = await readCard(existing.card, now);
  return known.ok && continuesCard(known.value.card, next).ok;
}

/**
 * Adds a peer from its signed card once a person confirmed its fingerprint,
 * or a configured trust anchor endorsed it. A known peer's card is replaced
 * only when it is signed by the same key (a new key needs new confirmation).
 */
export async function addPeer(
  ctx: Deps,
  actor: Actor,
  cardJson: unknown,
  trust: TrustBy,
): Promise<Result<PeerRecord, ServiceError>> {
  const now = ctx.clock.now();
  const read = await readCard(cardJson, now);
  if (!read.ok) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'peer.add',
      outcome: 'failure',
      details: { reason: read.error.code },
    });
    return read;
  }
  const { signed, card } = read.value;
  if (card.nodeId === ctx.identity.nodeId)
    return fail('peer_is_self', 'this is the card of this node itself');
  const fingerprint = fingerprintOf(card, now);
  if (!fingerprint) return fail('invalid_card', 'the card has no signing key valid now');

  let trustedVia: string;
  if (trust.kind === 'fingerprint') {
    if (digits(trust.fingerprint) !== digits(fingerprint)) {
      await record(ctx.storage, ctx.clock, actor, {
        action: 'peer.add',
        outcome: 'failure',
        objectType: 'peer',
        objectId: card.nodeId,
        details: { reason: 'fingerprint_mismatch' },
      });
      return fail(
        'fingerprint_mismatch',
        `the card's fingerprint is ${fingerprint}, not the one given: do not add this peer before talking to its administrator`,
      );
    }
    trustedVia = 'fingerprint';
  } else {
    const anchors = await ctx.storage.trustAnchors.list();
    const endorsing = [];
    for (const anchor of anchors)
      if (await verifyEndorsement(signed, anchor)) endorsing.push(anchor.id);
    if (endorsing.length === 0)
      return fail(
        'not_endorsed',
        'no configured trust anchor has endorsed this card: compare its fingerprint instead',
      );
    trustedVia = `anchor:${endorsing[0]}`;
  }

  const existing = await ctx.storage.peers.get(card.nodeId);
  if (
    existing &&
    existing.fingerprint !== fingerprint &&
    !(await rotatedFrom(existing, signed, now))
  ) {
    return fail(
      'card_key_changed',
      `${card.name} now signs with another key: remove the peer and add it again after confirming ${fingerprint}`,
    );
  }
  const at = now.toISOString();
  await ctx.storage.transaction(async (tx) => {
    await tx.peers.save({
      nodeId: card.nodeId,
      name: card.name,
      organisation: card.organisation,
      kind: card.kind,
      jurisdiction: card.jurisdiction,
      endpoint: card.endpoint,
      card: JSON.parse(JSON.stringify(signed)),
      fingerprint,
      status: existing?.status ?? 'active',
      trustedVia: existing?.trustedVia ?? trustedVia,
      addedAt: existing?.addedAt ?? at,
      updatedAt: at,
    });
    await record(tx, ctx.clock, actor, {
      action: existing ? 'peer.update' : 'peer.add',
      outcome: 'success',
      objectType: 'peer',
      objectId: card.nodeId,
      details: {
        name: card.name,
        jurisdiction: card.jurisdiction,
        endpoint: card.endpoint,
        trustedVia,
      },
    });
  });
  const saved = await ctx.storage.peers.get(card.nodeId);
  if (!saved) throw new Error('peer vanished after saving');
  return ok(saved);
}

export async function setPeerStatus(
  ctx: Deps,
  actor: Actor,
  nodeId: string,
  status: PeerStatus,
): Promise<Result<null, ServiceError>> {
  if (!(await ctx.storage.peers.setStatus(nodeId, status, ctx.clock.now().toISOString())))
    return fail('not_found', `no peer ${nodeId}`);
  await record(ctx.storage, ctx.clock, actor, {
    action: status === 'suspended' ? 'peer.suspend' : 'peer.resume',
    outcome: 'success',
    objectType: 'peer',
    objectId: nodeId,
  });
  return ok(null);
}

export async function removePeer(
  ctx: Deps,
  actor: Actor,
  nodeId: string,
): Promise<Result<null, ServiceError>> {
  if (!(await ctx.storage.peers.remove(nodeId))) return fail('not_found', `no peer ${nodeId}`);
  await record(ctx.storage, ctx.clock, actor, {
    action: 'peer.remove',
    outcome: 'success',
    objectType: 'peer',
    objectId: nodeId,
  });
  return ok(null);
}

/** A peer's card as verified now, or why it can no longer be used. */
export async function peerCard(
  peer: PeerRecord,
  now: Date,
): Promise<Result<NodeCard, ServiceError>> {
  const read = await readCard(peer.card, now);
  return read.ok ? ok(read.value.card) : read;
}

/** Trusts a coordinating organisation's key: cards it endorses can be added without a fingerprint call. */
export async function addTrustAnchor(
  ctx: Deps,
  actor: Actor,
  anchor: { readonly id: string; readonly name: string; readonly publicKey: string },
): Promise<Result<null, ServiceError>> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(anchor.publicKey))
    return fail(
      'invalid_request',
      'a trust anchor key is an Ed25519 public key: 43 base64url characters',
    );
  const added = await ctx.storage.trustAnchors.add({
    ...anchor,
    addedAt: ctx.clock.now().toISOString(),
  });
  if (added) return fail('invalid_request', `a trust anchor ${anchor.id} exists already`);
  await record(ctx.storage, ctx.clock, actor, {
    action: 'anchor.add',
    outcome: 'success',
    objectType: 'trust_anchor',
    objectId: anchor.id,
    details: { name: anchor.name, fingerprint: cardFingerprint(anchor.publicKey) },
  });
  return ok(null);
}

export async function removeTrustAnchor(
  ctx: Deps,
  actor: Actor,
  id: string,
): Promise<Result<null, ServiceError>> {
  if (!(await ctx.storage.trustAnchors.remove(id)))
    return fail('not_found', `no trust anchor ${id}`);
  await record(ctx.storage, ctx.clock, actor, {
    action: 'anchor.remove',
    outcome: 'success',
    objectType: 'trust_anchor',
    objectId: id,
  });
  return ok(null);
}
