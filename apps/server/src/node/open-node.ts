import { err, ok, systemClock, type Clock, type CodedError, type Result } from '@concord/core';
import { openStorage, type StorageError } from '@concord/storage';
import { databaseLocation } from './database-location.ts';
import { openKeyEncryption, type KeyEncryptionError } from './key-encryption.ts';
import { readNodeConfig, type ConfigError } from './node-config.ts';
import type { NodeContext } from './node-context.ts';
import { loadNodeKeys } from './node-keys-load.ts';
import { CONCORD_VERSION } from './version.ts';

export type OpenNodeError =
  | ConfigError
  | KeyEncryptionError
  | StorageError
  | CodedError<'database_url_missing' | 'identity_mismatch' | 'keys_unreadable'>;

/**
 * Opens an initialised node from its data directory: config, key-encryption
 * key, database (migrated to this version), identity and private keys. Every
 * expected failure says what is wrong and what to do.
 */
export async function openNode(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  clock: Clock = systemClock,
): Promise<Result<NodeContext, OpenNodeError>> {
  const config = readNodeConfig(dataDir);
  if (!config.ok) return config;
  const sealer = openKeyEncryption(dataDir, config.value, env);
  if (!sealer.ok) return sealer;
  const location = databaseLocation(dataDir, config.value.database, env);
  if (!location.ok) return location;
  const opened = await openStorage(location.value);
  if (!opened.ok) return opened;
  const { storage } = opened.value;

  const identity = await storage.identity.get();
  if (!identity || identity.nodeId !== config.value.nodeId) {
    await storage.close();
    return err(
      'identity_mismatch',
      identity
        ? `the database belongs to node ${identity.nodeId}, but ${dataDir} is node ${config.value.nodeId}: check DATABASE_URL`
        : `the database holds no node identity: it is not the database ${dataDir} was initialised with`,
    );
  }
  const keys = await loadNodeKeys(storage, identity, sealer.value, clock.now());
  if (typeof keys === 'string') {
    await storage.close();
    return err('keys_unreadable', `${keys} cannot be decrypted with this key-encryption key`);
  }
  return ok({
    dataDir,
    config: config.value,
    storage,
    identity,
    sealer: sealer.value,
    ...keys,
    clock,
    version: CONCORD_VERSION,
  });
}
