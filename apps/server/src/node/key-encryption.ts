import { randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type CodedError, type Result } from '@concord/core';
import { createSealer, type Sealer } from '../keys/sealer.ts';
import { KEY_FILE, type NodeConfig } from './node-config.ts';

export type KeyEncryptionError = CodedError<
  'secret_missing' | 'secret_wrong' | 'secret_too_short' | 'key_file_unreadable'
>;

const KEY_CHECK_CONTEXT = 'concord:key-check';
const KEY_CHECK_VALUE = 'concord key check v1';
export const MIN_SECRET_LENGTH = 16;

/** scrypt parameters for turning CONCORD_SECRET into a key (the same as for passwords). */
const SECRET_KDF = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

export interface NewKeyEncryption {
  readonly config: NodeConfig['keyEncryption'];
  readonly sealer: Sealer;
  readonly keyCheck: string;
  /** Files created, to remove if initialisation fails later. */
  readonly createdFiles: readonly string[];
  readonly warning: string | null;
}

/**
 * Chooses how the node's private keys are encrypted at rest: with a key
 * derived from CONCORD_SECRET when it is set, otherwise with a random key in
 * DIR/secret.key (mode 0600), which is fine on a laptop and weak on a server.
 */
export function createKeyEncryption(
  dataDir: string,
  secret: string | undefined,
): Result<NewKeyEncryption, KeyEncryptionError> {
  if (secret !== undefined) {
    if (secret.length < MIN_SECRET_LENGTH) {
      return err(
        'secret_too_short',
        `CONCORD_SECRET must be at least ${MIN_SECRET_LENGTH} characters`,
      );
    }
    const salt = randomBytes(16).toString('base64url');
    const sealer = createSealer(deriveKey(secret, salt));
    return ok({
      config: { kind: 'secret_env', variable: 'CONCORD_SECRET', salt },
      sealer,
      keyCheck: sealer.seal(KEY_CHECK_VALUE, KEY_CHECK_CONTEXT),
      createdFiles: [],
      warning: null,
    });
  }
  const path = join(dataDir, KEY_FILE);
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString('base64url')}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  const sealer = createSealer(key);
  return ok({
    config: { kind: 'key_file', file: KEY_FILE },
    sealer,
    keyCheck: sealer.seal(KEY_CHECK_VALUE, KEY_CHECK_CONTEXT),
    createdFiles: [path],
    warning:
      `private keys are encrypted with a key stored beside them in ${path} (mode 0600); ` +
      'for a real deployment set CONCORD_SECRET before init so the key lives outside the data directory',
  });
}

/** Recreates the sealer a node was initialised with, and proves it is the right one. */
export function openKeyEncryption(
  dataDir: string,
  config: NodeConfig,
  env: NodeJS.ProcessEnv,
): Result<Sealer, KeyEncryptionError> {
  const mode = config.keyEncryption;
  let key: Buffer;
  if (mode.kind === 'secret_env') {
    const secret = env.CONCORD_SECRET;
    if (secret === undefined || secret === '') {
      return err(
        'secret_missing',
        'this node was initialised with CONCORD_SECRET: set the same value to start it',
      );
    }
    key = deriveKey(secret, mode.salt);
  } else {
    const path = join(dataDir, mode.file);
    if (!existsSync(path)) {
      return err(
        'key_file_unreadable',
        `${path} is missing: without it the node's private keys cannot be opened; restore it from a backup`,
      );
    }
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
    if (key.length !== 32) return err('key_file_unreadable', `${path} does not hold a 32-byte key`);
  }
  const sealer = createSealer(key);
  const check = sealer.unseal(config.keyCheck, KEY_CHECK_CONTEXT);
  if (check === null || check.toString('utf8') !== KEY_CHECK_VALUE) {
    return err(
      'secret_wrong',
      mode.kind === 'secret_env'
        ? 'CONCORD_SECRET is not the value this node was initialised with'
        : `${join(dataDir, mode.file)} is not the key this node was initialised with`,
    );
  }
  return ok(sealer);
}

function deriveKey(secret: string, salt: string): Buffer {
  return scryptSync(secret.normalize('NFC'), Buffer.from(salt, 'base64url'), 32, SECRET_KDF);
}
