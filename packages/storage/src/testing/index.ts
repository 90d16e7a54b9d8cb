import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { StorageLocation } from '../open-storage.ts';

export { rawConnection, withRawDatabase } from './raw-connection.ts';

/** A throwaway database for one test; `drop()` removes every trace of it. */
export interface TestDatabase {
  readonly location: StorageLocation;
  drop(): Promise<void>;
}

/** The PostgreSQL server tests use; `npm test` creates this role on a fresh machine. */
export function testPostgresAdminUrl(): string {
  return (
    process.env.CONCORD_TEST_DATABASE_URL ??
    'postgres://concord_test:concord_test@127.0.0.1:5432/postgres'
  );
}

/**
 * Creates a uniquely named database on the test server. Fails loudly, never
 * skips, when the server is unreachable: the PostgreSQL half of the contract
 * suite is not optional.
 */
export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const adminUrl = testPostgresAdminUrl();
  const name = `concord_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for these tests and is not reachable at ${adminUrl.replace(/:[^:@/]+@/, ':***@')} ` +
        `(${error instanceof Error ? error.message : String(error)}). Start it with 'pg_ctlcluster 15 main start' ` +
        `(npm test does this and creates the concord_test role when run as root), or set CONCORD_TEST_DATABASE_URL.`,
      { cause: error },
    );
  }
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    location: { kind: 'postgres', url: url.toString() },
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        // A backend the test role may not end (an autovacuum worker, without
        // pg_signal_backend) makes the drop fail; it is gone a moment later.
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`drop database if exists ${name} with (force)`);
            break;
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (code !== '42501' || attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

/** A fresh SQLite file in its own temporary directory. */
export function createSqliteTestDatabase(): TestDatabase & { readonly dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'concord-test-'));
  return {
    dir,
    location: { kind: 'sqlite', path: join(dir, 'concord.db') },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
