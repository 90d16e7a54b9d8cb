import { join } from 'node:path';
import { err, ok, type CodedError, type Result } from '@concord/core';
import type { StorageLocation } from '@concord/storage';
import type { NodeConfig } from './node-config.ts';

/** Where a node's database is: its SQLite file, or the PostgreSQL server DATABASE_URL names. */
export function databaseLocation(
  dataDir: string,
  database: NodeConfig['database'],
  env: NodeJS.ProcessEnv,
): Result<StorageLocation, CodedError<'database_url_missing'>> {
  if (database.kind === 'sqlite') return ok({ kind: 'sqlite', path: join(dataDir, database.file) });
  const url = env.DATABASE_URL;
  if (!url) {
    return err(
      'database_url_missing',
      'this node keeps its data in PostgreSQL: set DATABASE_URL to start it',
    );
  }
  return ok({ kind: 'postgres', url });
}
