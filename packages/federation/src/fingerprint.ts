import { createHash } from 'node:crypto';
import { isRawPublicKey } from './raw-public-key.ts';

const GROUPS = 12;
const SHORT_GROUPS = 4;
const BYTES_PER_GROUP = 5;

/**
 * A node's fingerprint, for two people to compare by phone or side by side: 60 decimal
 * digits in 12 groups of 5. Digits are read aloud in any language, unlike hex letters.
 *
 * Construction (as Signal's safety numbers): digest = SHA-512(raw 32-byte Ed25519 public
 * key); for group i in 0..11, take digest bytes [5i, 5i+5) as a big-endian 40-bit integer,
 * reduce it mod 100000 and write it with 5 digits, zero-padded; join with spaces.
 * SHA-512 rather than SHA-256 because 12 groups need 60 bytes and SHA-256 gives 32.
 * Reducing 40 bits mod 10^5 leaves a bias below 10^-7 per group; the whole is about
 * 199 bits, far beyond what an attacker could match by generating keys.
 * Throws when the argument is not a raw 32-byte base64url key.
 *
 * @example
 * cardFingerprint(card.signingKeys[0].publicKey)
 * // '03187 55301 90824 …' (12 groups)
 */
export function cardFingerprint(publicKeyBase64url: string): string {
  return groups(publicKeyBase64url, GROUPS);
}

/**
 * The first four groups of `cardFingerprint` (20 digits), to tell nodes apart in a list.
 * Too short to check a key by: compare the full fingerprint for that.
 *
 * @example
 * shortFingerprint(publicKey) // '03187 55301 90824 11270'
 */
export function shortFingerprint(publicKeyBase64url: string): string {
  return groups(publicKeyBase64url, SHORT_GROUPS);
}

function groups(publicKeyBase64url: string, count: number): string {
  if (!isRawPublicKey(publicKeyBase64url)) {
    throw new TypeError('fingerprint: expected a raw 32-byte public key in base64url');
  }
  const digest = createHash('sha512').update(Buffer.from(publicKeyBase64url, 'base64url')).digest();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = digest.readUIntBE(i * BYTES_PER_GROUP, BYTES_PER_GROUP);
    out.push(String(n % 100_000).padStart(5, '0'));
  }
  return out.join(' ');
}
