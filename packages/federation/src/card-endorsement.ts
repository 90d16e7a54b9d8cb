import type { KeyObject } from 'node:crypto';
import { hasConcordHeader, signDetached, splitCompactJws, verifyDetached } from './compact-jws.ts';
import { isIdentifier } from './field-checks.ts';
import { cardBytes, type SignedCard } from './node-card.ts';
import { importRawPublicKey } from './raw-public-key.ts';

const ENDORSEMENT_TYP = 'concord-endorsement+jws';

/**
 * A trust anchor vouches for a card: signs the card's canonical bytes with its own key.
 * Replaces an earlier endorsement by the same anchor. Throws for an invalid anchor id.
 *
 * @example
 * const endorsed = await endorseCard(signed, anchorPrivateKey, 'interpol-anchor');
 */
export async function endorseCard(
  signed: SignedCard,
  anchorKey: KeyObject,
  anchorId: string,
): Promise<SignedCard> {
  if (!isIdentifier(anchorId)) throw new Error(`endorseCard: invalid anchor id ${anchorId}`);
  const header = { typ: ENDORSEMENT_TYP, kid: anchorId };
  const signature = await signDetached(header, cardBytes(signed.card), anchorKey);
  const others = signed.endorsements.filter((e) => e.anchorId !== anchorId);
  return { ...signed, endorsements: [...others, { anchorId, signature }] };
}

/**
 * True when the configured anchor (its id and raw Ed25519 public key) has endorsed exactly
 * this card. Says nothing about the card's own validity: call `verifyCard` as well.
 *
 * @example
 * if (await verifyEndorsement(signed, { id: 'interpol-anchor', publicKey })) trustCard(signed);
 */
export async function verifyEndorsement(
  signed: SignedCard,
  anchor: { readonly id: string; readonly publicKey: string },
): Promise<boolean> {
  const key = importRawPublicKey(anchor.publicKey, 'Ed25519');
  if (!key) return false;
  const bytes = cardBytes(signed.card);
  for (const e of signed.endorsements) {
    if (e.anchorId !== anchor.id) continue;
    const parts = splitCompactJws(e.signature);
    if (!parts || !hasConcordHeader(parts.header, ENDORSEMENT_TYP)) continue;
    if (parts.header.kid !== anchor.id) continue;
    if (await verifyDetached(e.signature, bytes, key)) return true;
  }
  return false;
}
