import { createHash } from 'node:crypto';
import { cardFingerprint, signCard, type NodeCard, type SignedCard } from '@concord/federation';
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

/** This node's card as it stands now (unsigned). */
export function ownCard(ctx: Pick<NodeContext, 'identity' | 'config' | 'clock'>): NodeCard {
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
    signingKeys: [
      {
        kid: keyId('s', identity.signingPublicKey),
        publicKey: identity.signingPublicKey,
        validFrom: identity.createdAt,
        validUntil: null,
      },
    ],
    encryptionKeys: [
      {
        kid: keyId('e', identity.encryptionPublicKey),
        publicKey: identity.encryptionPublicKey,
        validFrom: identity.createdAt,
        validUntil: null,
      },
    ],
    tlsCertificateSha256: config.federation.tlsCertificateSha256,
    issuedAt: now.toISOString(),
    validFrom: identity.createdAt,
    validUntil: new Date(now.getTime() + CARD_DAYS * 86_400_000).toISOString(),
  };
}

/** This node's card, signed with its signing key: what `concord node card` prints and peers import. */
export async function signedOwnCard(
  ctx: Pick<NodeContext, 'identity' | 'config' | 'clock' | 'signingKey'>,
): Promise<SignedCard> {
  return signCard(ownCard(ctx), ctx.signingKey, ownSigningKid(ctx));
}

/** The fingerprint people compare by phone: twelve groups of five digits. */
export function ownFingerprint(ctx: Pick<NodeContext, 'identity'>): string {
  return cardFingerprint(ctx.identity.signingPublicKey);
}
