import { createPublicKey, type KeyObject } from 'node:crypto';

/** The two OKP curves a node uses: Ed25519 to sign, X25519 to receive encrypted messages. */
export type OkpCurve = 'Ed25519' | 'X25519';

/** 32 bytes in unpadded base64url: 43 characters, the last carrying 4 bits (so 2 zero bits). */
const RAW_KEY_PATTERN = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
/** Imported keys, so that a peer's key is parsed once, not per message. */
const cache = new Map<string, KeyObject>();
const CACHE_LIMIT = 1024;

/**
 * True for a raw 32-byte public key in canonical unpadded base64url (the JWK `x`),
 * the only spelling accepted, so that two texts never name the same key.
 */
export function isRawPublicKey(value: unknown): value is string {
  return typeof value === 'string' && RAW_KEY_PATTERN.test(value);
}

/**
 * The KeyObject for a raw public key on a curve, or null when the text is not one.
 * Results are cached (bounded), so that verifying many messages from one peer imports
 * its key once.
 */
export function importRawPublicKey(raw: string, crv: OkpCurve): KeyObject | null {
  if (!isRawPublicKey(raw)) return null;
  const cacheKey = `${crv}:${raw}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let key: KeyObject;
  try {
    key = createPublicKey({ key: { kty: 'OKP', crv, x: raw }, format: 'jwk' });
  } catch {
    return null;
  }
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(cacheKey, key);
  return key;
}

/** The raw public key (base64url) of an OKP public or private KeyObject on the given curve. */
export function rawPublicKeyOf(key: KeyObject, crv: OkpCurve): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  if (publicKey.asymmetricKeyType !== crv.toLowerCase()) {
    throw new TypeError(`expected an ${crv} key, got ${String(publicKey.asymmetricKeyType)}`);
  }
  const { x } = publicKey.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new TypeError('not an OKP key');
  return x;
}
