import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, sql } from 'kysely';
import { EACH_ROW, TransactionalSqliteDialect } from './transactional-sqlite-dialect.ts';

function memoryDb() {
  return new Kysely<{ t: { a: number; b: string | null } }>({
    dialect: new TransactionalSqliteDialect({ database: new BetterSqlite3(':memory:') }),
  });
}

describe('the SQLite dialect’s each-row statements', () => {
  it('runs one statement once per row, in order, and counts the rows it changed', async () => {
    const db = memoryDb();
    await sql`create table t (a integer primary key, b text)`.execute(db);
    const result = await db.executeQuery(
      CompiledQuery.raw(`${EACH_ROW}insert into t (a, b) values (?, ?)`, [
        [1, 'one'],
        [2, null],
        [3, 'three'],
      ]),
    );
    assert.equal(result.numAffectedRows, 3n);
    const rows = await db.selectFrom('t').selectAll().orderBy('a').execute();
    assert.deepEqual(rows, [
      { a: 1, b: 'one' },
      { a: 2, b: null },
      { a: 3, b: 'three' },
    ]);
    await db.destroy();
  });

  it('belongs to the transaction it runs in: a failing row rolls every row back', async () => {
    const db = memoryDb();
    await sql`create table t (a integer primary key, b text)`.execute(db);
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await tx.executeQuery(
          CompiledQuery.raw(`${EACH_ROW}insert into t (a, b) values (?, ?)`, [
            [1, 'one'],
            [1, 'again'], // the same key: a constraint failure on the second row
          ]),
        );
      }),
      /UNIQUE constraint failed/,
    );
    assert.equal((await db.selectFrom('t').selectAll().execute()).length, 0);
    await db.destroy();
  });

  it('refuses parameters that are not rows, and reading rows from it', async () => {
    const db = memoryDb();
    await sql`create table t (a integer primary key, b text)`.execute(db);
    await assert.rejects(
      db.executeQuery(CompiledQuery.raw(`${EACH_ROW}insert into t (a, b) values (?, ?)`, [1, 'x'])),
      /array of parameter arrays/,
    );
    await assert.rejects(
      db.executeQuery(CompiledQuery.raw(`${EACH_ROW}select * from t`, [[]])),
      /returns no rows/,
    );
    await db.destroy();
  });
});
