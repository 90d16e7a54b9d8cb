import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { Result } from '@concord/core';
import { err, ok } from '@concord/core';
import { migrationsFor } from './migrations/index.ts';
import type { StorageDialect } from './ports.ts';
import type { StorageError } from './storage-error.ts';

const MIGRATION_TABLE = 'concord_migration';
const MIGRATION_LOCK_TABLE = 'concord_migration_lock';

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly version: string;
}

/**
 * Brings the schema up to this code's version. All pending migrations run in
 * one transaction, so a failure leaves the database exactly as it was. A
 * database written by a newer Concord, or by something else, is refused.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: StorageDialect,
  migrations: Record<string, Migration> = migrationsFor(dialect),
): Promise<Result<MigrationReport, StorageError>> {
  const known = Object.keys(migrations).sort();
  const executed = await executedMigrations(db, dialect);
  if (executed === 'foreign') {
    return err(
      'not_a_concord_database',
      'the database holds tables but no Concord schema history: point Concord at its own, empty database',
    );
  }
  const unknown = executed.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    return err(
      'database_too_new',
      `the database has schema version ${unknown.at(-1)}, which this Concord does not know: upgrade Concord, or restore a backup made by this version`,
    );
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    return err(
      'migration_failed',
      `schema migration ${failed} failed and was rolled back (${describe(error)})`,
    );
  }
  return ok({
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    version: known.at(-1) ?? 'none',
  });
}

async function executedMigrations(
  db: Kysely<unknown>,
  dialect: StorageDialect,
): Promise<string[] | 'foreign'> {
  const tables = await db.introspection.getTables();
  const names = tables.map((t) => t.name);
  if (!names.includes(MIGRATION_TABLE)) {
    // An SQLite file is the node's own; anything already in it means it is not ours.
    const foreign = dialect === 'sqlite' ? names.length > 0 : names.includes('users');
    return foreign ? 'foreign' : [];
  }
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(
    db,
  );
  return rows.rows.map((r) => r.name);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
