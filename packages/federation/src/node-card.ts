import type { KeyObject } from 'node:crypto';
import {
  canonicalJson,
  err,
  isJurisdictionCode,
  ok,
  type CanonicalValue,
  type CodedError,
  type Result,
} from '@concord/core';
import { checkEndpoint } from './card-endpoint.ts';
import { hasConcordHeader, signDetached, splitCompactJws, verifyDetached } from './compact-jws.ts';
import { instantMs } from './field-checks.ts';
import { signRotation, verifyRotations } from './key-rotation.ts';
import { importRawPublicKey, rawPublicKeyOf } from './raw-public-key.ts';

/** The kinds of agency that run a node. */
export const NODE_KINDS = [
  'police',
  'prosecutor',
  'hotline',
  'victim_support',
  'international_organisation',
] as const;
/** One of `NODE_KINDS`. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** A public key listed in a card, with the period in which it may be used. */
export interface CardKey {
  readonly kid: string;
  /** Raw 32-byte public key, unpadded base64url (the JWK `x`). */
  readonly publicKey: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
}

/** What a node says about itself: who it is, where to reach it, and its public keys. */
export interface NodeCard {
  readonly version: 1;
  readonly nodeId: string;
  readonly name: string;
  readonly organisation: string;
  readonly kind: NodeKind;
  /** ISO 3166-1 alpha-2, checked with core's `isJurisdictionCode`. */
  readonly jurisdiction: string;
  /** `https://…`, or `http://127.x.x.x:…` / `http://[::1]:…` (plain http only on loopback). */
  readonly endpoint: string;
  readonly signingKeys: readonly CardKey[];
  readonly encryptionKeys: readonly CardKey[];
  /** SHA-256 (lower-case hex) of the node's TLS certificate, for pinning; null for loopback http. */
  readonly tlsCertificateSha256: string | null;
  readonly issuedAt: string;
  readonly validFrom: string;
  readonly validUntil: string;
}

/** A key rotation statement: the old signing key vouches for the new one. */
export interface KeyRotation {
  readonly oldKid: string;
  readonly newKid: string;
  readonly newPublicKey: string;
  readonly at: string;
  /** Detached compact JWS by the old key over the statement and the card's node id. */
  readonly signature: string;
}

/** A trust anchor's signature over a card's canonical bytes. */
export interface Endorsement {
  readonly anchorId: string;
  /** Detached compact JWS (`header..signature`) by the anchor over the card's canonical JSON. */
  readonly signature: string;
}

/** A card with its self-signature, its key rotation history and any endorsements. */
export interface SignedCard {
  readonly card: NodeCard;
  /** Detached compact JWS (EdDSA) by a current signing key of the card over its canonical JSON. */
  readonly signature: string;
  readonly rotations: readonly KeyRotation[];
  readonly endorsements: readonly Endorsement[];
}

/** Why a card was refused; `malformed_card` also covers every shape problem `parseSignedCard` finds. */
export type CardError = CodedError<
  | 'malformed_card'
  | 'bad_signature'
  | 'card_expired'
  | 'card_not_yet_valid'
  | 'unknown_key'
  | 'invalid_jurisdiction'
  | 'insecure_endpoint'
  | 'bad_rotation'
>;

const CARD_TYP = 'concord-card+jws';
const DAY_MS = 86_400_000;

/** The bytes every card signature and endorsement covers: the card's canonical JSON. */
export function cardBytes(card: NodeCard): Uint8Array {
  const key = (k: CardKey): CanonicalValue => ({
    kid: k.kid,
    publicKey: k.publicKey,
    validFrom: k.validFrom,
    validUntil: k.validUntil,
  });
  // Built field by field so that only the fields of the type are ever signed.
  const value: CanonicalValue = {
    version: card.version,
    nodeId: card.nodeId,
    name: card.name,
    organisation: card.organisation,
    kind: card.kind,
    jurisdiction: card.jurisdiction,
    endpoint: card.endpoint,
    signingKeys: card.signingKeys.map(key),
    encryptionKeys: card.encryptionKeys.map(key),
    tlsCertificateSha256: card.tlsCertificateSha256,
    issuedAt: card.issuedAt,
    validFrom: card.validFrom,
    validUntil: card.validUntil,
  };
  return new TextEncoder().encode(canonicalJson(value));
}

/**
 * The card's signing keys valid at `now`: during a rotation's overlap both the old and
 * the new key. A receiver accepts a signature by any of them.
 *
 * @example
 * acceptedSigningKeys(card, new Date()).map((k) => k.kid) // ['sig-2026', 'sig-2027']
 */
export function acceptedSigningKeys(card: NodeCard, now: Date): readonly CardKey[] {
  return card.signingKeys.filter((k) => keyValidAt(k, now));
}

function keyValidAt(key: CardKey, now: Date): boolean {
  const t = now.getTime();
  return (
    instantMs(key.validFrom) <= t && (key.validUntil === null || t < instantMs(key.validUntil))
  );
}

/**
 * Signs a card with one of its own signing keys. The result has no rotations and no
 * endorsements; to re-issue a card and keep its rotation history, copy `rotations` over.
 * Throws when `kid` is not a signing key of the card or `signingKey` is not its private key.
 *
 * @example
 * const signed = await signCard(card, keys.signing.privateKey, 'sig-1');
 */
export async function signCard(
  card: NodeCard,
  signingKey: KeyObject,
  kid: string,
): Promise<SignedCard> {
  const listed = card.signingKeys.find((k) => k.kid === kid);
  if (!listed) throw new Error(`signCard: ${kid} is not a signing key of the card`);
  if (rawPublicKeyOf(signingKey, 'Ed25519') !== listed.publicKey) {
    throw new Error(`signCard: the private key is not the one listed as ${kid}`);
  }
  const signature = await signDetached({ typ: CARD_TYP, kid }, cardBytes(card), signingKey);
  return { card, signature, rotations: [], endorsements: [] };
}

/**
 * Checks that a card is self-consistent and current: signed by one of its own signing keys
 * valid at `now`, within its validity window, every rotation statement signed by the key it
 * replaces, a known jurisdiction and an acceptable endpoint. It does not say who the node
 * is: that comes from a person comparing the fingerprint, or from an endorsement.
 *
 * @example
 * const r = await verifyCard(signed, new Date());
 * if (!r.ok) console.error(r.error.code); // e.g. 'card_expired'
 */
export async function verifyCard(
  signed: SignedCard,
  now: Date,
): Promise<Result<NodeCard, CardError>> {
  const { card } = signed;
  const parts = splitCompactJws(signed.signature);
  if (!parts || parts.payloadPart !== '' || !hasConcordHeader(parts.header, CARD_TYP)) {
    return err('bad_signature', 'the card signature is not a detached EdDSA card signature');
  }
  const kid = String(parts.header.kid);
  const listed = card.signingKeys.find((k) => k.kid === kid);
  if (!listed) return err('unknown_key', `the card is signed by ${kid}, which it does not list`);
  const key = importRawPublicKey(listed.publicKey, 'Ed25519');
  if (!key) return err('malformed_card', `signing key ${kid} is not an Ed25519 key`);
  if (!(await verifyDetached(signed.signature, cardBytes(card), key))) {
    return err('bad_signature', 'the card signature does not match the card');
  }
  const rotations = await verifyRotations(card, signed.rotations);
  if (!rotations.ok) return rotations;
  const t = now.getTime();
  if (t < instantMs(card.validFrom)) {
    return err('card_not_yet_valid', `the card is valid from ${card.validFrom}`);
  }
  if (t >= instantMs(card.validUntil)) {
    return err('card_expired', `the card expired at ${card.validUntil}`);
  }
  if (!keyValidAt(listed, now)) {
    return err('unknown_key', `the card is signed by ${kid}, which is not valid now`);
  }
  if (!isJurisdictionCode(card.jurisdiction)) {
    return err('invalid_jurisdiction', 'the jurisdiction is not an ISO 3166-1 alpha-2 code');
  }
  const endpoint = checkEndpoint(card.endpoint, card.tlsCertificateSha256);
  return endpoint.ok ? ok(card) : endpoint;
}

/**
 * Rotates the card's signing key: lists the new key (valid from `at`), ends the old key
 * `overlapDays` after `at` (both are accepted meanwhile), appends a rotation statement
 * signed by the old key, and re-signs the card with the new key. Endorsements are dropped,
 * since they covered the old card's bytes: ask the anchors again.
 * Throws when a key does not match the card or the new kid is already listed (bugs).
 *
 * @example
 * const next = await rotateSigningKey(signed, oldPrivate, 'sig-1',
 *   { kid: 'sig-2', publicKey: rawPublicKey(newPublic), privateKey: newPrivate }, new Date(), 14);
 */
export async function rotateSigningKey(
  signed: SignedCard,
  oldKey: KeyObject,
  oldKid: string,
  newKey: { readonly kid: string; readonly publicKey: string; readonly privateKey: KeyObject },
  at: Date,
  overlapDays: number,
): Promise<SignedCard> {
  const { card } = signed;
  const old = card.signingKeys.find((k) => k.kid === oldKid);
  if (!old || rawPublicKeyOf(oldKey, 'Ed25519') !== old.publicKey) {
    throw new Error(`rotateSigningKey: the old key is not the card's ${oldKid}`);
  }
  if (card.signingKeys.some((k) => k.kid === newKey.kid)) {
    throw new Error(`rotateSigningKey: the card already lists ${newKey.kid}`);
  }
  if (!Number.isFinite(overlapDays) || overlapDays < 0) {
    throw new RangeError('rotateSigningKey: overlapDays must be a number of days >= 0');
  }
  const atIso = at.toISOString();
  const overlapEnd = at.getTime() + overlapDays * DAY_MS;
  const oldUntil =
    old.validUntil !== null && instantMs(old.validUntil) < overlapEnd
      ? old.validUntil
      : new Date(overlapEnd).toISOString();
  const statement = { oldKid, newKid: newKey.kid, newPublicKey: newKey.publicKey, at: atIso };
  const rotation: KeyRotation = {
    ...statement,
    signature: await signRotation(card.nodeId, statement, oldKey),
  };
  const next: NodeCard = {
    ...card,
    issuedAt: atIso,
    signingKeys: [
      ...card.signingKeys.map((k) => (k.kid === oldKid ? { ...k, validUntil: oldUntil } : k)),
      { kid: newKey.kid, publicKey: newKey.publicKey, validFrom: atIso, validUntil: null },
    ],
  };
  const resigned = await signCard(next, newKey.privateKey, newKey.kid);
  return { ...resigned, rotations: [...signed.rotations, rotation] };
}
