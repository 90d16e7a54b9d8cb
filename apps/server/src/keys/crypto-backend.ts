import { CURVE25519, CURVE25519_NOTE } from '@concord/federation';

/**
 * Which library signs, verifies and agrees keys in this process, for the
 * node's startup report: `libsodium`, or `node:crypto` with why (sodium-native
 * did not load, or CONCORD_CRYPTO=node asked for it). Both give the same
 * bytes; libsodium takes about half the time.
 */
export function cryptoBackend(): string {
  return CURVE25519_NOTE === null ? CURVE25519.name : `${CURVE25519.name} (${CURVE25519_NOTE})`;
}
