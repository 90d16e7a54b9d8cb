import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type RawBuilder } from 'kysely';
import pg from 'pg';
import type { StorageLocation } from '../open-storage.ts';
import { TransactionalSqliteDialect } from '../transactional-sqlite-dialect.ts';

/**
 * A separate connection to the same database, bypassing every store: how the
 * tests tamper with a database the way someone with direct access could.
 */
export async function withRawDatabase<T>(
  location: StorageLocation,
  fn: (db: Kysely<unknown>) => Promise<T>,
): Promise<T> {
  const db = new Kysely<unknown>({
    dialect:
      location.kind === 'sqlite'
        ? new TransactionalSqliteDialect({ database: new BetterSqlite3(location.path) })
        : new PostgresDialect({ pool: new pg.Pool({ connectionString: location.url, max: 1 }) }),
  });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

/** Runs one statement on a separate connection and returns its rows. */
export function rawConnection(
  location: StorageLocation,
  query: RawBuilder<unknown>,
): Promise<unknown> {
  return withRawDatabase(location, async (db) => (await query.execute(db)).rows);
}
