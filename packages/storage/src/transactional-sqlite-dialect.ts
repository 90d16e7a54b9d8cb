import {
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not,
 * so its migrator would apply migrations one statement at a time and a failed
 * migration would leave a half-built schema. This adapter tells the truth and
 * every pending migration runs in one transaction.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** Distinct statements kept prepared; the stores use a few dozen shapes. */
const STATEMENT_CACHE = 256;

/**
 * Kysely prepares every query afresh, and for the short queries a node runs
 * most (an outbox head, an inbox lookup, an audit append) SQLite spent about
 * as long preparing as executing. This keeps the most recently used prepared
 * statements by SQL text. A statement still iterating a result (a stream) is
 * busy and cannot be reused, so it is prepared afresh in that case.
 */
function withStatementCache(database: SqliteDatabase): SqliteDatabase {
  const cache = new Map<string, SqliteStatement & { readonly busy?: boolean }>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql) {
      const hit = cache.get(sql);
      if (hit && hit.busy !== true) {
        cache.delete(sql); // re-inserted below: most recently used last
        cache.set(sql, hit);
        return hit;
      }
      const statement = database.prepare(sql);
      if (!hit) {
        if (cache.size >= STATEMENT_CACHE) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

export class TransactionalSqliteDialect extends SqliteDialect {
  constructor(config: SqliteDialectConfig) {
    const { database } = config;
    super({
      ...config,
      database:
        typeof database === 'function'
          ? async () => withStatementCache(await database())
          : withStatementCache(database),
    });
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}
