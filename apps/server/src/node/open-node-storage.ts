import { ok, type Result } from '@concord/core';
import { openStorage, type Storage } from '@concord/storage';
import { databaseLocation } from './database-location.ts';
import { readNodeConfig } from './node-config.ts';
import type { OpenNodeError } from './open-node.ts';

/**
 * Opens only a node's database, without its keys: for maintenance commands
 * (verify the audit trail, reset a password) that must work even where the
 * key-encryption secret is not available.
 */
export async function openNodeStorage(
  dataDir: string,
  env: NodeJS.ProcessEnv,
): Promise<Result<Storage, OpenNodeError>> {
  const config = readNodeConfig(dataDir);
  if (!config.ok) return config;
  const location = databaseLocation(dataDir, config.value.database, env);
  if (!location.ok) return location;
  const opened = await openStorage(location.value);
  return opened.ok ? ok(opened.value.storage) : opened;
}
