import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import type { Sealer } from './sealer.ts';

/** The node's two key pairs: Ed25519 to sign, X25519 to receive encrypted messages. */
export interface NodeKeys {
  readonly signing: { readonly publicKey: KeyObject; readonly privateKey: KeyObject };
  readonly encryption: { readonly publicKey: KeyObject; readonly privateKey: KeyObject };
}

export function generateNodeKeys(): NodeKeys {
  return {
    signing: generateKeyPairSync('ed25519'),
    encryption: generateKeyPairSync('x25519'),
  };
}

/** The raw 32-byte public key, base64url (the JWK `x` value). */
export function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('not an OKP public key');
  return jwk.x;
}

/**
 * SHA-256 of the raw public key as 16 groups of four upper-case hex digits
 * (the first 128 bits): short enough to compare by eye or read over the phone.
 */
export function fingerprint(rawPublicKeyBase64url: string): string {
  const digest = createHash('sha256')
    .update(Buffer.from(rawPublicKeyBase64url, 'base64url'))
    .digest('hex');
  return (digest.slice(0, 32).toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

/** A node id derived from its signing key, so that nodes agree on it without coordination. */
export function nodeIdFor(signingPublicKey: string): string {
  const digest = createHash('sha256')
    .update(Buffer.from(signingPublicKey, 'base64url'))
    .digest('hex');
  return `node-${digest.slice(0, 24)}`;
}

export function sealPrivateKey(key: KeyObject, sealer: Sealer, context: string): string {
  return sealer.seal(key.export({ format: 'der', type: 'pkcs8' }), context);
}

/** Unseals a private key; null when the key-encryption key is not the one it was sealed with. */
export function unsealPrivateKey(
  sealed: string,
  sealer: Sealer,
  context: string,
): KeyObject | null {
  const der = sealer.unseal(sealed, context);
  return der ? createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) : null;
}

export function publicKeyOf(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}
