import { err, ok, type CodedError, type Result } from '@concord/core';
import type { NodeCard, SignedCard } from '@concord/federation';

export type ContinuityError = CodedError<
  'card_other_node' | 'card_other_jurisdiction' | 'card_key_changed'
>;

/**
 * Whether a peer's new card continues the one we trust: same node, same
 * jurisdiction, and every signing key either one we already trust (with the
 * same public key) or introduced by a rotation statement signed by a key we
 * trust — directly or through a chain of such statements. The statements'
 * signatures were checked when the card was verified (`readCard`); this adds
 * that the chain starts from what a person once confirmed.
 *
 * A card that fails this needs a person again: remove the peer and add it
 * after comparing the new fingerprint.
 */
export function continuesCard(
  known: NodeCard,
  next: SignedCard,
): Result<{ readonly newKids: readonly string[] }, ContinuityError> {
  if (next.card.nodeId !== known.nodeId)
    return err('card_other_node', `the card is for node ${next.card.nodeId}, not ${known.nodeId}`);
  if (next.card.jurisdiction !== known.jurisdiction)
    return err(
      'card_other_jurisdiction',
      `the card moves ${known.name} from ${known.jurisdiction} to ${next.card.jurisdiction}: that needs peering again`,
    );
  const trusted = new Map(known.signingKeys.map((k) => [k.kid, k.publicKey]));
  for (const key of next.card.signingKeys) {
    const before = trusted.get(key.kid);
    if (before !== undefined && before !== key.publicKey)
      return err('card_key_changed', `key ${key.kid} has a different public key than before`);
  }
  const newKids: string[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of next.rotations) {
      if (trusted.has(r.oldKid) && !trusted.has(r.newKid)) {
        trusted.set(r.newKid, r.newPublicKey);
        newKids.push(r.newKid);
        grew = true;
      }
    }
  }
  const unvouched = next.card.signingKeys.filter((k) => trusted.get(k.kid) !== k.publicKey);
  if (unvouched.length > 0)
    return err(
      'card_key_changed',
      `no key we trust vouches for ${unvouched.map((k) => k.kid).join(', ')}`,
    );
  return ok({ newKids });
}
