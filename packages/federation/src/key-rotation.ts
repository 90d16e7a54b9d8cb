import type { KeyObject } from 'node:crypto';
import { canonicalJson, err, ok, type Result } from '@concord/core';
import { hasConcordHeader, signDetached, splitCompactJws, verifyDetached } from './compact-jws.ts';
import { instantMs } from './field-checks.ts';
import type { CardError, KeyRotation, NodeCard } from './node-card.ts';
import { importRawPublicKey } from './raw-public-key.ts';

const ROTATION_TYP = 'concord-key-rotation+jws';

type RotationStatement = Omit<KeyRotation, 'signature'>;

/**
 * What a rotation signature covers: the statement and the node id, so that a statement
 * cannot be replayed into another node's card that happens to use the same key ids.
 */
function rotationBytes(nodeId: string, s: RotationStatement): Uint8Array {
  const value = {
    nodeId,
    oldKid: s.oldKid,
    newKid: s.newKid,
    newPublicKey: s.newPublicKey,
    at: s.at,
  };
  return new TextEncoder().encode(canonicalJson(value));
}

/** Signs a rotation statement with the old key (detached JWS, kid = the old kid). */
export async function signRotation(
  nodeId: string,
  statement: RotationStatement,
  oldKey: KeyObject,
): Promise<string> {
  const header = { typ: ROTATION_TYP, kid: statement.oldKid };
  return signDetached(header, rotationBytes(nodeId, statement), oldKey);
}

/**
 * Checks every rotation statement of a card: both keys listed (the new one with the stated
 * public key), the old key valid when it vouched, and its signature over the statement.
 */
export async function verifyRotations(
  card: NodeCard,
  rotations: readonly KeyRotation[],
): Promise<Result<null, CardError>> {
  for (const r of rotations) {
    const problem = await rotationProblem(card, r);
    if (problem !== null)
      return err('bad_rotation', `rotation ${r.oldKid} → ${r.newKid}: ${problem}`);
  }
  return ok(null);
}

async function rotationProblem(card: NodeCard, r: KeyRotation): Promise<string | null> {
  if (r.oldKid === r.newKid) return 'a key cannot replace itself';
  const old = card.signingKeys.find((k) => k.kid === r.oldKid);
  const next = card.signingKeys.find((k) => k.kid === r.newKid);
  if (!old) return 'the old key is not listed in the card';
  if (!next || next.publicKey !== r.newPublicKey) return 'the new key is not listed in the card';
  const at = instantMs(r.at);
  if (
    at < instantMs(old.validFrom) ||
    (old.validUntil !== null && at > instantMs(old.validUntil))
  ) {
    return 'the old key was not valid at the time of the rotation';
  }
  const parts = splitCompactJws(r.signature);
  if (!parts || !hasConcordHeader(parts.header, ROTATION_TYP) || parts.header.kid !== r.oldKid) {
    return 'the signature is not a rotation signature by the old key';
  }
  const key = importRawPublicKey(old.publicKey, 'Ed25519');
  if (!key || !(await verifyDetached(r.signature, rotationBytes(card.nodeId, r), key))) {
    return 'the old key did not sign this statement';
  }
  return null;
}
