import { err, ok, type Result } from '@concord/core';
import { isRecord, splitCompactJws } from './compact-jws.ts';
import {
  hasOnlyKeys,
  instantMs,
  isDisplayText,
  isIdentifier,
  isIsoInstant,
} from './field-checks.ts';
import {
  NODE_KINDS,
  type CardError,
  type CardKey,
  type Endorsement,
  type KeyRotation,
  type NodeCard,
  type NodeKind,
  type SignedCard,
} from './node-card.ts';
import { isRawPublicKey } from './raw-public-key.ts';

const MAX_KEYS = 16;
const MAX_ROTATIONS = 64;
const MAX_ENDORSEMENTS = 32;
const MAX_ENDPOINT = 2048;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const CARD_FIELDS = [
  'version',
  'nodeId',
  'name',
  'organisation',
  'kind',
  'jurisdiction',
  'endpoint',
  'signingKeys',
  'encryptionKeys',
  'tlsCertificateSha256',
  'issuedAt',
  'validFrom',
  'validUntil',
];

type Parsed<T> = Result<T, CardError>;
const bad = (what: string): Parsed<never> => err('malformed_card', `malformed card: ${what}`);

/**
 * Reads a signed card from untrusted JSON (a file, a peer, a QR code), checking its shape
 * and the format of every field; unknown fields are refused, since they would not be
 * signed. Whether the card is valid is `verifyCard`'s question.
 *
 * @example
 * const parsed = parseSignedCard(JSON.parse(text));
 * if (parsed.ok) await verifyCard(parsed.value, new Date());
 */
export function parseSignedCard(json: unknown): Result<SignedCard, CardError> {
  if (!isRecord(json)) return bad('not an object');
  if (!hasOnlyKeys(json, ['card', 'signature', 'rotations', 'endorsements'])) {
    return bad('unknown fields beside card, signature, rotations, endorsements');
  }
  const card = parseCard(json.card);
  if (!card.ok) return card;
  if (!isDetachedJws(json.signature)) return bad('signature is not a detached compact JWS');
  const rotations = parseList(json.rotations, 'rotations', MAX_ROTATIONS, parseRotation);
  if (!rotations.ok) return rotations;
  const endorsements = parseList(
    json.endorsements,
    'endorsements',
    MAX_ENDORSEMENTS,
    parseEndorsement,
  );
  if (!endorsements.ok) return endorsements;
  return ok({
    card: card.value,
    signature: json.signature,
    rotations: rotations.value,
    endorsements: endorsements.value,
  });
}

function parseCard(value: unknown): Parsed<NodeCard> {
  if (!isRecord(value)) return bad('card is not an object');
  if (!hasOnlyKeys(value, CARD_FIELDS)) return bad('card has unknown fields');
  const v = value;
  if (v.version !== 1) return bad('version must be 1');
  if (!isIdentifier(v.nodeId)) return bad('nodeId');
  if (!isDisplayText(v.name)) return bad('name');
  if (!isDisplayText(v.organisation)) return bad('organisation');
  if (!isNodeKind(v.kind)) return bad(`kind must be one of ${NODE_KINDS.join(', ')}`);
  // The code itself is checked by verifyCard (invalid_jurisdiction); here only its type.
  if (typeof v.jurisdiction !== 'string' || v.jurisdiction.length > 8) return bad('jurisdiction');
  if (!isUrl(v.endpoint)) return bad('endpoint is not a URL');
  const pin = v.tlsCertificateSha256;
  if (pin !== null && (typeof pin !== 'string' || !SHA256_HEX.test(pin))) {
    return bad('tlsCertificateSha256 must be 64 lower-case hex digits or null');
  }
  if (!isIsoInstant(v.issuedAt)) return bad('issuedAt');
  if (!isIsoInstant(v.validFrom) || !isIsoInstant(v.validUntil)) return bad('validity');
  if (instantMs(v.validFrom) >= instantMs(v.validUntil)) return bad('validFrom after validUntil');
  const signingKeys = parseKeys(v.signingKeys, 'signingKeys');
  if (!signingKeys.ok) return signingKeys;
  const encryptionKeys = parseKeys(v.encryptionKeys, 'encryptionKeys');
  if (!encryptionKeys.ok) return encryptionKeys;
  return ok({
    version: 1,
    nodeId: v.nodeId,
    name: v.name,
    organisation: v.organisation,
    kind: v.kind,
    jurisdiction: v.jurisdiction,
    endpoint: v.endpoint,
    signingKeys: signingKeys.value,
    encryptionKeys: encryptionKeys.value,
    tlsCertificateSha256: pin,
    issuedAt: v.issuedAt,
    validFrom: v.validFrom,
    validUntil: v.validUntil,
  });
}

function parseKeys(value: unknown, field: string): Parsed<readonly CardKey[]> {
  const keys = parseList(value, field, MAX_KEYS, parseKey);
  if (!keys.ok) return keys;
  if (keys.value.length === 0) return bad(`${field} is empty`);
  const kids = new Set(keys.value.map((k) => k.kid));
  return kids.size === keys.value.length ? keys : bad(`${field} repeats a kid`);
}

function parseKey(value: unknown, at: string): Parsed<CardKey> {
  if (!isRecord(value) || !hasOnlyKeys(value, ['kid', 'publicKey', 'validFrom', 'validUntil'])) {
    return bad(`${at} is not a key`);
  }
  const { kid, publicKey, validFrom, validUntil } = value;
  if (!isIdentifier(kid)) return bad(`${at}.kid`);
  if (!isRawPublicKey(publicKey)) return bad(`${at}.publicKey is not a raw 32-byte base64url key`);
  if (!isIsoInstant(validFrom)) return bad(`${at}.validFrom`);
  if (validUntil !== null && !isIsoInstant(validUntil)) return bad(`${at}.validUntil`);
  return ok({ kid, publicKey, validFrom, validUntil });
}

function parseRotation(value: unknown, at: string): Parsed<KeyRotation> {
  const fields = ['oldKid', 'newKid', 'newPublicKey', 'at', 'signature'];
  if (!isRecord(value) || !hasOnlyKeys(value, fields)) return bad(`${at} is not a rotation`);
  const { oldKid, newKid, newPublicKey, signature } = value;
  if (!isIdentifier(oldKid) || !isIdentifier(newKid)) return bad(`${at} key ids`);
  if (!isRawPublicKey(newPublicKey)) return bad(`${at}.newPublicKey`);
  if (!isIsoInstant(value.at)) return bad(`${at}.at`);
  if (!isDetachedJws(signature)) return bad(`${at}.signature`);
  return ok({ oldKid, newKid, newPublicKey, at: value.at, signature });
}

function parseEndorsement(value: unknown, at: string): Parsed<Endorsement> {
  if (!isRecord(value) || !hasOnlyKeys(value, ['anchorId', 'signature'])) {
    return bad(`${at} is not an endorsement`);
  }
  const { anchorId, signature } = value;
  if (!isIdentifier(anchorId)) return bad(`${at}.anchorId`);
  if (!isDetachedJws(signature)) return bad(`${at}.signature`);
  return ok({ anchorId, signature });
}

function parseList<T>(
  value: unknown,
  field: string,
  max: number,
  parseItem: (item: unknown, at: string) => Parsed<T>,
): Parsed<readonly T[]> {
  if (!Array.isArray(value)) return bad(`${field} is not a list`);
  if (value.length > max) return bad(`${field} has more than ${max} entries`);
  const out: T[] = [];
  for (const [i, item] of value.entries()) {
    const parsed = parseItem(item, `${field}[${i}]`);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}

function isNodeKind(value: unknown): value is NodeKind {
  return NODE_KINDS.some((k) => k === value);
}

function isUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ENDPOINT && URL.canParse(value);
}

function isDetachedJws(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false;
  return splitCompactJws(value)?.payloadPart === '';
}
