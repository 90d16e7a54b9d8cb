import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { ok, type Result } from '@concord/core';
import { acceptedSigningKeys } from '@concord/federation';
import { canonicalProfileBytes, type ProfileDocument, type SignedProfileFile } from '@concord/law';
import type { Stores } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { readCard } from '../federation/peer-service.ts';
import { ownSigningKid } from '../federation/own-card.ts';
import type { NodeContext } from '../node/node-context.ts';

// A national profile is signed with the publishing node's Ed25519 signing key over the
// profile's canonical bytes (@concord/law canonicalProfileBytes), and checked against the key
// its card lists under the signature's kid.

/** Signs a profile with this node's current signing key. */
export function signProfile(
  ctx: Pick<NodeContext, 'identity' | 'signingKey'>,
  profile: ProfileDocument,
): SignedProfileFile {
  const value = sign(null, canonicalProfileBytes(profile), ctx.signingKey).toString('base64url');
  return { profile, signature: { alg: 'Ed25519', keyId: ownSigningKid(ctx), value } };
}

type SignerContext = Pick<NodeContext, 'identity' | 'signingKey' | 'retiredKeys' | 'clock'>;

/** Why a signed profile is not accepted from its publisher, as coded errors. */
type SignerCheck = Result<{ readonly publisherJurisdiction: string }, ServiceError>;

/**
 * Checks that a signed profile comes from the node it names: that node is this node or a peer
 * (not suspended), its jurisdiction (from its verified card, not the file's word) is the
 * profile's, and the
 * signature verifies with the signing key its card accepts now under the signature's kid.
 *
 * @example
 * const checked = await verifyPublisher(ctx, tx, file);
 * if (!checked.ok) await audit('law.profile_rejected', checked.error.code);
 */
export async function verifyPublisher(
  ctx: SignerContext,
  stores: Pick<Stores, 'peers'>,
  file: SignedProfileFile,
): Promise<SignerCheck> {
  const { profile, signature } = file;
  const publisher = profile.publisher.nodeId;
  if (signature.alg !== 'Ed25519')
    return fail('bad_signature', `signatures are Ed25519, not ${signature.alg}`);
  const signer = await signerOf(ctx, stores, publisher, signature.keyId);
  if (!signer.ok) return signer;
  if (signer.value.jurisdiction !== profile.jurisdiction)
    return fail(
      'publisher_not_authoritative',
      `node ${publisher} belongs to ${signer.value.jurisdiction}: it cannot publish the profile of ${profile.jurisdiction}`,
    );
  const valid = verifies(profile, signer.value.key, signature.value);
  if (!valid)
    return fail(
      'bad_signature',
      `the signature does not verify with key ${signature.keyId} of node ${publisher}: the file was changed or not signed by it`,
    );
  return ok({ publisherJurisdiction: signer.value.jurisdiction });
}

function verifies(profile: ProfileDocument, key: KeyObject, signature: string): boolean {
  try {
    return verify(null, canonicalProfileBytes(profile), key, Buffer.from(signature, 'base64url'));
  } catch {
    // A signature of the wrong length or a key of the wrong type: it does not verify.
    return false;
  }
}

async function signerOf(
  ctx: SignerContext,
  stores: Pick<Stores, 'peers'>,
  nodeId: string,
  kid: string,
): Promise<Result<{ readonly key: KeyObject; readonly jurisdiction: string }, ServiceError>> {
  const now = ctx.clock.now();
  if (nodeId === ctx.identity.nodeId) {
    const key = ownPublicKey(ctx, kid, now);
    if (key === null)
      return fail('bad_signature', `key ${kid} is not a signing key this node accepts now`);
    return ok({ key, jurisdiction: ctx.identity.jurisdiction });
  }
  const peer = await stores.peers.get(nodeId);
  if (peer === null)
    return fail(
      'unknown_signer',
      `node ${nodeId} is not a peer of this node: add it as a peer (with its fingerprint) first`,
    );
  if (peer.status === 'suspended')
    return fail('unknown_signer', `peer ${peer.name} is suspended: nothing from it is accepted`);
  const card = await readCard(peer.card, now);
  if (!card.ok)
    return fail(
      'unknown_signer',
      `the card of ${peer.name} no longer verifies: ask it for a new card`,
    );
  const listed = acceptedSigningKeys(card.value.card, now).find((k) => k.kid === kid);
  if (listed === undefined)
    return fail('bad_signature', `the card of ${peer.name} lists no signing key ${kid} valid now`);
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: listed.publicKey },
    format: 'jwk',
  });
  return ok({ key, jurisdiction: card.value.card.jurisdiction });
}

/** This node's current signing key, or a retired one still inside its overlap window. */
function ownPublicKey(ctx: SignerContext, kid: string, now: Date): KeyObject | null {
  if (kid === ownSigningKid(ctx)) return createPublicKey(ctx.signingKey);
  const retired = ctx.retiredKeys.find(
    (k) => k.purpose === 'signing' && k.kid === kid && Date.parse(k.validUntil) > now.getTime(),
  );
  return retired === undefined
    ? null
    : createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: retired.publicKey }, format: 'jwk' });
}
