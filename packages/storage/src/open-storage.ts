import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { err, ok, type Result } from '@concord/core';
import { kyselyStorage } from './kysely-storage.ts';
import { checkpointInBackground } from './sqlite-checkpointer.ts';
import { TransactionalSqliteDialect } from './transactional-sqlite-dialect.ts';
import { migrateToLatest, type MigrationReport } from './migrate.ts';
import type { Storage } from './ports.ts';
import type { Database } from './schema.ts';
import type { StorageError } from './storage-error.ts';

/** Where a node keeps its data. */
export type StorageLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface OpenedStorage {
  readonly storage: Storage;
  readonly migration: MigrationReport;
}

/**
 * Opens the database, checks it is Concord's, and migrates it to this code's
 * schema. Every expected failure comes back as a coded error with advice.
 */
export async function openStorage(
  location: StorageLocation,
): Promise<Result<OpenedStorage, StorageError>> {
  const opened =
    location.kind === 'sqlite' ? openSqlite(location.path) : await openPostgres(location.url);
  if (!opened.ok) return opened;
  const { db, dialect } = opened.value;
  try {
    const migrated = await migrateToLatest(db as Kysely<unknown>, dialect);
    if (!migrated.ok) {
      await db.destroy();
      return migrated;
    }
    const storage = kyselyStorage(db, dialect);
    if (!('database' in opened.value) || opened.value.database === null)
      return ok({ storage, migration: migrated.value });
    // The SQLite file's checkpoints go to a worker thread from here on.
    const checkpoints = checkpointInBackground(opened.value.path, opened.value.database);
    const close = async () => {
      await checkpoints.release();
      await storage.close();
    };
    return ok({ storage: { ...storage, close }, migration: migrated.value });
  } catch (error) {
    await db.destroy().catch(() => undefined);
    return classify(error, location);
  }
}

/**
 * How a node sets up its SQLite connection. Benchmarks that write to SQLite
 * without the stores (their baselines) use the same settings.
 */
export const SQLITE_PRAGMAS: readonly string[] = [
  'journal_mode = WAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'synchronous = NORMAL',
  // SQLite's own default keeps 2 MB of pages. The signal indexes are keyed
  // by hash values, so a bank's inserts land on pages all over them: at a
  // million signals, 256 MiB (taken only as the file grows) took 15% off
  // writing them (74 s against 87 s). The operating system caches the rest.
  'cache_size = -262144',
];

function openSqlite(path: string): Result<
  {
    db: Kysely<Database>;
    dialect: 'sqlite';
    path: string;
    /** The connection, for the checkpointer; null in memory (no log to checkpoint). */
    database: BetterSqlite3.Database | null;
  },
  StorageError
> {
  try {
    if (path !== ':memory:' && !existsSync(dirname(path)))
      mkdirSync(dirname(path), { recursive: true });
    const database = new BetterSqlite3(path);
    // Reading the schema forces SQLite to parse the file header, so a corrupt
    // or foreign file fails here with a clear code rather than on first use.
    database.pragma('schema_version');
    for (const pragma of SQLITE_PRAGMAS) database.pragma(pragma);
    return ok({
      db: new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database }) }),
      dialect: 'sqlite',
      path,
      database: path === ':memory:' ? null : database,
    });
  } catch (error) {
    return classify(error, { kind: 'sqlite', path });
  }
}

async function openPostgres(
  url: string,
): Promise<Result<{ db: Kysely<Database>; dialect: 'postgres' }, StorageError>> {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    return err('invalid_database_url', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    // 64-bit integers (sequence numbers) fit a JS number far beyond any real log.
    types: {
      getTypeParser: (oid, format) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)),
    },
  });
  // An idle pooled connection can be cut by the server (restart, failover, a
  // dropped database). pg reports that as an 'error' event, which would crash
  // the process if nobody listened; the pool replaces the connection, and the
  // next query that cannot be served fails with its own clear error.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    return classify(error, { kind: 'postgres', url });
  }
  return ok({
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    dialect: 'postgres',
  });
}

function classify(error: unknown, location: StorageLocation): Result<never, StorageError> {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (location.kind === 'sqlite') {
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      return err(
        'database_corrupt',
        `${location.path} is not a readable Concord database (${message}): restore it from a backup, or move it away to start afresh`,
      );
    }
    return err('database_unreachable', `cannot open ${location.path}: ${message}`);
  }
  return err(
    'database_unreachable',
    `cannot reach PostgreSQL at ${redact(location.url)}: ${message || code}; check that the server runs and DATABASE_URL is right`,
    true,
  );
}

/** Never print a password from a connection URL. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
