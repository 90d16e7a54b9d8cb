import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts small secrets at rest (private keys, TOTP secrets) with the node's
 * key-encryption key: AES-256-GCM, a fresh 96-bit IV per value, and the
 * value's context (e.g. 'totp:<user id>') bound in as associated data so a
 * sealed value cannot be moved to another row.
 */
export interface Sealer {
  seal(plaintext: Uint8Array | string, context: string): string;
  /** null when the value was not sealed with this key and context, or was altered. */
  unseal(sealed: string, context: string): Buffer | null;
}

const VERSION = 'v1';

export function createSealer(key: Uint8Array): Sealer {
  if (key.length !== 32) throw new Error('the key-encryption key must be 32 bytes');
  return {
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
      const body = Buffer.concat([cipher.update(data), cipher.final()]);
      return [VERSION, iv, body, cipher.getAuthTag()]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    unseal(sealed, context) {
      const [version, iv, body, tag] = sealed.split('.');
      if (version !== VERSION || iv === undefined || body === undefined || tag === undefined)
        return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
      } catch {
        return null;
      }
    },
  };
}
