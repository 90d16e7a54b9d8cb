import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import {
  cardFingerprint,
  signCard,
  type CardKey,
  type KeyRotation,
  type NodeCard,
  type SignedCard,
} from '@concord/federation';
import type { NodeContext } from '../node/node-context.ts';

/** How long a card we issue is valid; peers ask again before it ends. */
const CARD_DAYS = 365;

/** A short key id derived from the key itself, so every node names a key the same way. */
export function keyId(prefix: 's' | 'e', publicKey: string): string {
  return `${prefix}-${createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 12)}`;
}

export function ownSigningKid(ctx: Pick<NodeContext, 'identity'>): string {
  return keyId('s', ctx.identity.signingPublicKey);
}

export function ownEncryptionKid(ctx: Pick<NodeContext, 'identity'>): string {
  return keyId('e', ctx.identity.encryptionPublicKey);
}

type CardContext = Pick<NodeContext, 'identity' | 'config' | 'clock' | 'retiredKeys'>;

/** The current keys' window: from the last rotation (or the node's creation), open-ended. */
function currentKey(prefix: 's' | 'e', publicKey: string, ctx: CardContext): CardKey {
  return {
    kid: keyId(prefix, publicKey),
    publicKey,
    validFrom: ctx.identity.keysSince ?? ctx.identity.createdAt,
    validUntil: null,
  };
}

/** Retired keys still inside their overlap window at `now`, then the current one. */
function cardKeys(ctx: CardContext, purpose: 'signing' | 'encryption', now: Date): CardKey[] {
  const retired = ctx.retiredKeys
    .filter((k) => k.purpose === purpose && Date.parse(k.validUntil) > now.getTime())
    .map((k) => ({
      kid: k.kid,
      publicKey: k.publicKey,
      validFrom: k.validFrom,
      validUntil: k.validUntil,
    }));
  const current =
    purpose === 'signing'
      ? currentKey('s', ctx.identity.signingPublicKey, ctx)
      : currentKey('e', ctx.identity.encryptionPublicKey, ctx);
  return [...retired, current];
}

/** This node's card as it stands now (unsigned): during a rotation's overlap it lists both keys. */
export function ownCard(ctx: CardContext): NodeCard {
  const now = ctx.clock.now();
  const { identity, config } = ctx;
  return {
    version: 1,
    nodeId: identity.nodeId,
    name: identity.name,
    organisation: config.federation.organisation,
    kind: config.federation.kind,
    jurisdiction: identity.jurisdiction,
    endpoint: config.federation.endpoint,
    signingKeys: cardKeys(ctx, 'signing', now),
    encryptionKeys: cardKeys(ctx, 'encryption', now),
    tlsCertificateSha256: config.federation.tlsCertificateSha256,
    issuedAt: now.toISOString(),
    validFrom: identity.createdAt,
    validUntil: new Date(now.getTime() + CARD_DAYS * 86_400_000).toISOString(),
  };
}

/** The rotation statements of the retired signing keys the card still lists. */
function ownRotations(ctx: CardContext, card: NodeCard): KeyRotation[] {
  const listed = new Set(card.signingKeys.map((k) => k.kid));
  return ctx.retiredKeys
    .filter((k) => k.purpose === 'signing' && k.rotation !== null && listed.has(k.kid))
    .map((k) => JSON.parse(k.rotation ?? 'null') as KeyRotation)
    .filter((r) => listed.has(r.newKid));
}

/**
 * This node's card, signed with its current signing key and carrying the
 * rotation statements that link its retired keys to their successors: what
 * `concord node card` prints and peers import.
 */
export async function signedOwnCard(
  ctx: CardContext & Pick<NodeContext, 'signingKey'>,
): Promise<SignedCard> {
  const card = ownCard(ctx);
  const signed = await signCard(card, ctx.signingKey, ownSigningKid(ctx));
  return { ...signed, rotations: ownRotations(ctx, card) };
}

/** One of this node's encryption private keys, and until when it opens what was sealed to it. */
export interface DecryptionKey {
  readonly kid: string;
  readonly key: KeyObject;
  /** Null for the current key; a retired key works until its overlap window ends. */
  readonly validUntil: string | null;
}

/** This node's encryption private keys: the current one and every retired one kept. */
export function ownDecryptionKeys(
  ctx: Pick<NodeContext, 'identity' | 'encryptionKey' | 'retiredKeys'>,
): DecryptionKey[] {
  return [
    { kid: ownEncryptionKid(ctx), key: ctx.encryptionKey, validUntil: null },
    ...ctx.retiredKeys.flatMap((k) =>
      k.purpose === 'encryption' && k.privateKey
        ? [{ kid: k.kid, key: k.privateKey, validUntil: k.validUntil }]
        : [],
    ),
  ];
}

/** The key of `keys` for this kid that still works at `now`, or null. */
export function decryptionKeyAt(
  keys: readonly DecryptionKey[],
  kid: string,
  now: Date,
): KeyObject | null {
  const found = keys.find(
    (k) => k.kid === kid && (k.validUntil === null || Date.parse(k.validUntil) > now.getTime()),
  );
  return found?.key ?? null;
}

/**
 * The private key for an encryption kid: the current key, or a retired one
 * inside its overlap window (peers may have sealed to it before they learnt
 * the new one). Null for anything else.
 */
export function ownDecryptionKey(
  ctx: Pick<NodeContext, 'identity' | 'encryptionKey' | 'retiredKeys' | 'clock'>,
  kid: string,
): KeyObject | null {
  return decryptionKeyAt(ownDecryptionKeys(ctx), kid, ctx.clock.now());
}

/** The fingerprint people compare by phone: twelve groups of five digits. */
export function ownFingerprint(ctx: Pick<NodeContext, 'identity'>): string {
  return cardFingerprint(ctx.identity.signingPublicKey);
}
