import {
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { createRequire } from 'node:module';
import { rawPublicKeyOf } from './raw-public-key.ts';

/**
 * The four Curve25519 operations federation is made of: X25519 with a fresh
 * ephemeral key (sealing), X25519 with a node's own key (opening), Ed25519
 * signing and verifying. Two backends give the same bytes:
 *
 * - `libsodium` (sodium-native, prebuilt for the usual platforms): about half
 *   the time of node:crypto per operation, which is most of what sealing and
 *   opening an envelope cost (OpenSSL 3 spends as long finding its provider
 *   and handling key objects as on the curve arithmetic). Secret keys it needs
 *   as bytes are kept in memory it allocates outside the JavaScript heap.
 * - `node:crypto` (OpenSSL): the fallback where sodium-native does not load,
 *   and what `CONCORD_CRYPTO=node` asks for.
 *
 * Ed25519 signatures are deterministic (RFC 8032) and X25519 is a function
 * (RFC 7748), so both backends produce identical signatures and secrets; the
 * tests check it byte for byte. libsodium's verification is the stricter of
 * the two (it also refuses small-order keys and points), which no honestly
 * made key or signature meets.
 */
export interface Curve25519 {
  readonly name: 'libsodium' | 'node:crypto';
  /** A fresh ephemeral key pair's public key and its agreement with `recipient` (an X25519 public key). */
  ephemeralAgreement(recipient: KeyObject): {
    readonly ephemeralPublic: Buffer;
    readonly z: Buffer;
  };
  /** X25519 of a node's own private key with a peer's raw 32-byte public key. */
  agree(privateKey: KeyObject, peerPublic: Buffer): Buffer;
  /** The Ed25519 signature (64 bytes) of `message`. */
  sign(message: Buffer, privateKey: KeyObject): Buffer;
  /** Whether `signature` is `publicKey`'s Ed25519 signature of `message`. */
  verify(message: Buffer, signature: Buffer, publicKey: KeyObject): boolean;
}

const X25519_BYTES = 32;

const ALL_ZERO = 'X25519 agreement gave the all-zero secret (a low-order key)';

/** Refuses the all-zero X25519 result of a low-order peer key (RFC 7748 §6.1). */
function nonZero(z: Buffer): Buffer {
  if (z.every((b) => b === 0)) throw new Error(ALL_ZERO);
  return z;
}

/** OpenSSL's X25519, which refuses the all-zero result itself. */
function opensslAgree(privateKey: KeyObject, publicKey: KeyObject): Buffer {
  let z: Buffer;
  try {
    z = diffieHellman({ privateKey, publicKey });
  } catch {
    throw new Error(ALL_ZERO);
  }
  return nonZero(z);
}

/** A private OKP key's 32 secret bytes (the JWK `d`). */
function secretBytes(key: KeyObject): Buffer {
  const d = key.export({ format: 'jwk' }).d;
  if (typeof d !== 'string') throw new TypeError('not an OKP private key');
  return Buffer.from(d, 'base64url');
}

/** A public OKP key's 32 bytes. */
function publicBytes(key: KeyObject, curve: 'x25519' | 'ed25519'): Buffer {
  return Buffer.from(rawPublicKeyOf(key, curve === 'x25519' ? 'X25519' : 'Ed25519'), 'base64url');
}

function expectKey(key: KeyObject, type: 'public' | 'private', curve: 'x25519' | 'ed25519'): void {
  if (key.type !== type || key.asymmetricKeyType !== curve)
    throw new TypeError(`expected an ${curve} ${type} key`);
}

/** OpenSSL through node:crypto: key objects throughout. */
export const NODE_CURVE25519: Curve25519 = {
  name: 'node:crypto',
  ephemeralAgreement(recipient) {
    expectKey(recipient, 'public', 'x25519');
    const ephemeral = generateKeyPairSync('x25519');
    return {
      ephemeralPublic: publicBytes(ephemeral.publicKey, 'x25519'),
      z: opensslAgree(ephemeral.privateKey, recipient),
    };
  },
  agree(privateKey, peerPublic) {
    expectKey(privateKey, 'private', 'x25519');
    if (peerPublic.length !== X25519_BYTES) throw new TypeError('an X25519 key is 32 bytes');
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'X25519', x: peerPublic.toString('base64url') },
      format: 'jwk',
    });
    return opensslAgree(privateKey, publicKey);
  },
  sign(message, privateKey) {
    expectKey(privateKey, 'private', 'ed25519');
    return sign(null, message, privateKey);
  },
  verify(message, signature, publicKey) {
    expectKey(publicKey, 'public', 'ed25519');
    try {
      return verify(null, message, publicKey, signature);
    } catch {
      return false;
    }
  },
};

/** The part of sodium-native used here (its own names). */
interface Sodium {
  crypto_scalarmult_BYTES: number;
  crypto_sign_BYTES: number;
  crypto_sign_SECRETKEYBYTES: number;
  crypto_sign_PUBLICKEYBYTES: number;
  randombytes_buf(out: Buffer): void;
  crypto_scalarmult_base(q: Buffer, n: Buffer): void;
  crypto_scalarmult(q: Buffer, n: Buffer, p: Buffer): void;
  crypto_sign_seed_keypair(pk: Buffer, sk: Buffer, seed: Buffer): void;
  crypto_sign_detached(sig: Buffer, m: Buffer, sk: Buffer): void;
  crypto_sign_verify_detached(sig: Buffer, m: Buffer, pk: Buffer): boolean;
  sodium_malloc(size: number): Buffer;
  sodium_memzero(buffer: Buffer): void;
}

/**
 * libsodium through sodium-native. Key objects stay the interface (they are
 * what the node holds); their bytes are taken out once per key and kept
 * beside it (a WeakMap, so they go with the key), secret ones in
 * sodium_malloc'd memory.
 */
export function sodiumCurve25519(sodium: Sodium): Curve25519 {
  const secrets = new WeakMap<KeyObject, Buffer>();
  const publics = new WeakMap<KeyObject, Buffer>();
  const ephemeralSecret = sodium.sodium_malloc(X25519_BYTES);

  const secretOf = (key: KeyObject, curve: 'x25519' | 'ed25519'): Buffer => {
    expectKey(key, 'private', curve);
    let secret = secrets.get(key);
    if (!secret) {
      const d = secretBytes(key);
      if (curve === 'x25519') {
        secret = sodium.sodium_malloc(X25519_BYTES);
        d.copy(secret);
      } else {
        // libsodium's Ed25519 secret key is the seed followed by the public key.
        secret = sodium.sodium_malloc(sodium.crypto_sign_SECRETKEYBYTES);
        sodium.crypto_sign_seed_keypair(Buffer.alloc(sodium.crypto_sign_PUBLICKEYBYTES), secret, d);
      }
      d.fill(0);
      secrets.set(key, secret);
    }
    return secret;
  };
  const publicOf = (key: KeyObject, curve: 'x25519' | 'ed25519'): Buffer => {
    expectKey(key, 'public', curve);
    let raw = publics.get(key);
    if (!raw) {
      raw = publicBytes(key, curve);
      publics.set(key, raw);
    }
    return raw;
  };
  const scalarmult = (secret: Buffer, peerPublic: Buffer): Buffer => {
    if (peerPublic.length !== X25519_BYTES) throw new TypeError('an X25519 key is 32 bytes');
    const z = Buffer.alloc(sodium.crypto_scalarmult_BYTES);
    try {
      sodium.crypto_scalarmult(z, secret, peerPublic);
    } catch {
      // sodium-native throws where libsodium reports the all-zero result.
      throw new Error(ALL_ZERO);
    }
    return nonZero(z);
  };

  return {
    name: 'libsodium',
    ephemeralAgreement(recipient) {
      const peer = publicOf(recipient, 'x25519');
      sodium.randombytes_buf(ephemeralSecret);
      const ephemeralPublic = Buffer.alloc(X25519_BYTES);
      try {
        sodium.crypto_scalarmult_base(ephemeralPublic, ephemeralSecret);
        return { ephemeralPublic, z: scalarmult(ephemeralSecret, peer) };
      } finally {
        sodium.sodium_memzero(ephemeralSecret);
      }
    },
    agree: (privateKey, peerPublic) => scalarmult(secretOf(privateKey, 'x25519'), peerPublic),
    sign(message, privateKey) {
      const signature = Buffer.alloc(sodium.crypto_sign_BYTES);
      sodium.crypto_sign_detached(signature, message, secretOf(privateKey, 'ed25519'));
      return signature;
    },
    verify(message, signature, publicKey) {
      if (signature.length !== sodium.crypto_sign_BYTES) return false;
      const raw = publicOf(publicKey, 'ed25519');
      try {
        return sodium.crypto_sign_verify_detached(signature, message, raw);
      } catch {
        return false;
      }
    },
  };
}

/** sodium-native, or null (with why) where it does not load. */
export function loadSodium(): { sodium: Sodium } | { error: string } {
  try {
    return { sodium: createRequire(import.meta.url)('sodium-native') as Sodium };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The backend for a process's environment: libsodium unless `CONCORD_CRYPTO=node`
 * asks for node:crypto or sodium-native does not load; `note` says why it is
 * not plain libsodium (null when it is), for the node's startup report.
 */
export function chooseCurve25519(
  env: NodeJS.ProcessEnv,
  load: typeof loadSodium = loadSodium,
): { curve: Curve25519; note: string | null } {
  const asked = env.CONCORD_CRYPTO;
  if (asked === 'node')
    return { curve: NODE_CURVE25519, note: 'CONCORD_CRYPTO=node: using node:crypto' };
  const loaded = load();
  if ('error' in loaded)
    return {
      curve: NODE_CURVE25519,
      note: `sodium-native did not load (${loaded.error}): using node:crypto, about half as fast`,
    };
  const unknown =
    asked !== undefined && asked !== '' && asked !== 'libsodium'
      ? `CONCORD_CRYPTO=${asked} is not a choice (node or libsodium): using libsodium`
      : null;
  return { curve: sodiumCurve25519(loaded.sodium), note: unknown };
}

const chosen = chooseCurve25519(process.env);

/** The backend this process uses for every signature and agreement. */
export const CURVE25519: Curve25519 = chosen.curve;

/** Why the backend is not libsodium, for the node's startup report; null when it is. */
export const CURVE25519_NOTE: string | null = chosen.note;
